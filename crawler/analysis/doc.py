"""One text being analysed: its layout, language and token annotations, shared by the analysis steps."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.analysis.segment import Layout
from crawler.analysis.speakers import TokenInfo


@dataclass
class Doc:
    """The text, its language ("en"/"ru"), its :class:`Layout` and per-token :class:`TokenInfo`."""

    text: str
    lang: str
    layout: Layout
    infos: list[TokenInfo]

    @property
    def tokens(self):
        return self.layout.tokens

    def word(self, i: int) -> str:
        """Lower-cased token text ("" outside the text), ё folded to е."""
        if 0 <= i < len(self.layout.tokens):
            return self.layout.tokens[i].lower.replace("ё", "е")
        return ""

    def in_quote(self, i: int) -> bool:
        return self.layout.quote_of_token[i] >= 0
