"""The long-running scheduler: APScheduler 3.x on the crawl reactor's asyncio loop.

One job per source at its ``every`` interval (with jitter, ``max_instances=1``, coalescing and a misfire grace
time), persisted in the database's ``scheduler_jobs`` table so a restart resumes the plan. Every crawl runs
in-process in the one reactor this process owns (a Twisted reactor cannot be restarted). Pending alerts are
delivered every few seconds. SIGTERM/Ctrl-C abandon the running crawls cleanly, flush deliveries, exit 0.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from crawler import runtime
from crawler.crawling import delivery_task, prepare_store
from crawler.runner import CrawlSession, install_reactor, scrapy_settings
from crawler.seeds import Source
from scheduler.lock import SchedulerLock

log = logging.getLogger(__name__)
JOB_PREFIX = "crawl:"
_service: SchedulerService | None = None


def jitter_for(every: float) -> float:
    """Random delay added to each run: 5% of the interval, at most 30 s (keeps page-to-alert under every+60 s)."""
    return min(every * 0.05, 30.0)


async def run_source_job(name: str) -> None:
    """The job APScheduler stores (by reference) for each source."""
    if _service is not None:
        await _service.crawl_source(name)


class SchedulerService:
    """Owns the reactor, the APScheduler instance, the crawl session and the delivery loop."""

    def __init__(self, config: dict[str, Any], sources: list[Source], *, delivery_interval: float = 5.0,
                 on_run: Callable[[dict[str, Any]], None] | None = None):  # fmt: skip
        self.config = config
        self.sources = {source.name: source for source in sources}
        self.on_run = on_run
        self.lock = SchedulerLock(config["db"])
        self.scheduler: AsyncIOScheduler | None = None
        self.session: CrawlSession | None = None
        self.stopping = False
        self.runs = 0
        self.deliver = delivery_task(str(config["db"]), list(config["notify"]), delivery_interval)
        self.delivery_loop: asyncio.Future | None = None

    # -- lifecycle ----------------------------------------------------------------------------------------
    def run(self, stop_after: float | None = None) -> None:
        """Run until SIGTERM/SIGINT (or ``stop_after`` seconds); raises SchedulerLockedError if taken."""
        global _service
        self.lock.acquire()
        try:
            store = prepare_store(self.config, list(self.sources.values()))
            interrupted = self._interrupted_sources(store)
            store.close()
            install_reactor()
            from twisted.internet import reactor

            settings = scrapy_settings(self.config)
            self.session = CrawlSession(settings)
            _service = self
            reactor.callWhenRunning(self._start, interrupted)
            reactor.addSystemEventTrigger("before", "shutdown", self._shutdown)
            if stop_after is not None:
                reactor.callLater(stop_after, reactor.stop)
            reactor.run(installSignalHandlers=True)
        finally:
            _service = None
            runtime.shutdown()
            self.lock.release()

    def _interrupted_sources(self, store) -> set[str]:
        """Sources whose last run was cut short by a crash, or whose job fired before the crash but whose crawl
        had not started yet: they crawl again right away."""
        rows = store.query("SELECT DISTINCT source FROM crawl_runs WHERE status = 'running'")
        store.abandon_stale_runs()
        return {row["source"] for row in rows} | self._fired_without_a_run(store)

    def _fired_without_a_run(self, store) -> set[str]:
        """Sources whose stored job already moved on to its next run, with no crawl started since its last one.

        APScheduler stores the next run time when a job fires; the crawl records its run a moment later, when the
        spider opens. A crash in between would otherwise leave the source uncrawled for a whole interval.
        """
        if "scheduler_jobs" not in store.db.table_names():
            return set()
        last_started = {
            row["source"]: row["started_at"]
            for row in store.query(
                "SELECT source, MAX(started_at) AS started_at FROM crawl_runs GROUP BY source"
            )
        }
        found = set()
        for job in store.query("SELECT id, next_run_time FROM scheduler_jobs"):
            source = self.sources.get(str(job["id"]).removeprefix(JOB_PREFIX))
            if source is None or job["next_run_time"] is None:
                continue
            # the last fire was one interval before the next run, give or take the jitter
            last_fire = job["next_run_time"] - source.every - jitter_for(source.every) - 5
            since = dt.datetime.fromtimestamp(last_fire, dt.UTC).replace(microsecond=0).isoformat()
            if (last_started.get(source.name) or "") < since:
                found.add(source.name)
        return found

    def _start(self, interrupted: set[str]) -> None:
        runtime.pool_for(self.session.settings)
        self.scheduler = AsyncIOScheduler(
            jobstores={
                "default": SQLAlchemyJobStore(
                    url=f"sqlite:///{self.config['db']}", tablename="scheduler_jobs"
                )
            },
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=dt.UTC,
            event_loop=asyncio.get_event_loop(),  # the reactor's loop (not yet running at start-up)
        )
        self.scheduler.start(paused=True)
        self._plan(interrupted)
        self.scheduler.resume()
        if self.config["notify"]:
            self.delivery_loop = asyncio.ensure_future(self.deliver(final=False))
        log.info("scheduler started with %d source(s)", len(self.sources))

    def _plan(self, interrupted: set[str]) -> None:
        """Reconcile stored jobs with the sources file: keep, add, reschedule or remove."""
        now = dt.datetime.now(dt.UTC)
        wanted = {JOB_PREFIX + name: source for name, source in self.sources.items()}
        for job in self.scheduler.get_jobs():
            if job.id not in wanted:
                job.remove()
        for index, (job_id, source) in enumerate(wanted.items()):
            trigger = IntervalTrigger(seconds=source.every, jitter=jitter_for(source.every), timezone=dt.UTC)
            job = self.scheduler.get_job(job_id)
            same = job is not None and job.trigger.interval.total_seconds() == source.every
            if same and source.name not in interrupted:
                continue  # resume the stored plan
            first = now + dt.timedelta(seconds=min(index * 0.5, source.every))  # stagger new sources
            self.scheduler.add_job(
                "scheduler.service:run_source_job",
                trigger=trigger,
                args=[source.name],
                id=job_id,
                name=f"crawl {source.name}",
                replace_existing=True,
                next_run_time=first,
                misfire_grace_time=max(int(source.every), 30),
                coalesce=True,
                max_instances=1,
            )

    def _shutdown(self):
        """Before the reactor stops: stop scheduling, abandon running crawls, deliver what is pending."""
        from twisted.internet.defer import Deferred

        self.stopping = True

        async def stop() -> None:
            if self.scheduler is not None and self.scheduler.running:
                self.scheduler.shutdown(wait=False)
            if self.delivery_loop is not None:
                self.delivery_loop.cancel()
            if self.session is not None:
                await self.session.stop()
            if self.config["notify"]:
                await self.deliver(final=True)

        return Deferred.fromFuture(asyncio.ensure_future(stop()))

    # -- work ---------------------------------------------------------------------------------------------
    async def crawl_source(self, name: str) -> None:
        source = self.sources.get(name)
        if source is None or self.stopping:
            return
        log.info("crawling %s", name)
        summary = await self.session.crawl(source)
        self.runs += 1
        if self.on_run is not None:
            self.on_run(summary)
        if self.config["notify"] and not self.stopping:
            await self.deliver(final=True)
