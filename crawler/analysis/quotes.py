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

import bisect
import re
from dataclasses import dataclass, field

from crawler.analysis import lexicon, morph
from crawler.analysis.doc import Doc
from crawler.analysis.mentions import LOCAL_PLACES, PREPOSITIONS_EN, PREPOSITIONS_RU
from crawler.analysis.segment import DASH_ATTRIBUTION, QUOTE_CHARS, Quote, Token

HARD_BOUNDARY = frozenset(";:()[]") | QUOTE_CHARS | {"—", "–"}
SOFT_BOUNDARY_WORDS = lexicon.words(
    """that but while whereas although though because since as when after before if unless where and or so
    что чтобы но а и или хотя поскольку когда если где пока однако"""
)
CITED_STATEMENT_RE = re.compile(
    r"(?:(?:[Сс]лова(?:ми)?|[Цц]итат(?:[аеуы]|ой)|[Зз]аявлени[ея]|[Уу]тверждени[ея]|[Зз]аверени[ея])\s+(?P<owner>[^,.;:«»\"]{2,60}?)\s+о том,?\s+"
    r"что\s+(?:[^«».;!?]{0,60}?)«"
    r"|(?:claim|statement|assertion|insistence)s?\s+(?:of|by)\s+(?P<owner2>[^,.;:\"“”]{2,60}?)\s+that\s+[\"“]"
    r"|(?P<owner3>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s+(?:claim|statement|assertion|insistence|"
    r"denials?|line|position)\s+that\s+(?:(?!\b(?:was|is|were|are)\b)[^\"“.]){0,40}?[\"“])"
)
PLAIN_SAY = lexicon.words("say says said told tell stated claimed сказал сказала говорил говорила")
# a speech verb negated: "has never actually said", "did not say", "никогда не говорил"
NEGATED_SAY = re.compile(
    r"(?i)(?:\b(?:never|not|n't)|\bне|\bни разу не)\s+(?:(?:actually|publicly|once|explicitly|directly|quite|"
    r"really|прямо|публично|открыто)\s+)?$|\b(?:has|have|had|did|does)n't\s+$|\b(?:has|have|had) never\s+(?:\w+\s+)?$"
)
# "Karimov was quoted as saying", "Interfax quoted Karimov as saying", "you quote Karimov as saying": the one quoted
# speaks
QUOTED_AS = re.compile(
    r"\b(?:(?P<aux>was|were|is|are|has been|had been)\s+quoted|quoted|quotes|quote|quoting)\s+"
    r"(?:by\s+[^.;:,\"“”]{1,60}?\s+|(?P<object>(?:[A-ZА-ЯЁ]|(?:a|an|one|two|three|several|the|his|her|its|their)\s|[a-z]+\s(?=[\w ]{0,40}?[A-Z]))"
    r"[^.;:\"“”«»]{1,80}?)\s+)?"
    r"(?:as|,?\s*who)\s+(?P<verb>saying|telling|stating|having said|calling|describing|dismissing|denying|"
    r"said|told|called|described|dismissed|denied)\b"
)
AGENT_AFTER_SAYING = re.compile(r"by\s+(?:the\s+)?[^,.;:\"“”]{2,60}?(?=\s+that\b|\s*,|\s*[\"“])")
CITED_CLAIM_NOUNS_EN = r"(?:claim|statement|assertion|insistence|denial|contention|argument)"
CITED_CLAUSE_RE = re.compile(
    rf"(?P<owner>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}(?:[A-Z][\w’'-]*|government|authorities|ministry|committee|"
    rf"embassy|spokes(?:man|woman|person)|office|leader|ombudsman|council|prosecutors?|investigators))['’]s?\s+(?:\w+\s+)?"
    rf"{CITED_CLAIM_NOUNS_EN}s?\s+that\s+(?![^.;]{{0,40}}[\"“])"
    r"|(?:[Сс]лова(?:ми)?|[Цц]итат(?:[аеуы]|ой)|[Зз]аявлени[еяй]|[Уу]тверждени[еяй]|[Дд]овод[ау]?|[Пп]озици[яи])\s+"
    r"(?P<owner2>[А-ЯЁ][^,.;:«»\"]{1,60}?)"
    r"(?:,\s+[^,.;«»]{3,80},)?\s+о том,?\s+что\s+(?![^«».;!?]{0,60}«)"
)
JUDGED_CLAIM = re.compile(
    r"\s(?:is|was|are|were|has been|had been)\s+(?:not only\s+|simply\s+|both\s+|itself\s+|plainly\s+)?"
    r"(?:false|cynical|untrue|contradicted|refuted|belied|a lie|absurd|wrong|dangerous|nonsense|baseless|not true|"
    r"disproved|undermined|an? (?:insult|lie|incitement|attempt))"
    r"|\s(?:do|does|did|can|could)(?:n't| not)\s+(?:withstand|survive|stand up|hold up)"
)
# "rejected the Kremlin's claim that ...": the rejection is the statement, the claim its object
REJECTED_BEFORE = re.compile(
    r"(?i)\b(?:reject|dismiss|disput|challeng|ridicul|mock|contradict|refut|deni)\w*\s+$"
)
CITED_CLAUSE_HINT = re.compile(rf"{CITED_CLAIM_NOUNS_EN}s?\s+that\s|о том,?\s+что\s")
CLAUSE_STOP = re.compile(r"[;:]|\s[—–]\s|,\s+(?:but|while|whereas|а|но|однако)\s")
# what every CITED_STATEMENT_RE match contains (a cheap literal-led scan skips most texts)
CITED_STATEMENT_HINT = re.compile(r'что\s+[^«».;!?]{0,60}?«|that\s+[^"“.]{0,40}?["“]')
# '«...», — представитель правительства Чечни.': a signature after the dash, to the sentence's end
DASH_SIGNATURE = re.compile(
    r"[,.!?…]?(?:\s*[—–]|\s+-)\s+([^\s.!?«»\"“”—–-][^.!?«»\"“”\n]{1,90}?)\s*(?:[.!]|$|\n)"
)
# words after a speech verb that are no subject of it ("— добавили там", "— приводит слова родственника")
NOT_SUBJECTS_RU = lexicon.words("там здесь тут тогда же также слова позже затем потом")
IN_QUOTE_SPEECH = lexicon.words("said says told stated заявил заявляет сказал говорит утверждает")
# "is calling on", "are insisting": a speech verb in the progressive, read as its present form
PROGRESSIVE_SPEECH = {
    "calling": "calls",
    "urging": "urges",
    "demanding": "demands",
    "saying": "says",
    "denying": "denies",
    "insisting": "insists",
    "claiming": "claims",
    "dismissing": "dismisses",
    "rejecting": "rejects",
    "warning": "warns",
    "telling": "tells",
    "accusing": "accuses",
}
BE_PAST_PRESENT = frozenset(("is", "are", "was", "were"))
VERB_TRIGGERS = lexicon.words(
    """read reads pointed points point came come comes coming
    пришел пришла пришли приходит располагает располагают располагала обратил обратила
    сомневается сомневаются сомневался сомневалась сомневались
    обратили обращает обращают обращал обращала обращали приводит приводят привел привела привели"""
) | frozenset(("reports", *PROGRESSIVE_SPEECH))
# whom a speaker "told" before what was said ("told him she had ...", "told reporters on a call")
PUT_IT = re.compile(r"(?i),?\s+(?:put|puts|summed|sums)\s+(?:it|this|things)(?:\s+\w+){0,2}\s*$")
THROUGH_AFTER = re.compile(r"\s+through\s+(?:its|their|his|her|the)\s+(?=\S)", re.IGNORECASE)
HORTATIVE = frozenset(["пусть", "пускай", "let"])
# common irregular past tenses, where a sentence's subject may end ("Kadyrov met Moskalkova and assured her ...")
IRREGULAR_PAST_EN = lexicon.words(
    "met went took gave made held sent spoke left came saw kept brought got put began led paid sat stood won "
    "struck drew threw wore tore"
)
# "Ибрагим говорит тихо и всё время смотрит на дверь": how someone speaks, not what they say
MANNER_OF_SPEAKING = lexicon.words(
    "тихо негромко громко медленно быстро спокойно сбивчиво сдержанно устало осторожно неохотно охотно "
    "уверенно твердо шепотом неуверенно торопливо"
)
NICKNAME_WORDS = lexicon.words(
    "nickname nicknamed dubbed прозвищу прозвище прозвищем кличке позывной позывным"
)
TOLD_WHOM = lexicon.words("him her them us me reporters journalists")
TOLD_OUTLETS = lexicon.words("newspaper paper agency magazine outlet channel station website broadcaster")
QUOTE_LEAD_WORDS = lexicon.words(
    """reporters journalists interfax tass ria novosti afp reuters the bbc cnn us me him her them again also
    журналистам агентству интерфаксу тасс риа новости изданию корреспонденту нам ему ей им вновь также"""
)
COORDINATORS = frozenset(["and", "but", "и", "а", "но"])
# "не располагают достоверной информацией": what kind of information is held
HELD_INFORMATION_ADJECTIVES = lexicon.words(
    "достоверной точной подобной такой никакой официальной проверенной подтвержденной конкретной"
)
PASSIVE_HEARSAY = lexicon.words("reported said alleged claimed believed thought rumoured rumored")
ABOUT_RU = lexicon.words("о об обо про")  # the topic spoken about, never the speaker
RELATIVE_WORDS = lexicon.words(
    """who which whom whose который которая которое которые которого которой которым куда откуда"""
)


def _names_someone(doc: Doc, lo: int, hi: int) -> bool:
    """Do tokens [lo, hi) name an actor, a role, a pronoun or (in Russian) a person by name?"""
    return any(
        doc.infos[k].actor
        or doc.infos[k].role
        or doc.infos[k].pronoun
        or (doc.lang == "ru" and doc.tokens[k].is_cap and morph.can_be_personal_name(doc.tokens[k].text))
        for k in range(lo, hi)
    )


def _opens_relative(doc: Doc, k: int) -> bool:
    """Does a relative clause open at token ``k``: "who ...", or after a preposition ("Мурад, с которым мы
    связались в Париже, говорит", "the father, with whom we spoke, says")?"""
    word = doc.word(k)
    if word in RELATIVE_WORDS:
        return True
    following = doc.word(k + 1)
    if doc.lang == "ru":
        return word in PREPOSITIONS_RU and following.startswith("котор")
    return word in PREPOSITIONS_EN and following in ("whom", "which")


