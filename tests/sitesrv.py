"""Fixture web server: fictional outlets from tests/sites/ plus endpoints that misbehave on purpose.

Eight fictional outlets are served as static files under ``/<outlet>/`` (see tests/sites/README.md), with
``@BASE@`` in a file replaced by ``http://host:port`` so feeds and canonical links are absolute. Special
endpoints under ``/bad/`` answer 404/410/500, fail twice then succeed, sleep, loop redirects, send binary,
huge, truncated or mixed-encoding pages; ``/private/`` is disallowed by ``/robots.txt``. ``EXPECTED``
documents what a crawl of each source should find.

Example:
    with FixtureSite() as site:
        write_sources(tmp_path / "sources.toml", site.base_url)
        ...                                   # crawl
        assert site.stats().ok.get("private", 0) == 0

Manual checks: ``python tests/sitesrv.py --port 8000`` (Ctrl-C stops it).
"""

from __future__ import annotations

import argparse
import gzip
import logging
import random
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crawler.demo.replay import sources_toml
from crawler.demo.webserver import (
    Request,
    Response,
    Stats,
    WebServer,
    error_response,
    redirect_response,
    text_response,
)

logger = logging.getLogger(__name__)

SITES_DIR = Path(__file__).resolve().parent / "sites"
BASE_TOKEN = b"@BASE@"
HUGE_SIZE = 30 * 1024 * 1024
BINARY_SIZE = 64 * 1024
SLOW_MAX = 60.0
FLAKY_FAILURES = 2
LEGACY_CHARSETS = {"kavkaz1251": "windows-1251", "koi8": "koi8-r"}  # served without a header charset
CONTENT_TYPES = {
    ".html": "text/html",
    ".xml": "application/xml",
    ".rdf": "application/rdf+xml",
    ".rss": "text/html",
    ".txt": "text/plain",
}
CONTENT_TYPE_OVERRIDES = {
    "/wp/feed/": "application/rss+xml; charset=UTF-8",
    "/atomwire/atom.xml": "application/atom+xml; charset=utf-8",
    "/ampnews/feed.xml": "application/rss+xml; charset=utf-8",
    "/kavkaz1251/rss.xml": "application/rss+xml",
    "/broken/rss091.xml": "text/xml; charset=utf-8",
}
SOURCE_TITLES = {
    "wp": "The Lantern Post",
    "daily": "The Meridian Daily",
    "kavkaz1251": "Кавказский вестник",
    "koi8": "Северный курьер",
    "atomwire": "Northline Wire",
    "section": "The Ridge Observer",
    "ampnews": "Capital Ledger",
    "broken": "Broken & Co.",
}


# -- static files --------------------------------------------------------------------------------------------


def resolve_file(root: Path, path: str) -> Path | None:
    """The file under ``root`` that serves ``path``: ``dir/`` -> index.html|index.xml, ``x`` -> x|x.html."""
    parts = [p for p in path.split("/") if p]
    if any(p in (".", "..") or "\\" in p for p in parts):
        return None
    base = root.joinpath(*parts)
    candidates = (
        [base / "index.html", base / "index.xml"]
        if path.endswith("/")
        else [base, base.with_name(base.name + ".html")]
    )
    for candidate in candidates:
        if candidate.is_file() and root in candidate.resolve().parents:
            return candidate
    return None


def content_type(path: str, file: Path) -> str:
    """The Content-Type for ``file`` served at ``path`` (no charset for the legacy Russian outlets)."""
    if path in CONTENT_TYPE_OVERRIDES:
        return CONTENT_TYPE_OVERRIDES[path]
    outlet = path.strip("/").split("/", 1)[0]
    base = CONTENT_TYPES.get(file.suffix, "application/octet-stream")
    if outlet in LEGACY_CHARSETS or not base.startswith(("text/", "application/xml")):
        return base
    return f"{base}; charset=utf-8"


def file_response(request: Request, file: Path, path: str, ctype: str | None = None) -> Response:
    """A static file with ``@BASE@`` replaced and the file's mtime as Last-Modified."""
    body = file.read_bytes().replace(BASE_TOKEN, request.base_url.encode("ascii"))
    modified = datetime.fromtimestamp(int(file.stat().st_mtime), UTC)
    return Response(200, {"Content-Type": ctype or content_type(path, file)}, body, last_modified=modified)


# -- misbehaving endpoints -----------------------------------------------------------------------------------


