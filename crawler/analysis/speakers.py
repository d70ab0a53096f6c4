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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from crawler.analysis import lexicon, morph
from crawler.analysis.doc import Doc
from crawler.analysis.mentions import (
    AGENT_PREPOSITIONS,
    BODY_KEYS,
    COUNTRY_KEYS,
    FOREIGN_PLACE_KEYS,
    FOREIGN_SERVICE_ROLES,
    INDEFINITE,
    LOCAL_PLACES,
    PERSON_ROLE_KEYS,
    PLACE_KEYS,
    PREPOSITIONS_EN,
    PREPOSITIONS_RU,
    ROLE_KEYS,
    ActorIndex,
    ActorInfo,
)
from crawler.analysis.quotes import (
    ASSEMBLY_ASIDE_PATTERN,
    GROUP_ASIDE_PATTERN,
    OFFICIAL,
    US_MEMBER_TITLES,
    without_setting_after,
)
from crawler.analysis.segment import QUOTE_CHARS
from crawler.seeds import OFFICIAL_KINDS

LEADING_ARTICLE = re.compile(r"^(?:the|a|an|one)\s+", re.IGNORECASE)
ARTICLE = re.compile(r"^(?:the|a|an)\s+")  # (lower case only: "A former officer" keeps its capital "A")


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
    roles: frozenset[str] = frozenset()

    @property
    def official(self) -> bool:
        return self.kind in OFFICIAL_KINDS


POSSESSED_SAYINGS = lexicon.words(
    "view opinion claim claims statement statements assertion insistence denial denials contention argument"
)
GROUP_MEMBER_WORDS = lexicon.words("member members delegate delegates participant staffer")
SUBJECT_PRONOUNS_RU = frozenset(["он", "она", "они"])
OBLIQUE_PRONOUNS = {
    "его": "masc",
    "ее": "femn",
    "её": "femn",
    "их": "plur",
    "him": "masc",
    "her": "femn",
    "them": "plur",
}
LOCATIVE = frozenset(["в", "во", "at", "in", "from", "из"])
PREPOSITIONS = PREPOSITIONS_RU | PREPOSITIONS_EN
WORKPLACE_KEYS = frozenset(["OFFICE", "MINISTRY", "EMBASSY", "AGENCY", "COMMITTEE", "PARLIAMENT"])
PARLIAMENT_NAME = re.compile(
    r"parliament|duma|assembly|congress|senate|парламент|дума|ассамбле", re.IGNORECASE
)
# a state's diplomatic mission abroad speaks for its foreign ministry (an embassy with an entry of its own aside)
DIPLOMATIC_MISSION_WORDS = lexicon.words(
    """mission missions delegation delegations envoy envoys ambassador permanent постпредство постпредства
    постпредстве постпред постпреда делегация делегации делегацией постоянный diplomat diplomats дипломат дипломата
    дипломаты дипломатов"""
)
# capitalised words at a sentence's start that are nobody's name ("Everyone tells us to file complaints")
NOT_NAMES_EN = lexicon.words(
    "nobody everybody everyone someone somebody anyone anybody none nothing many few some most others all both "
    "each neither either several later then meanwhile"
)
ENGLISH_PLURAL = re.compile(r"[^aeiouy]s$")
REPRESENTATIVE_WORDS = lexicon.words("representative представитель представителя")
RUSSIAN_MFA = "russian-mfa"
ECHR = "echr"
RUSSIAN_SERVICE_OF_ROLE = {
    "INVESTIGATOR": "investigative-committee",
    "PROSECUTOR": "prosecutor-general",
    "POLICE": "chechen-interior-ministry",
}
# a person's staff named as a group ("Kadyrov's people"): they speak as what the person is
ENTOURAGE_WORDS = lexicon.words("people team men entourage circle окружение люди команда")
# a debate in the UK House of Commons: its unnamed ministers and members are British
UK_PARTIES = lexicon.UK_PARTIES
UK_PARLIAMENT = re.compile(
    rf"\bhon\. (?:Gentleman|Lady|Friend|Member)\b|\bthis House\b|\bHouse of (?:Commons|Lords)\b|"
    rf"\((?:{UK_PARTIES})\)|\bMy Lords\b|\bnoble (?:Lord|Baroness|Lady|Earl|Viscount)\b"
)
UK_PARLIAMENT_HINTS = (
    "hon. ",
    "House",
    "(Lab",
    "(Con)",
    "(SNP)",
    "(LD)",
    "(Lib Dem)",
    "(DUP)",
    "Lords",
    "noble ",
)


def _without_outlet_before(doc: Doc, lo: int, hi: int) -> int:
    """Russian, before the verb: leave out the news outlet the words were given to ("В ведомстве «Кавказскому
    узлу» заявили": the agency spoke, to Caucasian Knot)."""
    for k in range(lo + 1, hi):
        if doc.infos[k].actor in doc.media_actors and doc.infos[k - 1].mention != doc.infos[k].mention:
            end = _outlet_end(doc, k, hi)
            if end < hi - 1 or not doc.tokens[end - 1].is_word and end - 2 < k:
                continue
            last = doc.tokens[end - 1] if doc.tokens[end - 1].is_word else doc.tokens[end - 2]
            cases = morph.cases(last.text)
            if cases and cases <= {"datv"}:
                return k - 1 if doc.tokens[k - 1].text in QUOTE_CHARS else k
    return hi


# where words were said: "в интервью", "в беседе с журналистами", "на брифинге", "в своем телеграм-канале"
SPEAKING_SETTINGS_RU = (
    "интервью", "беседе", "эфире", "ходе", "брифинг", "пресс-конференци", "разговоре", "телеграм", "соцсет",
    "заседании", "встрече", "выступлении", "программе", "передаче", "колонке", "блоге", "комментари", "свое", "своём",
    "своем",
)  # fmt: skip
BROADCAST_SETTINGS_RU = (
    "ответ",
    "решени",
    "постановлени",
    "эфир",
    "интервью",
    "программ",
    "передач",
    "студи",
    "выпуск",
    "сюжет",
    "трансляци",
)


def _without_setting_before(doc: Doc, lo: int, hi: int) -> int:
    """Russian, before the verb: the start of the subject after a broadcast setting that names an outlet ("В
    вечернем эфире телеканала «Грозный» глава республики рассказал": the head of the republic, not the channel)."""
    opens_with_preposition = bool({doc.word(lo), doc.word(lo - 1)} & {"в", "во", "на"})
    setting = any(doc.word(k).startswith(BROADCAST_SETTINGS_RU) for k in range(lo, min(hi, lo + 3)))
    if (
        opens_with_preposition
        and doc.word(hi - 2) == "глава"
        and "gent" in morph.cases(doc.tokens[hi - 1].text)
    ):
        # "На встрече в Кремле глава Чечни заверил ...": the head of Chechnya, met in the Kremlin
        return hi - 2
    if not (opens_with_preposition and setting):
        return lo
    for k in range(lo + 1, hi):
        role, actor = doc.infos[k].role, doc.infos[k].actor
        if actor is not None or (role is not None and role.key == "MEDIA"):
            # past the name ("В ответе на вопросы ЕСПЧ Министерство юстиции России указало": the court's)
            end = k + 1
            while end < hi and actor is not None and doc.infos[end].actor == actor:
                end += 1
            if end < hi and (doc.tokens[end].text in QUOTE_CHARS or doc.in_quote(end)):
                # "телеканала «Грозный»", "по делу «Лапунов против России»": past the closing mark
                after_opening = end + 1 if doc.tokens[end].text in QUOTE_CHARS else end
                end = next(
                    (j + 1 for j in range(after_opening, hi) if doc.tokens[j].text in QUOTE_CHARS), end
                )
            return end if end < hi and any(doc.tokens[j].is_word for j in range(end, hi)) else lo
    return lo


def _oblique_only(doc: Doc, k: int) -> bool:
    """Is the Russian name at token ``k`` (and the words of its mention before it) in an oblique case only ("с
    Ириной Гордиенко": "Ириной" cannot be a subject), never a subject?"""
    j = k
    while (
        j >= 0 and doc.infos[j].actor == doc.infos[k].actor and doc.infos[j].mention == doc.infos[k].mention
    ):
        found = morph.cases(doc.tokens[j].text)
        if found and "nomn" not in found and "fixd" not in found:
            return True
        j -= 1
    return False


# "who co-wrote the piece with her colleague Irina Gordienko": a name after a preposition is no subject
PREPOSITION_BEFORE_EN = re.compile(
    r"\b(?:with|by|to|from|for|against|alongside|about|than)\s+"
    r"(?:(?:her|his|their|the|a|fellow|colleague|co-author|reporter|journalist|friend)\s+){0,3}$",
    re.IGNORECASE,
)


# "survivors who had testified before the Parliamentary Assembly": a body someone appeared before
APPEARED_BEFORE = re.compile(r"\bbefore\s+(?:the\s+)?$")
PERSONAL_POSSESSIVES = frozenset(["his", "her", "его", "её", "ее"])


def _mention_start(doc: Doc, k: int) -> int:
    """The character offset where the actor mention holding token ``k`` starts."""
    j = k
    while (
        j > 0
        and doc.infos[j - 1].actor == doc.infos[k].actor
        and doc.infos[j - 1].mention == doc.infos[k].mention
    ):
        j -= 1
    return doc.tokens[j].start


def _after_preposition_en(doc: Doc, k: int) -> bool:
    """Is the English name at token ``k`` the object of a preposition ("with her colleague Irina Gordienko")?"""
    start = _mention_start(doc, k)
    return bool(PREPOSITION_BEFORE_EN.search(doc.text, max(0, start - 60), start))


def _before_the_body(doc: Doc, k: int) -> bool:
    """Is the body mentioned at token ``k`` one someone appeared "before" (English)?"""
    start = _mention_start(doc, k)
    return bool(APPEARED_BEFORE.search(doc.text, max(0, start - 20), start))


def _unnamed_speaker(
    text: str, start: int, end: int, kind: str, country: str | None, person: bool, roles: frozenset[str]
) -> Speaker:
    """A speaker no actor entry names, described by its words without a leading article."""
    return Speaker(
        text, start, end, None, ARTICLE.sub("", text), None, kind, country, None, person, "unnamed", roles
    )


PACE = "pace"


def _handle(doc: Doc, lo: int, hi: int) -> Speaker | None:
    """A post's unlisted author named by a handle alone ("@voice_of_grozny: ..."): someone, kind unknown, taken
    as a private person."""
    if hi - lo != 2 or doc.tokens[lo].text != "@" or not doc.tokens[lo + 1].is_word:
        return None
    start, end = doc.tokens[lo].start, doc.tokens[lo + 1].end
    return _unnamed_speaker(doc.text[start:end], start, end, "person", None, True, frozenset())


def _foreign_owner(doc: Doc, head: int, p_lo: int) -> str | None:
    """The state (ISO code, or "" when unknown) whose diplomat or embassy the head at ``head`` is, when it is not
    Russia: "Посол Великобритании" (the country in the genitive after the head), "the British ambassador",
    "Iceland's ambassador" (a possessor before it); None for Russia's or when none is named."""
    if doc.lang == "ru":
        place = doc.infos[head + 1].place if head + 1 < len(doc.tokens) else None
        if place is not None and place[1] not in (None, "RU") and doc.tokens[head + 1].is_cap:
            return place[1]
        return None
    k = head - 1
    while k >= p_lo and doc.word(k) in ("the", "a", "an", "new", "former", "deputy"):
        k -= 1
    if k < p_lo or not doc.tokens[k].is_cap:
        return None
    place = doc.infos[k].place
    if place is not None:
        return place[1] if place[1] not in (None, "RU") else None
    if (
        doc.infos[k].possessive
        and not doc.infos[k].actor
        and doc.word(k).rstrip("'’s") not in ("russia", "moscow")
    ):
        return ""  # "Iceland's ambassador": a state the lexicon does not list
    return None


def _setting_abroad(doc: Doc, p_lo: int) -> str | None:
    """The foreign state (ISO code) the sentence names before the speaker phrase starting at token ``p_lo``, with
    no Russian place after it ("At a reception in Paris city hall ..., deputy mayor Claire Besson said"); else
    None."""
    s_lo = doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[p_lo].start))[0]
    for k in range(p_lo - 1, s_lo - 1, -1):
        place = doc.infos[k].place
        if place is None or not doc.tokens[k].is_cap:
            continue
        if place[1] in (None, "RU"):
            return None
        return place[1]
    return None


# legislatures: a member, chair or minister speaking in one where the text names it before them
LEGISLATURES = (
    ("DE", r"bundestag\w*|бундестаг\w*"),
    (
        "US",
        r"(?:us |u\.s\. )?congress(?:ional)?\b|\bsenate\b|house of representatives|capitol hill|"
        r"tom lantos|helsinki commission|\brep\.\s|house members?|congress(?:wo)?man|конгресс\w* сша|сенат\w* сша|палат\w+ представителей",
    ),
    (
        "GB",
        r"house of commons|house of lords|westminster|commons\b|(?<!russian )(?<!chechen )(?<!duma )\bMPs\b|палат\w+ (?:общин|лордов)",
    ),
    ("FR", r"assemblée nationale|french national assembly|национальн\w+ собрани\w+ франци\w*"),
    ("CA", r"parliament hill|house of commons of canada|question period|canadian parliament"),
    (
        "RU",
        r"state duma|\bduma\b|federation council|госдум\w*|государственн\w+ дум\w*|совет\w* федерации|"
        r"парламент\w* чечни|парламент\w* чеченской",
    ),
)
LEGISLATURE = re.compile("|".join(f"(?P<{code}>{pattern})" for code, pattern in LEGISLATURES), re.IGNORECASE)
LEGISLATURE_BEFORE_CHARS = 600
# a state's body that is not its foreign service ("the Treasury said")
OTHER_MINISTRIES = lexicon.words("treasury")
POSSESSIVE_DETERMINERS = lexicon.words("her his their its его её ее их")
LEGISLATOR_TITLE = re.compile(
    r"\b(?:MPs?|[Cc]hair(?:man|woman|person)?|Representatives?|Senators?|Congress(?:man|woman)|"
    r"[Ll]awmakers?|[Ll]egislators?|House members?|[Mm]embers? of (?:Congress|Parliament)|Bundestag deputy)\b|"
    r"\bRep\.(?=\s)"
)
LEGISLATIVE_ROLES = frozenset(["DEPUTY", "SPEAKER", "COMMITTEE", "PARLIAMENT", "MINISTER"])


def _legislature_before(doc: Doc, p_lo: int) -> str | None:
    """The country (ISO code) of the legislature the text names last before the speaker phrase at token ``p_lo``
    ("At a session of the Bundestag's human rights committee ... The committee chairman said"); else None."""
    start = doc.tokens[p_lo].start
    code = None
    for match in LEGISLATURE.finditer(doc.text, max(0, start - LEGISLATURE_BEFORE_CHARS), start):
        code = match.lastgroup
    return code


def _titled_name(written: str, name: str) -> bool:
    """Is ``written`` a title and full name ending in ``name`` ("Secretary of State Mike Pompeo" for "Pompeo"; not
    "A group of House members led by Representative Mike Quigley")?"""
    if not written.endswith(" " + name):
        return False
    return all(word[:1].isupper() or word in ("of", "for", "the") for word in written[: -len(name)].split())


def _body_named_with_state_before(doc: Doc, p_lo: int, p_hi: int) -> str | None:
    """The foreign state (ISO code) named right before an earlier mention of the same body word ("The US Treasury
    ... the Treasury said"), else None."""
    body = next((j for j in range(p_hi - 1, p_lo - 1, -1) if (role := doc.infos[j].role) and role.body), None)
    if body is None:
        return None
    word = doc.word(body)
    for k in range(p_lo - 1, 1, -1):
        if doc.word(k) != word:
            continue
        for j in (k - 1, k - 2):
            place = doc.infos[j].place
            if place is not None and place[1] not in (None, "RU"):
                return place[1]
        return None
    return None


def _legislator_abroad(doc: Doc, speaker: Speaker) -> Speaker:
    """An unlisted legislator ("Committee chair Tom Tugendhat", "A group of House members") in a legislature abroad
    the text has named ("In a letter to the Foreign Affairs Committee ... MPs") is of that state, not Russian."""
    if (
        speaker.actor is not None
        or speaker.country != "RU"
        or speaker.kind not in ("person", "government", "ngo")
        or LEGISLATOR_TITLE.search(speaker.text) is None
        or any(doc.infos[k].place is not None for k in _token_range(doc, speaker))
    ):
        return speaker
    sentence_end = doc.layout.sentences[doc.layout.sentence_of(speaker.start)][1]
    code = _legislature_before(doc, doc.layout.token_at(max(speaker.end, sentence_end - 1)))
    if code in (None, "RU"):
        return speaker
    return replace(speaker, kind="government", country=code, organization=None)


def _token_range(doc: Doc, speaker: Speaker) -> range:
    return range(doc.layout.token_at(speaker.start), doc.layout.token_at(speaker.end - 1) + 1)


def _dateline_abroad(doc: Doc) -> str | None:
    """The foreign state (ISO code) of the city in the text's wire dateline ("OTTAWA -", "BERLIN (dpa) -"), where
    an unnamed official of the story speaks from; else None."""
    end = _after_dateline(doc, 0, min(len(doc.tokens), 12))
    for k in range(end):
        place = doc.infos[k].place
        if place is not None:
            return place[1] if place[1] != "RU" else None
    return None


