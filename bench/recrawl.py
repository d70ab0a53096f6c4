"""Issue #4 target: re-crawling an unchanged source costs at most 10% of the first crawl's time and transfers
no article bodies (feeds/sitemaps and recent relevant articles are re-fetched conditionally: 304s).

The second crawl runs after the source's interval has passed, so it is the steady state of the scheduler
(every recent relevant article is revalidated), not a crawl that skips work. A ``crawl`` command pays for
process start-up each time; the long-running ``schedule`` service does not, so the bench also runs the
scheduler on the same database and reports the crawl time of its re-crawls.
Usage: ``python bench/recrawl.py [--count 500]``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent


def crawl(sources: Path, db: Path) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db)],
                          cwd=REPO, env=env, capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-3000:])
    conn = sqlite3.connect(db)
    stats = json.loads(conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
    conn.close()
    return wall, stats


def scheduled_recrawls(sources: Path, db: Path, runs: int = 3) -> list[dict]:
    """Run ``schedule`` until it has re-crawled the source ``runs`` times; the stats of those runs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
    conn = sqlite3.connect(db)
    (last_id,) = conn.execute("SELECT max(id) FROM crawl_runs").fetchone()
    proc = subprocess.Popen([sys.executable, "-m", "crawler", "schedule", "--sources", str(sources), "--db", str(db)],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            rows = conn.execute("SELECT stats FROM crawl_runs WHERE id > ? AND status = 'finished' ORDER BY id",
                                [last_id]).fetchall()  # fmt: skip
            if len(rows) >= runs:
                return [json.loads(stats) for (stats,) in rows[:runs]]
            time.sleep(0.5)
        raise SystemExit("the scheduler did not re-crawl in time")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, str(BENCH / "serve_pages.py"), "--count", str(args.count)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    base = server.stdout.readline().strip()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sources = Path(tmp) / "sources.toml"
            sources.write_text(f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
                               'every = "2s"\ndelay = 0\nconcurrency = 32\nobey_robots = false\n')  # fmt: skip
            db = Path(tmp) / "bench.db"
            wall1, first = crawl(sources, db)
            time.sleep(2.5)  # the source's interval passes: the re-crawl revalidates recent relevant articles
            wall2, second = crawl(sources, db)
            scheduled = scheduled_recrawls(sources, db)
    finally:
        server.stdin.close()
        server.wait()
    t1, t2 = first["elapsed_seconds"], second["elapsed_seconds"]
    print(f"first crawl : {t1:6.2f} s crawling ({wall1:.2f} s with process start), "
          f"{first.get('monitor/pages', 0)} article bodies")  # fmt: skip
    print(f"re-crawl    : {t2:6.2f} s crawling ({wall2:.2f} s with process start), "
          f"{second.get('monitor/pages', 0)} article bodies, {second.get('monitor/not_modified', 0)} answered 304, "
          f"{second.get('monitor/revisits', 0)} revisits")  # fmt: skip
    print(f"ratio (target <= 0.10): {t2 / t1:.3f} crawling, {wall2 / wall1:.3f} with process start")
    times = sorted(run["elapsed_seconds"] for run in scheduled)
    bodies = sum(run.get("monitor/pages", 0) for run in scheduled)
    print(
        f"re-crawls by the running scheduler: {', '.join(f'{t:.2f}' for t in times)} s, {bodies} article bodies; "
        f"median ratio {times[len(times) // 2] / t1:.3f}"
    )


if __name__ == "__main__":
    main()
