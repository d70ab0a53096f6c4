"""Actor mentions in text: aliases in every script and inflection, role and place words, pronouns.

:class:`ActorIndex` is built once from ``seeds/actors.toml``. It generates every inflected form of the Russian
aliases (pymorphy3 lexemes plus a surname rule), so annotating a text is one pass of dictionary look-ups, and it
turns each title ("Kadyrov's spokesman", "пресс-секретарь главы Чечни") and body name into a set of canonical
tokens, so a speaker phrase matches a title in any language, word order or case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from crawler.analysis import lexicon, morph
from crawler.analysis.segment import Token, tokenize
from crawler.seeds import Actor

ORG_WORDS = lexicon.words(
    """ministry office committee council court watch international group network gazeta department embassy
    service commission centre center assembly parliament government kremlin nations union mechanism
    agency experts rapporteurs authorities foreign affairs rights human sos europe amnesty memorial ilga
    odihr osce ohchr pace echr eeas prosecutor's"""
)
FEMALE_FIRST = lexicon.words(
    """maria tatyana tatiana tanya elena yelena irina ekaterina yekaterina kheda anna olga natalia natalya
    svetlana marina julia yulia zainab lyudmila valentina larisa alla ella michelle nikki rachel marie margot
    bärbel barbel"""
)
MALE_FIRST_A = lexicon.words("nikita ilya luca andrea foma kuzma savva")
FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|yna|aya|skaia|skaya|ая|ова|ева|ина|ына)$", re.IGNORECASE)
INDEFINITE = lexicon.words("a an one another some several two three many other один одна одно некий некая")
DEFINITE = lexicon.words("the this that these those its his her their этот эта это эти тот та")
PREPOSITIONS_EN = lexicon.words(
    """of for to with from about against at in on by like than toward towards into over under near among"""
)
PREPOSITIONS_RU = lexicon.words(
    """в во на с со к ко о об от у из за по при для до про через перед между над под"""
)
AGENT_PREPOSITIONS = frozenset({"by"})
POSSESSIVE = re.compile(r"['’]s?$")
# "press secretary", "press officer": a spokesman (lexicon.ROLE_PHRASES does the same for title strings)
PRESS_ROLES = frozenset(["secretary", "officer"])


@dataclass(frozen=True)
class ActorInfo:
    """An actor plus what resolution needs: person or body, gender, role keys and title token sets."""

    actor: Actor
    person: bool
    gender: str | None
    roles: frozenset[str]
    titles: tuple[frozenset[str], ...]


TOKEN_INFO_FIELDS = ("actor", "mention", "role", "place", "pronoun", "possessive", "extra")


class TokenInfo:
    """Annotations of one token: actor mention, role word, place word, pronoun."""

    __slots__ = TOKEN_INFO_FIELDS

    def __init__(self) -> None:
        self.actor: str | None = None
        self.mention = -1  # index of the mention (several tokens share one)
        self.role: lexicon.Role | None = None
        self.place: tuple[str, str | None] | None = None
        self.pronoun: str | None = None
        self.possessive = False
        self.extra: tuple[str, ...] = ()


class _Blank(TokenInfo):
    """The annotations of a token with none: one shared, read-only instance.

    Read-only as Python only: compiled code writes its attributes directly. The sources run on every gold passage
    in ``tests/test_native.py``, so a write would still fail a test.
    """

    __slots__ = ()

    def __init__(self) -> None:
        defaults = TokenInfo()
        for field in TOKEN_INFO_FIELDS:  # (a compiled class has no __slots__ to read)
            object.__setattr__(self, field, getattr(defaults, field))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("BLANK is shared by every token without annotations: set a new TokenInfo")


BLANK = _Blank()
UNSEEN = object()  # a word form not yet in ActorIndex._words
ANY_PRONOUNS = {**lexicon.EN_PRONOUNS, **lexicon.RU_PRONOUNS}


def _key(word: str) -> str:
    """Matching key of a word: lower case, ё -> е, possessive 's stripped."""
    return POSSESSIVE.sub("", word.lower().replace("ё", "е")) if len(word) > 2 else word.lower()


def _is_person(actor: Actor) -> bool:
    if actor.kind == "person":
        return True
    if actor.organization and actor.organization.strip().lower() == actor.name.strip().lower():
        return False  # an organisation speaks for itself
    words = actor.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip(".,") in ORG_WORDS for w in words)


