"""End to end: real Scrapy crawls of the fixture outlets on 127.0.0.1 into a real SQLite file."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

import pytest
from conftest import query, run_cli
from sitesrv import EXPECTED, FixtureSite, write_sources

from crawler.urls import url_key

pytestmark = pytest.mark.slow
ENV = {"CHECHNYA_MONITOR_TIMEOUT": "10"}


@pytest.fixture(scope="module")
def crawled(site: FixtureSite, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """All fixture sources crawled twice into one database (the second crawl must change nothing)."""
    folder = tmp_path_factory.mktemp("crawl")
    sources, db = folder / "sources.toml", folder / "monitor.db"
    write_sources(sources, site.base_url)
    site.reset()
    first = run_cli("crawl", "--sources", str(sources), "--db", str(db), env=ENV)
    snapshot = dump(db)
    site.reset_stats()
    second = run_cli("crawl", "--sources", str(sources), "--db", str(db), env=ENV)
    return {"first": first, "second": second, "db": db, "sources": sources, "after_first": snapshot,
            "second_stats": site.stats()}  # fmt: skip


def dump(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    tables = ("articles", "article_versions", "article_urls", "statements")
    data = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}
    conn.close()
    return data


def article_for(db: Path, base: str, path: str) -> dict | None:
    rows = query(db, "SELECT a.* FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?",
                 (url_key(base + path),))  # fmt: skip
    return rows[0] if rows else None


def test_crawl_exits_zero_with_a_per_source_summary(crawled: dict):
    result = crawled["first"]
    assert result.returncode == 0, result.output[-3000:]
    for name in EXPECTED:
        assert name in result.stdout
    assert "crawling" in result.stderr


@pytest.mark.parametrize("source", [s for s, e in EXPECTED.items() if e["articles"]])
def test_each_source_yields_its_articles(crawled: dict, site: FixtureSite, source: str):
    expected = EXPECTED[source]
    for path in expected["article_urls"]:
        stored = article_for(crawled["db"], site.base_url, path)
        assert stored is not None, f"{source}: {path} not stored"
        assert stored["relevant"] == (path in expected["relevant_urls"]), f"{source}: relevance of {path}"


@pytest.mark.parametrize(
    ("source", "path"), [(s, p) for s, e in EXPECTED.items() for p in e["samples"]]
)  # fmt: skip
def test_metadata_is_extracted(crawled: dict, site: FixtureSite, source: str, path: str):
    sample = EXPECTED[source]["samples"][path]
    stored = article_for(crawled["db"], site.base_url, path)
    assert stored is not None
    assert stored["title"] == sample["title"]
    if sample.get("author"):
        assert stored["author"] == sample["author"]
    assert stored["published"][:10] == sample["published"][:10]
    assert stored["language"] == sample["language"]


@pytest.mark.parametrize("source", ["fixture-kavkaz1251", "fixture-koi8"])
def test_legacy_russian_encodings_are_decoded(crawled: dict, site: FixtureSite, source: str):
    for path in EXPECTED[source]["article_urls"]:
        stored = article_for(crawled["db"], site.base_url, path)
        text = stored["title"] + stored["text"]
        assert sum("а" <= ch <= "я" for ch in text.lower()) > 50
        assert not any(marker in text for marker in ("Ð", "Ñ", "Ã", "\ufffd"))


def test_bad_inputs_are_counted_and_logged_and_the_crawl_goes_on(crawled: dict):
    errors = {
        row["error"]
        for row in query(crawled["db"], "SELECT error FROM fetch_errors WHERE source LIKE 'fixture-broken%'")
    }
    for kind in ("http-404", "http-410", "http-500", "redirect-loop", "binary-body", "too-large",
                 "robots-disallowed", "feed-is-html", "empty-sitemap"):  # fmt: skip
        assert kind in errors, f"{kind} not recorded (got {sorted(errors)})"
    runs = query(
        crawled["db"], "SELECT source, errors, status FROM crawl_runs WHERE source = 'fixture-broken'"
    )
    assert runs[0]["status"] == "finished" and runs[0]["errors"] >= 7


def test_flaky_truncated_slow_and_mixed_pages_are_stored(crawled: dict, site: FixtureSite):
    for path in ("/bad/flaky", "/bad/truncated", "/bad/mixed-encoding", "/bad/slow?s=2"):
        assert article_for(crawled["db"], site.base_url, path) is not None, path
    mixed = article_for(crawled["db"], site.base_url, "/bad/mixed-encoding")
    assert "\ufffd" not in mixed["text"]


def test_robots_disallowed_page_is_never_fetched(crawled: dict):
    assert not query(crawled["db"], "SELECT id FROM articles WHERE text LIKE '%PRIVATE-FIXTURE-MARKER%'")


def test_url_variants_and_syndicated_copies_are_one_article(crawled: dict, site: FixtureSite):
    for group in [alias for e in EXPECTED.values() for alias in e["aliases"]]:
        ids = {article_for(crawled["db"], site.base_url, path)["id"] for path in group if
               article_for(crawled["db"], site.base_url, path)}  # fmt: skip
        assert len(ids) == 1, f"{group} stored as {len(ids)} articles"
    amp = article_for(crawled["db"], site.base_url, "/ampnews/amp/journalists-threatened")
    assert amp["url"].endswith("/ampnews/news/journalists-threatened.html")


def test_raw_pages_are_kept_compressed_with_headers_and_hash(crawled: dict):
    rows = query(
        crawled["db"],
        "SELECT body, sha256, size, headers, article_id FROM pages WHERE article_id IS NOT NULL",
    )
    assert rows
    for row in rows:
        body = zlib.decompress(row["body"])
        assert hashlib.sha256(body).hexdigest() == row["sha256"] and len(body) == row["size"]
        assert "Content-Type" in json.loads(row["headers"])


def test_second_crawl_creates_no_duplicates_and_uses_conditional_requests(crawled: dict):
    assert crawled["second"].returncode == 0, crawled["second"].output[-2000:]
    after = dump(crawled["db"])
    before = crawled["after_first"]
    for table in ("articles", "article_versions", "article_urls", "statements"):
        assert len(after[table]) == len(before[table]), table
    runs = query(crawled["db"], "SELECT sum(articles_new) AS new, sum(not_modified) AS nm FROM crawl_runs "
                 "WHERE id > (SELECT count(*) FROM sources)")  # fmt: skip
    assert runs[0]["new"] == 0 and runs[0]["nm"] > 0


def test_search_and_articles_commands(crawled: dict):
    db = str(crawled["db"])
    found = run_cli("search", "Karimov", "--db", db, "--json")
    assert found.returncode == 0 and all(
        "Karimov" in json.loads(line)["snippet"] for line in found.stdout.splitlines()
    )
    assert found.stdout.strip()
    bad = run_cli("search", '"unbalanced', "--db", db)
    assert bad.returncode == 1 and "bad search query" in bad.stderr and "Traceback" not in bad.stderr
    listed = [
        json.loads(line)
        for line in run_cli("articles", "--relevant", "--json", "--db", db).stdout.splitlines()
    ]
    assert listed and all(row["relevant"] == 1 for row in listed)
    recent = run_cli("articles", "--since", "2018-01-01", "--source", "fixture-wp", "--json", "--db", db)
    assert [json.loads(line)["published"][:4] for line in recent.stdout.splitlines()] == ["2018"]


def test_sources_command_shows_last_crawl(crawled: dict):
    out = run_cli("sources", "--sources", str(crawled["sources"]), "--db", str(crawled["db"]), "--json")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {row["name"] for row in rows} == set(EXPECTED)
    assert all(row["last_status"] == "finished" for row in rows)


def test_bad_sources_file_and_unwritable_database_fail_clearly(tmp_path: Path, sources_file: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nkind = "rss"\nurl = "https://x.org"\n')
    result = run_cli("crawl", "--sources", str(bad), "--db", str(tmp_path / "m.db"))
    assert (
        result.returncode != 0
        and "source 'x': key 'kind'" in result.stderr
        and "Traceback" not in result.stderr
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("crawl", "--sources", str(sources_file), "--db", str(blocker / "m.db"))
    assert result.returncode != 0 and "cannot open database" in result.stderr


def test_scrapy_crawl_works_from_the_repo_root(site: FixtureSite, tmp_path: Path):
    import subprocess
    import sys

    sources = tmp_path / "sources.toml"
    write_sources(sources, site.base_url)
    env = {"CHECHNYA_MONITOR_SOURCES": str(sources), "CHECHNYA_MONITOR_DB": str(tmp_path / "m.db")}
    import os

    proc = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "feed", "-a", "source=fixture-wp"],
                          cwd=Path(__file__).resolve().parent.parent, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert len(query(tmp_path / "m.db", "SELECT id FROM articles")) == EXPECTED["fixture-wp"]["articles"]
