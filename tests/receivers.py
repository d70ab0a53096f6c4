"""Real alert receivers for tests: a webhook (HTTP) server and an SMTP server, both on 127.0.0.1.

``WebhookReceiver`` records every request (path, headers, body, JSON) and can fail the next requests on
demand: answer 500, close the connection without answering, or answer only after the client's timeout.
``SMTPReceiver`` is an aiosmtpd server with AUTH (allowed without TLS, on loopback only) that records each
message it accepts. Both are context managers (``with WebhookReceiver() as hook: ...``).
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
import socket
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Received:
    """One request the webhook receiver got, and the status it answered (None: no answer)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int | None = None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body.decode("utf-8"))


class WebhookReceiver:
    """A threaded HTTP server on 127.0.0.1 (port chosen by the OS) that records requests."""

    def __init__(self, slow_seconds: float = 2.0, on_post: Callable[[Received], None] | None = None):
        self.requests: list[Received] = []
        self.on_post = on_post  # called with each request after it is recorded, before it is answered
        self.slow_seconds = slow_seconds
        self._failures: deque[str] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, client_address: None  # clients that hung up are expected
        self._thread = threading.Thread(
            target=self.server.serve_forever, name="webhook-receiver", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def accepted(self) -> list[Received]:
        """The requests answered with 2xx."""
        return [r for r in self.requests if r.status is not None and 200 <= r.status < 300]

    def fail_next(self, count: int = 1, mode: str = "500") -> None:
        """Fail the next ``count`` requests: ``"500"``, ``"close"`` (no answer) or ``"slow"`` (answer late)."""
        if mode not in ("500", "close", "slow"):
            raise ValueError(f"unknown failure mode {mode!r}")
        with self._lock:
            self._failures.extend([mode] * count)

    def recover(self) -> None:
        """Cancel the failures still queued: answer 200 again."""
        with self._lock:
            self._failures.clear()

    def _next_failure(self) -> str | None:
        with self._lock:
            return self._failures.popleft() if self._failures else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                record = Received(self.command, self.path, dict(self.headers.items()), body)
                with receiver._lock:
                    receiver.requests.append(record)
                if receiver.on_post is not None:
                    receiver.on_post(record)
                failure = receiver._next_failure()
                if failure == "close":
                    self.close_connection = True
                    return
                if failure == "slow" and receiver._stopping.wait(receiver.slow_seconds):
                    return
                record.status = 500 if failure == "500" else 200
                reply = b'{"ok": false}' if failure == "500" else b'{"ok": true}'
                with contextlib.suppress(OSError):  # a "slow" client has usually hung up already
                    self.send_response(record.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(reply)))
                    self.end_headers()
                    self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (aiosmtpd's Controller cannot bind port 0)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SMTPReceiver:
    """An SMTP server (aiosmtpd) on 127.0.0.1 that records messages and the logins used."""

    user: str = "monitor"
    password: str = "smtp-s3cret-pw"
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.port = free_port()
        self.controller = Controller(
            self,
            hostname="127.0.0.1",
            port=self.port,
            authenticator=self._authenticate,
            auth_require_tls=False,
        )

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 Message accepted"

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        return AuthResult(success=(login, password) == (self.user, self.password), handled=False)

    def url(self, scheme: str = "mailto", **params: str) -> str:
        """An Apprise mailto URL for this server (with its login) and ``params`` (from=, to= ...)."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"{scheme}://{self.user}:{self.password}@127.0.0.1:{self.port}" + (
            f"?{query}" if query else ""
        )

    def __enter__(self) -> SMTPReceiver:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
