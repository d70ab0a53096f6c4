"""The statement analyzer: text in, :class:`~crawler.analysis.model.Statement` list out.

Steps for one text: lay it out (tokens, sentences, quotes), annotate actor/role/place mentions, find candidate
statements (quotes, speech verbs, "according to"), resolve each candidate's speaker in text order (so pronouns
and roles can refer back), keep the candidates that are about the reports, classify their stance, and merge
pieces of one statement (a split quote, "..., adding that ...").
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from crawler.analysis import lexicon, morph
from crawler.analysis import review as review_model
from crawler.analysis.cues import CORE_TOPIC, EVENT_TOPIC, OFF_TOPIC, CueIndex
from crawler.analysis.doc import Doc
from crawler.analysis.mentions import PREPOSITIONS_EN, PREPOSITIONS_RU, ActorIndex
from crawler.analysis.model import STANCES, Statement
from crawler.analysis.quotes import Candidate, CandidateFinder, np_before
from crawler.analysis.segment import Layout
from crawler.analysis.speakers import NOT_NAMES_EN, Memory, Speaker, SpeakerResolver
from crawler.analysis.stance import classify, is_topical, speaker_side
from crawler.seeds import Actor

log = logging.getLogger(__name__)


QUESTION_WORD = re.compile(r"(?i)\b(?:почему|зачем|отчего|why|how come|what makes)\b")
COORDINATED = re.compile(r",\s+(?:and|but|while|whereas|а|но|и)\s+")
REPORT_WORDS = re.compile(
    r"(?i)report|claim|allegation|accusation|stor(?:y|ies)|publication|\bsuch\b|сообщени|публикаци|обвинени|"
    r"\bтак(?:ой|ого|ая|ие|их|ое)\b"
)
ARTICLE_AHEAD = re.compile(r"\s*(?:a|an)\s")  # "denied a report ..."
CLAUSE_AHEAD = re.compile(
    r"\s*(?:that|что)(?:\s+[\w'’-]+){4}"
)  # "denied that ...": a clause, not "that argument"
PLACE = re.compile(r"(?i)chechn|chechen|grozny|чечн|чеченск|грозн")
# an outlet on the state's side: "the pro-government Telegram channel", "прокремлевский канал"
STATE_LEANING = re.compile(
    r"(?i)\b(?:pro-government|pro-kremlin|pro-kadyrov|state-run|state-owned|state-controlled|kremlin-controlled|"
    r"state (?:television|tv|channel|broadcaster|media|news agency|outlet)|"
    r"проправительственн\w*|прокремлевск\w*|прокремлёвск\w*|провластн\w*|государственн\w*|кадыровск\w*|"
    # the state's own broadcasters, whose presenters and hosts speak its line
    r"rossiya[- ]?(?:1|24)|russia[- ]?(?:1|24)|channel one|ntv|grozny[- ]tv|rt|россия[- ]?(?:1|24)|первый канал\w*|"
    r"первого канала|нтв|чгтрк)\b"
)
# how far before an unnamed journalist or presenter the outlet they speak on may be named ("On Rossiya-1's Sunday
# show, the host said ...")
OUTLET_BEFORE_CHARS = 400


@dataclass
class OffTopic:
    """Sentences (by index) whose statements were about something else, for the statements after them."""

    subject: set[int] = field(default_factory=set)  # named another subject
    new_object: set[int] = field(default_factory=set)  # denied a new object ("rejected a Forbes ranking")
    other_claim: set[int] = field(default_factory=set)  # rejected a claim about another subject


def _quiet_sentence_before(doc: Doc, cand: Candidate, memory: Memory) -> tuple[int, int] | None:
    """Tokens of the sentence just before a candidate, in its paragraph, when it holds no quote and nobody has
    spoken since it began (where a person or a role it introduces may be the candidate's speaker)."""
    layout = doc.layout
    sentence = layout.sentence_of(cand.start)
    if sentence == 0 or layout.paragraph_of(layout.sentences[sentence - 1][0]) != layout.paragraph_of(
        cand.start
    ):
        return None
    s_lo, s_hi = layout.sentence_tokens(sentence - 1)
    offset, _last = memory.last_with_offset(cand.start)
    if offset >= doc.tokens[s_lo].start or any(doc.in_quote(k) for k in range(s_lo, s_hi)):
        return None
    return s_lo, s_hi


def _language(text: str) -> str:
    """ "ru" when most letters are Cyrillic, else "en"."""
    sample = text[:4000]
    cyrillic = sum(1 for ch in sample if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in sample if "a" <= ch.lower() <= "z")
    return "ru" if cyrillic > latin else "en"


class Analyzer:
    """Finds statements about the reports, attributes them to actors and marks their stance.

    Building one takes a fraction of a second (actor index, inflected forms); :meth:`analyze` is cheap.
    Instances are picklable (pymorphy3 lives in :mod:`crawler.analysis.morph`, outside the instance).
    """

    def __init__(self, actors: Sequence[Actor], review: bool = True):
        """``review``: let the learned review (:mod:`crawler.analysis.review`) overrule the rules' stances;
        False gives the rules' stances alone (what the review is trained on, and what rule tests pin)."""
        self.actors = list(actors)
        self.review = review
        self.index = ActorIndex(self.actors)
        self.finder = CandidateFinder()
        self.resolver = SpeakerResolver(self.index)
        self.media_actors = frozenset(a.id for a in self.actors if a.kind == "media")
        self.person_actors = frozenset(i for i, info in self.index.info.items() if info.person)
        self.foreign_ministries = frozenset([*self.index.foreign_ministry.values(), "russian-mfa"])
        self.review_model = review_model.load() if review else None

    def __reduce__(self):
        return (Analyzer, (self.actors, self.review))

    def analyze(self, text: str, language: str | None = None, topical: bool = True) -> list[Statement]:
        """Statements about the reports in ``text`` ("en"/"ru"; None to detect), in text order.

        ``topical``: whether the text as a whole is about the reports (the crawler analyses only articles its
        relevance model accepted); when False, a statement must name the subject near it to count."""
        if not text or not text.strip():
            return []
        # An analysis makes tens of thousands of short-lived objects and no reference cycles (a test checks),
        # so the cycle collector would only walk them: it pauses meanwhile (~8% of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            marked = _single_quotes_as_double(text)
            lang = language if language in ("en", "ru") else _language(marked)
            found = self._analyze(marked, lang, topical)
            if marked is not text:  # the quotes as written
                found = [replace(s, quote=text[s.start : s.end]) for s in found]
            if self.review_model is not None and found:
                found = self.review_model.review(text, lang, found)
            return found
        finally:
            if collecting:
                gc.enable()

    def _analyze(self, text: str, lang: str, article_topical: bool) -> list[Statement]:
        layout = Layout(text)
        doc = Doc(
            text,
            lang,
            layout,
            self.index.annotate(layout.tokens, lang),
            self.media_actors,
            self.person_actors,
            CueIndex(text),
        )
        memory = Memory()
        kept: list[Kept] = []
        off_topic = OffTopic()
        candidates = self.finder.find(doc)
        doc.cues.focus(_cue_spans(doc, candidates))
        spoken: list[tuple[int, int]] = []  # the spans of the candidates with a speaker so far
        for cand in candidates:
            speaker = self._speaker(doc, cand, memory)
            if speaker is None:
                continue
            # (a claim named as someone's is not a turn a later "he said" continues, nor is "a victim testified
            # publicly": someone unnamed whose verb has no words after it, nor "declined to comment on a ruling in
            # the case of a man who said he had been tortured": someone inside another's words)
            if (
                cand.kind != "cited"
                and not (speaker.actor is None and _says_nothing(doc.text, cand))
                and not (_relative(cand) and speaker.actor is None and _inside(cand.start, spoken))
            ):
                memory.add(cand.start, speaker)
            spoken.append((cand.start, cand.end))
            if (
                _relative(cand)
                and speaker.actor is None
                and CALLED_A_LIAR.search(doc.text, cand.start, cand.end)
            ):
                continue  # "the man who said on television that we don't exist is lying": his words, rejected
            found = self._statement(doc, cand, speaker, article_topical, off_topic)
            if found is not None:
                statement, scores = found
                sentence = layout.sentence_of(cand.start)
                if kept and not any(scores):
                    statement = _continued_stance(statement, sentence, kept)
                kept.append(Kept(statement, cand, speaker, sentence, scores))
        statements = [
            s
            for s in _merge(doc, _drop_nested(doc, kept, self._statement))
            if not _only_speaker(s) and not _only_circumstance(s)
        ]
        return [
            replace(s, speaker=_speaker_without_setting(s.speaker))
            for s in _without_bare_publications(doc, statements)
        ]

    def _introduced_before(self, doc: Doc, cand: Candidate, memory: Memory) -> Speaker | None:
        """The person who opens the sentence just before an unattributed quote, in the same paragraph, when nobody
        has spoken since that sentence began ("Igor Kochetkov laughs before he answers. "Of course not."",
        "Islam, now living in Berlin, does not blame her. "They made her say it."")."""
        quiet = _quiet_sentence_before(doc, cand, memory)
        if quiet is None:
            return None
        s_lo, s_hi = quiet
        first = next((k for k in range(s_lo, s_hi) if doc.tokens[k].is_word), None)
        if first is None:
            return None
        actor = doc.infos[first].actor
        if actor is None:
            return _unlisted_person_opening(doc, first, s_hi)
        if actor not in doc.person_actors:
            return None
        end = first
        while end < s_hi and doc.infos[end].actor == actor:
            end += 1
        start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
        return self.resolver.speaker_from_actor(actor, doc.text[start:stop], start, stop, "name")

    def _role_introduced_before(self, doc: Doc, cand: Candidate, memory: Memory) -> Speaker | None:
        """ "A press officer at the Chechen Interior Ministry, reached by telephone, went further. "...," he said":
        the one a role phrase opening the sentence before introduced, when nobody has spoken since."""
        quiet = _quiet_sentence_before(doc, cand, memory)
        if quiet is None:
            return None
        s_lo, s_hi = quiet
        if doc.word(s_lo) not in ("a", "an"):
            return None
        end = next((k for k in range(s_lo, s_hi) if doc.tokens[k].text == ","), None)
        if end is None or end - s_lo > 9 or not any(doc.infos[k].role for k in range(s_lo, end)):
            return None
        found = self.resolver.resolve(doc, [(s_lo, end, "before")], cand.verb_gender, memory)
        return found if found is not None and found.person else None

    def _speaker(self, doc: Doc, cand: Candidate, memory: Memory) -> Speaker | None:
        layout = doc.layout
        if cand.kind == "continuation":
            introduced = self._introduced_before(doc, cand, memory)
            if (
                introduced is not None
            ):  # "Igor Kochetkov laughs before he answers. «...»": the person just introduced
                return introduced
        if cand.previous:
            offset, previous = memory.last_with_offset(cand.start)
            if previous is not None:
                if cand.kind == "participle":
                    if layout.sentence_of(offset) == layout.sentence_of(cand.start) or (
                        layout.sentence_of(previous.start) == layout.sentence_of(cand.start)
                    ):
                        return previous
                elif layout.paragraph_of(cand.start) - layout.paragraph_of(offset) <= 1:
                    return previous
            if cand.kind != "participle":
                return None
        # "a clip of Kadyrov insisting that ...": the listed person named right before, as that person
        if cand.windows and cand.windows[0][2] == "named":
            lo, hi, _side = cand.windows[0]
            start, stop = doc.tokens[lo].start, doc.tokens[hi - 1].end
            actor = doc.infos[lo].actor
            if actor is not None:
                return self.resolver.speaker_from_actor(actor, doc.text[start:stop], start, stop, "name")
        speaker = self.resolver.resolve(doc, cand.windows, cand.verb_gender, memory)
        if speaker is not None and NOBODY_BEFORE.search(doc.text, max(0, speaker.start - 20), speaker.start):
            return None  # "no court had established any of the facts": nobody spoke
        if speaker is not None and speaker.how == "pronoun" and doc.lang != "ru" and cand.kind == "direct":
            speaker = self._role_introduced_before(doc, cand, memory) or speaker
        if speaker is not None and speaker.actor is None:
            speaker = self._owner(doc, speaker, memory) or speaker
        if speaker is not None and speaker.actor is not None and not speaker.person:
            speaker = self._member_named_before(doc, speaker) or speaker
        if speaker is not None and cand.kind == "reported" and WHAT_OPENS.match(speaker.text):
            return None  # "What Mr Karimov says is simply false": his words are the subject, cited by another
        if speaker is not None and speaker.kind == "media" and cand.verb_token is not None:
            speaker = self._cited_source(doc, cand, memory) or speaker
        if speaker is not None and speaker.kind == "person" and speaker.actor is None:
            speaker = self._interviewer(doc, speaker, memory) or self._employer(doc, speaker) or speaker
        if speaker is not None and (
            speaker.actor in self.foreign_ministries
            or self.index.body_of.get(speaker.actor or "") in self.foreign_ministries
        ):
            speaker = self._ministry_of_capital(doc, speaker) or speaker
        if (
            speaker is not None
            and speaker.how == "role"
            and self.index.body_of.get(speaker.actor or "") == RUSSIAN_MFA
        ):
            # "a foreign ministry spokesman said [in Berlin] ... the spokesman told": the one who spoke before
            previous = memory.last(cand.start)
            if (
                previous is not None
                and previous.person
                and previous.actor in self.index.foreign_ministry.values()
            ):
                speaker = replace(
                    previous, text=speaker.text, start=speaker.start, end=speaker.end, how="role"
                )
        if speaker is None and cand.windows and cand.windows[0][2] == "before":
            speaker = self._document_author(doc, cand.windows[0][0], memory)
        if speaker is None and doc.lang == "ru" and cand.verb_gender in ("masc", "femn") and cand.windows:
            # "А на вопрос о ... ответил: «...»": a zero subject continues the previous speaker
            offset, previous = memory.last_with_offset(cand.start)
            if (
                previous is not None
                and previous.person
                and previous.gender in (None, cand.verb_gender)
                and (layout.sentence_of(cand.start) - layout.sentence_of(max(offset, 0)) <= 2)
            ):
                speaker = previous
        return speaker

    def _owner(self, doc: Doc, speaker: Speaker, memory: Memory) -> Speaker | None:
        """An unnamed staff member of a body that spoke before: "ILGA-Europe welcomes today's judgment. ... said our
        advocacy director" (a release's "our": the first body that spoke, its issuer), "said its director" (the
        last body that spoke)."""
        owner = OWNER_BEFORE.search(doc.text[max(0, speaker.start - 8) : speaker.start]) or OWNER_OPENS.match(
            speaker.text
        )
        if owner is None or OUR_REPORTER.search(speaker.text):
            return None  # ("Our correspondent says": the outlet's own reporter)
        bodies = [
            s.actor for o, s in memory.speakers if o < speaker.start and s.actor is not None and not s.person
        ]
        its = owner.group(1).lower() == "its"
        if not bodies and its:
            # "Amnesty International used a press conference ... Its Europe director said": the body just named
            named = self._body_named_before(doc, speaker.start)
            bodies = [named] if named is not None else []
        if not bodies:
            return None
        body = bodies[-1] if its else bodies[0]
        return self.resolver.speaker_from_actor(body, speaker.text, speaker.start, speaker.end, "role")

    def _employer(self, doc: Doc, speaker: Speaker) -> Speaker | None:
        """The body an unnamed speaker works for, named in a relative clause right after ("said one of the
        lawyers, who works with the Russian LGBT Network")."""
        works = WORKS_FOR.match(doc.text, speaker.end)
        if works is None:
            return None
        k = doc.layout.token_at(works.end())
        for j in range(k, min(k + 6, len(doc.tokens))):
            actor = doc.infos[j].actor
            if actor is not None:
                if actor in doc.person_actors:
                    return None
                return self.resolver.speaker_from_actor(
                    actor, speaker.text, speaker.start, speaker.end, "role"
                )
            if doc.tokens[j].text in ",.;":
                return None
        return None

    def _body_named_before(self, doc: Doc, at: int) -> str | None:
        """The last listed body (not a person) named before ``at``, in its sentence or the one before it."""
        layout = doc.layout
        sentence = layout.sentence_of(at)
        lo = layout.sentences[max(0, sentence - 1)][0]
        k = layout.token_at(at) - 1
        while k >= 0 and doc.tokens[k].start >= lo:
            actor = doc.infos[k].actor
            if actor is not None and actor not in doc.person_actors:
                return actor
            k -= 1
        return None

    def _member_named_before(self, doc: Doc, speaker: Speaker) -> Speaker | None:
        """ "Хеда Саратова сообщила ... — подчеркнула член совета": a member of a body named by that role is the
        listed member of it named last before."""
        if not MEMBER_OF.match(speaker.text):
            return None
        member = self.resolver.person_before(
            doc,
            doc.layout.token_at(speaker.start),
            200,
            lambda info: self.index.body_of.get(info.actor.id) == speaker.actor,
        )
        if member is None:
            return None
        return self.resolver.speaker_from_actor(member, speaker.text, speaker.start, speaker.end, "role")

    def _document_author(self, doc: Doc, lo: int, memory: Memory) -> Speaker | None:
        """ "МВД направило ответ на запрос. В документе говорится, что ...": a document with no author of its
        own in its sentence is the one the sentence before says its subject sent or issued."""
        if doc.word(lo) not in ("в", "во", "in") or lo + 1 >= len(doc.tokens):
            return None
        role = doc.infos[lo + 1].role or (doc.infos[lo + 2].role if lo + 2 < len(doc.tokens) else None)
        if role is None or role.key != "DOC":
            return None
        layout = doc.layout
        sentence = layout.sentence_of(doc.tokens[lo].start)
        if sentence == 0:
            return None
        s_lo, s_hi = layout.sentence_tokens(sentence - 1)
        found = self.resolver.resolve(doc, [(s_lo, s_hi, "subject")], None, memory)
        if found is None or found.kind == "person":
            return None
        words = found.text.split()  # the subject without the verb that issued the document
        verb = next((k for k, w in enumerate(words) if k and _issuing_verb(w, doc.lang)), len(words))
        return replace(found, text=" ".join(words[:verb]), end=found.start + len(" ".join(words[:verb])))

    def _interviewer(self, doc: Doc, speaker: Speaker, memory: Memory) -> Speaker | None:
        """ "Human Rights Watch interviewed six men who described ...", "HRW, which interviewed survivors and
        concluded ...": what the people it interviewed described is the interviewing body's finding."""
        layout = doc.layout
        s_lo = layout.sentences[layout.sentence_of(speaker.start)][0]
        interviewed = INTERVIEWED_BEFORE.search(doc.text, max(s_lo, speaker.start - 60), speaker.start)
        if interviewed is None:
            return None
        t_lo, t_hi = layout.token_at(s_lo), layout.token_at(interviewed.start())
        if t_hi - 2 >= t_lo and doc.word(t_hi - 1) in ("which", "who") and doc.word(t_hi - 2) == ",":
            t_lo, t_hi = np_before(doc, t_hi - 2, t_lo), t_hi - 2  # "..., which interviewed": its antecedent
        if t_hi <= t_lo:
            return None
        body = self.resolver.resolve(doc, [(t_lo, t_hi, "subject")], None, memory)
        if body is None or body.person or body.kind not in ("ngo", "media", "intergovernmental", "court"):
            return None
        return body

    def _ministry_of_capital(self, doc: Doc, speaker: Speaker) -> Speaker | None:
        """ "In Berlin, the Foreign Office said ...": a bare "Foreign Office" / "foreign ministry" after a sentence
        opening on another state's capital is that state's ministry."""
        layout = doc.layout
        owned = OWNED_FOREIGN_MINISTRY.fullmatch(speaker.text)
        if owned is not None:  # "Germany's Foreign Office": the state named, not the UK's office of that name
            place = doc.infos[layout.token_at(speaker.start + owned.start(1))].place
        elif THE_COUNTRY.search(speaker.text):
            # "Канада приняла ..., сообщила министр иностранных дел страны": the country named before in the sentence
            s_lo = layout.sentence_tokens(layout.sentence_of(speaker.start))[0]
            place = next(
                (
                    named
                    for k in range(layout.token_at(speaker.start) - 1, s_lo - 1, -1)
                    if (named := doc.infos[k].place) is not None and named[1] not in (None, "RU")
                ),
                None,
            )
        else:
            if GENERIC_FOREIGN_MINISTRY.fullmatch(speaker.text) is None:
                return None
            s_lo = layout.sentences[layout.sentence_of(speaker.start)][0]
            # "In Berlin, the Foreign Office said", or an article datelined "BERLIN, June 2 —"
            opening = CAPITAL_OPENING.match(doc.text, s_lo, speaker.start) or CAPITAL_DATELINE.match(doc.text)
            if opening is None:
                return None
            place = doc.infos[layout.token_at(opening.start(1))].place
        country = place[1] if place is not None else None
        ministry = self.index.foreign_ministry.get(country) if country not in (None, "RU") else None
        if ministry is None or ministry == speaker.actor:
            return None
        found = self.resolver.speaker_from_actor(
            ministry, speaker.text, speaker.start, speaker.end, speaker.how
        )
        # ("министр иностранных дел страны ... По её словам": still the minister a pronoun may name)
        return replace(found, person=speaker.person, gender=speaker.gender or found.gender)

    def _cited_source(self, doc: Doc, cand: Candidate, memory: Memory) -> Speaker | None:
        """The body an outlet cites as its source ("..., Interfax reported, citing a source in the agency",
        "сообщил «Интерфакс» со ссылкой на источник в ведомстве"): the statement is that body's."""
        assert cand.verb_token is not None
        layout, tokens = doc.layout, doc.tokens
        verb = tokens[cand.verb_token]
        sentence = layout.sentence_of(verb.start)
        s_hi = layout.sentences[sentence][1]
        citing = CITING_SOURCE.search(doc.text, verb.end, s_hi)
        if citing is None or citing.start() - verb.end > 60:
            return None
        if PLURAL_SOURCES.search(citing.group("source")):
            return None  # "citing sources in the security services": the outlet's own reporting, not a body's word
        end = CLAUSE_MARK.search(doc.text, citing.end(), s_hi)
        t_lo = layout.token_at(citing.end())
        t_hi = layout.token_at(end.start()) if end else layout.sentence_tokens(sentence)[1]
        if t_hi <= t_lo:
            return None
        source_lo, source_hi = citing.start("source"), tokens[t_hi - 1].end
        named = [j for j in range(t_lo, t_hi) if tokens[j].is_word and doc.word(j) != "the"]
        if len(named) == 1 and doc.infos[named[0]].actor is None:
            # "a source in the agency", "источник в ведомстве": the state body named just before
            body = self.resolver.government_before(doc, t_lo)
            if body is None:
                return None
            return self.resolver.speaker_from_actor(
                body, doc.text[source_lo:source_hi], source_lo, source_hi, "source"
            )
        found = self.resolver.resolve(doc, [(t_lo, t_hi, "according")], None, memory)
        return found if found is not None and found.kind != "media" else None

    def _statement(
        self, doc: Doc, cand: Candidate, speaker: Speaker, article_topical: bool, off_topic: OffTopic
    ):
        text, layout = doc.text, doc.layout
        if cand.kind == "reported" and cand.verb_token is not None:
            cand = _without_main_clause(doc, cand)
        quote = text[cand.start : cand.end]
        if not quote.strip() or _says_nothing(text, cand):
            return None
        if cand.kind == "reported" and _nothing_said_here(doc, cand, quote):
            return None
        if cand.kind in ("reported", "object") and cand.verb_token is not None and "?" in text:
            v_start = doc.tokens[cand.verb_token].start
            s_lo, s_hi = layout.sentences[layout.sentence_of(v_start)]
            p_lo = layout.paragraphs[layout.paragraph_of(v_start)][0]
            if (
                text[s_lo:s_hi].rstrip().endswith("?")
                and (QUESTION_WORD.search(text, s_lo, v_start) or text[p_lo : p_lo + 1] in "—–")
            ):  # "почему власти так упорно всё отрицают?", an interviewer's "— ..., которые говорят, что ...?"
                return None  # a question, nobody's statement
            if QUESTION_LABEL.match(text, p_lo):
                return None  # "Q: Human rights groups say that ... What is your answer?": the interviewer's claim
            # "REPORTER: What do you say to the men who told us they were tortured?": a question, nobody's words
            if doc.lang != "ru" and HOST_LABEL.match(text, p_lo) and text[s_lo:s_hi].rstrip().endswith("?"):
                return None
        if cand.kind == "reported" and speaker.start == cand.start and speaker.end < cand.end:
            return None  # "Так отвечал Рамзан Кадыров на вопросы ...": the verb's subject, nothing said
        if cand.kind == "header" and _answers_question_on_another_subject(doc, cand):
            return None  # "QUESTION: On Venezuela – ...? / MS NAUERT: That's just false": about Venezuela
        frame_start = cand.start
        if cand.kind in ("reported", "object") and cand.verb_token is not None:
            verb_start = doc.tokens[cand.verb_token].start
            floor = layout.sentences[layout.sentence_of(verb_start)][0]
            if speaker.end <= verb_start:
                floor = max(floor, speaker.end)
            # not into a clause set off before the verb ("The Kremlin, which has not denied that detentions
            # took place, said ..."): the verb group starts after its last comma
            floor = max(floor, text.rfind(",", floor, verb_start) + 1)
            frame_start = min(cand.start, max(verb_start - 24, floor))
        s_first = layout.sentence_of(cand.start)
        s_last = layout.sentence_of(max(cand.start, cand.end - 1))
        if cand.kind == "participle" and doc.lang != "ru":
            # "Novaya Gazeta stood by its reporting, saying its sources included officers": what it stood by
            stood = STOOD_BY_BEFORE.search(text, layout.sentences[s_first][0], cand.start)
            if stood is not None:
                frame_start = min(frame_start, stood.start())
        if cand.verb_token is not None:
            s_verb = layout.sentence_of(doc.tokens[cand.verb_token].start)
        framed = text[frame_start : cand.end]
        index = doc.cues
        core_in_statement = index.first(CORE_TOPIC, frame_start, cand.end)
        in_statement = bool(core_in_statement or index.first(EVENT_TOPIC, frame_start, cand.end))
        sentence_spans = [(layout.sentences[s_first][0], layout.sentences[s_last][1])]
        if cand.verb_token is not None:
            sentence_spans.append(layout.sentences[s_verb])
        previous_span = layout.sentences[s_first - 1] if s_first else (0, 0)
        if cand.kind == "header" and layout.paragraph_of(cand.start):
            # a transcript's answer: the question is its context ("...химоружия в Сирии? / Ответ: Это фальсификация")
            previous_span = layout.paragraphs[layout.paragraph_of(cand.start) - 1]
        topical, topic_cue = is_topical(
            (frame_start, cand.end), sentence_spans, previous_span, article_topical, True, index
        )
        # "На вопрос о ситуации в Чечне ... ответил" after an answer on another subject: back on the reports
        if not topical and topic_cue == "off-topic:context" and _asked_about_chechnya(text, sentence_spans):
            topical, topic_cue = True, "topic:asked-about-chechnya"
        # the next sentence stays off-topic too after another subject was named ("a report about a sale of
        # stakes ...", "сообщения о продаже ..."); an English "claim that ..." clause names no subject reliably
        strong = ("off-topic:subject", "off-topic:object") if doc.lang == "ru" else ("off-topic:subject",)
        strong_off = not topical and topic_cue in strong
        core = core_in_statement or any(index.first(CORE_TOPIC, *span) for span in sentence_spans)
        if (
            topical
            and not core
            and (s_first in off_topic.subject or (s_first - 1) in off_topic.subject)
            and not any(_reports_of_events(doc, *span) for span in sentence_spans)
            and not _asked_about_chechnya(text, sentence_spans)
        ):  # ("Asked separately about new reports of detentions in Chechnya, Peskov said": back on the reports)
            topical = False  # the discourse is still on the other subject ("casualties" of an explosion)
        # "denied that its aircraft had entered ..., calling Tallinn's statement a provocation"
        if topical and cand.kind == "participle" and not core and s_first in off_topic.new_object:
            topical = False
        if topical and not in_statement and not core and _new_object(doc, cand):
            topical = False  # "rejected a Forbes ranking ...": a new object, not the reports
            off_topic.new_object.add(s_first)  # a participle after it goes on about it (see below)
        if not topical:
            last_lo, last_hi = layout.sentences[s_last]
            if (
                cand.kind in ("header", "direct")
                and s_last > s_first
                and _only_other_subject(index, last_lo, last_hi)
            ):
                # "Ни одного факта ... Кстати, так же выглядят «доказательства» химатаки в Сирии — фальсификация":
                # the turn's first sentences are on the reports, its last one on something else
                shorter = replace(cand, end=layout.sentences[s_last - 1][1])
                return self._statement(doc, shorter, speaker, article_topical, off_topic)
            first_lo, first_hi = layout.sentences[s_first]
            if (
                cand.kind in ("header", "direct")
                and s_last > s_first
                and _only_other_subject(index, first_lo, first_hi)
                and index.first(CORE_TOPIC, layout.sentences[s_first + 1][0], cand.end)
            ):
                # "Отвергаем претензии БДИПЧ о ... выборах. Считаем «Московский механизм» нелегитимным, а доклад —
                # тенденциозным": the turn's first sentence is on something else, the rest on the reports
                later = replace(cand, start=layout.sentences[s_first + 1][0])
                return self._statement(doc, later, speaker, article_topical, off_topic)
            if strong_off:
                off_topic.subject.add(s_first)
            elif topic_cue == "off-topic:object":
                off_topic.other_claim.add(s_first)
            return None
        country = speaker.country
        own_end = None
        if cand.verb_token is not None and doc.tokens[cand.verb_token].start < cand.end:
            own_end = doc.tokens[cand.verb_token].end  # "X said (that) ...": the verb frames the statement
        verb_before = verb_after = ""
        if cand.verb_token is not None:
            # the verb's own clause around it: what negates or declines it, and its target
            verb = doc.tokens[cand.verb_token]
            clause = max(
                layout.sentences[s_verb][0], verb.start - 50, speaker.end if speaker.end <= verb.start else 0
            )
            verb_before, verb_after = text[clause : verb.start], text[verb.end : max(cand.end, verb.end)]
        # "a source in the Chechen interior ministry", "источник в силовых структурах": an insider telling what
        # happened is not the official line when no cue says so
        insider = (
            country == "RU"
            and speaker.kind == "government"
            and bool(
                ANONYMOUS_SOURCE.search(speaker.text)
                # "По его словам" after "Источник в правоохранительных органах": the insider named before
                or (speaker.actor is None and ANONYMOUS_SOURCE.search(speaker.name or ""))
                or (
                    RANK_AND_FILE.search(speaker.text)
                    and (ANONYMOUS_AFTER.match(text, speaker.end) or ANONYMITY_NEXT.match(text, speaker.end))
                )
            )
        )
        # a Chechen or federal state outlet's own words take the state's side ("провокатор на службе у Запада")
        side_kind = "government" if _state_outlet(text, speaker) else speaker.kind
        result = classify(
            framed,
            cand.verb,
            cand.category,
            side_kind,
            country,
            in_statement,
            index,
            frame_start,
            own_end,
            verb_before,
            verb_after,
            insider,
        )
        if (
            not any(result.scores)
            and speaker_side(side_kind, country) == "denial"
            and _names_only_its_subject(doc, cand)
        ):
            return None
        families = {cue.split(":", 1)[0] for cue in result.cues}
        if "other-subject" in families and not any(result.scores):
            return None  # "He went on to accuse NATO of stoking tension": the West accused of something else
        if "own-decision" in families and families <= {"own-decision", "neutral", "event", "mention"}:
            return None  # "refused to open a criminal case after a check": the body's act, no words on the reports
        if (
            not any(result.scores)
            and not in_statement
            and speaker_side(side_kind, country) == "denial"
            and (
                _turns_to_another_subject(doc, cand)
                # "rejected reports that President Putin was unwell ... Peskov said the president's schedule
                # remained unchanged": nothing on the reports after a denial of something else
                or (
                    not core
                    and not PLACE.search(framed)
                    and _after_other_claim(doc, cand, s_first, off_topic)
                )
            )
        ):
            # the next sentence ("Детали графика, по его словам, ...") and a participle after it ("..., saying
            # that ...") go on about it
            off_topic.subject.add(s_first)
            off_topic.new_object.add(s_first)
            return None  # "Также глава Чечни сообщил, что провёл совещание по газификации": something else
        if (
            any(result.scores)
            and not in_statement
            and not core
            and speaker_side(side_kind, country) == "denial"
            and (s_first in off_topic.other_claim or s_first - 1 in off_topic.other_claim)
            and not any(
                PLACE.search(text, *span) or _reports_of_events(doc, *span) for span in sentence_spans
            )
            and not _asked_about_chechnya(text, sentence_spans)
        ):
            # "denied reports that Putin would replace the central bank's head. / "There are no such plans,"
            # Peskov said": "such" points back to the other claim, also in the next paragraph
            off_topic.subject.add(s_first)
            return None
        if (
            cand.kind == "header"
            and not any(result.scores)
            and speaker_side(side_kind, country) == "denial"
            and (topic_cue or "").startswith("topic-ref")
        ):
            return None  # an official's turn neither on the reports nor after them ("Хорошо. Доложу о жилье")
        if (
            cand.kind == "header"
            and not speaker.person
            and not any(result.scores)
            and (topic_cue or "").startswith("topic-context")
        ):
            return None  # a body's paragraph with nothing on the reports ("... align themselves with this statement")
        cues = list(result.cues)
        if cand.verb:
            cues.insert(0, f"speech-verb:{cand.verb.lower()}")
        if topic_cue:
            cues.append(topic_cue)
        cues.append(f"speaker:{speaker.how}")
        statement = Statement(
            speaker=_speaker_as_written(speaker.text),
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
        return statement, result.scores


def _nothing_said_here(doc: Doc, cand: Candidate, quote: str) -> bool:
    """A reported clause that gives no words of the speaker's own: only since when they were said ("They have
    said that since day one", "Они это говорят с первого дня"), words given before ("told them what he has told
    every visitor"), or no reply at all, with someone else's words after it ("В пресс-службе МВД на запрос не
    ответили, а Каримов назвал ...")."""
    if (len(quote.split()) <= 5 and NOTHING_NEW_SAID.match(quote)) or SAID_BEFORE.match(quote):
        return True
    if cand.verb_token is None:
        return False
    verb = doc.tokens[cand.verb_token]
    if verb.lower.startswith("ответил") and ADDRESSEES_ONLY.fullmatch(quote):
        return True  # "жёстко ответил авторам публикаций о «гонениях»": to whom, his answer comes after
    return bool(
        SAID_BEFORE_VERB.search(doc.text, max(0, verb.start - 20), verb.start)
        or (NOT_ANSWERED.search(doc.text, max(0, verb.start - 12), verb.end) and NEW_CLAUSE.match(quote))
    )


# a reported clause that says only since when something was said (its object a pronoun: "said that since ...")
NOTHING_NEW_SAID = re.compile(
    r"(?i)\s*(?:since|ever since|all along|again and again|from the (?:start|beginning|first day)|"
    r"с (?:первого|самого|тех|\d)|со (?:дня|времени)|с \d{4}|уже (?:не|много|давно)|не раз\b|много раз\b|"
    r"(?:говорит|говорил|говорят|говорили|повторяет|повторял|заявляет|says|has said|have said)\s+(?:с|since|с \d|уже|всегда|always))"
)
# a reply not given: "не ответили", "did not respond" (what follows is someone else's)
NOT_ANSWERED = re.compile(
    r"(?i)\b(?:не|did not|didn't|have not|has not)\s+(?:\w+\s+)?(?:ответил\w*|respond\w*|repl\w*|answer\w*)$"
)
# whom a reply went to, and nothing of it ("ответил авторам публикаций о «гонениях» в республике")
ADDRESSEES_ONLY = re.compile(
    r"(?i)\s*(?:\w+ )?(?:авторам|критикам|журналистам|обвинителям|правозащитникам)\b(?:(?!\bчто\b)[^:])*"
)
# "told them what he has told every visitor since 2017": the words are the ones given before, not said here
SAID_BEFORE = re.compile(r"(?i)\s*what (?:he|she|they|it|we) (?:has|had|have) (?:told|said)\b[^.;:]{0,40}$")
SAID_BEFORE_VERB = re.compile(r"(?i)\bwhat (?:he|she|they|it|we) (?:has|had|have) $")
NEW_CLAUSE = re.compile(r"(?i)\s*(?:а|но|and|but|while)\s")  # "..., а Каримов назвал ..."
# an interviewer's turn in an English transcript ("Q:", "QUESTION:"; Russian briefing transcripts often report
# the statement a question is about, which the gold sets list)
QUESTION_LABEL = re.compile(r"\s*(?:Q|QUESTION)\s*:")
HOST_LABEL = re.compile(r"\s*(?:REPORTER|INTERVIEWER|HOST|ANCHOR|PRESENTER|MODERATOR|CORRESPONDENT)\s*:")
# what a verb of speech is about rather than what was said ("рассказал о ...", "ответил на ...", "responded to")
ABOUT_OBJECT_RU = re.compile(r"\s*[«\"]?(?:о|об|обо|про|на)\s", re.IGNORECASE)
ABOUT_OBJECT_EN = re.compile(  # (not a date: "said on Tuesday the matter was ...")
    r"\s*(?:to|on|about)\s(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)\b)",
    re.IGNORECASE,
)
THAT_WORD = re.compile(r"(?i)\b(?:что|that)\b")
# the subject a transcript question names first ("QUESTION: On Venezuela – ...", "Вопрос: По Сирии. ...")
QUESTION_SUBJECT = re.compile(
    r"\s*(?:Q|QUESTION|Вопрос|ВОПРОС)\s*:\s*(?:On|About|Regarding|Turning to|По|О|Об|Про)\s+[^–—:,.?]{2,60}?\s*[–—:,.]"
)
# a further item added to what was said ("также", "кроме того", "also", "separately")
ADDITIVE_MARKER = re.compile(
    r"(?i)\b(?:также|кроме того|помимо этого|помимо того|also|separately|in addition|additionally|besides)\b"
)
CHECHNYA_NAMED = re.compile(r"(?i)\b(?:chechn|чечн)")
WHAT_OPENS = re.compile(r"(?i)what\s")
# an unnamed insider of a state body ("a source in the ministry", "источник в силовых структурах", "собеседник")
ANONYMOUS_SOURCE = re.compile(r"(?i)\b(?:sources?|insiders?|источник\w*|собеседник\w*)\b")
# "A serving police officer, who spoke on condition of anonymity, told": an insider, not the official line
ANONYMOUS_AFTER = re.compile(
    r"(?i),\s+(?:who|speaking|попросивш\w+|пожелавш\w+|говоривш\w+)\s+(?:\w+\s+){0,4}?(?:anonymity|anonymously|"
    r"not to be (?:named|identified)|его имени|её имени|ее имени|своего имени|анонимност\w*|не называть)"
)
# "Сотрудник одного из силовых ведомств Чечни на условиях анонимности рассказал": an officer who speaks without
# a name is no spokesman
ANONYMITY_NEXT = re.compile(
    r"(?i)[\s,]+(?:[\w-]+\s+){0,6}?(?:на условиях анонимности|on condition of anonymity)\b"
)
# officers who serve, not speak for, a state body ("a police officer in Grozny", "сотрудник полиции")
RANK_AND_FILE = re.compile(
    r"(?i)\b(?:police|officers?|policem[ae]n|guards?|soldiers?|servicem[ae]n|полицейск\w*|сотрудник\w*|силовик\w*)"
)
# the interviewing verb just before the people interviewed ("interviewed six men who described")
INTERVIEWED_BEFORE = re.compile(
    r"\b(?:interviewed|spoke to|spoke with|talked to|опросил[аи]?|опросили)\s+(?:[\w-]+\s+){0,3}$"
)
# a foreign ministry named without its state, and a sentence opening on a capital ("In Berlin, ...")
RUSSIAN_MFA = "russian-mfa"
GENERIC_FOREIGN_MINISTRY = re.compile(
    r"(?i)(?:the |a )?(?:foreign office|foreign ministry|ministry of foreign affairs)(?: spokes(?:man|woman|person))?"
)
OWNED_FOREIGN_MINISTRY = re.compile(
    r"(?i)(\w+)['’]s (?:foreign office|foreign ministry|ministry of foreign affairs)"
)
THE_COUNTRY = re.compile(r"(?i)\b(?:страны|the country's)\b")
CAPITAL_OPENING = re.compile(r"\s*In (Berlin|Paris|London|Ottawa|Washington|Vilnius|Warsaw|Stockholm|Oslo),")
CAPITAL_DATELINE = re.compile(
    r"\s*(BERLIN|PARIS|LONDON|OTTAWA|WASHINGTON|VILNIUS|WARSAW|STOCKHOLM|OSLO)\b[^.\n]{0,30}?[—–-]"
)


def _answers_question_on_another_subject(doc: Doc, cand: Candidate) -> bool:
    """Is the turn the answer to a transcript question that names its own subject, not the reports ("QUESTION:
    On Venezuela – ...", "Вопрос: По Сирии ...")?"""
    paragraph = doc.layout.paragraph_of(cand.start)
    if not paragraph:
        return False
    q_lo, q_hi = doc.layout.paragraphs[paragraph - 1]
    subject = QUESTION_SUBJECT.match(doc.text, q_lo, q_hi)
    if subject is None:
        return False
    return not (CHECHNYA_NAMED.search(doc.text, q_lo, q_hi) or doc.cues.first(CORE_TOPIC, q_lo, q_hi))


def _turns_to_another_subject(doc: Doc, cand: Candidate) -> bool:
    """Does the clause before the verb add a further item ("Умаров также сообщил", "Кроме того, в ведомстве
    рассказали", "The ombudsman also reported")? Said with nothing on the reports, it is about something else."""
    if cand.kind not in ("reported", "object") or cand.verb_token is None or cand.category != "say":
        return False  # ("также назвал правозащитников «шайтанами»": a call names whom it is about)
    verb_start = doc.tokens[cand.verb_token].start
    s_lo = doc.layout.sentences[doc.layout.sentence_of(verb_start)][0]
    if ADDITIVE_MARKER.search(doc.text, s_lo, verb_start) is None:
        return False
    return CHECHNYA_NAMED.search(doc.text, cand.start, cand.end) is None  # ("ситуация в Чечне": still on it)


def _names_only_its_subject(doc: Doc, cand: Candidate) -> bool:
    """ "сообщил о задержании двух участников бандподполья", "responded to the new publications": the verb's object
    names what was spoken about, and no "that"-clause says what was said (unlike "заявил, что о нём ...")."""
    if cand.kind != "reported" or cand.verb_token is None:
        return False
    about = ABOUT_OBJECT_RU if doc.lang == "ru" else ABOUT_OBJECT_EN
    if not about.match(doc.text, cand.start):
        return False
    return THAT_WORD.search(doc.text, doc.tokens[cand.verb_token].end, cand.start) is None


def _cue_spans(doc: Doc, candidates: list[Candidate]) -> list[tuple[int, int]]:
    """What topic and stance will ask about: each candidate's sentences, its verb's, and the one before."""
    layout, spans = doc.layout, []
    for cand in candidates:
        first = layout.sentence_of(cand.start)
        if cand.verb_token is not None:
            first = min(first, layout.sentence_of(doc.tokens[cand.verb_token].start))
        last = layout.sentence_of(max(cand.start, cand.end - 1))
        spans.append((layout.sentences[max(first - 1, 0)][0], max(layout.sentences[last][1], cand.end)))
    return spans


@dataclass
class Kept:
    """A statement kept for output, with what merging needs to know about it."""

    statement: Statement
    cand: Candidate
    speaker: Speaker
    sentence: int
    scores: tuple[float, float, float]


PUBLISHING_PREFIXES = ("publish", "release", "опубликова", "обнародова")

PLAIN_SPEECH = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "stated",
        "insisted",
        "claimed",
        "assured",
        "заявил",
        "заявила",
        "заявили",
        "сказал",
        "сказала",
        "сказали",
        "сообщил",
        "сообщила",
        "сообщили",
        "рассказал",
        "рассказала",
    ]
)