def _chamber_member(doc: Doc, speaker: Speaker, label_end: int) -> Speaker:
    """An unlisted person's transcript label as a member of a chamber: "Бурлаков С. Г., фракция ЛДПР." (the
    State Duma), "Lord Penrith: My Lords, ..." (the UK Parliament), "Marta Lindqvist (Verts/ALE). – ..." (the
    European Parliament, whose members speak as members, not for it)."""
    if DUMA_FACTION_ASIDE.match(doc.text, label_end) or RUSSIAN_DELEGATE_ASIDE.match(doc.text, label_end):
        return replace(speaker, kind="government", country="RU")
    if doc.lang != "ru" and US_MEMBER_LABEL.fullmatch(speaker.text):
        return replace(speaker, kind="government", country="US")  # "Senator CARDIN. ...": a hearing's record
    if doc.lang != "ru" and HONORIFIC.match(speaker.text) and _in_uk_parliament(doc.text):
        return replace(speaker, kind="government", country="GB")
    if EP_GROUP_ASIDE.match(doc.text, label_end):
        return replace(speaker, kind="intergovernmental", country=None, organization="European Parliament")
    if ASSEMBLY_ASIDE.match(doc.text, label_end):
        organization = "Parliamentary Assembly of the Council of Europe"
        return replace(speaker, kind="intergovernmental", country=None, organization=organization)
    return speaker


@lru_cache(maxsize=16)
def _in_uk_parliament(text: str) -> bool:
    """Is ``text`` a debate in the UK House of Commons (one check per text: its words are rare)?"""
    return any(hint in text for hint in UK_PARLIAMENT_HINTS) and UK_PARLIAMENT.search(text) is not None


UK_PARTY_ASIDE = re.compile(rf"\s*(?:\([^()\n]{{2,40}}\)\s*)?\((?:{UK_PARTIES}|Green|PC|Ind)\)")
# "Marta Lindqvist (Verts/ALE). – Madam President, ...": a member of the European Parliament, by political group
EP_GROUPS = lexicon.EP_GROUPS
EP_GROUP_ASIDE = re.compile(rf"\s*\((?:{EP_GROUPS})\)\s*\.?\s*[–—-]|{GROUP_ASIDE_PATTERN}")
# "Ms Anne LINDQVIST (Sweden, SOC), rapporteur. – ...": a member of the Council of Europe's Parliamentary Assembly
ASSEMBLY_ASIDE = re.compile(ASSEMBLY_ASIDE_PATTERN)
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Earl|Viscount)\.?\s+[A-Z]")
# a member of the US Congress in a hearing's record ("Chairman WICKER.", "Senator CARDIN.", "Co-Chairman SMITH.")
US_MEMBER_LABEL = re.compile(rf"(?:{US_MEMBER_TITLES})\s+[A-Z][A-Z'’-]+")
# "Mr Igor BORISOV (Russian Federation): ...": a member of Russia's delegation to an assembly speaks its line
RUSSIAN_DELEGATE_ASIDE = re.compile(r"\s*\((?:Russian Federation|Russia)\b[^()\n]{0,20}\)")
# "Бурлаков С. Г., фракция ЛДПР.": a State Duma member in the chamber's transcript
DUMA_FACTION_ASIDE = re.compile(r",\s*фракци[яи]\b")
# words that make a "leader" a community's, not an official ("religious leaders", "духовные лидеры")
COMMUNITY_WORDS = lexicon.words(
    "religious spiritual community village clan tribal elders религиозные духовные старейшины общины тейпов"
)
# definite role words that may name an office holder by a title said before ("the Council of Europe's
# commissioner ... The commissioner said")
TITLE_ANAPHORA_KEYS = frozenset(["OMBUDSMAN", "EXPERT", "SPOKES", "REPRESENTATIVE", "MINISTER", "PROSECUTOR"])
MEDIA_CHANNEL_WORDS = lexicon.words("channel blog телеграм-канал канал блог паблик")
# an organisation's staff, unnamed ("a coordinator told us", "координатор рассказал")
NGO_STAFF_WORDS = lexicon.words(
    "coordinator caseworker volunteer researcher координатор координаторка волонтер волонтёр сотрудник сотрудница"
)
# words that tie a lawyer to a rights group ("human rights lawyers", "правозащитный юрист")
RIGHTS_GROUP_WORDS = lexicon.words("rights правозащитный правозащитник")
RUNS = lexicon.words("runs ran heads headed leads led founded directs coordinates works worked volunteers")
SEGMENT_SKIP_EN = frozenset(
    [
        "speaking",
        "asked",
        "responding",
        "writing",
        "talking",
        "quoted",
        "interviewed",
        "contacted",
        "reached",
        "cited",
        # "Forwarding Kadyrov's post, the channel Readovka added": a post shared, not its author speaking
        "forwarding",
        "reposting",
        "retweeting",
        "sharing",
        "quoting",
    ]
)
POSTURE_PARTICIPLES = lexicon.words("seated sitting standing flanked surrounded accompanied")
TIME_ASIDE_EN = lexicon.words("after following before during amid")
SUBORDINATORS_EN = lexicon.words("when after before while although though because since once until whereas")


def _before_posture(doc: Doc, lo: int, hi: int) -> int:
    """Where the subject ends before a posture participle ("a young man seated beside his father said": who sits
    beside him is no subject; not "In June 2017, standing beside Putin at Versailles, Emmanuel Macron said", an
    aside after a comma)."""
    return next(
        (k for k in range(lo + 1, hi) if doc.word(k) in POSTURE_PARTICIPLES and doc.tokens[k - 1].is_word), hi
    )


def _after_case_title(doc: Doc, lo: int, hi: int) -> int:
    """Where the subject starts after a case's title ("По делу «Лапунов против России» Европейский суд ...
    постановил": the applicant named in the title is no speaker)."""
    for k in range(lo, hi - 2):
        if doc.word(k) in ("делу", "деле") and doc.tokens[k + 1].text == "«":
            close = next((m for m in range(k + 2, hi) if doc.tokens[m].text == "»"), None)
            if close is not None and close + 1 < hi:
                return close + 1
    return lo


def _before_joined_verb_ru(doc: Doc, lo: int, hi: int) -> int:
    """Where the subject ends before an earlier verb joined to the speech verb by "и" ("Канал «Царьград» переслал
    пост Кадырова и добавил": the channel speaks, not the one whose post it shared)."""
    if hi - lo < 4 or doc.word(hi - 1) != "и":
        return hi
    verb = next((k for k in range(lo + 1, hi - 2) if morph.is_finite_verb(doc.tokens[k].text)), None)
    return hi if verb is None else verb


def _opens_with_subordinator(doc: Doc, seg_lo: int, first_word: int) -> bool:
    """Does the sentence open with a subordinate clause that the segment starting at ``seg_lo`` is part of ("When
    Washington sanctioned Kadyrov, ...")?"""
    s_lo = doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[seg_lo].start))[0]
    opener = first_word if doc.word(first_word) in SUBORDINATORS_EN else seg_lo - 1
    return opener == s_lo and doc.word(opener) in SUBORDINATORS_EN


NARRATOR_LABELS = frozenset(
    ("закадровый текст", "голос за кадром", "диктор", "narrator", "voice-over", "voiceover", "voice over")
)
SEGMENT_SKIP_RU = frozenset(
    ["отвечая", "комментируя", "говоря", "выступая", "пересылая", "цитируя", "публикуя"]
)
ADJECTIVES_EN = lexicon.words(
    """former senior top unnamed anonymous local regional federal deputy acting chief press official
    leading prominent young elderly gay bisexual lgbt another unidentified executive advocacy programme program
    policy legal communications campaigns research managing annual latest new joint final interim special
    human rights country original national asylum refugee"""
)
NP_LINKS_EN = lexicon.words("of for at in to from on by under")
NP_LINKS_RU = frozenset({"по", "при", "в", "из"})
GOVERNMENT_ORGS = {
    "CHECHNYA": "Chechen authorities",
    "GROZNY": "Chechen authorities",
    "RUSSIA": "Russian authorities",
    "KREMLIN": "Kremlin",
    "US": "US government",
    "GB": "UK government",
    "DE": "German government",
    "FR": "French government",
    "CA": "Canadian government",
}


# multi-word and abbreviated names of a state or union as a speaker ("The United States condemns ...")
NATION_NAMES = {
    "united states": "US",
    "u.s.": "US",
    "us": "US",
    "usa": "US",
    "united kingdom": "GB",
    "russian federation": "RU",
    "российская федерация": "RU",
    "uk": "GB",
    "european union": "EU",
    "eu": "EU",
    "евросоюз": "EU",
    "ес": "EU",
}


# other states, by name, whose delegations speak in turn ("Iceland said ...", "Норвегия призвала ...")
STATE_NAMES = lexicon.words(
    """iceland norway netherlands sweden belgium austria switzerland italy spain denmark finland ireland australia
    estonia latvia lithuania poland ukraine georgia исландия исландии норвегия норвегии нидерланды нидерландов
    швеция швеции бельгия бельгии австрия австрии швейцария швейцарии италия италии испания испании дания дании
    финляндия финляндии ирландия ирландии австралия австралии эстония эстонии латвия латвии литва литвы польша
    польши украина украины"""
)


def _nation_ending(doc: Doc, lo: int, hi: int) -> str | None:
    """The country of a state's name that ends tokens [lo, hi) ("Statement by the United States")."""
    words = [doc.word(j) for j in range(lo, hi)]
    return next(
        (NATION_NAMES[name] for k in range(len(words)) if (name := " ".join(words[k:])) in NATION_NAMES),
        None,
    )


EU_FOREIGN_SERVICE = "eeas"
OWNER_WORDS = frozenset(["his", "her", "its"])
FORMER_WORDS = frozenset(
    ["former", "ex", "бывший", "бывшая", "бывшие", "бывших", "бывшего", "бывшей", "бывшим"]
)
NATIONALITY = {"RU": "Russian", "US": "US", "GB": "British", "DE": "German", "FR": "French", "CA": "Canadian"}
BODY_ROLE_MATCH = {"MINISTRY", "OFFICE", "COMMITTEE", "COUNCIL", "COURT", "PARLIAMENT", "EMBASSY"}
# a person introduced by a phrase that names the role another way ("глава МИД Литвы ... — написал министр")
ROLE_PARAPHRASES = {"MINISTER": {"LEADER", "MINISTRY"}}
ANAPHORIC_PERSON_ROLES = {
    "SPOKES",
    "REPRESENTATIVE",
    "LEADER",
    "PRESIDENT",
    "MINISTER",
    "OMBUDSMAN",
    "SPEAKER",
    "DEPUTY",
    "PROSECUTOR",
    "DIPLOMAT",
}


@dataclass
class Memory:
    """Discourse state while walking a text: speakers so far (most recent last)."""

    speakers: list[tuple[int, Speaker]] = field(default_factory=list)

    def add(self, offset: int, speaker: Speaker) -> None:
        self.speakers.append((offset, speaker))

    def last(self, before: int) -> Speaker | None:
        return self.last_with_offset(before)[1]

    def last_with_offset(self, before: int) -> tuple[int, Speaker | None]:
        for offset, speaker in reversed(self.speakers):
            if offset <= before:
                return offset, speaker
        return -1, None


ADDRESSEE_NOUNS_RU = lexicon.words(
    "журналистам агентству изданию телеканалу радиостанции корреспонденту газете порталу сайту журналу"
)


def _names_role_before(doc: Doc, segments: list[tuple[int, int]], k: int) -> bool:
    """In segments read backwards from the verb, is segment ``k`` a name set after the role it names ("Alvi Karimov,
    the spokesman for the Chechen leader, Ramzan Kadyrov, told ...": Kadyrov is the leader, Karimov speaks)?"""
    if k + 2 >= len(segments):
        return False
    words = [j for j in range(*segments[k]) if doc.tokens[j].is_word]
    before = [j for j in range(*segments[k + 1]) if doc.tokens[j].is_word]
    return (
        2 <= len(words) <= 3
        and all(doc.tokens[j].is_cap for j in words)
        and len(before) >= 3
        and doc.infos[before[-1]].role is not None
        and any(doc.word(j) in ("for", "of", "to") for j in before)
    )


def _first_name_of_earlier_actor(doc: Doc, words: list[int]) -> str | None:
    """The listed person named in full before whose first name is the one word ``words`` ("Игорем Кочетковым
    ... Игорь", "Tanya Lokshina ... Tanya")."""
    if len(words) != 1:
        return None
    want = set(morph.normal_forms(doc.tokens[words[0]].text)) if doc.lang == "ru" else {doc.word(words[0])}
    for k in range(words[0] - 1, max(-1, words[0] - 400), -1):
        actor = doc.infos[k].actor
        if (
            actor in doc.person_actors
            and doc.infos[k + 1].actor == actor  # the first of two words naming the person
            and (k == 0 or doc.infos[k - 1].actor != actor)
            and want & ({*morph.normal_forms(doc.tokens[k].text)} if doc.lang == "ru" else {doc.word(k)})
        ):
            return actor
    return None


def _surname_of_earlier_name(doc: Doc, words: list[int]) -> bool:
    """Is the one word ``words`` the surname of a full name written earlier ("Salekh Magamadov, 20, ... Magamadov
    had previously told the group ...") or a name written earlier as someone's ("Aslan's father ... Aslan said")?"""
    if len(words) != 1:
        return False
    token = doc.tokens[words[0]]
    name, before = re.escape(token.text), doc.text[: token.start]
    if re.search(r"\b[A-ZА-ЯЁ][\w-]+ " + name + r"\b", before):
        return True
    return token.text[:1].isupper() and re.search(r"\b" + name + r"['’]s\b", before) is not None


UK_PARTY_WORDS = frozenset(["labour", "conservative", "tory", "snp"])
# the title of an office one person holds ("the human rights commissioner", "the ombudsman")
OFFICE_HOLDER_ROLES = frozenset(["OMBUDSMAN"])

# (role key, the bare word, what the text must name, the body): see SpeakerResolver._body_of_the_forum
FORUM_BODIES = (
    ("COURT", "court", re.compile(r"\bConvention\b|\bStrasbourg\b"), ECHR),
    ("COURT", "суд", re.compile(r"Конвенци|Страсбург"), ECHR),
    ("PARLIAMENT", "assembl", re.compile(r"Council of Europe|\bPACE\b"), "pace"),
    ("PARLIAMENT", "ассамбле", re.compile(r"Совет\w* Европы|ПАСЕ"), "pace"),
    # "Statement by the Spokesperson ... The European Union expects ...": the EU's foreign service
    ("SPOKES", "spokes", re.compile(r"\b(?:The|the) (?:EU|European Union)\b"), "eeas"),
    ("SPOKES", "пресс-секретар", re.compile(r"\bЕвросоюз|\bЕС\b|Европейск\w+ союз"), "eeas"),
)

# Russia's embassies with entries of their own, by the country they are in
RUSSIAN_EMBASSIES = {
    "GB": "russian-embassy-uk",
    "US": "russian-embassy-us",
    "DE": "russian-embassy-de",
    "FR": "russian-embassy-fr",
    "CA": "russian-embassy-ca",
}

# documents a body issues (a person's letter or post is the person's own)
BODY_DOCUMENTS = (
    "report",
    "study",
    "findings",
    "resolution",
    "доклад",
    "отчет",
    "отчёт",
    "резолюц",
    "постановлен",
)

# relative words that open a clause about a person ("X, who was held ..., said")
PERSON_RELATIVES = frozenset(["who", "который", "которая"])


