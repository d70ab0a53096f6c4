"""Cue phrases of topic and stance, and fast matching of them.

Every family is a list of regex alternatives matched as whole words (English and Russian together). One big
alternation is slow in Python's ``re``, so :class:`Cues` groups alternatives by their first one or two letters,
and :class:`CueIndex` matches each family once per article and answers span queries; classifying a statement
then costs a few bisections instead of a dozen regex scans.

Two shortcuts keep the matching exact and cheap. No pattern matches across a "." or ";" (:func:`bounded`), so
:meth:`CueIndex.focus` can leave out the sentences no statement will ask about. And whether a family matches a
word start mostly depends on that word alone (every phrase starting there is one word, or no longer phrase can
start with it: :func:`word_cues`), which is known once per word and kept across articles; only the rest is
matched in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

IGNORECASE = int(re.IGNORECASE)  # (an int: flag arithmetic on the enum runs Python code)
W = r"[\w'’-]"  # a word character for our boundaries (keeps "ЛГБТ-людей" whole)


# characters no cue pattern matches across (``bounded`` checks each pattern)
BARRIER_CHARS = ".;"
_CATEGORIES = {
    _c.CATEGORY_DIGIT: re.compile(r"\d"),
    _c.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    _c.CATEGORY_SPACE: re.compile(r"\s"),
    _c.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    _c.CATEGORY_WORD: re.compile(r"\w"),
    _c.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_IS_W = re.compile(W)
_STARTS = re.compile(rf"(?<!{W})\w")
_WORDS = re.compile(rf"(?<!{W})\w{W}*")  # a word from each of _STARTS to its end
ALL_CUES: list[Cues] = []  # every family, by rank
CUES_BY_LEAD: dict[str, list[Cues]] = {}  # the families with phrases that begin with these one or two letters
# lower-cased word -> (ranks of the families matching it whole, ranks of those to match in the text there);
# kept across texts: the vocabulary of news repeats
_WORD_CUES: dict[str, tuple] = {}
_SEEN: set[str] = set()  # words seen once (see word_cues)
NO_CUES: tuple = ((), ())  # what word_cues keeps for the many words that start no cue
# the only letters whose case folding in ``re`` differs from ``str.lower`` (İ ı ſ, old Cyrillic forms): in a
# text free of them, ``text.lower()`` keeps every offset and a case-insensitive pattern matches ``text`` exactly
# where :func:`folded` matches ``text.lower()``
CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


class Cues:
    """A family of cue phrases (regex alternatives matched as whole words), fast on short texts.

    One big alternation is slow in Python's ``re``: every word start tries every phrase. Phrases are
    grouped by their first one or two letters, so at each word start only the few phrases that can begin
    there are tried. Matches are leftmost-first and non-overlapping, like ``re.finditer`` on the whole
    alternation.
    """

    def __init__(self, alternatives: tuple[str, ...]):
        groups: dict[str, list[str]] = {}
        rest: list[str] = []
        for alternative in alternatives:
            leads = _leads(alternative)
            if leads is None:
                rest.append(alternative)
                continue
            for lead in leads:
                groups.setdefault(lead, []).append(alternative)
        self.by_prefix = {key: _compile(alts) for key, alts in groups.items()}
        self.rest = _compile(rest) if rest else None
        self.folded_by_prefix = {key: folded(sub) for key, sub in self.by_prefix.items()}
        self.pattern = _compile(list(alternatives))
        self.bounded = self.rest is None and bounded(self.pattern)  # see CueIndex.focus
        # for the groups with phrases of several words, what their first word fullmatches (None: unknown)
        self.starters = {
            key: _starter(longer)
            for key, alts in groups.items()
            if (longer := [alt for alt in alts if not _one_word(alt)])
        }
        self.rank = len(ALL_CUES)
        ALL_CUES.append(self)
        for key in groups:
            CUES_BY_LEAD.setdefault(key, []).append(self)
        _WORD_CUES.clear()
        _lead_subs.cache_clear()

    def finditer(
        self, text: str, starts: dict[str, list[int]] | None = None, lower: str | None = None
    ) -> list[re.Match[str]]:
        """Non-overlapping matches, left to right (``starts``: :func:`word_starts` of ``text``, if known).

        With ``lower`` (``text.lower()`` of a text without CASE_TRAPS) the faster folded patterns run on it:
        the matches then belong to ``lower``, with the same spans.
        """
        if starts is None:
            starts = word_starts(text)
        subs = self.by_prefix
        if lower is not None:
            subs, text = self.folded_by_prefix, lower
        at: dict[int, re.Match[str]] = {}
        for key in subs.keys() & starts.keys():  # each word start has one two-letter key
            if len(key) != 2:
                continue
            sub = subs[key]
            for pos in starts[key]:
                match = sub.match(text, pos)
                if match is not None and match.end() > pos:
                    at[pos] = match
        for key in subs.keys() & starts.keys():
            if len(key) != 1:
                continue
            sub = subs[key]
            for pos in starts[key]:
                if pos not in at:
                    match = sub.match(text, pos)
                    if match is not None and match.end() > pos:
                        at[pos] = match
        found = [at[pos] for pos in sorted(at)]
        if self.rest is not None:
            found.extend((self.rest if lower is None else folded(self.rest)).finditer(text))
            found.sort(key=lambda m: (m.start(), -m.end()))
        result: list[re.Match[str]] = []
        end = -1
        for match in found:
            if match.start() >= end:
                result.append(match)
                end = match.end()
        return result

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match, or None."""
        found = self.finditer(text)
        return found[0] if found else None

    def sub(self, replace, text: str) -> str:
        """``text`` with every match replaced by ``replace(match)``."""
        parts, last = [], 0
        for match in self.finditer(text):
            parts.append(text[last : match.start()])
            parts.append(replace(match))
            last = match.end()
        parts.append(text[last:])
        return "".join(parts)


