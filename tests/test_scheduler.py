"""The scheduler as users run it: a real process, real crawls of the demo replay, real alert delivery."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, run_cli
from receivers import WebhookReceiver

from crawler.demo.replay import ReplaySite, load_corpus, sources_toml

pytestmark = pytest.mark.slow


@pytest.fixture
def replay() -> Iterator[ReplaySite]:
    site = ReplaySite(load_corpus())
    site.start()
    site.set_day(8)
    yield site
    site.stop()


def write_sources(site: ReplaySite, path: Path, every: str, delay: float = 0.0) -> Path:
    sources = [
        {**s, "every": every, "delay": delay, "concurrency": 2 if delay else 8} for s in site.sources()
    ]
    path.write_text(sources_toml(sources))
    return path


def start_scheduler(sources: Path, db: Path, *notify: str) -> subprocess.Popen:
    args = [sys.executable, "-m", "crawler", "schedule", "--sources", str(sources), "--db", str(db)]
    for target in notify:
        args += ["--notify", target]
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
    return subprocess.Popen(
        args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def wait_for(condition, timeout: float = 90, every: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> tuple[int, str]:
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


def test_second_scheduler_on_the_same_database_refuses(replay: ReplaySite, tmp_path: Path):
    sources, db = write_sources(replay, tmp_path / "s.toml", "1h"), tmp_path / "m.db"
    first = start_scheduler(sources, db)
    try:
        assert wait_for(lambda: rows(db, "SELECT id FROM crawl_runs"))
        second = start_scheduler(sources, db)
        _, err = second.communicate(timeout=60)
        assert second.returncode != 0
        assert "another scheduler" in err and "Traceback" not in err
    finally:
        code, err = stop(first)
    assert code == 0, err[-2000:]
    assert "scheduler stopped" in err


def scheduled_once_and_stopped(replay: ReplaySite, tmp_path: Path) -> tuple[Path, Path]:
    """Sources every hour and a database where the scheduler crawled each of them once, then stopped (SIGTERM)."""
    sources, db = write_sources(replay, tmp_path / "s.toml", "1h"), tmp_path / "m.db"
    proc = start_scheduler(sources, db)
    outlets = len(replay.corpus.outlets)
    assert wait_for(lambda: len(rows(db, "SELECT id FROM crawl_runs WHERE status = 'finished'")) >= outlets)
    code, err = stop(proc)
    assert code == 0, err[-2000:]
    return sources, db


def test_sigterm_finishes_cleanly_and_a_restart_resumes_the_plan(replay: ReplaySite, tmp_path: Path):
    sources, db = scheduled_once_and_stopped(replay, tmp_path)
    outlets = len(replay.corpus.outlets)
    assert not rows(db, "SELECT id FROM crawl_runs WHERE status = 'running'")
    jobs = rows(db, "SELECT id, next_run_time FROM scheduler_jobs")
    assert len(jobs) == outlets and all(next_run > time.time() + 1800 for _, next_run in jobs)
    runs_before = len(rows(db, "SELECT id FROM crawl_runs"))
    proc = start_scheduler(sources, db)
    time.sleep(6)
    code, err = stop(proc)
    assert code == 0, err[-2000:]
    assert len(rows(db, "SELECT id FROM crawl_runs")) == runs_before, (
        "a restart must not crawl everything at once"
    )


def test_a_job_that_fired_just_before_a_crash_crawls_right_after_the_restart(
    replay: ReplaySite, tmp_path: Path
):
    """APScheduler stores a job's next run when it fires; the crawl records its run a moment later. A crash in
    between must not leave the source uncrawled for a whole interval."""
    sources, db = scheduled_once_and_stopped(replay, tmp_path)
    # the state such a crash leaves: one source's job moved on an hour, and no run of it recorded
    victim = rows(db, "SELECT source FROM crawl_runs ORDER BY id LIMIT 1")[0][0]
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM crawl_runs WHERE source = ?", [victim])
    conn.close()
    others = len(rows(db, "SELECT id FROM crawl_runs"))
    proc = start_scheduler(sources, db)
    try:
        assert wait_for(lambda: rows(db, f"SELECT id FROM crawl_runs WHERE source = '{victim}'"), timeout=60)
    finally:
        code, err = stop(proc)
    assert code == 0, err[-2000:]
    assert len(rows(db, f"SELECT id FROM crawl_runs WHERE source != '{victim}'")) == others, (
        "the other sources keep their plan"
    )


def test_sources_are_recrawled_at_second_scale_intervals(replay: ReplaySite, tmp_path: Path):
    sources, db = write_sources(replay, tmp_path / "s.toml", "2s"), tmp_path / "m.db"
    proc = start_scheduler(sources, db)
    try:
        assert wait_for(lambda: min(Counter(r[0] for r in rows(db, "SELECT source FROM crawl_runs")).values() or [0]) >= 3
                        and len(Counter(r[0] for r in rows(db, "SELECT source FROM crawl_runs"))) == len(replay.corpus.outlets),
                        timeout=120)  # fmt: skip
    finally:
        code, err = stop(proc)
    assert code == 0, err[-2000:]


def test_kill_9_mid_crawl_loses_nothing_and_sends_nothing_twice(replay: ReplaySite, tmp_path: Path):
    """Crash the scheduler in the middle of its first crawls, restart it: same articles, each alert once."""
    reference_db = tmp_path / "reference.db"
    fast = write_sources(replay, tmp_path / "fast.toml", "1h")
    assert run_cli("crawl", "--sources", str(fast), "--db", str(reference_db)).returncode == 0
    # Which copy of a syndicated text becomes the article's url depends on fetch order: compare URL keys.
    expected_articles = {r[0] for r in rows(reference_db, "SELECT url FROM article_urls")}
    assert rows(reference_db, "SELECT id FROM alerts"), "the corpus should raise alerts"

    slow = write_sources(replay, tmp_path / "slow.toml", "1h", delay=0.4)
    db = tmp_path / "m.db"
    with WebhookReceiver() as hook:
        proc = start_scheduler(slow, db, hook.url)
        try:
            assert wait_for(lambda: len(rows(db, "SELECT id FROM articles")) >= 8, timeout=120)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            proc.stdout.close()
            proc.stderr.close()
        assert len(rows(db, "SELECT url FROM article_urls")) < len(expected_articles), (
            "killed too late to test anything"
        )
        assert rows(db, "SELECT id FROM crawl_runs WHERE status = 'running'")
        # A send the kill caught between the POST and its record may arrive twice; nothing else may.
        in_flight = {r[0] for r in rows(db, "SELECT alert_id FROM alert_deliveries WHERE status = 'pending'"
                                            " AND sending_since IS NOT NULL")}  # fmt: skip
        assert len(in_flight) <= 1, "one delivery loop sends one alert at a time"
        proc = start_scheduler(slow, db, hook.url)
        try:
            assert wait_for(
                lambda: {r[0] for r in rows(db, "SELECT url FROM article_urls")} == expected_articles,
                timeout=240,
            )
            stored = {r[0] for r in rows(db, "SELECT id FROM alerts")}
            assert wait_for(lambda: {r.json()["id"] for r in hook.accepted} >= stored, timeout=60)
            time.sleep(2)
        finally:
            code, err = stop(proc)
        assert code == 0, err[-2000:]
        ids = Counter(
            {k.lower(): v for k, v in request.headers.items()}["idempotency-key"] for request in hook.accepted
        )
        repeated = {key: count for key, count in ids.items() if count > 1}
        assert set(repeated) <= in_flight, (
            f"an alert not in flight at the kill was delivered twice: {repeated}"
        )
        assert all(count == 2 for count in repeated.values()), repeated
        assert set(ids) == {r[0] for r in rows(db, "SELECT id FROM alerts")}
    # no alert lost: every new denial/confirmation by an alerting kind belongs to an alert
    alerted = {
        int(i) for (ids_json,) in rows(db, "SELECT statement_ids FROM alerts") for i in json.loads(ids_json)
    }
    fresh = {r[0] for r in rows(db, "SELECT id FROM statements WHERE is_new = 1 AND stance IN ('denial', 'confirmation')"
                                " AND actor_kind IN ('government', 'intergovernmental', 'court', 'ngo')")}  # fmt: skip
    assert fresh and fresh <= alerted
    assert not rows(db, "SELECT alert_id FROM alert_deliveries WHERE status != 'delivered'")
