"""Browse the store in Datasette, read-only, with descriptions, facets, full-text search and canned queries.

``serve(db)`` runs Datasette (0.65) in this process on 127.0.0.1. The database is opened the way Datasette
opens a mutable file, ``?mode=ro``: SQLite never writes the database file, and a crawler or scheduler
writing to the store at the same time is seen live. No write query is configured, so Datasette never opens a
write connection. ``immutable=True`` opens it ``?immutable=1`` instead, for a copied snapshot or read-only
media (faster, but changes made while serving are not seen).

The canned queries are listed in :data:`CANNED_QUERIES`; the alerts query is named ``alert_status`` so that
it does not hide the ``alerts`` table (Datasette serves a canned query in place of a table of the same name).
"""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path
from typing import Any

from crawler.errors import MonitorError, StoreError

log = logging.getLogger(__name__)

# Datasette settings: long article texts are cut in table views; FTS over many articles may need > 1 s.
SETTINGS = {"truncate_cells_html": 300, "sql_time_limit_ms": 5000, "facet_time_limit_ms": 500}

DAY_SQL = "coalesce(date(substr(a.published, 1, 10)), date(substr(s.first_seen, 1, 10)))"
STATEMENT_COLUMNS = f"""s.id, {DAY_SQL} AS day, s.stance, coalesce(s.actor_name, s.speaker) AS who, s.speaker,
       s.actor, s.actor_kind, s.official, s.country, s.quote, a.title, a.url, a.source, a.published,
       s.first_seen, s.status,
       (SELECT count(*) FROM statements r WHERE r.first_statement_id = s.id) AS repeats"""


def _new_statements(stance: str) -> str:
    return f"""SELECT {STATEMENT_COLUMNS}
FROM statements s JOIN articles a ON a.id = s.article_id
WHERE s.is_new = 1 AND s.stance = '{stance}' AND s.status IN ('present', 'removed')
ORDER BY day DESC, s.id DESC"""


CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "new_denials": {
        "title": "New denials",
        "description": "First appearances of denials, newest first (repeats: later articles quoting the same "
        "statement; status 'removed': the outlet later dropped the quote).",
        "sql": _new_statements("denial"),
    },
    "new_confirmations": {
        "title": "New confirmations",
        "description": "First appearances of confirmations, newest first.",
        "sql": _new_statements("confirmation"),
    },
    "statements_by_actor": {
        "title": "Statements by one actor",
        "description": "Every statement (new and repeats, any status) by an actor, given by id (e.g. peskov) "
        "or by name (e.g. Dmitry Peskov).",
        "sql": f"""SELECT {STATEMENT_COLUMNS}, s.is_new, s.first_statement_id
FROM statements s JOIN articles a ON a.id = s.article_id
WHERE s.actor = :actor OR lower(s.actor_name) = lower(:actor)
ORDER BY day DESC, s.id DESC""",
        "params": ["actor"],
    },
    "timeline_per_week": {
        "title": "New denials and confirmations per ISO week",
        "description": "Counts of first appearances per ISO week (Monday to Sunday), dated by the article's "
        "publication date, else the day the statement was first seen.",
        "sql": f"""WITH dated AS (
  SELECT s.stance, {DAY_SQL} AS day
  FROM statements s JOIN articles a ON a.id = s.article_id
  WHERE s.is_new = 1 AND s.stance IN ('denial', 'confirmation') AND s.status IN ('present', 'removed')
), weeks AS (
  SELECT stance, date(day, '-' || ((cast(strftime('%w', day) AS integer) + 6) % 7) || ' days') AS week_start
  FROM dated WHERE day IS NOT NULL
)
SELECT strftime('%Y', week_start, '+3 days') || '-W'
         || printf('%02d', (cast(strftime('%j', week_start, '+3 days') AS integer) - 1) / 7 + 1) AS iso_week,
       week_start, sum(stance = 'denial') AS denials, sum(stance = 'confirmation') AS confirmations
FROM weeks GROUP BY week_start ORDER BY week_start""",
    },
    "alert_status": {
        "title": "Alerts and their delivery to each target",
        "description": "One row per alert and target (no target: no delivery recorded yet), newest alert first.",
        "sql": """SELECT al.created_at, al.event, al.stance, al.speaker, al.actor_kind, al.official,
       json_extract(al.payload, '$.quotes') AS quotes, a.title, a.url, al.article_version,
       d.target, d.status, d.attempts, d.last_error, d.next_attempt_at, d.delivered_at, al.id AS alert_id
FROM alerts al LEFT JOIN articles a ON a.id = al.article_id
LEFT JOIN alert_deliveries d ON d.alert_id = al.id
ORDER BY al.created_at DESC, al.rowid DESC, d.target""",
    },
    "removed_quotes": {
        "title": "Removed quotes",
        "description": "Statements a later version of their article no longer contains; the earlier raw page "
        "(pages table) is the evidence.",
        "sql": """SELECT s.id, s.removed_at, s.removed_in_version, s.stance, coalesce(s.actor_name, s.speaker) AS who,
       s.speaker, s.actor_kind, s.official, s.quote, a.title, a.url, a.source, a.published, s.first_seen,
       s.article_version AS last_version_with_quote
FROM statements s JOIN articles a ON a.id = s.article_id
WHERE s.status = 'removed'
ORDER BY s.removed_at DESC, s.id DESC""",
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "sources": {
        "description": "Configured sources (seeds/sources.toml), updated at every crawl.",
        "columns": {
            "name": "The source's slug.",
            "title": "Display name of the outlet.",
            "kind": "feed, sitemap or listing.",
            "url": "The feed, sitemap or listing page crawled.",
            "language": "Language of the outlet.",
            "every_seconds": "Crawl interval.",
            "delay": "Politeness delay between requests (seconds).",
            "concurrency": "Parallel requests to the site.",
            "depth": "How deep listings are followed.",
            "obey_robots": "1 when robots.txt is obeyed.",
            "follow": "JSON list of regexes of links to follow.",
            "paginate": "JSON list of regexes of pagination links.",
            "allow": "JSON list of regexes of article URLs.",
            "added_at": "When the source was first recorded.",
            "updated_at": "When the source was last recorded.",
        },
    },
    "crawl_runs": {
        "description": "One row per crawl of one source.",
        "sort_desc": "id",
        "facets": ["source", "status"],
        "columns": {
            "source": "The source crawled.",
            "started_at": "Start (UTC).",
            "finished_at": "End (UTC).",
            "status": "running, finished or aborted (stopped by a signal, or found running after a crash).",
            "pages": "Article pages fetched (HTTP 200).",
            "articles_new": "Articles stored for the first time.",
            "articles_changed": "Articles whose text changed (a new version).",
            "articles_unchanged": "Articles fetched again with the same text.",
            "not_modified": "304 answers to conditional requests.",
            "errors": "Pages that failed (details in fetch_errors).",
            "stats": "JSON: Scrapy and monitor counters.",
        },
    },
    "articles": {
        "description": "One row per article, whatever the number of URLs it was reached by. Search its title "
        "and text with the search box (full-text index articles_fts).",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "label_column": "title",
        "sort_desc": "first_seen",
        "facets": ["source", "language", "relevant"],
        "columns": {
            "url": "Canonical URL.",
            "fetched_url": "The final URL last fetched.",
            "source": "The source that found it first.",
            "title": "Extracted title.",
            "author": "Extracted author.",
            "published": "Publication date as the page gives it.",
            "language": "Language (detected when the page does not say).",
            "description": "Extracted description.",
            "sitename": "Extracted site name.",
            "text": "Clean article text of the current version.",
            "text_sha256": "SHA-256 of the text.",
            "first_seen": "When the article was first stored (UTC).",
            "last_seen": "When it was last seen (UTC).",
            "last_fetched": "When it was last fetched (UTC).",
            "version": "Current version number (1 for the first).",
            "relevant": "1 when the keyword score makes it relevant to the Chechnya reports.",
            "relevance": "Keyword score.",
            "relevance_hits": "JSON: keyword hits per group.",
            "page_id": "The raw page of the current version.",
        },
    },
    "article_versions": {
        "description": "Every text an article had: a row only when the text changed. Version 1 is the first "
        "text seen.",
        "columns": {
            "article_id": "The article.",
            "version": "Version number.",
            "fetched_at": "When this text was fetched (UTC).",
            "title": "Title of this version.",
            "text": "Text of this version.",
            "text_sha256": "SHA-256 of the text.",
            "page_id": "The raw page this version was extracted from (evidence).",
        },
    },
    "statements": {
        "description": "One row per statement per article, with its speaker and stance toward the reports. "
        "is_new = 1 marks the first appearance anywhere; repeats point to it with first_statement_id.",
        "sort_desc": "id",
        "facets": ["stance", "actor_kind", "official"],
        "columns": {
            "article_id": "The article.",
            "article_version": "The latest version of the article the statement is in.",
            "actor": "Actor id (seeds/actors.toml), or empty for an unnamed or unknown speaker.",
            "speaker": "The speaker as written ('Peskov', 'the Kremlin spokesman').",
            "actor_name": "Resolved speaker's name.",
            "organization": "The body the speaker speaks for.",
            "actor_kind": "government, intergovernmental, court, ngo, media or person.",
            "country": "ISO country code, where one applies.",
            "official": "1 for government, intergovernmental bodies and courts.",
            "stance": "denial, confirmation or neutral toward the reports.",
            "quote": "The statement's text.",
            "start": "Character offset of the quote in the article text.",
            "end": "End offset of the quote in the article text.",
            "cues": "JSON list of the cue phrases that decided speaker and stance.",
            "fingerprint": "Hash of speaker, stance and quote words.",
            "first_seen": "When this row was first stored (UTC).",
            "is_new": "1 for the first appearance of the statement anywhere in the store.",
            "first_statement_id": "For repeats: the row of the first appearance.",
            "status": "present; removed when a later version dropped it; withdrawn when re-analysis no "
            "longer finds it.",
            "removed_in_version": "For removed statements: the version that dropped it.",
            "removed_at": "For removed statements: when that version was stored (UTC).",
        },
    },
    "alerts": {
        "description": "The alert outbox: one alert per speaker, stance and article version, for new "
        "denials/confirmations and removed quotes.",
        "sort_desc": "created_at",
        "facets": ["event", "stance", "actor_kind"],
        "columns": {
            "id": "Alert id (also the payload id and the Idempotency-Key).",
            "created_at": "When the alert was raised (UTC).",
            "event": "new or removed.",
            "stance": "denial or confirmation.",
            "actor": "Actor id, if known.",
            "speaker": "The speaker as written.",
            "actor_kind": "Kind of speaker.",
            "official": "1 for officials.",
            "article_id": "The article.",
            "article_version": "The article version that raised it.",
            "statement_ids": "JSON list of the statements in the alert.",
            "group_key": "Uniqueness key (event, article, version, speaker, stance).",
            "payload": "JSON payload as delivered.",
        },
    },
    "alert_deliveries": {
        "description": "One row per alert and target, with its delivery status.",
        "facets": ["status", "target"],
        "columns": {
            "alert_id": "The alert.",
            "target": "Notification target (password masked).",
            "status": "pending or delivered.",
            "attempts": "Delivery attempts so far.",
            "last_error": "Last failure, if any.",
            "next_attempt_at": "When a pending delivery is retried (UTC).",
            "delivered_at": "When the target acknowledged it (UTC).",
        },
    },
    "actors": {
        "description": "Known speakers, loaded from seeds/actors.toml at each crawl.",
        "facets": ["kind", "official", "country"],
        "columns": {
            "id": "Actor id (slug).",
            "name": "Display name.",
            "kind": "government, intergovernmental, court, ngo, media or person.",
            "country": "ISO country code, where one applies.",
            "organization": "The body the actor speaks for.",
            "official": "1 for government, intergovernmental bodies and courts.",
            "aliases": "JSON list of names in every language used.",
            "titles": "JSON list of role phrases referring to this actor.",
        },
    },
    "pages": {"description": "Every fetched article page, raw (body zlib-compressed), for re-extraction and as "
              "evidence."},
    "article_urls": {"description": "Every URL key an article was reached by, with the source that reached it."},
    "fetch_errors": {"description": "Pages that failed, with a short error class.", "facets": ["error", "source"]},
    "alert_targets": {"description": "When each alert target was first used (it receives alerts from then on)."},
    "validators": {"description": "ETag / Last-Modified per URL for conditional requests."},
    "scheduler_jobs": {"description": "The scheduler's job store: one job per source, with its next run time."},
    "_migrations": {"description": "Schema migrations applied to this file.", "hidden": True},
}  # fmt: skip


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the database (its file name without extension)."""
    return Path(db_path).stem


def datasette_metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the store: descriptions, facets, full-text search and canned queries."""
    return {
        "title": "chechnya-monitor",
        "description": "Coverage of the reports, since 2017, of the detention, torture and killing of gay men "
        "in Chechnya, and the statements officials and NGOs made about them (denial, confirmation or neutral). "
        "Read-only.",
        "databases": {
            database_name(db_path): {
                "description": "The chechnya-monitor store: articles, the statements found in them, and alerts.",
                "tables": TABLES,
                "queries": CANNED_QUERIES,
            }
        },
    }