class CueIndex:
    """Cue matches of one text, found once per family and queried by span.

    :meth:`focus` limits the matching to the parts of the text that will be asked about (the sentences of
    candidate statements; most sentences of an article hold none). No cue pattern matches across a BARRIER
    character (:func:`bounded` checks each one), so a part that begins and ends at one has exactly the matches
    the whole text has there. A query reaching outside the parts widens the index back to the whole text.
    """

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        # no CASE_TRAPS: case-insensitive patterns run folded on ``lower``, and word starts keyed by lower-case
        # letters are every place where a pattern can begin with those letters
        self.plain = CASE_TRAPS.search(text) is None
        # the nationwide "extremism" ban named anywhere (a rare subject: one scan per text, not per statement)
        self.mentions_extremism = any(
            word in self.lower for word in ("экстремист", "extremis", "propaganda", "пропаганд")
        )
        self._parts: list[tuple[int, int]] | None = None  # None: the whole text
        self._part_starts: list[int] = []
        self._widen()

    def _widen(self) -> None:
        """Forget every match; match the whole text from now on."""
        self._parts = None
        self._last = (0, 0)  # the part that held the last query
        self._cues: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self._res: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._starts: dict[str, list[int]] | None = None
        self._words: list[tuple[int, str]] | None = None
        self._merged: tuple[list[int], list[tuple[int, int, int]]] | None = None
        self._nouns: list[int] | None = None  # word starts where an OBJECT_CLAUSE noun may begin

    def focus(self, spans: Iterable[tuple[int, int]]) -> None:
        """Match only inside ``spans``, each widened to the barriers around it (before the first query)."""
        parts: list[tuple[int, int]] = []
        for lo, hi in sorted(self._around(*span) for span in spans):
            if parts and lo <= parts[-1][1]:
                parts[-1] = (parts[-1][0], max(parts[-1][1], hi))
            else:
                parts.append((lo, hi))
        self._widen()
        self._parts, self._part_starts = parts, [lo for lo, _ in parts]

    def _around(self, lo: int, hi: int) -> tuple[int, int]:
        """[lo, hi) widened to the barriers around it (or to the ends of the text)."""
        text = self.text
        lo = max(text.rfind(ch, 0, lo) for ch in BARRIER_CHARS) + 1
        hi = min((k for k in (text.find(ch, hi) for ch in BARRIER_CHARS) if k >= 0), default=len(text))
        return lo, hi

    def _covered(self, lo: int, hi: int) -> None:
        """Widen to the whole text unless [lo, hi) lies inside one part."""
        if self._parts is None or hi <= lo or (self._last[0] <= lo and hi <= self._last[1]):
            return
        k = bisect.bisect_right(self._part_starts, lo) - 1
        if k < 0 or hi > self._parts[k][1]:
            self._widen()
        else:
            self._last = self._parts[k]  # the next query is most likely about the same statement

    def _word_starts(self) -> dict[str, list[int]]:
        """:func:`word_starts` of the parts (or of the whole text)."""
        if self._starts is None:
            if self._parts is None:
                self._starts = word_starts(self.text, self.lower)
            else:
                self._starts = {}
                for lo, hi in self._parts:
                    word_starts(self.text, self.lower, lo, hi, self._starts)
        return self._starts

    def _lower_words(self) -> list[tuple[int, str]]:
        """(start, word) of the words of ``lower`` in the parts (or the whole text): ``plain`` texts only."""
        if self._words is None:
            parts = self._parts if self._parts is not None else [(0, len(self.text))]
            self._words = [
                (m.start(), m.group()) for lo, hi in parts for m in _WORDS.finditer(self.lower, lo, hi)
            ]
        return self._words

    def _in_one_pass(self, family: Cues) -> bool:
        """Is ``family`` matched by :meth:`_match_words`?"""
        return self.plain and family.rest is None and (family.bounded or self._parts is None)

    def _match_words(self) -> None:
        """Match the families of :meth:`_in_one_pass` together, in one pass over the words (``plain`` texts).

        A word start takes the same match as in :meth:`Cues.finditer`: one-word phrases by the word alone
        (:func:`word_cues`, known across texts), longer ones by matching the text there.
        """
        raw: list[list[tuple[int, int]]] = [[] for _ in ALL_CUES]
        lower, known = self.lower, _WORD_CUES.get
        for pos, word in self._lower_words():
            found = known(word) or word_cues(word)
            if found is NO_CUES:
                continue
            hits, pending = found
            for rank in hits:
                raw[rank].append((pos, pos + len(word)))
            for rank, subs in pending:
                for sub in subs:
                    match = sub.match(lower, pos)
                    if match is not None and match.end() > pos:
                        raw[rank].append(match.span())
                        break
        for family, spans in zip(ALL_CUES, raw, strict=True):
            if self._in_one_pass(family):
                kept = _leftmost(spans)
                self._cues[id(family)] = ([start for start, _ in kept], kept)

    def _all(self, family: Cues) -> tuple[list[int], list[tuple[int, int]]]:
        found = self._cues.get(id(family))
        if found is None and self._in_one_pass(family):
            self._match_words()
            found = self._cues[id(family)]
        if found is None:
            lower = self.lower if self.plain else None
            starts = self._word_starts() if family.bounded else word_starts(self.text, self.lower)
            spans = [(m.start(), m.end()) for m in family.finditer(self.text, starts, lower)]
            found = ([a for a, _ in spans], spans)
            self._cues[id(family)] = found
        return found

    def within(self, family: Cues, lo: int, hi: int) -> list[tuple[int, int]]:
        """Matches of ``family`` lying inside [lo, hi)."""
        self._covered(lo, hi)
        starts, spans = self._cues.get(id(family)) or self._all(family)
        result = []
        for k in range(bisect.bisect_left(starts, lo), len(starts)):
            start, end = spans[k]
            if start >= hi:
                break
            if end <= hi:
                result.append((start, end))
        return result

    def family_matches(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """(family rank, start, end) of every stance-family match inside [lo, hi), in family order, then position."""
        self._covered(lo, hi)
        merged = self._merged
        if merged is None:
            spans = sorted(
                (start, end, rank)
                for rank, (_name, family, _polarity, _weight) in enumerate(FAMILIES)
                for start, end in self._all(family)[1]
            )
            merged = ([s for s, _, _ in spans], spans)
            self._merged = merged
        starts, spans = merged
        found = []
        for k in range(bisect.bisect_left(starts, lo), len(spans)):
            start, end, rank = spans[k]
            if start >= hi:
                break
            if end <= hi:
                found.append((rank, start, end))
        found.sort()
        return found

    def first(self, family: Cues, lo: int, hi: int) -> str | None:
        """The text of the first match of ``family`` inside [lo, hi), or None."""
        self._covered(lo, hi)
        starts, spans = self._cues.get(id(family)) or self._all(
            family
        )  # (the call only when not matched yet)
        for k in range(bisect.bisect_left(starts, lo), len(starts)):
            start, end = spans[k]
            if start >= hi:
                break
            if end <= hi:
                return self.text[start:end]
        return None

    def re_matches(self, pattern: re.Pattern[str], lo: int, hi: int) -> list[re.Match[str]]:
        """Matches of a plain regex over the whole text that start inside [lo, hi).

        A case-insensitive pattern may run folded on ``lower``: use the matches' spans, not their text. A
        :func:`bounded` pattern only runs from barrier to barrier around the span (the whole text's matches there).
        """
        plain = self.plain and pattern.flags & IGNORECASE
        run, text = (folded(pattern), self.lower) if plain else (pattern, self.text)
        if bounded(pattern):
            if hi <= lo:
                return []
            return [match for match in run.finditer(text, *self._around(lo, hi)) if lo <= match.start() < hi]
        found = self._res.get(id(pattern))
        if found is None:
            matches = list(run.finditer(text))
            found = ([m.start() for m in matches], matches)
            self._res[id(pattern)] = found
        starts, matches = found
        return matches[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def _nouns_in(self, lo: int, hi: int) -> list[int]:
        """Word starts in [lo, hi) where an OBJECT_CLAUSE noun may begin (``plain`` texts only)."""
        self._covered(lo, hi)
        if self._nouns is None:
            self._nouns = [pos for pos, word in self._lower_words() if word[:2] in OBJECT_LEADS]
        return self._nouns[bisect.bisect_left(self._nouns, lo) : bisect.bisect_left(self._nouns, hi)]

    def object_clause(self, lo: int, hi: int) -> tuple[int, str] | None:
        """Start and object (group 1) of ``OBJECT_CLAUSE.search(text, lo, hi)``, or None."""
        if not self.plain:
            match = OBJECT_CLAUSE.search(self.text, lo, hi)
            return None if match is None else (match.start(), match.group(1))
        pattern = folded(OBJECT_CLAUSE)
        for pos in self._nouns_in(lo, hi):  # no other place can start a clause
            match = pattern.match(self.lower, pos, hi)
            if match is not None:
                return pos, self.text[match.start(1) : match.end(1)]
        return None

    def clause_object(self, lo: int, hi: int) -> str | None:
        """``first_re(OBJECT_CLAUSE, lo, hi, group=1)``: the object of a clause in the piece ``text[lo:hi]``."""
        if not self.plain:
            return self.first_re(OBJECT_CLAUSE, lo, hi, group=1)
        piece, pattern = self.lower[lo:hi], folded(OBJECT_CLAUSE)
        for pos in [lo, *self._nouns_in(lo + 1, hi)]:  # the piece's first letter starts a word in it
            match = pattern.match(piece, pos - lo)
            if match is not None and not IN_DOCUMENT_BEFORE.search(self.lower, max(0, pos - 16), pos):
                return self.text[lo + match.start(1) : lo + match.end(1)]
        return None

    def first_re(self, pattern: re.Pattern[str], lo: int, hi: int, group: int = 0) -> str | None:
        """Group ``group`` of the first match of ``pattern`` within [lo, hi) of the text."""
        match = pattern.search(self.text[lo:hi])
        return match.group(group) if match else None


def _leftmost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, leftmost first, of spans sorted by start."""
    kept: list[tuple[int, int]] = []
    end = -1
    for span in spans:
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def word_starts(
    text: str,
    lower: str | None = None,
    lo: int = 0,
    hi: int | None = None,
    index: dict[str, list[int]] | None = None,
) -> dict[str, list[int]]:
    """Positions of word starts in [lo, hi) keyed by their first letter and first two letters (lower case).

    ``index``: add them to this dict (and return it).
    """
    if index is None:
        index = {}
    if lower is None:
        lower = text.lower()
    for match in _STARTS.finditer(text, lo, len(text) if hi is None else hi):
        pos = match.start()
        index.setdefault(lower[pos], []).append(pos)
        index.setdefault(lower[pos : pos + 2], []).append(pos)
    return index


@cache
def bounded(pattern: re.Pattern[str]) -> bool:
    """Can no match of ``pattern`` hold a BARRIER character, nor change when the text ends at one?

    Then the matches in a part of a text that begins and ends at barriers are those of the whole text.
    """
    return not _may_cross(_parser.parse(pattern.pattern, pattern.flags))


def _leaves(items):
    """The leaf items of parsed regex items (``re._parser``), looking through repeats, groups and branches; a
    look-around is yielded itself, then its contents."""
    for op, arg in items:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            yield from _leaves(arg[2])
        elif op is _c.SUBPATTERN:
            yield from _leaves(arg[3])
        elif op is _c.BRANCH:
            for branch in arg[1]:
                yield from _leaves(branch)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield op, arg
            yield from _leaves(arg[1])
        else:
            yield op, arg


def _may_cross(items) -> bool:
    """Might parsed regex items consume a barrier, or test for the end of the text?"""
    return any(_leaf_may_cross(op, arg) for op, arg in _leaves(items))


def _leaf_may_cross(op, arg) -> bool:
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return False  # its contents are leaves of their own
    if op is _c.LITERAL:
        return chr(arg) in BARRIER_CHARS
    if op is _c.NOT_LITERAL:
        return any(ch != chr(arg) for ch in BARRIER_CHARS)
    if op is _c.IN:
        return any(_in_set(arg, ch) for ch in BARRIER_CHARS)
    if op is _c.AT:
        return arg in (_c.AT_END, _c.AT_END_LINE, _c.AT_END_STRING)
    return True  # any character, a back-reference, an atomic group ...: assume the worst


def _one_word(alternative: str) -> bool:
    """Does the regex alternative match only word characters (W), with no look-around?"""
    return _word_only(_parser.parse(alternative, re.IGNORECASE))


def _starter(alternatives: list[str]) -> re.Pattern[str] | None:
    """What the first word of a match of any of these phrases of several words fullmatches (None: unknown)."""
    firsts = [_first_word(alt) for alt in alternatives]
    if None in firsts:
        return None
    return re.compile("|".join(f"(?:{first})" for first in firsts))


def _first_word(alternative: str, depth: int = 0) -> str | None:
    """A regex the first word of every match of a phrase of several words fullmatches (lower case), when the
    phrase begins with one-word items and then a space ("no (?:reason|grounds) for" -> "no"; a leading group
    is opened up: "(?:did|does)(?: not|n't) find" -> "did|didn't|does|doesn't"); else None."""
    split, group = None, None
    for k, token, level in _top_tokens(alternative):
        if level == 0 and token == "|":
            return None
        if level == 0 and token in (" ", r"\s"):
            split = k
            break
        if token == "(" and level == 0 and group is None:
            group = [k, None]
        elif token == ")" and level == 1 and group is not None and group[1] is None:
            group[1] = k
    if not split or alternative[split + (2 if alternative[split] == "\\" else 1) :][:1] in ("?", "*", "{"):
        return None
    try:
        if _one_word(alternative[:split]):
            return alternative[:split].lower()
    except re.error:
        return None
    if group is None or group[1] is None or depth >= 3 or not alternative.startswith("(?:", group[0]):
        return None
    start, end = group
    quantifier = alternative[end + 1 : end + 2]
    if quantifier in ("*", "+", "{"):
        return None
    options = _top_split(alternative[start + 3 : end]) + ([""] if quantifier == "?" else [])
    rest = alternative[end + 1 + (quantifier == "?") :]
    firsts = [_first_word(alternative[:start] + option + rest, depth + 1) for option in options]
    return None if None in firsts else "|".join(f"(?:{first})" for first in firsts)


def _top_tokens(regex: str):
    """(offset, token, group depth before it) of a regex's characters outside character classes; an escape
    ("\\s") is one token."""
    k, level = 0, 0
    while k < len(regex):
        if regex[k] == "\\":
            yield k, regex[k : k + 2], level
            k += 2
            continue
        if regex[k] == "[":  # a character class: skip to its closing bracket
            k += 2 if regex[k + 1 : k + 2] == "^" else 1
            k += 1 if regex[k : k + 1] == "]" else 0
            while k < len(regex) and regex[k] != "]":
                k += 2 if regex[k] == "\\" else 1
            k += 1
            continue
        yield k, regex[k], level
        level += {"(": 1, ")": -1}.get(regex[k], 0)
        k += 1


def _top_split(regex: str) -> list[str]:
    """The top-level alternatives of a regex."""
    cuts = [k for k, token, level in _top_tokens(regex) if token == "|" and level == 0]
    return [regex[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(regex)], strict=True)]


def _word_only(items) -> bool:
    """Do parsed regex items consume only W characters, with no look-around or anchor?"""
    return all(_leaf_is_word(op, arg) for op, arg in _leaves(items))


def _leaf_is_word(op, arg) -> bool:
    if op is _c.LITERAL:
        return _IS_W.fullmatch(chr(arg)) is not None
    if op is _c.IN:
        return all(
            (kind is _c.LITERAL and _IS_W.fullmatch(chr(value)) is not None)
            or (kind is _c.CATEGORY and value is _c.CATEGORY_WORD)
            for kind, value in arg
        )
    return False


def word_cues(word: str) -> tuple[tuple[int, ...], tuple[tuple[int, tuple[re.Pattern[str], ...]], ...]]:
    """Which families match the lower-cased ``word`` whole at a word start, and which need the text after it
    (with the patterns to try there, in turn): :meth:`Cues.finditer` at a word start, known across texts.

    A word seen for the first time is matched in the text by every family (working out what it alone decides
    costs more, and most words are never seen again); from its second sighting on, the answer is kept.
    """
    found = _WORD_CUES.get(word)
    if found is None:
        keys = (word[:2], word[:1]) if len(word) >= 2 else (word,)
        if word not in _SEEN:
            if len(_SEEN) >= 200_000:
                _SEEN.clear()
            _SEEN.add(word)
            return (), _lead_subs(keys)
        hits, pending = [], []
        for rank, subs, starters in _lead_subs(keys, True):
            if any(starter is None or starter.fullmatch(word) for starter in starters):
                pending.append((rank, subs))  # a phrase of several words may begin here
            elif any(sub.match(word) for sub in subs):
                hits.append(rank)
        found = (tuple(hits), tuple(pending)) if hits or pending else NO_CUES
        if len(_WORD_CUES) < 200_000:
            _WORD_CUES[word] = found
    return found


@cache
def _lead_subs(keys: tuple[str, ...], starters: bool = False) -> tuple[tuple, ...]:
    """(rank, patterns to try in turn[, first-word patterns]) of every family with phrases that begin with
    ``keys`` (a word's first two letters, then its first)."""
    families = {family: None for key in keys for family in CUES_BY_LEAD.get(key, ())}
    return tuple(
        (family.rank, tuple(family.folded_by_prefix[key] for key in keys if key in family.folded_by_prefix))
        + ((tuple(family.starters[key] for key in keys if key in family.starters),) if starters else ())
        for family in families
    )


def _in_set(items, ch: str) -> bool:
    """Does a parsed character set (``re._parser`` IN items) match ``ch``?"""
    hit, negate = False, False
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or chr(arg) == ch
        elif op is _c.RANGE:
            hit = hit or arg[0] <= ord(ch) <= arg[1]
        elif op is _c.CATEGORY and arg in _CATEGORIES:
            hit = hit or _CATEGORIES[arg].fullmatch(ch) is not None
        else:
            return True
    return hit != negate


@cache
def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive ``pattern`` as a case-sensitive one for lower-cased text (see CASE_TRAPS).

    ``re`` matches much faster without IGNORECASE: it can skip an alternative by its first letter.
    """
    if not pattern.flags & re.IGNORECASE or re.search(r"\\[A-Z]", pattern.pattern):
        raise ValueError(f"cannot fold {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern.lower(), pattern.flags & ~re.IGNORECASE)


QUOTE_MARKS = '"«»“”„'
# a space between the words of a phrase may have a quote mark beside it ("нет «достоверной информации»"): one or
# two of space and quote marks (a character class: an alternation here made matching 8% slower)
SPACE_WITH_QUOTES = f"[ {QUOTE_MARKS}]{{1,2}}"


def _spaced(alternative: str) -> str:
    """``alternative`` with each literal space (outside character classes and look-behinds) also matching a
    space beside a quote mark: a phrase in scare quotes is the same phrase."""
    out: list[str] = []
    groups: list[bool] = []  # per open group: is it a look-behind?
    in_class, k = False, 0
    while k < len(alternative):
        ch = alternative[k]
        if ch == "\\":
            out.append(alternative[k : k + 2])
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            groups.append(alternative.startswith(("(?<=", "(?<!"), k))
        elif ch == ")" and groups:
            groups.pop()
        elif ch == " " and not any(groups):
            out.append(SPACE_WITH_QUOTES)
            k += 1
            continue
        out.append(ch)
        k += 1
    return "".join(out)


def _compile(alternatives: list[str]) -> re.Pattern[str]:
    spaced = [_spaced(alt) for alt in alternatives]
    return re.compile(rf"(?<!{W})(?:{'|'.join(spaced)})(?!{W})", re.IGNORECASE)


def _rx(*alternatives: str) -> Cues:
    """A :class:`Cues` family from regex alternatives."""
    return Cues(alternatives)


def _leads(regex: str) -> set[str] | None:
    """The possible first one or two letters of a simple regex alternative (None when it cannot tell)."""
    if not regex:
        return None
    if regex[0].isalpha():
        letters = ""
        for ch in regex:
            if not ch.isalpha():
                break
            letters += ch
        nxt = regex[len(letters) : len(letters) + 1]
        if nxt in ("?", "*", "{") or (len(letters) <= 2 and nxt in ("+",)):
            letters = letters[:-1]
        if not letters:
            return None
        return {letters[:2].lower()}
    if regex.startswith("(?:"):
        depth, end = 0, None
        for k, ch in enumerate(regex):
            if ch == "\\":
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    end = k
                    break
        if end is None or regex[end + 1 : end + 2] in ("?", "*", "{"):
            return None
        inner, rest = regex[3:end], regex[end + 1 :]
        options, depth, start = [], 0, 0
        for k, ch in enumerate(inner):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "|" and depth == 0:
                options.append(inner[start:k])
                start = k + 1
        options.append(inner[start:])
        result: set[str] = set()
        for option in options:
            lead = _leads(option + rest if len(option) < 2 else option)
            if lead is None:
                return None
            result |= lead
        return result
    return None


# --- topic ---------------------------------------------------------------------------------------------------
# fmt: off
CORE_TOPIC = _rx(
    r"gays?", r"gay\s+\w+", r"homosexual\w*", r"lgbt[\w+-]*", r"bisexual\w*", r"queer",
    r"sexual orientation", r"(?:his|their|her) (?:sexuality|orientation)", r"same-sex", r"non-traditional (?:sexual )?orientation", r"such people",
    r"people like that", r"these people", r"anti-gay", r"homophob\w*", r"novaya gazeta\w*", r"gay purge",
    r"ге(?:й[\w-]*|я|ю|ем|е|и|ев|ям|ями|ях)", r"геев", r"гомосексуал\w*", r"лгбт[\w+-]*", r"бисексуал\w*",
    r"квир\w*", r"ориентаци\w*", r"нетрадиционн\w*", r"таких людей", r"такие люди", r"таких нет",
    r"подобных людей", r"гомофоб\w*", r"нов\w+ газет\w*", r"однопол\w*", r"таких у нас",
)
EVENT_TOPIC = _rx(
    r"purge\w*", r"secret prisons?", r"prisons?", r"camps?", r"tortur\w*", r"detain\w*", r"detention\w*",
    r"abduct\w*", r"kill\w*", r"murder\w*", r"persecut\w*", r"disappear\w*", r"round-?ups?", r"rounded up",
    r"beaten", r"beatings?", r"electric shocks?", r"argun", r"victims?", r"survivors?", r"evacuat\w*",
    r"crackdown", r"fled", r"flee\w*", r"abuses?", r"(?:secret|unofficial|illegal|makeshift) facilit(?:y|ies)",
    r"(?:неофициальн|тайн|секретн)\w+ мест\w* (?:заключения|содержания)", r"чистк\w*", r"тюрьм\w*", r"лагер\w*", r"пыт\w+", r"задерж\w*",
    r"похищ\w*", r"похити\w*", r"убит\w*", r"убийств\w*", r"преследован\w*", r"преследуем\w*", r"гонени\w*", r"исчезн\w*", r"облав\w*",
    r"избиен\w*", r"избит\w*", r"аргун\w*", r"жертв\w*", r"пострадавш\w*", r"эвакуир\w*", r"погиб\w*",
)
ANAPHORA_TOPIC = _rx(
    r"reports?", r"allegations?", r"claims?", r"accusations?", r"information", r"stor(?:y|ies)", r"articles?",
    r"publications?", r"rumou?rs?", r"this", r"these", r"it", r"such", r"them", r"that", r"сообщени\w*",
    r"обвинени\w*", r"информаци\w*", r"данн\w+", r"утверждени\w*", r"слух\w*", r"публикаци\w*", r"стать\w+",
    r"материал\w*", r"эт\w+", r"это", r"такое", r"подобн\w+",
)
OFF_TOPIC = _rx(
    r"picket\w*", r"unauthori[sz]ed", r"пикет\w*", r"несанкционированн\w*",
    r"кибер\w*", r"cyber\w*", r"хакер\w*", r"hack\w*", r"отставк\w*", r"resign\w*", r"drugs?", r"narcotics?",
    r"ranking", r"richest", r"incomes?", r"corruption",
    # utilities: "сообщения о перебоях с газом в нескольких районах Грозного", "power cuts in Grozny"
    r"перебо\w+ (?:с |в )?(?:газ|электр|вод|отоплени|свет)\w*", r"(?:газо|электро|водо|тепло)снабжени\w*",
    r"(?:power|gas|electricity|water) (?:cuts?|outages?|supply|shortages?)", r"blackouts?",
    # (not the setting: "told a rally in Grozny", "выступая на митинге")
    r"rally(?<!told a rally)(?<!at a rally)(?<!addressed a rally)(?<!to a rally)", r"protests?", r"protesters?", r"demonstrators?",
    r"протестующ\w*", r"митингующ\w*", r"наркотик\w*", r"рейтинг\w*",
    r"доход\w*", r"коррупци\w*", r"митинг\w*(?<!на митинге)", r"ill", r"illness\w*", r"sick(?! people| minds?| fantas\w+| imagination)", r"health\w*", r"hospital\w*",
    r"(?:flown|taken|rushed|admitted) to (?:a |the )?(?:[\w-]+ )?clinic\w*",
    r"coma", r"cancer", r"surgery", r"syria\w*", r"idlib", r"aleppo", r"white helmets", r"идлиб\w*", r"алеппо",
    r"бел\w+ каск\w*", r"air ?strikes?", r"airstrikes?", r"bomb\w*", r"doping", r"anti-doping",
    r"athletes?", r"olympic\w*", r"econom\w*(?<!school of economics)(?! migrants?)", r"inflation", r"rubles?", r"roubles?", r"oil", r"elections?",
    r"ukrain\w*", r"crimea\w*", r"navalny", r"poison\w*", r"mh17", r"sanctions", r"covid\w*", r"coronavirus",
    r"vaccin\w*", r"flood\w*", r"earthquake\w*", r"budget\w*", r"football", r"doping", r"wrestl\w*", r"league", r"championship\w*", r"чемпионат\w*",
    r"boxing", r"ufc", r"mma", r"бол(?!ьшинств|ьшин)\w+н\w*", r"болезн\w*", r"здоров\w*", r"госпитал\w*", r"больниц\w*",
    r"сири\w*", r"авиаудар\w*", r"бомб\w*", r"допинг\w*", r"спортсмен\w*", r"олимпи\w*", r"экономик\w*(?<!школы экономики)",
    r"инфляци\w*", r"рубл\w*", r"нефт\w*", r"выбор\w*", r"украин\w*", r"крым\w*", r"навальн\w*",
    r"отравлен\w*", r"санкци(?<!без санкци)(?!онир)\w*", r"коронавирус\w*", r"ковид\w*", r"вакцин\w*", r"паводк\w*", r"наводнени\w*",
    r"бюджет\w*", r"футбол\w*", r"kyiv", r"kiev", r"minsk", r"киев\w*", r"минск\w*",
    # other wars and places where Russian forces are accused: "the killing of civilians in the Central African Republic"
    r"central african", r"mali", r"libya\w*", r"sudan\w*", r"mariupol", r"bucha", r"donbas+", r"donetsk", r"luhansk",
    r"центральноафриканск\w*", r"мали", r"ливи\w+", r"судан\w*", r"мариупол\w*", r"донбасс?\w*", r"донецк\w*",
    r"луганск\w*",
    # armed incidents: "опровергло информацию о перестрелке", "a shootout with militants"
    r"перестрелк\w*", r"стрельб\w*", r"shoot-?outs?", r"gunfire",
    # a region's routine business: "a meeting on the spring sowing campaign", "помощь с жильём и пенсиями"
    r"sowing", r"harvest\w*", r"housing", r"pensions?", r"festival\w*", r"theat(?:re|er)s?", r"tourism",
    r"construction", r"marijuana", r"посевн\w*", r"урожа\w*", r"жиль\w*", r"пенси\w*", r"фестивал\w*",
    r"театр\w*", r"туризм\w*", r"строительств\w*", r"марихуан\w*",
    # "reports that petrol stations had run out of fuel"
    r"petrol", r"gasoline", r"fuel", r"бензин\w*", r"топлив\w*", r"азс",
    # a region's routine business: "a meeting on preparations for the new school year", "открыли новую школу"
    r"school year", r"new schools?", r"учебн\w+ год\w*", r"нов\w+ школ\w*",
    # a diplomatic row: "назвав изъятие дипсобственности «грабежом»"
    r"дипсобственност\w*", r"дипломатическ\w+ собственност\w*", r"diplomatic (?:property|compounds?)",
    # "dismissed rumours of an imminent cabinet reshuffle in Grozny"
    r"reshuffle\w*", r"перестановк\w*",
)
# fmt: on

# --- stance cue families, in matching order ----------------------------------------------------------------
_ACTORS_OTHER = (
    r"(?:authorities|officials|government|kremlin|moscow|grozny|kadyrov\w*|karimov|peskov|the chechen \w+|"
    r"chechen \w+|russian \w+|the regime|police|the ministry|власти|властей|чиновник\w*|кадыров\w*|каримов\w*|"
    r"песков\w*|грозн\w+|москв\w+|кремл\w+|мвд|силовик\w*|руководств\w+|чеченск\w+ \w+)"
)
_DENIALS_REJECTED = (
    r"(?:denials?|denying)[^.;]{0,60}?(?:cynical|false|absurd|untrue|not credible|lies|hollow|ring hollow|"
    r"cannot be (?:trusted|believed)|are wrong|is wrong|contradicted|disproved|do not change|does not change|"
    r"outrageous|shameful|ridiculous|could not be accepted|cannot be accepted|unacceptable)"
)
# fmt: off
CITED_DENIAL = _rx(
    r"(?:argument|claim|assertion|position|version|line|insistence)s? of (?:the )?(?:chechen |russian )?(?:authorities|"
    r"officials|government|kremlin|leadership)[\s,:—–-]+(?:that )?(?:there (?:are|is|were) no|nobody|no one|nothing)",
    # the accused side's denial described as a pretence: "stop pretending that nothing happened"
    r"pretend\w* (?:that )?(?:nothing|no one|nobody|there (?:is|was|are|were) no|it (?:never|did not|didn't|has not|"
    r"hasn't|had not) (?:happen|occur|exist|take place)\w*)",
    r"pretend\w* (?:that )?(?:they |it |this |these |those |there )?(?:never|did not|didn't) (?:existed|exist|happened|happen|"
    r"took place|take place)",  # "the prisons that Moscow pretends never existed"
    # "must stop denying the obvious", "прекратить отрицать очевидное": the denial named as the problem
    r"stop denying", r"deny(?:ing)? the obvious", r"not a denial but (?:a |an )?(?:confession|admission)",
    # "victims were too frightened to speak, and officials could claim nobody had complained": the denial explained
    r"(?:officials|authorities|the government|the kremlin|grozny|moscow) (?:could|can|would|may|might) (?:then )?"
    r"(?:claim|say|insist|pretend) (?:that )?(?:nobody|no one|nothing|there (?:is|are|was|were) no)",
    # "Сначала, по её словам, чиновники говорили, что геев в Чечне нет": what officials used to say, recounted
    r"(?:чиновники|власти|официальные лица|силовики) (?:сначала |всегда |годами |долго )?(?:говорили|утверждали|"
    r"твердили|уверяли),? что (?:[\w-]+ ){0,4}?(?:нет|никто|ничего|не было)\b",
    # "That is not a credible denial; it is a threat": the denial judged
    r"(?:is|was)(?: not|n't) an? (?:credible|serious|convincing|real) (?:denial|rebuttal)",
    r"(?:прекратить|перестать|перестаньте|прекратите) отрицать",
    r"а не отрицать", r"instead of denying", r"rather than deny(?:ing)?",
    # "The fact that no complaints have been filed proves nothing", "отсутствие заявлений ничего не доказывает"
    r"(?:no|absence of|lack of) (?:[\w-]+ ){0,2}?complaints? (?:[\w-]+ ){0,4}?proves? nothing",
    r"отсутстви\w+ (?:[\w-]+ ){0,2}?(?:жалоб|заявлений|обращений) (?:[\w-]+ ){0,3}?ничего не доказыва\w*",
    # "Saying there are no complaints is not an answer": the official line named and judged
    r"saying (?:that )?(?:there (?:is|are|was|were) no|nobody|no one|nothing)[^.;]{0,40}? is not (?:an? )?"
    r"(?:answer|argument|proof|explanation|excuse)",
    # "the absence of paperwork proved nothing": records or documents missing prove nothing either
    r"(?:absence|lack) of (?:[\w-]+ ){0,2}?(?:paperwork|records?|documents?|names?|evidence|traces?) "
    r"(?:[\w-]+ ){0,3}?(?:proves?|proved) nothing",
    # "Утверждение властей, что в Чечне нет геев, ... абсурдно": the authorities' claim named, then judged
    r"(?:утверждени\w+|заявлени\w+|слова|позици\w+|верси\w+) (?:чеченских |российских |местных )?(?:властей|"
    r"чиновников|руководства|кремля|грозного|официальных лиц),? (?:о том,? )?(?:что|будто|якобы) (?:[\w-]+ ){0,4}?(?:нет|никто|"
    r"ничего|не было|не существует)",
    # the charges against the victims called fabricated: "назвала обвинения сфабрикованными", "trumped-up charges"
    r"(?:обвинени\w+|уголовн\w+ дел\w*) (?:[\w-]+ )?сфабрикованн\w*", r"сфабрикованн\w+ (?:обвинени\w+|дел\w*)",
    r"(?:fabricated|trumped-up) charges", r"charges (?:[\w-]+ )?(?:were |as )?(?:fabricated|trumped-up)",
    # the absence explained by fear: "Заявлений нет, потому что люди боятся", "no complaints because they are afraid"
    r"(?:заявлений|жалоб|обращений|пострадавших) (?:нет|не поступает|не поступало),? потому что (?:[\w-]+ ){0,2}?"
    r"(?:бо[ия]\w*|опаса\w*|страх\w*)",
    r"(?:complaints?|victims?|reports?|applications?)(?: [\w-]+){0,3}? because (?:[\w-]+ ){0,2}?(?:afraid|fear\w*|scared|terrified)",
    # "the lack of complaints reflects fear, not innocence", "отсутствие жалоб говорит о страхе"
    r"(?:lack|absence) of (?:[\w-]+ )?(?:complaints?|victims?|witness\w*|applications?) (?:reflects|shows|means|"
    r"is|was) (?:[\w-]+ )?(?:fear|terror)",
    r"отсутстви\w+ (?:заявлений|жалоб|обращений|пострадавших) (?:говорит|свидетельствует) (?:лишь |только )?о страх\w*",
    # "have not found a single victim only because they have not looked for one": the absence explained away
    r"(?:not found|found no|no) (?:a single |any )?(?:victims?|evidence|complaints?|witness\w*)[^.;]{0,20}?"
    r"(?:only |simply )?because (?:they|it|investigators|the authorities|nobody|no one) (?:have|has|had|did)?(?: not|n't)? ?"
    r"(?:looked|searched|asked|tried|bothered)",
    # "The denials are the same every time: there are no gays, so nobody could have been detained": the denial
    # quoted after its name
    r"(?:denials?|official line|refrain|mantra)(?: [\w-]+){0,5}?:\s+(?:there (?:is|are|was|were) no|nothing|nobody|"
    r"no one|no-one)",
    # "Of course nobody complained. People were terrified ...": the absence granted as what fear makes of it
    r"of course (?:nobody|no one|no-one|they did not|they didn't) (?:[\w-]+ )?(?:complain\w*|came forward|come forward|"
    r"went to the police|spoke|talked)",
    r"(?:конечно|разумеется),? (?:никто|ни один) (?:[\w-]+ )?не (?:жаловал\w*|пожаловал\w*|обращал\w*|обратил\w*|"
    r"приходил\w*|пришёл|пришел)",
    r"(?:конечно|разумеется),? не (?:поступало|поступали|обращались|жаловались)",  # "— Конечно, не поступало."
    r"отрица\w+ очевидно\w*",
    r"(?:делать|делают|делает|сделать|делал|делала|делало|делали|сделал|сделала|сделало|сделали) вид,? что "
    r"(?:ничего|никого|никто|нет|(?:[\w-]+ ){0,3}?(?:никогда )?(?:не существу\w*|не существовало|не было))",
    # "заявления российских властей об отсутствии доказательств «не выдерживают критики»": the claim judged
    r"заявлени\w+ (?:[\w-]+ ){0,3}?об отсутствии[^.;]{0,60}?(?:не выдерживают|лож\w*|цинич\w*|абсурд\w*|неправд\w*)",
    # "When I hear the officials on television say there are no people like me": a denial heard, not made
    r"(?:hear|heard|see|saw|watch|watched) (?:[\w-]+ ){1,5}?(?:say|said|saying|claim|claiming|insist|insisting) "
    r"(?:that )?(?:there (?:is|are|was|were) no|nothing|nobody|no one)",
    r"(?:слыш\w*|вижу|видим|видел\w*),? как (?:[\w-]+ ){1,5}?(?:говор\w*|заявля\w*|рассказыва\w*|утвержда\w*),? "
    r"что (?:ничего|никого|никто|нет|таких)",
    # "the latest statement from Grozny, in which the interior ministry described the reports as 'an information
    # attack', showed that ...": the accused side's words, named inside the speaker's
    r"(?:in which|where) (?:the |its |their )?(?:[\w'’-]+ ){0,5}?(?:described|called|dismissed|denied|branded|termed|"
    r"claimed|insisted)[^.;!?]{0,100}",
    r"в (?:котором|которой|которых) (?:[\w-]+ ){0,5}?(?:назвал\w*|отверг\w*|опроверг\w*|отрица\w*|заявил\w*|"
    r"утвержда\w*)[^.;!?]{0,100}",
    # "It is not that there is no evidence", "Дело не в том, что нет доказательств": an absence set aside
    r"(?:it is|it's|it was|the problem is) not that (?:there (?:is|are|was|were) no|nobody|no one|nothing)",
    r"(?:дело|проблема) не в том,? что (?:нет|никто|ничего|никого|не было)",
    # "Это не отсутствие доказательств, это отсутствие желания", "not a lack of evidence but of will"
    r"не отсутствие (?:доказательств|информации|фактов|данных|сведений)",
    r"not (?:a |the )?(?:lack|absence) of (?:evidence|information|facts|proof)",
    # "Nobody can tell me it did not happen", "никто не убедит меня, что этого не было": a denial refused
    r"(?:nobody|no one|no-one) (?:can|could|will|is going to) (?:ever )?(?:tell|convince|persuade) (?:me|us) "
    r"(?:that )?(?:it|this|that|nothing|they|we) (?:did not|didn't|never|was not|wasn't|were not|weren't)",
    r"никто не (?:может|сможет|убедит|заставит) (?:[\w-]+ ){0,2}?(?:мне|меня|нам|нас)(?: [\w-]+)?,? что "
    r"(?:этого|ничего|ничего этого|этого всего) не было",
    # "Москалькова говорила, будто к ней не поступало ни одной жалобы": another's absence, told as untrue ("будто")
    r"(?:говорил|заявлял|заявил|утверждал|уверял|твердил|писал|сообщал|рассказывал)\w*,? будто (?:[\w-]+ ){0,4}?"
    r"(?:нет|не было|не поступало|никто|ничего|никого|не существ\w*)",
    # "officials' insistence there were no complaints was a trap", "the officials' favourite argument - that nobody
    # had complained - was cynical": the accused side's claim named by its owner
    r"(?:authorities|officials|government|kremlin|grozny|moscow|ministry|kadyrov)['’]s? (?:[\w-]+ )?(?:claims?|"
    r"insistence|assertions?|arguments?|line|denials?)(?: ?[-–—:] ?| )(?:that )?(?:there (?:are|is|was|were) no|nobody|"
    r"no one|nothing)",
    # "Когда говорят, что таких людей нет, это означает: их можно убивать": a denial quoted in order to judge it
    r"(?:когда|если) (?:[\w-]+ )?(?:говорят|заявляют|утверждают|говорит|заявляет|утверждает),? что (?:[\w-]+ ){0,3}?"
    r"(?:нет|не было|никого|ничего|никто)",
    r"when (?:they|officials|the authorities|he|she|the kremlin|grozny|kadyrov) (?:[\w-]+ )?(?:say|says|claim|claims|"
    r"insist|insists) (?:that )?(?:there (?:are|is|were|was) no|nobody|no one|nothing|these people don't)",
    # "That does not mean there were no victims", "Это не значит, что пострадавших нет": an absence set aside
    r"(?:does not|doesn't|did not|didn't) mean (?:that )?(?:there (?:are|is|was|were) no|nobody|no one|nothing)",
    r"(?:не значит|не означает),? что (?:[\w-]+ ){0,3}?(?:нет|не было|никого|ничего|никто)",
    # a paper the victim was made to sign: "made me sign a paper saying I had no complaints"
    r"(?:made|forced|pressured|told) (?:me|him|her|them|us) (?:to )?(?:sign|write|say|record)[^.;!?]{0,50}?"
    r"(?:no complaints?|nothing (?:had )?happened|(?:was|were|had been) not (?:detained|held|beaten|tortured))",
    r"заставил\w* (?:меня |его |ее |её |их |нас )?(?:подписать|написать|сказать|записать)[^.;!?]{0,50}?"
    r"(?:претензий (?:у (?:меня|него|нее|неё|них|нас) )?нет|нет претензий|ничего не было|никто не (?:задерживал|бил))",
    # "Власти уверяли весь мир, что ничего не было", "officials assured the world that nothing had happened"
    r"(?:власти|чиновники|кремль|грозный|официальные лица) (?:[\w-]+ )?(?:уверял\w*|утверждал\w*|твердил\w*|"
    r"заверял\w*)(?: [\w-]+){0,2}?,? что (?:ничего|никого|никто|нет|не было)",
    r"(?:authorities|officials|the kremlin|grozny) (?:[\w-]+ )?(?:assured|insisted to|told) (?:[\w-]+ ){0,2}?"
    r"(?:that )?(?:nothing|nobody|no one|there (?:is|are|was|were) no)",
    # "a cynical attempt to deny the existence of the victims", "попытка отрицать": a denial named as a tactic
    # (not "an attempt to discredit Chechnya": the accused side's own dismissal)
    r"(?:attempts?|efforts?|bids?|trying|tries|tried) to (?:deny|whitewash|cover up)",
    r"попытк\w+ (?:[\w-]+ )?(?:отрицать|опровергнуть|замолчать|скрыть)",
    # "it was simply not true that victims had not come forward", "неправда, будто пострадавшие не обращались" (not
    # "not true that the president has not reacted": of the victims or of the events only)
    r"(?:not true|untrue|false|a lie) (?:that|to say that) (?:the )?(?:victims?|survivors?|men|people|families|"
    r"witnesses|they|nobody|no one)(?: [\w-]+){0,2}? (?:had not|have not|has not|did not|didn't|hadn't|haven't|"
    r"hasn't|never|were not|weren't)",
    r"(?:not true|untrue|false|a lie) (?:that|to say that) there (?:is|are|was|were) no",
    r"(?:неправда|ложь|не соответствует действительности),? (?:что|будто|якобы) (?:пострадавш\w+|жертв\w+|"
    r"мужчин\w*|люди|семьи|свидетел\w+|они|их)(?: [\w-]+){0,5}? не \w+",
    r"(?:неправда|ложь|не соответствует действительности),? (?:что|будто|якобы) (?:никто|никого|ничего|нет|"
    r"не было)",
    # "Peskov had responded to the allegations by saying the Kremlin had no reliable information": a reply quoted
    r"(?:responded|replied|reacted|answered) (?:[\w-]+ ){0,8}?by (?:saying|claiming|insisting|stating|denying)",
    # "В России мне сказали, что ничего не было", "they told us nobody was held": a denial the speaker was given
    r"(?:мне|нам) (?:сказали|говорили|ответили|заявили|объяснили),? что (?:ничего|никого|никто|нет|не было)",
    # "Мне ответили, что проверка не нашла признаков преступления": the check's finding, as the speaker was told
    r"(?:мне|нам) (?:сказали|ответили|сообщили|написали),? что (?:[\w-]+ ){1,3}?не (?:нашл\w*|выявил\w*|"
    r"установил\w*|подтвердил\w*)",
    r"told (?:me|us) (?:that )?(?:[\w-]+ ){1,3}?(?:had )?(?:found no|not found|not confirmed)",
    r"told (?:me|us) (?:that )?(?:there (?:is|are|was|were) no|nothing|nobody|no one)",
    # "Every month I read that there were no victims", "I keep hearing that nobody knows": a denial read or heard
    r"(?:read|hear|heard|keep hearing|(?:am|are|was|were|get|got) told) (?:[\w-]+ ){0,5}?that "
    r"(?:there (?:is|are|was|were) no|nothing|nobody|no one|it never)",
    r"(?:читаю|читаем|читал\w*|слышу|слышим|слышал\w*),? (?:[\w-]+ ){0,4}?что (?:ничего|никого|никто|нет|таких|их нет)",
    r"(?:rejected|dismissed|refuted|rejects|dismisses)\s+(?:that|this|these|the|its|their|russia's|moscow's)\s+"
    r"(?:argument|claim|position|assertion|denial|version|explanation)s?"
    r"(?: that [^.;]{0,80}?(?:fiction\w*|invent\w*|fabricat\w*|lies?|false|untrue|made up|no \w+|did not exist|"
    r"do not exist|never happened))?",  # "rejected the argument that the victims were a fiction": all of it
    # "called that line a convenient fiction": a stated position (an official line, an explanation) called false
    r"(?:called|calls|call|described|describes|branded|brands|dismissed|dismisses)\s+(?:that|this|the official|"
    r"(?:the )?official|the authorities['’]|the kremlin['’]s|moscow['’]s|grozny['’]s)\s+(?:line|position|"
    r"explanation|argument)s?\b(?:\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:fiction|lies?|myth|fabrication|"
    r"nonsense|falsehood|excuse|pretext|cover-up|absurd\w*|cynical))?",
    r"(?:назвал\w*|называ\w+)\s+(?:эту|такую|официальную)\s+(?:позицию|линию|версию властей|аргументацию)",
    r"(?:the|their|official|officials['’]|authorities['’]|government['’]s|kremlin['’]s|chechen|russian|"
    r"kadyrov['’]s) " + _DENIALS_REJECTED,
    _DENIALS_REJECTED,
    r"(?:despite|in spite of|notwithstanding|contrary to|although|though|while|even as)\s+(?:the\s+)?[^.;]{0,50}?"
    r"(?:denials?|denied|denies|deny|denying|dismissals?|dismissed)",
    r"(?:reject\w*|dismiss\w*|refut\w*|debunk\w*|contradict\w*)\s+(?:the\s+)?(?:\w+\s+){0,6}?(?:claims?|"
    r"assertions?|statements?|insistence|denials?|line)(?:\s+(?:of|by)\s+[^.;]{0,40}?)?\s+that\s+[^.;]{0,80}",
    r"(?:rejected|reject|rejects|dismissed|refuted|called|described|debunked|countered|contradicted)\s+(?:the\s+)?"
    r"[^.;]{0,40}?(?:denials?|claims that there are no|assertion)",
    # "Kadyrov's press secretary had called the story an April Fool's joke", "власти, отрицая наличие пострадавших"
    rf"{_ACTORS_OTHER},\s+(?:отрицая|отвергая|denying|dismissing|rejecting)\b",
    rf"{_ACTORS_OTHER}(?:['’]s)?\s+(?:\w+\s+){{0,3}}?(?:deny|denied|denies|denying|have denied|has denied|dismiss\w*|"
    r"reject\w*|call(?:ed|s)? (?:it|them|the (?:reports?|story|stories|allegations?|publications?|articles?))\s+\w+|claim\w* there are no|insist\w* there are no|"
    r"отрица\w*|опроверг\w*|отверг\w*|называ\w+ (?:это )?\w+|утвержда\w+,? что (?:таких|геев) нет)",
    r"(?:отрицани\w+|опровержени\w+|отрицая)[^.;]{0,60}?(?:цинич\w*|лож\w*|абсурд\w*|не соответству\w*|неправд\w*|"
    r"лицемер\w*|не выдерживают)",
    r"(?:несмотря на|вопреки)\s+[^.;]{0,50}?(?:отрицани\w*|опровержени\w*|заявлени\w*|отрица\w*|опроверг\w*)",
)
# fmt: on
CITED_SPEECH = re.compile(
    rf"(?<!{W})(?:he|she|they|everyone|everybody|officials|the authorities|authorities|the government|the kremlin|"
    r"moscow|grozny|все|всё время|"
    r"(?:a |the )?(?:senior |top |chechen |russian |local )*(?:official|spokesman|spokeswoman|spokesperson|leader|"
    r"minister|ombudsman)|"
    r"kadyrov|karimov|peskov|the chechen (?:leader|authorities|officials|leadership|government)|russian officials|"
    r"chechen officials|the ombudsman|the russian side|moscow's diplomats|власти|чиновники|официальные лица|"
    r"(?:russian |chechen |federal |the )?(?:investigators|prosecutors|police|officers)|следователи|"
    r"российская сторона|кадыров|каримов|песков|они|он|глава (?:республики|чечни|региона)|государство|the state|"
    r"в (?:грозном|кремле|москве|мвд)|"
    r"(?:the )?(?:head of (?:the republic|chechnya|the region))|"
    r"мне|нам|"  # "Мне говорят: „людей, которых нет, нельзя задержать“": said to the speaker, not by him
    r"(?:а |и )?(?:потом|затем|после этого)|"  # "сначала людей пытают, потом объявляют, что их не существует"
    r"(?:родственникам|семьям|матерям|им),?(?:\s+как всегда,?)?)"  # "Родственникам, как всегда, говорят, что ..."
    r"(?:['’]s)?,?\s+(?:\w+,?\s+){0,4}?(?:says?|said|quoted as saying|saying|claims?|claimed|claiming|insists?|insisted|insisting|"
    r"maintains?|maintained|keeps? (?:saying|claiming|telling \w+)|continues? to (?:say|claim|insist)|tells?|told|"
    r"writes|wrote|announces?|announced|declares?|declared|assures?|assured|will (?:say|claim|insist|tell \w+)|"
    r"пиш\w+|написал\w*|скажут|скажет|заявят|заявит|"
    r"утвержда\w+|заявля\w+|говор\w+|настаива\w+|рассказыва\w+|отвеча\w+|тверд\w+|повторя\w+|объявля\w+),?:?\s+"
    r"(?:[—–]\s+)?(?:that\s+|что\s+)?([^.;?!]{3,120})",
    re.IGNORECASE,
)
PASSIVE_CITED = re.compile(
    rf"(?<!{W})(?:(?:told|informed|assured) by (?:\w+\s+){{0,3}}?(?:officials|authorities|the authorities|"
    r"police|the government|kadyrov|karimov)|(?:i|we|victims|families|they)\s+(?:am|are|was|were|have been|"
    r"had been|keep being|kept being|keep getting|get|got)\s+told),?:?\s+(?:that\s+)?([^.;?!]{3,120})",
    re.IGNORECASE,
)
CITED_STATEMENT = re.compile(
    # (not the speaker's own "said in a statement that ...")
    rf"(?<!{W})(?<!in a )(?<!in an )(?<!in its )(?<!in his )(?<!in her )(?<!in their )"
    r"(?:(?:statement|claim|assertion|insistence|assurances?|position|line|words|version|conclusion|finding)s?\s+"
    r"(?:(?:by|of|from)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:has\s+|had\s+|have\s+)?(?:always\s+|long\s+|consistently\s+)?"
    r"(?:been|is|was)\s+)?(?:that|:)"
    r"|(?:заявлени\w*|утверждени\w*|слова\w*|заверени\w*|вывод\w*|заключени\w*)\s+(?:[\w-]+\s+){0,3}?о том,?\s+что)\s+"
    r"([^.;?!]{3,120})",
    re.IGNORECASE,
)
# "According to Grozny, there are no gays in Chechnya ...": the official line, cited inside another's words
ACCORDING_CITED = re.compile(
    rf"(?<!{W})(?:according to|if you believe|по словам|по версии|если верить)\s+(?:the\s+)?(?:grozny|kadyrov|karimov|"
    r"authorities|officials|kremlin|moscow|chechen (?:authorities|officials|leadership|government)|official grozny|"
    r"властям|властей|кадырова|кадырову|каримова|каримову|грозного|кремля|кремлю|чиновников|чиновникам|"
    r"официальных лиц|чеченских властей|чеченским властям|официального грозного|официальному грозному)"
    r"(?:['’]s)?,?\s+([^.;?!]{3,120})",
    re.IGNORECASE,
)
HEARD_CITED = re.compile(  # "Когда слышу по телевизору, что ничего этого не было": a denial heard, not made
    rf"(?<!{W})(?:слыш(?:у|им|ал|ала|али|ат)|hear|heard),?\s+(?:[\w-]+,?\s+){{0,3}}?(?:that|что)\s+"
    r"([^.;?!]{3,120})",
    re.IGNORECASE,
)
INFINITIVE_CITED = re.compile(  # "Говорить, что пострадавших нет, больше не получится": a claim named, not made
    rf"(?<!{W})(?:(?:говорить|утверждать|заявлять|твердить|уверять|to say|to claim|to insist|to tell)(?:\s+[\w-]+){{0,3}},?\s+(?:что|that)\s+"
    # "Claiming that gay men do not exist ... is not a rebuttal": a gerund opening the sentence names the claim
    r"|(?:(?<=[.!?]\s)|(?<=^)|(?<=\n)|(?<=[\"«“]))(?:claiming|saying|insisting|asserting|pretending)\s+(?:that\s+)?"
    # "Those who say there is no evidence simply refuse to look": the claim of those the speaker answers
    r"|\b(?:those|anyone|people) who (?:say|says|said|claim|claims|insist|insists),?\s+(?:that\s+)?"
    r"|\b(?:те|тот),? кто (?:говорит|говорят|утверждает|утверждают|заявляет|заявляют),?\s+(?:что\s+)?"
    # "Now no one can say there were no complaints": a claim no longer possible
    r"|(?:no one|nobody|никто)\s+(?:\w+\s+)?(?:can|could|will be able to|не может|не сможет|не сможет теперь)\s+"
    r"(?:\w+\s+)?(?:say|claim|сказать|утверждать),?\s+(?:(?:что|that)\s+)?"
    # "the authorities can no longer claim there are no victims", "больше не смогут утверждать, что ..."
    r"|\b(?:can|could) no longer (?:claim|say|pretend|insist|maintain),?\s+(?:that\s+)?"
    r"|\bбольше не (?:могут|может|смогут|сможет) (?:утверждать|говорить|заявлять|делать вид),?\s+(?:что\s+)?)"
    r"([^.;?!]{3,120})",
    re.IGNORECASE,
)
NEGATED_CLAIM = re.compile(
    rf"(?<!{W})(?:(?:(?:it is |it's |it was |this is )?(?:not true|untrue|false|a lie|wrong|неправда|ложь)\s*,?\s+"
    # "Это не доказательство того, что ничего не было", "does not mean that nothing happened"
    r"|(?:не доказательство|не доказывает|не значит|не означает|does not mean|doesn't mean|is not proof|is no proof)"
    r"(?:\s+того)?,?\s+)"
    r"(?:that|что)\s+"
    # "Люди молчат не потому, что ничего не было, а потому, что боятся": the absence is the reason ruled out
    r"|(?:не потому,?\s+что|not because)\s+)([^.;?!]{3,120})",
    re.IGNORECASE,
)
for _pattern in (
    CITED_SPEECH,
    PASSIVE_CITED,
    CITED_STATEMENT,
    NEGATED_CLAIM,
    HEARD_CITED,
    INFINITIVE_CITED,
):  # built once, here
    bounded(_pattern)
    folded(_pattern)
# fmt: off
NAME_CALLING = _rx(  # "they will call us liars": a dismissal of the speaker, cited, not made
    r"(?:назовут|называют|назвали|назовет|назовёт|call|called|calls|will call|branded)\s+(?:нас|нашу|наших|us|our)"
    r"\s+\w+",
    r"(?:нас|us)\s+(?:назовут|называют|назвали|will call|called|call)\s+\w+",
)
# idioms made of cue words that take no side: "Chechens are not the kind of people who hide from the truth"
IDIOM = _rx(
    r"(?:hide|hides|hiding|hid|run|runs|running|ran) (?:away )?from the truth",
    r"(?:скрыва|прячут|пряча|бега|убега)\w* от правды",
    # "безопасность тех, кто решится дать показания": testimony yet to be given is no evidence
    r"(?:решится|решатся|захочет|захотят|согласится|согласятся|осмелится|осмелятся) (?:дать|давать) показания",
)
# what is named only to be doubted: "the so-called purge", "о каких-то тайных тюрьмах" ("some sort of")
HEDGED = (
    r"(?:so-called|allegedly|alleged|supposed|supposedly|purported\w*|так называем\w+|как\w+-то)\s+"
    r"(?:[\"«“]?\w+[\"»”]?\s+){0,2}[\"«“]?\w+[\"»”]?"
)
HEDGED_RE = re.compile(HEDGED, re.IGNORECASE)
CITED_CLAIM = _rx(
    r"if (?:confirmed|true|proven|verified|substantiated)", r"если (?:подтвердятся|подтвердится)",
    # "сообщения о том, что происходит с ...", "посмотреть, что там на самом деле происходит": what happens, not
    # that it did
    r"что (?:[\w-]+ ){0,4}?происходи\w*",
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|information|stories|articles?|publications?)"
    r"\s+(?:of|about|that|on|regarding)(?:\s+(?!(?:were|was|are|is|have|has|had) (?:been )?(?:confirmed|verified|"
    r"substantiated|corroborated|true|credible)\b)[^\s.;,]+){1,5}",
    r"(?:сообщени\w+|обвинени\w+|информаци\w+|утверждени\w+|слух\w+|данны\w+|публикаци\w+|"
    r"заявлени\w+(?:\s+[^\s.;,«]+){0,2}?)\s+(?:о|об|что|про)"
    r"(?:\s+(?![«\"“]?(?:подтвержд|опроверг|не\s))[^\s.;,]+){1,5}",  # (not the verdict on them: "... в Чечне подтверждены")
    r"(?:they|some|newspapers?|journalists|the newspaper|media|western media|activists)\s+(?:say|said|claim\w*|"
    r"write|wrote|allege\w*|report\w*)\s+(?:that\s+)?[^.;]{0,60}",
    r"(?:пишут|говорят|якобы|будто|будто бы|"
    r"утверждают|заявляют),?\s+(?:[—–:]\s+)?(?:что\s+)?[^.;]{0,60}",
    HEDGED,
    # "the fate of the men reported to have been detained": what the reports say, not that it happened
    r"(?:reported|said|alleged|believed|thought|claimed|rumou?red) to (?:have been|be|have) \w+",
)
CONFIRM_NEGATED = _rx(
    r"no reason not to (?:believe|trust)", r"не оставля\w* (?:никаких )?сомнени\w*",
    r"no (?:reason|grounds) to doubt", r"no question (?:that|about|of)", r"there is no doubt",
    r"нет (?:никакого )?сомнения", r"no room for doubt", r"leaves? no doubt",
    r"(?:there is|there's|have|has) no doubt", r"no doubt", r"beyond (?:any )?doubt", r"cannot be (?:denied|doubted)",
    r"can't be denied", r"undeniabl\w*", r"indisputabl\w*", r"irrefutabl\w*",
    r"не вызыва\w* (?:никаких )?сомнени\w*", r"нет (?:никаких )?сомнени\w*",
    # "у нас нет оснований в них сомневаться"
    r"нет (?:никаких )?(?:оснований|причин) (?:(?:в )?[а-яё]+ ){0,2}?(?:сомневаться|не доверять)", r"несомненн\w*", r"бесспорн\w*", r"невозможно отрицать",
    r"нельзя отрицать",
    r"(?:did|does|do|could|can)(?: not|n't) find (?:\w+ ){0,6}?(?:evidence|proof|reason) to "
    r"(?:contradict|refute|disprove|doubt|question|discredit)",
    r"no (?:\w+ ){0,3}?(?:evidence|proof|reason) to (?:contradict|refute|disprove|question|discredit)",
    r"не (?:нашл\w*|наш[её]л|вижу|видим) (?:\w+ ){0,4}?(?:доказательств|оснований|причин) (?:опровергн\w*|"
    r"опровергающ\w*|сомневаться|не доверять)",
)
# "held" as in detained, not "held responsible" (accountability: "Nobody has been held responsible")
HELD = r"held(?! (?:criminally |legally |personally )?(?:responsible|accountable|liable|to account))"
# after "no victim", "no complaints": not a modal ("no victim will come forward while ...": why nobody complains)
NOT_MODAL = r"(?! (?:will|would|could|dares?|can) )"

ABSENCE = _rx(
    # "no one had ever brought the authorities any concrete evidence": nothing put before them
    r"(?:no one|nobody) (?:has |had |have )?(?:ever )?(?:brought|presented|provided|given|shown|produced|submitted) "
    r"(?:[\w-]+ ){0,3}?(?:any |a single )?(?:concrete |real |reliable )?(?:evidence|proof|facts)",
    # a relative's "Nobody took him anywhere", "Никто его никуда не забирал": the detention itself denied
    r"(?:nobody|no one) (?:ever )?(?:took|detained|arrested|seized) (?:him|her|them|my son|our son)(?: anywhere| away)?\b",
    r"никто (?:его|её|ее|их|меня|сына) (?:никуда )?не (?:забирал|забрал|задерживал|задержал|увозил|увез|увёз)",
    # the facts looked for named first: "фактов, свидетельствующих о совершении преступлений ..., не выявлено"
    r"(?:фактов|сведений|признаков|доказательств|подтверждений),? (?:свидетельствующ|подтверждающ|указывающ)\w* "
    r"[^.;!?«»]{0,160}?,? не (?:выявлено|установлено|обнаружено|найдено|получено)",
    # "«фактов, подтверждающих эти обвинения, нет»"
    r"(?:фактов|сведений|признаков|доказательств|подтверждений),? (?:свидетельствующ|подтверждающ|указывающ)\w* "
    r"[^.;!?«»]{0,80}?,? (?:нет|не имеется)\b",
    # "в ходе проверки «не получено объективных данных», подтверждающих ...": the data looked for and not found
    r"не (?:получено|обнаружено|установлено|выявлено|найдено) (?:[\w«»-]+ ){0,2}?(?:данных|сведений|доказательств|"
    r"фактов|подтверждений)»?(?:,? подтверждающ\w+)?",
    # another reason given and no other: "задержаны как «пособники боевиков» и никаких других причин для их
    # задержания нет", "there was no other reason for their detention"
    r"других причин (?:для )?(?:их |его |ее |её )?(?:задержани\w*|ареста) (?:нет|не было|не имеется)",
    r"no other (?:reasons?|grounds?|motives?) for (?:their|his|the|these) (?:detention|arrests?)",
    # "заявили об отсутствии достоверной информации", "cited the absence of reliable information"
    r"отсутстви\w+ (?:каких-либо |какой-либо |любой )?(?:достоверн\w+ |подтвержденн\w+ |подтверждённ\w+ |"
    r"проверенн\w+ )?(?:информации|сведений|данных|доказательств|фактов)",
    r"absence of (?:any )?(?:reliable |verified |credible |confirmed )?(?:information|evidence|facts|data)",
    # "refused to open a criminal case, citing a lack of evidence"
    r"(?:citing|cited) (?:a |the )?lack of (?:any )?(?:evidence|proof)",
    # "ответа, подтверждающего эти сведения, пока не получила": nothing confirming them has come
    r"подтверждающ\w+ (?:[\w-]+ ){0,3}?(?:сведени\w+|информаци\w+|факт\w*|сообщени\w+),? (?:пока |так и |ещё |еще )?"
    r"не (?:получил\w*|поступ\w+|представ\w+)",
    # "у семьи нет никаких претензий к полиции": the family has nothing against the police
    r"нет (?:никаких )?претензий", r"no (?:complaints|grievances|claims) against the police",
    # "Not a single name, not a single body, not a single verdict": nothing to show
    r"not (?:a single|one) (?:name|body|victim|fact|complaint|witness|verdict|corpse|grave)",
    # "Подтверждений этой информации по-прежнему нет": what is missing named first
    r"(?:подтверждени[йя]|доказательств|фактов)(?: [\w-]+){0,3}? (?:по-прежнему |пока |до сих пор |так и )?"
    r"(?:нет|не имеется|не появилось)\b",
    # asked for names and facts and got none: "had received nothing concrete", "ничего конкретного не получили"
    r"received nothing(?: concrete| specific| at all)?",
    r"ничего конкретного (?:не )?(?:получил\w*|представил\w*|предоставил\w*)",
    # an inquiry that could not confirm them: "had not been able to establish that any such events took place"
    r"(?:not|n't|never) (?:been )?(?:able to |possible to )?(?:establish|confirm|verify|substantiate)\w*",
    r"(?:failed|unable) to (?:establish|confirm|verify|substantiate)\w*",
    # the men said to be held or killed are alive and at home: "all the men were alive and living at home"
    r"all (?:the |of (?:the|them) )?(?:[\w-]+ ){0,2}(?:are|were) (?:still )?alive",
    r"(?:are|were) all (?:still )?alive",
    # relatives saying the men are well: "their sons were 'alive, healthy and married'", "сыновья «живы и здоровы»"
    r"(?:sons?|brothers?|husbands?) (?:are|were|is|was) (?:still )?[\"']?alive",
    # "found that the people on it were 'alive and well'", "Родственники говорят, что они живы и здоровы"
    r"alive and (?:well|healthy)", r"живы и здоровы",
    # "никаких «спецопераций против геев» в республике не проводилось"
    r"никаких (?:[\w«»-]+ ){0,5}?не (?:проводил\w*|проводятся|велось|велись|происходил\w*)",
    # "Nothing we have seen so far confirms these publications", "ничто из увиденного не подтверждает"
    r"nothing (?:[\w-]+ ){0,5}?(?:confirms|confirmed|corroborates|corroborated|supports|backs up)",
    r"ничто (?:[\w-]+ ){0,4}?не (?:подтвержда\w*|подтвердил\w*)",
    # "the Kremlin had not received any credible information about problems of this kind"
    r"(?:had|has|have)(?: not|n't) (?:yet )?received any (?:credible |reliable |verified |confirmed |official )?"
    r"(?:information|evidence|confirmation|complaints?|appeals?|reports)",
    # "So far nobody has given us anything"
    r"no(?:body| one|-one) (?:has|had|have) (?:yet )?(?:given|shown|sent|brought|provided|handed) (?:us|me) "
    r"(?:anything|a single|any)",
    r"(?:сыновья|сын|братья|брат|мужья|муж) (?:[\w-]+ )?«?жив[ыо]?\b",
    # "a story that has been checked and found to have nothing behind it"
    r"(?:found|proved|turned out|shown) to have nothing (?:behind|to) it", r"nothing behind (?:it|them|the (?:story|claims|reports))", r"все (?:[\w«»-]+ ){0,4}«?живы",
    # a negated occurrence: "ничего подобного не происходит", "не имело места"
    r"не происход\w+", r"не имел\w* места",
    # a challenge to produce one victim or proof: "Пусть назовут хотя бы одну фамилию", "Show me one name"
    r"(?:пусть|пускай) (?:назовут|покажут|приведут|представят|предъявят|предоставят) (?:нам )?(?:хотя бы|хоть) "
    r"(?:одн\w+|один) (?:фамили\w+|им\w+|пострадавш\w+|жертв\w+|факт\w*|доказательств\w*|свидетел\w+)",
    # "Пусть сначала предъявят доказательства, а потом требуют расследований"
    r"(?:пусть|пускай) сначала (?:предъявят|представят|покажут|предоставят) (?:\w+ )?(?:доказательства|факты)",
    r"(?:show|give|name|bring) (?:me|us) (?:just |even |a )?(?:one|a single) (?:name|victim|case|fact|body|grave|"
    r"family|witness|complaint)",
    # "without a single verified fact, without a single name"
    r"without (?:a single|any|one) (?:verified |confirmed |real |concrete )?(?:fact|name|evidence|proof|complaint)s?",
    # what a visit would show: "Let them come. They will find nothing", "ничего не найдут"
    r"(?:will|would) (?:find|see) nothing", r"(?:won't|will not|would not) find anything",
    r"ничего (?:там |здесь |у нас )?не (?:найдут|увидят|обнаружат)",
    r"не вид\w+ ни одного (?:\w+ )?(?:факта|доказательства|подтверждения|пострадавшего)",
    r"(?:has|have|had) (?:not|never) seen (?:a single|any|one) (?:\w+ )?(?:fact|evidence|proof|victim)",
    r"(?:unable|failed|could not|couldn't) to (?:identify|find|locate|establish) (?:any |a single |the )?"
    r"(?:victims?|complainants?|witnesses|detainees|such (?:people|persons|men))",
    r"(?:nobody|no one|no-one) (?:had |has |ever |was )?(?:harmed|touched|hurt|threatened|detained|beat|held) "
    r"(?:her|him|me|them|us)",
    r"everything (?:is|was) (?:fine|ok|okay|all right|alright|in order)",
    r"вс[её] (?:в порядке|хорошо|нормально)",
    r"(?:nobody|no one|no-one) (?:(?:in|from) (?:the )?\w+ )?(?:has |had |have )?(?:ever )?(?:complained|"
    r"come forward|came forward|"
    r"filed (?:a |any )?complaints?|reported (?:any|such)\w*)",
    r"никто (?:из \w+ )?не (?:жаловался|обращался|обратился|заявлял|заявил|сообщал|сообщил)",
    r"(?:nobody|no one|no-one)(?: (?:in|from|of)(?: \w+){1,2}?)? (?:was|were|has been|had been|is being|is) "
    r"(?:ever )?(?:detained|arrested|" + HELD + r"|touched|"
    r"beaten|tortured|persecuted|killed|harmed|abducted)",
    r"(?:nobody|no one|no-one) (?:was|is|were|had been) (?:holding|keeping|detaining|persecuting|threatening) "
    r"(?:her|him|me|them|us)",
    r"никого не (?:задерживали|задержали|задерживают|преследовали|преследуют|трогали|тронули|били|пытали|"
    r"похищали|убивали)",
    r"никто не (?:был )?(?:задержан|пострадал|преследуется|преследовался|подвергался)",
    # "Его никто не трогал": nobody laid a hand on him (a relative reading a recantation)
    r"(?:его|её|ее|их|меня|нас) никто не (?:трогал|тронул|бил|бьёт|задерживал|пытал)",
    r"(?:никаких|никакого|никакой) (?:\w+ )?(?:задержани\w*|жалоб\w*|обращени\w*|фактов|доказательств\w*|нарушени\w*|"
    r"преследовани\w*|пыток|похищени\w*)",
    r"ни один (?:человек|пострадавший|житель|из \w+)(?: [\w-]+){0,4}? не (?:сообщил|обратил\w*|пожаловал\w*|заявил|"
    r"подтвердил)",
    r"not based on (?:a single |any |one )?(?:\w+ )?(?:fact|evidence|proof|testimon)\w*",
    r"нет (?:у нас |у кремля |у мвд )?(?:никакой |какой-либо |достоверной |подтвержденной |подтверждённой |"
    r"проверенной )+(?:информации|сведений|данных)",
    r"(?:никакой|никаких) (?:подтвержденной |подтверждённой |достоверной |проверенной )?(?:информации|сведений|"
    r"данных)",
    r"не располага\w+ (?:[\w-]+ ){0,2}(?:информаци\w*|данными|сведениями|подтверждени\w*|доказательств\w*)",
    r"(?:никакими|какими-либо) (?:\w+ )?(?:подтверждени\w*|сведени\w*|данными|доказательств\w*) не "
    r"(?:располага\w+|облада\w+)",
    r"(?:i|we) (?:was|were) (?:not|never) (?:\w+ )?(?:detained|held|tortured|beaten|abducted|arrested|kidnapped)",
    r"если (?:они|оно|она|такие \w+) (?:действительно|вообще|на самом деле) существу\w+",
    r"(?:there is|there's|there was|there will be) nothing to (?:find|check|uncover|verify)",
    r"nothing to investigate", r"нечего расследовать",
    r"(?:had |has |have )received none", r"(?:not|never) (?:\w+ )?found (?:a single|any|one) (?:\w+ )?(?:victims?|"
    r"cases?|facts?|traces?|complaints?)",
    r"без (?:единого|одного|каких-либо|всяких) (?:\w+ )?(?:факт\w*|доказательств\w*|подтверждени\w*)",
    r"(?:сведениями|информацией|данными|подтверждениями)(?: [\w-]+){0,7}? не располага\w+",
    # "Объективных данных, подтверждающих факт незаконного задержания заявителя, не получено"
    r"(?:данных|сведений|доказательств|фактов|подтверждений)(?:,? [\w-]+){0,8}?,? не (?:получено|обнаружено|"
    r"найдено|установлено|выявлено)",
    r"не (?:нашл?\w*|получил\w*) (?:\w+ )?подтверждени\w*", r"не подтвержден\w*", r"не подтвердил\w*с[ья]",
    r"отсутстви\w+ (?:объективных |каких-либо |достоверных )?(?:данных|доказательств|сведений|фактов|"
    r"подтверждени\w*)",
    r"(?:подтвержд[её]нн\w+|достоверн\w+|проверенн\w+) (?:\w+ )?(?:данных|сведений|фактов|информации|"
    r"доказательств)(?: [\w-]+){0,9}? нет\b",
    r"нечего (?:искать|проверять|находить)",
    r"(?:каких-либо|никаких) (?:\w+ )?(?:подтверждени\w*|доказательств\w*|сведени\w*|фактов|данных|"
    r"свидетельств\w*)(?: [\w-]+){0,9}? нет\b",
    r"if (?:they|such \w+) (?:really|actually|even|indeed) exists?",
    # a relative's account of where he went instead: "брат просто уехал на заработки в Москву", "simply gone to work"
    r"(?:просто|simply|just) (?:уехал\w*|had gone|has gone|gone|went|left|moved) (?:[\w-]+ ){0,2}?(?:на заработки|"
    r"на учёбу|на учебу|to work|to study)",
    # "If these men were really victims, why did they run to Europe?": the victims doubted
    r"if (?:these|those|such|they) (?:[\w-]+ )?(?:were|are) (?:really|actually|truly|indeed) (?:victims|persecuted|tortured)",
    r"если (?:эти|такие|они) (?:[\w-]+ )?(?:действительно|на самом деле|правда) (?:пострадали|жертвы|подвергались)",

    r"no (?:reliable |credible |verified |confirmed )?information",
    # "none of the people named in the media had been located or had confirmed the allegations"
    r"none of (?:the |these |those )?(?:people|men|persons|individuals|victims|alleged victims)\b[^.;]{0,50}? "
    r"(?:had|has|have|was|were|could be) (?:been )?(?:located|found|identified|traced)",
    # "а ни одного живого свидетеля никто так и не показал"
    r"ни (?:одного|одной) (?:[\w-]+ )?(?:свидетеля|пострадавшего|потерпевшего|жертвы|факта|имени|доказательства)\b"
    r"[^.;]{0,30}? (?:никто|не)\b",
    # "Мы готовы рассмотреть любое обращение, но их нет": there are none
    r"(?:но|однако|а) (?:их|таких) (?:просто |пока )?нет\b",
    # "Not one of our partners has provided anything that could be checked"
    r"(?:not one|none) of (?:our|the|their|its|his|her) (?:[\w-]+ ){0,2}?(?:has|have|had) (?:ever |yet )?"
    r"(?:provided|given|presented|produced|shown|named|handed over) (?:anything|any|a single)",
    # "готовы рассмотреть любые обращения, однако «пока не получили ни одного»": none of them received
    r"не (?:\w+ )?получ\w+ ни (?:одного|одной|единого)\b(?!\s+[а-яё])",
    # "There are no reliable, confirmed facts"
    r"no (?:reliable|credible|verified|confirmed|objective)(?:,| and) (?:reliable |credible |verified |confirmed )?"
    r"(?:information|facts|data|evidence)",
    r"не (?:\w+ )?(?:\w+ )?ни (?:одного|одной) (?:\w+ )?(?:имени|факта|жертвы|свидетеля|доказательства|случая|"
    r"жалобы|обращения|пострадавшего|человека)",
    r"ни (?:одна|один|одно) (?:\w+ )?(?:\w+ )?не (?:обращал\w*|пострадал\w*|подтвердил\w*|жаловал\w*)",
    r"не было и (?:нет|не могло быть)", r"(?:нет|не было) и никогда не было",
    r"(?:do|does|did)(?:n't| not) have (?:any )?(?:\w+ )?(?:information|evidence|data|complaints?|facts|proof|"
    r"cases|reports)",
    r"nothing to go on",
    r"no(?:body| one|-one)\s+(?:\w+\s+){0,2}?(?:has|had|have|would)\s+"
    r"(?:\w+\s+)?(?:come|complained|complain|approached|applied|contacted|reported|turned|filed|come forward)",
    r"not (?:a single|one) (?!perpetrator|culprit|suspect|officer|official|policem)\w+ (?:\w+ )?(?:has|have|had|"
    r"was|were|is) (?:been )?(?!been |held (?:responsible|accountable|to account|liable)|punished|prosecuted|charged|"
    r"convicted|brought to justice)\w+",
    r"never (?:\w+ )?received (?:a single |any |one )?(?:official |formal |such )?(?:complaints?|appeals?|applications?|statements?|reports?|approach(?:es)?|signals?)",
    r"not based on (?:a single |any )?",
    r"never (?:\w+ )?(?:presented|produced|provided|named|shown) (?:a single|any|one)",
    # "Western partners who raised the subject had not presented a single fact"
    r"(?:has|have|had)(?: not|n't) (?:yet |ever )?(?:presented|produced|provided|shown|named|handed over|submitted) "
    r"(?:a single|any|one) (?:[\w-]+ )?(?:facts?|evidence|proof|names?|victims?|cases?|witness\w*)\b",
    # (not "If there are such appeals, they will be considered": a procedure, not a doubt the men exist)
    # a rhetorical challenge: "Where are the victims? Where are the names?", "Где эти пострадавшие?"
    r"where are (?:the|these|all these|those) (?:victims|names|bodies|facts|witnesses|complaints)",
    r"где (?:же )?(?:эти |все эти )?(?:жертвы|пострадавшие|имена|фамилии|факты|доказательства|заявления|тела)",
    r"if there (?:were|was|are) (?:such|any|victims|gays?|gay people|these|(?:hundreds|dozens|thousands|so many) of "
    r"(?:victims|people|men|gays?))(?! (?:appeals?|complaints?|"
    r"applications?|requests?|cases? (?:filed|submitted)|statements?))",
    r"there (?:are|were|is|was|had been|have been) no (?:such|gays?|gay \w+|homosexuals?|lgbt\w*|camps?|prisons?|"
    r"victims?|detentions?|persecution|problem|evidence|facts?|complaints?|cases?|people like|abductions?|"
    r"arrests?|operations?|purge|campaign)",
    r"none of (?:this|it|that) (?:happened|is true|took place)",
    # "Not one of these stories has been confirmed by anyone"
    r"(?:not one|none|not a single one) of (?:these|the|those|them|their|its|his|her)(?: \w+){0,6}? (?:has|have|had|was|were) (?:ever )?"
    r"been (?:confirmed|proven|verified|substantiated|corroborated)",
    # "the case has nothing to do with their private lives", "не связано с личной жизнью"
    r"nothing to do with (?:their|his|her) (?:private lives?|personal lives?|sexual orientation|orientation)",
    r"не связан\w* с (?:их |его )?(?:личной жизнью|ориентацией)",
    # "их ориентация «не имеет к делу никакого отношения»", "his orientation had nothing to do with it"
    r"ориентаци\w+ (?:[\w«»]+ ){0,2}?«?не имеет (?:[\w«»]+ ){0,3}?отношения",
    # "«к личной жизни задержанных это не имеет никакого отношения»"
    r"к (?:их |его )?(?:личной жизни|ориентации)(?: [\w«»]+){0,3}? не име\w+ (?:никакого )?отношения",
    r"(?:orientation|sexuality) (?:[\w\"“]+ ){0,2}?(?:has|had) nothing to do with",
    r"(?:could|can)(?:not|n't| not) be (?:persecuted|detained|oppressed)", r"unable to (?:produce|name|find)",
    r"no (?:single )?victims?" + NOT_MODAL, r"(?:did|does|do)(?:n't| not) reflect reality", r"no such problem",
    r"(?:have|has|had)(?: not|n't) (?:\w+ )?heard of", r"not (?:a single|one) (?:such )?cases?",
    # "ни разу не слышала ни о чём подобном"; "пока нам ничего, кроме газетных статей, не представили"
    r"(?:ни разу|никогда) не слышал\w* (?:ни о ч[её]м|ничего) (?:подобном|подобного|такого|таком)",
    r"ничего,? кроме [^.;!?«»]{1,40}?,? не (?:представил\w*|предоставил\w*|показал\w*|прислал\w*)",
    r"nothing (?:but|except|other than|beyond) (?:[\w-]+ ){1,4}?(?:articles?|stories|reports|rumou?rs)",
    # (not "we have not seen any credible result": of an investigation, not of the events)
    r"(?:have|has|had)(?: not|n't) (?:\w+ )?seen (?:a single|any|one)(?! (?:\w+ )?(?:results?|progress|response|answer|"
    r"reply|action|steps?|investigation|movement))", r"nothing to hide",
    r"not in possession of", r"nothing (?:has|have|had) been (?:confirmed|found|established|proven|proved)",
    r"not (?:a )?shred of", r"no (?:real |actual |hard )?evidence",
    r"(?:did|does|do)(?:n't| not) (?:\w+ )?exist",
    r"no (?:such )?(?:operations|detentions|arrests|camps|prisons)", r"no (?:gay|gays|homosexuals|lgbt)",
    r"nobody (?:is|was|has been) (?:\w+ )?(?:persecuted|detained|" + HELD + r"|harmed)",
    r"нет (?:никаких )?(?:оснований|поводов) для", r"не (?:было|поступало) ни (?:одной|одного)",
    r"никто (?:\w+ )?не (?:обращал\w*|жаловал\w*|пострадал|задержан)",
    # "опрошены десятки жителей, и никто из них о нарушениях не заявил"
    r"никто из (?:них|опрошенных|жителей) (?:[\w-]+ ){0,3}?не (?:заявил\w*|сообщил\w*|пожаловал\w*)",
    r"если бы (?:такие|они|геи|подобные)(?: [\w-]+){0,3}? (?:был\w*|существовал\w*)",
    r"if such people (?:existed|were there|lived there|really existed)",
    # nothing to look into: "не видит необходимости в каких-либо проверках", "sees no need for an investigation"
    r"не (?:вижу|видим|видит|видят|видел\w*) (?:никакой )?(?:необходимости|смысла|нужды) в (?:каких-(?:либо|то) |"
    r"дополнительн\w+ |новых |этих )?(?:проверк|расследовани)\w*",
    r"(?:sees?|saw|seeing) no (?:need|reason) (?:for|to (?:open|launch|conduct|hold)) (?:an? |any )?(?:further |new )?"
    r"(?:investigation|inquiry|probe|checks?)",
    # "про личную жизнь никого не спрашивали", "nobody was asked about their private life": not why they were held
    r"(?:про|о|об) (?:[\w-]+ )?(?:личн\w+ жизн\w*|ориентаци\w*) (?:[\w-]+ )?никого (?:никогда )?не спрашива\w*",
    r"(?:nobody|no one|no-one) was (?:ever )?asked about (?:their|his) (?:private lives?|personal lives?|orientation|"
    r"sexuality)",
    # "a story with zero names, zero photos, zero bodies"
    r"zero (?:names|victims|bodies|evidence|proof|facts|photos|witnesses|complaints)",
    # "Если бы хоть что-то из этого было правдой, мы бы первыми узнали", "if any of this were true, we would know"
    r"если бы (?:хоть )?(?:что-(?:то|нибудь)|это|часть|одно) (?:[\w-]+ ){0,3}?(?:было|были|была|был) (?:правдой|правда)",
    r"if (?:any|even (?:part|some|one)|half|a fraction) of (?:this|it|that|these (?:claims|stories|reports)) "
    r"(?:were|was) true",
    r"no such (?:people|persons|men|thing|cases?|facts?|prisons?|camps?|facilit(?:y|ies)|places?|sites?|information|data|evidence|complaints?)",
    # "allegations from anonymous sources that no one has been able to confirm"
    r"(?:no one|nobody|no-one) (?:has|had|have) (?:ever )?been able to (?:confirm|verify|substantiate|prove|corroborate)",
    # "Nobody had heard of any secret prison", "никто не слышал ни о каких задержаниях"
    r"no(?:body| one|-one) (?:had |has |have )?(?:ever )?heard of", r"никто (?:\w+ )?не слышал\w*",
    # "we have not identified a single person who confirmed that he was detained"
    r"(?:have|has|had)(?: not|n't) (?:yet )?(?:identified|found|met|located) (?:a single|any|one) "
    r"(?:person|victim|man|witness|complainant)",
    # "no one has produced a single verified case", "not a single fact cited ... has been confirmed"
    r"(?:no one|nobody|no-one) (?:has|had|have) (?:ever |yet )?(?:produced|provided|presented|shown|named|given) "
    r"(?:a single|any|one)",
    # "В Чечне нет того, о чём они пишут", "none of what they write about exists"
    r"нет (?:того|ничего из того),? о ч[её]м (?:они |вы |там |все )?(?:пишут|говорят|пишете|говорите|сообщают)",
    r"(?:none|nothing) of what (?:they|you) (?:write|say|describe|report)",
    # "a compilation of anonymous claims that no one has bothered to verify"
    r"(?:no one|nobody|no-one) (?:has|had|have) (?:ever |yet |even )?(?:bothered|cared|tried) to "
    r"(?:verify|check|confirm|prove|substantiate|corroborate)",
    r"not (?:a single|one) (?:\w+ )?(?:fact|claim|allegation|case|name)s?(?: [\w-]+){0,6}? (?:has|have|had) been "
    r"(?:confirmed|proven|proved|established|verified|substantiated)",
    # "место, где его удерживали, установить не удалось", "the place could not be established"
    r"(?:установить|обнаружить|найти|подтвердить) не удалось",
    r"could not be (?:established|located|identified|found)",
    # "такого греха среди чеченцев нет и быть не может", "such a sin has no place among Chechens": the accused
    # side's "no such people"
    r"(?:такого|этого|подобного) греха (?:[\w-]+ ){0,3}?(?:нет|не было|не может быть)",
    r"such (?:a )?sin (?:has|had) no place",
    # "I live here and have never heard of any camps", "ни о каких лагерях не слышал"
    r"(?:have|has|had|I|we) never (?:\w+ )?heard of (?:any|such|these|those)",
    # "I have never seen a shred of evidence for any of it", "никогда не слышал ни об одном подобном случае"
    r"(?:have|has|had|I|we) never (?:\w+ )?seen (?:a shred of|a single|any|one)(?! (?:\w+ )?(?:results?|progress|"
    r"response|answer|reply|action|steps?|investigation|movement))",
    r"не слыша\w* ни (?:о|об) (?:одном|одной|каких|каком|какой)",
    r"ни о (?:каких|каком|какой) (?:[\w-]+ ){1,2}?(?:\w+ )?не слыша\w*", r"ничего (?:подобного |такого )?не слыша\w*",
    # "not backed by a single verified fact"
    r"not (?:backed|supported|substantiated|corroborated|borne out) by (?:a single|any|one)",
    # "доводы ... своего подтверждения не нашли": the confirmation looked for and not found
    r"подтверждени\w+ не (?:нашл|наш[её]л|получил|находя|получа)\w*",
    r"no(?:body| one|-one) (?:(?:in|from) \w+ )?(?:was|were|has been|"
    r"have been|is|are|had been)\s+(?:\w+\s+)?(?:detained|arrested|persecuted|tortured|killed|" + HELD + r"|abducted|"
    r"harmed)",
    r"there (?:are|were|is) no (?:gays?|gay (?:people|men)|homosexuals?|such|lgbt\w*|people like)",
    r"(?:do|does|did)(?:n't| not) exist", r"never existed", r"simply do(?:n't| not) exist",
    # "Such men have never lived among us"
    r"(?:such|these|those) (?:men|people) (?:have |had )?never (?:lived|been) (?:among|with|here)",
    r"no (?:(?:written|official|formal|direct|real|actual|objective|independent|medical) )?(?:evidence|proof|facts?|"
    r"confirmation|reliable "
    r"information|credible information|information|complaints?|"
    r"victims?|cases?|records?|signs?|traces?|appeals?|applications?|names|statements? from)" + NOT_MODAL,
    # (not "not one person had been held responsible": nobody punished, see ACCOUNTABILITY)
    r"not (?:a single|one) (?:complaint|case|fact|person|victim|appeal|report)(?! (?:\w+ ){0,3}?(?:held "
    r"(?:responsible|accountable|to account|liable)|punished|prosecuted|charged|convicted|brought to justice))",
    r"(?:has|have|had|was|were|is|are)(?: not|n't) been (?:confirmed|corroborated|substantiated|verified|proven)",
    r"not (?:been )?confirmed", r"unconfirmed", r"unproven", r"unsubstantiated",
    r"none of (?:it|this|that|them|these) (?:had|has|have|was|were) been (?:confirmed|corroborated|substantiated|verified)",
    r"could(?:n't| not) (?:be )?"
    r"(?:confirm\w*|verif\w*|substantiat\w*|corroborat\w*)",
    r"unable to (?:confirm|verify|find)", r"(?:did|does|do)(?:n't| not) find", r"found no(?:thing)?",
    r"(?:did|does|do)(?:n't| not) (?:happen|take place|"
    r"occur)",
    r"never (?:happened|took place|occurred)", r"nothing (?:of the sort|of the kind|like (?:that|this))",
    r"no (?:grounds|basis)", r"without (?:any )?(?:basis|foundation|evidence|grounds)",
    # ("had not yet received", "had so far not received")
    r"(?:has|have|had)(?: so far| yet)?(?:n't| not)(?: yet| so far)? (?:been )?received (?:a single |any |one )?(?:official |formal |such |written )?(?:complaints?|appeals?|applications?|statements?|reports?|approach(?:es)?|signals?)",
    r"(?:were|was|are|is|have been|has been)(?:n't| not) (?:\w+ )?(?:detained|persecuted|tortured|held|killed|"
    r"arrested|abducted)",
    r"never (?:\w+ )?(?:detained|persecuted|tortured|arrested|abducted|killed)", r"not aware of (?:any|a single)", r"never heard of (?:a single|any|one) (?:such )?(?:case|complaint|victim|instance)", r"подтверждени\w+ (?:[\w-]+ ){0,3}?(?:найти |обнаружить |получить )?не удалось",
    r"не удалось (?:найти|обнаружить|получить) (?:[\w-]+ ){0,2}?подтверждени\w+", r"none (?:had|has|have) (?:yet )?been (?:presented|provided|submitted|produced)",
    r"no (?:one|body) (?:has )?(?:complained|come forward|filed|applied|contacted)",
    r"(?:can(?:not|'t)|could not|couldn't) (?:detain|persecute|arrest|kill) (?:those|people|someone|anyone)",
    r"would not find", r"no such people",
    # "the allegations came without names or dates", "let them go to the prosecutors; so far no one has"
    r"without (?:names|dates|facts|specifics|details) (?:or|and) (?:names|dates|facts|specifics|details)",
    r"so far (?:no one|nobody|none) (?:has|have)\b",
    r"таких людей\s+(?:в Чечне\s+|у нас\s+|в республике\s+)?(?:просто\s+)?нет", r"таких (?:людей )?нет",
    r"нет таких", r"таких у нас нет",
    # "В Чечне такого нет", "ничего подобного у нас нет": the thing itself denied
    r"(?:такого|подобного) (?:у нас |здесь |там |в республике )?(?:нет|не было|не бывает)",
    r"ничего (?:такого|подобного) (?:у нас |здесь |там |в республике )?(?:нет|не было|не бывает)",
    r"нет\s+(?:у нас\s+|в Чечне\s+|в республике\s+)?(?:геев|гомосексуал\w*)", r"не существу\w*",
    r"не существовал\w*", r"жалоб\w* (?:\w+ )?не поступ\w*",
    r"не поступ\w+ (?:ни одной |ни одного |никаких )?(?:жалоб\w*|заявлени\w*|обращени\w*|сведени\w*)",
    r"не поступал\w*", r"не поступил\w*", r"ни одной жалобы", r"ни одного (?:\w+ )?(?:заявления|обращения|факта)",
    # "Ни одного имени, ни одного документа": nothing to show (the Russian "not a single name")
    r"ни одного (?:\w+ )?(?:имени|тела|документа|свидетеля|потерпевшего|пострадавшего|доказательства)",
    r"ни одной (?:\w+ )?(?:фамилии|жертвы)",
    # "Нет, такой информации у нас нет", "Нет ни заявлений, ни потерпевших", "в базах не значатся",
    # "ни одна из предполагаемых жертв так и не обратилась"
    r"(?:такой|подобной|этой) информации (?:у (?:нас|меня) )?нет",
    r"нет ни (?:заявлений|жалоб|обращений|потерпевших|пострадавших|фактов)",
    r"(?:в базах|в базе|в списках) (?:\w+ )?не знач\w+", r"не знач(?:ится|атся) (?:в базах|в базе|в списках)",
    r"ни (?:одна|один) из (?:\w+ )?(?:жертв|пострадавших|потерпевших) (?:\w+ ){0,3}?не (?:обратил\w*|пожаловал\w*)",
    r"никаких (?:жалоб|заявлений|обращений|доказательств|фактов|подтверждений|данных|сведений)",
    r"нет (?:никаких )?(?:доказательств|фактов|подтверждени\w*|данных|сведений|оснований|жалоб|заявлений|"
    r"обращений|информации)",
    # "ему «неизвестны какие-либо факты», подтверждающие обвинения", "нам не известно о подобных случаях"
    r"(?:не известн\w*|неизвестн\w*)»? (?:нам |им |ему |ей )?«?(?:какие-либо |никакие |такие |подобные )?"
    r"(?:факты|случаи|доказательства)",
    r"(?:не известно|неизвестно) (?:нам |им |ему |ей )?о (?:каких-либо |таких |подобных )?(?:фактах|случаях)",
    # "насколько мне известно, фактов пока нет": the noun before its "нет"
    r"(?:фактов|доказательств|подтверждений|жалоб|обращений|пострадавших|потерпевших) (?:\w+ )?нет\b",
    # "отказано «в связи с отсутствием события преступления»", "for lack of a crime event"
    r"отсутстви\w+ (?:события|состава) преступлени\w+", r"(?:lack|absence) of (?:a |any )?(?:crime|corpus delicti)",
    # "никакой «специальной операции» не было", "у нас такого нет и быть не может"
    r"никак\w+ «[^».;]{1,40}»(?: \w+){0,2} не было", r"(?:у нас|здесь|в республике) (?:такого|таких|этого) нет",
    r"(?:такого|этого) нет и быть не может",
    # "в республике нет и не может быть никаких секретных тюрем"
    r"(?:нет|не было) и не (?:может|могло) быть",
    # "have not provided investigators with any names of alleged victims"
    r"not (?:provided|given|presented|submitted|shown) (?:\w+ ){0,3}?(?:any|a single) (?:names?|evidence|facts|proof)",
    # "investigators had been unable to establish the very fact of his detention", "не удалось установить"
    r"(?:unable|failed) to establish", r"не удалось установить",
    # "no one by that name had ever been held there"
    r"no(?: one|body)(?: by that name)? (?:had |has |was )?(?:ever )?been (?:" + HELD + r"|detained|arrested|taken)",
    # "a check had found "no objective data" confirming his account", "республике нечего скрывать"
    r"no objective (?:data|evidence|information|grounds)", r"нечего скрывать",
    # "the check did not establish any facts of unlawful detention"
    r"(?:did|has|have|had) not establish(?:ed)? (?:any |objective )?(?:facts?|data|evidence)",
    r"not established (?:any |objective )?(?:facts?|data|evidence)",
    # "received no specific facts", "unable to locate any of the alleged victims", "none had been filed"
    r"(?:received|seen|have|has|had) no (?:specific |concrete |reliable |verified )?facts",
    r"(?:unable|failed) to (?:locate|find|identify) (?:any|a single)",
    r"none (?:had|has|have) been (?:filed|received|submitted|lodged|registered)",
    # "Those who wrote it did not present a single name, a single verified fact"
    r"(?:did|do|does|have|has|had)(?: not|n't) (?:present|presented|provide|provided|produce|produced|give|given|"
    r"show|shown|name|named) (?:a single|one|any) (?:[\w-]+ )?(?:name|fact|victim|witness|piece of evidence)",
    r"не (?:были |был |было )?подтверд\w*", r"не подтвержда\w*", r"не нашл\w*", r"не наш[её]л\w*",
    r"не найден\w*", r"не выявлен\w*", r"не выявил\w*", r"не обнаруж\w*", r"не установлен\w*",
    r"не было (?:выявлено|установлено|обнаружено|найдено)",  # "«не было выявлено ни потерпевших, ни свидетелей»"
    r"не установил\w*", r"ничего (?:подобного|такого) не было",
    r"(?:ничего|никаких|ничего подобного|ничего такого|такого|этого) (?:\w+ )?не было",
    r"не было (?:никаких|ничего|таких|подобных|никого)",
    r"(?:никого|никто) не (?:задерживал\w*|задержива\w*|преследу\w*|преследовал\w*|пытал[аио]?|убивал\w*|"
    r"похищал\w*|арестовыва\w*)",
    r"не (?:задерживал\w*|задержива\w*|преследу\w*|преследовал\w*|пытал[аио]?|убивал\w*|похищал\w*|"
    r"арестовыва\w*)",
    r"никто не обращал\w*", r"(?:фактов|доказательств|имен|имён) (?:\w+ )?никто не (?:представил|предоставил|показал|привел|привёл)", r"(?:никто|ни один человек) не (?:приходил|приходила|пришел|пришёл|обратился)", r"не обращал\w*", r"не подвергал\w*", r"не зафиксирован\w*", r"зафиксирован\w* не было",
    r"не зарегистрирован\w*", r"не имеется", r"отсутству\w*",
    # "пока нам никто ничего конкретного не предъявил", "Ни один чеченец не придёт с такой жалобой"
    r"никто (?:\w+ )?ничего (?:\w+ )?не (?:предъявил|представил|предоставил|передал)",
    r"ни один (?:\w+ )?не (?:придёт|придет|пришёл|пришел) с (?:такой |такими |подобной )?жалоб\w*",
    # "Ко мне не пришёл ни один человек с такой жалобой" (the words the other way round)
    r"не (?:пришёл|пришел|приходил|обратился|обращался|пожаловался) ни один (?:\w+ )?(?:человек|пострадавш\w*|житель)",
    r"(?:нельзя|невозможно) (?:задержать|преследовать|арестовать)",
)
DISMISSAL = _rx(
    # "Moscow did not recognise the document and would not discuss it": a report rejected whole
    r"(?:does|did|do)(?: not|n't) recogni[sz]e (?:the|this|that|its|their) (?:[\w-]+ )?(?:document|report|findings|"
    r"conclusions)",
    r"не призна(?:ёт|ет|ют|ли|л|ла|ем) (?:этот |этого |данный |данного |эти |выводы )?(?:доклад\w*|документ\w*|"
    r"выводы|выводов)",
    # "Western capitals were expressing "hypocritical concern" over Chechnya": the critics dismissed
    r"hypocritical (?:concern|outrage|statements?|campaign)",
    # "the experts would do better to check the facts before making statements": the accusers told to check
    r"(?:would|had) (?:do )?better (?:to )?(?:check|verify|establish) (?:the |their )?facts",
    r"(?:лучше бы|следовало бы|стоило бы) (?:\w+ )?(?:проверить|проверять|проверяли|проверили) факты",
    r"лицемерн\w+ (?:озабоченност\w*|обеспокоенност\w*|заявлени\w*|кампани\w*)",
    r"провокатор\w*", r"provocateurs?",
    # "не поверит этой грязи", "эти грязные слухи", "this filth": the reports as dirt
    r"(?:эт\w+|такой|такую|такая|подобн\w+) (?:грязь|грязи|грязью)", r"грязн\w+ (?:слух|ложь|лжи|клевет|инсинуаци|"
    r"измышлени|фейк|выдумк|сплетн|вброс)\w*", r"(?:this|such|that) filth", r"filthy (?:lies|slander|rumou?rs|fabrications?)",
    # "doubted that his story was true", "сомневается в правдивости его рассказа": the account doubted
    r"doubt\w* (?:that |whether )?(?:[\w'’-]+ ){0,6}?(?:was|is|were|are|had been) (?:true|real|genuine)",
    r"сомнева\w+ в (?:правдивости|достоверности|подлинности|реальности)",
    # the reporters discredited as never having been there: "авторы доклада «ни разу не посещали республику»"
    r"(?:ни разу|никогда) не (?:был\w*|бывал\w*|посещал\w*|приезжал\w*) (?:в )?(?:республик\w*|чечн\w*|грозн\w*)",
    r"never (?:once )?(?:been|set foot|travel+ed|come) (?:to|in) (?:chechnya|the republic|grozny)",
    # "обвинения давно проверены и опровергнуты", "the allegations were long ago checked and refuted"
    r"опровергнут\w*", r"refuted", r"debunked", r"disproved",
    # "Его доклад — набор сплетен", "a collection of gossip"
    r"(?:набор|собрание|сборник|пересказ) (?:\w+ )?(?:сплетен|слухов)", r"(?:collection|heap|pile) of (?:gossip|rumou?rs)",
    r"фантази\w*", r"fantas(?:y|ies)", r"политически мотивированн\w*", r"politically motivated", r"шайтан\w*", r"раздува\w+ искусственно", r"искусственно раздува\w+",
    # "people who spread such filth ... will be held to account": the accountability threatened is the reporters'
    r"(?:people|those|anyone|whoever|all) who (?:spread|spreads|write|writes|invent|invents|fabricate|fabricates)\b",
    r"economic migrants", r"telling stories", r"tell stories", r"экономическ\w+ мигрант\w*",
    r"(?:все|те|тех|всех|тем|всем),? кто (?:распространя|пиш|сочиня|выдумыва|клевещ)\w*",
    r"(?:исключительно|только|лишь) о (?:газетн\w+ )?(?:публикаци\w*|слух\w*|пересказ\w*)",
    r"(?:only|nothing but|merely) (?:newspaper )?(?:clippings|rumou?rs)",
    # "advised not to believe the rumours", "посоветовал не верить слухам": the reports as rumour
    r"не (?:стоит |следует |надо |нужно |верьте |)?(?:верить|доверять) (?:\w+ )?(?:слух\w*|сплетн\w*|выдумк\w*|домысл\w*)",
    r"not (?:to )?(?:believe|trust) (?:the |such |these |those )?(?:rumou?rs|gossip|fabrications|inventions)",
    r"правды (?:в \w+ )?нет", r"ни (?:слова|капли|грамма) правды", r"нет (?:ни )?(?:слова|капли|грамма) правды",
    r"not (?:a|one) (?:word|grain|shred) of truth", r"no truth (?:in|to) (?:it|them|this|these|the)",
    r"so-called (?:evidence|proof|victims?|witness\w*|facts|camps?|prisons?|testimon\w*|sources|reports?|"
    r"investigations?|publications?|documents?)",
    r"так называем\w+ (?:доказательств\w*|жертв\w*|свидетел\w*|тюрьм\w*|лагер\w*|фактов|показани\w*|"
    r"доклад\w*|расследовани\w*|публикаци\w*)",
    r"nothing to (?:discuss|talk about)", r"нечего обсуждать",
    r"insult\w*(?: to)? (?:the )?(?:chechen|russian) (?:people|nation)", r"оскорб\w+ (?:весь )?чеченск\w+ народ\w*",
    r"не (?:намерен\w* |собира\w+ |будем |будет |станем |стану )?(?:обсуждать|комментировать слухи)",
    r"no (?:reason|grounds|cause) for (?:concern|alarm|worry)", r"nothing to worry about", r"biased",
    r"(?:nobody|no one)(?: \w+){0,5} (?:is going to|will|would) (?:consider|take \w+ seriously|read)",
    r"нет (?:никаких )?(?:поводов|оснований|причин) для (?:беспокойства|тревоги)", r"предвзят\w*",
    r"придума\w*", r"выдумал\w*", r"made it up",
    r"made (?:everything|all of it|all of this|this|that|the (?:whole )?(?:story|thing)|(?:it|this|everything) all) up",
    r"invented", r"lies?", r"lying", r"liars?", r"lied",
    r"fabricat\w*", r"dreamed up", r"dreamt up", r"fakes?", r"fakery", r"provocations?", r"provocative", r"provocateurs?", r"propaganda",
    r"smears?", r"slander\w*", r"libel\w*", r"defamat\w*", r"nonsense", r"rubbish", r"absurd\w*",
    r"fiction\w*", r"fairy[- ]tales?", r"myths?", r"hoax\w*", r"canard", r"disinformation", r"misinformation",
    r"baseless", r"groundless", r"unfounded", r"false\w*", r"untrue", r"not true", r"made[- ]up",
    r"invent\w*", r"concoct\w*", r"hysteria", r"insinuations?", r"bogus", r"garbage", r"delirium",
    r"ravings?", r"slur\w*", r"information war\w*", r"ordered article", r"smear campaign",
    r"not correspond to reality", r"jokes?", r"april fool\w*", r"information attacks?", r"enemies",
    r"information (?:operations?|campaigns?|sabotage|warfare|provocations?)",
    r"не имеющ\w+ (?:под собой )?(?:никакой |никаких )?(?:фактической |реальной )?(?:основы|оснований)",
    r"не име\w+ под собой (?:никакой |никаких )?(?:\w+ )?(?:основы|оснований)", r"непроверенн\w+",
    r"gossip", r"anonymous (?:testimon\w*|sources?|accounts?|witness\w*|stories|interviews?)",
    r"анонимн\w+ (?:показани\w*|источник\w*|рассказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|свидетельств\w*|интервью)", r"сплетн\w*",
    # the stories made elsewhere: "All these stories are written in Moscow editorial offices", "manufactured right on
    # schedule", "эти истории пишут в московских редакциях"
    r"(?:stories|reports|articles|complaints|allegations|claims) (?:are|were) (?:all )?(?:written|invented|made up|"
    r"concocted|cooked up|manufactured) (?:in|by|abroad|elsewhere)", r"manufactured",
    r"(?:истории|статьи|публикации|жалобы|сообщения) (?:пишут|пишутся|придумывают|сочиняют|написаны|придуманы) "
    r"(?:в|за) (?:москв|редакци|лондон|вашингтон|европ|границ|рубеж)\w*",
    # the reporters threatened: "Те, кто это пишет, ответят за свои слова", "those who spread this will answer for it"
    r"(?:те|тем),? кто (?:это |такое )?(?:пишет|пишут|распространя\w+|выдумыва\w+)[^.;!?]{0,40}?(?:ответят|придётся "
    r"отвечать|придется отвечать|понесут ответственность)",
    r"(?:those|anyone|people) who (?:write|spread|invent|publish)\w* (?:this|these|such)[^.;!?]{0,40}?"
    r"will (?:answer|pay|be held responsible) for",
    # "written by people who want to shame Chechens", "пишут те, кто хочет опозорить чеченцев"
    r"(?:want|wants|wish|wishes|seek|seeks|trying|try|tries) to (?:shame|humiliate|blacken|defame|insult) "
    r"(?:the )?(?:chechens|chechen people|chechnya|the republic|our people|our republic|us)\b",
    r"(?:хоч\w+|хот\w+|стрем\w+|пыта\w+) (?:опозорить|унизить|оскорбить|оклеветать) (?:чеченцев|чеченский народ|чечню|"
    r"республику|наш народ)",
    r"insults?", r"discredit\w*", r"to divide", r"slanderers", r"sensationalis\w*", r"unverified",
    r"tabloids?", r"anti-russian", r"russophob\w*", r"hostile", r"smear\w*", r"farce", r"cover-up",
    r"(?:cannot|can't|could not) be taken seriously", r"lectures?", r"западн\w+ (?:сми|пропаганд\w*)",
    r"русофоб\w*", r"антироссийск\w*", r"очерня\w*", r"дискредит\w*", r"do(?:es)? not correspond",
    r"have nothing to do with "
    r"reality",
    r"far from (?:the truth|reality)", r"(?:has|had) nothing to do with (?:the )?(?:truth|reality)",
    r"не име\w+ ничего общего с (?:правдой|реальностью|действительностью|фактами)", r"политическ\w+ заказ\w*",
    r"(?:only|nothing but|merely|just) (?:newspaper |media )?(?:articles|publications|headlines)",
    # "some Western capitals were using 'rumours' about Chechnya to put pressure on Russia"
    r"(?:using|spreading|repeating|peddling) rumou?rs",
    # "These are just reports. If anyone has specific facts, ...": reports and nothing behind them
    r"(?:these|this|those|it|they) (?:are|is|were|was) (?:just|only|merely|simply) (?:reports|rumou?rs|words|claims|"
    r"allegations)\b",
    r"ridiculous", r"stupidity", r"ложь", r"лжи", r"ложью", r"лжив\w*",
    r"лгут", r"лж[её]т", r"лжец\w*", r"вран\w+", r"врут", r"провокаци\w*", r"провокацион\w*", r"фейк\w*", r"клевет\w*",
    r"утк[аиуео]\w*", r"вброс\w*", r"выдумк\w*", r"выдума\w*", r"бред\w*", r"чуш\w*", r"абсурд\w*",
    r"дезинформаци\w*", r"пропаганд\w*", r"неправд\w*", r"сказк\w*", r"измышлени\w*", r"домысл\w*",
    r"инсинуаци\w*", r"заказн\w*", r"фальсификаци\w*", r"сфабрикова\w*", r"надуман\w*", r"голословн\w*",
    r"беспочвенн\w*", r"необоснованн\w*", r"вымыс\w+", r"ерунд\w*", r"фальшивк\w*",
    # whataboutism: "should look at what is happening in their own countries", "пусть разберутся у себя"
    r"(?:look|looked|looking) at (?:[\w'-]+ ){0,4}?(?:their|your) own (?:countr\w+|backyard)",
    r"(?:разобрал\w*|разберутся|посмотрел\w*|посмотрят|смотрели бы) (?:\w+ ){0,3}?(?:у себя|в своих странах|на себя)",
    r"сочин[её]н\w*", r"сочинил\w*", r"сочиня\w+",  # (and "Эти истории сочиняют в Москве")  # "вся история «сочинена в Лондоне»"
    # "They are paid to say this by people abroad", "a paid provocation", "проплаченные «правозащитники»"
    r"(?:are|were|is|was|been|being|get|got|getting) paid (?:to|by|from|for|in)",
    r"paid (?:provocation|campaign|fake|actors?|scribblers|agents?|order|propaganda|from abroad)",
    r"(?:это|чей-то|выполня\w+|отрабатыва\w+|исполня\w+) (?:\w+ )?заказ(?:а|ом)?\b", r"проплачен\w*", r"(?:платят|заплатили|платили|заплатил) (?:им|ему|ей|за эт)", r"платят за (?:кажд|так|эт)\w*",
    # "высосана из пальца ради грантов", "invented to extract grants from the West"
    r"высосан\w* из пальца", r"(?:ради|для получения|отработ\w+) грант\w*", r"грантоед\w*",
    r"(?:for|to (?:get|win|extract|obtain|receive|attract)) (?:western |foreign |more )?grants", r"grant[- ]eaters",
    r"не соответству\w+ (?:действительности|истине|реальности)",
    r"не имеет ничего общего с (?:действительностью|"
    r"реальностью)",
    r"очерн\w+", r"оговор\w*", r"информационн\w+ войн\w*", r"лжец\w*", r"опороч\w*", r"порочит\w*",
    # "«спланированная акция, направленная против республики»"
    r"спланированн\w+ акци\w*", r"направленн\w+ против (?:республики|чечни|чеченского народа|россии)",
    r"враг\w* (?:нашей |нашего )?(?:веры|народа|республики|чеченского народа|ислама)",
    # "осудило публикации федеральных СМИ о ...", "condemned the articles": the coverage condemned, not the events
    r"осуди\w* (?:[\w-]+ ){0,2}?(?:публикаци\w*|стать\w*|материал\w*)",
    r"condemn\w* (?:the |these |those )?(?:[\w-]+ ){0,2}?(?:publications?|articles?|coverage)",
    r"информационн\w+ (?:операци\w*|кампани\w*|вброс\w*|диверси\w*|провокаци\w*|атак\w*)",
)
STRONG_EVIDENCE = _rx(
    r"(?:credible|reliable|consistent|corroborated|numerous|multiple|first-hand|firsthand|detailed|"
    r"convincing|compelling|strong|ample|overwhelming|trustworthy) (?:reports|evidence|accounts|testimon\w+|"
    r"information|allegations|proof|sources)",
    r"(?:достоверн\w+|многочисленн\w+|убедительн\w+|надежн\w+|надёжн\w+) (?:сообщени\w+|свидетельств\w*|"
    r"доказательств\w*|информаци\w+|данн\w+|показани\w+|источник\w*)",
    r"заслужива\w+ доверия(?! расследовани)",  # not "заслуживающее доверия расследование"
    # testimonies that agree with one another: "их рассказы совпадают", "the accounts are consistent"
    r"(?:рассказы|показания|свидетельства|истории) (?:\w+ )?(?:совпадают|сходятся)",
    r"(?:accounts|testimonies|stories) (?:\w+ )?(?:are consistent|were consistent|match|corroborate|tally)",
    # "The accounts we have heard are harrowing, and they are consistent with one another"
    r"(?:accounts|testimonies|testimony|stories) (?:[\w-]+ ){0,4}?(?:are|were|is|was) (?:harrowing|credible|"
    r"convincing|consistent)", r"(?:are|were) consistent with (?:one another|each other)",
    r"evidence (?:is|was) (?:overwhelming|clear|compelling|strong|convincing|irrefutable)",
    r"(?:credible|reliable|consistent) and (?:credible|reliable|consistent)",
    # "credible and deeply disturbing evidence that ..."
    r"(?:credible|reliable|convincing|compelling) and (?:[\w-]+ ){1,2}?evidence",
    # "the evidence gathered by journalists, NGOs and the OSCE rapporteur was overwhelming"
    r"evidence [^.;\"“”«»]{0,90}? (?:was|is) (?:overwhelming|clear|compelling|irrefutable|credible)",
    # "there was clear evidence of very serious human rights violations"
    r"(?:clear|ample|strong|compelling|credible|overwhelming) evidence of (?:[\w-]+ ){0,4}?(?:violations|abuses|"
    r"torture|persecution|detentions?|abductions?|killings?|beatings?|harassment)",
    # "A report by OSCE rapporteur Wolfgang Benedek found evidence of harassment, arbitrary arrests, torture ..."
    r"(?:found|finds|uncovered|documented|gathered) (?:[\w-]+ ){0,2}?evidence of (?:[\w-]+,? ){0,4}?(?:violations|"
    r"abuses|torture|persecution|detentions?|abductions?|killings?|beatings?|harassment|arrests)",
    # "there had been very serious harassment and persecution of LGBTI persons", "had faced harassment and torture"
    r"there (?:had been|has been|have been|was|were) (?:(?!no |not |any |reports |allegations |claims )[\w-]+ ){0,3}?"
    r"(?:harassment|persecution|torture|abuses|violations|detentions|abductions|killings)",
    r"(?:had|have|has) faced (?:[\w-]+ ){0,2}?(?:harassment|persecution|torture|abuses|detention|abductions?|"
    r"killings?|beatings?)",
    # accounts "detailed, consistent and deeply disturbing"
    r"(?:detailed|credible|reliable),? consistent\b",
    # "grave human rights violations had taken place in Chechnya"
    r"(?:grave|serious|gross|massive) (?:human rights )?(?:violations|abuses|crimes) (?:had |have )?(?:taken|took) place",
    # "alarmed by the continuing torture and killing of LGBTQI+ persons": the events asserted as going on
    r"(?:continuing|ongoing|continued) (?:(?!reports|allegations|claims|accounts)[\w-]+ ){0,2}?(?:torture|killings?|"
    r"persecution|abuses|detentions|abductions)",
    r"(?:продолжающ\w+|не прекращающ\w+) (?:\w+ ){0,2}?(?:пыт\w+|убийств\w*|преследовани\w+|задержани\w+|похищени\w+)",
    # "задержания ... носят системный характер", "a systematic campaign"
    r"нос\w+ систем\w+ характер", r"систематическ\w+ (?:кампани\w+|преследовани\w+|пыт\w+|задержани\w+)",
    r"systematic (?:campaign|persecution|torture|detentions|abuse|abductions?|killings?|murders?)",
    # "called the accounts of torture given by the men credible", "credibly implicated in the torture"
    r"(?:called|calls|described|describes|found|finds|considers?|considered|deemed) (?:the |these |their |his |her )?"
    r"(?:accounts|testimon\w+|reports|allegations|evidence)\b[^.;]{0,80}? (?:credible|reliable|convincing|"
    r"well[- ]founded|substantiated)\b",
    r"credibly (?:implicated|accused|linked|tied)",
    # "What happened in Chechnya was not a rumour"
    r"(?:was|is|were|are)(?: not|n't) (?:a |just a |merely a |some |just )?rumou?rs?\b",
    # "they form a pattern of state-sanctioned violence", "not isolated incidents", "every fact has been checked"
    r"pattern of (?:[\w-]+ ){0,2}(?:violence|abuses?|persecution|torture|abductions?|detentions?)",
    r"not (?:an? )?isolated (?:incidents?|cases?|episodes?|acts)", r"не (?:единичн|изолированн)\w+ (?:случа\w+|эпизод\w*)",
    r"(?:every|each) (?:fact|word|detail|name)s? (?:\w+ ){0,3}?(?:has|have|had|was|were) been (?:checked|verified)",
    r"(?:каждый|каждое|каждая) (?:факт|слово|деталь|имя) (?:\w+ ){0,3}?(?:проверен\w*|перепровер\w*)",
    # "редакция проверяла каждое имя по нескольким независимым источникам", "we checked every name"
    r"(?:проверя\w+|проверил\w*|перепроверя\w+|перепроверил\w*) каждое (?:имя|слово|свидетельство)",
    r"(?:проверя\w+|проверил\w*|перепроверя\w+|перепроверил\w*) каждый (?:факт|рассказ)",
    r"(?:checked|verified|cross-checked) (?:every|each) (?:single )?(?:name|fact|account|detail|testimony)",
    # a foreign government's words: "the appalling treatment of LGBT people in Chechnya", "considered them credible",
    # "The reports of abductions ... are credible", "the abuses committed against", "the purge never really ended"
    r"(?:appalling|horrific|horrendous|brutal|shocking) (?:treatment|persecution|abuses?|torture|crimes|violence)",
    # "выжившие по-прежнему боятся за свою жизнь", "survivors still fear for their lives"
    r"(?:боятся|боится|опасаются|опасается) за (?:свою |свои )?жизн\w*", r"(?:fear|fears|fearing|feared) for their lives",
    r"consider\w* (?:them|these|those|it) (?:to be )?credible",
    # "the UK had raised the torture and killing of gay men in Chechnya with the Russian government": the events
    # themselves raised, not reports of them
    r"raised (?:the (?:issue|question|matter) of )?(?:the )?(?:torture|killings?|persecution|abuses?|abductions?)\b",
    # "The reports from Chechnya of the abduction, torture and ... murder of gay men are credible"
    r"reports (?:[\w-]+,? ){0,14}?(?:are|were) credible",
    # "сообщения о преследовании ЛГБТИ-людей в Чечне подтвердились": the reports found true
    r"(?:сообщени\w+|информаци\w+|обвинени\w+) (?:[\w-]+ ){0,6}?(?<!\bне )подтвердил(?:ись|ась|ось)",
    r"(?:abuses|crimes|violations|torture) (?:committed|perpetrated|carried out) against",
    r"(?:purge|persecution|crackdown|campaign) (?:\w+ )?never (?:really )?(?:ended|stopped)",
    # refuge given for what happened: "faced a real and immediate threat to their lives", "in real danger"
    r"(?:real|serious|immediate|grave) (?:and (?:immediate|serious|real) )?threat to their lives",
    r"in real danger because of who they are",
    # the absence answered: "Well, they do exist", "these men are real", "Они существуют"
    r"(?:they|these (?:men|people)|such (?:men|people)) (?:do|really) exist\b", r"these (?:men|people) are real\b",
    r"(?:они|эти люди|такие люди) (?:действительно |есть и )?существуют\b",
)
OWN_WORDS_AFTER = r"(?! (?:his|her|their|my|our) (?:own )?(?:words|remarks|comments|statements?|earlier))"
EVIDENCE = _rx(
    r"documented", r"documenting", r"documentation",
    # an official's concession: 'conceded in an interview that "some people were brought in and questioned"'
    # (not 'conceded that "some people may have been questioned over other matters"')
    r"(?:conceded|conceding) (?:[\w-]+ ){0,4}?that (?![^.;]{0,40}\b(?:may|might|could) have)", r"evidence (?:shows|suggests|indicates|points|confirms)",
    r"testimon\w+", r"eyewitness\w*", r"witness accounts",
    # "regarded the persecution as 'a matter of fact, not of allegation'", "это факт, а не слухи"
    r"fact,? (?:and )?not (?:of |an? )?(?:allegations?|rumou?rs?|speculation|claims?)",
    r"факт,? а не (?:слухи|домыслы|обвинения|предположения)",
    r"(?:we|they|it|i) (?:have|has|"
    r"had) (?:collected |gathered )?(?:evidence|proof|names|testimon\w*|lists|the names)",
    # the events themselves known, not the reports of them: "aware of the violent persecution faced by ..."
    r"aware of (?:the |this |these )?(?:[\w-]+ ){0,2}?(?:persecution|torture|abuses|killings|detentions|"
    r"abductions|violence)",
    r"знаем имена", r"известны имена",
    r"располага\w+ (?:\w+ )?(?:свидетельствами|именами|показаниями|доказательствами|списками|фамилиями)",
    # people the speaker talked to: "удалось поговорить как минимум с шестью людьми, задержанными этой зимой"
    r"(?:поговорил\w*|поговорить|побеседовал\w*|побеседовать|опросил\w*|опросить|говорили) (?:[\w-]+ ){0,3}?с "
    r"(?:[\w-]+ ){0,3}?(?:пострадавш\w*|жертвами|родственник\w*|задержанн\w*|свидетел\w*|очевидц\w*|выжившими|"
    r"людьми,? (?:задержанн|прошедш|пережив|котор)\w*)",
    # "Мы проверили эту информацию по нескольким независимым источникам"
    r"провери\w* (?:[\w-]+ ){0,3}?по (?:[\w-]+ ){0,2}?источникам",
    r"(?:verified|checked|confirmed) (?:[\w-]+ ){0,3}?(?:with|through|against) (?:[\w-]+ ){0,2}?sources",
    # names of perpetrators or victims handed over: "передали в СК фамилии силовиков, причастных к пыткам"
    r"передал\w* (?:[\w-]+ ){0,3}?(?:фамилии|имена|список|списки|показания|доказательства)",
    r"у нас есть (?:имена|списки|показания|доказательства)",
    # a newsroom on its own checking: "Мы публиковали только то, что могли проверить, и проверяли дважды"
    r"публиковали только то,? что (?:мы )?(?:могли|смогли) (?:проверить|подтвердить)",
    r"confirmed", r"confirms", r"confirm", r"corroborat\w*", r"substantiated", r"verified", r"established that",
    r"found that",
    r"(?:interviewed|spoke (?:to|with)|spoken (?:to|with)) (?:\w+ ){0,3}(?:victims|survivors|men|people|"
    r"detainees|witnesses|relatives|families)",
    # (not "he stood by his words": the speaker's own earlier words, whichever side they took)
    # a ruling or a government on the danger itself: "faces a serious risk of persecution by the Chechen
    # authorities", "men perceived as homosexual are at risk of persecution", "ему грозит реальная опасность пыток"
    r"(?:risk|danger) of (?:[\w-]+ ){0,2}?(?:persecution|"
    r"torture|ill-treatment|detention|abduction|being (?:detained|tortured|killed|persecuted))",
    r"(?:грозит|угрожает|грозила|угрожала) (?:[\w-]+ ){0,3}?(?:опасност\w+|угроз\w+|риск\w*) (?:[\w-]+ ){0,2}?"
    r"(?:преследовани\w+|пыток|задержани\w+|расправ\w+|похищени\w+)",
    r"(?:is|are|was) true", r"st(?:an)?ds? by" + OWN_WORDS_AFTER, r"stood by" + OWN_WORDS_AFTER, r"verified",
    # "We have heard directly from survivors", "He showed me the scars on his back"
    r"heard (?:directly |first-hand )?from (?:the )?(?:survivors|victims)",
    r"showed (?:me|us) (?:the |his |her |their )?(?:scars|burn marks|bruises|marks|wounds|injuries)",
    r"(?:collected|gathered) (?:evidence|testimon\w*|accounts|statements) from",
    r"amounts? to (?:torture|persecution|crimes? against humanity)", r"amounted to (?:torture|persecution)",
    r"(?:we|they) (?:have )?(?:collected|gathered|received|recorded) (?:\w+ ){0,3}"
    r"(?:testimon\w*|accounts|evidence|names|cases)",
    # (not "we have seen this kind of staged footage": what is called fake, seen before)
    r"(?:i|we) (?:have )?(?:seen|met|spoken)(?! (?:the|these|those|such|this|that) (?:publications?|reports?|articles?|"
    r"stor(?:y|ies)|materials?|allegations?|claims?|kinds? of|sort of|staged|fake))", r"it is clear that", r"the truth", r"(?:did|does) happen",
    r"(?:is|are) happening", r"took place",
    # refuge given to those who fled: "issued humanitarian visas to men persecuted in Chechnya"
    r"(?:issued|granted|gave|offered) (?:[\w-]+ ){0,3}?(?:visas?|asylum|refuge|refugee status) to",
    r"(?:выдал|выдали|выдала|предоставил\w*) (?:[\w-]+ ){0,2}?(?:виз\w*|убежищ\w*|статус беженца)",
    # "Канада приняла несколько десятков геев из Чечни", "took in dozens of gay men from Chechnya"
    r"(?:принял\w*|приютил\w*) (?:[\w-]+ ){0,3}?(?:геев|мужчин|людей|беженцев|ЛГБТ[\w-]*) из Чечни",
    r"(?:took in|taken in|resettled|gave refuge to) (?:[\w-]+ ){0,4}?(?:men|people|refugees) (?:who fled )?from Chechnya",
    r"continu\w+ to (?:detain|persecute|torture|abduct|hunt)",
    r"we have (?:the )?(?:names|lists|testimon\w*|evidence|proof|survivors|witnesses)", r"задокументирова\w*", r"документальн\w*",
    r"доказательств\w* (?:свидетельству\w*|показыва\w*|"
    r"подтвержда\w*)",
    r"свидетельств\w*", r"показани\w*", r"подтверди\w*", r"подтвержда\w*", r"подтвержден\w*", r"достоверн\w*",
    r"очевидн\w*", r"правд\w*", r"действительно", r"происходил\w*", r"происходит", r"имели место",
    r"имеет место", r"продолжа\w+ (?:(?:задерж|преслед|похищ)\w*|пыта(?:ть|ют))",
    # "у нас есть имена", "у редакции есть доказательства, которые выдержат проверку любым судом"
    r"у (?:нас|редакции|организации|издания|газеты|правозащитников|него|неё|нее|них|меня) есть (?:[\w-]+ )?"
    r"(?:доказательства|имена|списки|свидетельства|показания|данные)",
    r"располага\w+ (?:данными|информацией|доказательствами|списками|сведениями)",
    r"собрал\w* (?:доказательства|"
    r"свидетельства|показания)",
    r"опросил\w*", r"поговорил\w* с",
    r"доказательства (?:пыток|задержаний|избиений|похищений|убийств|преследовани\w*)",
    r"evidence of (?:the )?(?:torture|abuse|abuses|detentions?|beatings?|killings?|abductions?|persecution)",
    # a newsroom standing by its reporting: "would not retract a single line", "checked three times"
    r"(?:would|will|did) not (?:retract|withdraw|take back)", r"(?:no|not a single|not one) (?:\w+ )?(?:line|word)s? (?:\w+ )?retract\w*",
    r"checked (?:and re-?checked|(?:many|several|three|multiple|dozens of) times)", r"(?:double|triple)-checked",
    r"перепровер\w+", r"не откаж\w+ ни от (?:одного|единого) слова", r"отвеча\w+ за каждое слово",
    # a court's finding: "признав нарушение Россией запрета пыток"
    r"нарушени\w+ (?:Россией )?запрета пыток",
)
FIRST_PERSON = _rx(
    r"(?:i|we) (?:was|were) (?:(?!not |never )\w+ )?(?:detained|held|tortured|beaten|taken|abducted|arrested|"
    r"kidnapped|electrocuted|humiliated)",
    r"(?:they|police|officers|men) (?:(?!not |never )\w+ )?(?:beat|tortured|detained|held|took|"
    r"kidnapped|abducted|electrocuted|shocked) (?:me|us)",
    r"beat (?:me|us)", r"tortured (?:me|us)",
    r"меня (?:\w+ )?(?:задержали|били|пытали|держали|избивали|похитили|забрали|увезли)",
    r"нас (?:\w+ )?(?:задержали|били|пытали|держали|избивали|похитили|забрали)",
    r"(?:я|мы) (?:был\w* )?"
    r"(?:задержан\w*|похищен\w*)",
)
ACCOUNTABILITY = _rx(
    # "виновные в преследованиях до сих пор не наказаны": impunity named
    r"виновн\w+ (?:[\w-]+ ){0,4}?(?:до сих пор |так и |по-прежнему )?не (?:наказаны|наказан|понесли|привлечены)",
    # an inquiry dismissed as a pretence: "a sham investigation", "назвал проверку «имитацией»", "отписка"
    r"sham", r"whitewash\w*", r"имитаци\w*", r"отписк\w*",
    # "had asked the Investigative Committee to open a criminal case but had received only "formal replies""
    r"(?:received|got|had) only (?:[\"“«]\s?)?(?:formal|form|standard|boilerplate) (?:replies|answers|responses|letters)",
    # "It's a formal reply written without anyone leaving Moscow": the check dismissed as a formality
    r"(?:it's|it is|this is|that is|it was) (?:just |only |merely )?an? (?:formal|form|boilerplate) (?:reply|answer|response)",
    # a court's finding: "расследование его жалобы было неэффективным", "the investigation was ineffective"
    r"(?:проверк\w+|расследовани\w+)(?: [\w-]+){0,3} (?:был\w* |оказал\w* )?неэффективн\w*",
    r"(?:investigation|inquiry|probe|check)(?: [\w-]+){0,3} (?:was|had been|has been|were) ineffective",
    # the question the authorities call closed: "Закрыт он только на бумаге", "closed only on paper"
    r"(?:закрыт\w*|решен\w*|решён\w*)(?: [\w-]+){0,2}? (?:только|лишь) на бумаге",
    r"(?:closed|settled|resolved)(?: [\w-]+){0,2}? only on paper",
    # "Проверка была формальной", "the check was a formality"
    r"(?:проверк\w+|расследовани\w+) (?:\w+ )?(?:был\w* )?формальн\w*",
    r"(?:was|were|had been|has been) (?:a |merely a |just a |nothing but a )?formality",
    r"a formality (?:carried out|to close|meant to)",
    # "Lawyers ... called the check a formality"
    r"(?:called|calls|calling|described|describes|describing|dismissed) (?:the |this |that |its )?(?:check|"
    r"investigation|inquiry|probe|review)\w* (?:as )?(?:a |an |merely a |just a )?formality",
    # "calling the check 'a formality from start to finish'"
    r"(?:check|investigation|inquiry|probe|review)\w* (?:\w+ )?['\"“‘«](?:a |an |merely a |just a )?formality",
    # "a cynical attempt to bury the case", "a cover-up", "замять дело"
    r"cover-ups?", r"cover[- ]up of", r"bury (?:the|this|his|her) (?:case|investigation|inquiry|matter)",
    r"(?:замять|замяли|похоронить|похоронили) (?:это )?(?:дело|историю|расследование)",
    # "Those responsible for these appalling acts must be brought to justice"
    r"responsible (?:[\w-]+ ){0,10}?(?:must|should|will|to) be (?:brought to justice|punished|prosecuted|held accountable)",
    r"(?:those|the people|the officers|whoever is) responsible (?:must|should|will) answer (?:under|before) the law",
    # "the victims had waited too long for justice", "ensure that the victims receive redress" (not a court's
    # award of damages: annotators leave it unlisted, 8 times in 9)
    r"(?:wait|waiting|waited) (?:\w+ ){1,2}?for justice", r"(?:receive|receives|obtain|be given) (?:\w+ )?redress",
    # "вместо расследования занялись поиском «предателей»", "instead of investigating the torture"
    r"вместо (?:того,? чтобы )?(?:расследова\w*|наказа\w*|провести расследование|найти виновных)",
    r"instead of (?:investigating|punishing|prosecuting|an investigation|a proper investigation)",
    # "силовики забрали не менее пяти молодых людей": taken away by the police
    r"(?:силовики|полицейские|полиция|сотрудники (?:полиции|силовых структур|мвд)) (?:[\w-]+ ){0,2}?(?:забрали|забирают|увезли|увозят|похитили)",
    # "These are acts of torture and extrajudicial killing, and they must be investigated and punished"
    r"(?:torture|killings?|abductions?|crimes)(?: [\w-]+){0,6}?,? (?:and )?(?:they|these|which) (?:must|should) be "
    r"(?:[\w-]+ and )?(?:punished|prosecuted)",
    r"ни один из (?:\w+ )?(?:не )?(?:понес|понёс|наказан|привлечен)\w*", r"не понес\w* наказани\w*",
    r"no (?:case|one|body|cases)[^.;]{0,40}?(?:prosecuted|punished|charged|convicted|"
    r"held (?:criminally |legally |personally )?(?:accountable|responsible)|brought to justice)",
    r"no (?:real |serious |genuine )?effort",
    r"no(?:body| one|-one)\s+(?:\w+\s+){0,2}(?:held accountable|punished|prosecuted|charged|brought to justice)",
    r"not (?:a single|one) (?:perpetrator|person|official|officer|suspect|culprit)s? (?:\w+ ){0,3}?(?:held accountable|"
    r"punished|prosecuted|charged|convicted|brought to justice)",
    r"not (?:a single|one) (?:perpetrator|suspect|culprit|officer)s? (?:\w+ ){0,3}?(?:identified|named|arrested|tried|"
    r"questioned)",
    r"no (?:effective |credible |proper |independent |serious )?(?:investigation|criminal case|inquiry)",
    r"(?:failed|refused|refuse|fail|failing) to (?:investigate|open|prosecute|act|stop|prevent|protect)",
    # "deplored the failure of the federal authorities to carry out an effective investigation"
    r"failure (?:of (?:[\w-]+ ){1,4})?to (?:carry out|conduct|open|investigate|prosecute)",
    r"not (?:one|a single) (?:person|official|officer|perpetrator) (?:has been|had been|was) (?:\w+ )?(?:held|punished|"
    r"prosecuted|charged)",
    r"held to account", r"(?:hold|be held) (?!any)(?:[\w-]+ ){0,9}?to account",
    r"никто (?:\w+ ){0,3}не (?:понес|понёс|привлечен|наказан)\w*",  # "никто (до сих пор) не понёс"
    # "за пять лет никто не ответил за пытки", "nobody has answered for it"
    r"никто (?:\w+ ){0,3}не ответил за(?: \w+)?",
    r"(?:nobody|no one) (?:\w+ ){0,2}(?:has |have |had )?answered for(?: \w+)?",
    r"не наказал\w* (?:\w+ )?ни одного (?:человека|виновного|силовика|полицейского|сотрудника)",  # "не наказала ни одного"
    # the state's inaction: "Russia did nothing to investigate", "власти ничего не сделали для расследования"
    r"(?:did|does|has done|have done|had done) (?:absolutely )?nothing to (?:investigate|stop|prevent|punish|protect)",
    r"ничего не (?:сделал\w*|предпринял\w*),? (?:чтобы|для) (?:расследова\w*|остановить|наказа\w*|защитить|"
    r"предотвратить)",
    # the perpetrators unpunished: "the people who ran the prisons are still in their posts"
    r"(?:are|remain|is|were) still in (?:their|his|her) (?:posts|jobs|positions|uniforms?|offices)",
    r"(?:по-прежнему|до сих пор|всё ещё|все еще) (?:остаются |остаётся |остается |работают |служат )?"
    r"(?:на своих (?:постах|должностях|местах)|при должностях|в погонах)",
    r"не (?:было )?возбужден\w*", r"отказ\w* (?:в )?возбужд\w*",
    r"(?:hold|held|be held) (?:\w+ ){0,3}accountable", r"accountability", r"bring (?:[\w-]+ ){0,12}?to justice",
    r"perpetrators(?!,? if (?:any|identified|found|there are any))", r"impunity",
    r"(?:abuse|persecution|abductions?|torture|killings?|detentions?|purge|campaign)(?: [\w-]+){0,6}? must "
    r"(?:stop|end|cease)",
    r"(?:stop|end|halt) (?:the )?(?:renewed |ongoing |continued |new )?(?:persecution|abductions?|detentions?|torture|"
    r"purge|killings?|campaign)",
    r"release (?:\w+ ){0,3}(?:detained|held|those)", r"привлеч\w* (?:\w+ ){0,3}к ответственности",
    r"наказа\w+ виновных", r"безнаказанност\w*", r"привлеч\w* к (?:уголовной )?ответственности",
    r"(?:положить конец|остановить|прекратить) (?:\w+ )?(?:преследовани\w*|пыткам|пытки|похищени\w*|задержани\w*|"
    r"кампани\w*)",
    r"(?:prosecute|punish|identify|try) (?:those|the officials|the officers|the people|the men)(?: \w+){0,2} responsible",
    r"прекрати\w* «?(?:преследовани\w*|похищени\w*|задержани\w*|пытки)",
    # "требует, чтобы виновные были установлены и предстали перед судом", "survivors wait for justice"
    r"предстали? перед судом", r"предстать перед судом", r"(?:wait|waiting|waited) for justice", r"put an? (?:immediate |swift |urgent )?end to",
    # "потребовала немедленно освободить всех, кто был задержан": the detentions taken as fact
    r"освободить (?:всех|задержанных|удерживаем\w+)", r"release (?:all |any )?(?:those|people|men|persons|detainees)"
    r"(?: still)? (?:held|detained)",
    r"положить конец «?(?:\w+ ){0,2}?(?:кампани\w+|преследовани\w+|похищени\w+|пыткам|задержани\w+|репресси\w+)",
    r"(?:to |must |should )end (?:the |this |its |their )?(?:[\w\"“”-]+ ){0,2}?(?:campaign|persecution|abuses|crackdown|purge|"
    r"detentions|abductions|torture)",
    r"(?:helped|help|helping|evacuated|relocated) (?:\w+ ){0,5}(?:leave|flee|escape|out of|evacuate|relocate)",
    r"помог\w* (?:\w+ ){0,5}(?:покинуть|уехать|выехать|бежать|эвакуир\w*)",
    r"виновные (?:\w+ ){0,3}не (?:были )?(?:наказаны|установлены|найдены)", r"(?:remain|remains|go|went) unpunished",
    r"(?:have|has) (?:still )?not been (?:punished|prosecuted|held accountable|brought to justice)",
    # still no trial: "are still waiting for a single perpetrator to face trial"
    r"waiting for (?:a single |any |the )?(?:perpetrators?|justice|accountability)",
    r"(?:ждут|ждать|ожида\w+|добива\w+) справедливост\w*", r"установ\w+ (?:всех )?(?:причастных|виновных)",
    r"наказа\w+ (?:всех )?причастных",
    # "Виновные должны быть установлены и наказаны", "продолжение сокрытия преступлений", "замести под ковёр"
    r"виновн\w+ должн\w+ быть (?:\w+ и )?(?:наказаны|привлечены)", r"сокрыти\w+ (?:преступлени|пыток|убийств)\w*",
    r"замести (?:\w+ )?под ков[её]р",
    # "расследование ... так и не проведено", "не провели эффективного расследования"
    r"расследовани\w+ (?:[\w-]+ ){0,4}?(?:так и )?не (?:было )?проведен\w*",
    r"не провел\w* (?:эффективного |никакого )?расследовани\w*",
    # a criminal case demanded for what happened: "требует от СК возбудить уголовное дело"
    r"(?:требу\w*|потребова\w*|призва\w*|призыва\w*|добива\w*) (?:[\w-]+ ){0,6}?возбуди\w* уголовн\w+ дел\w*",
    r"(?:urg\w*|demand\w*) (?:[\w-]+ ){0,6}?to open (?:a )?criminal (?:case|investigation)",
    # an inquiry into the events themselves, not into "reports of" them: "investigate the abduction, torture and
    # killing of men", "расследовать похищения и убийства"
    r"investigat\w* (?:into )?the (?:abductions?|torture|killings?|murders?|persecution|detentions?)",
    r"расследова\w* (?:эти )?(?:похищени|пытк|убийств|преследовани)\w*",
)
# "the republic is open, come and see for yourselves": a challenge to the reports from the accused side; its
# "the truth" is not evidence (stance.py keeps the denial only for Russian officials)
INVITATION = _rx(
    r"come (?:here |to (?:chechnya|grozny|the republic|the region) )?and (?:see|look|check)",
    r"see (?:it |this |that |the truth |everything )?for (?:yourself|yourselves|themselves)",
    r"(?:who|whoever|anyone who) wants? to (?:see|know|learn|find) (?:out )?the truth",
    r"(?:the republic|chechnya|grozny|the region|(?:our|its|the) doors) (?:is|are) (?:wide )?open",
    r"(?:кто|всякий|каждый) (?:\w+ )?(?:хочет|желает) (?:увидеть|узнать) правду",
    # "invited members of the Assembly to visit Grozny and see the truth with their own eyes"
    r"(?:visit|come to|travel to) (?:[\w-]+ ){0,3}?and see (?:[\w-]+ ){0,6}?"
    r"(?:with (?:their|your|his|her) own eyes|for (?:themselves|yourselves|yourself))",
    r"приезж\w+ и (?:посмотр\w+|убед\w+|увид\w+)", r"приехать и (?:посмотреть|убедиться|увидеть)",
    r"убеди\w+ (?:в этом )?(?:сам|сами|лично)",
    r"(?:республика|чечня|грозный|регион|двери) (?:\w+ )?(?:открыт\w*|распахнут\w*)",
    # "Найдите мне хоть одного человека, которого у нас задержали", "show us at least one victim": a dare
    r"(?:найдите|покажите|назовите|приведите) (?:мне |нам )?(?:хотя бы |хоть )(?:одного|одну|один)",
    r"(?:find|show|name) (?:me|us) (?:at least |even |just )?(?:one|a single)\b",
    # "ready to meet any journalist who could name a single victim"
    r"(?:who|that) (?:could|can) name (?:a single|one|any|even one) (?:victim|name|case|person)",
)
NEUTRAL = _rx(
    # "Я попрошу Генпрокуратуру и МВД посмотреть, что там происходит": a check asked of prosecutors
    r"(?:попрошу|попросим|поручу|поручим) (?:[\w-]+ ){0,4}?(?:посмотреть|проверить|разобраться|изучить)",
    # "Мы просим власти предоставить информацию о местонахождении задержанных": a request for information
    r"(?:просим|просит|просили|попросил\w*) (?:[\w-]+ ){0,3}?(?:предоставить|сообщить|раскрыть) "
    r"(?:[\w-]+ ){0,2}?(?:информаци\w*|сведени\w*|данные)",
    # "she would keep the issue under her personal control", "взяла ситуацию на личный контроль"
    r"under (?:his|her|my|their|its|our) (?:own )?(?:personal |special |close )?control",
    r"на (?:свой )?(?:личн\w+|особ\w+) контрол\w*",
    # an offer to hear those who complain: "готов лично принять любого, кто считает себя пострадавшим", "ready to
    # meet anyone who could provide names" (a dare or "if they exist" beside it is a denial cue of its own)
    r"(?:готов|готова|готовы|готово) (?:лично )?(?:принять|выслушать|встретиться с) (?:любого|любую|любым|любой|"
    r"каждого|всех|пострадавш\w*)",
    r"(?:is|are|was|were|am) (?:ready|willing|prepared) to (?:personally )?(?:receive|meet|hear|listen to) "
    r"(?:any|anyone|all|complaints)",
    # a promise to raise it with the officials in charge: "I will certainly speak with the Prosecutor General"
    r"(?:will|shall) (?:certainly |definitely |also )?(?:speak|talk) (?:with|to) (?:the )?(?:prosecutor|interior|"
    r"minister|investigat|head of)",
    r"(?:поговорю|переговорю|посоветуюсь|обсужу это) с (?:генпрокурор|генеральным прокурором|министр|глав)\w*",
    r"(?:cannot|can't|could not) (?:say|confirm|tell) (?:that|whether|if)",
    r"не мо(?:гу|жем) (?:сказать|утверждать)", r"комментари\w*", r"оценк\w*(?<!по его оценке)(?<!по её оценке)(?<!по ее оценке)(?<!по их оценке)",
    r"оценива\w*", r"(?:давать|дать|даём|дают) оценок",  # "не будет давать оценок решению ЕСПЧ"
    # handed to the authorities, not "увезли и передали чеченским силовикам"
    r"(?:передан|передал)\w* (?:\w+ ){0,3}?(?:в|во|на) (?:\w+ )?(?:следств\w*|прокуратур\w*|полици\w*|"
    r"правоохранительн\w*|ск|мвд|суд\w*|комитет\w*|рассмотрени\w*|проверк\w*|генпрокуратур\w*)"
    r"(?! (?:\w+ )?(?:список|списки|фамилии|имена|показания|доказательства))",  # (names handed over: evidence)
    r"направлен\w*", r"направил\w*", r"рассмотр\w*", r"рассматрива\w*",
    r"правоохранительн\w+ орган\w*", r"в курсе", r"поговор\w*",
    r"(?:обращаться|обращаются|обратиться) (?:в|к) (?:правоохранительн\w+|полици\w+|прокуратур\w+|суд\w*|следств\w+)",
    r"процессуальн\w*", r"(?:будет|будут) принят\w*", r"forwarded", r"passed (?:on|the)", r"referred",
    r"nothing (?:more |new )?to add", r"nothing to say",
    # a letter acknowledged: "had been received and would be answered in the established manner"
    r"(?:received|registered) and (?:would|will) be (?:answered|considered|reviewed)", r"in the established manner",
    r"в установленном порядке",
    r"(?:would|will) study", r"studying",
    # "the conversation had been confidential and he could not share details"
    r"(?:could|can)(?:not| not) (?:share|disclose|reveal) (?:any )?details", r"confidential", r"конфиденциальн\w*",
    # "we are ready to work with these people if they come forward, and we will guarantee their safety"
    r"guarantee (?:their |his |her )?safety", r"гарантир\w+ (?:им |ему |ей )?(?:безопасност\w*|защит\w*)",
    r"ready to work with",
    # a question passed on: "Это не тема для Кремля, есть соответствующие ведомства", "a matter for law enforcement"
    r"не (?:тема|вопрос) для (?:кремля|нас|администрации)", r"(?:есть|существуют) (?:соответствующие|компетентные) "
    r"(?:ведомства|органы|службы)", r"not a (?:matter|question|topic) for the kremlin",
    r"(?:is|was) a (?:matter|question) for (?:law enforcement|the (?:relevant|competent) (?:agencies|authorities|"
    r"bodies)|investigators|prosecutors)",
    # "the matter fell within the competence of law enforcement agencies", "это в компетенции правоохранительных органов"
    r"(?:within|in|under) the (?:competence|remit|jurisdiction) of (?:the )?(?:law enforcement|relevant|competent|"
    r"police|prosecutors?|investigat)",
    r"в компетенции (?:правоохранительн|силов|следств|соответствующ|компетентн|прокуратур)\w*",
    r"study(?:ing)? (?:it|the)", r"waiting for", r"(?:professional|constructive) dialogue", r"dialogue",
    r"sent (?:a )?letters?", r"sent (?:a |an )?(?:request|inquiry|enquiry)",
    # "she had sent Lapunov's complaint on to the Prosecutor General": a complaint forwarded
    r"(?:sent|passed|forwarded|handed) (?:[\w'’-]+ ){0,3}?(?:complaint|appeal|application)s? (?:on )?to",
    # "решение по делу Лапунова исполняться не будет": a ruling not to be carried out, procedure
    r"исполняться не будет", r"не будет исполнен\w*",
    # "If someone has information, let them give it to the prosecutors": a referral (annotators: neutral)
    r"let them (?:give|bring|take|send|hand|pass|go|turn|apply)(?: (?:it|them|this|that|their \w+))? (?:on )?to "
    r"(?:the |us\b)(?:[\w-]+ )?(?:prosecut\w*|investigat\w*|authorit\w*|police|law|competent|relevant|courts?)?",
    # "would pass it on to investigators"
    r"(?:pass|passed|send|sent|forward|forwarded|hand|handed) (?:it|them|the (?:list|names|information)) on to", r"no longer binding",
    # "it had received the request and passed it to investigators": a referral
    r"(?:passed|sent|forwarded|handed|referred) (?:it|them|the (?:request|complaint|appeal|case)) (?:on )?to (?:the )?"
    r"(?:investigators|prosecutors?|prosecutor's office|police|investigative committee)",
    # ready to act on complaints if any come: "готова передать в прокуратуру любые обращения"
    r"готов\w* (?:передать|рассмотреть|принять|проверить) (?:[\w-]+ ){0,3}?(?:обращени|жалоб|заявлени)\w*",
    r"(?:ready|willing) to (?:pass on|consider|look into|receive) (?:[\w-]+ ){0,2}?(?:complaints?|appeals?|applications?)", r"(?:would|will|plan to|intend to|to) appeal",
    # "the matter was being looked into by the federal ombudsman": a check under way
    r"(?:is|was|were|are) being looked into",
    r"обжалова\w*", r"обжалу\w*", r"discuss(?:ed|es|ing)?", r"обсуди\w*", r"обсужда\w*",
    r"(?:had|has) not (?:yet )?studied", r"not (?:yet )?studied", r"(?:had|has|have) met",
    r"(?:not|never) (?:a document|something) we (?:will|would) comment", r"will comment", r"нечего добавить",
    r"добавить (?:мне |нам )?(?:больше )?нечего", r"сказать (?:мне |нам )?(?:больше )?нечего",
    r"nothing (?:more |further |else )?to add", r"no further comment",
    r"изуч\w+", r"ожида\w+ (?:ответ|результат)\w*", r"диалог\w*", r"направил\w* (?:письм|запрос)\w*",
    r"investigat(?:e|es|ed|ing|ion|ions)\b", r"inquiry", r"inquiries", r"probe", r"look(?:ing)? into", r"check(?:ing|ed)?",
    r"verify", r"verification", r"examin\w*",
    r"(?:declined|refused|would not|did not want|declines) to comment", r"no comment", r"not comment",
    r"(?:declined|refused) (?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week) to comment",
    # questions sent elsewhere: "should be addressed to the relevant agencies", "адресовать в компетентные органы"
    r"(?:should|must|can|could) be (?:addressed|directed|referred|sent) to",
    r"(?:следует|нужно|надо) (?:адресовать|направлять|обращаться)", r"адресовать (?:\w+ )?(?:в|к) ",
    r"could not comment", r"not (?:authori[sz]ed|allowed|permitted|in a position) to (?:comment|speak)",
    r"не хочу (?:сейчас )?(?:об этом |на эту тему )?(?:сейчас )?(?:говорить|разговаривать)",
    r"(?:do not|don't) want to (?:talk|speak) about (?:it|this|that)",
    r"не (?:уполномочен\w*|вправе) (?:комментировать|давать комментари\w*)", r"concerns?", r"concerned (?:about|over|by|at|that)", r"(?:deeply|gravely|very) concerned",
    r"(?:is|are|am|remain|remains|were|was) (?:\w+ly )?concerned", r"alarm\w*", r"worr(?:ied|ying)", r"troubl\w*", r"disturb\w*",
    r"call(?:ed|s|ing)? (?:on|upon|for(?! help))", r"(?:ready|prepared|willing) to (?:assist|help|cooperate)",
    r"(?:declined|refused|would not|did not) (?:to )?(?:give|provide|disclose|share|offer) (?:any )?(?:details|"
    r"information|figures|names)",
    r"address (?:\w+ )?(?:questions|them|it|complaints) to",
    r"(?:cannot|can't|could not|couldn't) say anything",
    r"(?:did|does|do|would|will)(?: not|n't) (?:comment|elaborate|say|respond|reply)", r"without elaborating",
    r"(?:has|have|had)(?: not|n't) (?:yet )?(?:commented|responded|replied)", r"urg(?:e|es|ed|ing)",
    r"ask\w* (?:for|about)(?! help)", r"ask\w* the (?:[\w'’-]+ ){1,4}?(?:to|for|about)",
    # "Berlin had asked Moscow for information about the fate of the men"
    r"ask\w* (?:[\w'’-]+ ){1,3}?for (?:information|details|clarification|an explanation|explanations)",
    r"request(?:ed|s|ing)? (?:information|an investigation|clarification|details|access|explanations?)",
    r"demand(?:ed|s|ing)? (?:an? |the )?(?:investigation|inquiry|probe|explanation|information|answers|"
    r"clarification)",
    r"monitor\w*", r"review",
    r"(?:ready|prepared|willing) to (?:receive|review|consider|"
    r"examine|meet|look|study|investigate|check)",
    r"consider\w*", r"working group", r"raised (?:the|this|these)",
    r"(?:затронул|поднял|поднимал)\w* (?:\w+ )?(?:тем|вопрос)\w*",  # "канцлер затронула «известную тему» Чечни"
    r"follow(?:ing)? (?:the situation|closely|developments)", r"aware of(?! (?:the |this |these )?(?:[\w-]+ ){0,2}?(?:persecution|torture|abuses|killings|detentions|"
    r"abductions|violence))", r"cannot (?:confirm or deny)",
    r"neither confirm nor deny", r"should (?:contact|apply|file|turn)",
    r"(?:can|could|should|must) (?:file|submit|turn to|go to|contact)", r"appeal to", r"seek\w* information",
    r"clarif\w*", r"will be (?:studied|examined)", r"not (?:our|my) (?:business|concern|topic|question)",
    r"проверк\w*", r"провер\w+", r"расследова\w*", r"разобраться", r"изучить", r"изуча\w*",
    # "Этот вопрос я передам генеральному прокурору и министру внутренних дел"
    r"переда(?:м|дим|ст|л|ла|ли) (?:[\w-]+ )?(?:генеральному прокурору|генпрокурору|"
    r"министру|прокурор\w*|следовател\w*)",
    r"(?:отказал\w*|не стал\w*|воздерж\w*) (?:от )?комментари\w*", r"комментировать", r"без комментариев",
    r"не комментиру\w*",  # "«не комментируют решения международных органов»"
    r"обеспокоен\w*", r"озабоченност\w*", r"озабочен\w*", r"тревог\w*", r"встревожен\w*", r"призва\w*",
    r"призыва\w*", r"потребова\w*", r"требу\w*", r"запрос\w*", r"обратиться в", r"должны обратиться",
    r"пусть обратятся", r"(?:могут|может|следует|нужно) обратиться", r"мониторинг\w*", r"следим",
    r"следить за ситуацией", r"нет информации", r"не располага\w*", r"прокомментировать",
    # offers, procedure and what comes next: "open to any concrete information", "готовы выехать в Чечню"
    r"open to (?:any|all|anyone|dialogue|cooperation)",
    r"(?:impossible|difficult|hard|too early) to (?:establish|verify|confirm|say|know|tell)",
    r"(?:невозможно|трудно|сложно|рано) (?:установить|проверить|подтвердить|сказать|судить)",
    r"(?:relevant|competent|appropriate) (?:authorities|bodies|agencies)", r"компетентн\w+ орган\w*",
    r"(?:matter|question|issue)s? for (?:the )?(?:investigators|law enforcement|prosecutors|courts?|police)",
    r"(?:in due course|through (?:the )?appropriate channels)",
    r"not (?:be )?(?:commenting|in a position to comment)", r"(?:will|would) respond",
    # "had no intention of commenting on it", "не намерен это комментировать"
    r"no (?:intention|plans?) (?:of|to) comment\w*", r"не намер\w+ (?:это |этого |ничего )?комментировать",
    r"готов\w* (?:выехать|рассмотреть|помочь|встретиться|гарантировать|принять|оказать|принимать|выслушать)",
    # "prepared to pass any complaints on to the authorities", "would raise the matter with the Prosecutor General",
    # "получила обращение": procedure, no side
    r"pass (?:any |the |such )?(?:complaints?|information|cases?) on", r"raise the (?:matter|issue|question) with",
    r"получил\w* (?:одно |первое )?обращение",
    r"будем (?:реагировать|поддерживать|разбираться|рассматривать)", r"рабоч\w+ групп\w*",
    r"продолжа\w+ (?:собирать|изучать|следить)", r"не исключа\w*", r"в повестке", r"не поднимал\w*(?! шум)",
)
EVENT = _rx(
    r"(?:were|was|are|is|have been|has been|had been|being|been) (?:\w+ )?(?:detained|abducted|tortured|beaten|"
    r"killed|murdered|held|imprisoned|persecuted|rounded up|arrested|humiliated|electrocuted|disappeared|"
    r"kidnapped|targeted|rounded|taken(?! out of context| seriously| into account)|subjected)",
    r"detained and tortured", r"tortured", r"beaten",
    # the dead handed to their families: "семьи получили тела", "the families received the bodies"
    r"(?:получил\w*|забрал\w*|выдал\w*|вернул\w*|передал\w*) (?:им |семьям |родственникам )?тел[ао]\b",
    r"(?:received|collected|were given|were handed|were returned) (?:the |their )?(?:bodies|body)\b",
    r"(?:police|officers|security forces|authorities|men|they) (?:\w+ )?(?:beat|tortured|detained|held|took|"
    r"kidnapped|abducted|killed|rounded up|persecuted|harassed)",
    r"electric shocks?", r"secret prisons?", r"illegal prisons?",
    # where men were held: "in secret facilities", "в неофициальных местах заключения"
    r"(?:secret|unofficial|illegal|makeshift) (?:facilit(?:y|ies)|jails?|sites? of detention|places? of detention)",
    r"(?:неофициальн|тайн|секретн)\w+ (?:мест\w* (?:заключения|содержания|лишения свободы)|тюрьм\w*)",
    r"следы (?:побоев|пыток|избиений)", r"побо(?:и|ев|ями)\b",
    # what an insider did: "he had personally driven detainees to the facility"
    r"(?:drove|driven|took|taken|brought|escorted|transported) (?:\w+ )?(?:detainees|the detained|prisoners)",
    r"(?:detention|prison) (?:facility|facilities|centre|center|camp)s?", r"beatings?", r"screams?",
    # (not "no violations of criminal procedure law in the refusal": a court on the procedure)
    r"violations?(?! of (?:the )?(?:criminal |civil |administrative )?(?:procedur\w*|procedural))",
    r"нарушени\w*(?! (?:норм )?(?:уголовно-|гражданско-)?процессуальн\w*)",
    r"campaign of (?:violence|persecution|"
    r"abuse)",
    r"(?:силой|насильно|принудительно) увез\w*", r"увез\w+ в неизвестном направлении",
    # a man taken away: "they took him", "Никто его не забирал"
    r"(?:took|taken) (?:him|her|them)(?: away)?\b", r"(?:его|её|ее|их) (?:не )?(?:забрал\w*|забирал\w*|увез\w*|увозил\w*)",
    r"purge", r"crimes?", r"abuses?", r"victims?", r"survivors?", r"fled", r"flee\w*", r"evacuat\w*",
    r"escaped", r"persecution", r"abductions?", r"killings?", r"detentions?", r"torture", r"задержан\w*",
    r"задерживал\w*", r"задержал\w*", r"задержива\w*", r"похищ\w*", r"похитил\w*", r"пытал[аио]?", r"пытк\w*",
    r"избива\w*", r"избил\w*", r"били", r"бьют", r"током", r"убит\w*", r"убил\w*", r"убива\w*",
    r"тюрьм\w*", r"незаконн\w+ (?:тюрьм\w*|мест\w* содержани\w*)", r"удержива\w*",
    r"держали", r"держат", r"унижа\w*", r"преследовани\w*", r"преследу\w*", r"преступлени\w*", r"жертв\w*",
    r"пострадавш\w*", r"бежал\w*", r"вывез\w*", r"эвакуир\w*", r"эвакуаци\w*", r"сбежал\w*",
    r"кампани\w+ (?:преследован|насили)\w*",
)
# fmt: on
NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bcannot|\bnever|\bno|n't|\bnobody|\bnothing|\bnone|\bне|\bни|\bникого|\bникто|\bнет|\bничего)\s+"
    r"(?:\w+\s+){0,2}$"
    # "None of it was confirmed", "not aware of a single verified case"
    r"|\bnone of (?:it|this|that|these|those|them|the \w+)\s+(?:was|were|is|are|has been|have been|had been)\s+$"
    # "none of the people named in the media had been located or had confirmed the allegations"
    r"|\bnone of\b[^.;]{0,80}\s(?:or|nor)\s+(?:had|has|have)\s+$"
    r"|(?:\bnot|n't)\s+aware\s+of\s+(?:a single|any)\s+$"
    # "We have not seen anything that would confirm"
    r"|\banything\s+(?:that\s+)?(?:would|could|might)\s+$"
    # "no one has produced a single verified case", "not a single fact cited in them has been confirmed"
    r"|(?:\bno one|\bnobody|\bnot|n't|\bnever)\s+(?:\w+\s+){0,3}(?:a\s+single|any|one)\s+$"
    r"|\bnot\s+(?:a\s+single|one)\s+(?:\w+\s+){1,7}(?:has|have|had)\s+(?:ever\s+)?been\s+$"
    # "не выявила данных, подтверждающих ...": the participle of the noun denied
    r"|\bне\s+\w+\s+(?:\w+\s+)?(?:данных|сведений|фактов|информации|доказательств),\s+$",
    re.IGNORECASE,
)
# a negated infinitive further back: "no reliable information to confirm", "had not been able to confirm"
NEGATED_INFINITIVE = re.compile(
    r"(?:\bnot|\bnever|\bno|n't|\bnobody|\bno one|\bnothing|\bunable|\bfailed|\bwithout)\s+(?:\w+\s+){0,3}to\s+$",
    re.IGNORECASE,
)
# the speaker's own stance verb declined or refused: "refused to confirm", "declined to deny", "отказался подтвердить"
DECLINED_VERB = re.compile(
    r"(?:\brefus\w*|\bdeclin\w*)\s+to\s+$|\bwould(?:\s+not|n't)\s+$|\bотказал\w*\s+(?:\w+\s+)?$|"
    r"\bотказыва\w*\s+(?:\w+\s+)?$",  # ("would not confirm reports that ...": declined, not disputed)
    re.IGNORECASE,
)
# the target of an attacking verb ("denounced", "slammed", "accused", "отверг"): the accused side's people, bodies,
# words or inquiries, or the reports and those who made them
OFFICIAL_TARGET = re.compile(
    r"(?i)\b(?:authorit\w*|officials?|government|kremlin|kadyrov\w*|police|security forces|ministry|moscow|"
    r"russia\w*|grozny|chechen (?:leader|leadership|officials?|authorities)|investigations?|inquiry|probe|checks?|"
    r"investigative committee|investigators|prosecutors?|prosecutor's office|"
    r"response|reaction|denials?|remarks|statements?|comments?|rhetoric|claims?|assurances|"
    r"власт\w*|чиновник\w*|кремл\w*|кадыров\w*|правительств\w*|силовик\w*|полици\w*|мвд|"
    r"следствени\w*|следственн\w* комитет\w*|следовател\w*|прокуратур\w*|проверк\w*|расследовани\w*|"
    r"заявлени\w*|реакци\w*|слова|утверждени\w*|отрицани\w*)\b"
)
TARGET_END = re.compile(
    r"\s(?:to|of|by|from|about|over|on|as|that|which|who|in|at|for|after|with|о|об|в|во|на|как|что|за|"
    r"котор\w+)\s|[,.;:—–«»\"“”„(]"
)
SENTENCE_STOP = re.compile(r"[.;!?]")
NOMINAL_EVENT = re.compile(
    r"victims?|survivors?|crimes?|abuses?|purge|persecution|abductions?|killings?|detentions?|torture|beatings?|"
    r"screams?|жертв\w*|пострадавш\w*|преследовани\w*"
)
INVESTIGATE = re.compile(
    r"investigat\w*|inquir\w*|probe|look(?:ing)? into|check\w*|examin\w*|consider\w*|провер\w*|"
    r"расследова\w*|разобраться"
)

# "could neither confirm nor deny", "не можем ни подтвердить, ни опровергнуть": no side taken
NONCOMMITTAL = _rx(
    # "the conversation had touched on the publications but gave no details"
    r"gave no (?:further )?details",
    r"confirm(?:ed|s)?,? (?:n?or) den(?:y|ied|ies)",
    # an inquiry promised: "принять меры, чтобы установить правду", "to establish the truth"
    r"(?:установить|выяснить) (?:всю )?правду",
    r"establish the (?:full |whole )?truth",
    # "I cannot say that these facts are confirmed, but neither can I say they are refuted"
    r"(?:cannot|can't|can not) say (?:that )?[^.;]{0,60}?(?:confirmed|true)[^.;]{0,12}?neither can (?:i|we) say",
    # "would not rule anything out until the checks are complete", "ничего не исключаю": nothing decided
    r"(?:not|n't|never) rule (?:anything|it|this|that|anything at all) out",
    r"(?:not|n't) rule out (?:anything|that|it)",
    r"(?:ничего|этого|такого|ничего такого) не исключа\w*",
    r"не исключа\w+,? что",
    # "Я не берусь утверждать, что там происходило": the speaker claims nothing either way
    r"не (?:берусь|берёмся|беремся|возьмусь|могу|можем) (?:утверждать|судить)",
    r"(?:cannot|can't|can not|won't|will not) (?:say|claim|judge) (?:what|whether) (?:happened|went on|took place)",
    r"(?:could|can) not independently (?:confirm|verify)",
    r"cannot independently (?:confirm|verify)",
    # "had not independently verified the number of victims"
    r"not (?:been )?independently (?:verified|confirmed)",
    # "information ... that requires verification": to be checked, not found (ranked before "information about ...")
    r"(?:requires|require|required|needs|need) (?:further |careful )?verification",
    r"(?:требует|требуют) проверки",
    r"den(?:y|ied|ies),? (?:n?or) confirm(?:ed|s)?",
    r"подтверди\w*,? (?:ни|или) опроверг\w*",
    r"опроверг\w*,? (?:ни|или) подтверди\w*",
    r"подтвержда\w*,? (?:ни|или) опроверга\w*",
    r"не подтвержда\w* и не опроверга\w*",
    # a condition, not a finding: "if these reports are true", "если эти сведения подтвердятся"
    r"if (?:these|the|such) (?:reports|allegations|claims|accounts) (?:are|prove|turn out to be|were) "
    r"(?:true|accurate|correct|confirmed)",
    r"если (?:эти |такие |данные )?(?:сообщения|сведения|данные|информация|факты|обвинения) "
    r"(?:подтвердятся|подтвердится|соответствуют действительности|правдивы)",
    # a receipt confirmed, not the events: "подтвердили получение документа", "confirmed receipt of the letter"
    r"подтверди\w* (?:факт )?получени\w*",
    r"confirm\w* (?:the )?receipt",
    r"confirmed (?:that )?(?:(?:it|they) had received|the (?:documents?|letters?|petitions?|appeals?|complaints?) "
    r"(?:had|has|have) been received)",
)
FAMILIES: tuple[tuple[str, Cues, str, float], ...] = (
    ("name-calling", NAME_CALLING, "none", 0.0),
    ("idiom", IDIOM, "none", 0.0),
    ("noncommittal", NONCOMMITTAL, "neutral", 2.0),
    ("cites-denial", CITED_DENIAL, "confirmation", 3.0),
    ("confirm-negated", CONFIRM_NEGATED, "confirmation", 3.0),
    ("accountability", ACCOUNTABILITY, "confirmation", 3.0),
    ("absence", ABSENCE, "denial", 3.0),
    ("dismissal", DISMISSAL, "denial", 3.0),
    ("invitation", INVITATION, "denial", 2.0),
    ("evidence", STRONG_EVIDENCE, "confirmation", 3.0),
    ("cited-claim", CITED_CLAIM, "none", 0.0),
    ("first-person", FIRST_PERSON, "confirmation", 3.0),
    ("evidence", EVIDENCE, "confirmation", 3.0),
    ("neutral", NEUTRAL, "neutral", 2.0),
    ("event", EVENT, "confirmation", 1.0),
)
# "said in his report that ...": the document it was said in, not its object
IN_DOCUMENT_BEFORE = re.compile(r"(?i)\b(?:in|в)\s+(?:his|her|its|their|the|a|своем|своём)\s+$")
OBJECT_CLAUSE = re.compile(
    rf"(?<!{W})(?:(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stor(?:y|ies)|articles?|speculation|"
    r"сообщени\w*|обвинени\w*|слух\w*|утверждени\w*|публикаци\w*|стать\w+(?!\s+\d)|информаци\w+)"
    r"(?:\s+(?:of|о|об|про)|(?:\s+[^\s.;\"«»“”]+){0,3}?\s+(?:about|concerning|regarding|что|насчет|о|об))"
    # (not "the people the article talks about are not to be found": a relative clause ends at "about")
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)"
    r"|(?:reports?|rumou?rs?|stor(?:y|ies)|speculation|claims?|suggestions?|allegations?)"
    r"(?:\s+(?:in|by|from)(?:\s+[^\s.;\"«»“”,]+){1,3}?)?\s+that"
    # not a relative clause: "a story that matches the others", "reports that appeared on Monday"
    r"(?!\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|match\w*|appear\w*|emerg\w*|"
    r"circulat\w*|surfac\w*|spread\w*|come|came|lack\w*|contain\w*|rel(?:y|ies|ied))\b)"
    # "claims that no one has bothered to verify": what nobody did with them
    r"(?!\s+(?:no one|nobody)\s+(?:(?:has|had|have|can|could|will|would|ever|been|able|to)\s+)*"
    r"(?:bother\w*|verif\w+|check\w*|confirm\w*|seen|see|prov\w+|substantiat\w+|corroborat\w+)\b)|обвинени\w*\s+в)"
    r"\s+((?:(?!\s(?:и|and|а|но|but)\s)[^.;,]){3,120})",
    re.IGNORECASE,
)
folded(OBJECT_CLAUSE)  # built once, here
# the first two letters of the nouns every OBJECT_CLAUSE match begins with
# fmt: off
OBJECT_LEADS = frozenset(("re", "cl", "al", "ac", "ru", "st", "ar", "sp", "su", "со", "об", "сл", "ут", "пу", "ст", "ин"))
# fmt: on
SHIFT = re.compile(
    r"\s*(?:separately|in a separate|on another (?:subject|topic)|отдельно|кроме того,|в другом)",
    re.IGNORECASE,
)


PLACE_TOPIC = re.compile(r"(?i)chechn|chechen|grozny|чечн|чеченск|чеченц|грозн")


REPORT_OBJECT = _rx(
    r"reports?",
    # "rumours about the persecution of such people were spread by the enemies of Islam" (not "brushed aside as rumour")
    r"rumou?rs? (?:about|of|that)",
    # "asked viewers not to believe the provocateurs on the internet": disbelief urged in what is claimed
    r"(?:not to|don't|do not) believe",
    # "That is all invented by people who want to shame us": the story itself dismissed
    r"(?:that|this|it) is all (?:invented|made up|fabricated|lies)",
    r"слух(?:и|ов|ам|ами) (?:о|об|про)",
    r"articles?",
    r"publications?",
    r"stor(?:y|ies)",
    r"allegations?",
    r"accusations?",
    r"(?:these|the|such) newspapers?",
    # the reporters dismissed: "calling the authors enemies of our faith", "назвал авторов публикаций клеветниками"
    r"(?:the|its|their) authors",
    r"(?:the|these|those) journalists",
    # "declared the newspaper's staff enemies of the faith"
    r"(?:newspaper|paper)['’]s (?:staff|journalists|reporters|editors)",
    r"сотрудник\w+ (?:газеты|редакции)",
    r"(?:the|these|those) reporters",
    r"авторов",
    r"журналистов",
    r"claims (?:from|in|by) (?:a|one|the) (?:single )?(?:\w+ )?(?:newspaper|paper|outlet)",
    r"доклад\w*",
    r"публикаци\w*",
    r"стать\w+",
    r"материал\w*",
    r"сообщени\w*",
    r"обвинени(?!е\b)\w*",  # not "обвинение сфабриковано": the charge against a victim
    r"истори(?:ю|и|я) (?:про|о|об)",  # "придумала историю про „преследования“"
    # "вся эта история высосана из пальца", "платят за каждую такую „историю“"
    r"(?:эт[аиу]|вс[юя] эт[ау]|так(?:ую|ая|ие|их)|кажд(?:ую|ая)(?: такую)?) [„«\"]?истори\w*",
)
# fmt: on
