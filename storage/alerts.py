"""The alert outbox: alerts are written in the same transaction as the statements that raise them.

``alerts`` holds one row per alert with its JSON payload; ``alert_deliveries`` one row per (alert, target)
with its status and, while a send is in flight, when it started. A delivery acknowledged by a target is never
repeated to it; failed ones stay pending with a back-off time. ``alert_targets`` records when each target was
first used: a target receives the alerts raised from then on.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from storage.db import Store, utcnow
from storage.statements import StatementChanges, speaker_key

ALERT_STANCES = ("denial", "confirmation")


def _groups(rows: Iterable[dict[str, Any]], kinds: set[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["stance"] in ALERT_STANCES and row["actor_kind"] in kinds:
            groups[(speaker_key(row), row["stance"])].append(row)
    return groups


def build_payload(alert_id: str, created_at: str, event: str, rows: list[dict[str, Any]],
                  article: dict[str, Any], version: int) -> dict[str, Any]:  # fmt: skip
    """The documented alert payload (see docs/alerts.md)."""
    first = rows[0]
    return {
        "id": alert_id,
        "created_at": created_at,
        "event": event,
        "stance": first["stance"],
        "speaker": first["speaker"],
        "actor": first["actor"],
        "actor_name": first["actor_name"],
        "actor_kind": first["actor_kind"],
        "organization": first["organization"],
        "country": first["country"],
        "official": bool(first["official"]),
        "quotes": [row["quote"] for row in rows],
        "statement_ids": [row["id"] for row in rows],
        "article": {
            "id": article["id"],
            "url": article["url"],
            "title": article["title"],
            "source": article["source"],
            "published": article["published"],
            "language": article["language"],
            "version": version,
        },
    }


def raise_alerts(store: Store, article_id: int, version: int, changes: StatementChanges,
                 kinds: Iterable[str]) -> list[str]:  # fmt: skip
    """Create alerts for new denials/confirmations and removed quotes of one article version; return ids.

    One alert groups the new statements of one speaker with one stance in one article version. Repeats of
    known statements (``is_new = 0``) do not alert. Idempotent: re-running for the same version adds nothing.
    """
    kinds = set(kinds)
    fresh = [row for row in changes.added if row["is_new"]]
    events = [("new", _groups(fresh, kinds)), ("removed", _groups(changes.removed, kinds))]
    if not any(groups for _, groups in events):
        return []
    article = store.get("articles", article_id)
    created: list[str] = []
    with store.transaction():
        for event, groups in events:
            for (key, stance), rows in groups.items():
                group_key = f"{event}:{article_id}:{version}:{key}:{stance}"
                if store.query("SELECT 1 FROM alerts WHERE group_key = ?", [group_key]):
                    continue
                alert_id = uuid.uuid4().hex
                now = utcnow()
                payload = build_payload(alert_id, now, event, rows, article, version)
                store.insert(
                    "alerts",
                    {"id": alert_id, "created_at": now, "event": event, "stance": stance, "actor": rows[0]["actor"],
                     "speaker": rows[0]["speaker"], "actor_kind": rows[0]["actor_kind"],
                     "official": int(bool(rows[0]["official"])), "article_id": article_id,
                     "article_version": version, "statement_ids": json.dumps([r["id"] for r in rows]),
                     "group_key": group_key, "payload": json.dumps(payload, ensure_ascii=False)},
                )  # fmt: skip
                created.append(alert_id)
    return created


def register_targets(store: Store, targets: Iterable[str]) -> None:
    """Remember when each target was first used, and give it a pending row for alerts raised since."""
    now = utcnow()
    with store.transaction():
        for target in targets:
            store.db["alert_targets"].insert({"target": target, "added_at": now}, pk="target", ignore=True)
            added_at = store.db["alert_targets"].get(target)["added_at"]
            store.db.execute(
                """INSERT OR IGNORE INTO alert_deliveries (alert_id, target, status, attempts)
                   SELECT id, ?, 'pending', 0 FROM alerts WHERE created_at >= ?""",
                [target, added_at],
            )


def due_deliveries(store: Store, targets: Iterable[str], now: str | None = None) -> list[dict[str, Any]]:
    """Pending deliveries to these targets whose back-off has passed, oldest alert first."""
    targets = list(targets)
    if not targets:
        return []
    now = now or utcnow()
    marks = ",".join("?" * len(targets))
    return store.query(
        f"""SELECT d.alert_id, d.target, d.attempts, d.sending_since, a.payload, a.created_at
            FROM alert_deliveries d
            JOIN alerts a ON a.id = d.alert_id
            WHERE d.status = 'pending' AND d.target IN ({marks})
              AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?)
            ORDER BY a.created_at, a.id""",
        [*targets, now],
    )


def mark_sending(store: Store, alert_id: str, target: str) -> None:
    """Record that a send is starting, so a restart after a crash knows which deliveries were in flight."""
    with store.transaction():
        store.db.execute(
            "UPDATE alert_deliveries SET sending_since = ? WHERE alert_id = ? AND target = ?",
            [utcnow(), alert_id, target],
        )


def mark_delivered(store: Store, alert_id: str, target: str) -> None:
    with store.transaction():
        store.db.execute(
            """UPDATE alert_deliveries SET status = 'delivered', delivered_at = ?, attempts = attempts + 1,
               last_error = NULL, next_attempt_at = NULL, sending_since = NULL
               WHERE alert_id = ? AND target = ?""",
            [utcnow(), alert_id, target],
        )


def mark_failed(store: Store, alert_id: str, target: str, error: str, backoff_seconds: float) -> None:
    """Keep the delivery pending; try again after ``backoff_seconds``."""
    retry_at = (
        (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=backoff_seconds)).replace(microsecond=0).isoformat()
    )
    with store.transaction():
        store.db.execute(
            """UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
               sending_since = NULL WHERE alert_id = ? AND target = ?""",
            [error[:1000], retry_at, alert_id, target],
        )


def list_alerts(store: Store, pending: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
    """Alerts, newest first, with their delivery states (``pending``: only those not yet delivered everywhere)."""
    sql = """SELECT a.*, (SELECT json_group_array(json_object('target', d.target, 'status', d.status,
                     'attempts', d.attempts, 'last_error', d.last_error, 'delivered_at', d.delivered_at,
                     'sending_since', d.sending_since))
                     FROM alert_deliveries d WHERE d.alert_id = a.id) AS deliveries
             FROM alerts a"""
    if pending:
        sql += " WHERE EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.status = 'pending')"
    sql += " ORDER BY a.created_at DESC, a.rowid DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql)
    for row in rows:
        row["payload"] = json.loads(row["payload"])
        row["deliveries"] = json.loads(row["deliveries"] or "[]")
        row["statement_ids"] = json.loads(row["statement_ids"])
    return rows