def build_datasette(db_path: str | Path, *, immutable: bool = False):  # -> datasette.app.Datasette
    """A configured, started Datasette instance over ``db_path`` (read-only)."""
    from datasette.app import Datasette

    path = Path(db_path)
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    files = {"immutables": [str(path)]} if immutable else {"files": [str(path)]}
    ds = Datasette(**files, metadata=datasette_metadata(path), settings=SETTINGS)

    async def start() -> None:
        await ds.invoke_startup()
        await ds.get_database(database_name(path)).execute("SELECT count(*) FROM sqlite_master")

    try:
        asyncio.run(start())
    except Exception as exc:  # sqlite3 errors come through Datasette's own exception types
        raise StoreError(f"Datasette cannot read {path}: {exc}") from None
    return ds


def serve(db_path: str | Path, port: int = 8001, host: str = "127.0.0.1", *, immutable: bool = False) -> None:
    """Serve the store in Datasette (read-only) until interrupted (Ctrl-C or SIGTERM)."""
    import uvicorn

    ds = build_datasette(db_path, immutable=immutable)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family)
    except OSError as exc:
        raise MonitorError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    bound = sock.getsockname()[1]
    log.info("Datasette serving %s read-only at http://%s:%d/", db_path, host, bound)
    config = uvicorn.Config(ds.app(), log_config=None, log_level=None, lifespan="on")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
