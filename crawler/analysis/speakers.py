"""Who is speaking: actor mentions in text, speaker phrases, and their resolution to actors.

A speaker phrase ("Kremlin spokesman Dmitry Peskov", "a Russian embassy official", "пресс-секретаря главы Чечни",
"he") is resolved in this order: a named actor in subject position; an actor whose title matches the phrase
("the Chechen leader", "Kadyrov's spokesman"); a pronoun or a definite role ("the spokesman", "the ministry")
resolved to the most recent compatible speaker or mention; an organisation named inside the phrase ("a spokesman
for the Russian embassy in London"); finally an unnamed speaker described by its role and place words, with the
kind and country they imply ("officials in Grozny" -> government, RU, Chechen authorities).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crawler.analysis import lexicon, morph
from crawler.analysis.segment import Token, tokenize
from crawler.seeds import OFFICIAL_KINDS, Actor

ORG_WORDS = frozenset(
    """ministry office committee council court watch international group network gazeta department embassy
    service commission centre center assembly parliament government kremlin nations union mechanism agency
    experts rapporteurs authorities foreign affairs rights human sos europe amnesty memorial ilga odihr
    osce ohchr pace echr eeas prosecutor's""".split()
)
FEMALE_FIRST = frozenset(
    """maria tatyana tatiana tanya elena yelena irina ekaterina yekaterina kheda anna olga natalia natalya
    svetlana marina julia yulia zainab lyudmila valentina larisa alla ella""".split()
)
FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|yna|aya|skaia|skaya|ая|ова|ева|ина|ына)$", re.IGNORECASE)
INDEFINITE = frozenset("a an one another some several two three many other один одна одно некий некая".split())
DEFINITE = frozenset("the this that these those its his her their этот эта это эти тот та".split())
PREPOSITIONS_EN = frozenset(
    "of for to with from about against at in on by like than toward towards into over under near among".split()
)
PREPOSITIONS_RU = frozenset("в во на с со к ко о об от у из за по при для до про через перед между над под".split())
AGENT_PREPOSITIONS = frozenset({"by"})
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class ActorInfo:
    """An actor plus what resolution needs: person or body, gender, role keys and title token sets."""

    actor: Actor
    person: bool
    gender: str | None
    roles: frozenset[str]
    titles: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the phrase as written and the actor (or unnamed description) it denotes."""

    text: str
    start: int
    end: int
    actor: str | None
    name: str | None
    organization: str | None
    kind: str | None
    country: str | None
    gender: str | None = None
    person: bool = True
    how: str = "name"

    @property
    def official(self) -> bool:
        return self.kind in OFFICIAL_KINDS


@dataclass
class TokenInfo:
    """Annotations of one token: actor mention, role word, place word, pronoun."""

    actor: str | None = None
    mention: int = -1  # index of the mention (several tokens share one)
    role: lexicon.Role | None = None
    place: tuple[str, str | None] | None = None
    pronoun: str | None = None
    possessive: bool = False
    extra: tuple[str, ...] = field(default_factory=tuple)


def _key(word: str) -> str:
    """Matching key of a word: lower case, ё -> е, possessive 's stripped."""
    return POSSESSIVE.sub("", word.lower().replace("ё", "е")) if len(word) > 2 else word.lower()


def _is_person(actor: Actor) -> bool:
    words = actor.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip(".,") in ORG_WORDS for w in words)


def _gender(actor: Actor) -> str:
    first, last = actor.name.split()[0], actor.name.split()[-1]
    if first.lower() in FEMALE_FIRST or FEMALE_SURNAME.search(last):
        return "femn"
    return "masc"


