"""One text being analysed: its layout, language and token annotations, shared by the analysis steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crawler.analysis.mentions import TokenInfo
from crawler.analysis.segment import Layout, Token


@dataclass
class Doc:
    """The text, its language ("en"/"ru"), its :class:`Layout` and per-token :class:`TokenInfo`."""

    text: str
    lang: str
    layout: Layout
    infos: list[TokenInfo]
    media_actors: frozenset[str] = frozenset()
    person_actors: frozenset[str] = frozenset()
    cues: Any = None  # the text's stance.CueIndex
    tokens: list[Token] = field(init=False, repr=False)  # the layout's (a plain attribute: read very often)

    def __post_init__(self) -> None:
        self.tokens = self.layout.tokens

    def word(self, i: int) -> str:
        """Lower-cased token text ("" outside the text), ё folded to е."""
        words = self.layout.words
        return words[i] if 0 <= i < len(words) else ""

    def in_quote(self, i: int) -> bool:
        return self.layout.quote_of_token[i] >= 0