class SpeakerResolver:
    """Turns the speaker windows of a candidate statement into a :class:`Speaker`."""

    def __init__(self, index: ActorIndex):
        self.index = index
        # a body's one spokesperson ("Its spokeswoman" after the Russian Foreign Ministry is Zakharova)
        spokespeople: dict[str, list[str]] = {}
        for actor_id, info in index.info.items():
            body = index.body_of.get(actor_id)
            if info.person and "SPOKES" in info.roles and body is not None:
                spokespeople.setdefault(body, []).append(actor_id)
        self.spokesperson = {body: people[0] for body, people in spokespeople.items() if len(people) == 1}

    # -- public -------------------------------------------------------------------------------------------
    def resolve(
        self, doc: Doc, windows: list[tuple[int, int, str]], verb_gender: str | None, memory: Memory
    ) -> Speaker | None:
        """The first window (in order) that names a resolvable speaker."""
        for lo, hi, side in windows:
            speaker = self._window(doc, lo, hi, side, verb_gender, memory)
            if speaker is not None:
                if side == "header" and speaker.actor is None and speaker.kind in ("person", "government"):
                    speaker = _chamber_member(doc, speaker, doc.tokens[hi - 1].end)
                return self._foreign_office_of_state(doc, _legislator_abroad(doc, speaker))
        return _handle(doc, *windows[0][:2]) if windows and windows[0][2] == "header" else None

    def _foreign_office_of_state(self, doc: Doc, speaker: Speaker) -> Speaker:
        """ "BERLIN — Germany has granted visas ..., the Foreign Office said": the bare "Foreign Office" of the
        state the sentence (or the one before) has just named, when that is not Britain."""
        if (
            speaker.actor != UK_FOREIGN_OFFICE
            or speaker.text.lower().removeprefix("the ") != "foreign office"
        ):
            return speaker
        ministry = self._ministry_of_state_before(doc, doc.layout.token_at(speaker.start))
        if ministry is None or ministry in (UK_FOREIGN_OFFICE, RUSSIAN_MFA):
            return speaker
        return self.speaker_from_actor(ministry, speaker.text, speaker.start, speaker.end, speaker.how)

    def speaker_from_actor(
        self, actor_id: str, text: str, start: int, end: int, how: str, roles: frozenset[str] = frozenset()
    ) -> Speaker:
        actor_id = self.index.office_of.get(actor_id, actor_id)
        info = self.index.info[actor_id]
        actor = info.actor
        return Speaker(
            text,
            start,
            end,
            actor.id,
            actor.name,
            actor.organization or (None if info.person else actor.name),
            actor.kind,
            actor.country,
            info.gender,
            info.person,
            how,
            roles | info.roles,
        )

    # -- windows and segments -----------------------------------------------------------------------------
    @staticmethod
    def _without_addressee(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
        """Russian, after the verb: leave out the news outlet the words were given to ("— заявил Интерфаксу
        Альви Каримов", "рассказал Радио Свобода один из задержанных", "— заявил пресс-секретарь «Интерфаксу»")."""
        tokens, infos = doc.tokens, doc.infos
        j = _skip_marks(doc, lo, hi)
        if j < hi and doc.word(j) in ADDRESSEE_NOUNS_RU:
            j = _skip_marks(doc, j + 1, hi)
        j = _outlet_end(doc, j, hi)
        if lo < j < hi and tokens[j].is_word and doc.word(j) not in PREPOSITIONS_RU:
            head = infos[j]
            if head.role or head.pronoun or head.actor or doc.word(j) in ("один", "одна", "одни", "одно"):
                lo = j  # something that can speak follows the addressee
        elif (
            lo < j < hi - 1
            and doc.word(j) in ("в", "во")
            and not doc.word(j + 1).startswith(SPEAKING_SETTINGS_RU)
            and any(infos[k].role or infos[k].actor for k in range(j + 1, min(hi, j + 4)))
            and _ends_in_dative(doc, lo, j)
        ):
            lo = j  # "Как сообщили «Кавказскому узлу» в кризисной группе «СК SOS»": the body it was told in
        for k in range(lo + 1, hi - 1):
            if doc.word(k) in ("в", "во", "на") and doc.word(k + 1).startswith(SPEAKING_SETTINGS_RU):
                hi = k  # "— заявил глава Чечни в интервью телеканалу": where he said it, not who
                break
        for k in range(lo + 1, hi):
            actor = infos[k].actor
            if actor in doc.media_actors and (k == lo + 1 or infos[k - 1].mention != infos[k].mention):
                end = _outlet_end(doc, k, hi)
                cases = morph.cases(tokens[end - 1].text if tokens[end - 1].is_word else tokens[end - 2].text)
                if cases and cases <= {"datv", "loct"}:
                    hi = k - 1 if tokens[k - 1].text in QUOTE_CHARS else k
                    break
        return lo, hi

    def _segments(self, doc: Doc, lo: int, hi: int, side: str) -> list[tuple[int, int]]:
        if side in ("subject", "before"):
            lo = _after_dateline(doc, lo, hi)
        segments, start = [], lo
        for j in range(lo, hi):
            if doc.tokens[j].text == ",":
                segments.append((start, j))
                start = j + 1
        segments.append((start, hi))
        if side == "before":
            segments.reverse()
            if doc.lang != "ru":
                segments = [seg for k, seg in enumerate(segments) if not _names_role_before(doc, segments, k)]
        return segments[:4] if side != "subject" else segments[:2]

    def _window(
        self, doc: Doc, lo: int, hi: int, side: str, verb_gender: str | None, memory: Memory
    ) -> Speaker | None:
        if (
            side == "header"
            and doc.text[doc.tokens[lo].start : doc.tokens[hi - 1].end].lower() in NARRATOR_LABELS
        ):
            return None  # "ЗАКАДРОВЫЙ ТЕКСТ:", "NARRATOR:": the programme's own narration, no speaker
        if side == "after" and doc.lang == "ru":
            lo, hi = self._without_addressee(doc, lo, hi)
        elif side == "after":
            hi = without_setting_after(doc, lo, hi)
        elif side == "before":
            hi = _before_posture(doc, lo, hi)
        if side == "before" and doc.lang == "ru":
            hi = _before_joined_verb_ru(doc, lo, _without_outlet_before(doc, lo, hi))
            lo = _after_case_title(doc, _without_setting_before(doc, lo, hi), hi)
        if hi <= lo:
            return None
        if (
            doc.lang == "ru"
            and side == "before"
            and hi - lo >= 2
            and doc.word(hi - 1) in SUBJECT_PRONOUNS_RU
            and doc.infos[hi - 1].pronoun
        ):  # "Выводы Бенедека он назвал «бредом»": the object first, the subject pronoun just before the verb
            # (resolved from where the clause starts: the name in its own object is not its antecedent)
            found = self._pronoun(doc, lo, doc.infos[hi - 1].pronoun, verb_gender, memory)
            pronoun = doc.tokens[hi - 1]
            return found and _as(found, pronoun.text, pronoun.start, pronoun.end, "pronoun")
        segments = self._segments(doc, lo, hi, side)
        if side == "subject" and len(segments) >= 2 and doc.word(segments[0][0]) in POSSESSIVE_DETERMINERS:
            # "Her Chechen counterpart, Nurdi Nukhazhiev, went further, saying ...": the person in apposition
            appositive = self._person_mention(doc, *segments[1], side, verb_gender)
            if appositive is not None:
                return appositive
        skip = SEGMENT_SKIP_RU if doc.lang == "ru" else SEGMENT_SKIP_EN
        tentative: Speaker | None = None
        for seg_lo, seg_hi in segments:
            words = [j for j in range(seg_lo, seg_hi) if doc.tokens[j].is_word]
            if not words:
                continue
            first = doc.word(words[0])
            if (first in RELATIVE and not _names_representative(doc, words)) or first in skip:
                continue  # (but "российская сторона, которую представляло Министерство юстиции": the ministry)
            if (
                side == "before"
                and doc.lang != "ru"
                and seg_lo != segments[0][0]
                and _opens_with_subordinator(doc, seg_lo, words[0])
            ):
                continue  # "When Washington sanctioned Kadyrov, a State Department official said": a clause of time
            if side == "before" and doc.lang != "ru" and len(segments) > 1 and first in TIME_ASIDE_EN:
                continue  # "EU spokesperson Peter Stano on X, after the latest reports of ...:": when, not who
            if (
                doc.lang == "ru"
                and len(segments) > 1
                and morph.is_participle(doc.tokens[words[0]].text)
                and "nomn" not in morph.cases(doc.tokens[words[0]].text)
            ):  # "В Министерстве юстиции РФ, представлявшем доклад, заявили": a clause on the ministry (not
                # "бежавшие из Чечни мужчины говорят": the subject itself)
                continue
            if (
                side == "subject"
                and seg_lo == segments[0][0]
                and len(segments) > 1
                and _adverbial(doc, words)
            ):
                continue  # "Earlier, PACE adopted a resolution condemning ...": the subject follows
            person = self._person_mention(doc, seg_lo, seg_hi, side, verb_gender)
            if person is not None:
                return person
            if doc.lang == "ru" and len(words) == 2 and first in MEMBERS_RU:
                # "Члены совета заявили": the members of the body just named speak for it (in the genitive, as
                # after "по словам")
                body = self._phrase(doc, words[1], seg_hi, "according", verb_gender, memory)
                if body is not None and body.actor is not None and not body.person:
                    start, end = doc.tokens[words[0]].start, doc.tokens[words[-1]].end
                    return _as(body, doc.text[start:end], start, end, body.how)
            if len(words) == 1 and doc.infos[words[0]].pronoun:  # "..., they said, ...": the pronoun decides
                return self._pronoun(doc, words[0], doc.infos[words[0]].pronoun, verb_gender, memory)
            if self._unknown_name(doc, seg_lo, seg_hi):  # "Adam said ...": the unlisted person named before
                # (only a name alone: "Tanya, the Chechen authorities say": the name is the one spoken to)
                first_named = _first_name_of_earlier_actor(doc, words) if len(segments) == 1 else None
                if first_named is not None:  # "говорил с Игорем Кочетковым ... — сказал мне Игорь"
                    start, end = doc.tokens[words[0]].start, doc.tokens[words[-1]].end
                    return self.speaker_from_actor(first_named, doc.text[start:end], start, end, "name")
                name = doc.text[doc.tokens[words[0]].start : doc.tokens[words[-1]].end]
                # ("Pompeo said" after "Secretary of State Mike Pompeo said": the speaker named in full before)
                earlier = next(
                    (
                        s
                        for _o, s in reversed(memory.speakers)
                        if s.text == name or _titled_name(s.text, name)
                    ),
                    None,
                )
                if earlier is not None:
                    start, end = doc.tokens[words[0]].start, doc.tokens[words[-1]].end
                    return _as(earlier, name, start, end, earlier.how)
                described = any(
                    self._phrase(doc, *seg, side, verb_gender, memory, 1)
                    for seg in segments
                    if seg != (seg_lo, seg_hi)
                )
                # "said Adam, 27", "AMIR: ...": an unlisted person; "MR TONER:" after "Mark Toner, Acting State
                # Department Spokesperson" speaks for the body the first mention gave him
                aged = doc.word(seg_hi) == "," and doc.word(seg_hi + 1).isdigit()  # "Adam, 26, says ..."
                # "Amin Dzhabrailov, who was held at the Argun site ..., argued": a named person
                # ("Islam, with whom we spoke from Berlin, says": "whom" names a person, also after one word)
                who = doc.word(seg_hi) == "," and (
                    (len(words) >= 2 and doc.word(seg_hi + 1) in PERSON_RELATIVES)
                    or "whom" in (doc.word(seg_hi + 1), doc.word(seg_hi + 2))
                )
                if (
                    (
                        side in ("after", "header")
                        or (side in ("subject", "before") and (aged or _surname_of_earlier_name(doc, words)))
                        # "Адам рассказал ...", "Мурад, с которым мы связались, говорит": a Russian first name or
                        # surname before the verb
                        or (
                            side in ("before", "relative")
                            and all(morph.can_be_personal_name(doc.tokens[j].text) for j in words)
                        )
                        # "Near the end of the afternoon, Adam said ...": a Chechen first name in Latin letters
                        or (
                            side == "before"
                            and doc.lang != "ru"
                            and len(words) == 1
                            and seg_hi == hi
                            and doc.tokens[words[0]].text[1:].islower()
                            and doc.word(words[0]) not in NOT_NAMES_EN
                            and not ENGLISH_PLURAL.search(doc.word(words[0]))  # ("Neighbours said")
                            and morph.can_be_latin_personal_name(doc.tokens[words[0]].text)
                        )
                        or (side == "relative" and who)
                        # '"...," Ruslan writes.': a name alone between a quote and its verb
                        or (
                            side == "before"
                            and len(words) == 1
                            and seg_lo == words[0]
                            and doc.tokens[seg_lo - 1].text in QUOTE_CHARS
                            and doc.tokens[seg_lo - 2].text in ",!?"
                        )
                        or (
                            side in ("before", "according", "relative")
                            and _pseudonym(doc.text, name, doc.tokens[words[0]].start)
                        )
                    )
                    and not described
                ):
                    start, end = doc.tokens[words[0]].start, doc.tokens[words[-1]].end
                    introduced = self._introduced(doc, words[-1], memory) if side == "header" else None
                    if introduced is not None:
                        return _as(introduced, name, start, end, "label")
                    if side == "header" and UK_PARTY_ASIDE.match(doc.text, end):
                        # "Mr Gareth Lloyd (Lab):": a member of the UK Parliament
                        return Speaker(
                            name, start, end, None, name, None, "government", "GB", None, True, "label"
                        )
                    return Speaker(name, start, end, None, name, None, "person", "RU", None, True, "unnamed")
            preps = PREPOSITIONS_RU if doc.lang == "ru" else PREPOSITIONS_EN
            if (tentative is not None and (len(words) > 6 or first in preps)) or (
                first in preps and len(segments) > 1 and doc.lang != "ru"
            ):
                continue  # "In written observations to the Council of Europe, the government said"
            found = self._phrase(doc, seg_lo, seg_hi, side, verb_gender, memory)
            if found is not None and (tentative is None or (tentative.actor is None and found.actor)):
                tentative = found  # an appositive naming a known actor beats an unnamed description
                if tentative.how not in ("role", "unnamed", "title", "unnamed-plural", "org"):
                    return tentative
            if (
                side in ("after", "subject")
                and tentative is None
                and not self._unknown_name(doc, seg_lo, seg_hi)
            ):
                break
        if tentative is not None and tentative.actor is None and side in ("before", "after"):
            named = next((seg for seg in segments if self._unknown_name(doc, *seg)), None)
            if named is not None:  # "Islam, a man in his twenties": the name as written, the role's kind
                p_lo, p_hi = named
                words = [j for j in range(p_lo, p_hi) if doc.tokens[j].is_cap]
                text = doc.text[doc.tokens[words[0]].start : doc.tokens[words[-1]].end]
                tentative = Speaker(
                    text,
                    doc.tokens[words[0]].start,
                    doc.tokens[words[-1]].end,
                    None,
                    tentative.name,
                    tentative.organization,
                    tentative.kind,
                    tentative.country,
                    tentative.gender,
                    tentative.person,
                    tentative.how,
                    tentative.roles,
                )
        return tentative

    def _introduced(self, doc: Doc, surname: int, memory: Memory) -> Speaker | None:
        """What the phrase after the first mention of the name at token ``surname`` ("Mark Toner, Acting State
        Department Spokesperson") says the person speaks for, or None."""
        want = doc.word(surname)
        for k in range(surname):
            if doc.word(k) == want and doc.tokens[k].is_cap:
                sentence = doc.layout.sentence_of(doc.tokens[k].start)
                end = min(doc.layout.sentence_tokens(sentence)[1], k + 12)
                found = self._phrase(doc, k + 1, end, "after", None, memory, 1)
                return found if found is not None and found.organization else None
        return None

    @staticmethod
    def _unknown_name(doc: Doc, lo: int, hi: int) -> bool:
        """A segment that is only capitalised words naming no known actor or role (an unlisted person)."""
        words = [j for j in range(lo, hi) if doc.tokens[j].is_word]
        return (
            bool(words)
            and len(words) <= 3
            and all(
                doc.tokens[j].is_cap
                and not doc.word(j).endswith("ly")
                and doc.word(j) not in SENTENCE_ADVERBS
                and not doc.infos[j].actor
                and not doc.infos[j].role
                and not doc.infos[j].pronoun
                and not doc.infos[j].place
                for j in words
            )
        )

    # -- eligibility ----------------------------------------------------------------------------------------
    def _eligible(self, doc: Doc, m_lo: int, m_hi: int, side: str, verb_gender: str | None) -> bool:
        """Can the mention [m_lo, m_hi) be the subject (not an object, possessor or prepositional phrase)?"""
        tokens, infos = doc.tokens, doc.infos
        if infos[m_hi - 1].possessive:
            # "In Kadyrov's view, ...", "Kadyrov's assertion that ...": the possessor's own view or claim
            return side == "according" and doc.word(m_hi) in POSSESSED_SAYINGS
        if side == "relative":
            return True
        if side == "header":
            return doc.word(m_lo - 1) not in ("to", "к", "в", "адрес") and doc.word(m_lo - 2) not in ("to",)
        j = m_lo - 1
        while j >= 0 and doc.word(j) in ("the", "a", "an") or (j >= 0 and tokens[j].text in '«"“„'):
            j -= 1
        prev = doc.word(j) if j >= 0 else ""
        if doc.lang == "ru":
            if side == "according":  # ("как следует из постановления": the document the words are from)
                return prev not in PREPOSITIONS_RU or (prev == "из" and doc.word(j - 1) == "следует")
            k = j
            while k > j - 3 and k >= 0 and morph.is_adjective(tokens[k].text):
                k -= 1  # "в ежегодном докладе"
            if (prev in ("в", "во") or (k >= 0 and doc.word(k) in ("в", "во"))) and verb_gender == "plur":
                # "в МВД заявили": a body speaks through its staff (not "в один голос")
                actor = infos[m_lo].actor
                role = infos[m_lo].role
                return bool((actor and actor not in doc.person_actors) or (role and role.body))
            if (
                verb_gender == "plur"
                and j >= 1
                and doc.word(j - 1) in ("в", "во")
                and "loct" in morph.cases(tokens[j].text)
                and infos[m_lo].actor is not None
                and infos[m_lo].actor not in doc.person_actors
            ):  # "— говорится в сообщении «Мемориала»": the body whose text it is
                return True
            if prev in PREPOSITIONS_RU:
                return False
            last = tokens[m_hi - 1].text
            actor = infos[m_hi - 1].actor
            found = morph.cases(last)
            if (not found or "fixd" in found) and actor and actor not in doc.person_actors and j >= 0:
                # an indeclinable name after a noun in an oblique case: "рассказал Русской службе Би-би-си"
                before = morph.cases(tokens[j].text)
                if before and "nomn" not in before and infos[j].actor is None:
                    return False
            if not morph.is_cyrillic(last):
                return True
            info = self.index.info.get(actor) if actor else None
            if verb_gender == "passive":  # "Каримовым было заявлено"
                return "ablt" in morph.cases(last)
            if info is not None and info.person:
                rule = morph.surname_nominative(last, info.gender or "masc")
                if rule is not None:
                    return rule
            elif info is not None and m_hi - m_lo > 1 and morph.is_cyrillic(tokens[m_lo].text):
                # "Управление верховного комиссара ООН по правам человека": a body's name ends in a genitive
                # tail; its first word carries the case
                last = tokens[m_lo].text
            found = morph.cases(last)
            return not found or "nomn" in found or "fixd" in found
        return (
            prev not in PREPOSITIONS_EN
            or prev in AGENT_PREPOSITIONS
            or side == "according"
            and (prev == "to" and j >= 1 and doc.word(j - 1) == "according")
        )

    def _mentions(self, doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
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

    def _in_role_pp(self, doc: Doc, lo: int, m_lo: int) -> bool:
        """English: is the mention inside a role's prepositional phrase ("spokesman for ... Kadyrov")?"""
        if doc.lang == "ru":
            return False
        seen_role = False
        for j in range(lo, m_lo):
            if doc.infos[j].actor is not None:
                continue  # inside another name ("Commissioner for Human Rights Nils Muižnieks")
            if doc.infos[j].role is not None:
                seen_role = True
            elif seen_role and doc.word(j) in ("for", "of", "to", "at", "with", "from", "under"):
                return True
        return False

    def _person_mention(
        self, doc: Doc, lo: int, hi: int, side: str, verb_gender: str | None
    ) -> Speaker | None:
        best = None
        for m_lo, m_hi, actor_id in self._mentions(doc, lo, hi):
            info = self.index.info.get(actor_id)
            if info is None or not info.person or not self._eligible(doc, m_lo, m_hi, side, verb_gender):
                continue
            if self._in_role_pp(doc, lo, m_lo):
                continue
            role_before = doc.infos[m_lo - 1].role if m_lo > lo else None
            if role_before is not None and role_before.key == "SPOKES" and "SPOKES" not in info.roles:
                continue  # "по словам пресс-секретаря Кадырова": his spokesman, not he (but "пресс-секретарь Песков")
            if self._owner_of_named_spokesman(doc, m_hi, hi):
                continue  # "Kadyrov spokesman Alvi Karimov:": the spokesman named after his owner
            if verb_gender in ("masc", "femn") and info.gender and info.gender != verb_gender:
                continue
            best = (m_lo, m_hi, actor_id)
            if side != "before":
                break
        if best is None:
            return None
        p_lo, p_hi = self._np_bounds(doc, lo, hi, best[0], best[1])
        text = doc.text[doc.tokens[p_lo].start : doc.tokens[p_hi - 1].end]
        # the roles the phrase gives the person ("глава МИД Литвы Линас Линкявичюс"), for "the minister" later
        roles = _role_keys(doc, p_lo, p_hi)
        return self.speaker_from_actor(
            best[2], text, doc.tokens[p_lo].start, doc.tokens[p_hi - 1].end, "name", roles
        )

    def _owner_of_named_spokesman(self, doc: Doc, m_hi: int, hi: int) -> bool:
        """Does a spokesperson's title and another listed person's name follow the mention ending at ``m_hi``
        ("Kadyrov spokesman Alvi Karimov")?"""
        k = m_hi
        while k < min(hi, m_hi + 2) and (role := doc.infos[k].role) is not None and role.key == "SPOKES":
            k += 1
        return k > m_hi and k < hi and doc.infos[k].actor in doc.person_actors

    # -- phrases ----------------------------------------------------------------------------------------------
    def _np_bounds(self, doc: Doc, lo: int, hi: int, h_lo: int, h_hi: int) -> tuple[int, int]:
        """Extend a head [h_lo, h_hi) to its noun phrase within [lo, hi)."""
        ru = doc.lang == "ru"
        links = NP_LINKS_RU if ru else NP_LINKS_EN
        preps = PREPOSITIONS_RU if ru else PREPOSITIONS_EN

        def np_word(j: int) -> bool:
            token, info = doc.tokens[j], doc.infos[j]
            if not token.is_word:
                return token.text in ("'", "’", "-", "«", "»", '"', "“", "”", "„", ".") and j > lo
            word = doc.word(j)
            if word in preps or word in RELATIVE:
                return False
            return bool(
                token.is_cap
                or info.actor
                or info.role
                or info.place
                or info.possessive
                or word in ADJECTIVES_EN
                or word in ("the", "a", "an")
                or word.isdigit()
                or word in lexicon.TOPIC_WORDS_IN_TITLES
                or "-" in word
                or (ru and morph.is_cyrillic(word) and len(doc.tokens[j].text) > 2)
            )

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
            elif (
                word in links
                and end + 1 < hi
                and np_word(end + 1)
                and (word != "из" or doc.tokens[end + 1].is_cap or doc.tokens[end + 1].text in '«"„“')
            ):  # "правозащитники из «Мемориала»", not "один из задержанных"
                end += 2
            elif (
                not doc.tokens[end].is_word
                and doc.tokens[end].text in ("'", "’", "«", "»", '"')
                and (end + 1 < hi)
            ):
                end += 1
            else:
                break
        while end > h_hi and not doc.tokens[end - 1].is_word:
            end -= 1
        # "elders at the (central mosque)", "elders at Grozny's (mosque)": a link whose noun was not reached
        link = next((k for k in range(h_hi, end) if doc.word(k) in links), None)
        if (
            link is not None
            and not ru
            and (
                doc.word(end - 1) in ("the", "a", "an")
                or (doc.infos[end - 1].possessive and doc.infos[end - 1].actor is None and end < hi)
            )
        ):
            end = link
        infos = doc.infos
        while start < h_lo and (doc.tokens[start].text.isdigit() or doc.tokens[start].text == ":"):
            start += 1  # a time stamp before the name ("10:15 Kadyrov's press secretary ...")
        while start > 0 and infos[start].actor and infos[start - 1].mention == infos[start].mention:
            start -= 1  # a name with commas in it ("Министерство ... по национальной политике, внешним связям, ...")
        opened = sum(1 for t in doc.tokens[start:end] if t.text == "«") - sum(
            1 for t in doc.tokens[start:end] if t.text == "»"
        )
        if opened > 0 and end < len(doc.tokens) and doc.tokens[end].text == "»":
            end += 1  # «Северный вестник»: the name's closing mark too
        return start, end

    def _phrase(self, doc, lo, hi, side, verb_gender, memory, depth: int = 0) -> Speaker | None:
        tokens, infos = doc.tokens, doc.infos
        lo = _after_dateline(doc, lo, hi)
        if not depth and _one_of_them(doc, lo, hi):
            # "Members of the Russian delegation voted against. One of them told reporters ...": one of that group
            group = self._group_before(doc, lo, verb_gender, memory)
            if group is not None:
                start, end = tokens[lo].start, tokens[lo + 2].end
                return _as(group, doc.text[start:end], start, end, "partitive")
        # pronoun
        for j in range(lo, hi):
            # "everyone knew it, the columnist Paul Ferrand argues": "it" ending a clause is its object
            clause_object = side == "before" and j > lo and doc.word(j) == "it" and doc.word(j + 1) == ","
            if (
                infos[j].pronoun
                and not clause_object
                and (
                    side != "before"
                    or j == hi - 1
                    or not any(infos[k].role or infos[k].actor for k in range(j + 1, hi))
                )
            ):
                return self._pronoun(doc, j, infos[j].pronoun, verb_gender, memory)
            if side == "according" and doc.word(j) in OBLIQUE_PRONOUNS and j == lo:  # "по его словам"
                return self._pronoun(doc, j, OBLIQUE_PRONOUNS[doc.word(j)], verb_gender, memory)
        heads = [
            j
            for j in range(lo, hi)
            if infos[j].role
            and self._eligible(doc, j, j + 1, side, verb_gender)
            and not _adjectival(doc, j)
            and not (doc.in_quote(j) and doc.layout.quotes[doc.layout.quote_of_token[j]].words > 3)
        ]  # a role word quoted ('"no one in Chechnya is persecuted" and accused ...') is not the subject
        orgs = [
            m
            for m in self._mentions(doc, lo, hi)
            if not self.index.info[m[2]].person and not _accredited_to(doc, lo, m[0])
        ]
        if not heads and not orgs:
            words = [j for j in range(lo, hi) if tokens[j].is_word]
            if len(words) > 1 and doc.word(words[0]) == "the":
                words = words[1:]
            if not words or infos[words[-1]].possessive:
                return None
            nation = " ".join(doc.word(j) for j in words)
            first, last = tokens[words[0]], tokens[words[-1]]
            if nation in NATION_NAMES and first.is_cap:
                # "The United States condemns ...", "the EU urges ...": that government's foreign service
                country = NATION_NAMES[nation]
                written = doc.text[first.start : last.end]
                if country != "EU":
                    return self._foreign_or_unnamed(written, first.start, last.end, country)
                if EU_FOREIGN_SERVICE in self.index.info:
                    return self.speaker_from_actor(
                        EU_FOREIGN_SERVICE, written, first.start, last.end, "unnamed"
                    )
                return None
            official = next(
                (
                    j
                    for j in words
                    if doc.word(j) in OFFICIAL
                    and j + 1 < hi
                    and infos[j + 1].place
                    # (not "Официальный Грозный отвечает одно и то же: пресс-секретарь ... назвал")
                    and not any(tokens[k].text == ":" for k in range(j, hi))
                ),
                None,
            )
            if official is not None and tokens[official + 1].is_cap and infos[official + 1].place[1]:
                # "официальный Грозный в очередной раз сообщил", "official Moscow": the place's government
                start, end = tokens[official].start, tokens[official + 1].end
                if infos[official + 1].place[0] == "GROZNY" and "chechen-government" in self.index.info:
                    return self.speaker_from_actor(
                        "chechen-government", doc.text[start:end], start, end, "title"
                    )
                return self._foreign_or_unnamed(doc.text[start:end], start, end, infos[official + 1].place[1])
            place = infos[words[-1]].place
            if (
                place is not None
                and place[0] == "GROZNY"
                and tokens[words[-1]].is_cap
                and "chechen-government" in self.index.info
                and (
                    # "Grozny said there was nobody to persecute": the republic's government, as "Moscow" is Russia's
                    (len(words) == 1 and doc.word(words[0] - 1) not in PREPOSITIONS)
                    # "В Грозном говорят, что ...": the impersonal plural speaks for the place's authorities
                    or (len(words) == 2 and doc.word(words[0]) in ("в", "во") and verb_gender == "plur")
                )
            ):
                return self.speaker_from_actor("chechen-government", last.text, last.start, last.end, "title")
            if (
                len(words) == 1
                and infos[words[0]].place
                and (infos[words[0]].place[0] in COUNTRY_KEYS or doc.word(words[0]) in STATE_NAMES)
                and first.is_cap
                and not (first.text.isupper() and len(first.text) > 3)  # "US", "UK"; not a transcript label
            ):
                j = words[0]  # "Russia rejected ...", "Moscow denied ...": the country's government
                country = infos[j].place[1]
                return self._foreign_or_unnamed(tokens[j].text, tokens[j].start, tokens[j].end, country)
            return None
        if side == "subject" and heads and orgs and orgs[0][0] < heads[0]:
            heads = []  # "The European Parliament adopted a resolution ..., calling on ...": the first noun phrase
        if side in ("subject", "before") and len(heads) > 1 and doc.lang != "ru":
            # "The council itself issued a statement ..., calling ...": the subject, not the verb's object
            # ("The channel Readovka forwarded Kadyrov's post and added": the channel's words)
            verb = next((j for j in range(heads[0] + 1, heads[-1]) if _verb_like(doc, j)), None)
            heads = [j for j in heads if verb is None or j < verb]
        if heads:
            head = heads[0]
            member_of = None  # where "One member of ..." starts
            if doc.lang != "ru":  # English: the last role word before a linking preposition ("head of ...")
                link = next((j for j in range(heads[0], hi) if doc.word(j) in NP_LINKS_EN), hi)
                head = [j for j in heads if j < link][-1]
                if doc.word(head) in ("one", "another", "some", "many") and doc.word(head + 1) == "of":
                    head = next((j for j in range(head + 2, min(hi, head + 5)) if infos[j].role), head)
                elif doc.word(head) == "group" and doc.word(head + 1) == "of":
                    # "A bipartisan group of more than 50 members of Congress": the members, not an organisation
                    member_of = self._np_bounds(doc, lo, hi, head, head + 1)[0]
                    head = next((j for j in range(head + 2, min(hi, head + 8)) if infos[j].role), head)
                elif (
                    doc.word(head) in ("one", "another", "a", "an")
                    and doc.word(head + 2) == "of"
                    and doc.word(head + 1) in GROUP_MEMBER_WORDS
                ):  # "One member of the Russian delegation": one of the delegation
                    member_of = head
                    head = next((j for j in range(head + 3, min(hi, head + 7)) if infos[j].role), head)
            elif doc.word(head) in ("один", "одна", "одни", "одно") and doc.word(head + 1) == "из":
                # "одна из правозащитниц": one of the group the role names
                # (only one role word after it: "из эвакуированных сетью мужчин" stays "один", a man)
                members = [j for j in range(head + 2, min(hi, head + 5)) if infos[j].role]
                if len(members) == 1:
                    member_of, head = head, members[0]
            p_lo, p_hi = self._np_bounds(doc, lo, hi, head, head + 1)
            if member_of is not None:
                p_lo = min(p_lo, member_of)
            head_key = infos[head].role.key
            if doc.lang == "ru" and side == "after" and infos[head].role.kind != "media":
                # "— сказал министр РИА Новости": the outlet after the title is who he spoke to
                outlet = next((m[0] for m in orgs if head < m[0] < p_hi and m[2] in doc.media_actors), None)
                p_hi = outlet if outlet is not None else p_hi
        else:
            eligible = [m for m in orgs if self._eligible(doc, m[0], m[1], side, verb_gender)]
            if not eligible and doc.lang == "ru":
                return None  # only an addressee or a possessor ("рассказал Русской службе Би-би-си")
            m_lo, m_hi, _ = (eligible or orgs)[0]
            p_lo, p_hi = self._np_bounds(doc, lo, hi, m_lo, m_hi)
            head_key = None
        former_member = (
            p_lo - 3 >= lo
            and doc.word(p_lo - 1) == "of"
            and doc.word(p_lo - 2) in GROUP_MEMBER_WORDS
            and doc.word(p_lo - 3) in FORMER_WORDS
        )
        if former_member:  # "A former member of a Chechen police unit": one who served there
            p_lo -= 4 if p_lo - 4 >= lo and doc.word(p_lo - 4) in ("a", "an", "one") else 3
        text = doc.text[tokens[p_lo].start : tokens[p_hi - 1].end]
        start, end = tokens[p_lo].start, tokens[p_hi - 1].end
        canon = self.index.canon_tokens(tokens[p_lo:p_hi], infos[p_lo:p_hi], keep_org_ids=True)
        phrase_roles = frozenset(infos[j].role.key for j in range(p_lo, p_hi) if infos[j].role)
        if former_member or (any(doc.word(j) in FORMER_WORDS for j in range(p_lo, p_hi)) and heads):
            # "a former Chechen police officer": a private person now
            return _unnamed_speaker(text, start, end, "person", "RU", True, phrase_roles)

        court = (
            [j for j in range(head + 1, min(hi, head + 8)) if infos[j].actor == ECHR]
            if heads and head_key in ("REPRESENTATIVE", "OMBUDSMAN")
            else []
        )
        if (
            court
            and RUSSIAN_JUSTICE in self.index.info
            and any((infos[j].place or ("", ""))[1] == "RU" for j in range(max(lo, head - 2), head + 3))
        ):  # "Представитель России при ЕСПЧ", "Russia's representative at the European Court": the justice ministry
            end = max(end, tokens[court[-1]].end)
            return self.speaker_from_actor(
                RUSSIAN_JUSTICE, doc.text[start:end], start, end, "title", phrase_roles
            )
        # "activists", "эксперты ООН": a group, so a person title or a plural pronoun ("по их словам") may follow
        plural = heads and (infos[head].role.plural or (doc.lang == "ru" and morph.is_plural(doc.word(head))))

        def from_actor(actor_id: str, how: str) -> Speaker:
            speaker = self.speaker_from_actor(actor_id, text, start, end, how, phrase_roles)
            if heads and speaker.person and infos[head].role.body:
                # "Kadyrov's office ... it said": an office, not a person
                speaker = replace(speaker, gender=None, person=False, how=how)
            if heads and not speaker.person and infos[head].role.key in PERSON_ROLE_KEYS and not plural:
                role = infos[head].role
                speaker = replace(speaker, gender=role.gender, person=True, how=how)
            return speaker

        if head_key == "SPOKES" and doc.lang != "ru" and head >= 1 and doc.word(head - 1) in OWNER_WORDS:
            # "Kadyrov did not respond. His spokesman said": the spokesperson of the owner named last
            spokesperson = self._spokesperson_of_owner(doc, head - 1)
            if spokesperson is not None:
                return from_actor(spokesperson, "role")
        foreign = _foreign_owner(doc, head, p_lo) if heads and head_key in ("DIPLOMAT", "EMBASSY") else None
        if foreign is not None:
            # "Посол Великобритании в Москве", "Iceland's ambassador": another state's diplomat, not Russia's
            state = foreign or None
            ministry = self.index.foreign_ministry.get(state) if state else None
            if ministry is not None:
                return self.speaker_from_actor(ministry, text, start, end, "unnamed", phrase_roles)
            return _unnamed_speaker(
                text, start, end, "government", state, head_key != "EMBASSY", phrase_roles
            )
        titled = self.index.match_title(canon, head_key)
        if doc.word(p_lo) in ("its", "their") and head_key in ("REPRESENTATIVE", "EMBASSY"):
            # "The Russian Federation declined to take part. Its delegation told the Council ...": that state's
            ministry = self._ministry_of_state_before(doc, p_lo)
            if ministry is not None:
                return self.speaker_from_actor(ministry, text, start, end, "role", phrase_roles)
        envoy = next(
            (
                j
                for j in range(lo, p_hi - 1)
                if (role_j := infos[j].role) is not None
                and role_j.key in ("EMBASSY", "REPRESENTATIVE", "DIPLOMAT")
                and doc.word(j + 1) == "to"
            ),
            None,
        )
        if envoy is not None and doc.lang != "ru":
            # "the United States Mission to the OSCE Permanent Council": the sending state's foreign service
            sender = next(
                (place[1] for j in range(lo, envoy) if (place := infos[j].place) is not None and place[1]),
                None,
            ) or _nation_ending(doc, lo, envoy)
            ministry = self.index.foreign_ministry.get(sender) if sender not in (None, "RU") else None
            if sender == "RU" and (titled is None or self.index.info[titled[0]].actor.country != "RU"):
                ministry = RUSSIAN_MFA  # "A spokesman for Russia's mission to the EU": Russia's, not the EU's
            if ministry is not None:
                return self.speaker_from_actor(ministry, text, start, end, "title", phrase_roles)
        if (
            titled is not None
            and head_key == "EMBASSY"
            and self.index.info[titled[0]].actor.country == "RU"
            and not any((place := infos[j].place) is not None and place[1] == "RU" for j in range(p_lo, p_hi))
        ):
            titled = None  # "the United States Mission": the US's own mission, not Russia's embassy there
        if titled is not None and head_key in PERSON_ROLE_KEYS and not canon & PLACE_KEYS:
            # "the foreign minister" after "Sergei Lavrov": the holder just named, not another country's
            holder = self._title_holder_before(doc, p_lo, canon)
            titled = (holder, titled[1]) if holder is not None else titled
            if holder is None and self._foreign_service(titled[0]) and FOREIGN_MINISTER in text.lower():
                # "Lithuania issued visas. The foreign minister said", "the Dutch government ... Foreign Minister Stef
                # Blok wrote": the state just named, not Britain's title
                ministry = self._ministry_of_state_before(doc, p_lo)
                if ministry not in (None, RUSSIAN_MFA, self._foreign_service(titled[0])):
                    return self.speaker_from_actor(ministry, text, start, end, "role", phrase_roles)
        if titled is None and head_key in (
            "MINISTRY",
            "MINISTER",
        ):  # "the information ministry" ~ its minister
            swap = {"MINISTRY": "MINISTER", "MINISTER": "MINISTRY"}
            titled = self.index.match_title({swap.get(k, k) for k in canon}, swap[head_key])
        eligible_orgs = [
            m
            for m in orgs
            if self._eligible(doc, m[0], m[1], side, verb_gender)
            and p_lo <= m[0] < p_hi
            and not self._in_role_pp(doc, p_lo, m[0])
        ]
        if (
            titled is not None
            and eligible_orgs
            and not self.index.info[titled[0]].person
            and (titled[0] != eligible_orgs[0][2])
        ):
            titled = None  # "European Parliament resolution on Chechnya": the body named, not a title guess
        if (
            titled is not None
            and head_key in BODY_KEYS - {"OFFICE"}
            and self.index.info[titled[0]].person
            and (head_key not in self.index.info[titled[0]].roles)
        ):
            titled = None  # "Совет при главе Чечни": the council, not the head it is attached to
        if plural and titled is not None and infos[head].role.key != "AUTHORITIES":
            # "LGBT organisations", "activists of SK SOS": not one person or body in particular ("the Chechen
            # authorities" are one government)
            titled = None
        if (
            head_key == "DOC" and not depth
        ):  # "a statement by X", "Joint NGO letter to ...": the document's author
            link = next(
                (j for j in range(head + 1, min(hi, head + 6)) if doc.word(j) in ("by", "of", "from")), None
            )
            if link is not None and any(
                doc.tokens[j].text.islower() and doc.word(j).endswith(("ing", "ed"))
                for j in range(head + 1, link)
            ):
                link = None  # "a resolution condemning the persecution of ...": not the document's author
            stop = next((j for j in range(head + 1, hi) if doc.word(j) == "to"), hi)
            if link is None and doc.lang == "ru" and head + 1 < hi:
                link = head  # "в заявлении организации": the owner follows in the genitive
                # "в докладе Госдепартамента США о соблюдении прав человека": up to the next preposition
                stop = next((j for j in range(head + 2, hi) if doc.word(j) in PREPOSITIONS_RU), stop)
            owner = self._phrase(doc, link + 1, stop, "header", verb_gender, memory, 1) if link else None
            if owner is None:
                modifiers = [j for j in range(p_lo, head) if infos[j].role and infos[j].role.key != "DOC"]
                if modifiers:
                    owner = self._phrase(
                        doc, modifiers[-1], modifiers[-1] + 1, "header", verb_gender, memory, 1
                    )
            if owner is not None:
                return _as(owner, text, start, end, owner.how)
        if head_key in ("OFFICE", "DOC"):  # "Kadyrov's office", "the press service of the head of Chechnya"
            owners = [m for m in self._mentions(doc, p_lo, p_hi) if self.index.info[m[2]].person]
            owners.sort(key=lambda m: doc.infos[m[1] - 1].possessive)  # "Kadyrov's spokesman Alvi Karimov"
            if owners:
                return from_actor(owners[0][2], "org")
            if titled is not None and self.index.info[titled[0]].person:
                return from_actor(titled[0], "title")
        if titled is not None and (head_key is None or titled[1] >= 2):
            if head_key in PERSON_ROLE_KEYS and not self.index.info[titled[0]].person:
                # "официальный представитель МИД" after Zakharova spoke as such: her, not the ministry
                for _offset, previous in reversed(memory.speakers):
                    if (
                        previous.actor
                        and head_key in previous.roles
                        and self.index.body_of.get(previous.actor) == titled[0]
                    ):
                        return from_actor(previous.actor, "role")
            return from_actor(titled[0], "title")
        inner_orgs = [m for m in orgs if p_lo <= m[0] < p_hi]
        if heads and not inner_orgs and (not depth or head_key == "OFFICE"):
            # "the group's director", "директор организации": the body just named speaks through its staff (also
            # a document's owner: "в заявлении пресс-службы ведомства")
            for j in range(p_lo, p_hi):
                role = infos[j].role
                staff = infos[head].role.key in (
                    "ACTIVIST",
                    "JOURNALIST",
                    "SPOKES",
                    "REPRESENTATIVE",
                    "LEADER",
                    "LAWYER",
                    "EXPERT",
                    "OFFICE",  # "the ministry's press service", "в пресс-службе министерства": that ministry
                    "MINISTRY",  # "the committee's regional department": a unit of that committee
                    "AGENCY",
                )
                if (
                    staff
                    and j != head
                    and role is not None
                    and role.body
                    and (
                        role.key in ("NGO", "MEDIA")
                        or (
                            head_key in ("OFFICE", "MINISTRY", "AGENCY")
                            and role.key in ("MINISTRY", "AGENCY", "COMMITTEE", "COUNCIL")
                        )
                    )
                    and (
                        infos[j].possessive
                        or (doc.lang == "ru" and "gent" in morph.cases(tokens[j].text))
                        or doc.word(j - 2) in ("for", "of", "at", "with")  # "a coordinator for the group"
                    )
                ):
                    found = self._anaphora_role(doc, role, p_lo, memory, canon)
                    if isinstance(found, str):
                        return from_actor(found, "role")
        if head_key == "DOC" and not inner_orgs:
            by = next((j for j in range(head + 1, min(hi, head + 5)) if doc.word(j) == "by"), None)
            if by is not None:  # "A resolution adopted by the Assembly said": the body that adopted it
                agent = self._phrase(doc, by + 1, hi, "according", verb_gender, memory, depth + 1)
                if agent is not None and agent.actor is not None and not agent.person:
                    return from_actor(agent.actor, "role")
            # "dismissed the European Parliament's resolution ... The resolution calls for": that body's
            named_owner = self._owner_of_document_named_before(doc, head)
            if named_owner is not None:
                return from_actor(named_owner, "role")
            if doc.lang != "ru" and doc.word(head - 1) in ("his", "her"):
                # "Wolfgang Benedek was appointed ... His report concluded": the person named last, of that gender
                owner_gender = "masc" if doc.word(head - 1) == "his" else "femn"
                person = self.person_before(doc, p_lo, 120, lambda info: info.gender == owner_gender)
                if person is not None:
                    return from_actor(person, "role")
            previous = memory.last(start)
            if (
                previous is not None
                and previous.person
                and previous.actor in self.index.body_of
                and doc.word(head).startswith(BODY_DOCUMENTS)
            ):  # "..., said Tanya Lokshina. В докладе приводятся показания ...": her organisation's report
                return from_actor(self.index.body_of[previous.actor], "role")
            if previous is not None:
                return _as(previous, text, start, end, "role")
            author = self._document_author(doc, p_lo)
            if (
                author is not None
            ):  # "«Мемориал» направил открытое письмо ... — говорится в обращении": its sender
                return from_actor(author, "role")
        if heads and infos[head].role.key == "INTERLOCUTOR":  # "по словам собеседника": the last speaker
            if doc.lang == "ru" and morph.is_plural(doc.word(head)) and head + 1 < p_hi:
                # "Собеседники организации рассказали ...": the people who spoke to it, not the organisation
                return _unnamed_speaker(text, start, end, "person", "RU", True, phrase_roles)
            gender = morph.gender(doc.word(head)) if doc.lang == "ru" else None
            # ("— отвечает собеседница": the last woman quoted, not the authorities her interviewer cited)
            previous = (
                next(
                    (
                        s
                        for o, s in reversed(memory.speakers)
                        if o <= start and s.person and s.gender == gender
                    ),
                    None,
                )
                if gender
                else None
            )
            previous = previous or memory.last(start)
            return _as(previous, text, start, end, "role") if previous is not None else None
        if (
            heads
            and doc.lang == "ru"
            and infos[head].role.body
            and head + 1 < p_hi
            and infos[head + 1].actor in doc.person_actors
            and "gent" in morph.cases(tokens[head + 1].text)
        ):
            return from_actor(infos[head + 1].actor, "role")  # "в ведомстве Москальковой": her office
        if heads:
            role = infos[head].role
            definite = doc.word(p_lo) not in INDEFINITE and not (
                doc.lang != "ru"
                and p_lo == head
                and doc.word(head).endswith("s")
                and role.key != "AUTHORITIES"
            )
            bare = not (canon - ROLE_KEYS - GENERIC_WORDS)
            if (
                doc.lang != "ru"
                and role.key in ("REPRESENTATIVE", "DIPLOMAT", "EMBASSY")
                and RUSSIAN_MFA in self.index.info
                and any(
                    doc.infos[k].possessive and (doc.infos[k].place or ("", ""))[1] == "RU"
                    for k in range(max(0, p_lo - 2), head)
                )
            ):  # "Russia's permanent representative": Russia's diplomat, not an anaphor of the last envoy named
                return self.speaker_from_actor(RUSSIAN_MFA, text, start, end, "unnamed", phrase_roles)
            if (definite or (bare and role.key in ("SPOKES", "REPRESENTATIVE", "DEPUTY"))) and not inner_orgs:
                found = self._anaphora_role(doc, role, p_lo, memory, canon, bare, verb_gender)
                named_country = next((FOREIGN_PLACE_KEYS[k] for k in canon if k in FOREIGN_PLACE_KEYS), None)
                if (
                    isinstance(found, str)
                    and named_country is not None
                    and self.index.info[found].actor.country != named_country
                ):
                    found = None  # "— подчеркнул французский лидер" after Putin was named: not Putin
                if isinstance(found, Speaker):
                    return _as(found, text, start, end, "role")
                if found is not None:
                    if role.key == "SPOKES" and not self.index.info[found].person:
                        found = self.spokesperson.get(found, found)  # "Its spokeswoman": the ministry's one
                    return from_actor(found, "role")
                if definite and bare and role.key in TITLE_ANAPHORA_KEYS | set(self.index.bare_titles):
                    # "the rapporteur", "the commissioner": the last actor named with that role in its titles, or
                    # named by a title with that role word, else the actor whose title is the bare role word
                    for k in range(p_lo - 1, -1, -1):
                        actor = infos[k].actor
                        if actor is not None and role.key in self.index.info[actor].roles:
                            return from_actor(actor, "role")
                        if infos[k].role is not None and infos[k].role.key == role.key:
                            titled_k, _canon = self._phrase_title(doc, k, role.key)
                            if titled_k is not None:  # "UN Special Rapporteur on torture ... The rapporteur"
                                return from_actor(titled_k[0], "role")
                    if role.key in self.index.bare_titles:
                        return from_actor(self.index.bare_titles[role.key], "title")
            # "«Мемориал» заявил ... Правозащитники потребовали": the organisation just quoted, named anew as the
            # subject (the sets disagree on "по данным правозащитников"); "SK SOS says the calls have never stopped.
            # ... a coordinator told us": its staff
            rights_defenders = (
                doc.lang == "ru"
                and plural
                and doc.word(head).startswith("правозащитник")
                # ("По словам правозащитников": the genitive too)
                and bool({"nomn", "gent"} & set(morph.cases(tokens[head].text)))
            )
            staff = (
                not plural
                and doc.word(head) in NGO_STAFF_WORDS
                and (p_lo == head or doc.word(p_lo) in ("a", "an", "one"))
            )
            if bare and (rights_defenders or staff):
                ngo = self._ngo_just_quoted(doc, memory, start)
                if ngo is None and staff:
                    # "The SK SOS crisis group operates ... Its coordinators answer a hotline. '...,' one
                    # coordinator said": the one group the two sentences before named
                    ngo = self._ngo_named_before(doc, p_lo)
                if ngo is not None:
                    return from_actor(ngo, "role")
        if inner_orgs:
            return from_actor(inner_orgs[0][2], "org")
        if not heads:
            return None
        if (
            doc.lang != "ru"
            and tokens[head].text == "Assembly"
            and infos[head].role.key == "PARLIAMENT"
            and PACE in self.index.info
        ):  # "In its resolution, the Assembly condemns ...": no other assembly named, the Council of Europe's
            return from_actor(PACE, "role")
        return self._unnamed(doc, text, start, end, infos[head].role, canon, p_lo, p_hi, verb_gender)

    def _owner_of_document_named_before(self, doc: Doc, head: int) -> str | None:
        """The body whose document of the same kind the text named just before ("the European Parliament's
        resolution", "a PACE resolution"), for a later "The resolution" (English)."""
        if doc.lang == "ru":
            return None
        stem = doc.word(head)[:6]
        for k in range(head - 1, max(-1, head - 120), -1):
            if doc.word(k).startswith(stem) and doc.infos[k].role is not None:
                for j in range(k - 1, max(-1, k - 4), -1):
                    actor = doc.infos[j].actor
                    if actor is not None:
                        return None if self.index.info[actor].person else actor
                    if not doc.tokens[j].is_word and doc.tokens[j].text not in ("'", "’"):
                        break
                return None
        return None

    def _document_author(self, doc: Doc, lo: int) -> str | None:
        """The actor whose sentence, one of the two before token ``lo``, names a document ("Мемориал направил
        открытое письмо генпрокурору"): the subject before the document word, or the person whose document it
        is ("The OSCE's rapporteur, Wolfgang Benedek, presented his report": Benedek's)."""
        layout = doc.layout
        first = layout.sentence_of(doc.tokens[lo].start)
        for sentence in (first - 1, first - 2):
            if sentence < 0:
                return None
            s_lo, s_hi = layout.sentence_tokens(sentence)
            documents = [
                k for k in range(s_lo, s_hi) if (r := doc.infos[k].role) is not None and r.key == "DOC"
            ]
            if documents:
                named = [actor for k in range(s_lo, documents[0]) if (actor := doc.infos[k].actor)]
                if doc.word(documents[0] - 1) in PERSONAL_POSSESSIVES:
                    person = next((a for a in reversed(named) if self.index.info[a].person), None)
                    if person is not None:
                        return person
                return named[0] if named else None
        return None

    def _foreign_or_unnamed(self, text: str, start: int, end: int, country: str) -> Speaker:
        """A government speaker known only by its country: that country's foreign ministry when it is a foreign
        country with one actor for it ("a British diplomat"), else an unnamed government."""
        if country != "RU":
            ministry = self.index.foreign_ministry.get(country)
            if ministry is not None:
                return self.speaker_from_actor(ministry, text, start, end, "unnamed")
        organization = GOVERNMENT_ORGS.get("RUSSIA" if country == "RU" else country)
        return Speaker(
            text, start, end, None, text, organization, "government", country, None, False, "unnamed-plural"
        )

    def _pronoun(
        self, doc: Doc, j: int, gender: str | None, verb_gender: str | None, memory: Memory
    ) -> Speaker | None:
        token = doc.tokens[j]
        want = gender if gender != "masc" or verb_gender not in ("femn", "plur") else verb_gender
        if want == "plur":
            group = self._group_subject(doc, j, memory)
            if group is not None:
                return self.speaker_from_actor(group, token.text, token.start, token.end, "pronoun")
        if doc.lang == "ru" and want in ("masc", "femn"):
            # "ее чеченский коллега: Нухажиеву, по его словам, ...": the person named just before, in its sentence
            s_lo = doc.layout.sentence_tokens(doc.layout.sentence_of(token.start))[0]
            for k in range(j - 1, max(s_lo, j - 4) - 1, -1):
                info = self.index.info.get(doc.infos[k].actor or "")
                if info is not None and info.person and info.gender == want:
                    return self.speaker_from_actor(
                        info.actor.id, token.text, token.start, token.end, "pronoun"
                    )
        turn_start = _turn_start(doc, token.start)
        for _offset, speaker in reversed(memory.speakers):
            if _offset > token.start:
                continue
            if want in ("masc", "femn"):
                if (
                    speaker.person
                    and speaker.gender is None
                    and speaker.actor not in doc.person_actors
                    and _gendered_person_between(doc, _offset, j, want)
                ):
                    break  # "a senior official said ... a woman who gave her name as Zarema ... she said": the woman
                if (
                    not speaker.person
                    and speaker.how == "title"
                    and speaker.roles & OFFICE_HOLDER_ROLES
                    and speaker is memory.speakers[-1][1]
                ):
                    # "The Council of Europe's human rights commissioner said ... “...,” she said": the office's
                    # holder, named by the title
                    return _as(speaker, token.text, token.start, token.end, "pronoun")
                if speaker.person and speaker.gender in (None, want) and speaker.how != "unnamed-plural":
                    topic = self._topic_person(doc, j, want, _offset)
                    if topic is not None:
                        return self.speaker_from_actor(topic, token.text, token.start, token.end, "pronoun")
                    return _as(speaker, token.text, token.start, token.end, "pronoun")
            elif want == "plur":
                if _offset < turn_start:
                    break  # "HOST: The Chechen authorities insist ... / LOKSHINA: ... They described beatings": the men
                if not speaker.person or speaker.how == "unnamed-plural":
                    return _as(speaker, token.text, token.start, token.end, "pronoun")
            elif not speaker.person:
                return _as(speaker, token.text, token.start, token.end, "pronoun")
        # no earlier speaker: the most recent compatible actor mention (in Russian, one that can be a subject:
        # "Елена Милашина, вместе с Ириной Гордиенко опубликовавшая ..., — писала она" is Milashina)
        oblique: str | None = None
        possessor: str | None = None  # "Moskalkova's trajectory is worth tracing. In April 2017 she said"
        for k in range(j - 1, max(-1, j - 400), -1):
            actor = doc.infos[k].actor
            if actor is None:
                continue
            info = self.index.info.get(actor)
            if info is not None and doc.infos[k].possessive and info.person and info.gender == want:
                owned = next(
                    (m for m in range(k + 1, min(j, k + 4)) if doc.tokens[m].is_word and doc.word(m) != "s"),
                    None,
                )
                if possessor is None and owned is not None and doc.infos[owned].role is None:
                    possessor = actor  # (not "Kadyrov's spokesman": the spokesman)
            if info is None or doc.infos[k].possessive:
                continue
            if want in ("masc", "femn") and doc.in_quote(k):
                continue  # '"When Kadyrov says we do not exist, he is talking about me," he said': not Kadyrov
            if (
                want in ("masc", "femn")
                and info.person
                and info.gender == want
                or (want in ("plur", "neut") and not info.person)
            ):
                if info.person and (
                    _oblique_only(doc, k) if doc.lang == "ru" else _after_preposition_en(doc, k)
                ):
                    oblique = oblique or actor
                    continue
                return self.speaker_from_actor(actor, token.text, token.start, token.end, "pronoun")
        fallback = oblique or possessor
        if fallback is not None:
            return self.speaker_from_actor(fallback, token.text, token.start, token.end, "pronoun")
        if want in ("masc", "femn"):  # "Один из бежавших ... «...», — рассказывает он": an unnamed person
            unnamed: Speaker | None = None  # the first role word met, when it was inside a quotation
            for k in range(j - 1, max(-1, j - 80), -1):
                role = doc.infos[k].role
                owner = doc.infos[k + 1].actor
                if (
                    unnamed is None
                    and doc.lang == "ru"
                    and role is not None
                    and not role.body
                    and owner is not None
                    and not self.index.info[owner].person
                    and doc.tokens[k].is_cap
                    and "nomn" in morph.cases(doc.tokens[k].text)
                ):  # "Докладчик ПАСЕ по Чечне представила ... — сказала она": the body's rapporteur (a role
                    # noun's grammatical gender need not be hers)
                    return self.speaker_from_actor(owner, token.text, token.start, token.end, "pronoun")
                if role is not None and (_body_part(doc, k) or _furniture(doc, k)):
                    continue  # '"They put a bag over my head," he said': not a head of anything
                if (
                    role is not None
                    and not role.body
                    and role.kind
                    and not role.plural
                    and (role.gender in (None, want))
                    and not (doc.lang != "ru" and doc.word(k).endswith("s"))
                    and not (doc.lang == "ru" and morph.is_plural(doc.word(k)))  # "назвать других"
                    # "согласился поговорить с корреспондентом. По его словам, ...": not the one spoken to
                    and not (doc.lang == "ru" and "nomn" not in morph.cases(doc.tokens[k].text))
                ):
                    # "the head of the republic discussed the harvest ... he said": Kadyrov
                    titled = None if doc.in_quote(k) else self._title_at(doc, k, want)
                    if titled is not None:
                        return self.speaker_from_actor(titled, token.text, token.start, token.end, "pronoun")
                    if unnamed is None:
                        unnamed = Speaker(
                            token.text,
                            token.start,
                            token.end,
                            None,
                            _described(doc, k),
                            None,
                            # "A former officer of a Chechen police unit ... He said": a private person now
                            "person"
                            if any(doc.word(m) in FORMER_WORDS for m in range(max(0, k - 3), k))
                            else role.kind,
                            "RU",
                            want,
                            True,
                            "unnamed",
                            frozenset({role.key}),
                        )
                    if not doc.in_quote(k):
                        return unnamed
                    # ('"Show me one body, one name," he said': a word of his own; a title further back may name him)
            if unnamed is not None:
                return unnamed
            # "Ruslan — not his real name — keeps his coat on. ... he says": the witness under his chosen name
            witness = _last_pseudonym(doc.text, token.start)
            if witness is not None:
                return Speaker(token.text, token.start, token.end, None, witness, None, "person", "RU", want)
        return None

    def _phrase_title(self, doc: Doc, k: int, key: str):
        """The title match (as ``match_title`` gives it) of the noun phrase around the role word at token ``k`` for
        role ``key``, and the phrase's canonical tokens."""
        s_lo, s_hi = doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[k].start))
        n_lo, n_hi = self._np_bounds(doc, s_lo, s_hi, k, k + 1)
        canon = self.index.canon_tokens(doc.tokens[n_lo:n_hi], doc.infos[n_lo:n_hi], keep_org_ids=True)
        return self.index.match_title(canon, key), canon

    def _title_at(self, doc: Doc, k: int, gender: str) -> str | None:
        """The listed person of ``gender`` whose title the noun phrase around the role word at token ``k`` is."""
        role = doc.infos[k].role
        if role is None:
            return None
        titled, canon = self._phrase_title(doc, k, role.key)
        if titled is None or any(key in FOREIGN_PLACE_KEYS for key in canon):  # ("the German chancellor")
            return None
        info = self.index.info[titled[0]]
        return titled[0] if info.person and info.gender in (None, gender) else None

    def _topic_person(self, doc: Doc, j: int, want: str, since: int) -> str | None:
        """A person of gender ``want`` opening the sentence of the pronoun at ``j`` or the one before, named
        after offset ``since`` (the last speaker's statement): "У Кочеткова другая картина. «…», — заявил он"."""
        layout = doc.layout
        here = layout.sentence_of(doc.tokens[j].start)
        for s_index in range(here, max(-1, here - 5), -1):  # back over the sentences of the quote
            if layout.sentences[s_index][0] < since:
                return None
            lo, hi = layout.sentence_tokens(s_index)
            words = [k for k in range(lo, min(hi, j)) if doc.tokens[k].is_word]
            if words and doc.in_quote(words[0]):
                continue
            opening = words[:4]
            comma = next((k for k in range(lo, min(hi, j, lo + 12)) if doc.tokens[k].text == ","), None)
            if comma is not None:  # "Asked about the German remarks, Kremlin spokesman Dmitry Peskov was ..."
                opening += [k for k in words if k > comma][:4]
            for k in opening:
                actor = doc.infos[k].actor
                info = self.index.info.get(actor) if actor else None
                if info is not None and info.person and info.gender == want:
                    return actor
            if s_index < here:
                return None
        return None

    def _group_subject(self, doc: Doc, j: int, memory: Memory) -> str | None:
        """A body or group opening a sentence after the last speaker's, before the plural pronoun at ``j``.

        "The ministry said … UN experts took the opposite view. According to them, …": "them" are the experts,
        not the last speaker.
        """
        layout = doc.layout
        offset, last = memory.last_with_offset(doc.tokens[j].start)
        if last is None:
            return None
        for s in range(layout.sentence_of(doc.tokens[j].start), layout.sentence_of(max(offset, 0)), -1):
            lo, hi = layout.sentence_tokens(s)
            for k in range(lo, min(hi, lo + 8, j)):
                actor = doc.infos[k].actor
                if actor is None:
                    continue
                info = self.index.info.get(actor)
                if (
                    info is not None
                    and not info.person
                    and not doc.infos[k].possessive
                    and not doc.in_quote(k)
                ):
                    return actor
                break  # only the first actor named in the sentence
        return None

    @staticmethod
    def _plural_role_word(doc: Doc, p_lo: int, key: str) -> bool:
        """Is the role word with key ``key`` near ``p_lo`` a plural ("по словам правозащитников")?"""
        return any(
            (role := doc.infos[k].role) is not None and role.key == key and morph.is_plural(doc.word(k))
            for k in range(p_lo, min(p_lo + 4, len(doc.tokens)))
        )

    def _anaphora_role(
        self,
        doc,
        role: lexicon.Role,
        p_lo: int,
        memory: Memory,
        canon: set[str],
        bare: bool = False,
        verb_gender: str | None = None,
    ):
        """The most recent speaker or mention compatible with a definite role ("the spokesman").

        Returns an actor id, or a previous unnamed :class:`Speaker` whose phrase had the same role word.
        """
        key = role.key
        offset = doc.tokens[p_lo].start
        if key == "OFFICIAL" and bare and not role.plural and doc.lang != "ru" and doc.word(p_lo) == "the":
            # "Nukhazhiev insisted ... "Let them show me one victim," the official said": the official just quoted
            layout = doc.layout
            for _offset, speaker in reversed(memory.speakers):
                if _offset <= offset:
                    near = layout.sentence_of(offset) - layout.sentence_of(_offset) <= 2
                    if near and speaker.person and speaker.kind == "government":
                        return speaker.actor or speaker
                    break
        gender = role.gender or (verb_gender if verb_gender in ("masc", "femn") else None)
        if doc.lang == "ru" and bare and not role.plural and not role.body:
            # "Хеда Саратова заявила ... «...», — сказала правозащитница": the person just quoted, named anew (not
            # "Организация опубликовала" after Lokshina: a feminine word for her body); a present-tense verb gives
            # no gender ("По словам Елены Милашиной, ... — говорит журналист")
            _offset, last = next(
                ((o, s) for o, s in reversed(memory.speakers) if o <= offset and s.person), (-1, None)
            )
            layout = doc.layout
            if (
                last is not None
                and (last.gender == gender if gender else last.actor is not None and verb_gender != "plur")
                and not (gender is None and self._plural_role_word(doc, p_lo, key))
                # the same kind of speaker, or a member of a human-rights body named a rights defender
                and (
                    role.kind == last.kind
                    or role.key == "EXPERT"  # "— рассказала эксперт" after an analyst of any body
                    or (role.key == "ACTIVIST" and "human rights" in (last.organization or "").lower())
                )
                and layout.sentence_of(offset) - layout.sentence_of(_offset) <= 2
            ):
                return last.actor or last
        if key == "EXPERT" and bare and not role.plural and gender is None:
            # "Екатерина Сокирянская ... рассказала, что ... «...», — считает эксперт": the analyst just quoted (a
            # present-tense verb gives no gender), not a rapporteur whose title has the word
            # (the one named, not "ее источники" she cited)
            last_offset, last = next(
                ((o, s) for o, s in reversed(memory.speakers) if o <= offset and s.person and s.actor),
                (-1, None),
            )
            if last is not None and doc.layout.sentence_of(offset) - doc.layout.sentence_of(last_offset) <= 2:
                return last.actor
        if key == "DIPLOMAT" and bare:
            # "представитель МИД Германии ... в разговоре с Сергеем Лавровым ... — сказал дипломат": the envoy just
            # quoted, not the minister he named
            last_offset, last = memory.last_with_offset(offset)
            layout = doc.layout
            if (
                last is not None
                and last.kind == "government"
                and last.roles & {"REPRESENTATIVE", "SPOKES", "EMBASSY", "DIPLOMAT"}
                and layout.sentence_of(offset) - layout.sentence_of(last_offset) <= 2
            ):
                return last.actor or last
        if key == "ACTIVIST" and bare and doc.word(p_lo).startswith(STAFF_WORDS):
            # "Российская ЛГБТ-сеть сообщила ... По словам координаторов, ...": the staff of the group just quoted
            last_offset, last = memory.last_with_offset(offset)
            layout = doc.layout
            if (
                last is not None
                and last.actor is not None
                and not last.person
                and last.kind == "ngo"
                and layout.sentence_of(offset) - layout.sentence_of(last_offset) <= 1
            ):
                return last.actor
        if key == "RANK" and bare:  # "— сказал генерал-лейтенант": the official just quoted
            for _offset, speaker in reversed(memory.speakers):
                if _offset <= offset and speaker.person and speaker.kind == "government":
                    return speaker.actor or speaker
        for _offset, speaker in reversed(memory.speakers):
            if (
                _offset <= offset
                and (
                    key in speaker.roles
                    or (speaker.person and speaker.roles >= ROLE_PARAPHRASES.get(key, {""}))
                    or (key == "JUDGE" and "COURT" in speaker.roles)  # "A court in Grozny ... The judge said"
                )
                and key not in ("PERSON", "OFFICIAL", "AUTHORITIES")
            ):
                # "Saratova said ... The council said": her council (unless the word is a body's own name: "the
                # Network" after "the Russian LGBT Network" and "its coordinator Isteev")
                if role.body and speaker.person and speaker.actor in self.index.body_of:
                    return self._named_by_word(doc, p_lo) or self.index.body_of[speaker.actor]
                if not speaker.person and key in PERSON_ROLE_KEYS:
                    # "PACE adopted a resolution ... based on a report by Piet De Bruyn. The rapporteur said":
                    # a person named since with that role, not the body that spoke
                    named = self._titled_person_before(doc, p_lo, key, since=_offset)
                    if named is not None:
                        return named
                return speaker.actor or speaker
        if bare and key in ("SPOKES", "REPRESENTATIVE", "DEPUTY"):  # "a spokesperson" for the body just named
            para_start = doc.layout.paragraphs[doc.layout.paragraph_of(offset)][0]
            # a body that spoke keeps the actor it was resolved to ("Germany's Foreign Office said ... A spokesman
            # said": the German one, though the words "Foreign Office" alone name the British)
            spoke = [(s.start, s.end, s.actor) for _o, s in memory.speakers if not s.person and s.actor]
            for k in range(p_lo - 1, max(-1, p_lo - 120), -1):
                at = doc.tokens[k].start
                actor = next((a for lo, hi, a in spoke if lo <= at < hi), doc.infos[k].actor)
                if at < para_start:
                    break
                if (
                    actor is None
                    or self.index.info[actor].person
                    or self.index.info[actor].actor.kind == "media"
                    # ("survivors who had testified before the Parliamentary Assembly": not who speaks)
                    or (doc.lang != "ru" and _before_the_body(doc, k))
                ):
                    continue  # (an outlet named is mostly the one told: "сообщили «Интерфаксу»")
                if key != "DEPUTY" or PARLIAMENT_NAME.search(self.index.info[actor].actor.name):
                    return actor  # "Lawmakers said": members of the parliament just named
            if key == "DEPUTY":
                return None
            for _offset, speaker in reversed(memory.speakers):
                if _offset <= offset and not speaker.person:
                    return speaker.actor or speaker

        def fits(actor_id: str) -> bool:
            info = self.index.info.get(actor_id)
            if info is None:
                return False
            kind = info.actor.kind
            if key == "AGENCY" and doc.lang == "ru":  # "ведомство" is a state body, never a news agency
                return not info.person and kind == "government"
            if key in info.roles and (info.person == (key in PERSON_ROLE_KEYS) or key in OFFICE_HOLDER_ROLES):
                return True  # ("Комиссар Совета Европы ... В письме комиссар выразила": the office named by its holder)
            if key in ANAPHORIC_PERSON_ROLES or key in BODY_ROLE_MATCH:
                return False
            name = info.actor.name.lower()
            if key == "AGENCY":  # "ведомство": the government body just mentioned
                return not info.person and kind == "government"
            if key == "INVESTIGATOR":
                return not info.person and ("investigat" in name or "следств" in name)
            if key == "JUDGE":
                return not info.person and kind == "court"
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

        if (
            key == "EXPERT"
        ):  # "Wolfgang Benedek's report for the OSCE ... The rapporteur concluded": the expert
            named = self._titled_person_before(doc, p_lo, key)
            if named is not None:
                return named
        for _offset, speaker in reversed(memory.speakers):
            if _offset <= offset and speaker.actor and fits(speaker.actor):
                return speaker.actor
        for k in range(p_lo - 1, max(-1, p_lo - 400), -1):
            actor = doc.infos[k].actor
            if (
                actor is None
                and role.body
                and (named_role := doc.infos[k].role) is not None
                and named_role.key == key
            ):
                # "Chechnya's interior ministry did not respond. The ministry said later ...": a body named by a
                # title phrase, not by one of its names
                titled, _canon = self._phrase_title(doc, k, key)
                actor = titled[0] if titled is not None and titled[1] >= 2 else None
            if actor is not None and fits(actor):
                return actor
        return None

    def _ngo_just_quoted(self, doc: Doc, memory: Memory, start: int) -> str | None:
        """The listed organisation (not a person) that is the last speaker, if it spoke in this sentence or the two
        before the offset ``start``."""
        offset, previous = memory.last_with_offset(start)
        if previous is None or previous.actor is None or previous.person or previous.kind != "ngo":
            return None
        layout = doc.layout
        return previous.actor if layout.sentence_of(start) - layout.sentence_of(offset) <= 2 else None

    def _ngo_named_before(self, doc: Doc, p_lo: int, sentences_back: int = 2) -> str | None:
        """The one non-governmental organisation named between the start of the sentence ``sentences_back``
        before the one of token ``p_lo`` and ``p_lo``, if exactly one."""
        layout = doc.layout
        sentence = layout.sentence_of(doc.tokens[p_lo].start)
        lo = layout.sentence_tokens(max(0, sentence - sentences_back))[0]
        named = {
            info.actor.id
            for k in range(lo, p_lo)
            if (info := self.index.info.get(doc.infos[k].actor or "")) is not None
            and not info.person
            and info.actor.kind == "ngo"
        }
        return named.pop() if len(named) == 1 else None

    def person_before(
        self, doc: Doc, p_lo: int, reach: int, fits: Callable[[ActorInfo], bool], since: int = -1
    ) -> str | None:
        """The listed person named last within ``reach`` tokens before token ``p_lo`` (and after offset ``since``)
        for whom ``fits`` holds."""
        for k in range(p_lo - 1, max(-1, p_lo - reach), -1):
            if doc.tokens[k].start < since:
                break
            info = self.index.info.get(doc.infos[k].actor or "")
            if info is not None and info.person and fits(info):
                return info.actor.id
        return None

    def _spokesperson_of_owner(self, doc: Doc, owner_word: int) -> str | None:
        """The listed spokesperson of whoever "his"/"her"/"its" at ``owner_word`` stands for: the person of that
        gender, or the body, named last ("Putin ... his spokesman": Peskov; "the Foreign Ministry. Its
        spokeswoman": Zakharova)."""
        word = doc.word(owner_word)
        if word == "its":  # the last body named, unless a body is named only by its role ("the ministry")
            body = next(
                (
                    k
                    for k in range(owner_word - 1, max(-1, owner_word - 120), -1)
                    if ((actor := doc.infos[k].actor) is not None and not self.index.info[actor].person)
                    or ((role := doc.infos[k].role) is not None and role.body)
                ),
                None,
            )
            if body is None:
                return None
            owner, body_role = doc.infos[body].actor, doc.infos[body].role
            if owner is None and body_role is not None:  # "the Foreign Ministry": the body that title names
                first = body
                while first > 0 and doc.tokens[first - 1].is_cap and doc.tokens[first - 1].is_word:
                    first -= 1
                phrase = doc.text[doc.tokens[first].start : doc.tokens[body].end]
                titled_body = self.index.match_title(set(self.index.canon_string(phrase)), body_role.key)
                owner = None if titled_body is None else titled_body[0]
        else:
            gender = "masc" if word == "his" else "femn"
            owner = self.person_before(doc, owner_word, 120, lambda info: info.gender == gender)
        if owner is None:
            return None
        owner_titles = [frozenset({"@" + owner})] + list(self.index.info[owner].titles)
        return next(
            (
                titled[0]
                for title in owner_titles
                if (titled := self.index.match_title(set(title) | {"SPOKES"}, "SPOKES")) is not None
                and "SPOKES" in self.index.info[titled[0]].roles
            ),
            None,
        )

    def _titled_person_before(self, doc: Doc, p_lo: int, key: str, since: int = -1) -> str | None:
        """The listed person with role ``key`` named last before token ``p_lo`` (and after offset ``since``)."""
        return self.person_before(doc, p_lo, 400, lambda info: key in info.roles, since)

    def _named_by_word(self, doc: Doc, p_lo: int) -> str | None:
        """The organisation named earlier whose name holds the body word at ``p_lo`` ("Сеть" -> "ЛГБТ-сеть")."""
        head = next((j for j in range(p_lo, min(len(doc.tokens), p_lo + 4)) if doc.infos[j].role), None)
        if head is None:
            return None
        stem = doc.word(head)[:4]
        for k in range(p_lo - 1, max(-1, p_lo - 300), -1):
            actor = doc.infos[k].actor
            if actor is not None and not self.index.info[actor].person and stem in doc.word(k):
                return actor
        return None

    def _group_before(self, doc: Doc, lo: int, verb_gender: str | None, memory: Memory) -> Speaker | None:
        """The group or body named last in the sentence before token ``lo`` (or earlier in its own)."""
        layout = doc.layout
        sentence = layout.sentence_of(doc.tokens[lo].start)
        first = layout.sentence_tokens(max(0, sentence - 1))[0]
        for k in range(lo - 1, first - 1, -1):
            role, actor = doc.infos[k].role, doc.infos[k].actor
            if (role is not None and role.key != "DOC" and (role.plural or role.key != "PERSON")) or (
                actor is not None and actor not in doc.person_actors
            ):
                seg_lo = layout.sentence_tokens(layout.sentence_of(doc.tokens[k].start))[0]
                return self._phrase(doc, seg_lo, k + 1, "header", verb_gender, memory, 1)
        return None

    def _title_holder_before(self, doc: Doc, p_lo: int, canon: set[str]) -> str | None:
        """The listed person named last (within about a paragraph) before token ``p_lo`` whose title, without its
        country, is all in ``canon``."""
        bodies = {key[1:] for key in canon if key.startswith("@")}

        def holds(info: ActorInfo) -> bool:
            if any(len(title - PLACE_KEYS) >= 2 and title - PLACE_KEYS <= canon for title in info.titles):
                return True
            # "Elena Milashina ... The Novaya Gazeta correspondent": a journalist of the outlet named
            role = bool(canon & info.roles) or ("JOURNALIST" in canon and info.actor.kind == "media")
            return role and self.index.body_of.get(info.actor.id) in bodies

        return self.person_before(doc, p_lo, 150, holds)

    def government_before(self, doc: Doc, p_lo: int) -> str | None:
        """The government body (actor id) named last before token ``p_lo`` in its paragraph, if any."""
        para_start = doc.layout.paragraphs[doc.layout.paragraph_of(doc.tokens[p_lo].start)][0]
        for k in range(p_lo - 1, max(-1, p_lo - 80), -1):
            if doc.tokens[k].start < para_start:
                break
            actor = doc.infos[k].actor
            info = self.index.info.get(actor) if actor else None
            if (
                info is not None
                and info.actor.kind == "government"
                and not info.person
                and info.actor.country
            ):
                return doc.infos[k].actor
        return None

    def _body_of_the_forum(self, doc: Doc, role: lexicon.Role, p_lo: int, p_hi: int) -> str | None:
        """A bare "the Court" in a text on the Convention is the European Court of Human Rights, "the Assembly" in
        one on the Council of Europe its Parliamentary Assembly, a bare "Spokesperson" in one on the EU its foreign
        service (see FORUM_BODIES), and "the Russian embassy" the one in the foreign country the text names."""
        if role.key == "EMBASSY":
            return self._russian_embassy_in_context(doc, p_lo, p_hi)
        words = [doc.word(j) for j in range(p_lo, p_hi) if doc.tokens[j].is_word and doc.word(j) != "the"]
        if len(words) != 1:
            return None
        for key, word, context, actor_id in FORUM_BODIES:
            if role.key == key and words[0].startswith(word) and context.search(doc.text):
                return actor_id if actor_id in self.index.info else None
        return None

    def _foreign_service(self, actor_id: str) -> str | None:
        """The foreign ministry ``actor_id`` is, or belongs to (None for any other actor)."""
        ministries = self.index.foreign_ministry.values()
        body = self.index.body_of.get(actor_id, actor_id)
        return actor_id if actor_id in ministries else body if body in ministries else None

    def _ministry_of_state_before(self, doc: Doc, p_lo: int) -> str | None:
        """The foreign ministry of the state named last before token ``p_lo`` (in its sentence or the one before)."""
        layout = doc.layout
        first = layout.sentence_tokens(max(0, layout.sentence_of(doc.tokens[p_lo].start) - 1))[0]
        for k in range(p_lo - 1, first - 1, -1):
            place = doc.infos[k].place
            if place is not None and place[1] and (place[0] in COUNTRY_KEYS or place[0] == place[1]):
                ministry = "russian-mfa" if place[1] == "RU" else self.index.foreign_ministry.get(place[1])
                return ministry if ministry in self.index.info else None
        return None

    def _russian_embassy_in_context(self, doc: Doc, p_lo: int, p_hi: int) -> str | None:
        """ "the Russian embassy" with no place of its own: the embassy in the one foreign country the text names
        ("Britain had raised the matter ..., while the Russian embassy said ...")."""
        countries = [place[1] for j in range(p_lo, p_hi) if (place := doc.infos[j].place) is not None]
        if countries != ["RU"] or not any(
            doc.word(j).startswith(("embass", "посольств")) for j in range(p_lo, p_hi)
        ):
            return None  # (not "Russia's mission to the OSCE")
        named = {
            place[1]
            for info in doc.infos
            if (place := info.place) is not None and place[1] not in (None, "RU", "EU")
        } & RUSSIAN_EMBASSIES.keys()
        if not named and (legislature := _legislature_before(doc, p_lo)) in RUSSIAN_EMBASSIES:
            # "Rep. Hultgren: The Russian Embassy has told this Commission ...": the one in Washington
            named = {legislature}
        if len(named) != 1:
            return None
        embassy = RUSSIAN_EMBASSIES[named.pop()]
        return embassy if embassy in self.index.info else None

    def _unnamed(self, doc, text, start, end, role, canon, p_lo, p_hi, verb_gender) -> Speaker | None:
        """A speaker without an actor entry, described by role and place words."""
        forum_body = self._body_of_the_forum(doc, role, p_lo, p_hi)
        if forum_body is not None:
            return self.speaker_from_actor(forum_body, text, start, end, "role")
        plural = _plural_head(doc, p_lo, p_hi, role)  # "activists", "источники в Чечне": a group
        kind = role.kind
        country = None
        for j in range(p_lo, p_hi):
            place = doc.infos[j].place
            if place is not None and place[0] in ("WEST", "EU") and role.kind == "government":
                break  # "Western diplomats in Moscow", "a European official": not Russian
            if place is not None and place[1] is not None:
                country = place[1]
                break
        persons = [m for m in self._mentions(doc, p_lo, p_hi) if self.index.info[m[2]].person]
        if persons:  # "an aide to Kadyrov": the kind and country of the person served
            served = self.index.info[persons[0][2]].actor
            # "Kadyrov's people", "Kadyrov's team": his staff, not private persons
            staff = role.key == "PERSON" and any(doc.word(j) in ENTOURAGE_WORDS for j in range(p_lo, p_hi))
            kind = served.kind if kind in (None, "government") or staff else kind
            country = country or served.country
        if role.key == "LEADER" and any(doc.word(j) in COMMUNITY_WORDS for j in range(p_lo, p_hi)):
            kind = "person"  # "religious leaders and elders", "старейшины и религиозные лидеры": no office
        if role.key == "LAWYER" and any(
            doc.word(j) in RIGHTS_GROUP_WORDS
            or (doc.infos[j].role is not None and doc.infos[j].role.key in ("NGO", "COMMITTEE"))
            for j in range(p_lo, p_hi)
        ):
            kind = (
                "ngo"  # "human rights lawyers", "a lawyer with the Committee Against Torture"; else counsel
            )
        if not role.body and role.key in ("PERSON", "OFFICIAL", "SPOKES", "REPRESENTATIVE"):
            bodies = [
                j
                for j in range(p_lo, p_hi)
                if doc.infos[j].role is not None
                and doc.infos[j].role.body
                and doc.infos[j].role.kind
                and doc.infos[j].role.key != "MEDIA"
            ]  # "told a TV channel": not its employee
            if not bodies and doc.lang != "ru" and doc.word(p_hi) in ("who", "that"):
                # "a man who answered the phone at the press office in Grozny said": where the speaker works
                for j in range(p_hi + 1, min(len(doc.tokens), p_hi + 16)):
                    if not doc.tokens[j].is_word:
                        break
                    role_j = doc.infos[j].role
                    if role_j is not None and (
                        (
                            role_j.key in WORKPLACE_KEYS
                            and any(doc.word(k) in LOCATIVE for k in range(j - 3, j))
                        )
                        or (role_j.key == "NGO" and any(doc.word(k) in RUNS for k in range(j - 3, j)))
                    ):
                        bodies.append(j)  # "... at the press office", "a woman who runs a shelter"
            located = [j for j in bodies if any(doc.word(k) in LOCATIVE for k in range(max(p_lo, j - 3), j))]
            body = doc.infos[(located or bodies)[0]].role if bodies else None
            if body is not None:  # "a man who answered the phone at the press office"
                kind = body.kind
        if role.key == "EMBASSY" and kind == "government" and country not in (None, "RU"):
            ministry = self.index.foreign_ministry.get(country)
            if ministry is not None:  # "the US mission to the OSCE": the State Department's
                return self.speaker_from_actor(ministry, text, start, end, "unnamed")
        if (
            kind == "government"
            and country != "RU"
            and not persons
            # (a head only of a foreign body: "the head of the Argun city administration" is an official)
            and (role.key in ("SPOKES", "REPRESENTATIVE", "OFFICIAL") or (role.key == "LEADER" and country))
            and _unlisted_body(doc, p_lo, p_hi)
        ):
            # "a spokesperson for Rainbow Railroad", "The head of the Estonian LGBT Association": an organisation we
            # do not know, not a state
            kind = "ngo"
        if (
            role.key == "SPOKES"
            and kind == "government"
            and country is None
            and STATE_DEPARTMENT_BRIEFING in doc.text
            and US_STATE_DEPARTMENT in self.index.info
        ):  # "Department Press Briefing ... THE SPOKESPERSON: ...": the State Department's transcript
            return self.speaker_from_actor(US_STATE_DEPARTMENT, text, start, end, "role")
        if kind == "government" and country is None and not persons and not ("UN" in canon or "EU" in canon):
            # "The Foreign Office has raised ..., a minister said": the government body named just before
            body = self.government_before(doc, p_lo)
            if body is not None and role.key in (
                "MINISTER",
                "SPOKES",
                "OFFICIAL",
                "REPRESENTATIVE",
                "DIPLOMAT",
            ):
                roles = _role_keys(doc, p_lo, p_hi)
                if not role.plural and (doc.lang == "ru" or doc.word(p_lo) == "the"):
                    # "Maria Zakharova, the Foreign Ministry spokeswoman, said ... the diplomat noted": a bare
                    # title is the body's person just named, not the body
                    holder = self.person_before(
                        doc, p_lo, 150, lambda info: self.index.body_of.get(info.actor.id) == body
                    )
                    if holder is not None:
                        return self.speaker_from_actor(holder, text, start, end, "title", roles)
                return self.speaker_from_actor(body, text, start, end, "unnamed", roles)
            country = self.index.info[body].actor.country if body is not None else None
        if kind is None:
            if "UN" in canon or "EU" in canon:
                kind = "intergovernmental"
            elif role.key == "COUNCIL":
                kind = "government"
            elif role.key == "DOC" and any(doc.word(j) in MEDIA_CHANNEL_WORDS for j in range(p_lo, p_hi)):
                kind = "media"  # "the pro-government Telegram channel Severny Front told its subscribers"
            else:
                return None
        if (
            country is None
            and kind == "government"
            and any(doc.word(j) in UK_PARTY_WORDS for j in range(p_lo, p_hi))
        ):
            country = "GB"  # "The Labour MP Helen Marsh said": a member of the UK Parliament
        if country is None and kind == "government" and _in_uk_parliament(doc.text):
            country = "GB"  # "The Minister for Europe:" answering "the hon. Gentleman" in the Commons
        if country is None and kind == "court":
            # "An administrative court in Munich ... The judges disagreed": the court named before, else Russian
            # (a European one, or one ruling on the Convention, is the Strasbourg court)
            sentence_end = doc.layout.sentences[doc.layout.sentence_of(start)][1]
            if ECHR_HINT.search(doc.text, 0, sentence_end) and ECHR in self.index.info:
                return self.speaker_from_actor(ECHR, text, start, end, "role")
            court_actor, court_country = _court_before(doc, p_lo)
            if court_actor is not None:
                return self.speaker_from_actor(court_actor, text, start, end, "role")
            country = court_country or "RU"
        if (
            country is None
            and kind in ("government", "person", "ngo", "media", "court")
            and not ("UN" in canon or "EU" in canon or "WEST" in canon)
        ):
            # an unnamed official, activist, witness or court in these reports is Russian/Chechen, unless the
            # sentence set the scene abroad first ("At a reception in Paris city hall, the deputy mayor said"; a
            # witness there is still one from Chechnya)
            legislature = (
                _legislature_before(doc, p_lo)
                if kind == "government" and role.key in LEGISLATIVE_ROLES
                else None
            )
            country = (
                (
                    _setting_abroad(doc, p_lo)
                    or legislature
                    or (
                        _body_named_with_state_before(doc, p_lo, p_hi)
                        if kind == "government" and role.body
                        else None
                    )
                    or (_dateline_abroad(doc) if kind == "government" else None)
                )
                if kind != "person"
                else None
            ) or "RU"
            if kind == "ngo" and (role.body or (role.key == "ACTIVIST" and plural)) and country == "RU":
                country = None  # "rights groups", "LGBT organisations", "activists": national origin unknown
        organization = None
        if kind == "government":
            if role.key == "EMBASSY" or "EMBASSY" in canon:
                organization = f"{NATIONALITY.get(country or '', '')} embassy".strip()
            else:
                place_key = next(
                    (
                        k
                        for k in ("CHECHNYA", "GROZNY", "KREMLIN", "RUSSIA", "US", "GB", "DE", "FR", "CA")
                        if k in canon
                    ),
                    None,
                )
                if place_key is None and country == "RU":
                    place_key = "RUSSIA"
                organization = GOVERNMENT_ORGS.get(place_key or "")
        description = LEADING_ARTICLE.sub("", text)
        gender = role.gender or (verb_gender if verb_gender in ("masc", "femn") else None)
        # "источники в Чечне": a group, never the antecedent of a singular pronoun
        how = "unnamed-plural" if role.body or plural else "unnamed"
        roles = _role_keys(doc, p_lo, p_hi)
        if (
            kind == "government"
            and country not in (None, "RU")
            and role.key in FOREIGN_SERVICE_ROLES
            and not any(doc.word(j) in OTHER_MINISTRIES for j in range(p_lo, p_hi))
        ):
            ministry = self.index.foreign_ministry.get(country)
            if ministry is not None:
                return self.speaker_from_actor(ministry, text, start, end, "unnamed", roles)
        if (
            kind == "ngo"
            and not plural
            and any((r := doc.infos[j].role) is not None and r.key == "NGO" for j in range(p_lo, p_hi))
        ):
            # "..., опрошенных «Мемориалом», сообщила сотрудница правозащитного центра": the centre named in the
            # same sentence
            named = self._ngo_named_before(doc, p_lo, 0)
            if named is not None:
                return self.speaker_from_actor(named, text, start, end, "role")
        if kind == "government" and country == "RU" and not persons and role.key in RUSSIAN_SERVICE_OF_ROLE:
            # "investigators", "Russian prosecutors", "police in Chechnya": the service they work for
            service = RUSSIAN_SERVICE_OF_ROLE[role.key]
            chechen = bool({"CHECHNYA", "GROZNY"} & canon)
            if (role.key != "POLICE" or chechen) and service in self.index.info:  # police elsewhere: no entry
                return self.speaker_from_actor(service, text, start, end, "unnamed", roles)
        if (
            kind == "government"
            and country == "RU"
            and RUSSIAN_MFA in self.index.info
            and any(
                doc.word(j) in DIPLOMATIC_MISSION_WORDS
                or (doc.word(j) in REPRESENTATIVE_WORDS and "RUSSIA" in canon and not LOCAL_PLACES & canon)
                for j in range(p_lo, p_hi)
            )
        ):
            # "Russia's mission in Geneva", "the Russian delegation", "Russia's envoy", "a Russian diplomat", "the
            # Russian representative" (of Russia alone, no body named): the foreign ministry's
            return self.speaker_from_actor(RUSSIAN_MFA, text, start, end, "unnamed", roles)
        return Speaker(
            text,
            start,
            end,
            None,
            description,
            organization,
            kind,
            country,
            gender,
            not role.body,
            how,
            roles,
        )


