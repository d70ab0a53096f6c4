"""A real store holding a small, known story, built only through the storage API (for report and serve tests).

``build_store(path)`` saves pages and articles with :meth:`Store.save_article`, their statements with
:func:`save_statements` and alerts with :func:`raise_alerts`, exactly as the crawler does. The story:

* Novaya Gazeta reports the round-ups (new confirmation, media);
* Interfax quotes Karimov denying it (new denial, official) and the Chechen muftiate (new neutral);
* Reuters quotes Peskov (new denial) and repeats Karimov's words (a repeat, ``is_new = 0``);
* Human Rights Watch confirms (new confirmation, NGO);
* a regional outlet quotes an unnamed Chechen official, then drops the quote in version 2 (``removed``);
* the OSCE confirms in the same regional article (kept in version 2);
* a hostile, undated page: a ``javascript:`` URL, markup in its title and a ``<script>`` in a quote (for
  escaping); with no ``published`` date it is dated by when its statement was first seen.

Two alert targets are registered; the first alert is delivered to one of them, another delivery failed once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.alerts import list_alerts, mark_delivered, mark_failed, raise_alerts, register_targets
from storage.db import Store
from storage.statements import replace_actors, save_statements

ALERT_KINDS = ("government", "intergovernmental", "court", "ngo", "media")
TARGETS = ("json://hooks.example.org/monitor", "mailto://researcher@example.org")

KARIMOV = "You cannot detain and persecute people who simply do not exist in the republic"
PESKOV = "We do not have any reliable information on this matter"
NOVAYA = "more than a hundred men had been detained in Chechnya on suspicion of being gay"
HRW = "We have independently corroborated accounts of a coordinated campaign against gay men"
MUFTIATE = "The muftiate will discuss the publication at its next meeting"
UNNAMED = "These claims were fabricated from start to finish"
SCRIPT_QUOTE = "Nothing happened <script>alert('x')</script> & nothing will"
OSCE = "The reports of secret prisons are credible and must be investigated"

ACTORS: list[dict[str, Any]] = [
    {"id": "karimov", "name": "Alvi Karimov", "kind": "government", "country": "RU",
     "organization": "Head of the Chechen Republic", "official": 1, "aliases": ["Karimov"],
     "titles": ["Kadyrov's spokesman"]},
    {"id": "peskov", "name": "Dmitry Peskov", "kind": "government", "country": "RU",
     "organization": "Kremlin", "official": 1, "aliases": ["Peskov"], "titles": ["Kremlin spokesman"]},
    {"id": "hrw", "name": "Human Rights Watch", "kind": "ngo", "country": None,
     "organization": "Human Rights Watch", "official": 0, "aliases": ["HRW"], "titles": []},
    {"id": "novaya-gazeta", "name": "Novaya Gazeta", "kind": "media", "country": "RU",
     "organization": "Novaya Gazeta", "official": 0, "aliases": ["Новая газета"], "titles": []},
    {"id": "chechen-muftiate", "name": "Chechen Muftiate", "kind": "government", "country": "RU",
     "organization": "Spiritual Administration of Muslims of the Chechen Republic", "official": 1,
     "aliases": ["muftiate"], "titles": []},
    {"id": "osce", "name": "OSCE", "kind": "intergovernmental", "country": None, "organization": "OSCE",
     "official": 1, "aliases": ["OSCE"], "titles": []},
]  # fmt: skip

SOURCES: list[dict[str, Any]] = [
    {"name": "novaya", "title": "Novaya Gazeta", "kind": "feed", "url": "https://novayagazeta.example/rss",
     "language": "ru"},
    {"name": "interfax", "title": "Interfax", "kind": "feed", "url": "https://interfax.example/rss", "language": "ru"},
    {"name": "reuters", "title": "Reuters", "kind": "sitemap", "url": "https://reuters.example/sitemap.xml",
     "language": "en"},
    {"name": "hrw-news", "title": "Human Rights Watch news", "kind": "feed", "url": "https://hrw.example/rss",
     "language": "en"},
    {"name": "grozny-daily", "title": "Grozny Daily", "kind": "listing", "url": "https://grozny.example/news",
     "language": "ru"},
]  # fmt: skip

KARIMOV_SAYS = {"actor": "karimov", "speaker": "Alvi Karimov", "actor_name": "Alvi Karimov",
                "organization": "Head of the Chechen Republic", "actor_kind": "government", "country": "RU",
                "official": True}  # fmt: skip
PESKOV_SAYS = {"actor": "peskov", "speaker": "Kremlin spokesman Dmitry Peskov", "actor_name": "Dmitry Peskov",
               "organization": "Kremlin", "actor_kind": "government", "country": "RU", "official": True}  # fmt: skip
HRW_SAYS = {"actor": "hrw", "speaker": "Human Rights Watch", "actor_name": "Human Rights Watch",
            "organization": "Human Rights Watch", "actor_kind": "ngo", "country": None, "official": False}  # fmt: skip
NOVAYA_SAYS = {"actor": "novaya-gazeta", "speaker": "Novaya Gazeta", "actor_name": "Novaya Gazeta",
               "organization": "Novaya Gazeta", "actor_kind": "media", "country": "RU", "official": False}  # fmt: skip
MUFTIATE_SAYS = {"actor": "chechen-muftiate", "speaker": "the muftiate", "actor_name": "Chechen Muftiate",
                 "organization": "Spiritual Administration of Muslims of the Chechen Republic",
                 "actor_kind": "government", "country": "RU", "official": True}  # fmt: skip
UNNAMED_SAYS = {"actor": None, "speaker": "an official in Grozny", "actor_name": None,
                "organization": "Chechen authorities", "actor_kind": "government", "country": "RU",
                "official": True}  # fmt: skip
OSCE_SAYS = {"actor": "osce", "speaker": "the OSCE", "actor_name": "OSCE", "organization": "OSCE",
             "actor_kind": "intergovernmental", "country": None, "official": True}  # fmt: skip


@dataclass(frozen=True)
class Said:
    """One statement to put in an article: who (a *_SAYS dict), stance and the quote (found in the text)."""

    who: dict[str, Any]
    stance: str
    quote: str


@dataclass(frozen=True)
class Story:
    """The built store and the ids tests look for."""

    db: Path
    article_ids: dict[str, int]
    alert_ids: list[str]


def _statement(text: str, said: Said) -> dict[str, Any]:
    start = text.index(said.quote)
    return dict(said.who, stance=said.stance, quote=said.quote, start=start, end=start + len(said.quote),
                cues=["said"])  # fmt: skip


def save(store: Store, *, source: str, url: str, title: str, published: str | None, text: str,
         said: list[Said], seen_at: str, language: str = "en") -> tuple[int, int, list[str]]:  # fmt: skip
    """Store one fetched version of an article and its statements; return (article id, version, alert ids)."""
    page_id = store.save_page(
        {"url": url, "fetched_url": url, "source": source, "run_id": None, "kind": "article", "status": 200,
         "fetched_at": seen_at, "content_type": "text/html; charset=utf-8", "headers": {}, "etag": None,
         "last_modified": None, "body": f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode()}
    )  # fmt: skip
    article = {"url": url, "fetched_url": url, "title": title, "author": None, "published": published,
               "language": language, "description": None, "sitename": source, "text": text, "relevant": True,
               "relevance": 3.0, "relevance_hits": {"chechnya": 2, "persecution": 1}}  # fmt: skip
    saved = store.save_article(article, [url.split("://", 1)[-1]], source, page_id)
    changes = save_statements(store, saved.article_id, saved.version, [_statement(text, s) for s in said],
                              seen_at=seen_at)  # fmt: skip
    alerts = raise_alerts(store, saved.article_id, saved.version, changes, ALERT_KINDS)
    return saved.article_id, saved.version, alerts


def build_store(path: str | Path) -> Story:
    """Create the story's store at ``path`` (a new file) and close it."""
    path = Path(path)
    store = Store(path)
    try:
        store.sync_sources(SOURCES)
        replace_actors(store, ACTORS)
        register_targets(store, TARGETS)
        ids: dict[str, int] = {}
        alert_ids: list[str] = []

        def add(name: str, **kwargs: Any) -> None:
            article_id, _version, alerts = save(store, **kwargs)
            ids[name] = article_id
            alert_ids.extend(alerts)

        text = f"Novaya Gazeta reported that {NOVAYA}, and that at least three had died."
        add("novaya", source="novaya", url="https://novayagazeta.example/2017/04/01/71983-ubiystvo-chesti",
            title="Honour killing: how ambitions of a well-known LGBT activist woke a terrible ancient custom",
            published="2017-04-01", text=text, said=[Said(NOVAYA_SAYS, "confirmation", NOVAYA)],
            seen_at="2017-04-01T09:00:00+00:00", language="ru")  # fmt: skip
        text = (
            f'Alvi Karimov, spokesman for Ramzan Kadyrov, told Interfax: "{KARIMOV}." '
            f'The muftiate said: "{MUFTIATE}."'
        )
        add("interfax", source="interfax", url="https://interfax.example/russia/557309",
            title="Kadyrov's spokesman calls the Novaya Gazeta report lies", published="2017-04-01T14:20:00Z",
            text=text, said=[Said(KARIMOV_SAYS, "denial", KARIMOV), Said(MUFTIATE_SAYS, "neutral", MUFTIATE)],
            seen_at="2017-04-01T15:00:00+00:00")  # fmt: skip
        text = f'Kremlin spokesman Dmitry Peskov said: "{PESKOV}." Earlier, Alvi Karimov said: "{KARIMOV}."'
        add("reuters", source="reuters", url="https://reuters.example/article/russia-chechnya-gay-idUSKBN1760ZZ",
            title="Kremlin says it has no information on reports of gay men detained in Chechnya",
            published="2017-04-03T12:05:00Z", text=text,
            said=[Said(PESKOV_SAYS, "denial", PESKOV), Said(KARIMOV_SAYS, "denial", KARIMOV)],
            seen_at="2017-04-03T12:30:00+00:00")  # fmt: skip
        text = f'Human Rights Watch said: "{HRW}." Researchers spoke to men who had been held.'
        add("hrw", source="hrw-news", url="https://hrw.example/news/2017/04/04/chechnya-men-detained",
            title="Russia: Investigate Reports of Anti-Gay Purge in Chechnya", published="2017-04-04",
            text=text, said=[Said(HRW_SAYS, "confirmation", HRW)],
            seen_at="2017-04-04T08:00:00+00:00")  # fmt: skip
        url = "https://grozny.example/news/2017/04/05/officials-respond"
        first = f'An official in Grozny said: "{UNNAMED}." The OSCE said: "{OSCE}."'
        add("grozny", source="grozny-daily", url=url, title="Officials respond to the reports",
            published="2017-04-05", text=first,
            said=[Said(UNNAMED_SAYS, "denial", UNNAMED), Said(OSCE_SAYS, "confirmation", OSCE)],
            seen_at="2017-04-05T10:00:00+00:00", language="ru")  # fmt: skip
        second = f'The OSCE said: "{OSCE}." (Updated: an earlier version quoted an unnamed official.)'
        add("grozny", source="grozny-daily", url=url, title="Officials respond to the reports",
            published="2017-04-05", text=second, said=[Said(OSCE_SAYS, "confirmation", OSCE)],
            seen_at="2017-04-06T10:00:00+00:00", language="ru")  # fmt: skip
        text = f'A spokesman said: "{SCRIPT_QUOTE}".'
        add("hostile", source="grozny-daily", url="javascript:alert(document.cookie)",
            title="<b>Breaking</b> <img src=x onerror=alert(1)>", published=None, text=text,
            said=[Said(UNNAMED_SAYS, "denial", SCRIPT_QUOTE)],
            seen_at="2017-04-07T09:00:00+00:00")  # fmt: skip

        register_targets(store, TARGETS)  # pending deliveries for the alerts raised above
        alerts = sorted(list_alerts(store), key=lambda a: (a["created_at"], a["id"]))
        mark_delivered(store, alerts[0]["id"], TARGETS[0])
        mark_failed(store, alerts[1]["id"], TARGETS[1], "SMTP 451 try again later", 60)
    finally:
        store.close()
    return Story(path, ids, alert_ids)


def build_empty_store(path: str | Path) -> Path:
    """A migrated store with no rows."""
    Store(path).close()
    return Path(path)
