"""Replay the demo corpus as a set of live news sites at a simulated moment.

The corpus (``crawler/demo/corpus/``) describes fictional outlets and their articles with the simulated
day and hour each was published and later updated. :class:`ReplaySite` serves every outlet under
``/<slug>/`` as it stood at the simulated time ``now``: an article is visible once published, with the
latest update up to ``now`` applied. Each outlet is reachable the way its ``kind`` says (RSS 2.0, Atom,
sitemap index + gzipped Google News sitemap, paginated HTML listing, or a Telegram-like channel preview),
pages are realistic HTML in the outlet's encoding, and everything carries ETag/Last-Modified so unchanged
documents revalidate with 304.

Example:
    site = ReplaySite(load_corpus())
    base = site.start()
    site.set_day(1.5)                    # 2017-04-02 12:00 UTC
    site.write_sources(Path("demo-sources.toml"))
    ...                                  # crawl, then site.set_day(2) and crawl again
    site.article_bodies()                # {"feed": 12, "sitemap": 3, ...}
    site.stop()

Errors: :class:`CorpusError` (a ``ValueError``) names the file, the entry and the key of a bad corpus value.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import tomllib
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path
from types import TracebackType
from typing import Any

from crawler.demo.webserver import Request, Response, Stats, WebServer, error_response

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus"
EPOCH = datetime(2017, 4, 1, tzinfo=UTC)

LANGUAGES = ("en", "ru")
ROLES = (
    "state-agency",
    "chechen-government",
    "telegram",
    "independent-ru",
    "wire",
    "syndicator",
    "ngo",
    "intergovernmental",
    "lgbt-news",
    "general-news",
)
KINDS = ("feed", "atom", "sitemap", "listing", "telegram")
ENCODINGS = ("utf-8", "windows-1251", "koi8-r")
STANCES = ("denial", "confirmation", "neutral")
SOURCE_KIND = {
    "feed": "feed",
    "atom": "feed",
    "sitemap": "sitemap",
    "listing": "listing",
    "telegram": "listing",
}
PAGE_SIZE = 10
FEED_SIZE = 50
_SLUG_RE = re.compile(r"^[a-z0-9-]+$")
_EVERY_RE = re.compile(r"^\d+[smhd]$")
_MOSCOW = timezone(timedelta(hours=3), "MSK")


class CorpusError(ValueError):
    """A corpus file is missing or holds a bad value; the message names file, entry and key."""


# -- corpus model -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    """One fictional outlet from ``outlets.toml``."""

    slug: str
    name: str
    language: str
    role: str
    kind: str
    encoding: str
    template: str
    every: str

    @property
    def source_name(self) -> str:
        """The crawler's source name for this outlet."""
        return f"demo-{self.slug}"

    @property
    def tz(self) -> timezone:
        """Times on the outlet's pages: Moscow time for Russian outlets, UTC otherwise."""
        return _MOSCOW if self.language == "ru" else UTC


@dataclass(frozen=True)
class Update:
    """A later version of an article (``[[article.update]]``)."""

    day: int
    hour: int
    body: str | None
    title: str | None
    summary: str | None
    note: str

    def at(self, epoch: datetime) -> datetime:
        """The simulated moment of this update."""
        return epoch + timedelta(days=self.day, hours=self.hour)


@dataclass(frozen=True)
class Expectation:
    """What the analyzer should find in an article (``[[article.expect]]``)."""

    actor: str
    stance: str
    first_day: int
    repeat: bool = False
    removed_day: int = 0
    off_topic: bool = False


@dataclass(frozen=True)
class Article:
    """One article of the corpus with its updates and expectations."""

    outlet: str
    slug: str
    day: int
    hour: int
    title: str
    author: str
    summary: str
    body: str
    syndicated_from: str = ""
    updates: tuple[Update, ...] = ()
    expect: tuple[Expectation, ...] = ()
    source_file: str = ""
    number: int = 0  # telegram post number: a numeric slug, or 1, 2, ... in publication order

    @property
    def key(self) -> str:
        """``<outlet>/<slug>``, the form ``syndicated_from`` uses."""
        return f"{self.outlet}/{self.slug}"

    def published(self, epoch: datetime = EPOCH) -> datetime:
        """The simulated moment of first publication."""
        return epoch + timedelta(days=self.day, hours=self.hour)

    def version_at(self, moment: datetime, epoch: datetime = EPOCH) -> Version | None:
        """The article as visible at ``moment``, or None before publication."""
        published = self.published(epoch)
        if moment < published:
            return None
        title, summary, body = self.title, self.summary, self.body
        modified = listed = published
        index = 0
        for number, update in enumerate(self.updates, start=1):
            when = update.at(epoch)
            if when > moment:
                break
            title, summary, body = update.title or title, update.summary or summary, update.body or body
            modified, index = when, number
            if update.title or update.summary:
                listed = when
        return Version(self, title, summary, body, published, modified, listed, index)


@dataclass(frozen=True)
class Version:
    """An article as it stood at one moment."""

    article: Article
    title: str
    summary: str
    body: str
    published: datetime
    modified: datetime  # the latest applied update (or publication)
    listed: datetime  # the latest change of what feeds and listings show (title, summary)
    index: int  # 0 = original, n = after the n-th update

    @property
    def paragraphs(self) -> list[str]:
        """Body paragraphs (blank-line separated, inner newlines joined)."""
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n", self.body.strip()) if p.strip()]


@dataclass(frozen=True)
class Corpus:
    """All outlets and articles, validated."""

    outlets: tuple[Outlet, ...]
    articles: tuple[Article, ...]
    path: Path | None = None
    _by_slug: dict[str, Outlet] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_slug.update({outlet.slug: outlet for outlet in self.outlets})

    def outlet(self, slug: str) -> Outlet:
        """The outlet ``slug`` (KeyError if unknown)."""
        return self._by_slug[slug]

    def articles_of(self, slug: str) -> list[Article]:
        """The outlet's articles in publication order."""
        return sorted((a for a in self.articles if a.outlet == slug), key=lambda a: (a.day, a.hour, a.slug))

    def last_event(self, epoch: datetime = EPOCH) -> datetime:
        """The latest publication or update in the corpus."""
        moments = [a.published(epoch) for a in self.articles]
        moments += [u.at(epoch) for a in self.articles for u in a.updates]
        return max(moments, default=epoch)


# -- corpus loading ------------------------------------------------------------------------------------------