class ActorIndex:
    """Alias look-up over tokens (inflection-aware for Russian) and title matching for role phrases."""

    def __init__(self, actors: Sequence[Actor]):
        self.actors = {a.id: a for a in actors}
        self.roles = lexicon.role_words()
        self.places = lexicon.place_words()
        self.forms: dict[str, str] = {}  # inflected form -> alias-token key
        self.lemmas: dict[str, str] = {}  # normal form -> alias-token key (fallback for unseen forms)
        self.aliases: dict[str, list[tuple[tuple[str, ...], tuple[bool, ...], str]]] = {}
        persons = {a.id: _is_person(a) for a in actors}
        self.person = persons
        for actor in actors:
            for alias in self._alias_strings(actor, persons[actor.id]):
                self._add_alias(alias, actor.id)
        for entries in self.aliases.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.info: dict[str, ActorInfo] = {}
        for actor in actors:
            person = persons[actor.id]
            sets = []
            strings = list(actor.titles)
            if not person:
                strings += [actor.name, *actor.aliases]
            for title in strings:
                canon = self.canon_string(title, keep_org_ids=False)
                if canon and (len(canon) >= 2 or not canon <= ROLE_KEYS):
                    sets.append(canon)
            roles = frozenset(k for s in sets for k in s if k in ROLE_KEYS)
            gender = _gender(actor) if person else None
            self.info[actor.id] = ActorInfo(actor, person, gender, roles, tuple(sets))

    @staticmethod
    def _alias_strings(actor: Actor, person: bool) -> Iterable[str]:
        seen = {actor.name, *actor.aliases}
        yield from seen
        if person:
            for name in seen:
                words = name.split()
                if len(words) >= 2 and words[-1][:1].isupper():
                    yield words[-1]

    def _add_alias(self, alias: str, actor_id: str) -> None:
        words = [t for t in tokenize(alias)]
        while words and words[0].lower in ("the", "a", "an"):
            words = words[1:]
        if not words:
            return
        keys, caps = [], []
        for token in words:
            key = _key(token.text)
            keys.append(key)
            caps.append(token.text[:1].isupper() and token.is_word)
            if morph.is_cyrillic(key):
                for form in morph.inflections(key):
                    self.forms.setdefault(form, key)
                for form in morph.normal_forms(key):
                    self.lemmas.setdefault(form, key)
            self.forms.setdefault(key, key)
        entry = (tuple(keys), tuple(caps), actor_id)
        bucket = self.aliases.setdefault(keys[0], [])
        if entry not in bucket:
            bucket.append(entry)

    def token_key(self, token: Token) -> str | None:
        """The alias-token key a text token stands for, if any (inflected Russian forms included)."""
        key = _key(token.text)
        found = self.forms.get(key)
        if found is not None:
            return found
        if token.is_cap and morph.is_cyrillic(key):
            for form in morph.normal_forms(key):
                if form in self.lemmas:
                    return self.lemmas[form]
        return None

    def annotate(self, tokens: Sequence[Token], lang: str | None = None) -> list[TokenInfo]:
        """Per-token annotations: actor mentions (longest alias wins), roles, places, pronouns."""
        infos = [TokenInfo() for _ in tokens]
        keys = [self.token_key(t) if t.is_word else (t.text if t.text in ".-&" else None) for t in tokens]
        pronouns = lexicon.RU_PRONOUNS if lang == "ru" else {**lexicon.EN_PRONOUNS, **lexicon.RU_PRONOUNS}
        mention = 0
        i = 0
        while i < len(tokens):
            matched = 0
            if keys[i] is not None:
                for alias_keys, caps, actor_id in self.aliases.get(keys[i], ()):
                    n = len(alias_keys)
                    if i + n > len(tokens):
                        continue
                    if all(keys[i + j] == alias_keys[j] for j in range(n)) and all(
                        not caps[j] or tokens[i + j].text[:1].isupper() for j in range(n)
                    ):
                        matched = n
                        for j in range(n):
                            infos[i + j].actor = actor_id
                            infos[i + j].mention = mention
                        last = tokens[i + n - 1].text
                        infos[i + n - 1].possessive = bool(POSSESSIVE.search(last) and len(last) > 2) or (
                            i + n < len(tokens) and tokens[i + n].text in ("'", "’")
                        )
                        mention += 1
                        break
            i += max(matched, 1)
        for token, info in zip(tokens, infos, strict=True):
            if not token.is_word:
                continue
            lower = token.lower.replace("ё", "е")
            bare = POSSESSIVE.sub("", lower) if len(lower) > 3 else lower
            role = self.roles.get(lower) or self.roles.get(bare)
            if role is not None and not (token.is_cap and morph.is_cyrillic(lower) and role.key == "PERSON"):
                info.role = role
            place = self.places.get(lower) or self.places.get(bare)
            if place is not None:
                info.place = place
            if lower in pronouns:
                info.pronoun = pronouns[lower]
            if lower in lexicon.EXPANSIONS:
                info.extra = lexicon.EXPANSIONS[lower]
            if info.actor is None and bare != lower:
                info.possessive = True
        return infos

    def canon_tokens(self, tokens: Sequence[Token], infos: Sequence[TokenInfo], keep_org_ids: bool) -> set[str]:
        """Canonical token set of a phrase: person actors as "@id", role/place keys, other content lemmas."""
        result: set[str] = set()
        for token, info in zip(tokens, infos, strict=True):
            if not token.is_word:
                continue
            if info.actor is not None:
                if self.person.get(info.actor, True):
                    result.add("@" + info.actor)
                    continue
                if keep_org_ids:
                    result.add("@" + info.actor)
            if info.role is not None:
                result.add(info.role.key)
            if info.extra:
                result.update(info.extra)
            if info.place is not None:
                result.add("CHECHNYA" if info.place[0] == "REGION" else info.place[0])
            if info.role is None and info.place is None and not info.extra:
                word = morph.lemma(POSSESSIVE.sub("", token.lower)) if morph.is_cyrillic(token.lower) else (
                    POSSESSIVE.sub("", token.lower))
                if word in lexicon.STOPWORDS:
                    continue
                topic = lexicon.TOPIC_WORDS_IN_TITLES.get(word)
                if topic:
                    result.add(topic)
                elif len(word) > 2:
                    result.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
        return result

    def canon_string(self, text: str, keep_org_ids: bool = False) -> frozenset[str]:
        lowered = text
        for phrase, replacement in lexicon.ROLE_PHRASES.items():
            lowered = re.sub(rf"(?i)\b{re.escape(phrase)}\b", replacement, lowered)
        tokens = tokenize(lowered)
        infos = self.annotate(tokens)
        return frozenset(self.canon_tokens(tokens, infos, keep_org_ids))

    def match_title(self, canon: set[str], head: str | None) -> tuple[str, int] | None:
        """The actor whose title (or organisation name) token set is contained in ``canon``, best first."""
        best: tuple[int, int, str] | None = None
        for actor_id, info in self.info.items():
            for title in info.titles:
                if title <= canon:
                    score = len(title) + (2 if head and head in title else 0)
                    # prefer a person for a person-role head, a body for a body head
                    fit = 1 if head and (head in PERSON_ROLE_KEYS) == info.person else 0
                    rank = (score, fit)
                    if best is None or rank > best[:2]:
                        best = (score, fit, actor_id)
        if best is None:
            return None
        return best[2], best[0]


