"""Find statements in text: direct quotes with their attribution, and reported speech.

Each statement found here is a :class:`Candidate`: the span of the statement's words plus the token window in
which its speaker is named (resolved later by :mod:`crawler.analysis.speakers`). Shapes recognised::

    "...," Peskov said.            "...," said Peskov, the ...      Peskov said: "..."      X said that ...
    «...», — сказал он.            «...» — заявил Песков.           Песков заявил: «...»    Песков заявил, что ...
    ..., Karimov said.             ..., — заявил Каримов.           according to X, ...     по словам X, ...
    X denied / dismissed / rejected / called ... / опроверг / отверг / назвал ... ложью
    как заявил X, ...              "..." (a quote alone continues the previous speaker)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.analysis import lexicon
from crawler.analysis.doc import Doc
from crawler.analysis.segment import Quote

QUOTE_MARKS = frozenset("«»“”„\"")
HARD_BOUNDARY = frozenset(";:()[]") | QUOTE_MARKS | {"—", "–"}
SOFT_BOUNDARY_WORDS = frozenset(
    """that but while whereas although though because since as when after before if unless where and or so
    что чтобы но а и или хотя поскольку когда если где пока однако""".split()
)
RELATIVE_WORDS = frozenset("who which whom whose который которая которое которые которого которой которым".split())
CLAUSE_END_WORDS_EN = frozenset(
    "that who which adding saying noting as after when while because but and although in on during at".split()
)
PASSIVE_EN = frozenset("was were is are been be being so widely".split())
AUX_EN = frozenset(
    """had has have was were is are would could will did does do should can cannot not been being
    included includes remained""".split()
)
BASE_FORMS_EN = frozenset("say tell call describe deny dismiss reject confirm".split())
BASE_FORM_OK = frozenset("to would will did does do can could cannot not also".split())
NP_START_EN = frozenset("the a an one another his her its their two three several some".split())
ADVERBIAL_START = frozenset(
    """on in at during last this yesterday today later earlier recently according after before while when via
    through speaking told tuesday monday wednesday thursday friday saturday sunday in a
    в во на по журналистам агентству изданию телеканалу корреспонденту газете радио интерфаксу риа тасс
    сми""".split()
)
TRANSCRIPT_HOSTS = frozenset(
    """anchor presenter host interviewer reporter correspondent moderator question q ведущий ведущая
    корреспондент вопрос журналист""".split()
)
FIRST_PERSON = re.compile(r"(?<!\w)(?:we|our|us|i|my|me|мы|наш\w*|нас|нам|я|мой|моя|мне|меня)(?!\w)", re.IGNORECASE)
OBJECT_PRONOUNS_EN = frozenset("reporters journalists me us him her them".split())
NAME_VERBS = frozenset({"called", "named", "termed", "dubbed"})
END_PUNCT = ".!?…"
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


@dataclass
class Candidate:
    """A statement before speaker resolution and stance."""

    start: int
    end: int
    kind: str  # direct | reported | object | according | continuation | headline
    verb: str | None = None
    category: str | None = None  # say | deny | confirm | call | act | according
    verb_gender: str | None = None
    verb_token: int | None = None
    windows: list[tuple[int, int, str]] = field(default_factory=list)  # (lo, hi, "before"|"after"|"loc")
    quotes: tuple[int, ...] = ()
    previous: bool = False  # speaker is the previous statement's speaker


class CandidateFinder:
    """Scans a :class:`Doc` for speech verbs, quotes and "according to" phrases."""

    def __init__(self) -> None:
        self.verbs = lexicon.speech_verbs()

    # -- helpers ------------------------------------------------------------------------------------------
    @staticmethod
    def _sentence_range(doc: Doc, i: int) -> tuple[int, int]:
        return doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[i].start))

    def _is_verb(self, doc: Doc, i: int) -> tuple[str, str, str] | None:
        token = doc.tokens[i]
        if not token.is_word or doc.in_quote(i):
            return None
        info = self.verbs.get(token.lower.replace("ё", "е"))
        if info is None:
            return None
        if doc.lang != "ru" and not token.text.islower() and i > 0 and doc.tokens[i - 1].text not in END_PUNCT:
            return None
        if info[1] == token.lower and doc.lang != "ru":  # English
            prev = doc.word(i - 1)
            if token.lower in BASE_FORMS_EN and prev not in BASE_FORM_OK:
                return None
            if prev in PASSIVE_EN or prev == "-":
                return None
            if token.lower in NAME_VERBS and i + 1 < len(doc.tokens) and doc.tokens[i + 1].is_cap and (
                not doc.tokens[i - 1].is_cap
            ) and doc.infos[i - 1].pronoun is None:
                return None
        return info

    def _quote_after(self, doc: Doc, i: int, limit: int) -> int | None:
        """Index of a content quote opening soon after token ``i`` (after ":", ",", "—" or an object)."""
        text = doc.text
        start = doc.tokens[i].end
        for q_index, quote in enumerate(doc.layout.quotes):
            if quote.open < start:
                continue
            if quote.open > limit:
                return None
            gap = text[start : quote.open]
            if len(gap) > 60 or re.search(r"[.!?;]", gap):
                return None
            if self._is_title(doc, quote):
                continue
            if re.search(r"[:,—–]\s*$", gap) or not gap.strip():
                return q_index
            if len(gap.split()) <= 4 and quote.words >= 3:
                return q_index
            return None
        return None

    @staticmethod
    def _is_title(doc: Doc, quote: Quote) -> bool:
        """A short quoted name ("Новая газета") rather than quoted speech."""
        if quote.close is None or quote.words > 4:
            return False
        inner = doc.text[quote.start : quote.end].rstrip()
        after = doc.text[quote.close + 1 : quote.close + 3]
        if inner[-1:] in ",.!?…" or re.match(r"\s*[,.!?…—–:;]", after) or not after.strip():
            return False
        return True

    def _quote_before(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """A content quote closing just before token ``i`` (the speaker phrase or the verb): (quote, token)."""
        text = doc.text
        offset = doc.tokens[i].start
        for q_index in range(len(doc.layout.quotes) - 1, -1, -1):
            quote = doc.layout.quotes[q_index]
            if quote.close is None or quote.close >= offset:
                continue
            between = text[quote.close + 1 : offset]
            inner_end = text[quote.start : quote.end].rstrip()[-1:]
            punct = inner_end in ",.!?…" or re.match(r"\s*[,!?]|\s*[,.!?…]?\s*[—–-]", between)
            if not punct or len(between) > 120 or re.search(r"[.!?;]\s", between):
                return None
            return q_index, doc.layout.token_at(quote.close + 1)
        return None

    @staticmethod
    def _skip_back(doc: Doc, i: int, lo: int) -> int:
        """Index of the token before ``i`` after skipping adverbs/auxiliaries between subject and verb."""
        prefix = lexicon.RU_VERB_PREFIX if doc.lang == "ru" else lexicon.EN_VERB_PREFIX
        j = i - 1
        while j >= lo and doc.word(j) in prefix:
            j -= 1
        return j

    @staticmethod
    def _before_window(doc: Doc, i: int, lo: int) -> tuple[int, int]:
        """Token window [start, i) of the clause ending at token ``i`` (the subject side)."""
        j = i - 1
        end = i
        while j >= lo:
            token = doc.tokens[j]
            if token.text in HARD_BOUNDARY and not (token.text in QUOTE_MARKS and _inside_title(doc, j)):
                break
            if doc.word(j) in RELATIVE_WORDS and end == i:
                # "A man who said he was detained told ...": the subject is the relative clause's antecedent
                end = j - 1 if j - 1 >= lo and doc.tokens[j - 1].text == "," else j
                j = end - 1
                continue
            if doc.word(j) in SOFT_BOUNDARY_WORDS or doc.word(j) in RELATIVE_WORDS:
                break
            j -= 1
        return j + 1, end

    @staticmethod
    def _after_window(doc: Doc, i: int, hi: int) -> tuple[int, int]:
        """Token window after token ``i`` up to a clause boundary (the inverted-subject side)."""
        j = i + 1
        stop_words = {"that", "что", "чтобы", "adding", "saying", "noting"}
        while j < hi:
            token = doc.tokens[j]
            if token.text in ".;:!?," or token.text in "—–":
                break
            if token.text in QUOTE_MARKS and not _inside_title(doc, j):
                break
            if doc.word(j) in stop_words:
                break
            j += 1
        return i + 1, j

    # -- main ---------------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Candidate]:
        """Every candidate statement in text order."""
        candidates: list[Candidate] = []
        used_quotes: set[int] = set()
        tokens = doc.tokens
        for i in range(len(tokens)):
            info = self._is_verb(doc, i)
            if info is not None:
                cand = self._from_verb(doc, i, info)
                if cand is not None:
                    candidates.append(cand)
                    used_quotes.update(cand.quotes)
        candidates.extend(self._participles(doc))
        candidates.extend(self._according(doc))
        candidates.extend(self._headers(doc))
        for cand in candidates:
            for q_index, quote in enumerate(doc.layout.quotes):
                if quote.start >= cand.start and quote.end <= cand.end:
                    used_quotes.add(q_index)
        candidates.extend(self._leftover_quotes(doc, used_quotes))
        candidates.sort(key=lambda c: (c.start, c.end))
        return candidates

    def _has_head(self, doc: Doc, lo: int, hi: int) -> bool:
        """True when tokens [lo, hi) contain something that can be a speaker (actor, role, pronoun)."""
        for j in range(lo, hi):
            info = doc.infos[j]
            if info.actor or info.role or info.pronoun:
                return True
            if doc.lang != "ru" and doc.tokens[j].is_cap and j > lo and doc.word(j) not in CALENDAR:
                return True
        return False

    @staticmethod
    def _np_like(doc: Doc, lo: int, hi: int) -> bool:
        """English: could tokens [lo, hi) be an inverted subject ("said Peskov", "said a spokesman for X")?"""
        words = [j for j in range(lo, hi) if doc.tokens[j].is_word]
        if not words or len(words) > 9:
            return False
        first = doc.tokens[words[0]]
        if not (first.is_cap or first.lower in NP_START_EN or doc.infos[words[0]].pronoun or doc.infos[words[0]].role):
            return False
        return not any(doc.word(j) in AUX_EN for j in words)

    def _from_verb(self, doc: Doc, i: int, info: tuple[str, str, str]) -> Candidate | None:
        category, _lemma, gender = info
        s_lo, s_hi = self._sentence_range(doc, i)
        tokens, text = doc.tokens, doc.text
        ru = doc.lang == "ru"
        prev = self._skip_back(doc, i, s_lo)
        prev_text = tokens[prev].text if prev >= s_lo else ""
        kak = ru and doc.word(prev) == "как"
        before = self._before_window(doc, prev + 1, s_lo)
        after = self._after_window(doc, i, s_hi)
        has_before = before[0] < prev + 1 and self._has_head(doc, *before)
        has_after = after[0] < after[1] and self._has_head(doc, *after)
        punct_before = prev_text in (",", "—", "–") or prev_text in QUOTE_MARKS or prev < s_lo or kak
        if has_after and not ru and not self._np_like(doc, *after):
            has_after = False
        inverted = has_after and (punct_before or (ru and not has_before))
        cand = Candidate(0, 0, "reported", tokens[i].text, category, gender, i)
        if inverted:
            cand.windows.append((*after, "after"))
            if has_before:
                cand.windows.append((before[0], prev + 1, "before"))
        else:
            if not has_before:
                return None
            cand.windows.append((before[0], prev + 1, "before"))
            if ru and has_after:
                cand.windows.append((*after, "after"))
        that_follows = _that_follows(doc, i, s_hi)

        # 1. "…," Peskov said / "…," said Peskov / «…», — заявил Песков
        attach = prev + 1 if inverted else before[0]
        if not that_follows:
            found = self._quote_before(doc, attach if attach < len(tokens) else i)
            if found is not None:
                q_index, first = found
                if first <= i and _only_attribution(doc, first, i):
                    quote = doc.layout.quotes[q_index]
                    cand.kind = "direct"
                    cand.start, cand.end = quote.start, quote.end
                    cand.quotes = (q_index,)
                    if not inverted:
                        cand.windows[0] = (max(first, before[0]), prev + 1, "before")
                    self._chain_quote(doc, cand, after[1] if inverted else i + 1)
                    return cand

        # 2. Peskov said: "…" / Песков заявил: «…» / заявил Песков: «…»
        sentence_end = doc.layout.sentences[doc.layout.sentence_of(tokens[i].start)][1]
        from_token = after[1] - 1 if inverted and ru else i
        q_after = self._quote_after(doc, from_token, sentence_end + 2)
        if q_after is None and after[1] < len(tokens) and tokens[after[1]].text == ":":
            q_after = self._quote_after(doc, after[1], tokens[after[1]].end + 200)
        if q_after is not None:
            quote = doc.layout.quotes[q_after]
            if not re.search(r"\b(that|что)\b", text[tokens[i].end : quote.open]):
                cand.kind = "direct"
                cand.start, cand.end = quote.start, quote.end
                cand.quotes = (q_after,)
                return cand

        # 3a. "…, said Karimov." / "…, — заявил Каримов." / "…, заявил Каримов"
        if inverted and not kak and prev >= s_lo and prev_text in (",", "—", "–"):
            comma = prev - 1 if prev_text in "—–" and doc.word(prev - 1) == "," else prev
            cand.start, cand.end = _clause_start(doc, comma, s_lo), tokens[comma].start
            if len([t for t in tokens[doc.layout.token_at(cand.start) : comma] if t.is_word]) >= 3:
                return _trimmed(doc, cand)
            return None
        # 3b. "…, Karimov said."
        if not inverted and _ends_clause(doc, i, s_hi):
            comma = _last_comma(doc, before[0], prev + 1)
            if comma is not None and self._has_head(doc, comma + 1, prev + 1):
                clause_start = _clause_start(doc, comma, s_lo)
                if len([t for t in tokens[doc.layout.token_at(clause_start) : comma] if t.is_word]) >= 3:
                    cand.windows[0] = (comma + 1, prev + 1, "before")
                    cand.start, cand.end = clause_start, tokens[comma].start
                    return _trimmed(doc, cand)
        # 3c. "X said (that) …", "X denied …", "как заявил X, …"
        if kak:
            if after[1] >= s_hi or tokens[after[1]].text != ",":
                return None
            body_from = after[1] + 1
        elif category == "say":
            body_from = i + 1
            if that_follows:
                body_from = that_follows + 1
            elif inverted:
                body_from = after[1]
            if ru and body_from < s_hi and tokens[body_from].text == ",":
                body_from += 1
        else:
            body_from = i
            cand.kind = "object"
        if body_from >= s_hi or not any(t.is_word for t in tokens[body_from:s_hi]):
            return None
        cand.start = tokens[body_from].start
        cand.end = sentence_end
        for quote in doc.layout.quotes:  # a reported clause that opens a quote runs to the quote's end
            if cand.start <= quote.open < cand.end and quote.end > cand.end:
                cand.end = quote.end
        return _trimmed(doc, cand)

    def _chain_quote(self, doc: Doc, cand: Candidate, after_end: int) -> None:
        """'"A," he said, "B."': the second part of a split quote joins the first."""
        if after_end >= len(doc.tokens) or doc.tokens[after_end].text != ",":
            return
        start = doc.tokens[after_end].end
        for q_index, quote in enumerate(doc.layout.quotes):
            if quote.open >= start:
                if doc.text[start : quote.open].strip() in ("", "—", "–") and not self._is_title(doc, quote):
                    cand.end = quote.end
                    cand.quotes = (*cand.quotes, q_index)
                return

    def _participles(self, doc: Doc) -> list[Candidate]:
        """"..., adding that ..." / "..., calling it ..." / "..., добавив, что ...": the same speaker goes on."""
        words = lexicon.RU_PARTICIPLES if doc.lang == "ru" else lexicon.EN_PARTICIPLES
        found = []
        for i, token in enumerate(doc.tokens):
            word = doc.word(i)
            if word not in words or doc.in_quote(i) or i == 0 or doc.tokens[i - 1].text not in (",", "and", "и"):
                continue
            s_lo, s_hi = self._sentence_range(doc, i)
            category = "say"
            if word.startswith(("call", "describ", "brand", "назв", "назыв")):
                category = "call"
            elif word.startswith(("deny", "dismiss", "reject", "опроверг", "отверг", "отрица")):
                category = "deny"
            body = i + 1
            that = _that_follows(doc, i, s_hi)
            if that and category == "say":
                body = that + 1
            elif category != "say":
                body = i
            elif doc.lang == "ru" and body < s_hi and doc.tokens[body].text == ",":
                body += 1
            if body >= s_hi:
                continue
            sentence_end = doc.layout.sentences[doc.layout.sentence_of(token.start)][1]
            cand = Candidate(doc.tokens[body].start, sentence_end, "participle", token.text, category, None, i)
            cand.previous = True
            cand.windows.append((s_lo, i - 1, "before"))
            for quote in doc.layout.quotes:
                if cand.start <= quote.open < cand.end and quote.end > cand.end:
                    cand.end = quote.end
            found.append(_trimmed(doc, cand))
        return found

    def _headers(self, doc: Doc) -> list[Candidate]:
        """First-person text under a source line: "[Telegram post by X] We ...", "X: We ...", "LOKSHINA: ..."."""
        found = []
        text = doc.text
        paras = doc.layout.paragraphs
        speaker_window: tuple[int, int] | None = None
        for lo, hi in paras:
            para = text[lo:hi]
            bracket = re.match(r"\s*\[([^\]]{3,160})\]\s*", para)
            colon = re.match(r"\s*([^:.!?\n«»\"“”]{2,70}):\s+(?=\S)", para)
            body_start = None
            if bracket:
                speaker_window = (doc.layout.token_at(lo + bracket.start(1)), doc.layout.token_at(lo + bracket.end(1)))
                body_start = lo + bracket.end()
            elif colon and len(colon.group(1).split()) <= 9:
                head = colon.group(1).strip()
                host = head.lower().split()[0] in TRANSCRIPT_HOSTS if head.split() else False
                window = (doc.layout.token_at(lo + colon.start(1)), doc.layout.token_at(lo + colon.end(1)))
                body_start = lo + colon.end()
                if host:
                    speaker_window = None
                    continue
                speaker_window = window
                if not head.isupper() and not FIRST_PERSON.search(text[body_start:hi]):
                    speaker_window = None
                    continue
            elif speaker_window is not None and not any(q.open >= lo and q.open < hi for q in doc.layout.quotes):
                body_start = lo
            if speaker_window is None or body_start is None or body_start >= hi:
                continue
            if not FIRST_PERSON.search(text[body_start:hi]) and not bracket and not (colon and colon.group(1).isupper()):
                continue
            cand = Candidate(body_start, hi, "header")
            cand.windows.append((*speaker_window, "header"))
            found.append(_trimmed(doc, cand))
        return found

    def _according(self, doc: Doc) -> list[Candidate]:
        """"according to X, …" / "…, according to X." / "по словам X, …"."""
        phrases = lexicon.RU_ACCORDING if doc.lang == "ru" else lexicon.EN_ACCORDING
        found = []
        for phrase in phrases:
            for match in re.finditer(rf"(?<!\w){phrase}(?!\w)", doc.text, re.IGNORECASE):
                i = doc.layout.token_at(match.end())
                if i >= len(doc.tokens) or doc.in_quote(i):
                    continue
                s_lo, s_hi = self._sentence_range(doc, i)
                j = i
                while j < s_hi and doc.tokens[j].text not in ",.;:!?" and (
                    doc.tokens[j].text not in "—–"
                ):
                    j += 1
                sentence = doc.layout.sentences[doc.layout.sentence_of(match.start())]
                cand = Candidate(0, 0, "according", match.group(), "according", None, None)
                cand.windows.append((i, j, "according"))
                head = doc.text[sentence[0] : match.start()]
                if head.strip(" ,—–\"«“") and re.search(r"[,—–]\s*$", head):
                    cand.start, cand.end = sentence[0], match.start()
                elif j < s_hi:
                    cand.start, cand.end = doc.tokens[j].end, sentence[1]
                else:
                    continue
                found.append(_trimmed(doc, cand))
        return [c for c in found if c.end > c.start]

    def _leftover_quotes(self, doc: Doc, used: set[int]) -> list[Candidate]:
        """Quotes with no attribution of their own: continuations of the previous speaker, or "X: «…»"."""
        found = []
        for q_index, quote in enumerate(doc.layout.quotes):
            if q_index in used or quote.words < 3 or self._is_title(doc, quote):
                continue
            sentence = doc.layout.sentences[doc.layout.sentence_of(quote.open)]
            lead = doc.text[sentence[0] : quote.open]
            cand = Candidate(quote.start, quote.end, "continuation", quotes=(q_index,))
            if not lead.strip(" \t—–-"):
                cand.previous = True
                found.append(cand)
                continue
            colon = re.search(r"([^\s:][^:]{0,80}):\s*$", lead)
            if colon and quote.words >= 3:
                lo = doc.layout.token_at(sentence[0] + colon.start(1))
                hi = doc.layout.token_at(sentence[0] + colon.end(1))
                cand.kind = "headline"
                cand.windows.append((lo, hi, "before"))
                found.append(cand)
        return found


def _inside_title(doc: Doc, j: int) -> bool:
    """True when token ``j`` is a quotation mark of a short quoted name rather than of speech."""
    q_index = doc.layout.quote_of_token[j]
    token = doc.tokens[j]
    for index, quote in enumerate(doc.layout.quotes):
        if quote.open == token.start or quote.close == token.start:
            q_index = index
            break
    if q_index < 0:
        return False
    return CandidateFinder._is_title(doc, doc.layout.quotes[q_index])


def _that_follows(doc: Doc, i: int, s_hi: int) -> int:
    """Index of "that"/"что"/":" introducing the verb's clause within a few tokens (0 when none)."""
    for j in range(i + 1, min(s_hi, i + 9)):
        word = doc.word(j)
        if word in ("that", "что") or (doc.tokens[j].text == ":" and j + 1 < s_hi and not doc.in_quote(j + 1)):
            return j
        if doc.tokens[j].text in QUOTE_MARKS or doc.tokens[j].text in ".;!?":
            return 0
    return 0


