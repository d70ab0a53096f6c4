"""Load and validate the seed files in ``seeds/``: sources, actors and keywords.

Each file is TOML, loaded once and turned into frozen dataclasses. A bad file raises
:class:`~crawler.errors.ConfigError` naming the file, the entry and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.errors import ConfigError

SOURCE_KINDS = ("feed", "sitemap", "listing")
ACTOR_KINDS = ("government", "intergovernmental", "court", "ngo", "media", "person")
OFFICIAL_KINDS = frozenset({"government", "intergovernmental", "court"})
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "seeds"


def parse_interval(text: str) -> float:
    """Turn "30m", "6h", "1d", "45s" into seconds; raise ValueError otherwise."""
    match = INTERVAL.match(str(text))
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"expected an interval like '30m', '6h' or '1d', got {text!r}")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2)]


@dataclass(frozen=True)
class Source:
    """One outlet entry point (a feed, a sitemap or a listing page)."""

    name: str
    kind: str
    url: str
    language: str | None = None
    title: str | None = None
    every: float = 6 * 3600.0
    delay: float = 1.0
    concurrency: int = 4
    follow: tuple[str, ...] = ()
    paginate: tuple[str, ...] = ()
    depth: int = 3
    allow: tuple[str, ...] = ()
    obey_robots: bool = True

    def as_row(self) -> dict[str, Any]:
        """The row stored in the ``sources`` table."""
        return {
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "language": self.language,
            "title": self.title,
            "every_seconds": self.every,
            "delay": self.delay,
            "concurrency": self.concurrency,
            "follow": list(self.follow),
            "paginate": list(self.paginate),
            "depth": self.depth,
            "allow": list(self.allow),
            "obey_robots": int(self.obey_robots),
        }


@dataclass(frozen=True)
class Actor:
    """A known speaker: a person or a body whose statements we track."""

    id: str
    name: str
    kind: str
    country: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()

    @property
    def official(self) -> bool:
        """True when the actor speaks for a state or an intergovernmental institution."""
        return self.kind in OFFICIAL_KINDS


@dataclass(frozen=True)
class KeywordGroup:
    """Weighted terms of one theme (place, topic, ...) in every language."""

    name: str
    weight: float
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    required: bool = False


@dataclass(frozen=True)
class Keywords:
    """The relevance model: groups of weighted terms and a threshold."""

    threshold: float
    groups: tuple[KeywordGroup, ...]
    cap: int = 5
    require_one_of: tuple[str, ...] = ()  # at least one of these groups must hit


def _read_toml(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror}") from None


class _Entry:
    """Typed access to one TOML table, with errors that name file, entry and key."""

    def __init__(self, path: Path, label: str, data: Any):
        if not isinstance(data, dict):
            raise ConfigError(path, "expected a table", label)
        self.path, self.label, self.data = path, label, data

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.path, message, self.label, key)

    def unknown_keys(self, allowed: Iterable[str]) -> None:
        extra = sorted(set(self.data) - set(allowed))
        if extra:
            raise self.fail(extra[0], f"unknown key (allowed: {', '.join(sorted(allowed))})")

    def text(self, key: str, default: str | None = None) -> str | None:
        value = self.data.get(key, default)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected a non-empty string, got {value!r}")
        return value.strip()

    def required(self, key: str) -> str:
        """:meth:`text` of a key that must be there."""
        value = self.text(key)
        if value is None:
            raise self.fail(key, "missing")
        return value

    def number(self, key: str, default: float, minimum: float = 0) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
            raise self.fail(key, f"expected a number >= {minimum}, got {value!r}")
        return float(value)

    def integer(self, key: str, default: int, minimum: int = 0) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, f"expected a whole number >= {minimum}, got {value!r}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {value!r}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, f"expected a list of non-empty strings, got {value!r}")
        return tuple(v.strip() for v in value)

    def regexes(self, key: str) -> tuple[str, ...]:
        patterns = self.strings(key)
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(key, f"bad regular expression {pattern!r}: {exc}") from None
        return patterns


SOURCE_KEYS = (
    "name", "kind", "url", "language", "title", "every", "delay", "concurrency",
    "follow", "paginate", "depth", "allow", "obey_robots",
)  # fmt: skip


def _source(path: Path, index: int, data: Any) -> Source:
    label = f"source #{index + 1}"
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        label = f"source '{data['name']}'"
    entry = _Entry(path, label, data)
    entry.unknown_keys(SOURCE_KEYS)
    name = entry.required("name")
    if not SLUG.match(name):
        raise entry.fail("name", "must be a slug of lowercase letters, digits, '-' and '_'")
    kind = entry.required("kind")
    if kind not in SOURCE_KINDS:
        raise entry.fail("kind", f"must be one of {', '.join(SOURCE_KINDS)}, got {kind!r}")
    url = entry.required("url")
    if not re.match(r"^https?://[^/\s]+", url):
        raise entry.fail("url", f"must be an http(s) URL, got {url!r}")
    every_text = entry.data.get("every", "6h")
    try:
        every = parse_interval(every_text)
    except ValueError as exc:
        raise entry.fail("every", str(exc)) from None
    follow = entry.regexes("follow")
    if kind == "listing" and not follow:
        raise entry.fail("follow", "a listing source needs at least one regex of article links")
    return Source(
        name=name,
        kind=kind,
        url=url,
        language=entry.text("language"),
        title=entry.text("title"),
        every=every,
        delay=entry.number("delay", 1.0),
        concurrency=entry.integer("concurrency", 4, minimum=1),
        follow=follow,
        paginate=entry.regexes("paginate"),
        depth=entry.integer("depth", 3),
        allow=entry.regexes("allow"),
        obey_robots=entry.boolean("obey_robots", True),
    )


def load_sources(path: Path | str) -> list[Source]:
    """Read a sources file (``[[source]]`` tables); names must be unique."""
    path = Path(path)
    data = _read_toml(path)
    unknown = sorted(set(data) - {"source"})
    if unknown:
        raise ConfigError(path, "unknown top-level key (expected [[source]] tables)", key=unknown[0])
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(path, "no [[source]] tables found")
    sources = [_source(path, i, entry) for i, entry in enumerate(entries)]
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise ConfigError(path, "duplicate name", f"source '{source.name}'", "name")
        seen.add(source.name)
    return sources


def select_sources(sources: list[Source], names: Iterable[str]) -> list[Source]:
    """Keep the named sources (all when no names are given); unknown names are an error."""
    names = list(names)
    if not names:
        return sources
    by_name = {source.name: source for source in sources}
    missing = [name for name in names if name not in by_name]
    if missing:
        raise ConfigError("--source", f"unknown source {missing[0]!r} (known: {', '.join(sorted(by_name))})")
    return [by_name[name] for name in names]


ACTOR_KEYS = ("id", "name", "kind", "country", "organization", "aliases", "titles")


def _actor(path: Path, index: int, data: Any) -> Actor:
    label = f"actor #{index + 1}"
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        label = f"actor '{data['id']}'"
    entry = _Entry(path, label, data)
    entry.unknown_keys(ACTOR_KEYS)
    actor_id = entry.required("id")
    if not SLUG.match(actor_id):
        raise entry.fail("id", "must be a slug of lowercase letters, digits, '-' and '_'")
    kind = entry.required("kind")
    if kind not in ACTOR_KINDS:
        raise entry.fail("kind", f"must be one of {', '.join(ACTOR_KINDS)}, got {kind!r}")
    country = entry.text("country")
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise entry.fail("country", f"expected an ISO 3166 code like 'RU', got {country!r}")
    return Actor(
        id=actor_id,
        name=entry.required("name"),
        kind=kind,
        country=country,
        organization=entry.text("organization"),
        aliases=entry.strings("aliases"),
        titles=entry.strings("titles"),
    )


def load_actors(path: Path | str) -> list[Actor]:
    """Read an actors file (``[[actor]]`` tables); ids must be unique."""
    path = Path(path)
    data = _read_toml(path)
    entries = data.get("actor", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(path, "no [[actor]] tables found")
    actors = [_actor(path, i, entry) for i, entry in enumerate(entries)]
    seen: set[str] = set()
    for actor in actors:
        if actor.id in seen:
            raise ConfigError(path, "duplicate id", f"actor '{actor.id}'", "id")
        seen.add(actor.id)
    return actors


def load_keywords(path: Path | str) -> Keywords:
    """Read the relevance keywords: a ``threshold`` and ``[[group]]`` tables of weighted terms."""
    path = Path(path)
    data = _read_toml(path)
    top = _Entry(path, "top level", {k: v for k, v in data.items() if k != "group"})
    top.unknown_keys(("threshold", "cap", "require_one_of"))
    groups = []
    for index, raw in enumerate(data.get("group", [])):
        label = f"group '{raw.get('name')}'" if isinstance(raw, dict) else f"group #{index + 1}"
        entry = _Entry(path, label, raw)
        entry.unknown_keys(("name", "weight", "required", "terms"))
        terms_raw = entry.data.get("terms", {})
        if not isinstance(terms_raw, dict) or not terms_raw:
            raise entry.fail("terms", "expected a table of language = [terms]")
        terms = {lang: _Entry(path, label, terms_raw).strings(lang) for lang in terms_raw}
        groups.append(
            KeywordGroup(
                name=entry.required("name"),
                weight=entry.number("weight", 1.0),
                terms=terms,
                required=entry.boolean("required", False),
            )
        )
    if not groups:
        raise ConfigError(path, "no [[group]] tables found")
    one_of = top.strings("require_one_of")
    unknown = sorted(set(one_of) - {g.name for g in groups})
    if unknown:
        raise top.fail("require_one_of", f"no group named {unknown[0]!r}")
    return Keywords(
        threshold=top.number("threshold", 4.0),
        groups=tuple(groups),
        cap=top.integer("cap", 5, 1),
        require_one_of=one_of,
    )
