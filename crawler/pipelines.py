"""Item pipelines: process pages off the reactor (extract, score, analyse), then store them atomically."""

from __future__ import annotations

import logging
import time
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from crawler import runtime
from crawler.analysis import statement_similarity
from crawler.items import PageItem
from crawler.urls import is_amp, normalize_url, same_site, url_key
from crawler.workers import PageJob
from storage import alerts, statements

log = logging.getLogger(__name__)


class ProcessPagePipeline:
    """Runs extraction, relevance and statement analysis in the process pool; the reactor keeps downloading."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.pool = runtime.pool_for(crawler.settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessPagePipeline:
        return cls(crawler)

    async def process_item(self, item: PageItem) -> PageItem:
        job = PageJob(item.fetched_url, item.body, item.content_type, item.published_hint)
        item.result = await self.pool.process(job)
        return item


class StorePipeline:
    """Writes the raw page, the article (new version when its text changed), its statements and alerts."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.store = runtime.store_for(crawler.settings)
        self.alert_kinds = set(crawler.settings.getlist("MONITOR_ALERT_KINDS"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.store.sync_sources([spider.source.as_row()])
        spider.run_id = self.store.start_run(spider.source.name)
        self.started = time.monotonic()

    def close_spider(self) -> None:
        spider = self.crawler.spider
        stats = self.stats.get_stats()
        reason = stats.get("finish_reason", "finished")
        counts = {
            "pages": stats.get("monitor/pages", 0),
            "articles_new": stats.get("monitor/articles_new", 0),
            "articles_changed": stats.get("monitor/articles_changed", 0),
            "articles_unchanged": stats.get("monitor/articles_unchanged", 0),
            "not_modified": stats.get("monitor/not_modified", 0),
            "errors": stats.get("monitor/errors", 0),
        }
        keep = {
            k: v
            for k, v in stats.items()
            if k.startswith(("monitor/", "downloader/response_status", "item_"))
        }
        keep.update(finish_reason=reason, elapsed_seconds=round(time.monotonic() - self.started, 3))
        self.store.finish_run(spider.run_id, counts, "finished" if reason == "finished" else "aborted", keep)

    def process_item(self, item: PageItem) -> PageItem:
        spider = self.crawler.spider
        result = item.result or {}
        if not result.get("ok"):
            spider.count_error(item.fetched_url, result.get("error", "unknown"), result.get("message", ""))
            self.store.save_page(self._page_row(item, spider.run_id))
            raise DropItem(f"{item.fetched_url}: {result.get('message')}")
        if result.get("analysis_error"):
            spider.count_error(item.fetched_url, "analysis-failed", result["analysis_error"])
        article = dict(result["article"])
        keys, canonical = self._keys(item, article.get("canonical"))
        row = {k: article.get(k) for k in ("title", "author", "published", "language", "description", "sitename",
                                            "text", "relevance", "relevance_hits")}  # fmt: skip
        row.update(url=canonical, fetched_url=item.fetched_url, relevant=int(bool(article.get("relevant"))))
        with self.store.transaction():
            page_id = self.store.save_page(self._page_row(item, spider.run_id))
            declared = url_key(canonical) != url_key(item.fetched_url)
            saved = self.store.save_article(row, keys, item.source, page_id, canonical_declared=declared)
            self.store.set_validators(
                item.url,
                item.headers.get("ETag") or item.headers.get("Etag"),
                item.headers.get("Last-Modified"),
                200,
            )
            if saved.outcome in ("new", "changed"):
                found = statements.save_statements(
                    self.store,
                    saved.article_id,
                    saved.version,
                    result["statements"],
                    similarity=statement_similarity,
                )
                alerts.raise_alerts(self.store, saved.article_id, saved.version, found, self.alert_kinds)
        self.stats.inc_value(f"monitor/articles_{'unchanged' if saved.outcome == 'alias' else saved.outcome}")
        if saved.outcome == "alias":
            self.stats.inc_value("monitor/aliases")
        return item

    @staticmethod
    def _keys(item: PageItem, canonical: str | None) -> tuple[list[str], str]:
        """URL keys the article is known by; the first is its canonical address."""
        fetched = normalize_url(item.fetched_url)
        chosen = fetched
        if canonical:
            try:
                candidate = normalize_url(canonical, item.fetched_url)
            except ValueError:
                candidate = None
            if (
                candidate
                and same_site(candidate, fetched)
                and urlsplit(candidate).path not in ("", "/")
                and (is_amp(fetched) or not is_amp(candidate))
            ):
                chosen = candidate
        keys = [url_key(chosen), url_key(fetched), url_key(item.url)]
        return list(dict.fromkeys(keys)), chosen

    @staticmethod
    def _page_row(item: PageItem, run_id: int | None) -> dict:
        return {
            "url": item.url, "fetched_url": item.fetched_url, "source": item.source, "run_id": run_id,
            "kind": "article", "status": item.status, "fetched_at": item.fetched_at,
            "content_type": item.content_type, "headers": item.headers, "etag": item.headers.get("ETag"),
            "last_modified": item.headers.get("Last-Modified"), "body": item.body,
        }  # fmt: skip
