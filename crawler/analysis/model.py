"""The analyzer's output record, :class:`Statement`, and a similarity measure for repeated statements."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

STANCES = ("denial", "confirmation", "neutral")
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Statement:
    """One statement about the reports: who said it, what they said, and its stance toward the reports."""

    speaker: str  # as written in the text ("Peskov", "the Kremlin spokesman", "he")
    actor: str | None  # actor id, or None when unnamed / unknown
    actor_name: str | None  # display name, or a description of an unnamed speaker
    organization: str | None
    actor_kind: str | None  # government|intergovernmental|court|ngo|media|person
    country: str | None  # ISO-2
    official: bool
    stance: str  # denial | confirmation | neutral
    quote: str  # the quoted words or the reported clause
    start: int  # text[start:end] == quote
    end: int
    cues: tuple[str, ...]  # why: "dismissal:lies", "speech-verb:said", "topic:gay", ...

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (cues as a list)."""
        data = asdict(self)
        data["cues"] = list(self.cues)
        return data


def _shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def statement_similarity(a_quote: str, b_quote: str) -> float:
    """Similarity in 0..1 of two quotes, robust to small edits, re-punctuation and trimming.

    Jaccard of word 2-shingles; when the shorter quote has five words or more, also how much of it the
    longer one contains (outlets often quote a longer or shorter stretch of the same words).
    """
    a = [w.lower().replace("ё", "е") for w in _WORDS.findall(a_quote)]
    b = [w.lower().replace("ё", "е") for w in _WORDS.findall(b_quote)]
    if not a or not b:
        return 1.0 if a == b else 0.0
    if a == b:
        return 1.0
    size = 2 if min(len(a), len(b)) >= 3 else 1
    sa, sb = _shingles(a, size), _shingles(b, size)
    jaccard = len(sa & sb) / len(sa | sb)
    if min(len(a), len(b)) < 5:
        return jaccard
    return max(jaccard, len(sa & sb) / min(len(sa), len(sb)))
