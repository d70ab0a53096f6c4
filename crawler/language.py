"""A small language detector for pages that do not declare their language (en, ru, de, fr, uk)."""

from __future__ import annotations

import re

WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
STOPWORDS = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "in",
        "that",
        "is",
        "was",
        "for",
        "said",
        "with",
        "on",
        "by",
        "has",
        "were",
    },
    "de": {
        "der",
        "die",
        "und",
        "das",
        "ist",
        "nicht",
        "mit",
        "den",
        "von",
        "sich",
        "auf",
        "ein",
        "eine",
        "wurde",
    },
    "fr": {
        "le",
        "la",
        "les",
        "et",
        "des",
        "est",
        "que",
        "une",
        "dans",
        "pour",
        "pas",
        "sur",
        "qui",
        "du",
        "été",
    },
    "ru": {"и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "за", "он", "заявил", "его", "был"},
    "uk": {"і", "та", "що", "не", "на", "це", "як", "з", "за", "він", "його", "був", "від", "які", "із"},
}


def detect_language(text: str) -> str | None:
    """Best guess among a few languages from script and stopwords; None for too little text."""
    words = [w.lower() for w in WORDS.findall(text[:20_000])]
    if len(words) < 5:
        return None
    cyrillic = sum(1 for w in words if re.match(r"[а-яёіїєґ]", w))
    candidates = ("ru", "uk") if cyrillic > len(words) / 2 else ("en", "de", "fr")
    scores = {lang: sum(1 for w in words if w in STOPWORDS[lang]) for lang in candidates}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else candidates[0]
