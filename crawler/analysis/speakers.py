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


def _gender(actor: Actor) -> str | None:
    first, last = actor.name.split()[0], actor.name.split()[-1]
    if first.lower() in FEMALE_FIRST or FEMALE_SURNAME.search(last):
        return "femn"
    for alias in actor.aliases:
        if morph.is_cyrillic(alias) and len(alias.split()) >= 2:
            return morph.gender(alias.split()[0]) or "masc"
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
            token = tokens[i]
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
                        infos[i + n - 1].possessive = bool(
                            POSSESSIVE.search(tokens[i + n - 1].text) and len(tokens[i + n - 1].text) > 2
                        ) or (i + n < len(tokens) and tokens[i + n].text in ("'", "’"))
                        mention += 1
                        break
            if token.is_word:
                lower = token.lower.replace("ё", "е")
                bare = POSSESSIVE.sub("", lower) if len(lower) > 3 else lower
                role = self.roles.get(lower) or self.roles.get(bare)
                if role is not None and not (token.is_cap and morph.is_cyrillic(lower) and role.key == "PERSON"):
                    infos[i].role = role
                place = self.places.get(lower) or self.places.get(bare)
                if place is not None:
                    infos[i].place = place
                if lower in pronouns:
                    infos[i].pronoun = pronouns[lower]
                if lower in lexicon.EXPANSIONS:
                    infos[i].extra = lexicon.EXPANSIONS[lower]
                if not infos[i].possessive and bare != lower:
                    infos[i].possessive = True
            i += max(matched, 1)
        return infos

    def canon_tokens(self, tokens: Sequence[Token], infos: Sequence[TokenInfo], keep_org_ids: bool) -> set[str]:
        """Canonical token set of a phrase: person actors as "@id", role/place keys, other content lemmas."""
        result: set[str] = set()
        for token, info in zip(tokens, infos, strict=True):
            if not token.is_word:
                continue
            if info.actor is not None:
                actor_info = self.info.get(info.actor)
                if actor_info is None or actor_info.person:
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
     "AUTHORITIES", "EMBASSY", "OFFICE", "COMMITTEE", "COUNCIL", "COURT", "PARLIAMENT", "NGO", "MEDIA", "DOC"}
)
PERSON_ROLE_KEYS = frozenset(
    {"SPOKES", "REPRESENTATIVE", "OFFICIAL", "LEADER", "PRESIDENT", "MINISTER", "OMBUDSMAN", "SPEAKER", "DEPUTY",
     "PROSECUTOR", "INVESTIGATOR", "DIPLOMAT", "EXPERT", "ACTIVIST", "JOURNALIST", "PERSON"}
)