CLAUSE_END_WORDS_EN = lexicon.words(
    """that who which adding saying noting as after when while because but and although in on during at"""
)
PASSIVE_EN = lexicon.words("was were is are been be being so widely")
AUX_EN = lexicon.words(
    """had has have was were is are would could will did does do should can cannot not been being included
    includes remained"""
)
BASE_FORMS_EN = frozenset(["tell", "call", "describe", "comment", "write"])
RELATIVE_SPEECH = lexicon.words(
    "said says told tells described recalled testified wrote reported claimed claims insisted insists stated "
    "declared maintained added denied dismissed argued noted stressed warned alleged acknowledged admitted explained "
    "tweeted accused called"
)
REGARDED_AS = lexicon.words("regarded seen known described considered viewed widely")
REFLEXIVE_EN = lexicon.words("himself herself themselves itself myself")
NO_INVERSION_EN = frozenset(["told", "tells", "tell", "informed"])
BASE_FORM_OK = lexicon.words("to would will did does do can could cannot not also")
NP_START_EN = lexicon.words("the a an one another his her its their our two three several some")
ADVERBIAL_START = lexicon.words(
    """on in at during last this yesterday today later earlier recently according after before while when
    via through speaking told tuesday monday wednesday thursday friday saturday sunday in a в во на по
    журналистам агентству изданию телеканалу корреспонденту газете радио интерфаксу риа тасс сми"""
)
NOT_SPEAKERS = lexicon.words(
    """update breaking correction note claim verdict rating fact context background summary analysis why what
    внимание срочно обновлено молния важно факт вердикт контекст"""
)
ANSWER_LABELS = frozenset(["ответ", "о", "answer", "a"])
# a broadcast script's soundbite of the person the line before introduced ("СИНХРОН: «...»", "SOT: ...")
SOUNDBITE_LABELS = frozenset(["синхрон", "снх", "sot", "sync", "soundbite"])
# words that open a clause of its own after a quote, not its attribution
CLAUSE_CONJUNCTIONS = lexicon.words("while whereas but although though and yet а но хотя тогда")
# a recording played in a programme, its speaker in an aside ("CLIP (UMAROV): ...")
CLIP_LABELS = frozenset(
    ["clip", "archive", "audio", "tape", "recording", "soundbite", "sot", "синхрон", "архив", "запись"]
)
# "GUEST (Tanya Lokshina, Human Rights Watch): ...": a guest named in the aside (not "GUEST (through interpreter)")
GUEST_LABELS = frozenset(["guest", "interviewee", "гость", "гостья", "собеседник", "собеседница"])
# a broadcast script's narration, the channel's own words ("ЗА КАДРОМ: Грозный вечером ...")
VOICE_OVER_LABELS = frozenset(["за кадром", "голос за кадром", "зк", "vo", "v/o", "voice-over", "voice over"])
TRANSCRIPT_HOSTS = lexicon.words(
    """anchor presenter host interviewer reporter correspondent moderator question q newsreader announcer
    narrator voiceover ведущий ведущая корреспондент вопрос журналист диктор"""
)
STATEMENT_HEAD = re.compile(
    r"(?i)\b(?:statement|press release|communiqu[eé]|declaration|post|letter|заявлени\w*|сообщени\w*|пост\w*|"
    r"обращени\w*|письм\w*)\b"
)
# a statement's title line, alone in its paragraph: the body text below is the author's
STATEMENT_TITLES = (
    re.compile(
        r"\s*(?:joint |press |official )?statement (?:by|of|from) (?:the )?(?P<author>[^.:;!?\n(]{3,120}?)"
        r"(?:\s+(?:on|about|regarding|in response|concerning)\b[^\n]*)?\s*(?:\([^)\n]*\))?\s*$",
        re.IGNORECASE,
    ),
    re.compile(  # ("Press Statement\nOffice of the Spokesperson, U.S. Department of State": dots inside a name)
        r"\s*(?:press statement|statement)\s*(?::|\n)\s*(?P<author>(?:[^.;!?\n]|(?<=[A-Z])\.){3,120}?)\s*$",
        re.IGNORECASE,
    ),
    re.compile(  # "Statement on ..., as delivered by the United States Mission to the OSCE Permanent Council, Vienna"
        r"\s*(?:joint |press |official )?statement\b[^\n]{0,160}?\b(?:delivered|issued|made) by (?:the )?"
        r"(?P<author>[^.:;!?\n(,]{3,120}?)(?:,[^\n]{0,60})?\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*(?!(?i:press|joint|official) )(?P<author>[A-Z][^.:;!?\n]{1,60}?) (?i:statement)\b[^.!?\n]{0,120}$"
    ),
    re.compile(  # ("Официальное заявление пресс-службы МВД по Чеченской Республике")
        r"\s*(?:официальное |совместное )?заявлени[ея] (?P<author>[^.:;!?\n(«]{3,120}?)\s*(?:\([^)\n]*\))?\s*$",
        re.IGNORECASE,
    ),
    # the foreign ministry's format: "Комментарий официального представителя МИД России М.В.Захаровой в связи с ..."
    re.compile(
        r"\s*комментари[йя] (?P<author>(?:[^.:;!?\n(«]|(?<=[А-ЯЁ])\.){3,120}?)"
        r"(?:\s+(?:в связи с|по поводу|относительно|к|о)\b[^\n]*)?\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*(?:comment|commentary) (?:by|of|from) (?:the )?(?P<author>[^.:;!?\n(]{3,120}?)"
        r"(?:\s+(?:on|about|regarding|in connection with|concerning)\b[^\n]*)?\s*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*(?P<author>[^.:;!?\n]{3,120}?) (?:распространил\w*|опубликовал\w*|выпустил\w*|обнародовал\w*) "
        r"(?:\w+ )?заявлени\w*[^.!?\n]{0,120}\.\s*(?:приводим|публикуем) (?:его|текст)[^\n]{0,60}$",
        re.IGNORECASE,
    ),
)
BARE_STATEMENT_TITLE = re.compile(
    r"(?i)\s*(?:press |joint |official |media )?statement\s*:?\s*$|\s*заявление\s*$"
)
# a source line or a transcript's speaker label, initials allowed: "М.В.Захарова: ...", "ДЖ. УМАРОВ: ..."
LABEL = re.compile(r"\s*((?:[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]?\.\s?){0,3}[^:.!?\n«»\"“”]{2,120}):\s+(?=\S)")
# "official Moscow", "официальный Грозный": the place's government
OFFICIAL = frozenset(("official", "официальный", "официальная", "официальное", "официального", "официальной"))
HANDLE_LABEL = re.compile(r"@\w{2,40}")
FACT_CHECK_LABEL = re.compile(
    r"(?i)claim|verdict|rating|our ruling|ruling|fact|the facts|context|what we found|"
    r"утверждение|вердикт|оценка|факт|факты|контекст|что на самом деле"
)
# the turns of a question-and-answer interview, and where its lead or closing line names the interviewee
# "Кадыров — о публикациях ...:", "Peskov — on the reports:": a news channel's line for the words below it
ABOUT_AFTER_DASH = re.compile(r"(?i)\s*(?:[—–]\s*)?(?:о|об|про|on|about)\s")
DASH_TURN = re.compile(r"\s*[—–]\s+(?=\S)")
INTERVIEW_LEAD = re.compile(
    r"(?i)\b(?:поговорил[аи]?|побеседовал[аи]?|беседовал[аи]?|разговаривал[аи]?|спросил[аи]?|"
    r"интервью)\s+(?:[\w«»\".-]+\s+){0,3}?с(?:о)?\s+"
    # "интервью главы Чечни Рамзана Кадырова телеканалу": the interviewee in the genitive
    r"|\bинтервью\s+(?=(?-i:[А-ЯЁ])|глав|министр|президент|пресс-секретар|омбудсмен|председател|муфти)"
)
INTERVIEW_TOPIC_LEAD = re.compile(r"\s*([^—–\n]{3,150}?)\s+[—–]\s+(?:о|об|обо|про|on|about)\s")
ANSWERED_QUESTIONS = re.compile(
    r"(?i)\b(?:ответил[аи]?|отвечает|отвечают|answered|answers) (?:на )?(?:\w+ )?(?:вопрос\w*|questions)"
)
INTERVIEW_CLOSE = re.compile(r"(?i)\b(?:отвечал[аи]?|ответил[аи]?|рассказывал[аи]?)\s+")
OBLIQUE_PRONOUNS = frozenset(["ним", "ней", "нею", "ними", "нем", "him", "her", "them"])
NOUN_PHRASE_END = re.compile(r"[,.;:!?()]|\s(?:о|об|про|на|в|во|который|которая|которые|когда)\s")
# "was dismissed by Chechen officials as ...", "It was stated by the ministry that ..."; the agent ends before
# "as", "that", a comma or an adverbial
PASSIVE_AGENT = re.compile(
    r"(?i)\b(?P<it>it\s+)?(?:was|were|is|are|has been|have been|had been)\s+(?:(?:\w+ly|also|again|later)\s+)?"
    r"(?P<verb>said|stated|declared|dismissed|denied|rejected|refuted|called|described|branded|labell?ed|"
    r"confirmed|documented|reported|announced|claimed|condemned|denounced|ridiculed|derided|disputed)\s+"
    # "were dismissed as \"slander against the Chechen people\" by the ombudsman": what they were called
    r"(?:as\s+[\"“«][^\"”»\n]{1,120}[\"”»]\s+)?by\s+"
)
PASSIVE_AGENT_LOWER = re.compile(PASSIVE_AGENT.pattern.removeprefix("(?i)"))
BY = re.compile(r"\sby\s", re.IGNORECASE)
AGENT_END = re.compile(
    r"\s(?:as|that|on|in|at|during|after|when|while|last|this|earlier|later)\s|[,.;:!?\"“«]"
)
# a channel's name line above its posts: "Альви Каримов | Telegram", "Ramzan Kadyrov · Instagram"
SOURCE_LINE = re.compile(
    r"\s*([^|·•\n]{3,80}?)\s*[|·•]\s*(?:telegram|телеграм\w*|instagram|инстаграм\w*|vk|вконтакте|facebook|"
    r"twitter|x|youtube)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
# numbered findings under a report's lead ("Основные выводы:", "Summary of key findings")
NUMBERED = re.compile(r"\s*\(?\d{1,2}[.)]\s+(?=\S)")
FINDINGS_LEAD = re.compile(r"(?i)\b(?:findings|conclusions|key points|выводы|выводов|заключени[ея])\b")
NAMED_BODY_BEFORE = re.compile(
    r"(?i)(?:организаци\w*|групп\w*|фонд\w*|центр\w*|движени\w*|газет\w*|издани\w*|телеканал\w*|сет[иь]|"
    r"агентств\w*|проект\w*|объединени\w*|ассоциаци\w*|group|organi[sz]ation|charity|network|newspaper|outlet|"
    r"channel|magazine|project|foundation|centre|center|initiative)\s+$"
)
HONORIFIC_LABEL = re.compile(r"\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+[A-Z]\w+")
NAMED_SOURCE_LINE = re.compile(r"\s*([^|·•\n.!?]{3,60}?)\s*[|·•]\s*[^\n.!?]{1,40}$")
# a press release's heading: "Следственный комитет Российской Федерации сообщает", "The Ministry informs"
ANNOUNCES_LINE = re.compile(r"(?i)\s(?:сообщает|информирует|заявляет|announces|informs|reports)\s*$")
# what a source line names besides its author: the platform or the date ("Telegram channel", "14 January 2019")
SOURCE_MARKS = re.compile(
    r"(?i)\b(?:telegram|instagram|twitter|facebook|vk|вконтакте|телеграм\w*|инстаграм\w*|statement|заявлени\w*|"
    r"post|пост|posted|blog|блог\w*|newsletter|рассылк\w*|фейсбук\w*|substack|"
    r"\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}|\d{4})\b"
)
POSTED_THINGS = lexicon.words(
    "address video clip statement letter message post report interview document article photo photos videos"
)
# one-word asides between a subject and its verb ("В МИД ФРГ, однако, настаивают")
# a participle clause set off between the subject and its verb ("Sergei Lavrov, speaking after talks in Paris,
# said", "Песков, отвечая на вопрос журналистов, заявил")
PARTICIPLE_ASIDE = re.compile(
    r"(?:speaking|writing|responding|replying|commenting|addressing|talking|appearing|citing|asked|questioned|"
    r"выступая|отвечая|комментируя|говоря|обращаясь|ссылаясь|выступив|ответив|сославшись)$"
)
# "-ing" words naming members of the subject, not an aside ("Two sources, including a former police officer, stated")
ING_PREPOSITIONS = lexicon.words("including excluding")
ASIDE_WORDS = lexicon.words("однако впрочем напротив however meanwhile nevertheless though too also")
PASSIVE_ADVERBS = lexicon.words(
    "still also often widely regularly frequently sometimes rarely usually already"
)
POSTED_VERBS = lexicon.words("posted published released issued written")
TIME_CLAUSE_EN = lexicon.words("after before when as since")
PLURAL_PRESENT = frozenset(lexicon.EN_PLURAL_PRESENT)
SPEECH_VERBS_EN = frozenset(word for forms in lexicon.EN_VERBS.values() for word in forms)
# words that name a source before its quoted name ("по данным «Коммерсанта»", "газета «Вести»")
SOURCE_WORDS_RU = lexicon.words(
    """данным словам информации сообщению сведениям газета газеты газете газету издание издания изданию
    агентство агентства агентству телеканал телеканала телеканалу радиостанция радиостанции портал портала
    порталу сайт сайта сайту"""
)
TIME_STAMP = re.compile(r"\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[—–-]\s*)?(?=\S)")
# punctuation around quotes, labels and clauses (compiled once: they run for every candidate)
# a speaker's line in a Russian chamber's transcript: "Делимханов А. С., фракция «Единая Россия». Уважаемые ..."
STENOGRAM_LABEL = re.compile(
    r"\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)(?:,[^.!?\n]{0,100})?\.\s+(?=\S)"
)
# a member's turn in a parliament's verbatim report, named with the political group or party and constituency
MEMBER_LABEL = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    # ("Lord Ahmad of Wimbledon (Con):": the peer's territorial title is no part of the name)
    r"(?:\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
    rf"(?:\([^()\n]{{2,40}}\)\s*)?\((?:{lexicon.EP_GROUPS}|{lexicon.UK_PARTIES}|Green|PC|Ind)\)\s*(?:\.\s*[–—-]|:)\s+(?=\S)"
)
# what follows a speaker's name in a chamber's record (the labels below find the turn with them; speakers.py reads the
# speaker's kind from them): "Terry Reintke, on behalf of the Verts/ALE Group. – ...", the European Parliament
GROUP_ASIDE_PATTERN = r",\s+on behalf of the [^.\n]{2,40}? Group\s*\.\s*[–—-]"
# "Ms Anne LINDQVIST (Sweden, SOC), rapporteur. – ...": the Parliamentary Assembly of the Council of Europe
ASSEMBLY_ASIDE_PATTERN = (
    r"\s+\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z/]{2,8}\)(?:,\s*[a-z][\w\s-]{2,40})?\s*\.\s*[–—-]"
)
# "Senator CARDIN.", "Chairman WICKER.": a member of the US Congress in a hearing's record
US_MEMBER_TITLES = r"Chairman|Chairwoman|Co-Chairman|Co-Chair|Senator|Representative"
GROUP_LABEL = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})" + GROUP_ASIDE_PATTERN + r"\s+(?=\S)")
ASSEMBLY_LABEL = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
    + ASSEMBLY_ASIDE_PATTERN
    + r"\s+(?=\S)"
)
# a speaker's turn in a US congressional hearing's record: "Ms. LOKSHINA. Thank you ...", "Chairman WICKER. ..."
HEARING_LABEL = re.compile(
    rf"\s*((?:(?:Mr|Mrs|Ms|Dr)\.|{US_MEMBER_TITLES}|Ambassador)\s+[A-Z][A-Z'’-]{{2,}}(?:\s+of\s+[A-Z][a-z]+)?)\.\s+(?=\S)"
)
BRACKET_LABEL = re.compile(r"\s*\[([^\]]{3,160})\]\s*")  # "[Interviewer] ..."
QUESTION_PUT = re.compile(r"(?:[\w'’.-]+\s+){0,2}?when asked (?:whether|if|about|why|how)\b")
THAT_LEAD = re.compile(r"(?:that|что)\s+", re.IGNORECASE)
DASH_AFTER_QUOTE = re.compile(r"\s*[,.!?…]?\s*[—–-]")
COMMA_AFTER_QUOTE = re.compile(r"\s*[,!?]")
SENTENCE_BREAK = re.compile(r"[.!?;]\s")
# "<author>, Telegram[, <time or date>]": a post's heading
POST_HEADING = re.compile(
    r"(?i)\s*[^,\n.!?]{3,60},\s*(?:telegram|телеграм\w*|instagram|инстаграм\w*|vk|вконтакте|facebook|фейсбук|"
    r"twitter|x)(?:[- ](?:channel|канал|post|пост))?(?:,\s*[^,\n.!?]{1,30})?\s*$"
)
ENDS_SENTENCE = re.compile(r"[.!?…\"»”]\s*$")
FIRST_PERSON = re.compile(
    r"(?<!\w)(?:we|our|us|i|my|me|мы|наш\w*|нас|нам|я|мой|моя|мне|меня)(?!\w)", re.IGNORECASE
)
OBJECT_PRONOUNS_EN = lexicon.words("reporters journalists me us him her them")
NAME_VERBS = frozenset({"called", "named", "termed", "dubbed"})
END_PUNCT = ".!?…"
CALENDAR = lexicon.words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december"""
)


# a refusal to comment with its verb last: "от (дальнейших) комментариев (по этому поводу) отказались"
DECLINED_COMMENT_RU = re.compile(
    r"(?i)\bот\s+(?:дальнейших\s+|каких-либо\s+|любых\s+)?комментари\w*(?:\s+[^\s.,;:!?«»]+){0,4}?\s+"
    r"(?P<verb>отказал\w*)"
)
CLAUSE_JOINERS_RU = frozenset(["но", "однако", "а", "и", "там", "же"])


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
    # (lo, hi, "before"|"after"|"according"|...|"named": a listed person's name, the speaker as it stands)
    windows: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: tuple[int, ...] = ()
    previous: bool = False  # speaker is the previous statement's speaker


# where words were said, after a speaker: "in an interview", "at a briefing", "on television", "during a press call"
SPEAKING_SETTINGS_EN = lexicon.words(
    "interview interviews statement briefing press conference call meeting speech post video broadcast conversation "
    "comments remarks television radio telegram message letter phone televised"
)
SETTING_DETERMINERS = lexicon.words("a an the his her its their weekly daily")


def without_setting_after(doc: Doc, lo: int, hi: int) -> int:
    """English, after the verb: the end of the speaker before where the words were said ("said the head of Chechnya
    in an interview with an American channel")."""
    for k in range(lo + 1, hi - 1):
        if doc.word(k) in ("in", "at", "on", "during"):
            m = k + 1
            while m < hi and doc.word(m) in SETTING_DETERMINERS:
                m += 1
            if m < hi and doc.word(m) in SPEAKING_SETTINGS_EN:
                return k
    return hi


# words that open no new clause with a subject of its own: "..., which it said had been documented"
NOT_A_NEW_SUBJECT = RELATIVE_WORDS | lexicon.words("and but or as и а но или как где когда")


def _end_participles_at_next_subject(doc: Doc, candidates: list[Candidate]) -> None:
    """A participle's words end where another verb's subject starts after a comma ("When PACE adopted its
    resolution, calling on Russia to bring the perpetrators to justice, the Foreign Ministry in Moscow replied that
    ..."), not at a verb inside its own clause ("... the building where he said he was held")."""
    for cand in candidates:
        if cand.kind != "participle":
            continue
        for other in candidates:
            if other.verb_token is None or other.kind not in ("reported", "object") or not other.windows:
                continue
            if other.windows[0][2] != "before":
                continue
            verb_start = doc.tokens[other.verb_token].start
            if not cand.start < verb_start < cand.end:
                continue
            comma = doc.text.rfind(",", cand.start, verb_start)
            subject = doc.text[comma + 1 : verb_start].split() if comma > cand.start else []
            if (
                0 < len(subject) <= 8
                and subject[0][:1].isalpha()
                and subject[0].lower() not in NOT_A_NEW_SUBJECT
            ):
                cand.end = comma


# a quote's closing mark and a clause of its own after it: '"... hearsay," while the ministry said'
CLOSE_THEN_CLAUSE = re.compile(r"[\"”»],?\s+(?:while|whereas|but)\s")


def _end_at_clause_after_quote(doc: Doc, candidates: list[Candidate]) -> None:
    """A statement that runs through a closing quote ends there when another clause follows it ('RT described
    the report as "based on hearsay," while the Foreign Ministry said ...')."""
    if doc.lang == "ru":
        return
    for cand in candidates:
        if cand.kind not in ("reported", "object"):
            continue
        clause = CLOSE_THEN_CLAUSE.search(doc.text, cand.start, cand.end)
        if clause is not None:
            cand.end = clause.start()
            while cand.end > cand.start and doc.text[cand.end - 1] in ",;: ":
                cand.end -= 1


# the reporter's aside on what a speaker left out: ", не упомянув о самих свидетельствах", ", without naming anyone"
REPORTERS_ASIDE = re.compile(
    r"(?i),\s+(?:(?:впрочем|однако|при этом),?\s+)?не (?:упомянув|уточнив|назвав|приведя|представив|объяснив|"
    r"ответив)\b|,\s+(?:however,?\s+)?without (?:mentioning|naming|giving|providing|offering|citing|explaining|"
    r"addressing|answering)\b"
)


def _end_at_reporters_aside(doc: Doc, candidates: list[Candidate]) -> None:
    """A reported statement ends where the reporter notes what the speaker left out ('назвал журналистку
    «пособницей террористов», не упомянув, впрочем, о самих свидетельствах'): those are not the speaker's words."""
    for cand in candidates:
        if cand.kind not in ("reported", "object"):
            continue
        aside = REPORTERS_ASIDE.search(doc.text, cand.start, cand.end)
        if aside is not None and not doc.in_quote(doc.layout.token_at(aside.start())):
            cand.end = aside.start()


def _end_at_next_claim(doc: Doc, candidates: list[Candidate]) -> None:
    """A reported statement ends where its speaker's next claim begins after ", and" ("Karimov said the newspaper
    had published slander, and suggested that several of those named were fighting in Syria"): each is judged on
    its own subject."""
    for cand in candidates:
        if cand.kind not in ("reported", "object"):
            continue
        for other in candidates:
            if other is cand or not other.previous or other.verb_token is None or other.kind != "reported":
                continue
            verb = other.verb_token
            if not cand.start < doc.tokens[verb].start < cand.end:
                continue
            if any(
                c.verb_token is not None and (cand.verb_token or 0) < c.verb_token < verb for c in candidates
            ):
                continue  # "He noted that Russia had declined ..., and said": the last speaker is the clause's
            joint = verb - 1 if doc.word(verb - 1) not in ("also", "также") else verb - 2
            if doc.word(joint) in ("and", "и", "а") and doc.tokens[joint - 1].text == ",":
                cand.end = doc.tokens[joint - 1].start


def _end_at_joined_clause(doc: Doc, candidates: list[Candidate]) -> None:
    """A statement ends where ", and" joins a clause with a subject and a verb of its own ("Russia declined to
    cooperate with him, and its delegation in Vienna dismissed the procedure as politically motivated"): the
    second speaker's words are not the first's."""
    for cand in candidates:
        if cand.kind not in ("reported", "object"):
            continue
        for other in candidates:
            if (
                other is cand
                or other.verb_token is None
                or not other.windows
                or other.windows[0][2] != "before"
            ):
                continue
            verb_start = doc.tokens[other.verb_token].start
            if not cand.start < verb_start < cand.end:
                continue
            if cand.kind == "reported" and other.category not in ("say", "deny", "call"):
                continue  # "заявил, что Россия «ответила на все вопросы», а прокуратура не нашла ...": still his
            joint = JOINED_CLAUSE.search(doc.text, cand.start, verb_start)
            if joint is None:
                continue
            lo, hi = doc.layout.token_at(joint.end()), other.verb_token
            named = any(
                doc.infos[k].actor or doc.infos[k].role or doc.infos[k].pronoun for k in range(lo, hi)
            )
            if 0 < hi - lo <= 6 and named and not any(doc.in_quote(k) for k in range(lo, hi)):
                cand.end = joint.start()


# ", and" / ", а" before a new subject
JOINED_CLAUSE = re.compile(
    r",\s+(?:and|but|while|а|но)\s+(?!(?:that|что|who|which|который|которая|которые)\b)"
)


# '..., but insisted that ...': the same subject's next verb of speech, its clause with no subject of its own
BUT_SAID_AFTER = re.compile(
    r"[,\"”»’]{0,3}\s+but\s+(?:insisted|said|added|stressed|maintained|argued)\s+that\s+[^.;!?]*",
    re.IGNORECASE,
)


def _go_on_over_but_clause(doc: Doc, candidates: list[Candidate]) -> None:
    """A source "conceded that "some people may have been questioned," but insisted that nobody had been harmed":
    the statement goes on over the clause its speaker adds with "but"."""
    for cand in candidates:
        if cand.kind in ("reported", "direct"):
            joined = BUT_SAID_AFTER.match(doc.text, cand.end)
            if joined is not None and not any(
                other is not cand and cand.end <= other.start < joined.end() for other in candidates
            ):
                cand.end = joined.end()


def _joins_name(doc: Doc, j: int) -> bool:
    """Is the full stop at token ``j`` inside a name, with no space around it («Кавказ.Реалии», Meduza.io)?"""
    tokens = doc.tokens
    return (
        tokens[j].text == "."
        and 0 < j < len(tokens) - 1
        and tokens[j - 1].end == tokens[j].start
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 1].is_word
    )


def _words_owner(doc: Doc, i: int) -> tuple[int, int] | None:
    """Tokens of whose words "приводит (его) слова (X)" at token ``i`` cites: the pronoun before "слова" or the
    name after it."""
    if doc.word(i + 2) == "слова" and doc.word(i + 1) in ("его", "ее", "её", "их"):
        return i + 1, i + 2
    if doc.word(i + 1) != "слова" or i + 2 >= len(doc.tokens):
        return None
    if doc.infos[i + 2].actor is not None:
        return _mention_span(doc, i + 2)
    if doc.tokens[i + 2].is_cap and doc.tokens[i + 2].is_word:
        return i + 2, i + 3
    return None


def _quote_opening_at(doc: Doc, offset: int) -> Quote | None:
    """The quotation whose opening mark is at ``offset``, if any."""
    q_index = doc.layout.quote_at_mark.get(offset)
    if q_index is None or doc.layout.quotes[q_index].open != offset:
        return None
    return doc.layout.quotes[q_index]


def _said_before_as_object(doc: Doc, i: int, s_lo: int, s_hi: int) -> bool:
    """English: is the verb at ``i`` in a "what X had stated," clause ("nothing to add to what the Investigative
    Committee had already stated, and ..."): words said before, the object of another verb, with no content here?"""
    what = next(
        (k for k in range(i - 1, max(s_lo, i - 10) - 1, -1) if doc.word(k) in ("what", "whatever")), None
    )
    return (
        what is not None
        and not any(doc.tokens[k].text in ',;:—–"“”' for k in range(what, i))
        and (
            i + 1 >= s_hi
            or doc.tokens[i + 1].text in (",", ".", ";", ")")
            or doc.word(i + 1) in ("and", "or")
        )
    )


def _inside_relative_ru(doc: Doc, i: int, lo: int) -> bool:
    """Russian: is token ``i`` in the relative clause a "который" opens, with no comma between them?"""
    for k in range(i - 1, lo - 1, -1):
        if doc.tokens[k].text in (",", ";", ":", "—", "–"):
            return False
        if doc.word(k).startswith("котор"):
            return True
    return False


def _relative_clause_start(doc: Doc, j: int, lo: int) -> int | None:
    """English: the "who"/"which" after a comma that opens the relative clause holding token ``j``, if any."""
    if doc.lang == "ru":
        return None
    for k in range(j - 1, max(lo, j - 30), -1):
        if doc.tokens[k].text in HARD_BOUNDARY or doc.word(k) in (".", ";"):
            return None
        if doc.word(k) in ("who", "which") and doc.tokens[k - 1].text == ",":
            return k
    return None


def _phrase_start_before(doc: Doc, k: int, lo: int) -> int:
    """Token where the phrase ending before token ``k`` starts: back to a hard boundary or a clause word."""
    words = doc.layout.words
    start = k
    while (
        start > lo
        and doc.tokens[start - 1].text not in HARD_BOUNDARY
        and words[start - 1] not in SOFT_BOUNDARY_WORDS
    ):
        start -= 1
    return start


def _whose_clause_start(doc: Doc, j: int, lo: int) -> int | None:
    """English: the "whose" after a noun that opens the relative clause holding token ``j``, if any."""
    if doc.lang == "ru":
        return None
    for k in range(j - 1, max(lo, j - 20), -1):
        if doc.tokens[k].text in HARD_BOUNDARY or doc.tokens[k].text == ",":
            return None
        if doc.word(k) == "whose" and k > lo and doc.tokens[k - 1].is_word:
            return k
    return None


def _inside_appositive(doc: Doc, j: int, lo: int) -> bool:
    """English: does the "and" at token ``j`` join two role phrases of an appositive after a name ("X, the
    speaker of parliament and one of Kadyrov's allies, ...")?"""
    if doc.lang == "ru":
        return False
    # the comma after the name: "Dzhambulat Umarov, Chechnya's minister for nationalities, press and information,"
    commas = [k for k in range(j - 1, max(lo, j - 15), -1) if doc.tokens[k].text == ","][:3]
    return any(
        (doc.infos[comma - 1].actor is not None or doc.tokens[comma - 1].is_cap)
        and any(doc.infos[k].role for k in range(comma + 1, j))
        for comma in commas
    )


def _aged(doc: Doc, lo: int, hi: int) -> bool:
    """Are tokens [lo, hi) a name with an age in apposition ("Adam, 26,", "Ислам, 26 лет,")?"""
    years = hi == lo + 5 and doc.word(lo + 3) in ("лет", "год", "года")  # "Ислам, 26 лет,"
    return (
        (hi == lo + 4 or years)
        and doc.word(lo + 1) == ","
        and doc.word(lo + 2).isdigit()
        and doc.word(hi - 1) == ","
    )


# Russian relative pronouns that are not the subject of their clause ("которого ... называет")
OBLIQUE_RELATIVES = frozenset(
    ["которого", "которой", "которую", "которым", "которых", "которыми", "котором", "которому"]
)
# a quoted object that goes on after the quote: 'accused "X" of ...', 'dismissed "X" as ...', 'обвинил «X» в ...'
OBJECT_GOES_ON = re.compile(r"[\"”»“]?\s+(?:of|as|в)\s+\w")
# a body publishing its findings states them: what it publishes, and the verbs (lemmas) for publishing
PUBLISHING_VERBS = frozenset(
    ["published", "publishes", "released", "releases", "опубликовать", "обнародовать"]
)
PUBLISHED_WORKS = (
    "report", "testimon", "investigation", "findings", "names", "interviews", "доклад", "отчет",
    "отчёт", "свидетельств", "показани", "расследовани", "имена", "интервью",
)  # fmt: skip
# what "found"/"finds" takes when it reports a finding
FINDING_OBJECTS = frozenset(["that", "no", "nothing", "evidence", "violations"])
# "Peskov's line in April 2017 was that ...", "The ministry's answer is that ...": a position stated
STATED_POSITION = re.compile(
    r"(?<![\w'’])(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:'s|’s)\s+(?:official\s+|public\s+)?"
    r"(?P<noun>line|position|response|answer|reply|explanation)(?:\s+[^,.;\"“”]{0,30}?)?\s+"
    r"(?:was|is|has been|had been|remains)\s+that\s+"
)
JUDGED_ACCOUNTS = frozenset(["allegations", "accounts", "testimonies", "testimony", "claims", "reports"])
CREDIBLE = frozenset(
    ["credible", "reliable", "true", "well-founded", "founded", "consistent", "substantiated"]
)
FINDING_OBJECTS_RU = (
    "доказательств", "подтвержд", "нарушени", "признак", "факт", "следы", "следов", "свидетельств", "оснований",
    "ничего", "никаких", "данных", "сведений",
)  # fmt: skip


