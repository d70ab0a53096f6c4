"""What every chechnya-monitor spider shares: its source, the fetch plan for article URLs, error accounting."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import runtime
from crawler.items import PageItem
from crawler.seeds import Source, load_sources, select_sources
from crawler.urls import normalize_url, url_key
from storage.db import utcnow

log = logging.getLogger(__name__)


def error_kind(failure: Failure) -> tuple[str, str]:
    """A short error class and message for a failed request (for stats and the fetch_errors table)."""
    exc = failure.value
    response = getattr(exc, "response", None)
    if response is not None:
        return f"http-{response.status}", f"HTTP {response.status}"
    name = type(exc).__name__
    message = str(exc) or name
    if "redirect" in message.lower():
        return "redirect-loop", message
    if "robots" in message.lower() or "Forbidden by robots.txt" in message:
        return "robots-disallowed", message
    if (
        "maxsize" in message.lower()
        or "Cancelling download" in message
        or ("Cancelled" in name and "size" in message.lower())
    ):
        return "too-large", message
    if "Timeout" in name or "timed out" in message.lower():
        return "timeout", message
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower(), message


class MonitorSpider(scrapy.Spider):
    """Base spider, built from one ``[[source]]`` entry: ``scrapy crawl feed -a source=NAME``."""

    source: Source
    handle_httpstatus_list = [304]

    def __init__(self, source: str | Source | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._source_arg = source

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> MonitorSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup(crawler)
        return spider

    def setup(self, crawler: Crawler) -> None:
        arg = self._source_arg
        if arg is None:
            raise ValueError(f"spider {self.name!r} needs a source: -a source=NAME")
        if not isinstance(arg, Source):
            arg = select_sources(load_sources(crawler.settings.get("MONITOR_SOURCES")), [arg])[0]
        if arg.kind != self.name:
            raise ValueError(f"source {arg.name!r} is a {arg.kind!r} source, not {self.name!r}")
        self.source = arg
        crawler.settings.set("DOWNLOAD_DELAY", arg.delay, priority="spider")
        crawler.settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", arg.concurrency, priority="spider")
        self.store = runtime.store_for(crawler.settings)
        self.revisit = dt.timedelta(days=crawler.settings.getfloat("MONITOR_REVISIT_DAYS", 7.0))
        self.allow = [re.compile(p) for p in arg.allow]
        self.clean_close_validators: dict[str, tuple[str | None, str | None]] = {}
        self.seen_keys: set[str] = set()
        self.unchanged_keys: list[str] = []
        self.run_id: int | None = None

    # -- requests -----------------------------------------------------------------------------------------
    def request(self, url: str, callback, **meta: Any) -> scrapy.Request:
        """A request with the source's robots policy and this spider's errback."""
        if not self.source.obey_robots:
            meta["dont_obey_robotstxt"] = True
        meta.setdefault("source", self.source.name)
        # Duplicates are filtered by URL key in article_requests(); Scrapy's own filter would silently drop
        # the second hop of a redirect loop instead of reporting it.
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, dont_filter=True)

    def index_request(self, url: str, callback, **meta: Any) -> scrapy.Request:
        """A feed, sitemap or listing page: conditional, validators saved only after a clean run."""
        return self.request(url, callback, conditional=True, index=True, **meta)

    def article_requests(
        self, url: str, base: str | None = None, published: str | None = None
    ) -> Iterator[scrapy.Request]:
        """Yield a request for an article link unless it is filtered, a duplicate, or already stored."""
        try:
            url = normalize_url(url, base)
        except ValueError:
            self.count_error(url, "bad-url", "unparseable link")
            return
        if not url.startswith(("http://", "https://")):
            return
        if self.allow and not any(p.search(url) for p in self.allow):
            self.crawler.stats.inc_value("monitor/skipped_not_allowed")
            return
        key = url_key(url)
        if key in self.seen_keys:
            return
        self.seen_keys.add(key)
        if self.store.known_article([key]) is not None:
            self.crawler.stats.inc_value("monitor/skipped_known")
            return  # stored already; revisits of recent relevant articles are planned in revisit_requests()
        yield self.request(url, self.parse_article, published_hint=published, conditional=True)

    def revisit_requests(self) -> Iterator[scrapy.Request]:
        """Conditional re-fetches of this source's relevant articles published or discovered within the window."""
        now = dt.datetime.now(dt.UTC)
        since = (now - self.revisit).replace(microsecond=0).isoformat()
        # at most once per crawl interval: a manual crawl right after a scheduled one re-fetches nothing
        fetched_before = (
            (now - dt.timedelta(seconds=self.source.every * 0.9)).replace(microsecond=0).isoformat()
        )
        rows = self.store.query(
            """SELECT fetched_url, url FROM articles WHERE source = ? AND relevant = 1
               AND max(coalesce(published, ''), first_seen) >= ? AND last_fetched <= ? ORDER BY id""",
            [self.source.name, since[:19], fetched_before],
        )
        for row in rows:
            key = url_key(row["url"])
            if key in self.seen_keys:
                continue
            self.seen_keys.add(key)
            self.crawler.stats.inc_value("monitor/revisits")
            yield self.request(
                row["fetched_url"] or row["url"], self.parse_article, conditional=True, revisit=True
            )

    # -- responses ----------------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[PageItem]:
        if response.status == 304:  # the stored copy is current: no item, just a batched timestamp update
            self.crawler.stats.inc_value("monitor/not_modified")
            self.unchanged_keys.append(url_key(response.request.url))
            if len(self.unchanged_keys) >= 200:
                self.flush_unchanged()
            return
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        self.crawler.stats.inc_value("monitor/pages")
        yield PageItem(
            source=self.source.name,
            url=response.request.meta.get("redirect_urls", [response.url])[0],
            fetched_url=response.url,
            status=response.status,
            fetched_at=utcnow(),
            content_type=headers.get("Content-Type"),
            headers=headers,
            body=response.body,
            published_hint=response.meta.get("published_hint"),
        )

    def index_fetched(self, response: Response) -> bool:
        """Book-keeping for a feed/sitemap/listing response; False when it is a 304 (nothing new)."""
        self.crawler.stats.inc_value("monitor/index_pages")
        if response.status == 304:
            self.crawler.stats.inc_value("monitor/not_modified")
            return False
        etag = response.headers.get("ETag")
        modified = response.headers.get("Last-Modified")
        self.clean_close_validators[response.request.url] = (
            etag.decode("latin-1") if etag else None,
            modified.decode("latin-1") if modified else None,
        )
        return True

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        kind, message = error_kind(failure)
        self.count_error(request.url, kind, message)
        if request.meta.get("index"):
            self.clean_close_validators.pop(request.url, None)

    def count_error(self, url: str, kind: str, message: str, level: int = logging.WARNING) -> None:
        """Count and log one failed page for this source; the crawl goes on."""
        self.crawler.stats.inc_value("monitor/errors")
        self.crawler.stats.inc_value(f"monitor/errors/{kind}")
        self.logger.log(level, "%s: %s: %s (%s)", self.source.name, kind, url, message)
        self.store.record_error(self.run_id, self.source.name, url, kind, message)

    def flush_unchanged(self) -> None:
        """Record that the articles answered 304 were checked now (one transaction)."""
        self.store.mark_fetched(self.unchanged_keys)
        self.unchanged_keys = []

    def closed(self, reason: str) -> None:
        self.flush_unchanged()
        if reason == "finished":
            for url, (etag, modified) in self.clean_close_validators.items():
                self.store.set_validators(url, etag, modified, 200)
