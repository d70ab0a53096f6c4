"""Is a statement about the reports, and does it deny them, confirm them or neither?

Topic: a statement counts when it, its sentence or the previous sentence mentions the subject (gay/LGBT people
in Chechnya, detentions, prisons, torture, "such people", the Novaya Gazeta article), or when it refers to
"the reports"/"these claims" or carries a stance cue in an article about the subject and nothing in its own
context points to another subject (illness, Syria, doping, the economy...).

Stance: cue families are matched in a fixed order on the statement (with its verb group), each match masking
its span so one phrase is never counted twice. Order matters: "no reason to doubt" is a confirmation before
"no reason" can be an absence claim; "the authorities' denials are cynical" is a confirmation before "denials"
or "cynical" are seen alone; "no evidence that men were detained" masks the event words that follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.analysis import morph
from crawler.analysis.cues import (
    ABSENCE,
    ACCORDING_CITED,
    ANAPHORA_TOPIC,
    CITED_SPEECH,
    CITED_STATEMENT,
    CORE_TOPIC,
    DECLINED_VERB,
    DISMISSAL,
    EVENT_TOPIC,
    FAMILIES,
    HEARD_CITED,
    HEDGED_RE,
    IN_DOCUMENT_BEFORE,
    INFINITIVE_CITED,
    INVESTIGATE,
    NEGATED_CLAIM,
    NEGATED_INFINITIVE,
    NEGATION_BEFORE,
    NOMINAL_EVENT,
    OFF_TOPIC,
    OFFICIAL_TARGET,
    PASSIVE_CITED,
    PLACE_TOPIC,
    REPORT_OBJECT,
    SENTENCE_STOP,
    SHIFT,
    TARGET_END,
    CueIndex,
)

VERB_STANCE = {"deny": "denial", "confirm": "confirmation"}
# a determiner that denies what follows: "no testimony", "ни одного подтвержденного свидетельства"
NO_SUCH = re.compile(
    r"(?i)(?:\bno|\bnot a single|\bnot one|\bни одного|\bни единого|\bникаких|\bникакого|\bнет)\s+(?:\w+,?\s+){0,2}$"
)
# "пока не будет проведено расследование" (until an investigation is done) negates nothing
UNTIL = re.compile(r"(?i)\bпока\s+не\s+(?:будет|будут|станет|появ\w+|законч\w+|заверш\w+)\s+(?:\w+\s+)?$")
RHETORICAL = re.compile(r"(?i)(?:как можно|как (?:они )?могут|how can|how could)\W+(?:\w+\W+){0,3}$")
# the other half of "(neither) confirm nor deny", "ни подтвердить, ни опровергнуть"
EITHER_BEFORE = re.compile(
    r"(?i)(?:\b(?:neither|ни)|(?:confirm|deny|подтвердить|опровергнуть|подтверждать|опровергать),?\s+(?:n?or|ни|или))\s+$"
)
EITHER_AFTER = re.compile(r"(?i)\s*,?\s*(?:n?or|ни|или)\s+(?:to\s+)?(?:den|confirm|опроверг|подтвер)")
REPORTS_TO_INVESTIGATE = re.compile(
    r"(?i)(?:investigat\w*|look into|check|расследова\w*|провер\w*) (?:\w+ )?(?:these|the|such|эти|данные|такие) "
    r"(?:reports|allegations|claims|сообщения|сведения|обвинения)"
    # or justice on a condition: "If the facts are confirmed, the perpetrators must be held accountable"
    r"|\bif (?:the |these |such )?(?:facts|reports|allegations|information|this|it|they) (?:is |are )?"
    r"(?:confirmed|true|proven|established)|\bif (?:even )?(?:one|a single|any) (?:such )?(?:case|fact|report)s? "
    r"(?:is|are) (?:confirmed|proven|established)|\bесли (?:эти |такие )?(?:факты|сведения|сообщения|информация|это) подтвердя?тся"
    # "investigate them and hold accountable anyone found responsible": whoever an inquiry may find
    r"|\b(?:anyone|those|whoever|all those) (?:who (?:are|is) )?found (?:to be )?responsible"
)
# reports counted rather than judged: "numerous reports", "многочисленными сообщениями" (not "credible reports")
COUNTED_REPORTS = re.compile(
    r"(?i)(?:numerous|multiple|многочисленн\w+)\s+(?:reports|information|allegations|accounts|сообщени|информаци)"
)
IRONIC_IMPUNITY = re.compile(
    r"(?i)\b(?:and|but)\s+(?:nobody|no one)\s+will\s+(?:ever\s+)?be\s+(?:punished|prosecuted|held\s+(?:responsible|"
    r"accountable))\s+for\s+(?:it|this|that|them)\b|\bи\s+никто\s+(?:никогда\s+)?не\s+(?:будет\s+наказан|ответит)\s+за\s+"
    r"(?:это|них)\b"
)
# concern about what is reported: "concerned about the numerous reports", "alarmed by credible reports"
CONCERNED_ABOUT_BEFORE = re.compile(
    r"(?i)\b(?:concern(?:ed|s)?|alarm(?:ed)?|worried|troubled|disturbed)\b[^.!?;]{0,80}?[\s\"“«](?:about|by|over|at)\s+"
    r"(?:the\s+|these\s+)?$|\b(?:обеспокоен\w*|озабочен\w*|встревожен\w*)\s+(?:в связи с\s+|по поводу\s+)?$"
)
# "confirmed receipt of the letter", "confirmed that the documents had been received", "подтвердили получение"
RECEIPT_AFTER = re.compile(
    r"(?i)\s*(?:(?:the\s+)?(?:receipt|receiving|получение|получения|факт получения)\b|(?:that\s+)?(?:it|they|the\s+\w+)\s+"
    r"(?:had|has|have)\s+(?:been\s+)?received\b"
    # "подтвердил, что тема обсуждалась", "confirmed that the issue had been raised": a talk, no finding
    r"|,?\s*(?:что|that)\s+(?:эта\s+|этот\s+|the\s+)?(?:тема|вопрос|issue|matter|subject|topic)\s+(?:[^.;!?,]{0,60}?\s)?"
    r"(?:(?:had|has|was)\s+(?:been\s+)?|был\w*\s+)?(?:обсуждал\w*|поднимал\w*|затрагивал\w*|затронут\w*|поднят\w*|"
    r"обсужд[её]н\w*|discussed|raised)\b)"
)
RECEIPT_BEFORE = re.compile(r"(?i)получени\w*(?:\s+[\w-]+){0,3}\s*$")
CITED_PATTERNS = (
    CITED_SPEECH,
    PASSIVE_CITED,
    NEGATED_CLAIM,
    CITED_STATEMENT,
    HEARD_CITED,
    INFINITIVE_CITED,
    ACCORDING_CITED,
)


@dataclass(frozen=True)
class StanceResult:
    """The stance of one statement and the cues behind it."""

    stance: str
    cues: tuple[str, ...]
    scores: tuple[float, float, float]  # denial, confirmation, neutral


PERPETRATORS_BEFORE = re.compile(
    r"(?i)\b(?:guards|police|policemen|officers|captors|interrogators|jailers|охранники|полицейские|силовики|"
    r"надзиратели)\s+$"
)
HYPOTHETICAL_BEFORE = re.compile(
    r"(?i)(?:\b(?:if|whether|если|ли)\b|\b(?:anyone|whoever|those) who (?:has|have|had)\b|у кого (?:\w+ )?есть)[^.;!?]*$"
)
STANDS_BY = re.compile(r"evidence:st(?:ands?|ood) by")  # the cue of "stands by", "stood by"
HANDED_OVER = re.compile(r"(?i)(?:передан|передал|passed|forwarded|handed|submitted)")
# "пишет, что вся история «сочинена в Лондоне»": the speaker's own words, quoted in the reported clause
REPORTED_QUOTE_BEFORE = re.compile(r"(?i)(?:^|,|\bи|\band)\s*(?:что|that)\s+(?:[\w-]+\s+){0,3}[«„“\"'‘]$")
TALK_OF_BEFORE = re.compile(
    r"(?i)\b(?:talk|claims?|line|mantra|refrain|narrative|разговоры|заявления|утверждения)\s+(?:of|about|об?|про)\s+[\"“«]?$"
)
NO_COMMENT_BEFORE = re.compile(
    r"(?i)\b(?:комментировать|прокомментировать|comment on|to comment about)\s+(?:[\w«»\"-]+\s+){0,3}$"
)
WOULD_NOT_CONFIRM = re.compile(r"(?i)not\s+(?:confirm|comment)")
WOULD_BEFORE = re.compile(r"(?i)\bwould\s+$")
# a standard urged: "rely on verified information", "опираться на проверенные данные"
ADVICE_BEFORE = re.compile(
    r"(?i)\b(?:rely(?: only)? on|only|use|stick to|wait for|based on|опираться на|только|пользоваться)\s+$"
)
BECAUSE_AFTER = re.compile(r"(?i),?\s+(?:потому что|поскольку|because|since)\s")
# replies not (yet) received: procedure, not an absence of victims or complaints
# "ответов из ведомств пока не поступало", "no reply": an absence of replies (but "said in response that ...", "в
# ответ заявили, что ...": the reply itself)
REPLY_BEFORE = re.compile(
    r"(?i)(?<!\bin )(?<!\bв )\b(?:ответ\w*|repl(?:y|ies)|responses?|answers?)\b[^.;,]{0,30}$"
)
OFFICIAL_LINE_BEFORE = re.compile(r"(?i)\b(?:officially|supposedly|официально|якобы)\b[^.;,]{0,45}$")
OFFICIAL_IN = re.compile(r"(?i)\b(?:officially|официально)\b")  # "does not officially exist"
# "..., пока не получили подтверждение", "until we had confirmation" (a sentence-opening "Пока" is "so far")
UNTIL_AFTER = re.compile(r"(?i)(?:\s+\w+){0,4}?\s*,\s*пока не\b|(?:\s+\w+){0,4}?\s+(?:until|unless)\b")
UNTIL_BEFORE = re.compile(r"(?i)(?:,\s*пока|\buntil|\bunless)\s+(?:\w+\s+){0,2}$")
ACCUSED_SILENT_BEFORE = re.compile(
    r"(?i)\b(?:the state party|the state|the (?:russian |chechen )?(?:government|authorities)|russia|moscow|"
    r"государство|власти|"
    r"российская сторона)\s+(?:had |has |have )?(?:provided|given|submitted|offered|представил\w*|"
    r"предоставил\w*)\s+$"
)
CAPTORS_AND_ME = re.compile(
    r"(?i)\b(?:they|police|officers|guards|они|полицейские|силовики)\b[^.;!?]{0,60}?\b(?:me|my|us|our|меня|мне|нас|нам)\b"
)
# words that make a named event a fact: "These are acts of persecution", "a deliberate pattern of abduction",
# "people facing persecution", "спасающимся от пыток"
ASSERTED_NOMINAL_BEFORE = re.compile(
    r"(?i)(?:\b(?:acts?|pattern|wave|campaign|victims?|survivors?) of|\b(?:facing|faced|fleeing|fled|survived|"
    r"escaped|suffered|subjected to)|(?:спасающ|бежавш|переживш|подвергш|подверга|подвергл)\w*(?: от)?|жертвами|"
    r"(?<![\w-])акт(?:ы|ов|ами)|"
    r"(?<![\w-])(?:волн[аеуыой]\w*|кампани[июей]\w*))"
    r"\s+(?:[\w-]+,?\s+){0,2}$"
)
# a case not opened, as the deciding body words it
NO_CASE = re.compile(
    r"(?i)no (?:criminal )?case|не (?:было )?возбужд|отказ\w* (?:в )?возбужд|refus\w* to open"
)
REFUSED_TO_OPEN = re.compile(r"(?i)refus\w* to open")
CONDEMNING = re.compile(r"condemn|appalled|horrified|shocked|осуди|осужда|возмущ|потрясен|потрясён")
# evidence words whose negation ("not confirmed", "ничем не подтверждены") is a denial
CONFIRMING_WORD = re.compile(
    # "did not consider the reports to be reliable": the judgment withheld
    r"confirm|verified|substantiat|took place|consider|deem|подтверд|подтвержд|доказ|достоверн|установлен"
)
NOT_ONLY_BEFORE = re.compile(r"\bnot only\s+$", re.IGNORECASE)
NAMES_DEMANDED = re.compile(
    r"(?i)(?:требу\w*|потребова\w*|demand\w*) (?:от \w+ )?(?:назвать|выдать|the names|names of|that \w+ name)"
)
NOT_THE_BEFORE = re.compile(r"(?i)\b(?:was|is|were|are)(?: not|n't) (?:the|even the)\s+$")
CONTRAST_AFTER = re.compile(r"(?i)[^.;!?,]{0,30}?\s*[,—–]\s*(?:it was|it is|it's|that was|but)\b")


# "их избивали и пытали электрошоком, требуя выдать других", "beat him, demanding names": the torturers' demand
TORTURED_DEMANDING = re.compile(
    r"(?i)\b(?:избива\w*|били|пыта(?:ли|л|ла|ют|я)|beat|beaten|beating|tortur\w*)\b[^.;!?]{0,50}?,\s*"
    r"(?:требуя|заставляя|demanding|forcing)\b"
)
# after "no victim": a modal of what victims can do, not of their being found ("could safely turn to them")
UNABLE_AFTER = re.compile(
    r"(?i)\s+(?:could|can|would|dare\w*)\s+(?:\w+ly\s+)?(?:be expected to\s+)?(?!be\b)(?:turn|go|complain|"
    r"speak|come|talk|report|testify|return|ask|trust)\b"
)
# "You are asking about people who do not live among us": the interviewer's question, not the speaker's request
ADDRESSEE_ASKING_BEFORE = re.compile(r"(?i)\byou(?: are|'re|’re)\s+(?:\w+\s+)?$")
# slander said to target the accused side: "«клевету» в адрес республики", "lies against the Chechen people"
DEFENDS_ACCUSED_AFTER = re.compile(
    r"(?i)[»\"”']?\s+(?:в адрес|против|на)\s+(?:всей\s+|нашей\s+)?(?:республики|чечни|чеченского народа|"
    r"чеченцев|народа|республику|чечню|чеченский народ)|[\"”']?\s+(?:campaign\s+|attacks?\s+)?(?:against|about)\s+"
    r"(?:the republic|chechnya|the chechen people|chechens|our people)\b"
    # "«придумали те, кто завидует нашему спокойствию»": invented by the envious, the paid, the haters
    r"|[»\"”']?,?\s+(?:те|теми),? кто (?:завиду|ненавид|хоч|плат|получа|зараб)"
)
# "no resident of Chechnya had ever confirmed": nobody did what follows
NOBODY_EVER_BEFORE = re.compile(
    r"(?i)\b(?:no|not a single|not one)\s+(?:[\w-]+\s+){0,4}?(?:had|has|have|was|were)\s+(?:ever\s+)?$"
)
# "не сомневаемся", "do not doubt": the word right after is negated
NOT_BEFORE = re.compile(r"(?i)\b(?:не|not|never|no|don't|do not|did not|didn't)\s+$")
# the accused side's people or faith insulted: "обвинения «оскорбляют весь чеченский народ»", "«враги нашей веры»"
ACCUSED_PEOPLE = re.compile(
    r"(?i)чеченск\w* народ\w*|chechen (?:people|nation)|нашей веры|нашего народа|our (?:faith|people)"
)
# "не публиковали ничего, что не могли подтвердить", "nothing we could not verify": a double negative, the
# "nothing (that)" and up to two words before the negation (NOTHING_NOT_BEFORE) or before an absence phrase that
# carries the negation itself (NOTHING_BEFORE)
NOTHING_THAT = r"(?:\bnothing\s+(?:that\s+|which\s+)?|\bничего\s*,?\s+(?:что|чего)\s+)(?:[\w-]+\s+){0,2}?"
NOTHING_NOT_BEFORE = re.compile(rf"(?i){NOTHING_THAT}(?:[\w-]+n't|not|не)\s+(?:[\w-]+\s+)?$")
NOTHING_BEFORE = re.compile(rf"(?i){NOTHING_THAT}$")
# a dismissal negated right before it: "is not an invention", "— не выдумка", "I do not consider it (to be)
# invented", "не считаю его рассказ выдумкой" (not "not just a lie", "nothing but lies")
NEGATED_DISMISSAL_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])(?:is|are|was|were|it's|that's|это|—|-)\s+(?:not|never|не|вовсе не|отнюдь не)\s+(?:an?\s+)?|"
    r"\b(?:(?:do|does|did)\s+not|don't|doesn't|didn't)\s+(?:consider|believe|regard|find)\s+[^.;!?\"“”«»]{1,60}?"
    r"\s(?:to\s+be|as)\s+(?:an?\s+)?|"
    r"(?<![\w-])не\s+(?:счита\w+|нахож\w+|называ\w+|назов\w+)\s+[^.;!?\"“”«»]{1,60}?\s)$"
)
# "did not mean the Kremlin now considered the reports confirmed", "не означает, что ... подтверждённой"
NOT_MEAN_BEFORE = re.compile(
    r"(?i)(?:\b(?:does|did) not|\b(?:doesn't|didn't)|(?<![\w-])не) (?:mean|означает|значит)\b[^.;!?]{0,80}$"
)
# someone named as having made the story up, right before the verb
FABRICATION = re.compile(r"(?i)(?:выдумал|выдумыва|придумал|придумыва|сочинил|made\s|invent|fabricat)")
FABRICATOR_BEFORE = re.compile(
    r"(?i)(?:\b(?:he|she|they|his son|her son|the men|the man|these men|these people|(?:the )?(?:liberal |western |"
    r"foreign )?(?:media|press|newspapers|journalists))|(?<![\w-])(?:сын|он|она|они|эти люди|мужчины|(?:либеральные |"
    r"западные )?(?:сми|журналисты|газеты)))\s+[«\"“]?(?:had\s+|has\s+|have\s+|are\s+|is\s+|were\s+|was\s+)?"
    r"(?:again\s+|всё\s+|все\s+|это\s+|simply\s+|just\s+|снова\s+|опять\s+)?[«\"“]?$"
)
# after a fabrication verb, the teller's own story: "«выдумал» историю о своём задержании", "made up the story of his
# own detention"
OWN_STORY_AFTER = re.compile(
    r"(?i)[»\"”]?\s+(?:всю\s+|the\s+(?:whole\s+)?)?(?:историю|рассказ|story)\s+(?:о|об|of|about)\s+(?:сво\w+|his\s+own|"
    r"her\s+own)\s"
)
# "do not consider his account to be invented": a judgement, not a complaint left unexamined
JUDGED_AS_AFTER = re.compile(r"[^.;!?\"“”«»]{1,60}?\s(?:to\s+be|as)\s")
# "Nobody in an illegal prison signs a detention record": the place where nobody does something, not negated
NOBODY_IN_BEFORE = re.compile(
    r"(?i)\b(?:nobody|no one|никто)\s+(?:in|at|from|inside|в|из)\s+(?:an?\s+|the\s+)?$"
)
# "sees no reason to investigate", "не видят оснований для проверки": no grounds for an inquiry
NO_GROUNDS = re.compile(
    r"(?i)\b(?:no|not see any|не вид\w+|нет|не находит|не нашл\w*)\s+(?:никаких\s+)?(?:reason|grounds?|basis|"
    r"оснований|причин)\s+(?:to|for|для|к)\b"
)
NO_GROUNDS_BEFORE = re.compile(NO_GROUNDS.pattern + r"\s+$")
# "не допросили ни одного человека", "did not question a single witness": investigators' acts not done
INQUIRY_NOT_MADE = re.compile(
    r"(?i)\b(?:не\s+(?:\w+\s+)?(?:допросил\w*|опросил\w*|вызвал\w*|вызывал\w*)|(?:not|never|no)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:questioned|interviewed|summoned|contacted))\b"
)
# "said that claim was simply untrue", "назвали это утверждение «просто неправдой»": a claim just cited, judged
CITED_CLAIM_JUDGED_BEFORE = re.compile(
    r"(?i)\b(?:(?:that|this|the|such) (?:claim|assertion|statement|line|version|denial)s? (?:was|is|were|are) "
    r"[\"“'«]?(?:\w+ )?[\"“'«]?|(?:назвал\w*|называ\w+) (?:это|такое|подобное) (?:утверждение|заявление|объяснение) "
    r"[\"“'«]?(?:\w+ )?)$"
)
# "had failed to carry out an effective investigation", "refused to open a criminal case": an inquiry not made
FAILED_BEFORE = re.compile(
    r"(?i)\b(?:failed|fails|refused|refuses|neglected|unwilling)\s+to\s+(?:carry out|conduct|open|launch|start|"
    r"initiate|hold|undertake|order)\s+(?:\w+\s+){0,2}$"
)


# a span longer than this (a transcript turn of several sentences) is not judged by an object it mentions
LONG_SPAN = 300
# "информацию о том, что задержанных удерживают ...": the object is the clause after "что", not "том"
PLACEHOLDER_OBJECTS = frozenset(["том", "этом", "то"])
PLACEHOLDER_CLAUSE = re.compile(r"(?i)\b(?:о|об)\s+(?:том|этом),?\s+что\s+")


def _resolved_object(text: str, obj: str, lo: int, hi: int) -> tuple[str, bool]:
    """A clause's object, with "том" in "о том, что ..." replaced by the clause after "что" (and whether it was)."""
    if obj.lower() not in PLACEHOLDER_OBJECTS:
        return obj, False
    found = PLACEHOLDER_CLAUSE.search(text, lo, hi)
    return (text[found.end() : hi] if found else ""), True