class CandidateFinder:
    """Scans a :class:`Doc` for speech verbs, quotes and "according to" phrases."""

    def __init__(self) -> None:
        self.verbs = lexicon.speech_verbs()
        self.triggers = frozenset(self.verbs) | VERB_TRIGGERS  # the words _is_verb may accept

    # -- helpers ------------------------------------------------------------------------------------------
    @staticmethod
    def _sentence_range(doc: Doc, i: int) -> tuple[int, int]:
        return doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[i].start))

    def _speaker_after_colon(self, doc: Doc, i: int, s_hi: int) -> bool:
        """Does a colon close the words after the verb at ``i`` and a clause with a speaker and a speech verb of its
        own follow it ("отвечает одно и то же: пресс-секретарь главы республики Альви Каримов назвал ...")?"""
        colon = next((k for k in range(i + 1, min(i + 6, s_hi)) if doc.tokens[k].text == ":"), None)
        if colon is None or doc.in_quote(colon):
            return False
        for k in range(colon + 1, min(colon + 10, s_hi)):
            if doc.tokens[k].text in QUOTE_CHARS:
                return False
            if doc.layout.words[k] in self.verbs and morph.is_finite_verb(doc.tokens[k].text):
                return any(doc.infos[j].actor or doc.infos[j].role for j in range(colon + 1, k))
        return False

    def _says_after_aside(self, doc: Doc, i: int) -> bool:
        """Does a verb of saying follow the comma that closes the aside opening at token ``i`` ("X, asked about
        ..., said"; not "X, asked for a response, referred to earlier statements")?"""
        s_hi = self._sentence_range(doc, i)[1]
        comma = next((k for k in range(i + 1, s_hi) if doc.tokens[k].text == ","), None)
        words, verbs = doc.layout.words, self.verbs
        return comma is not None and any(
            words[k] in verbs and verbs[words[k]][0] in ("say", "deny", "call")
            for k in range(comma + 1, min(s_hi, comma + 3))
        )

    def _speech_verb_before(self, doc: Doc, i: int) -> bool:
        """Does the sentence of token ``i`` hold a verb of saying before it, outside quotes ("say", "told")?"""
        s_lo = self._sentence_range(doc, i)[0]
        words, verbs = doc.layout.words, self.verbs
        return any(
            words[k] in verbs and verbs[words[k]][0] == "say" and not doc.in_quote(k) for k in range(s_lo, i)
        )

    def _is_verb(self, doc: Doc, i: int) -> tuple[str, str, str] | None:
        token = doc.tokens[i]
        if not token.is_word:
            return None
        if doc.in_quote(i):  # only "Kadyrov has said that ..." inside a quote: a statement cited by name
            k = i - 1
            while k > 0 and doc.word(k) in ("has", "had", "have", "also", "already"):
                k -= 1
            follows = doc.word(i + 1) if doc.word(i + 1) != "," else doc.word(i + 2)
            if not (
                doc.infos[k].actor in doc.person_actors
                and follows in ("that", "что")
                and doc.word(i) in IN_QUOTE_SPEECH
            ):
                return None
        info = self.verbs.get(token.lower.replace("ё", "е"))
        if (
            info is not None
            and doc.lang != "ru"
            and doc.word(i + 1) == "to"
            and doc.word(i + 2) in ("have", "be")
            and token.lower in PASSIVE_HEARSAY
        ):
            return None  # "the men reported to have been detained": a hearsay passive, nobody's words here
        if info is not None and (
            token.lower in FUTURE_SAY_RU or (doc.lang != "ru" and doc.word(i - 1) in ("will", "'ll", "’ll"))
        ):
            return None  # "Власти опять скажут, что таких людей нет": what someone will say, not a statement
        if (
            info is not None
            and doc.lang != "ru"
            and token.lower in ASKED_PARTICIPLES
            and doc.word(i - 1) == ","
            and doc.word(i + 1) in ASKED_PARTICIPLE_NEXT
            and self._says_after_aside(doc, i)
        ):
            # "Sergei Lavrov, asked after talks with ... whether ..., said": he was asked, he said
            return None
        if (
            info is not None
            and info[1] in ("ответить", "отвечать")
            and len(doc.word(i + 1)) > 4
            and "ablt" in morph.cases(doc.tokens[i + 1].text)
            and "datv" not in morph.cases(doc.tokens[i + 1].text)
            and not morph.is_adjective(doc.tokens[i + 1].text)
        ):
            return None  # "власти отвечают отрицанием и угрозами": what they do, not words quoted
        if (
            info is not None
            and token.lower in ("отказал", "отказала", "отказало", "отказали")
            and not (doc.word(i + 1) == "в" and doc.word(i + 2).startswith("возбужд"))
        ):
            return None  # only "отказал в возбуждении дела" (not "отказал в удовлетворении жалобы": a court's ruling)
        if (
            info is not None
            and doc.lang != "ru"
            and token.lower in PLURAL_PRESENT
            and doc.word(i - 1) == "to"
        ):
            return None  # "asked the government to explain whether ...": an infinitive, nobody's statement
        if (
            info is not None
            and i > 1
            and doc.lang != "ru"
            and token.lower.endswith("ed")
            and _possessor(doc, i - 1)
        ):
            return None  # "the Chechen authorities' repeated denials": an adjective after a possessor
        if (
            info is not None
            and doc.lang != "ru"
            and token.lower.endswith("s")
            and not token.lower.endswith("ss")
            and (
                (i > 1 and doc.infos[i - 1].possessive and doc.infos[i - 1].actor is None)
                or (i > 2 and _possessor(doc, i - 2) and doc.word(i - 1) in FREQUENCY_ADJECTIVES)
            )
        ):
            # "did not respond to the rapporteur's requests", "The Kremlin's daily calls with reporters": a noun
            # after its possessor (and an adjective)
            return None
        if (
            info is None
            and token.lower in ("read", "reads")
            and (role := doc.infos[i - 1].role) is not None
            and role.key == "DOC"
            and doc.tokens[i - 1].is_word
        ):
            return ("say", "read", "any")  # '"Not a single name, not a single body," the post read.'
        if (
            info is None
            and doc.lang != "ru"
            and token.lower in ("came", "come", "comes", "coming")
            and doc.word(i + 1) == "to"
            and doc.word(i + 2) == "the"
            and doc.word(i + 3) == "conclusion"
        ):
            return ("say", "come to the conclusion", "any")  # "Benedek came to the conclusion that ..."
        if (
            info is None
            and doc.word(i + 1) == "к"
            and doc.word(i + 2) == "выводу"
            and doc.word(i).startswith(("пришел", "пришла", "пришли", "приходит"))  # (ё folded)
        ):
            return ("say", "прийти к выводу", "any")  # "пришла к выводу, что ..."
        if (
            info is None
            and token.lower.startswith(("привод", "привел", "привёл"))
            and "слова" in (doc.word(i + 1), doc.word(i + 2))
        ):
            return ("say", "приводить слова", "any")  # "«...», — приводит его слова «Кавказский узел»"
        if (
            info is None
            and token.lower.startswith(("обратил", "обрати", "обраща"))
            and doc.word(i + 1) == "внимание"
        ):
            return ("say", "обратить внимание", "any")  # "обратил внимание на то, что ..."
        if (
            info is not None
            and info[1] == "выразить"
            and doc.word(i + 1) in ("уверенность", "мнение", "убежденность", "сомнение")
        ):
            return ("say", info[1], info[2])  # "выразил уверенность, что ...": a view stated, not an act
        if (
            info is None
            and token.lower.startswith("располага")
            and (doc.word(i + 2) if doc.word(i + 1) in HELD_INFORMATION_ADJECTIVES else doc.word(i + 1))
            in (
                "информацией",
                "данными",
                "сведениями",
                "свидетельствами",
                "именами",
                "показаниями",
                "доказательствами",
            )
        ):
            # «Новая газета» располагает информацией, что ...; "в Кремле не располагают" (the staff, plural)
            return ("say", "располагать", "plur" if token.lower.endswith("ют") else "any")
        if (
            info is None
            and token.lower.startswith("сомнева")
            and doc.word(i - 1) == "не"
            and doc.word(i + 1) in ("в", ",", "что")
        ):
            # "«Мемориал» не сомневается в достоверности сведений", "в организации не сомневаются"
            return ("say", "не сомневаться", "plur" if token.lower.endswith("ются") else "any")
        if info is None and doc.lang != "ru":
            if token.lower in ("pointed", "points", "point") and doc.word(i + 1) == "out":
                return ("say", "point out", "any")
            if (
                token.lower in PROGRESSIVE_SPEECH
                and doc.word(i - 1) in BE_PAST_PRESENT
                and (
                    token.lower != "calling" or doc.word(i + 1) in ("on", "for")
                )  # (not "the man we are calling Adam")
            ):
                # "Amnesty International is calling on the Russian authorities to ...": the present form's verb
                return self.verbs.get(PROGRESSIVE_SPEECH[token.lower])
            if (
                token.lower == "reports"
                and (doc.infos[i - 1].actor is not None or doc.infos[i - 1].role is not None)
                and doc.word(i - 1) not in ("media", "news", "press", "newspaper")
                and doc.word(i + 1) in ("that", ".", ";")
                and not self._speech_verb_before(doc, i)
            ):
                # "..., the SK SOS crisis group reports." (not "the reports", nor an outlet's "Chechen authorities
                # say ..., RT reports.")
                return ("say", "report", "any")
        if info is None:
            return None
        if (
            doc.lang != "ru"
            and not token.text.islower()
            and i > 0
            and doc.tokens[i - 1].text not in END_PUNCT
        ):
            return None
        if (
            doc.word(i - 1) in RELATIVE_WORDS
            and doc.lang != "ru"
            and (token.lower not in RELATIVE_SPEECH or doc.word(i + 1) in REFLEXIVE_EN)
        ):
            return None  # "the man, who asked not to be named", "a man who answered the phone", "who called himself"
        if info[0] == "act" and doc.word(i + 1) in (
            "not",
            "for",
            "that",
            "about",
            "whether",
            "if",
            "why",
            "how",
        ):
            return None
        if (
            info[1] in ("вспоминать", "вспомнить")
            and i + 1 < len(doc.tokens)
            and doc.tokens[i + 1].is_word
            and doc.word(i + 1) not in ("что", "как")
            and doc.tokens[i - 1].text not in ("—", "–", ",")
        ):
            return None  # "вспоминает первые разговоры": recalls something, says nothing yet
        if doc.word(i + 1) in ("whether", "if") and doc.word(i - 1) in ("not", "n't"):
            return None  # "she did not say whether ..."
        if (
            info[0] == "say"
            and (doc.word(i - 1) in ("not", "never", "не") or doc.word(i - 1).endswith("n't"))
            and (i + 1 >= len(doc.tokens) or doc.tokens[i + 1].text in (".", "!", ";"))
        ):
            return None  # "..., Maria Zakharova, has not commented.": nothing said, nothing to attribute
        if info[0] == "act" and doc.word(i + 1 + (doc.word(i + 1) == "the")) in ("names", "имена", "назвать"):
            return None  # "gave him electric shocks and demanded the names of other men": the captors asking
        if info[1] in PUBLISHING_VERBS and not any(
            doc.word(k).startswith(PUBLISHED_WORKS) for k in range(i + 1, min(len(doc.tokens), i + 4))
        ):
            return None  # "published a report ...", "опубликовала свидетельства ...": a finding; not "published data"
        if info[1] == "передать" and not any(
            doc.word(k) in ("что", ":", "«", "„", '"', "слова")
            or doc.word(k).startswith(("требовани", "петици"))
            for k in range(i + 1, min(len(doc.tokens), i + 12))
        ):
            # "передали ей список фамилий", "передали девушку силовикам": handed over, not said (a petition
            # "под требованием ..." says something)
            return None
        if (
            doc.lang == "ru"
            and not OBLIQUE_RELATIVES.isdisjoint(doc.layout.words[max(1, i - 4) : i])
            and any(
                doc.word(k) in OBLIQUE_RELATIVES
                and doc.word(k - 1) not in PREPOSITIONS_RU
                and not any(doc.tokens[m].text == "," for m in range(k + 1, i))
                for k in range(max(1, i - 4), i)
            )
        ):
            # "житель Грозного, которого «Медуза» называет Русланом": the relative clause's own verb (not
            # "резолюцию, в которой осудила ...": there the document speaks for its author)
            return None
        # "now considered the reports confirmed": a judgement's adjective, not a verb of its own
        if token.lower == "confirmed" and any(
            doc.word(k) in ("considered", "considers", "consider", "deemed", "regarded", "regards")
            for k in range(max(0, i - 10), i)
        ):
            return None
        if token.lower in ("held", "holds") and (
            doc.word(i - 1) in PASSIVE_EN
            or "that" not in [doc.word(k) for k in range(i + 1, min(len(doc.tokens), i + 5))]
        ):
            return None  # "were held in a basement"; "the Court held, unanimously, that ...": a ruling
        if token.lower in ("alleged", "allege") and doc.word(i + 1) != "that":
            return None  # "alleged victims": an adjective; "have alleged that ...": a claim
        if token.lower == "calls" and (
            doc.word(i - 1) in CALLS_ANSWERED
            or any(doc.word(k) in ("unanswered", "went") for k in range(i + 1, min(len(doc.tokens), i + 9)))
        ):
            # "did not answer calls from AFP", "calls to the ministry went unanswered": phone calls
            return None
        if token.lower == "states" and doc.word(i + 1) not in ("that", ":", ","):
            return None  # "member states", "the United States": a noun unless a clause or quote follows
        if (
            token.lower in ("found", "finds")
            and doc.word(i + 1) not in FINDING_OBJECTS
            and not (doc.word(i + 1) == "a" and doc.word(i + 2) == "violation")
            # ("found the allegations of abductions, torture and killings to be credible")
            and not (
                doc.word(i + 1) in ("the", "these", "their")
                and doc.word(i + 2) in JUDGED_ACCOUNTS
                and any(doc.word(k) in CREDIBLE for k in range(i + 3, min(len(doc.tokens), i + 20)))
                # (not "declined to say whether she found the reports credible")
                and not any(doc.word(k) in ("whether", "if") for k in range(max(0, i - 3), i))
            )
        ):  # ("The court found violations of the prohibition of torture")
            ahead = [doc.word(k) for k in range(i + 1, min(len(doc.tokens), i + 6))]
            if not ("that" in ahead and ahead[0] in ADVERBIAL_START):
                return None  # "found in December 2018 that ..." still reports a finding
        if info[1] in ("найти", "обнаружить") and not any(
            doc.word(k) == "что" or doc.word(k).startswith(FINDING_OBJECTS_RU)
            for k in range(i + 1, min(len(doc.tokens), i + 7))
        ):
            return None  # "полицейские нашли в его телефоне переписку": a thing found, not a finding
        if doc.word(i - 1) in PASSIVE_EN and doc.word(i + 1) == "by" and doc.lang != "ru":
            return None  # "was dismissed by officials as ...": see _passives
        if (
            token.lower in ("ruled", "rules")
            and doc.word(i + 1) not in ("that", "against")
            and (doc.word(i + 1) not in ADVERBIAL_START)
        ):
            return None  # "a court ruled that ...", not "Kadyrov rules the region"
        if info[1] == token.lower and doc.lang != "ru":  # English
            prev = doc.word(i - 1)
            if token.lower in BASE_FORMS_EN and prev not in BASE_FORM_OK:
                return None
            if prev in PASSIVE_EN or prev == "-" or prev in ("the", "a", "an", "its", "their", "his", "her"):
                return None  # "was told", "the reported persecution": not the speaker's verb
            if prev in PASSIVE_ADVERBS and doc.word(i - 2) in PASSIVE_EN:
                return None  # "honour killings are still reported": a passive, not a speaker's verb
            if prev in POSTED_THINGS and token.lower in POSTED_VERBS:
                return None  # "a video address posted on Telegram": a participle after its noun
            if (
                token.lower in NAME_VERBS
                and i + 1 < len(doc.tokens)
                and doc.tokens[i + 1].is_cap
                and (not doc.tokens[i - 1].is_cap)
                and doc.infos[i - 1].pronoun is None
                # ("the presenter called Human Rights Watch 'a tool'": a known body is called something)
                and doc.infos[i + 1].actor is None
                # ("the Chechen leader called Novaya Gazeta's report a lie": an official's verb, not "a man
                # called Adam")
                and not (
                    (role := doc.infos[i - 1].role)
                    and role.kind in ("government", "intergovernmental", "court")
                )
            ):
                return None
        return info

    def _quote_after(self, doc: Doc, i: int, limit: int) -> int | None:
        """Index of a content quote opening soon after token ``i`` (after ":", ",", "—" or an object)."""
        text = doc.text
        start = doc.tokens[i].end
        first = bisect.bisect_left(doc.layout.quote_opens, start)
        for q_index in range(first, len(doc.layout.quotes)):
            quote = doc.layout.quotes[q_index]
            if quote.open > limit:
                return None
            gap = text[start : quote.open]
            if len(gap) > 60 or re.search(r"[.!?;]", gap):
                return None
            if self._is_title(doc, quote):
                continue
            if re.search(r"[:,—–]\s*$", gap) or not gap.strip():
                return q_index
            words = re.findall(r"\w+", gap)
            if words and all(w.lower() in QUOTE_LEAD_WORDS for w in words) and quote.words >= 3:
                return q_index  # "told reporters: ...", "заявил журналистам «...»"
            return None
        return None

    @staticmethod
    def _is_title(doc: Doc, quote: Quote) -> bool:
        """A short quoted name ("Новая газета") rather than quoted speech."""
        if quote.close is None or quote.words > 4:
            return False
        inner = doc.text[quote.start : quote.end].rstrip()
        after = doc.text[quote.close + 1 : quote.close + 8]
        if inner[-1:] in ",.!?…":
            return False
        if quote.words <= 3 and inner[:1].isupper() and re.match(r"\s*,\s*(?:что|that)\b", after):
            return True  # заявил «Интерфаксу», что ...
        if (
            quote.words <= 3
            and inner[:1].isupper()
            and NAMED_BODY_BEFORE.search(doc.text, max(0, quote.open - 30), quote.open)
        ):
            return True  # "организации «Голос гор», пожелавшая ...": the name of the body just named
        return not (re.match(r"\s*[,.!?…—–:;]", after) or not after.strip())

    def _quote_before(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """A content quote closing just before token ``i`` (the speaker phrase or the verb): (quote, token)."""
        text = doc.text
        offset = doc.tokens[i].start
        for q_index in range(bisect.bisect_left(doc.layout.quote_opens, offset) - 1, -1, -1):
            quote = doc.layout.quotes[q_index]
            close = quote.close
            if close is None or close >= offset:
                continue
            for k in range(q_index - 1, max(-1, q_index - 4), -1):
                around = doc.layout.quotes[k]
                if around.open < quote.open and around.close is not None and close <= around.close < offset:
                    # "— ... Власти повторяют, что «ничего ...», — ответила": the dash turn, whole
                    q_index, quote, close = k, around, around.close
                    break
            between = text[close + 1 : offset]
            inner_end = text[quote.start : quote.end].rstrip()[-1:]
            dashed = DASH_AFTER_QUOTE.match(between)
            punct = inner_end in ",.!?…" or dashed or COMMA_AFTER_QUOTE.match(between)
            if not punct or len(between) > 120 or SENTENCE_BREAK.search(between):
                return None
            if "\n" in between and not dashed:
                return None  # a quote ending a paragraph is not the words of the next one's subject
            first = doc.layout.token_at(close + 1)
            if inner_end in ".!?" and not dashed and len(between.split()) > 3:
                return (
                    None  # '..." He was released after eleven days, he said': a new sentence, not attribution
                )
            if not dashed and not between.strip(" ,") and first < len(doc.tokens):
                nxt = doc.tokens[first]
                # '..." He went on' / '«...». Он' start a new sentence: not an attribution
                if inner_end == "." and nxt.is_cap and not between.strip():
                    return None
                if inner_end in "!?." and nxt.is_cap and doc.infos[first].pronoun:
                    return None
                if doc.lang == "ru" and inner_end in ".!?" and nxt.is_cap:
                    return None
            return q_index, first
        return None

    @staticmethod
    def _skip_back(doc: Doc, i: int, lo: int) -> int:
        """Index of the token before ``i`` after skipping adverbs/auxiliaries between subject and verb."""
        prefix = lexicon.RU_VERB_PREFIX if doc.lang == "ru" else lexicon.EN_VERB_PREFIX
        j = i - 1
        while j >= lo and doc.word(j) in prefix:
            j -= 1
        if j > lo and doc.tokens[j].text == ")":  # "Ислам (имя изменено) рассказал": the aside is no subject
            opening = next(
                (k for k in range(j - 1, max(lo, j - 10) - 1, -1) if doc.tokens[k].text == "("), None
            )
            if opening is not None and opening > lo and doc.tokens[opening - 1].is_word:
                return opening - 1
        return j

    @staticmethod
    def _before_window(doc: Doc, i: int, lo: int) -> tuple[int, int, str]:
        """Token window [start, end) of the subject before token ``i``, and its side ("before"/"relative").

        "X, who ..., said" and "a man who said ... told" take the relative clause's antecedent.
        """
        # every index read here lies in [lo, i): no need for doc.word's bounds checks
        words = doc.layout.words
        if i - 1 >= lo and doc.tokens[i - 1].text == ",":
            k = i - 2
            while (
                k >= lo
                and k > i - 40
                and doc.tokens[k].text != ","
                and (
                    doc.tokens[k].text not in HARD_BOUNDARY
                    # "X, asked about reports on "emigre websites", said": a short quoted phrase in the aside
                    or (doc.tokens[k].text in QUOTE_CHARS and doc.lang != "ru" and _short_quote(doc, k))
                )
            ):
                k -= 1
            if (
                k > lo
                and doc.tokens[k].text == ","
                and i - k <= 9
                and (words[k + 1] in ("как", "as") or (k + 2 == i - 1 and words[k + 1] in ASIDE_WORDS))
                and all(doc.tokens[m].is_word for m in range(k + 1, i - 1))
            ) or (
                k > lo
                and doc.tokens[k].text == ","
                and i - k <= (24 if words[k + 1] in ASKED_PARTICIPLES else 16)
                # ("Следственный комитет, проверив заявление Лапунова, сообщил": any verbal adverb)
                and (
                    PARTICIPLE_ASIDE.match(doc.tokens[k + 1].text)
                    or morph.is_gerund(doc.tokens[k + 1].text)
                    # "President Vladimir Putin, meeting federal ombudsman Tatyana Moskalkova at the Kremlin, said"
                    or (
                        doc.lang != "ru"
                        and len(words[k + 1]) >= 6
                        and words[k + 1].endswith("ing")
                        and words[k + 1] not in ING_PREPOSITIONS
                    )
                    # "Its reply, seen by this newspaper, states": who saw the document is no subject
                    or (doc.lang != "ru" and words[k + 1] in SEEN_BY and words[k + 2] == "by")
                    # "A statement from Amnesty, read out on BBC World News, said": where it was read is no subject
                    or (
                        doc.lang != "ru"
                        and words[k + 1] in READ_OUT
                        and words[k + 2] in ("out", "on", "aloud")
                    )
                )
                and doc.tokens[k - 1].is_word
            ):
                # "глава республики, как передавали местные телеканалы, снова заявил", "В МИД ФРГ, однако,
                # настаивают": the aside is no subject
                return CandidateFinder._before_window(doc, k, lo)
            if (
                k >= lo
                and doc.tokens[k].text == ","
                and words[k + 1] in ("and", "и")
                and k + 2 < i
                and words[k + 2] in RELATIVE_WORDS
            ):  # "A rights defender who helped evacuate men from Grozny, and who asked not to be named, said":
                # the first relative clause's antecedent
                first = next(
                    (m for m in range(k - 1, max(lo, k - 40) - 1, -1) if words[m] in RELATIVE_WORDS), None
                )
                if first is not None and first > lo:
                    end = first - 1 if doc.tokens[first - 1].text == "," else first
                    return _named_before_appositive(doc, np_before(doc, end, lo), lo), end, "relative"
            if k >= lo and doc.tokens[k].text == "," and _opens_relative(doc, k + 1):
                return _named_before_appositive(doc, _antecedent_start(doc, k, lo), lo), k, "relative"
        j = i - 1
        passed_comma = False
        while j >= lo:
            token = doc.tokens[j]
            if token.text in HARD_BOUNDARY and not (token.text in QUOTE_CHARS and _inside_title(doc, j)):
                break
            if token.text == ",":
                passed_comma = True
            relative_that = (  # "Rainbow Railroad, the charity that helped him leave, said": in the last appositive
                words[j] == "that"
                and passed_comma
                and j > lo
                and doc.tokens[j - 1].is_word
                and doc.lang != "ru"
                and sum(1 for k in range(j, i) if doc.tokens[k].text == ",") == 1
            )
            if (words[j] in RELATIVE_WORDS or relative_that) and passed_comma:
                last_comma = max(k for k in range(j, i) if doc.tokens[k].text == ",")
                # (not an adverbial: "Даудов, которого ... называл ..., в эфире местного телеканала назвал")
                adverbial = doc.lang == "ru" and words[last_comma + 1] in PREPOSITIONS_RU
                if not adverbial and any(
                    doc.infos[k].role or doc.infos[k].actor or doc.infos[k].pronoun
                    for k in range(last_comma + 1, i)
                ):
                    break  # "... two men who fled Chechnya, the foreign minister said": another clause's relative
                # "Elena Milashina, the reporter who broke the story, said": the appositives before "who"
                return _phrase_start_before(doc, j - 1, lo), j, "before"
            if words[j] == "whose" and j - 1 >= lo and doc.tokens[j - 1].text == ",":
                # "Nurdi Nukhazhiev, whose office had earlier called the allegations ...": the antecedent's office
                return np_before(doc, j - 1, lo), j - 1, "before"
            if words[j] in RELATIVE_WORDS:
                # ("An activist who helps men leave the region said": "who" is the clause's subject, "men" its
                # object, when a verb follows it)
                verb_next = doc.lang != "ru" and j + 1 < i and _verb_like(doc, j + 1)
                if not verb_next and any(
                    doc.infos[k].pronoun or doc.infos[k].actor or doc.infos[k].role
                    for k in range(j + 1, min(i, j + 3))
                ):
                    return j + 1, i, "before"  # "which it said had been documented": the clause has a subject
                document = _document_before_relative(doc, j, lo)
                if document is not None:
                    # "ПАСЕ приняла резолюцию, в которой осуждает ...", "issued a report in which it ...": the
                    # document speaks for the subject that issued it
                    return lo, document, "before"
                if j - 1 >= lo and doc.tokens[j - 1].text == ",":
                    return _named_before_appositive(doc, np_before(doc, j - 1, lo), lo), j - 1, "relative"
                return np_before(doc, j, lo), j, "relative"
            if words[j] in SOFT_BOUNDARY_WORDS and not (
                doc.infos[j].actor and j > lo and doc.infos[j - 1].actor == doc.infos[j].actor
            ):  # (not inside a name: "Совет ... по развитию гражданского общества и правам человека")
                if words[j] in COORDINATORS and not any(t.is_word for t in doc.tokens[j + 1 : i]):
                    j -= 1  # "Karimov rejected the reports and said ...": the subject is before "and"
                    continue
                coalition = (
                    _coalition_before(doc, j, lo) if words[j] in ("and", "и") and passed_comma else None
                )
                if coalition is not None:
                    return (*coalition, "before")
                if words[j] == "and" and passed_comma and _inside_appositive(doc, j, lo):
                    j -= 1  # "Magomed Daudov, the speaker of parliament and one of Kadyrov's allies, said"
                    continue
                if (
                    words[j] == "as"
                    and passed_comma
                    and words[j - 1] in REGARDED_AS
                    and _inside_appositive(doc, j, lo)
                ):
                    j -= 1  # "Adam Delimkhanov, the deputy regarded as Kadyrov's closest ally, wrote"
                    continue
                if (
                    words[j] == "that"
                    and doc.lang != "ru"
                    and j > lo
                    and doc.tokens[j - 1].is_word
                    and j + 1 < i
                    and _verb_like(doc, j + 1)
                    and not doc.in_quote(j)
                    and any(doc.infos[k].role or doc.infos[k].actor for k in range(lo, j))
                    # (not "They expressed alarm at remarks by officials that appeared to ...": a clause before it)
                    and not any(_verb_like(doc, k) for k in range(lo + 1, j))
                ):
                    # "A Russian activist with a group that helps people escape the region said": "that" is the
                    # relative clause's subject; the speaker is named before it
                    return _phrase_start_before(doc, j - 1, lo), j, "before"
                relative = _relative_clause_start(doc, j, lo) if passed_comma else None
                whose = _whose_clause_start(doc, j, lo) if not passed_comma else None
                if whose is not None:
                    # "a woman whose brother vanished after being summoned ... said": the antecedent speaks
                    return _phrase_start_before(doc, whose, lo), whose, "before"
                if relative is not None:
                    # "A senior official, who talked because he was not authorised to speak to journalists, waved
                    # a hand and said ...": the "because" is inside the relative clause; its antecedent speaks
                    return _phrase_start_before(doc, relative - 1, lo), relative - 1, "before"
                break
            j -= 1
        return _after_vocative(doc, j + 1, i), i, "before"

    @staticmethod
    def _after_window(doc: Doc, i: int, hi: int) -> tuple[int, int]:
        """Token window after token ``i`` up to a clause boundary (the inverted-subject side)."""
        j = i + 1
        if doc.word(j) in ("одно", "то") and doc.word(j + 1) in ("и", "же"):
            return j, j  # "рассказывал одно и то же": what was told, no speaker
        start = j
        if doc.lang == "ru" and doc.word(j) in ("мне", "нам") and j + 1 < hi and doc.tokens[j + 1].is_cap:
            start = j = j + 1  # "— сказал мне Игорь": the one told is the writer, the speaker follows
        stop_words = {"that", "что", "чтобы", "adding", "saying", "noting", "who", "which", "and", "but"}
        commas = 0
        while j < hi:
            token = doc.tokens[j]
            if (
                token.text == ","
                and doc.lang != "ru"
                and commas < 1
                and j + 1 < hi
                and (doc.word(j + 1) in ("a", "an", "the", "one") or doc.tokens[j + 1].is_cap)
            ):
                commas += 1  # "said Islam, a man in his twenties"
                j += 1
                continue
            if (token.text in ".;:!?," or token.text in "—–") and not _joins_name(doc, j):
                break
            if token.text == "(" and j > start and doc.tokens[j - 1].is_cap:
                break  # "— рассказывает Ислам (имя изменено), которому ...": the name, not its aside
            if token.text in QUOTE_CHARS and not _inside_title(doc, j):
                break
            if doc.word(j) in stop_words and not (
                commas and doc.word(j) == "and" and j + 1 < hi and doc.tokens[j + 1].is_cap
            ):  # (an appositive's "Eastern Europe and Central Asia" goes on)
                break
            j += 1
        if doc.lang != "ru":
            j = without_setting_after(doc, start, j)  # "said the head of Chechnya in an interview with ..."
        return start, j

    # -- main ---------------------------------------------------------------------------------------------
    def find(self, doc: Doc) -> list[Candidate]:
        """Every candidate statement in text order."""
        candidates: list[Candidate] = []
        used_quotes: set[int] = set()
        triggers = self.triggers
        for i in [i for i, word in enumerate(doc.layout.words) if word in triggers]:
            info = self._is_verb(doc, i)
            if info is not None:
                cand = self._from_verb(doc, i, info)
                if cand is not None:
                    candidates.append(cand)
                    used_quotes.update(cand.quotes)
        candidates.extend(self._participles(doc))
        candidates.extend(self._according(doc))
        candidates.extend(self._stated_positions(doc))
        candidates.extend(self._passives(doc))
        declined = self._declined_comment_ru(doc)
        if declined:  # (the verb's own candidate has nothing after it to report)
            taken = {c.verb_token for c in declined}
            candidates = [c for c in candidates if c.verb_token not in taken] + declined
        candidates.extend(self._quoted_as_saying(doc))
        candidates.extend(self._headers(doc))
        candidates.extend(self._interview_answers(doc))
        candidates.extend(self._cited_statements(doc))
        for cand in candidates:
            for q_index, quote in enumerate(doc.layout.quotes):
                if quote.start >= cand.start and quote.end <= cand.end:
                    used_quotes.add(q_index)
        candidates.extend(self._leftover_quotes(doc, used_quotes))
        _end_participles_at_next_subject(doc, candidates)
        _end_at_clause_after_quote(doc, candidates)
        _end_at_reporters_aside(doc, candidates)
        _end_at_next_claim(doc, candidates)
        _end_at_joined_clause(doc, candidates)
        _go_on_over_but_clause(doc, candidates)
        # "..., a spokesperson told ERR when asked whether Tallinn had taken in men": the question put, not an answer
        candidates = [c for c in candidates if not QUESTION_PUT.match(doc.text, c.start, c.end)]
        candidates.sort(key=lambda c: (c.start, c.end))
        return candidates

    def _has_head(self, doc: Doc, lo: int, hi: int, inverted: bool = False) -> bool:
        """True when tokens [lo, hi) contain something that can be a speaker (actor, role, pronoun)."""
        if (
            inverted
            and doc.lang != "ru"
            and hi > lo
            and doc.tokens[lo].is_cap
            and doc.word(lo) not in CALENDAR
        ):
            return True  # "said Adam, 27, who ..."
        if (
            inverted
            and doc.lang == "ru"
            and 2 <= hi - lo <= 3
            and all(doc.tokens[j].is_cap for j in range(lo, hi))
            and any(morph.can_be_personal_name(doc.tokens[j].text) for j in range(lo, hi))
        ):
            return True  # "— рассказал Павел Ермаков": an unlisted person's full name
        if (
            (hi == lo + 1 or _aged(doc, lo, hi))
            and doc.tokens[lo].is_cap
            and doc.tokens[lo].is_word
            and (doc.word(lo) not in CALENDAR)
        ):
            return True  # "Adam said ...", "Adam, 26, says ..." (an unlisted person)
        for j in range(lo, hi):
            info = doc.infos[j]
            if info.actor or info.role or info.pronoun:
                return True
            if (
                info.place
                and info.place[1]
                and doc.tokens[j].is_cap
                and (hi - lo <= 2 or doc.word(j - 1) in OFFICIAL)
            ):
                return True  # "Russia rejected ...", "Moscow denied ...", "официальный Грозный в очередной раз сообщил"
            if doc.lang != "ru" and doc.tokens[j].is_cap and j > lo and doc.word(j) not in CALENDAR:
                return True
        return False

    def _subject_comma(self, doc: Doc, lo: int, hi: int) -> int | None:
        """The comma that separates a reported clause from its subject phrase before the verb (or None)."""
        commas = [j for j in range(hi - 1, lo - 1, -1) if doc.tokens[j].text == ","]
        best = None
        for comma in commas[:4]:
            tail = (comma + 1, hi)
            words = [j for j in range(*tail) if doc.tokens[j].is_word]
            if not words or len(words) > 14 or not self._has_head(doc, *tail):
                continue
            if any(
                doc.word(j) in self.verbs or doc.word(j) in ("what", "что", "which", "how") for j in words
            ):
                continue  # "said she had no doubt about what her sources told her": not a subject
            if any(doc.infos[j].pronoun or doc.infos[j].actor in doc.person_actors for j in words):
                return comma
            if best is None:
                best = comma
        return best

    @staticmethod
    def _np_like(doc: Doc, lo: int, hi: int) -> bool:
        """English: could tokens [lo, hi) be an inverted subject ("said Peskov", "said a spokesman for X")?"""
        words = [j for j in range(lo, hi) if doc.tokens[j].is_word]
        comma = next((j for j in range(lo, hi) if doc.tokens[j].text == ","), None)
        # "said Kheda Saratova, a member of the Chechen leader's human rights council": a name and its appositive
        limit = 16 if comma is not None and sum(1 for j in words if j < comma) <= 4 else 9
        if not words or len(words) > limit:
            return False
        first = doc.tokens[words[0]]
        if not (
            first.is_cap
            or first.lower in NP_START_EN
            or doc.infos[words[0]].pronoun
            or doc.infos[words[0]].role
        ):
            return False
        if any(doc.word(j) in AUX_EN for j in words):
            return False
        # the phrase must close its clause: "said Peskov." / "said Peskov, adding" / "said Peskov on Monday",
        # not "said the report "reproduces ..."" (the subject of a reported clause)
        nxt = doc.tokens[hi].text if hi < len(doc.tokens) else "."
        return (
            nxt in (".", ",", ";", "!", "?", "—", "–", ")")
            or doc.word(hi) in ADVERBIAL_START
            or (doc.word(hi) in RELATIVE_WORDS)
        )

    def _subject_verb_en(self, doc: Doc, lo: int, hi: int) -> int | None:
        """English: the verb of a sentence's named subject in tokens [lo, hi) ("Germany's Foreign Office pointed
        to ...", "Ramzan Kadyrov met ..."), where a subject naming a known actor ends; or None."""
        return next(
            (
                k
                for k in range(lo + 1, hi)
                if doc.tokens[k].text.islower()
                and doc.tokens[k].is_word
                and (
                    doc.word(k) in self.verbs
                    or doc.word(k).endswith("ed")
                    or doc.word(k) in IRREGULAR_PAST_EN
                )
                and doc.tokens[k - 1].text != ","
                and doc.word(k + 1) != "by"  # ("A video released by state television showed X")
                and any(doc.infos[j].actor for j in range(lo, k))
            ),
            None,
        )

    def _from_verb(self, doc: Doc, i: int, info: tuple[str, str, str]) -> Candidate | None:
        category, lemma, gender = info
        s_lo, s_hi = self._sentence_range(doc, i)
        tokens, text = doc.tokens, doc.text
        ru = doc.lang == "ru"
        prev = self._skip_back(doc, i, s_lo)
        prev_text = tokens[prev].text if prev >= s_lo else ""
        kak = ru and doc.word(prev) == "как"
        b_lo, b_hi, b_side = self._before_window(doc, prev + 1, s_lo)
        before = (b_lo, b_hi)
        after = self._after_window(doc, i, s_hi)
        if ru and category == "say" and after[0] < after[1]:
            told = self._about_this(doc, i, s_lo, after)
            if told is not None:
                return told
        if b_lo < b_hi and doc.word(b_lo) in HORTATIVE:
            return None  # "Пусть власти объяснят, куда пропали люди": a demand of them, not their words
        if ru and doc.word(i - 1) in ("которых", "котором", "которой") and doc.word(i - 2) in ("о", "об"):
            return None  # "о задержаниях, о которых сообщила «Новая газета», заявил Песков": the source named
        if ru and doc.word(i + 1) in MANNER_OF_SPEAKING and not _that_follows(doc, i, s_hi):
            return None
        if self._speaker_after_colon(doc, i, s_hi):
            return (
                None  # "Официальный Грозный отвечает одно и то же: пресс-секретарь ... назвал ...": his words
            )
        if lemma in ("постановить", "постановлять") and not _that_follows(doc, i, s_hi):
            return None  # "Верховный суд постановил ликвидировать ...": a decision, not words on anything
        if not ru and category == "say" and _said_before_as_object(doc, i, s_lo, s_hi):
            return None
        if tokens[i].lower in PLAIN_SAY and NEGATED_SAY.search(
            doc.text, max(0, tokens[i].start - 24), tokens[i].start
        ):
            return None  # "Peskov has never actually said the reports are false": what he did not say
        has_before = b_lo < b_hi and self._has_head(doc, *before)
        has_after = (
            after[0] < after[1]
            and self._has_head(doc, *after, inverted=True)
            # ("Оба, по её словам, рассказали о пытках ... в здании отдела полиции": what they spoke about)
            and not (ru and doc.word(after[0]) in ABOUT_RU)
        )
        title_mark = prev_text in QUOTE_CHARS and prev >= s_lo and _inside_title(doc, prev)
        punct_before = (
            prev_text in (",", "—", "–")
            or (prev_text in QUOTE_CHARS and not title_mark)
            or prev < s_lo
            or kak
        )
        if has_after and not ru and (tokens[i].lower in NO_INVERSION_EN or not self._np_like(doc, *after)):
            has_after = False
        inverted = has_after and (punct_before or (ru and not has_before))
        if ru and b_side == "relative" and b_lo < b_hi and _inside_relative_ru(doc, i, s_lo):
            # "Братья ..., которые в 2020 году рассказали о пытках в отделе полиции, ...": the relative pronoun is
            # the subject; what follows the verb is its object, not an inverted speaker
            inverted = False
        if (
            inverted
            and not ru
            and prev_text == ","
            and has_before
            and b_side == "before"
            and any(doc.infos[k].actor for k in range(b_lo, b_hi))
        ):
            # "Maria Zakharova, the foreign ministry spokeswoman, answered a question from a British correspondent":
            # the comma closes her appositive; what follows the verb is its object
            inverted = False
        if inverted and not ru and category != "say" and prev_text not in QUOTE_CHARS:
            # "Alvi Karimov, the Chechen leader's spokesman, dismissed the report": the report is the object
            inverted = False
        if inverted and not ru and b_side == "relative" and prev_text == "," and b_lo < b_hi:
            # "Adam, who asked that his name not be used, says the men ...": the comma closes the relative
            # clause; its antecedent is the subject
            inverted, has_before = False, True
        if (
            inverted
            and ru
            and has_before
            and prev_text == ","
            and (category != "say" or _that_follows(doc, i, s_hi))
        ):
            # "Один из задержанных, попросивший ..., рассказал Би-би-си, что ...", "Альви Каримов, представляющий
            # ..., опроверг сообщения ...": the subject is before, not inverted
            inverted = False
        cand = Candidate(0, 0, "reported", tokens[i].text, category, gender, i)
        if (
            not inverted
            and doc.word(i - 1) in ("and", "и")
            and any(tokens[k].is_word and self._is_verb(doc, k) for k in range(s_lo, i - 1))
        ):
            # "PACE condemned the "abductions ..." of LGBTI people in Chechnya and called on ...": the first
            # verb's subject goes on speaking
            cand.previous = True
        elif (
            not inverted
            and ru
            and b_side == "before"
            and doc.word(b_lo - 1) in ("а", "и", "но")
            and doc.tokens[b_lo - 2].text == ","  # a clause joined on, not "по делам Европы и Америки"
            and gender in ("masc", "femn")
            and _object_not_subject(doc, b_lo, b_hi)
        ):
            # "..., сказал, что ..., а публикации «Новой газеты» назвал «клеветой»": the verb's object put first
            # (a plural noun cannot be the subject of "назвал"); the first verb's subject goes on
            cand.previous = True
        elif not inverted and ru and doc.word(i - 1) in ("но", "однако") and b_side == "before":
            # "Песков не стал отрицать, что Кремль получал обращения ..., но заявил, что ...": the subject of the
            # sentence's first verb, not the subordinate clause's
            first_verb = next(
                (k for k in range(s_lo, i - 1) if tokens[k].is_word and morph.is_finite_verb(tokens[k].text)),
                None,
            )
            if first_verb is not None:
                subject_end = first_verb - 1 if doc.word(first_verb - 1) == "не" else first_verb
                if (
                    subject_end > s_lo and doc.word(s_lo) not in PREPOSITIONS_RU
                ):  # ("При этом X ...": no subject)
                    before = (s_lo, subject_end)
                    b_lo, b_hi = before
        elif not inverted and not ru and doc.word(i - 1) == "and" and b_side == "before":
            # "Ramzan Kadyrov met Tatyana Moskalkova on Thursday and assured her that ...": the subject of the
            # first verb, not its object
            verb = self._subject_verb_en(doc, b_lo, i - 1)
            if verb is not None:
                b_hi = verb
                before = (b_lo, b_hi)
        if inverted:
            cand.windows.append((*after, "after"))
            if has_before:
                cand.windows.append((b_lo, b_hi, b_side))
        else:
            if not has_before:
                return None
            cand.windows.append((b_lo, b_hi, b_side))
            if (
                ru and has_after and category == "say"
            ):  # after "назвал", "опроверг": the object, not the subject
                cand.windows.append((*after, "after"))
        if lemma == "приводить слова":
            owner = _words_owner(doc, i)
            if owner is None:
                return None
            cand.windows = [
                (*owner, "according")
            ]  # "— приводит его слова «Кавказский узел»": his, not the outlet's
        if (
            ru
            and lemma in ("цитировать", "процитировать")
            and "слова" in (doc.word(i + 1), doc.word(i + 2))
            and not any(tokens[k].is_word and self._is_verb(doc, k) for k in range(i + 2, s_hi))
        ):
            return None  # "Первый канал процитировал ее слова о том, что ...": hers, cited; the channel says nothing
        if ru and lemma in ("цитировать", "процитировать") and inverted:
            # "— цитирует Каримова «Интерфакс»": the one quoted (accusative) speaks, the outlet only quotes him
            quoted = next(
                (
                    k
                    for k in range(after[0], after[1])
                    if doc.infos[k].actor is not None
                    and doc.infos[k].actor not in doc.media_actors
                    and "accs" in morph.cases(tokens[k].text)
                ),
                None,
            )
            if quoted is not None:
                end = quoted
                while end < after[1] and doc.infos[end].actor == doc.infos[quoted].actor:
                    end += 1
                cand.windows = [(quoted, end, "according")]
        that_follows = _that_follows(doc, i, s_hi)
        through = THROUGH_AFTER.match(text, tokens[i].end) if not ru and that_follows else None
        if through is not None:  # "Russia said through its Foreign Ministry that ...": the ministry speaks
            t_lo = doc.layout.token_at(through.end())
            # (a body only: "Lapunov said through his lawyers that ..." is still Lapunov's)
            body = any(
                (doc.infos[k].actor and doc.infos[k].actor not in doc.person_actors)
                or ((role := doc.infos[k].role) is not None and role.body)
                for k in range(t_lo, that_follows)
            )
            if body:
                cand.windows.insert(0, (t_lo, that_follows, "according"))

        # 1. "…," Peskov said / "…," said Peskov / «…», — заявил Песков
        attach = prev + 1 if inverted else before[0]
        if not that_follows:
            found = self._quote_before(doc, attach if attach < len(tokens) else i)
            if found is not None:
                q_index, first = found
                quote = doc.layout.quotes[q_index]
                # ("о которых написала «Новая газета», заявил Песков": an outlet's name in quotes is no speech)
                named = _quoted_name(doc, quote)
                comma_ended = doc.text[quote.start : quote.end].rstrip()[-1:] == "," or doc.word(first) == ","
                # '«нет геев», не просто абсурдны — они циничны, считает X': words between a quote and the verb
                # before its subject are the sentence's own, and the quote is only part of it
                own_words = inverted and any(tokens[k].is_word for k in range(first, i))
                # '... as "slander." When a reporter raised the reports, Daudov said they were ...': a sentence of
                # its own after a quote that closed one, not that quote's attribution
                new_sentence = (
                    doc.text[quote.start : quote.end].rstrip()[-1:] in ".!?"
                    and not DASH_AFTER_QUOTE.match(doc.text, (quote.close or quote.end) + 1)
                    and len([t for t in tokens[first:i] if t.is_word]) > 5
                )
                if (
                    first <= i
                    and not own_words
                    and not named
                    and not new_sentence
                    and _only_attribution(doc, first, i, comma_ended)
                ):
                    cand.kind = "direct"
                    cand.start, cand.end = quote.start, quote.end
                    cand.quotes = (q_index,)
                    if not inverted and b_side == "before":
                        cand.windows[0] = (max(first, b_lo), b_hi, "before")
                    self._chain_quote(doc, cand, after[1] if inverted else i + 1)
                    return cand

        # 2. Peskov said: "…" / Песков заявил: «…» / заявил Песков: «…»
        sentence_end = doc.layout.sentences[doc.layout.sentence_of(tokens[i].start)][1]
        from_token = after[1] - 1 if inverted and ru else i
        q_after = self._quote_after(doc, from_token, sentence_end + 2)
        if q_after is None and after[1] < len(tokens) and tokens[after[1]].text == ":":
            q_after = self._quote_after(doc, after[1], tokens[after[1]].end + 200)
        if q_after is not None and (
            _accused_without_object(tokens, i, s_hi) or _passive_aside(tokens, i, s_hi)
        ):
            return None
        # "о которых сообщила «Новая газета»": the outlet's name in quotation marks, no speech
        if q_after is not None and _quoted_name(doc, doc.layout.quotes[q_after]):
            q_after = None
        if q_after is not None:
            quote = doc.layout.quotes[q_after]
            if not re.search(r"\b(that|что)\b", text[tokens[i].end : quote.open]) and not (
                category in ("deny", "call") and OBJECT_GOES_ON.match(text, quote.end)
            ):  # ('accused "so-called human rights defenders" of inventing stories': the object goes on)
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
        # 3b. "…, Karimov said." / "…, Adam Delimkhanov, a State Duma deputy, said."
        if not inverted and b_side == "before" and _ends_clause(doc, i, s_hi):
            subject_comma = self._subject_comma(doc, before[0], prev + 1)
            if subject_comma is not None:
                clause_start = _clause_start(doc, subject_comma, s_lo)
                if (
                    len([t for t in tokens[doc.layout.token_at(clause_start) : subject_comma] if t.is_word])
                    >= 3
                ):
                    cand.windows[0] = (subject_comma + 1, prev + 1, "before")
                    cand.start, cand.end = clause_start, tokens[subject_comma].start
                    if (
                        i + 1 < s_hi
                        and tokens[i + 1].text == ","
                        and any(t.is_word for t in tokens[i + 2 : s_hi])
                    ):
                        # "The government, the judges noted, had not provided ...": a parenthetical attribution
                        cand.end = doc.layout.sentences[doc.layout.sentence_of(tokens[i].start)][1]
                    return _trimmed(doc, cand)
        # 3c. "X said (that) …", "X denied …", "как заявил X, …"
        if kak:
            if after[1] >= s_hi or tokens[after[1]].text != ",":
                return None
            body_from = after[1] + 1
        elif category == "say":
            body_from = i + 1
            if (
                tokens[i].lower in ("told", "tells", "tell", "assured", "informed")
                and doc.word(i + 1) in TOLD_WHOM
            ):
                body_from = i + 2  # "told him she had not received any complaints"
            elif (
                tokens[i].lower in ("told", "tells", "tell")
                and doc.word(i + 1) == "the"
                and doc.word(i + 2) in TOLD_OUTLETS
            ):
                body_from = i + 3  # "told the newspaper he had personally driven detainees ..."
            elif tokens[i].lower in ("told", "tells", "tell") and _media_actor(doc, i + 1):
                body_from = i + 2  # "told Interfax the reports were lies"
                while body_from < s_hi and doc.infos[body_from].actor == doc.infos[i + 1].actor:
                    body_from += 1
            if that_follows:
                body_from = that_follows + 1
            elif inverted:
                body_from = after[1]
            if ru and body_from < s_hi and tokens[body_from].text == ",":
                body_from += 1
        else:
            body_from = i
            cand.kind = "object"
            if _accused_without_object(tokens, i, s_hi):
                return None
        if body_from >= s_hi or not any(t.is_word for t in tokens[body_from:s_hi]):
            return None
        cand.start = tokens[body_from].start
        cand.end = _clause_end(doc, body_from, s_hi, sentence_end)
        relative = _relative_clause_start(doc, i, s_lo)
        if relative is not None and not any(tokens[k].text == "," for k in range(relative + 1, i)):
            # "X, who was appointed after Russia refused to cooperate, concludes that ...": the relative clause
            # ends at its comma, and the sentence's own verb follows
            closing = next((k for k in range(i + 1, s_hi) if tokens[k].text == ","), None)
            if closing is not None and tokens[closing].start > cand.start:
                cand.end = min(cand.end, tokens[closing].start)
        for quote in doc.layout.quotes:  # a reported clause that opens a quote runs to the quote's end
            if cand.start <= quote.open < cand.end and quote.end > cand.end:
                cand.end = quote.end
        return _trimmed(doc, cand)

    def _about_this(self, doc: Doc, i: int, s_lo: int, after: tuple[int, int]) -> Candidate | None:
        """ "<statement>. Об этом (журналистам) сообщил X.": the sentence before is the statement, the speaker
        follows the verb."""
        layout, tokens = doc.layout, doc.tokens
        sentence = layout.sentence_of(tokens[i].start)
        lead = doc.text[layout.sentences[sentence][0] : tokens[i].start]
        if not ABOUT_THIS.match(lead) or not sentence:
            return None
        start, end = layout.sentences[sentence - 1]
        if layout.paragraph_of(start) != layout.paragraph_of(tokens[i].start):
            return None
        cand = Candidate(start, end, "reported", tokens[i].text, "say", None, i)
        cand.windows.append((*after, "after"))
        return _trimmed(doc, cand)

    def _chain_quote(self, doc: Doc, cand: Candidate, after_end: int) -> None:
        """'"A," he said, "B."': the second part of a split quote joins the first (also after the people told:
        '"A," Kochetkov told reporters, "that B."')."""
        told = after_end
        while told < min(len(doc.tokens), after_end + 3) and (
            doc.word(told) in QUOTE_LEAD_WORDS or _media_actor(doc, told)
        ):
            told += 1
        if told > after_end and told < len(doc.tokens) and doc.tokens[told].text == ",":
            after_end = told
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
        """ "..., adding that ..." / "..., calling it ..." / "..., добавив, что ...": the same speaker goes on."""
        words = lexicon.RU_PARTICIPLES if doc.lang == "ru" else lexicon.EN_PARTICIPLES
        found = []
        layout_words = doc.layout.words
        for i in [i for i, word in enumerate(layout_words) if word in words]:
            word = layout_words[i]
            if doc.in_quote(i) or i == 0:
                continue
            token = doc.tokens[i]
            document = next(
                (
                    k
                    for k in range(i - 1, max(0, i - 4) - 1, -1)
                    if (role := doc.infos[k].role) and role.key == "DOC"
                ),
                None,
            )  # "issued a statement on Sunday saying that ..."
            after_document = document is not None
            # "marked the anniversary by saying that ...": the means of an act is what the subject said
            by_saying = doc.lang != "ru" and doc.word(i - 1) == "by"
            # "..., with a senior official in the republic's administration calling the reports ...": its subject
            with_subject = self._with_subject(doc, i) if doc.lang != "ru" else None
            # "a clip of Kadyrov insisting that ...", "showed Magomed Daudov telling elders that ...": the person
            # named right before; "the ombudsman was telling reporters that ...": the clause's subject
            named_before = self._person_before(doc, i) if doc.lang != "ru" else None
            progressive = doc.lang != "ru" and doc.word(i - 1) in ("was", "were")
            if (
                doc.tokens[i - 1].text not in (",", "and", "и")
                and not after_document
                and not by_saying
                and with_subject is None
                and named_before is None
                and not progressive
            ):
                continue
            if word == "posting" and doc.word(i + 1) != "that" and doc.tokens[i + 1].text not in ':"“«':
                continue  # "posting on his Telegram channel, called them ...": where, not what
            s_lo, s_hi = self._sentence_range(doc, i)
            if _inside_that_clause(doc, i, s_lo):
                continue  # "считает, что чеченские власти, отрицая наличие пострадавших, ...": the clause's subject
            category = "say"
            if word.startswith(("call", "describ", "brand", "назв", "назыв")):
                category = "call"
            elif word.startswith(
                ("deny", "dismiss", "reject", "accus", "опроверг", "отверг", "отрица", "обвин")
            ):
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
            cand = Candidate(
                doc.tokens[body].start, sentence_end, "participle", token.text, category, None, i
            )
            cand.previous = True
            subject_end = i - 1
            if doc.lang == "ru":
                # "Следователь СК ... отказал в возбуждении дела ..., указав, что": the subject ends at its verb
                subject_end = next(
                    (
                        k
                        for k in range(s_lo + 1, i - 1)
                        if doc.tokens[k].is_word and morph.is_finite_verb(doc.tokens[k].text)
                    ),
                    subject_end,
                )
            else:
                # "Germany's Foreign Office pointed to the men ... after they fled, saying ...": the subject ends
                # at its verb (not a pronoun in a clause after it)
                subject_end = self._subject_verb_en(doc, s_lo, i - 1) or subject_end
            cand.windows.append((s_lo, subject_end, "subject"))
            issuer = (
                _issuer_of_document(doc, document, s_lo)
                if document is not None and doc.lang != "ru"
                else None
            )
            if issuer is not None:
                # "The post came hours after PACE adopted a resolution condemning ...": the resolution's issuer
                cand.previous, cand.windows = (
                    False,
                    [(np_before(doc, issuer + 1, s_lo), issuer + 1, "subject")],
                )
            elif with_subject is not None:
                cand.previous, cand.windows = False, [(with_subject, i, "before")]
            elif named_before is not None:
                named_end = next((k for k in range(named_before, i) if doc.tokens[k].text == ","), i)
                cand.previous, cand.windows = False, [(named_before, named_end, "named")]
            elif progressive:
                cand.previous = False
            for quote in doc.layout.quotes:
                if cand.start <= quote.open < cand.end and quote.end > cand.end:
                    cand.end = quote.end
            found.append(_trimmed(doc, cand))
        return found

    @staticmethod
    def _person_before(doc: Doc, i: int) -> int | None:
        """English: the first token of a listed person's name that ends right before the participle at ``i``
        ("... of Kadyrov insisting"), or None."""
        end = i
        if doc.tokens[i - 1].text == "," and i > 2:
            # "played a clip of Alvi Karimov, the Chechen leader's spokesman, calling ...": past the appositive
            comma = next((k for k in range(i - 2, max(0, i - 12), -1) if doc.tokens[k].text == ","), None)
            if comma is None:
                return None
            end = comma
        actor = doc.infos[end - 1].actor
        if actor is None or actor not in doc.person_actors or doc.infos[end - 1].possessive:
            return None
        k = end - 1
        while k > 0 and doc.infos[k - 1].actor == actor:
            k -= 1
        if end != i and doc.word(k - 1) not in SHOWN_OF:
            # ("Karimov, the spokesman, calling ...": the sentence's own subject, see _participles)
            return None
        return k

    def _with_subject(self, doc: Doc, i: int) -> int | None:
        """English: the first token of the phrase between "with" and the participle at ``i`` ("with a senior
        official calling ..."), when it is a short phrase naming someone; else None."""
        s_lo = self._sentence_range(doc, i)[0]
        for k in range(i - 1, max(s_lo, i - 12) - 1, -1):
            if doc.tokens[k].text in QUOTE_CHARS or doc.tokens[k].text in ",.;:!?()":
                return None
            if doc.word(k) == "with":
                return k + 1 if k + 1 < i and self._has_head(doc, k + 1, i) else None
        return None

    def _label_speaks(self, doc: Doc, start: int, end: int) -> bool:
        """Does the text before a colon, [start, end), hold a speech verb of its own ("X сообщила о ...:")?"""
        layout = doc.layout
        return any(
            layout.words[k] in self.triggers and self._is_verb(doc, k) is not None
            for k in range(layout.token_at(start), min(layout.token_at(end), len(doc.tokens)))
        )

    def _headers(self, doc: Doc) -> list[Candidate]:
        """First-person text under a source line: "[Telegram post by X] We ...", "X: We ...", "LOKSHINA: ..."."""
        found = []
        text = doc.text
        paras = doc.layout.paragraphs
        speaker_window: tuple[int, int] | None = None
        lead: tuple[int, int] | None = None  # the paragraph before, which may lead numbered findings
        lead_window: tuple[int, int, str] | None = None  # the author of the findings being listed
        inherit = False
        bare_title = False  # the paragraph before was only "Press Statement": the next one names the author
        quoted = False  # the inherited text is a document quoted whole, not a channel's posts
        # "X in his Telegram channel:" / «...»: when the first paragraph under an author's line ending in a colon is
        # set in quotes, the paragraphs in quotes are the post and plain ones the reporter's
        after_colon = posted_in_quotes = False
        stamps = ":" in text  # a time stamp has a colon
        sources = "|" in text or "·" in text or "•" in text
        for lo, hi in paras:
            # "[00:14:36] MILASHINA: ...", "11:02 From the Kremlin, X: ...": the time stamp is no speaker
            first = text[lo : lo + 8].lstrip()[:1]
            stamp = TIME_STAMP.match(text, lo, hi) if stamps and (first.isdigit() or first == "[") else None
            if stamp is not None:
                lo = stamp.end()
            para = text[lo:hi]
            source = SOURCE_LINE.match(para) if sources else None
            if source is None and sources and "|" in para and len(para) < 80:
                # "Джамбулат Умаров | Министр ЧР": a listed actor's page
                source = _named_source(doc, lo, para)
            if source is not None:  # "Альви Каримов | Telegram": the paragraphs below are the channel's posts
                speaker_window = (
                    doc.layout.token_at(lo + source.start(1)),
                    doc.layout.token_at(lo + source.end(1)),
                )
                inherit, lead, lead_window, quoted = True, None, None, False
                continue
            announces = len(para) < 160 and ANNOUNCES_LINE.search(para) is not None
            if len(para) < 160 and (lo, hi) != paras[-1] and (para.rstrip().endswith(":") or announces):
                # "Ramzan Kadyrov, Telegram channel, 14 January 2019 (translated from Russian):", "Russian LGBT
                # Network (Telegram), 14 January 2019:", "Следственный комитет Российской Федерации сообщает":
                # the paragraphs below are the named author's
                author = _source_author(doc, lo, hi, announces)
                if author is not None:
                    speaker_window = author
                    # after "X in his Telegram channel:" the post may be set in quotes, unattributed
                    inherit, lead, lead_window, quoted = True, None, None, False
                    after_colon = para.rstrip().endswith(":")
                    continue
            if len(para) < 100 and (lo, hi) != paras[-1] and _post_heading(para):
                # "Ramzan Kadyrov, Telegram, 21:14": a post's heading, no colon, the post below it
                author = _source_author(doc, lo, hi)
                if author is not None:
                    speaker_window = author
                    inherit, lead, lead_window, quoted, after_colon = True, None, None, False, False
                    continue
            if bare_title and len(para) < 120 and not ENDS_SENTENCE.search(para):
                # "Press Statement" / "Office of the Spokesperson, U.S. Department of State": the author's line
                speaker_window = (doc.layout.token_at(lo), doc.layout.token_at(hi))
                inherit, lead, lead_window, quoted, bare_title = True, None, None, True, False
                continue
            bare_title = BARE_STATEMENT_TITLE.match(para) is not None
            if bare_title:
                continue
            # (a title line is short and says "statement"/"заявление": most paragraphs need no pattern at all)
            titled = (
                _statement_title(para)
                if len(para) < 320 and ("tatement" in para or "аявлени" in para or "омментари" in para)
                else None
            )
            if (
                titled is not None
            ):  # "Заявление МИД Германии (перевод)" / "«...»": the text below is the body's
                speaker_window = (doc.layout.token_at(lo + titled[0]), doc.layout.token_at(lo + titled[1]))
                inherit, lead, lead_window, quoted = True, None, None, True
                continue
            opening = para[:8].lstrip()[:1]
            numbered = NUMBERED.match(para) if opening.isdigit() or opening == "(" else None
            if numbered is not None:  # "Основные выводы:" / "1. ...", "2. ...": the lead's author's findings
                if lead_window is None and lead is not None:
                    lead_text = text[lead[0] : lead[1]]
                    # "Основные выводы:", "The European Parliament," (a resolution's operative paragraphs)
                    if lead_text.rstrip().endswith((":", ",")) or FINDINGS_LEAD.search(lead_text):
                        lead_window = _author_window(doc, *lead)
                if lead_window is not None:
                    cand = Candidate(lo + numbered.end(), hi, "header")
                    cand.windows.append(lead_window)
                    found.append(_trimmed(doc, cand))
                    continue
            lead, lead_window = (lo, hi), None
            bracket = BRACKET_LABEL.match(para)
            colon = LABEL.match(para)
            short = (
                SHORT_ANSWER_LABEL.match(para) if colon is None and para[:3].rstrip().endswith(":") else None
            )
            if short is not None:  # "A: ..." (a one-letter label): the interviewee the closing line credits
                inherit, speaker_window = False, None
                # (or the actor the first paragraph names: "Elena Milashina ... spoke to us in the newsroom.")
                credited = _closing_credit(doc) or (
                    _first_actor_window(doc, *paras[0]) if paras[0][0] < lo else None
                )
                if credited is not None and lo + short.end() < hi:
                    found.append(_answer(doc, lo + short.end(), hi, credited))
                continue
            if (
                colon
                and inherit
                and speaker_window is not None
                and re.search(r"(?<!\S)[a-zа-яё]", colon.group(1))
            ):
                colon = None  # "Сегодня получили подтверждение: ..." in a channel's post is no speaker label
            body_start = None
            if after_colon:
                posted_in_quotes, after_colon = para[:1] in QUOTE_CHARS, False
            if colon and FACT_CHECK_LABEL.fullmatch(colon.group(1).strip()):
                colon = None  # "Claim: ...", "Verdict: False. ...": a fact-check's headings, nobody's name
            if colon and not bracket and not ENDS_SENTENCE.search(para) and len(para.split()) < 14:
                colon = None  # a headline ("Kremlin: no complaints from ...") is not a statement
            if colon and self._label_speaks(doc, lo, lo + colon.end(1)):
                # "Российская ЛГБТ-сеть сообщила о новой волне преследований: ...": a verb's statement, which
                # ends with its sentence, not a label over the paragraph (the next sentence is a minister's)
                colon = None
            if bracket:
                speaker_window = _label_window(doc, lo, bracket)
                body_start = lo + bracket.end()
                inherit, quoted = True, False
            elif (
                doc.lang != "ru"
                and (
                    member := MEMBER_LABEL.match(para)
                    or HEARING_LABEL.match(para)
                    or GROUP_LABEL.match(para)
                    or ASSEMBLY_LABEL.match(para)
                )
                is not None
            ):
                # "Marta Lindqvist (Verts/ALE). – Madam President, ...", "Helen Carrow (Bristol North) (Lab): ..."
                speaker_window = _label_window(doc, lo, member)
                body_start, inherit = lo + member.end(), False
            elif colon and (
                len(colon.group(1).split()) <= 9
                or (
                    len(colon.group(1).split()) <= 16
                    and (
                        STATEMENT_HEAD.match(colon.group(1).strip())
                        # "Министр Чечни по национальной политике, ... Джамбулат Умаров: ...": a title, then the name
                        or (
                            (
                                _named_last(doc, doc.layout.token_at(lo + colon.end(1)) - 1)
                                # "Екатерина Сокирянская, директор проекта ..., в эфире радиостанции: Мы ...":
                                # the name, then the title and where she spoke
                                or (
                                    _named_last(doc, doc.layout.token_at(lo + colon.start(1)) + 1)
                                    and doc.tokens[doc.layout.token_at(lo + colon.start(1)) + 2].text == ","
                                )
                            )
                            and not re.search(r"(?i)\b(?:что|that)\b", colon.group(1))
                        )
                    )
                )
            ):
                head = colon.group(1).strip()
                if head.lower() in VOICE_OVER_LABELS:
                    inherit, speaker_window = False, None
                    continue
                if head.lower() in SOUNDBITE_LABELS:
                    inherit, speaker_window = False, None
                    introduced = next(
                        (
                            k
                            for k in range(doc.layout.token_at(lo) - 1, -1, -1)
                            if doc.infos[k].actor in doc.person_actors
                        ),
                        None,
                    )
                    if introduced is not None and lo + colon.end() < hi:
                        found.append(
                            _answer(doc, lo + colon.end(), hi, (*_mention_span(doc, introduced), "according"))
                        )
                    continue
                if (
                    head.lower() in ANSWER_LABELS
                ):  # "Вопрос: ... / Ответ: ...": the briefing's speaker answers
                    person = next(
                        (
                            k
                            for k in range(doc.layout.token_at(lo))
                            if doc.infos[k].actor in doc.person_actors
                        ),
                        None,
                    )
                    inherit, speaker_window = False, None
                    answerer = (
                        (person, person + 1, "according") if person is not None else _closing_credit(doc)
                    )
                    if answerer is not None and lo + colon.end() < hi:
                        found.append(_answer(doc, lo + colon.end(), hi, answerer))
                    continue
                # "KADYROV (through interpreter)", "ANNA (host)", "Mr X (Cardiff West) (Lab)": the name before
                # the asides is the speaker, the asides may say it is the host
                label, _, aside = colon.group(1).partition("(")
                host = bool(head) and any(
                    word in TRANSCRIPT_HOSTS
                    for word in [head.lower().split()[0], *re.findall(r"\w+", aside.lower())]
                )
                label_end = colon.start(1) + len(label.rstrip()) if aside and label.strip() else colon.end(1)
                window = (doc.layout.token_at(lo + colon.start(1)), doc.layout.token_at(lo + label_end))
                if aside.strip(" )") and (
                    label.strip().lower() in CLIP_LABELS
                    or (label.strip().lower() in GUEST_LABELS and aside[:1].isupper())
                ):
                    # "CLIP (UMAROV): ...", "АРХИВ (КАДЫРОВ): ...": a recording of the one named in the aside
                    named_at = colon.start(1) + len(label) + 1
                    window = (
                        doc.layout.token_at(lo + named_at),
                        doc.layout.token_at(lo + named_at + len(aside.rstrip(" )"))),
                    )
                    label = aside.rstrip(" )")
                body_start = lo + colon.end()
                inherit = False
                if host:
                    speaker_window = None
                    continue
                if aside.strip(" )") and not any(doc.infos[j].actor for j in range(*window)):
                    # "Sir Alan Duncan (Minister for Europe and the Americas): ...": an unlisted name, the office
                    # in the aside speaks
                    named_at = lo + colon.start(1) + len(label) + 1
                    office = (
                        doc.layout.token_at(named_at),
                        doc.layout.token_at(named_at + len(aside.rstrip(" )"))),
                    )
                    if any(doc.infos[j].actor or doc.infos[j].role for j in range(*office)):
                        window = office
                speaker_window = window
                # an outlet's credit ("Interfax: ..."), not a journalist's turn ("Е.МИЛАШИНА: ...")
                media = any(
                    _media_actor(doc, j) and doc.infos[j].actor not in doc.person_actors
                    for j in range(*window)
                )
                named = any(doc.infos[j].actor for j in range(*window)) and not media
                formal = bool(STATEMENT_HEAD.search(head))
                # a transcript's capitalised name label ("МАРТЫНОВ:") names a speaker, known or not
                caps = (  # (Russian: English capitalised labels are as often a fact-check's "CLAIM:", "VERDICT:")
                    doc.lang == "ru"
                    and label.strip().isupper()
                    and len(label.strip()) >= 4
                    and label.strip().lower() not in NOT_SPEAKERS
                    and not any(doc.infos[j].actor for j in range(*window))  # "TASS:" is a credit
                )
                # "Mr Gareth Lloyd (Lab):", "Baroness Smith:": a parliamentary transcript's member, known or not
                honorific = doc.lang != "ru" and HONORIFIC_LABEL.match(label) is not None
                handle = HANDLE_LABEL.fullmatch(label.strip()) is not None  # "@voice_of_grozny: ...": a post
                # "Канада: Мужчины в Чечне подвергались ...", "Iceland: ...": a state's turn in a dialogue
                state = label.strip().lower() in STATE_LABELS or (
                    window[1] - window[0] == 1
                    and doc.tokens[window[0]].is_cap
                    and (place := doc.infos[window[0]].place) is not None
                    and place[1] is not None
                    and place[0] not in LOCAL_PLACES
                )
                if not (
                    named
                    or state
                    or formal
                    or caps
                    or honorific
                    or handle
                    or FIRST_PERSON.search(_unquoted(doc, body_start, hi))
                ):
                    speaker_window = None
                    continue
            elif doc.lang == "ru" and (steno := STENOGRAM_LABEL.match(para)) is not None:
                speaker_window = _label_window(doc, lo, steno)
                body_start, inherit = lo + steno.end(), False
            elif (
                inherit
                and speaker_window is not None
                and (
                    (quoted and not _attributed(doc, lo, hi))
                    or (posted_in_quotes and _in_quotes(doc, lo) and not _attributed(doc, lo, hi))
                    or (
                        not posted_in_quotes  # (after a post set in quotes, plain text is the reporter's)
                        and not any(lo <= q.open < hi and q.words > 3 for q in doc.layout.quotes)
                    )
                )  # speech, not «scare quotes»
            ):
                body_start = lo
            else:
                speaker_window = None
            if speaker_window is None or body_start is None or body_start >= hi:
                continue
            if text[hi - 1] == "?" and not re.search(r"[.!…]\s", text[body_start:hi]):
                continue  # a question put by whoever speaks ("В.Путин: Что с публикациями о ...?")

            quote = _quote_opening_at(doc, body_start)
            if (
                quote is not None
                and quote.close is not None
                and quote.close < hi
                and (_attributed(doc, quote.close, hi) or _new_subject_after(doc, quote.close + 1, hi))
            ):
                # "Альви Каримов — о докладе: «...». Сам Бенедек ранее говорил, что ...": the line's words end with
                # its quote; the rest of the paragraph is attributed to someone else
                hi = quote.close + 1
            elif quote is None:
                # "Милашина уверена: преследования не прекратились. «...», — говорит журналистка.": a later quote
                # with its own attribution is that attribution's statement
                later = next(
                    (
                        q
                        for q in doc.layout.quotes
                        if body_start < q.open < hi
                        and q.close is not None
                        and re.search(r"[.!?…]\s*$", text[body_start : q.open])
                        and DASH_AFTER_QUOTE.match(text, q.close + 1)
                        and _attributed(doc, q.close, hi)
                    ),
                    None,
                )
                # a line that reports speech ("Российская ЛГБТ-сеть заявила о ...: ... . Альви Каримов ответил: «...»",
                # not a transcript label): a later sentence a listed actor opens with words of its own is that actor's
                if later is not None:
                    hi = later.open
                elif quoted or _speech_verb_in(doc, speaker_window[0], speaker_window[1]):
                    # (below a statement's title, "... / ЕС призывает ...": the body goes on in statements of its own)
                    hi = _next_named_speaker(doc, body_start, hi, any_verb=quoted) or hi
            cand = Candidate(body_start, hi, "header")
            cand.windows.append((*speaker_window, "header"))
            found.append(_trimmed(doc, cand))
        return found

    def _interview_answers(self, doc: Doc) -> list[Candidate]:
        """A question-and-answer interview: "— Вопрос?" / "— Ответ." paragraphs, the answers the interviewee's.

        The interviewee is who the lead says was spoken to ("Мы поговорили с ней", "поговорили с молодым
        человеком из Аргуна"), or who the closing line says answered ("Так отвечал Рамзан Кадыров").
        """
        text, paras = doc.text, doc.layout.paragraphs
        if not ("—" in text or "–" in text):
            return []
        turns = [k for k, (lo, _hi) in enumerate(paras) if DASH_TURN.match(text, lo)]
        # "— Рамзан Ахматович, правозащитники говорят ...": a turn addressing the interviewee is a question
        addressed = {k: named for k in turns if (named := _addressee(doc, *paras[k])) is not None}
        questions = [
            k
            for k in turns
            if text[paras[k][0] : paras[k][1]].rstrip().endswith(("?", "…", "...")) or k in addressed
        ]  # ("— О восстановлении Грозного…": a prompt trailing off)
        if not questions or len(turns) < 2:
            return []
        window = (
            self._interviewee(doc, paras[: turns[0]], INTERVIEW_LEAD)
            or self._interviewee(doc, paras[turns[-1] + 1 :], INTERVIEW_CLOSE)
            # "Это заявил в эфире ... омбудсмен республики Нурди Нухажиев.": the one person the closing line names
            or (_credited_person(doc, *paras[-1]) if turns[-1] == len(paras) - 2 else None)
        )
        if window is None and turns[0] > 0:  # "Федеральный омбудсмен Татьяна Москалькова — о проверке ..."
            lo, hi = paras[turns[0] - 1]
            about = INTERVIEW_TOPIC_LEAD.match(text, lo, hi)
            answered = ANSWERED_QUESTIONS.search(text, lo, hi)
            if about is not None:
                window = _author_window(doc, lo, lo + len(about.group(1)))
            elif answered is not None:
                # "Нурди Нухажиев ответил на вопросы корреспондента": the one who answered
                window = _author_window(doc, lo, answered.start())
        if window is None and turns[0] > 0:
            # "Пресс-секретарь главы Чечни Альви Каримов в эфире радиостанции прокомментировал публикацию.", "Из
            # стенограммы брифинга Марии Захаровой.": the actor the line above the first turn names first
            window = _first_actor_window(doc, *paras[turns[0] - 1])
        credited = False
        if window is None:
            window = _answerer(doc, [k for k in turns if k not in questions and k - 1 in turns])
            credited = True
        if window is None and addressed:
            window, credited = addressed[min(addressed)], False
        if window is None:
            return []
        found = []
        for k in turns:
            lo, hi = paras[k]
            if k in questions or k - 1 not in turns or DASH_ATTRIBUTION.search(text, lo, hi):
                continue  # a question, a dash line that answers nothing, or speech attributed in the line
            if credited and k - 1 not in questions:
                continue  # ("— Власти утверждают, что ..." after an answer: the interviewer's turn, not hers)
            turn = DASH_TURN.match(text, lo)
            assert turn is not None  # (a turn starts with a dash)
            cand = Candidate(turn.end(), hi, "header")
            cand.windows.append(window)
            found.append(_trimmed(doc, cand))
        return found

    @staticmethod
    def _interviewee(
        doc: Doc, paras: list[tuple[int, int]], lead: re.Pattern[str]
    ) -> tuple[int, int, str] | None:
        """The speaker window after the interview lead in ``paras`` (the last such lead)."""
        window = None
        for lo, hi in paras:
            for match in lead.finditer(doc.text, lo, hi):
                end = NOUN_PHRASE_END.search(doc.text, match.end(), hi)
                named = (doc.layout.token_at(match.end()), doc.layout.token_at(end.start() if end else hi))
                if named[1] - named[0] == 1 and doc.word(named[0]) in OBLIQUE_PRONOUNS:
                    # "Мы поговорили с ней": the person the lead named before
                    person = next(
                        (k for k in range(named[0] - 1, -1, -1) if doc.infos[k].actor in doc.person_actors),
                        None,
                    )
                    if person is not None:
                        window = (*_mention_span(doc, person), "according")
                else:
                    window = (*named, "according")  # any case: "с молодым человеком из Аргуна"
        return window

    def _cited_statements(self, doc: Doc) -> list[Candidate]:
        """A quoted claim named as someone's: "Слова Кадырова о том, что «...»", "X's claim that "..."."""
        found: list[Candidate] = []
        quoted = CITED_STATEMENT_HINT.search(doc.text) is not None
        for match in CITED_STATEMENT_RE.finditer(doc.text) if quoted else ():
            group = next(g for g in ("owner", "owner2", "owner3") if match.group(g))
            owner = match.group(group)
            quote_at = match.end()
            q_index = next((k for k, q in enumerate(doc.layout.quotes) if q.open == quote_at - 1), None)
            if q_index is None:
                continue
            quote = doc.layout.quotes[q_index]
            lo = doc.layout.token_at(match.start(group))
            hi = doc.layout.token_at(match.start(group) + len(owner))
            # the claim from its "что"/"that": "о том, что нарушения ... носили «систематический характер»"
            claim_at = max(match.group(0).rfind("что "), match.group(0).rfind("that "))
            start = match.start() + claim_at + (4 if match.group(0)[claim_at] == "ч" else 5)
            start = quote.start if start >= quote.open else start
            cand = Candidate(start, quote.end, "cited", quotes=(q_index,))
            cand.windows.append((lo, hi, "according"))
            found.append(cand)
        # the same without quotation marks: "Kadyrov's assertion that there were no gay people in Chechnya",
        # "довод Минюста, представлявшего Россию, о том, что заявитель ..." (the clause to the sentence's end)
        matches: list[re.Match[str]] = []
        for hint in CITED_CLAUSE_HINT.finditer(doc.text):  # (the full pattern only where its ending occurs)
            clause = CITED_CLAUSE_RE.search(doc.text, max(0, hint.start() - 140), hint.end() + 60)
            if (
                clause is not None
                and clause.end() <= hint.end()
                and (not matches or matches[-1].end() < clause.end())
            ):
                matches.append(clause)
        for match in matches:
            if any(c.start <= match.end() < c.end for c in found) or doc.in_quote(
                doc.layout.token_at(match.start())
            ):
                continue
            group = "owner" if match.group("owner") else "owner2"
            lo = doc.layout.token_at(match.start(group))
            hi = doc.layout.token_at(match.end(group))
            s_lo, s_hi = doc.layout.sentences[doc.layout.sentence_of(match.end())]
            stop = CLAUSE_STOP.search(doc.text, match.end(), s_hi)
            end = stop.start() if stop else s_hi
            if (
                hi <= lo
                or end - match.end() < 12
                or JUDGED_CLAIM.search(doc.text, match.end(), end)
                or REJECTED_BEFORE.search(doc.text, max(0, match.start() - 24), match.start())
            ):
                # ("The authorities' claim that gay men do not exist is not only false ...": the claim is the
                # subject of the writer's verdict, part of the verdict's statement)
                continue
            cand = Candidate(match.end(), end, "cited")
            cand.windows.append((lo, hi, "according"))
            found.append(_trimmed(doc, cand))
        return found

    def _passives(self, doc: Doc) -> list[Candidate]:
        """English passives with an agent: "The claims were dismissed by officials as ...", "It was stated by
        the ministry that ...". The agent is the speaker; the sentence (or the that-clause) is the statement."""
        if doc.lang == "ru" or " by " not in doc.text:
            return []
        found = []
        plain = doc.cues.plain  # then the lower-cased text has the same offsets
        source, pattern = (doc.cues.lower, PASSIVE_AGENT_LOWER) if plain else (doc.text, PASSIVE_AGENT)
        for by in BY.finditer(source):  # only around each " by ": the passive ends there
            match = pattern.search(source, max(0, by.start() - 200), by.end())
            if match is None:
                continue
            i = doc.layout.token_at(match.start("verb"))
            info = self.verbs.get(doc.word(i))
            if info is None or doc.in_quote(i):
                continue
            agent_lo = doc.layout.token_at(match.end())
            s_lo, s_hi = self._sentence_range(doc, i)
            if any(doc.word(k) in self.verbs for k in range(s_lo, i - 1) if not doc.in_quote(k)):
                continue  # "..., which it said had been documented by the OSCE": inside another's statement
            stop = AGENT_END.search(
                doc.text, match.end(), doc.layout.sentences[doc.layout.sentence_of(match.start())][1]
            )
            agent_hi = doc.layout.token_at(stop.start()) if stop else s_hi
            if agent_hi <= agent_lo:
                continue
            sentence_start, sentence_end = doc.layout.sentences[doc.layout.sentence_of(match.start())]
            cand = Candidate(sentence_start, sentence_end, "reported", doc.tokens[i].text, info[0], None, i)
            that = _that_follows(doc, agent_hi - 1, s_hi)
            if match.group("it") and that:
                cand.start = doc.tokens[that + 1].start  # "It was stated by X that ...": the clause
            cand.windows.append((agent_lo, agent_hi, "according"))
            found.append(_trimmed(doc, cand))
        return found

    def _declined_comment_ru(self, doc: Doc) -> list[Candidate]:
        """Russian, the verb last: "В пресс-службе МВД по Чеченской Республике от комментариев отказались". The
        refusal is the statement; whoever is named before it in its clause (or its sentence) refused."""
        if doc.lang != "ru" or "коммент" not in doc.text:
            return []
        found = []
        for match in DECLINED_COMMENT_RU.finditer(doc.text):
            verb = doc.layout.token_at(match.start("verb"))
            if doc.in_quote(verb):
                continue
            first = doc.layout.token_at(match.start())
            s_lo = self._sentence_range(doc, first)[0]
            clause = next(
                (k + 1 for k in range(first - 1, s_lo - 1, -1) if doc.tokens[k].text in (",", ":", ";")), s_lo
            )
            info = self._is_verb(doc, verb)
            gender = info[2] if info is not None else None
            cand = Candidate(
                match.start(), match.end(), "reported", doc.tokens[verb].text, "act", gender, verb
            )
            words = [k for k in range(clause, first) if doc.tokens[k].is_word]
            if not words or all(doc.word(k) in CLAUSE_JOINERS_RU for k in words):
                # "в ведомстве подтвердили ..., но от комментариев отказались": the clause's speaker goes on
                cand.previous = True
            else:
                cand.windows.append((clause, first, "before"))
            found.append(cand)
        return found

    def _quoted_as_saying(self, doc: Doc) -> list[Candidate]:
        """Wire attributions: "X was quoted as saying (by Y) ...", "Y quoted X as saying ...", '"...," X was
        quoted as saying'. X speaks; Y only reported it."""
        if doc.lang == "ru" or "quot" not in doc.text:
            return []
        found = []
        for match in QUOTED_AS.finditer(doc.text):
            verb = doc.layout.token_at(match.start("verb"))
            s_lo, s_hi = self._sentence_range(doc, verb)
            if doc.in_quote(verb):
                continue
            if match.group("object"):  # "Interfax quoted Karimov as saying"
                window = (
                    doc.layout.token_at(match.start("object")),
                    doc.layout.token_at(match.end("object")),
                    "according",
                )
            else:  # "Karimov was quoted as saying"
                lo, hi, _side = self._before_window(doc, doc.layout.token_at(match.start()), s_lo)
                window = (lo, hi, "before")
            if window[1] <= window[0]:
                continue
            word = match.group("verb")
            category = (
                "call"
                if word in ("calling", "describing", "called", "described")
                else "deny"
                if word.startswith("d")
                else "say"
            )
            cand = Candidate(0, 0, "reported", doc.tokens[verb].text, category, None, verb)
            if category != "say":
                cand.kind = "object"  # "quoted Zakharova as calling the report 'a collection of rumours'"
            if not match.group("aux") and not match.group("object"):
                # "public statements by officials, including a Chechen spokesperson quoted as saying that ...": a
                # claim named inside another's statement, not a turn the next "warning that ..." continues
                cand.kind = "cited"
            cand.windows.append(window)
            found_quote = self._quote_before(doc, window[0]) if window[2] == "before" else None
            if found_quote is not None and _only_attribution(doc, found_quote[1], verb, True):
                quote = doc.layout.quotes[found_quote[0]]
                cand.start, cand.end, cand.quotes = quote.start, quote.end, (found_quote[0],)
                cand.kind = "direct" if cand.kind != "cited" else "cited"
                found.append(cand)
                continue
            body = doc.layout.token_at(match.end()) if category == "say" else verb
            agent = AGENT_AFTER_SAYING.match(doc.text, doc.tokens[body].start) if body < s_hi else None
            if agent is not None:  # "... as saying by Interfax that ...": the outlet only reported it
                body = doc.layout.token_at(agent.end())
            if body < s_hi and doc.word(body) == "that":
                body += 1
            if body >= s_hi or not any(t.is_word for t in doc.tokens[body:s_hi]):
                continue
            sentence_end = doc.layout.sentences[doc.layout.sentence_of(doc.tokens[verb].start)][1]
            cand.start = doc.tokens[body].start
            cand.end = _clause_end(doc, body, s_hi, sentence_end)
            for quote in doc.layout.quotes:  # a reported clause that opens a quote runs to the quote's end
                if cand.start <= quote.open < cand.end and quote.end > cand.end:
                    cand.end = quote.end
            found.append(_trimmed(doc, cand))
        return found

    def _according(self, doc: Doc) -> list[Candidate]:
        """ "according to X, …" / "…, according to X." / "по словам X, …"."""
        phrases: tuple[str, ...] = lexicon.RU_ACCORDING if doc.lang == "ru" else lexicon.EN_ACCORDING
        if doc.lang == "ru":
            phrases = (
                *phrases,
                r"по (?=(?:его|ее|её|их) (?:словам|данным|мнению|информации|заключению|оценке|оценкам|подсч[её]там))",
            )
        found = []
        for phrase in phrases:
            if doc.cues.plain and phrase.split("(")[0].lower() not in doc.cues.lower:
                continue  # its words do not occur in the text (see cues.CASE_TRAPS)
            if phrase.startswith("in (?=") and not any(
                f" {word}," in doc.text for word in ("view", "opinion", "words")
            ):
                continue  # "In the ministry's view, ...": only where a view is named
            tail = "" if "(?=" in phrase else r"(?!\w)"
            for match in re.finditer(rf"(?<!\w){phrase}{tail}", doc.text, re.IGNORECASE):
                i = doc.layout.token_at(match.end())
                if i >= len(doc.tokens) or doc.in_quote(i):
                    continue
                s_lo, s_hi = self._sentence_range(doc, i)
                j = i
                while j < s_hi and doc.tokens[j].text not in ",.;:!?" and (doc.tokens[j].text not in "—–"):
                    j += 1
                # "according to a former officer who smuggled a photograph of it out": the antecedent, not who
                # or what its relative clause names
                window_end = next((k for k in range(i + 1, j) if doc.layout.words[k] in RELATIVE_WORDS), j)
                if phrase.startswith(("по (?=", "in (?=(?:his")):
                    window_end = i + 1  # the pronoun alone ("по его словам", "in her words")
                    if doc.word(i) == "их":
                        # "Оба, по их словам, ...": whose words is unclear; only the clause before
                        j = i + 1
                sentence = doc.layout.sentences[doc.layout.sentence_of(match.start())]
                said = "in the view of" if match.group().strip().lower() == "in" else match.group()
                cand = Candidate(0, 0, "according", said, "according", None, None)
                cand.windows.append((i, window_end, "according"))
                head = doc.text[sentence[0] : match.start()]
                if (
                    j + 1 < s_hi
                    and doc.tokens[j].text == ","
                    and head.rstrip().endswith(",")
                    and self._is_verb(doc, j + 1) is not None
                    and not (
                        phrase.startswith("по (?=")
                        and not _names_someone(doc, s_lo, doc.layout.token_at(match.start()))
                    )  # ("Оба, по её словам, рассказали о пытках": nobody named before, her words)
                ):
                    continue  # "Кадыров, по данным «Коммерсанта», назвал ...": the source of the news, not the speaker
                if (
                    doc.lang != "ru"
                    and SAID_BEFORE_SOURCE.search(head)
                    and any(doc.word(k) in SOURCE_RECORDINGS for k in range(i, min(j, i + 3)))
                ):
                    continue  # '"...," he said, according to a recording shared by a resident': the source of the
                    # words, not their speaker
                rest = [t for t in doc.tokens[j:s_hi] if t.is_word]
                inside = (
                    head.strip(' "«“')
                    and head.rstrip().endswith(",")
                    and len(rest) >= 2
                    and len(head.split()) <= 8
                    and not any(word.strip(",").lower() in RELATIVE_WORDS for word in head.split())
                )
                # '"...," according to Elena Milashina, who ...': the quote before is the statement
                quoted_head = head[:1] in QUOTE_CHARS and re.search(r"[,!?][\"”»]\s*$", head) is not None
                if j < s_hi and doc.tokens[j].text == "," and inside:
                    # "Никаких задержаний, по его словам, не было": the sentence around the source
                    cand.start, cand.end = sentence[0], sentence[1]
                elif j < s_hi and doc.tokens[j].text == "," and len(rest) >= 3 and not quoted_head:
                    cand.start, cand.end = doc.tokens[j].end, sentence[1]  # "по словам X, ..."
                elif head.strip(' ,—–"«“') and (quoted_head or re.search(r"[,—–]\s*$", head)):
                    # "..., according to X." / '"...," according to X, who ...'
                    cand.start, cand.end = sentence[0], match.start()
                    quote = _quote_opening_at(doc, sentence[0] + len(head) - len(head.lstrip()))
                    if quoted_head and quote is not None:
                        cand.start, cand.end = quote.start, quote.end
                elif j < s_hi:
                    cand.start, cand.end = doc.tokens[j].end, sentence[1]
                else:
                    continue
                found.append(_trimmed(doc, cand))
        return [c for c in found if c.end > c.start]

    def _stated_positions(self, doc: Doc) -> list[Candidate]:
        """ "Peskov's line in April 2017 was that Moscow had "no information" ...": the owner's statement."""
        if doc.lang == "ru" or " that " not in doc.text:
            return []
        found = []
        for match in STATED_POSITION.finditer(doc.text):
            lo, hi = (
                doc.layout.token_at(match.start("owner")),
                doc.layout.token_at(match.end("owner") - 1) + 1,
            )
            start = doc.layout.token_at(match.end())
            # (a listed actor only: "the listed person named right before, as that person")
            if start >= len(doc.tokens) or doc.in_quote(start) or doc.infos[lo].actor is None:
                continue
            s_hi = self._sentence_range(doc, start)[1]
            sentence_end = doc.layout.sentences[doc.layout.sentence_of(doc.tokens[start].start)][1]
            cand = Candidate(0, 0, "according", match.group("noun"), "according", None, None)
            cand.windows.append((lo, hi, "named"))
            cand.start, cand.end = doc.tokens[start].start, _clause_end(doc, start, s_hi, sentence_end)
            found.append(_trimmed(doc, cand))
        return [c for c in found if c.end > c.start]

    def _someone_else_after(self, doc: Doc, quote: Quote) -> bool:
        """Does a speech verb after the quote's closing mark have a subject of its own, a common noun in the
        nominative ("«...», — говорит ведущий программы"), so that the quote is not the previous speaker's though
        the resolver knows no such speaker?"""
        if quote.close is None or doc.lang != "ru":
            return False
        i = doc.layout.token_at(quote.close + 1)
        while i < len(doc.tokens) and doc.tokens[i].text in ",—–-":
            i += 1
        if i < len(doc.tokens) and doc.word(i) in PREPOSITIONS_RU:
            # "«...», — под аплодисменты парировал ведущий": how it was said, then the verb
            i = next((k for k in range(i + 1, min(i + 4, len(doc.tokens))) if self._is_verb(doc, k)), i)
        if i >= len(doc.tokens) or self._is_verb(doc, i) is None:
            return False
        subject = i + 1
        return (
            subject < len(doc.tokens)
            and doc.tokens[subject].is_word
            and not doc.infos[subject].pronoun
            and doc.infos[subject].actor is None
            and not doc.tokens[subject].is_cap  # a name ("— говорит Руслан"): likely the one quoted before
            and doc.word(subject) not in PREPOSITIONS_RU
            and doc.word(subject) not in NOT_SUBJECTS_RU
            and "nomn" in morph.cases(doc.tokens[subject].text)
        )

    def _leftover_quotes(self, doc: Doc, used: set[int]) -> list[Candidate]:
        """Quotes with no attribution of their own: continuations of the previous speaker, or "X: «…»"."""
        found = []
        for q_index, quote in enumerate(doc.layout.quotes):
            if q_index in used or quote.words < 3 or self._is_title(doc, quote):
                continue
            if doc.text[quote.open] in "—–" and (q_index - 1 not in used or quote.close is not None):
                continue  # dash speech: only the resumed part of an attributed one continues it
            cand = Candidate(quote.start, quote.end, "continuation", quotes=(q_index,))
            signed = _dash_signature(doc, quote)
            if signed is not None:  # '«...», — представитель правительства Чечни.': a line signed with a dash
                cand.kind = "headline"
                cand.windows.append((*signed, "after"))
                found.append(cand)
                continue
            credit = _parenthesised_credit(doc, quote)
            if credit is not None:  # a fact-check's 'CLAIM: "..." (Ramzan Kadyrov, interview, July 2017)'
                cand.kind = "headline"
                cand.windows.append((*credit, "according"))
                found.append(cand)
                continue
            sentence = doc.layout.sentences[doc.layout.sentence_of(quote.open)]
            lead = doc.text[sentence[0] : quote.open]
            if not lead.strip(" \t—–-"):
                if self._someone_else_after(doc, quote):
                    continue
                cand.previous = True
                found.append(cand)
                continue
            colon = re.search(r"([^\s:][^:]{0,80}):\s*$", lead)
            if colon and quote.words >= 3:
                lo = doc.layout.token_at(sentence[0] + colon.start(1))
                put = PUT_IT.search(colon.group(1))  # "Benedek ... put it plainly:": the one who put it
                hi = doc.layout.token_at(
                    sentence[0] + colon.start(1) + (put.start() if put else len(colon.group(1)))
                )
                cand.kind = "headline"
                cand.windows.append((lo, hi, "before"))
                found.append(cand)
        return found


def _object_not_subject(doc: Doc, lo: int, hi: int) -> bool:
    """Is the Russian phrase [lo, hi) before a singular verb headed by a plural noun with no name, so that it can only
    be the verb's object ("а публикации «Новой газеты» назвал")?"""
    words = [k for k in range(lo, hi) if doc.tokens[k].is_word]
    return (
        bool(words)
        and not any(doc.infos[k].actor in doc.person_actors or doc.infos[k].pronoun for k in words)
        and not ((role := doc.infos[words[0]].role) is not None and role.key != "DOC")
        and not morph.can_be_singular_subject(doc.tokens[words[0]].text)
    )


def _dash_signature(doc: Doc, quote: Quote) -> tuple[int, int] | None:
    """The speaker signing a quote after a dash with no verb, up to the sentence's end ("«...», — Кадыров.",
    '"...," - a Chechen government spokesman.'), as a token window."""
    if quote.close is None:
        return None
    signature = DASH_SIGNATURE.match(doc.text, quote.close + 1)
    if signature is None:
        return None
    lo = doc.layout.token_at(signature.start(1))
    hi = doc.layout.token_at(signature.end(1))  # (also when the signature ends the text)
    words = [k for k in range(lo, hi) if doc.tokens[k].is_word]
    if not words or len(words) > 9 or any(doc.tokens[k].is_word and _verb_like_word(doc, k) for k in words):
        return None
    return lo, hi


def _verb_like_word(doc: Doc, k: int) -> bool:
    """A finite Russian verb ("заявил") or an English "said"-like word: the line has its own verb."""
    word = doc.word(k)
    return (doc.lang == "ru" and morph.is_finite_verb(doc.tokens[k].text)) or word in IN_QUOTE_SPEECH


def _named_last(doc: Doc, k: int) -> bool:
    """Is token ``k`` a listed person's name as a subject ("... Джамбулат Умаров:"; not "в деле Лапунова:")?"""
    if doc.infos[k].actor not in doc.person_actors:
        return False
    return doc.lang != "ru" or "nomn" in morph.cases(doc.tokens[k].text)


SHORT_ANSWER_LABEL = re.compile(r"\s*(?:A|О)\s*:\s+(?=\S)")
# the interviewee credited at the end of the last answer: "... — Ruslan, 26, who left Russia in 2018."
CLOSING_CREDIT = re.compile(r"\s[—–]\s+([A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+)?)(?:,|\s*\(|\.?\s*$)[^\n]*$")


def _label_window(doc: Doc, lo: int, label: re.Match[str]) -> tuple[int, int]:
    """Tokens of a transcript label's name (group 1 of a match on the paragraph starting at ``lo``)."""
    return doc.layout.token_at(lo + label.start(1)), doc.layout.token_at(lo + label.end(1))


def _answer(doc: Doc, start: int, hi: int, window: tuple[int, int, str]) -> Candidate:
    """An interview answer [start, hi) by ``window``'s speaker, without the closing credit line it may end with."""
    credit = CLOSING_CREDIT.search(doc.text, start, hi)
    cand = Candidate(start, credit.start() if credit else hi, "header")
    cand.windows.append(window)
    return _trimmed(doc, cand)


def _closing_credit(doc: Doc) -> tuple[int, int, str] | None:
    """The person a Q&A's last paragraph credits after a dash ("— Ruslan, 26, who ..."), or the one known person
    a short closing line names ("Milashina was speaking nine years after her first report."), as a speaker
    window."""
    lo, hi = doc.layout.paragraphs[-1]
    credit = CLOSING_CREDIT.search(doc.text, lo, hi)
    if credit is None:
        return _credited_person(doc, lo, hi)
    return doc.layout.token_at(credit.start(1)), doc.layout.token_at(credit.end(1)), "header"


def _credited_person(doc: Doc, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The one known person a short closing line [lo, hi) of an interview names, as a speaker window."""
    t_lo, t_hi = doc.layout.token_at(lo), doc.layout.token_at(hi)
    if t_hi - t_lo > 40 or ":" in doc.text[lo : lo + 4]:
        return None
    people = {doc.infos[k].actor for k in range(t_lo, t_hi) if doc.infos[k].actor in doc.person_actors}
    if len(people) != 1:
        return None
    first = next(k for k in range(t_lo, t_hi) if doc.infos[k].actor in people)
    return (*_mention_span(doc, first), "according")


def _answerer(doc: Doc, answers: list[int]) -> tuple[int, int, str] | None:
    """The one person the answer turns credit ("— ..., — ответила Локшина."): the others are theirs too."""
    text, paras = doc.text, doc.layout.paragraphs
    named: dict[str, tuple[int, int, str]] = {}
    for k in answers:
        lo, hi = paras[k]
        credit = DASH_ATTRIBUTION.search(text, lo, hi)
        if credit is None:
            continue
        verb = doc.layout.token_at(credit.end())
        end = doc.layout.token_at(hi)
        # (up to an aside: "— говорит Ахмед (имя изменено по его просьбе).")
        end = next((j for j in range(verb + 1, end) if doc.tokens[j].text in ("(", ",")), end)
        while end > verb + 1 and not doc.tokens[end - 1].is_word:
            end -= 1
        words = [doc.word(j) for j in range(verb + 1, end)]
        if 1 <= len(words) <= 3 and all(doc.tokens[j].is_cap for j in range(verb + 1, end)):
            named[" ".join(words)] = (verb + 1, end, "after")
    return next(iter(named.values())) if len(named) == 1 else None


def _parenthesised_credit(doc: Doc, quote: Quote) -> tuple[int, int] | None:
    """The listed actor named first in brackets right after a quote ('"..." (Ramzan Kadyrov, July 2017)')."""
    if quote.close is None:
        return None
    bracket = doc.text.find("(", quote.close + 1, quote.close + 4)
    if bracket < 0 or doc.text[quote.close + 1 : bracket].strip():
        return None
    k = doc.layout.token_at(bracket + 1)
    if k >= len(doc.tokens) or doc.infos[k].actor is None:
        return None
    return _mention_span(doc, k)


def _statement_title(para: str) -> tuple[int, int] | None:
    """Where the author is named in a statement's title line ("Statement by the EU Spokesperson", "Заявление МИД
    Германии (неофициальный перевод)", "Министерство ... распространило заявление. Приводим его в переводе."),
    or None when ``para`` is no such line."""
    if len(para.split()) > 24:
        return None
    for pattern in STATEMENT_TITLES:
        match = pattern.match(para)
        if match is not None:
            return match.start("author"), match.end("author")
    return None


def _next_named_speaker(doc: Doc, lo: int, hi: int, any_verb: bool = False) -> int | None:
    """Where the first sentence after ``lo`` (and before ``hi``) that opens with a listed actor (or "В МВД Чечни
    ...": the body the words came from) and carries a speech verb of its own begins (``any_verb``: or an actor or
    a place with a verb right after it, "ЕС призывает"), or None."""
    layout = doc.layout
    for s_start, s_end in layout.sentences[layout.sentence_of(lo) + 1 :]:
        if s_start >= hi:
            break
        first = layout.token_at(s_start)
        while first < len(doc.tokens) and not doc.tokens[first].is_word:
            first += 1
        if first + 1 < len(doc.tokens) and doc.word(first) in ("в", "во") and doc.infos[first + 1].actor:
            first += 1
        if first < len(doc.tokens) and (
            (doc.infos[first].actor is not None and _attributed(doc, s_start, min(s_end, hi)))
            or (
                any_verb
                and (doc.infos[first].actor is not None or doc.infos[first].place is not None)
                and first + 1 < len(doc.tokens)
                and _verb_like_word(doc, first + 1)
            )
        ):
            return s_start
    return None


def _new_subject_after(doc: Doc, lo: int, hi: int) -> bool:
    """Does a new sentence start after offset ``lo`` with a speaker of its own in its first words ("«...».
    Чеченские чиновники, впрочем, продолжают повторять, что ...")?"""
    stop = SENTENCE_STOP.match(doc.text, lo, hi)
    if stop is None:
        return False
    first = doc.layout.token_at(stop.end())
    return any(
        doc.infos[k].role is not None or doc.infos[k].actor is not None
        for k in range(first, min(first + 3, doc.layout.token_at(hi)))
    )


SENTENCE_STOP = re.compile(r"\s*[.!?…]\s+")


def _attributed(doc: Doc, lo: int, hi: int) -> bool:
    """Does the paragraph [lo, hi) carry a speech verb of its own outside its quotes ("..., — заявил он")?"""
    return _speech_verb_in(doc, doc.layout.token_at(lo), doc.layout.token_at(hi))


def _speech_verb_in(doc: Doc, t_lo: int, t_hi: int) -> bool:
    """Do tokens [t_lo, t_hi) hold a speech verb outside quotes (a header's speaker line "X заявила о ...:")?"""
    verbs = lexicon.speech_verbs()
    return any(doc.layout.words[k] in verbs and not doc.in_quote(k) for k in range(t_lo, t_hi))


ACCUSE_FORMS = frozenset(("accused", "accuses", "accuse"))


def _accused_without_object(tokens: list[Token], i: int, s_hi: int) -> bool:
    """'by the very people Lapunov accused: "…"': "accused" takes an object, so a stop right after it ends a
    relative clause ("the people he accused"), and "accused of" is passive ("the agencies accused of the
    abuses"): either way it says nothing."""
    return tokens[i].lower in ACCUSE_FORMS and i + 1 < s_hi and tokens[i + 1].text in (":", ".", ";", "of")


def _possessor(doc: Doc, k: int) -> bool:
    """Is token ``k`` a possessor ("Kremlin's") or the possessive mark itself ("authorities'")?"""
    return doc.infos[k].possessive or doc.tokens[k].text in ("'", "’", "'s", "’s")


def _addressee(doc: Doc, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The person a Russian interview's dialogue line opens by addressing ("— Рамзан Ахматович, ...", "— Елена,
    ..."), as a speaker window."""
    turn = DASH_TURN.match(doc.text, lo, hi)
    if turn is None or doc.lang != "ru":
        return None
    t_lo = doc.layout.token_at(turn.end())
    comma = next((k for k in range(t_lo, min(t_lo + 4, len(doc.tokens))) if doc.tokens[k].text == ","), None)
    if comma is None or comma == t_lo or not all(doc.tokens[k].is_cap for k in range(t_lo, comma)):
        return None
    named = all(
        doc.infos[k].actor in doc.person_actors or morph.can_be_personal_name(doc.tokens[k].text)
        for k in range(t_lo, comma)
    )
    return (t_lo, comma, "header") if named else None


def _after_vocative(doc: Doc, lo: int, hi: int) -> int:
    """Where the subject starts in [lo, hi) after a person addressed by title ("Mr Karimov, Novaya Gazeta reports
    that ..."; in a Russian interview's dialogue line, "— Рамзан Ахматович, правозащитники говорят, что ..."): the
    one comma follows the addressee's name, and a speaker comes after it."""
    if doc.lang == "ru":
        if lo == 0 or doc.tokens[lo - 1].text not in DIALOGUE_TURNS or not doc.tokens[lo].is_cap:
            return lo
    elif doc.word(lo) not in HONORIFICS and (doc.word(lo), doc.word(lo + 1)) != ("my", "lords"):
        return lo  # ("My Lords, survivors have described ...": the House addressed)
    commas = [k for k in range(lo, hi) if doc.tokens[k].text == ","]
    if len(commas) != 1 or commas[0] - lo > 4 or not all(doc.tokens[k].is_cap for k in range(lo, commas[0])):
        return lo
    after = range(commas[0] + 1, hi)
    return commas[0] + 1 if any(doc.infos[k].actor or doc.infos[k].role for k in after) else lo


HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "mister", "madam"))
DIALOGUE_TURNS = frozenset(("—", "–", ":"))  # "— Елена, ...", "ВЕДУЩИЙ: Адам Султанович, ..."
CALLS_ANSWERED = lexicon.words("answer answered return returned phone telephone repeated several our my")
FREQUENCY_ADJECTIVES = lexicon.words(
    "daily weekly monthly annual regular usual routine latest recent repeated"
)
STATE_LABELS = frozenset(
    [
        "российская федерация",
        "russian federation",
        "the russian federation",
        "united states",
        "united kingdom",
    ]
)
# a recording the words are known from, after their own attribution ("he said, according to a recording ...")
SAID_BEFORE_SOURCE = re.compile(r"\b(?:said|says|told \w+|added|wrote)\s*,\s*$")
SOURCE_RECORDINGS = lexicon.words("recording recordings video footage audio tape transcript clip")
# a passive participle after a comma opens a clause on the subject, who speaks later ("X, asked about ..., said")
ASKED_PARTICIPLES = frozenset(["asked", "questioned", "pressed", "quizzed"])
ASKED_PARTICIPLE_NEXT = lexicon.words("about whether if by after on what why how during at in for over")
FUTURE_SAY_RU = lexicon.words("скажут скажет заявят заявит ответят ответит объявят объявит")


def _passive_aside(tokens: list[Token], i: int, s_hi: int) -> bool:
    """'the torture of LGBTI people, documented by the OSCE rapporteur, "cannot go unpunished"': a participle set off
    by a comma with its agent after "by" describes the noun before it; the quote after it is not its words."""
    return i > 0 and i + 1 < s_hi and tokens[i - 1].text == "," and tokens[i + 1].lower == "by"


def _named_source(doc: Doc, lo: int, para: str) -> re.Match[str] | None:
    """``para`` as a source line "<listed actor> | <anything>" (group 1 the actor's name), or None."""
    match = NAMED_SOURCE_LINE.match(para)
    if match is None:
        return None
    t_lo, t_hi = doc.layout.token_at(lo + match.start(1)), doc.layout.token_at(lo + match.end(1))
    named = t_lo < t_hi and doc.infos[t_lo].actor is not None and _mention_span(doc, t_lo)[1] >= t_hi
    return match if named else None


def _in_quotes(doc: Doc, lo: int) -> bool:
    """Whether a paragraph starting at ``lo`` opens a quote or goes on with one opened before it."""
    if doc.text[lo : lo + 1] in QUOTE_CHARS:
        return True
    # an unclosed quote runs to the end of its paragraph (see segment.Quote): it goes on in the next one
    return any(q.close is None and 0 <= lo - q.end <= 3 for q in doc.layout.quotes)


def _post_heading(para: str) -> bool:
    """Is ``para`` a post's heading, its author and platform set off by commas and no sentence ("Ramzan Kadyrov,
    Telegram, 21:14", "Алви Каримов, Instagram, 3 мая")?"""
    return POST_HEADING.match(para) is not None and not ENDS_SENTENCE.search(para)


def _name_before_colon(doc: Doc, t_lo: int, t_hi: int) -> tuple[int, int] | None:
    """A line [t_lo, t_hi) that ends in a listed person's name and a colon, with no verb before it ("Рамзан
    Кадыров:", "Chechnya's minister for information Dzhambulat Umarov:"): the name's span."""
    last = t_hi - 1
    if doc.tokens[last].text != ":" or last - 1 < t_lo:
        return None
    actor = doc.infos[last - 1].actor
    if actor is None or actor not in doc.person_actors:
        return None
    first = last - 1
    while first - 1 >= t_lo and doc.infos[first - 1].actor == actor:
        first -= 1
    if any(_verb_like_word(doc, k) for k in range(t_lo, first) if doc.tokens[k].is_word):
        return None  # "Kadyrov said on Telegram ... Umarov:": a sentence, not a label
    return first, last


def _source_author(doc: Doc, lo: int, hi: int, announces: bool = False) -> tuple[int, int] | None:
    """The author a source line [lo, hi) opens with ("X, Telegram channel, <date>:", "X сообщает"), when it names
    a listed actor first and its platform or date (or only announces)."""
    t_lo, t_hi = doc.layout.token_at(lo), doc.layout.token_at(hi)
    while t_lo < t_hi and not doc.tokens[t_lo].is_word and doc.tokens[t_lo].text not in QUOTE_CHARS:
        t_lo += 1  # a channel's marks before the name ("❗️Кадыров — о ...:")
    # "Глава Чечни Рамзан Кадыров в своём Telegram-канале:": a role and its place may come before the name
    while t_lo < t_hi and doc.infos[t_lo].actor is None and (doc.infos[t_lo].role or doc.infos[t_lo].place):
        t_lo += 1
    if t_lo >= t_hi:
        return None
    named_last = _name_before_colon(doc, t_lo, t_hi)
    if named_last is not None:
        return named_last  # "Рамзан Кадыров:", "Министр Чечни по ... информации Джамбулат Умаров:" over his words
    if doc.infos[t_lo].actor is None:
        # "From the newsletter of freelance reporter Daniel Okafor:", "Волонтёр Диана ... написала в фейсбуке:":
        # an unlisted author named after a role word (or after "by") on a line that says where it was posted
        unlisted = _unlisted_author(doc, t_lo, t_hi)
        if not SOURCE_MARKS.search(doc.text, lo, hi):
            return None
        if unlisted is None and (role := doc.infos[doc.layout.token_at(lo)].role) and role.key == "DOC":
            # "Post on the Telegram channel of Ramzan Kadyrov, translated:": the one listed actor the line names
            authors = {doc.infos[k].actor for k in range(t_lo, t_hi) if doc.infos[k].actor is not None}
            if len(authors) == 1:
                return _mention_span(
                    doc, next(k for k in range(t_lo, t_hi) if doc.infos[k].actor is not None)
                )
        return unlisted
    span = _mention_span(doc, t_lo)
    if (
        doc.infos[span[1] - 1].possessive
        and span[1] + 1 < t_hi
        and (doc.infos[span[1]].role or doc.infos[span[1] + 1].role)
    ):
        # "Kadyrov's press secretary Alvi Karimov on ...:": the holder named after the possessor's role
        k = span[1]
        while (
            k < t_hi
            and doc.infos[k].actor is None
            and (doc.infos[k].role or (k + 1 < t_hi and doc.infos[k + 1].role))
        ):
            k += 1  # ("press secretary": a role may take two words)
        if k < t_hi and doc.infos[k].actor is not None:
            span = _mention_span(doc, k)
    if announces:  # the name (and where it serves) and its verb, nothing else
        rest = range(span[1], t_hi - 1)
        named = len(rest) <= 5 and all(
            doc.tokens[k].is_cap or doc.word(k) in ("по", "of", "the") for k in rest
        )
        return span if named else None
    if ABOUT_AFTER_DASH.match(doc.text, doc.tokens[span[1] - 1].end):
        return span  # "Кадыров — о новых публикациях про ...:", "Peskov on the reports:": the words below are his
    return span if SOURCE_MARKS.search(doc.text, lo, hi) else None


def _unlisted_author(doc: Doc, t_lo: int, t_hi: int) -> tuple[int, int] | None:
    """Tokens [first, end) of an unlisted person a source line names: a role word and the capitalised name after
    it ("reporter Daniel Okafor", "Волонтёр Диана"), or the name after "by" ("Posted ... by Marat, a volunteer")."""
    for k in range(max(t_lo, 1), t_hi):
        if not (doc.tokens[k].is_cap and doc.tokens[k].is_word) or doc.infos[k].actor or doc.infos[k].place:
            continue
        before = k - 1
        if not (doc.infos[before].role or doc.word(before) in ("by", "от")):
            continue
        end = k + 1
        while end < t_hi and end - k < 3 and doc.tokens[end].is_cap and doc.tokens[end].is_word:
            end += 1
        if not doc.infos[before].role and doc.word(end) == "," and doc.word(end + 1) in ("a", "an", "the"):
            # "by Marat, a volunteer with ...": the appositive's role says what he is
            role = next((j for j in range(end + 2, min(t_hi, end + 5)) if doc.infos[j].role), None)
            if role is not None:
                return k, role + 1
        return (before if doc.infos[before].role else k), end
    return None


def _author_window(doc: Doc, lo: int, hi: int) -> tuple[int, int, str]:
    """The speaker window of a report's lead paragraph [lo, hi): its first actor's mention, else the paragraph."""
    t_lo, t_hi = doc.layout.token_at(lo), doc.layout.token_at(hi)
    first = next((k for k in range(t_lo, t_hi) if doc.infos[k].actor is not None), None)
    if first is None:
        return t_lo, t_hi, "subject"
    return (*_mention_span(doc, first), "according")


def _coalition_before(doc: Doc, j: int, lo: int) -> tuple[int, int] | None:
    """ "Fifteen organisations, including HRW, Amnesty and the Russian LGBT Network, said": token range of the
    whole coalition, named before the list that the "and" at token ``j`` ends, when a rights-group word names it."""
    words = doc.layout.words
    including = next(
        (
            m
            for m in range(j - 1, max(lo, j - 25), -1)
            if words[m] in INCLUDING and doc.tokens[m - 1].text == ","
        ),
        None,
    )
    if including is None or including - 1 <= lo:
        return None
    start = _phrase_start_before(doc, including - 2, lo)
    if not any(
        (role := doc.infos[k].role) is not None and role.key == "NGO" for k in range(start, including - 1)
    ):
        return None
    return start, including - 1


def _first_actor_window(doc: Doc, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The speaker window of the first listed person named in [lo, hi) outside quotes ("официального
    представителя МИД России Марии Захаровой": hers), else of the first listed body."""
    t_lo, t_hi = doc.layout.token_at(lo), doc.layout.token_at(hi)
    named = [k for k in range(t_lo, t_hi) if doc.infos[k].actor and not doc.in_quote(k)]
    first = next((k for k in named if doc.infos[k].actor in doc.person_actors), named[0] if named else None)
    return None if first is None else (*_mention_span(doc, first), "according")


def _mention_span(doc: Doc, k: int) -> tuple[int, int]:
    """Token range [first, end) of the actor mention that token ``k`` belongs to."""
    mention = doc.infos[k].mention
    first, end = k, k + 1
    while first > 0 and doc.infos[first - 1].mention == mention:
        first -= 1
    while end < len(doc.tokens) and doc.infos[end].mention == mention:
        end += 1
    return first, end


def _unquoted(doc: Doc, lo: int, hi: int) -> str:
    """The text of [lo, hi) with quoted passages blanked (first-person words there are someone else's)."""
    chars = list(doc.text[lo:hi])
    for quote in doc.layout.quotes:
        for k in range(max(quote.start, lo), min(quote.end, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _media_actor(doc: Doc, j: int) -> bool:
    """True when token ``j`` names a news outlet (a dateline credit like "TASS:" rather than a speaker)."""
    return j < len(doc.infos) and doc.infos[j].actor in doc.media_actors


def _quoted_name(doc: Doc, quote: Quote) -> bool:
    """Is ``quote`` a listed actor's name in quotation marks (three words at most), not speech?"""
    if quote.words > 3:
        return False
    lo, hi = doc.layout.token_at(quote.start), doc.layout.token_at(quote.end)
    return any(doc.infos[k].actor for k in range(lo, hi))


def _quote_of_mark(doc: Doc, j: int) -> Quote | None:
    """The quotation token ``j`` is a mark of (or lies inside), if any."""
    q_index = doc.layout.quote_at_mark.get(doc.tokens[j].start, doc.layout.quote_of_token[j])
    return doc.layout.quotes[q_index] if q_index >= 0 else None


def _short_quote(doc: Doc, j: int) -> bool:
    """Is token ``j`` a mark of a quote of at most three words (a phrase named, not speech)?"""
    quote = _quote_of_mark(doc, j)
    return quote is not None and quote.words <= 3


def _inside_title(doc: Doc, j: int) -> bool:
    """True when token ``j`` is a quotation mark of a short quoted name rather than of speech."""
    quote = _quote_of_mark(doc, j)
    if quote is None:
        return False
    if _quoted_name(doc, quote):  # «Мемориала», «Новой газете»
        return True
    if quote.words <= 3:
        # "по данным «Коммерсанта»", "газета «Вести»": a capitalised name after a source word, listed or not
        opening = doc.layout.token_at(quote.open)
        if (
            doc.lang == "ru"
            and quote.words <= 2
            and doc.text[quote.start : quote.start + 1].isupper()
            and opening > 0
            and doc.word(opening - 1) in SOURCE_WORDS_RU
        ):
            return True
        # 'known by the nickname "Lord"', 'по прозвищу «Лорд»': a name given, not words said
        if opening > 1 and (
            doc.word(opening - 1) in NICKNAME_WORDS
            or (doc.word(opening - 1) == "as" and doc.word(opening - 2) in ("known", "nicknamed", "dubbed"))
        ):
            return True
    return CandidateFinder._is_title(doc, quote)


def _clause_end(doc: Doc, j: int, s_hi: int, sentence_end: int) -> int:
    """Where a reported clause starting at token ``j`` ends: a ";", a ", adding ..." participle, or the sentence."""
    participles = lexicon.RU_PARTICIPLES if doc.lang == "ru" else lexicon.EN_PARTICIPLES
    s_lo = doc.layout.sentence_tokens(doc.layout.sentence_of(doc.tokens[j].start))[0]
    # "Months after a singer vanished — activists say he was among the men detained — local television ...": a
    # clause set off by dashes ends at the closing dash
    dashed = doc.lang != "ru" and any(doc.tokens[k].text in ("—", "–") for k in range(s_lo + 1, j))
    for k in range(j + 1, s_hi):
        token = doc.tokens[k]
        if doc.in_quote(k):
            continue
        if token.text == ";" or (dashed and token.text in ("—", "–")):
            return token.start
        if token.text == "," and doc.word(k + 1) in participles and not _inside_that_clause(doc, k + 1, s_lo):
            return token.start
        # "..., while the Chechen authorities continue to speak of ...": another subject
        if token.text == "," and doc.word(k + 1) in ("while", "whereas") and doc.tokens[k + 2].is_word:
            return token.start
        # "..., a claim Novaya Gazeta said it had checked and found to be false": someone else's verdict on it
        if (
            token.text == ","
            and doc.word(k + 1) in ("a", "an")
            and doc.word(k + 2) in ("claim", "assertion", "statement", "version", "account")
            and any(
                doc.word(m) in SPEECH_VERBS_EN and doc.word(m + 1) in ("it", "that", "was", "is")
                for m in range(k + 3, min(s_hi - 1, k + 10))
            )
        ):
            return token.start
        # "..., after a Foreign Office minister said ...": a time clause with a speaker of its own
        if (
            token.text == ","
            and doc.word(k + 1) in TIME_CLAUSE_EN
            and any(doc.word(m) in SPEECH_VERBS_EN for m in range(k + 3, min(s_hi, k + 14)))
        ):
            return token.start
    return sentence_end


def _document_before_relative(doc: Doc, j: int, lo: int) -> int | None:
    """Start of the document noun that "в которой"/"in which" at token ``j`` refers to, when one does."""
    k = j - 1
    if k < lo or doc.word(k) not in ("в", "во", "in"):
        return None
    k -= 1
    if k >= lo and doc.tokens[k].text == ",":
        k -= 1
    role = doc.infos[k].role if k >= lo else None
    if role is None or role.key != "DOC":
        return None
    return np_before(doc, k + 1, lo)


def np_before(doc: Doc, end: int, lo: int) -> int:
    """Start of the noun phrase ending at token ``end`` (exclusive): names, roles, determiners, "of"."""
    start = end
    while start - 1 >= lo and end - start < 8:
        token, info = doc.tokens[start - 1], doc.infos[start - 1]
        word = doc.word(start - 1)
        nominal = token.is_word and (
            token.is_cap
            or info.actor
            or info.role
            or info.place
            or info.possessive
            or word in ("the", "a", "an", "one", "another", "former", "young")
            or word[:1].isdigit()
            or "-" in word
        )
        # "the Council of Europe's human rights commissioner": a role's modifiers after an owner
        modifier = word in ROLE_MODIFIERS_EN and any(doc.infos[k].role for k in range(start, end))
        if (
            nominal
            or modifier
            or (word in ("of", "for", "from") and start - 2 >= lo and doc.tokens[start - 2].is_word)
        ):
            start -= 1
        else:
            break
    while start < end and doc.word(start) in ("of", "for", "from"):
        start += 1
    return start


def _verb_like(doc: Doc, k: int) -> bool:
    """Is the English word at ``k`` a finite verb opening a relative clause ("who helps", "that helped", "which
    has")? A lower-case word that names no one, is no determiner and ends like a verb."""
    token, info = doc.tokens[k], doc.infos[k]
    word = doc.word(k)
    if not token.is_word or token.is_cap or info.pronoun or info.actor or info.role or info.place:
        return False
    if word in DETERMINERS_EN or word in PLURAL_NOUNS_EN:
        return False
    return word in FINITE_VERBS_EN or word.endswith(("s", "ed"))


ROLE_MODIFIERS_EN = lexicon.words("human rights deputy senior chief foreign special")
DETERMINERS_EN = lexicon.words("the a an his her its their our my your this these those")
# plural nouns that would pass for verbs ending in -s ("which rights groups say")
PLURAL_NOUNS_EN = lexicon.words("rights news affairs arms sources relatives officials activists")
FINITE_VERBS_EN = lexicon.words("has had have is was are were runs ran")


def _antecedent_start(doc: Doc, k: int, lo: int) -> int:
    """Where the noun phrase before the comma at ``k`` (a relative clause's antecedent) starts: back to a
    boundary or the comma before it ("Russia's deputy justice minister, who ...")."""
    start = _phrase_start_before(doc, k, lo)
    comma = _last_comma(doc, start, k)
    return start if comma is None else comma + 1


def _named_before_appositive(doc: Doc, start: int, lo: int) -> int:
    """ "Kheda Saratova, a member of the council, who ...": the name the appositive at ``start`` describes."""
    comma = start - 1
    while comma > lo and comma > start - 14 and doc.tokens[comma].is_word:
        comma -= 1  # back over the rest of the appositive ("a member of the council")
    if (
        comma <= lo
        or doc.tokens[comma].text != ","
        or not (
            doc.word(comma + 1) in ("a", "an", "the")
            or doc.infos[comma + 1].role
            or doc.infos[comma + 1].possessive
        )
    ):
        return start
    named = np_before(doc, comma, lo)
    span = range(named, comma)
    if named < comma and (
        any(doc.infos[m].actor in doc.person_actors for m in span)
        or (2 <= len(span) <= 3 and all(doc.tokens[m].is_cap and not doc.infos[m].role for m in span))
    ):
        return named
    return start


def _inside_that_clause(doc: Doc, i: int, s_lo: int) -> bool:
    """Does the comma before the participle at ``i`` close the subject of a "that"/"что" clause ("said that the
    authorities, denying ...")?"""
    if doc.tokens[i - 1].text != ",":
        return False
    for k in range(i - 2, max(s_lo, i - 7) - 1, -1):
        word = doc.word(k)
        if word in THAT_WORDS:
            return k < i - 2
        if not doc.tokens[k].text[:1].isalpha() or _verb_form(doc, word):
            return False  # "said it was not true that no one had complained, noting ...": a clause of its own
    return False


def _verb_form(doc: Doc, word: str) -> bool:
    if doc.lang == "ru":
        return morph.is_finite_verb(word)
    return word in AUXILIARIES_EN or word.endswith("ed")


THAT_WORDS = lexicon.words("that что будто якобы")
INCLUDING = lexicon.words("including включая")
SHOWN_OF = lexicon.words("of showed showing featured featuring")
READ_OUT = lexicon.words("read broadcast aired shown played")
SEEN_BY = lexicon.words("seen obtained reviewed viewed shared leaked published quoted cited")
AUXILIARIES_EN = lexicon.words("is are was were has have had do does did will would can could may might must")


def _issuer_of_document(doc: Doc, document: int, s_lo: int) -> int | None:
    """English: the last token of the actor that adopted or issued the document at token ``document``, named just
    before a participle ("PACE adopted a resolution condemning"), when a verb of issuing stands between them."""
    verb = next(
        (k for k in range(document - 1, max(s_lo, document - 4) - 1, -1) if doc.word(k) in ISSUING), None
    )
    if verb is None or verb - 1 < s_lo or not doc.infos[verb - 1].actor:
        return None
    return verb - 1


ISSUING = lexicon.words("adopted issued published released passed approved")


def _that_follows(doc: Doc, i: int, s_hi: int) -> int:
    """Index of "that"/"что"/":" introducing the verb's clause within a few tokens (0 when none)."""
    how = doc.word(i).startswith(HOW_VERBS_RU)  # "вспоминает, как его задержали": the account is the clause
    for j in range(i + 1, min(s_hi, i + 9)):
        word = doc.word(j)
        if (
            word in ("that", "что")
            or (how and word == "как" and doc.word(j - 1) in (",", "том"))
            or (doc.tokens[j].text == ":" and j + 1 < s_hi and not doc.in_quote(j + 1))
        ):
            if (
                j > i + 1
                and doc.lang != "ru"
                and doc.word(i) not in ("told", "tells", "tell", "telling", "assured", "informed")
            ):
                # "said on Monday that" (an adverbial) but not "said the denials that ..." (a subject)
                first = doc.word(i + 1)
                if first not in ADVERBIAL_START and first not in ("again", "repeatedly", "also", "later"):
                    return 0
            return j
        if doc.tokens[j].text in ".;!?" or (doc.tokens[j].text in QUOTE_CHARS and not _inside_title(doc, j)):
            return 0  # ("рассказал «Кавказскому узлу», что ...": an outlet's quoted name goes on)
        if (
            j == i + 1
            and doc.tokens[j].text == ","
            and doc.word(j + 1).endswith("ly")
            and doc.word(j + 2) == ","
            and doc.word(j + 3) == "that"
        ):
            return j + 3  # "held, unanimously, that ..."
        if (
            doc.tokens[j].text == ","
            and doc.word(j + 1) not in ("that", "что")
            and not (how and doc.word(j + 1) == "как")
        ):
            return 0
    return 0


# Russian verbs whose object "на ..." follows them ("настаивает на своих данных", "указал на противоречия")
VERBS_OF_NA = ("настаива", "настоя", "указ", "ссыла", "сосла", "жалова", "пожалова", "отвеча", "ответил")
# verbs of telling an account whose content a "как" clause gives ("рассказал, как его пытали")
HOW_VERBS_RU = ("рассказ", "вспомина", "вспомнил", "описал", "описыва", "описала")


def _last_comma(doc: Doc, lo: int, hi: int) -> int | None:
    for j in range(hi - 1, lo - 1, -1):
        if doc.tokens[j].text == ",":
            return j
    return None


def _only_attribution(doc: Doc, first: int, i: int, comma_ended: bool = False) -> bool:
    """True when tokens [first, i) are only punctuation and a short speaker phrase (no second clause)."""
    words = [t for t in doc.tokens[first:i] if t.is_word]
    if words and words[0].lower in CLAUSE_CONJUNCTIONS:
        return False  # '"based on hearsay," while the Foreign Ministry said ...': a clause of its own
    # '"...," Elena Milashina, the correspondent who has covered the region for a decade, said': a longer phrase
    limit = 24 if comma_ended and any(t.lower in RELATIVE_WORDS for t in words) else 12
    if len(words) > limit:
        return False
    return not any(t.text in ".;!?" for t in doc.tokens[first:i])


def _ends_clause(doc: Doc, i: int, s_hi: int) -> bool:
    """True when the verb at ``i`` is followed only by the end of its sentence or a short adverbial."""
    tokens, lowered = doc.tokens, doc.layout.words  # (s_hi <= len(tokens): no doc.word bounds checks)
    j = i + 1
    words: list[str] = []
    while j < s_hi and tokens[j].text not in ".!?;,":
        text = tokens[j].text
        if lowered[j] in ("that", "что") or text in QUOTE_CHARS or text == ":":
            return False
        if tokens[j].is_word:
            words.append(lowered[j])
        j += 1
    if j < s_hi and tokens[j].text == "," and doc.word(j + 1) in ("that", "что", "как", "будто"):
        return False
    if not words:
        return True
    if (
        tokens[i].lower in ("told", "tells", "tell")
        and words[0] in TOLD_WHOM
        and (len(words) == 1 or words[1] in ADVERBIAL_START)
    ):
        return len(words) <= 10  # "..., he told reporters on a conference call."
    if words[0] in ADVERBIAL_START:
        if doc.lang != "ru" and any(word in AUXILIARIES_EN for word in words[1:]):
            # "..., the paper said at least three of the detainees had been killed", "..., the Network says a new
            # wave of detentions has begun": a clause follows, what was said
            return False
        if words[0] == "on" and tokens[i].lower in ("called", "calls", "call"):
            return False  # "called on Russia to end impunity ...": the call follows
        if words[0] == "на" and tokens[i].lower.startswith(VERBS_OF_NA):
            return False  # "журналистка настаивает на своих данных": what she insists on follows
        return len(words) <= 10
    return tokens[i].lower in ("told", "tells", "tell") and len(words) <= 4


def _clause_start(doc: Doc, j: int, s_lo: int) -> int:
    """Character offset where the clause ending before token ``j`` starts (sentence start or after a mark)."""
    k = j - 1
    while k >= s_lo:
        text = doc.tokens[k].text
        if text in ";:" or (
            text in QUOTE_CHARS and doc.layout.quote_of_token[k] < 0 and not _inside_title(doc, k)
        ):
            opened = _opening_after_words(doc, k, s_lo)
            if opened is None:
                return doc.tokens[k].end
            k = opened  # "Заявления властей о том, что «...», — циничная ложь, считает X": the quote is inside
        k -= 1
    return doc.layout.sentences[doc.layout.sentence_of(doc.tokens[max(j, 0)].start)][0]


def _opening_after_words(doc: Doc, k: int, s_lo: int) -> int | None:
    """The opening mark's token of the quote whose closing mark is token ``k``, when words of the same sentence
    come before it (the quote is part of a clause: "о том, что «...»"); else None."""
    q_index = doc.layout.quote_at_mark.get(doc.tokens[k].start)
    if q_index is None:
        return None
    quote = doc.layout.quotes[q_index]
    if quote.close != doc.tokens[k].start:
        return None
    opening = doc.layout.token_at(quote.open)
    if opening - 1 < s_lo or not doc.tokens[opening - 1].is_word:
        return None
    return opening


# what opens a sentence whose speech verb points back at the sentence before: "Об этом журналистам в понедельник
# сообщил ...", "Об этом говорится в заявлении ..."
ABOUT_THIS = re.compile(r"\s*(?:Об|О) (?:этом|том же)(?: же)?\b[^.!?«»\"“”]{0,60}$", re.IGNORECASE)


def _trimmed(doc: Doc, cand: Candidate) -> Candidate:
    """Strip spaces, leading "that"/"что"/dashes and trailing punctuation from a candidate's span."""
    text = doc.text
    start, end = cand.start, cand.end
    while start < end and (text[start].isspace() or text[start] in ",:—–-"):
        start += 1
    lead = THAT_LEAD.match(text[start:end])
    if lead and cand.kind != "object":
        start += lead.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-."):
        end -= 1
    cand.start, cand.end = start, end
    return cand