def _names_representative(doc: Doc, words: list[int]) -> bool:
    """Does a relative clause name who represents its antecedent ("которую представляло Министерство юстиции",
    "represented by the Justice Ministry")?"""
    return any(doc.word(j).startswith(("представля", "represent")) for j in words[1:3])


RELATIVE = lexicon.words(
    "who which whom whose that который которая которое которые которого которых которым которыми котором которой "
    "которую чей чья чьё чье чьи"
)


DATELINE_DASHES = frozenset(["-", "–", "—", "--"])


def _adverbial(doc: Doc, words: list[int]) -> bool:
    """A sentence-opening adverbial ("Earlier", "In 2018", "On Thursday", "Ранее") rather than a subject."""
    first = doc.word(words[0])
    prepositions = PREPOSITIONS_RU if doc.lang == "ru" else PREPOSITIONS_EN
    return len(words) <= 4 and (
        first in SENTENCE_ADVERBS
        or (len(words) == 1 and first.endswith("ly"))
        or (first in prepositions and not any(doc.infos[j].actor or doc.infos[j].role for j in words))
    )


def _plural_head(doc: Doc, lo: int, hi: int, role: lexicon.Role) -> bool:
    """Is the role word of the phrase [lo, hi) plural ("activists", "правозащитники")?"""
    if role.plural:
        return True
    return doc.lang == "ru" and any(
        doc.infos[j].role is role and morph.is_plural(doc.word(j)) for j in range(lo, hi)
    )