ATTRIBUTE_CLAUSE = re.compile(r",\s+(\w+)[^.;,!?]*")
ATTRIBUTE_WORDS = frozenset(
    ["who", "which", "held", "detained", "taken", "abducted", "который", "которые", "которых"]
    # "о каких-либо проблемах, связанных с задержаниями": a participle read as an adjective first
    + ["связанных", "связанные", "связанной", "связанным", "связанными", "related", "linked", "concerning"]
)


def _with_attribute(text: str, obj: str, lo: int, hi: int) -> str:
    """The object with the participle or relative clause that follows it ("о судьбе мужчин, задержанных в
    Чечне", "the fate of the men, who were held ..."): what names the subject may come only there."""
    at = text.find(obj, lo, hi) if obj else -1
    if at < 0:
        return obj
    clause = ATTRIBUTE_CLAUSE.match(text, at + len(obj), hi)
    if clause is None:
        return obj
    word = clause.group(1)
    if word.lower() in ATTRIBUTE_WORDS or morph.is_participle(word):
        return obj + clause.group(0)
    return obj


# the rest of a list after its first item ("a story of arrest, beatings and humiliation")
LIST_REST = re.compile(r"(?:,\s+[^.;,!?]{1,40}?)*,?\s+(?:and|или|or|и)\s+[^.;,!?]{1,40}")


