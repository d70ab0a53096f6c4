"""Off-reactor page processing: extraction, relevance and statement analysis in a pool of processes.

Each worker process loads the keywords and actors once; ``process_page`` is the pure function it runs per page.
The Scrapy reactor thread only submits jobs and stores results, so downloading continues during extraction.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.encoding import BinaryBodyError
from crawler.extract import extract_article
from crawler.relevance import RelevanceScorer
from crawler.seeds import load_actors, load_keywords

log = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class PageJob:
    """One fetched page to process."""

    url: str
    body: bytes
    content_type: str | None = None
    published_hint: str | None = None


class PageProcessor:
    """Extraction + relevance + statement analysis, usable in-process or inside a worker."""

    def __init__(self, keywords_path: str | Path, actors_path: str | Path | None):
        self.scorer = RelevanceScorer(load_keywords(keywords_path))
        self.analyzer = None
        if actors_path:
            from crawler.analysis import Analyzer

            self.analyzer = Analyzer(load_actors(actors_path))

    def process(self, job: PageJob) -> dict[str, Any]:
        """Return ``{"ok": True, "article": {...}, "statements": [...]}`` or ``{"ok": False, "error", "message"}``."""
        return self.process_batch([job])[0]

    def process_batch(self, jobs: list[PageJob]) -> list[dict[str, Any]]:
        """:meth:`process` for each job, in order: every page is extracted first, then the articles are analysed.

        Extraction (lxml, trafilatura) and statement analysis each run faster after their own kind of work: done
        in two passes, the analyses of a batch find their caches warm (bench/analysis_cost.py measures it)."""
        extracted = [self._extract(job) for job in jobs]
        return [found if "ok" in found else {"ok": True, **self.analyse(found)} for found in extracted]

    @staticmethod
    def _extract(job: PageJob) -> dict[str, Any]:
        """The extracted article as a dict, or an error result ``{"ok": False, ...}``."""
        try:
            extracted = extract_article(job.body, job.url, job.content_type, job.published_hint)
        except BinaryBodyError as exc:
            return {"ok": False, "error": "binary-body", "message": str(exc)}
        except Exception as exc:  # one bad page must never stop a crawl
            log.exception("extraction failed for %s", job.url)
            return {"ok": False, "error": "extraction-failed", "message": f"{type(exc).__name__}: {exc}"}
        if extracted is None:
            return {"ok": False, "error": "no-article-text", "message": "no article text found on the page"}
        return extracted.as_dict()

    def analyse(self, article: dict[str, Any]) -> dict[str, Any]:
        """Score relevance and, for relevant articles, find statements (also used by ``reanalyze``)."""
        relevance = self.scorer.score(article.get("title"), article["text"])
        article = dict(
            article, relevant=relevance.relevant, relevance=relevance.score, relevance_hits=relevance.hits
        )
        result: dict[str, Any] = {"article": article, "statements": []}
        if relevance.relevant and self.analyzer is not None:
            try:
                found = self.analyzer.analyze(article["text"], article.get("language"))
            except Exception as exc:  # an analyzer bug loses the statements, never the article
                log.exception("statement analysis failed for %s", article.get("url"))
                result["analysis_error"] = f"{type(exc).__name__}: {exc}"
            else:
                result["statements"] = [s.as_dict() for s in found]
        return result


_processor: PageProcessor | None = None


def die_with_parent() -> None:
    """Ask Linux to SIGTERM this worker when its parent dies (even by ``kill -9``): no orphaned workers."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: workers exit when the pool's pipes close
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _init_worker(keywords_path: str, actors_path: str | None) -> None:
    global _processor
    die_with_parent()
    _processor = PageProcessor(keywords_path, actors_path)


def _run_jobs(jobs: list[PageJob]) -> list[dict[str, Any]]:
    assert _processor is not None, "worker not initialised"
    return _processor.process_batch(jobs)


class ExtractionPool:
    """A process pool (one worker per core by default) running :class:`PageProcessor`.

    Workers start on the first page. Pages that arrive together (within ``batch_delay`` seconds, up to
    ``batch_size``) go to a worker as one batch, which extracts them all before it analyses them (see
    :meth:`PageProcessor.process_batch`). A worker that dies (killed, out of memory) breaks a
    ``ProcessPoolExecutor`` for good, so the pool replaces it and tries the pages in flight once more, then
    each page of a failed batch on its own, so that a page which kills its worker fails alone.
    """

    def __init__(
        self,
        keywords_path: str | Path,
        actors_path: str | Path | None,
        workers: int = 0,
        batch_size: int = 8,
        batch_delay: float = 0.02,
    ):
        self.workers = workers or os.cpu_count() or 2
        self.initargs = (str(keywords_path), str(actors_path) if actors_path else None)
        self.restarts = 0
        self.batch_size, self.batch_delay = batch_size, batch_delay
        self.pages = self.batches = 0  # pages and batches submitted (pages / batches: the mean batch size)
        self._waiting: list[tuple[PageJob, asyncio.Future[dict[str, Any]]]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._delivering: set[asyncio.Task[None]] = set()  # (a task must be referenced until it is done)
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=self.initargs,
        )

    async def process(self, job: PageJob) -> dict[str, Any]:
        """Process one page in a worker; the result dict of :meth:`PageProcessor.process`."""
        loop = asyncio.get_running_loop()
        result: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._waiting.append((job, result))
        if len(self._waiting) >= self.batch_size:
            self._flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.batch_delay, self._flush)
        return await result

    def _flush(self) -> None:
        """Send the pages waiting to a worker as one batch."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        waiting, self._waiting = self._waiting, []
        if waiting:
            task = asyncio.ensure_future(self._deliver(waiting))
            self._delivering.add(task)
            task.add_done_callback(self._delivering.discard)

    async def _deliver(self, waiting: list[tuple[PageJob, asyncio.Future[dict[str, Any]]]]) -> None:
        try:
            results = await self._run([job for job, _ in waiting])
        except Exception as exc:  # (not a page's fault: the pool itself failed)
            for _job, future in waiting:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_job, future), result in zip(waiting, results, strict=True):
            if not future.done():
                future.set_result(result)

    async def _run(self, jobs: list[PageJob]) -> list[dict[str, Any]]:
        for _attempt in range(2):
            executor = self.executor
            try:
                self.batches += 1
                self.pages += len(jobs)
                return await asyncio.wrap_future(executor.submit(_run_jobs, jobs))
            except BrokenProcessPool as exc:
                self._replace(executor, exc)
        if len(jobs) > 1:  # a page that kills its worker fails alone
            return [result for job in jobs for result in await self._run([job])]
        message = "an extraction worker died twice while processing this page"
        return [{"ok": False, "error": "worker-crashed", "message": message}]

    def _replace(self, broken: ProcessPoolExecutor, reason: Exception) -> None:
        if self.executor is not broken:  # another page already replaced it
            return
        log.warning("an extraction worker died (%s); starting new workers", reason)
        broken.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        self.executor = self._start()

    def shutdown(self) -> None:
        if self.batches:
            log.info("extraction pool: %d pages in %d batches", self.pages, self.batches)
        self.executor.shutdown(wait=True, cancel_futures=True)