def _accredited_to(doc: Doc, lo: int, m_lo: int) -> bool:
    """Is the body mentioned at ``m_lo`` the one an envoy is sent to ("Russia's representative to the OSCE",
    "ambassador to the UN", "A Russian diplomat at the OSCE"), not the one the speaker works for?"""
    k = m_lo - 1
    if k >= lo and doc.word(k) == "the":
        k -= 1
    if k < lo or doc.word(k) not in ("to", "at"):
        return False
    # ("Lapunov's representatives at the Russian LGBT Network" work there)
    envoys = ("REPRESENTATIVE", "DIPLOMAT", "EMBASSY") if doc.word(k) == "to" else ("DIPLOMAT",)
    return any(
        (role := doc.infos[j].role) is not None and role.key in envoys for j in range(max(lo, k - 4), k)
    )


def _role_keys(doc: Doc, lo: int, hi: int) -> frozenset[str]:
    """The keys of the role words among tokens [lo, hi): the roles a phrase gives its speaker."""
    return frozenset(role.key for j in range(lo, hi) if (role := doc.infos[j].role))


def _ends_in_dative(doc: Doc, lo: int, hi: int) -> bool:
    """Is the last word in tokens [lo, hi) in the dative (an outlet told: "«Кавказскому узлу»")? False with no word."""
    last = next((k for k in range(hi - 1, lo - 1, -1) if doc.tokens[k].is_word), None)
    return last is not None and "datv" in morph.cases(doc.tokens[last].text)