def _with_list(text: str, obj: str, lo: int, hi: int) -> str:
    """The object with the rest of the list it opens: a list's first item alone may not name the subject."""
    at = text.find(obj, lo, hi) if obj else -1
    if at < 0 or not text.startswith(",", at + len(obj)):
        return obj
    rest = LIST_REST.match(text, at + len(obj), hi)
    return obj + rest.group(0) if rest else obj


def _names_topic(obj: str, placeholder: bool) -> bool:
    """Does an object name the reports? A "что" clause must name their subject or events, not only the place; an
    object that points back to the subject under discussion ("о каких-либо проблемах в этой сфере") is it."""
    first = obj.split(maxsplit=1)[0].lower().rstrip(",;:") if obj.strip() else ""
    return (
        (_reports_in(obj) if placeholder else _topic_in(obj))
        or bool(SUBJECT_POINTER.search(obj))
        or first in OBJECT_PRONOUNS  # "публикации о них являются «ложью»": about what was just named
    )


def _dismisses_pointer(obj: str) -> bool:
    """Does an object dismiss what was just spoken of ("ни один чеченец не поверит этой грязи", "no one believes
    these lies")? A demonstrative's dismissal points back to the reports."""
    return any(
        POINTER.match(m.group()) or POINTER_BEFORE.search(obj, 0, m.start()) for m in DISMISSAL.finditer(obj)
    )


# a demonstrative (and an adjective) before a noun: "этой грязи", "these vile lies"
# ("это" and "this" alone are mostly pronouns: "Это не соответствует действительности", "this is a lie")
POINTER = re.compile(
    r"(?i)(?:эт(?:ой|у|и|их|им|ими|от|а|ого|ому)|такой|такую|такие|таким|подобн\w+|these|such)\s"
)
POINTER_BEFORE = re.compile(
    r"(?i)(?:\b(?:эт(?:ой|у|и|их|им|ими|от|а|ого|ому)|такой|такую|такие|таким|подобн\w+|these|such)\s+(?:[\w-]+\s+)?"
    r"|\b(?:this|that)\s+)$"
)


OBJECT_PRONOUNS = frozenset(["них", "нем", "нём", "ней", "them"])


# words pointing back to the subject under discussion
SUBJECT_POINTER = re.compile(
    r"(?i)\b(?:в этой сфере|на этот сч[её]т|по этому поводу|по этой теме|в этом вопросе|по этому вопросу|"
    r"(?:this|the) (?:matter|issue))\b"
    # "информации о подобных фактах", "information about such cases": the facts just spoken of
    r"|\b(?:подобн\w+|таких|такого рода|such)\s+(?:факт\w*|случа\w*|проблем\w*|facts|cases|incidents)\b"
    r"|\b(?:факт\w*|случа\w*|проблем\w*)\s+(?:такого рода|подобного рода)"  # "о проблемах такого рода"
    # the inquiry into them: "информацию о ходе проверки", "progress of the investigation"
    r"|\b(?:ход\w* (?:проверк|расследовани)|(?:progress|course|results?|outcome) of the (?:investigation|inquiry|probe))"
)


def _reports_in(text: str) -> bool:
    """Does ``text`` name the reports' subject or events (not only the place: "посетить Грозный")?"""
    return bool(CORE_TOPIC.search(text) or EVENT_TOPIC.search(text))


def _topic_in(text: str) -> bool:
    return _reports_in(text) or bool(PLACE_TOPIC.search(text))


def is_topical_text(
    statement: str, sentence: list[str], previous: str, article_topical: bool = True
) -> tuple[bool, str | None]:
    """:func:`is_topical` of plain strings, laid out in one text."""
    parts = [statement, " ".join(sentence), previous]
    index = CueIndex("\n".join(parts))
    a = len(parts[0])
    b = a + 1 + len(parts[1])
    return is_topical((0, a), [(a + 1, b)], (b + 1, b + 1 + len(parts[2])), article_topical, False, index)


