"""Synthetic but realistic news pages for benchmarks: heavy boilerplate, English and Russian, known body text.

Every page is written by this module (fictional wording). ``make_pages(n)`` returns pages with their
reference text (the article paragraphs), so extraction quality can be scored against it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Background sentences (no speaker) and statements: a page has 4-6 statements among 25-50 sentences,
# about what a news story on the topic carries.
EN_BACKGROUND = [
    "The republic in the North Caucasus has been governed by the same leader for more than a decade.",
    "The first report appeared in an independent newspaper at the beginning of April.",
    "Several of those interviewed asked not to be named for fear of reprisals against relatives.",
    "The case has become a test of the federal government's willingness to act.",
    "Local television broadcast a programme about the region's economy the same evening.",
    "Rights groups have documented abuses in the region for many years.",
    "Homosexuality is widely stigmatised in the conservative, mostly Muslim region.",
    "The men were reportedly held in a former police building outside the capital.",
    "Diplomats from several European states raised the issue at a meeting in Vienna.",
    "The hotline run by activists received dozens of requests for help within a week.",
    "The newspaper's reporters have since received threats.",
    "Analysts expect the question to come up at the next session of the council.",
]
EN_STATEMENTS = [
    "\u201cThese reports are absolute lies,\u201d a spokesman for the head of Chechnya told Interfax.",
    "Kremlin spokesman Dmitry Peskov said there was no reliable information to confirm the claims.",
    "Human Rights Watch said it had documented the detention of men suspected of being gay in Chechnya.",
    "The ombudsman said she would ask the prosecutor's office to look into the reports.",
    "Officials in Grozny said no complaints had been filed with the police.",
    "Amnesty International said the detained men had described beatings and electric shocks.",
]
RU_BACKGROUND = [
    "Республикой на Северном Кавказе уже больше десяти лет руководит один и тот же человек.",
    "Первая публикация появилась в независимой газете в начале апреля.",
    "Несколько собеседников попросили не называть их имён, опасаясь за родственников.",
    "Эксперты отмечают, что дело стало проверкой готовности федерального центра действовать.",
    "Местное телевидение в тот же вечер показало программу об экономике региона.",
    "Мужчин, по имеющимся данным, держали в бывшем здании полиции за городом.",
    "Дипломаты нескольких европейских стран подняли этот вопрос на встрече в Вене.",
    "За неделю на горячую линию поступили десятки обращений.",
    "Журналистам газеты с тех пор поступают угрозы.",
]
RU_STATEMENTS = [
    "«Это абсолютная ложь», — заявил пресс-секретарь главы Чечни агентству Интерфакс.",
    "Российская ЛГБТ-сеть сообщила, что задокументировала задержания мужчин в Чечне.",
    "Пресс-секретарь президента Дмитрий Песков заявил, что у Кремля нет такой информации.",
    "В МВД республики заявили, что жалоб не поступало.",
]
EN_SENTENCES = EN_BACKGROUND + EN_STATEMENTS  # for comments and teasers
RU_SENTENCES = RU_BACKGROUND + RU_STATEMENTS
NAV = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion", "Video", "Podcasts"]


@dataclass(frozen=True)
class Page:
    path: str
    html: bytes
    reference: str
    language: str


def _boilerplate_block(rng: random.Random, words: int) -> str:
    items = "".join(
        f'<li><a href="/related/{rng.randint(1, 99999)}">{" ".join(rng.choice(NAV) for _ in range(6))}</a></li>'
        for _ in range(words // 6)
    )
    return f'<aside class="related"><h3>Related</h3><ul>{items}</ul></aside>'


def make_page(index: int, rng: random.Random) -> Page:
    """One article page of roughly 60-150 KB, 70% English, 30% Russian."""
    language = "ru" if index % 10 >= 7 else "en"
    sentences = RU_SENTENCES if language == "ru" else EN_SENTENCES
    background = RU_BACKGROUND if language == "ru" else EN_BACKGROUND
    statements = RU_STATEMENTS if language == "ru" else EN_STATEMENTS
    paragraphs = [" ".join(rng.sample(background, rng.randint(2, 4))) for _ in range(rng.randint(8, 14))]
    for quote in rng.sample(statements, min(len(statements), rng.randint(4, 6))):
        paragraphs.insert(rng.randint(1, len(paragraphs)), quote)
    title = f"{'Доклад' if language == 'ru' else 'Report'} {index}: " + sentences[index % len(sentences)][:60]
    script = "<script>window.dataLayer=window.dataLayer||[];" + "var x=" + "1+" * 2000 + "1;</script>"
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px}}" for i in range(600)) + "</style>"
    nav = "".join(
        f'<div class="nav-item"><div class="inner"><a href="/section/{n.lower()}/{i}"><span class="icon">'
        f'<svg viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg></span><span>{n}</span></a></div></div>'
        for i, n in enumerate(NAV * 8)
    )
    teasers = "".join(
        f'<div class="teaser"><div class="teaser-img"><img src="/img/{rng.randint(1, 9999)}.jpg" alt=""></div>'
        f'<div class="teaser-body"><h4><a href="/story/{rng.randint(1, 99999)}">{rng.choice(sentences)[:70]}</a></h4>'
        f'<span class="time">{rng.randint(1, 59)} min ago</span></div></div>'
        for _ in range(40)
    )
    ads = "".join(
        f'<div class="ad-slot" id="ad-{i}" data-size="300x250"><iframe src="about:blank"></iframe></div>'
        for i in range(8)
    )
    jsonld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"'
        + title
        + '","author":{"@type":"Person","name":"Staff Reporter"}}</script>'
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    comments = "".join(
        f'<div class="comment"><span class="user">reader{rng.randint(1, 999)}</span><p>{rng.choice(sentences)}</p></div>'
        for _ in range(rng.randint(0, 12))
    )
    html = f"""<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title} | Daily Example</title>
<meta property="og:title" content="{title}"><meta name="author" content="Staff Reporter">
<meta property="article:published_time" content="2017-04-{1 + index % 28:02d}T{index % 24:02d}:00:00Z">
<link rel="canonical" href="https://news.example.org/a/{index}">{style}{script}{jsonld}</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav>{nav}</nav><form class="search"><input name="q"></form></header>
<main><article><h1>{title}</h1><div class="byline">By Staff Reporter</div>{body}</article>
<div class="share">Share on Facebook Twitter Telegram VK Email</div>
<section class="newsletter">Sign up to our morning briefing. <input type="email"></section>
{ads}<section class="more">{teasers}</section>{_boilerplate_block(rng, 300)}<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer>{nav}<p>© 2017 Daily Example. All rights reserved. Terms. Privacy. Contact.</p></footer></body></html>"""
    return Page(f"/a/{index}.html", html.encode("utf-8"), "\n".join([title, *paragraphs]), language)


def make_pages(count: int, seed: int = 2017) -> list[Page]:
    rng = random.Random(seed)
    return [make_page(i, rng) for i in range(count)]
