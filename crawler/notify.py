"""Alert delivery: send the alerts waiting in the outbox (:mod:`storage.alerts`) to their targets.

A target is a URL; each scheme has one small sender:

* ``http://`` and ``https://``: POST the JSON payload, ``Idempotency-Key: <alert id>``; any 2xx is success.
* ``file:///ABSOLUTE/PATH.jsonl``: append one JSON line per alert, never the same alert id twice.
* ``mailto://`` and ``mailtos://`` (SMTP), and any other Apprise URL (``slack://``, ``tgram://``,
  ``matrix://``, ``ntfy://``, ``discord://``, ``json://`` ...): a readable title and body through Apprise.

The store and the logs only ever see :func:`mask_target` of a URL (passwords and tokens masked); that masked
form is the target's key in ``alert_targets`` and ``alert_deliveries``. The real URL is used only to send.
Delivery is at-least-once: an acknowledged delivery is never repeated, a failed one stays pending and is
retried with exponential back-off, and receivers can drop duplicates by the alert id.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import logging
import os
import re
import threading
import time
import urllib.error
import urllib.request
import uuid
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import Any, BinaryIO, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit

import apprise
from apprise.manager_plugins import NotificationManager

from crawler import __version__
from crawler.errors import DeliveryError
from storage.alerts import (
    build_payload,
    due_deliveries,
    mark_delivered,
    mark_failed,
    mark_sending,
    register_targets,
)
from storage.db import Store, utcnow

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: appends are not locked against other processes
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

HTTP_TIMEOUT = 10.0  # seconds, per webhook request
RETRY_DELAY = 0.5  # first pause between retries within one run; doubles each time
BACKOFF_BASE = 30.0  # seconds before the next run retries a failed delivery; doubles per failed run
BACKOFF_MAX = 3600.0
USER_AGENT = f"chechnya-monitor/{__version__}"
FILE_TAIL_BYTES = 1 << 20  # how much of a .jsonl file is read for alert ids already written
_EVERYTHING_PENDING = "9999-12-31T23:59:59+00:00"  # a "now" after every back-off time

# A run of URL characters long enough to be a token or key (bot tokens, webhook secrets, API keys).
_TOKEN = re.compile(r"[A-Za-z0-9_\-:=+~%]{16,}")
_SECRET_PARAM = re.compile(r"pass|pwd|secret|token|key|auth|sig|credential", re.IGNORECASE)
_MASK = "****"

with warnings.catch_warnings():
    # Apprise imports all its plugins at first use, and its email plugin imports the deprecated ``imghdr``
    # module (for PGPy). Load them now, once, so that warning is not raised in the middle of a delivery.
    warnings.filterwarnings("ignore", message=".*imghdr.*", category=DeprecationWarning)
    NotificationManager().load_modules()


@dataclass(frozen=True)
class DeliveryReport:
    """What one :func:`deliver_pending` run did: deliveries acknowledged, failed, and still pending after it."""

    delivered: int
    failed: int
    pending: int


# -- masking ---------------------------------------------------------------------------------------------
def _mask_token(match: re.Match[str]) -> str:
    text = match.group(0)
    letters, digits = re.search(r"[A-Za-z]", text), re.search(r"[0-9]", text)
    mixed_case = re.search(r"[a-z]", text) and re.search(r"[A-Z]", text)
    if not (letters and (digits or mixed_case or not re.search(r"[-_]", text))):
        return text  # words joined by hyphens ("chechnya-monitor-alerts") or a plain number
    return f"{text[:2]}{_MASK}{text[-2:]}"


def _mask_tokens(text: str) -> str:
    return _TOKEN.sub(_mask_token, text)


def _mask_query(query: str) -> str:
    parts = []
    for part in query.split("&"):
        name, sep, value = part.partition("=")
        if sep and value and _SECRET_PARAM.search(unquote(name)):
            value = _MASK
        parts.append(f"{name}{sep}{_mask_tokens(value)}")
    return "&".join(parts)


def mask_target(url: str) -> str:
    """The target URL with its secrets masked: its stable key in the store, and the only form ever logged.

    The password is replaced by ``****``; so are query values named like secrets (``?token=``,
    ``?password=``, ``?apikey=`` ...). Long token-like parts of the user name, path (and, for Apprise
    services, the host) keep only their first and last two characters. File paths are left as they are.
    Changing only a password therefore keeps the same key (and the target's pending alerts).
    """
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep:
        return _mask_tokens(url)
    scheme = scheme.lower()
    if scheme == "file":
        return f"{scheme}://{rest}"
    rest, hash_sign, fragment = rest.partition("#")
    rest, question, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if at:
        user, colon, password = userinfo.partition(":")
        userinfo = _mask_tokens(user) + (f":{_MASK}" if colon and password else colon)
    if scheme not in ("http", "https", "mailto", "mailtos"):
        hostport = _mask_tokens(hostport)  # Apprise services often carry their token in the host slot
    masked = f"{scheme}://{userinfo}{at}{hostport}{slash}{_mask_tokens(path)}"
    if question:
        masked += f"?{_mask_query(query)}"
    if hash_sign:
        masked += f"#{fragment}"
    return masked


def _secrets(url: str) -> list[str]:
    """The parts of ``url`` that :func:`mask_target` hides, longest first (to scrub error messages)."""
    found: set[str] = set()
    try:
        parts = urlsplit(url)
        if parts.password:
            found.update({parts.password, unquote(parts.password)})
        for name, value in parse_qsl(parts.query):
            if value and _SECRET_PARAM.search(name):
                found.add(value)
    except ValueError:
        pass
    found.update(m.group(0) for m in _TOKEN.finditer(url) if _mask_token(m) != m.group(0))
    return sorted((s for s in found if len(s) >= 3), key=len, reverse=True)


def _scrub(text: str, url: str) -> str:
    """``text`` (an error message) with the URL and its secrets masked."""
    text = text.replace(url, mask_target(url))
    for secret in _secrets(url):
        text = text.replace(secret, _MASK)
    return text


# -- messages --------------------------------------------------------------------------------------------
def _who(payload: dict[str, Any]) -> str:
    name = payload.get("actor_name") or payload.get("speaker") or payload.get("organization")
    return name or f"unnamed {payload.get('actor_kind') or 'speaker'}"


def format_message(payload: dict[str, Any]) -> tuple[str, str]:
    """A readable ``(title, body)`` for an alert payload: who, stance, quotes, article title, source, link."""
    who = _who(payload)
    stance = payload.get("stance") or "statement"
    removed = payload.get("event") == "removed"
    title = f"{'Removed' if removed else 'New'} {stance}: {who}"
    if payload.get("test"):
        title = f"[test] {title}"
    details = [
        payload.get("organization") if payload.get("organization") != who else None,
        payload.get("country"),
        payload.get("actor_kind"),
        "official" if payload.get("official") else None,
    ]
    lines = [f"Who: {who}" + (f" ({', '.join(d for d in details if d)})" if any(details) else "")]
    if payload.get("speaker") and payload["speaker"] != who:
        lines.append(f"Named in the text as: {payload['speaker']}")
    if removed:
        lines.append(f"Stance: {stance}, removed from a new version of the article")
    else:
        lines.append(f"Stance: {stance} (first seen)")
    lines.append("")
    lines.extend(f"“{quote}”" for quote in payload.get("quotes") or [])
    article = payload.get("article") or {}
    lines.append("")
    lines.append(f"Article: {article.get('title') or '(untitled)'}")
    source = article.get("source") or "unknown source"
    if article.get("published"):
        source += f", published {article['published']}"
    if article.get("language"):
        source += f", language {article['language']}"
    lines.append(f"Source: {source}")
    if article.get("url"):
        lines.append(f"Link: {article['url']}")
    lines.append("")
    lines.append(f"Alert {payload.get('id', '')} · {payload.get('created_at', '')}")
    if payload.get("test"):
        lines.append("This is a test alert from chechnya-monitor.")
    return title, "\n".join(lines)


# -- senders ---------------------------------------------------------------------------------------------
class Sender(Protocol):
    def send(self, payload: dict[str, Any]) -> None:
        """Deliver one alert payload; raise :class:`DeliveryError` when the target did not take it."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A 3xx answer is a failure: following it would turn the POST into a GET."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> None:  # fmt: skip
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


class WebhookSender:
    """POST the JSON payload to an ``http(s)://`` URL (``user:password@`` in it: HTTP basic auth)."""

    def __init__(self, url: str, timeout: float = HTTP_TIMEOUT):
        parts = urlsplit(url)
        if not parts.hostname:
            raise DeliveryError(f"not a valid alert target: {mask_target(url)} (no host)")
        self.url, self.timeout = url, timeout
        self.endpoint, self.auth = url, None
        if parts.username is not None:  # user:password@ in the URL: HTTP basic authentication
            credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.auth = "Basic " + base64.b64encode(credentials).decode("ascii")
            self.endpoint = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()

    def send(self, payload: dict[str, Any]) -> None:
        alert_id = str(payload["id"])
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Idempotency-Key": alert_id,
            "X-Chechnya-Monitor-Alert": alert_id,
            "User-Agent": USER_AGENT,
        }
        if self.auth:
            headers["Authorization"] = self.auth
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.endpoint, data=data, method="POST", headers=headers)
        try:
            with _OPENER.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            with exc:
                raise DeliveryError(
                    f"{mask_target(self.url)} answered HTTP {exc.code} {exc.reason}"
                ) from None
        except urllib.error.URLError as exc:
            raise DeliveryError(f"cannot reach {mask_target(self.url)}: {exc.reason}") from None
        except TimeoutError:
            raise DeliveryError(f"{mask_target(self.url)} did not answer within {self.timeout:g} s") from None
        except (OSError, HTTPException) as exc:
            raise DeliveryError(f"{mask_target(self.url)}: {exc or type(exc).__name__}") from None