def is_topical(
    statement: tuple[int, int],
    sentence: list[tuple[int, int]],
    previous: tuple[int, int],
    article_topical: bool,
    has_cue: bool,
    index: CueIndex,
) -> tuple[bool, str | None]:
    """Whether a statement is about the reports, and the topic cue that says so.

    The statement must not be about something else: an explicit object ("reports that the president was
    ill", "claims in Western media that ...") without topic words or a cited absence claim, other-subject words (illness, Syria, sanctions...) in its sentence, or a
    topic shift ("Separately, ...") decide against it. Otherwise topic words in the statement, its sentence or
    the previous sentence decide for it; failing those, the article's subject does (the analyzer only sees
    articles its relevance model accepted). Spans index ``index.text`` (:func:`is_topical_text` takes strings).
    """
    # "..., she said, before moving on to ... claims of interference in elections": what she turned to next
    sentence = [_before_moving_on(index.text, span, statement[1]) for span in sentence]
    spans = [statement, *sentence]
    lead = index.object_clause(*statement)
    if lead is not None and IN_DOCUMENT_BEFORE.search(index.text, max(0, lead[0] - 16), lead[0]):
        lead = None  # "said in his report that ...": where it was said, not what about
    placeholder = False
    if lead is not None:
        resolved, placeholder = _resolved_object(index.text, lead[1], lead[0], statement[1])
        lead_object = _with_attribute(index.text, resolved, lead[0], statement[1])
        if ALLEGATIONS.match(index.text, lead[0]):
            # "found that allegations of harassment, arbitrary detention and torture of LGBTI people ...": the list
            lead_object = _with_list(index.text, lead_object, lead[0], statement[1])
        lead = (lead[0], lead_object)
    if (
        lead is not None
        and lead[0] - statement[0] <= 25
        and not _names_topic(lead[1], placeholder)
        and not ABSENCE.search(lead[1])
        and not _dismisses_pointer(lead[1])
        and not index.first(CORE_TOPIC, statement[0], _clause_end(index.text, lead[0], statement[1]))
    ):  # (topic words later in the same clause: "информацией о проблемах, связанных с ЛГБТ в Чечне")
        return (
            False,
            "off-topic:object",
        )  # "опроверг слухи о своей скорой отставке и заодно ...": another subject
    if (
        index.mentions_extremism
        and (
            EXTREMISM.search(index.text, *statement)
            or (
                any(EXTREMISM.search(index.text, *span) for span in spans)
                and not index.first(EVENT_TOPIC, *statement)
            )
        )
        and not PLACE_TOPIC.search(index.text, *statement)
    ):  # "признал «международное движение ЛГБТ» экстремистским": the nationwide ban, another subject
        return False, "off-topic:ban"
    core = index.first(CORE_TOPIC, *statement)
    if core:
        return True, "topic:" + core.lower()
    # (a long turn of several sentences may mention other "reports that ..." on its way: only a clause decides)
    for lo, hi in [span for span in spans if span[1] - span[0] <= LONG_SPAN]:
        obj = index.clause_object(lo, hi)
        if obj is None:
            continue
        obj, placeholder = _resolved_object(index.text, obj, lo, hi)
        obj = _with_list(index.text, _with_attribute(index.text, obj, lo, hi), lo, hi)
        if not _names_topic(obj, placeholder) and not ABSENCE.search(obj) and not _dismisses_pointer(obj):
            return False, "off-topic:object"
    for lo, hi in sentence:
        core = index.first(CORE_TOPIC, lo, hi)
        if core:
            return True, "topic:" + core.lower()
    event = index.first(EVENT_TOPIC, *statement)
    if event and PLACE_TOPIC.search(index.text, *statement) and _event_in_clause(index, statement):
        # "... those who invent fairy tales about secret prisons in Chechnya", said at a rally: the statement
        # names the events and the place itself, whatever else its sentence is about
        return True, "topic:" + event.lower()
    dismissed_place = DISMISSED_PLACE.search(index.text, *statement)
    if dismissed_place:
        # '"a show based on fake news about Chechnya"', said of a protest: the coverage of Chechnya dismissed
        return True, "topic:" + dismissed_place.group(1).lower()
    if event and article_topical and DEFINITE_EVENT.match(index.text, statement[0]):
        # "According to her, the detentions began after police found contacts in the phone of a man arrested on
        # drug charges": the detentions just spoken of, whatever else the sentence names
        return True, "topic:" + event.lower()
    if any(_off_topic(index, lo, hi) for lo, hi in spans) or (
        any(SHIFT.match(index.text, lo) for lo, _ in sentence) and not _event_in_clause(index, statement)
    ):  # ("Separately, X said she had received no complaints from victims": a new speaker, the same subject)
        return False, "off-topic:subject"
    for lo, hi in spans:
        event = index.first(EVENT_TOPIC, lo, hi)
        if event:
            return True, "topic:" + event.lower()
    event = index.first(CORE_TOPIC, *previous) or index.first(EVENT_TOPIC, *previous)
    # (the previous sentence's subject does not carry over to a statement that names the place itself, or whose
    # sentence names it as its setting or subject: "In Grozny, officials said the reports had been invented",
    # "declined to comment on the latest report on Chechnya, saying ...")
    if (
        _off_topic(index, *previous)
        and not event
        and not PLACE_TOPIC.search(index.text, *statement)
        and not any(PLACE_PHRASE.search(index.text, lo, hi) for lo, hi in sentence)
    ):
        return False, "off-topic:context"
    if event:
        return True, "topic-context:" + event.lower()
    if (
        SHIFT.match(index.text, previous[0])
        and previous[1] > previous[0]
        and not PLACE_TOPIC.search(index.text, *statement)
    ):
        # "Кроме того, в Кремле продолжается подготовка к визитам. Сроки визитов, по словам Пескова, ...": the
        # sentence before turned to another item, and this one says nothing that turns back
        return False, "off-topic:context"
    if article_topical:
        anaphora = index.first(ANAPHORA_TOPIC, *statement)
        return True, "topic-ref:" + (anaphora.lower() if anaphora else "article")
    return False, None


ALLEGATIONS = re.compile(r"(?i)(?:allegations?|accusations?|reports?|claims?|обвинени\w*|сообщени\w*)\b")
# "the Russian authorities had failed to investigate the allegations in good faith": a failure found, not a condition
FAILED_PHRASE = re.compile(r"(?i)(?:failed|refused|did not|didn't|не провел|не расследовал|отказал)")
REPORTERS_PUNISHED = re.compile(
    r"(?i)\b(?:автор\w* (?:публикаци|стат|материал)\w*|журналист\w*|(?:the )?(?:authors|journalists|reporters))\b"
)
INDEPENDENTLY_BEFORE = re.compile(r"(?i)\b(?:независимо|самостоятельно|independently)\s+$")
INDEPENDENTLY_AFTER = re.compile(r"(?i)(?:\s+[\w'’-]+){0,8}?\s+(?:independently|независимо|самостоятельно)\b")
VERIFYING = re.compile(r"(?i)verif|провер|подтверд")
# the speaker's own account after a quoted dismissal: 'he had "made up" his story'
OWN_ACCOUNT_AFTER = re.compile(
    r"[\"”»’']?\s+(?:his|her|my|their) (?:own )?(?:story|account|testimony|words)\b"
)
# a person's dismissal that takes back their own account: "оговорил сотрудников полиции"
RETRACTION_CUES = ("dismissal:оговорил", "dismissal:оговорила")
# coverage of the place dismissed: "fake news about Chechnya", "ложь о Чечне"
DISMISSED_PLACE = re.compile(
    r"(?i)\b(?:fake news|fakes?|lies|fabrications?|fictions?|slander|ложь|ложью|фейк\w*|клевет\w*|выдумк\w*)\s+"
    r"(?:about|on|о|об|про)\s+(chechnya|grozny|чечне|грозном)\b"
)
# the place of the reports named as a sentence's setting or subject: "In Grozny, officials said ...", "a report
# on Chechnya", "В Грозном заявили ..." (not a title: "the Chechen leader")
PLACE_PHRASE = re.compile(
    r"(?i)\b(?:in|from|on|about|over|regarding|в|из|о|об|по)\s+(?:grozny|chechnya|грозном|грозного|чечне|чечни)\b"
)
# a statement opening on the events already named ("the detentions began ...", "эти задержания ...")
DEFINITE_EVENT = re.compile(
    r"(?i)(?:the|these|those|such|эти|такие|подобные)\s+(?:[\w-]+\s+)?(?:detentions?|arrests?|round-?ups?|raids?|"
    r"abductions?|purges?|persecution|torture|killings?|задержани\w+|облав\w+|похищени\w+|преследовани\w+|пытк\w+|"
    r"убийств\w*)\b"
)
# what an absence is of, when it points back to a claim just reported ("no evidence of that")
OF_THAT_AFTER = re.compile(
    r"(?i)\s+(?:of|for|to support) (?:that|this|it|these claims?|this claim|that claim)\b"
)


# a denial's own words after "not true that": "nothing happened", "no one was detained", "ничего не было"
NOTHING_CLAIMED = re.compile(
    r"(?i)(?:nothing|nobody|no one|no-one|there (?:were|was|are|is) no|ничего|никого|никто|(?:в чечне )?нет)\b"
)


# a cited claim its citer agrees with ("как справедливо сказал ...", "as Kadyrov rightly said")
ENDORSED = re.compile(
    r"(?i)\bсправедлив\w*|\b(?:правильно|верно|метко|точно) (?:сказал|заметил|говорит|сказано)|\brightly\b|"
    r"\b(?:correctly|aptly) (?:said|noted|put it|pointed out)"
)


# a speaker turning to another subject after the statement, in its sentence
MOVED_ON = re.compile(
    r"(?i)\b(?:before|after|then)\s+(?:moving|turning|going|moved|turned|went)\s+on\b|\bmoving on to\b|"
    r"\b(?:before|then)\s+(?:turn|switch)(?:ing|ed)\s+to\b|\bперейд\w+ к\b|\bперешла? к\b|\bперешли к\b"
    # "..., he said, before steering the conversation back to the republic's football club"
    r"|\b(?:before|then)\s+(?:steer|turn|switch|bring|mov|tak)\w*\s+(?:the\s+)?(?:conversation|talk|discussion|"
    r"interview)\s+(?:back\s+)?to\b"
    # a next claim, judged on its own (see quotes._end_at_next_claim): "..., and suggested that several of those
    # named were fighting in Syria", "..., а также заявил, что ..."
    r"|,\s+(?:and|а|и)\s+(?:also\s+|также\s+)?(?:suggested|claimed|alleged|insisted|added|said|argued|"
    r"предположил\w*|заявил\w*|добавил\w*|утверждал\w*)\s+(?:that|что)\b"
)


