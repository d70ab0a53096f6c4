"""Run crawls of configured sources inside one asyncio-based Twisted reactor.

The reactor cannot be restarted within a process, so a :class:`CrawlSession` lives as long as its process:
``chechnya-monitor crawl`` runs one session and exits; the scheduler keeps one for its whole life.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

from scrapy.crawler import AsyncCrawlerRunner, Crawler
from scrapy.settings import Settings

from crawler import runtime
from crawler.seeds import Source
from spiders.feed import FeedSpider
from spiders.listing import ListingSpider
from spiders.sitemap import SitemapSpider

log = logging.getLogger(__name__)
REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
SPIDERS = {"feed": FeedSpider, "sitemap": SitemapSpider, "listing": ListingSpider}


def install_reactor() -> None:
    """Install Scrapy's asyncio reactor (once per process, before anything imports the reactor)."""
    from scrapy.utils.reactor import install_reactor as scrapy_install
    from scrapy.utils.reactor import is_reactor_installed

    if not is_reactor_installed():
        scrapy_install(REACTOR)


def scrapy_settings(config: dict[str, Any], extra: dict[str, Any] | None = None) -> Settings:
    """Scrapy settings from ``crawler.settings`` plus the app config (db, seeds, politeness)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict(
        {
            "MONITOR_DB": str(config["db"]),
            "MONITOR_SOURCES": str(config["sources"]),
            "MONITOR_KEYWORDS": str(config["keywords"]),
            "MONITOR_ACTORS": str(config["actors"]),
            "MONITOR_REVISIT_DAYS": config["revisit_days"],
            "MONITOR_WORKERS": config["workers"],
            "MONITOR_ALERT_KINDS": list(config["alert_kinds"]),
            "MONITOR_NOTIFY": list(config["notify"]),
            "USER_AGENT": config["user_agent"],
            "DOWNLOAD_TIMEOUT": config["timeout"],
            "RETRY_TIMES": config["retries"],
            "DOWNLOAD_MAXSIZE": int(config["max_page_mb"] * 1024 * 1024),
            "TWISTED_REACTOR": REACTOR,
        },
        priority="cmdline",
    )
    settings.setdict(extra or {}, priority="cmdline")
    return settings


class CrawlSession:
    """Crawls sources on demand within the running reactor; tracks live crawlers for progress and stop."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.runner = AsyncCrawlerRunner(settings)
        self.active: dict[str, Crawler] = {}

    async def crawl(self, source: Source) -> dict[str, Any]:
        """Crawl one source to the end; return its ``crawl_runs`` row."""
        crawler = self.runner.create_crawler(SPIDERS[source.kind])
        self.active[source.name] = crawler
        try:
            await self.runner.crawl(crawler, source=source)
        finally:
            self.active.pop(source.name, None)
        run_id = getattr(crawler.spider, "run_id", None)
        store = runtime.store_for(self.settings)
        rows = store.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id]) if run_id else []
        return rows[0] if rows else {"source": source.name, "status": "failed"}

    async def crawl_all(self, sources: Iterable[Source]) -> list[dict[str, Any]]:
        """Crawl sources concurrently (each with its own politeness limits)."""
        sources = list(sources)
        results = await asyncio.gather(*(self.crawl(s) for s in sources), return_exceptions=True)
        summaries = []
        for source, result in zip(sources, results, strict=True):
            if isinstance(result, BaseException):
                log.error("crawl of %s failed: %s", source.name, result)
                summaries.append({"source": source.name, "status": "failed", "errors": 1})
            else:
                summaries.append(result)
        return summaries

    def progress(self) -> dict[str, dict[str, int]]:
        """Live counters per source being crawled."""
        out = {}
        for name, crawler in list(self.active.items()):
            stats = crawler.stats.get_stats() if crawler.stats else {}
            out[name] = {
                "pages": stats.get("monitor/pages", 0),
                "new": stats.get("monitor/articles_new", 0),
                "changed": stats.get("monitor/articles_changed", 0),
                "errors": stats.get("monitor/errors", 0),
            }
        return out

    async def stop(self) -> None:
        """Cleanly abandon running crawls (their runs are recorded as aborted)."""
        await self.runner.stop()


async def _report_progress(session: CrawlSession, on_progress, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        on_progress(session.progress())


def run_once(config: dict[str, Any], sources: list[Source], on_progress=None, every: float = 2.0,
             deliver=None) -> list[dict[str, Any]]:  # fmt: skip
    """Crawl ``sources`` once in a fresh reactor, then stop it; return one summary per source.

    ``deliver`` (optional) is an async callable run while crawling and once at the end (alert delivery).
    """
    install_reactor()
    from twisted.internet import reactor
    from twisted.internet.defer import Deferred

    settings = scrapy_settings(config)
    session = CrawlSession(settings)
    outcome: dict[str, Any] = {}

    async def main() -> None:
        tasks = []
        if on_progress is not None:
            tasks.append(asyncio.ensure_future(_report_progress(session, on_progress, every)))
        if deliver is not None:
            tasks.append(asyncio.ensure_future(deliver(final=False)))
        try:
            outcome["summaries"] = await session.crawl_all(sources)
        finally:
            for task in tasks:
                task.cancel()
            if deliver is not None:
                outcome["delivery"] = await deliver(final=True)

    def finish(result):
        outcome.setdefault("error", result if not isinstance(result, type(None)) else None)
        if reactor.running:
            reactor.stop()

    reactor.callWhenRunning(lambda: Deferred.fromFuture(asyncio.ensure_future(main())).addBoth(finish))
    reactor.run(installSignalHandlers=True)
    runtime.shutdown()
    error = outcome.get("error")
    if error is not None and hasattr(error, "raiseException"):
        error.raiseException()
    return outcome.get("summaries", [])