def _skip_marks(doc: Doc, j: int, hi: int) -> int:
    """Past the quotation marks at token ``j`` (before ``hi``)."""
    while j < hi and doc.tokens[j].text in QUOTE_CHARS:
        j += 1
    return j


def _outlet_end(doc: Doc, j: int, hi: int) -> int:
    """Past a news outlet's mention starting at token ``j`` and the marks after it (or ``j``)."""
    infos = doc.infos
    actor = infos[j].actor if j < hi else None
    if actor is None or actor not in doc.media_actors:
        return j
    mention = infos[j].mention
    while j < hi and infos[j].mention == mention and infos[j].actor == actor:
        j += 1
    return _skip_marks(doc, j, hi)


def _after_dateline(doc: Doc, lo: int, hi: int) -> int:
    """Skip a wire dateline ("MOSCOW -", "MOSCOW (Reuters) -", "ГРОЗНЫЙ —") at the start of a speaker window:
    the city names where the story was filed, not the speaker."""
    tokens, j = doc.tokens, lo
    # a live blog's time stamp ("09:40 The Russian LGBT Network says ...")
    if j + 3 < hi and tokens[j].text.isdigit() and tokens[j + 1].text == ":" and tokens[j + 2].text.isdigit():
        return j + 3
    if (
        j + 1 < hi
        and j >= 2
        and tokens[j].text.isdigit()
        and tokens[j - 1].text == ":"
        and tokens[j - 2].text.isdigit()
    ):
        return j + 1
    while j < hi and tokens[j].is_word and len(tokens[j].text) > 1 and tokens[j].text.isupper():
        j += 1
    if j == lo:
        return lo
    if j < hi and tokens[j].text == "(":
        close = next((k for k in range(j + 1, min(hi, j + 6)) if tokens[k].text == ")"), None)
        j = close + 1 if close is not None else j
    if j < hi and tokens[j].text == ",":  # "MOSCOW, Oct 16 —", "GENEVA, 3 April —": the date filed
        k = j + 1
        while k < min(hi, j + 5) and (tokens[k].is_cap or tokens[k].text.isdigit() or tokens[k].text == "."):
            k += 1
        j = k if k > j + 1 and k < hi and tokens[k].text in DATELINE_DASHES else j
    if j + 1 < hi and tokens[j].text in DATELINE_DASHES:
        return j + 1
    return lo