def _before_moving_on(text: str, span: tuple[int, int], statement_end: int) -> tuple[int, int]:
    """A sentence span up to where its speaker turns to another subject after the statement, if they do."""
    moved = MOVED_ON.search(text, max(span[0], statement_end), span[1])
    return span if moved is None else (span[0], moved.start())


MODAL_ABSENCE = re.compile(r"(?i)\b(?:would|will|dare|could)\b|\bне (?:посме|реш)\w*|\bбы\b")
RELATIVE_CLAUSE = re.compile(r"(?i),\s*(?:котор\w+|who|whom|which)\b")


# the nationwide laws: "the LGBT movement" as extremist, "a bill to ban what he called LGBT propaganda"
EXTREMISM = re.compile(
    r"(?i)\bэкстремист\w*|\bextremis[tm]\w*|\b(?:lgbt|gay) propaganda|\bпропаганд\w+ (?:лгбт|нетрадиционн\w+)"
)


def _event_in_clause(index: CueIndex, statement: tuple[int, int]) -> bool:
    """Does the statement name an event in its own clause (not in a relative clause: "освободить Оюба Титиева,
    которого правозащитники считают жертвой сфабрикованного дела")?"""
    text = index.text
    for start, _end in index.within(EVENT_TOPIC, *statement):
        # (each sentence of a long turn on its own: "... которые распространяют сказки о преследовании ...
        # Никаких задержаний не было")
        sentence_start = max(statement[0], text.rfind(". ", statement[0], start) + 1)
        if not RELATIVE_CLAUSE.search(text, sentence_start, start):
            return True
    return False


# homosexuality called an illness to be cured ("they said he was sick and they would cure him"): not the
# subject of health
ILLNESS_TO_CURE = re.compile(
    # (not "flown to Moscow for treatment": an official's own illness)
    r"(?:\bcur|\btreat(?!ment\b)|\bheal|лечи|лечен|вылеч|исцел|"
    # "Они называли меня больным": the captors' word for the detainee
    r"\b(?:call\w*|назыв\w+|назвал\w*)\s+(?:me|him|us|them|меня|его|нас|их)\s+(?:sick|ill|больн))",
    re.IGNORECASE,
)
# a subject named only as a time: "ahead of elections", "timed to the run-up to the elections", "приуроченная к выборам"
TIME_BEFORE = re.compile(
    r"(?i)(?:ahead of|timed to(?: coincide with)?|in the run-up to|on the eve of|накануне|в преддверии|"
    r"приурочен\w* к)\s+(?:the\s+)?$"
)
ILLNESS = re.compile(r"(?:ill|illness\w*|sick|бол\w+н\w*|болезн\w*)", re.IGNORECASE)
# "their sons were alive, healthy and married", "их сыновья «живы и здоровы»": the men said to be well, not an
# official's health
FIRST_PERSON_WELL = re.compile(r"(?i)\b(?:I am|I'm|he is|she is|я|он)\s+(?:alive|жив)")
WELL_AND_ALIVE = re.compile(r"(?i)\b(?:alive|живы\w*|жив(?:ым|ой|ые)?)\b[\s,«»\"'-]*(?:and\s+|и\s+)?$")


def _off_topic(index: CueIndex, lo: int, hi: int) -> bool:
    """Does [lo, hi) name another subject (:data:`OFF_TOPIC`)? An illness "to cure" does not, nor a subject named
    only as a time ("a provocation aimed at discrediting the republic ahead of elections")."""
    cured = None
    for a, b in index.within(OFF_TOPIC, lo, hi):
        if TIME_BEFORE.search(index.text, max(lo, a - 20), a):
            continue
        if WELL_AND_ALIVE.search(index.text, max(lo, a - 20), a) and not FIRST_PERSON_WELL.search(
            index.text, max(lo, a - 40), a
        ):
            continue
        if ILLNESS.fullmatch(index.text[a:b]):
            if cured is None:
                cured = ILLNESS_TO_CURE.search(index.text, lo, hi) is not None
            if cured:
                continue
        return True
    return False


def _clause_before(text: str, lo: int, at: int) -> str:
    """Up to 80 characters before offset ``at`` (not before ``lo``), from the last sentence stop on."""
    before = text[max(lo, at - 80) : at]
    return before[max(before.rfind(ch) for ch in ".;!?") + 1 :]