class FileSender:
    """Append one JSON line per alert to a local ``.jsonl`` file; an alert id already in it is not rewritten.

    The file is locked while it is checked and appended to. The ids already written are read once per run
    from the end of the file (the last ``FILE_TAIL_BYTES``), then kept up to date: a line written just
    before a crash (before the delivery was marked) is at the end, and that delivery is retried first.
    """

    def __init__(self, url: str):
        parts = urlsplit(url)
        path = Path(unquote(parts.path))
        if parts.netloc not in ("", "localhost") or not path.is_absolute() or parts.path.endswith("/"):
            raise DeliveryError(
                f"not a valid alert target: {mask_target(url)} (use file:///ABSOLUTE/PATH.jsonl, three slashes)"
            )
        self.path = path
        self.ids: set[str] | None = None
        self.offset = 0

    def send(self, payload: dict[str, Any]) -> None:
        alert_id = str(payload["id"])
        line = json.dumps(payload, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+b") as fh:
                if fcntl is not None:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
                ends_cleanly = self._catch_up(fh)
                if alert_id in self.ids:
                    log.info("alert %s is already in %s; not written again", alert_id, self.path)
                    return
                fh.write((line if ends_cleanly else "\n" + line).encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
                self.offset = fh.tell()
                self.ids.add(alert_id)
        except OSError as exc:
            raise DeliveryError(f"cannot append to {self.path}: {exc.strerror or exc}") from None

    def _catch_up(self, fh: BinaryIO) -> bool:
        """Read the alert ids written since the last look; return whether the file ends with a newline."""
        size = os.fstat(fh.fileno()).st_size
        start, cut = self.offset, False
        if self.ids is None or size < self.offset:  # first look, or the file was truncated or replaced
            self.ids, start = set(), max(0, size - FILE_TAIL_BYTES)
            cut = start > 0  # a tail read usually starts inside a line
        fh.seek(start)
        lines = fh.read(size - start).split(b"\n")
        for raw in lines[1:] if cut else lines:
            with contextlib.suppress(ValueError):
                record = json.loads(raw)
                if isinstance(record, dict) and record.get("id") is not None:
                    self.ids.add(str(record["id"]))
        self.offset = size
        if size == 0:
            return True
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


_ASSET_OPTIONS = {
    "app_id": "chechnya-monitor",
    "app_desc": "chechnya-monitor alerts",
    "app_url": "https://github.com/chechnya-monitor",
}


class AppriseSender:
    """Email (``mailto://``, ``mailtos://``) and chat/push services through an Apprise URL."""

    def __init__(self, url: str):
        self.masked = mask_target(url)
        self.apprise = apprise.Apprise(asset=apprise.AppriseAsset(storage_mode="memory", **_ASSET_OPTIONS))
        if not self.apprise.add(url):
            raise DeliveryError(
                f"not a valid alert target: {self.masked} (unknown scheme, or a URL Apprise cannot use; "
                "see https://github.com/caronc/apprise/wiki)"
            )

    def send(self, payload: dict[str, Any]) -> None:
        title, body = format_message(payload)
        notify = self.apprise.notify(
            body=body, title=title, body_format=apprise.NotifyFormat.TEXT, log_level=logging.DEBUG
        )
        with notify as result:
            if result:
                return
            reasons = [entry.message for entry in result.logs() if _is_reason(entry)]
        reason = "; ".join(dict.fromkeys(reasons))  # each once, in order
        status = result.status.name.lower()
        raise DeliveryError(
            f"{self.masked} did not take the alert ({status}){': ' + reason if reason else ''}"
        )


def _is_reason(entry: Any) -> bool:
    """An Apprise log entry that says why a notification failed: its warnings, and the exception details
    (those are logged at debug level, so they are only there when the ``apprise`` logger shows debug)."""
    if entry.level in ("WARNING", "ERROR", "CRITICAL"):
        return True
    return "Exception:" in entry.message or entry.message.startswith("Response Details")


def make_sender(url: str, timeout: float = HTTP_TIMEOUT) -> Sender:
    """The sender for one target URL; :class:`DeliveryError` ("not a valid alert target") if there is none."""
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme in ("http", "https"):
        return WebhookSender(url, timeout)
    if scheme == "file":
        return FileSender(url)
    if not scheme:
        raise DeliveryError(f"not a valid alert target: {mask_target(url)} (no scheme://)")
    return AppriseSender(url)  # mailto://, mailtos:// and every other Apprise service


# -- delivery --------------------------------------------------------------------------------------------
def backoff_seconds(attempts: int) -> float:
    """Wait before the next run retries a delivery that has failed ``attempts`` times before this failure."""
    return min(BACKOFF_BASE * 2 ** min(attempts, 20), BACKOFF_MAX)


def _targets_by_key(targets: Iterable[str]) -> dict[str, str]:
    """Masked key -> real URL, in the given order (a repeated key keeps its first URL)."""
    by_key: dict[str, str] = {}
    for url in targets:
        url = url.strip()
        if not url:
            continue
        key = mask_target(url)
        if key in by_key and by_key[key] != url:
            log.warning("alert targets %s differ only in secrets; using the first one", key)
        by_key.setdefault(key, url)
    return by_key


def _send(sender: Sender, payload: dict[str, Any], attempts: int, delay: float) -> None:
    """Send with up to ``attempts`` tries, pausing ``delay``, ``2 * delay`` ... between them."""
    for attempt in range(attempts):
        try:
            sender.send(payload)
            return
        except DeliveryError:
            if attempt + 1 >= attempts:
                raise
            time.sleep(delay * 2**attempt)


_DELIVERY_LOCK = threading.Lock()


def deliver_pending(db_path: str | Path, targets: list[str], **options: Any) -> DeliveryReport:
    """Like :func:`_deliver_pending`, one run at a time per process (the crawl's delivery loop and its final
    run, or the scheduler's loop and a crawl's, must never send the same due alert twice)."""
    with _DELIVERY_LOCK:
        return _deliver_pending(db_path, targets, **options)


def _deliver_pending(db_path: str | Path, targets: list[str], *, max_attempts_per_run: int = 3,
                     timeout: float = HTTP_TIMEOUT, retry_delay: float = RETRY_DELAY) -> DeliveryReport:  # fmt: skip
    """Send every due alert delivery to ``targets`` (URLs); return what was delivered, failed, still pending.

    Opens its own :class:`Store` (safe to run in a worker thread). Each target is first registered: it
    receives the alerts raised from its first use on. A failed send is retried ``max_attempts_per_run``
    times in this run, then stays pending with a back-off of 30 s doubling per failed run (at most 1 h).
    When a target fails, its other due deliveries are not tried in this run and back off too.
    """
    if max_attempts_per_run < 1:
        raise ValueError("max_attempts_per_run must be at least 1")
    by_key = _targets_by_key(targets)
    if not by_key:
        return DeliveryReport(0, 0, 0)
    delivered = failed = 0
    senders: dict[str, Sender] = {}
    down: dict[str, str] = {}  # target key -> why it failed in this run
    store = Store(db_path)
    try:
        register_targets(store, by_key)
        for row in due_deliveries(store, by_key):
            key, alert_id = row["target"], row["alert_id"]
            backoff = backoff_seconds(row["attempts"])
            if key in down:
                mark_failed(store, alert_id, key, f"not tried: target unavailable ({down[key]})", backoff)
                failed += 1
                continue
            if row["sending_since"]:
                log.warning(
                    "alert %s to %s was being sent at %s when the process stopped; sending it again with the "
                    "same Idempotency-Key (the target may see it twice)",
                    alert_id,
                    key,
                    row["sending_since"],
                )
            mark_sending(store, alert_id, key)
            error = None
            try:
                if key not in senders:
                    senders[key] = make_sender(by_key[key], timeout)
                _send(senders[key], json.loads(row["payload"]), max_attempts_per_run, retry_delay)
            except DeliveryError as exc:
                error = str(exc)
            except Exception as exc:  # a bug in one sender must not stop delivery to the other targets
                error = f"unexpected {type(exc).__name__}: {exc}"
            if error is not None:
                down[key] = _scrub(error, by_key[key])
                log.warning("alert %s to %s failed: %s (retry in %d s)", alert_id, key, down[key], backoff)
                mark_failed(store, alert_id, key, down[key], backoff)
                failed += 1
                continue
            mark_delivered(store, alert_id, key)
            log.info("alert %s delivered to %s", alert_id, key)
            delivered += 1
        pending = len(due_deliveries(store, by_key, now=_EVERYTHING_PENDING))
    finally:
        store.close()
    if delivered or failed:
        log.info("alert delivery: %d delivered, %d failed, %d pending", delivered, failed, pending)
    return DeliveryReport(delivered, failed, pending)


def sample_payload() -> dict[str, Any]:
    """A sample alert payload in the documented shape, marked ``"test": true``."""
    today = dt.date.today().isoformat()
    row = {
        "id": 0, "stance": "denial", "speaker": "Alvi Karimov", "actor": "karimov", "actor_name": "Alvi Karimov",
        "actor_kind": "government", "organization": "Office of the Head of the Chechen Republic", "country": "RU",
        "official": True, "quote": "absolute lies and disinformation",
    }  # fmt: skip
    article = {
        "id": 0, "url": "https://example.org/chechnya-monitor-test-alert", "title": "chechnya-monitor test alert",
        "source": "chechnya-monitor", "published": today, "language": "en",
    }  # fmt: skip
    payload = build_payload(f"test-{uuid.uuid4().hex}", utcnow(), "new", [row], article, 1)
    payload["test"] = True
    return payload


def send_test(target: str, *, timeout: float = HTTP_TIMEOUT) -> None:
    """Send one sample alert (``"test": true``) to ``target`` now; :class:`DeliveryError` if it fails."""
    try:
        make_sender(target, timeout).send(sample_payload())
    except DeliveryError as exc:
        raise DeliveryError(f"test alert not delivered: {_scrub(str(exc), target)}") from None
    log.info("test alert delivered to %s", mask_target(target))