# how a witness's chosen name is introduced: "a man who asked to be identified only as Rustam", "who gave his name
# only as Amir", "under the name Islam", "попросил называть его Ахмедом", "представившийся Русланом"
PSEUDONYM_LEAD = (
    r"(?:identified (?:only )?as|(?:his|her|their) (?:first )?name (?:only )?as|known (?:only )?as|under the name|"
    r"calls? himself|called himself|(?:a |the )?pseudonym|называть (?:его|её|ее|себя)|представи\w*(?: как)?|"
    r"назвавш\w*(?: себя)?|по имени|под именем)"
)
PSEUDONYM_NAMES = re.compile(
    rf"{PSEUDONYM_LEAD}\s+([A-ZА-ЯЁ][a-zа-яё]{{2,}})\b"
    r"|\b([A-ZА-ЯЁ][a-zа-яё]{2,})\s*[—–(,-]\s*(?:not (?:his|her) real name|имя изменено|имя изменён\w*|"
    # "Ruslan, who asked that his surname not be published"
    r"(?:\d+,\s+)?who asked (?:that |for |not to have )?(?:his|her) (?:surname|last name|full name|real name))"
)


@lru_cache(maxsize=16)
def _chosen_names(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, name) of every witness name introduced as a chosen name in ``text`` (one scan per text)."""
    return tuple((m.start(), m.group(1) or m.group(2)) for m in PSEUDONYM_NAMES.finditer(text))


def _pseudonym(text: str, name: str, before: int) -> bool:
    """Was ``name`` introduced before offset ``before`` as someone's chosen name (an unlisted witness)?"""
    if " " in name or len(name) < 3:
        return False
    stem = name[:-2] if morph.is_cyrillic(name.lower()) and len(name) > 4 else name
    return any(at <= before and chosen.startswith(stem) for at, chosen in _chosen_names(text))