def _sentence_around(text: str, at: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of ``text`` holding offset ``at``, within [lo, hi)."""
    begin = max(text.rfind(ch, lo, at) for ch in ".;!?") + 1
    stop = SENTENCE_STOP.search(text, at, hi)
    return max(begin, lo), stop.start() if stop else hi


COORDINATOR = re.compile(r"\s(?:и|а|но|and|but)\s")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends before ``end``: at a coordinating "и"/"and"/"but", or ``end``."""
    found = COORDINATOR.search(text, start, end)
    return found.start() if found else end


def speaker_side(kind: str | None, country: str | None) -> str:
    """The side a speaker's polar statements fall on when its words alone are ambiguous.

    Russian state speakers answer the reports; everyone else (NGOs, journalists, survivors, foreign and
    international bodies) speaks about them, so their "this is a lie" rejects a denial.
    """
    return "denial" if kind in ("government", "court") and country == "RU" else "confirmation"


def classify(
    text: str,
    verb: str | None,
    category: str | None,
    kind: str | None = None,
    country: str | None = None,
    topic_in_statement: bool = True,
    index: CueIndex | None = None,
    offset: int = 0,
    own_verb_end: int | None = None,
    verb_before: str = "",
    verb_after: str = "",
    insider: bool = False,
) -> StanceResult:
    """Stance of the statement ``text`` (its verb group included) toward the reports.

    With ``index`` (the whole article's :class:`CueIndex`), ``text`` is ``index.text[offset:offset+len]`` and
    the cue matches already found for the article are reused. ``verb_before``: the text of the verb's clause
    before the verb, which may negate it ("could not confirm") or decline it ("refused to confirm");
    ``verb_after``: the text after it, whose first noun phrase is the target of an attacking verb.
    """
    if index is None:
        index, offset = CueIndex(text), 0
    lo, hi = offset, offset + len(text)
    own_side = speaker_side(kind, country)
    attacks_officials = category == "deny" and own_side == "confirmation" and attacks_accused(verb_after)
    if attacks_officials:
        category = None  # the verb rejects the accused side's words or deeds, not the reports
    whataboutism = category == "deny" and own_side == "denial" and _whataboutism(verb_after, index, lo, hi)
    if whataboutism:
        category = None  # "accused Western governments of hypocrisy": another subject, not the reports
    full = index.text
    scores = {"denial": 0.0, "confirmation": 0.0, "neutral": 0.0}
    cues: list[str] = ["other-subject:accused the west"] if whataboutism else []
    families: dict[str, list[str]] = {"denial": [], "confirmation": [], "neutral": []}
    claimed: list[tuple[int, int]] = []  # spans already counted by an earlier family
    dismissed: list[int] = []  # where dismissals begin
    no_events: list[
        tuple[int, int]
    ] = []  # "no evidence that men were detained": events in an absence's scope

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in claimed)

    def record(side: str, value: float, cue_name: str, phrase: str, start: int, end: int) -> None:
        """Count a cue for ``side`` and claim its span."""
        scores[side] += value
        families[side].append(cue_name)
        cues.append(f"{cue_name}:{' '.join(phrase.lower().split())[:40]}")
        claimed.append((start, end))

    # where the speaker's own verb group begins ("X said that ...": its "said" is no cited claim)
    own_verb_lo = (own_verb_end or 0) - len(verb or "") - len(verb_before)

    def own_verb_at(start: int) -> bool:
        return own_verb_end is not None and own_verb_lo <= start < own_verb_end

    # a cited claim only counts when an absence or dismissal lies inside it: without one in the statement,
    # the (slow) cited-speech patterns need not run at all
    cited = CITED_PATTERNS if index.within(ABSENCE, lo, hi) or index.within(DISMISSAL, lo, hi) else ()
    for pattern in cited:
        for match in index.re_matches(pattern, lo, hi):
            start, end = match.start(), min(match.end(), hi)
            if own_verb_at(start):
                continue  # the speaker's own "X said that ..." is not a cited claim (one well before it may be)
            inner_lo, inner_hi = match.start(1), min(match.end(1), hi)
            if not free(start, end):
                continue
            if index.first(ABSENCE, inner_lo, inner_hi) or index.first(DISMISSAL, inner_lo, inner_hi):
                # "he says they do not exist", "it is not true that nobody has complained": a denial cited
                # (and rejected) by the speaker
                record("confirmation", 3.0, "cites-denial", full[start:end], start, end)
    condemning = verb is not None and CONDEMNING.match(verb.lower()) is not None
    own_decision = own_side == "denial" and kind == "government"

    matches = index.family_matches(lo, hi)
    # an official naming the other side's claim ("заявление британского МИД об «убедительных свидетельствах»"):
    # the evidence words are the claim's, not the official's
    cited_claims = (
        [(a, b) for rank, a, b in matches if FAMILIES[rank][0] == "cited-claim"]
        if own_side == "denial"
        else []
    )
    for rank, start, end in matches:
        name, _family, polarity, weight = FAMILIES[rank]
        if name == "cited-claim" and own_verb_at(start):
            # "Источники ... утверждают, что ...": the speaker's own verb, not a claim it cites (what it hedges
            # inside stays unasserted: "пишут о каких-то тайных тюрьмах")
            claimed.extend(m.span() for m in HEDGED_RE.finditer(full, start, end))
            continue
        if name == "evidence" and any(a <= start and end <= b for a, b in cited_claims):
            claimed.append((start, end))
            continue
        if category == "deny" and polarity == "confirmation" and name != "cites-denial":
            continue  # "denied that any such campaign took place": the denied proposition is not confirmed
        if not free(start, end):
            continue
        if name == "event" and any(a <= start < b for a, b in no_events):
            continue
        phrase = full[start:end]
        if name == "noncommittal" and RHETORICAL.search(full[max(lo, start - 40) : start]):
            question = full.find("?", end, hi)  # "how can anyone confirm or deny it without ...?": no answer
            claimed.append((start, question if question > 0 else end))
            continue
        if name == "dismissal" and phrase.lower() in ("not true", "untrue", "false", "a lie", "неправда"):
            clause = re.match(r"\s+(?:that|что)\s+([^.;!?]{3,160})", full[end:hi])
            if clause and NOTHING_CLAIMED.match(clause.group(1)):
                # "It is simply not true that nothing happened": the denial itself rejected
                record("confirmation", 3.0, "refutes-denial", phrase, start, end + clause.end())
                continue
            if clause and not (
                index.first(CORE_TOPIC, end + clause.start(1), end + clause.end(1))
                or index.first(EVENT_TOPIC, end + clause.start(1), end + clause.end(1))
            ):
                # "it is not true that the president has not reacted": a rebuttal about something else
                scores["neutral"] += 1.0
                cues.append(f"other-subject:{phrase.lower()}")
                claimed.append((start, end))
                continue
        value, effective = weight, polarity
        before = full[max(lo, start - 30) : start]
        if name == "absence" and VERIFYING.search(phrase) and INDEPENDENTLY_AFTER.match(full, end, hi):
            # "the office had not been able to verify the information independently": a caveat on its own checking
            record("neutral", 1.0, "unverified", phrase, start, end)
            continue
        if name == "absence" and (UNTIL_AFTER.match(full, end, hi) or UNTIL_BEFORE.search(before)):
            # "Мы не назвали ни одного имени, пока не получили подтверждение": a rule of work, not an absence
            claimed.append((start, end))
            continue
        if name == "absence" and own_side == "confirmation" and OF_THAT_AFTER.match(full, end, hi):
            # "The Russian LGBT Network said it had no evidence of that": of the claim just reported, rebutted
            record("confirmation", 2.0, "rebuts-claim", phrase, start, end)
            continue
        if name in ("absence", "dismissal") and ENDORSED.search(full, max(lo, start - 60), start):
            # "Как справедливо сказал Рамзан Ахматович, «таких людей у нас нет»": another's denial, agreed with
            record("denial", 3.0, "endorses-denial", phrase, start, end)
            continue
        if name == "absence" and (
            OFFICIAL_LINE_BEFORE.search(full, max(lo, start - 60), start) or OFFICIAL_IN.search(phrase)
        ):
            # "places of detention that officially do not exist": the official line, cited
            record("confirmation", 3.0, "cites-denial", phrase, start, end)
            continue
        if name == "absence" and WOULD_NOT_CONFIRM.match(full, start) and WOULD_BEFORE.search(before):
            # "Canada's foreign ministry would not confirm reports that it had resettled ...": declined to say
            record("neutral", 1.0, "declined", phrase, start, end)
            continue
        if name in ("evidence", "event", "mention") and NO_COMMENT_BEFORE.search(before):
            # "отказалось комментировать новые свидетельства из Чечни": what it would not comment on
            claimed.append((start, end))
            continue
        if (
            name == "evidence"
            and COUNTED_REPORTS.match(phrase)
            and CONCERNED_ABOUT_BEFORE.search(full, max(lo, start - 100), start)
        ):
            # "We are increasingly concerned," the spokesman said, "about the numerous reports of ...": concern
            # (the sets disagree on "concerned by credible reports": that stays evidence)
            claimed.append((start, end))
            continue
        if name == "evidence" and ADVICE_BEFORE.search(before):
            # "We recommend that our colleagues rely on verified information": a standard urged, nothing confirmed
            claimed.append((start, end))
            continue
        if name == "dismissal" and phrase[:5].lower() in ("сомне", "doubt") and NOT_BEFORE.search(before):
            # "Мы не сомневаемся в достоверности ни одного из свидетельств": no doubt is a confirmation
            record("confirmation", 3.0, "no-doubt", phrase, start, end)
            continue
        if name == "dismissal" and (
            DEFENDS_ACCUSED_AFTER.match(full, end, hi) or ACCUSED_PEOPLE.search(phrase)
        ):
            # "осудили «клевету» в адрес республики", "обвинения «оскорбляют весь чеченский народ»": the slander
            # or insult is the reports', whoever condemns it
            record("denial", 3.0, "defends-accused", phrase, start, end)
            continue
        if name == "first-person" and full[max(lo, start - 2) : start].lower() == "у ":
            claimed.append((start, end))  # "которого у нас задержали": "у нас" is "here", not "us"
            continue
        if (
            name == "dismissal"
            and own_side == "confirmation"
            and CITED_CLAIM_JUDGED_BEFORE.search(full, max(lo, start - 60), start)
        ):
            # "Amnesty said that claim was 'simply untrue'": another's claim (the denial just reported) rejected
            record("confirmation", 3.0, "cites-denial", phrase, start, end)
            continue
        if (
            name == "absence"
            and own_side == "confirmation"
            and INQUIRY_NOT_MADE.search(full, start, _clause_end(full, end, hi))
        ):
            # "прокуроры не допросили ни одного человека": an inquiry not made, not an absence of victims
            record("confirmation", 2.0, "inquiry-not-made", phrase, start, end)
            continue
        if name == "dismissal" and FABRICATION.match(phrase) and OWN_STORY_AFTER.match(full, end):
            # "молодой человек говорит, что «выдумал» историю о своём задержании": a recantation of his own story
            record("denial", 3.0, "fabricated", phrase, start, end)
            continue
        if (
            name in ("absence", "dismissal")
            and own_side == "confirmation"
            and _quoted_phrase(full, start, end)
            # ('said he had "made up" his story': a person taking his own account back)
            and not OWN_ACCOUNT_AFTER.match(full, end, hi)
            and not (  # the quote opens in the clause the speaker's own verb reports
                own_verb_end is not None
                and own_verb_end <= start <= own_verb_end + 120
                and "." not in full[own_verb_end:start]
                and (
                    REPORTED_QUOTE_BEFORE.search(full, max(own_verb_end, start - 60), start)
                    # "accused Novaya Gazeta of 'hysteria'": the speaker's own word for what it attacks
                    or (category == "deny" and start - own_verb_end <= 60)
                )
            )
        ):
            # "Каждое „не подтверждено“ из Грозного — это ещё одна семья ...": the officials' words, quoted
            record("confirmation", 3.0, "cites-denial", phrase, start, end)
            continue
        if name == "absence" and TALK_OF_BEFORE.search(before):
            # 'the talk of "no complaints" ignored people who ...': the official line, named
            record("confirmation", 3.0, "cites-denial", phrase, start, end)
            continue
        if (
            name == "absence" and own_side == "confirmation" and BECAUSE_AFTER.match(full, end, hi)
        ):  # "Жалоб нет, потому что человек, который подаст жалобу, ...": why there are none
            claimed.append((start, end))
            continue
        if name == "absence" and REPLY_BEFORE.search(before):
            record("neutral", 1.0, "no-reply", phrase, start, end)  # "ответов из ведомств пока не поступало"
            continue
        if (
            name == "dismissal"
            and FABRICATION.match(phrase)
            and FABRICATOR_BEFORE.search(full, max(lo, start - 40), start)
        ):
            # "the father said his son had made everything up", "сын всё выдумал": the account's teller called a
            # fabricator (the refusal of a denial is "that is not true", never "he made it up")
            record("denial", 3.0, "fabricated", phrase, start, end)
            continue
        if name == "dismissal" and NEGATED_DISMISSAL_BEFORE.search(full, max(lo, start - 90), start):
            # "I do not consider his account to be invented", "это не выдумка": a dismissal refused
            record("confirmation", 2.0, "negated-dismissal", phrase, start, end)
            continue
        if name == "absence" and NOTHING_BEFORE.search(full, max(lo, start - 40), start):
            claimed.append((start, end))  # "published nothing we could not verify": a double negative
            continue
        if name == "absence" and UNABLE_AFTER.match(full, end, hi):
            claimed.append((start, end))  # "no victim could safely turn to them": what victims cannot do
            continue
        if name == "absence" and ACCUSED_SILENT_BEFORE.search(full[max(lo, start - 60) : start]):
            # "the state party had provided no information in response": the accused side's silence
            record("denial", 2.0, "refusal", phrase, start, end)
            continue
        if name == "neutral" and kind in ("media", "ngo") and HANDED_OVER.match(phrase):
            # "редакция передала в Следственный комитет данные о пострадавших": a newsroom's or an NGO's evidence
            # handed to investigators (annotators: a confirmation 25 times in 25; an official forwarding is neutral)
            record("confirmation", 2.0, "handed-over", phrase, start, end)
            continue
        if name == "accountability" and REPORTERS_PUNISHED.search(phrase):
            # "призывает привлечь авторов публикаций к ответственности": punishment asked for the reporters
            record("denial", 3.0, "dismissal", phrase, start, end)
            continue
        if name == "accountability" and own_decision and NO_CASE.match(phrase):
            # the Investigative Committee's own "no criminal case would be opened": its decision, not a demand
            record("neutral", 1.0, "own-decision", phrase, start, end)
            continue
        if name == "accountability" and kind == "person" and REFUSED_TO_OPEN.match(phrase):
            # a lawyer's "Investigators have again refused to open a criminal case over his complaint": the decision
            # reported (annotators: neutral 6 times in 7, the seventh adding "despite his testimony")
            record("neutral", 1.0, "procedural", phrase, start, end)
            continue
        if (
            name == "accountability"
            and not FAILED_PHRASE.match(phrase)
            and REPORTS_TO_INVESTIGATE.search(full, *_sentence_around(full, start, lo, hi))
        ):
            # "We expect the authorities to investigate these reports and to bring those responsible to justice":
            # justice asked for what the reports may prove, not for what the speaker says happened
            record("neutral", 1.0, "conditional-accountability", phrase, start, end)
            continue
        if name == "neutral" and NAMES_DEMANDED.match(full, start):
            # "снова требуют назвать знакомых", "demanded the names of others": what captors do, an event told
            record("confirmation", 1.0, "event", phrase, start, end)
            continue
        # "guards urged relatives to ...", "They put a bag over my head and asked for the names of my friends":
        # acts in the events told, not the speaker's appeal
        if name == "neutral" and (
            PERPETRATORS_BEFORE.search(before)
            or CAPTORS_AND_ME.search(full, lo, hi)
            or (phrase[:3].lower() == "ask" and ADDRESSEE_ASKING_BEFORE.search(before))
            or TORTURED_DEMANDING.search(full, max(lo, start - 60), end) is not None
        ):
            claimed.append((start, end))
            continue
        negated = (
            not NOTHING_NOT_BEFORE.search(full, max(lo, start - 60), start)
            and (
                (
                    NEGATION_BEFORE.search(before)
                    and not UNTIL.search(before)
                    and not _contrasted(full, before, end)
                    and not NOBODY_IN_BEFORE.search(before)
                )
                or (name == "evidence" and NEGATED_INFINITIVE.search(full[max(lo, start - 50) : start]))
                # "did not mean the Kremlin now considered the reports confirmed": a confirmation ruled out
                or (name == "evidence" and NOT_MEAN_BEFORE.search(full, max(lo, start - 90), start))
                or (name == "neutral" and FAILED_BEFORE.search(full[max(lo, start - 50) : start]))
                # "в Кремле не видят оснований для проверки": no grounds for an inquiry
                or (name == "neutral" and NO_GROUNDS_BEFORE.search(before))
                # "no resident of Chechnya had ever confirmed the stories": nobody did
                or (name == "evidence" and NOBODY_EVER_BEFORE.search(full, max(lo, start - 60), start))
            )
        )
        negatable = name == "event" or (
            name == "evidence"
            and (
                CONFIRMING_WORD.match(phrase.lower()) is not None
                or NO_SUCH.search(before) is not None  # "not a single testimony"
            )
        )
        if (
            name == "evidence"
            and category == "confirm"
            and own_verb_end is not None
            and start < own_verb_end
            and NO_GROUNDS.search(full, end, _sentence_around(full, end, lo, hi)[1])
        ):
            claimed.append((start, end))
            continue  # "Peskov confirmed the Kremlin still sees no reason to investigate": the line confirmed
        if name == "evidence" and category == "call" and any(d >= end for d in dismissed):
            claimed.append((start, end))
            continue  # "назвал показания пострадавших «провокацией»": the testimony is what is called a provocation
        if name == "evidence" and FINDING.fullmatch(phrase.lower()) and _absence_found(index, end, hi):
            claimed.append((start, end))
            continue  # "found that they had not been confirmed": what was found is an absence
        if name == "evidence" and not negated and HYPOTHETICAL_BEFORE.search(before):
            claimed.append((start, end))
            continue  # "поделиться сведениями, если они действительно существуют": a condition, not evidence
        cue_name = name
        if name == "neutral" and INDEPENDENTLY_BEFORE.search(before):
            cue_name = "unverified"  # "had been unable to independently verify the latest account"
        if (
            negatable
            and name == "evidence"
            and (DECLINED_VERB.search(before) or RECEIPT_AFTER.match(full, end))
        ):
            effective, value, cue_name = "neutral", 1.0, "declined-evidence"  # "refused to confirm"
        elif negatable and negated and INDEPENDENTLY_BEFORE.search(before):
            # "«Мемориал» пока не может независимо подтвердить новые сообщения": a caveat on its own checking
            effective, value, cue_name = "neutral", 1.0, "unverified"
        elif negatable and negated:
            effective, value = "denial", 2.0 if name == "event" else 3.0
            cue_name = "negated-" + name
        # "Canada condemns these abuses", "said Canada 'condemns the targeting, detention and torture of ...'":
        # events condemned are named as facts
        condemned = name == "event" and (condemning or CONDEMNING.search(_clause_before(full, lo, start)))
        if (
            name == "event"
            and effective == "confirmation"
            and NOMINAL_EVENT.fullmatch(phrase.lower())
            and not condemned
            and not ASSERTED_NOMINAL_BEFORE.search(before)  # "acts of persecution", "people facing torture"
        ):
            value, cue_name = 0.5, "mention"  # "victims", "torture": named, not asserted
        elif name == "event" and effective == "confirmation" and condemned:
            cue_name = "condemned"  # "a resolution condemning the abductions and torture": named as facts
        if (
            name == "neutral"
            and negated
            and INVESTIGATE.fullmatch(phrase.lower())
            and not (phrase.lower().startswith("consider") and JUDGED_AS_AFTER.match(full, end))
        ):
            # "would not even look into such complaints" (an official) / "no effective investigation" (NGO)
            effective, value, cue_name = "denial", 2.0, "refusal"
        if effective != "none":
            record(effective, value, cue_name, phrase, start, end)
        else:
            claimed.append((start, end))
        if name == "noncommittal":
            # "не берусь утверждать, что там происходило, но ...": what it leaves open is not asserted
            claimed.append((end, _clause_end(full, end, _sentence_around(full, end, lo, hi)[1])))
        if name == "dismissal":
            dismissed.append(start)
        if name == "absence" or (name == "dismissal" and category == "deny"):
            tail = SENTENCE_STOP.search(full, end, hi)
            no_events.append((end, tail.start() if tail else hi))
    verb_mode = _verb_mode(verb_before, verb_after) if category in VERB_STANCE and verb else None
    if verb_mode is not None and verb is not None:
        # "refused to confirm" comments on nothing; "could not confirm", "no information to confirm" claim an
        # absence; "has not denied" denies nothing
        # ("could not independently confirm": a caveat on the speaker's own checking, not a doubt)
        negated_confirm = (
            verb_mode == "negated" and category == "confirm" and not INDEPENDENTLY_BEFORE.search(verb_before)
        )
        effective = "denial" if negated_confirm else "neutral"
        scores[effective] += 3.0 if negated_confirm else 1.0
        families[effective].append(f"{verb_mode}-verb")
        cues.append(f"{verb_mode}-verb:{verb.lower()}")
    elif attacks_officials and verb:
        scores["confirmation"] += 2.0
        families["confirmation"].append("verb")
        cues.append(f"attacks-accused:{verb.lower()}")
    elif category in VERB_STANCE and verb and not (category == "confirm" and ABSENCE.search(verb_after)):
        # ("established that no one had been detained": a finding of absence, whose cue decides)
        own = VERB_STANCE[category]
        scores[own] += 3.0 if own == "denial" else 2.0
        families[own].append("verb")
        cues.append(f"verb:{verb.lower()}")
    elif category == "act" and verb:
        scores["neutral"] += 1.0
    # the reports as the object of a dismissal: looked for in the dismissal's own sentence ("Это неправда. Мы
    # передали материалы ...": the materials are the speaker's, not what is called untrue)
    spans = [_sentence_around(full, start, lo, hi) for start in dismissed] or [(lo, hi)]
    reports = any(index.first(REPORT_OBJECT, a, b) is not None for a, b in spans)
    if scores["denial"] and IRONIC_IMPUNITY.search(full, lo, hi):
        # '"Nobody was tortured, nobody was killed, and nobody will ever be punished for it"': no one is punished
        # for what did not happen; the absences are irony
        scores["confirmation"] += scores["denial"]
        scores["denial"] = 0.0
        families["confirmation"].extend(families["denial"])
        families["denial"] = []
        cues.append("ironic")
    stance = _decide(scores, families, cues, reports, kind, country, topic_in_statement, insider)
    return StanceResult(stance, tuple(cues), (scores["denial"], scores["confirmation"], scores["neutral"]))


