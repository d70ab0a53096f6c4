"""`chechnya-monitor demo` end to end, and the README's commands on the store it leaves."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli

from crawler.demo.replay import load_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    result = run_cli("demo", "--db", str(db), "--day-seconds", "3", timeout=240)
    return {"result": result, "db": db, "folder": folder}


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_demo_runs_and_prints_alerts_and_a_summary(demo: dict):
    result = demo["result"]
    assert result.returncode == 0, result.output[-3000:]
    out = result.stdout
    assert "ALERT NEW DENIAL" in out and "ALERT NEW CONFIRMATION" in out and "ALERT QUOTE REMOVED" in out
    assert "Summary" in out and "Totals:" in out and str(demo["db"]) in out
    assert (demo["folder"] / "demo-report" / "index.html").exists()


def test_every_alert_reaches_the_jsonl_target_once(demo: dict):
    lines = [json.loads(line) for line in (demo["folder"] / "demo-alerts.jsonl").read_text().splitlines()]
    ids = [alert["id"] for alert in lines]
    assert len(ids) == len(set(ids)) == len(rows(demo["db"], "SELECT id FROM alerts"))
    assert demo["result"].stdout.count("] ALERT ") == len(ids)


def test_the_story_is_followed(demo: dict):
    db = demo["db"]
    corpus = load_corpus()
    assert len(rows(db, "SELECT id FROM articles")) >= len(corpus.articles) - 5  # near-identical copies merge
    assert rows(db, "SELECT id FROM statements WHERE is_new = 0"), "syndicated quotes are repeats"
    assert rows(db, "SELECT id FROM statements WHERE status = 'removed'")
    assert rows(db, "SELECT article_id FROM article_versions WHERE version > 1")
    actors = {r[0] for r in rows(db, "SELECT actor FROM statements WHERE is_new = 1 AND stance = 'denial'")}
    assert {"karimov", "peskov"} <= actors
    confirming = {
        r[0] for r in rows(db, "SELECT actor FROM statements WHERE is_new = 1 AND stance = 'confirmation'")
    }
    assert {"hrw", "russian-lgbt-network"} & confirming
    kinds = {r[0] for r in rows(db, "SELECT actor_kind FROM alerts")}
    assert kinds <= {"government", "intergovernmental", "court", "ngo"}


def test_wire_quote_repeats_are_alerted_once(demo: dict):
    """Every repeat points at a first statement; no alert contains a repeat."""
    db = demo["db"]
    repeats = {r[0] for r in rows(db, "SELECT id FROM statements WHERE is_new = 0")}
    alerted = {
        int(i)
        for (ids,) in rows(db, "SELECT statement_ids FROM alerts WHERE event = 'new'")
        for i in json.loads(ids)
    }
    assert repeats and not repeats & alerted


@pytest.mark.parametrize(
    "args",
    [
        ["statements", "--new", "--official"],
        ["statements", "--stance", "denial", "--json"],
        ["search", "Karimov"],
        ["articles", "--relevant"],
        ["alerts"],
        ["report", "--out", "{folder}/report"],
    ],
)
def test_readme_commands_on_the_demo_store(demo: dict, args: list[str]):
    args = [a.format(folder=demo["folder"]) for a in args]
    result = run_cli(*args, "--db", str(demo["db"]))
    assert result.returncode == 0, result.output[-2000:]
    assert result.stdout.strip() and "(none)" not in result.stdout


def test_readme_sqlite_utils_commands(demo: dict):
    db = str(demo["db"])
    search = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", db, "articles", "Peskov"],
                            capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert search.returncode == 0 and "Peskov" in search.stdout
    query = subprocess.run([sys.executable, "-m", "sqlite_utils", db,
                            "select stance, count(*) from statements where is_new group by stance"],
                           capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert query.returncode == 0 and "denial" in query.stdout
