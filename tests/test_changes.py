"""Re-crawls of the demo replay: conditional requests, new versions, new and removed statements, alerts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from conftest import query, run_cli

from crawler.demo.replay import ReplaySite, load_corpus, sources_toml
from crawler.urls import url_key

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Crawl the replay just before the removal of a quote, again after it, and a third time unchanged."""
    corpus = load_corpus()
    site = ReplaySite(corpus)
    site.start()
    folder = tmp_path_factory.mktemp("changes")
    sources, db = folder / "sources.toml", folder / "monitor.db"
    # a 1 s interval: every crawl below comes after the interval, so recent articles are revalidated
    sources.write_text(sources_toml([{**s, "every": "1s"} for s in site.sources()]))
    removal = next(a for a in corpus.articles if any(e.removed_day for e in a.expect))
    removed_at = min(
        u.at(site.epoch) for u in removal.updates if u.day >= max(e.removed_day for e in removal.expect)
    )
    alerts_file = folder / "alerts.jsonl"
    crawl = ("crawl", "--sources", str(sources), "--db", str(db), "--notify", alerts_file.as_uri())
    site.set_time(removed_at - timedelta(minutes=30))
    first = run_cli(*crawl)
    site.set_time(removed_at + timedelta(minutes=30))
    site.reset_stats()
    second = run_cli(*crawl)
    site.reset_stats()
    third = run_cli(*crawl)
    yield {"site": site, "db": db, "removal": removal, "runs": (first, second, third), "third_bodies": site.article_bodies(),
           "third_stats": site.stats(), "alerts_file": alerts_file}  # fmt: skip
    site.stop()


def test_crawls_succeed(story: dict):
    for run in story["runs"]:
        assert run.returncode == 0, run.output[-3000:]


def test_changed_article_gets_a_new_version_and_its_dropped_quote_is_removed(story: dict):
    site, db = story["site"], story["db"]
    key = url_key(site.article_url(story["removal"]))
    article = query(
        db, "SELECT a.* FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?", (key,)
    )[0]
    assert article["version"] == 2
    assert len(query(db, "SELECT * FROM article_versions WHERE article_id = ?", (article["id"],))) == 2
    removed = query(
        db, "SELECT * FROM statements WHERE article_id = ? AND status = 'removed'", (article["id"],)
    )
    assert removed and removed[0]["removed_in_version"] == 2
    evidence = query(db, "SELECT id FROM pages WHERE article_id = ? ORDER BY id", (article["id"],))
    assert len(evidence) >= 2, "the earlier raw page must be kept as evidence"
    alerts = query(db, "SELECT * FROM alerts WHERE event = 'removed' AND article_id = ?", (article["id"],))
    assert len(alerts) == 1


def test_unchanged_recrawl_transfers_no_article_bodies(story: dict):
    assert sum(story["third_bodies"].values()) == 0
    third = query(story["db"], "SELECT sum(articles_new) AS new, sum(articles_changed) AS changed, sum(not_modified) AS nm "
                  "FROM crawl_runs WHERE id > (SELECT max(id) - (SELECT count(*) FROM sources) FROM crawl_runs)")[0]  # fmt: skip
    assert third["new"] == 0 and third["changed"] == 0 and third["nm"] > 0


def test_alerts_are_delivered_once_to_the_file_target(story: dict):
    lines = [json.loads(line) for line in story["alerts_file"].read_text().splitlines()]
    stored = query(story["db"], "SELECT id FROM alerts")
    assert sorted(a["id"] for a in lines) == sorted(a["id"] for a in stored)
    for alert in lines:
        assert alert["event"] in ("new", "removed") and alert["stance"] in ("denial", "confirmation")
        assert alert["actor_kind"] in ("government", "intergovernmental", "court", "ngo")
        assert set(alert["article"]) >= {"url", "title", "source", "published", "language"}


def test_off_topic_denials_are_never_alerted(story: dict):
    site, db = story["site"], story["db"]
    for article in site.corpus.articles:
        if any(e.off_topic for e in article.expect) and not any(not e.off_topic for e in article.expect):
            key = url_key(site.article_url(article))
            found = query(
                db,
                "SELECT a.id FROM article_urls u JOIN articles a ON a.id = u.article_id WHERE u.url = ?",
                (key,),
            )
            if found:
                assert not query(db, "SELECT id FROM alerts WHERE article_id = ?", (found[0]["id"],))