# a verb of finding whose object is what was found ("found that", "установила, что")
FINDING = re.compile(r"(?:found|established|concluded|determined|нашл\w*|установил\w*) (?:that|что)")


def _quoted_phrase(text: str, start: int, end: int) -> bool:
    """Is [start, end) a short phrase in quotation marks of its own ("„не подтверждено“", "'no evidence'")?"""
    opening = text.rfind(" ", 0, start) + 1
    closing = end
    while closing < len(text) and closing - end < 12 and text[closing] not in QUOTE_CLOSERS:
        closing += 1
    return (
        text[opening:start].strip() in QUOTE_OPENERS
        and closing < len(text)
        and text[closing] in QUOTE_CLOSERS
        and closing - opening <= 40
    )


QUOTE_OPENERS = frozenset(["«", "„", "“", '"', "'", "‘"])
QUOTE_CLOSERS = frozenset(["»", "“", "”", '"', "'", "’"])


def _absence_found(index: CueIndex, end: int, hi: int) -> bool:
    """Does an absence claim follow a finding verb in its sentence ("found that they had not been confirmed")?"""
    return index.first(ABSENCE, end, _sentence_around(index.text, end, end, hi)[1]) is not None


def _contrasted(full: str, before: str, end: int) -> bool:
    """ "The worst part was not the beating, it was when ...": the event set aside in a contrast is a given."""
    return bool(NOT_THE_BEFORE.search(before)) and CONTRAST_AFTER.match(full, end) is not None


