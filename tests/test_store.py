"""The SQLite store: migrations, versions, aliases, full-text search, statements and repeats."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.errors import SearchQueryError, StoreError
from storage.db import Store
from storage.schema import MIGRATIONS
from storage.statements import list_statements, save_statements


def article(text: str, url: str = "https://news.example.org/a/1", **extra) -> dict:
    return {"url": url, "fetched_url": url, "title": "Chechnya report", "text": text, "relevant": 1,
            "relevance": 9.0, "published": "2017-04-03", **extra}  # fmt: skip


def statement(quote: str, actor: str = "karimov", stance: str = "denial", start: int = 0) -> dict:
    return {"speaker": "Karimov", "actor": actor, "actor_name": "Alvi Karimov", "organization": "Head of Chechnya",
            "actor_kind": "government", "country": "RU", "official": True, "stance": stance, "quote": quote,
            "start": start, "end": start + len(quote), "cues": ["dismissal:lies"]}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "monitor.db")


def page(store: Store, url: str = "https://news.example.org/a/1") -> int:
    return store.save_page(
        {"url": url, "fetched_url": url, "source": "s", "status": 200, "body": b"<html>raw</html>"}
    )


def test_migrations_are_recorded_and_idempotent(tmp_path: Path):
    path = tmp_path / "monitor.db"
    Store(path).close()
    store = Store(path)
    names = [row["name"] for row in store.query("SELECT name FROM _migrations ORDER BY name")]
    assert names == sorted(name for name, _ in MIGRATIONS)
    assert store.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"


def test_unwritable_database_is_a_clear_error(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(blocker / "monitor.db")


def test_new_unchanged_changed_versions(store: Store):
    first = store.save_article(article("Version one text."), ["news.example.org/a/1"], "s", page(store))
    same = store.save_article(article("Version one text."), ["news.example.org/a/1"], "s", page(store))
    changed = store.save_article(article("Version two text."), ["news.example.org/a/1"], "s", page(store))
    assert (first.outcome, same.outcome, changed.outcome) == ("new", "unchanged", "changed")
    assert changed.version == 2
    versions = store.query("SELECT version, text FROM article_versions ORDER BY version")
    assert [v["text"] for v in versions] == ["Version one text.", "Version two text."]
    assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 1


def test_same_text_under_another_url_is_an_alias(store: Store):
    store.save_article(article("Wire copy text."), ["a.org/x"], "a", page(store))
    other = store.save_article(
        article("Wire copy text.", url="https://b.org/y"), ["b.org/y"], "b", page(store)
    )
    assert other.outcome == "alias"
    assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 1
    assert {r["url"] for r in store.query("SELECT url FROM article_urls")} == {"a.org/x", "b.org/y"}


def test_raw_page_is_compressed_with_hash(store: Store):
    page_id = page(store)
    row = store.query("SELECT size, sha256, body FROM pages WHERE id = ?", [page_id])[0]
    assert store.page_body(page_id) == b"<html>raw</html>"
    assert row["size"] == 16 and len(row["sha256"]) == 64 and row["body"] != b"<html>raw</html>"


def test_full_text_search_and_bad_query(store: Store, tmp_path: Path):
    store.save_article(article("Karimov called the report absolute lies."), ["a.org/1"], "s", page(store))
    assert store.search("Karimov")[0]["snippet"].count("[Karimov]") == 1
    with pytest.raises(SearchQueryError):
        store.search('"unbalanced')
    store.close()
    out = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", str(tmp_path / "monitor.db"), "articles",
                          "lies"], capture_output=True, text=True, check=True)  # fmt: skip
    assert "absolute lies" in out.stdout


def test_search_follows_changed_text_and_is_not_rebuilt_by_revisits(store: Store):
    store.save_article(article("Karimov called the report absolute lies."), ["a.org/1"], "s", page(store))
    store.save_article(article("Karimov later declined to comment."), ["a.org/1"], "s", page(store))
    assert [r["snippet"] for r in store.search("declined")] == ["Karimov later [declined] to comment."]
    assert store.search("lies") == []
    before = store.query("SELECT count(*) AS n FROM articles_fts_data")[0]["n"]
    for _ in range(20):  # 304 answers only touch last_seen / last_fetched
        store.mark_fetched(["a.org/1"])
    assert store.query("SELECT count(*) AS n FROM articles_fts_data")[0]["n"] == before
    assert len(store.search("declined")) == 1


def test_repeats_link_to_the_first_statement(store: Store):
    one = store.save_article(article("A", url="https://a.org/1"), ["a.org/1"], "a", page(store))
    two = store.save_article(article("B", url="https://b.org/2"), ["b.org/2"], "b", page(store))
    save_statements(
        store, one.article_id, 1, [statement("These reports are absolute lies and disinformation")]
    )
    changes = save_statements(
        store, two.article_id, 1, [statement("the reports are absolute lies and disinformation")]
    )
    repeat = changes.added[0]
    assert repeat["is_new"] == 0 and repeat["first_statement_id"] is not None
    rows = list_statements(store, new=True)
    assert len(rows) == 1 and rows[0]["repeats"] == 1


def test_removed_quote_is_recorded_and_reanalysis_keeps_first_seen(store: Store):
    saved = store.save_article(article("A"), ["a.org/1"], "a", page(store))
    first = save_statements(store, saved.article_id, 1, [statement("No such people exist in the republic")])
    again = save_statements(store, saved.article_id, 1, [statement("No such people exist in the republic")],
                            reanalysis=True)  # fmt: skip
    assert again.kept[0]["first_seen"] == first.added[0]["first_seen"] and not again.added
    removed = save_statements(store, saved.article_id, 2, [])
    assert removed.removed[0]["status"] == "removed" and removed.removed[0]["removed_in_version"] == 2


def test_database_file_is_plain_sqlite(store: Store, tmp_path: Path):
    store.close()
    conn = sqlite3.connect(tmp_path / "monitor.db")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sources", "pages", "articles", "article_versions", "crawl_runs", "statements", "alerts",
            "alert_deliveries", "actors"} <= tables  # fmt: skip
