"""Score an article's relevance to the Chechnya reports from the weighted terms in ``seeds/keywords.toml``.

Text is split into lowercase word tokens once; one-word terms are looked up per distinct token (cached),
multi-word terms are matched on the space-joined tokens. This keeps scoring well under a millisecond per
article, so it can run on every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.seeds import Keywords

TOKEN = re.compile(r"[\w-]+", re.UNICODE)


@dataclass(frozen=True)
class Relevance:
    """The score, the relevant flag and the hits per group (for explanations)."""

    score: float
    relevant: bool
    hits: dict[str, int]


def _word_pattern(word: str) -> str:
    return re.escape(word.rstrip("*")) + ("[^ ]*" if word.endswith("*") else "")


class RelevanceScorer:
    """Compiled keyword groups; ``score(title, text)`` is cheap enough to run on every page."""

    def __init__(self, keywords: Keywords):
        self.keywords = keywords
        self.exact: dict[str, list[str]] = {}  # one-word term -> groups
        self.prefixes: list[tuple[str, str]] = []  # (prefix, group) for one-word terms ending in *
        multi: dict[str, list[str]] = {}
        for group in keywords.groups:
            for term in {t.lower() for terms in group.terms.values() for t in terms}:
                words = term.split()
                if len(words) > 1:
                    multi.setdefault(group.name, []).append(" ".join(_word_pattern(w) for w in words))
                elif term.endswith("*"):
                    self.prefixes.append((term.rstrip("*"), group.name))
                else:
                    self.exact.setdefault(term, []).append(group.name)
        self.multi = {
            name: re.compile(rf"(?<= )(?:{'|'.join(sorted(patterns, key=len, reverse=True))})(?= )")
            for name, patterns in multi.items()
        }
        self._cache: dict[str, tuple[str, ...]] = {}

    def _groups_of(self, token: str) -> tuple[str, ...]:
        groups = self._cache.get(token)
        if groups is None:
            found = list(self.exact.get(token, ()))
            found += [
                group for prefix, group in self.prefixes if token.startswith(prefix) and group not in found
            ]
            groups = self._cache[token] = tuple(dict.fromkeys(found))
            if len(self._cache) > 200_000:
                self._cache.clear()
        return groups

    def _count(self, text: str) -> dict[str, int]:
        counts = {group.name: 0 for group in self.keywords.groups}
        tokens = TOKEN.findall(text.lower())
        for token in tokens:
            for group in self._groups_of(token):
                counts[group] += 1
        joined = f" {' '.join(tokens)} "
        for name, pattern in self.multi.items():
            counts[name] += len(pattern.findall(joined))
        return counts

    def score(self, title: str | None, text: str | None) -> Relevance:
        """Weighted, capped hit counts; relevant when over the threshold and the required groups hit."""
        in_title, in_text = self._count(title or ""), self._count(text or "")
        hits = {name: 2 * in_title[name] + in_text[name] for name in in_text}
        total = sum(g.weight * min(hits[g.name], self.keywords.cap) for g in self.keywords.groups)
        required_ok = all(hits[g.name] > 0 for g in self.keywords.groups if g.required)
        if self.keywords.require_one_of:
            required_ok = required_ok and any(hits[name] > 0 for name in self.keywords.require_one_of)
        return Relevance(round(total, 2), required_ok and total >= self.keywords.threshold, hits)
