"""Downloader middlewares: retries with exponential backoff, and conditional requests (ETag / Last-Modified)."""

from __future__ import annotations

import asyncio
import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

from crawler import runtime

log = logging.getLogger(__name__)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy, waiting ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds before the n-th retry."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _backoff(self, retry: Request) -> None:
        delay = min(self.base * 2 ** (retry.meta.get("retry_times", 1) - 1), self.cap)
        if delay > 0:
            await asyncio.sleep(delay)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._backoff(result)
        return result

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._backoff(result)
        return result


class ConditionalRequestMiddleware:
    """Adds If-None-Match / If-Modified-Since to requests marked ``meta["conditional"]``.

    Validators are saved by whoever finished handling the page (the store pipeline for articles, the spider
    at a clean close for feeds and listings), so a crash never turns a page we did not process into a 304.
    """

    def __init__(self, crawler: Crawler):
        self.store = runtime.store_for(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("conditional"):
            return None
        validators = self.store.validators(request.url)
        if validators:
            if validators.get("etag"):
                request.headers.setdefault("If-None-Match", validators["etag"])
            if validators.get("last_modified"):
                request.headers.setdefault("If-Modified-Since", validators["last_modified"])
        return None
