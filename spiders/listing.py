"""Listing spider: a section, tag or search page whose article links match ``follow``, paginated to ``depth``."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator

import scrapy
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor

from spiders.base import MonitorSpider


class ListingSpider(MonitorSpider):
    """``scrapy crawl listing -a source=NAME``: article links from listing pages, following pagination."""

    name = "listing"

    def setup(self, crawler) -> None:
        super().setup(crawler)
        self.follow = [re.compile(p) for p in self.source.follow]
        self.paginate = [re.compile(p) for p in self.source.paginate]
        self.links = LinkExtractor(unique=True)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self.revisit_requests():
            yield request
        yield self.index_request(self.source.url, self.parse_listing, depth_left=self.source.depth)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        if not self.index_fetched(response):
            return
        if not hasattr(response, "text"):
            self.count_error(response.url, "not-html", "listing page is not text")
            return
        depth_left = response.meta.get("depth_left", 0)
        found = 0
        for link in self.links.extract_links(response):
            if any(p.search(link.url) for p in self.follow):
                found += 1
                yield from self.article_requests(link.url)
            elif depth_left > 0 and any(p.search(link.url) for p in self.paginate):
                yield self.index_request(link.url, self.parse_listing, depth_left=depth_left - 1)
        if not found:
            self.logger.info("%s: no article links on %s", self.source.name, response.url)
