"""Sitemap spider: sitemap indexes, gzipped and Google News sitemaps; ``lastmod`` honoured."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.urls import url_key
from spiders.base import MonitorSpider


class SitemapSpider(MonitorSpider):
    """``scrapy crawl sitemap -a source=NAME``: follows the index, fetches new or updated article URLs."""

    name = "sitemap"
    max_sitemaps = 200

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for request in self.revisit_requests():
            yield request
        yield self.index_request(self.source.url, self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        if not self.index_fetched(response):
            return
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.text, base_url=response.url):
                yield self.index_request(url, self.parse_sitemap)
            return
        body = self._body(response)
        if body is None:
            self.count_error(response.url, "not-a-sitemap", "body is not a (gzipped) XML sitemap")
            return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several types for broken XML
            self.count_error(response.url, "bad-sitemap", str(exc))
            return
        entries = list(sitemap)
        if not entries:
            self.count_error(response.url, "empty-sitemap", "sitemap lists no URLs", logging.INFO)
            return
        if sitemap.type == "sitemapindex":
            for entry in entries[: self.max_sitemaps]:
                yield self.index_request(entry["loc"], self.parse_sitemap)
            return
        for entry in entries:
            if self._unchanged(entry):
                self.crawler.stats.inc_value("monitor/skipped_lastmod")
                continue
            published = (
                (entry.get("news") or {}).get("publication_date")
                if isinstance(entry.get("news"), dict)
                else None
            )
            yield from self.article_requests(
                entry["loc"], base=response.url, published=published or entry.get("lastmod")
            )

    def _unchanged(self, entry: dict[str, Any]) -> bool:
        """True when the stored copy was fetched after the entry's ``lastmod``."""
        lastmod = entry.get("lastmod")
        if not lastmod:
            return False
        known = self.store.known_article([url_key(entry["loc"])])
        return bool(known and known["last_fetched"] and known["last_fetched"][:19] >= lastmod[:19])

    @staticmethod
    def _body(response: Response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=50 * 1024 * 1024)
            except OSError:
                return None
        return (
            body
            if b"<" in body[:512] and (b"urlset" in body[:4096] or b"sitemapindex" in body[:4096])
            else None
        )