ROLE_KEYS = frozenset(
    {"SPOKES", "REPRESENTATIVE", "OFFICIAL", "LEADER", "PRESIDENT", "MINISTER", "OMBUDSMAN", "SPEAKER", "DEPUTY",
     "PROSECUTOR", "INVESTIGATOR", "DIPLOMAT", "EXPERT", "ACTIVIST", "JOURNALIST", "PERSON", "MINISTRY", "POLICE",
     "MAYOR",
     "AUTHORITIES", "EMBASSY", "OFFICE", "COMMITTEE", "COUNCIL", "COURT", "PARLIAMENT", "NGO", "MEDIA", "DOC"}
)
PERSON_ROLE_KEYS = frozenset(
    {"SPOKES", "REPRESENTATIVE", "OFFICIAL", "LEADER", "MAYOR", "PRESIDENT", "MINISTER", "OMBUDSMAN", "SPEAKER", "DEPUTY",
     "PROSECUTOR", "INVESTIGATOR", "DIPLOMAT", "EXPERT", "ACTIVIST", "JOURNALIST", "PERSON"}
)


SEGMENT_SKIP_EN = frozenset("speaking asked responding writing talking quoted".split())
SEGMENT_SKIP_RU = frozenset("отвечая комментируя говоря выступая".split())
ADJECTIVES_EN = frozenset(
    """former senior top unnamed anonymous local regional federal deputy acting chief press official
    leading prominent young elderly gay bisexual lgbt another unidentified""".split()
)
NP_LINKS_EN = frozenset({"of", "for", "at", "in", "to", "from", "on"})
NP_LINKS_RU = frozenset({"по", "при", "в"})
GOVERNMENT_ORGS = {"CHECHNYA": "Chechen authorities", "GROZNY": "Chechen authorities", "RUSSIA": "Russian authorities", "KREMLIN": "Kremlin",
                   "US": "US government", "GB": "UK government", "DE": "German government",
                   "FR": "French government", "CA": "Canadian government"}
