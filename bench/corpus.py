"""Synthetic but realistic news pages for benchmarks: heavy boilerplate, English and Russian, known body text.

Every page is written by this module (fictional wording). ``make_pages(n)`` returns pages with their
reference text (the article paragraphs), so extraction quality can be scored against it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

EN_SENTENCES = [
    "Reports that gay men were detained and tortured in Chechnya were dismissed as lies by officials in Grozny.",
    "\u201cThese reports are absolute lies,\u201d a spokesman for the head of Chechnya told Interfax.",
    "Human Rights Watch said it had documented the detention of men suspected of being gay in Chechnya.",
    "Human rights groups said on Tuesday that men detained in the region had described beatings in custody.",
    "The regional government has repeatedly rejected the accounts and called them a provocation.",
    "A spokesman for the Kremlin told reporters there was no information to confirm the claims.",
    "Researchers said they had interviewed several people who had left the republic in recent weeks.",
    "The organisation urged federal authorities to open an effective investigation without delay.",
    "Officials in the capital said no complaints had been filed with the police.",
    "Diplomats from several European states raised the issue at a meeting in Vienna.",
    "The newspaper said it had gathered testimony from people who were held in a former police building.",
    "Lawyers for one of the men said he had lodged a formal complaint with investigators.",
    "The ombudsman said she would ask the prosecutor's office to look into the reports.",
    "Analysts said the case had become a test of the federal government's willingness to act.",
    "Local television broadcast a programme in which officials denied the allegations.",
    "The hotline run by activists said it had received dozens of requests for help.",
    "Several of those interviewed asked not to be named for fear of reprisals against relatives.",
]
RU_SENTENCES = [
    "Сообщения о задержаниях геев в Чечне в Грозном назвали ложью.",
    "«Это абсолютная ложь», — заявил пресс-секретарь главы Чечни агентству Интерфакс.",
    "Российская ЛГБТ-сеть сообщила, что задокументировала задержания мужчин в Чечне.",
    "Правозащитники сообщили во вторник, что задержанные в регионе мужчины рассказали об избиениях.",
    "Власти республики неоднократно отвергали эти сообщения и называли их провокацией.",
    "Пресс-секретарь Кремля заявил журналистам, что подобной информации там нет.",
    "Исследователи рассказали, что поговорили с несколькими людьми, покинувшими республику.",
    "Организация призвала федеральные власти безотлагательно провести эффективное расследование.",
    "В столице республики заявили, что в полицию не поступало ни одной жалобы.",
    "Дипломаты нескольких европейских стран подняли этот вопрос на встрече в Вене.",
    "Газета сообщила, что собрала показания людей, которых держали в бывшем здании полиции.",
    "Адвокат одного из мужчин сообщил, что тот подал официальное заявление следователям.",
    "Уполномоченный по правам человека пообещала направить запрос в прокуратуру.",
    "Эксперты отмечают, что дело стало проверкой готовности федерального центра действовать.",
    "Местное телевидение показало программу, в которой чиновники опровергли обвинения.",
]
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
    paragraphs = [" ".join(rng.sample(sentences, rng.randint(2, 4))) for _ in range(rng.randint(6, 14))]
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
    ads = "".join(f'<div class="ad-slot" id="ad-{i}" data-size="300x250"><iframe src="about:blank"></iframe></div>' for i in range(8))
    jsonld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + title + '","author":{"@type":"Person","name":"Staff Reporter"}}</script>'
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
