"""Issue #4 target: from a page appearing on a source to its alert delivered, at most the source's interval
plus 60 s.

The demo replay serves the story as it stood on day 0; the real scheduler (``chechnya-monitor schedule``)
crawls every outlet each ``--every`` seconds and delivers to a local webhook. The replay's clock then jumps
so that the day-1 denials appear; the time from that moment to each alert's arrival is the latency.
Usage: ``python bench/latency.py [--every 20]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from receivers import WebhookReceiver  # noqa: E402

from crawler.demo.replay import ReplaySite, load_corpus, sources_toml  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=float, default=20.0, help="crawl interval of every source, seconds")
    args = parser.parse_args()
    site = ReplaySite(load_corpus())
    site.start()
    site.set_day(0.9)
    with tempfile.TemporaryDirectory() as tmp, WebhookReceiver() as hook:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(sources_toml([{**s, "every": f"{args.every:g}s"} for s in site.sources()]))
        env = {k: v for k, v in os.environ.items() if not k.startswith("CHECHNYA_MONITOR_")}
        proc = subprocess.Popen([sys.executable, "-m", "crawler", "schedule", "--sources", str(sources), "--db",
                                 str(Path(tmp) / "m.db"), "--notify", hook.url], cwd=REPO, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            time.sleep(args.every + 5)  # first round of crawls done, day-0 alerts delivered
            before = len(hook.accepted)
            appeared = time.monotonic()
            site.set_day(1.6)  # the day-1 denials are published now
            deadline = appeared + args.every + 90
            arrivals: list[float] = []
            while time.monotonic() < deadline:  # poll the receiver; note when each new alert arrived
                arrivals += [time.monotonic() - appeared] * (len(hook.accepted) - before - len(arrivals))
                if arrivals and time.monotonic() - appeared > args.every * 2 + 10:
                    break
                time.sleep(0.2)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
            site.stop()
    if not arrivals:
        raise SystemExit("no alert arrived")
    print(
        f"interval {args.every:g} s: {len(arrivals)} alerts for pages that appeared at t=0; first after "
        f"{min(arrivals):.1f} s, last after {max(arrivals):.1f} s (target <= interval + 60 = {args.every + 60:g} s)"
    )


if __name__ == "__main__":
    main()