def _last_comma(doc: Doc, lo: int, hi: int) -> int | None:
    for j in range(hi - 1, lo - 1, -1):
        if doc.tokens[j].text == ",":
            return j
    return None


def _only_attribution(doc: Doc, first: int, i: int) -> bool:
    """True when tokens [first, i) are only punctuation and a short speaker phrase (no second clause)."""
    words = [t for t in doc.tokens[first:i] if t.is_word]
    if len(words) > 12:
        return False
    return not any(t.text in ".;!?" for t in doc.tokens[first:i])


def _ends_clause(doc: Doc, i: int, s_hi: int) -> bool:
    """True when the verb at ``i`` is followed only by the end of its sentence or a short adverbial."""
    j = i + 1
    words: list[str] = []
    while j < s_hi and doc.tokens[j].text not in ".!?;,":
        if doc.word(j) in ("that", "что") or doc.tokens[j].text in QUOTE_MARKS or doc.tokens[j].text == ":":
            return False
        if doc.tokens[j].is_word:
            words.append(doc.word(j))
        j += 1
    if not words:
        return True
    if words[0] in ADVERBIAL_START:
        return len(words) <= 10
    return doc.tokens[i].lower in ("told", "tells", "tell") and len(words) <= 4


def _clause_start(doc: Doc, j: int, s_lo: int) -> int:
    """Character offset where the clause ending before token ``j`` starts (sentence start or after a mark)."""
    k = j - 1
    while k >= s_lo:
        text = doc.tokens[k].text
        if text in ";:" or (text in QUOTE_MARKS and doc.layout.quote_of_token[k] < 0 and not _inside_title(doc, k)):
            return doc.tokens[k].end
        k -= 1
    return doc.layout.sentences[doc.layout.sentence_of(doc.tokens[max(j, 0)].start)][0]


def _trimmed(doc: Doc, cand: Candidate) -> Candidate:
    """Strip spaces, leading "that"/"что"/dashes and trailing punctuation from a candidate's span."""
    text = doc.text
    start, end = cand.start, cand.end
    while start < end and (text[start].isspace() or text[start] in ",:—–-"):
        start += 1
    lead = re.match(r"(?:that|что)\s+", text[start:end], re.IGNORECASE)
    if lead and cand.kind != "object":
        start += lead.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    cand.start, cand.end = start, end
    return cand
