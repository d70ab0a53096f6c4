"""Datasette over a real store, served by crawler.serve.serve in a real process: queries, metadata, read-only."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from storefixtures import HRW, KARIMOV, NOVAYA, OSCE, PESKOV, SCRIPT_QUOTE, TARGETS, UNNAMED, build_store

from crawler.serve import CANNED_QUERIES, datasette_metadata

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = "import sys; from crawler.serve import serve; serve(sys.argv[1], port=int(sys.argv[2]))"
NAME = "monitor"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def file_state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@dataclass
class Server:
    """A ``serve()`` process on a local port."""

    db: Path
    proc: subprocess.Popen
    base: str
    log: Path
    before: tuple[str, int]
    stopped: bool = field(default=False)

    def get(self, path: str, **params: str) -> tuple[int, str]:
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        try:
            with urllib.request.urlopen(url, timeout=20) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")

    def json(self, path: str, **params: str) -> Any:
        status, body = self.get(path, **params)
        assert status == 200, f"{path}: {status} {body[:500]}"
        return json.loads(body)

    def rows(self, query: str, **params: str) -> list[dict[str, Any]]:
        return self.json(f"/{NAME}/{query}.json", _shape="array", **params)

    def stop(self) -> None:
        if not self.stopped:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.stopped = True


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("serve")
    db = build_store(tmp / f"{NAME}.db").db
    before = file_state(db)
    port = free_port()
    log = tmp / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(db), str(port)], cwd=REPO, stdout=out,
                                stderr=subprocess.STDOUT)  # fmt: skip
    srv = Server(db, proc, f"http://127.0.0.1:{port}", log, before)
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None:
            pytest.fail(f"serve() exited with {proc.returncode}: {log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(srv.base + "/-/versions.json", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline:
            srv.stop()
            pytest.fail(f"Datasette did not answer within 60 s: {log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    yield srv
    srv.stop()


def quotes(rows: list[dict[str, Any]]) -> set[str]:
    return {row["quote"] for row in rows}


def test_new_denials(server: Server) -> None:
    rows = server.rows("new_denials")
    assert quotes(rows) == {KARIMOV, PESKOV, UNNAMED, SCRIPT_QUOTE}
    by_quote = {row["quote"]: row for row in rows}
    assert by_quote[KARIMOV]["who"] == "Alvi Karimov" and by_quote[KARIMOV]["repeats"] == 1
    assert by_quote[KARIMOV]["url"] == "https://interfax.example/russia/557309"
    assert by_quote[UNNAMED]["status"] == "removed"
    assert by_quote[SCRIPT_QUOTE]["day"] == "2017-04-07"  # undated article: the day it was first seen
    assert [row["day"] for row in rows] == sorted((row["day"] for row in rows), reverse=True)


def test_new_confirmations(server: Server) -> None:
    rows = server.rows("new_confirmations")
    assert quotes(rows) == {NOVAYA, HRW, OSCE}
    assert {row["actor_kind"] for row in rows} == {"media", "ngo", "intergovernmental"}


@pytest.mark.parametrize("actor", ["karimov", "Alvi Karimov"])
def test_statements_by_actor(server: Server, actor: str) -> None:
    rows = server.rows("statements_by_actor", actor=actor)
    assert [row["quote"] for row in rows] == [KARIMOV, KARIMOV]
    assert sorted(row["is_new"] for row in rows) == [0, 1]
    assert {row["source"] for row in rows} == {"interfax", "reuters"}


def test_timeline_per_week(server: Server) -> None:
    assert server.rows("timeline_per_week") == [
        {"iso_week": "2017-W13", "week_start": "2017-03-27", "denials": 1, "confirmations": 1},
        {"iso_week": "2017-W14", "week_start": "2017-04-03", "denials": 3, "confirmations": 2},
    ]


def test_alert_status(server: Server) -> None:
    rows = server.rows("alert_status")
    assert len({row["alert_id"] for row in rows}) == 8  # 7 new + 1 removed (the neutral one does not alert)
    assert len(rows) == 8 * len(TARGETS)
    assert {row["target"] for row in rows} == set(TARGETS)
    assert sorted(row["status"] for row in rows).count("delivered") == 1
    failed = [row for row in rows if row["last_error"]]
    assert len(failed) == 1 and failed[0]["status"] == "pending" and failed[0]["attempts"] == 1
    removed = [row for row in rows if row["event"] == "removed"]
    assert removed and json.loads(removed[0]["quotes"]) == [UNNAMED]


def test_removed_quotes(server: Server) -> None:
    rows = server.rows("removed_quotes")
    assert len(rows) == 1
    assert rows[0]["quote"] == UNNAMED and rows[0]["removed_in_version"] == 2
    assert (
        rows[0]["who"] == "an official in Grozny" and rows[0]["title"] == "Officials respond to the reports"
    )


def test_every_canned_query_answers(server: Server) -> None:
    names = datasette_metadata(server.db)["databases"][NAME]["queries"]
    assert set(names) == set(CANNED_QUERIES) >= {"new_denials", "new_confirmations", "statements_by_actor",
                                                 "timeline_per_week", "removed_quotes"}  # fmt: skip
    listed = {q["name"] for q in server.json(f"/{NAME}.json")["queries"]}
    assert listed == set(names)
    for name in names:
        status, body = server.get(f"/{NAME}/{name}.json", _shape="array", actor="peskov")
        assert status == 200, f"{name}: {body[:500]}"
        assert isinstance(json.loads(body), list)


def test_alerts_table_is_not_hidden_by_a_query(server: Server) -> None:
    rows = server.rows("alerts")
    assert len(rows) == 8 and {"group_key", "payload"} <= set(rows[0])


def test_table_descriptions(server: Server) -> None:
    tables = server.json("/-/metadata.json")["databases"][NAME]["tables"]
    for table in ("sources", "articles", "article_versions", "statements", "alerts", "alert_deliveries",
                  "crawl_runs", "actors"):  # fmt: skip
        assert tables[table]["description"], table
    assert "denial, confirmation or neutral" in tables["statements"]["columns"]["stance"]
    status, html = server.get(f"/{NAME}/statements")
    assert status == 200
    assert "One row per statement per article" in html
    assert "cue phrases that decided speaker and stance" in html  # a column description


def test_facets(server: Server) -> None:
    statements = server.json(f"/{NAME}/statements.json")["facet_results"]
    assert {"stance", "actor_kind", "official"} <= set(statements)
    stance = {r["value"]: r["count"] for r in statements["stance"]["results"]}
    assert stance == {"denial": 5, "confirmation": 3, "neutral": 1}
    articles = server.json(f"/{NAME}/articles.json")["facet_results"]
    assert {"source", "language", "relevant"} <= set(articles)
    sources = {r["value"]: r["count"] for r in articles["source"]["results"]}
    assert sources["grozny-daily"] == 2


def test_full_text_search(server: Server) -> None:
    rows = server.rows("articles", _search="Kremlin")
    assert [row["source"] for row in rows] == ["reuters"]
    assert server.rows("articles", _search="muftiate")[0]["source"] == "interfax"
    assert server.rows("articles", _search="nonexistentword") == []


def test_database_file_unchanged(server: Server) -> None:
    server.get(f"/{NAME}/statements")  # one more read, then stop and compare
    assert file_state(server.db) == server.before
    server.stop()
    assert server.proc.returncode in (0, -15)
    assert file_state(server.db) == server.before