class _Entry:
    """One TOML table being validated; errors name the file, the entry and the key."""

    def __init__(self, data: Any, file: Path, label: str) -> None:
        self.file, self.label = file, label
        if not isinstance(data, dict):
            raise self.fail(None, "must be a table")
        self.data: dict[str, Any] = data

    def fail(self, key: str | None, problem: str) -> CorpusError:
        """An error naming this entry and ``key``."""
        where = f"{self.file}: {self.label}"
        return CorpusError(f"{where}: key {key!r}: {problem}" if key else f"{where}: {problem}")

    def unknown_keys(self, allowed: Iterable[str]) -> None:
        """Fail on a key that the format does not have."""
        extra = sorted(set(self.data) - set(allowed))
        if extra:
            raise self.fail(extra[0], f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def text(
        self,
        key: str,
        required: bool = True,
        default: str = "",
        choices: Iterable[str] = (),
        pattern: re.Pattern[str] | None = None,
    ) -> str:
        """A string value, checked against ``choices`` or ``pattern``."""
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(key, f"must be a string, got {type(value).__name__}")
        options = tuple(choices)
        if options and value not in options:
            raise self.fail(key, f"must be one of {', '.join(options)}, got {value!r}")
        if pattern is not None and not pattern.match(value):
            raise self.fail(key, f"{value!r} does not match {pattern.pattern}")
        return value

    def optional_text(self, key: str) -> str | None:
        """A string value or None when absent."""
        return self.text(key, required=False) if key in self.data else None

    def integer(self, key: str, low: int, high: int | None = None, default: int | None = None) -> int:
        """An integer value within [low, high]."""
        if key not in self.data:
            if default is None:
                raise self.fail(key, "missing")
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be an integer, got {value!r}")
        if value < low or (high is not None and value > high):
            raise self.fail(key, f"must be in {low}..{high if high is not None else ''}, got {value}")
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        """A boolean value."""
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"must be true or false, got {value!r}")
        return value

    def tables(self, key: str) -> list[Any]:
        """An array of tables (empty when absent)."""
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "must be an array of tables ([[...]])")
        return value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path}: invalid TOML: {exc}") from None


OUTLET_KEYS = ("slug", "name", "language", "role", "kind", "encoding", "template", "every")
ARTICLE_KEYS = (
    "outlet",
    "slug",
    "day",
    "hour",
    "title",
    "author",
    "summary",
    "body",
    "syndicated_from",
    "update",
    "expect",
)
UPDATE_KEYS = ("day", "hour", "body", "title", "summary", "note")
EXPECT_KEYS = ("actor", "stance", "first_day", "repeat", "removed_day", "off_topic")


def _parse_outlet(entry: _Entry) -> Outlet:
    entry.unknown_keys(OUTLET_KEYS)
    kind = entry.text("kind", choices=KINDS)
    return Outlet(
        slug=entry.text("slug", pattern=_SLUG_RE),
        name=entry.text("name"),
        language=entry.text("language", choices=LANGUAGES),
        role=entry.text("role", required=False, default="general-news", choices=ROLES),
        kind=kind,
        encoding=entry.text("encoding", required=False, default="utf-8", choices=ENCODINGS),
        template=entry.text("template", required=False, default=kind),
        every=entry.text("every", required=False, default="1d", pattern=_EVERY_RE),
    )


def _parse_update(entry: _Entry) -> Update:
    entry.unknown_keys(UPDATE_KEYS)
    update = Update(
        day=entry.integer("day", 0),
        hour=entry.integer("hour", 0, 23),
        body=entry.optional_text("body"),
        title=entry.optional_text("title"),
        summary=entry.optional_text("summary"),
        note=entry.text("note", required=False),
    )
    if not (update.body or update.title or update.summary):
        raise entry.fail("body", "an update needs a new body, title or summary")
    return update


def _parse_expect(entry: _Entry) -> Expectation:
    entry.unknown_keys(EXPECT_KEYS)
    return Expectation(
        actor=entry.text("actor"),
        stance=entry.text("stance", choices=STANCES),
        first_day=entry.integer("first_day", 0),
        repeat=entry.flag("repeat"),
        removed_day=entry.integer("removed_day", 0, default=0),
        off_topic=entry.flag("off_topic"),
    )


def _parse_article(entry: _Entry) -> Article:
    entry.unknown_keys(ARTICLE_KEYS)
    label = entry.label
    updates = tuple(
        _parse_update(_Entry(u, entry.file, f"{label} [[article.update]] #{i}"))
        for i, u in enumerate(entry.tables("update"), start=1)
    )
    expect = tuple(
        _parse_expect(_Entry(e, entry.file, f"{label} [[article.expect]] #{i}"))
        for i, e in enumerate(entry.tables("expect"), start=1)
    )
    article = Article(
        outlet=entry.text("outlet", pattern=_SLUG_RE),
        slug=entry.text("slug", pattern=_SLUG_RE),
        day=entry.integer("day", 0),
        hour=entry.integer("hour", 0, 23),
        title=entry.text("title"),
        author=entry.text("author", required=False),
        summary=entry.text("summary", required=False),
        body=entry.text("body"),
        syndicated_from=entry.text("syndicated_from", required=False),
        updates=updates,
        expect=expect,
        source_file=str(entry.file),
    )
    if not article.body.strip():
        raise entry.fail("body", "is empty")
    previous = article.published()
    for number, update in enumerate(updates, start=1):
        if update.at(EPOCH) <= previous:
            raise entry.fail("update", f"update #{number} is not later than the version before it")
        previous = update.at(EPOCH)
    return article


def _article_label(index: int, data: Any) -> str:
    slug = data.get("slug") if isinstance(data, dict) else None
    return f"[[article]] #{index}" + (f" (slug {slug!r})" if isinstance(slug, str) else "")


def _load_outlets(path: Path) -> list[Outlet]:
    data = _read_toml(path)
    entries = data.get("outlet")
    if not isinstance(entries, list) or not entries:
        raise CorpusError(f"{path}: needs at least one [[outlet]] table")
    outlets: list[Outlet] = []
    for index, raw in enumerate(entries, start=1):
        slug = raw.get("slug") if isinstance(raw, dict) else None
        label = f"[[outlet]] #{index}" + (f" (slug {slug!r})" if isinstance(slug, str) else "")
        outlet = _parse_outlet(_Entry(raw, path, label))
        if any(o.slug == outlet.slug for o in outlets):
            raise CorpusError(f"{path}: {label}: key 'slug': duplicate outlet slug {outlet.slug!r}")
        outlets.append(outlet)
    return outlets


def _load_articles(folder: Path, outlets: dict[str, Outlet]) -> list[Article]:
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CorpusError(f"{folder}: no article files (*.toml)")
    articles: list[Article] = []
    seen: set[str] = set()
    for path in files:
        for index, raw in enumerate(_read_toml(path).get("article", []), start=1):
            entry = _Entry(raw, path, _article_label(index, raw))
            article = _parse_article(entry)
            if article.outlet not in outlets:
                raise entry.fail("outlet", f"unknown outlet {article.outlet!r}")
            if article.key in seen:
                raise entry.fail("slug", f"duplicate article {article.key!r}")
            seen.add(article.key)
            articles.append(article)
    return articles


def _check_syndication(articles: list[Article]) -> None:
    keys = {a.key for a in articles}
    for article in articles:
        if article.syndicated_from and article.syndicated_from not in keys:
            raise CorpusError(
                f"{article.source_file}: [[article]] (slug {article.slug!r}): key "
                f"'syndicated_from': no article {article.syndicated_from!r} in the corpus"
            )


