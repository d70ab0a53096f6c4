"""Shared fixtures: the real local fixture site, a fresh database path, and the CLI run as a real process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sitesrv import FixtureSite, write_sources  # noqa: E402


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300, cwd: Path | None = None,
            stdin: bytes | None = None) -> CliResult:  # fmt: skip
    """Run ``python -m crawler ARGS`` as a real process (a crawl owns its reactor, so one process per crawl)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        cwd=cwd or REPO,
        env=full_env,
        input=stdin,
        capture_output=True,
        timeout=timeout,
    )
    return CliResult(
        proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    )


def query(db: Path, sql: str, params: tuple = ()) -> list[dict]:
    """Rows of a read query on a store file, as dicts."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture(scope="session")
def site() -> Iterator[FixtureSite]:
    """The fixture outlets on a real HTTP server at 127.0.0.1 (port chosen by the OS)."""
    with FixtureSite() as server:
        yield server


@pytest.fixture
def sources_file(site: FixtureSite, tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    write_sources(path, site.base_url)
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.db"
