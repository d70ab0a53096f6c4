"""The statement analyzer: text in, :class:`~crawler.analysis.model.Statement` list out.

Steps for one text: lay it out (tokens, sentences, quotes), annotate actor/role/place mentions, find candidate
statements (quotes, speech verbs, "according to"), resolve each candidate's speaker in text order (so pronouns
and roles can refer back), keep the candidates that are about the reports, classify their stance, and merge
pieces of one statement (a split quote, "..., adding that ...").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from crawler.analysis.doc import Doc
from crawler.analysis.model import Statement
from crawler.analysis.quotes import Candidate, CandidateFinder
from crawler.analysis.segment import Layout
from crawler.analysis.speakers import ActorIndex, Memory, Speaker, SpeakerResolver
from crawler.analysis.stance import CORE_TOPIC, EVENT_TOPIC, classify, is_topical
from crawler.seeds import Actor

log = logging.getLogger(__name__)


def _language(text: str) -> str:
    """"ru" when most letters are Cyrillic, else "en"."""
    sample = text[:4000]
    cyrillic = sum(1 for ch in sample if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in sample if "a" <= ch.lower() <= "z")
    return "ru" if cyrillic > latin else "en"


class Analyzer:
    """Finds statements about the reports, attributes them to actors and marks their stance.

    Building one takes a fraction of a second (actor index, inflected forms); :meth:`analyze` is cheap.
    Instances are picklable (pymorphy3 lives in :mod:`crawler.analysis.morph`, outside the instance).
    """

    def __init__(self, actors: Sequence[Actor]):
        self.actors = list(actors)
        self.index = ActorIndex(self.actors)
        self.finder = CandidateFinder()
        self.resolver = SpeakerResolver(self.index)

    def __reduce__(self):
        return (Analyzer, (self.actors,))

    def analyze(self, text: str, language: str | None = None) -> list[Statement]:
        """Statements about the reports in ``text`` ("en"/"ru"; None to detect), in text order."""
        if not text or not text.strip():
            return []
        lang = language if language in ("en", "ru") else _language(text)
        layout = Layout(text)
        doc = Doc(text, lang, layout, self.index.annotate(layout.tokens, lang))
        article_topical = CORE_TOPIC.search(text) is not None or EVENT_TOPIC.search(text) is not None
        memory = Memory()
        kept: list[tuple[Statement, int, tuple[float, float, float]]] = []
        last_para: dict[int, int] = {}
        for cand in self.finder.find(doc):
            speaker = self._speaker(doc, cand, memory, last_para)
            if speaker is None:
                continue
            memory.add(cand.start, speaker)
            last_para[id(speaker)] = layout.paragraph_of(cand.start)
            statement = self._statement(doc, cand, speaker, article_topical)
            if statement is not None:
                kept.append(statement)
        return _merge(doc, kept)

    def _speaker(self, doc: Doc, cand: Candidate, memory: Memory, last_para: dict[int, int]) -> Speaker | None:
        if cand.previous:
            previous = memory.last(cand.start)
            if previous is None:
                return None
            if doc.layout.paragraph_of(cand.start) - last_para.get(id(previous), -9) > 1:
                return None
            return previous
        return self.resolver.resolve(doc, cand.windows, cand.verb_gender, memory)

    def _statement(self, doc: Doc, cand: Candidate, speaker: Speaker, article_topical: bool):
        text, layout = doc.text, doc.layout
        quote = text[cand.start : cand.end]
        if not quote.strip():
            return None
        frame_start = cand.start
        if cand.kind in ("reported", "object") and cand.verb_token is not None:
            verb_start = doc.tokens[cand.verb_token].start
            floor = layout.sentences[layout.sentence_of(verb_start)][0]
            if speaker.end <= verb_start:
                floor = max(floor, speaker.end)
            frame_start = min(cand.start, max(verb_start - 24, floor))
        s_first = layout.sentence_of(cand.start)
        s_last = layout.sentence_of(max(cand.start, cand.end - 1))
        sentence = text[layout.sentences[s_first][0] : layout.sentences[s_last][1]]
        if cand.verb_token is not None:
            s_verb = layout.sentence_of(doc.tokens[cand.verb_token].start)
            sentence += " " + text[layout.sentences[s_verb][0] : layout.sentences[s_verb][1]]
        previous = text[layout.sentences[s_first - 1][0] : layout.sentences[s_first - 1][1]] if s_first else ""
        result = classify(text[frame_start : cand.end], cand.verb, cand.category, speaker.kind)
        has_cue = any(not c.startswith("event:") for c in result.cues)
        topical, topic_cue = is_topical(text[frame_start : cand.end], sentence, previous, article_topical,
                                        has_cue)
        if not topical:
            return None
        cues = list(result.cues)
        if cand.verb:
            cues.insert(0, f"speech-verb:{cand.verb.lower()}")
        if topic_cue:
            cues.append(topic_cue)
        cues.append(f"speaker:{speaker.how}")
        statement = Statement(
            speaker=speaker.text,
            actor=speaker.actor,
            actor_name=speaker.name,
            organization=speaker.organization,
            actor_kind=speaker.kind,
            country=speaker.country,
            official=speaker.official,
            stance=result.stance,
            quote=quote,
            start=cand.start,
            end=cand.end,
            cues=tuple(cues),
        )
        return statement, layout.sentence_of(cand.start), result.scores


def _same_speaker(a: Statement, b: Statement) -> bool:
    if a.actor or b.actor:
        return a.actor == b.actor
    return (a.actor_name, a.actor_kind, a.country) == (b.actor_name, b.actor_kind, b.country)


def _merge(doc: Doc, kept: list[tuple[Statement, int, tuple[float, float, float]]]) -> list[Statement]:
    """Join pieces of one statement: same speaker and the same sentence, or overlapping spans."""
    merged: list[list] = []
    for statement, sentence, scores in kept:
        if merged:
            last, last_sentence, last_scores = merged[-1]
            overlap = statement.start < last.end and last.start < statement.end
            if _same_speaker(last, statement) and (overlap or sentence == last_sentence):
                start, end = min(last.start, statement.start), max(last.end, statement.end)
                total = tuple(x + y for x, y in zip(last_scores, scores, strict=True))
                stance = _combined_stance(last.stance, statement.stance, total)
                cues = tuple(dict.fromkeys(last.cues + statement.cues))
                merged[-1] = [
                    Statement(last.speaker, last.actor, last.actor_name, last.organization, last.actor_kind,
                              last.country, last.official, stance, doc.text[start:end], start, end, cues),
                    sentence, total,
                ]
                continue
            if overlap and not _same_speaker(last, statement) and statement.end <= last.end:
                # a statement reported inside another's clause: keep both (different speakers)
                pass
        merged.append([statement, sentence, scores])
    return [item[0] for item in merged]


def _combined_stance(a: str, b: str, scores: tuple[float, float, float]) -> str:
    if a == b:
        return a
    if "neutral" in (a, b):
        return b if a == "neutral" else a
    denial, confirmation, _ = scores
    return "denial" if denial > confirmation else "confirmation" if confirmation > denial else a