def _gender(actor: Actor) -> str:
    first, last = actor.name.split()[0], actor.name.split()[-1]
    first_lower = first.lower()
    if first_lower in FEMALE_FIRST or FEMALE_SURNAME.search(last):
        return "femn"
    if first_lower.endswith(("a", "ia", "ya")) and first_lower not in MALE_FIRST_A:
        return "femn"  # Chrystia, Dunja, Federica, Angela
    return "masc"


class ActorIndex:
    """Alias look-up over tokens (inflection-aware for Russian) and title matching for role phrases."""

    def __init__(self, actors: Sequence[Actor]):
        self.actors = {a.id: a for a in actors}
        self.roles = lexicon.role_words()
        self.places = lexicon.place_words()
        self._words: dict[str, Any] = {}  # word form -> what it contributes (see _word)
        self._titled: dict[tuple[frozenset[str], str | None], tuple[str, int] | None] = {}  # see match_title
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
        # a title that is a bare role word ("the rapporteur") names its actor only as a last resort
        bare: dict[str, set[str]] = {}
        for actor in actors:
            person = persons[actor.id]
            sets = []
            strings = list(actor.titles)
            if not person:
                strings += [actor.name, *actor.aliases]
            for title in strings:
                canon = self.canon_string(title, keep_org_ids=False)
                if (
                    canon
                    and not canon <= PLACE_KEYS
                    and (len(canon) >= 2 or not canon <= ROLE_KEYS)
                    and not canon <= GENERIC_TITLE_KEYS  # "Российская ЛГБТ-сеть" read as "a Russian NGO"
                ):
                    sets.append(canon)
                elif (
                    len(canon) == 1
                    and canon <= ROLE_KEYS
                    and title in actor.titles
                    and len([w for w in title.lower().split() if w not in ("the", "a", "an")]) == 1
                ):
                    bare.setdefault(next(iter(canon)), set()).add(actor.id)
            roles = frozenset(k for s in sets for k in s if k in ROLE_KEYS)
            gender = _gender(actor) if person else None
            self.info[actor.id] = ActorInfo(actor, person, gender, roles, tuple(sets))
        self.bare_titles = {key: next(iter(ids)) for key, ids in bare.items() if len(ids) == 1}
        self.file_order = {actor_id: index for index, actor_id in enumerate(self.info)}
        # title sets by their rarest token: a phrase only needs checking against titles sharing it
        frequency: dict[str, int] = {}
        for info in self.info.values():
            for title_set in info.titles:
                for token in title_set:
                    frequency[token] = frequency.get(token, 0) + 1
        self.title_index: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for actor_id, info in self.info.items():
            for title_set in info.titles:
                rarest = min(title_set, key=lambda t: (frequency[t], t))
                self.title_index.setdefault(rarest, []).append((actor_id, title_set))
        # a holder listed with no titles of their own speaks for the office named as their organisation
        # ("Dunja Mijatović" -> the Council of Europe Commissioner for Human Rights)
        body_names = {
            a.name.lower(): a.id
            for a in actors
            if not persons[a.id] and a.kind in ("intergovernmental", "court")
        }
        self.office_of: dict[str, str] = {}
        for actor in actors:
            office = body_names.get((actor.organization or "").lower())
            if persons[actor.id] and not actor.titles and office and office != actor.id:
                self.office_of[actor.id] = office
        # the body a listed person works for ("Kheda Saratova ... The council said": her council)
        bodies: dict[str, str] = {}
        for actor in actors:
            if not persons[actor.id]:
                for key in (actor.name, actor.organization):
                    if key:
                        bodies.setdefault(key.lower(), actor.id)
        self.body_of: dict[str, str] = {
            actor.id: bodies[(actor.organization or "").lower()]
            for actor in actors
            if persons[actor.id] and (actor.organization or "").lower() in bodies
        }
        # the one foreign-affairs body per foreign country ("a British diplomat" -> the UK Foreign Office)
        self.foreign_ministry: dict[str, str] = {}
        for actor in actors:
            name = actor.name.lower()
            foreign = any(
                w in name
                for w in ("foreign", "state department", "department of state", "global affairs", "external")
            )
            if (
                actor.kind == "government"
                and actor.country not in (None, "RU")
                and not persons[actor.id]
                and foreign
            ):
                self.foreign_ministry.setdefault(actor.country, actor.id)

    @staticmethod
    def _alias_strings(actor: Actor, person: bool) -> Iterable[str]:
        seen = list(dict.fromkeys([actor.name, *actor.aliases]))  # file order: the same index every run
        yield from seen
        if person:
            for name in seen:
                words = name.split()
                if len(words) >= 2 and words[-1][:1].isupper():
                    yield words[-1]

    def _add_alias(self, alias: str, actor_id: str) -> None:
        words = tokenize(alias.removeprefix("@"))  # a social-media handle is matched with or without its "@"
        while words and words[0].lower in ("the", "a", "an"):
            words = words[1:]
        if not words:
            return
        keys, caps = [], []
        for token in words:
            word = _key(token.text)
            # an inflection of a word already indexed shares its key: "Кремля" (in "пресс-служба Кремля") and
            # "Кремль" are one key, so "в Кремле" matches both aliases whichever actors.toml lists first
            key = self.forms.get(word, word) if morph.is_cyrillic(word) else word
            keys.append(key)
            caps.append(token.text[:1].isupper() and token.is_word)
            if morph.is_cyrillic(word):
                for form in morph.inflections(word):
                    self.forms.setdefault(form, key)
                for form in morph.normal_forms(word):
                    self.lemmas.setdefault(form, key)
            self.forms.setdefault(word, key)
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

    def _word(self, token: Token) -> Any:
        """What a word form contributes, cached per form: (alias key, role, place, extra, possessive, lower,
        whether any of role to possessive is set); None for punctuation."""
        found: Any = None
        if token.is_word:
            key = self.token_key(token)
            lower = token.lower.replace("ё", "е")
            bare = POSSESSIVE.sub("", lower) if len(lower) > 3 else lower
            role = self.roles.get(lower) or self.roles.get(bare)
            if (
                role is None
                and "-" in bare
                and not bare.endswith("-general")
                and not bare.startswith(("pro-", "anti-", "про-", "анти-"))  # "pro-government": a leaning
            ):
                # "Telegram-каналы", "ЛГБТ-активисты", "23-year-old"; a "Secretary-General" holds no military rank
                role = self.roles.get(bare.rsplit("-", 1)[1])
                if bare.endswith("-year-old") or bare.endswith("летний") or bare.endswith("летняя"):
                    role = self.roles.get("person")
            place = self.places.get(lower) or self.places.get(bare)
            if place is None and bare.endswith("-based"):  # "a Toronto-based charity"
                place = self.places.get(bare[: -len("-based")])
            if token.text in ("US", "USA"):  # not the pronoun "us"
                place = ("US", "US")
            extra, possessive = lexicon.EXPANSIONS.get(lower, ()), bare != lower
            notable = role is not None or place is not None or bool(extra) or possessive
            found = (key, role, place, extra, possessive, lower, notable)
        if len(self._words) < 200_000:
            self._words[token.text] = found
        return found

    def annotate(self, tokens: Sequence[Token], lang: str | None = None) -> list[TokenInfo]:
        """Per-token annotations: actor mentions (longest alias wins), roles, places, pronouns."""
        n_tokens = len(tokens)
        infos: list[TokenInfo] = [BLANK] * n_tokens  # a token with nothing to note shares BLANK
        cached = self._words.get  # most forms were seen before: one look-up, no call
        data: list[Any] = [
            d if (d := cached(t.text, UNSEEN)) is not UNSEEN else self._word(t) for t in tokens
        ]
        keys: list[Any] = [
            d[0] if d is not None else (t.text if t.text in ".-&," else None)
            for d, t in zip(data, tokens, strict=True)
        ]
        pronouns = lexicon.RU_PRONOUNS if lang == "ru" else ANY_PRONOUNS
        aliases = self.aliases
        mention = 0
        after = 0  # the end of the last mention: mentions do not overlap
        # a surname alone is the person last named in full with it: "Svetlana Zakharova ... Zakharova said" is
        # not the foreign ministry's Maria Zakharova
        named_in_full: dict[str, str] = {}
        for i in [i for i, key in enumerate(keys) if key in aliases]:
            if i < after:
                continue
            for alias_keys, caps, actor_id in aliases[keys[i]]:
                n = len(alias_keys)
                if i + n > n_tokens:
                    continue
                if all(keys[i + j] == alias_keys[j] for j in range(n)) and (
                    not caps[0] or tokens[i].text[:1].isupper()
                ):
                    known = self.info.get(actor_id)  # (None while the index is being built)
                    if known is not None and known.person:
                        if n > 1:
                            named_in_full[alias_keys[-1]] = actor_id
                        else:
                            actor_id = named_in_full.get(alias_keys[0], actor_id)
                    for j in range(i, i + n):
                        info = infos[j] = TokenInfo()
                        info.actor = actor_id
                        info.mention = mention
                    last = tokens[i + n - 1].text
                    infos[i + n - 1].possessive = bool(POSSESSIVE.search(last) and len(last) > 2) or (
                        i + n < n_tokens and tokens[i + n].text in ("'", "’")
                    )
                    mention += 1
                    after = i + n
                    break
        # the tokens with something to note (pronouns has no None values)
        for k in [k for k, d in enumerate(data) if d is not None and (d[6] or d[5] in pronouns)]:
            _key_, role, place, extra, possessive, lower, _notable = data[k]
            pronoun = pronouns.get(lower)
            info = infos[k]
            if info is BLANK:
                info = infos[k] = TokenInfo()  # (a mention's tokens have their own already)
            if role is not None:
                if k and lower in PRESS_ROLES and tokens[k - 1].text.lower() == "press":
                    role = self.roles.get("spokesman", role)  # "press secretary": a spokesman, not a minister
                if lower == "друг" and _reciprocal(tokens, k):
                    role = None  # "независимо друг от друга": "each other", no friend
                info.role = role
            if place is not None:
                info.place = place
            if pronoun is not None:
                info.pronoun = pronoun
            if extra:
                info.extra = extra
            if possessive and info.actor is None:
                info.possessive = True
        return infos

    def canon_tokens(
        self, tokens: Sequence[Token], infos: Sequence[TokenInfo], keep_org_ids: bool
    ) -> set[str]:
        """Canonical token set of a phrase: person actors as "@id", role/place keys, other content lemmas."""
        result: set[str] = set()
        previous = ""
        for token, info in zip(tokens, infos, strict=True):
            if not token.is_word:
                continue
            lower = token.lower
            human = (lower.startswith("человек") and previous[:4] == "прав") or lower == "human"
            previous = lower
            if human:
                result.add("HUMAN")  # "по правам человека" = human rights, not a person
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
                word = (
                    morph.lemma(POSSESSIVE.sub("", token.lower))
                    if morph.is_cyrillic(token.lower)
                    else (POSSESSIVE.sub("", token.lower))
                )
                if word in lexicon.STOPWORDS:
                    continue
                topic = lexicon.TOPIC_WORDS_IN_TITLES.get(word)
                if topic:
                    result.add(topic)
                elif len(word) > 2:
                    plural = word.endswith("s") and not word.endswith("ss") and len(word) > 4
                    result.add(word[:-1] if plural else word)
        return result

    def canon_string(self, text: str, keep_org_ids: bool = False) -> frozenset[str]:
        lowered = text
        for phrase, replacement in lexicon.ROLE_PHRASES.items():
            lowered = re.sub(rf"(?i)\b{re.escape(phrase)}\b", replacement, lowered)
        tokens = tokenize(lowered)
        infos = self.annotate(tokens)
        return frozenset(self.canon_tokens(tokens, infos, keep_org_ids))

    def match_title(self, canon: set[str], head: str | None) -> tuple[str, int] | None:
        """The actor whose title (or organisation name) token set is contained in ``canon``, best first.

        Cached: the same role phrases come back article after article.
        """
        key = (frozenset(canon), head)
        if key in self._titled:
            return self._titled[key]
        found = self._match_title(key[0], head)
        if len(self._titled) < 100_000:
            self._titled[key] = found
        return found

    def _match_title(self, canon: frozenset[str], head: str | None) -> tuple[str, int] | None:
        best: tuple[int, int, str] | None = None
        candidates = {entry for token in canon for entry in self.title_index.get(token, ())}
        # Ties go to the actor listed first in actors.toml (self.info keeps file order): the same text always
        # resolves to the same actor, whatever the hash seed of the process.
        order = self.file_order
        # the countries the phrase names: "глава МИД Литвы" is no title of Russia's foreign minister
        named = {FOREIGN_PLACE_KEYS[token] for token in canon if token in FOREIGN_PLACE_KEYS}
        for actor_id, title in sorted(candidates, key=lambda entry: (order[entry[0]], sorted(entry[1]))):
            country = self.info[actor_id].actor.country
            if named and country not in named and not any(token in FOREIGN_PLACE_KEYS for token in title):
                continue
            if head == "LEADER" and (canon & HEADED_KEYS) - title:
                continue  # "the head of the Russian delegation" heads the delegation, not Russia
            if title <= canon:
                score = len(title) + (2 if head and head in title else 0)
                score += sum(1 for key in title if key in BODY_KEYS)  # "head of the ... council"
                # prefer a person for a person-role head, a body for a body head
                fit = 1 if head and (head in PERSON_ROLE_KEYS) == self.info[actor_id].person else 0
                if best is None or (score, fit) > best[:2]:
                    best = (score, fit, actor_id)
        if best is None and head in BODY_KEYS:
            # no title fits whole: the body whose name shares most words with the phrase ("Совет при главе
            # Чеченской Республики" = the Council under the Head of the Chechen Republic for ... Human Rights)
            scored = sorted(
                (
                    (len(title & canon), actor_id)
                    for actor_id, info in self.info.items()
                    if not info.person
                    for title in info.titles
                    if head in title and len(title & canon) >= 3
                ),
                reverse=True,
            )
            if scored and (len(scored) == 1 or scored[0][0] > scored[1][0] or scored[0][1] == scored[1][1]):
                return scored[0][1], scored[0][0]
        if best is None:
            return None
        return best[2], best[0]


