"""Score an article's relevance to the Chechnya reports from the weighted terms in ``seeds/keywords.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.seeds import Keywords

WORD_CHARS = r"[\w-]"


@dataclass(frozen=True)
class Relevance:
    """The score, the relevant flag and the hits per group (for explanations)."""

    score: float
    relevant: bool
    hits: dict[str, int]


def _term_pattern(term: str) -> str:
    """A word-bounded regex for a term; a ``*`` ending any of its words matches any ending of that word."""
    words = [
        re.escape(word.rstrip("*")) + (f"{WORD_CHARS}*" if word.endswith("*") else "")
        for word in term.split()
    ]
    body = r"\s+".join(words)
    return rf"(?<!{WORD_CHARS}){body}(?!{WORD_CHARS})"


class RelevanceScorer:
    """Compiled keyword groups; ``score(title, text)`` is cheap enough to run on every page."""

    def __init__(self, keywords: Keywords):
        self.keywords = keywords
        self.patterns = []
        for group in keywords.groups:
            terms = sorted({t for terms in group.terms.values() for t in terms}, key=len, reverse=True)
            pattern = re.compile("|".join(_term_pattern(t) for t in terms), re.IGNORECASE)
            self.patterns.append((group, pattern))

    def score(self, title: str | None, text: str | None) -> Relevance:
        """Weighted, capped hit counts; relevant when over the threshold and every required group hit."""
        hits: dict[str, int] = {}
        total = 0.0
        for group, pattern in self.patterns:
            count = 2 * len(pattern.findall(title or "")) + len(pattern.findall(text or ""))
            hits[group.name] = count
            total += group.weight * min(count, self.keywords.cap)
        required_ok = all(hits[g.name] > 0 for g in self.keywords.groups if g.required)
        if self.keywords.require_one_of:
            required_ok = required_ok and any(hits[name] > 0 for name in self.keywords.require_one_of)
        return Relevance(round(total, 2), required_ok and total >= self.keywords.threshold, hits)