def _post_numbers(articles: list[Article]) -> list[int]:
    """Post numbers for one outlet's articles in publication order.

    Numeric slugs that grow with publication time are the post numbers (``slug = "1207"`` ->
    ``/<outlet>/1207``); otherwise posts are numbered 1, 2, ... in publication order.
    """
    if all(a.slug.isdigit() for a in articles):
        numbers = [int(a.slug) for a in articles]
        if all(x < y for x, y in zip(numbers, numbers[1:], strict=False)):
            return numbers
    return list(range(1, len(articles) + 1))


def _number_posts(articles: list[Article]) -> list[Article]:
    """Give every article its post number within its outlet (used by telegram outlets)."""
    by_outlet: dict[str, list[Article]] = {}
    for article in sorted(articles, key=lambda a: (a.day, a.hour, a.slug)):
        by_outlet.setdefault(article.outlet, []).append(article)
    numbered = []
    for group in by_outlet.values():
        numbered += [replace(a, number=n) for a, n in zip(group, _post_numbers(group), strict=True)]
    return numbered


def load_corpus(path: Path = DEFAULT_CORPUS) -> Corpus:
    """Load and validate ``outlets.toml`` and ``articles/*.toml`` under ``path``."""
    path = Path(path)
    outlets = _load_outlets(path / "outlets.toml")
    by_slug = {o.slug: o for o in outlets}
    articles = _load_articles(path / "articles", by_slug)
    _check_syndication(articles)
    return Corpus(tuple(outlets), tuple(_number_posts(articles)), path)


# -- rendering helpers ---------------------------------------------------------------------------------------

_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "nav": ["News", "World", "Russia", "Politics", "Opinion", "Video"],
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic. By "
        "continuing to browse this site you agree to our use of cookies.",
        "accept": "Accept all",
        "settings": "Manage settings",
        "by": "By",
        "updated": "Updated",
        "share": "Share this article",
        "related": "Related stories",
        "newsletter": "Get the morning briefing",
        "newsletter_text": "The day's essential stories, in your inbox before breakfast.",
        "subscribe": "Sign up",
        "email": "Email address",
        "comments": "Comments",
        "reply": "Reply",
        "rights": "All rights reserved.",
        "privacy": "Privacy policy",
        "terms": "Terms of use",
        "contacts": "Contact us",
        "about": "About us",
        "latest": "Latest news",
        "page": "Page",
        "next": "Next page",
        "prev": "Previous page",
        "most_read": "Most read",
        "source": "Source",
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "comment_pool": [
            ("Mark T.", "Thank you for covering this."),
            ("J. Ellison", "Is there an English translation of the original report?"),
            ("reader_1984", "Shared with my study group."),
            ("Anna K.", "Please keep following this story."),
            ("Tom", "The photo caption seems to be missing."),
        ],
    },
    "ru": {
        "nav": ["Новости", "Политика", "Общество", "Происшествия", "Мнения", "Видео"],
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы "
        "соглашаетесь с их использованием.",
        "accept": "Принять",
        "settings": "Настройки",
        "by": "Автор:",
        "updated": "Обновлено",
        "share": "Поделиться",
        "related": "Читайте также",
        "newsletter": "Рассылка редакции",
        "newsletter_text": "Главные новости дня — каждое утро на вашу почту.",
        "subscribe": "Подписаться",
        "email": "Ваш e-mail",
        "comments": "Комментарии",
        "reply": "Ответить",
        "rights": "Все права защищены.",
        "privacy": "Политика конфиденциальности",
        "terms": "Пользовательское соглашение",
        "contacts": "Контакты",
        "about": "О редакции",
        "latest": "Последние новости",
        "page": "Страница",
        "next": "Следующая",
        "prev": "Предыдущая",
        "most_read": "Самое читаемое",
        "source": "Источник",
        "months": [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        "comment_pool": [
            ("Андрей", "Спасибо за материал."),
            ("Мария К.", "Где можно прочитать оригинал?"),
            ("гость", "Ссылка на видео не открывается."),
            ("Сергей", "Следим за новостями."),
            ("Ольга", "Поправьте, пожалуйста, опечатку во втором абзаце."),
        ],
    },
}


@dataclass(frozen=True)
class _Flavour:
    """Class names and extras that make one outlet's pages look unlike another's."""

    name: str
    article_class: str
    headline_class: str
    meta_class: str
    body_class: str
    share_class: str
    related_class: str
    comments_every: int  # every n-th article has comments (0: none)
    sidebar: bool


_FLAVOURS = {
    "agency": _Flavour(
        "agency",
        "article",
        "article__title",
        "article__meta",
        "article__text",
        "article__share",
        "article__related",
        0,
        False,
    ),
    "newspaper": _Flavour(
        "newspaper",
        "story",
        "story-headline",
        "story-byline",
        "story-body",
        "social-share",
        "more-on-this",
        3,
        True,
    ),
    "portal": _Flavour(
        "portal", "news-item", "news-title", "news-info", "news-text", "share-buttons", "read-also", 2, True
    ),
    "blog": _Flavour(
        "blog",
        "post hentry",
        "entry-title",
        "entry-meta",
        "entry-content",
        "sharedaddy",
        "jp-relatedposts",
        1,
        True,
    ),
    "ngo": _Flavour(
        "ngo",
        "node node--type-news",
        "page-title",
        "node__meta",
        "field--name-body",
        "share-links",
        "related-content",
        0,
        False,
    ),
    "official": _Flavour(
        "official",
        "press-release",
        "press-release__title",
        "press-release__date",
        "press-release__text",
        "print-share",
        "press-release__see-also",
        0,
        False,
    ),
}
_FLAVOUR_HINTS = {
    "agency": "agency",
    "wire": "agency",
    "state": "agency",
    "tass": "agency",
    "paper": "newspaper",
    "daily": "newspaper",
    "gazet": "newspaper",
    "times": "newspaper",
    "blog": "blog",
    "wordpress": "blog",
    "lgbt": "blog",
    "ngo": "ngo",
    "rights": "ngo",
    "report": "ngo",
    "gov": "official",
    "official": "official",
    "ministry": "official",
    "press": "official",
    "portal": "portal",
    "regional": "portal",
    "tabloid": "portal",
    "local": "portal",
}


def _flavour(template: str) -> _Flavour:
    """The markup flavour for a corpus template name (stable for unknown names)."""
    name = template.lower()
    if name in _FLAVOURS:
        return _FLAVOURS[name]
    for hint, flavour in _FLAVOUR_HINTS.items():
        if hint in name:
            return _FLAVOURS[flavour]
    names = sorted(_FLAVOURS)
    return _FLAVOURS[names[zlib.crc32(name.encode()) % len(names)]]


def _iso(moment: datetime, outlet: Outlet) -> str:
    return moment.astimezone(outlet.tz).isoformat()


