"""The SQLite store (through sqlite-utils): the only place that writes SQL for crawl data.

Statements and alerts live in :mod:`storage.statements` and :mod:`storage.alerts`; they share the
:class:`Store` connection.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.errors import SearchQueryError, StoreError
from storage.schema import migrate

log = logging.getLogger(__name__)


def utcnow() -> str:
    """Current UTC time as ISO 8601 with seconds (the store's timestamp format)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


WORDS = re.compile(r"\w+", re.UNICODE)
NEAR_DUPLICATE = (
    0.8  # word 5-shingle Jaccard (with the same longest paragraph) above which texts are one article
)


def lead_key(text: str) -> str:
    """Hash of the longest paragraph's words: candidates for near-duplicate texts share it."""
    longest = max(text.splitlines() or [""], key=len)
    return sha256(" ".join(WORDS.findall(longest.lower())))


def text_similarity(a: str, b: str, size: int = 5) -> float:
    """Jaccard similarity of word shingles (1.0 for identical texts)."""

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = WORDS.findall(text.lower())
        return {tuple(words[i : i + size]) for i in range(max(len(words) - size + 1, 1))}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


@dataclass(frozen=True)
class SavedArticle:
    """What saving an extracted article did: ``new``, ``changed``, ``unchanged`` or ``alias``."""

    article_id: int
    version: int
    outcome: str
    previous_version: int | None = None


class Store:
    """A chechnya-monitor database file, migrated on open, in WAL mode."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0):
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            migrate(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from None

    # -- plumbing ---------------------------------------------------------------------------------------
    def transaction(self):
        """Context manager for one atomic write (``with store.transaction(): ...``)."""
        return _Transaction(self.db.conn)

    def close(self) -> None:
        self.db.conn.close()

    def query(self, sql: str, params: Iterable[Any] | dict | None = None) -> list[dict[str, Any]]:
        """Rows as dicts (plain cursor: the crawl's hot path cannot afford a savepoint per query)."""
        cursor = self.db.conn.execute(sql, params if isinstance(params, dict) else list(params or []))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def insert(self, table: str, row: dict[str, Any], or_ignore: bool = False) -> int:
        """INSERT one row (lists and dicts stored as JSON); return its rowid."""
        columns = list(row)
        sql = (
            f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        return self.db.conn.execute(sql, [_value(row[c]) for c in columns]).lastrowid

    def update(self, table: str, key: Any, values: dict[str, Any], pk: str = "id") -> None:
        """UPDATE one row by primary key."""
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        self.db.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE [{pk}] = ?", [*map(_value, values.values()), key]
        )

    def get(self, table: str, key: Any, pk: str = "id") -> dict[str, Any] | None:
        """One row by primary key, or None."""
        rows = self.query(f"SELECT * FROM [{table}] WHERE [{pk}] = ?", [key])
        return rows[0] if rows else None

    # -- sources and runs -------------------------------------------------------------------------------
    def sync_sources(self, rows: Iterable[dict[str, Any]]) -> None:
        """Insert or update configured sources (lists stored as JSON)."""
        now = utcnow()
        with self.transaction():
            for row in rows:
                row = {k: json.dumps(v) if isinstance(v, list) else v for k, v in row.items()}
                existing = self.db["sources"].count_where("name = ?", [row["name"]])
                row["updated_at"] = now
                if not existing:
                    row["added_at"] = now
                self.db["sources"].upsert(row, pk="name")

    def start_run(self, source: str) -> int:
        with self.transaction():
            return self.db["crawl_runs"].insert(
                {"source": source, "started_at": utcnow(), "status": "running", "pages": 0, "articles_new": 0,
                 "articles_changed": 0, "articles_unchanged": 0, "not_modified": 0, "errors": 0}
            ).last_pk  # fmt: skip

    def finish_run(self, run_id: int, counts: dict[str, int], status: str, stats: dict[str, Any]) -> None:
        columns = (
            "pages",
            "articles_new",
            "articles_changed",
            "articles_unchanged",
            "not_modified",
            "errors",
        )
        update = {c: int(counts.get(c, 0)) for c in columns}
        update.update(
            finished_at=utcnow(), status=status, stats=json.dumps(stats, default=str, sort_keys=True)
        )
        with self.transaction():
            self.update("crawl_runs", run_id, update)

    def abandon_stale_runs(self) -> int:
        """Mark runs left 'running' by a killed process as 'aborted'; return how many."""
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE crawl_runs SET status = 'aborted', finished_at = ? WHERE status = 'running'",
                [utcnow()],
            )
            return cursor.rowcount

    def record_error(self, run_id: int | None, source: str, url: str, error: str, message: str) -> None:
        with self.transaction():
            self.db["fetch_errors"].insert(
                {"run_id": run_id, "source": source, "url": url, "error": error, "message": message[:2000],
                 "at": utcnow()}
            )  # fmt: skip

    def source_status(self) -> list[dict[str, Any]]:
        """Each stored source with its last run."""
        return self.query(
            """SELECT s.name, s.kind, s.language, s.url, r.started_at AS last_run, r.status AS last_status,
                      r.pages, r.articles_new, r.articles_changed, r.errors,
                      (SELECT count(*) FROM articles a WHERE a.source = s.name) AS articles
               FROM sources s LEFT JOIN crawl_runs r
                 ON r.id = (SELECT max(id) FROM crawl_runs WHERE source = s.name)
               ORDER BY s.name"""
        )

    # -- conditional requests ---------------------------------------------------------------------------
    def validators(self, url: str) -> dict[str, Any] | None:
        rows = self.query("SELECT etag, last_modified FROM validators WHERE url = ?", [url])
        return rows[0] if rows else None

    def set_validators(self, url: str, etag: str | None, last_modified: str | None, status: int) -> None:
        with self.transaction():
            self.db.conn.execute(
                "INSERT OR REPLACE INTO validators (url, etag, last_modified, checked_at, status) VALUES (?, ?, ?, ?, ?)",
                [url, etag, last_modified, utcnow(), status],
            )

    # -- pages and articles -----------------------------------------------------------------------------
    def known_article(self, keys: Iterable[str]) -> dict[str, Any] | None:
        """The stored article any of these URL keys points to (id, published, relevant, last_fetched)."""
        keys = list(keys)
        marks = ",".join("?" * len(keys))
        rows = self.query(
            f"""SELECT a.id, a.url, a.published, a.relevant, a.last_fetched, a.first_seen FROM article_urls u
                JOIN articles a ON a.id = u.article_id WHERE u.url IN ({marks}) LIMIT 1""",
            keys,
        )
        return rows[0] if rows else None

    def save_page(self, page: dict[str, Any]) -> int:
        """Store one raw fetch; the body is zlib-compressed, ``sha256`` is of the uncompressed bytes."""
        body: bytes = page.pop("body", b"") or b""
        row = dict(page, size=len(body), sha256=sha256(body), body=zlib.compress(body, 6))
        row["headers"] = json.dumps(row.get("headers") or {}, ensure_ascii=False)
        with self.transaction():
            return self.insert("pages", row)

    def page_body(self, page_id: int) -> bytes:
        row = self.get("pages", page_id)
        return zlib.decompress(row["body"]) if row["body"] else b""

    def save_article(
        self,
        article: dict[str, Any],
        keys: list[str],
        source: str,
        page_id: int,
        canonical_declared: bool = False,
    ) -> SavedArticle:
        """Insert or update an article atomically: new, changed (new version), unchanged, or an alias.

        ``article`` holds url, fetched_url, title, author, published, language, description, sitename, text,
        relevant, relevance, relevance_hits. ``keys`` are the URL keys it was reached by (first: canonical).
        ``canonical_declared``: the page named another URL as its canonical (an AMP page, say); an alias
        arriving that way moves the article's ``url`` to that canonical.
        """
        now = utcnow()
        text_sha = sha256(article["text"])
        with self.transaction():
            existing = self.known_article(keys)
            outcome = None
            if existing is None:
                twin = self._twin(article["text"], text_sha)
                if twin is not None:
                    existing, outcome = {"id": twin}, "alias"
            if existing is None:
                row = dict(article, text_sha256=text_sha, lead_sha256=lead_key(article["text"]), first_seen=now,
                           last_seen=now, last_fetched=now, version=1, source=source, page_id=page_id)  # fmt: skip
                row["relevance_hits"] = json.dumps(row.get("relevance_hits") or {})
                try:
                    article_id = self.insert("articles", row)
                except sqlite3.IntegrityError:  # same canonical URL reached under an unseen alias
                    article_id = self.query("SELECT id FROM articles WHERE url = ?", [row["url"]])[0]["id"]
                    return self._update_article(article_id, article, text_sha, keys, source, page_id, now)
                self._add_version(article_id, 1, article, text_sha, page_id, now)
                self._add_aliases(article_id, keys, source, now)
                self.update("pages", page_id, {"article_id": article_id})
                return SavedArticle(article_id, 1, "new")
            if outcome == "alias":
                self._add_aliases(existing["id"], keys, source, now)
                current = self.get("articles", existing["id"])
                update = {"last_seen": now}
                if canonical_declared and not self.query(
                    "SELECT id FROM articles WHERE url = ?", [article["url"]]
                ):
                    update["url"] = article["url"]
                self.update("articles", existing["id"], update)
                self.update("pages", page_id, {"article_id": existing["id"]})
                return SavedArticle(existing["id"], current["version"], "alias")
            return self._update_article(existing["id"], article, text_sha, keys, source, page_id, now)

    def _twin(self, text: str, text_sha: str) -> int | None:
        """An article with the same or nearly the same text (the same story reached from another URL)."""
        exact = self.query("SELECT id FROM articles WHERE text_sha256 = ? LIMIT 1", [text_sha])
        if exact:
            return exact[0]["id"]
        for row in self.query(
            "SELECT id, text FROM articles WHERE lead_sha256 = ? LIMIT 20", [lead_key(text)]
        ):
            if text_similarity(text, row["text"]) >= NEAR_DUPLICATE:
                return row["id"]
        return None

    def _update_article(self, article_id: int, article: dict[str, Any], text_sha: str, keys: list[str],
                        source: str, page_id: int, now: str) -> SavedArticle:  # fmt: skip
        current = self.get("articles", article_id)
        self._add_aliases(article_id, keys, source, now)
        self.update("pages", page_id, {"article_id": article_id})
        if current["text_sha256"] == text_sha:
            self.update("articles", article_id, {"last_seen": now, "last_fetched": now})
            return SavedArticle(article_id, current["version"], "unchanged")
        version = current["version"] + 1
        update = {k: v for k, v in article.items() if k not in ("url",) and v is not None}
        update.update(text_sha256=text_sha, lead_sha256=lead_key(article["text"]), last_seen=now, last_fetched=now,
                      version=version, page_id=page_id)  # fmt: skip
        update["relevance_hits"] = json.dumps(update.get("relevance_hits") or {})
        update["published"] = current["published"] or article.get("published")
        self.update("articles", article_id, update)
        self._add_version(article_id, version, article, text_sha, page_id, now)
        return SavedArticle(article_id, version, "changed", previous_version=current["version"])

    def mark_fetched(self, keys: list[str]) -> None:
        """Conditional re-fetches answered 304: the stored articles (by URL key) are still current."""
        if not keys:
            return
        now = utcnow()
        with self.transaction():
            self.db.conn.executemany(
                """UPDATE articles SET last_seen = ?, last_fetched = ?
                   WHERE id = (SELECT article_id FROM article_urls WHERE url = ?)""",
                [(now, now, key) for key in keys],
            )

    def _add_version(self, article_id: int, version: int, article: dict[str, Any], text_sha: str,
                     page_id: int, now: str) -> None:  # fmt: skip
        self.insert(
            "article_versions",
            {"article_id": article_id, "version": version, "fetched_at": now, "title": article.get("title"),
             "text": article["text"], "text_sha256": text_sha, "page_id": page_id},
        )  # fmt: skip

    def _add_aliases(self, article_id: int, keys: Iterable[str], source: str, now: str) -> None:
        for key in dict.fromkeys(keys):
            row = {"url": key, "article_id": article_id, "source": source, "first_seen": now}
            self.insert("article_urls", row, or_ignore=True)

    def rescore(self, article_id: int, relevant: bool, relevance: float, hits: dict[str, int]) -> None:
        with self.transaction():
            self.update(
                "articles",
                article_id,
                {"relevant": int(relevant), "relevance": relevance, "relevance_hits": json.dumps(hits)},
            )

    # -- reading ----------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over title and text, best match first, with a highlighted snippet."""
        sql = """SELECT a.id, a.url, a.source, a.title, a.published, a.language, a.relevant,
                        snippet(articles_fts, 1, '[', ']', ' … ', 16) AS snippet
                 FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                 WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"""
        try:
            return self.query(sql, [query, limit])
        except sqlite3.OperationalError as exc:
            raise SearchQueryError(f"bad search query {query!r}: {exc}") from None

    def articles(self, *, relevant: bool = False, since: str | None = None, source: str | None = None,
                 limit: int | None = None) -> Iterator[dict[str, Any]]:  # fmt: skip
        """Stored articles, newest first, filtered by relevance, publication/first-seen date and source."""
        where, params = ["1 = 1"], []
        if relevant:
            where.append("relevant = 1")
        if since:
            where.append("coalesce(published, first_seen) >= ?")
            params.append(since)
        if source:
            where.append("source = ?")
            params.append(source)
        sql = f"""SELECT id, url, source, title, author, published, language, relevant, relevance, version,
                         first_seen, last_seen, length(text) AS chars FROM articles WHERE {" AND ".join(where)}
                  ORDER BY coalesce(published, first_seen) DESC, id DESC"""
        if limit:
            sql += f" LIMIT {int(limit)}"
        yield from self.db.query(sql, params)


def _value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK, re-entrant (inner blocks join the outer transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.owner = False

    def __enter__(self) -> _Transaction:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.owner = True
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.owner:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
