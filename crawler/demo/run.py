"""``chechnya-monitor demo``: follow a developing story, offline, in under a minute.

A local replay of the bundled corpus plays a week of coverage in accelerated time (one simulated day every
few seconds). The real scheduler crawls it on each outlet's interval (scaled to the same clock); alerts are
delivered to a ``file://`` JSONL target and printed as they fire; the store is left for querying.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crawler.config import load_config
from crawler.demo.replay import ReplaySite, load_corpus
from crawler.seeds import load_sources, parse_interval
from scheduler.service import SchedulerService
from storage.db import Store

log = logging.getLogger(__name__)
Echo = Callable[[str], None]


class DemoClock:
    """Moves the replay's simulated time forward in step with real time, in a background thread."""

    def __init__(self, site: ReplaySite, day_seconds: float, days: float):
        self.site, self.day_seconds, self.days = site, day_seconds, days
        self.started = time.monotonic()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="demo-clock", daemon=True)

    def sim_day(self) -> float:
        return min((time.monotonic() - self.started) / self.day_seconds, self.days)

    def _run(self) -> None:
        while not self.done.is_set():
            self.site.set_day(self.sim_day())
            if self.sim_day() >= self.days:
                break
            self.done.wait(0.1)

    def start(self) -> None:
        self.started = time.monotonic()
        self.thread.start()

    def stop(self) -> None:
        self.done.set()


class AlertPrinter:
    """Prints each alert line appended to the JSONL target, with the simulated time it fired at."""

    def __init__(self, path: Path, clock: DemoClock, echo: Echo, epoch: dt.datetime):
        self.path, self.clock, self.echo, self.epoch = path, clock, echo, epoch
        self.stop_event = threading.Event()
        self.count = 0
        self.thread = threading.Thread(target=self._run, name="demo-alerts", daemon=True)

    def _run(self) -> None:
        offset = 0
        while True:
            stopping = self.stop_event.is_set()
            if self.path.exists():
                with self.path.open("rb") as handle:
                    handle.seek(offset)
                    for line in handle:
                        if line.endswith(b"\n"):
                            offset += len(line)
                            self._print(json.loads(line))
            if stopping:
                return
            self.stop_event.wait(0.2)

    def _print(self, alert: dict[str, Any]) -> None:
        self.count += 1
        day = self.clock.sim_day()
        moment = self.epoch + dt.timedelta(days=day)
        who = alert.get("actor_name") or alert["speaker"]
        label = "QUOTE REMOVED" if alert["event"] == "removed" else f"NEW {alert['stance'].upper()}"
        quote = alert["quotes"][0] if alert["quotes"] else ""
        if len(quote) > 140:
            quote = quote[:137] + "..."
        self.echo(
            f"[day {int(day)} {moment:%H:%M}] ALERT {label}: {who} "
            f"({alert['actor_kind']}{', official' if alert['official'] else ''})\n"
            f"    \u201c{quote}\u201d\n    {alert['article']['source']}: {alert['article']['url']}"
        )

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(timeout=5)


def _demo_sources(site: ReplaySite, day_seconds: float) -> list[dict[str, Any]]:
    """The replay's sources with intervals scaled to demo time (one simulated day = ``day_seconds``)."""
    sources = []
    for source in site.sources():
        every = parse_interval(source.get("every", "1d")) / 86400 * day_seconds
        sources.append({**source, "every": f"{max(every, 1.0):.1f}s", "delay": 0, "concurrency": 8})
    return sources