def _human_date(moment: datetime, outlet: Outlet) -> str:
    local = moment.astimezone(outlet.tz)
    month = _TEXT[outlet.language]["months"][local.month - 1]
    if outlet.language == "ru":
        return f"{local.day} {month} {local.year}, {local:%H:%M}"
    return f"{month} {local.day}, {local.year} {local:%H:%M} UTC"


def _rfc822(moment: datetime, outlet: Outlet) -> str:
    return format_datetime(moment.astimezone(outlet.tz))


def _zulu(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _meta_charset(outlet: Outlet) -> str:
    """The charset declaration in <head>: none at all for windows-1251 (the hard case)."""
    if outlet.encoding == "utf-8":
        return '<meta charset="utf-8">'
    if outlet.encoding == "koi8-r":
        return '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    return ""


def _json_ld(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=True).replace("</", "<\\/")


# -- outlet pages --------------------------------------------------------------------------------------------


class _Renderer:
    """Renders one outlet's documents; all methods are pure functions of their arguments."""

    def __init__(self, outlet: Outlet) -> None:
        self.outlet = outlet
        self.text = _TEXT[outlet.language]
        self.flavour = _flavour(outlet.template)

    # shared chrome

    def head(self, title: str, extra: str = "") -> str:
        o = self.outlet
        return (
            f'<!DOCTYPE html>\n<html lang="{o.language}">\n<head>\n{_meta_charset(o)}\n'
            f"<title>{escape(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta property="og:site_name" content="{escape(o.name)}">\n{extra}'
            f'<link rel="stylesheet" href="/{o.slug}/static/{self.flavour.name}.css">\n</head>\n'
        )

    def header(self) -> str:
        o, t = self.outlet, self.text
        nav = "".join(f'<li><a href="/{o.slug}/news/">{escape(item)}</a></li>' for item in t["nav"])
        cookie = (
            f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">'
            f'<p>{escape(t["cookie"])} <a href="/{o.slug}/privacy.html">{escape(t["privacy"])}</a></p>'
            f'<button class="cookie-accept">{escape(t["accept"])}</button>'
            f'<button class="cookie-settings">{escape(t["settings"])}</button></div>\n'
        )
        return (
            f'<body class="{self.flavour.name}">\n{cookie}'
            f'<header class="site-header"><a class="logo" href="/{o.slug}/">{escape(o.name)}</a>\n'
            f'<nav class="main-nav"><ul>{nav}</ul></nav>\n'
            '<form class="search" action="/search"><input type="search" name="q"></form></header>\n'
        )

    def footer(self) -> str:
        o, t = self.outlet, self.text
        links = " | ".join(
            f'<a href="/{o.slug}/{page}.html">{escape(t[key])}</a>'
            for key, page in (
                ("about", "about"),
                ("contacts", "contacts"),
                ("privacy", "privacy"),
                ("terms", "terms"),
            )
        )
        return (
            f'<footer class="site-footer"><p>{links}</p>'
            f"<p>&copy; 2017 {escape(o.name)}. {escape(t['rights'])}</p></footer>\n</body>\n</html>\n"
        )

    def newsletter(self) -> str:
        t = self.text
        return (
            f'<section class="newsletter-signup"><h3>{escape(t["newsletter"])}</h3>'
            f'<p>{escape(t["newsletter_text"])}</p><form action="/newsletter" method="post">'
            f'<input type="email" name="email" placeholder="{escape(t["email"])}">'
            f'<button type="submit">{escape(t["subscribe"])}</button></form></section>\n'
        )

    def share(self, url: str, position: str) -> str:
        targets = (
            ("facebook", "https://www.facebook.com/sharer/sharer.php?u="),
            ("twitter", "https://twitter.com/intent/tweet?url="),
            ("vk", "https://vk.com/share.php?url="),
            ("telegram", "https://t.me/share/url?url="),
        )
        links = "".join(
            f'<a class="share-{name}" href="{escape(prefix + url)}" rel="nofollow noopener">{name}</a>'
            for name, prefix in targets
        )
        label = escape(self.text["share"])
        css = f"{self.flavour.share_class} share--{position}"
        return f'<div class="{css}"><span>{label}</span>{links}</div>\n'

    def sidebar(self) -> str:
        if not self.flavour.sidebar:
            return ""
        o = self.outlet
        items = "".join(
            f'<li><a href="/{o.slug}/news/">{escape(item)}</a></li>' for item in self.text["nav"][1:4]
        )
        label = escape(self.text["most_read"])
        return (
            f'<aside class="sidebar"><section class="widget most-read"><h3>{label}'
            f"</h3><ul>{items}</ul></section></aside>\n"
        )

    # article pages

    def article_page(
        self, version: Version, url: str, related: list[tuple[str, str]], credit: str = ""
    ) -> str:
        return (
            self.head(f"{version.title} | {self.outlet.name}", self._article_meta(version, url))
            + self.header()
            + "<main>\n"
            + self._article(version, url, credit)
            + self._related(related)
            + self.newsletter()
            + self._comments(version.article)
            + "</main>\n"
            + self.sidebar()
            + self.footer()
        )

    def _article_meta(self, version: Version, url: str) -> str:
        author = version.article.author
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": version.title,
            "datePublished": _iso(version.published, self.outlet),
            "dateModified": _iso(version.modified, self.outlet),
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": self.outlet.name},
        }
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        lines = [
            f'<meta name="description" content="{escape(version.summary)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{escape(version.title)}">',
            f'<meta property="og:description" content="{escape(version.summary)}">',
            f'<meta property="og:url" content="{escape(url)}">',
            f'<meta property="article:published_time" content="{_iso(version.published, self.outlet)}">',
            f'<meta property="article:modified_time" content="{_iso(version.modified, self.outlet)}">',
            f'<link rel="canonical" href="{escape(url)}">',
            f'<script type="application/ld+json">{_json_ld(ld)}</script>',
        ]
        if author:
            lines.insert(1, f'<meta name="author" content="{escape(author)}">')
            lines.insert(8, f'<meta property="article:author" content="{escape(author)}">')
        return "\n".join(lines) + "\n"

    def _article(self, version: Version, url: str, credit: str) -> str:
        f, t, o = self.flavour, self.text, self.outlet
        byline = ""
        if version.article.author:
            byline = (
                f'<span class="byline">{escape(t["by"])} <span class="author">'
                f"{escape(version.article.author)}</span></span> "
            )
        dates = (
            f'<time class="published" datetime="{_iso(version.published, o)}">'
            f"{_human_date(version.published, o)}</time>"
        )
        if version.index:
            dates += (
                f' <span class="updated">{escape(t["updated"])} <time datetime="'
                f'{_iso(version.modified, o)}">{_human_date(version.modified, o)}</time></span>'
            )
        if credit:
            dates += f' <span class="credit">{escape(t["source"])}: {escape(credit)}</span>'
        body = "\n".join(f"<p>{escape(p)}</p>" for p in version.paragraphs)
        lead = f'<p class="lead"><strong>{escape(version.summary)}</strong></p>\n' if version.summary else ""
        return (
            f'<article class="{f.article_class}">\n'
            f'<h1 class="{f.headline_class}">{escape(version.title)}</h1>\n'
            f'<div class="{f.meta_class}">{byline}{dates}</div>\n'
            + self.share(url, "top")
            + lead
            + f'<div class="{f.body_class}">\n{body}\n</div>\n'
            + self.share(url, "bottom")
            + "</article>\n"
        )

    def _related(self, related: list[tuple[str, str]]) -> str:
        if not related:
            return ""
        items = "".join(f'<li><a href="{escape(href)}">{escape(title)}</a></li>' for href, title in related)
        return (
            f'<section class="{self.flavour.related_class}"><h2>{escape(self.text["related"])}</h2>'
            f"<ul>{items}</ul></section>\n"
        )

    def _comments(self, article: Article) -> str:
        every = self.flavour.comments_every
        if not every or zlib.crc32(article.key.encode()) % every:
            return ""
        pool = self.text["comment_pool"]
        start = zlib.crc32(article.slug.encode()) % len(pool)
        picked = [pool[(start + i) % len(pool)] for i in range(2 + start % 2)]
        items = "".join(
            f'<li class="comment"><div class="comment-author">{escape(name)}</div>'
            f'<div class="comment-content"><p>{escape(text)}</p></div>'
            f'<a class="comment-reply-link" href="#respond">{escape(self.text["reply"])}</a></li>'
            for name, text in picked
        )
        return (
            f'<section id="comments" class="comments-area"><h2>{escape(self.text["comments"])} '
            f'({len(picked)})</h2><ol class="comment-list">{items}</ol></section>\n'
        )

    # listing pages

    def listing_page(self, items: list[tuple[Version, str]], page: int, pages: int, url: str) -> str:
        o, t = self.outlet, self.text
        entries = "".join(
            f'<li class="news-list__item"><a class="news-list__link" href="{escape(href)}">'
            f"{escape(v.title)}</a>"
            f' <time datetime="{_iso(v.published, o)}">{_human_date(v.published, o)}</time>'
            f"<p>{escape(v.summary)}</p></li>\n"
            for v, href in items
        )
        title = t["latest"] + (f" — {t['page']} {page}" if page > 1 else "")
        canonical = f'<link rel="canonical" href="{escape(url)}">\n'
        return (
            self.head(f"{title} | {o.name}", canonical)
            + self.header()
            + f'<main><h1>{escape(title)}</h1>\n<ul class="news-list">\n{entries}</ul>\n'
            + self._pagination(page, pages)
            + "</main>\n"
            + self.sidebar()
            + self.footer()
        )

    def _pagination(self, page: int, pages: int) -> str:
        base, t = f"/{self.outlet.slug}/news/", self.text
        links = []
        if page > 1:
            prev = base if page == 2 else f"{base}?page={page - 1}"
            links.append(f'<a rel="prev" class="prev" href="{prev}">{escape(t["prev"])}</a>')
        for number in range(1, pages + 1):
            href = base if number == 1 else f"{base}?page={number}"
            links.append(
                f'<span class="current">{number}</span>'
                if number == page
                else f'<a class="page" href="{href}">{number}</a>'
            )
        if page < pages:
            links.append(f'<a rel="next" class="next" href="{base}?page={page + 1}">{escape(t["next"])}</a>')
        return f'<nav class="pagination">{" ".join(links)}</nav>\n'

    def home_page(self, items: list[tuple[Version, str]], entry: str) -> str:
        o = self.outlet
        latest = "".join(f'<li><a href="{escape(href)}">{escape(v.title)}</a></li>' for v, href in items)
        return (
            self.head(o.name, f'<link rel="alternate" href="{escape(entry)}">\n')
            + self.header()
            + f'<main><h1>{escape(o.name)}</h1><p><a href="{escape(entry)}">{escape(entry)}</a></p>'
            f"<ul>{latest}</ul></main>\n" + self.footer()
        )


