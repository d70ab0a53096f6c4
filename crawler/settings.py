"""Scrapy settings for chechnya-monitor (``scrapy crawl <spider> -a source=NAME`` reads these too).

Politeness defaults: robots.txt obeyed, an identifying User-Agent, per-host delay and concurrency from each
source (``delay``, ``concurrency``), timeouts, and retries with exponential backoff.
"""

import os

BOT_NAME = "chechnya-monitor"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = os.environ.get(
    "CHECHNYA_MONITOR_USER_AGENT", "chechnya-monitor/0.1 (+https://github.com/chechnya-monitor)"
)
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 10
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds; the n-th retry waits base * 2**(n-1)
RETRY_BACKOFF_MAX = 60.0
HTTPERROR_ALLOWED_CODES = [304]
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = os.environ.get("CHECHNYA_MONITOR_LOG_LEVEL", "INFO")
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 20_000_000
# A callback yields at most one page item; Scrapy starts CONCURRENT_ITEMS tasks per response, so keep it small.
CONCURRENT_ITEMS = 4
# Scrapy re-parses a callback's source on every response to lint it (its cache misses bound methods):
# 1 ms per response. Our callbacks are covered by tests instead.
WARN_ON_GENERATOR_RETURN_VALUE = False

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ConditionalRequestMiddleware": 560,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ProcessPagePipeline": 300,
    "crawler.pipelines.StorePipeline": 400,
}

# chechnya-monitor's own settings (the CLI fills these from its config).
MONITOR_DB = os.environ.get("CHECHNYA_MONITOR_DB", "data/monitor.db")
MONITOR_SOURCES = os.environ.get("CHECHNYA_MONITOR_SOURCES", "seeds/sources.toml")
MONITOR_KEYWORDS = os.environ.get("CHECHNYA_MONITOR_KEYWORDS", "seeds/keywords.toml")
MONITOR_ACTORS = os.environ.get("CHECHNYA_MONITOR_ACTORS", "seeds/actors.toml")
MONITOR_REVISIT_DAYS = 7.0
MONITOR_WORKERS = 0
MONITOR_ALERT_KINDS = ["government", "intergovernmental", "court", "ngo"]
