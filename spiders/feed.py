"""Feed spider: RSS 0.9x/1.0/2.0 and Atom (broken real-world feeds included), parsed with feedparser."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Iterator

import feedparser
import scrapy
from scrapy.http import Response

from spiders.base import MonitorSpider


def _published(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.datetime(*parsed[:6]).isoformat(timespec="seconds") + "Z"
    except (TypeError, ValueError):
        return None


class FeedSpider(MonitorSpider):
    """``scrapy crawl feed -a source=NAME``: one feed, its new articles and recent relevant ones."""

    name = "feed"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self.revisit_requests():
            yield request
        yield self.index_request(self.source.url, self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        if not self.index_fetched(response):
            return
        parsed = feedparser.parse(response.body, response_headers={"content-location": response.url,
                                                                   "content-type": response.headers.get("Content-Type", b"").decode("latin-1")})  # fmt: skip
        if not parsed.entries:
            kind = "feed-is-html" if b"<html" in response.body[:2048].lower() else "empty-feed"
            # a valid feed with no items yet is normal for a new outlet: recorded, but only logged at info
            level = logging.WARNING if kind == "feed-is-html" or parsed.bozo else logging.INFO
            self.count_error(response.url, kind, str(parsed.get("bozo_exception") or "no entries"), level)
            return
        if parsed.bozo:
            self.crawler.stats.inc_value("monitor/feeds_malformed")
            self.logger.info("%s: malformed feed read anyway: %s", self.source.name, parsed.bozo_exception)
        for entry in parsed.entries:
            link = entry.get("link") or next(
                (li.get("href") for li in entry.get("links", []) if li.get("href")), None
            )
            if link:
                yield from self.article_requests(link, base=response.url, published=_published(entry))
