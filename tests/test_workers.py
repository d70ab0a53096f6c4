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


def _page(title: str, sentence: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        + f"<p>{sentence}</p>" * 8
        + "</article></body></html>"
    ).encode()


def test_pages_that_arrive_together_go_to_a_worker_as_one_batch_and_keep_their_own_results():
    pool = ExtractionPool(SEEDS_DIR / "keywords.toml", None, workers=1)
    jobs = [
        PageJob(
            f"https://news.example.org/{n}", _page(f"Report {n}", f"Item number {n} of the evening bulletin.")
        )
        for n in range(5)
    ]
    jobs.insert(
        2, PageJob("https://news.example.org/image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    )

    async def crawl() -> list[dict]:
        return await asyncio.gather(*(pool.process(job) for job in jobs))

    try:
        results = asyncio.run(crawl())
        assert pool.batches == 1
        assert [r["ok"] for r in results] == [True, True, False, True, True, True]
        assert results[2]["error"] == "binary-body"
        texts = [r["article"]["text"] for r in results if r["ok"]]
        assert [f"Item number {n} of" in text for n, text in enumerate(texts)] == [True] * 5
    finally:
        pool.shutdown()


def test_a_page_arriving_alone_goes_on_its_own_after_the_short_wait():
    pool = ExtractionPool(SEEDS_DIR / "keywords.toml", None, workers=1, batch_delay=0.05)
    try:
        for n in range(2):  # (each run ends only once its page has been processed)
            assert asyncio.run(pool.process(PageJob(f"https://news.example.org/hotline{n}", PAGE)))["ok"]
        assert pool.batches == 2
    finally:
        pool.shutdown()