FOREIGN_SERVICE_ROLES = frozenset(
    ["DIPLOMAT", "SPOKES", "OFFICIAL", "REPRESENTATIVE", "MINISTRY", "AUTHORITIES"]
)
BODY_KEYS = lexicon.words(
    """AGENCY MINISTRY POLICE EMBASSY OFFICE COMMITTEE COUNCIL COURT PARLIAMENT NGO MEDIA"""
)
# what a "head of ..." may head besides a country ("head of the Russian delegation", "глава МВД Чечни")
HEADED_KEYS = BODY_KEYS | frozenset(["REPRESENTATIVE"])
COUNTRY_KEYS = frozenset(["RUSSIA", "US", "GB", "DE", "FR", "CA"])
LOCAL_PLACES = frozenset(["CHECHNYA", "GROZNY", "REGION"])  # the republic's own places, not a state
# a name reduced to these keys says only "a Russian group": it names no organisation in particular
GENERIC_TITLE_KEYS = COUNTRY_KEYS | {"NGO", "MEDIA", "AUTHORITIES"}
PLACE_KEYS = lexicon.words("CHECHNYA GROZNY RUSSIA KREMLIN US GB DE FR CA UN EU")
# place keys of countries other than Russia (a Russian actor's bare title must not take a phrase naming one)
FOREIGN_PLACE_KEYS = {
    key: country for key, country in set(lexicon.place_words().values()) if country not in (None, "RU")
}
PERSON_ROLE_KEYS = lexicon.words(
    """SPOKES REPRESENTATIVE OFFICIAL LEADER MAYOR PRESIDENT MINISTER OMBUDSMAN SPEAKER DEPUTY PROSECUTOR
    INVESTIGATOR DIPLOMAT EXPERT ACTIVIST JOURNALIST PERSON LAWYER JUDGE INTERLOCUTOR RANK"""
)
ROLE_KEYS = PERSON_ROLE_KEYS | BODY_KEYS | frozenset(["AUTHORITIES", "DOC"])


def _reciprocal(tokens: Sequence[Token], k: int) -> bool:
    """Is "друг" at ``k`` the reciprocal pronoun ("друг друга", "друг от друга", "друг с другом")?"""
    following = [tokens[j].text.lower() for j in range(k + 1, min(k + 3, len(tokens)))]
    return any(word.startswith("друг") for word in following)
