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
        try:
            extracted = extract_article(job.body, job.url, job.content_type, job.published_hint)
        except BinaryBodyError as exc:
            return {"ok": False, "error": "binary-body", "message": str(exc)}
        except Exception as exc:  # one bad page must never stop a crawl
            log.exception("extraction failed for %s", job.url)
            return {"ok": False, "error": "extraction-failed", "message": f"{type(exc).__name__}: {exc}"}
        if extracted is None:
            return {"ok": False, "error": "no-article-text", "message": "no article text found on the page"}
        return {"ok": True, **self.analyse(extracted.as_dict())}

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


def _run_job(job: PageJob) -> dict[str, Any]:
    assert _processor is not None, "worker not initialised"
    return _processor.process(job)


class ExtractionPool:
    """A process pool (one worker per core by default) running :class:`PageProcessor`.

    Workers start on the first page. A worker that dies (killed, out of memory) breaks a
    ``ProcessPoolExecutor`` for good, so the pool replaces it and tries the pages in flight once more.
    """

    def __init__(self, keywords_path: str | Path, actors_path: str | Path | None, workers: int = 0):
        self.workers = workers or os.cpu_count() or 2
        self.initargs = (str(keywords_path), str(actors_path) if actors_path else None)
        self.restarts = 0
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
        for _attempt in range(2):
            executor = self.executor
            try:
                return await asyncio.wrap_future(executor.submit(_run_job, job))
            except BrokenProcessPool as exc:
                self._replace(executor, exc)
        message = "an extraction worker died twice while processing this page"
        return {"ok": False, "error": "worker-crashed", "message": message}

    def _replace(self, broken: ProcessPoolExecutor, reason: Exception) -> None:
        if self.executor is not broken:  # another page already replaced it
            return
        log.warning("an extraction worker died (%s); starting new workers", reason)
        broken.shutdown(wait=False, cancel_futures=True)
        self.restarts += 1
        self.executor = self._start()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