def _timezone_aware(text: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def summarise(db_path: Path, epoch: dt.datetime) -> dict[str, Any]:
    """New denials and confirmations per simulated day and actor, with totals."""
    store = Store(db_path)
    rows = store.query(
        """SELECT s.stance, coalesce(s.actor_name, s.speaker) AS who, s.actor_kind, a.published, s.status
           FROM statements s JOIN articles a ON a.id = s.article_id
           WHERE s.is_new = 1 AND s.stance IN ('denial', 'confirmation') ORDER BY a.published"""
    )
    days: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"denial": [], "confirmation": []})
    for row in rows:
        published = _timezone_aware(row["published"] or "")
        day = (published - epoch).days if published else -1
        days[day][row["stance"]].append(row["who"])
    totals = {
        "articles": store.query("SELECT count(*) AS n FROM articles")[0]["n"],
        "relevant": store.query("SELECT count(*) AS n FROM articles WHERE relevant = 1")[0]["n"],
        "statements": store.query("SELECT count(*) AS n FROM statements")[0]["n"],
        "new_denials": sum(len(d["denial"]) for d in days.values()),
        "new_confirmations": sum(len(d["confirmation"]) for d in days.values()),
        "repeats": store.query("SELECT count(*) AS n FROM statements WHERE is_new = 0")[0]["n"],
        "removed": store.query("SELECT count(*) AS n FROM statements WHERE status = 'removed'")[0]["n"],
        "alerts": store.query("SELECT count(*) AS n FROM alerts")[0]["n"],
        "crawls": store.query("SELECT count(*) AS n FROM crawl_runs")[0]["n"],
    }
    store.close()
    return {"days": dict(sorted(days.items())), "totals": totals}


def run_demo(db_path: Path, echo: Echo, day_seconds: float = 4.5, report_dir: Path | None = None,
             workdir: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Play the story against the real scheduler and crawler; return the summary."""
    db_path = Path(db_path)
    workdir = Path(workdir or db_path.parent)
    workdir.mkdir(parents=True, exist_ok=True)
    for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)
    alerts_file = workdir / f"{db_path.stem}-alerts.jsonl"
    alerts_file.unlink(missing_ok=True)
    sources_file = workdir / f"{db_path.stem}-sources.toml"

    corpus = load_corpus()
    site = ReplaySite(corpus)
    site.start()
    days = math.ceil((site.end() - site.epoch) / dt.timedelta(days=1)) + 0.5
    from crawler.demo.replay import sources_toml

    sources_file.write_text(sources_toml(_demo_sources(site, day_seconds), "chechnya-monitor demo sources"))
    config = load_config(None, {"db": str(db_path), "sources": str(sources_file),
                                "notify": [alerts_file.resolve().as_uri()]})  # fmt: skip
    config["workers"] = 2
    sources = load_sources(sources_file)
    echo(f"Replaying {len(corpus.articles)} articles from {len(corpus.outlets)} outlets over {days:.0f} "
         f"simulated days ({day_seconds:g} s per day) at {site.base_url}")  # fmt: skip
    echo(f"Store: {db_path}   alerts: {alerts_file}\n")
    clock = DemoClock(site, day_seconds, days)
    printer = AlertPrinter(alerts_file, clock, echo, site.epoch)
    service = SchedulerService(config, sources, delivery_interval=0.5)
    clock.start()
    printer.start()
    try:
        service.run(stop_after=days * day_seconds + 2.0)
    finally:
        clock.stop()
        printer.stop()
        site.stop()
    summary = summarise(db_path, site.epoch)
    summary["alerts_file"] = str(alerts_file)
    summary["db"] = str(db_path)
    if report_dir is not None:
        from crawler.report import write_report

        summary["report"] = str(write_report(db_path, report_dir))
    _print_summary(summary, echo)
    return summary


def _print_summary(summary: dict[str, Any], echo: Echo) -> None:
    echo("\nSummary: new denials and confirmations by day (simulated)")
    for day, stances in summary["days"].items():
        label = f"day {day}" if day >= 0 else "undated"
        for stance in ("denial", "confirmation"):
            if stances[stance]:
                names = ", ".join(f"{n} x{c}" if c > 1 else n for n, c in _counts(stances[stance]).items())
                echo(
                    f"  {label}: {len(stances[stance])} {stance}{'s' if len(stances[stance]) > 1 else ''}: {names}"
                )
    t = summary["totals"]
    echo(
        f"\nTotals: {t['articles']} articles ({t['relevant']} relevant), {t['statements']} statements, "
        f"{t['new_denials']} new denials, {t['new_confirmations']} new confirmations, {t['repeats']} repeats, "
        f"{t['removed']} removed quotes, {t['alerts']} alerts, {t['crawls']} crawls"
    )
    echo(f"Store:  {summary['db']}  (try: chechnya-monitor statements --db {summary['db']} --new)")
    echo(f"Alerts: {summary['alerts_file']}")
    if summary.get("report"):
        echo(f"Report: {summary['report']}")


def _counts(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return counts
