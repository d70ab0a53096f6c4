"""Per-process shared resources: one Store per database file and one extraction pool.

Several crawlers (one per source) run in one reactor; they share these instead of opening their own.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from scrapy.settings import BaseSettings

from crawler.workers import ExtractionPool, PageProcessor
from storage.db import Store

log = logging.getLogger(__name__)
_lock = threading.Lock()
_stores: dict[str, Store] = {}
_pool: ExtractionPool | None = None


def store_for(settings: BaseSettings) -> Store:
    """The process's Store for ``MONITOR_DB``."""
    return open_store(settings.get("MONITOR_DB"))


def open_store(path: str | Path) -> Store:
    key = str(Path(path).resolve())
    with _lock:
        if key not in _stores:
            _stores[key] = Store(path)
        return _stores[key]


def pool_for(settings: BaseSettings) -> ExtractionPool:
    """The process's extraction pool (started on first use)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ExtractionPool(
                settings.get("MONITOR_KEYWORDS"),
                settings.get("MONITOR_ACTORS"),
                settings.getint("MONITOR_WORKERS"),
            )
        return _pool


def processor_for(settings: BaseSettings) -> PageProcessor:
    """An in-process PageProcessor (for re-analysis of stored pages)."""
    return PageProcessor(settings.get("MONITOR_KEYWORDS"), settings.get("MONITOR_ACTORS"))


def shutdown() -> None:
    """Stop the pool and close stores (end of a crawl command or of the scheduler)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown()
            _pool = None
        for store in _stores.values():
            store.close()
        _stores.clear()
