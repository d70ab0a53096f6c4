"""Statements in the store: one row per statement per article, repeats linked to their first appearance.

A statement is *new* (``is_new = 1``) the first time it appears anywhere in the store. The same statement by
the same speaker with the same stance in another article (a wire copy, a re-quote with small edits) is a
repeat: ``is_new = 0`` and ``first_statement_id`` points at the first row. When an article changes, its
statements are matched against the previous version's: kept ones move to the new version, missing ones are
marked ``status = 'removed'`` (their evidence stays in the earlier version's raw page).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from storage.db import Store, utcnow

Similarity = Callable[[str, str], float]
REPEAT_SIMILARITY = 0.6
SUMMARY_WORDS = 8
# A new statement is compared with this speaker's latest statements of the same stance only, so the cost of
# storing one stays flat after years of monitoring. A repeat of an older one still links to the original: the
# candidates' own first_statement_id points there.
REPEAT_CANDIDATES = 1000
SUMMARY_WINDOW = dt.timedelta(hours=72)
WORDS = re.compile(r"\w+", re.UNICODE)


def speaker_key(statement: dict[str, Any]) -> str:
    """Who said it: the actor id, or kind/country/organisation of an unnamed speaker."""
    if statement.get("actor"):
        return statement["actor"]
    parts = (statement.get("actor_kind"), statement.get("country"), statement.get("organization"))
    return "unnamed:" + ":".join((p or "").lower() for p in parts)


def fingerprint(statement: dict[str, Any]) -> str:
    """Exact identity of a statement: speaker, stance and the quote's words (case and punctuation folded)."""
    words = " ".join(WORDS.findall(statement["quote"].lower()))
    raw = f"{speaker_key(statement)}|{statement['stance']}|{words}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def word_overlap(a: str, b: str) -> float:
    """Fallback similarity: share of the shorter quote's words found in the other."""
    wa, wb = set(WORDS.findall(a.lower())), set(WORDS.findall(b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


@dataclass
class StatementChanges:
    """What saving an article version's statements did."""

    added: list[dict[str, Any]] = field(default_factory=list)  # rows inserted (new or repeats)
    kept: list[dict[str, Any]] = field(default_factory=list)  # rows carried over from the previous version
    removed: list[dict[str, Any]] = field(default_factory=list)  # rows whose quote disappeared


def _find_first(store: Store, statement: dict[str, Any], fp: str, article_id: int,
                similarity: Similarity) -> dict[str, Any] | None:  # fmt: skip
    """The first appearance of this statement elsewhere in the store, if any."""
    rows = store.query(
        "SELECT id, first_statement_id FROM statements WHERE fingerprint = ? AND article_id != ? ORDER BY id LIMIT 1",
        [fp, article_id],
    )
    if rows:
        return rows[0]
    key = speaker_key(statement)
    # the speaker's latest candidates, read newest first through the index, then compared oldest first
    if statement.get("actor"):
        latest = store.query(
            "SELECT id, first_statement_id, quote, first_seen FROM statements WHERE actor = ? AND stance = ? AND article_id != ?"
            " ORDER BY id DESC LIMIT ?",
            [statement["actor"], statement["stance"], article_id, REPEAT_CANDIDATES],
        )
    else:
        latest = [
            row
            for row in store.query(
                "SELECT id, first_statement_id, quote, first_seen, actor_kind, country, organization FROM statements"
                " WHERE actor IS NULL AND stance = ? AND article_id != ? ORDER BY id DESC LIMIT ?",
                [statement["stance"], article_id, REPEAT_CANDIDATES * 10],  # unnamed speakers share the rows
            )
            if speaker_key(row) == key
        ]
    candidates = latest[::-1]
    for row in candidates:
        if similarity(statement["quote"], row["quote"]) >= REPEAT_SIMILARITY:
            return row
    # A short reported summary ("Karimov denied the reports", "назвал публикацию ложью") soon after the same
    # speaker took the same stance is another outlet re-telling that statement, not a new one.
    if candidates and len(WORDS.findall(statement["quote"])) < SUMMARY_WORDS:
        since = (dt.datetime.now(dt.UTC) - SUMMARY_WINDOW).replace(microsecond=0).isoformat()
        recent = [row for row in candidates if (row["first_seen"] or "") >= since]
        if recent:
            return recent[-1]
    return None


def save_statements(store: Store, article_id: int, version: int, statements: Iterable[dict[str, Any]],
                    similarity: Similarity = word_overlap, seen_at: str | None = None,
                    reanalysis: bool = False) -> StatementChanges:  # fmt: skip
    """Store the statements found in one article version (call inside the article's transaction).

    With ``reanalysis`` (same version analysed again after the seeds changed), statements no longer found are
    marked ``withdrawn`` rather than ``removed``: the article did not change, the analysis did.
    """
    now = seen_at or utcnow()
    changes = StatementChanges()
    present = store.query(
        "SELECT * FROM statements WHERE article_id = ? AND status IN ('present', 'withdrawn') ORDER BY id",
        [article_id],
    )
    unmatched = {row["id"]: row for row in present}
    with store.transaction():
        for statement in statements:
            fp = fingerprint(statement)
            previous = next(
                (row for row in unmatched.values()
                 if row["fingerprint"] == fp or (speaker_key(row) == speaker_key(statement)
                     and row["stance"] == statement["stance"]
                     and similarity(row["quote"], statement["quote"]) >= REPEAT_SIMILARITY)),
                None,
            )  # fmt: skip
            if previous is not None:
                del unmatched[previous["id"]]
                store.update("statements",
                    previous["id"],
                    {"article_version": version, "start": statement["start"], "end": statement["end"], "status": "present",
                     "quote": statement["quote"], "cues": json.dumps(list(statement.get("cues", [])))},
                )  # fmt: skip
                changes.kept.append(store.get("statements", previous["id"]))
                continue
            first = _find_first(store, statement, fp, article_id, similarity)
            row = {
                "article_id": article_id, "article_version": version, "actor": statement.get("actor"),
                "speaker": statement.get("speaker"), "actor_name": statement.get("actor_name"),
                "organization": statement.get("organization"), "actor_kind": statement.get("actor_kind"),
                "country": statement.get("country"), "official": int(bool(statement.get("official"))),
                "stance": statement["stance"], "quote": statement["quote"], "start": statement["start"],
                "end": statement["end"], "cues": json.dumps(list(statement.get("cues", []))), "fingerprint": fp,
                "first_seen": now, "is_new": 0 if first else 1,
                "first_statement_id": (first["first_statement_id"] or first["id"]) if first else None,
                "status": "present",
            }  # fmt: skip
            row_id = store.insert("statements", row)
            changes.added.append(store.get("statements", row_id))
        if reanalysis:
            for row in unmatched.values():
                store.update("statements", row["id"], {"status": "withdrawn"})
        elif version > 1:
            for row in (r for r in unmatched.values() if r["status"] == "present"):
                store.update(
                    "statements",
                    row["id"],
                    {"status": "removed", "removed_in_version": version, "removed_at": now},
                )
                changes.removed.append(store.get("statements", row["id"]))
    return changes


def replace_actors(store: Store, rows: Iterable[dict[str, Any]]) -> None:
    """Load the actors table from the seeds (lists stored as JSON)."""
    with store.transaction():
        store.db.execute("DELETE FROM actors")
        store.db["actors"].insert_all(
            ({**row, "aliases": json.dumps(row["aliases"], ensure_ascii=False),
              "titles": json.dumps(row["titles"], ensure_ascii=False)} for row in rows),
            pk="id",
        )  # fmt: skip


def list_statements(store: Store, *, stance: str | None = None, new: bool = False, official: bool = False,
                    actor: str | None = None, kind: str | None = None, since: str | None = None,
                    include_removed: bool = True, limit: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Statements joined with their article, newest first, with how many articles repeated each."""
    where, params = ["1 = 1"], []
    for column, value in (("s.stance", stance), ("s.actor", actor), ("s.actor_kind", kind)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if new:
        where.append("s.is_new = 1")
    if official:
        where.append("s.official = 1")
    if since:
        where.append("coalesce(a.published, s.first_seen) >= ?")
        params.append(since)
    where.append("s.status = 'present'" if not include_removed else "s.status IN ('present', 'removed')")
    sql = f"""SELECT s.id, s.article_id, s.article_version, s.actor, s.speaker, s.actor_name, s.organization,
                     s.actor_kind, s.country, s.official, s.stance, s.quote, s.start, s."end", s.cues,
                     s.fingerprint, s.first_seen, s.is_new, s.first_statement_id, s.status,
                     s.removed_in_version, s.removed_at, a.url, a.title, a.source, a.published, a.language,
                     (SELECT count(*) FROM statements r WHERE r.first_statement_id = s.id) AS repeats
              FROM statements s JOIN articles a ON a.id = s.article_id
              WHERE {" AND ".join(where)}
              ORDER BY coalesce(a.published, s.first_seen) DESC, s.id DESC"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, params)
    for row in rows:
        row["cues"] = json.loads(row["cues"] or "[]")
        row["official"] = bool(row["official"])
    return rows
