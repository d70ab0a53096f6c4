"""The extraction pool survives a worker that dies (killed, out of memory) instead of failing every later page."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time

from crawler.seeds import SEEDS_DIR
from crawler.workers import ExtractionPool, PageJob

PAGE = (
    "<html><head><title>Hotline</title></head><body><article><h1>Hotline</h1>"
    + "<p>The hotline run by activists received dozens of requests for help within a week.</p>" * 8
    + "</article></body></html>"
).encode()


def test_a_killed_worker_is_replaced_and_the_page_still_processed():
    pool = ExtractionPool(SEEDS_DIR / "keywords.toml", None, workers=1)
    try:
        job = PageJob("https://news.example.org/hotline", PAGE)
        assert asyncio.run(pool.process(job))["ok"]
        (worker,) = multiprocessing.active_children()
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(5)
        time.sleep(0.5)  # the executor notices the dead worker and marks itself broken

        result = asyncio.run(pool.process(job))

        assert result["ok"], result
        assert "dozens of requests" in result["article"]["text"]
        assert pool.restarts == 1
    finally:
        pool.shutdown()