REPLIES = frozenset(["replied", "responded", "answered", "ответил", "ответила"])


def _without_bare_publications(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """ "HRW published a report based on interviews with 30 men" states its findings only when nothing more is
    said of them: not when neutral, nor when the publisher's own words follow within two sentences ("The
    organisation concluded that ...", "— говорится в документе")."""
    layout = doc.layout
    kept = []
    for k, statement in enumerate(statements):
        verb = next(
            (c.removeprefix("speech-verb:") for c in statement.cues if c.startswith("speech-verb:")), ""
        )
        if verb.lower().startswith(PUBLISHING_PREFIXES):
            sentence = layout.sentence_of(statement.start)
            told_below = any(
                _same_speaker(other, statement) and 0 < layout.sentence_of(other.start) - sentence <= 2
                for other in statements[k + 1 :]
            )
            if statement.stance == "neutral" or told_below:
                continue
        kept.append(statement)
    return kept


def _relative(cand: Candidate) -> bool:
    """Is the speaker the antecedent of a relative clause ("a man who said ...")?"""
    return bool(cand.windows) and cand.windows[0][2] == "relative"


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


# an employer in a relative clause after a speaker: ", who works with the Russian LGBT Network"
WORKS_FOR = re.compile(
    r"(?i),?\s+(?:who|which)\s+(?:works|worked|volunteers|volunteered)\s+(?:with|for|at)\s+"
)
# a subject denied by its determiner: "no court had established", "ни один суд не установил"
NOBODY_BEFORE = re.compile(r"(?i)(?:\bno|\bnot a single|\bnot one|\bни один|\bни одна|\bни одно)\s+$")
# an outlet's source: "citing a source in the agency", "со ссылкой на источник в ведомстве"
CITING_SOURCE = re.compile(
    r"(?i)(?:citing|со ссылкой на)\s+(?P<source>(?:an?\s+|the\s+)?(?:unnamed\s+|senior\s+|высокопоставленн\w+\s+)?"
    r"(?:sources?|officials?|representatives?|источник\w*|собеседник\w*|представител\w*)\s+"
    r"(?:in|at|from|with|within|в|из)\s+)"
)
# several unnamed sources are an outlet's sourcing ("Novaya Gazeta reported, citing sources in the region's
# police"); one source is a body's unofficial voice ("Interfax reported, citing a source in the agency")
PLURAL_SOURCES = re.compile(r"(?i)\b(?:sources|источник(?:и|ов|ами))\b")
CLAUSE_MARK = re.compile(r"[,.;:!?]")
REPORTS_OF = re.compile(
    r"(?i)\b(?:reports?|allegations?|accounts?|сообщени\w*|информаци\w*|публикаци\w*)\s+(?:of|about|о|об|про)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
CITED_BEFORE = re.compile(r"(?i)\b(?:that|что)\s*$")
OPENING_CONTEXT = frozenset(" \t\n([—–-")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")


def _single_quotes_as_double(text: str) -> str:
    """``text`` with single quotation marks ('gay purge', ‘absolute lies’) made double, offsets unchanged: the
    words inside are words (an apostrophe inside a word, "Kadyrov's", stays) and the quote is a quote."""
    chars: list[str] | None = None
    for mark in ("'", "‘"):
        start = text.find(mark)
        while start >= 0:
            opening = (start == 0 or text[start - 1] in OPENING_CONTEXT) and text[
                start + 1 : start + 2
            ].isalnum()
            if opening and not _nested_or_cited(text, start):
                end = text.find("\n", start)
                closing = SINGLE_CLOSE.search(
                    text, start + 2, min(end if end >= 0 else len(text), start + 300)
                )
                if closing is not None:
                    chars = chars if chars is not None else list(text)
                    chars[start] = chars[closing.start()] = '"'
            start = text.find(mark, start + 1)
    return "".join(chars) if chars is not None else text


def _nested_or_cited(text: str, start: int) -> bool:
    """Is the single quote at ``start`` inside a double quote ("... about our 'secret prisons'. Show me ...") or
    cited words after "that" ("statements by officials that 'no victims have come forward' are untrue")?"""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(
        before.count('"') % 2
        or before.count("“") > before.count("”")
        or before.count("«") > before.count("»")
        or CITED_BEFORE.search(before)
    )


# the republic's and the federal state's own outlets (their editorial voice is the official line)
STATE_MEDIA = frozenset(["grozny-tv", "grozny-inform", "chechnya-today", "rt"])
# a question about Chechnya before the answer: "На вопрос о ситуации в Чечне пресс-секретарь ответил, что ..."
ASKED_ABOUT_CHECHNYA = re.compile(
    r"(?i)\b(?:на вопрос|отвечая на вопрос|комментируя|commenting on|asked|in response to a question)\b[^.!?]{0,90}?"
    r"\b(?:чечн|chechny|chechen)"
)
# a sentence turning to Chechnya: "On Chechnya, she said only ...", "Что касается Чечни, ..."
ON_CHECHNYA = re.compile(
    r"(?i)\s*(?:on|regarding|as for|as to|turning to|что касается|касаясь|по поводу|говоря о)\s+(?:the\s+)?"
    r"(?:чечн\w*|chechnya|ситуаци\w+ в чечне|situation in chechnya)\s*,"
)


def _only_other_subject(index: CueIndex, lo: int, hi: int) -> bool:
    """Does the sentence [lo, hi) name another subject and neither the reports' subject nor their events?"""
    return bool(
        index.first(OFF_TOPIC, lo, hi)
        and not index.first(CORE_TOPIC, lo, hi)
        and not index.first(EVENT_TOPIC, lo, hi)
    )


def _state_outlet(text: str, speaker: Speaker) -> bool:
    """Is the speaker a Chechen or federal state outlet, or an unnamed outlet called state-run or pro-government
    ("a state television channel ... what its presenter called", "the post" of such a channel)?"""
    if speaker.actor in STATE_MEDIA:
        return True
    if speaker.kind != "media" or speaker.actor is not None:
        return False
    paragraph_start = text.rfind("\n", 0, speaker.start) + 1
    lo = max(paragraph_start, speaker.start - OUTLET_BEFORE_CHARS)
    return bool(STATE_LEANING.search(text, lo, speaker.end) or STATE_LEANING.search(speaker.name or ""))


def _after_other_claim(doc: Doc, cand: Candidate, s_first: int, off_topic: OffTopic) -> bool:
    """Does the statement follow, in its sentence or the one before in its paragraph, the rejection of a claim about
    another subject ("rejected reports that President Putin was unwell ... Peskov said the schedule ...")?"""
    layout = doc.layout
    if s_first in off_topic.other_claim:
        return True
    return s_first - 1 in off_topic.other_claim and layout.paragraph_of(
        layout.sentences[s_first - 1][0]
    ) == layout.paragraph_of(cand.start)


def _asked_about_chechnya(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does one of the sentences ``spans`` open with a question about Chechnya ("На вопрос о ситуации в Чечне")?"""
    return any(ASKED_ABOUT_CHECHNYA.search(text, *span) or ON_CHECHNYA.match(text, span[0]) for span in spans)


def _reports_of_events(doc: Doc, lo: int, hi: int) -> bool:
    """Does [lo, hi) name reports of the events ("new reports of detentions", "сообщения о задержаниях")?"""
    return any(
        REPORTS_OF.search(doc.text, max(lo, start - 40), start)
        for start, _ in doc.cues.within(EVENT_TOPIC, lo, hi)
    )


def _continued_stance(statement: Statement, sentence: int, kept: list[Kept]) -> Statement:
    """An official's statement with no cue of its own that goes on from the same official's neutral statements
    just before it is neutral too ("He would ask the prosecutor to look into it. 'I will talk to them,' Putin
    said"): without a cue an official answering the reports counts as denying them (see stance._decide)."""
    if statement.stance != "denial" or speaker_side(statement.actor_kind, statement.country) != "denial":
        return statement
    before = [
        k.statement.stance
        for k in kept
        if sentence - k.sentence <= 2 and _same_speaker(k.statement, statement)
    ]
    if not before or any(stance != "neutral" for stance in before):
        return statement
    return replace(statement, stance="neutral", cues=(*statement.cues, "continues:neutral"))


# the main clause after a relative clause's words calls their speaker a liar ("the man who said ... is lying")
CALLED_A_LIAR = re.compile(r"\b(?:is|was|are|were) (?:lying|a liar|liars)\b")
SENTENCE_END = re.compile(r"[.!?]\s")
FIRST_PERSON_OWN = ("my ", "мои ", "мой ", "моя ", "моё ", "мое ")  # "My sources ...", "Мои источники ..."


def _drop_nested(doc: Doc, kept: list[Kept], restate) -> list[Kept]:
    """A statement reported inside another's clause: keep the named inner speaker, else the outer one.

    "Putin said he had discussed it with Kadyrov, who had told him the reports were not true": Kadyrov's
    denial stands on its own and Putin's clause ends before it (``restate`` re-scores the shortened clause).
    """
    drop: set[int] = set()
    for a_index, outer in enumerate(kept):
        if outer.cand.kind in ("header", "headline"):
            first = doc.layout.sentences[doc.layout.sentence_of(outer.statement.start)]
            cited = [
                other
                for other in kept
                if other.cand.kind in ("direct", "reported")
                and other.speaker.how in ("name", "title")
                and other.cand.verb_token is not None
                and not doc.in_quote(other.cand.verb_token)  # not a speech the header's author cites
                and outer.statement.start <= other.statement.start < min(outer.statement.end, first[1])
                and not _same_speaker(outer.statement, other.statement)
            ]
            if cited:
                # 'Human Rights Watch, statement: Tanya Lokshina said ...': hers, not a header's; what the turn
                # says after the sentences it cites another in is the turn's own ("Helen Marsh (Lab): Mr Peskov
                # told journalists that ... That suggestion is an insult.")
                last = max(other.statement.end for other in cited) - 1
                rest = doc.layout.sentences[doc.layout.sentence_of(last)][1]
                shorter = replace(outer.cand, start=rest)
                found = (
                    restate(doc, shorter, outer.speaker, True, OffTopic())
                    if outer.cand.kind == "header" and rest < outer.cand.end
                    else None
                )
                if found is None:
                    drop.add(a_index)
                else:
                    kept[a_index] = replace(outer, statement=found[0], cand=shorter, scores=found[1])
            else:
                # "We note that Russian authorities have repeatedly denied these abuses": the statement's author
                # describing what the other side did, not that side's statement
                # (what they said, "X said there were no ...", stays theirs: only an object of a verb)
                sides = {outer.statement.stance, "neutral"}
                drop.update(
                    b_index
                    for b_index, other in enumerate(kept)
                    if (
                        other.cand.kind == "object"
                        or (other.cand.kind == "reported" and _claim_rejected(doc, other))
                    )
                    and other.statement.stance not in sides
                    and other.speaker.how in ("unnamed", "unnamed-plural")
                    and other.cand.verb_token is not None
                    and outer.statement.start <= doc.tokens[other.cand.verb_token].start < outer.statement.end
                    and not _same_speaker(outer.statement, other.statement)
                )
            if a_index not in drop:
                _end_before_cited_last(doc, kept, a_index, restate)
            # "SOKIRIANSKAIA: My sources inside Chechnya confirm that ...": the turn's speaker citing her own
            # sources, her statement
            # ("LOKSHINA: We spoke to men ... They told us they were beaten": what they told her, in her turn)
            drop.update(
                b_index
                for b_index, other in enumerate(kept)
                if other.cand.kind in ("reported", "object")
                and (
                    doc.text[other.speaker.start : other.speaker.end].lower().startswith(FIRST_PERSON_OWN)
                    or (
                        other.speaker.how == "pronoun"
                        and other.cand.verb_token is not None
                        and doc.word(other.cand.verb_token + 1) in TOLD_THE_SPEAKER
                    )
                )
                and outer.statement.start <= other.statement.start < outer.statement.end
            )
            continue
        if outer.cand.kind in ("reported", "object"):
            # "назвал документ ... написанным со слов людей, давно покинувших республику": a source named inside
            # another's words is part of them
            drop.update(
                b_index
                for b_index, inner in enumerate(kept)
                if inner.cand.kind == "according"
                and (inner.cand.verb or "").lower() == "со слов"
                and outer.statement.start < inner.statement.start < outer.statement.end
                and not _same_speaker(outer.statement, inner.statement)
            )
        if outer.cand.kind not in ("reported", "according", "object", "participle"):
            continue
        for b_index, inner in enumerate(kept):
            if a_index == b_index or inner.cand.verb_token is None:
                continue
            verb_at = doc.tokens[inner.cand.verb_token].start
            if not outer.statement.start <= verb_at < outer.statement.end:
                continue
            if _same_speaker(outer.statement, inner.statement):
                continue
            if outer.cand.kind == "object" and _credits_agency(inner):
                # "Эксперты ООН призвали ..., сообщает «Радио Свобода»": the agency only credited
                drop.add(b_index)
                continue
            if outer.cand.kind == "object" and _holds_verb(doc, inner, outer):
                # "Прокуроры не нашли доказательств ..., сообщил источник": the object clause ran into the
                # attribution that frames it; the attributed statement stands
                drop.add(a_index)
                continue
            if inner.cand.windows and inner.cand.windows[0][2] == "relative":
                if inner.statement.actor is None or inner.statement.stance == "neutral":
                    drop.add(b_index)  # "... in the case of a man who said he was abducted": background
                    continue
                cut = inner.cand.windows[0][1]  # the comma or relative word after the antecedent
                cut_at = doc.tokens[cut].start if cut < len(doc.tokens) else outer.statement.end
                if outer.statement.start < cut_at < outer.statement.end:
                    shorter = replace(outer.cand, end=cut_at)
                    found = restate(doc, shorter, outer.speaker, True, OffTopic())
                    if found is None:
                        drop.add(a_index)
                    else:
                        kept[a_index] = outer = replace(
                            outer, statement=found[0], cand=shorter, scores=found[1]
                        )
                continue
            subject_at = doc.tokens[inner.cand.windows[0][0]].start if inner.cand.windows else verb_at
            joined = COORDINATED.search(doc.text, outer.statement.start, subject_at)
            if (
                joined is not None
                and joined.end() == subject_at
                and outer.cand.category == "act"
                and inner.statement.actor is not None
                and inner.speaker.how in ("name", "title", "role", "org")
            ):
                # "Russia refused to cooperate, and its Foreign Ministry called ...": the refusal is no statement
                drop.add(a_index)
            elif (
                joined is not None
                and joined.end() == subject_at
                and inner.statement.actor is not None
                and inner.speaker.how in ("name", "title", "role", "org")
            ):
                # "Kadyrov insists that ..., and his spokesman, Alvi Karimov, calls it a provocation": two clauses
                shorter = replace(outer.cand, end=joined.start())
                found = restate(doc, shorter, outer.speaker, True, OffTopic())
                if found is None or (outer.cand.kind == "according" and not any(found[1])):
                    # ("Putin met Kadyrov, and the Chechen leader used the meeting to dismiss ..., according to
                    # a transcript": what is left of the source's clause says nothing)
                    drop.add(a_index)
                else:
                    kept[a_index] = outer = replace(outer, statement=found[0], cand=shorter, scores=found[1])
            elif inner.statement.actor is not None and (
                (
                    inner.speaker.how in ("name", "title")
                    and (
                        (inner.cand.verb or "").lower() in PLAIN_SPEECH
                        # "Kadyrov replied that ..., according to a transcript released by the Kremlin" (not
                        # "HRW noted that Karimov had replied ... by saying": a reply cited)
                        or (outer.cand.kind == "according" and (inner.cand.verb or "").lower() in REPLIES)
                    )
                )
                # "our correspondent notes that Izvestia quotes a source in the office as saying ...": the one
                # quoted speaks
                or doc.word(inner.cand.verb_token - 1) == "as"
                # "Газета пишет, что спикер парламента Магомед Даудов назвал авторов «провокаторами»": an outlet
                # reporting what a named actor said, in a review of the press
                # "Эксперты ООН призвали ..., сообщает «Радио Свобода»", "Как сообщает «Интерфакс», в Кремле
                # подтвердили ...": an agency's credit for a named speaker's words
                or (
                    _credits_agency(outer)
                    and inner.speaker.how in ("name", "title", "org")
                    and inner.statement.actor_kind != "media"
                )
                or (
                    outer.statement.actor_kind == "media"
                    and outer.statement.actor is None
                    and inner.speaker.how in ("name", "title")
                    and inner.statement.actor_kind != "media"
                )
            ):
                drop.add(a_index)
            else:
                drop.add(b_index)
    return [k for i, k in enumerate(kept) if i not in drop]


def _credits_agency(kept: Kept) -> bool:
    """Is this an agency's credit ("..., сообщает «Радио Свобода»", "Как сообщает «Интерфакс»", "RT reports")?"""
    return kept.statement.actor_kind == "media" and (kept.cand.verb or "").lower() in WIRE_CREDIT


def _end_before_cited_last(doc: Doc, kept: list[Kept], index: int, restate) -> None:
    """A turn whose last sentences report another named speaker's words ("Krivosheev: No one. Not a single
    prosecution. The Investigative Committee closed its check, saying it had found no victims") ends before
    them: those words are the other speaker's statement, not the turn's own."""
    outer = kept[index]
    layout = doc.layout
    first_sentence = layout.sentence_of(outer.statement.start)
    outer_side = speaker_side(outer.statement.actor_kind, outer.statement.country)
    starts = []  # where the sentences whose subject is another speaker start
    for other in kept:
        sentence = layout.sentence_of(other.speaker.start)
        sentence_start = layout.sentences[sentence][0]
        if (
            other.cand.kind in ("direct", "reported", "participle", "object")
            and other.speaker.how in ("name", "title")
            and other.cand.verb_token is not None
            and not doc.in_quote(other.cand.verb_token)
            and sentence > first_sentence
            and outer.statement.start < sentence_start < outer.statement.end
            and outer.statement.end <= layout.sentences[layout.sentence_of(other.statement.end - 1)][1]
            and not _same_speaker(outer.statement, other.statement)
            # the other side's words (not "Lokshina: ... Human Rights Watch documented ...": her own group's)
            and speaker_side(other.statement.actor_kind, other.statement.country) != outer_side
            # the other speaker is the sentence's subject (not "When the head of the republic says ...": the
            # turn's own argument about what he says)
            and not doc.text[sentence_start : other.speaker.start].strip()
        ):
            starts.append(sentence_start)
    if not starts:
        return
    cut = min(starts)
    while cut > outer.cand.start and doc.text[cut - 1].isspace():
        cut -= 1
    if cut <= outer.cand.start:
        return
    shorter = replace(outer.cand, end=cut)
    found = restate(doc, shorter, outer.speaker, True, OffTopic())
    if found is not None:
        kept[index] = replace(outer, statement=found[0], cand=shorter, scores=found[1])


def _claim_rejected(doc: Doc, claim: Kept) -> bool:
    """Does the turn that cites a reported claim reject it on the spot ("so-called defenders tell fairy tales that
    ...", "The authorities say none of this happened, but that is simply not true")?"""
    assert claim.cand.verb_token is not None
    verb_end = doc.tokens[claim.cand.verb_token].end
    return bool(
        TALES_TOLD.search(doc.text, verb_end, max(verb_end, claim.statement.start))
        or REBUTTED_AFTER.search(doc.text, claim.statement.start, claim.statement.end)
    )


# a claim told as tales ("рассказывают сказки о том, что ...") or rejected right after ("..., but that is not true")
TALES_TOLD = re.compile(r"(?i)\b(?:сказк\w*|байк\w*|небылиц\w*|fairy tales?|tall tales?)\b")
REBUTTED_AFTER = re.compile(
    r"(?i),?\s*(?:but|а|но)\s+(?:that|this|это)\s+(?:is\s+)?(?:simply\s+|просто\s+)?(?:not true|untrue|a lie|"
    r"неправда|ложь)"
)


def _holds_verb(doc: Doc, holder: Kept, other: Kept) -> bool:
    """Does ``holder``'s statement span hold ``other``'s verb?"""
    if other.cand.verb_token is None:
        return False
    return holder.statement.start <= doc.tokens[other.cand.verb_token].start < holder.statement.end


# the outlet's own reporter ("our correspondent"), not a staff member of a body that spoke
OUR_REPORTER = re.compile(
    r"(?i)\b(?:correspondents?|reporters?|journalists?|корреспондент\w*|журналист\w*)\b"
)
# a member of a body, named by that role ("член совета", "a member of the council")
MEMBER_OF = re.compile(r"(?i)(?:член\w*|(?:a |the )?members? of)\s")
# a main clause standing by one's reporting right before a participle's statement ("stood by its reporting, saying")
STOOD_BY_BEFORE = re.compile(
    r"\b(?:stood|stands|stand) by (?:its|his|her|their|our|every)\b[^.;:]{0,60},\s*\w+\s*$"
)
# a sentence opening on a subordinate clause ("When Daudov said the stories were lies, he offered no ...")
SUBORDINATE_OPENING = re.compile(r"\s*(?:When|Whenever|Once|After|Before|Although|Though|While|Когда|Хотя)\b")
# where the main clause begins after it: a comma (a closing quote mark) and a pronoun subject
MAIN_CLAUSE = re.compile(r"[,;][\"”»’']?\s+(?=(?:he|she|they|it|we|I|он|она|они|мы|я)\s)")


def _without_main_clause(doc: Doc, cand: Candidate) -> Candidate:
    """A reported statement inside a sentence's opening "When X said ..." clause ends where the main clause
    begins: what follows ("..., he offered no explanation for the testimony") is the writer's, not X's."""
    assert cand.verb_token is not None
    verb = doc.tokens[cand.verb_token]
    s_lo, _s_hi = doc.layout.sentences[doc.layout.sentence_of(verb.start)]
    if verb.start >= cand.start or not SUBORDINATE_OPENING.match(doc.text, s_lo):
        return cand
    main = MAIN_CLAUSE.search(doc.text, verb.end, cand.end)
    if main is None:
        return cand
    quoted = doc.text[main.start() + 1 : main.start() + 2] in "\"”»’'"
    end = main.start() + 2 if quoted else main.start()  # ('... people," he': with the closing mark)
    return replace(cand, end=end) if end > cand.start else cand


def _says_nothing(text: str, cand: Candidate) -> bool:
    """A reported "statement" too short to say anything ("the journalists who reported on it", "testified
    publicly"), or a retort that only turns the question back ("I suggest our Western colleagues look at their own
    problems": never a statement on the reports in any gold set)."""
    if cand.kind == "reported" and len(text[cand.start : cand.end].split()) < 3:
        return True
    return OWN_PROBLEMS_ONLY.fullmatch(text, cand.start, cand.end) is not None


OWN_PROBLEMS_ONLY = re.compile(
    r"(?i)\W*(?:I (?:would )?(?:suggest|advise)|(?:they|western \w+|washington|berlin|london) (?:should|would do "
    r"better to))\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?(?:look at|deal with|take care of|mind) (?:their|its|our|his|her) "
    r"own (?:problems|affairs|business)\W*"
)


def _new_object(doc: Doc, cand: Candidate) -> bool:
    """Does a stance verb take a new, indefinite object with no word of the reports ("denied a report that ...")?"""
    if cand.verb_token is None or cand.category not in ("deny", "call", "confirm", "act"):
        return False
    after_verb = doc.text[doc.tokens[cand.verb_token].end : cand.end]
    # "denied a report that ...", "denied that federal subsidies had been diverted to a stadium"
    new = ARTICLE_AHEAD.match(after_verb) or (
        cand.category == "deny" and CLAUSE_AHEAD.match(after_verb) and not REPORT_WORDS.search(after_verb)
    )
    return bool(new) and not (
        CORE_TOPIC.search(after_verb) or EVENT_TOPIC.search(after_verb) or PLACE.search(after_verb)
    )


# what follows an unlisted person's name and its comma when the name is the sentence's subject ("Islam, now living
# in Berlin, ...", "Adam, 26, ...", "Ислам, который ...")
APPOSITION_OPENERS = lexicon.words(
    "who whom now aged a an still once himself herself который которая ныне теперь"
)


def _unlisted_person_opening(doc: Doc, first: int, s_hi: int) -> Speaker | None:
    """An unlisted person named as the subject at token ``first``, which opens a sentence: "Islam, now living in
    Berlin, does not blame her.", "Adam smiles.", "Ислам, который теперь живёт в Берлине, не обижается"."""
    end = first
    while end < min(s_hi, first + 3) and doc.tokens[end].is_word and doc.tokens[end].is_cap:
        end += 1
    if end == first or not SpeakerResolver._unknown_name(doc, first, end) or doc.word(first) in NOT_NAMES_EN:
        return None
    after, following = doc.word(end), doc.word(end + 1)
    apposition = after == "," and (
        following in APPOSITION_OPENERS
        or following.isdigit()
        or doc.word(end + 2) in ("whom", "котором", "которым")
    )
    if doc.lang == "ru":
        names = all(
            morph.can_be_personal_name(doc.tokens[k].text) and "nomn" in morph.cases(doc.tokens[k].text)
            for k in range(first, end)
        )
        if not names or not (apposition or morph.is_finite_verb(doc.tokens[end].text)):
            return None
    elif not (apposition or (doc.tokens[end].is_word and not doc.tokens[end].is_cap and after.endswith("s"))):
        return None  # "Adam smiles.", not "In Berlin ..." or "Human Rights Watch ..."
    start, stop = doc.tokens[first].start, doc.tokens[end - 1].end
    name = doc.text[start:stop]
    return Speaker(name, start, stop, None, name, None, "person", "RU", None, True, "unnamed")


def _same_speaker(a: Statement, b: Statement) -> bool:
    if a.actor or b.actor:
        return a.actor == b.actor
    return (a.actor_name, a.actor_kind, a.country) == (b.actor_name, b.actor_kind, b.country)


def _merge(doc: Doc, kept: list[Kept]) -> list[Statement]:
    """Join pieces of one statement: same speaker and the same sentence, overlapping spans, or a quote that
    continues the previous one in the same paragraph."""
    merged: list[list] = []
    for item in kept:
        statement, sentence, scores = item.statement, item.sentence, item.scores
        if merged:
            last, last_sentence, last_scores, last_kind = merged[-1]
            overlap = statement.start < last.end and last.start < statement.end
            # a quote with no attribution of its own continues the statement just before it
            continued = item.cand.kind == "continuation" and (
                doc.layout.paragraph_of(statement.start) - doc.layout.paragraph_of(last.end - 1) <= 1
            )
            # a participle clause is a statement of its own only when it carries a quote (", telling TV that "…"")
            separate = (
                item.cand.kind == "participle"
                and any(
                    statement.start <= q.start < statement.end and q.words >= 4 for q in doc.layout.quotes
                )
                # (', adding that in Chechen society "even relatives would not stand up for such a person"': with no
                # cue of its own, the quote goes on with the statement before it)
                and (_cued(statement.stance, scores) or not _same_speaker(last, statement))
            )
            # '"...," he said, adding that ...': the participle goes on from the quote its verb attributes
            attached = (
                item.cand.kind == "participle"
                and 0 <= statement.start - last.end < 40
                and not SENTENCE_END.search(doc.text, last.end, statement.start)
            )
            same_sentence = (sentence == last_sentence or attached) and not separate
            if (
                separate
                and last_kind == "object"
                and sentence == last_sentence
                and _same_speaker(last, statement)
            ):
                # "опроверг выводы, заявив, что «...»", "rejected the reports, telling TV that "..."": the quote
                # is the statement; the verb's stance joins it
                total = tuple(x + y for x, y in zip(last_scores, scores, strict=True))
                stance = _combined_stance(last.stance, statement.stance, total, statement.official)
                cues = tuple(dict.fromkeys(last.cues + statement.cues))
                merged[-1] = [replace(statement, stance=stance, cues=cues), sentence, total, item.cand.kind]
                continue
            # "«If even one such case is confirmed, ...,» the ombudswoman stressed, though she conceded that her office
            # had not received any complaints": two statements, each with a stance of its own cues
            own_stances = (
                same_sentence
                and not overlap
                and not continued
                and "neutral" in (last.stance, statement.stance)
                and last.stance != statement.stance
                and _cued(last.stance, last_scores)
                and _cued(statement.stance, scores)
                and bool(CONTRAST.search(doc.text, last.end, statement.start))
            )
            if _same_speaker(last, statement) and (overlap or same_sentence or continued) and not own_stances:
                start, end = min(last.start, statement.start), max(last.end, statement.end)
                total = tuple(x + y for x, y in zip(last_scores, scores, strict=True))
                stance = _combined_stance(last.stance, statement.stance, total, statement.official)
                cues = tuple(dict.fromkeys(last.cues + statement.cues))
                merged[-1] = [
                    Statement(
                        last.speaker,
                        last.actor,
                        last.actor_name,
                        last.organization,
                        last.actor_kind,
                        last.country,
                        last.official,
                        stance,
                        doc.text[start:end],
                        start,
                        end,
                        cues,
                    ),
                    sentence,
                    total,
                    last_kind,
                ]
                continue
        merged.append([statement, sentence, scores, item.cand.kind])
    return [item[0] for item in merged]


# the owner of an unnamed speaker's body: "said our advocacy director", "— сказала наш юрист", "its director"
OWNER_BEFORE = re.compile(r"(?i)\b(our|its|наш\w*)\s+$")
OWNER_OPENS = re.compile(r"(?i)(our|its|наш\w*)\s")
WIRE_CREDIT = frozenset(("сообщает", "передает", "передаёт", "reports"))
TOLD_THE_SPEAKER = frozenset(("us", "me", "нам", "мне"))
CONTRAST = re.compile(r"(?i)\b(?:though|although|but|however|yet|но|однако|хотя)\b")


def _cued(stance: str, scores: tuple[float, float, float]) -> bool:
    """Did cues, not the speaker's side, give this stance?"""
    return scores[STANCES.index(stance)] > 0


def _combined_stance(a: str, b: str, scores: tuple[float, float, float], official: bool) -> str:
    if a == b:
        return a
    denial, confirmation, neutral = scores
    if "neutral" in (a, b):
        if official and denial == confirmation == 0 and neutral > 0:
            return "neutral"  # an official's other part took its side from no cue at all
        return b if a == "neutral" else a
    return "denial" if denial > confirmation else "confirmation" if confirmation > denial else a


def _issuing_verb(word: str, lang: str) -> bool:
    """Is ``word`` the finite verb after a subject ("направило", "published")?"""
    if lang == "ru":
        return word.islower() and morph.is_finite_verb(word)
    return word.islower() and (word.endswith("ed") or word in ("sent", "issued", "wrote", "gave", "put"))


def _speaker_as_written(text: str) -> str:
    """The speaker's words without a trailing verb or outlet caught in their window ("Парламентская ассамблея
    Совета Европы приняла", "пресс-службе МВД «Интерфаксу»")."""
    words = text.split()
    while len(words) > 1 and (
        words[-1].lower().strip(",;") in TRAILING_VERBS or (words[-1].endswith("»") and "«" in words[-1])
    ):
        words.pop()
    if len(words) > 2 and words[-2].lower() in ("on", "in") and words[-1].strip(",;").lower() in WHEN_WORDS:
        del words[-2:]  # "Maxim Lapunov on Monday": the day he spoke
    leading = LEADING_DATE.match(" ".join(words))
    if leading is not None and len(words) > len(leading.group().split()):
        # "ноябре 2023 года Верховный суд России", "April 2017 Tatyana Moskalkova": when, caught before the speaker
        words = words[len(leading.group().split()) :]
    if words and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]  # "Kadyrov's assertion that ...": the possessor
    return " ".join(words) if words != text.split() else text


def _speaker_without_setting(text: str) -> str:
    """The speaker as written without where, to whom and in what the words were said, and without the tail of a
    title cut before a full name (applied to the statements kept, after :func:`_only_speaker` has judged them)."""
    words = _without_cut_title(_without_trailing_setting(text))
    return " ".join(words) if words != text.split() else text


def _without_trailing_setting(text: str) -> list[str]:
    """ "Каримов агентству", "Делимханов в видеообращении", "Посольство России в Вашингтоне в ответ", "адвокат
    журналистам после заседания": the words of the speaker before where and to whom it was said."""
    trailing = TRAILING_SETTING.search(text)
    if (
        trailing is None
        or trailing.start() == 0
        or "«" in text[trailing.start() :]  # ("Пост в Telegram-канале группы «СК SOS»": a name goes on)
        # (not "интервью американскому телеканалу HBO Рамзан Кадыров": the speaker comes after it)
        or any(morph.can_be_personal_name(w) for w in text[trailing.start() :].split() if w[:1].isupper())
    ):
        return text.split()
    words = text[: trailing.start()].split()
    while len(words) > 1 and words[-1].lower().strip(",;") in TRAILING_VERBS:
        words.pop()  # ("Рамзан Кадыров написал в своём Telegram-канале")
    return words


def _without_cut_title(words: list[str]) -> list[str]:
    """ "эфире Елена Милашина", "Чечне Нурди Нухажиев", "правам человека Хеда Саратова" (from "в эфире ...",
    "омбудсмен в Чечне ...", "совет по ... правам человека ..."): the full name, when the speaker window cut a
    title or an adverbial before it. The first word must be one that cannot open a speaker: a Russian word in the
    dative or locative, a place's adjective, or no noun at all ("правам", "Чечне", "Российской", "Ранее"), not a
    title in the genitive after "по словам" ("пресс-секретаря главы Чечни Альви Каримова")."""
    if len(words) <= 2 or not morph.is_cyrillic(words[0]):
        return words
    cases = morph.cases(words[0].strip(",;«»"))
    if not (cases <= {"datv", "loct"} or (words[0][:1].isupper() and "nomn" not in cases)):
        return words
    run = len(words)  # where the final run of capitalised words starts
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    if run < len(words) - 1 and not morph.is_cyrillic(words[run]):
        return words[run:]  # "заявлении Amnesty International"
    first = next(
        (k for k in range(max(run, 1), len(words) - 1) if morph.can_be_personal_name(words[k])), None
    )
    if first is not None:
        return words[first:]
    if 0 < run < len(words) - 1 and words[run - 1] not in NAME_PREPOSITIONS:
        return words[run:]  # "правам человека Хеда Саратова" (not "пресс-службе МВД по Чеченской Республике")
    return words


def _only_speaker(statement: Statement) -> bool:
    """True when the "quote" is little more than the speaker's own name or title ("Об этом заявил X")."""
    quote = set(_WORDS.findall(statement.quote.lower()))
    speaker = set(_WORDS.findall(statement.speaker.lower())) | set(
        _WORDS.findall((statement.actor_name or "").lower())
    )
    return bool(quote) and len(quote - speaker) <= max(1, len(quote) // 4)


_WORDS = re.compile(r"\w+", re.UNICODE)
# a date the speaker's window began with: a month or weekday, a day number, a year and its "года"
LEADING_DATE = re.compile(
    r"(?i)(?:(?:\d{1,2} )?(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
    r"(?: \d{4}(?: года)?)?|(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?: \d{4})?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\d{4} )?года) "
    r"(?=[«\"“A-ZА-ЯЁ])"
)
NAME_PREPOSITIONS = frozenset(["по", "при", "в", "во", "на", "из", "of", "for", "in"])
TRAILING_SETTING = re.compile(
    r"\s(?:(?:агентству|изданию|журналистам|телеканалу|радиостанции|корреспонденту|порталу)\b|"
    r"(?:в|во|на|после)\s+(?:своём\s+|своем\s+|своей\s+|своих\s+)?(?:видеообращении|ответ|ответе|эфире|интервью|разговоре|"
    r"возражениях|"
    r"телеграм-канале|telegram-канале|Telegram-канале|блоге|посте|заседания|брифинге|пресс-конференции|"
    r"комментарии|беседе)\b)"
)
WHEN_WORDS = lexicon.words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december"
)
# verbs that can end a speaker's window in Russian word order: the speaker is the words before them
# ("states" ends "the United States", "member states" more often than it is a verb)
TRAILING_VERBS = (frozenset(lexicon.speech_verbs()) - {"states"}) | lexicon.words(
    "принял приняла приняло приняли"
)
# cue names that say nothing of what was said: the verb, the topic, events named, how the speaker was found
BARE_CUES = ("speech-verb:", "topic:", "topic-ref:", "topic-context:", "speaker:", "mention:", "event:")
ANSWERING = re.compile(
    r"(?i)(?:respond|repl|react|comment|answer|ответи|прокомментир|высказал|отреагир|откликн)"
)
# "Asked about the reports, Lavrov answered at length": the question answered, not the answer
QUESTION_LEADS = frozenset(["asked", "отвечая", "спрошенный"])
REPORTED_CONTENT = re.compile(r"[\"«»“”„:]|\b(?:that|что)\b")


def _only_circumstance(statement: Statement) -> bool:
    """True when a verb of answering took only where or to what it answered, and no cue: "responded on Telegram
    within hours", "ответил на вопросы журналистов" (the words themselves follow elsewhere)."""
    words = _WORDS.findall(statement.quote.lower())
    verbs = [cue.removeprefix("speech-verb:") for cue in statement.cues if cue.startswith("speech-verb:")]
    asked = bool(words) and words[0] in QUESTION_LEADS
    bare = (*BARE_CUES, "neutral:ask", "neutral:отвеча") if asked else BARE_CUES
    return (
        bool(words)
        and (
            (words[0] in PREPOSITIONS_EN or words[0] in PREPOSITIONS_RU or asked)
            and any(map(ANSWERING.match, verbs))
            or any(verb.startswith("прокомментир") for verb in verbs)  # "прокомментировал публикации"
        )
        and all(cue.startswith(bare) for cue in statement.cues)
        and REPORTED_CONTENT.search(statement.quote) is None
    )
