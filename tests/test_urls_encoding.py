"""URL keys for deduplication and decoding of pages without a declared charset."""

from __future__ import annotations

import pytest

from crawler.encoding import BinaryBodyError, decode_body
from crawler.urls import is_amp, normalize_url, url_key

RUSSIAN = "Правозащитники сообщили о задержаниях мужчин в Чечне; власти республики назвали это ложью. " * 5


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.org/world/story-1",
        "http://news.example.org/world/story-1",
        "https://www.news.example.org/world/story-1/",
        "https://NEWS.example.org/world/story-1?utm_source=rss&utm_medium=feed",
        "https://news.example.org/world/story-1#comments",
        "https://news.example.org/amp/world/story-1",
        "https://news.example.org:443/world/story-1?fbclid=abc",
    ],
)
def test_variants_of_one_url_share_a_key(variant: str):
    assert url_key(variant) == url_key("https://news.example.org/world/story-1")


def test_meaningful_query_parameters_are_kept():
    assert url_key("https://x.org/view?id=1") != url_key("https://x.org/view?id=2")
    assert normalize_url("https://x.org/a?b=2&a=1&utm_campaign=x") == "https://x.org/a?a=1&b=2"


def test_amp_detection():
    assert is_amp("https://x.org/amp/story") and is_amp("https://x.org/story?outputType=amp")
    assert not is_amp("https://x.org/example/story")


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_cyrillic_without_charset_is_detected(codec: str):
    html = f"<html><body><p>{RUSSIAN}</p></body></html>".encode(codec)
    text, encoding = decode_body(html, "text/html")
    assert encoding == codec
    assert "задержаниях" in text


def test_meta_charset_wins_over_guessing():
    html = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'.encode("cp1251")
    assert decode_body(html, None)[1] == "cp1251"


def test_mixed_encoding_keeps_both_parts_readable():
    body = ("<p>Утро: " + RUSSIAN[:40] + "</p>").encode("utf-8") * 20 + "<p>Вечер</p>".encode("cp1251")
    text, encoding = decode_body(body, "text/html")
    assert encoding == "utf-8"
    assert "Утро" in text and "Вечер" in text


def test_binary_body_is_rejected():
    with pytest.raises(BinaryBodyError):
        decode_body(bytes(range(256)) * 40, "text/html")


def test_html_comments_inside_a_sentence_do_not_cut_it():
    """React and Next.js pages split text with ``<!-- -->``; the words after a comment must be kept."""
    from crawler.extract import extract_article

    filler = "<p>The hotline run by activists received dozens of requests for help within a week.</p>" * 6
    html = (
        "<html><head><title>Visit</title></head><body><article><h1>Visit to Grozny</h1>"
        "<p>The minister said<!-- --> <!-- -->Ramzan Kadyrov<!-- --> would attend the meeting next week.</p>"
        f"{filler}</article></body></html>"
    ).encode()
    text = extract_article(html, "https://news.example.org/visit").text
    assert "The minister said Ramzan Kadyrov would attend the meeting next week." in text
