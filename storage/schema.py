"""The store's schema and its migrations: the one module that creates or alters tables.

Each migration is a function registered with ``@migration``; applied ones are recorded in ``_migrations`` so
opening an old database brings it up to date, and opening a current one does nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration, named after the function."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_crawl_tables(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {
            "name": str, "title": str, "kind": str, "url": str, "language": str, "every_seconds": float,
            "delay": float, "concurrency": int, "follow": str, "paginate": str, "depth": int, "allow": str,
            "obey_robots": int, "added_at": str, "updated_at": str,
        },
        pk="name",
    )  # fmt: skip
    db["crawl_runs"].create(
        {
            "id": int, "source": str, "started_at": str, "finished_at": str, "status": str, "pages": int,
            "articles_new": int, "articles_changed": int, "articles_unchanged": int, "not_modified": int,
            "errors": int, "stats": str,
        },
        pk="id",
    )  # fmt: skip
    db["pages"].create(
        {
            "id": int, "url": str, "fetched_url": str, "source": str, "run_id": int, "kind": str,
            "status": int, "fetched_at": str, "content_type": str, "headers": str, "etag": str,
            "last_modified": str, "size": int, "sha256": str, "body": bytes, "article_id": int,
        },
        pk="id",
    )  # fmt: skip
    db["pages"].create_index(["url"])
    db["pages"].create_index(["article_id"])
    db["validators"].create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str, "status": int}, pk="url"
    )
    db["articles"].create(
        {
            "id": int, "url": str, "fetched_url": str, "source": str, "title": str, "author": str,
            "published": str, "language": str, "description": str, "sitename": str, "text": str,
            "text_sha256": str, "first_seen": str, "last_seen": str, "last_fetched": str, "version": int,
            "relevant": int, "relevance": float, "relevance_hits": str, "page_id": int,
        },
        pk="id",
        not_null={"url", "text"},
    )  # fmt: skip
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["text_sha256"])
    db["articles"].create_index(["published"])
    db["article_urls"].create(
        {"url": str, "article_id": int, "source": str, "first_seen": str},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_versions"].create(
        {
            "article_id": int, "version": int, "fetched_at": str, "title": str, "text": str,
            "text_sha256": str, "page_id": int,
        },
        pk=("article_id", "version"),
        foreign_keys=[("article_id", "articles", "id")],
    )  # fmt: skip
    db["fetch_errors"].create(
        {"id": int, "run_id": int, "source": str, "url": str, "error": str, "message": str, "at": str},
        pk="id",
    )
    db["fetch_errors"].create_index(["source"])
    db["articles"].enable_fts(
        ["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@migration
def m002_statement_tables(db: sqlite_utils.Database) -> None:
    db["actors"].create(
        {
            "id": str, "name": str, "kind": str, "country": str, "organization": str, "official": int,
            "aliases": str, "titles": str,
        },
        pk="id",
    )  # fmt: skip
    db["statements"].create(
        {
            "id": int, "article_id": int, "article_version": int, "actor": str, "speaker": str,
            "actor_name": str, "organization": str, "actor_kind": str, "country": str, "official": int,
            "stance": str, "quote": str, "start": int, "end": int, "cues": str, "fingerprint": str,
            "first_seen": str, "is_new": int, "first_statement_id": int, "status": str,
            "removed_in_version": int, "removed_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )  # fmt: skip
    db["statements"].create_index(["fingerprint"])
    db["statements"].create_index(["article_id", "article_version"])
    db["statements"].create_index(["stance", "is_new"])


@migration
def m003_alert_tables(db: sqlite_utils.Database) -> None:
    db["alerts"].create(
        {
            "id": str, "created_at": str, "event": str, "stance": str, "actor": str, "speaker": str,
            "actor_kind": str, "official": int, "article_id": int, "article_version": int,
            "statement_ids": str, "group_key": str, "payload": str,
        },
        pk="id",
    )  # fmt: skip
    db["alerts"].create_index(["group_key"], unique=True)
    db["alerts"].create_index(["created_at"])
    db["alert_deliveries"].create(
        {
            "alert_id": str, "target": str, "status": str, "attempts": int, "last_error": str,
            "next_attempt_at": str, "delivered_at": str,
        },
        pk=("alert_id", "target"),
        foreign_keys=[("alert_id", "alerts", "id")],
    )  # fmt: skip
    db["alert_deliveries"].create_index(["status"])
    db["alert_targets"].create({"target": str, "added_at": str}, pk="target")


@migration
def m004_near_duplicate_key(db: sqlite_utils.Database) -> None:
    db["articles"].add_column("lead_sha256", str)
    db["articles"].create_index(["lead_sha256"])


@migration
def m005_fts_reindex_on_text_only(db: sqlite_utils.Database) -> None:
    """Re-index an article for full-text search when its title or text changes, not on every ``last_seen``."""
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        """CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END"""
    )


@migration
def m006_statements_by_speaker(db: sqlite_utils.Database) -> None:
    """Repeat detection reads a speaker's latest statements of one stance: index them."""
    db["statements"].create_index(["actor", "stance"])


@migration
def m007_delivery_in_flight(db: sqlite_utils.Database) -> None:
    """``sending_since``: set just before a send, cleared when it is recorded. Set after a restart means the
    send was in flight when the process stopped: the target may have received it."""
    db["alert_deliveries"].add_column("sending_since", str)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; return the names applied."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            fn(db)
            db["_migrations"].insert({"name": name, "applied_at": dt.datetime.now(dt.UTC).isoformat()})
        applied.append(name)
    return applied