# -- feeds and sitemaps --------------------------------------------------------------------------------------


def _xml_head(outlet: Outlet) -> str:
    return f'<?xml version="1.0" encoding="{outlet.encoding}"?>\n'


def _xesc(value: str) -> str:
    return escape(value, quote=True)


def render_rss(outlet: Outlet, items: list[tuple[Version, str]], self_url: str, home: str) -> str:
    """An RSS 2.0 feed of ``items`` (newest first)."""
    built = max((v.listed for v, _ in items), default=EPOCH)
    parts = [
        _xml_head(outlet),
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n',
        f"<title>{_xesc(outlet.name)}</title>\n<link>{_xesc(home)}</link>\n",
        f"<description>{_xesc(outlet.name)}</description>\n<language>{outlet.language}</language>\n",
        f'<atom:link href="{_xesc(self_url)}" rel="self" type="application/rss+xml"/>\n',
        f"<lastBuildDate>{_rfc822(built, outlet)}</lastBuildDate>\n",
    ]
    for version, url in items:
        parts.append(
            f"<item>\n<title>{_xesc(version.title)}</title>\n<link>{_xesc(url)}</link>\n"
            f'<guid isPermaLink="true">{_xesc(url)}</guid>\n'
            f"<pubDate>{_rfc822(version.published, outlet)}</pubDate>\n"
            + (
                f"<dc:creator>{_xesc(version.article.author)}</dc:creator>\n"
                if version.article.author
                else ""
            )
            + f"<description>{_xesc(version.summary)}</description>\n</item>\n"
        )
    parts.append("</channel>\n</rss>\n")
    return "".join(parts)


def render_atom(outlet: Outlet, items: list[tuple[Version, str]], self_url: str, home: str) -> str:
    """An Atom 1.0 feed; an entry's <updated> moves with every update of the article."""
    updated = max((v.modified for v, _ in items), default=EPOCH)
    parts = [
        _xml_head(outlet),
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{outlet.language}">\n',
        f"<title>{_xesc(outlet.name)}</title>\n<id>{_xesc(home)}</id>\n",
        f'<link rel="self" href="{_xesc(self_url)}"/>\n<link rel="alternate" href="{_xesc(home)}"/>\n',
        f"<updated>{_iso(updated, outlet)}</updated>\n",
    ]
    for version, url in items:
        author = version.article.author or outlet.name
        parts.append(
            f"<entry>\n<title>{_xesc(version.title)}</title>\n"
            f'<link rel="alternate" type="text/html" href="{_xesc(url)}"/>\n<id>{_xesc(url)}</id>\n'
            f"<published>{_iso(version.published, outlet)}</published>\n"
            f"<updated>{_iso(version.modified, outlet)}</updated>\n"
            f"<author><name>{_xesc(author)}</name></author>\n"
            f'<summary type="text">{_xesc(version.summary)}</summary>\n</entry>\n'
        )
    parts.append("</feed>\n")
    return "".join(parts)