NATIONALITY = {"RU": "Russian", "US": "US", "GB": "British", "DE": "German", "FR": "French", "CA": "Canadian"}
BODY_ROLE_MATCH = {"MINISTRY", "OFFICE", "COMMITTEE", "COUNCIL", "COURT", "PARLIAMENT", "EMBASSY"}
ANAPHORIC_PERSON_ROLES = {"SPOKES", "REPRESENTATIVE", "LEADER", "PRESIDENT", "MINISTER", "OMBUDSMAN", "SPEAKER",
                          "DEPUTY", "PROSECUTOR", "DIPLOMAT"}


@dataclass
class Memory:
    """Discourse state while walking a text: speakers so far (most recent last)."""

    speakers: list[tuple[int, Speaker]] = field(default_factory=list)

    def add(self, offset: int, speaker: Speaker) -> None:
        self.speakers.append((offset, speaker))

    def last(self, before: int) -> Speaker | None:
        for offset, speaker in reversed(self.speakers):
            if offset <= before:
                return speaker
        return None


class SpeakerResolver:
    """Turns the speaker windows of a candidate statement into a :class:`Speaker`."""

    def __init__(self, index: ActorIndex):
        self.index = index

    # -- public -------------------------------------------------------------------------------------------
    def resolve(self, doc, windows, verb_gender: str | None, memory: Memory) -> Speaker | None:
        """The first window (in order) that names a resolvable speaker."""
        for lo, hi, side in windows:
            speaker = self._window(doc, lo, hi, side, verb_gender, memory)
            if speaker is not None:
                return speaker
        return None

    def speaker_from_actor(self, actor_id: str, text: str, start: int, end: int, how: str) -> Speaker:
        info = self.index.info[actor_id]
        actor = info.actor
        return Speaker(text, start, end, actor.id, actor.name, actor.organization or (
            None if info.person else actor.name), actor.kind, actor.country, info.gender, info.person, how)

    # -- windows and segments -----------------------------------------------------------------------------
    def _segments(self, doc, lo: int, hi: int, side: str) -> list[tuple[int, int]]:
        segments, start = [], lo
        for j in range(lo, hi):
            if doc.tokens[j].text == ",":
                segments.append((start, j))
                start = j + 1
        segments.append((start, hi))
        if side == "before":
            segments.reverse()
        return segments[:4]

    def _window(self, doc, lo, hi, side, verb_gender, memory) -> Speaker | None:
        if hi <= lo:
            return None
        segments = self._segments(doc, lo, hi, side)
        skip = SEGMENT_SKIP_RU if doc.lang == "ru" else SEGMENT_SKIP_EN
        tentative: Speaker | None = None
        for seg_lo, seg_hi in segments:
            words = [j for j in range(seg_lo, seg_hi) if doc.tokens[j].is_word]
            if not words:
                continue
            first = doc.word(words[0])
            if first in RELATIVE or first in skip:
                continue
            person = self._person_mention(doc, seg_lo, seg_hi, side, verb_gender)
            if person is not None:
                return person
            if tentative is None:
                tentative = self._phrase(doc, seg_lo, seg_hi, side, verb_gender, memory)
                if tentative is not None and tentative.how not in ("role", "unnamed", "title"):
                    return tentative
            if side == "after" and tentative is None:
                break
        return tentative

    # -- eligibility ----------------------------------------------------------------------------------------
    def _eligible(self, doc, m_lo: int, m_hi: int, side: str, verb_gender: str | None) -> bool:
        """Can the mention [m_lo, m_hi) be the subject (not an object, possessor or prepositional phrase)?"""
        tokens, infos = doc.tokens, doc.infos
        if infos[m_hi - 1].possessive:
            return False
        j = m_lo - 1
        while j >= 0 and doc.word(j) in ("the", "a", "an") or (j >= 0 and tokens[j].text in "«\"“„"):
            j -= 1
        prev = doc.word(j) if j >= 0 else ""
        if doc.lang == "ru":
            if side == "according":
                return prev not in PREPOSITIONS_RU
            if prev in ("в", "во") and verb_gender == "plur":
                return True
            if prev in PREPOSITIONS_RU:
                return False
            last = tokens[m_hi - 1].text
            if not morph.is_cyrillic(last):
                return True
            found = morph.cases(last)
            return not found or "nomn" in found or "fixd" in found
        return prev not in PREPOSITIONS_EN or prev in AGENT_PREPOSITIONS or side == "according" and (
            prev == "to" and j >= 1 and doc.word(j - 1) == "according"
        )

    def _mentions(self, doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
        found, j = [], lo
        while j < hi:
            actor = doc.infos[j].actor
            if actor is None:
                j += 1
                continue
            k = j
            mention = doc.infos[j].mention
            while k < hi and doc.infos[k].mention == mention:
                k += 1
            found.append((j, k, actor))
            j = k
        return found

    def _in_role_pp(self, doc, lo: int, m_lo: int) -> bool:
        """English: is the mention inside a role's prepositional phrase ("spokesman for ... Kadyrov")?"""
        if doc.lang == "ru":
            return False
        seen_role = False
        for j in range(lo, m_lo):
            if doc.infos[j].role is not None:
                seen_role = True
            elif seen_role and doc.word(j) in ("for", "of", "to", "at", "with", "from", "under"):
                return True
        return False

    def _person_mention(self, doc, lo, hi, side, verb_gender) -> Speaker | None:
        best = None
        for m_lo, m_hi, actor_id in self._mentions(doc, lo, hi):
            info = self.index.info.get(actor_id)
            if info is None or not info.person or not self._eligible(doc, m_lo, m_hi, side, verb_gender):
                continue
            if self._in_role_pp(doc, lo, m_lo):
                continue
            if verb_gender in ("masc", "femn") and info.gender and info.gender != verb_gender:
                continue
            best = (m_lo, m_hi, actor_id)
            if side != "before":
                break
        if best is None:
            return None
        p_lo, p_hi = self._np_bounds(doc, lo, hi, best[0], best[1])
        text = doc.text[doc.tokens[p_lo].start : doc.tokens[p_hi - 1].end]
        return self.speaker_from_actor(best[2], text, doc.tokens[p_lo].start, doc.tokens[p_hi - 1].end, "name")

    # -- phrases ----------------------------------------------------------------------------------------------
    def _np_bounds(self, doc, lo, hi, h_lo, h_hi) -> tuple[int, int]:
        """Extend a head [h_lo, h_hi) to its noun phrase within [lo, hi)."""
        ru = doc.lang == "ru"
        links = NP_LINKS_RU if ru else NP_LINKS_EN
        preps = PREPOSITIONS_RU if ru else PREPOSITIONS_EN

        def np_word(j: int) -> bool:
            token, info = doc.tokens[j], doc.infos[j]
            if not token.is_word:
                return token.text in ("'", "’", "-", "«", "»", "\"", "“", "”", "„", ".") and j > lo
            word = doc.word(j)
            if word in preps or word in RELATIVE:
                return False
            return bool(token.is_cap or info.actor or info.role or info.place or info.possessive
                        or word in ADJECTIVES_EN or word in ("the", "a", "an") or word.isdigit()
                        or "-" in word or (ru and morph.is_cyrillic(word) and len(doc.tokens[j].text) > 2))

        start = h_lo
        while start - 1 >= lo and np_word(start - 1) and h_hi - start < 10:
            start -= 1
        while start < h_lo and not doc.tokens[start].is_word:
            start += 1
        end = h_hi
        while end < hi and end - start < 14:
            word = doc.word(end)
            if np_word(end) and doc.tokens[end].is_word:
                end += 1
            elif word in links and end + 1 < hi and np_word(end + 1):
                end += 2
            elif not doc.tokens[end].is_word and doc.tokens[end].text in ("'", "’", "«", "»", "\"") and (
                end + 1 < hi
            ):
                end += 1
            else:
                break
        while end > h_hi and not doc.tokens[end - 1].is_word:
            end -= 1
        return start, end

    def _phrase(self, doc, lo, hi, side, verb_gender, memory) -> Speaker | None:
        tokens, infos = doc.tokens, doc.infos
        # pronoun
        for j in range(lo, hi):
            if infos[j].pronoun and (side != "before" or j == hi - 1 or not any(
                infos[k].role or infos[k].actor for k in range(j + 1, hi))):
                return self._pronoun(doc, j, infos[j].pronoun, verb_gender, memory)
        heads = [j for j in range(lo, hi) if infos[j].role and self._eligible(doc, j, j + 1, side, verb_gender)]
        orgs = [m for m in self._mentions(doc, lo, hi) if not self.index.info[m[2]].person]
        if not heads and not orgs:
            return None
        if heads:
            head = heads[0]
            if doc.lang != "ru":  # English: the last role word before a linking preposition ("head of ...")
                link = next((j for j in range(heads[0], hi) if doc.word(j) in NP_LINKS_EN), hi)
                head = [j for j in heads if j < link][-1]
            p_lo, p_hi = self._np_bounds(doc, lo, hi, head, head + 1)
            head_key = infos[head].role.key
        else:
            m_lo, m_hi, _ = next((m for m in orgs if self._eligible(doc, m[0], m[1], side, verb_gender)), orgs[0])
            p_lo, p_hi = self._np_bounds(doc, lo, hi, m_lo, m_hi)
            head_key = None
        text = doc.text[tokens[p_lo].start : tokens[p_hi - 1].end]
        start, end = tokens[p_lo].start, tokens[p_hi - 1].end
        canon = self.index.canon_tokens(tokens[p_lo:p_hi], infos[p_lo:p_hi], keep_org_ids=True)
        titled = self.index.match_title(canon, head_key)
        if head_key in ("OFFICE", "DOC"):  # "Kadyrov's office", "the press service of the head of Chechnya"
            owners = [m for m in self._mentions(doc, p_lo, p_hi) if self.index.info[m[2]].person]
            if owners:
                return self.speaker_from_actor(owners[0][2], text, start, end, "org")
            if titled is not None and self.index.info[titled[0]].person:
                return self.speaker_from_actor(titled[0], text, start, end, "title")
        if titled is not None and (head_key is None or titled[1] >= 2):
            return self.speaker_from_actor(titled[0], text, start, end, "title")
        inner_orgs = [m for m in orgs if p_lo <= m[0] < p_hi]
        if head_key == "DOC" and not inner_orgs:
            previous = memory.last(start)
            if previous is not None:
                return _as(previous, text, start, end, "role")
        if heads:
            role = infos[head].role
            definite = doc.word(p_lo) not in INDEFINITE and not (
                doc.lang != "ru" and p_lo == head and doc.word(head).endswith("s") and role.key != "AUTHORITIES"
            )
            if definite and not inner_orgs:
                found = self._anaphora_role(doc, role, p_lo, memory, canon)
                if found is not None:
                    return self.speaker_from_actor(found, text, start, end, "role")
        if inner_orgs:
            return self.speaker_from_actor(inner_orgs[0][2], text, start, end, "org")
        if not heads:
            return None
        return self._unnamed(doc, text, start, end, infos[head].role, canon, p_lo, p_hi, verb_gender)

    def _pronoun(self, doc, j, gender, verb_gender, memory) -> Speaker | None:
        token = doc.tokens[j]
        want = gender if gender != "masc" or verb_gender not in ("femn", "plur") else verb_gender
        for _offset, speaker in reversed(memory.speakers):
            if _offset > token.start:
                continue
            if want in ("masc", "femn"):
                if speaker.person and (speaker.gender or "masc") == want:
                    return _as(speaker, token.text, token.start, token.end, "pronoun")
            elif want == "plur":
                if not speaker.person or speaker.how == "unnamed-plural":
                    return _as(speaker, token.text, token.start, token.end, "pronoun")
            elif not speaker.person:
                return _as(speaker, token.text, token.start, token.end, "pronoun")
        # no earlier speaker: the most recent compatible actor mention
        for k in range(j - 1, max(-1, j - 400), -1):
            actor = doc.infos[k].actor
            if actor is None:
                continue
            info = self.index.info.get(actor)
            if info is None or doc.infos[k].possessive:
                continue
            if want in ("masc", "femn") and info.person and info.gender == want or (
                want in ("plur", "neut") and not info.person
            ):
                return self.speaker_from_actor(actor, token.text, token.start, token.end, "pronoun")
        return None

    def _anaphora_role(self, doc, role: lexicon.Role, p_lo: int, memory: Memory, canon: set[str]) -> str | None:
        """The most recent speaker or mention compatible with a definite role ("the spokesman")."""
        key = role.key

        def fits(actor_id: str) -> bool:
            info = self.index.info.get(actor_id)
            if info is None:
                return False
            kind = info.actor.kind
            if key in ANAPHORIC_PERSON_ROLES or key in BODY_ROLE_MATCH:
                return key in info.roles and (info.person == (key in PERSON_ROLE_KEYS))
            if key == "NGO":
                return not info.person and kind == "ngo"
            if key == "MEDIA":
                return not info.person and kind == "media"
            if key == "ACTIVIST":
                return info.person and kind == "ngo"
            if key == "JOURNALIST":
                return info.person and kind == "media"
            if key == "EXPERT":
                return kind == "intergovernmental" and not info.person
            if key == "DOC":
                return not info.person and kind in ("ngo", "intergovernmental", "media")
            if key == "PERSON":
                return kind == "person"
            return False

        offset = doc.tokens[p_lo].start
        for _offset, speaker in reversed(memory.speakers):
            if _offset <= offset and speaker.actor and fits(speaker.actor):
                return speaker.actor
        for k in range(p_lo - 1, max(-1, p_lo - 400), -1):
            actor = doc.infos[k].actor
            if actor is not None and fits(actor):
                return actor
        return None

    def _unnamed(self, doc, text, start, end, role, canon, p_lo, p_hi, verb_gender) -> Speaker | None:
        """A speaker without an actor entry, described by role and place words."""
        kind = role.kind
        country = None
        for j in range(p_lo, p_hi):
            place = doc.infos[j].place
            if place is not None and place[1] is not None:
                country = place[1]
                break
        persons = [m for m in self._mentions(doc, p_lo, p_hi) if self.index.info[m[2]].person]
        if persons:  # "an aide to Kadyrov": the kind and country of the person served
            served = self.index.info[persons[0][2]].actor
            kind, country = served.kind if kind in (None, "government") else kind, country or served.country
        if kind is None:
            if "UN" in canon or "EU" in canon:
                kind = "intergovernmental"
            elif role.key == "COUNCIL":
                kind = "government"
            else:
                return None
        if country is None and kind == "government":
            country = "RU"
        organization = None
        if kind == "government":
            if role.key == "EMBASSY" or "EMBASSY" in canon:
                organization = f"{NATIONALITY.get(country or '', '')} embassy".strip()
            else:
                place_key = next((k for k in ("CHECHNYA", "GROZNY", "KREMLIN", "RUSSIA", "US", "GB", "DE", "FR", "CA")
                                  if k in canon), None)
                if place_key is None and country == "RU":
                    place_key = "RUSSIA"
                organization = GOVERNMENT_ORGS.get(place_key or "")
        description = re.sub(r"^(?:the|a|an|one)\s+", "", text, flags=re.IGNORECASE)
        gender = role.gender or (verb_gender if verb_gender in ("masc", "femn") else None)
        how = "unnamed-plural" if role.plural or role.body else "unnamed"
        return Speaker(text, start, end, None, description, organization, kind, country, gender,
                       not role.body, how)


RELATIVE = frozenset("who which whom whose that который которая которое которые которого".split())


def _as(speaker: Speaker, text: str, start: int, end: int, how: str) -> Speaker:
    """The same referent under a different surface form ("he")."""
    return Speaker(text, start, end, speaker.actor, speaker.name, speaker.organization, speaker.kind,
                   speaker.country, speaker.gender, speaker.person, how if speaker.actor else speaker.how)