def huge_chunks(size: int = HUGE_SIZE, chunk: int = 64 * 1024) -> Iterator[bytes]:
    """``size`` bytes of valid-looking HTML, in chunks."""
    head = b'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Huge page</title></head><body>\n'
    tail = b"</body></html>\n"
    para = b"<p>This page is thirty megabytes of filler that a crawler should refuse to download whole.</p>\n"
    filler = para * (chunk // len(para))
    yield head
    left = size - len(head) - len(tail)
    while left > 0:
        piece = filler[:left] if left < len(filler) else filler
        if len(piece) < len(filler):
            piece = b" " * len(piece)
        yield piece
        left -= len(piece)
    yield tail


def robots_txt(base_url: str) -> str:
    """Everything allowed except /private/."""
    return f"User-agent: *\nDisallow: /private/\n\nSitemap: {base_url}/daily/sitemap_index.xml\n"


# -- the server ----------------------------------------------------------------------------------------------


class FixtureSite:
    """Serves tests/sites/ and the /bad/ endpoints on 127.0.0.1 (see the module docstring)."""

    def __init__(
        self, root: Path = SITES_DIR, host: str = "127.0.0.1", port: int = 0, huge_size: int = HUGE_SIZE
    ) -> None:
        self.root = Path(root).resolve()
        self.huge_size = huge_size
        self._flaky: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = WebServer(host=host, port=port, name="fixtures")
        self._add_routes()

    def _add_routes(self) -> None:
        add = self.server.add_route
        add("/robots.txt", lambda r: text_response(robots_txt(r.base_url)), "robots")
        add("/bad/404", lambda r: error_response(404), "bad")
        add("/bad/410", lambda r: error_response(410), "bad")
        add("/bad/500", lambda r: error_response(500), "bad")
        add("/bad/flaky", self._flaky_page, "bad")
        add("/bad/flaky/*", self._flaky_page, "bad")
        add("/bad/slow", self._slow_page, "bad")
        add("/bad/redirect-loop", lambda r: redirect_response("/bad/redirect-loop-b"), "bad")
        add("/bad/redirect-loop-b", lambda r: redirect_response("/bad/redirect-loop"), "bad")
        add("/bad/binary", self._binary_page, "bad")
        add("/bad/huge", self._huge_page, "bad")
        add("/bad/truncated", lambda r: self._static(r, "/bad/truncated.html"), "bad")
        add("/bad/truncated-transfer", self._truncated_transfer, "bad")
        add("/bad/mixed-encoding", lambda r: self._static(r, "/bad/mixed-encoding.html"), "bad")
        add("/section/news/", self._section_listing, "section")
        add("/section/", lambda r: redirect_response("/section/news/", 301), "section")
        add("/*", lambda r: self._static(r, r.path))

    # life cycle

    def start(self) -> str:
        """Start serving; returns the base URL."""
        return self.server.start()

    def stop(self) -> None:
        """Stop serving."""
        self.server.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (after start())."""
        return self.server.base_url

    def url(self, path: str) -> str:
        """An absolute URL for ``path``."""
        return self.base_url + path

    def __enter__(self) -> FixtureSite:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stats(self) -> Stats:
        """Counters by path class: the outlet name, "bad", "private", "robots", "root"."""
        return self.server.stats()

    def reset_stats(self) -> None:
        """Zero the counters."""
        self.server.reset_stats()

    def reset(self) -> None:
        """Zero the counters and the /bad/flaky failure counts."""
        with self._lock:
            self._flaky.clear()
        self.server.reset_stats()

    def sources(self) -> list[dict[str, Any]]:
        """The [[source]] dicts for this server."""
        return sources(self.base_url)

    # handlers

    def _static(self, request: Request, path: str) -> Response:
        file = resolve_file(self.root, path)
        if file is None and path.endswith(".gz"):
            return self._gzipped(request, path)
        if file is None and not path.endswith("/") and resolve_file(self.root, path + "/"):
            return redirect_response(path + "/", 301)  # like a real server for a directory
        if file is None:
            return error_response(404)
        return file_response(request, file, path)

    def _gzipped(self, request: Request, path: str) -> Response:
        """``x.xml.gz`` from ``x.xml``: gzip bytes (fixed mtime), application/x-gzip, no Content-Encoding."""
        file = resolve_file(self.root, path[: -len(".gz")])
        if file is None:
            return error_response(404)
        plain = file_response(request, file, path)
        return Response(
            200,
            {"Content-Type": "application/x-gzip"},
            gzip.compress(plain.body, mtime=0),
            last_modified=plain.last_modified,
            compress=False,
        )

    def _flaky_page(self, request: Request) -> Response:
        key = request.path + ("?" + request.query_string if request.query_string else "")
        with self._lock:
            seen = self._flaky.get(key, 0)
            self._flaky[key] = seen + 1
        if seen < FLAKY_FAILURES:
            return error_response(500, "Temporary failure")
        return self._static(request, "/bad/flaky.html")

    def _slow_page(self, request: Request) -> Response:
        try:
            seconds = min(max(float(request.arg("s", "1") or 1), 0.0), SLOW_MAX)
        except ValueError:
            return error_response(400, "s must be a number of seconds")
        self.server.wait(seconds)
        return self._static(request, "/bad/slow.html")

    @staticmethod
    def _binary_page(request: Request) -> Response:
        body = random.Random(20170401).randbytes(BINARY_SIZE)
        return Response(200, {"Content-Type": "text/html"}, body, compress=False)

    def _huge_page(self, request: Request) -> Response:
        return Response(
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            stream=huge_chunks(self.huge_size),
            length=self.huge_size,
        )

    def _truncated_transfer(self, request: Request) -> Response:
        """Content-Length promises more than is sent, then the connection closes (data loss)."""
        file = resolve_file(self.root, "/bad/truncated.html")
        body = file.read_bytes() if file else b"<html><body><p>cut"
        return Response(
            200, {"Content-Type": "text/html; charset=utf-8"}, stream=iter([body]), length=len(body) + 1000
        )

    def _section_listing(self, request: Request) -> Response:
        page = request.arg("page", "1") or "1"
        if not page.isdigit():
            return error_response(404)
        file = resolve_file(self.root, f"/section/news/page-{int(page)}.html")
        if file is None:
            return error_response(404)
        return file_response(request, file, "/section/news/")


# -- sources -------------------------------------------------------------------------------------------------


def sources(base_url: str) -> list[dict[str, Any]]:
    """One [[source]] dict per fixture source (the broken outlet has three) for ``base_url``."""
    result = []
    for name, expected in EXPECTED.items():
        source: dict[str, Any] = {
            "name": name,
            "title": SOURCE_TITLES[expected["outlet"]],
            "kind": expected["kind"],
            "url": base_url + expected["url"],
            "language": expected["language"],
            "every": "1h",
            "delay": 0,
            "concurrency": 8,
        }
        if expected["kind"] == "listing":
            source |= {
                "follow": [r"/section/story/\d+$"],
                "paginate": [r"/section/news/\?page=\d+$"],
                "depth": 3,
            }
        result.append(source)
    return result


def write_sources(path: Path, base_url: str) -> None:
    """Write :func:`sources` as a TOML sources file."""
    header = f"Fixture sources for the test server at {base_url} (generated by tests/sitesrv.py)."
    Path(path).write_text(sources_toml(sources(base_url), header), encoding="utf-8")


def expected_url(base_url: str, path: str) -> str:
    """An absolute URL for a path in EXPECTED."""
    return base_url + path


# -- what each source should yield ---------------------------------------------------------------------------
# Keys per source: outlet, kind, format, url (path of the entry point), language, encoding (of its pages),
# header_charset / meta_charset (whether the HTTP header / the HTML names the charset), articles (distinct
# articles it yields), relevant (of those, about the Chechnya reports), article_urls, relevant_urls,
# bad_urls (path -> behaviour), aliases (groups of paths that are one article, canonical first), samples
# (path -> title, author, published, language, relevant, statements [[actor id, stance], ...] as in
# tests/gold, and off_topic_denial when the article holds a denial about something else), notes; plus
# per-source extras (sitemaps, pages, deep, feed_urls, dedupe, articles_max, ...).

EXPECTED: dict[str, dict[str, Any]] = {
    "fixture-wp": {
        "outlet": "wp",
        "kind": "feed",
        "format": "rss2",
        "url": "/wp/feed/",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 5,
        "relevant": 3,
        "article_urls": [
            "/wp/2017/04/03/men-detained-in-chechnya/",
            "/wp/2017/04/10/community-garden-fundraiser/",
            "/wp/2017/04/14/kremlin-says-it-has-no-information/",
            "/wp/2017/05/02/book-review-the-quiet-river/",
            "/wp/2018/12/21/what-the-osce-rapporteur-found/",
        ],
        "relevant_urls": [
            "/wp/2017/04/03/men-detained-in-chechnya/",
            "/wp/2017/04/14/kremlin-says-it-has-no-information/",
            "/wp/2018/12/21/what-the-osce-rapporteur-found/",
        ],
        "bad_urls": {},
        "aliases": [],
        "samples": {
            "/wp/2017/04/03/men-detained-in-chechnya/": {
                "title": "Reports: men detained in Chechnya because of their sexuality",
                "author": "Robin Hale",
                "published": "2017-04-03T09:15:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [
                    ["novaya-gazeta", "confirmation"],
                    ["milashina", "confirmation"],
                    ["karimov", "denial"],
                    ["russian-lgbt-network", "confirmation"],
                ],
            },
            "/wp/2017/04/14/kremlin-says-it-has-no-information/": {
                "title": "Kremlin says it has “no reliable information” on Chechnya reports",
                "author": "Dana Whitlock",
                "published": "2017-04-14T16:40:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [
                    ["peskov", "denial"],
                    ["lokshina", "confirmation"],
                    ["russian-lgbt-network", "confirmation"],
                ],
            },
            "/wp/2018/12/21/what-the-osce-rapporteur-found/": {
                "title": "What the OSCE rapporteur found in Chechnya",
                "author": "Robin Hale",
                "published": "2018-12-21T10:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["benedek", "confirmation"], ["russian-mfa", "denial"]],
            },
            "/wp/2017/04/10/community-garden-fundraiser/": {
                "title": "Community garden fundraiser: thank you!",
                "author": "Dana Whitlock",
                "published": "2017-04-10T18:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/wp/2017/05/02/book-review-the-quiet-river/": {
                "title": "Book review: The Quiet River",
                "author": "Robin Hale",
                "published": "2017-05-02T12:30:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
        },
        "notes": (
            "WordPress markup: .entry-content, sidebar widgets, Jetpack share/related blocks, comments on"
            " wp-1, wp-2 and wp-5; feed has content:encoded with the full text."
        ),
    },
    "fixture-daily": {
        "outlet": "daily",
        "kind": "sitemap",
        "format": "sitemapindex",
        "url": "/daily/sitemap_index.xml",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 6,
        "relevant": 3,
        "article_urls": [
            "/daily/news/2017/03/council-approves-tram-line.html",
            "/daily/news/2017/03/derby-ends-in-draw.html",
            "/daily/news/2017/04/un-experts-urge-russia-to-act.html",
            "/daily/news/2017/07/kadyrov-says-no-gay-men-in-chechnya.html",
            "/daily/news/2017/10/kremlin-dismisses-health-rumours.html",
            "/daily/news/2017/10/survivor-describes-detention-in-grozny.html",
        ],
        "relevant_urls": [
            "/daily/news/2017/04/un-experts-urge-russia-to-act.html",
            "/daily/news/2017/07/kadyrov-says-no-gay-men-in-chechnya.html",
            "/daily/news/2017/10/survivor-describes-detention-in-grozny.html",
        ],
        "bad_urls": {},
        "aliases": [],
        "samples": {
            "/daily/news/2017/04/un-experts-urge-russia-to-act.html": {
                "title": "UN experts urge Russia to stop abuse of gay men in Chechnya",
                "author": "Helen Farrow",
                "published": "2017-04-13T14:20:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [
                    ["un-experts", "confirmation"],
                    ["chechen-government", "denial"],
                    ["kremlin", "denial"],
                ],
            },
            "/daily/news/2017/07/kadyrov-says-no-gay-men-in-chechnya.html": {
                "title": "Kadyrov tells interviewer there are no gay men in Chechnya",
                "author": "Tomasz Wren",
                "published": "2017-07-15T08:05:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["kadyrov", "denial"], ["russian-lgbt-network", "confirmation"]],
            },
            "/daily/news/2017/10/survivor-describes-detention-in-grozny.html": {
                "title": "Survivor describes detention and beatings in Grozny",
                "author": "Priya Nandakumar",
                "published": "2017-10-16T17:45:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [
                    ["lapunov", "confirmation"],
                    ["moskalkova", "neutral"],
                    ["chechen-government", "denial"],
                ],
            },
            "/daily/news/2017/10/kremlin-dismisses-health-rumours.html": {
                "title": "Kremlin dismisses rumours about president’s health",
                "author": "Tomasz Wren",
                "published": "2017-10-18T09:30:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
                "off_topic_denial": True,
            },
            "/daily/news/2017/03/council-approves-tram-line.html": {
                "title": "City council approves new tram line to the harbour",
                "author": "Helen Farrow",
                "published": "2017-03-22T12:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/daily/news/2017/03/derby-ends-in-draw.html": {
                "title": "Late equaliser earns draw in city derby",
                "author": "Tomasz Wren",
                "published": "2017-03-26T20:15:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
        },
        "sitemaps": {
            "/daily/news-sitemap.xml.gz": [
                "/daily/news/2017/04/un-experts-urge-russia-to-act.html",
                "/daily/news/2017/07/kadyrov-says-no-gay-men-in-chechnya.html",
                "/daily/news/2017/10/survivor-describes-detention-in-grozny.html",
                "/daily/news/2017/10/kremlin-dismisses-health-rumours.html",
            ],
            "/daily/sitemap-archive.xml": [
                "/daily/news/2017/03/council-approves-tram-line.html",
                "/daily/news/2017/03/derby-ends-in-draw.html",
                "/daily/news/2017/04/un-experts-urge-russia-to-act.html",
            ],
        },
        "duplicate_urls": ["/daily/news/2017/04/un-experts-urge-russia-to-act.html"],
        "notes": (
            "news-sitemap.xml.gz is gzip bytes served as application/x-gzip (no Content-Encoding); the"
            " UN-experts article is listed in both sitemaps; daily-4 is an off-topic denial by Peskov"
            " (president's health)."
        ),
    },
    "fixture-kavkaz1251": {
        "outlet": "kavkaz1251",
        "kind": "feed",
        "format": "rss2",
        "url": "/kavkaz1251/rss.xml",
        "language": "ru",
        "encoding": "windows-1251",
        "header_charset": False,
        "meta_charset": False,
        "articles": 5,
        "relevant": 3,
        "article_urls": [
            "/kavkaz1251/news/1001.html",
            "/kavkaz1251/news/1002.html",
            "/kavkaz1251/news/1003.html",
            "/kavkaz1251/news/1004.html",
            "/kavkaz1251/news/1005.html",
        ],
        "relevant_urls": [
            "/kavkaz1251/news/1001.html",
            "/kavkaz1251/news/1002.html",
            "/kavkaz1251/news/1003.html",
        ],
        "bad_urls": {},
        "aliases": [],
        "samples": {
            "/kavkaz1251/news/1001.html": {
                "title": "В Грозном назвали ложью публикацию о задержаниях",
                "author": "Марат Исаев",
                "published": "2017-04-01T15:30:00+03:00",
                "language": "ru",
                "relevant": True,
                "statements": [["karimov", "denial"], ["novaya-gazeta", "confirmation"]],
            },
            "/kavkaz1251/news/1002.html": {
                "title": "Москалькова создала рабочую группу по сообщениям из Чечни",
                "author": "Зарема Хасанова",
                "published": "2017-04-19T11:10:00+03:00",
                "language": "ru",
                "relevant": True,
                "statements": [["moskalkova", "neutral"]],
            },
            "/kavkaz1251/news/1003.html": {
                "title": "Правозащитники сообщили о новой волне задержаний в Чечне",
                "author": "Марат Исаев",
                "published": "2019-01-14T18:00:00+03:00",
                "language": "ru",
                "relevant": True,
                "statements": [["russian-lgbt-network", "confirmation"], ["karimov", "denial"]],
            },
            "/kavkaz1251/news/1004.html": {
                "title": "В Грозном открылся новый торговый центр",
                "author": "Зарема Хасанова",
                "published": "2017-04-05T10:00:00+03:00",
                "language": "ru",
                "relevant": False,
                "statements": [],
            },
            "/kavkaz1251/news/1005.html": {
                "title": "В администрации главы Чечни опровергли слухи о закрытии центрального рынка",
                "author": "Марат Исаев",
                "published": "2017-04-08T09:20:00+03:00",
                "language": "ru",
                "relevant": False,
                "statements": [],
                "off_topic_denial": True,
            },
        },
        "notes": (
            "Pages and feed are windows-1251 bytes; Content-Type is bare text/html or"
            " application/rss+xml; pages have no <meta charset>; the feed has an XML encoding"
            " declaration. kavkaz-1005 is an off-topic denial by Karimov (market closure)."
        ),
    },
    "fixture-koi8": {
        "outlet": "koi8",
        "kind": "feed",
        "format": "rss1",
        "url": "/koi8/index.rdf",
        "language": "ru",
        "encoding": "koi8-r",
        "header_charset": False,
        "meta_charset": True,
        "articles": 3,
        "relevant": 2,
        "article_urls": [
            "/koi8/news/evacuated.html",
            "/koi8/news/festival.html",
            "/koi8/news/kremlin-no-info.html",
        ],
        "relevant_urls": ["/koi8/news/evacuated.html", "/koi8/news/kremlin-no-info.html"],
        "bad_urls": {},
        "aliases": [],
        "samples": {
            "/koi8/news/evacuated.html": {
                "title": "ЛГБТ-сеть: из Чечни вывезли более сорока человек",
                "author": "Павел Горин",
                "published": "2017-05-05T12:00:00+03:00",
                "language": "ru",
                "relevant": True,
                "statements": [["russian-lgbt-network", "confirmation"], ["kochetkov", "confirmation"]],
            },
            "/koi8/news/kremlin-no-info.html": {
                "title": "Песков: в Кремле нет достоверной информации о проблемах в Чечне",
                "author": "Ирина Светлова",
                "published": "2017-04-03T14:25:00+03:00",
                "language": "ru",
                "relevant": True,
                "statements": [["peskov", "denial"], ["novaya-gazeta", "confirmation"]],
            },
            "/koi8/news/festival.html": {
                "title": "В Архангельске открылся фестиваль народных промыслов",
                "author": "Павел Горин",
                "published": "2017-04-07T09:00:00+03:00",
                "language": "ru",
                "relevant": False,
                "statements": [],
            },
        },
        "notes": (
            "Pages are koi8-r bytes with <meta http-equiv=Content-Type ... charset=koi8-r> and a bare"
            " text/html header; the RSS 1.0 (RDF) feed is koi8-r with an XML encoding declaration."
        ),
    },
    "fixture-atomwire": {
        "outlet": "atomwire",
        "kind": "feed",
        "format": "atom",
        "url": "/atomwire/atom.xml",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 5,
        "relevant": 3,
        "article_urls": [
            "/atomwire/stories/official-calls-new-reports-lies",
            "/atomwire/stories/oil-prices-climb",
            "/atomwire/stories/osce-report-finds-serious-violations",
            "/atomwire/stories/spokeswoman-denies-resignation",
            "/atomwire/stories/us-urges-russia-to-investigate",
        ],
        "relevant_urls": [
            "/atomwire/stories/official-calls-new-reports-lies",
            "/atomwire/stories/osce-report-finds-serious-violations",
            "/atomwire/stories/us-urges-russia-to-investigate",
        ],
        "bad_urls": {},
        "aliases": [
            [
                "/atomwire/stories/us-urges-russia-to-investigate",
                (
                    "/atomwire/stories/us-urges-russia-to-investigate?utm_source=atom&utm_medium=feed"
                    "&utm_campaign=wire#top"
                ),
            ],
        ],
        "samples": {
            "/atomwire/stories/us-urges-russia-to-investigate": {
                "title": "U.S. urges Russia to investigate reports from Chechnya",
                "author": "Claire Okafor",
                "published": "2017-04-07T19:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["us-state-department", "neutral"], ["hrw", "confirmation"]],
            },
            "/atomwire/stories/osce-report-finds-serious-violations": {
                "title": "OSCE report finds ‘very serious’ rights violations in Chechnya",
                "author": "Claire Okafor",
                "published": "2018-12-20T15:30:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["benedek", "confirmation"], ["russian-mfa", "denial"]],
            },
            "/atomwire/stories/official-calls-new-reports-lies": {
                "title": "Chechen official calls reports of new detentions ‘complete lies’",
                "author": "Martin Ives",
                "published": "2019-01-15T11:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["karimov", "denial"], ["russian-lgbt-network", "confirmation"]],
            },
            "/atomwire/stories/oil-prices-climb": {
                "title": "Oil prices climb as supply concerns mount",
                "author": "Martin Ives",
                "published": "2017-04-11T08:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/atomwire/stories/spokeswoman-denies-resignation": {
                "title": "Ministry denies finance minister plans to resign",
                "author": "Claire Okafor",
                "published": "2017-04-12T13:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
                "off_topic_denial": True,
            },
        },
        "feed_urls": [
            "/atomwire/stories/official-calls-new-reports-lies",
            "/atomwire/stories/oil-prices-climb",
            "/atomwire/stories/osce-report-finds-serious-violations",
            "/atomwire/stories/spokeswoman-denies-resignation",
            (
                "/atomwire/stories/us-urges-russia-to-investigate?utm_source=atom&utm_medium=feed"
                "&utm_campaign=wire#top"
            ),
        ],
        "notes": (
            "The feed links atom-1 with utm_* parameters and a #fragment; the page has a clean canonical."
            " atom-5 is an off-topic denial (a minister's resignation)."
        ),
    },
    "fixture-section": {
        "outlet": "section",
        "kind": "listing",
        "format": "html",
        "url": "/section/news/",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 9,
        "relevant": 3,
        "article_urls": [
            "/section/story/101",
            "/section/story/102",
            "/section/story/103",
            "/section/story/104",
            "/section/story/105",
            "/section/story/106",
            "/section/story/107",
            "/section/story/108",
            "/section/story/109",
        ],
        "relevant_urls": ["/section/story/103", "/section/story/106", "/section/story/108"],
        "bad_urls": {},
        "aliases": [],
        "samples": {
            "/section/story/101": {
                "title": "Mountain road to Itum-Kali reopens after landslide",
                "author": "Omar Said",
                "published": "2017-03-20T08:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/section/story/102": {
                "title": "Apricot growers expect record harvest",
                "author": "Lena Moravec",
                "published": "2017-03-28T10:30:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/section/story/103": {
                "title": "Rights groups gather testimony on detentions in Chechnya",
                "author": "Lena Moravec",
                "published": "2017-04-02T16:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["hrw", "confirmation"], ["kremlin", "neutral"]],
            },
            "/section/story/104": {
                "title": "Regional wrestling championship draws record crowd",
                "author": "Omar Said",
                "published": "2017-04-09T19:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/section/story/105": {
                "title": "Spring snow closes mountain passes",
                "author": "Omar Said",
                "published": "2017-04-15T07:15:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/section/story/106": {
                "title": "Chechen rights council member says no complaints received",
                "author": "Lena Moravec",
                "published": "2017-04-21T12:45:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["saratova", "denial"], ["memorial", "confirmation"]],
            },
            "/section/story/107": {
                "title": "Tourism office promotes hiking season",
                "author": "Omar Said",
                "published": "2017-04-28T09:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
            "/section/story/108": {
                "title": "Investigators say preliminary check found no evidence",
                "author": "Lena Moravec",
                "published": "2017-05-12T15:20:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [
                    ["investigative-committee", "denial"],
                    ["russian-lgbt-network", "confirmation"],
                ],
            },
            "/section/story/109": {
                "title": "Bridge repairs to finish by autumn",
                "author": "Omar Said",
                "published": "2017-05-20T11:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
        },
        "pages": {
            "/section/news/": ["/section/story/109", "/section/story/108", "/section/story/107"],
            "/section/news/?page=2": ["/section/story/106", "/section/story/105", "/section/story/104"],
            "/section/news/?page=3": ["/section/story/103", "/section/story/102", "/section/story/101"],
        },
        "deep": {
            "/section/story/110": (
                "linked only from /section/story/101 (a follow-up link on an article page)"
            ),
        },
        "articles_all": 10,
        "relevant_all": 4,
        "deep_samples": {
            "/section/story/110": {
                "title": "Follow-up: survivor’s complaint reaches Prosecutor General",
                "author": "Lena Moravec",
                "published": "2017-10-20T10:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["lapunov", "confirmation"], ["moskalkova", "neutral"]],
            },
        },
        "notes": (
            "Pages: /section/news/ (= ?page=1), ?page=2, ?page=3 (relative links ?page=N, rel=next/prev);"
            " 3 stories a page, newest first; ?page=4 and beyond answer 404. Listing pages also link to"
            " /section/tag/..., /section/about.html and /section/archive/2016/ (not articles, 404)."
            " Depth: page N is N-1 pagination hops from the start URL; with depth >= 2 all 9 listed"
            " stories are found."
        ),
    },
    "fixture-ampnews": {
        "outlet": "ampnews",
        "kind": "feed",
        "format": "rss2",
        "url": "/ampnews/feed.xml",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 3,
        "relevant": 2,
        "article_urls": [
            "/ampnews/news/court-finds-failure-to-investigate.html",
            "/ampnews/news/journalists-threatened.html",
            "/ampnews/news/museum-reopens.html",
        ],
        "relevant_urls": [
            "/ampnews/news/court-finds-failure-to-investigate.html",
            "/ampnews/news/journalists-threatened.html",
        ],
        "bad_urls": {},
        "aliases": [
            [
                "/ampnews/news/journalists-threatened.html",
                "/ampnews/amp/journalists-threatened",
                "/ampnews/partners/journalists-threatened.html",
            ],
        ],
        "samples": {
            "/ampnews/news/journalists-threatened.html": {
                "title": "Newspaper reporters face threats after Chechnya investigation",
                "author": "Nadia Brandt",
                "published": "2017-04-16T10:30:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["novaya-gazeta", "confirmation"], [None, "denial"]],
            },
            "/ampnews/news/court-finds-failure-to-investigate.html": {
                "title": "European court finds Russia failed to investigate torture claim from Chechnya",
                "author": "Oliver Grant",
                "published": "2023-09-12T13:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["echr", "confirmation"], ["lapunov", "confirmation"]],
            },
            "/ampnews/news/museum-reopens.html": {
                "title": "City museum reopens after two-year renovation",
                "author": "Oliver Grant",
                "published": "2017-04-18T09:00:00+00:00",
                "language": "en",
                "relevant": False,
                "statements": [],
            },
        },
        "feed_urls": [
            "/ampnews/partners/journalists-threatened.html",
            "/ampnews/amp/journalists-threatened",
            "/ampnews/news/museum-reopens.html",
            "/ampnews/news/court-finds-failure-to-investigate.html",
        ],
        "dedupe": {
            "by_canonical": [
                "/ampnews/news/journalists-threatened.html",
                "/ampnews/amp/journalists-threatened",
            ],
            "by_text": [
                "/ampnews/news/journalists-threatened.html",
                "/ampnews/partners/journalists-threatened.html",
            ],
        },
        "notes": (
            "The feed links the AMP URL (canonical -> /ampnews/news/...html) and a syndicated copy under"
            " /ampnews/partners/ whose canonical is itself: only text dedupe merges it. 4 feed links, 3"
            " articles."
        ),
    },
    "fixture-broken": {
        "outlet": "broken",
        "kind": "feed",
        "format": "rss091",
        "url": "/broken/rss091.xml",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 1,
        "relevant": 1,
        "article_urls": ["/broken/good.html"],
        "relevant_urls": ["/broken/good.html"],
        "bad_urls": {
            "/bad/404": "404 always",
            "/bad/410": "410 always",
            "/bad/500": "500 always",
            "/bad/flaky": "500 twice per path, then 200 with a relevant article (Amnesty)",
            "/bad/slow?s=2&from=feed": "200 after 2 s (irrelevant article); from= is a tracking parameter",
            "/bad/redirect-loop": "302 -> /bad/redirect-loop-b -> 302 -> /bad/redirect-loop ...",
            "/bad/binary": "64 KiB of random bytes as text/html",
            "/bad/huge": "30 MiB text/html, streamed",
            "/bad/truncated": (
                "HTML cut in the middle of a tag (two paragraphs survive, relevant: Memorial)"
            ),
            "/bad/mixed-encoding": (
                "utf-8 page (charset=utf-8 header) with one windows-1251 paragraph (relevant, ru)"
            ),
            "/private/secret.html": "disallowed by robots.txt; contains PRIVATE-FIXTURE-MARKER",
        },
        "aliases": [],
        "samples": {
            "/broken/good.html": {
                "title": "Lawyers & activists prepare first Chechnya complaint",
                "author": "Sam Keller",
                "published": "2017-10-10T09:00:00+00:00",
                "language": "en",
                "relevant": True,
                "statements": [["russian-lgbt-network", "confirmation"]],
            },
        },
        "articles_max": 5,
        "notes": (
            "RSS 0.91 with unescaped ampersands (not well-formed XML) and an unparseable pubDate on the"
            " good item. Only /broken/good.html is a plain good article; flaky (after retries), slow"
            " (with a timeout > 2 s), truncated and mixed-encoding may also yield articles, hence"
            " articles_max."
        ),
    },
    "fixture-broken-htmlfeed": {
        "outlet": "broken",
        "kind": "feed",
        "format": "html",
        "url": "/broken/feed.rss",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 0,
        "relevant": 0,
        "article_urls": [],
        "relevant_urls": [],
        "bad_urls": {},
        "aliases": [],
        "samples": {},
        "notes": "A 'feed' URL that answers with an HTML page (text/html): no entries, must not crash.",
    },
    "fixture-broken-sitemap": {
        "outlet": "broken",
        "kind": "sitemap",
        "format": "sitemap",
        "url": "/broken/sitemap.xml",
        "language": "en",
        "encoding": "utf-8",
        "header_charset": True,
        "meta_charset": True,
        "articles": 0,
        "relevant": 0,
        "article_urls": [],
        "relevant_urls": [],
        "bad_urls": {},
        "aliases": [],
        "samples": {},
        "notes": "A valid but empty <urlset>.",
    },
}


def main(argv: list[str] | None = None) -> int:
    """Serve the fixtures until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the chechnya-monitor test fixture sites.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 = any free port)")
    parser.add_argument("--write-sources", type=Path, metavar="PATH", help="also write a sources TOML file")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    site = FixtureSite(host=args.host, port=args.port)
    base = site.start()
    if args.write_sources:
        write_sources(args.write_sources, base)
        logger.info("wrote %s", args.write_sources)
    logger.info("fixture sites at %s/ (Ctrl-C to stop)", base)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
