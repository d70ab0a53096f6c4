"""Word lists of the analyzer: speech verbs, role and organisation words, places, pronouns (English and Russian).

Russian entries are dictionary forms; :func:`role_words`, :func:`place_words` and :func:`speech_verbs` expand
them into every inflected form once per process (pymorphy3 lexemes), so matching at run time is a dictionary
look-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from crawler.analysis import morph


def words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``text`` (word lists stay readable as prose)."""
    return frozenset(text.split())


def names(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``, in order."""
    return tuple(text.split())


# --- speech verbs --------------------------------------------------------------------------------------------
# Categories: "say" takes a quote or a that-clause; "deny"/"confirm"/"call" carry stance and take an object;
# "act" are acts about the topic (declined to comment, urged, called for an investigation): usually neutral.

# the plural present of verbs seldom used as nouns ("Chechen officials insist that ...", "activists argue"); after
# "to" an infinitive, not a statement ("asked it to explain whether ...")
EN_PLURAL_PRESENT = names(
    "insist argue explain emphasize emphasise acknowledge admit concede maintain reiterate recount testify contend "
    "assert declare"
)

EN_VERBS: dict[str, tuple[str, ...]] = {
    "say": names(
        "said says say told tells tell added adds stated declared declares noted stressed stresses "
        "insisted insists claimed explained explains wrote writes write tweeted posted commented comment "
        "comments remarked argued argues warned replied responded answered asserted asserts emphasized "
        "emphasised emphasizes emphasises acknowledged admitted conceded maintained maintains repeated "
        "reiterated announced recalled recalls recounted recounts testified reported concluded observed "
        "suggested mentioned assured assures ruled rules concludes believe believes believed cautioned cautions "
        "countered counters alleges acknowledges admits reiterates states notes observes warns replies responds "
        "repeats announces testifies suggests mentions remarks tweets alleged allege held holds retorted "
        "quipped complained complains lamented laments contended contends charged clarified affirmed affirms "
        "reaffirmed underlined underscored highlighted protested objected predicted speculated reckoned "
        "confided boasted informed informs notified regretted regrets deplored deplores"
    )
    + EN_PLURAL_PRESENT,
    "deny": names(
        "denied denies deny dismissed dismisses rejected rejects refuted refutes rebuffed repudiated "
        "disputed disputes scoffed ridiculed mocked slammed blasted denounced lambasted derided deny "
        "dismiss reject refute accuse accused accuses rebuffs repudiates scoffs ridicules mocks slams denounces derides"
    ),
    "confirm": names(
        "confirmed confirms confirm documented documents found finds established verified corroborated "
        "establishes verifies corroborates"
    ),
    "call": names(
        "called calls call described describes describe labelled labeled branded termed characterised "
        "characterized labels brands terms"
    ),
    "act": names(
        "declined refused urged urges demanded demands requested asked promised pledged vowed ordered "
        "expressed voiced condemned condemns criticised criticized welcomed recommended recommends declines "
        "refuses requests promises pledges vows expresses voices criticises criticizes welcomes published "
        "publishes released releases invited invites"
    ),
}

RU_VERBS: dict[str, tuple[str, ...]] = {
    "say": names(
        "сказать заявить заявлять сообщить сообщать отметить отмечать добавить добавлять подчеркнуть отрезать посчитать "
        "подчёркивать пояснить пояснять уточнить рассказать рассказывать написать писать заметить "
        "ответить отвечать признать признавать утверждать говорить передать прокомментировать констатировать "
        "указать указывать напомнить напоминать заверить уверять настаивать высказаться объяснить поделиться признаться "
        "резюмировать цитировать процитировать считать полагать заключить свидетельствовать информировать "
        "повторить повторять вспомнить вспоминать возразить возражать отреагировать реагировать "
        "пожаловаться жаловаться посетовать сетовать возмутиться возмущаться иронизировать предположить "
        "предполагать подытожить акцентировать озвучить смеяться усмехнуться усмехаться постановить постановлять "
        "парировать"
    ),
    "deny": names(
        "опровергнуть опровергать отвергнуть отвергать отрицать открещиваться высмеять обвинить обвинять"
    ),
    "confirm": names(
        "подтвердить подтверждать задокументировать документировать зафиксировать установить выяснить "
        "найти обнаружить выявить выявлять"
    ),
    "call": names(
        "назвать называть охарактеризовать квалифицировать расценить расценивать оценить связать связывать счесть"
    ),
    "act": names(
        "отказаться отказать призвать призывать потребовать требовать попросить просить пообещать обещать выразить "
        "опубликовать обнародовать "
        "запросить поручить осудить осуждать раскритиковать рекомендовать порекомендовать посоветовать советовать"
    ),
}

# Participles continuing the previous statement ("..., adding that ...", "..., добавив, что ...").
EN_PARTICIPLES = words(
    """adding saying noting insisting stressing explaining arguing calling describing telling warning
    writing asserting claiming dismissing denying rejecting branding recalling declaring stating
    condemning urging demanding denouncing observing emphasising emphasizing acknowledging admitting
    confirming concluding finding pointing repeating reiterating accusing posting labelling labeling"""
)
RU_PARTICIPLES = words(
    """добавив отметив подчеркнув заявив сообщив пояснив назвав уточнив указав сказав признав заверив
    напомнив призвав опровергнув отвергнув отрицая утверждая подчеркивая добавляя называя осудив потребовав
    осуждая констатировав подтвердив признавая указывая отмечая повторив повторяя обвинив обвиняя написав"""
)

# Words that follow "according to" / precede a source in the genitive.
EN_ACCORDING = (
    "according to",
    "in the view of",
    "in the opinion of",
    r"in (?=(?:the )?[\w .-]{1,50}?['’]s? (?:view|opinion),)",  # "In the ministry's view, ..."
    r"in (?=(?:his|her|their|its) (?:view|opinion|words),)",  # "In her view, ...", "In her words, ..."
)
RU_ACCORDING = (
    "по словам",
    "по данным",
    "по информации",
    "по мнению",
    "со слов",
    "по сведениям",
    "по заключению",
    "по оценке",
    "по оценкам",
    "по подсчетам",
    "по подсчётам",
    "как стало известно",
    "как следует из",
)

# Auxiliaries and adverbs allowed between a subject and its speech verb ("Peskov has also repeatedly said").
EN_VERB_PREFIX = words(
    """also still later then previously repeatedly again earlier flatly categorically angrily publicly firmly
    strongly once has have had would will did does do subsequently quickly immediately reportedly
    initially first further separately personally himself herself itself themselves recently now yet
    already even emphatically vehemently consistently long since has've never not only reportedly
    allegedly officially formally openly bluntly simply went gone on to continued proceeded"""
)
RU_VERB_PREFIX = words(
    """также тоже ранее тогда уже неоднократно еще ещё позднее позже затем потом вновь снова категорически
    официально публично прямо лично сам сама сами впоследствии тут же сразу не раз однажды вчера сегодня
    накануне"""
)

EN_PRONOUNS = {"he": "masc", "she": "femn", "they": "plur", "it": "neut"}
RU_PRONOUNS = {"он": "masc", "она": "femn", "они": "plur", "оно": "neut"}

# --- roles and organisations -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A role or organisation word: its canonical token, default kind, and whether it names a body."""

    key: str
    kind: str | None
    body: bool = False  # an organisation ("ministry") rather than a person ("spokesman")
    gender: str | None = None
    plural: bool = False


# fmt: off
_ROLE_TABLE: list[tuple[str, str | None, bool, str, str]] = [
    # key, default kind, body?, English words, Russian lemmas
    ("SPOKES", "government", False,
     "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople spokespersons mouthpiece",
     "пресс-секретарь пресс-атташе"),
    ("REPRESENTATIVE", "government", False,
     "representative representatives envoy envoys delegation delegations delegate delegates",
     "представитель представительница делегация постпред делегат"),
    ("OFFICIAL", "government", False,
     "official officials functionary functionaries bureaucrat bureaucrats aide aides adviser advisers "
     "advisor advisors source sources insider insiders staffer staffers employee employees officer officers",
     "чиновник чиновница функционер источник помощник советник сотрудник сотрудница силовик заместитель "
     "полицейский"),
    ("LEADER", "government", False, "leader leaders head chief strongman ruler governor",
     "глава руководитель лидер начальник губернатор"),
    ("MAYOR", "government", False, "mayor", "мэр"),
    ("RANK", "government", False, "general colonel lieutenant-general major-general lieutenant-colonel",
     "генерал генерал-лейтенант генерал-майор генерал-полковник полковник подполковник"),
    ("INTERLOCUTOR", "person", False, "interlocutor", "собеседник собеседница"),
    ("PRESIDENT", "government", False, "president", "президент"),
    ("MINISTER", "government", False, "minister ministers secretary", "министр"),
    ("OMBUDSMAN", "government", False, "ombudsman ombudswoman ombudsperson commissioner",
     "уполномоченный омбудсмен омбудсман омбудсвумен комиссар"),
    ("SPEAKER", "government", False, "speaker chairman chairwoman chair", "спикер председатель"),
    ("DEPUTY", "government", False,
     "lawmaker lawmakers deputy deputies legislator legislators mp mps senator senators parliamentarian "
     "parliamentarians backbencher backbenchers", "депутат сенатор парламентарий"),
    ("MEP", "intergovernmental", False, "mep meps", "евродепутат"),
    ("PROSECUTOR", "government", False, "prosecutor prosecutors", "прокурор обвинитель"),
    ("PROSECUTOR", "government", True, "prosecutor's", "прокуратура генпрокуратура"),
    ("INVESTIGATOR", "government", False, "investigator investigators", "следователь"),
    ("JUDGE", "court", False, "judge judges", "судья"),
    ("DIPLOMAT", "government", False, "diplomat diplomats ambassador ambassadors", "дипломат посол"),
    ("EXPERT", None, False, "expert experts rapporteur rapporteurs", "эксперт докладчик спецдокладчик"),
    ("LAWYER", "person", False, "lawyer lawyers attorney attorneys", "адвокат юрист"),
    ("ACTIVIST", "ngo", False,
     "activist activists campaigner campaigners defender defenders researcher researchers director "
     "advocate advocates volunteer volunteers coordinator coordinators founder co-founder caseworker",
     "правозащитник правозащитница активист активистка исследователь волонтер директор координатор"),
    ("JOURNALIST", "media", False,
     "journalist journalists reporter reporters correspondent correspondents editor editors columnist "
     "presenter presenters host anchor",
     "журналист журналистка корреспондент корреспондентка редактор главред обозреватель телеведущий "
     "телеведущая комментатор"),
    ("PERSON", "person", False,
     "survivor survivors victim victims man men woman women witness witnesses resident residents relative "
     "relatives detainee detainees refugee refugees teenager student brother father mother sister son "
     "brothers fathers mothers sisters sons family families applicant applicants claimant "
     "friend friends guy people person individual individuals youth one another blogger many team entourage "
     "cleric clerics elder elders imam imams theologian theologians",
     "пострадавший жертва мужчина женщина свидетель житель жительница родственник задержанный беженец "
     "парень юноша брат отец мать сестра сын друг подруга человек блогер многие некоторые один одна другой команда "
     "окружение старейшина имам богослов"),
    ("MINISTRY", "government", True, "ministry ministries department treasury", "министерство минюст мвд мид"),
    ("AGENCY", "government", True, "agency directorate", "ведомство управление"),
    ("POLICE", "government", True, "police", "полиция"),
    ("AUTHORITIES", "government", True,
     "authorities government governments administration leadership officialdom",
     "власть правительство администрация руководство"),
    ("EMBASSY", "government", True, "embassy embassies consulate mission", "посольство консульство постпредство"),
    ("OFFICE", "government", True, "office service", "служба пресс-служба аппарат офис мэрия"),
    ("COMMITTEE", "government", True, "committee", "комитет"),
    ("COUNCIL", None, True, "council", "совет"),
    ("COURT", "court", True, "court", "суд"),
    ("PARLIAMENT", "government", True, "parliament duma assembly congress", "парламент дума конгресс"),
    ("NGO", "ngo", True,
     "group groups organisation organization organisations organizations watchdog ngo ngos charity network "
     "centre center initiative project coalition shelter shelters",
     "организация правозащитник сеть группа объединение центр проект фонд коалиция"),
    ("MEDIA", "media", True, "newspaper paper outlet magazine broadcaster website tabloid portal",
     "газета издание редакция агентство телеканал телеграм-канал сайт портал таблоид"),
    ("DOC", None, True,
     "report statement letter study findings document communique communiqué resolution channel post account "
     "page author authors review chapter",
     "доклад заявление письмо исследование документ резолюция отчет канал пост автор постановление обращение обзор "
     "раздел"),
]
# fmt: on

FEMININE_EN = words("""spokeswoman ombudswoman chairwoman woman women mother sister she her""")
MASCULINE_EN = words("""spokesman man brother father son guy he him chairman""")

# Multi-word roles, replaced before tokenising a speaker phrase.
ROLE_PHRASES = {
    "press secretary": "spokesman",
    "press officer": "spokesman",
    "press service": "service",
    "press office": "office",
    "official representative": "spokesman",
    "human rights activist": "activist",
    "human rights activists": "activists",
    "human rights defenders": "activists",
    "human rights defender": "activist",
    "rights activists": "activists",
    "rights groups": "groups",
    "rights group": "group",
    "law enforcement": "police",
    "security forces": "police",
    "security services": "police",
    "head of state": "president",
    "официальный представитель": "пресс-секретарь",
    "правоохранительные органы": "полиция",
    "правоохранительных органов": "полиция",
    "силовые структуры": "полиция",
}

# Canonical place and nation tokens; REGION is the deictic "the republic", "the region" (= Chechnya here).
# fmt: off
_PLACES: list[tuple[str, str | None, str, str]] = [
    ("CHECHNYA", "RU", "chechnya chechen chechens chechnya's", "чечня чеченский чеченец чр"),
    ("GROZNY", "RU", "grozny grozny's", "грозный"),
    ("REGION", "RU", "republic region regional republican local region's republic's",
     "республика регион региональный республиканский местный"),
    ("RUSSIA", "RU", "russia russian russians moscow federal russia's moscow's",
     "россия российский рф москва федеральный московский"),
    ("KREMLIN", "RU", "kremlin kremlin's presidential", "кремль"),
    ("US", "US", "american americans washington america usa congress congressional", "американский сша вашингтон америка конгресс"),
    ("GB", "GB", "british britain uk kingdom london", "британский британия великобритания лондон"),
    ("DE", "DE", "german germany berlin", "германия немецкий германский берлин"),
    ("FR", "FR", "french france paris", "франция французский париж"),
    ("CA", "CA", "canadian canada ottawa toronto montreal vancouver", "канада канадский оттава торонто монреаль"),
    # where foreign groups and witnesses speak from ("a Hamburg refugee-support group", "a Tbilisi shelter")
    ("DE", "DE", "hamburg munich frankfurt cologne", "гамбург мюнхен франкфурт"),
    ("GB", "GB", "english england manchester scotland edinburgh", "английский англия манчестер"),
    ("GE", "GE", "georgian tbilisi", "грузия грузинский тбилиси"),
    ("LT", "LT", "lithuania lithuanian vilnius", "литва литовский вильнюс"),
    ("UA", "UA", "ukraine ukrainian kyiv kiev", "украина украинский киев"),
    ("PL", "PL", "poland polish warsaw", "польша польский варшава"),
    ("NL", "NL", "netherlands dutch amsterdam", "нидерланды голландия нидерландский амстердам"),
    ("SE", "SE", "sweden swedish stockholm", "швеция шведский стокгольм"),
    ("NO", "NO", "norway norwegian oslo", "норвегия норвежский осло"),
    # other states whose diplomats and citizens speak ("Iceland's ambassador", "a Belgian MP", "an Irish senator")
    ("IS", "IS", "iceland icelandic reykjavik", "исландия исландский рейкьявик"),
    ("BE", "BE", "belgium belgian", "бельгия бельгийский"),
    ("AT", "AT", "austria austrian", "австрия австрийский"),
    ("CH", "CH", "switzerland swiss", "швейцария швейцарский"),
    ("IT", "IT", "italy italian rome", "италия итальянский рим"),
    ("ES", "ES", "spain spanish madrid", "испания испанский мадрид"),
    ("DK", "DK", "denmark danish copenhagen", "дания датский копенгаген"),
    ("FI", "FI", "finland finnish", "финляндия финский"),
    ("IE", "IE", "ireland irish dublin", "ирландия ирландский дублин"),
    ("AU", "AU", "australia australian canberra", "австралия австралийский канберра"),
    ("EE", "EE", "estonia estonian tallinn", "эстония эстонский таллин"),
    ("LV", "LV", "latvia latvian riga", "латвия латвийский рига"),
    ("CZ", "CZ", "czech prague", "чехия чешский прага"),
    ("UN", None, "un nations", "оон"),
    ("EU", None, "eu european", "евросоюз европейский ес"),
    ("WEST", None, "western", "западный"),
]
# fmt: on

TOPIC_WORDS_IN_TITLES = {
    "interior": "INTERIOR",
    "internal": "INTERIOR",
    "внутренний": "INTERIOR",
    "foreign": "FOREIGN",
    "иностранный": "FOREIGN",
    "justice": "JUSTICE",
    "юстиция": "JUSTICE",
    "human": "HUMAN",
    "rights": "RIGHTS",
    "человек": "HUMAN",
    "право": "RIGHTS",
}

# Abbreviations that stand for a role plus a subject ("МВД" = interior ministry).
EXPANSIONS = {
    "мвд": ("MINISTRY", "INTERIOR"),
    "мид": ("MINISTRY", "FOREIGN"),
    "минюст": ("MINISTRY", "JUSTICE"),
    "mvd": ("MINISTRY", "INTERIOR"),
    "mfa": ("MINISTRY", "FOREIGN"),
}

STOPWORDS = words(
    """the a an of for to in at on by with from and or its his her their our 's ’s this that these those
    was is are be been who which said says as also и в во на по для с со от к при о об у из за а это
    этот эта этой этого его ее её их который которая которые дело"""
)


@lru_cache(maxsize=1)
def role_words() -> dict[str, Role]:
    """Every form (English words, inflected Russian forms) of every role word -> its :class:`Role`."""
    table: dict[str, Role] = {}
    for key, kind, body, english, russian in _ROLE_TABLE:
        for word in english.split():
            gender = "femn" if word in FEMININE_EN else "masc" if word in MASCULINE_EN else None
            plural = (
                word.endswith("s")
                and word not in ("news", "boss", "witness", "press")
                or word in ("men", "women", "people", "police", "authorities", "relatives")
            )
            table.setdefault(word, Role(key, kind, body, gender, plural))
        for lemma in russian.split():
            for form in morph.inflections(lemma):
                if form in table:
                    continue
                table[form] = Role(key, kind, body, None, False)
    return table


@lru_cache(maxsize=1)
def place_words() -> dict[str, tuple[str, str | None]]:
    """Every form of every place/nation word -> (canonical token, ISO country or None)."""
    table: dict[str, tuple[str, str | None]] = {}
    for key, country, english, russian in _PLACES:
        for word in english.split():
            table[word] = (key, country)
        for lemma in russian.split():
            for form in morph.inflections(lemma):
                table.setdefault(form, (key, country))
    return table


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, tuple[str, str, str]]:
    """Every speech-verb form -> (category, lemma, gender/number of the form: masc|femn|neut|plur|any)."""
    table: dict[str, tuple[str, str, str]] = {}
    for category, words in EN_VERBS.items():
        for word in words:
            table.setdefault(word, (category, word, "any"))
    for category, infinitives in RU_VERBS.items():
        for infinitive in infinitives:
            for form, gender in morph.verb_forms(infinitive.replace("ё", "е")).items():
                table.setdefault(form, (category, infinitive, gender))
    for form in RU_PASSIVE:  # "Каримовым было заявлено, что ..."
        table.setdefault(form, ("say", form, "passive"))
    for form, gender in RU_CONVINCED.items():  # "Родственники уверены, что запись сделана под давлением"
        table.setdefault(form, ("say", form, gender))
    for form in RU_IMPERSONAL:  # "«...», — говорится в заявлении организации"
        table.setdefault(form, ("say", form, "plur"))
    return table


# short adjectives that state a conviction the way a verb would
RU_CONVINCED = {
    "уверен": "masc",
    "уверена": "femn",
    "уверены": "plur",
    "убежден": "masc",
    "убеждена": "femn",
    "убеждены": "plur",
}
RU_IMPERSONAL = (
    "говорится", "отмечается", "подчеркивается", "указывается", "сообщается", "утверждается",
    "говорилось", "отмечалось", "подчеркивалось", "указывалось", "сообщалось", "утверждалось",
    # what a document sets out: "В докладе описаны избиения, пытки электрошоком ..."
    "описаны", "описано", "приводятся", "задокументированы", "зафиксированы",
)  # fmt: skip


RU_PASSIVE = ("заявлено", "сообщено", "сказано", "отмечено", "подчеркнуто", "указано")


# political groups of the European Parliament and parties of the UK Parliament, as verbatim reports label members
EP_GROUPS = r"PPE|EPP|S&D|Renew|ALDE|Verts/ALE|ECR|ID|GUE/NGL|The Left|NI|EFDD|ENF|PfE|ESN"
UK_PARTIES = "Lab|Con|SNP|LD|Lib Dem|DUP|Lab/Co-op"