def _last_pseudonym(text: str, start: int) -> str | None:
    """The last chosen name introduced in the 3,000 characters before offset ``start`` of ``text``, if any."""
    found = [name for at, name in _chosen_names(text) if start - 3000 <= at < start]
    return found[-1] if found else None


def _gendered_person_between(doc: Doc, offset: int, j: int, want: str) -> bool:
    """Is a person of gender ``want`` described ("a woman", "her mother") between offset ``offset`` and token ``j``?"""
    for k in range(j - 1, max(-1, j - 80), -1):
        if doc.tokens[k].start <= offset:
            return False
        role = doc.infos[k].role
        if role is not None and role.key == "PERSON" and role.gender == want and not role.plural:
            return True
    return False


def _one_of_them(doc: Doc, lo: int, hi: int) -> bool:
    """Are tokens [lo, hi) "one of them" / "один из них" (a member of a group just named)?"""
    return hi - lo == 3 and (
        (
            doc.word(lo) in ("one", "some")
            and doc.word(lo + 1) == "of"
            and doc.word(lo + 2) in ("them", "those")
        )
        or (
            doc.word(lo) in ("один", "одна", "одни")
            and doc.word(lo + 1) == "из"
            and doc.word(lo + 2) == "них"
        )
    )


def _verb_like(doc: Doc, j: int) -> bool:
    """English: does token ``j`` look like a finite verb after a subject ("issued", "has", "adopted")?"""
    word = doc.word(j)
    return doc.tokens[j].text.islower() and (
        word in ("has", "have", "had", "is", "was", "were", "are", "will", "would")
        or (word.endswith("ed") and not doc.infos[j].role and doc.word(j - 1) not in ("the", "a", "an"))
    )


def _adjectival(doc: Doc, j: int) -> bool:
    """A role word used as an adjective ("official results", "official figures")."""
    if doc.lang == "ru" or doc.word(j) != "official":
        return False
    nxt = doc.tokens[j + 1] if j + 1 < len(doc.tokens) else None
    return bool(
        nxt
        and nxt.is_word
        and nxt.text.islower()
        and not doc.infos[j + 1].role
        and doc.word(j + 1) not in PREPOSITIONS_EN
        and doc.word(j + 1) not in AFTER_NOUN_OFFICIAL
    )


# "an official has said", "the official, who ...": words after "official" the noun, not the adjective
AFTER_NOUN_OFFICIAL = frozenset(
    lexicon.words("has had have was is were are would will did does who which also")
).union(*lexicon.EN_VERBS.values())


def _described(doc: Doc, k: int) -> str:
    """The role word at token ``k`` as a name, with its "of ..." part ("один из бежавших", "one of the men")."""
    end = k + 1
    if doc.word(k + 1) in ("из", "of"):
        end = k + 2
        while end < min(len(doc.tokens), k + 6) and doc.tokens[end].is_word:
            end += 1
            if not morph.is_adjective(doc.tokens[end - 1].text) and doc.word(end - 1) not in ("the", "a"):
                break
    return doc.text[doc.tokens[k].start : doc.tokens[end - 1].end]


def _unlisted_body(doc: Doc, lo: int, hi: int) -> bool:
    """Does the phrase [lo, hi) name, after "for"/"of"/"at", a capitalised body that is no known actor, role or
    place ("a spokesperson for Rainbow Railroad")?"""
    for j in range(lo, hi - 1):
        if doc.lang == "ru" or doc.word(j) not in ("for", "of", "at"):
            continue
        k = j + 1 + (doc.word(j + 1) == "the")
        name = []
        while k < hi and doc.tokens[k].is_cap and doc.tokens[k].is_word:
            name.append(k)
            k += 1
        while (
            name and doc.infos[name[0]].place
        ):  # ("the Estonian LGBT Association": a state's adjective first)
            name = name[1:]
        if name and not any(doc.infos[n].actor or doc.infos[n].role or doc.infos[n].place for n in name):
            return True
    return doc.lang != "ru" and any(
        _unlisted_acronym(doc, j) for j in range(lo, hi - 1) if doc.infos[j + 1].role
    )


def _unlisted_acronym(doc: Doc, j: int) -> bool:
    """Is token ``j`` an organisation's acronym no actor, role or place knows ("LSVD spokesperson Henrik Lange")?"""
    word, info = doc.tokens[j].text, doc.infos[j]
    return (
        not doc.tokens[j + 1].text.isupper()  # (not "THE SPOKESPERSON:", a label in capitals)
        and 2 <= len(word) <= 8
        and word.isalpha()
        and word.isupper()
        and not (info.actor or info.role or info.place)
    )


RUSSIAN_JUSTICE = "russian-justice-ministry"


ECHR_HINT = re.compile(
    r"(?i)\bstrasbourg|\beuropean court|\bconvention\b|\barticle 3\b|страсбург|европейск\w+ суд|конвенци|"
    r"стать\w+ 3\b|\bv\.? russia\b|против россии"  # a case "X v. Russia", "«Лапунов против России»"
)


def _court_before(doc: Doc, lo: int) -> tuple[str | None, str | None]:
    """(actor, country) of the court last named before token ``lo`` (within about three sentences): a listed court's
    actor, or the country a place word near an unlisted one gives ("a court in Munich"); (None, None) if none."""
    for k in range(lo - 1, max(-1, lo - 90), -1):
        info = doc.infos[k]
        if info.actor is not None and info.role is not None and info.role.key == "COURT":
            return info.actor, None
        if info.role is not None and info.role.key in ("COURT", "JUDGE"):
            for j in range(max(0, k - 4), min(len(doc.tokens), k + 5)):
                place = doc.infos[j].place
                if place is not None and place[1] is not None:
                    return None, place[1]
    return None, None


MEMBERS_RU = frozenset(["член", "члены", "членов"])


def _as(speaker: Speaker, text: str, start: int, end: int, how: str) -> Speaker:
    """The same referent under a different surface form ("he")."""
    return Speaker(
        text,
        start,
        end,
        speaker.actor,
        speaker.name,
        speaker.organization,
        speaker.kind,
        speaker.country,
        speaker.gender,
        speaker.person,
        how if speaker.actor else speaker.how,
        speaker.roles,
    )


POSSESSIVE_PRONOUNS_EN = lexicon.words("my his her your our their")
UK_FOREIGN_OFFICE = "uk-foreign-office"
US_STATE_DEPARTMENT = "us-state-department"
STATE_DEPARTMENT_BRIEFING = "Department Press Briefing"  # the title of the State Department's transcripts
FOREIGN_MINISTER = (
    "foreign minister"  # a title with no state of its own ("the foreign minister", "Foreign Minister X")
)


def _body_part(doc: Doc, k: int) -> bool:
    """Is the role word at ``k`` a body part ("over my head", "hit his head on the wall")?"""
    return doc.word(k) == "head" and doc.word(k - 1) in POSSESSIVE_PRONOUNS_EN and doc.word(k + 1) != "of"


def _furniture(doc: Doc, k: int) -> bool:
    """Is the role word at ``k`` a thing, not a person ("tied me to a chair", "on his chair")?"""
    return (
        doc.lang == "en"
        and doc.word(k) == "chair"
        and doc.word(k + 1) != "of"
        and doc.word(k - 1) in FURNITURE_DETERMINERS
    )


FURNITURE_DETERMINERS = lexicon.words("a my his her their this that")


SENTENCE_ADVERBS = lexicon.words(
    """meanwhile however instead later earlier also asked speaking but yet still then now today yesterday
    separately ранее позднее позже однако впрочем тем временем вчера сегодня накануне"""
)
GENERIC_WORDS = lexicon.words(
    """senior former top unnamed anonymous local deputy acting chief press official another one some two
    three several официальный официальная официального официальной официальные официальных"""
)


# a group's staff, named without the group ("координаторы", "the coordinators")
STAFF_WORDS = (
    "координатор",
    "coordinator",
    "сотрудник",
    "staff",
    "caseworker",
    "волонтер",
    "волонтёр",
    "volunteer",
)


# a transcript turn's label in capitals: "LOKSHINA:", "REPORTER (VO):", "ВЕДУЩИЙ:"
TURN_LABEL = re.compile(r"\s*[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{1,40}(?:\([^)\n]{1,20}\))?\s*:\s")


def _turn_start(doc: Doc, start: int) -> int:
    """Where the transcript turn holding ``start`` begins (its paragraph opens on a label in capitals), else 0."""
    p_lo = doc.layout.paragraphs[doc.layout.paragraph_of(start)][0]
    return p_lo if TURN_LABEL.match(doc.text, p_lo) else 0
