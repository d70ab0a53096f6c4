"""Alert delivery end to end: real alerts in a real SQLite store, sent to a real webhook, file and SMTP server."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from receivers import Received, SMTPReceiver, WebhookReceiver

from crawler.errors import DeliveryError
from crawler.notify import DeliveryReport, deliver_pending, format_message, mask_target, send_test
from storage.alerts import list_alerts, raise_alerts
from storage.db import Store
from storage.statements import save_statements

KINDS = ("government", "intergovernmental", "court", "ngo")
FAST = {"retry_delay": 0.01, "timeout": 2.0}  # short in-run pauses; the receivers answer in milliseconds
CONTRACT = {
    "id",
    "created_at",
    "event",
    "stance",
    "speaker",
    "actor",
    "actor_kind",
    "official",
    "quotes",
    "article",
}
ARTICLE_CONTRACT = {"url", "title", "source", "published", "language"}


def statement(quote: str, actor: str = "karimov", stance: str = "denial") -> dict:
    names = {
        "karimov": ("Alvi Karimov", "government", "RU", True),
        "hrw": ("Human Rights Watch", "ngo", None, False),
    }
    name, kind, country, official = names[actor]
    return {"speaker": name.split()[-1], "actor": actor, "actor_name": name, "organization": name,
            "actor_kind": kind, "country": country, "official": official, "stance": stance, "quote": quote,
            "start": 0, "end": len(quote), "cues": ["test"]}  # fmt: skip


HRW_CONFIRMATION = statement("HRW documented the detentions", actor="hrw", stance="confirmation")


def subscribe(db: Path, *targets: str) -> None:
    """Start delivering to ``targets``: they receive the alerts raised from now on."""
    deliver_pending(db, list(targets), **FAST)


def raise_article_alerts(db: Path, n: int, statements: list[dict]) -> list[str]:
    """Save article ``n`` with ``statements`` through the real storage functions; return the alert ids."""
    url = f"https://news.example.org/chechnya/{n}"
    store = Store(db)
    try:
        page_id = store.save_page({"url": url, "fetched_url": url, "source": "example", "status": 200,
                                   "body": b"<html>raw</html>"})  # fmt: skip
        text = f"Article {n}. " + " ".join(s["quote"] for s in statements)
        saved = store.save_article(
            {"url": url, "fetched_url": url, "title": f"Chechnya report {n}", "text": text, "relevant": 1,
             "relevance": 9.0, "published": "2017-04-03", "language": "en"},
            [url], "example", page_id,
        )  # fmt: skip
        changes = save_statements(store, saved.article_id, saved.version, statements)
        return raise_alerts(store, saved.article_id, saved.version, changes, KINDS)
    finally:
        store.close()


def deliveries(db: Path) -> list[dict]:
    store = Store(db)
    try:
        return store.query("SELECT * FROM alert_deliveries ORDER BY alert_id, target")
    finally:
        store.close()


def stored_alerts(db: Path, pending: bool = False) -> list[dict]:
    store = Store(db)
    try:
        return list_alerts(store, pending=pending)
    finally:
        store.close()


def time_passes(db: Path) -> None:
    """Let every back-off expire (as if the next run came an hour later)."""
    store = Store(db)
    try:
        store.db.execute("UPDATE alert_deliveries SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
    finally:
        store.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "monitor.db"


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def smtp_receiver() -> Iterator[SMTPReceiver]:
    with SMTPReceiver() as receiver:
        yield receiver


def test_webhook_gets_the_documented_payload_once(db: Path, webhook_receiver: WebhookReceiver):
    target = f"{webhook_receiver.url}/hooks/alerts"
    subscribe(db, target)
    [alert_id] = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=1, failed=0, pending=0)
    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=0, failed=0, pending=0)

    [request] = webhook_receiver.requests
    assert request.method == "POST" and request.path == "/hooks/alerts"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.headers["Idempotency-Key"] == alert_id
    assert request.headers["X-Chechnya-Monitor-Alert"] == alert_id
    assert request.headers["User-Agent"].startswith("chechnya-monitor")
    payload = request.json()
    assert payload.keys() >= CONTRACT and payload["article"].keys() >= ARTICLE_CONTRACT
    assert payload["id"] == alert_id
    assert (payload["event"], payload["stance"], payload["actor"], payload["actor_kind"]) == (
        "new", "denial", "karimov", "government"
    )  # fmt: skip
    assert payload["official"] is True
    assert payload["quotes"] == ["absolute lies and disinformation"]
    assert payload["article"]["url"] == "https://news.example.org/chechnya/1"
    assert payload["article"]["title"] == "Chechnya report 1"
    assert payload == stored_alerts(db)[0]["payload"]
    [row] = deliveries(db)
    assert (row["status"], row["attempts"], row["target"]) == ("delivered", 1, target)


def test_receiver_down_then_up_delivers_exactly_once(db: Path, webhook_receiver: WebhookReceiver):
    target = webhook_receiver.url + "/hook"
    subscribe(db, target)
    [alert_id] = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])
    webhook_receiver.fail_next(3, "500")

    report = deliver_pending(db, [target], max_attempts_per_run=3, **FAST)

    assert report == DeliveryReport(delivered=0, failed=1, pending=1)
    assert len(webhook_receiver.requests) == 3 and not webhook_receiver.accepted
    [row] = deliveries(db)
    assert row["status"] == "pending" and row["attempts"] == 1
    assert "HTTP 500" in row["last_error"] and row["next_attempt_at"]
    assert [a["id"] for a in stored_alerts(db, pending=True)] == [alert_id]

    # Up again, but the back-off has not passed: nothing is sent yet.
    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=0, failed=0, pending=1)
    assert len(webhook_receiver.requests) == 3

    time_passes(db)
    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=1, failed=0, pending=0)
    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=0, failed=0, pending=0)
    assert [r.headers["Idempotency-Key"] for r in webhook_receiver.accepted] == [alert_id]
    [row] = deliveries(db)
    assert (row["status"], row["attempts"], row["last_error"]) == ("delivered", 2, None)


def test_kill_while_an_alert_is_on_the_wire_resends_only_that_alert(db: Path):
    """``alerts send`` killed after the receiver took its second alert, before the send was recorded: the next
    run sends that alert again with the same Idempotency-Key and says so; no other alert arrives twice."""
    sender: list[subprocess.Popen] = []

    def kill_sender_on_second_alert(record: Received) -> None:
        if len(hook.requests) == 2:
            sender[0].kill()
            sender[0].wait(timeout=30)

    with WebhookReceiver(on_post=kill_sender_on_second_alert) as hook:
        subscribe(db, hook.url)
        claims = ["There are simply no such people living anywhere in our republic",
                  "Nobody was ever detained in Argun, the building is a police station",
                  "The newspaper invented every word of its story to smear Chechen families"]  # fmt: skip
        alert_ids = {raise_article_alerts(db, n, [statement(claim)])[0] for n, claim in enumerate(claims)}
        env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
        command = [sys.executable, "-m", "crawler", "alerts", "send", "--db", str(db), "--notify", hook.url]
        sender.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL))  # fmt: skip
        assert sender[0].wait(timeout=120) == -9
        on_the_wire = hook.requests[1].headers["Idempotency-Key"]
        in_flight = {d["alert_id"] for d in deliveries(db) if d["sending_since"]}
        assert in_flight == {on_the_wire}

        rerun = run_cli("alerts", "send", "--db", str(db), "--notify", hook.url)
        assert rerun.returncode == 0, rerun.output
    keys = Counter(r.headers["Idempotency-Key"] for r in hook.requests)
    assert keys == {alert_id: 2 if alert_id == on_the_wire else 1 for alert_id in alert_ids}
    assert f"alert {on_the_wire}" in rerun.stderr and "was being sent" in rerun.stderr
    assert all(d["status"] == "delivered" and d["sending_since"] is None for d in deliveries(db))


def test_dropped_connection_and_timeout_are_retried_within_the_run(db: Path):
    with WebhookReceiver(slow_seconds=1.0) as receiver:
        subscribe(db, receiver.url)
        [alert_id] = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])
        receiver.fail_next(1, "close")
        receiver.fail_next(1, "slow")

        report = deliver_pending(db, [receiver.url], max_attempts_per_run=3, retry_delay=0.01, timeout=0.3)

        assert report == DeliveryReport(delivered=1, failed=0, pending=0)
        assert [r.headers["Idempotency-Key"] for r in receiver.requests] == [alert_id] * 3


def test_target_down_is_probed_once_per_run_and_loses_nothing(db: Path, webhook_receiver: WebhookReceiver):
    subscribe(db, webhook_receiver.url)
    ids = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])
    ids += raise_article_alerts(db, 2, [HRW_CONFIRMATION])
    webhook_receiver.fail_next(100, "500")

    for _ in range(3):  # down for "days"
        assert deliver_pending(db, [webhook_receiver.url], max_attempts_per_run=2, **FAST).pending == 2
        time_passes(db)

    assert len(webhook_receiver.requests) == 3 * 2  # one alert probed (twice) per run; the other not tried
    rows = deliveries(db)
    assert [r["status"] for r in rows] == ["pending", "pending"] and all(r["attempts"] == 3 for r in rows)
    assert any(r["last_error"].startswith("not tried: target unavailable") for r in rows)

    webhook_receiver.recover()
    assert deliver_pending(db, [webhook_receiver.url], **FAST) == DeliveryReport(2, 0, 0)
    assert Counter(r.headers["Idempotency-Key"] for r in webhook_receiver.accepted) == Counter(ids)


def test_file_target_gets_one_line_per_alert(db: Path, tmp_path: Path):
    out = tmp_path / "feeds" / "alerts.jsonl"  # the parent folder does not exist yet
    target = f"file://{out}"
    subscribe(db, target)
    ids = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    for _ in range(3):
        deliver_pending(db, [target], **FAST)
    ids += raise_article_alerts(db, 2, [HRW_CONFIRMATION])
    for _ in range(3):
        deliver_pending(db, [target], **FAST)

    # A crash after writing but before marking the delivery: the next run must not write it twice.
    store = Store(db)
    store.db.execute("UPDATE alert_deliveries SET status = 'pending', delivered_at = NULL")
    store.close()
    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=2, failed=0, pending=0)

    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ids
    assert lines[1]["stance"] == "confirmation" and lines[1]["actor"] == "hrw"


def test_file_target_recovers_from_a_torn_last_line(db: Path, tmp_path: Path):
    out = tmp_path / "alerts.jsonl"
    out.write_text('{"id": "older"}\n{"id": "torn', encoding="utf-8")
    subscribe(db, f"file://{out}")
    [alert_id] = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    assert deliver_pending(db, [f"file://{out}"], **FAST).delivered == 1

    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:2] == ['{"id": "older"}', '{"id": "torn'] and json.loads(lines[2])["id"] == alert_id


def test_mailto_through_smtp(db: Path, smtp_receiver: SMTPReceiver):
    target = smtp_receiver.url(**{"from": "monitor@example.org", "to": "desk@example.org"})
    subscribe(db, target)
    raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=1, failed=0, pending=0)
    assert deliver_pending(db, [target], **FAST).delivered == 0

    [message] = smtp_receiver.messages
    assert smtp_receiver.logins == [(smtp_receiver.user, smtp_receiver.password)]
    assert smtp_receiver.envelopes == [("monitor@example.org", ["desk@example.org"])]
    assert "Alvi Karimov" in message["Subject"] and "denial" in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Alvi Karimov" in body and "absolute lies and disinformation" in body
    assert "https://news.example.org/chechnya/1" in body
    [row] = deliveries(db)
    assert row["target"] == mask_target(target) and smtp_receiver.password not in row["target"]


def test_smtp_login_refused_stays_pending(db: Path, smtp_receiver: SMTPReceiver):
    target = smtp_receiver.url(**{"from": "monitor@example.org"}).replace(smtp_receiver.password, "wrong-pw")
    subscribe(db, target)
    raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    assert deliver_pending(db, [target], max_attempts_per_run=1, **FAST) == DeliveryReport(0, 1, 1)
    assert not smtp_receiver.messages
    [row] = deliveries(db)
    assert row["status"] == "pending" and "did not take the alert" in row["last_error"]


def test_apprise_json_target(db: Path, webhook_receiver: WebhookReceiver):
    target = f"json://127.0.0.1:{webhook_receiver.port}/apprise"
    subscribe(db, target)
    raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    assert deliver_pending(db, [target], **FAST) == DeliveryReport(delivered=1, failed=0, pending=0)

    [request] = webhook_receiver.requests
    assert request.path == "/apprise"
    assert "Alvi Karimov" in request.json()["title"]
    assert "absolute lies and disinformation" in request.json()["message"]


@pytest.mark.parametrize(
    "bad",
    ["nosuchscheme://example.org/hook", "file://relative/alerts.jsonl", "http://", "just-some-words"],
)
def test_invalid_target_is_a_failed_delivery_not_a_crash(db: Path, tmp_path: Path, bad: str):
    good = f"file://{tmp_path / 'alerts.jsonl'}"
    subscribe(db, bad, good)
    raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])

    report = deliver_pending(db, [bad, good], **FAST)

    assert report == DeliveryReport(delivered=1, failed=1, pending=1)
    failed = [r for r in deliveries(db) if r["status"] == "pending"]
    assert len(failed) == 1 and "not a valid alert target" in failed[0]["last_error"]
    with pytest.raises(DeliveryError, match="not a valid alert target"):
        send_test(bad)


def test_target_added_later_does_not_get_older_alerts(db: Path, tmp_path: Path):
    first, later = f"file://{tmp_path / 'first.jsonl'}", f"file://{tmp_path / 'later.jsonl'}"
    subscribe(db, first)
    [old] = raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])
    time.sleep(1.1)  # the store's timestamps have whole seconds

    subscribe(db, first, later)  # delivers the old alert to the first target only
    [new] = raise_article_alerts(db, 2, [HRW_CONFIRMATION])
    deliver_pending(db, [first, later], **FAST)

    def ids(url: str) -> list[str]:
        lines = Path(url.removeprefix("file://")).read_text(encoding="utf-8").splitlines()
        return [json.loads(line)["id"] for line in lines]

    assert ids(first) == [old, new]
    assert ids(later) == [new]


def test_passwords_and_tokens_never_reach_the_store_or_logs(db: Path, webhook_receiver: WebhookReceiver,
                                                            caplog: pytest.LogCaptureFixture):  # fmt: skip
    host = webhook_receiver.url.removeprefix("http://")
    secret_target = f"http://hook-user:Pa55-w0rd-XYZ@{host}/in?token=tok-9f8e7d6c5b4a"
    subscribe(db, secret_target)
    raise_article_alerts(db, 1, [statement("absolute lies and disinformation")])
    webhook_receiver.fail_next(1, "500")

    with caplog.at_level(logging.DEBUG):
        assert deliver_pending(db, [secret_target], max_attempts_per_run=1, **FAST).failed == 1
        time_passes(db)
        assert deliver_pending(db, [secret_target], **FAST).delivered == 1

    assert webhook_receiver.accepted[0].headers["Authorization"].startswith("Basic ")
    keys = {r["target"] for r in deliveries(db)}
    assert keys == {f"http://hook-user:****@{host}/in?token=****"}
    stored = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    for secret in ("Pa55-w0rd-XYZ", "tok-9f8e7d6c5b4a"):
        assert secret.encode() not in stored
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("https://user:s3cret@hooks.example.org/alerts?token=abc&x=1", "https://user:****@hooks.example.org/alerts?token=****&x=1"),
        ("mailtos://alerts:app-password@smtp.example.org:465?from=a@example.org&to=b@example.org",
         "mailtos://alerts:****@smtp.example.org:465?from=a@example.org&to=b@example.org"),
        ("tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-1001234567890", "tgram://12****aw/-1001234567890"),
        ("slack://T1234ABCD/B5678EFGH/OfsDCmTFfg1FtjBXOBdZb82E/#alerts", "slack://T1234ABCD/B5678EFGH/Of****2E/#alerts"),
        ("ntfys://ntfy.example.org/chechnya-alerts", "ntfys://ntfy.example.org/chechnya-alerts"),
        ("file:///var/lib/monitor/alerts.jsonl", "file:///var/lib/monitor/alerts.jsonl"),
    ],
)  # fmt: skip
def test_mask_target(url: str, masked: str):
    assert mask_target(url) == masked
    assert mask_target(masked) == masked  # stable: a masked key masks to itself


def test_send_test(webhook_receiver: WebhookReceiver, tmp_path: Path):
    send_test(webhook_receiver.url + "/test")
    payload = webhook_receiver.requests[0].json()
    assert payload["test"] is True and payload.keys() >= CONTRACT
    assert webhook_receiver.requests[0].headers["Idempotency-Key"] == payload["id"]

    webhook_receiver.fail_next(1, "500")
    with pytest.raises(DeliveryError, match="test alert not delivered: .*HTTP 500"):
        send_test(webhook_receiver.url + "/test")


def test_format_message_is_readable():
    payload = {
        "id": "a1", "created_at": "2017-04-03T10:00:00+00:00", "event": "removed", "stance": "denial",
        "speaker": "He", "actor": "karimov", "actor_name": "Alvi Karimov", "actor_kind": "government",
        "organization": "Government of the Chechen Republic", "country": "RU", "official": True,
        "quotes": ["absolute lies", "they do not exist"],
        "article": {"url": "https://news.example.org/1", "title": "Chechnya report", "source": "example",
                    "published": "2017-04-03", "language": "en"},
    }  # fmt: skip
    title, body = format_message(payload)
    assert title == "Removed denial: Alvi Karimov"
    for text in ("Named in the text as: He", "“absolute lies”", "“they do not exist”", "Article: Chechnya report",
                 "Source: example, published 2017-04-03", "Link: https://news.example.org/1", "official"):  # fmt: skip
        assert text in body