def render_sitemap_index(children: list[tuple[str, datetime]]) -> str:
    """A sitemap index pointing at ``children`` (url, lastmod)."""
    entries = "".join(
        f"<sitemap><loc>{_xesc(url)}</loc><lastmod>{_zulu(moment)}</lastmod></sitemap>\n"
        for url, moment in children
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n'
    )


def render_news_sitemap(outlet: Outlet, items: list[tuple[Version, str]]) -> str:
    """A Google News sitemap with <lastmod> and news:publication_date."""
    entries = "".join(
        f"<url><loc>{_xesc(url)}</loc><lastmod>{_iso(v.modified, outlet)}</lastmod>"
        f"<news:news><news:publication><news:name>{_xesc(outlet.name)}</news:name>"
        f"<news:language>{outlet.language}</news:language></news:publication>"
        f"<news:publication_date>{_iso(v.published, outlet)}</news:publication_date>"
        f"<news:title>{_xesc(v.title)}</news:title></news:news></url>\n"
        for v, url in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{entries}</urlset>\n'
    )


# -- telegram-like channel preview ---------------------------------------------------------------------------


def _tg_title(version: Version) -> str:
    """The corpus title when the post text does not already open with it (posts have no separate title)."""
    title = version.title.strip()
    body = " ".join(version.body.split())
    return "" if body.startswith(title.rstrip(".!?…")) else title


def _tg_text(version: Version) -> str:
    title = _tg_title(version)
    paragraphs = ([f"<b>{escape(title)}</b>"] if title else []) + [escape(p) for p in version.paragraphs]
    return "<br/><br/>".join(paragraphs)


def _tg_plain(version: Version) -> str:
    title = _tg_title(version)
    return "\n\n".join(([title] if title else []) + version.paragraphs)


def _tg_signature(version: Version) -> str:
    """The post author's signature, as channels with signatures show it."""
    author = version.article.author
    return f'<span class="tgme_widget_message_from_author">{escape(author)}</span> ' if author else ""


def _tg_message(outlet: Outlet, version: Version) -> str:
    o, n = outlet, version.article.number
    edited = '<span class="tgme_widget_message_meta">edited</span> ' if version.index else ""
    meta = _tg_signature(version) + edited
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
        f'js-widget_message" data-post="{o.slug}/{n}">\n'
        f'<div class="tgme_widget_message_author"><span>{escape(o.name)}</span></div>\n'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{_tg_text(version)}</div>\n'
        f'<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{1000 + 37 * n}'
        f'</span> {meta}<a class="tgme_widget_message_date" href="/{o.slug}/{n}"><time datetime="'
        f'{_iso(version.published, o)}">{version.published.astimezone(o.tz):%H:%M}</time></a></div>\n'
        "</div></div>\n"
    )


def render_tg_channel(
    outlet: Outlet, posts: list[Version], before: int | None, older: int | None, base: str = ""
) -> str:
    """A t.me/s/NAME-like page: ``posts`` oldest first, a "load more" link to older ones."""
    o = outlet
    more = ""
    if older is not None:
        more = (
            f'<a class="tme_messages_more js-messages_more" data-before="{older}" '
            f'href="/{o.slug}/s/?before={older}">Load more</a>\n'
        )
    messages = "".join(_tg_message(outlet, v) for v in posts)
    suffix = f"?before={before}" if before else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{o.language}">\n<head>\n{_meta_charset(o)}\n'
        f"<title>{escape(o.name)} – Telegram</title>\n"
        f'<meta property="og:title" content="{escape(o.name)}">\n'
        f'<link rel="canonical" href="{escape(base)}/{o.slug}/s/{suffix}">\n</head>\n'
        '<body class="widget_frame_base">\n'
        f'<header class="tgme_header"><div class="tgme_channel_info_header_title">{escape(o.name)}</div>'
        f'<div class="tgme_channel_info_header_username">@{o.slug}</div></header>\n'
        f'<main class="tgme_main"><section class="tgme_channel_history js-message_history">\n'
        f"{more}{messages}</section></main>\n</body>\n</html>\n"
    )


def render_tg_post(outlet: Outlet, version: Version, url: str) -> str:
    """A single post page (t.me/NAME/N) with og:description holding the message text."""
    o, n = outlet, version.article.number
    plain = _tg_plain(version)
    title = _tg_title(version)
    heading = f'<div class="tgme_widget_message_title"><b>{escape(title)}</b></div>\n' if title else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in version.paragraphs)
    author = version.article.author
    author_meta = f'<meta name="author" content="{escape(author)}">\n' if author else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{o.language}">\n<head>\n{_meta_charset(o)}\n'
        f"<title>{escape(o.name)} – Telegram</title>\n"
        f'<meta property="og:title" content="{escape(o.name)}">\n'
        f'<meta property="og:description" content="{escape(plain)}">\n'
        f'<meta name="twitter:description" content="{escape(plain)}">\n{author_meta}'
        f'<meta property="article:published_time" content="{_iso(version.published, o)}">\n'
        f'<meta property="article:modified_time" content="{_iso(version.modified, o)}">\n'
        f'<link rel="canonical" href="{escape(url)}">\n</head>\n<body class="tgme_page">\n'
        f'<div class="tgme_page_widget"><div class="tgme_widget_message" data-post="{o.slug}/{n}">\n'
        f'<div class="tgme_widget_message_author">{escape(o.name)}</div>\n{heading}'
        f'<div class="tgme_widget_message_text js-message_text">\n{body}\n</div>\n'
        f'{_tg_signature(version)}<a class="tgme_widget_message_date" href="{escape(url)}"><time datetime="'
        f'{_iso(version.published, o)}">{_human_date(version.published, o)}</time></a>\n'
        f'</div></div>\n<a class="tgme_action_button" href="/{o.slug}/s/">Preview channel</a>\n'
        "</body>\n</html>\n"
    )


# -- the site ------------------------------------------------------------------------------------------------


def _robots(outlets: Iterable[Outlet], base: str) -> str:
    lines = ["User-agent: *", "Disallow: /private/", "Allow: /", ""]
    lines += [f"Sitemap: {base}/{o.slug}/sitemap.xml" for o in outlets if o.kind == "sitemap"]
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value)
    if "'" not in text and not any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        return f"'{text}'"
    return json.dumps(text, ensure_ascii=False)


def sources_toml(sources: list[dict[str, Any]], header: str = "") -> str:
    """``sources`` as ``[[source]]`` tables."""
    lines = [f"# {line}" for line in header.splitlines()]
    for source in sources:
        lines += ["", "[[source]]"] + [f"{key} = {_toml_value(value)}" for key, value in source.items()]
    return "\n".join(lines).lstrip("\n") + "\n"


@dataclass(frozen=True)
class _Doc:
    """A rendered document with the metadata the server needs."""

    text: str
    content_type: str
    last_modified: datetime
    path_class: str
    encoding: str = "utf-8"
    gzip: bool = False