def attacks_accused(after_verb: str) -> bool:
    """Is the object of an attacking verb the accused side ("the Chechen authorities", "remarks by officials",
    "the official investigation", "the Kremlin's response") rather than the reports or their authors?"""
    target = TARGET_END.split(" " + after_verb[:160] + " ", maxsplit=1)[0]
    if after_verb.strip(" .;,").lower() in ("that", "this", "it", "это", "этого"):
        return True  # "Kalyapin disputes that": the claim just reported, which the accused side made
    return bool(OFFICIAL_TARGET.search(target)) and not (
        REPORT_OBJECT.search(target) and not re.search(r"(?i)'s?\b|’s?\b", target)
    )


# the West as the target of an official's attacking verb ("accused Washington of hypocrisy")
WESTERN_TARGET = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:west|western\s+\w+|washington|london|brussels|nato|нато|the\s+united\s+states|the\s+us|"
    r"the\s+eu|european\s+\w+|запад\w*|вашингтон\w*|сша|евросоюз\w*|европейск\w+\s+\w+)\s+(?:of|в)\s"
)


def _whataboutism(after_verb: str, index: CueIndex, lo: int, hi: int) -> bool:
    """Does an official accuse the West of something other than the reports ("accused Western governments of
    ignoring human rights problems at home"), with no dismissal or report named in the statement?"""
    return (
        WESTERN_TARGET.match(after_verb) is not None
        and index.first(DISMISSAL, lo, hi) is None
        and index.first(REPORT_OBJECT, lo, hi) is None
    )


def _retracts(kind: str | None, cues: list[str]) -> bool:
    """Is a person's only dismissal one of their own account ("мужчина ... говорит, что «оговорил» сотрудников
    полиции")? Taking an account back denies it; it does not reject a denial."""
    return kind == "person" and all(c.startswith(RETRACTION_CUES) for c in cues if c.startswith("dismissal:"))


def _verb_mode(before: str, after: str = "") -> str | None:
    """ "declined" or "negated" when the words around a stance verb decline or negate it, else None.

    "refused to confirm" and "could neither confirm nor deny" are declined; "could not confirm" is negated.
    """
    if DECLINED_VERB.search(before) or EITHER_BEFORE.search(before) or EITHER_AFTER.match(after):
        return "declined"
    # "confirmed receipt of the letter", "факт получения петиции подтвердили": no finding
    if RECEIPT_AFTER.match(after) or RECEIPT_BEFORE.search(before):
        return "declined"
    if NOT_ONLY_BEFORE.search(before):
        return None
    if NEGATED_INFINITIVE.search(before) or NEGATION_BEFORE.search(before):
        return "negated"
    return None


def _asserts_events_and_urges(cues: list[str]) -> bool:
    """Do the cues assert events in a clause of their own and only urge action besides ("said men had been
    abducted and tortured, and urged Moscow to protect victims")? Not concern about reports of them, nor a call
    to investigate them."""
    asserted = [c for c in cues if c.startswith("event:") and ASSERTED_EVENT.search(c)]
    neutral = [c for c in cues if c.startswith("neutral:")]
    return (
        len(asserted) >= 1
        and len([c for c in cues if c.startswith("event:")]) >= 2
        and all(URGED.match(c, len("neutral:")) for c in neutral)
    )


# an event in a finite clause ("had been abducted", "were tortured"), not a noun ("reports of abductions")
ASSERTED_EVENT = re.compile(r"(?i)\b(?:had|have|has) been\b|\b(?:were|was) \w+ed\b")
URGED = re.compile(r"(?i)urg|call")


def _decide(scores, families, cues, reports: bool, kind, country, topic_in_statement, insider=False) -> str:
    side = speaker_side(kind, country)
    denial, confirmation, neutral = scores["denial"], scores["confirmation"], scores["neutral"]
    refusals = 2.0 * families["denial"].count("refusal")
    if side == "confirmation" and refusals:  # an NGO or UN body noting that nobody investigated
        denial, confirmation = denial - refusals, confirmation + refusals
        families["denial"] = [f for f in families["denial"] if f != "refusal"]
        families["confirmation"].append("refusal")
    if side != "denial" and "invitation" in families["denial"]:
        # "anyone can come and see": from a victim, an NGO or a foreign body neither a denial nor evidence
        denial -= 2.0 * families["denial"].count("invitation")
        families["denial"] = [f for f in families["denial"] if f != "invitation"]
    if side == "denial":
        # an official citing another's denial ("Kadyrov has said there is nothing of the kind") or seeing "no
        # reason to doubt" it endorses the denial; anyone else citing it rejects it
        sided = 3.0 * sum(1 for f in families["confirmation"] if f in ("cites-denial", "confirm-negated"))
        confirmation, denial = confirmation - sided, denial + sided
        families["confirmation"] = [
            f for f in families["confirmation"] if f not in ("cites-denial", "confirm-negated")
        ]
        # "Umarov told a Chechen broadcaster he stood by every word": an official keeping to his own line
        for _ in range(sum(1 for c in cues if STANDS_BY.fullmatch(c))):
            if "evidence" in families["confirmation"]:
                families["confirmation"].remove("evidence")
                confirmation -= 3.0
    if (
        side == "denial"
        and "dismissal" in families["denial"]
        and set(families["confirmation"]) == {"accountability"}
    ):  # "those who spread such filth will be held to account": an official threatening the reporters
        confirmation = 0.0
    weak = sum({"event": 1.0, "refusal": 2.0, "mention": 0.5}.get(f, 0.0) for f in families["confirmation"])
    if (
        side == "confirmation"
        and kind in ("intergovernmental", "government")
        and families["confirmation"]
        and (set(families["confirmation"]) <= {"mention"})
    ):
        confirmation = 0.0  # a foreign or international body naming "victims" is not yet confirming
    strong = confirmation - weak
    events = families["confirmation"].count("event")
    if (
        side == "denial"
        and strong <= 0
        and not (events >= 2 and denial == 0)
        and not (insider and denial == 0)
    ):
        # event words in an official's mouth are hypothetical or quoted, unless several are asserted with
        # nothing denied ("sources in the security services describe a place where detainees are beaten")
        confirmation = 0.0
    if (
        side == "confirmation"
        and kind != "person"
        and denial
        and set(families["denial"]) <= {"negated-event"}
    ):
        # "families do not complain because it is a shame, not a crime": an NGO explaining (a person saying
        # "nobody was holding me" denies it)
        denial = 0.0
    if (
        side == "confirmation"
        and kind != "person"
        and denial
        and set(families["denial"]) <= {"absence"}
        and all(MODAL_ABSENCE.search(c) for c in cues if c.startswith("absence:"))
    ):  # "no one would come forward while the people who tortured them are in uniform": why nobody complains
        denial = 0.0
    if (
        side == "confirmation"
        and denial
        and set(families["denial"]) <= {"dismissal"}
        and not reports
        and not _retracts(kind, cues)
    ):
        confirmation, denial = confirmation + denial, 0.0  # "that is simply not true": rejecting a denial
        cues.append("refutes-denial")
    if kind == "court" and country == "RU" and (denial == 0 or set(families["denial"]) <= {"verb"}):
        # "Пятигорский суд отказался удовлетворить жалобу на отказ в возбуждении дела": a Russian court's ruling on
        # a complaint is procedure, whatever the complaint's words ("rejected Lapunov's appeal": its only denial)
        return "neutral"
    if denial == 0 and confirmation == 0:
        if neutral > 0:
            return "neutral"
        # no cue at all: Russian officials speaking on the reports deflect them, NGOs, journalists and
        # witnesses describe them; foreign and international bodies mostly comment
        if insider:  # an unnamed insider with no cue: neither the official line nor a confirmation
            return "neutral"
        if side == "denial" or kind in ("ngo", "media", "person", "court"):
            return side
        return side if topic_in_statement and kind not in ("intergovernmental", "government") else "neutral"
    if denial > confirmation:
        return "denial"
    if confirmation > denial:
        if strong <= 0 and neutral >= 2 and not (side == "confirmation" and _asserts_events_and_urges(cues)):
            return "neutral"
        return "confirmation"
    return side
