"""Issue #2 target: crawl 1,000 article pages (fetch, extract, store) at >= 1.3x the pages/s of plain
single-process ``trafilatura.extract`` over the same HTML, measured in the same run. Also reports peak memory.

Usage: ``python bench/throughput.py [--count 1000]`` (part of ``make bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from corpus import make_pages  # noqa: E402


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(child) for child in handle.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def tree_cpu_seconds(pid: int, seen: dict[int, float]) -> None:
    """Record the CPU time (user+system) of a process and its descendants into ``seen`` (pid -> seconds)."""
    tick = os.sysconf("SC_CLK_TCK")
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            seen[current] = (int(fields[11]) + int(fields[12])) / tick
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(child) for child in handle.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue


def baseline(count: int) -> float:
    """Pages per second of plain single-process trafilatura.extract over the same pages."""
    pages = make_pages(count)
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.html)
    return count / (time.perf_counter() - started)


def crawl(count: int) -> dict:
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "serve_pages.py"), "--count", str(count)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = server.stdout.readline().strip()
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(
            f'[[source]]\nname = "bench"\nkind = "sitemap"\nurl = "{base}/sitemap.xml"\n'
            "delay = 0\nconcurrency = 32\nobey_robots = false\n"
        )
        db = Path(tmp) / "bench.db"
        env = {**os.environ, "CHECHNYA_MONITOR_LOG_LEVEL": "WARNING"}
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        peak, cpu, server_cpu = 0, {}, {}
        while proc.poll() is None:
            peak = max(peak, tree_rss_kb(proc.pid))
            tree_cpu_seconds(proc.pid, cpu)
            tree_cpu_seconds(server.pid, server_cpu)
            time.sleep(0.1)
        wall = time.perf_counter() - started
        out, err = proc.communicate()
        server.stdin.close()
        server.wait()
        if proc.returncode != 0:
            raise SystemExit(f"crawl failed:\n{err[-3000:]}")
        import sqlite3

        conn = sqlite3.connect(db)
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        run = conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0]
        conn.close()
    stats = json.loads(run)
    crawl_seconds = stats.get("elapsed_seconds") or wall
    main_cpu = cpu.pop(proc.pid, 0.0)
    return {"wall_seconds": wall, "crawl_seconds": crawl_seconds, "stored": stored, "peak_rss_mb": peak / 1024,
            "cpu": {"crawler process": main_cpu, "extraction workers": sum(cpu.values()),
                    "page server": sum(server_cpu.values())}}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    base_rate = baseline(args.count)
    result = crawl(args.count)
    rate = result["stored"] / result["crawl_seconds"]
    wall_rate = result["stored"] / result["wall_seconds"]
    print(f"plain trafilatura.extract, 1 process : {base_rate:7.1f} pages/s")
    print(f"full crawl (fetch+extract+store)     : {rate:7.1f} pages/s over the crawl "
          f"({result['crawl_seconds']:.1f} s), {wall_rate:.1f} pages/s including process start "
          f"({result['wall_seconds']:.1f} s)")  # fmt: skip
    print(f"stored articles                      : {result['stored']} of {args.count}")
    print(
        f"ratio (target >= 1.3)                : {rate / base_rate:.2f}x  (with start-up: {wall_rate / base_rate:.2f}x)"
    )
    print(f"peak memory, crawl process tree      : {result['peak_rss_mb']:.0f} MB")
    for role, seconds in result["cpu"].items():
        print(
            f"CPU {role:<33}: {seconds:6.1f} s ({1000 * seconds / max(result['stored'], 1):.1f} ms per page)"
        )


if __name__ == "__main__":
    main()