class ReplaySite:
    """Serves the corpus as it stood at the simulated time :attr:`now`; see the module docstring."""

    def __init__(
        self, corpus: Corpus, epoch: datetime = EPOCH, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.corpus = corpus
        self.epoch = epoch
        self._now = epoch
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str, str, datetime], Response] = {}
        self._renderers = {o.slug: _Renderer(o) for o in corpus.outlets}
        self._articles = {o.slug: corpus.articles_of(o.slug) for o in corpus.outlets}
        self._by_slug = {(a.outlet, a.slug): a for a in corpus.articles}
        self._by_number = {(a.outlet, a.number): a for a in corpus.articles}
        self._keys = {a.key: a for a in corpus.articles}
        self.server = WebServer(host=host, port=port, name="replay")
        self.server.add_route("/*", self._handle)

    # -- simulated time -------------------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        """The simulated moment being served."""
        with self._lock:
            return self._now

    def set_time(self, sim_now: datetime) -> None:
        """Serve the corpus as it stood at ``sim_now`` (timezone-aware)."""
        if sim_now.tzinfo is None:
            raise ValueError("sim_now must be timezone-aware")
        with self._lock:
            self._now = sim_now
            self._cache.clear()

    def set_day(self, days: float) -> None:
        """Serve the corpus ``days`` simulated days after the epoch (1.5 = day 1, 12:00)."""
        self.set_time(self.epoch + timedelta(days=days))

    def advance(self, delta: timedelta) -> datetime:
        """Move simulated time forward by ``delta`` and return the new moment."""
        self.set_time(self.now + delta)
        return self.now

    def end(self) -> datetime:
        """The moment of the last publication or update in the corpus."""
        return self.corpus.last_event(self.epoch)

    # -- server life cycle ----------------------------------------------------------------------------

    def start(self) -> str:
        """Start serving; returns the base URL."""
        return self.server.start()

    def stop(self) -> None:
        """Stop serving."""
        self.server.stop()

    @property
    def base_url(self) -> str:
        """The server's base URL (after start())."""
        return self.server.base_url

    def __enter__(self) -> ReplaySite:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- counters -------------------------------------------------------------------------------------

    def stats(self) -> Stats:
        """The server's counters (:class:`crawler.demo.webserver.Stats`)."""
        return self.server.stats()

    def reset_stats(self) -> None:
        """Zero the counters."""
        self.server.reset_stats()

    def article_bodies(self) -> dict[str, int]:
        """Article pages served with status 200 (full body) since the last reset, by outlet kind."""
        ok = self.server.stats().ok
        return {kind: ok.get(f"article-{kind}", 0) for kind in KINDS}

    # -- what is visible ------------------------------------------------------------------------------

    def visible(self, outlet: str, moment: datetime | None = None) -> list[Version]:
        """The outlet's articles visible at ``moment`` (default now), newest first."""
        moment = moment or self.now
        versions = (a.version_at(moment, self.epoch) for a in self._articles[outlet])
        return sorted(
            (v for v in versions if v is not None),
            key=lambda v: (v.published, v.article.number),
            reverse=True,
        )

    def article_path(self, article: Article) -> str:
        """The path of an article's page."""
        if self.corpus.outlet(article.outlet).kind == "telegram":
            return f"/{article.outlet}/{article.number}"
        return f"/{article.outlet}/news/{article.slug}.html"

    def article_url(self, article: Article) -> str:
        """The absolute URL of an article's page (after start())."""
        return self.base_url + self.article_path(article)

    def entry_path(self, outlet: Outlet) -> str:
        """Where the crawler starts for ``outlet``."""
        return {
            "feed": f"/{outlet.slug}/rss.xml",
            "atom": f"/{outlet.slug}/atom.xml",
            "sitemap": f"/{outlet.slug}/sitemap.xml",
            "listing": f"/{outlet.slug}/news/",
            "telegram": f"/{outlet.slug}/s/",
        }[outlet.kind]

    # -- sources file ---------------------------------------------------------------------------------

    def sources(self, base_url: str | None = None) -> list[dict[str, Any]]:
        """One ``[[source]]`` dict per outlet for chechnya-monitor's sources file."""
        base = base_url or self.base_url
        return [self._source(outlet, base) for outlet in self.corpus.outlets]

    def _source(self, outlet: Outlet, base: str) -> dict[str, Any]:
        follow: list[str] = []
        paginate: list[str] = []
        slug = outlet.slug  # [a-z0-9-]+: nothing to escape
        if outlet.kind == "listing":
            follow = [rf"/{slug}/news/[a-z0-9-]+\.html$"]
            paginate = [rf"/{slug}/news/\?page=\d+$"]
        elif outlet.kind == "telegram":
            follow = [rf"/{slug}/\d+$"]
            paginate = [rf"/{slug}/s/\?before=\d+$"]
        return {
            "name": outlet.source_name,
            "title": outlet.name,
            "kind": SOURCE_KIND[outlet.kind],
            "url": base + self.entry_path(outlet),
            "language": outlet.language,
            "every": outlet.every,
            "delay": 0,
            "concurrency": 8,
            "follow": follow,
            "paginate": paginate,
        }

    def write_sources(self, path: Path, base_url: str | None = None) -> None:
        """Write :meth:`sources` as TOML to ``path``."""
        header = f"Demo sources for the replay server at {base_url or self.base_url} (generated)."
        Path(path).write_text(sources_toml(self.sources(base_url), header), encoding="utf-8")

    # -- request handling -----------------------------------------------------------------------------

    def _handle(self, request: Request) -> Response:
        with self._lock:
            moment = self._now
        key = (request.base_url, request.path, request.query_string, moment)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        doc = self._route(request, moment)
        if doc is None:
            return error_response(404)
        response = self._response(doc)
        with self._lock:
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = response
        return response

    @staticmethod
    def _response(doc: _Doc) -> Response:
        body = doc.text.encode(doc.encoding, errors="xmlcharrefreplace")
        if doc.gzip:
            body = gzip.compress(body, mtime=0)
        return Response(
            200,
            {"Content-Type": doc.content_type},
            body,
            last_modified=doc.last_modified,
            path_class=doc.path_class,
        )

    def _route(self, request: Request, moment: datetime) -> _Doc | None:
        parts = request.path.strip("/").split("/")
        base = request.base_url
        if request.path == "/":
            return self._root(base)
        if request.path == "/robots.txt":
            return _Doc(_robots(self.corpus.outlets, base), "text/plain; charset=utf-8", self.epoch, "robots")
        if parts[0] == "private":
            return _Doc(
                "<!DOCTYPE html><html><body><p>Private.</p></body></html>",
                "text/html; charset=utf-8",
                self.epoch,
                "private",
            )
        if parts[0] not in self._renderers:
            return None
        outlet = self.corpus.outlet(parts[0])
        rest = "/".join(parts[1:]) + ("/" if request.path.endswith("/") and len(parts) > 1 else "")
        if outlet.kind == "telegram":
            return self._telegram(outlet, rest, request, moment)
        handlers: dict[str, Callable[[], _Doc | None]] = {
            "": lambda: self._home(outlet, base, moment),
            "news/": lambda: self._listing(outlet, request, moment),
        }
        entry = self.entry_path(outlet).split("/", 2)[2]
        if outlet.kind in ("feed", "atom"):
            handlers[entry] = lambda: self._feed(outlet, base, moment)
        if outlet.kind == "sitemap":
            handlers["sitemap.xml"] = lambda: self._sitemap_index(outlet, base, moment)
            handlers["news-sitemap.xml.gz"] = lambda: self._news_sitemap(outlet, base, moment)
        if rest in handlers:
            return handlers[rest]()
        match = re.fullmatch(r"news/([a-z0-9-]+)\.html", rest)
        if match:
            return self._article(outlet, match.group(1), base, moment)
        return None

    # documents

    def _html(self, outlet: Outlet, text: str, moment: datetime, path_class: str) -> _Doc:
        content_type = "text/html; charset=utf-8" if outlet.encoding == "utf-8" else "text/html"
        return _Doc(text, content_type, moment, path_class, outlet.encoding)

    def _root(self, base: str) -> _Doc:
        items = "".join(
            f'<li><a href="/{o.slug}/">{escape(o.name)}</a> '
            f"({o.kind}, {o.language}, {o.encoding}) "
            f'<a href="{self.entry_path(o)}">{self.entry_path(o)}</a></li>\n'
            for o in self.corpus.outlets
        )
        text = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            "<title>Demo outlets</title></head>"
            f"<body><h1>Demo outlets</h1><ul>\n{items}</ul></body></html>\n"
        )
        return _Doc(text, "text/html; charset=utf-8", self.epoch, "index")

    def _changed(self, versions: list[Version], listed_only: bool) -> datetime:
        moments = [v.listed if listed_only else v.modified for v in versions]
        return max(moments, default=self.epoch)

    def _urls(self, versions: list[Version], base: str) -> list[tuple[Version, str]]:
        return [(v, base + self.article_path(v.article)) for v in versions]

    def _home(self, outlet: Outlet, base: str, moment: datetime) -> _Doc:
        versions = self.visible(outlet.slug, moment)
        text = self._renderers[outlet.slug].home_page(self._urls(versions[:5], ""), self.entry_path(outlet))
        return self._html(outlet, text, self._changed(versions, True), "home")

    def _listing(self, outlet: Outlet, request: Request, moment: datetime) -> _Doc | None:
        versions = self.visible(outlet.slug, moment)
        page = _int_arg(request.arg("page"), 1)
        pages = max(1, -(-len(versions) // PAGE_SIZE))
        if page is None or not 1 <= page <= pages:
            return None
        chunk = versions[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        url = f"{request.base_url}/{outlet.slug}/news/" + (f"?page={page}" if page > 1 else "")
        text = self._renderers[outlet.slug].listing_page(self._urls(chunk, ""), page, pages, url)
        return self._html(outlet, text, self._changed(versions, True), "listing")

    def _feed(self, outlet: Outlet, base: str, moment: datetime) -> _Doc:
        versions = self.visible(outlet.slug, moment)[:FEED_SIZE]
        self_url, home = base + self.entry_path(outlet), f"{base}/{outlet.slug}/"
        charset = "; charset=utf-8" if outlet.encoding == "utf-8" else ""
        if outlet.kind == "atom":
            text = render_atom(outlet, self._urls(versions, base), self_url, home)
            return _Doc(
                text,
                "application/atom+xml" + charset,
                self._changed(versions, False),
                "atom",
                outlet.encoding,
            )
        text = render_rss(outlet, self._urls(versions, base), self_url, home)
        return _Doc(
            text, "application/rss+xml" + charset, self._changed(versions, True), "feed", outlet.encoding
        )

    def _sitemap_index(self, outlet: Outlet, base: str, moment: datetime) -> _Doc:
        changed = self._changed(self.visible(outlet.slug, moment), False)
        text = render_sitemap_index([(f"{base}/{outlet.slug}/news-sitemap.xml.gz", changed)])
        return _Doc(text, "application/xml; charset=utf-8", changed, "sitemap")

    def _news_sitemap(self, outlet: Outlet, base: str, moment: datetime) -> _Doc:
        versions = self.visible(outlet.slug, moment)
        text = render_news_sitemap(outlet, self._urls(versions, base))
        return _Doc(text, "application/x-gzip", self._changed(versions, False), "sitemap", gzip=True)

    def _related(self, article: Article) -> list[tuple[str, str]]:
        """Up to three older articles of the same outlet, by their original titles (never changes)."""
        order = (article.day, article.hour, article.slug)
        older = [a for a in self._articles[article.outlet] if (a.day, a.hour, a.slug) < order]
        return [(self.article_path(a), a.title) for a in reversed(older[-3:])]

    def _credit(self, article: Article) -> str:
        if not article.syndicated_from:
            return ""
        return self.corpus.outlet(self._keys[article.syndicated_from].outlet).name

    def _article(self, outlet: Outlet, slug: str, base: str, moment: datetime) -> _Doc | None:
        article = self._by_slug.get((outlet.slug, slug))
        version = article.version_at(moment, self.epoch) if article else None
        if article is None or version is None:
            return None
        url = base + self.article_path(article)
        text = self._renderers[outlet.slug].article_page(
            version, url, self._related(article), self._credit(article)
        )
        return self._html(outlet, text, version.modified, f"article-{outlet.kind}")

    def _telegram(self, outlet: Outlet, rest: str, request: Request, moment: datetime) -> _Doc | None:
        if rest == "":
            return self._home(outlet, request.base_url, moment)
        if rest == "s/":
            return self._tg_channel(outlet, request, moment)
        if rest.isdigit():
            article = self._by_number.get((outlet.slug, int(rest)))
            version = article.version_at(moment, self.epoch) if article else None
            if article is None or version is None:
                return None
            text = render_tg_post(outlet, version, request.base_url + self.article_path(article))
            return self._html(outlet, text, version.modified, "article-telegram")
        return None

    def _tg_channel(self, outlet: Outlet, request: Request, moment: datetime) -> _Doc | None:
        versions = self.visible(outlet.slug, moment)
        before = _int_arg(request.arg("before"), 0)
        if before is None:
            return None
        shown = [v for v in versions if not before or v.article.number < before][:PAGE_SIZE]
        if before and not shown:
            return None
        remaining = [v for v in versions if shown and v.article.number < shown[-1].article.number]
        older = shown[-1].article.number if remaining else None
        text = render_tg_channel(outlet, list(reversed(shown)), before or None, older, request.base_url)
        return self._html(outlet, text, self._changed(versions, False), "telegram")


def _int_arg(value: str | None, default: int) -> int | None:
    """A query parameter as int; None when it is not a number."""
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() else None
