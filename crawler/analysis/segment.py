"""Split text into tokens, paragraphs, sentences and quotations, keeping character offsets.

Quotation marks handled: straight "", curly “”, guillemets «» and low-high „“, nested one level inside
another. A quotation left open at the end of a paragraph continues into the next paragraph when that one opens
with a quotation mark again (the newspaper convention for multi-paragraph quotes); otherwise it ends with its
paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, chain, repeat
from operator import itemgetter
from typing import NamedTuple

# a number with thousands separators ("300,000", "1,500") is one token, not a clause comma
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\w+(?:[-'’‑]\w+)*|[^\w\s]", re.UNICODE)
PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_END = re.compile(r"[.!?…]+[\"»”’)\]]*\s+(?=[-–—]?\s*[\"«“„(\[]?[A-ZА-ЯЁ0-9])")
ABBREVIATIONS = frozenset(
    [
        "v",  # a case's name: "Lapunov v. Russia"
        "vs",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "prof",
        "rev",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "i.e",
        "e.g",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "г",
        "гг",
        "т.е",
        "т.д",
        "т.п",
        "др",
        "им",
        "ул",
        "с",
        "ст",
        "тыс",
        "млн",
        "млрд",
        "руб",
        "т.к",
        "н.э",
        "см",
        "рис",
        "вв",
    ]
)
OPENERS = '«“„"'
QUOTE_CHARS = frozenset('«»“”„"')
WORD = re.compile(r"\w+")
QUOTE_MARK = re.compile('[«»“”„"]')
_GAP_TOKEN = re.compile(rf"(\s*)({TOKEN.pattern})", re.UNICODE)  # whitespace before a token, the token


class Token(NamedTuple):
    """A word or punctuation mark with its character span."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation: ``start``/``end`` delimit its words, ``open``/``close`` its marks."""

    start: int
    end: int
    open: int
    close: int | None  # None when the quotation runs to the end of its (last) paragraph
    words: int


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes) and single punctuation characters."""
    return _tokens(text)[0]


def _tokens(text: str) -> tuple[list[Token], list[int], list[str]]:
    """The tokens of ``text``, their start offsets and their lower-cased texts.

    Only whitespace lies between tokens, so ``findall`` of (gap, token) pairs gives every offset by summing
    lengths: no match objects, no Python-level loop (the hot spot of :class:`Layout`).
    """
    pieces = _GAP_TOKEN.findall(text)
    bounds = list(accumulate(map(len, chain.from_iterable(pieces))))  # start, end, start, end, ...
    starts = bounds[0::2]
    texts = list(map(itemgetter(1), pieces))
    lowers = list(map(str.lower, texts))
    tokens = list(map(tuple.__new__, repeat(Token), zip(starts, bounds[1::2], texts, lowers, strict=True)))
    return tokens, starts, lowers


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-empty lines (a paragraph per line, blank lines ignored)."""
    spans = []
    for match in PARAGRAPH.finditer(text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[begin].isupper():
        return True  # an initial: "R. Kadyrov", "В. Путин"
    return word in ABBREVIATIONS


def sentences(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of sentences; a sentence never crosses a paragraph boundary."""
    spans = []
    for p_start, p_end in paras:
        start = p_start
        for match in SENTENCE_END.finditer(text, p_start, p_end):
            dot = match.start()
            if _is_abbreviation(text, dot):
                continue
            spans.append((start, match.end()))
            start = match.end()
        if start < p_end:
            spans.append((start, p_end))
    return spans


def _straight_opens(text: str, i: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    if prev in ",;:" and (i + 1 >= len(text) or text[i + 1].isspace()):
        return False  # 'these facts," the network said': a closing mark after the comma
    return prev.isspace() or prev in "([{—–-/«:,;"


def _scan_paragraph(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int | None]], int | None]:
    """Top-level quote (open, close) pairs of one paragraph, the last maybe unclosed (close None), and a closing
    mark before any opening one (the end of a quotation begun in an earlier paragraph), if any."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int | None]] = []
    orphan: int | None = None
    guillemet = False  # has a « opened in this paragraph?
    for found in QUOTE_MARK.finditer(text, lo, hi):
        i = found.start()
        ch = text[i]
        if not pairs and not stack and orphan is None and _closes_only(text, i, lo, ch):
            orphan = i
            continue
        if ch == "»" and not guillemet and orphan is None:
            # "... „таких людей нет“, мне хочется кричать», — пишет Ахмед": the paragraph goes on with a quotation
            # begun before it, and the marks before its end are quotes inside it
            orphan = i
            pairs.clear()
            stack.clear()
            continue
        guillemet = guillemet or ch == "«"
        closed = None
        if ch == "«" or ch == "„":
            stack.append((ch, i))
        elif ch == "»":
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == "«":
                    closed = stack[depth][1]
                    del stack[depth:]
                    break
        elif ch == "“":
            if stack and stack[-1][0] == "„":
                closed = stack.pop()[1]
            else:
                stack.append((ch, i))
        elif ch == "”":
            if stack and stack[-1][0] in "“„":
                closed = stack.pop()[1]
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                closed = stack.pop()[1]
            elif _straight_opens(text, i, lo):
                stack.append((ch, i))
        if closed is not None and not stack:
            pairs.append((closed, i))
    if stack:
        pairs.append((stack[0][1], None))
    return pairs, orphan


def _closes_only(text: str, i: int, lo: int, ch: str) -> bool:
    """Can the mark at ``i`` only close a quotation ("»", "”", or a '"' after a word or punctuation)?"""
    return ch in "»”" or (ch == '"' and not _straight_opens(text, i, lo))


# what follows a quotation's closing mark when its speaker comes next ("», — говорится", '," the network said')
ATTRIBUTION_AFTER = re.compile(r"\s*[,—–]")


def _attributed_close(text: str, close: int) -> bool:
    """Is the speaker named after the closing mark at ``close`` ("», — говорится", '," the network said')?"""
    return text[close - 1] == "," or ATTRIBUTION_AFTER.match(text, close + 1) is not None


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    """Top-level quotations, joining a quotation left open at a paragraph end with the next paragraph's."""
    raw: list[tuple[int, int | None, int]] = []  # (open, close, paragraph index)
    orphans: dict[int, int] = {}  # paragraph index -> a closing mark with no opening one before it
    marked: set[int] = set()  # paragraphs with any quotation mark
    for index, (lo, hi) in enumerate(paras):
        pairs, orphan = _scan_paragraph(text, lo, hi)
        raw.extend((open_, close, index) for open_, close in pairs)
        if orphan is not None:
            orphans[index] = orphan
        if pairs or orphan is not None:
            marked.add(index)
    quotes: list[Quote] = []
    i = 0
    while i < len(raw):
        open_, close, para = raw[i]
        while close is None and i + 1 < len(raw):
            n_open, n_close, n_para = raw[i + 1]
            next_start = paras[n_para][0]
            if n_para == para + 1 and n_open == next_start:
                close, para = n_close, n_para
                i += 1
            else:
                break
        if close is None:
            # «...\n\n... дело», — говорится в заявлении: the next paragraphs go on, without an opening mark,
            # to the closing one (a paragraph in between may have no marks at all)
            nxt = para + 1
            while nxt < len(paras) and nxt - para <= 3 and nxt not in marked:
                nxt += 1
            if nxt in orphans and nxt - para <= 3 and _attributed_close(text, orphans[nxt]):
                close, para = orphans[nxt], nxt
        end = close if close is not None else paras[para][1]
        start = open_ + 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            words = len(WORD.findall(text[start:end]))
            quotes.append(Quote(start, end, open_, close, words))
        i += 1
    return quotes


# Russian direct speech opened by a dash at the start of a paragraph: "— Это ложь, — сказал он. — Таких людей нет."
DASH_OPEN = re.compile(r"[—–]\s+")
DASH_ATTRIBUTION = re.compile(r"([,!?…])\s+[—–]\s+(?=[а-яё])")
DASH_RESUME = re.compile(r"[.!?…]\s+[—–]\s+(?=\S)")


# the end of an attribution inside a quotation, where the speaker's words resume: «..., — сказал он. — ...»
ATTRIBUTION_END = re.compile(r"[,.:]\s+[—–]\s+(?=\S)")
MAX_ATTRIBUTION_WORDS = 12


def interrupted_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each Russian quotation that an attribution interrupts («Это ложь, — сказал Кадыров
    журналистам. — Таких людей нет») cut into its two parts, as the dash speech of :func:`dash_quotes` is: the
    first part closes at its comma, so the attribution after it names its speaker, and the second goes on."""
    result = []
    for quote in quotes:
        said = DASH_ATTRIBUTION.search(text, quote.start, quote.end)
        resumed = None if said is None else ATTRIBUTION_END.search(text, said.end(), quote.end)
        if (
            said is None
            or resumed is None
            or len(WORD.findall(text[said.end() : resumed.start()])) > MAX_ATTRIBUTION_WORDS
            or any(mark in text[said.end() : resumed.start()] for mark in '«»"“”„')
        ):
            result.append(quote)
            continue
        first = _speech_before(text, quote.start, said, quote.open)
        second = _speech_resumed(text, resumed.end(), quote.end, quote.close)
        if not first.words or not second.words:
            result.append(quote)
            continue
        result.extend((first, second))
    return result


def _speech_before(text: str, start: int, said: re.Match[str], open_: int) -> Quote:
    """The speech from ``start`` to the mark that ends it before a ", — сказал X" attribution (:data:`DASH_ATTRIBUTION`
    match ``said``): the mark closes it, so the attribution after it names its speaker."""
    mark = said.start(1)
    end = mark + 1 if text[mark] in "!?…" else mark
    return Quote(start, end, open_, mark, len(WORD.findall(text[start:end])))


def _speech_resumed(text: str, start: int, end: int, close: int | None) -> Quote:
    """The speech resumed after an attribution (". — ..."), from ``start`` to ``end``."""
    return Quote(start, end, start - 1, close, len(WORD.findall(text[start:end])))


def dash_quotes(text: str, paras: list[tuple[int, int]], quotes: list[Quote]) -> list[Quote]:
    """Speech opened by a dash at a paragraph start and closed by ", — сказал X" (and resumed by ". — ...").

    Only paragraphs with such an attribution count (an interviewer's bare "— Вы уверены?" is nobody's
    statement), and only where no quotation mark opens the paragraph.
    """
    found = []
    opens = {q.open for q in quotes}
    for lo, hi in paras:
        opener = DASH_OPEN.match(text, lo)
        if opener is None or lo in opens:
            continue
        said = DASH_ATTRIBUTION.search(text, opener.end(), hi)
        if said is None:
            continue
        first = _speech_before(text, opener.end(), said, lo)
        if first.words:
            found.append(first)
        resumed = DASH_RESUME.search(text, said.end(), hi)
        if resumed is not None and resumed.end() < hi:
            found.append(_speech_resumed(text, resumed.end(), hi, None))
    return found


class Layout:
    """Tokens, sentences, paragraphs and quotes of one text, with fast position look-ups."""

    def __init__(self, text: str):
        self.text = text
        self.tokens, self.starts, lowers = _tokens(text)
        self.words = list(map(str.replace, lowers, repeat("ё"), repeat("е")))
        self.paragraphs = paragraphs(text)
        self.sentences = sentences(text, self.paragraphs)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.quotes = find_quotes(text, self.paragraphs)
        if "—" in text or "–" in text:
            self.quotes = interrupted_quotes(text, self.quotes)
            dashed = dash_quotes(text, self.paragraphs, self.quotes)
            if dashed:
                self.quotes = sorted([*self.quotes, *dashed], key=lambda q: q.open)
        self.quote_opens = [q.open for q in self.quotes]  # ascending
        self.quote_at_mark = {q.open: k for k, q in enumerate(self.quotes)}
        self.quote_at_mark.update({q.close: k for k, q in enumerate(self.quotes) if q.close is not None})
        self.quote_of_token = [-1] * len(self.tokens)
        for q_index, quote in enumerate(self.quotes):
            lo = self.token_at(quote.start)
            hi = self.token_at(quote.end)
            for t in range(lo, hi):
                self.quote_of_token[t] = q_index

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset``."""
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph containing ``offset``."""
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_tokens(self, index: int) -> tuple[int, int]:
        """Token index range [lo, hi) of a sentence."""
        start, end = self.sentences[index]
        return self.token_at(start), self.token_at(end)
