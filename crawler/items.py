"""The item that flows from spiders through the pipelines: one fetched page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PageItem:
    """A fetched article page (or a 304 answer to a conditional re-fetch)."""

    source: str
    url: str  # the URL that was requested (from the feed, sitemap or listing)
    fetched_url: str  # the final URL after redirects
    status: int
    fetched_at: str
    content_type: str | None
    headers: dict[str, str]
    body: bytes
    published_hint: str | None = None
    result: dict[str, Any] | None = field(default=None, repr=False)  # filled by ProcessPagePipeline
