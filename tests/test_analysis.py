"""The statement analyzer on real-style news text: quotes, reported speech, speakers, stance, topic, speed."""

from __future__ import annotations

import pickle
import time

import pytest

from crawler.analysis import Analyzer, Statement, morph, statement_similarity
from crawler.analysis.segment import Layout
from crawler.analysis.stance import classify, is_topical_text
from crawler.seeds import SEEDS_DIR, load_actors


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    # the rules alone: these tests pin rule behaviour; the learned review has tests/test_review.py
    return Analyzer(load_actors(SEEDS_DIR / "actors.toml"), review=False)


def only(statements: list[Statement], text: str) -> Statement:
    """The single statement whose quote contains ``text``."""
    found = [s for s in statements if text in s.quote]
    assert len(found) == 1, [(s.speaker, s.stance, s.quote) for s in statements]
    return found[0]


# --- segmentation -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "«Мы располагаем показаниями.\n\nОтрицание властей не меняет фактов», — говорится в заявлении.",
        '"We have the testimony.\n\nThe denials do not change the facts," the network said.',
        '"We have the testimony.\n\nMore than forty men came to us.\n\nThe denials do not change the facts," it said.',
    ],
)
def test_a_quote_goes_on_in_paragraphs_without_an_opening_mark_to_its_closing_one(text):
    (quote,) = Layout(text).quotes
    inner = text[quote.start : quote.end]
    assert inner.startswith(("Мы", "We")) and inner.rstrip(",").endswith(("фактов", "the facts"))


def test_quote_open_at_paragraph_end_continues_in_the_next_paragraph():
    text = (
        '"We have no such people here. Nobody was detained," the spokesman said. "If anyone had complaints,\n\n'
        '"they would have come to us," he added.'
    )
    layout = Layout(text)
    inner = [text[q.start : q.end] for q in layout.quotes]
    assert inner[0] == "We have no such people here. Nobody was detained,"
    assert inner[1].startswith("If anyone had complaints,") and inner[1].endswith("come to us,")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("«Это „утка“ и провокация», — сказал он.", "Это „утка“ и провокация"),
        ("„Таких людей нет“, — заявил он.", "Таких людей нет"),
        ("“Nobody is inventing this,” she said.", "Nobody is inventing this,"),
        ('"We stand by every word," the editor said.', "We stand by every word,"),
    ],
)
def test_quotation_marks_of_every_style(text, expected):
    layout = Layout(text)
    assert [text[q.start : q.end] for q in layout.quotes][0] == expected


def test_sentences_do_not_break_at_abbreviations_or_initials():
    text = "Mr. Peskov spoke to R. Kadyrov on Monday. The U.S. embassy said nothing. В. Путин промолчал."
    layout = Layout(text)
    assert len(layout.sentences) == 3


# --- morphology ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["Каримов", "Каримова", "Каримову", "Каримовым", "Каримове"])
def test_inflected_surnames_share_a_normal_form(form):
    assert "каримов" in morph.normal_forms(form)


@pytest.mark.parametrize(
    "word, gender, nominative",
    [
        ("Лапунов", "masc", True),
        ("Кадырова", "masc", False),
        ("Саратова", "femn", True),
        ("Захаровой", "femn", False),
    ],
)
def test_surname_case_follows_the_person_gender(word, gender, nominative):
    assert morph.surname_nominative(word, gender) is nominative


# --- statements: speaker, actor and stance -------------------------------------------------------------------

CASES_EN = [
    # direct quote, speaker after, appositive with the title
    (
        '"This is an absolute lie," Alvi Karimov, the Chechen leader\'s spokesman, told Interfax about the report on '
        "gay men in Chechnya.",
        "absolute lie",
        "karimov",
        "denial",
    ),
    # speaker before with a colon, multi-sentence quote
    (
        'Kremlin spokesman Dmitry Peskov said: "We have no reliable information about any detentions of gay men. '
        'People should go to the police."',
        "no reliable information",
        "peskov",
        "denial",
    ),
    # reported speech with "that"
    (
        "Human Rights Watch said it had documented the abduction and torture of dozens of gay men in Chechnya.",
        "documented the abduction",
        "hrw",
        "confirmation",
    ),
    # object verb
    (
        "Ramzan Kadyrov on Monday dismissed the reports about gay men in Chechnya as fabricated.",
        "dismissed the reports",
        "kadyrov",
        "denial",
    ),
    # pronoun resolved to the last speaker
    (
        'Tanya Lokshina said the authorities had organised the purge of gay men. "Survivors described the same '
        'basement and the same guards," she said.',
        "Survivors described",
        "lokshina",
        "confirmation",
    ),
    # role reference resolved to a title
    (
        '"Nobody has come to us with a complaint about gay people," the Chechen ombudsman said.',
        "Nobody has come",
        "nukhazhiev",
        "denial",
    ),
    # according to
    (
        "According to Novaya Gazeta, more than a hundred men suspected of being gay were detained in Chechnya.",
        "more than a hundred men",
        "novaya-gazeta",
        "confirmation",
    ),
    # a denial cited and rejected by an NGO
    (
        "Amnesty International said the authorities' denials that gay men were detained were cynical.",
        "denials",
        "amnesty",
        "confirmation",
    ),
    # negated doubt
    (
        '"We have no reason to doubt the testimonies of the gay men who fled Chechnya," a State Department '
        "spokesperson said.",
        "no reason to doubt",
        "us-state-department",
        "confirmation",
    ),
    # investigation announced: neutral
    (
        "Tatyana Moskalkova said she had asked prosecutors to check the reports about gay men in Chechnya.",
        "check the reports",
        "moskalkova",
        "neutral",
    ),
]

CASES_RU = [
    (
        "«Таких людей в Чечне нет», — заявил пресс-секретарь главы Чечни Альви Каримов.",
        "Таких людей",
        "karimov",
        "denial",
    ),
    (
        "Песков заявил, что в Кремле нет достоверной информации о задержаниях геев в Чечне.",
        "нет достоверной информации",
        "peskov",
        "denial",
    ),
    ("По словам Каримова, жалоб от гомосексуалов в Чечне не поступало.", "жалоб", "karimov", "denial"),
    (
        "Как сообщила «Новая газета», в Чечне задержаны более ста мужчин нетрадиционной ориентации.",
        "задержаны более ста",
        "novaya-gazeta",
        "confirmation",
    ),
    ("Кадыров назвал публикации о преследовании геев ложью и провокацией.", "ложью", "kadyrov", "denial"),
    (
        "Правозащитники из «Мемориала» заявили, что задержанных геев пытали током.",
        "пытали током",
        "memorial",
        "confirmation",
    ),
    (
        "Москалькова сообщила, что направила запрос в Генпрокуратуру с просьбой проверить сообщения о геях.",
        "проверить",
        "moskalkova",
        "neutral",
    ),
]


@pytest.mark.parametrize("text, fragment, actor, stance", CASES_EN)
def test_english_statements(analyzer, text, fragment, actor, stance):
    statement = only(analyzer.analyze(text, "en"), fragment)
    assert (statement.actor, statement.stance) == (actor, stance)
    assert text[statement.start : statement.end] == statement.quote


@pytest.mark.parametrize("text, fragment, actor, stance", CASES_RU)
def test_russian_statements(analyzer, text, fragment, actor, stance):
    statement = only(analyzer.analyze(text, "ru"), fragment)
    assert (statement.actor, statement.stance) == (actor, stance)
    assert text[statement.start : statement.end] == statement.quote


@pytest.mark.parametrize(
    "text",
    [
        "По словам Каримова, геев в Чечне никто не задерживал.",
        "Как заявил Каримов, геев в Чечне никто не задерживал.",
        "Каримов заявил, что геев в Чечне никто не задерживал.",
        "Ранее Каримовым было заявлено, что геев в Чечне никто не задерживал.",
        "«Геев в Чечне никто не задерживал», — сказал Каримов.",
    ],
)
def test_russian_name_in_any_case_resolves(analyzer, text):
    statements = analyzer.analyze(text, "ru")
    assert [(s.actor, s.stance) for s in statements] == [("karimov", "denial")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a named speaker's denial reported inside another's clause stands on its own; the outer clause ends
        (
            "Putin said he had discussed it with Kadyrov, who had told him that the reports were not true.",
            "en",
            [("putin", "neutral", "he had discussed it with Kadyrov"), ("kadyrov", "denial", "not true")],
        ),
        # a negated speech verb is no comment, not a denial
        (
            "The Chechen government has not responded to requests for comment on the detentions of gay men.",
            "en",
            [("chechen-government", "neutral", "requests for comment")],
        ),
        # "по словам собеседника": the interlocutor is the previous speaker
        (
            "Один из бывших задержанных, попросивший не называть его имени, рассказал Би-би-си, что его "
            "держали в подвале вместе с другими геями. По словам собеседника, некоторых задержанных "
            "больше никто не видел.",
            "ru",
            [(None, "confirmation", "его держали"), (None, "confirmation", "некоторых задержанных")],
        ),
        # a body's name with a genitive tail is still the subject
        (
            "Управление верховного комиссара ООН по правам человека заявило, что получило «заслуживающие "
            "доверия сообщения» о новых задержаниях в Чечне.",
            "ru",
            [("ohchr", "confirmation", "получило")],
        ),
        # finding no evidence to contradict the victims confirms them
        (
            'Benedek said: "I did not find even a single credible piece of evidence to contradict the '
            'victims."',
            "en",
            [("benedek", "confirmation", "contradict")],
        ),
        # "Lawmakers" speak for the parliament just named
        (
            "The European Parliament adopted a resolution on Chechnya. Lawmakers said in the text that the "
            "abductions and torture of gay men were well documented.",
            "en",
            [("european-parliament", "confirmation", "well documented")],
        ),
    ],
)
def test_nested_negated_and_referring_speakers(analyzer, text, lang, expected):
    found = [(s.actor, s.stance, s.quote) for s in analyzer.analyze(text, lang)]
    assert len(found) == len(expected), found
    for (actor, stance, quote), (want_actor, want_stance, fragment) in zip(found, expected, strict=True):
        assert (actor, stance) == (want_actor, want_stance), found
        assert fragment in quote, found
    unnamed = [s for s in analyzer.analyze(text, lang) if s.actor is None]
    assert all(s.actor_kind == "person" and s.country == "RU" for s in unnamed)  # the former detainee


@pytest.mark.parametrize(
    "text, kind, country, organization",
    [
        (
            "A Russian embassy official said the reports about gay men in Chechnya were lies.",
            "government",
            "RU",
            "Russian embassy",
        ),
        ("Officials in Grozny said no gay men had been detained.", "government", "RU", "Chechen authorities"),
        ("Human rights activists said gay men were still being detained in Chechnya.", "ngo", None, None),
        (
            "A man who said he was detained in Argun told the BBC that guards beat him with pipes.",
            "person",
            "RU",
            None,
        ),
        ("Правозащитники заявили, что задержанных геев избивали.", "ngo", None, None),
        ("A human rights activist said gay men were still being detained in Chechnya.", "ngo", "RU", None),
        # a victim's counsel speaks for the client, not for a rights group; a rights lawyer for the group
        (
            "Lapunov's lawyer, Ilya Vorontsov, said his client was beaten in a Grozny police cell.",
            "person",
            "RU",
            None,
        ),
        ("Адвокат заявителя сообщил, что его подзащитного пытали в Грозном.", "person", "RU", None),
        ("Human rights lawyers said the men were tortured in Grozny.", "ngo", "RU", None),
        # a foreign group's staff speak from where the group works
        (
            "A caseworker at a Hamburg refugee-support group said the men she met had been tortured in Chechnya.",
            "ngo",
            "DE",
            None,
        ),
        ("A Tbilisi-based activist said the men had been beaten by police in Chechnya.", "ngo", "GE", None),
        # the man who brought the case
        (
            'After the ruling, the applicant said: "Five years ago nobody believed that I was tortured in Grozny."',
            "person",
            "RU",
            None,
        ),
        # a state the speaker serves, named by its country
        (
            "Speaking for 30 states, Iceland's ambassador told the council that the abductions and torture of gay men "
            "in Chechnya must not go unpunished.",
            "government",
            "IS",
            None,
        ),
        (
            "An Irish senator said the evidence that gay men were tortured in Chechnya was overwhelming.",
            "government",
            "IE",
            None,
        ),
        # a leader's people speak as what he is
        (
            "Kadyrov's people said there were no gay men in Chechnya, so nobody could have been detained.",
            "government",
            "RU",
            None,
        ),
        # members of chambers, named in a verbatim report's turn labels
        (
            "Lord Penrith: My Lords, the evidence leaves no room for doubt that men were tortured in Chechnya.",
            "government",
            "GB",
            None,
        ),
        (
            "Marta Lindqvist (Verts/ALE). – Madam President, men have been abducted and tortured in Chechnya.",
            "intergovernmental",
            None,
            "European Parliament",
        ),
        # two relative clauses: the first one's antecedent speaks
        (
            "A rights defender who helped evacuate men from Grozny, and who asked not to be named, said the second "
            "wave of detentions of gay men in Chechnya was harsher than the first.",
            "ngo",
            "RU",
            None,
        ),
        # one of a group the role names
        (
            "«Их забирали из дома и с работы в Грозном, телефоны изымали», — рассказала одна из правозащитниц.",
            "ngo",
            None,
            None,
        ),
        (
            "Бурлаков С. Г., фракция ЛДПР. Уважаемые коллеги! Так называемое дело о преследованиях геев в Чечне — "
            "это фальшивка.",
            "government",
            "RU",
            None,
        ),
    ],
)
def test_unnamed_speakers_get_kind_country_and_body(analyzer, text, kind, country, organization):
    statements = analyzer.analyze(text)
    assert statements, text
    first = statements[0]
    assert first.actor is None
    assert (first.actor_kind, first.country) == (kind, country)
    assert first.official == (kind in ("government", "intergovernmental", "court"))
    if organization:
        assert first.organization == organization


@pytest.mark.parametrize(
    "text, actor",
    [
        # a body without a name of its own in the text is the listed body it stands for
        (
            "The Chechen authorities say nobody in the republic has ever filed a complaint.",
            "chechen-government",
        ),
        (
            "Russia's mission in Geneva described the UN experts' statement on Chechnya as biased and based on rumours.",
            "russian-mfa",
        ),
        ("Российская делегация заявила, что сообщения о пытках геев в Чечне надуманы.", "russian-mfa"),
        (
            "Investigators in Russia said they could not verify the accounts of torture in Chechnya.",
            "investigative-committee",
        ),
        ("Прокуроры заявили, что сообщения о пытках геев в Чечне не подтвердились.", "prosecutor-general"),
        ("Police in Chechnya said no gay men had been detained.", "chechen-interior-ministry"),
        (
            "Moscow's reaction, delivered by the foreign ministry, was to call the OSCE report on Chechnya biased.",
            "russian-mfa",
        ),
        # a title names its holder only when the phrase names no other country
        (
            "Глава МИД заявил: «Нам постоянно говорят о тайных тюрьмах в Чечне, но доказательств нет».",
            "lavrov",
        ),
        ("Глава МИД Литвы заявил, что мужчины, бежавшие из Чечни, подвергались пыткам.", "linkevicius"),
        (
            "Председатель парламента заявил: «Они пишут про каких-то задержанных геев, но ни одного имени нет».",
            "daudov",
        ),
        # the body an envoy is sent to is not the one he speaks for
        (
            "Russia's ambassador to the UN said the reports about gay men in Chechnya were lies.",
            "russian-mfa",
        ),
    ],
)
def test_generic_bodies_resolve_to_the_listed_body(analyzer, text, actor):
    assert [s.actor for s in analyzer.analyze(text)] == [actor]


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The United States condemns the abduction, torture and killing of men in Chechnya.",
            "us-state-department",
        ),
        (
            "The UK said men had been tortured in Chechnya because of their sexual orientation.",
            "uk-foreign-office",
        ),
        (
            "The European Union urges Russia to bring the perpetrators of the torture of gay men to justice.",
            "eeas",
        ),
        ("Евросоюз заявил, что виновные в пытках геев в Чечне должны быть наказаны.", "eeas"),
    ],
)
def test_a_state_or_union_named_as_speaker_speaks_through_its_foreign_service(analyzer, text, actor):
    statements = analyzer.analyze(text)
    assert [(s.actor, s.stance) for s in statements] == [(actor, "confirmation")]


@pytest.mark.parametrize(
    "text",
    [
        'Peskov also denied reports that President Putin was ill. "These reports are lies," he said.',
        "The Defence Ministry called reports that its aircraft had struck a hospital in Syria fabricated.",
        "Песков назвал фейком сообщения о болезни президента.",
        "Chechnya is a mostly Muslim region in Russia's North Caucasus.",
        # (a treatment for an illness is no "cure" for being gay)
        "Ramzan Kadyrov's spokesman on Wednesday denied rumours that the Chechen leader was seriously ill and had "
        "been flown to Moscow for treatment.",
        # (footage "seen before" and called staged is no evidence seen)
        'Maria Zakharova said reports that Russian aircraft had struck a market in Idlib were "another fake" '
        'circulated by the White Helmets. "We have seen this kind of staged footage many times before," she said.',
    ],
)
def test_denials_of_other_subjects_are_not_statements_about_the_reports(analyzer, text):
    assert analyzer.analyze(text) == []


@pytest.mark.parametrize(
    "text, fragment, actor",
    [
        (  # a body's name refers to the body a person just quoted works for, not to the person
            "Kheda Saratova, a member of the council, said she had received no complaints from gay men in Chechnya. "
            "The council called the reports an attempt to discredit the republic.",
            "an attempt to discredit",
            "chechen-human-rights-council",
        ),
        (  # the rapporteur is the expert named, not the body he reported to
            "Wolfgang Benedek's report for the OSCE was published on Thursday. The rapporteur concluded that men "
            "perceived as gay had been detained and tortured in Chechnya.",
            "had been detained and tortured",
            "benedek",
        ),
        (  # the ministry whose press service spoke is the ministry just named
            "The Chechen interior ministry was asked about the detentions of gay men. The ministry's press service "
            "said no such detentions took place.",
            "no such detentions",
            "chechen-interior-ministry",
        ),
        (
            "МВД Чечни получило запрос о задержаниях геев. В пресс-службе министерства заявили, что никаких "
            "задержаний не было.",
            "никаких задержаний",
            "chechen-interior-ministry",
        ),
        (  # "a spokesman" of the body that just spoke, as it was resolved: "Foreign Office" alone is the British one
            "Germany's Foreign Office said it had raised the reports of persecution of gay men in Chechnya with "
            'Moscow. "These men were detained and tortured because of who they are," a spokesman said.',
            "detained and tortured",
            "german-foreign-office",
        ),
    ],
)
def test_a_role_or_body_word_refers_to_the_actor_it_names(analyzer, text, fragment, actor):
    assert only(analyzer.analyze(text), fragment).actor == actor


@pytest.mark.parametrize(
    "text, fragment, actor, stance",
    [
        (  # a statement's title line names the author of the text below it, quoted or not
            "Заявление МИД Германии (неофициальный перевод)\n\n«Германия уже предоставила защиту нескольким "
            "людям, пережившим преследования в Чечне».",
            "предоставила защиту",
            "german-foreign-office",
            "confirmation",
        ),
        (
            "Statement by the EU Spokesperson on the situation in the Chechen Republic\n\nThe abductions and "
            "torture of gay men in Chechnya must stop, and those responsible must be brought to justice.",
            "must stop",
            "eeas",
            "confirmation",
        ),
        (  # an interview's lead names the interviewee in the genitive; the dashed answers are his
            "Фрагмент интервью главы Чечни Рамзана Кадырова зарубежному телеканалу.\n\n— Правозащитники "
            "говорят, что в республике пытали мужчин. Что вы ответите?\n\n— Это бред. У нас нет таких людей, "
            "и никто их не трогал.",
            "нет таких людей",
            "kadyrov",
            "denial",
        ),
        (  # a turn whose last sentence turns to another subject keeps its first sentences
            "Вопрос: Как вы прокомментируете доклад о Чечне?\n\nМ.В.Захарова: Ни одного конкретного факта, "
            "ни одного имени пострадавшего, ни одной жалобы представлено не было. Кстати, так же выглядят "
            "«доказательства» применения химического оружия в Сирии — очередная фальсификация.",
            "ни одной жалобы",
            "zakharova",
            "denial",
        ),
    ],
)
def test_documents_interviews_and_transcripts_name_their_speaker(analyzer, text, fragment, actor, stance):
    found = only(analyzer.analyze(text, "en" if text.isascii() else "ru"), fragment)
    assert (found.actor, found.stance) == (actor, stance)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Парламентская ассамблея Совета Европы приняла резолюцию, в которой осуждает пытки геев в Чечне.",
            "Парламентская ассамблея Совета Европы",
        ),
        (
            "Глава МИД России заявил: «Нам постоянно говорят о тайных тюрьмах в Чечне, но доказательств нет».",
            "Глава МИД России",
        ),
        # ... and starts after the date caught before it
        (
            "In April 2017 Tatyana Moskalkova said she had set up a working group on the reports of detentions of "
            "gay men in Chechnya.",
            "Tatyana Moskalkova",
        ),
        (
            "В ноябре 2023 года Верховный суд России признал, что жалобы о задержаниях геев в Чечне не подтвердились.",
            "Верховный суд России",
        ),
        # ... and without where and to whom it was said, or a title's tail cut before a full name
        (
            "«Никого не задерживали, никаких тайных тюрем у нас нет», — заявил Альви Каримов агентству.",
            "Альви Каримов",
        ),
        (
            "Рамзан Кадыров в своём Telegram-канале назвал сообщения о задержаниях геев «ложью».",
            "Рамзан Кадыров",
        ),
        (
            "Уполномоченный по правам человека в Чечне Нурди Нухажиев в разговоре с журналистами заявил, что жалоб от "
            "геев не поступало.",
            "Нурди Нухажиев",
        ),
    ],
)
def test_the_speaker_as_written_ends_before_the_verb(analyzer, text, speaker):
    assert [s.speaker for s in analyzer.analyze(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Maria Zakharova responded on Telegram within hours to the reports about gay men in Chechnya.",
        "Хеда Саратова ответила на вопросы журналистов о задержаниях геев в Чечне после заседания совета.",
        "МВД по Чеченской Республике прокомментировало распространяемые в интернете сообщения о задержаниях геев.",
    ],
)
def test_an_answer_announced_is_not_yet_a_statement(analyzer, text):
    """Where or to what someone answered says nothing until the answer itself is quoted."""
    assert analyzer.analyze(text) == []


def test_off_topic_denial_inside_an_article_about_the_reports(analyzer):
    text = (
        "Karimov said the reports about gay men in Chechnya were absolute lies. "
        "Separately, he denied that Kadyrov had been taken to hospital, calling it nonsense."
    )
    statements = analyzer.analyze(text, "en")
    assert [(s.actor, s.stance) for s in statements] == [("karimov", "denial")]


@pytest.mark.parametrize(
    "text, kind, stance",
    [
        ("did not find even indirect evidence of persecution", "government", "denial"),
        ("there is no doubt that men were tortured", "ngo", "confirmation"),
        ("this is not true", "government", "denial"),
        ("this is not true", "ngo", "confirmation"),  # an NGO's "not true" answers a denial
        ("we have no reason to doubt the accounts", "intergovernmental", "confirmation"),
        ("no complaints have been received", "government", "denial"),
        ("the ministry declined to comment", "government", "neutral"),
        ("we are deeply concerned and call for an investigation", "intergovernmental", "neutral"),
        ("жалоб не поступало", "government", "denial"),
        ("это очередная утка и вброс", "government", "denial"),
        ("задержанных били током и держали в подвале", "person", "confirmation"),
    ],
)
def test_stance_cues(text, kind, stance):
    assert classify(text, None, None, kind, "RU" if kind == "government" else None).stance == stance


def test_official_endorsing_a_denial_is_a_denial_and_an_ngo_rejecting_it_a_confirmation():
    text = "Kadyrov has said there is nothing of the kind"
    assert classify(text, None, None, "government", "RU").stance == "denial"
    assert (
        classify("he says they do not exist, which is a lie", None, None, "ngo", None).stance
        == "confirmation"
    )


@pytest.mark.parametrize(
    "text, fragment",
    [
        (  # the group opens the sentence before: not the ministry that spoke last
            "Пресс-служба МВД по Чечне заявила, что задержаний не было. Эксперты ООН по правам человека с этим "
            "не согласны. По их словам, задержанных мужчин пытают.",
            "задержанных мужчин пытают",
        ),
        (  # "эксперты" is plural: the group, not one person, so "их" can refer to it
            "Правительство Чечни назвало публикации ложью. Эксперты ООН по правам человека назвали "
            "происходящее пытками: по их словам, мужчин удерживают без суда.",
            "мужчин удерживают без суда",
        ),
        (
            "Russia's Interior Ministry said it had no information about any detentions. UN human rights "
            "experts disagreed. According to them, detainees were beaten with pipes.",
            "detainees were beaten with pipes",
        ),
    ],
)
def test_a_plural_pronoun_refers_to_the_group_just_named(analyzer, text, fragment):
    statement = only(analyzer.analyze(text), fragment)
    assert (statement.actor, statement.stance) == ("un-experts", "confirmation")


@pytest.mark.parametrize(
    "text",
    [
        "«Мне отвечают: „таких у нас нет“. А я здесь, живой», — сказал Лапунов.",
        "«Нам в полиции говорят, что никого не задерживали. Это неправда», — сказал Лапунов.",
        '"We were told that there were no gay men in Chechnya. Well, we are here," said Maxim Lapunov.',
    ],
)
def test_a_denial_told_to_a_victim_is_cited_not_made(analyzer, text):
    statement = only(analyzer.analyze(text), "")
    assert (statement.actor, statement.stance) == ("lapunov", "confirmation")


COME_AND_SEE = [  # a challenge only from the accused side
    ("«Республика открыта для всех, кто хочет увидеть правду», — сказал Каримов.", "karimov", "denial"),
    (
        '"Anyone who wants to know the truth can come to Grozny and see for themselves," Karimov said.',
        "karimov",
        "denial",
    ),
    (
        '"Let them come and see for themselves what was done to these men," said Igor Kochetkov.',
        "kochetkov",
        "confirmation",
    ),
]
NEGATED_CONFIRM = [  # a negated or refused "confirm" is no confirmation by the speaker
    ("Kremlin spokesman Dmitry Peskov said there was no reliable information to confirm the claims.", "peskov", "denial"),
    ("Tatyana Moskalkova said she had not been able to confirm the reports.", "moskalkova", "denial"),
    ("Peskov said nobody had been able to confirm the allegations.", "peskov", "denial"),
    ("Dmitry Peskov said the Kremlin cannot confirm the reports about Chechnya.", "peskov", "denial"),
    ("The Kremlin refused to confirm the reports about the detention of gay men in Chechnya.", "kremlin", "neutral"),
    ("В МВД Чечни отказались подтвердить информацию о задержаниях мужчин.", "chechen-interior-ministry", "neutral"),
    ("Human Rights Watch said it had enough evidence to confirm the reports of torture in Chechnya.", "hrw", "confirmation"),
]  # fmt: skip


ATTACKS = [  # an attacking verb takes the side opposite to its target
    (
        "Amnesty International accused the Chechen authorities of abducting and torturing gay men.",
        "amnesty",
        "confirmation",
    ),
    (
        "Human Rights Watch slammed the Kremlin's response to the reports from Chechnya.",
        "hrw",
        "confirmation",
    ),
    (
        "Zeid Ra'ad al-Hussein denounced remarks by Chechen officials which appeared to condone violence against gay men.",
        "zeid",
        "confirmation",
    ),
    ("Tanya Lokshina dismissed the official investigation as a sham.", "lokshina", "confirmation"),
    ("Kadyrov denounced the reports as lies.", "kadyrov", "denial"),
    ("Kadyrov accused Novaya Gazeta of slandering the Chechen people.", "kadyrov", "denial"),
]
NONCOMMITTAL = [  # "neither confirm nor deny" takes no side; an answer-less rhetorical question is no such answer
    (
        "Peskov said the Kremlin could neither confirm nor deny the reports from Chechnya.",
        "peskov",
        "neutral",
    ),
    (
        "Федотов заявил: «Мы не можем ни подтвердить, ни опровергнуть эту информацию, пока не будет проведено расследование».",
        "fedotov",
        "neutral",
    ),
    (
        "«Никто не встречался с пострадавшими — как можно что-то подтвердить или опровергнуть, не поговорив с ними?» — заявила Татьяна Локшина.",
        "lokshina",
        "confirmation",
    ),
]
ABSENCES = [  # denied evidence and a person's "nobody held me" are denials
    ("Представитель МВД Чечни сказал, что ему неизвестно о подобных случаях задержания геев.", "chechen-interior-ministry", "denial"),
    ("В МВД Чечни заявили, что «ничего подобного в республике не происходит» с геями.", "chechen-interior-ministry", "denial"),
    ("Посол России в Германии заявил, что российская сторона «не получила ни одного подтвержденного свидетельства» преследований геев в Чечне.", "russian-embassy-de", "denial"),
    ("In a video broadcast by Chechen state television, Khalimat Taramova said she had returned of her own free will and that nobody was holding her.", "taramova", "denial"),
    ("A young man identified as the brother of a detained man said nobody in his family had been arrested.", None, "denial"),
    ("По словам собеседника агентства в Следственном комитете, ни один человек не сообщил о задержаниях или насилии.", "investigative-committee", "denial"),
    ("Salah Mezhiev, the mufti of Chechnya, told the crowd that the newspaper had insulted the Chechen people.", "mezhiev", "denial"),
    ("Nikki Haley said: \"If these reports are true, this is a violation of human rights that cannot be ignored.\"", "haley", "neutral"),
    ("Прокуроры не нашли доказательств преследования геев в Чечне, сообщил источник в правоохранительных органах.", None, "denial"),
    ("Провластный телеграм-канал «Северный вестник» назвал новый доклад правозащитников про Чечню «сказками».", None, "denial"),
    ("Член совета «Мемориала» Олег Орлов назвал проверку «имитацией».", "orlov", "confirmation"),
    ("Независимые эксперты ООН назвали сообщения о пытках мужчин в Чечне «заслуживающими доверия».", "un-experts", "confirmation"),
    ("Kalyapin said it was not true that nobody complained: people came to us and we got them out of Chechnya.", "kalyapin", "confirmation"),
    ("Wolfgang Benedek told reporters the evidence was overwhelming that men had been detained and tortured in Chechnya.", "benedek", "confirmation"),
    ("Министерство Чеченской Республики по национальной политике, внешним связям, печати и информации расценивает публикации о преследованиях геев как провокацию.", "chechen-ministry-national-policy", "denial"),
    ("The Kremlin, which has not denied that detentions took place, said the matter was one for law enforcement agencies.", "kremlin", "neutral"),
    ("Слова Альви Каримова о том, что в Чечне «нет таких людей», перепечатали мировые издания.", "karimov", "denial"),
    ("Как стало известно «Новой газете», в Чечне идут задержания мужчин, которых силовики считают геями.", "novaya-gazeta", "confirmation"),
    ('"As of today, there are no written appeals on my desk, not one," Tatyana Moskalkova said of the reports.', "moskalkova", "denial"),
    ("“The Russian authorities must stop pretending that nothing happened in Chechnya,” said Denis Krivosheev.", "krivosheev", "confirmation"),
    ('"One year on, not a single perpetrator has been brought to justice in Chechnya," said Denis Krivosheev.', "krivosheev", "confirmation"),
    ('Igor Kochetkov said Lapunov\'s testimony "destroys the main argument of the Chechen authorities — that there are no victims."', "kochetkov", "confirmation"),
    ("In a video on Chechen state television, Khalimat Taramova said that nobody had harmed her.", "taramova", "denial"),
    ("In a video that surfaced online, Zelimkhan Bakaev said he was in Germany and everything was fine.", "bakaev", "denial"),
    ("«Никакого преследования там не было, это подтвердили все проверки», — сказал Адам Делимханов.", "delimkhanov", "denial"),
    ("Eight men told the group they had been held in Argun, and their accounts were consistent, Human Rights Watch said.", "hrw", "confirmation"),
    # the news outlet the words were given to is not the speaker
    ("«Это ложь», — заявил Интерфаксу Альви Каримов.", "karimov", "denial"),
    ("«Нас держали в подвале и били», — рассказал Радио Свобода один из бывших задержанных.", None, "confirmation"),
    ('"Officials keep telling us: \'Nobody was detained, nobody was touched.\' I still have the marks on my back," said Maxim Lapunov.', "lapunov", "confirmation"),
]  # fmt: skip
FACTS_PRESUPPOSED = [  # naming the events as facts: condemning, awaiting trial, inquiry into them, standing by it
    ("По словам Кочеткова, собранные доказательства пыток переданы в Следственный комитет, но виновные до сих пор не наказаны.", "kochetkov", "confirmation"),
    ("The European Parliament adopted a resolution condemning the persecution and killing of gay men in Chechnya and calling for targeted sanctions.", "european-parliament", "confirmation"),
    ('ILGA-Europe said survivors "are still waiting for a single perpetrator to face trial."', "ilga-europe", "confirmation"),
    ("«Сотни людей стали жертвами кампании, и никто до сих пор не понес ответственности», — сказал Пит Де Брюйн.", "de-bruyn", "confirmation"),
    ("Human Rights Watch said Russian authorities should urgently investigate the abduction, torture and killing of men presumed to be gay.", "hrw", "confirmation"),
    ("Human Rights Watch said Russian authorities should investigate the reports from Chechnya.", "hrw", "neutral"),
    ("Dmitry Muratov said the paper would not retract a single line of its reporting on Chechnya.", "muratov", "confirmation"),
    ("Дмитрий Муратов заявил, что редакция не откажется ни от одного слова в своих материалах о Чечне.", "muratov", "confirmation"),
]  # fmt: skip
PROCEDURE = [  # offers, next steps and receipts take no side, even from the accused side
    ("Peskov said anyone who had evidence of abuses in Chechnya should take it to the relevant authorities.", "peskov", "neutral"),
    ("«Указанные лица никаких претензий к полиции не имеют», — сказал Интерфаксу представитель МВД Чечни о задержаниях геев.", "chechen-interior-ministry", "denial"),
    ("Lavrov added that Russia was \"open to any concrete information\" about the men from Chechnya.", "lavrov", "neutral"),
    ("Москалькова сообщила, что её рабочая группа продолжает собирать информацию о преследованиях в Чечне.", "moskalkova", "neutral"),
    ("Russia's foreign ministry said it would respond to the UN experts on Chechnya through the appropriate channels in due course.", "russian-mfa", "neutral"),
    ("В Госдепартаменте призвали российские власти провести заслуживающее доверия расследование сообщений о Чечне.", "us-state-department", "neutral"),
    ("A spokesman for the Prosecutor General's Office confirmed receipt of the complaint about the torture of gay men in Chechnya.", "prosecutor-general", "neutral"),
    ("Меркель сказала: «Мы слышали очень тревожные сообщения о том, что происходит с гомосексуальными мужчинами в Чечне».", "merkel", "neutral"),
    ("Чеченский омбудсмен Нурди Нухажиев сказал, что готов лично выслушать каждого, кто говорит о преследованиях геев.", "nukhazhiev", "neutral"),
    ("Magomed Daudov said he was ready to meet anyone who says he was detained in Chechnya for being gay.", "daudov", "neutral"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, actor, stance",
    PROCEDURE + COME_AND_SEE + NEGATED_CONFIRM + ATTACKS + NONCOMMITTAL + ABSENCES + FACTS_PRESUPPOSED,
)
def test_side_taking_phrases_in_a_single_statement(analyzer, text, actor, stance):
    statement = only(analyzer.analyze(text), "")
    assert (statement.actor, statement.stance) == (actor, stance)


def test_a_surname_alone_is_the_person_last_named_in_full(analyzer):
    text = (
        "Svetlana Zakharova of the Russian LGBT Network said the group was still receiving calls from Chechnya. "
        '"The persecution never stopped, it just became quieter," Zakharova said. Her namesake at the Foreign '
        "Ministry, Maria Zakharova, has not commented."
    )
    statements = analyzer.analyze(text)
    assert {s.actor for s in statements} == {"zakharova-svetlana"}
    assert all(s.stance == "confirmation" for s in statements)


def test_russian_dash_speech_is_a_quote_only_when_attributed(analyzer):
    text = (
        "— Татьяна Москалькова говорит, что к ней никто не обращался.\n\n"
        "— Это неправда. Мы передали в аппарат омбудсмена материалы по нескольким десяткам случаев, — отвечает "
        "председатель правления Российской ЛГБТ-сети Игорь Кочетков. — Просто люди боятся называть свои имена."
    )
    statements = analyzer.analyze(text)
    assert only(statements, "никто не обращался").stance == "denial"  # cited in the question, by name
    answer = only(statements, "Это неправда")
    assert (answer.actor, answer.stance) == ("kochetkov", "confirmation")
    assert "люди боятся" in answer.quote  # the answer resumes after the attribution
    question = "— Что происходило с вами после задержания?\n\n— Нас били, — сказал он."
    assert all("Что происходило" not in s.quote for s in analyzer.analyze(question))


def test_live_blog_time_stamps_and_the_outlet_told_stay_out_of_speaker_and_quote(analyzer):
    text = (
        "09:40 The Russian LGBT Network says a new wave of persecution began in Chechnya in late December.\n\n"
        "10:15 Kadyrov's press secretary Alvi Karimov told Interfax the reports were absolute lies."
    )
    network, karimov = analyzer.analyze(text)
    assert network.speaker == "The Russian LGBT Network"
    assert karimov.speaker == "Kadyrov's press secretary Alvi Karimov"
    assert (karimov.quote, karimov.stance) == ("the reports were absolute lies", "denial")


def test_the_minister_is_the_person_just_introduced_as_head_of_a_ministry(analyzer):
    text = (
        "Литва приняла двух выходцев из Чечни, сообщил глава МИД Литвы Линас Линкявичюс. «Эти люди рассказали "
        "о том, что пережили», — написал министр."
    )
    statement = only(analyzer.analyze(text), "Эти люди")
    assert (statement.actor, statement.country) == ("linkevicius", "LT")  # not an unnamed Russian official


IN_CONTEXT = [  # (text, a fragment of the statement's quote, actor, stance, how the quote starts)
    pytest.param(
        "МОСКВА, 3 апреля. /ТАСС/. Кремль не располагает достоверной информацией о проблемах, связанных с "
        "представителями ЛГБТ-сообщества в Чечне. Об этом журналистам в понедельник сообщил пресс-секретарь "
        "президента РФ Дмитрий Песков.",
        "не располагает", "peskov", "denial", "Кремль не располагает",
        id="about-this-said-x-points-back-at-the-sentence-before",
    ),
    pytest.param(
        "Chechen officials say nobody has been detained in Chechnya. Igor Kalyapin disputes that.",
        "disputes", "kalyapin", "confirmation", None,
        id="disputing-the-claim-just-reported-rejects-the-accused-side",
    ),
    pytest.param(
        "Песков заявил, что в Кремле нет такой информации. У Кочеткова, председателя правления Российской "
        'ЛГБТ-сети, другая картина. "Люди звонят нам в панике. Они рассказывают о задержаниях", - заявил он.',
        "Люди звонят", "kochetkov", "confirmation", None,
        id="a-pronoun-after-a-new-topic-person-is-that-person",
    ),
    pytest.param(
        "ГРОЗНЫЙ, 14 января. /Интерфакс/ — Альви Каримов, представляющий интересы главы Чечни в отношениях с "
        "прессой, опроверг сообщения правозащитников о новых задержаниях геев в республике.",
        "опроверг", "karimov", "denial", "опроверг сообщения",
        id="a-subject-set-off-by-a-participle-is-no-inverted-speaker",
    ),
    pytest.param(
        "Министр внутренних дел Чечни Руслан Алханов заявил журналистам, что сотрудники полиции не получали "
        "подобных приказов. «Мы проверили все отделы, никаких задержаний по такому поводу не было», — сказал "
        "генерал-лейтенант.",
        "проверили все отделы", "alkhanov", "denial", None,
        id="a-bare-rank-after-a-quote-is-the-official-just-quoted",
    ),
    pytest.param(
        "Альви Каримов опроверг сообщения о задержаниях. «Это абсолютная ложь», — заявил пресс-секретарь «Интерфаксу».",
        "абсолютная ложь", "karimov", "denial", None,
        id="the-outlet-given-the-words-is-not-the-speaker",
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, fragment, actor, stance, quote_start", IN_CONTEXT)
def test_a_statement_among_others_gets_its_own_speaker_and_side(
    analyzer, text, fragment, actor, stance, quote_start
):
    statement = only(analyzer.analyze(text), fragment)
    assert (statement.actor, statement.stance) == (actor, stance)
    assert quote_start is None or statement.quote.startswith(quote_start)


TRANSCRIPTS = [  # a speaker label opens each turn of a transcript: (text, fragment, actor, kind, stance)
    pytest.param(
        "[00:15:10] HOST: And the reaction from Grozny?\n[00:15:12] MILASHINA: We had names, we had the places, "
        "and we had the dead: gay men were tortured in Argun.",
        "we had the dead", "milashina", "media", "confirmation", id="a-time-stamp-before-the-label",
    ),
    pytest.param(
        "INTERVIEWER: Were gay men detained in Chechnya?\nKADYROV (through interpreter): Nonsense, all of it. "
        "Such people do not live among us.",
        "Nonsense", "kadyrov", "government", "denial", id="an-aside-after-the-name",
    ),
    pytest.param(
        "ANNA (host): How long were you held?\nAMIR: Nine days. They kept about thirty of us in one room, and "
        "every evening they took some out and brought them back in worse shape.",
        "thirty of us", None, "person", "confirmation", id="an-unlisted-person-named-by-the-label",
    ),
    pytest.param(
        "Department Press Briefing — Mark Toner, Acting State Department Spokesperson\n\nQUESTION: Anything on "
        "the reports from Chechnya?\nMR TONER: We're aware of the reports and we're very concerned by them.",
        "very concerned", "us-state-department", "government", "neutral",
        id="a-label-surname-is-the-person-introduced-earlier",
    ),
    pytest.param(
        "Е.МИЛАШИНА: Власти республики продолжают говорить, что геев в Чечне нет. Но задержания были, пытки "
        "были — это установленные факты.",
        "пытки", "milashina", "media", "confirmation", id="initials-and-a-journalist-s-turn",
    ),
    pytest.param(
        "ДЖ. УМАРОВ: Эта кампания спланирована заранее. Ни одного подобного случая в республике зафиксировано "
        "не было.",
        "кампания", "umarov-dzhambulat", "government", "denial", id="initials-in-capitals",
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, fragment, actor, kind, stance", TRANSCRIPTS)
def test_a_transcript_turn_is_its_labelled_speaker_s_statement(analyzer, text, fragment, actor, kind, stance):
    statement = only(analyzer.analyze(text), fragment)
    assert (statement.actor, statement.actor_kind, statement.stance) == (actor, kind, stance)


def test_a_passive_inside_another_s_statement_is_theirs(analyzer):
    text = (
        "The Parliamentary Assembly of the Council of Europe adopted a resolution saying it was appalled by "
        "the persecution of gay men in Chechnya, "
        "which it said had been documented by the OSCE and the UN."
    )
    assert {s.actor for s in analyzer.analyze(text, "en")} == {"pace"}


def test_an_appeal_made_by_the_perpetrators_is_no_neutral_appeal(analyzer):
    text = (
        "Former detainees told Human Rights Watch they were beaten and given electric shocks in Argun, and that "
        "guards urged relatives to kill them."
    )
    assert [s.stance for s in analyzer.analyze(text, "en")] == ["confirmation"]


WRONG_SIDE_TRAPS = [  # each of these once came out on the wrong side in passages written elsewhere
    ('"Victims told me of beatings and electric shocks in places of detention that officially do not exist," Benedek said of gay men in Chechnya.', "benedek", "confirmation"),
    ('"I was not kidnapped, nobody is pressuring me, I am with my family," Khalimat Taramova said in the video about the LGBT claims.', "taramova", "denial"),
    ("«Мы видели эти публикации о геях, но никакими подтверждениями не располагаем», — сказал Песков.", "peskov", "denial"),
    ("Посольство России в Лондоне призвало британскую сторону «поделиться сведениями о геях, если они действительно существуют».", "russian-embassy-uk", "denial"),
    ("The UN Human Rights Committee said the state party had provided no information whatsoever in response to the complaint of the gay man.", "un-hrc", "confirmation"),
    ('"A year after the first reports, not a single perpetrator has been identified," Amnesty International said of the gay men tortured in Chechnya.', "amnesty", "confirmation"),
    ('The Chechen government said it welcomed any check of the gay men claims "because it will only confirm that there is nothing to find".', "chechen-government", "denial"),
    ("«Сколько бы они ни сочиняли сказок про чеченцев и геев, правды в них нет ни на грамм», — написал Кадыров.", "kadyrov", "denial"),
    ("Песков уточнил, что каких-либо подтверждений этим сообщениям о геях у Кремля по-прежнему нет.", "peskov", "denial"),
    ("«Подтвержденных данных о таких фактах с геями у нас по-прежнему нет», — добавил Песков.", "peskov", "denial"),
    # the sixteenth session's new sets: another's absence told as untrue ("будто"), and one's own told with it
    ("Лапунов напоминает, что в 2017 году омбудсмен Татьяна Москалькова говорила, будто к ней не поступало ни одной жалобы, хотя его заявление уже лежало у неё на столе.", "lapunov", "confirmation"),
    ("Кадыров заявил, будто в Чечне нет геев.", "kadyrov", "denial"),
    # the sixteenth session's second wave: facts named before their absence; a dismissal refused; the officials'
    # insistence named by its owner; a paper a victim was made to sign
    ("Как сообщили в Следственном комитете, «фактов, свидетельствующих о совершении преступлений в отношении геев в Чечне, не выявлено».", "investigative-committee", "denial"),
    ('"I do not consider his account to be invented, and it must be investigated properly," Moskalkova said of the gay man tortured in Grozny.', "moskalkova", "confirmation"),
    ("«Я не считаю его рассказ о пытках в Грозном выдумкой, и он должен быть надлежащим образом проверен», — сказала Москалькова.", "moskalkova", "confirmation"),
    ('"His account of torture in Grozny is not an invention," Moskalkova said.', "moskalkova", "confirmation"),
    ("Igor Kochetkov said that officials' insistence there were no complaints from gay men in Chechnya was a trap.", "kochetkov", "confirmation"),
    ('"When they let me go from the Grozny basement, they made me sign a paper saying I had no complaints," Lapunov said.', "lapunov", "confirmation"),
    # the third wave: an invitation to see "the truth"; nobody punished; a father's "made everything up"; the
    # torturers still in their posts
    ("Dzhambulat Umarov invited members of the Assembly to visit Grozny and see the truth about the gay men with their own eyes.", "umarov-dzhambulat", "denial"),
    ("Докладчик ПАСЕ Фрэнк Швабе: «Россия за пять лет не наказала ни одного человека за пытки геев в Чечне. Отрицание стало официальной политикой».", "schwabe", "confirmation"),
    ("On Chechen state television, the father of one of the gay men said his son had made everything up under the influence of foreign handlers.", None, "denial"),
    ('"Not one criminal case has been opened, and the people who ran the prisons for gay men in Chechnya are still in their posts," the Russian LGBT Network said.', "russian-lgbt-network", "confirmation"),
    ("Отец одного из мужчин заявил чеченскому телевидению, что его сын «всё выдумал» про пытки геев под влиянием иностранных кураторов.", None, "denial"),
    # the fourth wave: an absence set aside ("does not mean"); the state's inaction named
    ('"People are not going to file complaints with the same police who tortured them in Chechnya. That does not mean there were no victims," Kochetkov said.', "kochetkov", "confirmation"),
    ("«Люди не пойдут жаловаться в ту же полицию, которая их пытала в Чечне. Это не значит, что пострадавших нет», — сказал Кочетков.", "kochetkov", "confirmation"),
    ("ILGA-Europe said gay men had been beaten by state agents in Chechnya and that Russia did nothing to investigate.", "ilga-europe", "confirmation"),
    # the fifth wave: the media named as inventing; a confirmation ruled out ("не означает"); a missing
    # confirmation named first; an officer speaking on condition of anonymity
    ('"Once again the liberal media are inventing secret prisons for gays in Chechnya. Not one name, not one body, not one witness," the pro-government channel wrote.', None, "denial"),
    ("Песков уточнил, что поручение президента не означает, что Кремль считает информацию о преследованиях геев подтверждённой.", "peskov", "denial"),
    ("«Подтверждений этой информации по-прежнему нет», — подчеркнул Песков о геях в Чечне.", "peskov", "denial"),
    ("Сотрудник одного из силовых ведомств Чечни на условиях анонимности рассказал изданию, что задержания геев велись «по команде сверху».", None, "confirmation"),
    # an NGO accusing the investigators attacks the accused side
    ("The Russian LGBT Network accused the Investigative Committee of stalling and said the survivors of torture in Chechnya were ready to testify in a Russian court.", "russian-lgbt-network", "confirmation"),
    # the last wave: a denial quoted in order to judge it
    ("«Когда говорят, что таких людей нет, это фактически означает: их можно убивать», — сказала журналистка «Новой газеты» Елена Милашина.", "milashina", "confirmation"),
    # and dismissals that stay dismissals
    ('"This is not just a lie about gay men in Chechnya, it is a provocation," Karimov said.', "karimov", "denial"),
    ("Karimov said the reports about gay men in Chechnya were nothing but lies.", "karimov", "denial"),
    # a double negative: nothing published that could not be confirmed
    ("«Мы знали минимум о трёх убитых в Чечне геях и не публиковали ничего, что не могли подтвердить», — говорит Милашина.", "milashina", "confirmation"),
    ('"We published nothing that we could not verify about the torture of gay men in Chechnya," Milashina said.', "milashina", "confirmation"),
    # the fourteenth session's new sets: another reason given for a detention and no other; an official line
    # called a fiction (and why no victim comes forward)
    ("Чеченское МВД заявило, что братья задержаны как «пособники боевиков» и никаких других причин для их задержания нет.", "chechen-interior-ministry", "denial"),
    ("The Chechen interior ministry said the two gay men had been detained as accomplices of militants and that there was no other reason for their detention.", "chechen-interior-ministry", "denial"),
    ("Dmitry Muratov called that line a convenient fiction, since no victim could be expected to trust the same police who had tortured gay men in Chechnya.", "muratov", "confirmation"),
    # a dare to find one victim ("у нас" is "here", not "us"); slander "against the republic" condemned by
    # anyone; investigators who questioned nobody
    ("«Найдите мне хоть одного человека, которого у нас задержали за то, что он гей. Вы не найдёте», — сказал министр Джамбулат Умаров.", "umarov-dzhambulat", "denial"),
    ('"Show us at least one victim," Alvi Karimov told reporters asked about the gay men.', "karimov", "denial"),
    ("Старейшины и богословы на встрече в Грозном осудили «клевету» в адрес республики после публикаций о геях.", None, "denial"),
    ("Муфтий Чечни Салах Межиев заявил, что сами обвинения в преследовании геев «оскорбляют весь чеченский народ».", "mezhiev", "denial"),
    # the second wave of new sets (independent63-66): a missing record that proves nothing, and the place where
    # nobody signs; an account doubted; victims nobody questioned; a claim just reported called untrue; a line
    # confirmed (no reason to investigate); the authorities' claim named and judged; "the people he accused:"
    ('His lawyer said the absence of paperwork on the gay men held in Grozny proved nothing: "Nobody in an illegal prison signs a detention record."', None, "confirmation"),
    ("Kheda Saratova said she had never heard of Lapunov and doubted that his story of torture in Chechnya was true.", "saratova", "denial"),
    ("Хеда Саратова заявила, что впервые слышит эту фамилию и сомневается в правдивости рассказа о пытках геев.", "saratova", "denial"),
    ('Igor Kochetkov said the network had handed investigators the names of thirty gay victims, "and not one of them has been questioned."', "kochetkov", "confirmation"),
    ('Amnesty International said that claim was "simply untrue": no gay victim from Chechnya had ever been interviewed by federal investigators.', "amnesty", "confirmation"),
    ("В Amnesty International назвали это утверждение «просто неправдой»: ни одного пострадавшего гея федеральные следователи так и не опросили.", "amnesty", "confirmation"),
    ("Peskov confirmed the Kremlin still sees no reason to investigate the reports about gay men in Chechnya.", "peskov", "denial"),
    ("Песков подтвердил: в Кремле по-прежнему не видят оснований для проверки сообщений о геях в Чечне.", "peskov", "denial"),
    ("«Утверждение властей, что в Чечне нет геев, одновременно абсурдно и зловеще», — говорит Татьяна Локшина.", "lokshina", "confirmation"),
    ('His lawyer said the check on the gay men\'s complaints had been carried out by the very people Lapunov accused: "They asked the torturers whether they tortured."', None, "confirmation"),
    # the third wave (independent67-70): "agencies accused of the abuses" is passive; "Saying there are no
    # complaints is not an answer" judges the line; testimony called a provocation is dismissed, not evidence;
    # "об отсутствии достоверной информации" and "ответа, подтверждающего эти сведения, не получила" are absences
    ('Human Rights Watch said the check had been carried out by the very agencies accused of the abuses against gay men and that witnesses had not been questioned, calling the outcome "a foregone conclusion."', "hrw", "confirmation"),
    ("Tanya Lokshina: Of course nobody files complaints in Grozny. Saying there are no complaints from gay men is not an answer; it is part of the problem.", "lokshina", "confirmation"),
    ("Депутат Госдумы от Чечни Адам Делимханов назвал показания пострадавших геев «провокацией врагов чеченского народа».", "delimkhanov", "denial"),
    ("Глава республики Рамзан Кадыров назвал публикацию о геях провокацией против чеченского народа, в Кремле заявили об отсутствии достоверной информации.", "kadyrov", "denial"),
    ("Москалькова сообщила, что обратилась к руководству Чечни с просьбой проверить сообщения о новых задержаниях геев, однако ответа, подтверждающего эти сведения, пока не получила.", "moskalkova", "denial"),
    # the fourth wave (independent71-74): pretending people never existed; nothing that would confirm; the
    # authorities' statements about an absence judged; nobody ever confirmed; invented by the envious; no doubt
    ("По словам журналистки Елены Милашиной, власти Чечни делают вид, что этих убитых геев никогда не существовало.", "milashina", "confirmation"),
    ('"We have not seen anything that would confirm these reports about gay men in Chechnya," Peskov told reporters on a conference call.', "peskov", "denial"),
    ("Авторы резолюции ПАСЕ о преследовании геев в Чечне отмечают, что неоднократные заявления российских властей об отсутствии доказательств «не выдерживают критики».", "pace", "confirmation"),
    ("Magomed Daudov spoke at a session in Grozny. He said no resident of Chechnya had ever confirmed the stories about gay men.", "daudov", "denial"),
    ("Молодая женщина у рынка сказала корреспонденту ЧГТРК, что все эти публикации о геях «придумали те, кто завидует нашему спокойствию».", None, "denial"),
    ("«Мы не сомневаемся в достоверности ни одного из свидетельств о пытках геев, которые опубликовали», — добавил Дмитрий Муратов.", "muratov", "confirmation"),
    ("Елена Милашина заявила, что прокуроры не допросили ни одного человека, чьи имена им передала редакция, о задержаниях геев.", "milashina", "confirmation"),
    # the fifth wave (independent75-78): an absence in scare quotes; never heard of any camps, then "made up";
    # nobody identified who confirmed; a reply quoted by the NGO reporting it; a denial the speaker was given
    ("Дмитрий Песков сказал, что в Кремле по-прежнему нет «достоверной информации» о задержаниях геев в Чечне.", "peskov", "denial"),
    ("Кремль снова заявил, что не располагает «какими-либо достоверными сведениями» о пытках геев в Чечне.", "kremlin", "denial"),
    ('A resident of Grozny told the channel: "I have lived here all my life and have never heard of any camps for gays. It was all made up by journalists."', None, "denial"),
    ('"So far we have not identified a single person who confirmed he was detained for being gay," Tatyana Moskalkova said of Chechnya.', "moskalkova", "denial"),
    ('Human Rights Watch noted that Alvi Karimov had replied to the reports of torture of gay men by saying that "nothing of the kind happens in Chechnya".', "hrw", "confirmation"),
    ("«В прокуратуре мне сказали, что ничего не было. Я хочу, чтобы пытки геев в Чечне признали», — написал Максим Лапунов.", "lapunov", "confirmation"),
    # the sixth wave (independent79-82): a denial refused ("nobody can tell me it did not happen")
    ('"I was there. I heard other men screaming. Nobody can tell me it did not happen," Maxim Lapunov said of the prison for gay men in Argun.', "lapunov", "confirmation"),
    ("«Я сам сидел в этом подвале и слышал, как кричали другие. Никто не убедит меня, что этого не было», — сказал Максим Лапунов.", "lapunov", "confirmation"),
    # the seventh wave (independent83-86): the authorities' assurance quoted; a denial named as a tactic; "not true
    # that victims had not come forward"
    ("«Власти уверяли всех, что ничего не было. А теперь с геями в Чечне всё повторяется», — отметили в ILGA-Europe.", "ilga-europe", "confirmation"),
    ("Amnesty International said the minister's remarks were a crude attempt to deny the existence of the gay victims in Chechnya.", "amnesty", "confirmation"),
    ("Tanya Lokshina said it was simply not true that victims had not come forward about the torture of gay men in Chechnya.", "lokshina", "confirmation"),
    ("Татьяна Локшина заявила, что неправда, будто жертвы пыток геев в Чечне не обращались за помощью.", "lokshina", "confirmation"),
    # the eighth wave (independent87-90): nobody held responsible is no absence of detentions; why no victim will
    # come forward; no one has produced a single verified case; an absence "said in response" is the reply itself
    ('"Families still call us every week. Nobody has been held responsible, not a single officer," said Igor Kochetkov of the gay men detained in Chechnya.', "kochetkov", "confirmation"),
    ("Human Rights Watch said no victim will come forward while the officials accused of torturing gay men in Chechnya remain in power.", "hrw", "confirmation"),
    ('"I am only saying that no one has produced a single verified case of gay men detained in Chechnya," a pro-Kremlin blogger said.', None, "denial"),
    ('Russia\'s mission to the UN in Geneva said in response that "not a single fact cited in the reports about gay men in Chechnya has been confirmed by an investigation."', "russian-mfa", "denial"),
    # the tenth wave (independent95-98): a cleric's "no such sin among Chechens" and "enemies of our people"
    ("Имам мечети в Шали сказал, что «подобного греха у чеченцев нет и быть не может», а разговоры о задержаниях геев ведут «враги нашего народа».", None, "denial"),
    ("A Grozny imam said in his sermon that such a sin has no place among Chechens, whatever the newspapers write about gay men.", None, "denial"),
    ("Муфтият Чечни осудил публикации о якобы задержанных в республике геях.", "chechen-muftiate", "denial"),
    # the seventeenth session's wave (independent119-122): a state named in two words; a claim no one confirmed;
    # the officials' argument named by its owner between dashes
    ('Speaking at the OSCE Permanent Council in Vienna, the United Kingdom delegation said the findings "leave no doubt that serious human rights violations took place in Chechnya, including torture of LGBTI persons."', "uk-foreign-office", "confirmation"),
    ('"Not one of their stories about gays in Chechnya has ever been confirmed," the head of the republic wrote.', "kadyrov", "denial"),
    ("Elena Milashina said the officials' favourite argument - that nobody had complained - was simply cynical.", "milashina", "confirmation"),
    # the session's last wave (independent123-126): nobody punished is no absence; a counterfactual is a denial
    ("Council of Europe Human Rights Commissioner Dunja Mijatovic told the programme that two years on, not one person had been held responsible for the torture of gay men in Chechnya.", "coe-commissioner", "confirmation"),
    ('A pro-government blogger argued that "if there were hundreds of gay victims in Chechnya, at least one would have gone to the police."', None, "denial"),
    # the two left in English with the rules alone: a gerund opening the sentence names the claim; an idiom of cue words
    ("Claiming that gay men do not exist in Chechnya while those same men are being hunted down is not a rebuttal, it is a threat, Amnesty International said.", "amnesty", "confirmation"),
    ('Asked whether gay men in Chechnya were too afraid to complain, Kheda Saratova replied that Chechens "are not the kind of people who hide from the truth".', "saratova", "denial"),
    # the scripted recantations of independent92-93: a man's own story "made up"; "nobody touched him"
    ("Провластный Telegram-канал из Грозного опубликовал видео, на котором молодой человек говорит, что «выдумал» историю о своем задержании.", None, "denial"),
    ("«Мой сын врёт. Его никто не трогал в полиции Грозного», — сказал отец Мурада в эфире телеканала «Грозный».", None, "denial"),
    ("Посольство России в Вашингтоне сообщило, что ему «неизвестны какие-либо факты», подтверждающие обвинения в задержаниях геев в Чечне.", "russian-embassy-us", "denial"),
    # the twenty-third session (independent159, 162): a claim of unnamed others cited inside a turn is the turn's
    # (it had been the others' statement too, on the other side)
    ("Рамзан Кадыров (Telegram): Некоторые так называемые правозащитники снова рассказывают сказки о том, что в Чечне кого-то преследуют за ориентацию. Ни одного имени они так и не представили.", "kadyrov", "denial"),
    ("MILASHINA: We have names, we have testimony from gay men who went through the prison in Argun. The authorities say none of this happened, but that is simply not true.", "milashina", "confirmation"),
    # the second wave (independent163, 165): "no such facilities" found in the council's own statement (the council
    # "under the head of Chechnya", not the UN's); a denial named by "to tell the world that ..."
    ("The human rights council under the head of Chechnya said in a statement that it had checked the information about secret prisons for gay men and found that no such facilities had ever existed.", "chechen-human-rights-council", "denial"),
    ("\u201cTo tell the world that these gay men do not exist is to insult them a second time,\u201d said Igor Kochetkov.", "kochetkov", "confirmation"),
    # the third wave (independent167): the claim of "those who say" it, answered
    ('"Those who say there is no evidence of the detentions of gay men simply refuse to look at it," Kochetkov said.', "kochetkov", "confirmation"),
]  # fmt: skip


def test_a_name_written_before_as_someones_speaks_for_itself(analyzer):
    text = (
        'Aslan\'s father read a statement on Grozny TV. "My son is lying. Nobody touched him," he says. Aslan '
        'said he had expected it. "They brought my father in the same way they brought me. They beat me for '
        'being gay."'
    )
    statements = analyzer.analyze(text, "en")
    assert [(s.speaker, s.stance) for s in statements] == [("he", "denial"), ("Aslan", "confirmation")]
    assert "They beat me" not in statements[0].quote


def test_a_line_that_reports_speech_ends_where_a_body_named_after_v_begins(analyzer):
    text = (
        "Российская ЛГБТ-сеть сообщила о новых задержаниях в Чечне: с февраля задержаны около 20 мужчин, один "
        "погиб. В МВД Чечни сообщения о задержаниях назвали «бредом»."
    )
    network = only(analyzer.analyze(text, "ru"), "задержаны")
    assert (network.actor, network.stance) == ("russian-lgbt-network", "confirmation")
    assert "МВД" not in network.quote


def test_a_line_that_reports_speech_ends_where_another_named_speaker_begins(analyzer):
    text = (
        "Российская ЛГБТ-сеть заявила о новой волне задержаний в Чечне: по данным организации, двое задержанных "
        "погибли. Альви Каримов ответил в тот же день: «Это абсолютная ложь, никаких задержаний не было»."
    )
    statements = analyzer.analyze(text, "ru")
    assert [(s.actor, s.stance) for s in statements] == [
        ("russian-lgbt-network", "confirmation"),
        ("karimov", "denial"),
    ]
    assert "Каримов" not in statements[0].quote


@pytest.mark.parametrize("text, actor, stance", WRONG_SIDE_TRAPS)
def test_wrong_side_traps(analyzer, text, actor, stance):
    (statement,) = analyzer.analyze(text)
    assert (statement.actor, statement.stance) == (actor, stance)


def test_the_judge_of_a_court_in_grozny_denies(analyzer):
    text = (
        "A district court in Grozny has rejected a complaint by a man who says he was held because of his "
        "sexuality. The judge said there was no objective evidence that the applicant had been deprived of his "
        "liberty."
    )
    judge = only(analyzer.analyze(text, "en"), "objective evidence")
    assert (judge.actor_kind, judge.country, judge.stance) == ("court", "RU", "denial")


def test_a_coordinated_clause_with_its_own_speaker_is_theirs(analyzer):
    text = (
        'Chechen ombudsman Nurdi Nukhazhiev said he had received "not a single appeal" about gay men, and Adam '
        "Delimkhanov, Chechnya's man in the State Duma, called the reporting a campaign of slander."
    )
    statements = analyzer.analyze(text, "en")
    assert [(s.actor, s.stance) for s in statements] == [("nukhazhiev", "denial"), ("delimkhanov", "denial")]
    assert "Delimkhanov" not in statements[0].quote


def test_radio_guest_in_capitals_is_a_speaker_and_the_host_s_why_is_no_statement(analyzer):
    text = (
        "ВЕДУЩИЙ: В студии социолог, профессор Высшей школы экономики Олег Мартынов. Почему власти так упорно всё "
        "отрицают?\n\n"
        "МАРТЫНОВ: Признать — значит признать, что в регионе действует система вне закона. Свидетельств "
        "задержаний геев за эти годы накоплено очень много."
    )
    statements = analyzer.analyze(text, "ru")
    assert [(s.speaker, s.stance) for s in statements] == [("МАРТЫНОВ", "confirmation")]


ONE_STATEMENT = [  # (text, language, what the one statement found must be)
    # speakers named by words the lexicon once missed: a friend, a directorate, a state prosecutor, a statement
    # quoted in the past tense
    pytest.param(
        "«Его остановили на блокпосту в Грозном и избили», — рассказала подруга певца.",
        "ru", {"actor_kind": "person", "country": "RU", "stance": "confirmation"}, id="подруга",
    ),
    pytest.param(
        "Северо-Кавказское управление Следственного комитета сообщило, что проверка не выявила фактов преступлений "
        "в отношении геев в Чечне.",
        "ru", {"actor": "investigative-committee", "stance": "denial"}, id="управление-следственного-комитета",
    ),
    pytest.param(
        "Государственный обвинитель назвал доводы защиты о преследовании геев в Чечне «выдумкой».",
        "ru", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="государственный-обвинитель",
    ),
    pytest.param(
        "«Геев в Чечне нет и никогда не было», — говорилось в заявлении правительства республики.",
        "ru", {"actor": "chechen-government", "stance": "denial"}, id="говорилось-в-заявлении",
    ),
    # a quote whose speaker after it is nobody the resolver knows is not the previous speaker's
    pytest.param(
        "Мужчины рассказали журналистам о пытках в чеченской полиции. «Никаких тюрем не было», — говорит ведущий "
        "программы.",
        "ru", {"stance": "confirmation", "quote": "журналистам о пытках в чеченской полиции"},
        id="a-quote-said-by-someone-unknown-after-it",
    ),
    # a wire's source quoted by a described speaker; a recording played in a programme, its speaker in an aside
    pytest.param(
        "The agency also quoted a source in the Chechen Interior Ministry as saying that no complaints about gay men "
        "had been received.",
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="quoted-a-source-as-saying",
    ),
    pytest.param(
        "HOST: Dzhambulat Umarov, the Chechen minister for press, was one of the few officials willing to go on air "
        "in 2017.\n\nCLIP (UMAROV): There is no such phenomenon in our society, no gay men in Chechnya.",
        "en", {"actor": "umarov-dzhambulat", "stance": "denial"}, id="a-clip-and-its-speaker-in-an-aside",
    ),
    # a participle's subject after "with"; a wire's source who said it; a website; nothing ruled out
    pytest.param(
        "Officials in Grozny were less cautious, with a senior official in the republic's administration calling "
        'the reports about gay men "pure invention from start to finish."',
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial", "speaker": "a senior official in "
        "the republic's administration"}, id="with-a-senior-official-calling",
    ),
    pytest.param(
        "RIA Novosti quoted an unnamed Chechen government official who called the reports about gay men \"another "
        'round of Western hysteria about nothing."',
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="quoted-an-official-who-called",
    ),
    pytest.param(
        'The pro-government website Vzglyad called the reports of gay men being tortured in Chechnya "a publicity '
        'stunt built on myths."',
        "en", {"actor_kind": "media", "country": "RU", "stance": "denial"}, id="a-website",
    ),
    pytest.param(
        'Asked whether the accounts of gay men in Chechnya could be true, Moskalkova said she "would not rule '
        'anything out until the checks are complete."',
        "en", {"actor": "moskalkova", "stance": "neutral"}, id="would-not-rule-anything-out",
    ),
    pytest.param(
        "Москалькова сказала, что ничего не исключает, пока проверка по сообщениям о геях в Чечне не завершена.",
        "ru", {"actor": "moskalkova", "stance": "neutral"}, id="ничего-не-исключает",
    ),
    # an official of a foreign city the sentence names first; a witness there is still from Chechnya
    pytest.param(
        "At a reception in Paris city hall for refugees from the North Caucasus, the deputy mayor said the men "
        'present had "lived through the prisons that Moscow pretends never existed."',
        "en", {"actor_kind": "government", "country": "FR", "stance": "confirmation"}, id="a-deputy-mayor-in-paris",
    ),
    pytest.param(
        "At an asylum hearing in Hamburg, a 31-year-old man told the court that police in Grozny had beaten him for "
        "being gay.",
        "en", {"actor_kind": "person", "country": "RU", "stance": "confirmation"}, id="a-witness-heard-in-hamburg",
    ),
    # a participle after the person's name or after "was"; "in her view"
    pytest.param(
        "The exile YouTube show replayed a clip of Kadyrov insisting in 2017 that there were no gay people in "
        "Chechnya at all.",
        "en", {"actor": "kadyrov", "stance": "denial"}, id="a-clip-of-kadyrov-insisting",
    ),
    pytest.param(
        'Chechen television showed parliament speaker Magomed Daudov telling elders that the republic "has no '
        'such problem" with gay men.',
        "en", {"actor": "daudov", "stance": "denial"}, id="showed-daudov-telling",
    ),
    pytest.param(
        "By 2019 the ombudsman Tatyana Moskalkova was telling reporters that checks had not confirmed a single case "
        "of gay men being tortured.",
        "en", {"actor": "moskalkova", "stance": "denial"}, id="was-telling-reporters",
    ),
    pytest.param(
        "Milashina has covered Chechnya for years. In her view, the campaign of torture against gay men had been "
        "coordinated at the top of the republic's security apparatus.",
        "en", {"actor": "milashina", "stance": "confirmation"}, id="in-her-view",
    ),
    # the UN's special rapporteurs, not the OSCE's rapporteur
    pytest.param(
        '"These are not isolated incidents," the special rapporteurs said of the torture of gay men in Chechnya.',
        "en", {"actor": "un-experts", "stance": "confirmation"}, id="the-special-rapporteurs",
    ),
    pytest.param(
        "The special rapporteur on torture said the detentions of gay men in Chechnya were not isolated incidents.",
        "en", {"actor": "un-experts", "stance": "confirmation"}, id="the-special-rapporteur-on-torture",
    ),
    pytest.param(  # a place that "could not be established" is an absence
        "Источник в ведомстве добавил, что место, где якобы удерживали геев из Чечни, установить не удалось.",
        "ru", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="установить-не-удалось",
    ),
    # a dismissal named as an information operation; a subject named only as a time ("timed to the elections")
    pytest.param(
        "A Grozny resident told the channel that the stories about gay men being detained were an information "
        "operation by the West.",
        "en", {"actor_kind": "person", "stance": "denial"}, id="an-information-operation",
    ),
    pytest.param(
        "Житель Грозного сказал телеканалу, что истории о задержаниях геев — это информационная операция Запада.",
        "ru", {"actor_kind": "person", "stance": "denial"}, id="информационная-операция",
    ),
    pytest.param(
        "Officials in Grozny called the publication a provocation timed to the elections.",
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="timed-to-the-elections",
    ),
    # speakers named by family ties, by a seat in a parliament or in the European Parliament
    pytest.param(
        "According to the family, the young man was detained at a checkpoint in Grozny in 2017 and tortured "
        "because he was gay.",
        "en", {"speaker": "the family", "actor_kind": "person", "country": "RU", "stance": "confirmation"},
        id="according-to-the-family",
    ),
    pytest.param(
        "His mothers said he was detained in Grozny in 2017 and tortured because he was gay.",
        "en", {"actor_kind": "person", "country": "RU", "stance": "confirmation"}, id="a-plural-family-tie",
    ),
    pytest.param(
        "A Labour backbencher told the debate that gay men had been tortured in secret prisons in Chechnya.",
        "en", {"actor_kind": "government", "country": "GB", "stance": "confirmation"}, id="a-backbencher",
    ),
    pytest.param(
        "A Dutch MEP said the men tortured in Chechnya for being gay deserved protection in Europe.",
        "en", {"actor_kind": "intergovernmental", "country": "NL", "stance": "confirmation"}, id="an-mep",
    ),
    pytest.param(
        "The Russian LGBT Network said statements by federal officials that 'no victims have come forward' are "
        "untrue: several gay men from Chechnya have submitted written complaints.",
        "en", {"actor": "russian-lgbt-network", "stance": "confirmation"}, id="statements-by-officials-that-are-cited",
    ),
    pytest.param(
        "A spokesperson for Rainbow Railroad, the Toronto-based charity that helped him leave Russia, said it had "
        "relocated dozens of Chechen men who had fled detention and torture since 2017.",
        "en", {"actor_kind": "ngo", "official": False, "stance": "confirmation"},
        id="an-unlisted-organisation-s-spokesperson-is-no-state-official",
    ),
    pytest.param(
        '"The gay men we are helping are not statistics; each has bruises and a story that matches the others," '
        "said Igor Kochetkov, who chairs the Network's board.",
        "en", {"actor": "kochetkov", "stance": "confirmation"}, id="a-story-that-matches-is-no-other-subject",
    ),
    pytest.param(
        'Global Affairs Canada said in a statement that Canada "condemns the persecution of LGBTQ2 people in Chechnya".',
        "en", {"actor": "canada-global-affairs", "stance": "confirmation"}, id="a-condemnation-quoted-names-facts",
    ),
    pytest.param(
        '"They put a plastic bag over my head and asked for the names of my gay friends," said the man from Grozny.',
        "en", {"stance": "confirmation"}, id="what-captors-asked-for-is-no-appeal",
    ),
    pytest.param(
        "«Каждый из этих людей рассказал нам о задержаниях и побоях в Чечне», — сказал представитель организации.",
        "ru", {"actor_kind": "ngo", "official": False, "stance": "confirmation"},
        id="an-organisation-s-representative-speaks-for-it",
    ),
    pytest.param(
        "Федеральный омбудсмен Татьяна Москалькова — о проверке сообщений из Чечни.\n\n"
        "— Пострадавшие геи к вам обращались?\n\n"
        "— Письменных заявлений от самих пострадавших ко мне пока не поступало.",
        "ru", {"actor": "moskalkova", "stance": "denial"}, id="an-interview-lead-names-the-interviewee-before-a-dash",
    ),
    pytest.param(
        "The Foreign Office has raised the reports with Moscow. \"We have made clear to the Russian authorities that "
        'the abuse of gay men in Chechnya must stop," the minister for Europe said.',
        "en", {"country": "GB", "official": True, "stance": "confirmation"},
        id="an-unnamed-minister-belongs-to-the-government-just-named",
    ),
    pytest.param(
        '"These are acts of persecution and violence on an unprecedented scale," UN human rights experts said of the '
        "detentions of gay men in Chechnya.",
        "en", {"actor": "un-experts", "stance": "confirmation"}, id="acts-of-persecution-are-facts",
    ),
    pytest.param(
        "Группа независимых экспертов ООН призвала Россию положить конец преследованиям мужчин, которых считают "
        "геями, в Чечне.",
        "ru", {"actor": "un-experts", "stance": "confirmation"}, id="demanding-an-end-to-the-persecution",
    ),
    pytest.param(
        "«Мы призываем привлечь к уголовной ответственности сотрудников, причастных к пыткам геев», — говорится в "
        "заявлении «Мемориала».",
        "ru", {"actor": "memorial", "stance": "confirmation"}, id="demanding-criminal-liability",
    ),
    pytest.param(
        "The Chechen interior ministry said it was ready to examine any complaint from gay men but had received none.",
        "en", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="received-none",
    ),
    pytest.param(
        "Zakharova recalled that Russian investigators had checked every allegation about gay men in Chechnya and "
        "had not found a single victim.",
        "en", {"actor": "zakharova", "stance": "denial"}, id="not-found-a-single-victim",
    ),
    pytest.param(
        "«Эта тема про геев в Чечне раздувается искусственно, без единого проверенного факта», — сказала Захарова.",
        "ru", {"actor": "zakharova", "stance": "denial"}, id="without-a-single-verified-fact",
    ),
    pytest.param(
        "В МВД Чечни заявили, что сведениями о задержаниях геев в республике не располагают.",
        "ru", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="information-they-do-not-have",
    ),
    pytest.param(
        "Минюст России сообщил, что доводы о преследовании геев в Чечне проверялись и не нашли подтверждения.",
        "ru", {"actor": "russian-justice-ministry", "stance": "denial"}, id="checked-and-not-confirmed",
    ),
    pytest.param(
        "Лавров отметил, что по Чечне «пока речь идет исключительно о газетных публикациях» про геев.",
        "ru", {"actor": "lavrov", "stance": "denial"}, id="only-newspaper-publications",
    ),
    pytest.param(
        "Правозащитница из небольшой дагестанской организации «Голос гор», пожелавшая остаться неизвестной, "
        "подтвердила, что к ним обращалась родственница одного из задержанных геев.",
        "ru", {"actor_kind": "ngo", "stance": "confirmation"}, id="a-short-quoted-name-after-organisation-is-no-speech",
    ),
    pytest.param(
        "@RussianEmbassy: Claims of persecution of gay people in Chechnya were checked and not confirmed. We urge "
        "British media to stop spreading fakes.",
        "en", {"actor": "russian-embassy-uk", "stance": "denial"}, id="a-social-media-handle-names-its-owner",
    ),
    pytest.param(
        "Ruslan, 31, says he was beaten with a plastic pipe in a police basement in Grozny.",
        "en", {"actor_kind": "person", "speaker": "Ruslan", "stance": "confirmation"},
        id="an-unlisted-person-with-his-age-in-apposition",
    ),
    pytest.param(
        "GROZNY, May 2 — Maxim Lapunov on Friday spoke to reporters, telling them that he had been held for twelve "
        "days and beaten.",
        "en", {"actor": "lapunov", "speaker": "Maxim Lapunov", "stance": "confirmation"},
        id="a-participle-after-a-dated-dateline",
    ),
    pytest.param(
        "Европейский суд по правам человека пришёл к выводу, что заявителя пытали сотрудники полиции в Грозном "
        "из-за его ориентации.",
        "ru", {"actor": "echr", "stance": "confirmation"}, id="came-to-the-conclusion-spelt-with-yo",
    ),
    pytest.param(
        '"They told my mother I was sick and that they would cure me in a cellar in Argun," said Islam, 24.',
        "en", {"actor_kind": "person", "stance": "confirmation"}, id="an-illness-to-cure-is-no-other-subject",
    ),
    pytest.param(
        '"The authorities\' claim that there is nothing to investigate is simply false," said Tanya Lokshina.',
        "en", {"actor": "lokshina", "stance": "confirmation"}, id="a-claim-of-nothing-to-investigate-rejected",
    ),
    pytest.param(
        "Kadyrov's team says the reports of a purge are lies.",
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial"}, id="the-leader-s-team",
    ),
    pytest.param(
        "The Court held that there had been a violation of Article 3, observing that the authorities had failed to "
        "carry out an effective investigation into the allegations of torture.",
        "en", {"actor_kind": "court", "stance": "confirmation"}, id="failed-to-carry-out-an-investigation",
    ),
    pytest.param(
        "The Chechen interior ministry states that no resident of the republic has been detained for his "
        "orientation.",
        "en", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="a-body-states-in-the-present",
    ),
    pytest.param(
        "Посольство России в Лондоне заявило, что британские «озабоченности» основаны на непроверенных публикациях.",
        "ru", {"actor": "russian-embassy-uk", "stance": "denial"}, id="unverified-publications",
    ),
    pytest.param(
        "Российская делегация отказалась сотрудничать, заявив, что запуск механизма — «политически мотивированная "
        "акция, не имеющая под собой фактической основы».",
        "ru", {"actor_kind": "government", "stance": "denial"}, id="without-a-factual-basis",
    ),
    pytest.param(
        "Представитель МИД Германии заявил, что пострадавшие в Чечне до сих пор ждут справедливости.",
        "ru", {"actor": "german-foreign-office", "stance": "confirmation"}, id="still-waiting-for-justice",
    ),
    pytest.param(
        "«Мы знаем имена погибших в Чечне и передали их следователям», — сказала Елена Милашина.",
        "ru", {"actor": "milashina", "stance": "confirmation"}, id="we-know-the-names",
    ),
    pytest.param(
        "Later in the programme, a survivor who gave his name only as Amir said guards in Argun had beaten him "
        "every day for a week.",
        "en", {"actor_kind": "person", "speaker": "Amir", "stance": "confirmation"},
        id="a-witness-under-the-name-he-gave",
    ),
    pytest.param(
        "Timur — not his real name — keeps his coat on in the safe house. \"They wanted names, always names,\" he "
        "says.",
        "en", {"actor_kind": "person", "speaker": "he", "stance": "confirmation"},
        id="he-is-the-witness-under-a-name-not-his-own",
    ),
    pytest.param(
        "PACE adopted a resolution on Chechnya. Members of the Russian delegation voted against. One of them told "
        "reporters that the text was built on anonymous testimony and newspaper gossip.",
        "en", {"actor_kind": "government", "country": "RU", "speaker": "One of them", "stance": "denial"},
        id="one-of-the-group-just-named",
    ),
    pytest.param(
        "Asked about the reports from Chechnya, Sergei Lavrov answered at length. \"Our law enforcement agencies "
        "checked all of this. They found no confirmation,\" the foreign minister said.",
        "en", {"actor": "lavrov", "speaker": "the foreign minister", "stance": "denial"},
        id="the-title-of-the-person-just-named",
    ),
    pytest.param(
        "Months after a singer vanished in Grozny — activists say he was among the men detained in the 2017 purge — "
        "local television aired a video in which his cousin said the family had no complaints.",
        "en", {"actor_kind": "ngo", "stance": "confirmation"}, id="a-clause-between-dashes-ends-at-the-dash",
    ),
    pytest.param(
        '"Canada condemns the targeting, detention and torture of people because of their sexual orientation," the '
        'spokesperson for Global Affairs Canada added, "and we continue to call for those responsible to face '
        'justice."',
        "en", {"actor": "canada-global-affairs", "stance": "confirmation"}, id="events-condemned-inside-a-quote",
    ),
    pytest.param(
        '"You are asking about people who do not live among us," Kadyrov said when asked about gay men.',
        "en", {"actor": "kadyrov", "stance": "denial"}, id="the-interviewer-asks-not-the-speaker",
    ),
    pytest.param(
        "Magomed Daudov, the speaker of the Chechen parliament and one of Kadyrov's closest allies, described the "
        'reports as "a provocation by people who hate Chechnya".',
        "en", {"actor": "daudov", "stance": "denial"}, id="an-appositive-joined-by-and-is-still-the-name-s",
    ),
    pytest.param(
        "A gathering of religious leaders and elders at the central mosque in Grozny adopted a resolution calling "
        'the publications about gay men "slander against the Chechen people".',
        "en", {"actor_kind": "person", "speaker": "elders", "stance": "denial"},
        id="religious-leaders-and-elders-hold-no-office",
    ),
    pytest.param(
        "«Мы получили достоверную информацию о том, что задержанных удерживают в неофициальных местах "
        "содержания и подвергают жестокому обращению», — говорится в заявлении экспертов ООН.",
        "ru", {"actor": "un-experts", "stance": "confirmation"}, id="information-about-what-follows-that",
    ),
    pytest.param(
        "Автор материала Елена Милашина возразила, что редакция располагает именами задержанных в Чечне.",
        "ru", {"actor": "milashina", "stance": "confirmation"}, id="she-objected-that-the-paper-has-the-names",
    ),
    pytest.param(
        "«Эти люди рассказали нам, как их избивали и пытали электрошоком, требуя выдать других», — рассказала "
        "Татьяна Локшина.",
        "ru", {"actor": "lokshina", "stance": "confirmation"}, id="the-torturers-demand-is-no-appeal",
    ),
    pytest.param(
        "A spokesman for the German Foreign Office said it was time to stop denying the obvious in Chechnya.",
        "en", {"actor": "german-foreign-office", "stance": "confirmation"}, id="stop-denying-the-obvious",
    ),
    pytest.param(
        "Memorial, the Moscow-based rights group, said the officials' comments were \"not a denial but a "
        "confession\" and showed that no victim of the Chechnya purge could safely turn to them.",
        "en", {"actor": "memorial", "stance": "confirmation"}, id="a-generic-description-names-no-other-group",
    ),
    pytest.param(
        "A senior official in the Chechen leader's administration, who talked on condition that he not be named "
        "because he was not authorised to speak to foreign journalists, waved a hand and said that the stories "
        'about gay men being tortured had been "written in Washington".',
        "en", {"actor_kind": "government", "country": "RU", "stance": "denial"},
        id="a-because-inside-a-relative-clause-is-not-the-subject-s-end",
    ),
    pytest.param(
        "They also expressed alarm at public statements by officials, including a Chechen spokesperson quoted as "
        "saying that gay men simply did not exist in the republic, UN experts said.",
        "en", {"actor": "un-experts", "stance": "confirmation"}, id="a-denial-quoted-as-said-is-cited",
    ),
    pytest.param(
        "Бенедек представил доклад о Чечне. По его заключению, сообщения о преследованиях ЛГБТИ-людей "
        "«подтверждаются многочисленными достоверными свидетельствами».",
        "ru", {"actor": "benedek", "stance": "confirmation"}, id="by-his-conclusion",
    ),
    pytest.param(
        "Олег Орлов напомнил, что в 2019 году правозащитники передали в СК фамилии силовиков, причастных к пыткам "
        "геев в Чечне.",
        "ru", {"stance": "confirmation"}, id="names-of-perpetrators-handed-over",
    ),
    pytest.param(
        "Российская ЛГБТ-сеть требует от Следственного комитета России возбудить уголовное дело о пытках в Чечне.",
        "ru", {"actor": "russian-lgbt-network", "stance": "confirmation"}, id="a-criminal-case-demanded",
    ),
    pytest.param(
        "Elena Milashina keeps the names in a notebook. The Novaya Gazeta correspondent says she and her colleagues "
        "have confirmed the identities of more than two dozen men held in Argun.",
        "en", {"actor": "milashina", "stance": "confirmation"}, id="the-outlet-s-correspondent-just-named",
    ),
    pytest.param(
        "MOSCOW (Reuters) - The Interior Ministry said its own inquiries had found no confirmation of the "
        "newspaper's claims about gay men in Chechnya.",
        "en", {"actor": "russian-interior-ministry", "stance": "denial"}, id="a-bare-interior-ministry-is-russia-s",
    ),
    pytest.param(
        '"For seven years Russian investigators told me that what happened to me in that basement could not be '
        'confirmed," Maxim Lapunov said after the judgment.',
        "en", {"actor": "lapunov", "stance": "confirmation"}, id="what-investigators-told-the-victim-is-cited",
    ),
    pytest.param(
        '"If someone has specific information about gay men in Chechnya, let them hand it over. So far we have seen '
        'only newspaper articles," Lavrov told a news conference.',
        "en", {"actor": "lavrov", "stance": "denial"}, id="seen-only-newspaper-articles",
    ),
    pytest.param(
        "Депутат Госдумы Адам Делимханов назвал решение Страсбурга по делу о пытках в Чечне «политическим заказом, "
        "не имеющим ничего общего с правдой».",
        "ru", {"actor": "delimkhanov", "stance": "denial"}, id="nothing-in-common-with-the-truth",
    ),
    pytest.param(
        "«Они называли меня больным, били шлангом и требовали назвать имена других», — рассказал Би-би-си "
        "мужчина, которого удерживали в Грозном.",
        "ru", {"actor_kind": "person", "stance": "confirmation"}, id="the-captors-called-him-sick",
    ),
    pytest.param(
        '"Two years on, not a single person has been brought to justice for the abductions and torture of gay men in '
        'Chechnya," said Marie Struthers, Amnesty International\'s Director for Eastern Europe and Central Asia.',
        "en", {"actor_kind": "ngo", "stance": "confirmation"}, id="an-appositive-title-with-and-after-the-name",
    ),
    pytest.param(
        "Dzhambulat Umarov, Chechnya's minister for nationalities, press and information, told the BBC that the "
        'reports about gay men were part of an "information war" against the republic.',
        "en", {"actor": "umarov-dzhambulat", "stance": "denial"}, id="a-list-inside-the-appositive",
    ),
    pytest.param(
        '"We are aware of the violent persecution of gay men in Chechnya," a spokesperson for Global Affairs Canada '
        "said.",
        "en", {"actor": "canada-global-affairs", "stance": "confirmation"}, id="aware-of-the-events-not-the-reports",
    ),
    pytest.param(
        "Amnesty International urged Moscow to hold those responsible for the abductions of gay men to account.",
        "en", {"actor": "amnesty", "stance": "confirmation"}, id="hold-those-responsible-to-account",
    ),
    pytest.param(
        "The European Court of Human Rights found violations of the ban on torture in the case of a man detained "
        "in Grozny in 2017.",
        "en", {"actor": "echr", "stance": "confirmation"}, id="a-court-found-violations",
    ),
    pytest.param(
        "Activists have alleged that police officers in Argun ran a secret prison for gay men.",
        "en", {"actor_kind": "ngo", "stance": "confirmation"}, id="alleged-that-is-a-claim",
    ),
    pytest.param(
        "Adlan Tsakayev, who was held in Argun in 2017 and now lives in Berlin, argued that the detentions of gay "
        "men had never really stopped.",
        "en", {"speaker": "Adlan Tsakayev", "actor_kind": "person", "stance": "confirmation"},
        id="an-unlisted-name-before-who-is-a-person",
    ),
    pytest.param(
        "«Меня забрали прямо с работы и три дня били шлангом», — рассказал «Кавказ.Реалиям» житель Грозного.",
        "ru", {"actor": None, "actor_kind": "person", "stance": "confirmation"},
        id="the-outlet-told-between-verb-and-speaker",
    ),
    pytest.param(
        "Совет при главе Чеченской Республики по развитию гражданского общества и правам человека назвал "
        "сообщения о задержаниях геев «ложью».",
        "ru", {"actor": "chechen-human-rights-council", "stance": "denial"}, id="a-body-s-name-with-and",
    ),
    pytest.param(
        '"You cannot persecute people who do not exist in the republic," Alvi Karimov, the spokesman for the '
        "Chechen leader, Ramzan Kadyrov, told Interfax.",
        "en", {"actor": "karimov", "stance": "denial"}, id="the-name-after-the-role-it-names-is-not-the-speaker",
    ),
    pytest.param(
        "Salekh Magamadov, 20, and Ismail Isaev, 17, ran an opposition chat group. Magamadov had earlier said he "
        "was beaten in custody in Grozny.",
        "en", {"speaker": "Magamadov", "actor_kind": "person", "stance": "confirmation"},
        id="a-surname-of-a-person-introduced-earlier",
    ),
    pytest.param(
        "Один из бывших задержанных, житель Грозного, согласился поговорить с корреспондентом. По его словам, его "
        "несколько дней держали в подвале и били током за то, что он гей.",
        "ru", {"actor_kind": "person", "stance": "confirmation"}, id="po-ego-slovam-is-the-witness-not-the-reporter",
    ),
    # tenth session
    pytest.param(
        "Ислам (имя изменено) рассказал «Новой газете», что его задержали в марте на блокпосту под Грозным, когда "
        "полицейские нашли в его телефоне переписку с другим мужчиной.",
        "ru", {"speaker": "Ислам", "actor_kind": "person", "stance": "confirmation"},
        id="a-first-name-speaks-and-police-find-a-thing",
    ),
    pytest.param(
        "«Людей держали в незаконных местах содержания, где пытали подозреваемых», — рассказал Павел Ермаков.",
        "ru", {"speaker": "Павел Ермаков", "actor_kind": "person", "stance": "confirmation"},
        id="an-unlisted-full-name-after-the-verb",
    ),
    pytest.param(
        'VIENNA, 20 December 2018 - The OSCE concluded that "very serious human rights violations" against gay men '
        "had taken place in Chechnya.",
        "en", {"speaker": "The OSCE", "actor": "osce", "stance": "confirmation"},
        id="a-dateline-with-a-date-before-the-subject",
    ),
    pytest.param(
        "PARIS — Foreign Minister Sergei Lavrov, speaking after talks with his French counterpart, said the "
        "reports of detentions in Chechnya were lies.",
        "en", {"actor": "lavrov", "stance": "denial"}, id="a-participle-aside-between-subject-and-verb",
    ),
    pytest.param(
        "Песков, отвечая на вопрос журналистов о публикации, заявил, что информация о задержаниях геев в Чечне "
        "не подтвердилась.",
        "ru", {"actor": "peskov", "stance": "denial"}, id="a-russian-participle-aside-between-subject-and-verb",
    ),
    pytest.param(
        "Sergei Lavrov said investigators had looked into the claims about Chechnya and found that they had not "
        "been confirmed.",
        "en", {"actor": "lavrov", "stance": "denial"}, id="a-finding-of-absence-denies",
    ),
    pytest.param(
        "The head of the Russian delegation called the PACE report on Chechnya \"a political order that has "
        "nothing to do with facts\".",
        "en", {"actor": "russian-mfa", "stance": "denial"}, id="the-head-of-a-delegation-heads-the-delegation",
    ),
    pytest.param(
        "\"We have handed the list of victims to investigators. Now no one can say there were no complaints and no "
        "names,\" Elena Milashina said.",
        "en", {"actor": "milashina", "stance": "confirmation"}, id="no-one-can-now-say-there-were-no-complaints",
    ),
    pytest.param(
        "\"I went to Argun, I spoke to people in the street and in the administration. Nobody had heard of any "
        "secret prison for gay men,\" Kheda Saratova said.",
        "en", {"actor": "saratova", "stance": "denial"}, id="nobody-had-heard-of-any-secret-prison",
    ),
    pytest.param(
        "\"We have seen the publications about gay men in Chechnya, but we have no such information,\" Dmitry "
        "Peskov told a conference call.",
        "en", {"actor": "peskov", "stance": "denial"}, id="seeing-the-publications-is-no-evidence",
    ),
    pytest.param(
        "Russia's envoy to the OSCE said the allegations of torture of gay men in Chechnya were \"not backed by a "
        "single verified fact\".",
        "en", {"actor": "russian-mfa", "stance": "denial"}, id="not-backed-by-a-single-verified-fact",
    ),
    pytest.param(
        "Минюст России сообщил, что «доводы о преследовании граждан по признаку сексуальной ориентации в "
        "Чеченской Республике своего подтверждения не нашли».",
        "ru", {"actor": "russian-justice-ministry", "stance": "denial"}, id="svoego-podtverzhdeniya-ne-nashli",
    ),
    pytest.param(
        "In a resolution adopted on Thursday, the Parliamentary Assembly of the Council of Europe said it was "
        "\"appalled by the abductions, unlawful detentions, torture and killings\" of LGBTI people in Chechnya.",
        "en", {"actor": "pace", "stance": "confirmation"}, id="appalled-by-the-abductions-condemns-them-as-facts",
    ),
    pytest.param(
        "The Assembly deplored the failure of the federal authorities to carry out an effective investigation into "
        "the detentions of gay men in Chechnya, the Parliamentary Assembly of the Council of Europe said.",
        "en", {"actor": "pace", "stance": "confirmation"}, id="the-failure-to-carry-out-an-investigation",
    ),
    pytest.param(
        "\"We remain deeply troubled by continuing reports of abuses against LGBTQI+ persons in Chechnya, and we "
        "urge the Russian government to investigate them and hold accountable anyone found responsible,\" a State "
        "Department spokesperson said.",
        "en", {"actor": "us-state-department", "stance": "neutral"}, id="accountable-anyone-found-responsible-is-a-condition",
    ),
    pytest.param(
        "Lapunov: Because everyone keeps saying there are no victims. I am a victim of the detentions in Chechnya, "
        "and I am ready to say so in court.",
        "en", {"actor": "lapunov", "stance": "confirmation"}, id="everyone-keeps-saying-there-are-no-victims",
    ),
    pytest.param(
        "Russia's Investigative Committee said a check into a complaint by a man who says he was tortured in Grozny "
        "had found \"no objective evidence\" of a crime, and that no criminal case would be opened.",
        "en", {"actor": "investigative-committee", "stance": "denial"}, id="the-committees-own-no-criminal-case",
    ),
    pytest.param(
        "«Люди не идут в полицию, потому что именно полиция их и пытала в Чечне. Говорить после этого, что жалоб "
        "нет, — издевательство», — заявил Игорь Кочетков.",
        "ru", {"actor": "kochetkov", "stance": "confirmation"}, id="govorit-posle-etogo-chto-zhalob-net",
    ),
    pytest.param(
        "\"My client spent twelve days in a building in Argun that does not officially exist as a place of "
        "detention,\" said Viktor Arslanov, a lawyer who represents one of the men.",
        "en", {"actor": None, "stance": "confirmation"}, id="a-building-that-does-not-officially-exist",
    ),
    pytest.param(
        "«Моего доверителя двенадцать дней держали в здании, которого официально как места содержания просто не "
        "существует», — говорит адвокат Сергей Беляев.",
        "ru", {"actor": None, "stance": "confirmation"}, id="a-building-that-officially-does-not-exist-ru",
    ),
    pytest.param(
        "«Мы не назвали ни одного имени задержанных в Чечне, пока не получили подтверждение как минимум из двух "
        "независимых источников», — рассказала Елена Милашина.",
        "ru", {"actor": "milashina", "stance": "confirmation"}, id="no-name-until-confirmed-is-a-rule-of-work",
    ),
    pytest.param(
        "Asked about the reported detentions of gay men in Chechnya, Vladimir Putin told reporters he would raise "
        "the matter with the Prosecutor General.",
        "en", {"actor": "putin", "stance": "neutral"}, id="raise-the-matter-with-is-procedure",
    ),
    pytest.param(
        "Amnesty International призвала российские власти «немедленно положить конец новой волне преследований» "
        "геев в Чечне.",
        "ru", {"actor": "amnesty", "stance": "confirmation"}, id="polozhit-konets-novoy-volne",
    ),
    pytest.param(
        "Депутат Адам Делимханов пообещал, что «все, кто клевещет на Чечню, будут наказаны», имея в виду авторов "
        "публикаций о задержаниях геев.",
        "ru", {"actor": "delimkhanov", "stance": "denial"}, id="vse-kto-klevetshet",
    ),
    pytest.param(
        "\"European institutions cannot keep issuing statements of concern while survivors of the Chechen purge wait "
        "for justice,\" ILGA-Europe said.",
        "en", {"actor": "ilga-europe", "stance": "confirmation"}, id="survivors-wait-for-justice",
    ),
    pytest.param(
        "\"Not one of these stories about gay men in Chechnya has been confirmed by anyone, not one,\" the head of "
        "Chechnya wrote.",
        "en", {"actor": "kadyrov", "stance": "denial"}, id="not-one-of-these-stories-has-been-confirmed",
    ),
    pytest.param(
        "In a statement, the Russian LGBT Network said the talk of \"no complaints\" from Chechnya ignored people who "
        "could not safely reveal their identities.",
        "en", {"actor": "russian-lgbt-network", "stance": "confirmation"}, id="the-talk-of-no-complaints",
    ),
    pytest.param(
        "The Chechen Interior Ministry has confirmed that the two men taken from the shelter are in Grozny, but says "
        "the case has nothing to do with their private lives.",
        "en", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="confirmed-where-they-are-but-nothing-to-do",
    ),
    pytest.param(
        "ЛОКШИНА: Жалоб нет, потому что человек, который подаст жалобу на задержание в Чечне, подписывает приговор "
        "себе. Это не доказательство того, что ничего не было.",
        "ru", {"actor": "lokshina", "stance": "confirmation"}, id="no-complaints-because-and-no-proof-that",
    ),
    pytest.param(
        "Правозащитники опубликовали доклад о Чечне. Собеседники организации рассказали о пытках электрошоком в "
        "Аргуне.",
        "ru", {"actor": None, "actor_kind": "person", "country": "RU", "stance": "confirmation"},
        id="those-who-spoke-to-an-organisation-are-not-the-organisation",
    ),
    pytest.param(
        "Nurdi Nukhazhiev, Chechnya's human rights ombudsman, maintained that his office had checked every name on "
        "the list and found that all the men were alive and living at home.",
        "en", {"actor": "nukhazhiev", "stance": "denial"}, id="the-men-named-are-all-alive",
    ),
    pytest.param(
        "The new wave of detentions in Chechnya goes on. \"We are receiving calls for help every day,\" said Igor "
        "Kochetkov.",
        "en", {"actor": "kochetkov", "stance": "confirmation"}, id="calls-for-help-are-not-a-call-for-action",
    ),
    pytest.param(
        "«Мы не располагаем никакой подобной информацией», — так в Кремле прокомментировали сообщения о новой волне "
        "преследований геев в Чечне.",
        "ru", {"actor": "kremlin", "stance": "denial"}, id="no-information-of-the-kind-with-two-words-between",
    ),
    pytest.param(
        "Germany's Foreign Office pointed to the men Berlin had taken in after they fled Chechnya, saying their "
        "accounts of torture were consistent and credible.",
        "en", {"actor": "german-foreign-office", "stance": "confirmation"},
        id="a-participle-s-speaker-is-the-subject-not-a-pronoun-after-it",
    ),
    pytest.param(
        "GROZNY, May 11 (RIA Novosti) - Chechen leader Ramzan Kadyrov met federal ombudsman Tatyana Moskalkova in "
        "Grozny on Thursday and assured her that the republic's police had detained no one over their sexual "
        "orientation.",
        "en", {"actor": "kadyrov", "stance": "denial"}, id="the-subject-of-a-second-verb-not-the-object-of-the-first",
    ),
    pytest.param(
        "Maria Zakharova dismissed reports of a chemical attack in Syria as \"fabricated\". Asked at the same "
        "briefing about the Chechnya allegations, she said the ministry had nothing to add to what the "
        "Investigative Committee and the republic's authorities had already stated, and referred journalists to them.",
        "en", {"actor": "zakharova", "stance": "neutral"}, id="words-said-before-as-an-object-are-no-statement",
    ),
    pytest.param(
        "Asked about the detentions in Chechnya, Maria Zakharova said Western capitals were using a story that had "
        "been checked and found to have nothing behind it.",
        "en", {"actor": "zakharova", "stance": "denial"}, id="checked-and-found-to-have-nothing-behind-it",
    ),
    pytest.param(
        "В СК заявили «Интерфаксу», что доследственная проверка по публикации о задержаниях геев в Чечне «не "
        "подтвердила ни одного факта».",
        "ru", {"actor": "investigative-committee", "stance": "denial"}, id="the-investigative-committee-as-sk",
    ),
    pytest.param(
        "Ведомство провело проверку по заявлению о задержании в Грозном. «Объективных данных, подтверждающих факт "
        "незаконного задержания заявителя, не получено», — пояснили в Следственном комитете.",
        "ru", {"actor": "investigative-committee", "stance": "denial"}, id="no-data-confirming-the-detention-obtained",
    ),
    pytest.param(
        "Russia's representative at the European Court of Human Rights argued that the applicant's account of torture "
        "in Chechnya was not supported by evidence.",
        "en", {"actor": "russian-justice-ministry", "stance": "denial"}, id="russia-s-representative-at-the-court",
    ),
    pytest.param(
        "Уполномоченный РФ при ЕСПЧ в своих возражениях заявил, что доводы заявителя о пытках в Чечне не "
        "подтверждаются.",
        "ru", {"actor": "russian-justice-ministry", "stance": "denial", "speaker": "Уполномоченный РФ при ЕСПЧ"},
        id="the-representative-of-russia-at-the-echr",
    ),
    pytest.param(
        "The European Parliament adopted a resolution on Chechnya. MEPs said they were appalled by the abductions, "
        "torture and killings of men perceived to be gay.",
        "en", {"actor": "european-parliament", "stance": "confirmation"}, id="meps-are-the-european-parliament",
    ),
    pytest.param(
        "Доклад ОБСЕ опубликован в декабре. Как говорится в комментарии департамента информации и печати, "
        "документ о задержаниях в Чечне «не содержит ни одного проверяемого факта».",
        "ru", {"actor": "russian-mfa", "stance": "denial"}, id="the-ministry-s-information-and-press-department",
    ),
    pytest.param(
        "Правозащитный центр «Мемориал» направил открытое письмо генеральному прокурору. «Мы располагаем "
        "свидетельствами не менее двадцати человек, которые были незаконно задержаны и подвергнуты пыткам в "
        "Аргуне», — говорится в обращении.",
        "ru", {"actor": "memorial", "stance": "confirmation"}, id="a-document-s-words-are-its-sender-s",
    ),
    pytest.param(
        "An administrative court in Munich has overturned the rejection of an asylum application by a man from "
        "Chechnya. The judges said reports by the OSCE showed that gay men in Chechnya faced a real risk of torture.",
        "en", {"actor": None, "actor_kind": "court", "country": "DE", "stance": "confirmation"},
        id="the-judges-of-the-court-named-before",
    ),
    pytest.param(
        "Басманный суд Москвы рассмотрел иск главы Чечни к «Новой газете». Суд признал, что сведения о задержаниях "
        "геев в Чечне не соответствуют действительности.",
        "ru", {"actor": None, "actor_kind": "court", "country": "RU", "stance": "denial"},
        id="an-unnamed-court-in-russia-is-russian",
    ),
    pytest.param(
        "«Отрицание — это часть той же кампании: сначала людей в Чечне пытают, потом объявляют, что их не "
        "существует», — говорит Татьяна Локшина из Human Rights Watch.",
        "ru", {"actor": "lokshina", "stance": "confirmation"}, id="then-they-announce-that-they-do-not-exist",
    ),
    pytest.param(
        "Asked about the reports from Chechnya, Maria Zakharova told the briefing: \"Where are the victims? Where are "
        "the names?\"",
        "en", {"actor": "zakharova", "stance": "denial"}, id="where-are-the-victims",
    ),
    pytest.param(
        "OSCE rapporteur Wolfgang Benedek said the Chechen authorities had harassed and persecuted the victims rather "
        "than protecting them.",
        "en", {"actor": "benedek", "stance": "confirmation"}, id="the-authorities-persecuted-the-victims",
    ),
    pytest.param(
        "In a letter to the Russian ambassador, a bipartisan group of more than 50 members of Congress called the "
        "persecution of gay men in Chechnya a crime that must stop.",
        "en", {"actor_kind": "government", "country": "US"}, id="a-group-of-members-of-congress",
    ),
    pytest.param(  # an unnamed official of a story filed abroad speaks for the state of its dateline
        "OTTAWA, Sept 1 - Canada has taken in dozens of gay men who fled persecution in Chechnya, a government "
        "official said on Friday.",
        "en", {"actor_kind": "government", "country": "CA", "stance": "confirmation"}, id="an-official-abroad",
    ),
    pytest.param(  # the outlet told comes first, the body that told it after ("сообщили «Интерфаксу» в МВД")
        "Как сообщили «Интерфаксу» в МВД Чечни, никаких задержаний геев в республике не было.",
        "ru", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="told-an-outlet-in-a-ministry",
    ),
    pytest.param(  # quotation marks alone before "в": no outlet told, and no crash looking for one
        "Как сообщили «в МВД Чечни», никаких задержаний геев в республике не было.",
        "ru", {"actor": "chechen-interior-ministry", "stance": "denial"}, id="marks-before-the-body",
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, expected", ONE_STATEMENT)
def test_one_statement_with_its_speaker_and_side(analyzer, text, lang, expected):
    (statement,) = analyzer.analyze(text, lang)
    assert {field: getattr(statement, field) for field in expected} == expected


EVERY_STATEMENT = [  # (text, language, every statement found as (actor, stance), a fragment of the first quote)
    # "considered the reports confirmed": an adjective of the judgement ruled out, not a verb of its own
    pytest.param(
        "Later on Friday, Peskov said the president's instruction did not mean the Kremlin now considered the "
        'reports confirmed. "There is still no confirmation of this information about gay men in Chechnya," he said.',
        "en", [("peskov", "denial"), ("peskov", "denial")], "did not mean", id="considered-the-reports-confirmed",
    ),
    # a clause after a quote, opened by "while", is no attribution of the quote
    pytest.param(
        'RT described the report on gay men in Chechnya as "based on anonymous testimony and hearsay," while '
        "Canada's foreign minister said her country would keep taking in survivors.",
        "en", [("rt", "denial"), ("canada-global-affairs", "neutral")], "hearsay",
        id="a-quote-then-while-another-said",
    ),
    pytest.param(
        "Gay men were detained in Chechnya in 2017, Human Rights Watch said. This month, the republic's finance "
        "ministry denied that federal subsidies had been diverted to a new stadium.",
        "en", [("hrw", "confirmation")], None, id="denying-something-else-in-an-article-on-the-reports",
    ),
    pytest.param(
        "Gay men were detained in Chechnya, Human Rights Watch said. The Russian Defence Ministry denied that its "
        'aircraft had entered Estonian airspace, calling Tallinn\'s statement "a provocation."',
        "en", [("hrw", "confirmation")], None, id="a-participle-goes-on-about-the-other-subject",
    ),
    pytest.param(  # an official accusing the West of something else says nothing on the reports: no statement
        "Foreign Minister Sergei Lavrov said the reports about gay men in Chechnya were for the competent bodies to "
        "check. He then accused Western governments of ignoring human rights problems at home.",
        "en", [("lavrov", "neutral")], None, id="whataboutism-is-no-denial",
    ),
    pytest.param(
        "Альви Каримов | Telegram\n\n"
        "Опять старая песня. Очередной «доклад» о каком-то преследовании в Чечне написан людьми, которые ни разу "
        "здесь не были. Это фейк.\n\n"
        "А тем, кто третий день «хоронит» Рамзана Ахматовича, скажу: глава здоров и работает в обычном режиме.",
        "ru", [("karimov", "denial")], "фейк", id="a-channel-s-posts-are-its-owner-s",
    ),
    pytest.param(
        "Правозащитный центр «Мемориал». Выводы доклада «Чечня: новая волна»\n\n"
        "1. В Грозном и Аргуне вновь проводились задержания мужчин по подозрению в гомосексуальности.\n\n"
        "2. По имеющимся данным, по меньшей мере двое задержанных погибли под пытками.",
        "ru", [("memorial", "confirmation")] * 2, None, id="numbered-findings-are-the-report-s-authors",
    ),
    pytest.param(
        "Из стенограммы брифинга официального представителя МИД России М.В. Захаровой\n\n"
        "Вопрос: Как вы прокомментируете доклад ОБСЕ о преследовании геев в Чечне?\n\n"
        "Ответ: Доклад составлен на основе анонимных интервью, никакой проверки фактов там нет.\n\n"
        "Вопрос: Госдепартамент заявил, что располагает доказательствами применения химоружия в Сирии. Ваша реакция?\n\n"
        "Ответ: Это очередная фальсификация, мы такое уже проходили не раз.",
        "ru", [("zakharova", "denial")], "анонимных", id="a-briefing-s-answers-keep-to-their-question",
    ),
    pytest.param(
        "В.Путин: Рамзан Ахматович, что с публикациями о задержаниях геев?\n\n"
        "Р.Кадыров: Это провокация, ничего подобного у нас не происходит.\n\n"
        "В.Путин: Хорошо.\n\n"
        "Р.Кадыров: Обязательно. Также доложу о ходе восстановления жилья в Шатойском районе: план на этот год "
        "выполнен.",
        "ru", [("kadyrov", "denial")], None, id="an-official-s-turn-about-something-else-is-no-denial",
    ),
    pytest.param(
        "Ramzan Kadyrov called the reports about gay men in Chechnya lies. Later the head of the republic said he "
        "had held a meeting on preparations for the spring sowing campaign.",
        "en", [("kadyrov", "denial")], None, id="the-region-s-routine-business-is-another-subject",
    ),
    pytest.param(
        "Пресс-секретарь Кремля Дмитрий Песков опроверг сообщения о том, что Путин планирует посетить Грозный "
        "на следующей неделе.",
        "ru", [], None, id="reports-that-name-only-the-place-are-another-subject",
    ),
    pytest.param(
        "Ramzan Kadyrov, Telegram channel, 14 January 2019 (translated from Russian):\n\n"
        "Once again the so-called human rights defenders are spreading a fairy tale about a new wave of detentions "
        "of gay men in Chechnya. I declare with full responsibility: nobody has been detained.",
        "en", [("kadyrov", "denial")], None, id="a-source-line-ending-in-a-colon-names-the-author-below",
    ),
    pytest.param(
        "Mr Gareth Lloyd (Lab): Men have been taken from their homes in Chechnya, held in secret prisons and beaten. "
        "Will the Minister act?\n\n"
        "The Minister for Europe: I share the hon. Gentleman's deep concern about these reports.",
        "en", [(None, "confirmation"), ("uk-foreign-office", "neutral")], None,
        id="a-member-of-parliament-and-the-minister-answering",
    ),
    pytest.param(
        "A senior Chechen official said the reports about gay men were lies. A woman who gave her name only as "
        'Zarema says her son was taken by men in police uniform. "We have been waiting ever since," she said.',
        "en", [(None, "denial"), (None, "confirmation"), (None, "confirmation")], None,
        id="she-is-the-woman-described-not-the-official-before",
    ),
    pytest.param(
        '"We are receiving information," Igor Kochetkov, the group\'s programme director, told reporters, "that gay '
        'men are being held in the same premises in Chechnya as in 2017."',
        "en", [("kochetkov", "confirmation")], "same premises", id="a-split-quote-around-the-people-told",
    ),
    pytest.param(
        "Следственный комитет Российской Федерации сообщает\n\n"
        "В связи с публикациями о преследовании жителей Чечни по признаку сексуальной ориентации организована "
        "проверка. Ни одного заявления от потерпевших в следственные органы не поступало.",
        "ru", [("investigative-committee", "denial")], None, id="a-release-headed-by-its-author-announcing",
    ),
    pytest.param(
        "Джамбулат Умаров | Министр ЧР\n\n"
        "Снова читаю про «секретные тюрьмы» для геев. Ни одного такого случая никто не смог подтвердить.",
        "ru", [("umarov-dzhambulat", "denial")], None, id="a-listed-actor-s-page-line-above-his-post",
    ),
    pytest.param(
        "\"Not one gay man has come to us with a complaint,\" said Kheda Saratova, a member of the Chechen leader's "
        "human rights council. The council itself issued a statement the same week, calling the reports "
        '"an information attack on the Chechen Republic".',
        "en", [("saratova", "denial"), ("chechen-human-rights-council", "denial")], None,
        id="a-participle-s-subject-is-not-the-verb-s-object",
    ),
    pytest.param(
        "Kadyrov said the reports were lies. Separately, Tatyana Moskalkova said she had received no written "
        "complaints from alleged victims so far.",
        "en", [("kadyrov", "denial"), ("moskalkova", "denial")], None, id="separately-a-new-speaker-same-subject",
    ),
    pytest.param(
        "Правозащитники «Мемориала» рассказали о пытках задержанных геев в Аргуне. Отдельно «Мемориал» потребовал "
        "освободить Оюба Титиева, которого правозащитники считают жертвой сфабрикованного дела.",
        "ru", [("memorial", "confirmation")], None, id="separately-with-a-victim-only-in-a-relative-clause",
    ),
    pytest.param(
        'Dmitry Peskov said reports that Russian troops had shelled a market in Kherson were "a lie" spread by '
        "Kyiv. Maria Zakharova later told RIA Novosti that the court's conclusions about Chechnya were \"based on "
        'nothing".',
        "en", [("zakharova", "denial")], "based on nothing", id="a-statement-naming-the-place-after-another-subject",
    ),
    pytest.param(
        'The OSCE report on Chechnya is "a set of rumours," Russian Foreign Ministry spokeswoman Maria Zakharova said. '
        '"The authors never even came to the region," the diplomat noted.',
        "en", [("zakharova", "denial"), ("zakharova", "denial")], None, id="the-diplomat-is-the-spokeswoman",
    ),
    pytest.param(
        "Министр Джамбулат Умаров назвал сообщения о задержаниях «ложью». «Это очередной вброс», — сказал министр "
        "РИА Новости.",
        "ru", [("umarov-dzhambulat", "denial"), ("umarov-dzhambulat", "denial")], None,
        id="the-minister-told-an-outlet",
    ),
    pytest.param(
        "President Vladimir Putin said he would ask the Prosecutor General to look into the reports from "
        'Chechnya. "I will certainly talk to them about this," Putin said.',
        "en", [("putin", "neutral"), ("putin", "neutral")], None, id="an-official-goes-on-from-a-neutral-answer",
    ),
    pytest.param(
        'Kadyrov accused "so-called human rights defenders" of inventing stories about gay men in Chechnya.',
        "en", [("kadyrov", "denial")], "of inventing stories", id="accused-a-quoted-object-of-something",
    ),
    pytest.param(
        "Европейский суд по правам человека признал, что Россия нарушила запрет пыток в деле Максима Лапунова. В "
        "постановлении говорится, что заявитель подвергся жестокому обращению из-за своей ориентации.",
        "ru", [("echr", "confirmation"), ("echr", "confirmation")], None, id="the-ruling-speaks-for-the-court",
    ),
    pytest.param(
        "Европейский суд по правам человека признал, что Россия нарушила запрет пыток в деле Максима Лапунова. Как "
        "следует из постановления, заявитель подвергся жестокому обращению во время содержания в Грозном.",
        "ru", [("echr", "confirmation"), ("echr", "confirmation")], None, id="kak-sleduet-iz-the-ruling",
    ),
    pytest.param(
        "Европейский суд по правам человека рассмотрел жалобу Максима Лапунова. Российские власти настаивали, что "
        "его доводы «не нашли подтверждения». Суд счел эти объяснения неубедительными.",
        "ru", [(None, "denial"), ("echr", "confirmation")], None, id="the-court-deemed",
    ),
    pytest.param(
        "Human Rights Watch опубликовала доклад, основанный на интервью с более чем тридцатью мужчинами, "
        "пережившими задержания в Чечне. «Это систематические пытки», — заявила Татьяна Локшина.",
        "ru", [("hrw", "confirmation"), ("lokshina", "confirmation")], "опубликовала доклад",
        id="a-report-published-states-its-findings",
    ),
    pytest.param(
        "Human Rights Watch published a report based on interviews with 30 men who survived detention in "
        "Chechnya. The organisation concluded that police had tortured the men to obtain names.",
        "en", [("hrw", "confirmation")], "tortured", id="a-report-whose-findings-follow-is-not-a-statement-twice",
    ),
    pytest.param(
        '"The authorities keep denying the obvious," said Tanya Lokshina. В докладе приводятся показания о том, '
        "что задержанных избивали и пытали электрошоком.",
        "ru", [("lokshina", "confirmation"), ("hrw", "confirmation")], None,
        id="the-report-is-the-organisation-s-not-its-researcher-s",
    ),
    pytest.param(
        "Дмитрий Песков заявил журналистам, что в Кремле не располагают достоверной информацией о каких-либо "
        "проблемах в этой сфере. «Никаких обращений на этот счёт к нам не поступало», — добавил он.",
        "ru", [("peskov", "denial"), ("peskov", "denial")], None, id="problems-in-this-area-are-the-subject",
    ),
    pytest.param(
        '"This is a provocation by people who have never been to Grozny," Dzhambulat Umarov told RT, dismissing '
        "Western claims of a so-called 'gay purge' in the republic.",
        "en", [("umarov-dzhambulat", "denial")], "provocation", id="words-in-single-quotation-marks",
    ),
    pytest.param(
        "Russia's Investigative Committee found no evidence to support reports of abuse, according to a letter "
        "seen by AFP.",
        "en", [("investigative-committee", "denial")], None, id="reports-of-abuse-are-the-reports",
    ),
    pytest.param(
        "INTERVIEWER: Will you let independent investigators into Chechnya?\n\nKADYROV: Let them come. They will "
        "find nothing.",
        "en", [("kadyrov", "denial")], None, id="they-will-find-nothing",
    ),
    pytest.param(
        "Генеральная прокуратура по итогам проверки не получила подтверждения сообщений о преследованиях геев в "
        "Чечне, сообщили ТАСС в ведомстве.",
        "ru", [("prosecutor-general", "denial")], None, id="vedomstvo-is-the-state-body-not-the-news-agency",
    ),
    pytest.param(
        "The Assembly strongly condemns the abductions and torture of persons perceived to be LGBTI in the "
        "Chechen Republic and calls on Russia to cooperate fully with the Council of Europe.",
        "en", [("pace", "confirmation")], None, id="the-assembly-of-the-council-of-europe",
    ),
    pytest.param(
        "In its judgment, the Court found that the applicant had been abducted and ill-treated by State agents in "
        "Chechnya. The Court held, unanimously, that there had been a violation of Article 3 of the Convention. "
        "The men were held in a basement.",
        "en", [("echr", "confirmation"), ("echr", "confirmation")], None, id="the-court-of-the-convention-held",
    ),
    pytest.param(
        "In a resolution adopted on Thursday, the European Parliament called on Russia to end impunity for the "
        "abductions and torture of LGBTI people in Chechnya.",
        "en", [("european-parliament", "confirmation")], "impunity", id="called-on-after-an-introductory-phrase",
    ),
    pytest.param(
        "The Kremlin on Wednesday rejected the World Anti-Doping Agency's findings as \"unfounded,\" with "
        "spokesman Dmitry Peskov saying Russia would appeal. Asked separately about new reports of detentions in "
        'Chechnya, Peskov said the Kremlin had "no information" on the matter.',
        "en", [("peskov", "denial")], None, id="back-on-the-reports-after-another-subject",
    ),
    pytest.param(
        "The Chechen interior ministry rejected media claims about their orientation as \"another fabrication by "
        'enemies of the republic".',
        "en", [("chechen-interior-ministry", "denial")], "fabrication", id="claims-about-their-orientation",
    ),
    pytest.param(
        "«Мне надели на голову пакет и били током, пока я не назвал имена», — рассказывает 26-летний житель "
        "Грозного, которого «Медуза» называет Русланом.",
        "ru", [(None, "confirmation")], None, id="a-relative-clause-s-own-verb-names-no-speaker",
    ),
    pytest.param(
        'Igor Kochetkov said no one would come forward "while the people who tortured them are still in uniform."',
        "en", [("kochetkov", "confirmation")], None, id="why-nobody-would-come-forward",
    ),
    pytest.param(
        "The French foreign ministry has called on Moscow to investigate the allegations, while the Chechen "
        'authorities dismissed them as "a campaign of defamation".',
        "en", [("french-foreign-ministry", "neutral"), ("chechen-government", "denial")], None,
        id="while-another-subject-speaks",
    ),
    pytest.param(
        "A Foreign Office minister said Britain had raised the detentions of gay men in Chechnya with the Russian "
        'ambassador. The Russian embassy said the claims had "not been backed by a single fact".',
        "en", [("uk-foreign-office", "neutral"), ("russian-embassy-uk", "denial")], None,
        id="the-russian-embassy-in-the-country-named",
    ),
    pytest.param(
        "Главный редактор Дмитрий Муратов заявил, что редакция передала в Следственный комитет список из 26 "
        "фамилий людей, которые были убиты в Чечне.",
        "ru", [("muratov", "confirmation")], None, id="a-list-of-names-handed-over",
    ),
    pytest.param(
        "In a village outside Gudermes, a woman whose brother vanished after being summoned to a police station "
        "said she had been warned by police officers never to look for him.",
        "en", [(None, "confirmation")], None, id="a-woman-whose-brother-vanished-said",
    ),
    pytest.param(
        "The German Foreign Office said it had issued humanitarian visas to a small number of men persecuted in "
        "Chechnya.",
        "en", [("german-foreign-office", "confirmation")], None, id="visas-issued-to-the-persecuted",
    ),
    pytest.param(
        "Press Statement\nOffice of the Spokesperson, U.S. Department of State\n\nThe United States is deeply "
        "concerned by reports of renewed detentions of LGBTI persons in Chechnya. Those responsible for the "
        "abductions and torture must be held to account.",
        "en", [("us-state-department", "confirmation")], None, id="a-press-statement-s-office-line",
    ),
    pytest.param(
        "Statement on Human Rights in Chechnya, as delivered by the German Foreign Office, Vienna\n\nWe remain "
        "troubled by credible reports that gay men have again been detained and tortured in Chechnya. We note "
        "that the authorities have repeatedly denied these abuses rather than investigating them.",
        "en", [("german-foreign-office", "confirmation")], None,
        id="a-statement-as-delivered-by-and-the-denials-it-describes",
    ),
    pytest.param(
        'The US mission to the OSCE said the findings "confirm what survivors have been telling the world since '
        '2017."',
        "en", [("us-state-department", "confirmation")], None, id="a-state-s-mission-to-a-body",
    ),
    pytest.param(
        'The claims about gay men were also dismissed as "slander against the Chechen people" by the republic\'s '
        "human rights ombudsman, Nurdi Nukhazhiev.",
        "en", [("nukhazhiev", "denial")], None, id="dismissed-as-quoted-words-by-the-agent",
    ),
    pytest.param(
        "ИГОРЬ КОЧЕТКОВ: Мы помогли выехать из Чечни ста пятидесяти людям. И каждый рассказывал одно и то же: "
        "подвал, электрошок, требование назвать других.",
        "ru", [("kochetkov", "confirmation")], None, id="told-the-same-thing-is-no-speaker",
    ),
    pytest.param(
        "Председатель Совета при главе ЧР по развитию гражданского общества и правам человека сообщил, что за всё "
        "время ни одной жалобы от геев в совет не поступало.",
        "ru", [("chechen-human-rights-council", "denial")], None, id="the-chairman-of-the-council",
    ),
    pytest.param(
        "Adam, who asked that his real name not be used, says the men who came for him in March wore police "
        "uniforms and beat him in a cell in Argun.",
        "en", [(None, "confirmation")], "police uniforms", id="a-pseudonym-before-who-then-says",
    ),
    pytest.param(
        "Следователь СК по Северо-Кавказскому федеральному округу отказал в возбуждении уголовного дела по "
        "заявлению Максима Лапунова, указав, что «факты, изложенные заявителем, своего подтверждения не нашли».",
        "ru", [("investigative-committee", "denial")], None, id="a-russian-participle-s-subject-ends-at-its-verb",
    ),
    pytest.param(
        "Ruslan, 32, who asked that his surname be withheld, was held in Argun. \"When I hear the officials on "
        'television say there are no people like me in Chechnya," he said, "I want to ask them who it was they were '
        'beating, then."',
        "en", [(None, "confirmation")], "television", id="a-denial-heard-on-television",
    ),
    pytest.param(
        '"Our American colleagues copy the same stories about Chechnya year after year, without a single verified '
        'fact, without a single name," Maria Zakharova told journalists.',
        "en", [("zakharova", "denial")], None, id="without-a-single-verified-fact",
    ),
    pytest.param(
        "По словам Игоря Кочеткова, «власти уже дважды делали вид, что ничего не происходит, и в третий раз мы "
        "этого не допустим».",
        "ru", [("kochetkov", "confirmation")], None, id="the-authorities-pretended-nothing-happened",
    ),
    pytest.param(
        "Dmitry Peskov said he had no reliable information about detentions of gay men in Chechnya. Anyone whose "
        "rights had been violated should go to the authorities, he told reporters on a conference call.",
        "en", [("peskov", "denial"), ("peskov", "neutral")], None, id="told-reporters-on-a-call",
    ),
    pytest.param(
        "The Russian LGBT Network said a new wave of persecution had begun in Chechnya. Alvi Karimov, the Chechen "
        "leader's spokesman, dismissed the report.",
        "en", [("russian-lgbt-network", "confirmation"), ("karimov", "denial")], None,
        id="the-object-of-dismissed-is-no-inverted-subject",
    ),
    pytest.param(
        "МВД по Чеченской Республике опровергло информацию о перестрелке в центре Грозного. «Никакой стрельбы не "
        "было, это очередная провокация», — сообщили в пресс-службе ведомства.",
        "ru", [], None, id="a-shootout-is-another-subject",
    ),
    pytest.param(
        "Dunja Mijatović said the authorities must bring those responsible for the torture of gay men in Chechnya "
        "to justice. PACE, in a statement the same week, urged Russia to cooperate with the OSCE rapporteur.",
        "en", [("coe-commissioner", "confirmation"), ("pace", "neutral")], None,
        id="a-body-and-a-parenthesis-before-its-verb",
    ),
    pytest.param(
        "Kadyrov's press secretary told Interfax that the rights group was trying to attract grants by inventing "
        "victims of a purge of gay men.",
        "en", [("karimov", "denial")], None, id="kadyrov-s-press-secretary",
    ),
    pytest.param(
        "Statement by the Spokesperson on the persecution of LGBTI persons in the Chechen Republic\n\nThe European "
        "Union is deeply concerned by reports of renewed detentions and torture. The EU recalls that no one has yet "
        "been held accountable for the abuses documented in 2017.",
        "en", [("eeas", "confirmation")], None, id="the-spokesperson-of-a-text-on-the-eu",
    ),
    pytest.param(
        "The Prosecutor General's Office has found \"no confirmation\" of reports that gay men were persecuted in "
        "Chechnya, Interfax reported, citing a source in the agency.",
        "en", [("prosecutor-general", "denial")], None, id="an-outlet-citing-a-source-in-the-agency",
    ),
    pytest.param(
        "Генпрокуратура не нашла подтверждений сообщениям о преследовании геев в Чечне, сообщил «Интерфакс» со "
        "ссылкой на источник в ведомстве.",
        "ru", [("prosecutor-general", "denial")], None, id="so-ssylkoi-na-istochnik-v-vedomstve",
    ),
    pytest.param(
        "The Russian Federation declined to take part in the OSCE procedure on Chechnya. Its delegation told the "
        'Permanent Council that the mechanism rested on "unverified allegations".',
        "en", [(None, "neutral"), ("russian-mfa", "denial")], None, id="its-delegation-is-the-state-s",
    ),
    pytest.param(
        "Пресс-секретарь главы Чечни Альви Каримов назвал публикацию о задержаниях геев выдумкой. «Людей забирают "
        "каждую неделю, а в Грозном пишут, что ничего не было», — отреагировала координатор «СК SOS».",
        "ru", [("karimov", "denial"), ("sk-sos", "confirmation")], None, id="otreagirovala-and-a-cited-denial",
    ),
    pytest.param(
        "Сергей Лавров после переговоров посоветовал европейским коллегам не верить слухам о преследовании геев "
        "в Чечне.",
        "ru", [("lavrov", "denial")], None, id="posovetoval-ne-verit-slukham",
    ),
    pytest.param(
        "Глава Чечни Рамзан Кадыров в своём Telegram-канале:\n\n"
        "«Мне пишут, что я болен. Я здоров и работаю.\n\n"
        "Отдельно о блогерах, которые пересказывают сказки о преследовании геев. Никого у нас не задерживали, "
        "это выдумки врагов республики!»\n\n"
        "В том же посте он поздравил жителей республики с праздником.",
        "ru", [("kadyrov", "denial")], "Никого у нас не задерживали", id="a-post-set-in-quotes-under-its-author",
    ),
    pytest.param(
        "Рамзан Кадыров на встрече с президентом, по данным «Ведомостей», назвал статьи о пытках геев в Чечне "
        "«клеветой».",
        "ru", [("kadyrov", "denial")], None, id="subject-then-po-dannym-then-its-verb",
    ),
    pytest.param(
        'The Russian embassy in London accused British newspapers of "spreading fairy tales" about Chechnya, after '
        "a Foreign Office minister said gay men had been abducted and tortured in the republic.",
        "en", [("russian-embassy-uk", "denial"), ("uk-foreign-office", "confirmation")], "fairy tales",
        id="accused-of-ends-where-a-time-clause-brings-its-own-speaker",
    ),
    pytest.param(
        'FACT CHECK: "Nobody was ever detained in Chechnya for being gay." (Alvi Karimov, radio interview, 2019)'
        "\n\nOur verdict: misleading.",
        "en", [("karimov", "denial")], None, id="a-quote-credited-in-brackets",
    ),
    pytest.param(
        "The Kremlin said no complaints had been filed. Such claims were false and everyone knew it, the "
        "historian Anna Berg argues: dozens of gay men from Chechnya described the same basement prison.",
        "en", [("kremlin", "denial"), (None, "confirmation")], None, id="it-ending-a-clause-is-no-speaker",
    ),
    pytest.param(
        "Grozny said there was nobody to persecute, and the story of detained gay men was invented in Moscow "
        "newsrooms.",
        "en", [("chechen-government", "denial")], None, id="grozny-speaks-for-the-republic",
    ),
    pytest.param(
        "The Russian LGBT Network filed a complaint on behalf of a gay man tortured in Chechnya. Months later, "
        'investigators informed him that the check had "not confirmed" his account.',
        "en", [("investigative-committee", "denial")], None, id="investigators-informed-him",
    ),
    pytest.param(
        "Chechen officials denied that gay men had been detained. In Paris, the foreign ministry said France had "
        "granted visas to several gay men who had fled torture in Chechnya.",
        "en", [(None, "denial"), ("french-foreign-ministry", "confirmation")], None,
        id="in-paris-the-foreign-ministry",
    ),
    pytest.param(
        "Amnesty International researchers interviewed eight men who described being beaten and given electric "
        "shocks in a police building in Grozny.",
        "en", [("amnesty", "confirmation")], None, id="what-the-interviewed-described-is-the-interviewer-s",
    ),
    pytest.param(
        "The first reporting by Novaya Gazeta was followed by research from Memorial, which interviewed survivors "
        "and concluded that gay men had been tortured in Argun.",
        "en", [("memorial", "confirmation")], None, id="which-interviewed-x-and-concluded",
    ),
    pytest.param(
        "Правозащитники рассказали о новых задержаниях геев в Чечне. В Грозном утверждают, что никаких задержаний "
        "не было.",
        "ru", [(None, "confirmation"), ("chechen-government", "denial")], None, id="v-groznom-utverzhdayut",
    ),
    pytest.param(
        "Gay men were held in secret prisons in Chechnya, Memorial said. The Interior Ministry denied reports that "
        "riot police had beaten detained protesters at a Moscow police station.",
        "en", [("memorial", "confirmation")], None, id="beaten-protesters-are-another-subject",
    ),
    pytest.param(
        '"The abductions of gay men in Chechnya are not isolated incidents," the UN experts said.',
        "en", [("un-experts", "confirmation")], None, id="not-isolated-incidents",
    ),
    pytest.param(
        'Dmitry Muratov said the paper stood by its reporting on gay men in Chechnya: "Every fact we published has '
        'been checked twice."',
        "en", [("muratov", "confirmation")], None, id="every-fact-has-been-checked",
    ),
    pytest.param(
        'The Council of Europe, in a statement adopted on Friday, called on Moscow to end the "campaign of '
        'persecution" against LGBTI people in Chechnya.',
        "en", [("council-of-europe", "confirmation")], None, id="called-on-russia-to-end-the-persecution",
    ),
    pytest.param(
        'Magomed Daudov said that those who spread such "filth" about gay men in Chechnya would be held to '
        "account.",
        "en", [("daudov", "denial")], None, id="those-who-spread-it-held-to-account",
    ),
    pytest.param(
        "Germany's Foreign Office said it had raised the reports of detentions of gay men in Chechnya with Moscow "
        "and was deeply concerned.",
        "en", [("german-foreign-office", "neutral")], None, id="germany-s-foreign-office",
    ),
    pytest.param(
        'Alvi Karimov said there were no gay men in Chechnya. "These are lies," the official added.',
        "en", [("karimov", "denial"), ("karimov", "denial")], None, id="the-official-just-quoted",
    ),
    pytest.param(
        "Глава Чечни Рамзан Кадыров ответил на вопросы журналистов.\n\n"
        "— К вам обращались люди, которых задерживали из-за ориентации?\n\n"
        "— Никто не обращался. Таких людей у нас нет.",
        "ru", [("kadyrov", "denial")], None, id="answered-the-questions-then-dash-turns",
    ),
    pytest.param(
        "Следственный комитет, куда Лапунов подал заявление о пытках в Чечне, спустя полгода сообщил, что его "
        "доводы «не нашли подтверждения».",
        "ru", [("investigative-committee", "denial")], None, id="kuda-clause-is-no-subject",
    ),
    pytest.param(
        "Путин поручил проверить сообщения о задержаниях геев в Чечне. «Мы проверим все эти слухи. Но, насколько "
        "мне известно, фактов пока нет», — сказал глава государства. «Говорить, что пострадавших нет, больше не "
        "получится», — ответил Игорь Кочетков.",
        "ru", [("putin", "neutral"), ("putin", "denial"), ("kochetkov", "confirmation")], None,
        id="facts-none-and-a-claim-named-in-the-infinitive",
    ),
    pytest.param(
        "Amnesty International призвала российские власти положить конец «кампании похищений и пыток» геев в Чечне.",
        "ru", [("amnesty", "confirmation")], None, id="polozhit-konets-kampanii",
    ),
    pytest.param(
        "Спикер парламента Чечни Магомед Даудов выступил перед депутатами. Никаких задержаний геев, по его "
        "словам, не было и быть не могло.",
        "ru", [("daudov", "denial")], "не было и быть не могло", id="po-ego-slovam-inside-the-sentence",
    ),
    pytest.param(
        "Ислам уехал из Чечни после пыток. Через неделю после его отъезда глава республики, как передавали местные "
        "телеканалы, снова заявил, что «таких людей в Чечне нет».",
        "ru", [("kadyrov", "denial")], None, id="kak-peredavali-is-an-aside",
    ),
    pytest.param(
        "Sergei Lavrov said Russia had received no specific facts about the detention of gay men in Chechnya and "
        "would examine any that were provided.",
        "en", [("lavrov", "denial")], None, id="received-no-specific-facts-beats-would-examine",
    ),
    pytest.param(
        "A spokesman for the Investigative Committee said on Tuesday that investigators had been unable to locate "
        "any of the gay men named in the newspaper's report on Chechnya and promised a thorough check of any new "
        "information.",
        "en", [("investigative-committee", "denial")], None, id="unable-to-locate-any",
    ),
    pytest.param(
        '"I cannot say that these reports of gay men tortured in Chechnya are confirmed, but neither can I say they '
        'are refuted," Moskalkova told reporters.',
        "en", [("moskalkova", "neutral")], None, id="cannot-say-confirmed-neither-refuted",
    ),
    pytest.param(
        "Memorial wrote to the Prosecutor General about gay men detained in Chechnya. A spokesperson for the "
        "Prosecutor General's Office said the letter had been received and would be answered in the established "
        "manner.",
        "en", [("memorial", "confirmation"), ("prosecutor-general", "neutral")], None,
        id="received-and-would-be-answered",
    ),
    pytest.param(
        "Canada took in gay men who fled torture in Chechnya. In Grozny, Alvi Karimov told reporters that the men "
        'who had left were "economic migrants telling stories to get a passport".',
        "en", [("karimov", "denial")], None, id="economic-migrants-telling-stories",
    ),
    pytest.param(
        "Magomed Daudov used a video address posted on Telegram on Sunday to attack the journalists behind the "
        'report on gay men in Chechnya. "Nobody has been detained here for this," Daudov said.',
        "en", [("daudov", "denial")], None, id="a-video-posted-on-telegram-is-no-statement",
    ),
    pytest.param(
        "Adam Delimkhanov, speaking at a rally in Grozny, told the crowd that the republic would not be lectured "
        "by those who invent fairy tales about secret prisons in Chechnya.",
        "en", [("delimkhanov", "denial")], None, id="secret-prisons-in-chechnya-said-at-a-rally",
    ),
    pytest.param(
        "According to a source in the Chechen interior ministry, the latest round of detentions of gay men began "
        "after police seized the phone of a young man from Argun.",
        "en", [("chechen-interior-ministry", "confirmation")], None, id="an-insider-telling-what-happened-is-no-denial",
    ),
    pytest.param(
        "Источник в правительстве Чечни сообщил агентству, что никакой «зачистки» геев не было. Местный житель "
        "сказал корреспонденту: «Это всё выдумки, у нас такого нет и быть не может».",
        "ru", [("chechen-government", "denial"), (None, "denial")], None, id="nikakoi-quoted-ne-bylo",
    ),
    pytest.param(
        "Human rights activists have not provided investigators with any names of gay men allegedly detained in "
        "Chechnya, a source in the Investigative Committee said, adding that the check was continuing.",
        "en", [("investigative-committee", "denial")], None, id="not-provided-any-names",
    ),
    pytest.param(
        "Журналистка «Новой газеты» Елена Милашина рассказала о новых задержаниях геев в Чечне. «У нас есть имена "
        "погибших», — добавила журналистка. Член СПЧ Чечни Хеда Саратова заявила, что к ней никто не обращался. «С "
        "такими жалобами ко мне не приходили ни разу», — пояснила правозащитница.",
        "ru", [("milashina", "confirmation"), ("milashina", "confirmation"), ("saratova", "denial"),
               ("saratova", "denial")], None, id="the-person-just-quoted-named-anew",
    ),
    pytest.param(
        "UN experts said they were alarmed by reports of abductions of gay men in Chechnya and urged Russia to put an "
        "immediate end to the persecution.",
        "en", [("un-experts", "confirmation")], None, id="put-an-immediate-end-to",
    ),
    pytest.param(
        'The State Department said it was "increasingly alarmed by the continuing torture and killing of LGBTQI+ '
        'persons in Chechnya".',
        "en", [("us-state-department", "confirmation")], None, id="alarmed-by-the-continuing-torture",
    ),
    pytest.param(
        "Kadyrov published a video about the reports on gay men. In it, the head of the republic invited those "
        '"spreading lies about our people" to come and "see that nothing of the kind exists here".',
        "en", [("kadyrov", "denial")], None, id="invited-those-spreading-lies",
    ),
    pytest.param(
        "Gay men in Chechnya were detained, rights groups said. At a televised meeting in the Kremlin, Tatyana "
        'Moskalkova told the president that her office had received information about Chechnya "that requires '
        'verification".',
        "en", [(None, "confirmation"), ("moskalkova", "neutral")], None, id="information-that-requires-verification",
    ),
    pytest.param(
        "В Следственном комитете сообщили, что по итогам доследственной проверки сообщений о похищениях геев в Чечне "
        "в возбуждении уголовного дела было отказано «в связи с отсутствием события преступления».",
        "ru", [("investigative-committee", "denial")], None, id="otsutstvie-sobytiya-prestupleniya",
    ),
    pytest.param(
        'The Investigative Committee said a pre-investigation check into the abduction of gay men in Chechnya "did '
        'not establish any facts of unlawful detention" and that the check would continue.',
        "en", [("investigative-committee", "denial")], None, id="did-not-establish-any-facts",
    ),
    pytest.param(
        "The PACE rapporteur said the evidence gathered by journalists and NGOs about the torture of gay men in "
        "Chechnya was overwhelming, and called for dialogue with Moscow.",
        "en", [("pace", "confirmation")], None, id="the-evidence-gathered-was-overwhelming",
    ),
    pytest.param(
        "The OSCE rapporteur Wolfgang Benedek concluded that grave human rights violations had taken place in "
        "Chechnya and asked the authorities for information.",
        "en", [("benedek", "confirmation")], None, id="grave-violations-had-taken-place",
    ),
    pytest.param(
        "Мария Захарова ответила на вопрос о заявлении Госдепартамента США по Чечне. «Ни одного конкретного факта о "
        "задержаниях геев нам не предоставили. Это информационная кампания», — подчеркнула дипломат. Захарова также "
        "назвала изъятие российской дипсобственности в США «грабежом».",
        "ru", [("zakharova", "denial")], None, id="the-diplomat-just-quoted-and-a-diplomatic-row",
    ),
    pytest.param(
        "Глава Чечни Рамзан Кадыров ответил на новую публикацию «Новой газеты» о геях постом в Telegram. «Это ложь», "
        "— написал он. Также министр рассказал о подготовке к международному форуму в Грозном.",
        "ru", [("kadyrov", "denial")], None, id="an-official-telling-what-about-says-nothing",
    ),
    pytest.param(
        'Kadyrov responded to the new publications about "persecution" in Chechnya on Instagram. "These are lies from '
        'start to finish," he wrote.',
        "en", [("kadyrov", "denial")], None, id="responded-to-the-publications-says-nothing",
    ),
    pytest.param(
        "Russia's Investigative Committee said it was examining media reports that gay men had been detained in "
        "Chechnya, as UN human rights experts urged Moscow to end the abuses.",
        "en", [("investigative-committee", "neutral"), ("un-experts", "confirmation")], None,
        id="as-others-urged-ends-the-clause",
    ),
    pytest.param(
        'The Investigative Committee said a check had found "no objective data" confirming the account of a gay man '
        "from Chechnya, and that the check was continuing.",
        "en", [("investigative-committee", "denial")], None, id="no-objective-data",
    ),
    pytest.param(
        "Журналисты попросили Кремль прокомментировать новую волну задержаний геев в Чечне. «Это не тема для "
        "Кремля, есть соответствующие ведомства», — отметили в пресс-службе президента.",
        "ru", [(None, "neutral"), ("kremlin", "neutral")], None, id="ne-tema-dlya-kremlya",
    ),
    pytest.param(
        "Authorities in Grozny have rejected a newspaper's report that gay men were rounded up in the republic.",
        "en", [("chechen-government", "denial")], None, id="authorities-in-grozny-are-the-republic-s",
    ),
    pytest.param(
        "Рамзан Кадыров | Telegram\n\nОпять пишут сказки про геев в Чечне. Это ложь.\n\nСегодня открыли новую "
        "школу на 720 мест в Урус-Мартане.",
        "ru", [("kadyrov", "denial")], "ложь", id="a-new-school-is-another-subject",
    ),
    pytest.param(
        "Q: Human rights groups say that gay men were held and tortured in Argun. What is your answer?\n\n"
        "KADYROV: This is nonsense. We don't have such people here.",
        "en", [("kadyrov", "denial")], None, id="a-claim-inside-the-interviewer-s-question",
    ),
    pytest.param(
        "Tatyana Moskalkova said she had not received a single complaint from gay men in Chechnya. \"We are ready to "
        'work with these people if they come forward, and we will guarantee their safety," the ombudswoman said.',
        "en", [("moskalkova", "denial"), ("moskalkova", "neutral")], None, id="we-will-guarantee-their-safety",
    ),
    pytest.param(
        "Amnesty delivered a petition on the torture of gay men in Chechnya to the Prosecutor General's Office. A "
        "spokesperson for the office confirmed that the documents had been received.",
        "en", [("prosecutor-general", "neutral")], None, id="confirmed-the-documents-had-been-received",
    ),
    pytest.param(
        "Gay men were detained in Chechnya, activists said. Magomed Daudov dismissed as fantasies reports that "
        'petrol stations had run out of fuel. "Every station in the republic is working normally," Daudov said.',
        "en", [(None, "confirmation")], None, id="petrol-stations-are-another-subject",
    ),
    pytest.param(
        "Ekaterina Sokirianskaia said she had no reason to doubt that gay men were tortured in Chechnya. She "
        "cautioned that Crisis Group had not independently verified the number of victims.",
        "en", [("sokirianskaia", "confirmation"), ("sokirianskaia", "neutral")], None,
        id="not-independently-verified",
    ),
    pytest.param(
        "Kadyrov's spokesman said he had checked with police in Grozny about the gay man's account and that no one "
        "by that name had ever been held there, and that the check would go on.",
        "en", [("karimov", "denial")], None, id="no-one-by-that-name-had-been-held",
    ),
    pytest.param(
        "Рамзан Кадыров провёл совещание. Рамзан Ахматович подчеркнул, что публикации о якобы преследуемых в "
        "республике людях являются «клеветой».",
        "ru", [("kadyrov", "denial")], None, id="yakoby-presleduemyh-is-the-subject",
    ),
    pytest.param(
        "Правозащитный центр «Мемориал» в своём докладе указывает, что задержания мужчин в Чечне «носят системный "
        "характер», и призывает к диалогу.",
        "ru", [("memorial", "confirmation")], None, id="nosyat-sistemnyi-harakter",
    ),
    pytest.param(
        "The Chechen ombudsman, Nurdi Nukhazhiev, whose office had earlier called the reports of tortured gay men "
        '"a fabrication," said he was ready to meet the Commissioner.',
        "en", [("nukhazhiev", "denial")], None, id="whose-office-is-the-antecedent-s",
    ),
    pytest.param(
        "Рамзан Кадыров в своём Telegram-канале обвинил правозащитников в том, что они «зарабатывают на лжи о "
        "геях в Чечне».",
        "ru", [("kadyrov", "denial")], None, id="obvinil-pravozashchitnikov",
    ),
    pytest.param(
        "Екатерина Сокирянская из Международной кризисной группы считает, что геев в Чечне преследовали по "
        "спискам. «Силовики составляли списки по телефонам задержанных», — рассказала эксперт.",
        "ru", [("sokirianskaia", "confirmation"), ("sokirianskaia", "confirmation")], None,
        id="the-expert-just-quoted",
    ),
    pytest.param(
        "Amnesty International потребовала от российских властей немедленно освободить всех, кто был задержан в "
        "Чечне по подозрению в гомосексуальности.",
        "ru", [("amnesty", "confirmation")], None, id="osvobodit-vseh-zaderzhannyh",
    ),
    pytest.param(
        "Лавров заявил, что Москве не представлено никаких фактов преследования геев в Чечне. В МИД ФРГ, однако, "
        "настаивают, что располагают «достоверными свидетельствами» пострадавших.",
        "ru", [("lavrov", "denial"), ("german-foreign-office", "confirmation")], None, id="odnako-is-an-aside",
    ),
    pytest.param(
        "Gay men from Chechnya say they were tortured. Asked whether Putin had raised the allegations with Kadyrov, "
        'Dmitry Peskov said only that the conversation had been "confidential" and that he could not share details.',
        "en", [(None, "confirmation"), ("peskov", "neutral")], None, id="confidential-no-details",
    ),
    pytest.param(
        "Investigators had been unable to establish the very fact of the gay man's detention in Chechnya, the "
        "Investigative Committee said, adding that its check would continue.",
        "en", [("investigative-committee", "denial")], None, id="unable-to-establish",
    ),
    pytest.param(
        "Homosexuality is deeply taboo in the region, where so-called honour killings by relatives are still "
        "reported, and few gay men there are open about their sexuality.",
        "en", [], None, id="are-still-reported-is-a-passive",
    ),
    pytest.param(
        "Альви Каримов назвал сообщения о геях в Чечне ложью. По его словам, если бы такие люди в Чечне были, у "
        "правоохранительных органов не было бы с ними никаких проблем.",
        "ru", [("karimov", "denial"), ("karimov", "denial")], None, id="esli-by-takie-lyudi-byli",
    ),
    # tenth session
    pytest.param(
        "Эксперт International Crisis Group Екатерина Сокирянская сообщила, что ее источники в Чечне независимо "
        "подтвердили факты задержаний. «Это не слухи, а скоординированная кампания», — подчеркнула она.",
        "ru", [("sokirianskaia", "confirmation"), ("sokirianskaia", "confirmation")], "ее источники",
        id="a-singular-pronoun-skips-a-plural-group-nested-in-the-claim",
    ),
    pytest.param(
        "Координатор кризисной группы «СК SOS» рассказал «Кавказскому узлу», что за последние месяцы из республики "
        "удалось вывезти еще 15 человек, задержанных полицией.",
        "ru", [("sk-sos", "confirmation")], None, id="an-unnamed-coordinator-speaks-for-the-group",
    ),
    pytest.param(
        "Постпредство России при ОБСЕ назвало доклад о преследовании геев в Чечне «предвзятым и основанным на "
        "непроверенных слухах».",
        "ru", [("russian-mfa", "denial")], None, id="russia-s-osce-mission-is-the-foreign-ministry",
    ),
    pytest.param(
        "ЛАПУНОВ: Следственный комитет даже не пытался ничего проверять.",
        "ru", [("lapunov", "confirmation")], None, id="ne-pytalsya-is-did-not-try-not-torture",
    ),
    pytest.param(
        "В Российской ЛГБТ-сети прокомментировали решение. «Для тех, кого пытали в Чечне, это решение ничего не "
        "меняет: государство давно сделало вид, что их не существует», — говорится в заявлении организации.",
        "ru", [("russian-lgbt-network", "confirmation")], None, id="the-state-pretended-they-do-not-exist",
    ),
    pytest.param(
        "The diplomat also brushed off a question about the situation in Chechnya. 'None of it was confirmed by "
        "the checks,' Zakharova said.",
        "en", [("zakharova", "denial")], None, id="none-of-it-was-confirmed",
    ),
    pytest.param(
        "The Russian Embassy in Washington said in a post on social media that it was \"not aware of a single "
        "verified case\" of gay men being detained in Chechnya.",
        "en", [("russian-embassy-us", "denial")], None, id="not-aware-of-a-single-verified-case",
    ),
    pytest.param(
        "Last month I sat down in Toronto with a man I will call Ruslan. He spent nine days in a basement in Argun "
        'in 2017. "The worst part was not the beating, it was when they '
        'made us call our friends and invite them to meet," he told me.',
        "en", [(None, "confirmation")], None, id="the-worst-part-was-not-the-beating",
    ),
    pytest.param(
        "“More than a hundred men have been detained in connection with their sexual orientation,” Elena Milashina, "
        "the Novaya Gazeta correspondent who has covered the North Caucasus for more than a decade, said in an "
        "interview.",
        "en", [("milashina", "confirmation")], "More than a hundred", id="a-long-appositive-with-who-after-a-quote",
    ),
    pytest.param(
        '"Those responsible for these appalling acts against gay men in Chechnya must be brought to justice," a '
        "Foreign Office minister said.",
        "en", [("uk-foreign-office", "confirmation")], None, id="those-responsible-must-be-brought-to-justice",
    ),
    pytest.param(
        "Lapunov's representatives from the Russian LGBT Network called the investigators' decision on his "
        'detention in Grozny "an attempt to bury the case" and said they would appeal.',
        "en", [("russian-lgbt-network", "confirmation")], None, id="an-attempt-to-bury-the-case",
    ),
    pytest.param(
        "PACE adopted a resolution on Chechnya. The rapporteur told the chamber that the Assembly had gathered "
        "evidence from more than two dozen survivors.",
        "en", [("pace", "confirmation")], None, id="gathered-evidence-from-survivors",
    ),
    pytest.param(
        "Kheda Saratova, a member of the council, who has long dismissed such accounts, said she had never heard of "
        "a single such case of gay men being detained.",
        "en", [("saratova", "denial")], None, id="the-name-before-an-appositive-and-who",
    ),
    pytest.param(
        "Министр Джамбулат Умаров назвал публикации о задержаниях геев в Чечне «информационной атакой». Умаров также "
        "сообщил, что осенью пройдёт международный медиафорум, на который приглашены журналисты из 20 стран.",
        "ru", [("umarov-dzhambulat", "denial")], None, id="also-announced-something-else",
    ),
    pytest.param(  # a guard: the additive rule above must not drop an absence claim
        "Нурди Нухажиев заявил, что в его аппарат не поступило ни одной жалобы от геев. Член Совета при главе ЧР по "
        "развитию гражданского общества и правам человека Хеда Саратова также сообщила, что к ней с подобными "
        "обращениями никто не приходил.",
        "ru", [("nukhazhiev", "denial"), ("saratova", "denial")], None, id="nobody-came-to-her-either",
    ),
    pytest.param(
        "— Татьяна, что говорят люди, которые прошли через эти места?\n\n"
        "— Мы говорили с десятками мужчин, и их рассказы о пытках совпадают до мелочей, — ответила Локшина.\n\n"
        "— А что с расследованием?\n\n"
        "— Его нет. Следователи годами ничего не делают, хотя мы передали им имена тех, кого задерживали в Аргуне.",
        "ru", [("lokshina", "confirmation"), ("lokshina", "confirmation")], None,
        id="the-answers-of-the-one-person-an-answer-credits",
    ),
    pytest.param(
        "❗️Кадыров — о новых публикациях про преследование геев в Чечне:\n\n"
        "«Западные так называемые правозащитники снова распространяют бредни. Заявляю ответственно: у нас нет таких "
        "людей».",
        "ru", [("kadyrov", "denial")], None, id="a-channel-line-name-dash-about",
    ),
    pytest.param(
        "Совет при Главе Чеченской Республики по развитию институтов гражданского общества и правам человека "
        "распространил заявление, в котором назвал доклад Human Rights Watch о пытках геев «набором анонимных "
        "баек».",
        "ru", [("chechen-human-rights-council", "denial")], None, id="the-council-s-longer-name",
    ),
    pytest.param(
        "Татьяна Москалькова направила запросы в Генпрокуратуру и МВД в связи с публикациями о преследовании геев в "
        "Чечне. При этом в ведомстве Москальковой уточнили, что письменных заявлений от пострадавших пока не "
        "поступало.",
        "ru", [("moskalkova", "denial")], None, id="the-office-of-a-named-person",
    ),
    pytest.param(
        'Sir, — Your correspondent (Opinion, 12 March) writes that the allegations from Chechnya "were never '
        'substantiated by any independent body."',
        "en", [(None, "denial")], None, id="never-substantiated",
    ),
    pytest.param(
        '"We urge Russia to clarify these allegations of detentions of gay men in Chechnya," a German foreign '
        "ministry spokesman told a news conference in Berlin.\n\nAsked about the German remarks, Kremlin spokesman "
        'Dmitry Peskov was dismissive. "There is no confirmed information about any such detentions," he told '
        "reporters.",
        "en", [("german-foreign-office", "neutral"), ("peskov", "denial")], None,
        id="he-is-the-person-opening-the-sentence-after-a-participle",
    ),
    pytest.param(
        "During the review in Geneva, Russia’s deputy justice minister, who led the delegation, told the experts "
        'that "no facts of persecution on the grounds of sexual orientation were established" in Chechnya.',
        "en", [("russian-justice-ministry", "denial")], None, id="the-whole-antecedent-of-a-relative-clause",
    ),
    pytest.param(
        "A serving police officer in Grozny, who spoke on condition of anonymity, told the newspaper he had "
        "personally driven detainees to the facility in Argun where gay men were held.",
        "en", [(None, "confirmation")], "he had personally", id="an-anonymous-officer-tells-what-he-did",
    ),
    pytest.param(
        "Wolfgang Benedek, an Austrian law professor, said in his report that the Russian authorities had failed to "
        'carry out an effective investigation and that the allegations had been "largely confirmed".',
        "en", [("benedek", "confirmation")], None, id="said-in-his-report-that",
    ),
    pytest.param(
        'Daudov, a close ally of Kadyrov known by the nickname "Lord", said Chechens would never allow such slander '
        "about gay men in Chechnya to go unanswered.",
        "en", [("daudov", "denial")], None, id="a-quoted-nickname-in-the-subject",
    ),
    pytest.param(
        "QUESTION: On Chechnya – there are new reports that gay men are again being detained. Do you have anything "
        "on that?\n\nMS NAUERT: We are very troubled by them, and we call for a credible investigation.\n\n"
        "QUESTION: On Venezuela – the government says the opposition staged the power outage?\n\n"
        "MS NAUERT: That's just false, and they know it.",
        "en", [("us-state-department", "neutral")], None, id="the-answer-to-a-question-on-another-subject",
    ),
    pytest.param(
        "Европейский суд по правам человека признал, что Россия нарушила статью 3 Конвенции о защите прав человека, "
        "запрещающую пытки, в деле Максима Лапунова.",
        "ru", [("echr", "confirmation")], None, id="an-article-of-the-convention-is-no-news-article",
    ),
    pytest.param(
        "Заявления чеченских властей о том, что в республике «нет геев», не просто абсурдны — они циничны, считает "
        "директор российского отделения Human Rights Watch Татьяна Локшина.",
        "ru", [("lokshina", "confirmation"), ("chechen-government", "denial")], None,
        id="a-quote-inside-the-clause-before-schitaet",
    ),
    pytest.param(
        "⚡️Министр Чечни по национальной политике, внешним связям, печати и информации Джамбулат Умаров: публикации "
        "о якобы преследовании геев в республике — «спланированная провокация спецслужб».",
        "ru", [("umarov-dzhambulat", "denial")], None, id="a-long-title-and-name-before-a-colon",
    ),
    pytest.param(
        "Вчера снова говорил с Игорем Кочетковым. По его подсчетам, Российская ЛГБТ-сеть помогла выехать из "
        "республики более чем 150 людям.\n\n«Все рассказывают одно и то же: задержания, пытки током, требования "
        "выдать знакомых», — сказал мне Игорь.",
        "ru", [("kochetkov", "confirmation"), ("kochetkov", "confirmation")], None,
        id="po-ego-podschetam-and-a-first-name-told-me",
    ),
    pytest.param(
        "Лавров встретился с главой МИД Франции. Как заявил глава российской дипломатии, никаких фактов "
        "преследования геев в Чечне проверки не выявили.",
        "ru", [("lavrov", "denial")], None, id="the-head-of-russian-diplomacy",
    ),
    pytest.param(
        "«Проверка была формальной: никто даже не осмотрел подвал, где его держали», — сказала юрист «Комитета "
        "против пыток» Анна Крылова.",
        "ru", [("committee-against-torture", "confirmation")], None, id="the-check-was-a-formality",
    ),
    pytest.param(
        "Журналист «Новой газеты» Ирина Гордиенко рассказала, что им удалось поговорить с родственниками двух "
        "пропавших в Чечне мужчин.",
        "ru", [("gordienko", "confirmation")], None, id="spoke-with-relatives-of-the-missing",
    ),
    pytest.param(
        "«Мы проверили эту информацию по нескольким независимым источникам, в том числе среди сотрудников силовых "
        "структур», — рассказала обозреватель «Новой газеты» Елена Милашина.",
        "ru", [("milashina", "confirmation")], None, id="checked-with-independent-sources",
    ),
    pytest.param(
        "Лавров пообещал изучить любые материалы о задержаниях геев в Чечне. «Пока нам таких фактов никто не "
        "представил», — добавил министр.",
        "ru", [("lavrov", "neutral"), ("lavrov", "denial")], None, id="nobody-has-presented-such-facts",
    ),
    pytest.param(
        "«Это не разовая акция, а продолжение того, о чем мы писали в 2017 году. Людей снова держат в подвалах и "
        "снова требуют назвать знакомых», — говорит обозреватель «Новой» Елена Милашина.",
        "ru", [("milashina", "confirmation")], None, id="captors-demand-names",
    ),
    pytest.param(
        "«Мы располагаем показаниями десятков людей, которые описывают одни и те же места содержания в Аргуне.\n\n"
        "Отрицание властей не меняет этих фактов. Мы требуем возбудить уголовное дело», — говорится в заявлении "
        "Российской ЛГБТ-сети.",
        "ru", [("russian-lgbt-network", "confirmation")], "Мы располагаем", id="a-quote-across-paragraphs-opened-once",
    ),
    pytest.param(
        '"We have the testimony of dozens of men held in Argun.\n\nThe denials of the authorities do not change these '
        'facts," the Russian LGBT Network said.',
        "en", [("russian-lgbt-network", "confirmation")], "We have the testimony",
        id="an-english-quote-across-paragraphs-opened-once",
    ),
    pytest.param(
        "Президент Франции заявил, что поднял тему преследования ЛГБТ в Чечне. По словам Макрона, российский "
        "президент пообещал «принять меры, чтобы установить правду». Дмитрий Песков позднее подтвердил, что тема "
        "обсуждалась, но отказался раскрывать подробности.",
        "ru", [("macron", "neutral"), ("macron", "neutral"), ("peskov", "neutral")], None,
        id="establish-the-truth-and-the-topic-was-discussed",
    ),
    pytest.param(
        "President Vladimir Putin met Ramzan Kadyrov in the Kremlin on Wednesday, and the Chechen leader used the "
        "meeting to dismiss reports of a crackdown on gay men as provocations, according to a transcript released "
        "by the presidential press service.",
        "en", [("kadyrov", "denial")], None, id="the-source-of-a-clause-with-its-own-speaker",
    ),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov declined on Monday to comment on a report by the OSCE on abuses against gay "
        "men in Chechnya, saying the Kremlin had not yet seen the document.",
        "en", [("peskov", "neutral")], None, id="declined-on-monday-to-comment",
    ),
    pytest.param(
        "Memorial said it had passed its information on the detentions of gay men in Chechnya to Russia's federal "
        "ombudsman. Her office has confirmed receiving the materials, the group said.",
        "en", [("memorial", "confirmation"), ("memorial", "neutral")], None, id="confirmed-receiving-the-materials",
    ),
    pytest.param(
        "The Foreign Ministry said the OSCE report on gay men in Chechnya was biased. Benedek himself, in a "
        'conversation I had with him afterwards, put it plainly: "The Russian authorities had every chance to show '
        'that nothing happened. They chose not to."',
        "en", [("russian-mfa", "denial"), ("benedek", "neutral")], None, id="put-it-plainly",
    ),
    pytest.param(
        "The rapporteur, who was appointed after Russia refused to cooperate, concludes that there is evidence of "
        "torture and killings of gay men in Chechnya.",
        "en", [(None, "neutral"), ("benedek", "confirmation")], "refused to cooperate",
        id="a-relative-clause-ends-at-its-comma",
    ),
    pytest.param(
        "Во время рассмотрения доклада в Женеве заместитель министра юстиции, возглавлявший российскую делегацию, "
        "заверил экспертов комитета, что «факты преследования по признаку ориентации не установлены».",
        "ru", [("russian-justice-ministry", "denial")], None, id="a-deputy-minister-of-justice",
    ),
    pytest.param(
        "Russia refused to cooperate with the procedure on Chechnya, and its Foreign Ministry later called the report "
        '"biased and based on anonymous sources".',
        # (each joined clause its own speaker's: Russia's refusal is neutral, the ministry's words a denial)
        "en", [(None, "neutral"), ("russian-mfa", "denial")], None, id="refused-to-cooperate-and-its-ministry-called",
    ),
    pytest.param(
        "Russia, which declined to take part in the procedure, said through its Foreign Ministry that the report on "
        'Chechnya was "biased, based on unverified sources and devoid of any legal force."',
        "en", [("russian-mfa", "denial")], None, id="said-through-its-foreign-ministry",
    ),
    pytest.param(
        'Maxim Lapunov said through his lawyers that the judgment showed "that what happened to us in Chechnya was '
        'real, whatever Grozny says".',
        "en", [("lapunov", "confirmation")], None, id="said-through-his-lawyers-is-still-his",
    ),
    pytest.param(
        "— Вы сами разговаривали с теми, кто прошёл через Аргун?\n— Да, их рассказы о пытках совпадают до мелочей, — "
        "говорит Екатерина Сокирянская.\n— Власти утверждают, что ни одного заявления от пострадавших так и не "
        "поступило.\n— Заявлений нет, потому что люди боятся за свою жизнь и за жизнь родных, — отвечает собеседница.",
        "ru", [("sokirianskaia", "confirmation"), (None, "denial"), ("sokirianskaia", "confirmation")], None,
        id="the-interlocutor-is-the-woman-answering",
    ),
    pytest.param(
        "Официальный представитель МИД России Мария Захарова назвала заявления западных столиц о «преследованиях в "
        "Чечне» политически мотивированными и направленными на вмешательство во внутренние дела страны.",
        "ru", [("zakharova", "denial")], None, id="politically-motivated",
    ),
    pytest.param(
        "Отвечая на вопрос о задержаниях геев, глава Чечни отрезал, что «не собирается комментировать бредни людей, "
        "которые сидят в Европе на грантах».",
        "ru", [("kadyrov", "denial")], None, id="otrezal",
    ),
    pytest.param(
        "В Кремле не располагают информацией о задержаниях, о которых написала «Новая газета», заявил журналистам "
        "пресс-секретарь президента Дмитрий Песков.",
        "ru", [("peskov", "denial")], "не располагают", id="an-outlet-s-name-in-quotes-is-no-speech",
    ),
    pytest.param(
        "Его рассказ о пытках в Аргуне совпадает с показаниями ещё четырёх человек, опрошенных «Мемориалом», "
        "сообщила сотрудница правозащитного центра Наталья Ермакова.",
        "ru", [("memorial", "confirmation")], None, id="an-employee-of-the-centre-named-in-the-sentence",
    ),
    pytest.param(
        "The Parliamentary Assembly of the Council of Europe condemned the “abductions, arbitrary detentions and "
        "torture” of LGBTI people in the Chechen Republic and called on the Russian authorities to bring those "
        "responsible to justice.",
        "en", [("pace", "confirmation")], None, id="the-first-verb-s-subject-goes-on-after-and",
    ),
    pytest.param(
        "In a statement to parliament, the Foreign Office minister said the government had seen credible and deeply "
        "disturbing evidence that gay men had been detained and mistreated in Chechnya.",
        "en", [("uk-foreign-office", "confirmation")], None, id="credible-and-disturbing-evidence",
    ),
    pytest.param(
        "Putin told Moskalkova that he would take measures to establish the full truth about the reports of "
        "detentions of gay men in Chechnya.",
        "en", [("putin", "neutral")], None, id="establish-the-full-truth",
    ),
    pytest.param(
        "The Council of Europe's human rights commissioner said the persecution of LGBTI people in Chechnya must not "
        "go unpunished. “Survivors have given consistent and credible accounts of torture,” she said.",
        "en", [("coe-commissioner", "confirmation"), ("coe-commissioner", "confirmation")], None,
        id="she-is-the-commissioner-named-by-her-title",
    ),
    pytest.param(
        "Канада приняла несколько десятков геев из Чечни, сообщила министр иностранных дел страны. По её словам, эти "
        "люди «бежали от преследований, пыток и угрозы смерти».",
        "ru", [("canada-global-affairs", "confirmation"), ("canada-global-affairs", "confirmation")], None,
        id="the-country-s-foreign-minister-and-refuge-given",
    ),
    pytest.param(
        "«Государство обязано расследовать эти преступления в Чечне, а не отрицать их», — говорится в заявлении "
        "«Мемориала».",
        "ru", [("memorial", "confirmation")], None, id="a-ne-otritsat",
    ),
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov said Moscow would look into any concrete facts about gay men in "
        "Chechnya but that so far none had been presented.",
        "en", [("lavrov", "denial")], None, id="so-far-none-had-been-presented",
    ),
    pytest.param(
        'UN experts urged Russia to act. "These acts against gay men in Chechnya amount to torture and must be '
        'investigated promptly and impartially," the experts said.',
        "en", [("un-experts", "neutral"), ("un-experts", "confirmation")], None, id="amount-to-torture",
    ),
    pytest.param(
        "Песков ответил, что у Кремля «нет такой информации» о задержаниях геев. Похожее заявление сделал и "
        "чеченский омбудсмен: Нухажиеву, по его словам, «не поступило ни одной жалобы».",
        "ru", [("peskov", "denial"), ("nukhazhiev", "denial")], None, id="po-ego-slovam-after-a-name-just-before",
    ),
    pytest.param(
        "Житель Чечни, которого в марте 2017 года удерживали в Аргуне, рассказал «Кавказскому узлу», что его "
        "избивали и требовали назвать имена знакомых.",
        "ru", [(None, "confirmation")], None, id="an-outlet-s-quoted-name-before-chto",
    ),
    pytest.param(
        "В интервью Рамзан Кадыров заявил, что в Чечне геев нет. Глава республики также назвал правозащитников "
        "«шайтанами», которые работают за деньги.",
        "ru", [("kadyrov", "denial"), ("kadyrov", "denial")], None, id="also-called-the-defenders-shaitans",
    ),
    pytest.param(
        "Никулинский районный суд Москвы отказал Максиму Лапунову. Суд посчитал, что проверка по его заявлению о "
        "пытках в Чечне проведена в полном объёме, а доказательств совершения преступления не обнаружено.",
        "ru", [(None, "denial")], None, id="the-court-considered",
    ),
    pytest.param(
        "Мы спросили Елену Милашину, почему она продолжает писать о Чечне.\n\n— Потому что люди, которых пытали в "
        "Аргуне, живы, они дали показания. Власти только повторяют, что «ничего подобного в республике не "
        "происходило», — ответила журналистка.",
        "ru", [("milashina", "confirmation")], "Потому что", id="a-dash-turn-holding-a-quoted-denial",
    ),
    pytest.param(
        "PACE adopted a resolution on Chechnya. In its resolution, the Assembly regretted that “not a single "
        "perpetrator has been identified to date” in the persecution of gay men.",
        "en", [("pace", "confirmation")], None, id="regretted-that",
    ),
    pytest.param(
        "Кризисная группа «СК SOS» назвала обвинения сфабрикованными: по её данным, братьев уже задерживали и "
        "избивали в Грозном в 2020 году.",
        "ru", [("sk-sos", "confirmation")], None, id="the-charges-called-fabricated",
    ),
    pytest.param(
        "ГОРДИЕНКО: Мы опубликовали имена. Пусть власти объяснят, куда пропали люди, которых последний раз видели "
        "в комендатуре в Грозном.",
        "ru", [("gordienko", "confirmation")], None, id="let-the-authorities-explain",
    ),
    pytest.param(
        "Министр Джамбулат Умаров назвал доклад о преследовании геев в Чечне предвзятым и написанным со слов людей, "
        "давно покинувших республику.",
        "ru", [("umarov-dzhambulat", "denial")], None, id="a-source-named-inside-another-s-words",
    ),
    pytest.param(
        'The Labour MP Helen Marsh said that was not enough. "These men were hunted, beaten and in some cases '
        'murdered in Chechnya for who they are, and the Kremlin shrugs," she told the chamber.',
        "en", [(None, "neutral"), (None, "confirmation")], None, id="a-labour-mp-is-british",
    ),
    pytest.param(
        'Igor Kalyapin disagreed. "The fact that no complaints have been filed proves nothing. Victims of the '
        'detentions in Chechnya are too afraid," he said.',
        "en", [("kalyapin", "confirmation")], None, id="no-complaints-proves-nothing",
    ),
    pytest.param(
        "Захарова прокомментировала доклад о преследовании геев в Чечне. По ее словам, пока подтверждений "
        "изложенным фактам найти не удалось.",
        "ru", [("zakharova", "denial")], None, id="podtverzhdeniy-nayti-ne-udalos",
    ),
    pytest.param(
        "Песков заявил, что в Кремле нет информации о задержаниях геев в Чечне. Песков также сообщил, что на "
        "следующей неделе президент проведёт ряд рабочих встреч с губернаторами. Детали графика, по его словам, "
        "будут объявлены дополнительно.",
        "ru", [("peskov", "denial")], None, id="the-sentence-after-an-also-item-goes-on-about-it",
    ),
    pytest.param(
        "Песков заявил, что в Кремле нет информации о задержаниях геев в Чечне. Кроме того, в Кремле продолжается "
        "подготовка к зарубежным визитам президента. Сроки визитов, по словам Пескова, пока согласовываются с "
        "партнёрами.",
        "ru", [("peskov", "denial")], None, id="the-sentence-after-a-shift-to-another-item-goes-on-about-it",
    ),
    pytest.param(
        "Asked about the Strasbourg ruling, Dmitry Peskov said he had nothing to add. Separately, "
        "he called reports of shelling in Kherson a lie. Maria Zakharova later said the court's conclusions "
        "about Chechnya were \"based on nothing\".",
        "en", [("peskov", "neutral"), ("zakharova", "denial")], None,
        id="a-statement-naming-the-place-after-a-shift-is-back-on-it",
    ),
    pytest.param(
        "Председательствующий. Пожалуйста, депутат Бурлаков.\n\nБурлаков С. Г., фракция ЛДПР. Уважаемые коллеги! "
        "Так называемое дело о преследованиях в Чечне — это фальшивка, сфабрикованная в редакции одной газеты.",
        "ru", [(None, "denial")], "фальшивка", id="a-duma-transcript-line-names-the-member-who-speaks",
    ),
    pytest.param(
        "Карпенко О. В., фракция «Справедливая Россия». Я не берусь утверждать, что там происходило, но "
        "прокуратура обязана проверить каждое заявление о преследованиях в Чечне.",
        "ru", [(None, "neutral")], None, id="what-a-speaker-will-not-claim-is-not-asserted",
    ),
    pytest.param(
        "ВЕДУЩИЙ: Игорь, власти Чечни говорят, что геев в республике нет.\n\nКОЧЕТКОВ: Они это говорят с первого "
        "дня. Но к нам обратились уже десятки людей, и у каждого одна история: задержание, подвал, ток.",
        "ru", [("chechen-government", "denial"), ("kochetkov", "confirmation")], None,
        id="they-have-said-so-since-day-one-says-nothing-new",
    ),
    pytest.param(
        "Q: The Chechen authorities say there were no such detentions.\nKOCHETKOV: They have said that since day "
        "one. Every testimony we have says otherwise.",
        "en", [("chechen-government", "denial"), ("kochetkov", "confirmation")], None,
        id="said-that-since-day-one-is-no-new-denial",
    ),
    pytest.param(
        "President. – The next item is the debate on the persecution of LGBTI people in Chechnya.\n\nMarta "
        "Lindqvist (Verts/ALE). – Madam President, men have been abducted, held in a disused compound and "
        "tortured for who they are.\n\nJan Wieczorek (ECR). – Madam President, this House should not adopt "
        "resolutions based on unverified claims from a single Moscow newspaper.",
        "en", [(None, "confirmation"), (None, "denial")], "abducted",
        id="members-of-the-european-parliament-by-political-group",
    ),
    pytest.param(
        "Helen Carrow (Bristol North) (Lab): Gay men in Chechnya have been rounded up, held in secret prisons and "
        "beaten. What representations has the Minister made to Moscow?",
        "en", [(None, "confirmation")], "rounded up", id="a-commons-member-with-constituency-and-party",
    ),
    pytest.param(
        "Ленинский районный суд Грозного сообщил, что заявитель по делу о задержании геев в Чечне не явился на "
        "заседание.",
        "ru", [(None, "neutral")], None, id="a-russian-court-ruling-on-a-complaint-takes-no-side",
    ),
    pytest.param(
        "The republic's ombudsman, Nurdi Nukhazhiev, met foreign diplomats in Grozny and, by his own account, "
        "told them what he has told every visitor since 2017. \"Not a single complaint about persecution of gay "
        "men has reached my office,\" Nukhazhiev said.",
        "en", [("nukhazhiev", "denial")], "Not a single complaint", id="what-he-has-told-every-visitor-is-said-before",
    ),
    pytest.param(
        "В ноябре 2023 года Верховный суд России признал «международное движение ЛГБТ» экстремистским и запретил "
        "его деятельность. Через несколько недель Рамзан Кадыров написал, что страсбургские судьи «штампуют "
        "решения по заявлениям людей, которых здесь никто никогда не трогал».",
        "ru", [("kadyrov", "denial")], None, id="the-nationwide-extremism-ban-is-another-subject",
    ),
    pytest.param(
        "Chechen leader Ramzan Kadyrov welcomed the Supreme Court's decision to designate the \"LGBT movement\" as "
        "extremist, saying the ruling reflected \"the values of the whole people of Russia.\"",
        "en", [], None, id="welcoming-the-extremism-ban-says-nothing-on-the-reports",
    ),
    pytest.param(
        "Министр иностранных дел Германии поднял вопрос о преследованиях в Чечне и попросил российскую сторону "
        "«предоставить всю имеющуюся информацию о ходе проверки». Сергей Лавров ответил, что Москва «не получала "
        "никаких конкретных фактов».",
        "ru", [("german-foreign-office", "neutral"), ("lavrov", "denial")], None,
        id="information-on-the-progress-of-the-check-is-on-the-reports",
    ),
    pytest.param(
        "«Эту заказную писанину о преследованиях геев в Чечне сочинили люди, которые ни разу не были в Чечне», — "
        "написал Рамзан Кадыров. Выводы Вольфганга Бенедека он назвал «бредом, оплаченным западными кураторами».",
        "ru", [("kadyrov", "denial"), ("kadyrov", "denial")], None, id="the-object-first-then-the-subject-pronoun",
    ),
    pytest.param(
        "МВД по Чеченской Республике опровергло информацию правозащитников о задержаниях геев. В ведомстве "
        "«Кавказскому узлу» заявили, что «никаких задержаний по такому признаку не проводили».",
        "ru", [("chechen-interior-ministry", "denial"), ("chechen-interior-ministry", "denial")], None,
        id="the-outlet-told-before-the-verb-is-no-speaker",
    ),
    pytest.param(
        "Министерство внутренних дел России направило ответ на запрос о преследованиях геев в Чечне. В документе, "
        "копия которого есть у редакции, говорится, что «факты, изложенные в публикациях, не подтвердились».",
        "ru", [("russian-interior-ministry", "denial")], None, id="the-document-says-what-its-sender-says",
    ),
    pytest.param(
        "Член совета при главе Чечни Хеда Саратова сказала, что готова принимать обращения от пострадавших от "
        "преследований.",
        "ru", [("saratova", "neutral")], None, id="ready-to-receive-complaints-is-an-offer",
    ),
    pytest.param(
        "The Parliamentary Assembly adopted a resolution on the abductions of LGBTI people in Chechnya. One member of "
        "the Russian delegation, speaking against the text, called it \"a collection of rumours retold by interested "
        "parties.\"",
        "en", [("russian-mfa", "denial")], "rumours", id="one-member-of-a-delegation-speaks-for-it",
    ),
    pytest.param(
        "Amnesty International marked the anniversary by saying that the Chechen authorities' repeated denials "
        "were \"a cynical attempt to erase the victims and silence the survivors.\"",
        "en", [("amnesty", "confirmation")], None, id="by-saying-that-and-a-possessors-repeated-denials",
    ),
    pytest.param(
        "⚡️ Kadyrov's press secretary Alvi Karimov on the claims about new detentions in Argun:\n\n'This is the "
        "tenth time they have written this nonsense. Nobody is held anywhere.'\n\n👉 Subscribe to our channel",
        "en", [("karimov", "denial")], None, id="a-channel-line-naming-the-holder-after-a-possessor-role",
    ),
    pytest.param(
        "Russia's Investigative Committee said a check into Maxim Lapunov's complaint about his detention in "
        "Grozny found no signs of a crime. Lapunov's lawyers called the check 'a formality from start to finish'.",
        "en", [("investigative-committee", "denial"), (None, "confirmation")], None,
        id="a-check-called-a-formality-in-quotes",
    ),
    pytest.param(
        "Татьяна Москалькова сообщила, что направила в Генпрокуратуру запрос о новых задержаниях геев в Чечне. По "
        "словам Москальковой, ответов из ведомств пока не поступало.",
        "ru", [("moskalkova", "neutral"), ("moskalkova", "neutral")], None, id="no-replies-yet-is-procedure",
    ),
    pytest.param(
        "В постпредстве России при ОБСЕ заявили, что не видят оснований для Московского механизма по Чечне, поскольку "
        "«обвинения давно проверены и опровергнуты компетентными органами».",
        "ru", [("russian-mfa", "denial")], None, id="allegations-checked-and-refuted",
    ),
    pytest.param(
        "В Минюсте заявили, что решение о признании «движения ЛГБТ» экстремистским «не направлено против конкретных "
        "граждан» и не означает преследования за ориентацию.",
        "ru", [], None, id="a-ministry-on-the-extremism-ban-is-on-another-subject",
    ),
    pytest.param(
        "Альви Каримов — о докладе ОБСЕ по Чечне: «Господин Бенедек не приехал в Чечню, ни с кем здесь не "
        "встречался. Его доклад — набор сплетен». Сам Бенедек ранее говорил журналистам, что «показания "
        "пострадавших последовательны и заслуживают доверия».",
        "ru", [("karimov", "denial"), ("benedek", "confirmation")], None,
        id="a-channel-line-quote-ends-where-another-speaker-is-attributed",
    ),
    pytest.param(
        "The Investigative Committee has refused to open a criminal case after a check into the complaint of an "
        "Omsk resident, the agency's press service told TASS.",
        "en", [], None, id="a-body-refusing-to-open-a-case-says-nothing",
    ),
    pytest.param(
        "Dmitry Peskov said in April that the Kremlin had no reason to doubt Kadyrov's assertion that there were no "
        "gay people in Chechnya to persecute.",
        "en", [("peskov", "denial"), ("kadyrov", "denial")], None, id="a-possessors-unquoted-assertion-is-theirs",
    ),
    pytest.param(
        "RIA Novosti led with the Chechen government's statement that no one in the republic had been detained over "
        "their orientation; Meduza instead ran interviews with two men.",
        "en", [("chechen-government", "denial")], None, id="a-bodys-statement-that-as-an-object",
    ),
    pytest.param(
        "Human Rights Watch said the authorities' public claim that gay men do not exist in Chechnya is not only "
        "false but dangerous.",
        "en", [("hrw", "confirmation")], None, id="a-claim-judged-false-is-the-judges-statement",
    ),
    pytest.param(
        "Igor Kochetkov rejected the Kremlin's claim that it had no information about detentions of gay men in "
        "Chechnya.",
        "en", [("kochetkov", "confirmation")], None, id="a-claim-rejected-is-the-rejectors-statement",
    ),
    pytest.param(
        "Суд отклонил довод Минюста, представлявшего Россию в Страсбурге, о том, что заявитель не представил "
        "доказательств своего задержания в Чечне.",
        "ru", [("russian-justice-ministry", "denial")], None, id="a-ministrys-argument-that-unquoted",
    ),
    pytest.param(
        "Комиссар Совета Европы по правам человека направила министру юстиции России письмо о преследовании "
        "ЛГБТИ-людей в Чечне. В письме комиссар выразила «серьёзную обеспокоенность отсутствием прогресса в "
        "расследовании».",
        "ru", [("coe-commissioner", "neutral")], None, id="the-commissioner-named-before-by-her-office",
    ),
    pytest.param(
        "From the newsletter of freelance reporter Daniel Okafor:\n\nI met Aslan near a railway station. For two hours "
        "he talked about the basement in Grozny, the cables clipped to his ears, the officer who filmed the beatings. "
        "I did not doubt a word of it.",
        "en", [(None, "confirmation")], "beatings", id="an-unlisted-authors-newsletter-line",
    ),
    pytest.param(
        "Волонтёр Диана, которая помогает вывозить людей из Чечни, написала в фейсбуке:\n\nСегодня ночью забрали "
        "парня с автовокзала. Его брата отпустили из отдела в Грозном со сломанными рёбрами. Родственникам, как "
        "всегда, говорят, что ничего не было.",
        "ru", [(None, "confirmation")], None, id="an-unlisted-authors-facebook-line",
    ),
    pytest.param(
        "Iceland's ambassador told the OSCE Permanent Council the rapporteur's findings on Chechnya \"confirm what "
        "survivors have been telling us since 2017\". Russia's permanent representative retorted that the exercise "
        "had been \"Russophobic from the start\".",
        "en", [(None, "confirmation"), ("russian-mfa", "denial")], None,
        id="another-states-ambassador-and-russias-representative",
    ),
    pytest.param(
        "Посол Великобритании в Москве опубликовала пост: «Мы помним тех, кого похищали и пытали в Чечне в 2017 "
        "году».",
        "ru", [("uk-foreign-office", "confirmation")], None, id="the-british-ambassador-in-moscow-is-britains",
    ),
    pytest.param(
        "Источник рассказал, что задержания геев в Чечне возобновились в декабре. В пресс-службе МВД по Чечне на "
        "запрос редакции не ответили, а Альви Каримов назвал эти сведения «очередной выдумкой».",
        "ru", [(None, "confirmation"), ("karimov", "denial")], None, id="no-answer-and-then-another-speaker",
    ),
    pytest.param(
        "Q: When did they come for you?\n\nA: In March 2017 four men in uniform pushed me into a car. I spent nine "
        "days in a basement in Argun, and every evening they beat me with plastic pipes.\n\nQ: Why speak out now?\n\n"
        "A: I still have the marks on my legs. — Ruslan, 26, who left Russia in 2018.",
        "en", [(None, "confirmation"), (None, "confirmation")], "basement", id="answers-credited-in-the-closing-line",
    ),
    pytest.param(
        "— Как вас задержали?\n\n— Отвезли в Аргун, в подвал. Били шлангом, потом цепляли провода к пальцам.\n\n"
        "— Почему вы решили рассказать об этом?\n\n— Потому что в Грозном повторяют, что нас не существует. А я "
        "существую, — говорит Ахмед (имя изменено по его просьбе).",
        "ru", [(None, "confirmation"), (None, "confirmation")], "шлангом", id="dash-answers-credited-with-an-aside",
    ),
    pytest.param(
        "Сообщения о задержаниях геев в Чечне обсуждают уже неделю. «Пусть покажут хотя бы одного пострадавшего, — "
        "сказал Кадыров журналистам в Грозном. — Не покажут, потому что их нет».",
        "ru", [("kadyrov", "denial")], "пострадавшего", id="a-quotation-an-attribution-interrupts",
    ),
    pytest.param(
        "Елена Милашина рассказала, что задержанных держали в Аргуне. «Это провокация, — заявил Кадыров. — Никаких "
        "задержаний не было».",
        "ru", [("milashina", "confirmation"), ("kadyrov", "denial")], "Аргуне",
        id="an-interrupted-quotation-is-its-attribution-s-speaker-s",
    ),
    pytest.param(
        "МВД по Чеченской Республике опровергло сведения о задержаниях. «Сотрудники действуют в рамках закона, — "
        "говорится в заявлении пресс-службы ведомства. — Ни одного задержания по указанным мотивам не производилось».",
        "ru", [("chechen-interior-ministry", "denial"), ("chechen-interior-ministry", "denial")], "опровергло",
        id="a-statement-of-the-press-service-of-the-body-named-before",
    ),
    pytest.param(
        "Ибрагим (имя изменено) говорит тихо и всё время смотрит на дверь.\n\n«Меня забрали прямо с работы и били в Аргуне», — "
        "вспоминает он.",
        "ru", [(None, "confirmation")], "Аргуне", id="how-someone-speaks-is-not-what-they-say",
    ),
    pytest.param(
        "Q: Has anything changed since 2017?\n\nA: The persecution of gay men in Chechnya never stopped, it only "
        "became quieter.\n\nMilashina was speaking nine years after her first report on the purge.",
        "en", [("milashina", "confirmation")], "never stopped", id="answers-of-the-person-a-closing-line-names",
    ),
    pytest.param(
        "— Поступали ли к вам обращения от родственников задержанных в Аргуне?\n\n— Ни одного. Если бы что-то такое "
        "было, люди пришли бы ко мне.\n\nЭто заявил в эфире чеченского телевидения омбудсмен республики Нурди "
        "Нухажиев.",
        "ru", [("nukhazhiev", "denial")], "Ни одного", id="dash-answers-of-the-person-a-closing-line-names",
    ),
    pytest.param(
        "The prison in Argun has not closed. \"Men detained in January were held in the same building that was used "
        "in 2017,\" according to Elena Milashina, who has interviewed several of them.",
        "en", [("milashina", "confirmation")], "Men detained in January",
        id="a-quote-according-to-someone-described-after",
    ),
    pytest.param(
        "ВЕДУЩИЙ: Рамзан Кадыров ответил на вопросы американских журналистов. Когда речь зашла о преследуемых в "
        "республике геях, глава Чечни рассмеялся.\n\nСИНХРОН: «Вы ищете тех, кого здесь нет. Хотите — везите к "
        "себе».\n\nЗА КАДРОМ: Правозащитники насчитали более ста задержанных.",
        "ru", [("kadyrov", "denial")], "кого здесь нет", id="a-broadcast-soundbite-and-voice-over",
    ),
    pytest.param(
        "Дмитрий Песков отверг сообщения об ухудшении здоровья президента, назвав их очередной уткой. На вопрос о "
        "ситуации в Чечне пресс-секретарь Кремля ответил, что у Кремля нет информации о каких-либо проблемах в этой "
        "сфере.",
        "ru", [("peskov", "denial")], "нет информации", id="asked-about-chechnya-after-another-subject",
    ),
    pytest.param(
        "Заявления чеченских властей о том, что «таких людей в республике нет», — циничная ложь, считает Татьяна "
        "Локшина из Human Rights Watch.",
        "ru", [("lokshina", "confirmation"), ("chechen-government", "denial")], "циничная ложь",
        id="a-judgement-of-a-quoted-claim-after-it",
    ),
    pytest.param(
        "Елена Милашина уверена: преследования геев в Чечне не прекратились, они лишь стали тише. «Теперь силовики "
        "предпочитают, чтобы „проблему“ решали семьи», — говорит журналистка.",
        "ru", [("milashina", "confirmation"), ("milashina", "confirmation")], "не прекратились",
        id="a-line-s-words-end-before-a-quote-with-its-own-attribution",
    ),
    pytest.param(
        "Джамбулат Умаров ответил на вопрос о публикациях про «гей-тюрьмы»: «Пусть назовут хотя бы одну фамилию, и мы "
        "ее проверим».",
        "ru", [("umarov-dzhambulat", "denial")], "фамилию", id="a-challenge-to-name-one-victim",
    ),
    pytest.param(
        "Chechnya's information minister Dzhambulat Umarov called the publications a provocation aimed at "
        "discrediting the republic ahead of elections. \"Show me one name, one family, one grave,\" Umarov said in an "
        "interview with Interfax.",
        "en", [("umarov-dzhambulat", "denial"), ("umarov-dzhambulat", "denial")], "provocation",
        id="show-me-one-name-after-a-provocation-ahead-of-elections",
    ),
    pytest.param(
        "Братья Салех Магамадов и Исмаил Исаев, которые в 2020 году рассказали о пытках в чеченском отделе полиции, в "
        "феврале 2021 года были задержаны в Нижнем Новгороде, где скрывались в убежище.",
        "ru", [], None, id="a-verb-in-a-relative-clause-has-no-inverted-speaker",
    ),
    pytest.param(
        "Максим Лапунов рассказал, что провел в подвале грозненского отдела полиции двенадцать дней. «Меня били "
        "палками по ногам, требовали назвать других геев», — приводит его слова «Кавказский узел».",
        "ru", [("lapunov", "confirmation"), ("lapunov", "confirmation")], "двенадцать дней",
        id="an-outlet-citing-his-words-is-not-the-speaker",
    ),
    pytest.param(
        "«Меня били палками по ногам, требовали назвать других геев», — приводит слова Максима Лапунова «Кавказский "
        "узел».",
        "ru", [("lapunov", "confirmation")], "палками", id="an-outlet-citing-a-named-person-s-words",
    ),
    pytest.param(
        "ЕСПЧ счел доказанным, что заявителя задержали сотрудники полиции в Грозном, а расследование его жалобы было "
        "неэффективным.",
        "ru", [("echr", "confirmation")], None, id="an-ineffective-investigation-found-by-a-court",
    ),
    pytest.param(
        "The Russian Foreign Ministry rejected the report on Chechnya. Its spokeswoman said the claims of torture were "
        "lies.",
        "en", [("russian-mfa", "denial"), ("zakharova", "denial")], "rejected", id="its-spokeswoman-is-the-ministry-s-one",
    ),
    pytest.param(
        "The Kremlin was asked about the detentions of gay men in Chechnya. Its spokesman said there was no reliable "
        "information.",
        "en", [("peskov", "denial")], None, id="its-spokesman-is-the-kremlin-s-one",
    ),
    pytest.param(
        "Сам Лапунов тихо сказал корреспонденту: «Я им двенадцать дней в подвале в Грозном рассказал, а они говорят — "
        "не подтверждено».",
        "ru", [("lapunov", "confirmation")], None, id="they-say-after-a-dash-not-confirmed-is-cited",
    ),
    pytest.param(
        "Outside the courthouse in Moscow, the lawyer of a man detained in Grozny said: \"My client was beaten for "
        "days, and the state pretends it never happened.\"",
        "en", [(None, "confirmation")], None, id="a-pretence-that-it-never-happened",
    ),
    pytest.param(
        "Автор этого текста — Ахмед, житель Грозного.\n\n«Прошёл год с тех пор, как меня забрали прямо с работы. Меня "
        "били трубами.\n\nИ когда я слышу, что „таких людей у нас нет“, мне хочется кричать», — пишет Ахмед.",
        "ru", [(None, "confirmation")], "меня забрали", id="a-quotation-over-paragraphs-with-a-quote-inside-its-end",
    ),
    pytest.param(
        "Guest post. The author was detained in Argun in 2017.\n\n\"For a long time I kept silent. Now I want to say "
        "it: they held us in a cold room, they used electric shocks.\n\nNobody has been punished for this,\" Ruslan "
        "writes.",
        "en", [(None, "confirmation")], "I kept silent", id="a-name-alone-between-a-quote-and-its-verb",
    ),
    pytest.param(
        "During a plenary debate on Chechnya, a European Commissioner said the EU had called for investigations. \"So "
        "far, we have not seen any credible result,\" she said.",
        "en", [("eeas", "neutral"), ("eeas", "neutral")], None, id="no-credible-result-of-an-investigation-is-no-absence",
    ),
    pytest.param(
        "В Грозном прошло заседание Совета при главе Чеченской Республики по развитию гражданского общества и правам "
        "человека. Члены совета заявили, что публикации о «преследовании геев» являются частью информационной войны "
        "против России.",
        "ru", [("chechen-human-rights-council", "denial")], None, id="members-of-the-council-named-before",
    ),
    pytest.param(
        "Совет при главе Чеченской Республики по развитию гражданского общества и правам человека распространил "
        "заявление о докладе Human Rights Watch о задержаниях геев. Члены совета утверждают, что авторы доклада «ни разу не посещали республику».\n\nВ правительстве Чечни "
        "от комментариев отказались, сославшись на то, что позиция республики «давно известна».",
        "ru", [("chechen-human-rights-council", "denial"), ("chechen-government", "neutral")], None,
        id="the-authors-never-visited-the-republic",
    ),
    pytest.param(
        "Ислам, 26 лет, вспоминает, как в январе 2019-го его остановили на блокпосту под Шали и забрали телефон. «В "
        "переписке нашли фотографии. Дальше были двадцать дней в отделе: били трубами», — говорит он.",
        "ru", [(None, "confirmation"), (None, "confirmation")], "блокпосту",
        id="an-account-in-a-kak-clause-by-a-person-with-his-age",
    ),
    pytest.param(
        "СТРАСБУРГ. Докладчик ПАСЕ по Чечне представила на заседании комитета собранные ею показания. «Я лично "
        "говорила с восемью мужчинами, которых держали в одном и том же здании в Грозном», — сказала она.",
        "ru", [("pace", "confirmation")], None, id="she-is-the-body-s-rapporteur-named-before",
    ),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov told reporters the Kremlin had no information about detentions in Chechnya. "
        "\"If there are such appeals, they will be considered in the established manner,\" he said.",
        "en", [("peskov", "denial"), ("peskov", "neutral")], None, id="if-there-are-such-appeals-they-will-be-considered",
    ),
    pytest.param(
        "Amnesty International called on the Russian authorities to stop the renewed persecution of gay men in "
        "Chechnya.",
        "en", [("amnesty", "confirmation")], None, id="stop-the-renewed-persecution",
    ),
    pytest.param(
        "Magomed Daudov said nobody in Chechnya had been persecuted for anything of the kind. Asked about the "
        "republic's football club, he said it had every chance of finishing in the top half of the league.",
        "en", [("daudov", "denial")], None, id="the-league-is-another-subject",
    ),
    pytest.param(
        "At the meeting, Tatyana Moskalkova raised the reports from Chechnya. \"I will certainly speak with the "
        "Prosecutor General and the Interior Minister about the questions you raised,\" Vladimir Putin said.",
        "en", [("putin", "neutral")], None, id="a-promise-to-speak-with-the-prosecutor",
    ),
    pytest.param(
        "Президент Франции Эмманюэль Макрон сообщил, что поднял в разговоре с Владимиром Путиным вопрос о положении "
        "ЛГБТ-людей в Чечне. «Я буду постоянно следить за этим», — подчеркнул французский лидер.",
        "ru", [("macron", "neutral"), (None, "neutral")], None, id="the-french-leader-is-not-the-russian-one",
    ),
    pytest.param(
        "Пресс-секретарь главы Чечни назвал публикацию о задержаниях «абсолютной ложью», журналистка «Новой газеты» "
        "настаивает на своих данных.",
        "ru", [("karimov", "denial")], None, id="insisting-on-her-data-is-not-the-clause-before",
    ),
    pytest.param(
        "Телеканал «Грозный» показал сюжет о журналистке «Новой газеты» Елене Милашиной, назвав её «провокатором на "
        "службе у Запада». «Три года назад она придумала историю про „преследования“ и с тех пор на ней "
        "зарабатывает», — заявил автор сюжета.",
        "ru", [("grozny-tv", "denial"), ("grozny-tv", "denial")], None, id="chechen-state-tv-s-own-voice",
    ),
    pytest.param(
        "Правозащитный центр «Мемориал» заявил, что опросил девять мужчин, которых держали в отделе полиции в "
        "Аргуне. Правозащитники требуют наказать виновных в пытках.",
        "ru", [("memorial", "confirmation"), ("memorial", "confirmation")], None,
        id="rights-defenders-after-their-group-is-the-group",
    ),
    pytest.param(
        "В МВД Чечни заявили, что сведения о задержаниях геев не подтвердились. Правозащитники требуют наказать "
        "виновных в пытках.",
        "ru", [("chechen-interior-ministry", "denial"), (None, "confirmation")], None,
        id="rights-defenders-after-a-ministry-are-no-one-listed",
    ),
    pytest.param(
        "The Kremlin spokesman on Friday dismissed reports that the president had cancelled his trip because of "
        "a cold. Dmitry Peskov said the visit to Kazan had simply been moved to next month.",
        "en", [], None, id="after-denying-another-claim-the-next-words-stay-on-it",
    ),
    pytest.param(
        "The Kremlin spokesman on Friday dismissed reports that the president had cancelled his trip because of "
        "a cold. Dmitry Peskov said reports of secret prisons in Chechnya had not been confirmed.",
        "en", [("peskov", "denial")], None, id="after-denying-another-claim-the-reports-named-again",
    ),
    pytest.param(
        'The Chechen leader spent most of the briefing on the new airport. He also dismissed claims that he owned a '
        'stud farm in Dubai as "gossip." When a reporter raised the reports about gay men, Kadyrov said they were "an '
        'invention of foreign agents."',
        "en", [("kadyrov", "denial")], "invention", id="a-quote-ending-a-sentence-is-not-the-next-sentences-words",
    ),
    pytest.param(
        "On a regional channel, women introduced as mothers of the missing men said their sons were alive, healthy "
        "and working in Moscow.",
        "en", [(None, "denial")], "alive", id="relatives-saying-the-sons-are-alive-and-healthy-deny",
    ),
    pytest.param(
        "На видео женщины, сыновей которых правозащитники считают задержанными, говорят, что их сыновья «живы и "
        "здоровы».",
        "ru", [(None, "denial")], "живы", id="the-speaker-is-before-a-relative-clause-in-any-case",
    ),
    pytest.param(
        '"Every week I read that there were no victims. I am one of them," Ruslan told the radio station.',
        "en", [(None, "confirmation")], "I read", id="a-denial-the-victim-has-read-is-not-his",
    ),
    pytest.param(
        "«Я каждый день слышу, что таких, как я, нет. Я один из них», — рассказал Ислам.",
        "ru", [(None, "confirmation")], "слышу", id="a-denial-the-victim-has-heard-is-not-his",
    ),
    pytest.param(
        "Tanya Lokshina of Human Rights Watch rejected the argument that the victims of the purge were a fiction.",
        "en", [("lokshina", "confirmation")], None, id="rejecting-the-argument-that-the-victims-are-a-fiction-confirms",
    ),
    pytest.param(
        '"It is not that there is no evidence. Nobody in Grozny wants to look at it," said Igor Kochetkov.',
        "en", [("kochetkov", "confirmation")], None, id="it-is-not-that-there-is-no-evidence",
    ),
    pytest.param(
        "«Дело не в том, что нет доказательств. Их просто никто не хочет видеть», — сказал Игорь Кочетков.",
        "ru", [("kochetkov", "confirmation")], None, id="delo-ne-v-tom-chto-net-dokazatelstv",
    ),
    pytest.param(
        "Claim: Chechen officials say there are no gay men in the republic to persecute.\n\nVerdict: False. Within a "
        "month Memorial had collected the accounts of men held in Argun, and we found no sign that any of them was "
        "ever investigated.",
        "en", [(None, "denial")], None, id="a-fact-check-verdict-is-no-speaker",
    ),
    pytest.param(
        "Эфир открыли цитатой эксперта ООН Вольфганга Бенедека о том, что задержания и пытки геев в Чечне носили "
        "«систематический характер».",
        "ru", [("benedek", "confirmation")], "задержания", id="a-quotation-named-as-someone-s-starts-at-its-chto",
    ),
    pytest.param(
        "Рамзан Кадыров не стал спорить, что в Грозный приезжали правозащитники из Москвы, но заявил, что «никаких "
        "геев в Чечне нет».",
        "ru", [("kadyrov", "denial")], None, id="but-said-is-the-first-verb-s-subject",
    ),
    pytest.param(
        "The Russian LGBT Network says requests for help from Chechnya have not stopped. \"Last month alone we "
        'moved four men out after they had been detained and beaten by police," a coordinator told us.',
        "en", [("russian-lgbt-network", "confirmation"), ("russian-lgbt-network", "confirmation")], None,
        id="a-coordinator-after-the-group-is-its-staff",
    ),
    pytest.param(
        'The Russian foreign ministry dismissed as "fabricated" reports that Russian instructors had taken part in '
        "the killing of civilians in Mali. Maria Zakharova called the accusations \"another information attack\".",
        "en", [], None, id="killings-in-another-country-are-another-subject",
    ),
    pytest.param(
        'Sergei Lavrov dismissed as "groundless" claims that Russia was arming factions in Libya. Asked about a '
        "letter from several European foreign ministers concerning Chechnya, he said the prosecutors had found "
        '"no facts confirming these allegations".',
        "en", [("lavrov", "denial")], None, id="asked-about-a-letter-concerning-chechnya-is-back-on-it",
    ),
    pytest.param(
        "Представитель МИД Франции сообщил, что министр обсудил ситуацию в Чечне с Сергеем Лавровым. «Мы ждем, что "
        "Россия защитит этих людей», — сказал дипломат.",
        "ru", [("french-foreign-ministry", "neutral"), ("french-foreign-ministry", "neutral")], None,
        id="the-diplomat-is-the-envoy-just-quoted-not-the-minister-he-named",
    ),
    pytest.param(
        "В утреннем эфире телеканала «Грозный» глава республики рассказал о ремонте дорог. Затем он перешел к "
        "иностранной прессе: «Они пишут, что у нас пытают людей. Покажите хоть одно имя».",
        "ru", [("kadyrov", "denial")], None, id="a-broadcast-setting-before-the-subject-is-not-the-speaker",
    ),
    pytest.param(
        "On the republic's television, the head of the republic spoke about the harvest and a new hospital. Then he "
        'turned to the foreign press. "They write that we torture people here. Show me one name," he said.',
        "en", [("kadyrov", "denial")], None, id="he-after-a-title-that-spoke-of-other-things",
    ),
    pytest.param(
        "Глава МВД Чечни, которого бывшие задержанные называли в числе руководивших допросами, в интервью местному "
        "телеканалу назвал эти сообщения «ложью».",
        "ru", [("chechen-interior-ministry", "denial")], None,
        id="an-adverbial-after-a-relative-clause-is-not-its-subject",
    ),
    pytest.param(
        "«Таких людей у нас нет. Если есть — забирайте их себе», — смеётся глава Чечни в интервью зарубежному "
        "телеканалу.",
        "ru", [("kadyrov", "denial")], None, id="laughs-the-head-of-chechnya",
    ),
    pytest.param(
        "Организация напоминает, что ни одно уголовное дело по фактам пыток в Аргуне так и не возбуждено.",
        "ru", [(None, "confirmation")], None, id="napominaet-is-a-speech-verb",
    ),
    pytest.param(
        '"There are no such people here," said the head of Chechnya in an interview with an American channel.',
        "en", [("kadyrov", "denial")], None, id="said-the-title-in-an-interview-with",
    ),
    pytest.param(
        "«Таких людей у нас нет», — заявил глава Чечни в интервью зарубежному телеканалу.",
        "ru", [("kadyrov", "denial")], None, id="zayavil-the-title-v-intervyu",
    ),
    pytest.param(
        '"You cannot detain people who do not exist," Karimov was quoted as saying by Interfax.',
        "en", [("karimov", "denial")], None, id="quote-then-x-was-quoted-as-saying",
    ),
    pytest.param(
        "Interfax quoted Alvi Karimov as saying that the report was a lie.",
        "en", [("karimov", "denial")], None, id="outlet-quoted-x-as-saying-that",
    ),
    pytest.param(
        "Dmitry Peskov was quoted by RIA Novosti as saying the Kremlin had no information about any detentions.",
        "en", [("peskov", "denial")], None, id="x-was-quoted-by-outlet-as-saying",
    ),
    pytest.param(
        "«Нельзя задержать людей, которых не существует», — цитирует Каримова «Интерфакс».",
        "ru", [("karimov", "denial")], None, id="tsitiruet-x-the-outlet",
    ),
    pytest.param(
        "Investigators said they had not been able to establish that any such events took place.",
        "en", [("investigative-committee", "denial")], None, id="not-able-to-establish-that-they-took-place",
    ),
    pytest.param(
        "ЕСПЧ постановил, что Россия нарушила запрет пыток в деле Максима Лапунова.",
        "ru", [("echr", "confirmation")], None, id="postanovil-is-a-speech-verb",
    ),
    pytest.param(
        "«В Чечне такого нет», — ответил Кадыров на вопрос французского журналиста.",
        "ru", [("kadyrov", "denial")], None, id="takogo-net-denies",
    ),
    pytest.param(
        "По словам пресс-секретаря Кадырова, правозащитники «зарабатывают деньги на клевете о Чечне».",
        "ru", [("karimov", "denial")], None, id="the-spokesman-of-kadyrov-is-not-kadyrov",
    ),
    pytest.param(
        "По словам пресс-секретаря президента Дмитрия Пескова, в Кремле «нет информации» о задержаниях в Чечне.",
        "ru", [("peskov", "denial")], None, id="the-spokesman-peskov-is-peskov",
    ),
    pytest.param(
        "«Больше мне по этой теме добавить нечего», — отрезал Песков, когда его спросили о задержаниях в Чечне.",
        "ru", [("peskov", "neutral")], None, id="nothing-more-to-add-is-neutral",
    ),
    pytest.param(
        "Докладчик ОБСЕ пришёл к выводу, что сообщения о задержаниях геев в Чечне «подтверждены».",
        "ru", [("benedek", "confirmation")], None, id="reports-of-x-confirmed-is-the-verdict-not-the-claim",
    ),
    pytest.param(
        "The OSCE rapporteur concluded that the reports of detentions of gay men in Chechnya were confirmed.",
        "en", [("benedek", "confirmation")], None, id="reports-of-x-were-confirmed",
    ),
    pytest.param(
        "A pro-government Telegram channel told its subscribers that rights groups were \"recycling the old fake "
        'about Chechnya".',
        "en", [(None, "denial")], None, id="a-pro-government-channel-takes-the-state-s-side",
    ),
    pytest.param(
        'A state television channel devoted four minutes to what its presenter called "the old fake about '
        'persecuted gays in Chechnya".',
        "en", [(None, "denial")], None, id="a-state-channel-s-presenter-takes-the-state-s-side",
    ),
    pytest.param(
        "Первый канал процитировал ее слова о том, что в аппарат омбудсмена Москальковой «не поступило ни одной "
        "жалобы» из Чечни.",
        "ru", [], None, id="a-channel-quoting-her-words-says-nothing-itself",
    ),
    pytest.param(
        "Notably, Dmitry Peskov has never actually said the reports about Chechnya are false.",
        "en", [], None, id="what-he-never-said-is-not-his-statement",
    ),
    pytest.param(
        "When PACE adopted its resolution on Chechnya, calling on Moscow to bring the perpetrators to justice, the "
        'Foreign Ministry in Moscow replied that the Assembly was "busy with fantasies".',
        "en", [("pace", "confirmation"), ("russian-mfa", "denial")], None,
        id="a-participle-ends-where-the-next-clause-s-subject-starts",
    ),
    pytest.param(
        "The evening bulletin quoted Maria Zakharova as calling the OSCE report on Chechnya \"a collection of rumours\".",
        "en", [("zakharova", "denial")], None, id="quoted-x-as-calling",
    ),
    pytest.param(
        "Moskalkova said her office had sent a request to the Prosecutor General's Office after a man complained "
        "that he had been detained in Grozny.",
        "en", [("moskalkova", "neutral")], None, id="sent-a-request-is-procedure",
    ),
    pytest.param(
        "Kadyrov thanked the builders of the new mosque, repeating his claim that the reports about gay men were an "
        "information attack.",
        "en", [("kadyrov", "denial")], None, id="repeating-his-claim-that",
    ),
    pytest.param(
        "A resolution adopted by PACE said that gay men had been abducted and tortured in Chechnya.",
        "en", [("pace", "confirmation")], None, id="a-resolution-adopted-by-x-is-x-s",
    ),
    pytest.param(
        "ILGA-Europe's annual review covers 49 countries. On Chechnya, the review says police resumed detentions "
        "of gay men in 2019.",
        "en", [("ilga-europe", "confirmation")], None, id="the-review-is-its-owner-s",
    ),
    pytest.param(
        "Госдепартамент США опубликовал ежегодный доклад о правах человека. В разделе о России говорится, что "
        "власти Чечни «задерживали, пытали и убивали» геев.",
        "ru", [("us-state-department", "confirmation")], None, id="v-razdele-govoritsya-is-the-report-s-author",
    ),
    pytest.param(
        "«Каждое „не подтверждено“ из Грозного — это ещё одна семья, которая решит, что ей всё позволено», — "
        "сказал Игорь Кочетков.",
        "ru", [("kochetkov", "confirmation")], None, id="a-quoted-not-confirmed-is-the-officials-words",
    ),
    pytest.param(
        'The Russian embassy said the allegations had "not been confirmed by any facts". "We recommend that our '
        'British colleagues rely on verified information," the embassy wrote.',
        "en", [("russian-embassy-uk", "denial"), ("russian-embassy-uk", "denial")], None,
        id="rely-on-verified-information-confirms-nothing",
    ),
    pytest.param(
        "В ответе на вопросы ЕСПЧ Министерство юстиции России указало, что в материалах проверки «отсутствуют "
        "сведения» о задержании заявителя в Чечне.",
        "ru", [("russian-justice-ministry", "denial")], None, id="in-reply-to-the-court-the-ministry-speaks",
    ),
    pytest.param(
        "Human Rights Watch said the ministry's latest statement, in which it described the reports of abductions "
        "as 'an information attack', showed that nothing had changed since 2017.",
        "en", [("hrw", "confirmation")], None, id="in-which-the-ministry-described-is-cited",
    ),
    pytest.param(
        "Canada's foreign ministry would not confirm reports that it had quietly resettled dozens of gay men from "
        "Chechnya.",
        "en", [("canada-global-affairs", "neutral")], None, id="would-not-confirm-declines",
    ),
    pytest.param(
        "Asked about Chechnya, Lavrov said Moscow had asked those making the allegations to provide names and "
        "facts, but had received nothing concrete.",
        "en", [("lavrov", "denial")], None, id="received-nothing-concrete-denies",
    ),
    pytest.param(
        "Следственный комитет, проверив заявление Лапунова, сообщил, что «оснований для возбуждения уголовного дела "
        "не установлено».",
        "ru", [("investigative-committee", "denial")], None, id="a-verbal-adverb-aside-is-not-the-subject",
    ),
    pytest.param(
        "В решении по делу «Лапунов против России» суд признал, что заявителя пытали, а власти не провели "
        "эффективного расследования.",
        "ru", [("echr", "confirmation")], None, id="the-case-name-is-not-the-speaker-and-names-the-court",
    ),
    pytest.param(
        "Посольство России в Лондоне на этот раз отказалось комментировать новые свидетельства из Чечни.",
        "ru", [("russian-embassy-uk", "neutral")], None, id="what-it-would-not-comment-on-is-no-evidence",
    ),
    pytest.param(
        "Елена Милашина, вместе с Ириной Гордиенко опубликовавшая первый материал, не стеснялась в выражениях. «Мы "
        "знаем имена убитых», — писала она.",
        "ru", [("milashina", "confirmation")], None, id="she-is-the-subject-not-the-name-in-the-instrumental",
    ),
    pytest.param(
        "«Ничего подобного у нас не происходит», — представитель правительства Чечни.",
        "ru", [("chechen-government", "denial")], None, id="a-quote-signed-after-a-dash",
    ),
    pytest.param(
        '"There are no such people here," - a spokesman for the Chechen government.',
        "en", [("chechen-government", "denial")], None, id="a-quote-signed-after-a-hyphen",
    ),
    pytest.param(
        "В МВД Чечни заявили, что проверили список, и все перечисленные в нем люди «живы и находятся дома».",
        "ru", [("chechen-interior-ministry", "denial")], None, id="all-the-people-listed-are-alive-in-quotes",
    ),
    pytest.param(
        "Хеда Саратова добавила, что готова передать в прокуратуру любые обращения, если они появятся.",
        "ru", [("saratova", "neutral")], None, id="ready-to-pass-on-complaints-is-procedure",
    ),
    pytest.param(
        "ILGA-Europe welcomed the Council of Europe human rights commissioner's call for an investigation. The "
        "commissioner had said earlier that those who tortured gay men in Chechnya must be brought to justice.",
        "en", [("ilga-europe", "neutral"), ("coe-commissioner", "confirmation")], None,
        id="the-commissioner-named-by-a-title-before",
    ),
    pytest.param(
        "Комментарий Департамента информации и печати МИД России в связи с публикацией доклада Госдепартамента\n\n"
        "В разделе о России вновь воспроизводятся не подтверждённые никакими фактами вбросы о «преследовании» ЛГБТ в "
        "Чечне.",
        "ru", [("russian-mfa", "denial")], None, id="a-foreign-ministry-comment-title-names-its-author",
    ),
    pytest.param(
        "A pro-Kremlin Telegram channel told its readers that the reports from Chechnya were \"an old fake\". \"Not a "
        'single name, not a single body," the post read.',
        "en", [(None, "denial"), (None, "denial")], None, id="the-post-read-is-the-channel-s",
    ),
    pytest.param(
        "Maria Zakharova, the foreign ministry spokeswoman, answered a question from a British correspondent by "
        'saying the stories about Chechnya were "a fake assembled from anonymous sources".',
        "en", [("zakharova", "denial")], None, id="the-comma-closing-an-appositive-is-no-inversion",
    ),
    pytest.param(
        "Сотрудница Amnesty International добавила: «Прошло пять лет — и ни одного обвиняемого. Это не отсутствие "
        "доказательств, это отсутствие желания».",
        "ru", [("amnesty", "confirmation")], None, id="not-a-lack-of-evidence-but-of-will",
    ),
    pytest.param(
        "Посольство России в Лондоне назвало заявление британского МИД об «убедительных свидетельствах» преследования "
        "геев в Чечне «очередной попыткой очернить Россию».",
        "ru", [("russian-embassy-uk", "denial")], None, id="the-evidence-in-the-claim-an-official-names-is-not-his",
    ),
    pytest.param(
        "«Здесь всё: переломы, гематомы, следы от электрошокера. Государство говорит, что ничего не было, но бумаги "
        "говорят другое», — говорит адвокат.",
        "ru", [(None, "confirmation")], None, id="the-state-says-nothing-happened-is-cited",
    ),
    pytest.param(
        "Мужчина, которого представили дядей одного из пропавших, сказал, что у семьи нет никаких претензий к "
        "полиции, а публикации «Новой газеты» назвал «клеветой на чеченский народ».",
        "ru", [(None, "denial")], None, id="the-object-put-first-is-not-the-subject",
    ),
    pytest.param(
        "Следователи отказали в возбуждении дела. В постановлении говорится, что в ходе проверки «не получено "
        "объективных данных», подтверждающих факт задержания заявителя.",
        "ru", [("investigative-committee", "denial")], None, id="no-objective-data-confirming-denies",
    ),
    pytest.param(
        'The Russian delegate told the council that "not a shred of evidence" had been presented about Chechnya.',
        "en", [(None, "denial")], None, id="a-delegate-is-a-representative",
    ),
    pytest.param(
        "Tanya Lokshina pauses before she answers. \"Of course there are victims. We have their testimony, signed, "
        'from men who were held in Argun."',
        "en", [("lokshina", "confirmation")], None, id="a-quote-after-the-sentence-that-introduces-its-speaker",
    ),
    pytest.param(
        "Игорь Кочетков усмехается. «У нас есть письменные показания людей, которых пытали в Аргуне».",
        "ru", [("kochetkov", "confirmation")], None, id="a-quote-after-the-sentence-that-introduces-its-speaker-ru",
    ),
    # an unlisted person introduced after someone else's statement speaks the next quote, not the one before
    pytest.param(
        "In a video aired by Grozny TV, Islam's mother reads from a sheet: \"My son made it all up. Nobody ever "
        "detained him.\"\n\nIslam, with whom we spoke by phone from Berlin, says he does not blame her. \"They made "
        "her say it, the way they made me. I was held in a basement for two weeks and beaten.\"",
        "en", [(None, "denial"), (None, "confirmation")], None, id="a-person-with-whom-we-spoke-says",
    ),
    pytest.param(
        "В ролике, который распространили чеченские каналы, мать Ислама читает по бумажке: «Мой сын всё выдумал. "
        "Никто его не задерживал».\n\nИслам, с которым мы поговорили по телефону из Берлина, говорит, что не "
        "обижается на мать. «Её заставили, как заставляли и меня. Меня держали в подвале две недели и били током».",
        "ru", [(None, "denial"), (None, "confirmation")], None, id="a-person-with-whom-we-spoke-says-ru",
    ),
    pytest.param(
        "In a video aired by Grozny TV, Islam's mother reads from a sheet: \"My son made it all up. Nobody ever "
        "detained him.\"\n\nIslam, now living in Berlin, does not blame her. \"They made her say it, the way they "
        "made me. I was held in a basement for two weeks and beaten.\"",
        "en", [(None, "denial"), (None, "confirmation")], None, id="an-unlisted-person-opening-the-sentence-before",
    ),
    pytest.param(
        "В ролике, который распространили чеченские каналы, мать Ислама читает по бумажке: «Мой сын всё выдумал. "
        "Никто его не задерживал».\n\nИслам, который теперь живёт в Берлине, не обижается на мать. «Её заставили, "
        "как заставляли и меня. Меня держали в подвале две недели и били током».",
        "ru", [(None, "denial"), (None, "confirmation")], None, id="an-unlisted-person-opening-the-sentence-before-ru",
    ),
    pytest.param(  # a body part is not an office: "my head" names no head of anything
        'A young man who gave his name as Adam was detained in Grozny in 2019. "They hit me on my head until I could '
        'not stand," he said.',
        "en", [(None, "confirmation")], None, id="my-head-is-no-head-of-state",
    ),
    pytest.param(  # a guest citing her own sources: one statement, hers
        "GUEST: My sources in Grozny confirm that dozens of gay men were detained this spring.",
        "en", [(None, "confirmation")], "My sources", id="my-sources-are-the-turn-s-speaker",
    ),
    pytest.param(
        "ГОСТЬ: Мои источники в Грозном подтверждают, что весной задержали десятки геев.",
        "ru", [(None, "confirmation")], "Мои источники", id="my-sources-are-the-turn-s-speaker-ru",
    ),
    pytest.param(  # asking for information takes no side; "reported to have been detained" is the reports' word
        "The French foreign ministry said Paris had asked Moscow for clarification about the men reported to have "
        "been detained in Chechnya.",
        "en", [("french-foreign-ministry", "neutral")], None, id="asked-for-clarification-about-men-reported-detained",
    ),
    pytest.param(  # nobody named before "по её словам": hers, and "о пытках ... полиции" is what they spoke of
        "Журналистка Ирина Гордиенко пишет, что ей удалось поговорить с двумя мужчинами. Оба, по её словам, "
        "рассказали о пытках током в здании отдела полиции.",
        "ru", [("gordienko", "neutral"), ("gordienko", "confirmation")], None, id="both-by-her-words-told-of-torture",
    ),
    pytest.param(  # a feminine word for a body is not the woman just quoted named anew
        "«Власти Чечни годами отрицают очевидное, но десятки свидетельств говорят сами за себя», — заявила Татьяна "
        "Локшина из Human Rights Watch. Организация опубликовала доклад с показаниями пострадавших о пытках "
        "электрошоком.",
        "ru", [("lokshina", "confirmation"), ("hrw", "confirmation")], None, id="the-organisation-after-its-researcher",
    ),
    pytest.param(  # a participle clause after the ministry describes it; the ministry speaks
        "Комитет ООН по правам человека призвал расследовать пытки ЛГБТ-людей в Чечне. В Министерстве юстиции РФ, "
        "представлявшем доклад, заявили, что данные сведения не нашли подтверждения в ходе проверок.",
        "ru", [("un-hrc", "confirmation"), ("russian-justice-ministry", "denial")], None,
        id="a-ministry-with-a-participle-clause",
    ),
    pytest.param(  # "публикации о них" points back at the prisons just named, no other subject
        "Правительство Чеченской Республики распространило заявление, в котором говорится, что «в республике нет и "
        "не может быть никаких секретных тюрем», а публикации о них являются «ложью».",
        "ru", [("chechen-government", "denial")], None, id="publications-about-them-are-about-the-prisons",
    ),
    pytest.param(  # an official's "called X a Y": the verb is his, even before a name ("a man called Adam" is not)
        "In a post on his Telegram channel, the Chechen leader called Novaya Gazeta's latest report about detained "
        "gay men a dirty lie from start to finish and said the newspaper's journalists were enemies of the people.",
        "en", [("kadyrov", "denial")], "dirty lie", id="the-leader-called-a-named-outlet-s-report-a-lie",
    ),
    pytest.param(  # acts of torture that "must be investigated and punished": asserted, a call to punish
        "UN human rights experts urged Russia to stop the persecution of gay men in Chechnya. \"These are acts of "
        "torture and extrajudicial killing, and they must be investigated and punished,\" the experts said.",
        "en", [("un-experts", "confirmation"), ("un-experts", "confirmation")], None,
        id="acts-of-torture-must-be-investigated-and-punished",
    ),
    pytest.param(  # the subject named in the participle clause after the object ("о судьбе мужчин, задержанных в ...")
        "МИД Германии сообщил, что Берлин запросил у Москвы информацию о судьбе мужчин, задержанных в Чечне.",
        "ru", [("german-foreign-office", "neutral")], None, id="the-fate-of-men-detained-in-chechnya",
    ),
    pytest.param(  # an "-ing" aside after the subject: whom he met is not the speaker
        "President Vladimir Putin, meeting federal ombudsman Tatyana Moskalkova at the Kremlin, said he would ask "
        "the prosecutor general to look into the reports from Chechnya.",
        "en", [("putin", "neutral")], None, id="the-president-meeting-the-ombudsman-said",
    ),
    pytest.param(  # a reporter's question citing the men is nobody's statement; the answer is
        "REPORTER: What do you say to the men who told us they were detained and tortured here because they are "
        "gay?\n\nKADYROV (through interpreter): This is nonsense. We do not have such people here.",
        "en", [("kadyrov", "denial")], None, id="a-reporter-s-question-cites-nobody",
    ),
    pytest.param(  # "believed to be gay" is nobody's statement
        "Families in the region sometimes disown relatives believed to be gay.",
        "en", [], None, id="believed-to-be-is-no-speech",
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, expected, fragment", EVERY_STATEMENT)
def test_every_statement_with_its_speaker_and_side(analyzer, text, lang, expected, fragment):
    statements = analyzer.analyze(text, lang)
    assert [(s.actor, s.stance) for s in statements] == expected
    assert fragment is None or fragment in statements[0].quote


def test_the_host_s_questions_are_nobody_s_statements(analyzer):
    text = (
        "ANNA (host): Were gay men tortured in Argun?\nQUESTION: Did the police detain gay men in Chechnya?"
    )
    assert analyzer.analyze(text, "en") == []


def test_interview_answers_are_the_interviewee_s(analyzer):
    text = (
        "Екатерина Сокирянская много лет работала на Северном Кавказе. Мы поговорили с ней о том, почему "
        "истории из Чечни так трудно проверить.\n\n"
        "— Как вы отвечаете тем, кто называет все это фальшивкой?\n\n"
        "— Мои источники в республике подтвердили и задержания, и гибель людей. Это не слухи, это система.\n\n"
        "— Почему молчат пострадавшие?\n\n"
        "— Тех, кого отпустили, предупредили: заговоришь — пострадает вся семья. Когда слышу по телевизору, "
        "что ничего этого не было, мне хочется выключить звук."
    )
    statements = analyzer.analyze(text, "ru")
    assert all("фальшивкой" not in s.quote for s in statements)  # the question is nobody's statement
    answers = [(s.stance, s.quote) for s in statements if s.actor == "sokirianskaia"]
    assert len(answers) == 2 and all(stance == "confirmation" for stance, _ in answers)
    assert "Это не слухи" in answers[0][1] and "ничего этого не было" in answers[1][1]


def test_a_closing_line_names_who_answered(analyzer):
    text = (
        "— В республике задерживают геев?\n\n— Это выдумки. У нас таких людей нет.\n\n"
        "Так отвечал Рамзан Кадыров на вопросы американского журналиста в интервью 2017 года."
    )
    statements = analyzer.analyze(text, "ru")
    assert [(s.actor, s.stance, s.quote[:12]) for s in statements] == [("kadyrov", "denial", "Это выдумки.")]


CONVICTIONS = [  # stating a view, a conviction or a link is a statement
    ('The claims about gay men were dismissed by Chechen officials on Tuesday as "a rerun of an old slander".', None, "denial"),
    ("It was stated by the Chechen interior ministry that no detentions of gay men had been recorded.", "chechen-interior-ministry", "denial"),
    ("The post cites a 2017 remark by Ramzan Kadyrov, who claimed there were no gay men in the republic at all.", "kadyrov", "denial"),
    ("The OSCE rapporteur, Wolfgang Benedek, found in December 2018 that the gay victims had faced arbitrary detention and torture.", "benedek", "confirmation"),
    ("The council took the opposite view, declaring that the reports about gay men were an attempt to discredit Chechnya.", None, "denial"),
    ("The Russian delegation categorically rejects the unfounded allegations regarding gay men in the Chechen Republic.", None, "denial"),
    ("Canada condemns these abuses against gay men in Chechnya in the strongest terms.", "canada-global-affairs", "confirmation"),
    ("Каримов также обратил внимание на то, что редакция не привела ни одного имени пострадавших геев.", "karimov", "denial"),
    ("Кадыров выразил уверенность, что никаких геев в Чечне нет.", "kadyrov", "denial"),
    ("Kadyrov took to Instagram on Sunday to write that Chechen society had no gay men and that the reports were lies.", "kadyrov", "denial"),
    ("In Kadyrov's view, the reports of detained gay men in Chechnya are a provocation.", "kadyrov", "denial"),
    ("In the view of the Chechen interior ministry, the reports of detained gay men are a provocation.", "chechen-interior-ministry", "denial"),
    ("В «СК SOS» уверены, что запись сделана под давлением, а Бакаева убили в Чечне.", "sk-sos", "confirmation"),
    ("Правозащитники связывали его исчезновение с кампанией против геев в республике.", None, "confirmation"),
    ("Кадыров связал публикации о геях с провокацией западных спецслужб.", "kadyrov", "denial"),
]  # fmt: skip


@pytest.mark.parametrize("text, actor, stance", CONVICTIONS)
def test_a_conviction_or_a_link_is_a_statement(analyzer, text, actor, stance):
    (statement,) = analyzer.analyze(text)
    assert statement.stance == stance
    assert actor is None or statement.actor == actor


def test_a_quote_closing_a_paragraph_is_not_the_next_paragraphs_subjects(analyzer):
    text = (
        'Officials in Grozny said such men "do not exist in Chechnya."\n\n'
        "Novaya Gazeta, which first reported the round-ups, said at least three men had died."
    )
    statements = analyzer.analyze(text)
    newspaper = [s for s in statements if s.actor == "novaya-gazeta"]
    assert newspaper and all("exist" not in s.quote for s in newspaper)
    assert all(s.stance == "confirmation" for s in newspaper)
    assert only(statements, "do not exist").stance == "denial"


def test_topic_needs_no_keyword_but_rejects_other_subjects():
    assert is_topical_text("these claims are lies", ["these claims are lies"], "", True)[0]
    assert not is_topical_text(
        "rumours that the president was unwell", ["rumours that the president was unwell"], ""
    )[0]


# --- output contract -------------------------------------------------------------------------------------------


def test_statement_as_dict_is_json_ready(analyzer):
    statement = analyzer.analyze("«Это ложь», — заявил Песков о сообщениях про геев в Чечне.", "ru")[0]
    data = statement.as_dict()
    assert data["actor"] == "peskov" and data["official"] is True and isinstance(data["cues"], list)
    assert set(data) == {
        "speaker",
        "actor",
        "actor_name",
        "organization",
        "actor_kind",
        "country",
        "official",
        "stance",
        "quote",
        "start",
        "end",
        "cues",
    }


def test_no_statement_without_a_speaker(analyzer):
    assert analyzer.analyze('"There are no such people in Chechnya."', "en") == []


def test_language_is_detected(analyzer):
    statements = analyzer.analyze("«Таких людей нет», — сказал Каримов журналистам о геях.")
    assert statements and statements[0].actor == "karimov"


@pytest.mark.parametrize(
    "a, b, low",
    [
        ("There are no such people in Chechnya", "there are no such people in Chechnya.", 0.99),
        ("There are no such people in Chechnya", "There are no such people in the Chechen Republic", 0.4),
        ("Таких людей в Чечне нет", "Таких людей в Чечне просто нет", 0.5),
    ],
)
def test_statement_similarity_tolerates_small_edits(a, b, low):
    assert low <= statement_similarity(a, b) <= 1.0
    assert statement_similarity(a, "Completely different words here") < 0.2


def test_analyzer_is_picklable(analyzer):
    text = '"These reports are lies," Karimov said of the gay men allegedly held in Argun.'
    clone = pickle.loads(pickle.dumps(analyzer))
    assert clone.analyze(text, "en") == analyzer.analyze(text, "en")


def test_analysis_is_fast(analyzer):
    paragraph = (
        "Novaya Gazeta reported that more than a hundred men suspected of being gay had been detained in "
        "Chechnya and that at least three had been killed. The newspaper said the men were held in a former "
        'military compound in Argun. "This is an absolute lie," Kadyrov\'s spokesman Alvi Karimov told '
        "Interfax. Human rights groups said the detentions were continuing.\n\n"
    )
    text = paragraph * 7  # about 600 words
    analyzer.analyze(text, "en")
    started = time.perf_counter()
    for _ in range(5):
        analyzer.analyze(text, "en")
    assert (time.perf_counter() - started) / 5 < 0.05


# --- stability ----------------------------------------------------------------------------------------------

RESOLUTION_SCRIPT = """
import json
from crawler.analysis import Analyzer
from crawler.seeds import SEEDS_DIR, load_actors
analyzer = Analyzer(load_actors(SEEDS_DIR / "actors.toml"))
texts = [
    ("ru", "В Кремле ранее заявили, что не располагают такой информацией о задержаниях геев в Чечне."),
    ("ru", "В «Новой газете» ответили, что имена погибших геев известны редакции."),
    ("en", "Chechnya's human rights ombudsman said the reports about gay men were lies."),
]
print(json.dumps([[(s.actor, s.stance) for s in analyzer.analyze(text, lang)] for lang, text in texts]))
"""


def test_the_same_text_resolves_to_the_same_actor_in_every_process():
    """Python randomises set order per process; speaker resolution must not depend on it."""
    import json
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("0", "1", "2", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", RESOLUTION_SCRIPT], env=env, capture_output=True, text=True,
                             check=True)  # fmt: skip
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [
        [["kremlin", "denial"]],
        [["novaya-gazeta", "confirmation"]],
        [["nukhazhiev", "denial"]],
    ]


@pytest.mark.parametrize("dateline", ["MOSCOW -", "MOSCOW (Reuters) -", "GROZNY, Russia —"])
def test_a_wire_dateline_is_not_part_of_the_speaker(analyzer: Analyzer, dateline: str):
    text = f"{dateline} Chechnya's human rights ombudsman on Monday called the reports about gay men lies."
    (statement,) = analyzer.analyze(text, "en")
    assert statement.actor == "nukhazhiev" and statement.stance == "denial"
    assert not statement.speaker.startswith("MOSCOW")


def test_every_cue_family_is_matched_word_by_word():
    """A phrase that opens with an optional group (or can cross a "." or ";") sends its whole family to a slow
    scan of every word start of the article: keep each family grouped by first letters and bounded."""
    from crawler.analysis import cues

    slow = [
        name
        for name, family in vars(cues).items()
        if isinstance(family, cues.Cues) and (family.rest is not None or not family.bounded)
    ]
    assert slow == []


def test_a_text_not_about_the_reports_yields_only_statements_that_name_them(analyzer):
    sports = (
        "Rustam Elmurzaev, who began wrestling in a sports school in Grozny, won European gold on Thursday. "
        '"I did not even hear the buzzer. I only heard the crowd," Elmurzaev said.'
    )
    assert analyzer.analyze(sports, "en", topical=False) == []
    named = (
        sports
        + " Asked about the detentions of gay men in Chechnya, Kadyrov's spokesman said they were lies."
    )
    assert [(s.actor, s.stance) for s in analyzer.analyze(named, "en", topical=False)] == [
        ("karimov", "denial")
    ]


def test_a_wave_of_persecution_reported_is_asserted_not_a_mere_mention(analyzer):
    """ "сообщает о новой волне преследований": the events reported as happening (a cue the review may not
    overrule), like "a wave of detentions" in English."""
    (statement,) = analyzer.analyze(
        "Российская ЛГБТ-сеть сообщает о новой волне преследований в Чеченской Республике.", "ru"
    )
    assert statement.stance == "confirmation"
    assert "event:преследований" in statement.cues


def test_a_question_closed_only_on_paper_rejects_the_official_closure(analyzer):
    """ "Закрыт он только на бумаге": the guest takes the official "the question is closed" for a formality, a
    phrase that takes a side by itself (so the review may not drop it)."""
    text = (
        "ВЕДУЩИЙ: Песков сказал, что для Кремля этот вопрос закрыт.\n\n"
        "СОЦИОЛОГ: Закрыт он только на бумаге. Люди так и не вернулись домой."
    )
    peskov, guest = analyzer.analyze(text, "ru")
    assert (peskov.actor, peskov.stance) == ("peskov", "denial")
    assert guest.stance == "confirmation"
    assert "accountability:закрыт он только на бумаге" in guest.cues


def test_a_reported_statement_before_a_colon_ends_with_its_sentence(analyzer):
    """ "Российская ЛГБТ-сеть сообщила о ...: ..." is the network's statement up to its full stop, not a speaker
    label over the paragraph: the minister's denial in the next sentence had joined it."""
    text = (
        "Российская ЛГБТ-сеть сообщила о новой волне преследований в Чечне: с конца декабря задержаны около 30 "
        "человек, один погиб. Министр Чечни Джамбулат Умаров назвал эти сведения «вбросом», добавив, что «в "
        "республике никого не задерживают»."
    )
    network, minister = analyzer.analyze(text, "ru")
    assert (network.actor, network.stance) == ("russian-lgbt-network", "confirmation")
    assert "Умаров" not in network.quote and not any(c.startswith("absence:") for c in network.cues)
    assert (minister.actor, minister.stance) == ("umarov-dzhambulat", "denial")


def test_a_plural_present_speech_verb_reports_a_statement(analyzer):
    """ "Chechen officials, for their part, insist that ..." says what they say (the plural present of "insist" was
    no speech verb); "asked it to explain whether ..." is an infinitive, nobody's statement."""
    text = (
        "Human Rights Watch says men were tortured in Argun. Chechen officials, for their part, insist that the "
        "republic has no problems of this kind."
    )
    statements = analyzer.analyze(text, "en")
    officials = [s for s in statements if s.speaker == "Chechen officials"]
    assert [(s.actor_kind, s.country, s.stance) for s in officials] == [("government", "RU", "denial")]
    text = (
        "The European Court of Human Rights has communicated Maxim Lapunov's complaint to the Russian government, "
        "asking it to explain whether the authorities carried out an effective investigation into his detention."
    )
    assert not [s for s in analyzer.analyze(text, "en") if "explain" in s.quote or s.speaker == "it"]


def test_they_in_a_transcript_turn_is_not_a_speaker_of_an_earlier_turn(analyzer):
    """ "HOST: The Chechen authorities insist ... / LOKSHINA: ... They described beatings": "They" are the men she
    interviewed, not the authorities the host cited (their denial had been given the men's account)."""
    text = (
        "HOST: The Chechen authorities insist that nobody was ever detained in the republic. What did you find?\n\n"
        "LOKSHINA: We interviewed men who were held in an unofficial prison in Argun. They described beatings, "
        "electric shocks, being forced to name other gay men."
    )
    statements = analyzer.analyze(text, "en")
    authorities = [s for s in statements if s.actor == "chechen-government"]
    assert [s.quote for s in authorities] == ["nobody was ever detained in the republic"]


@pytest.mark.parametrize(
    "text, speaker, actor",
    [
        (
            "Chechnya's interior ministry did not respond to questions about the detentions of gay men. In a "
            "statement, the ministry's press service later said it had not received a single complaint.",
            "the ministry's press service",
            "chechen-interior-ministry",
        ),
        (
            "Russia's Investigative Committee refused to open a case over Lapunov's detention in Grozny. The "
            "committee's regional department said investigators could not identify the premises where he was held.",
            "The committee's regional department",
            "investigative-committee",
        ),
    ],
)
def test_a_body_named_by_a_title_phrase_is_what_a_later_definite_role_names(analyzer, text, speaker, actor):
    """ "Chechnya's interior ministry ... the ministry's press service": the ministry named by place and role (no
    alias of it) is the one "the ministry" names next; "the committee's regional department" is a unit of it."""
    found = [s for s in analyzer.analyze(text, "en") if s.speaker == speaker]
    assert [(s.actor, s.stance) for s in found] == [(actor, "denial")]


def test_what_a_speaker_turns_to_after_the_statement_does_not_take_it_off_the_reports(analyzer):
    """ "'...,' she said, before moving on to what she called fabricated claims of interference in elections": the
    elections are her next subject; the quote before them stays on the reports."""
    text = (
        "Foreign Ministry spokeswoman Maria Zakharova described the OSCE report on Chechnya as a compilation of "
        "rumours. 'Not a single verified fact has been presented to Russian investigators,' she said, before moving "
        "on to what she called fabricated Western claims of Russian interference in European elections."
    )
    quote = only(analyzer.analyze(text, "en"), "Not a single verified fact")
    assert (quote.actor, quote.stance) == ("zakharova", "denial")


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The Parliamentary Assembly of the Council of Europe condemned the torture of gay men in Chechnya. "
            'Foreign Ministry spokeswoman Maria Zakharova described the text as "a compilation of anonymous claims '
            'that no one has bothered to verify".',
            "zakharova",
        ),
        (
            "Asked about Chechnya at a news conference, Foreign Minister Sergei Lavrov said Russia would not react "
            "to allegations that come without names or facts.",
            "lavrov",
        ),
    ],
)
def test_a_relative_clause_after_claims_is_no_other_subject(analyzer, text, actor):
    """ "claims that no one has bothered to verify", "allegations that come without names": what is said of the
    claims, not a "claims that ..." clause naming another subject (the dismissal had been dropped as off-topic)."""
    found = [s for s in analyzer.analyze(text, "en") if s.actor == actor]
    assert [s.stance for s in found] == ["denial"]


@pytest.mark.parametrize(
    ("text", "words", "actor", "stance", "cue"),
    [
        (  # an official's turn that calls the accounts bought (it had no stance cue and was dropped as a turn
            # off the reports)
            "INTERVIEWER: So the men who spoke to reporters about the prisons in Chechnya are lying?\n\n"
            "KADYROV: They are paid to say this by people abroad who want to destroy Chechnya.",
            "They are paid",
            "kadyrov",
            "denial",
            "dismissal:are paid to",
        ),
        (  # a participle after standing by one's reporting (it had rested on the speaker's side alone, and a
            # retrained review dropped it)
            'Alvi Karimov called the report on detained gay men "a fabrication".\n\nNovaya Gazeta stood by its '
            "reporting, saying its sources included officers in the Chechen police.",
            "its sources included",
            "novaya-gazeta",
            "confirmation",
            "evidence:stood by",
        ),
    ],
)
def test_a_statement_carries_the_phrase_that_takes_its_side(analyzer, text, words, actor, stance, cue):
    """ "They are paid to say this by people abroad" dismisses the accounts; "stood by its reporting, saying ..."
    confirms what the participle says."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert (statement.actor, statement.stance) == (actor, stance)
    assert cue in statement.cues


def test_a_denial_cited_as_right_is_the_citers_denial(analyzer):
    """ "Как справедливо сказал Рамзан Ахматович, «таких людей у нас нет»": a blogger agreeing with the denial he
    cites denies too (a cited denial is otherwise rejected by its citer: a confirmation)."""
    text = (
        "«Западные фонды платят за каждую такую „историю“. Как справедливо сказал Рамзан Ахматович, «таких людей у "
        "нас нет», а значит, и преследовать некого», — пишет популярный чеченский блогер в своём Instagram."
    )
    (blogger,) = analyzer.analyze(text, "ru")
    assert blogger.stance == "denial"
    assert "endorses-denial:таких людей у нас нет" in blogger.cues


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Один из популярных чеченских блогеров написал в Instagram, что «вся эта история о Чечне высосана из "
            "пальца ради грантов».",
            "ru",
        ),
        (
            "A Grozny blogger wrote that activists tell the story of Chechnya only to get Western grants.",
            "en",
        ),
    ],
)
def test_a_story_made_up_for_grants_is_dismissed(analyzer, text, lang):
    """ "высосана из пальца ради грантов", "to get Western grants": a dismissal of "эта история" (the reports), so
    an unlisted person saying it denies (without a cue the person's words were taken as a confirmation)."""
    (blogger,) = analyzer.analyze(text, lang)
    assert blogger.stance == "denial"
    assert any(c.startswith("dismissal:") for c in blogger.cues)


def test_a_reported_statement_in_an_opening_when_clause_ends_before_the_main_clause(analyzer):
    """ "When Daudov ... said the stories were "the work of enemies of our people," he offered no explanation for
    the testimony ...": his words end at the comma; the writer's main clause (and its "testimony") is not his."""
    text = (
        "When Magomed Daudov, the speaker of the Chechen parliament, went on local television and said the stories "
        'about gay men were "the work of enemies of our people," he offered no explanation for the testimony of men '
        "who say they were beaten in Argun."
    )
    daudov = only(analyzer.analyze(text, "en"), "enemies")
    assert (daudov.actor, daudov.stance) == ("daudov", "denial")
    assert daudov.quote.endswith('our people,"') and "testimony" not in daudov.quote


def test_no_evidence_of_a_claim_just_reported_rebuts_it(analyzer):
    """ "The Russian LGBT Network said it had no evidence of that": of the police's claim that the man left, so the
    network rebuts the police, it does not deny the reports."""
    text = (
        "Chechen police said that a young man whose disappearance had been reported by rights groups had in fact "
        'left the republic voluntarily and was "alive and well". The Russian LGBT Network said it had no evidence of '
        "that and that the man's relatives had not heard from him since his detention."
    )
    network = only(analyzer.analyze(text, "en"), "no evidence of that")
    assert (network.actor, network.stance) == ("russian-lgbt-network", "confirmation")


def test_an_order_and_nothing_of_what_they_write_deny_the_reports(analyzer):
    """ "Это заказ. ... В Чечне нет того, о чём они пишут": a dismissal and an absence (the official's turn had no
    cue and was dropped)."""
    text = (
        "ВЕДУЩИЙ: Магомед Хожахмедович, как вы оцениваете публикации в федеральной прессе?\n\n"
        "ДАУДОВ: Это заказ. Это люди, которые продали свою совесть. В Чечне нет того, о чём они пишут, и не было."
    )
    (turn,) = analyzer.analyze(text, "ru")
    assert (turn.actor, turn.stance) == ("daudov", "denial")
    assert {"dismissal:это заказ", "absence:нет того, о чём они пишут"} <= set(turn.cues)


def test_someone_unnamed_whose_verb_says_nothing_is_no_antecedent(analyzer):
    """ "... once a victim testified publicly. "...," she said": "she" is Lokshina; "a victim testified publicly"
    says nothing and is no speaker a pronoun can name."""
    text = (
        'Tanya Lokshina of Human Rights Watch said the Kremlin\'s line that there was "no information" had become '
        'untenable once a victim testified publicly. "Mr Peskov says nobody has complained. Maxim Lapunov '
        'complained, in writing, months ago," she said.'
    )
    quote = only(analyzer.analyze(text, "en"), "Maxim Lapunov complained")
    assert (quote.actor, quote.stance) == ("lokshina", "confirmation")


def test_a_groups_staff_named_without_it_speak_for_the_group_just_quoted(analyzer):
    """ "Российская ЛГБТ-сеть сообщила ... По словам координаторов, ...": the network's coordinators, so the
    network's statement (it had been an unnamed NGO of no country)."""
    text = (
        "Российская ЛГБТ-сеть сообщила, что с начала года на её горячую линию обратились более 30 жителей Чечни. По "
        "словам координаторов, многие из них рассказали о задержаниях, избиениях и пытках электрическим током."
    )
    staff = only(analyzer.analyze(text, "ru"), "многие из них")
    assert (staff.actor, staff.stance) == ("russian-lgbt-network", "confirmation")


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        (
            'An activist who helps men leave the region said the detentions in Chechnya "never really stopped".',
            "An activist",
            "ngo",
        ),
        (
            'A lawyer with the Russian LGBT Network who represents Maxim Lapunov called the check "a formality from '
            'beginning to end" and said his complaint of torture in Chechnya would go to Strasbourg.',
            "the Russian LGBT Network",
            "ngo",
        ),
    ],
)
def test_who_followed_by_a_verb_is_the_subject_of_its_clause(analyzer, text, speaker, kind):
    """ "An activist who helps men leave the region said": "who" is its clause's subject and "men" the object, so
    the activist speaks (the men had been taken for the speaker)."""
    (statement,) = analyzer.analyze(text, "en")
    assert (statement.speaker, statement.actor_kind, statement.stance) == (speaker, kind, "confirmation")


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ekaterina Sokirianskaia said her sources in Grozny had described the detentions early on. She recalled "
            "that Kadyrov's press secretary had called the story an April Fool's joke, \"but nobody in Chechnya was "
            'laughing."',
            "en",
        ),
        (
            "Правозащитный центр «Мемориал» считает, что чеченские власти, отрицая наличие пострадавших, цинично "
            "пытаются скрыть преступления.",
            "ru",
        ),
        (
            "«Ещё в 2017 году Кадыров называл эти сообщения клеветой. С тех пор появились десятки свидетельств, и "
            "твердить, что ничего не было, — просто ложь», — говорит правозащитница Мария Петрова.",
            "ru",
        ),
    ],
)
def test_a_denial_recalled_or_named_in_passing_is_cited_not_made(analyzer, text, lang):
    """ "Kadyrov's press secretary had called the story an April Fool's joke", "чеченские власти, отрицая наличие
    пострадавших, ...", "твердить, что ничего не было, — просто ложь": the officials' denial, cited by the
    speaker (each had been the speaker's denial, "отрицая" with the gerund taken as Memorial's own)."""
    statements = [s for s in analyzer.analyze(text, lang) if s.stance != "neutral"]
    assert statements and {s.stance for s in statements} == {"confirmation"}


@pytest.mark.parametrize(
    "text, lang, words",
    [
        (
            'Blogger Artyom Sidorin is unconvinced. "I have never seen a shred of evidence for any of it," he writes.',
            "en",
            "never seen a shred",
        ),
        (
            "Блогер из Грозного в своём посте пишет, что «никогда не слышал ни об одном подобном случае» и что вся "
            "история «сочинена в Лондоне».",
            "ru",
            "никогда не слышал",
        ),
    ],
)
def test_never_having_seen_or_heard_of_a_case_denies(analyzer, text, lang, words):
    """ "I have never seen a shred of evidence", "никогда не слышал ни об одном подобном случае" and a story
    "сочинена в Лондоне" (the blogger's own words, quoted in the clause his verb reports) deny the reports (each
    had been a confirmation)."""
    statement = only(analyzer.analyze(text, lang), words)
    assert (statement.actor_kind, statement.stance) == ("person", "denial")


@pytest.mark.parametrize(
    "text, words, stance",
    [
        (
            "Источник в правоохранительных органах Чечни подтвердил нашему каналу, что в январе в Грозном задержали "
            "не менее двадцати человек. По его словам, часть задержанных до сих пор находится в отделе полиции.",
            "часть задержанных",
            "confirmation",
        ),
        (
            "Доследственная проверка по публикациям о преследовании в Чечне не подтвердила изложенных в них "
            "сведений, сообщил источник в правоохранительных органах. По его словам, опрошены десятки жителей "
            "республики, и никто из них о нарушениях не заявил.",
            "никто из них",
            "denial",
        ),
    ],
)
def test_an_insider_referred_to_by_a_pronoun_is_still_an_insider(analyzer, text, words, stance):
    """ "По его словам" after "Источник в правоохранительных органах": the insider again, whose account of
    detainees still held confirms (it had been taken for the official line, a denial); "никто из них о
    нарушениях не заявил" is an absence."""
    statement = only(analyzer.analyze(text, "ru"), words)
    assert (statement.actor_kind, statement.stance) == ("government", stance)


@pytest.mark.parametrize(
    "text",
    [
        "I spent last week in Nalchik with two men who fled Grozny in 2019. One of them rolled up his sleeves. "
        '"They tied me to a chair and connected wires to my fingers," he said quietly.',
        "I met Adam - not his real name - in a coffee shop in Toronto, eighteen months after he fled. "
        '"They took my phone, found the contacts, and then they came for everyone on that list," he said.',
    ],
)
def test_a_witness_is_found_behind_a_chair_or_hyphens(analyzer, text):
    """'"They tied me to a chair ...," he said': a man who fled, not a chairman (it had been an unnamed Russian
    official's denial); "I met Adam - not his real name - ... he said": the witness, with plain hyphens for
    dashes (there had been no speaker)."""
    (statement,) = analyzer.analyze(text, "en")
    assert (statement.actor_kind, statement.stance) == ("person", "confirmation")


@pytest.mark.parametrize(
    "text, words, actor",
    [
        (
            "Ekaterina Sokirianskaia said she had spoken with sources in Chechen law enforcement. According to her, "
            "the detentions began after police found contacts in the phone of a man arrested on drug charges. "
            '"It was a chain reaction: one phone led to dozens of men being taken," she said.',
            ("the detentions began", "chain reaction"),
            "sokirianskaia",
        ),
        (
            "PRESENTER: Joining us now from Moscow is Igor Kochetkov of the Russian LGBT Network.\n\n"
            "KOCHETKOV: We have evacuated dozens of people from the region. Every one of them tells a similar story "
            "of arrest, beatings and humiliation.",
            ("similar story",),
            "kochetkov",
        ),
    ],
)
def test_a_statement_naming_the_events_stays_on_them_whatever_else_it_names(analyzer, text, words, actor):
    """ "According to her, the detentions began after police found contacts in the phone of a man arrested on
    drug charges": the drugs are how it began, the detentions the subject (both statements had been dropped as
    off-topic); "a similar story of arrest, beatings and humiliation": the story's object is the whole list, not
    "arrest" alone (the turn had been dropped as about another subject)."""
    statements = analyzer.analyze(text, "en")
    for piece in words:
        statement = only(statements, piece)
        assert (statement.actor, statement.stance) == (actor, "confirmation")


def test_who_saw_a_document_is_not_its_author(analyzer):
    """ "Its reply, seen by this newspaper, states that ...": the embassy's reply, never the newspaper's words (it
    had been an unnamed Russian outlet's denial)."""
    text = (
        "The Russian embassy in Berlin answered within days. Its reply, seen by this newspaper, states that the "
        'allegations "were thoroughly examined by the competent Russian authorities and were not confirmed".'
    )
    assert [s.speaker for s in analyzer.analyze(text, "en") if s.actor_kind == "media"] == []


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Amnesty International spoke of a purge in Chechnya. The organisation called for those responsible for "
            "the abductions and torture to be brought to justice.",
            "brought to justice",
        ),
        (
            "PACE condemned the persecution of LGBTI people in Chechnya. Council of Europe human rights "
            "commissioner Dunja Mijatovic said the victims had waited too long for justice.",
            "too long for justice",
        ),
        (
            "In Berlin, a spokesman for the German Foreign Office called the accounts of torture given by the men "
            "who fled Chechnya credible and deeply disturbing.",
            "credible",
        ),
        (
            "The State Department said Ayub Kataev was credibly implicated in the torture of people detained in "
            "Chechnya because of their perceived sexual orientation.",
            "credibly implicated",
        ),
        (
            'Labour MP Helen Carver spoke about Chechnya. "What happened in Chechnya was not a rumour. It was a '
            'purge," she said.',
            "not a rumour",
        ),
    ],
)
def test_justice_awaited_and_accounts_found_credible_confirm(analyzer, text, words):
    """Those responsible "to be brought to justice", victims who "waited too long for justice", accounts called
    "credible", someone "credibly implicated in the torture", "was not a rumour": a foreign or international
    body's confirmation (each had been neutral: a body naming the events only mentions them)."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert statement.stance == "confirmation"


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Ramzan Kadyrov wrote on Telegram that so-called human rights defenders were smearing the Chechen people. "
            "'We have no such problem and there will never be one,' the head of the republic wrote, before switching "
            "to a report on new housing in Gudermes.",
            "no such problem",
        ),
        (
            "The UK minister said London had raised the abuses against gay men in Chechnya with Moscow. The Russian "
            'embassy responded on Twitter, accusing British officials of repeating "unverified allegations from '
            'anonymous sources that no one has been able to confirm".',
            "no one has been able to confirm",
        ),
    ],
)
def test_a_denial_stays_on_the_reports_before_a_switch_or_inside_an_accusation(analyzer, text, words):
    """ "..., before switching to a report on new housing": the next subject, not the quote's (it had been dropped
    as off-topic); "allegations ... that no one has been able to confirm" is a relative clause and an absence, not
    other allegations (dropped likewise)."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert statement.stance == "denial"


@pytest.mark.parametrize(
    "text, lang, words",
    [
        (
            "Татьяна Локшина из Human Rights Watch рассказала о пытках в Аргуне. По её словам, чеченские власти "
            "вместо расследования занялись поиском «предателей», которые общались с журналистами.",
            "ru",
            "вместо расследования",
        ),
        (
            "Канал «Адат» сообщает о новой волне задержаний в Грозном. По информации канала, за последнюю неделю "
            "силовики забрали не менее пяти молодых людей, их телефоны проверяют.",
            "ru",
            "силовики забрали",
        ),
        (
            "Ирина Гордиенко, соавтор первой публикации «Новой газеты» о Чечне, вспоминает, что редакция проверяла "
            "каждое имя по нескольким независимым источникам.",
            "ru",
            "каждое имя",
        ),
        (
            "ILGA-Europe said that instead of investigating, the Chechen authorities had launched an inquiry into "
            "the journalists who wrote about the men.",
            "en",
            "instead of investigating",
        ),
    ],
)
def test_an_inquiry_not_made_men_taken_away_and_names_checked_confirm(analyzer, text, lang, words):
    """ "вместо расследования занялись поиском «предателей»", "силовики забрали не менее пяти молодых людей",
    "редакция проверяла каждое имя": what the authorities did instead of an inquiry, men taken away by the
    police, the reporters' checks (each had been neutral: "расследования", "проверяют", "проверяла")."""
    statement = only(analyzer.analyze(text, lang), words)
    assert statement.stance == "confirmation"


@pytest.mark.parametrize(
    "text, words, stance",
    [
        (
            "Главный редактор «Новой газеты» Дмитрий Муратов заявил, что редакция передала в Следственный комитет "
            "данные о пострадавших, но расследование так и не началось.",
            "передала в Следственный комитет",
            "confirmation",
        ),
        (
            "«Комментировать это не вижу смысла, это очередная фальшивка», — добавил министр по делам печати Чечни "
            "Джамбулат Умаров.",
            "фальшивка",
            "denial",
        ),
        (
            "«Нет, такой информации у нас нет», — сказал Песков журналистам о задержаниях в Чечне.",
            "Нет",
            "denial",
        ),
        (
            "«Ни одного письменного обращения я пока не получила», — сказала Москалькова о сообщениях про Чечню.",
            "письменного обращения",
            "denial",
        ),
        (
            "По словам Захаровой, ни одна из предполагаемых жертв так и не обратилась в правоохранительные органы.",
            "ни одна из",
            "denial",
        ),
        (
            "Источник в силовых структурах Чечни сообщил нашему каналу, что никаких «спецопераций против геев» в "
            "республике не проводилось.",
            "не проводилось",
            "denial",
        ),
        (
            "В пресс-службе МВД по Чеченской Республике ответили, что сведения о задержании указанного гражданина "
            "в базах не значатся.",
            "не значатся",
            "denial",
        ),
    ],
)
def test_russian_absences_a_fake_and_evidence_handed_to_investigators(analyzer, text, words, stance):
    """A newsroom that "передала в Следственный комитет данные о пострадавших" confirms (annotators: 25 times in
    25 for newsrooms and NGOs); "фальшивка", "такой информации у нас нет", "ни одного письменного обращения",
    "ни одна из предполагаемых жертв ... не обратилась", "в базах не значатся", "никаких «спецопераций» ... не
    проводилось" deny (each had been neutral)."""
    statement = only(analyzer.analyze(text, "ru"), words)
    assert statement.stance == stance


@pytest.mark.parametrize(
    "text, lang, words",
    [
        (
            "Chechnya's human rights ombudsman, Nurdi Nukhazhiev, said his staff had checked the list of 27 names "
            'published by Novaya Gazeta and found that the people on it were "alive and well".',
            "en",
            "alive and well",
        ),
        (
            "The European Parliament condemned the persecution of LGBTI people in Chechnya. Adam Delimkhanov said "
            'European lawmakers "should look at what is happening in their own countries" before lecturing anyone.',
            "en",
            "their own countries",
        ),
        (
            'Lavrov said Moscow had asked for facts about Chechnya. "If there are names, give them to us and they '
            'will be checked. So far nobody has given us anything," Lavrov said.',
            "en",
            "nobody has given us anything",
        ),
        (
            "Kremlin spokesman Dmitry Peskov told journalists on Monday that the Kremlin had not received any "
            "credible information about problems of this kind in Chechnya.",
            "en",
            "not received any credible information",
        ),
        (
            'Kremlin spokesman Dmitry Peskov said questions about Chechnya should go to law enforcement. "Nothing we '
            'have seen so far confirms these publications," Peskov told reporters.',
            "en",
            "Nothing we have seen",
        ),
        (
            "МВД Чечни заявило, что двое молодых людей, вывезенных из Нижнего Новгорода, задержаны как пособники "
            "боевиков, а их ориентация «не имеет к делу никакого отношения».",
            "ru",
            "не имеет к делу",
        ),
    ],
)
def test_the_men_alive_a_look_at_your_own_country_and_nothing_given_deny(analyzer, text, lang, words):
    """Named men found "alive and well", lawmakers told to "look at what is happening in their own countries",
    "nobody has given us anything", "had not received any credible information", "Nothing we have seen so far
    confirms these publications", an orientation that "не имеет к делу никакого отношения": an official's denial
    (all but the third had been confirmations, from "found that", "is happening", "credible information", "we
    have seen" and the detentions named; the third neutral)."""
    statement = only(analyzer.analyze(text, lang), words)
    assert statement.stance == "denial"


def test_a_quote_after_a_colon_ends_where_a_new_speaker_takes_up(analyzer):
    """ "Кочетков ... произнес фразу: «...». Чеченские чиновники, впрочем, продолжают повторять, что никаких
    доказательств нет": the officials' absence is not Kochetkov's (his quote had run on and become a denial)."""
    text = (
        "Игорь Кочетков на пресс-конференции произнес фразу, которую стоит запомнить: «Мы вывезли из Чечни десятки "
        "людей, и у каждого из них есть своя история. Каждая из этих историй — доказательство». Чеченские "
        "чиновники, впрочем, продолжают повторять, что никаких доказательств до сих пор нет."
    )
    kochetkov = [
        (s.stance, s.quote.endswith("доказательство»")) for s in analyzer.analyze(text, "ru") if s.actor
    ]
    assert kochetkov == [("confirmation", True)]


def test_the_foreign_office_of_the_state_just_named(analyzer):
    """ "BERLIN — Germany has granted humanitarian visas ..., the Foreign Office said": Germany's Foreign Office,
    and its spokesman's "accounts ... harrowing, and ... consistent with one another" confirm (it had been the
    British Foreign Office, and the spokesman neutral)."""
    text = (
        "BERLIN — Germany has granted humanitarian visas to several men from Chechnya, the Foreign Office said. "
        '"The accounts we have heard are harrowing, and they are consistent with one another," a ministry spokesman '
        "said at the regular government news conference."
    )
    found = [(s.actor, s.stance) for s in analyzer.analyze(text, "en")]
    assert found == [("german-foreign-office", "confirmation")] * 2


def test_what_someone_says_is_the_subject_not_the_statement(analyzer):
    """ "IGOR KOCHETKOV: What Mr Karimov says is simply false": Kochetkov's confirmation, citing Karimov (it had
    been Karimov's denial, "is simply false")."""
    text = (
        'HOST: Alvi Karimov told Interfax there had been "no detentions, no torture, nothing of the kind" in '
        "Chechnya. Igor Kochetkov, you've heard that.\n\nIGOR KOCHETKOV: What Mr Karimov says is simply false."
    )
    statement = only(analyzer.analyze(text, "en"), "simply false")
    assert (statement.actor, statement.stance) == ("kochetkov", "confirmation")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Men suspected of being gay are being held at a former military compound near Argun, Novaya Gazeta "
            "reported. Citing sources in the security services, the paper said at least three of the detainees "
            "had been killed.",
            "at least three of the detainees had been killed",
        ),
        (
            "Two years after the first reports, the Russian LGBT Network says a new wave of detentions has begun "
            "in Chechnya.",
            "a new wave of detentions has begun",
        ),
    ],
)
def test_a_clause_after_the_verb_is_what_was_said_not_a_setting(analyzer, text, words):
    """ "..., the paper said at least three ... had been killed": what follows the verb is a clause (it has a verb
    of its own), not a setting like "said on Saturday"; the words before the subject were taken for the
    statement."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert statement.stance == "confirmation" and statement.quote.startswith(words)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (  # the colleague is named after "with": no subject, and "she" is Milashina
            "Elena Milashina, who broke the story with her colleague Irina Gordienko, has never hedged. 'We know "
            "the names, we know the places, we know who gave the orders,' she wrote in 2017.",
            "We know the names",
            "milashina",
        ),
        (  # "presented his report ... The report concludes": the rapporteur's report, not the OSCE's
            "The OSCE's independent rapporteur, Wolfgang Benedek, presented his report on Chechnya to the "
            "organisation's Permanent Council in Vienna. The report concludes that gay men were subjected to "
            "harassment, arbitrary detention and torture.",
            "gay men were subjected",
            "benedek",
        ),
        (  # a title's modifiers ("advocacy", "executive") no longer cut the owner off
            "At the conference in Vienna, ILGA-Europe's advocacy director said that five years on \"not one "
            'perpetrator has been held to account, not one".',
            "not one perpetrator",
            "ilga-europe",
        ),
        (
            "ILGA-Europe welcomed the vote. \u201cSurvivors of the purge have waited too long for justice,\u201d "
            "the organisation's executive director said.",
            "Survivors of the purge",
            "ilga-europe",
        ),
        (  # "The resolution" is the body's whose resolution was named, not the critic's just quoted
            "Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the European Parliament's resolution on "
            'Chechnya as "a politicised exercise based on rumours". The resolution, adopted by a large majority, '
            "calls for the release of those still held and for the prosecution of those responsible for the abuses.",
            "release of those still held",
            "european-parliament",
        ),
        (  # a spokesperson for the ministry that spoke, not for the assembly the survivors testified before
            "Germany's Foreign Office said on Wednesday it did not doubt the accounts of survivors who had testified "
            'before the Parliamentary Assembly of the Council of Europe. "There is no reason to question these '
            'testimonies; the facts are well documented," a spokesperson said in Berlin.',
            "well documented",
            "german-foreign-office",
        ),
    ],
)
def test_the_speaker_behind_a_colleague_a_report_a_director_or_a_resolution(analyzer, text, words, actor):
    """The speaker is the sentence's subject, not a colleague named after "with"; the person whose report "the
    report" is; the body whose "executive director" speaks (each had gone to the colleague, the OSCE, or an
    unnamed Russian NGO); the body whose resolution "The resolution" is; the body that spoke, for a bare
    spokesperson."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert (statement.actor, statement.stance) == (actor, "confirmation")


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        (
            "Tatyana Moskalkova said she had set up a working group on the reports from Chechnya. Moskalkova added "
            "that she had not yet received a single written complaint from any alleged victim.",
            "not yet received a single written complaint",
            "denial",
        ),
        (
            "Tatyana Moskalkova said she had asked prosecutors to check the reports from Chechnya. At the same time, "
            "Moskalkova said her office had so far not received a single written complaint from the alleged victims.",
            "so far not received",
            "denial",
        ),
        (
            'The OSCE rapporteur Wolfgang Benedek concluded that there had been "very serious harassment and '
            'persecution of LGBTI persons" in Chechnya.',
            "there had been",
            "confirmation",
        ),
        (
            'A report by Wolfgang Benedek concluded that LGBTI people in Chechnya had faced "harassment and '
            'persecution, arbitrary arrests and detention, torture".',
            "had faced",
            "confirmation",
        ),
        (
            "The OSCE rapporteur Wolfgang Benedek concluded that there was clear evidence of very serious human "
            "rights violations against LGBTI people in Chechnya, and that Russia had declined to cooperate with "
            "his inquiry.",
            "clear evidence",
            "confirmation",
        ),
        (
            "A spokeswoman for the UN Human Rights Office said the accounts received from Chechnya were "
            '"detailed, consistent and deeply disturbing".',
            "detailed, consistent",
            "confirmation",
        ),
        (
            "Lapunov's complaint about his detention in Grozny was rejected. Lawyers from the Russian LGBT Network "
            "called the check a formality and said they would appeal.",
            "a formality",
            "confirmation",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said the Kremlin had seen the new reports about gay men in Chechnya. "
            '"These are just reports. If anyone has specific facts, they should go to law enforcement," he said.',
            "just reports",
            "denial",
        ),
    ],
)
def test_complaints_not_yet_received_persecution_found_and_a_check_called_a_formality(
    analyzer, text, words, stance
):
    """Absences with "yet" or "so far" in them, a rapporteur's "there had been ... persecution" or "clear evidence
    of ... violations", accounts "detailed, consistent", a check "called a formality", "just reports" (each had
    been neutral: no cue, or only a neutral one)."""
    assert only(analyzer.analyze(text, "en"), words).stance == stance


def test_conditional_justice_and_a_conceded_absence_are_two_statements(analyzer):
    """ "«If even one such case is confirmed, those responsible must answer under the law,» the ombudswoman
    stressed, though she conceded that her office had ... not received any written complaints": a neutral promise
    and a denial (they had been joined into one denial)."""
    text = (
        "Tatyana Moskalkova, Russia's federal human rights ombudswoman, said she had asked the Prosecutor General's "
        'Office to verify the reports. "If even one such case is confirmed, those responsible must answer under '
        'the law," the ombudswoman stressed, though she conceded that her office had so far not received any '
        "written complaints."
    )
    found = [(s.stance, s.quote[:20]) for s in analyzer.analyze(text, "en")]
    assert found[1:] == [("neutral", "If even one such cas"), ("denial", "her office had so fa")]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "stance"),
    [
        (  # a lawyer reporting a refusal to open a case: the decision told, no stance of his own
            "Investigators have again refused to open a criminal case over Maxim Lapunov's complaint, his lawyers "
            "said on Tuesday.",
            "refused to open",
            ("person", "RU"),
            "neutral",
        ),
        (  # a diplomat "at the OSCE" is his state's, not the OSCE's (it had been the OSCE's confirmation)
            "A Russian diplomat at the OSCE said Moscow regarded the report on gay men in Chechnya as biased and "
            "would not take it into account.",
            "as biased",
            ("government", "RU"),
            "denial",
        ),
    ],
)
def test_a_lawyer_reporting_a_refusal_and_a_diplomat_at_a_body(analyzer, text, words, speaker, stance):
    statement = only(analyzer.analyze(text, "en"), words)
    assert ((statement.actor_kind, statement.country), statement.stance) == (speaker, stance)


@pytest.mark.parametrize(
    ("text", "words", "actor", "stance"),
    [
        (  # "проблемах, связанных с задержаниями": the participle names the subject (it had been off-topic)
            "В Кремле не располагают достоверной информацией о каких-либо проблемах, связанных с задержаниями в "
            "Чечне, сообщил журналистам пресс-секретарь президента Дмитрий Песков.",
            "не располагают достоверной информацией",
            "peskov",
            "denial",
        ),
        (  # "— считает эксперт": the analyst just quoted, not the OSCE's rapporteur (an "эксперт" by title)
            "Екатерина Сокирянская, в то время директор проекта International Crisis Group по России, рассказала, "
            "что ее собственные источники в республике независимо друг от друга подтвердили задержания. «Это не "
            "была самодеятельность отдельных силовиков — за всем стоял четкий приказ», — считает эксперт.",
            "самодеятельность",
            "sokirianskaia",
            "confirmation",
        ),
        (  # "По словам правозащитников": the group just quoted (annotators name it 19 times in 22; it had been an
            # unnamed NGO)
            "Исмаил Исаев и Салех Магамадов, которых силовики вывезли из Нижнего Новгорода в Чечню, находятся в "
            "изоляторе в Гудермесе, сообщила кризисная группа «СК SOS». По словам правозащитников, в 2020 году "
            "молодых людей уже задерживали в Грозном, избивали и заставляли назвать других геев.",
            "уже задерживали",
            "sk-sos",
            "confirmation",
        ),
    ],
)
def test_a_problem_related_to_detentions_the_expert_and_the_rights_defenders_just_quoted(
    analyzer, text, words, actor, stance
):
    statement = only(analyzer.analyze(text, "ru"), words)
    assert (statement.actor, statement.stance) == (actor, stance)


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        (
            "ПАРИЖ (AFP) — МИД Франции во вторник осудил «преследования» гомосексуалов в Чечне. «Виновные должны быть "
            "установлены и наказаны», — говорится в заявлении министерства.",
            "Виновные должны",
            "confirmation",
        ),
        (
            "Министр иностранных дел Канады Христя Фриланд сказала, что Канада потрясена преследованиями геев в Чечне.",
            "потрясена",
            "confirmation",
        ),
        (
            "Группа экспертов ООН призвала Россию прекратить преследование геев в Чечне. «Это акты преследования и "
            "насилия беспрецедентного для региона масштаба», — говорится в заявлении экспертов.",
            "Это акты",
            "confirmation",
        ),
        (
            "Докладчик ОБСЕ Вольфганг Бенедек пришел к выводу, что в Чечне были совершены «очень серьезные нарушения "
            "прав человека» в отношении ЛГБТИ-людей. Российские власти, по его оценке, не провели эффективного "
            "расследования.",
            "по его оценке",
            "confirmation",
        ),
        (
            "Адвокат Лапунова назвал решение суда «продолжением сокрытия преступлений, совершенных в Чечне в 2017 "
            "году» и пообещал обратиться в Страсбург.",
            "сокрытия",
            "confirmation",
        ),
        (
            "Сергей Лавров заявил, что Москва готова рассмотреть любые факты о Чечне. «Но пока нам никто ничего "
            "конкретного не предъявил», — сказал министр.",
            "никто ничего",
            "denial",
        ),
        (
            "Отвечая на вопрос о Чечне, Мария Захарова заявила, что готова выслушать журналистов. «Пусть сначала "
            "предъявят доказательства, а потом требуют расследований», — добавила Захарова.",
            "Пусть сначала",
            "denial",
        ),
        (
            "Хеда Саратова заявила, что готова рассмотреть обращения. „Ни один чеченец не придёт с такой жалобой“, — "
            "сказала правозащитница.",
            "Ни один чеченец",
            "denial",
        ),
    ],
)
def test_russian_guilty_to_be_punished_acts_of_persecution_and_nothing_presented(
    analyzer, text, words, stance
):
    """Russian cues the independent sets had that no rule had: "Виновные должны быть ... наказаны", "потрясена",
    "акты преследования", "не провели эффективного расследования" behind "по его оценке" (not a pending
    assessment), "сокрытие преступлений"; "никто ничего ... не предъявил", "Пусть сначала предъявят
    доказательства", "Ни один чеченец не придёт с такой жалобой" (each had been neutral)."""
    assert only(analyzer.analyze(text, "ru"), words).stance == stance


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        (
            "At an evidence session, the Foreign Office minister said the UK had raised the appalling treatment of LGBT "
            "people in Chechnya directly with the Russian ambassador.",
            "appalling treatment",
            "confirmation",
        ),
        (
            'Foreign Office minister Sir Alan Duncan told MPs that the government had raised the "appalling reports" '
            "from Chechnya with the Russian ambassador and considered them credible.",
            "considered them credible",
            "confirmation",
        ),
        (
            "A spokesperson for Global Affairs Canada said the government had acted because the gay men from Chechnya "
            "faced a real and immediate threat to their lives at home.",
            "threat to their lives",
            "confirmation",
        ),
        (
            "Canada remains troubled by the persecution of LGBTQ2I people in Chechnya. We have heard directly from "
            "survivors about the detention they endured, a Global Affairs Canada spokesperson said.",
            "heard directly from survivors",
            "confirmation",
        ),
        (
            "ILGA-Europe said the latest reports from Chechnya showed that the purge never really ended, and called "
            "on Council of Europe member states to grant asylum to those fleeing the republic.",
            "never really ended",
            "confirmation",
        ),
        (
            "Alvi Karimov called the publications about gay men in Chechnya a provocation. He added that the "
            "leadership was ready to meet any journalist who could name a single victim.",
            "could name a single victim",
            "denial",
        ),
        (
            "Sergei Lavrov said Russia would look into any specific facts about Chechnya it was given. In the same "
            "breath the foreign minister complained that the allegations came without names or dates.",
            "without names or dates",
            "denial",
        ),
        (
            "Q: Will the Kremlin look into the allegations from Chechnya?\n\nPeskov: These are questions for law "
            "enforcement, not for the Kremlin. If someone has facts, let them go to the prosecutors; so far no one has.",
            "so far no one has",
            "denial",
        ),
    ],
)
def test_appalling_treatment_a_threat_to_their_lives_and_a_victim_no_one_could_name(
    analyzer, text, words, stance
):
    """A foreign government's "appalling treatment", reports "considered credible", men who "faced a real and
    immediate threat to their lives", "heard directly from survivors", a purge that "never really ended"
    confirm; a victim nobody "could name", allegations "without names or dates" and "so far no one has" deny (each
    had been neutral)."""
    assert only(analyzer.analyze(text, "en"), words).stance == stance


@pytest.mark.parametrize(
    ("text", "words", "found"),
    [
        (  # "found the allegations ... to be credible": a finding (there had been no statement)
            "The report by Wolfgang Benedek, the rapporteur under the OSCE's Moscow Mechanism, found the allegations "
            "of abductions, torture and extrajudicial killings of gay men in Chechnya to be credible.",
            "to be credible",
            [("benedek", "confirmation")],
        ),
        (  # "Peskov's line ... was that ...": his statement (there had been none)
            "Even the Kremlin never quite said the reports about gay men in Chechnya were false. Peskov's line in April "
            '2017 was that Moscow had "no information" and that anyone with complaints should go to the police.',
            "no information",
            [("peskov", "denial")],
        ),
        (  # "never quite said": what the Kremlin did not say (it had been the Kremlin's denial)
            "Even the Kremlin never quite said the reports about gay men in Chechnya were false.",
            "were false",
            [],
        ),
    ],
)
def test_allegations_found_credible_a_stated_line_and_what_was_never_quite_said(analyzer, text, words, found):
    statements = [s for s in analyzer.analyze(text, "en") if words in s.quote]
    assert [(s.actor, s.stance) for s in statements] == found


def test_an_outlet_named_in_a_relative_clause_is_the_source_not_a_speaker(analyzer):
    """ "В Кремле не располагают информацией о задержаниях в Чечне, о которых сообщила «Новая газета», заявил ...
    Песков": Peskov's denial ("«Новая газета»" had been read as the outlet's own quote, and the denial lost)."""
    text = (
        "В Кремле не располагают информацией о задержаниях в Чечне, о которых сообщила «Новая газета», заявил "
        "журналистам пресс-секретарь президента Дмитрий Песков."
    )
    assert [(s.actor, s.stance) for s in analyzer.analyze(text, "ru")] == [("peskov", "denial")]


def test_a_claim_someone_else_checked_ends_the_reported_clause(analyzer):
    """ "The Chechen authorities responded that the men named ... were alive and well, a claim Novaya Gazeta said it
    had checked and found to be false": the authorities' denial ends at "a claim" (it had run on, and been lost
    under the newspaper's verdict)."""
    text = (
        "The Chechen authorities responded that the men named by the paper had either died in accidents or were "
        "alive and well, a claim Novaya Gazeta said it had checked and found to be false."
    )
    statement = only(analyzer.analyze(text, "en"), "alive and well")
    assert (statement.actor, statement.stance, statement.quote.endswith("well")) == (
        "chechen-government",
        "denial",
        True,
    )


def test_an_outlet_someone_was_interviewed_by_is_not_the_speaker(analyzer):
    """ "A schoolteacher in Shali, interviewed by the pro-government site Chechnya Today, called the reports ...":
    the verb is the teacher's, not the site's (it had been the site's denial)."""
    text = (
        "A schoolteacher in Shali, interviewed by the pro-government site Chechnya Today, called the reports about "
        'gay men "a slander against our men and our families."'
    )
    assert "chechnya-today" not in {s.actor for s in analyzer.analyze(text, "en")}


def test_dismissing_the_official_check_confirms(analyzer):
    """ "Elena Milashina ... dismissed the check as a formality: «Investigators never went to the places we
    named ...»": she dismisses the investigators' check, the accused side's, so her words confirm (they had been
    her denial, a wrong-side error in independent150)."""
    text = (
        'Russia\'s Investigative Committee said that a pre-investigation check had "not confirmed" reports of the '
        "abduction of gay men in Chechnya. Elena Milashina, the Novaya Gazeta journalist who broke the story, "
        'dismissed the check as a formality: "Investigators never went to the places we named. People are afraid '
        'to come forward because the same police who tortured them would be the ones taking their statements."'
    )
    statement = only(analyzer.analyze(text, "en"), "never went to the places")
    assert (statement.actor, statement.stance) == ("milashina", "confirmation")


@pytest.mark.parametrize(
    ("lang", "text", "words", "actor", "stance"),
    [
        (  # a judgment withheld: "did not consider the reports reliable" (it had been a confirmation)
            "en",
            "Dmitry Peskov said the Kremlin did not consider the reports about gay men in Chechnya to be reliable.",
            "to be reliable",
            "peskov",
            "denial",
        ),
        (  # "no reliable, confirmed facts": an absence, not "confirmed" (it had been a confirmation)
            "en",
            'Asked about the detentions in Chechnya, Peskov said: "There are no reliable, confirmed facts."',
            "no reliable, confirmed facts",
            "peskov",
            "denial",
        ),
        (  # the absence given as the reason ruled out (it had been Kochetkov's denial)
            "ru",
            "Игорь Кочетков рассказал о пострадавших в Чечне: «Люди молчат не потому, что ничего не было, а потому, "
            "что боятся».",
            "не потому",
            "kochetkov",
            "confirmation",
        ),
        (  # officials "are once again saying" there are none: cited, not said (it had been Kochetkov's denial)
            "en",
            "Igor Kochetkov: Chechen officials are again saying that there are no gay people in Chechnya. This "
            "month alone we have evacuated eleven men who were beaten by police.",
            "again saying",
            "kochetkov",
            "confirmation",
        ),
        (  # allegations found "well founded" (there had been no statement), and "The report" is the rapporteur's
            "en",
            "The rapporteur of the OSCE Moscow Mechanism, Professor Wolfgang Benedek, found the allegations of "
            "abductions and torture of gay men in Chechnya to be well founded.",
            "well founded",
            "benedek",
            "confirmation",
        ),
        (  # a rally is where he spoke, not another subject (there had been no statement)
            "en",
            '"Those who write such things are enemies of our people," Magomed Daudov told a rally in Grozny, '
            "referring to the reports of persecution.",
            "enemies of our people",
            "daudov",
            "denial",
        ),
        (  # a release's "our" staff speak for its issuer (the quote had gone to the court named in between)
            "en",
            "ILGA-Europe welcomes today's ruling of the European Court of Human Rights on the abduction of a gay man "
            'in Chechnya. The Court found that he had been tortured. "The judgment proves what survivors told us," '
            "said our advocacy director.",
            "proves what survivors",
            "ilga-europe",
            "confirmation",
        ),
        (  # a guest named in the label's aside (it had been an unnamed person)
            "en",
            "HOST: With us is a researcher.\n\nGUEST (Tanya Lokshina, Human Rights Watch): What we found is that "
            "police officers ran the detentions of gay men themselves.",
            "What we found",
            "lokshina",
            "confirmation",
        ),
        (  # a name, her title and where she spoke, then a colon (there had been no statement)
            "ru",
            "Екатерина Сокирянская, директор проекта International Crisis Group по Северному Кавказу, в эфире "
            "радиостанции: Мы говорили с "
            "людьми в Чечне. Информация о задержаниях геев подтверждается несколькими источниками.",
            "Мы говорили",
            "sokirianskaia",
            "confirmation",
        ),
        (  # the events themselves raised with Moscow, not reports of them (it had been neutral)
            "en",
            "The Foreign Office said that the UK had raised the torture of gay men in Chechnya directly with the "
            "Russian ambassador.",
            "raised the torture",
            "uk-foreign-office",
            "confirmation",
        ),
        (  # a man taking back his account denies it (it had been read as rejecting a denial: wrong side)
            "ru",
            "В ролике мужчина, ранее рассказывавший о пытках в Чечне, говорит, что «оговорил» сотрудников "
            "полиции по просьбе правозащитников.",
            "оговорил",
            None,
            "denial",
        ),
        (  # "sick people" is an insult, not an illness (there had been no statement)
            "en",
            "Magomed Daudov told a session of parliament in Grozny that the reports were the ravings of sick people "
            "who hate the Chechen nation.",
            "ravings",
            "daudov",
            "denial",
        ),
        (  # the head of Chechnya, met in the Kremlin (it had been Putin's denial)
            "ru",
            "На встрече в Кремле глава Чечни заверил президента, что сообщения о преследованиях геев — «провокация».",
            "провокация",
            "kadyrov",
            "denial",
        ),
        (  # a caveat on the group's own checking (it had been Memorial's denial)
            "ru",
            "«Мемориал» сообщил, что пока не может независимо подтвердить новые сообщения о задержаниях геев в "
            "Гудермесе.",
            "независимо подтвердить",
            "memorial",
            "neutral",
        ),
        (  # the same in English (it had been Human Rights Watch's denial)
            "en",
            "Human Rights Watch said it could not independently confirm the new reports of detentions of gay men.",
            "independently confirm",
            "hrw",
            "neutral",
        ),
        (  # none received, the noun left out (it had been neutral)
            "ru",
            "В Совете при главе Чечни по правам человека заявили, что готовы рассмотреть любые обращения геев, "
            "однако «пока не получили ни одного».",
            "ни одного",
            "chechen-human-rights-council",
            "denial",
        ),
        (  # "о подобных фактах": the facts just spoken of, not another subject (there had been no statement)
            "ru",
            "В МВД по Чеченской Республике ответили, что «информацией о подобных фактах не располагают».",
            "подобных фактах",
            "chechen-interior-ministry",
            "denial",
        ),
        (  # what he turned the talk to afterwards is not what he said (there had been no statement)
            "en",
            'Asked about gay men in Chechnya, Kadyrov laughed. "Nothing like that happens here," he said, before '
            "steering the conversation back to the republic's football club.",
            "Nothing like that",
            "kadyrov",
            "denial",
        ),
        (  # fake news "about Chechnya", though said of a protest (there had been no statement)
            "en",
            'The Russian Embassy in London described a protest outside its building as "a show based on fake news '
            'about Chechnya."',
            "fake news about Chechnya",
            "russian-embassy-uk",
            "denial",
        ),
        (  # an official's promise to keep watch (it had been her denial, from her side alone)
            "en",
            "Tatyana Moskalkova said she had received no complaints from gay men in Chechnya. She added that she "
            "would keep the issue under her personal control.",
            "personal control",
            "moskalkova",
            "neutral",
        ),
        (  # punishment asked for the reporters attacks them (it had been a confirmation: wrong side)
            "ru",
            "Совет при главе Чечни по правам человека считает сведения о «секретных тюрьмах» для геев клеветой и "
            "призывает привлечь авторов публикаций к ответственности.",
            "авторов публикаций",
            "chechen-human-rights-council",
            "denial",
        ),
        (  # no witness shown by anyone, beside "information war" (it had been read as rejecting a denial)
            "ru",
            "Пишет блогер Николай Стрельцов:\n\nПять лет пишут про «концлагеря» для геев, а ни одного живого "
            "свидетеля никто так и не показал. Всё это — информационная война против России.",
            "живого свидетеля",
            None,
            "denial",
        ),
        (  # survivors who fear for their lives (it had been neutral)
            "ru",
            "Комиссар Совета Европы по правам человека заявила о похищениях геев в Чечне: «Расследования так и не "
            "дали результатов, а выжившие по-прежнему боятся за свою жизнь».",
            "боятся за свою жизнь",
            "coe-commissioner",
            "confirmation",
        ),
        (  # a request for information (it had been a confirmation, from "задержанных")
            "ru",
            "«Мы просим власти предоставить информацию о местонахождении задержанных геев», — заявила "
            "представитель Управления ООН по правам человека.",
            "предоставить информацию",
            "ohchr",
            "neutral",
        ),
        (  # "His report" is the man named before (it had been Russia's, the last speaker)
            "en",
            "Wolfgang Benedek was appointed under the OSCE's Moscow Mechanism after Russia declined to take part. His "
            "report concluded that the allegations of torture of LGBTI people in Chechnya were confirmed.",
            "were confirmed",
            "benedek",
            "confirmation",
        ),
        (  # a list after "allegations of" names the subject at its end (there had been no statement)
            "en",
            "Wolfgang Benedek found that allegations of harassment, arbitrary detention and torture of LGBTI people "
            'in Chechnya were "confirmed by very strong evidence."',
            "very strong evidence",
            "benedek",
            "confirmation",
        ),
        (  # none of the people named could be located (it had been a confirmation, from "confirmed")
            "en",
            "The Interior Ministry said none of the people named in the media had been located or had confirmed the "
            "allegations of persecution of gay men.",
            "had been located",
            "russian-interior-ministry",
            "denial",
        ),
        (  # not one partner has provided anything (it had been neutral)
            "en",
            'Asked about the Chechnya reports, Sergei Lavrov said: "Not one of our partners has provided anything '
            'that could be checked."',
            "Not one of our partners",
            "lavrov",
            "denial",
        ),
        (  # concern called hypocritical dismisses the critics (it had been neutral)
            "en",
            "Maria Zakharova said Western capitals were expressing \u201chypocritical concern\u201d over gay men in "
            "Chechnya.",
            "hypocritical concern",
            "zakharova",
            "denial",
        ),
        (  # "но их нет": there are none (it had been neutral)
            "ru",
            "Хеда Саратова заявила о жалобах геев из Чечни: «Мы готовы рассмотреть любое обращение, но их нет».",
            "но их нет",
            "saratova",
            "denial",
        ),
        (  # a failure to investigate found, not an investigation asked for (it had been neutral)
            "en",
            "Wolfgang Benedek wrote that the Russian authorities had failed to investigate the allegations of torture "
            "of gay men in good faith.",
            "failed to investigate",
            "benedek",
            "confirmation",
        ),
        (  # the name before its aside "(имя изменено)" (there had been no statement: 16 Russian gold misses)
            "ru",
            "«Нас держали в подвале в Аргуне и били током», — рассказывает Ислам (имя изменено), которому удалось "
            "уехать из России.",
            "держали в подвале",
            None,
            "confirmation",
        ),
    ],
)
def test_withheld_judgments_cited_absences_and_speakers_named_in_labels(
    analyzer, lang, text, words, actor, stance
):
    """Fresh-wave misses of the twenty-second session (independent151-154): stances of a withheld judgment, a
    comma-joined absence, an absence ruled out as a reason, an official line cited, a man's retraction, an insult,
    a caveat on one's own checking, "such facts" and a promise of personal control; speakers of a release's "our"
    staff, a guest label's aside, a name-title-colon intro and the head of Chechnya met in the Kremlin."""
    statement = only(analyzer.analyze(text, lang), words)
    assert (statement.actor, statement.stance) == (actor, stance)


def test_a_sentence_set_in_grozny_turns_back_from_another_subject(analyzer):
    """ "He also dismissed reports that a reshuffle was imminent. In Grozny, officials said the reports had been
    invented ...": the sentence opens on the place, so the reshuffle does not carry over (it had been dropped)."""
    text = (
        "Kremlin spokesman Dmitry Peskov declined to comment on the new reports from Chechnya, saying it was a "
        'matter for the courts. He also dismissed as "pure speculation" reports that a government reshuffle was '
        'imminent. In Grozny, officials said the reports had been invented by "enemies of the republic".'
    )
    assert only(analyzer.analyze(text, "en"), "invented").stance == "denial"


def test_evidence_found_of_the_events_is_a_cue_of_its_own(analyzer):
    """ "found evidence of harassment, arbitrary arrests, torture and killings": the finding is cued as evidence
    (it had rested on "found" and two mentions, and a retrained review dropped it)."""
    text = (
        "A report by OSCE rapporteur Wolfgang Benedek found evidence of harassment, arbitrary arrests, torture and "
        "killings of LGBTI people in Chechnya."
    )
    statement = only(analyzer.analyze(text, "en"), "found evidence")
    assert (statement.actor, statement.stance) == ("benedek", "confirmation")
    assert any(cue.startswith("evidence:found evidence") for cue in statement.cues)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Новая газета сообщила о задержаниях геев. В пресс-службе МВД по Чеченской Республике от комментариев "
            "отказались.",
            "chechen-interior-ministry",
        ),
        (
            "Новая газета сообщила о задержаниях геев. В Кремле от комментариев по этому поводу отказались.",
            "kremlin",
        ),
    ],
)
def test_a_refusal_to_comment_with_its_verb_last(analyzer, text, actor):
    """ "В пресс-службе МВД ... от комментариев отказались": the refusal is a neutral statement of whoever is named
    before it (it had been lost: of 49 such refusals in the Russian gold sets, 11 were found, 38 now)."""
    statement = only(analyzer.analyze(text, "ru"), "от комментариев")
    assert (statement.actor, statement.stance) == (actor, "neutral")


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # another subject named with the place: "rumours of a cabinet reshuffle in Grozny"
        (
            "en",
            "Ramzan Kadyrov called the reports about gay men a provocation. He also dismissed rumours of an imminent "
            'cabinet reshuffle in Grozny as "idle talk by bloggers."',
            "reshuffle",
        ),
        # his health, not the reports (with "sick people" read as an insult, it had become a denial)
        (
            "en",
            "Alvi Karimov dismissed reports on Telegram channels that Ramzan Kadyrov had been flown to a Moscow "
            'clinic, calling them "the fantasies of sick people."',
            "",
        ),
        # Syria, not the reports (it had been a denial, from "жертвах")
        (
            "ru",
            "Официальный представитель МИД России Мария Захарова назвала фейком сообщения о жертвах среди мирного "
            "населения после ударов по Идлибу.",
            "",
        ),
        # a retort that only turns the question back: no gold set lists one (it had been her denial, from her
        # side alone)
        (
            "en",
            "Asked about gay men in Chechnya, Maria Zakharova said that no facts of any kind had been confirmed. "
            '"I suggest our Western colleagues look at their own problems," she added.',
            "own problems",
        ),
        # "no such plans" points back to the other claim denied before, across the paragraph break (it had been
        # Peskov's denial of the reports)
        (
            "en",
            "Dmitry Peskov on Friday dismissed as nonsense media reports that Vladimir Putin was about to replace "
            'the head of the central bank.\n\n"There are no such plans," Peskov told reporters.',
            "no such plans",
        ),
        # whom a reply went to, its words only in the next paragraph (with "гонения" read as the reports' subject
        # it had become a denial of its own)
        (
            "ru",
            "Выступая на заседании, Магомед Даудов жёстко ответил авторам публикаций о «гонениях» в республике.",
            "авторам",
        ),
    ],
)
def test_no_statement_on_another_subject_or_a_bare_retort(analyzer, lang, text, words):
    """No statement whose quote holds ``words`` ("" for none at all): another subject, or a retort."""
    assert [s.quote for s in analyzer.analyze(text, lang) if words in s.quote] == []


@pytest.mark.parametrize(
    "text, words, actor, stance",
    [
        (  # "His spokesman" after the Chechen leader: his spokesman (it had been an unnamed official)
            "Ramzan Kadyrov has not answered the latest allegations. His spokesman, asked about them, said the "
            'story of detained gay men was "another fabrication".',
            "another fabrication",
            "karimov",
            "denial",
        ),
        (  # "his spokesman" after the president: the Kremlin spokesman
            "Vladimir Putin said nothing about Chechnya at the news conference, but his spokesman later said the "
            "prosecutor general would look into the reports of detained gay men.",
            "look into",
            "peskov",
            "neutral",
        ),
        (  # "Its spokeswoman" after a ministry named by its title alone
            "Novaya Gazeta answered the Foreign Ministry on Friday. Its spokeswoman had said that not one name of "
            "a detained gay man had ever been handed over.",
            "not one name",
            "zakharova",
            "denial",
        ),
        (  # a state's mission to the OSCE named after "Statement by the" (it had been Russia's mission)
            'Statement by the United States Mission to the OSCE: "The report documents credible evidence of the '
            'torture of gay men in Chechnya."',
            "credible evidence",
            "us-state-department",
            "confirmation",
        ),
        (  # "the Council of Europe's human rights commissioner, who said": the whole title (it had been "a
            # commissioner" of the Russian government, denying)
            "Kadyrov called the reports lies. That drew a reply from the Council of Europe's human rights "
            'commissioner, who said the denials from Grozny "ring hollow" after the testimony of gay men.',
            "ring hollow",
            "coe-commissioner",
            "confirmation",
        ),
        (  # "you quote X as saying" (there had been no statement: only "quoted"/"quotes" were read)
            "Sir, in your report you quote Alvi Karimov as saying the story of detained gay men was 'an April "
            "Fool's joke'.",
            "April Fool",
            "karimov",
            "denial",
        ),
        (  # the one quoted speaks, not the correspondent who notes the quotation (it had been "correspondent")
            "Our correspondent notes that Izvestia quotes a source in the Prosecutor General's Office as saying "
            'the checks in Chechnya "turned up no detained gay men and no evidence of crimes".',
            "turned up no",
            "prosecutor-general",
            "denial",
        ),
        (  # "X replied that ..., according to a transcript released by the Kremlin": X's (it had been the Kremlin's)
            "Vladimir Putin told Ramzan Kadyrov he would discuss the reports. Kadyrov replied that the publications "
            'about gay men were "provocations", according to a transcript released by the Kremlin.',
            "provocations",
            "kadyrov",
            "denial",
        ),
        (  # "... after PACE adopted a resolution condemning ...": the resolution's issuer (it had been "The post")
            "The council said it had received no complaints. The post came hours after PACE adopted a resolution "
            "condemning the persecution of gay men in Chechnya.",
            "persecution of gay men",
            "pace",
            "confirmation",
        ),
        (  # "the people the article talks about are ...": a relative clause, no other subject (it had been dropped)
            'Alvi Karimov called the article about gay men "a lie". "The people the article talks about are simply '
            'not to be found in our republic," Karimov said.',
            "not to be found",
            "karimov",
            "denial",
        ),
    ],
)
def test_speakers_of_the_twenty_third_sessions_cross_validation_misses(analyzer, text, words, actor, stance):
    """Speakers from the twenty-third session's cross-validation misses: "his/her/its spokesman" is the listed
    spokesperson of the person or body named last; a title keeps its owner across "human rights"; a state named
    after "Statement by the" sends its mission; "X quote(s) Y as saying" is Y's statement, also inside another's
    words; so is "X replied ..., according to a transcript" (fresh set independent162), where also "the article
    talks about are ..." names no other subject."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert (statement.actor, statement.stance) == (actor, stance)


def test_a_dash_signature_that_ends_the_text(analyzer):
    """A quote signed after a dash on the text's last line ('"..." / — Statement by the ... spokesperson', with
    no full stop) is read as its speaker's; the analyzer had crashed with an IndexError on it."""
    text = (
        '"We are deeply concerned by reports that gay men are being detained in Chechnya and call for an '
        'investigation."\n\n— Statement by the Department of State spokesperson'
    )
    statement = only(analyzer.analyze(text, "en"), "deeply concerned")
    assert (statement.actor, statement.stance) == ("us-state-department", "neutral")


def test_a_text_cut_off_after_told(analyzer):
    """A text cut off right after "told" (a truncated extraction) is analysed; it had crashed with an IndexError
    looking for the outlet told. A sweep of ten cut, joined and re-punctuated variants of every gold passage
    (130,200 texts) found no other crash."""
    text = (
        "Irina Gordienko, one of the reporters who first exposed the detentions of gay men in Chechnya, told"
    )
    assert analyzer.analyze(text, "en") == []  # nothing said yet


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "Men suspected of being gay were held in Argun. Ekaterina Sokirianskaia argued that the campaign "
            "could not have happened without sanction from the very top.",
            "without sanction",
        ),
        (
            "ru",
            "Геев свозили в Аргун. Екатерина Сокирянская считает, что такая кампания не могла начаться без санкции "
            "сверху.",
            "без санкции",
        ),
        (
            "ru",
            "Даудов сказал, что таких людей нет. Активисты назвали это подтверждением того, что преследования "
            "санкционированы властями.",
            "санкционированы",
        ),
    ],
)
def test_approval_from_the_top_is_no_talk_of_sanctions(analyzer, lang, text, words):
    """ "without sanction from the very top", "без санкции сверху", "санкционированы": approval of the
    persecution, not economic sanctions, another subject (the statements had been dropped)."""
    statement = only(analyzer.analyze(text, lang), words)
    assert statement.stance == "confirmation"


@pytest.mark.parametrize(
    ("lang", "text", "words", "actor", "stance"),
    [
        (  # a refusal to open a case for lack of evidence (there had been no statement)
            "en",
            "The Investigative Committee said it had refused to open a criminal case into the complaint of a man "
            "held in Grozny, citing a lack of evidence that a crime had been committed.",
            "citing a lack of evidence",
            "investigative-committee",
            "denial",
        ),
        (  # "отказал в возбуждении дела" is an act like "отказался" (there had been no statement)
            "ru",
            "Следственный комитет отказал в возбуждении уголовного дела по заявлению Лапунова, сославшись на то, "
            "что доводы заявителя не нашли подтверждения.",
            "не нашли подтверждения",
            "investigative-committee",
            "denial",
        ),
        (  # "публикации о «гонениях»": persecution, the reports' events (it had been another subject, and the
            # quote after it with it)
            "ru",
            "Джамбулат Умаров написал в Telegram, что публикации о «гонениях» — это «заказ, за который щедро "
            "заплатили».",
            "заказ",
            "umarov-dzhambulat",
            "denial",
        ),
        (  # "Комментируя доклад ОБСЕ по Чечне" turns back from Syria (it had stayed on the other subject)
            "ru",
            "Мария Захарова назвала «фейком» сообщения о применении запрещённых боеприпасов в Сирии. Комментируя "
            "доклад ОБСЕ по Чечне, Захарова заявила, что документ «построен на анонимных свидетельствах».",
            "построен на анонимных",
            "zakharova",
            "denial",
        ),
        (  # "— подчеркнула член совета" after Saratova: the member named before (it had been the council)
            "ru",
            "Член Совета при главе Чечни Хеда Саратова сообщила, что жалоб от геев не поступало.\n\n«Ни одной "
            "жалобы к нам не поступало», — подчеркнула член совета.",
            "Ни одной жалобы",
            "saratova",
            "denial",
        ),
        (  # "Я попрошу Генпрокуратуру и МВД посмотреть, что там происходит": a check asked for, and "что там ...
            # происходит" asks what happens (it had been Putin's confirmation)
            "ru",
            "Т.Москалькова: К нам поступает информация о задержаниях геев в Чечне.\n\nВ.Путин: Давайте. Я попрошу "
            "Генпрокуратуру и МВД посмотреть, что там на самом деле происходит.",
            "попрошу",
            "putin",
            "neutral",
        ),
        (  # a line with only the name and a colon over his words (there had been no statement)
            "ru",
            "Рамзан Кадыров:\n\nОпять так называемые правозащитники распространяют выдумки о Чечне. Никаких "
            "задержаний не было и нет.",
            "Никаких задержаний",
            "kadyrov",
            "denial",
        ),
        (  # the same after a long title, with "Ни одного имени" (not a single name) for its absence
            "ru",
            "Министр Чечни по национальной политике, внешним связям, печати и информации Джамбулат Умаров:\n\n"
            "Опять те же лица, опять те же «источники». Ни одного имени, ни одного документа.",
            "Ни одного имени",
            "umarov-dzhambulat",
            "denial",
        ),
        (  # "спланированной акцией, направленной против республики": a dismissal (it had been neutral)
            "ru",
            "В правительстве Чечни сообщения о задержаниях назвали «спланированной акцией, направленной против "
            "республики».",
            "спланированной",
            "chechen-government",
            "denial",
        ),
        (  # "опорочить чеченский народ": a dismissal (it had been neutral)
            "ru",
            "Хеда Саратова заявила, что жалоб от геев не поступало. По её мнению, публикации в СМИ направлены на "
            "то, чтобы «опорочить чеченский народ».",
            "опорочить",
            "saratova",
            "denial",
        ),
    ],
)
def test_misses_of_the_twenty_third_sessions_fresh_sets(analyzer, lang, text, words, actor, stance):
    """Misses of the twenty-third session's fresh sets (independent159-162): a refusal to open a case citing no
    evidence denies; "гонения" is the reports' subject; "Комментируя ... по Чечне" turns back to it; "член совета"
    is the member named before; "опорочить" dismisses."""
    statement = only(analyzer.analyze(text, lang), words)
    assert (statement.actor, statement.stance) == (actor, stance)


def test_a_court_refusing_a_complaint_confirms_nothing(analyzer):
    """ "Суд отказал в удовлетворении жалобы жителя Чечни, который заявил о похищении": the court's ruling is no
    statement of the court's (the complainant's claim in the relative clause is his)."""
    text = (
        "Басманный районный суд Москвы отказал в удовлетворении жалобы жителя Чечни, который заявил о похищении "
        "и пытках из-за его предполагаемой гомосексуальности."
    )
    assert [s.stance for s in analyzer.analyze(text, "ru") if s.actor_kind == "court"] == []


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (  # "He" after a former officer: a private person now (it had been a Russian official's denial)
            "en",
            "A former officer of a Chechen police unit agreed to speak on condition of anonymity. He said men "
            "suspected of being gay were beaten in the basement.",
            "were beaten",
        ),
        (
            "ru",
            "Бывший сотрудник полка патрульно-постовой службы согласился рассказать о том, что видел. Он "
            "утверждает, что задержанных мужчин привозили по ночам.",
            "привозили по ночам",
        ),
        (  # "according to" the antecedent of a relative clause, not "it" inside it (it had been the ministry's)
            "en",
            "The list was handwritten. According to a former Chechen police officer who smuggled a photograph of it "
            "out of the republic, it contained the names of 27 men who were detained in January 2019.",
            "names of 27 men",
        ),
    ],
)
def test_a_former_officer_speaks_as_a_private_person(analyzer, lang, text, words):
    """A former police officer telling what he saw is a private person confirming the events, also when a pronoun
    or "according to" refers to him."""
    statement = only(analyzer.analyze(text, lang), words)
    assert (statement.actor_kind, statement.official, statement.stance) == ("person", False, "confirmation")


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "BERLIN, June 2 — Germany has issued visas to gay men who fled persecution in Chechnya, a foreign "
            "ministry spokesman said on Friday.\n\n\u201cSome of them were tortured,\u201d the spokesman told reporters.",
            ["german-foreign-office", "german-foreign-office"],
        ),
        (
            'PARIS (AFP) - France condemned the persecution of gay men in Chechnya. "Those responsible must be '
            'identified and punished," the foreign ministry spokesman said in a statement.',
            ["french-foreign-ministry", "french-foreign-ministry"],
        ),
    ],
)
def test_a_foreign_capitals_dateline_names_its_foreign_ministry(analyzer, text, actors):
    """An article datelined "BERLIN" or "PARIS": "a foreign ministry spokesman" and "the spokesman" after him speak
    for that state (they had been Maria Zakharova, confirming the events and once denying them)."""
    assert [s.actor for s in analyzer.analyze(text, "en")] == actors


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker", "stance"),
    [
        (  # "had not presented a single fact" is an absence, whatever "who raised the subject" says
            "en",
            "Foreign Minister Sergei Lavrov said Western partners who raised the subject of Chechnya had not "
            "presented a single fact.",
            "single fact",
            "lavrov",
            "denial",
        ),
        (
            "en",
            "Russia's human rights ombudsman Tatyana Moskalkova said no complaint had reached her. \"Without "
            'statements from the people concerned, there is nothing to verify," she told reporters.',
            "nothing to verify",
            "moskalkova",
            "denial",
        ),
        (  # "не будет давать оценок": no comment (it had been a denial)
            "ru",
            "Ранее ЕСПЧ признал, что Максим Лапунов подвергся жестокому обращению в полиции Грозного. Песков заявил "
            "журналистам, что Кремль «не будет давать оценок» решению ЕСПЧ по делу Лапунова.",
            "давать оценок",
            "peskov",
            "neutral",
        ),
        (  # the reports as dirt: "этой грязи" points back to them (it had been another subject)
            "ru",
            "Депутат Госдумы Адам Делимханов назвал авторов публикаций клеветниками и заявил, что «ни один чеченец не "
            "поверит этой грязи».",
            "этой грязи",
            "delimkhanov",
            "denial",
        ),
        (  # "слухи о чеченцах": the Chechens are the reports' place, as "Chechens" is in English
            "ru",
            "Магомед Даудов в своём телеграм-канале: «Те, кто распространяет эти грязные слухи о чеченцах, — "
            "провокаторы. Мы знаем, кто им платит».",
            "провокаторы",
            "daudov",
            "denial",
        ),
        (  # no need for any checks: nothing to look into (it had been neutral, like an investigation announced)
            "ru",
            "По словам главы Чечни, в республике «нет таких людей». Он также подчеркнул, что не видит необходимости "
            "в каких-либо проверках.",
            "необходимости",
            "kadyrov",
            "denial",
        ),
        (  # the words the other way round: "не пришёл ни один человек"
            "ru",
            "САРАТОВА: Ко мне за всё это время не пришёл ни один человек с такой жалобой. Ни один.",
            "ни один человек",
            "saratova",
            "denial",
        ),
        (  # "нет оснований в них сомневаться": no doubt, a confirmation (it had been a denial)
            "ru",
            "Министерство иностранных дел Германии подтвердило, что выдало гуманитарные визы нескольким мужчинам, "
            "пострадавшим от преследований в Чечне. «Их рассказы о пережитом в заключении производят тяжелейшее "
            "впечатление, и у нас нет оснований в них сомневаться», — заявил официальный представитель ведомства.",
            "сомневаться",
            "german-foreign-office",
            "confirmation",
        ),
        (  # "лжёт" dismisses; the reporter's ", не упомянув ... о свидетельствах" is not the speaker's evidence
            "ru",
            "«Эти люди прошли через пытки», — написала Милашина. Через несколько часов Кадыров в Instagram назвал "
            "журналистку «пособницей террористов, которая лжёт о нашем народе», не упомянув, впрочем, о самих "
            "свидетельствах.",
            "лжёт",
            "kadyrov",
            "denial",
        ),
        (  # an absence granted as what fear makes of it (it had been a denial by the analyst)
            "en",
            "HOST: And yet officials in Grozny kept insisting there had been no complaints from anyone.\n\n"
            "SOKIRIANSKAIA: Of course nobody complained. People were terrified that their families would find out.",
            "nobody complained",
            "sokirianskaia",
            "confirmation",
        ),
        (  # "if any of it were true" (it had been a confirmation: "было правдой")
            "ru",
            "Министр Джамбулат Умаров в посте, опубликованном в Telegram: «Эти истории сочиняют в Москве и Лондоне. "
            "Если бы хоть что-то из этого было правдой, мы бы первыми об этом узнали».",
            "правдой",
            "umarov-dzhambulat",
            "denial",
        ),
        (  # nobody "held criminally responsible": impunity deplored (it had been a denial: "no one has been held")
            "en",
            "Resolution (Parliamentary Assembly)\n\n3. The Assembly condemns the abductions and torture of men "
            "perceived to be gay in the Chechen Republic. It deplores the fact that, to date, no one has been held "
            "criminally responsible.",
            "criminally responsible",
            "pace",
            "confirmation",
        ),
        (  # a newsroom that "would not withdraw a single word" stands by its reporting
            "en",
            "Novaya Gazeta's editor-in-chief Dmitry Muratov said the paper would not withdraw a single word about the "
            "detentions of gay men in Chechnya.",
            "withdraw",
            "muratov",
            "confirmation",
        ),
        (  # "the perpetrators, if identified": a condition, not a finding (it had been a confirmation)
            "en",
            "The European Union calls on the Russian authorities to investigate promptly and thoroughly the "
            "allegations of abductions of gay men in Chechnya, and to ensure that the perpetrators, if identified, "
            "are brought to justice, the EU spokesperson said.",
            "investigate promptly",
            "eeas",
            "neutral",
        ),
        (  # a matter for the law-enforcement agencies' competence: passed on (it had been an official's denial)
            "en",
            "ILGA-Europe said the fresh round of detentions in Chechnya was the result of impunity. In Moscow, the "
            "presidential press service said only that the matter fell within the competence of law enforcement "
            "agencies.",
            "competence",
            "kremlin",
            "neutral",
        ),
    ],
)
def test_misses_of_the_twenty_fourth_sessions_sets(analyzer, lang, text, words, speaker, stance):
    """Misses of the sets studied in the twenty-fourth session (independent164, 168, 170 and the fresh
    independent171-174): absences, dismissals and doubts ruled out, phrased in ways the rules did not know."""
    statement = only(analyzer.analyze(text, lang), words)
    assert (statement.actor, statement.stance) == (speaker, stance)


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (  # a post's heading without a colon: the post below is its author's
            "en",
            "Ramzan Kadyrov, Telegram, 21:14\n\nOnce again certain Western 'human rights defenders' are spreading "
            "fairy tales about Chechnya. There has never been any persecution of anyone in the republic.",
            "fairy tales",
            "kadyrov",
        ),
        (  # "официальный" adds nothing to the spokesperson of the body just named
            "ru",
            "Управление ООН по правам человека призвало Россию положить конец пыткам геев в Чечне. «Пострадавшие и их "
            "семьи имеют право на правду и справедливость», — заявила официальный представитель Управления.",
            "Пострадавшие",
            "ohchr",
        ),
        (  # "X reports." at the end of its sentence: X's words (not "the reports", nor an outlet's credit)
            "en",
            "A 20-year-old resident of Argun was detained by police on Saturday after officers found a dating app on "
            "his phone, the SK SOS crisis group reports.",
            "was detained",
            "sk-sos",
        ),
        (  # the progressive "is calling on"
            "en",
            "Amnesty International is calling on the Russian authorities to immediately end the abductions, torture "
            "and killings of men believed to be gay in Chechnya.",
            "abductions",
            "amnesty",
        ),
        (  # "Mr Karimov," is the one addressed; the subject comes after the comma (it had been Karimov's denial)
            "en",
            "HOST: Mr Karimov, Novaya Gazeta reports that dozens of men were detained and some of them killed. How "
            "do you respond?",
            "dozens of men",
            "novaya-gazeta",
        ),
        (  # a role introduced in the sentence before "he said": the officer, not Karimov quoted before him
            "en",
            "\u201cYou cannot detain or persecute people who simply do not exist in the republic,\u201d Alvi Karimov said."
            "\n\nA press officer at the Chechen Interior Ministry, reached by the Courier by telephone on Tuesday, went "
            "further. \u201cNo such detentions were carried out by our officers,\u201d he said.",
            "No such detentions",
            "chechen-interior-ministry",
        ),
        (  # a spelling of the name the seeds lacked
            "ru",
            "«Это ложь от первого до последнего слова», — заявил «Интерфаксу» Алви Каримов о сообщениях о геях.",
            "ложь",
            "karimov",
        ),
    ],
)
def test_speakers_of_the_twenty_fourth_sessions_sets(analyzer, lang, text, words, speaker):
    """Speakers the sets studied in the twenty-fourth session named in ways the rules did not read: a post's
    heading, an official spokesperson of "the Office", "X reports.", "is calling on", a vocative before the
    subject, "Алви"."""
    assert only(analyzer.analyze(text, lang), words).actor == speaker


def test_a_passive_aside_is_not_its_agents_statement(analyzer):
    """'the torture of LGBTI people, documented by the OSCE rapporteur, "cannot go unpunished," an EU spokesperson
    said': the participle describes the torture; the quote is the spokesperson's alone (it had also been the
    words of "LGBTI people in Chechnya")."""
    text = (
        "BRUSSELS — The European Union considers that the detention and torture of LGBTI people in Chechnya, "
        'documented by the OSCE rapporteur, "cannot go unpunished," an EU spokesperson said in a statement on Friday.'
    )
    assert [s.actor for s in analyzer.analyze(text, "en")] == ["eeas"]


def test_a_handle_names_a_posts_author(analyzer):
    """ "@voice_of_grozny: ... zero names, zero photos, zero bodies": an unlisted author's post, and "zero names"
    is an absence."""
    text = (
        '@voice_of_grozny: Another week, another "Chechen gay camps" story with zero names, zero photos, zero '
        "bodies. Western media will print anything as long as it makes Russia look bad."
    )
    [statement] = analyzer.analyze(text, "en")
    assert (statement.speaker, statement.actor_kind, statement.stance) == (
        "@voice_of_grozny",
        "person",
        "denial",
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker", "stance"),
    [
        (  # "друг от друга" is "each other": no friend between Sokirianskaia and "она" (it had been a person's)
            "Екатерина Сокирянская из International Crisis Group рассказала, что несколько её собеседников в "
            "республике независимо друг от друга подтвердили факты задержаний. «Масштаб мы пока оценить не можем, но "
            "сами задержания сомнений не вызывают», — сказала она.",
            "сомнений не вызывают",
            "sokirianskaia",
            "confirmation",
        ),
        (  # "официальный Грозный": the republic's government (it had been no statement)
            "Итак, официальный Грозный в очередной раз сообщил, что «таких людей в Чечне нет и быть не может».",
            "таких людей",
            "chechen-government",
            "denial",
        ),
        (  # after a colon, a speaker with a verb of his own: his words, not the verb's before the colon (a guard:
            # with "официальный Грозный" read as a speaker, they had become the government's)
            "Официальный Грозный до сих пор отвечает одно и то же: пресс-секретарь главы республики Альви Каримов "
            "назвал публикацию «абсолютной ложью и дезинформацией».",
            "ложью",
            "karimov",
            "denial",
        ),
        (
            "Бенедек пришёл к выводу, что сообщения о преследовании ЛГБТ в Чечне «подтверждаются множеством "
            "свидетельств». В Грозном доклад раскритиковали: министр Джамбулат Умаров назвал его «сборником "
            "анонимных страшилок, написанным по заказу».",
            "страшилок",
            "umarov-dzhambulat",
            "denial",
        ),
        (  # the dead handed to their families: an event (it had been neutral, "не поднимали шума" a no-comment)
            "Корреспондент «Новой газеты» Ирина Гордиенко рассказала, что встретилась в Чечне с родственниками двух "
            "погибших мужчин. По её словам, семьи получили тела «без объяснений» и были предупреждены, чтобы «не "
            "поднимали шума».",
            "получили тела",
            "gordienko",
            "confirmation",
        ),
        (  # "имена погибших": the dead are the reports' subject (it had been another subject)
            "«Новая газета» сообщила о массовых задержаниях в Чечне мужчин. Автор публикации Елена Милашина заявила, "
            "что редакции известны имена погибших, но называть их она не будет.",
            "имена погибших",
            "milashina",
            "confirmation",
        ),
        (  # the topic raised, no more (it had been the president's denial)
            "На пресс-конференции после переговоров с Ангелой Меркель Владимир Путин сказал, что канцлер затронула "
            "«известную тему» Чечни.",
            "известную тему",
            "putin",
            "neutral",
        ),
        (  # the newsroom "has evidence", not only "we have" (it had been neutral: "проверку")
            "Главный редактор издания Дмитрий Муратов заявил журналистам о преследованиях геев, что у редакции есть "
            "доказательства, которые выдержат проверку любым судом.",
            "есть доказательства",
            "muratov",
            "confirmation",
        ),
        (  # passed to the prosecutor: neutral (it had been the president's denial)
            "Москалькова попросила президента поддержать проверку сообщений из Чечни.\n\n«Этот вопрос я передам "
            "генеральному прокурору и министру внутренних дел», — сказал глава государства.",
            "передам",
            "putin",
            "neutral",
        ),
        (  # a present-tense verb gives no gender: "журналист" is the person just quoted (it had been the paper)
            "По данным «Новой газеты», в республике были задержаны более ста мужчин, подозреваемых в "
            "гомосексуальности. По словам Елены Милашиной, как минимум трое из них погибли. «Мы располагаем именами и "
            "показаниями свидетелей», — говорит журналист.",
            "располагаем",
            "milashina",
            "confirmation",
        ),
        (  # nobody asked about their private lives: not why they were held (it had been a confirmation)
            "Источник, близкий к руководству республики, признал, что «кого-то могли задерживать по другим статьям», "
            "но настаивал, что «про личную жизнь никого не спрашивали».",
            "личную жизнь",
            None,
            "denial",
        ),
    ],
)
def test_russian_misses_of_the_twenty_fourth_sessions_fresh_sets(analyzer, text, words, speaker, stance):
    """Russian misses of the fresh sets independent171-174: a reciprocal "друг", "официальный Грозный", a
    speaker after a colon, bodies handed over, "погибших", a topic raised, a question nobody was asked."""
    statement = only(analyzer.analyze(text, "ru"), words)
    assert (statement.actor, statement.stance) == (speaker, stance)


def test_a_denial_of_gas_outages_is_another_subject(analyzer):
    """A Chechen press service calling reports of gas outages in Grozny "fake" says nothing on the reports."""
    text = (
        "Пресс-служба правительства Чечни назвала «фейком» сообщения телеграм-каналов о перебоях с газом в "
        "нескольких районах Грозного. «Все системы работают в штатном режиме», — говорится в заявлении."
    )
    assert analyzer.analyze(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "words", "speaker", "stance"),
    [
        (  # events asserted by a body on the reports' side stay a confirmation when it also urges action
            "The UN Human Rights Office said men had been abducted and tortured, and urged Moscow to protect victims "
            "and witnesses.",
            "abducted",
            "ohchr",
            "confirmation",
        ),
        (  # the next claim after ", and suggested that" is judged on its own subject (Syria made both off-topic)
            "In July, Novaya Gazeta published what it said was a list of 27 people executed without trial in Grozny. "
            "Karimov said the newspaper had once again published slander without a shred of evidence, and suggested "
            "that several of those named were alive and fighting in Syria.",
            "slander",
            "karimov",
            "denial",
        ),
        (  # "the Assembly" with no other assembly named: the Council of Europe's (it had been a Russian body's)
            "In its resolution, the Assembly condemns the abductions, arbitrary detentions and torture of persons "
            "perceived to be LGBTI in the Chechen Republic.",
            "condemns",
            "pace",
            "confirmation",
        ),
    ],
)
def test_english_misses_of_the_twenty_fourth_sessions_fresh_sets(analyzer, text, words, speaker, stance):
    """English misses of the fresh sets independent171-174: events and an appeal together, a second claim off
    the subject, "the Assembly" alone."""
    statement = only(analyzer.analyze(text, "en"), words)
    assert (statement.actor, statement.stance) == (speaker, stance)


@pytest.mark.parametrize(
    ("text", "words", "stance"),
    [
        (  # the reporters dismissed: a denial also from a speaker of no side (it had been a rejected denial)
            "The deputy mufti was asked about the newspaper's article on gay men in Chechnya. An imam from the "
            "central mosque went further, calling the authors enemies of our faith and our homeland.",
            "enemies",
            "denial",
        ),
        (  # the officials' claim in a relative clause is cited, not made (it had been Amnesty's denial)
            "Amnesty International called on the Russian authorities to stop the abductions of gay men in Chechnya. "
            "It said the response of Chechen officials, who have claimed that gay men do not exist in the republic, "
            "amounted to an incitement to violence.",
            "incitement",
            "confirmation",
        ),
        (  # "not true that nothing happened" rejects the denial; an absence explained by a search never made
            '"It is simply not true that nothing happened," Igor Kochetkov said. "The authorities have not found a '
            'single victim only because they have not looked for one."',
            "nothing happened",
            "confirmation",
        ),
    ],
)
def test_wrong_sides_of_the_twenty_fourth_sessions_second_wave(analyzer, text, words, stance):
    """The three statements the second fresh wave (independent175-178) put on the wrong side at first sight."""
    assert only(analyzer.analyze(text, "en"), words).stance == stance


@pytest.mark.parametrize(
    ("text", "words", "field", "expected"),
    [
        (  # a journalist quoting the official line after its name (it had been her denial)
            'Elena Milashina said the newspaper had collected testimony from men held in Argun. "The denials are the '
            'same every time: there are no gays, so nobody could have been detained. But we have the survivors," '
            "she said.",
            "The denials",
            "stance",
            "confirmation",
        ),
        (  # "Kadyrov spokesman Alvi Karimov:": the spokesman, not his owner (it had been Kadyrov)
            'Kadyrov spokesman Alvi Karimov: reports about a "new persecution of gays" in Chechnya are fake.',
            "fake",
            "actor",
            "karimov",
        ),
    ],
)
def test_misses_of_the_twenty_fourth_sessions_second_wave(analyzer, text, words, field, expected):
    """Misses of the second fresh wave (independent176): the official line quoted after "The denials are ...:",
    a spokesman named after his owner in a label."""
    assert getattr(only(analyzer.analyze(text, "en"), words), field) == expected


def test_a_joined_clause_with_its_own_subject_is_its_own_statement(analyzer):
    """ "Russia declined to cooperate with him, and its delegation in Vienna dismissed the procedure as politically
    motivated": two speakers (the delegation's dismissal had been Russia's, inside its refusal)."""
    text = (
        "Wolfgang Benedek found that the allegations of torture of LGBTI people in Chechnya were confirmed. Russia "
        "declined to cooperate with him, and its delegation in Vienna dismissed the procedure as politically "
        "motivated and one-sided."
    )
    assert only(analyzer.analyze(text, "en"), "politically motivated").actor == "russian-mfa"


@pytest.mark.parametrize(
    ("lang", "text", "words", "field", "expected"),
    [
        (  # several sources are the outlet's sourcing (it had been the police's denial)
            "en",
            "Authorities in Chechnya have rounded up more than 100 men suspected of being gay, the independent "
            "newspaper Novaya Gazeta reported on Saturday, citing sources in the region's police.",
            "rounded up",
            "actor",
            "novaya-gazeta",
        ),
        (  # the UN experts' name with "independent" and a hyphen
            "en",
            "A group of United Nations independent human-rights experts said men had been held in secret "
            "facilities in Chechnya.",
            "secret facilities",
            "actor",
            "un-experts",
        ),
        (  # a secret facility is where men were held, an event of the reports (it had been off the subject)
            "en",
            "UN experts said they had received credible reports that more than a hundred men had been held in "
            "secret facilities and that several had died.",
            "secret facilities",
            "stance",
            "confirmation",
        ),
        (  # the speaker's own "утверждают, что" is no cited claim (the events had been masked: neutral)
            "ru",
            "Источники газеты в силовых структурах республики утверждают, что задержанных содержат в "
            "неофициальных местах заключения.",
            "неофициальных",
            "stance",
            "confirmation",
        ),
        (  # "не сомневается в" states a view the way a verb does (it had been no statement)
            "ru",
            "Правозащитный центр «Мемориал» не сомневается в достоверности сведений о тайной тюрьме в Аргуне.",
            "тайной тюрьме",
            "stance",
            "confirmation",
        ),
        (  # "не располагают достоверной информацией": an adjective before what is held (no statement before)
            "ru",
            "В Кремле не располагают достоверной информацией о задержаниях в Чечне.",
            "информацией",
            "stance",
            "denial",
        ),
        (  # the investigators' conclusion, cited and called cynical (it had been her denial)
            "en",
            "Tanya Lokshina of Human Rights Watch called the investigators' conclusion that they had found no "
            'evidence of the detentions "predictable and deeply cynical."',
            "conclusion",
            "stance",
            "confirmation",
        ),
        (  # "officials in Grozny announce that none of it happened": the official line cited (it had been a denial)
            "en",
            '"Men are seized, tortured into giving up names, and officials in Grozny announce that none of it '
            'happened," said Tanya Lokshina.',
            "seized",
            "stance",
            "confirmation",
        ),
        (  # "can no longer claim": a claim named, not made (it had been Kochetkov's denial)
            "en",
            'Igor Kochetkov of the Russian LGBT Network said the authorities "can no longer claim there are no '
            'victims".',
            "no victims",
            "stance",
            "confirmation",
        ),
        (  # "the authorities' line has always been that ...": the line cited
            "en",
            "\"The authorities' line has always been that these people don't exist,\" said Tanya Lokshina.",
            "line",
            "stance",
            "confirmation",
        ),
        (  # "According to Grozny, ...": the official line inside a blogger's sarcasm (it had been his denial)
            "en",
            'Exile blogger Islam Musaev, writing on his Telegram channel: "According to Grozny, there are no gays '
            'in Chechnya, no torture in Chechnya and no complaints in Chechnya."',
            "According to Grozny",
            "stance",
            "confirmation",
        ),
        (  # a relative denying: nobody took him, the stories shame Chechens (it had been a confirmation)
            "en",
            "The missing man's brother met us at the gate. \"Nobody took him. He went to study in Turkey, that's "
            'all," the brother said.',
            "Nobody took him",
            "stance",
            "denial",
        ),
        (
            "ru",
            "«Никто его не забирал. Уехал на заработки в Москву. Эти истории пишут те, кто хочет опозорить "
            "чеченцев», — сказал брат пропавшего.",
            "Никто его",
            "stance",
            "denial",
        ),
        (  # what the authorities will say, cited by the group (it had been the authorities' denial)
            "ru",
            "СК SOS: Мы вывезли их в безопасное место. Власти республики опять скажут, что таких людей не "
            "существует, — но мы с ними разговаривали вчера.",
            "вывезли",
            "stance",
            "confirmation",
        ),
        (  # concern about reports, not evidence of the events (it had been a confirmation)
            "en",
            '"We are increasingly concerned," the State Department\'s spokesman said, "about the numerous reports '
            'of the detention and killing of individuals perceived to be LGBTI in Chechnya."',
            "concerned",
            "stance",
            "neutral",
        ),
        (  # not authorised to comment (it had been the ministry's denial)
            "en",
            "A duty officer at the press office of the Chechen Interior Ministry said he was not authorised to "
            "comment on the detentions.",
            "authorised",
            "stance",
            "neutral",
        ),
        (  # "не выявила фактов": a finding of nothing (no statement before)
            "ru",
            "Генеральная прокуратура России по итогам проверки не выявила фактов незаконного задержания жителей "
            "Чечни по признаку сексуальной ориентации.",
            "фактов",
            "stance",
            "denial",
        ),
        (  # nobody answered for the torture: impunity (it had been a negated event)
            "ru",
            "Муратов напомнил, что за пять лет никто не ответил за пытки, о которых писало издание.",
            "никто не ответил",
            "cues",
            (
                "speech-verb:напомнил",
                "accountability:никто не ответил за пытки",
                "topic:пытки",
                "speaker:name",
            ),
        ),
        (  # "к личной жизни задержанных это не имеет никакого отношения": another reason given (a guard: the
            # speaker's own "утверждают, что" no longer masks the detentions it names)
            "ru",
            "В МВД Чечни утверждают, что Магамадов и Исаев задержаны по делу о пособничестве незаконному "
            "вооруженному формированию и «к личной жизни задержанных это не имеет никакого отношения».",
            "Магамадов",
            "stance",
            "denial",
        ),
        (  # a Russian court upholding a refusal is procedure (it had been a confirmation)
            "ru",
            "Пятигорский городской суд отказался удовлетворить жалобу Максима Лапунова на отказ в возбуждении "
            "уголовного дела.",
            "жалобу",
            "stance",
            "neutral",
        ),
        (  # "ни разу не слышала ни о чём подобном", "ничего, кроме газетных статей, не представили"
            "ru",
            "Жительница Грозного рассказала о задержаниях геев: «Я двадцать лет живу в этом городе и ни разу не "
            "слышала ни о чём подобном».",
            "не слышала",
            "stance",
            "denial",
        ),
        (
            "ru",
            "Лавров сказал, что российская сторона «готова рассматривать любые конкретные факты», но «пока нам "
            "ничего, кроме газетных статей, не представили».",
            "газетных статей",
            "stance",
            "denial",
        ),
        (  # not wanting to talk about it (it had been her confirmation)
            "ru",
            "— А что с угрозами в ваш адрес? Что с задержаниями?\n\n— Я не хочу сейчас об этом говорить. Давайте "
            "о другом.\n\n(Из интервью Елены Милашиной.)",
            "не хочу",
            "stance",
            "neutral",
        ),
        (  # "accused Novaya Gazeta of 'hysteria'": the speaker's own word for what it attacks (it had been
            # a denial cited by a person, so a confirmation)
            "en",
            "A pro-Kremlin blogger accused Novaya Gazeta of 'hysteria' for printing the story about gay men in "
            "Chechnya.",
            "hysteria",
            "stance",
            "denial",
        ),
        (  # "о каких-то тайных тюрьмах": named to be doubted, no event asserted (a guard: the speaker's own
            # "пишут" is no cited claim, the hedge inside it still is)
            "ru",
            "ВЕДУЩИЙ: Западные газеты снова пишут о каких-то тайных тюрьмах в Чечне.\n\nДАУДОВ: Это провокация.",
            "тюрьмах",
            "cues",
            ("speech-verb:пишут", "topic:тюрьмах", "speaker:unnamed-plural"),
        ),
        (  # "о проблемах такого рода": the problems just spoken of; the spokesman's next words stay on them (a
            # guard: "в Кремле не располагают ..." is now a statement of its own, on the reports)
            "ru",
            "Песков на вопрос журналистов о публикации «Новой газеты» ответил, что в Кремле не располагают "
            "достоверной информацией о каких-либо проблемах такого рода. «Если у кого-то есть такие сведения, "
            "пусть обращаются в правоохранительные органы», — сказал представитель Кремля.",
            "обращаются",
            "stance",
            "neutral",
        ),
        (  # the facts looked for named first, then "нет" (it had been evidence: the envoy's confirmation)
            "ru",
            "Постпред России при ОБСЕ Александр Лукашевич назвал инициативу политизированной и заявил, что «фактов, "
            "подтверждающих эти обвинения, нет».",
            "подтверждающих",
            "stance",
            "denial",
        ),
        (  # "came to the conclusion that" states a finding (no statement before)
            "en",
            "Professor Wolfgang Benedek came to the conclusion that the reports of persecution of LGBTI people in "
            "Chechnya had been confirmed.",
            "persecution",
            "actor",
            "benedek",
        ),
        (  # "In her words, ...": her words, like "according to her" (no statement before)
            "en",
            "Tanya Lokshina said the denials were cynical. In her words, the federal authorities are obliged to "
            "conduct an effective investigation.",
            "obliged",
            "actor",
            "lokshina",
        ),
        (  # "the rapporteur's requests" is a noun: the document below is the rapporteur's (it had been the
            # Russian authorities', who "requests")
            "en",
            "Professor Wolfgang Benedek found that the persecution of LGBTI people in Chechnya had taken place. As "
            "noted in the report, the Russian authorities did not respond to the rapporteur's requests. The document "
            "also states that those responsible for the persecution have still not been punished.",
            "punished",
            "actor",
            "benedek",
        ),
        (  # words "taken out of context" are no detention (it had been an event)
            "en",
            "Kheda Saratova said she had not heard of a single such case. She later complained that her words had "
            "been taken out of context.",
            "out of context",
            "cues",
            ("speech-verb:complained", "topic-ref:that", "speaker:pronoun"),
        ),
        (  # the newspaper's staff called enemies: the reporters dismissed (it had been a rejected denial)
            "en",
            "Elena Milashina has been threatened since Chechen clerics declared the newspaper's staff \"enemies of "
            'the faith".',
            "enemies",
            "stance",
            "denial",
        ),
        (  # nobody punished for what did not happen: the absences are irony (it had been the blogger's denial)
            "en",
            '"Nobody was tortured, nobody was killed, and nobody will ever be punished for it," the blogger Arseny '
            "Volkov concludes.",
            "Nobody was tortured",
            "stance",
            "confirmation",
        ),
        (  # not able to verify independently: a caveat on its own checking (it had been an absence, a denial)
            "en",
            "Rupert Colville, a spokesman for the UN human rights office, said the office had not been able to "
            "verify the information about the detentions of gay men independently.",
            "verify",
            "stance",
            "neutral",
        ),
    ],
)
def test_statements_of_the_twenty_fifth_sessions_fresh_sets(analyzer, lang, text, words, field, expected):
    """Misses and wrong sides of the twenty-fifth session's fresh sets (independent175 studied, 179-182): sources
    cited, facilities, doubts and holdings stated, official lines cited, a relative denying, concern, findings of
    nothing, impunity, a Russian court's procedure."""
    assert getattr(only(analyzer.analyze(text, lang), words), field) == expected


@pytest.mark.parametrize(
    ("lang", "text", "words", "speaker"),
    [
        (  # a state by name speaks in a dialogue (no statement before)
            "en",
            "Iceland said men in Chechnya had been abducted, tortured and in some cases killed because of their "
            "sexual orientation.",
            "abducted",
            ("government", "IS"),
        ),
        ("ru", "Исландия заявила, что мужчин в Чечне похищали и пытали.", "похищали", ("government", "IS")),
        (
            "en",
            "The Russian Federation said no victims had come forward.",
            "no victims",
            ("government", "RU"),
        ),
        (  # a state's label in a summary record
            "ru",
            "Канада: Мужчины в Чечне подвергались похищениям, пыткам и убийствам из-за своей сексуальной "
            "ориентации. Виновные должны понести ответственность.",
            "похищениям",
            "canada-global-affairs",
        ),
        (  # the Assembly's rapporteur is PACE's, not the OSCE's (it had been Benedek)
            "en",
            "The Assembly's rapporteur told members that the evidence gathered from survivors left no room for "
            "doubt: men had been held in secret facilities in Chechnya.",
            "no room for doubt",
            "pace",
        ),
        (  # "Its Europe director": the body just named, though it had not spoken (an unnamed NGO before)
            "en",
            "Amnesty International used a press conference at the Palais des Nations to hand over a petition. Its "
            'Europe director said the Chechen authorities\' denials were "as cynical as they are chilling".',
            "cynical",
            "amnesty",
        ),
        (  # Russia's representative or diplomat is the foreign ministry's (an unnamed government before)
            "en",
            'The Russian representative described the report as "a collection of rumours and anonymous claims".',
            "rumours",
            "russian-mfa",
        ),
        ("ru", "Российский дипломат заявил, что доклад — собрание слухов.", "слухов", "russian-mfa"),
        (  # "annual" before a document's head (no statement before)
            "en",
            "The State Department's annual human rights report said Chechen authorities had abducted and tortured "
            "men perceived to be gay.",
            "tortured",
            "us-state-department",
        ),
        (  # a former member of a unit speaks for himself (it had been the Interior Ministry's denial)
            "en",
            "A former member of a Chechen police unit, who left the republic in 2019, described the detentions as "
            "routine work.",
            "routine work",
            ("person", "RU"),
        ),
        (  # the body a speaker works with, named after him (an unnamed person before)
            "en",
            '"They did not question a single police officer properly," said one of the lawyers, who works with '
            "the Russian LGBT Network.",
            "single police officer",
            "russian-lgbt-network",
        ),
        (  # a Chechen first name in Latin letters before "said" (no statement before)
            "en",
            "Near the end of the afternoon, Adam said men were beaten in Argun.",
            "beaten",
            ("person", "RU"),
        ),
        (  # "he" after "in the case of a man who said ...": Peskov, not the man inside his words
            "en",
            "Kremlin spokesman Dmitry Peskov declined on Tuesday to comment on a ruling in the case of a man who "
            'said he had been tortured in Chechnya. "Russia is no longer a party to the Convention," he told '
            "reporters.",
            "no longer a party",
            "peskov",
        ),
        (  # "— говорится в сообщении «Мемориала»": the body whose text it is (no statement before)
            "ru",
            "«Людей пытали в Аргуне», — говорится в сообщении «Мемориала».",
            "пытали",
            "memorial",
        ),
        (  # a dialogue line's addressee is no speaker; the answers are the addressee's
            "ru",
            "— Рамзан Ахматович, правозащитники говорят, что в Аргуне людей держат в подвалах и пытают…\n\n"
            "— Покажите мне хоть одного пострадавшего! Нет их.\n\n— О восстановлении Грозного…\n\n— Вот это "
            "хороший вопрос.",
            "подвалах",
            ("ngo", None),
        ),
        (
            "ru",
            "— Рамзан Ахматович, правозащитники говорят, что в Аргуне людей держат в подвалах и пытают…\n\n"
            "— Покажите мне хоть одного пострадавшего! Нет их.\n\n— О восстановлении Грозного…\n\n— Вот это "
            "хороший вопрос.",
            "Покажите",
            "kadyrov",
        ),
        (  # "власти отвечают отрицанием": what they do, inside the document's words (it had been their denial)
            "ru",
            "Людей похищали, пытали и убивали, а власти отвечают отрицанием и угрозами журналистам, говорится в "
            "документе Amnesty International.",
            "отрицанием",
            "amnesty",
        ),
        (  # "Большинство" is no illness (it had been another subject)
            "ru",
            "Большинство пострадавших отказались подавать официальные жалобы, опасаясь за родственников, отмечают "
            "правозащитники.",
            "жалобы",
            ("ngo", None),
        ),
    ],
)
def test_speakers_of_the_twenty_fifth_sessions_fresh_sets(analyzer, lang, text, words, speaker):
    """Speakers the twenty-fifth session's fresh sets named in ways the rules did not read: states by name and by
    label, the Assembly's rapporteur, "Its director", Russia's diplomats, a former member, an employer named
    after, a first name in Latin letters, a relative clause's speaker, "в сообщении «X»", an interview's
    addressee, "Большинство"."""
    statement = only(analyzer.analyze(text, lang), words)
    found = statement.actor if isinstance(speaker, str) else (statement.actor_kind, statement.country)
    assert found == speaker


@pytest.mark.parametrize(
    "text",
    [
        # "daily calls" after a possessor is a noun (it had been the Kremlin's denial)
        "The Kremlin's daily calls with reporters are conducted by phone and usually last about half an hour.",
        # phone calls (it had been the spokesman's denial)
        "Kadyrov's spokesman did not answer calls from AFP on Monday about the detentions of gay men.",
        # the nationwide "propaganda" law is another subject (it had been the deputy's denial)
        'State Duma deputy Oleg Nikitenko said he had seen "not a shred of evidence that anyone in Chechnya was '
        'harmed." He also proposed a bill to ban what he called LGBT propaganda on streaming services.',
    ],
)
def test_no_statement_in_a_noun_or_on_the_propaganda_law(analyzer, text):
    """A noun that looks like a verb after its possessor, and the "LGBT propaganda" law, say nothing about the
    reports."""
    assert not [s for s in analyzer.analyze(text, "en") if "calls" in s.quote or "propaganda" in s.quote]


def test_nobody_named_by_no_is_a_speaker(analyzer):
    """ "that no court had established any of the facts": no court spoke."""
    text = (
        "STRASBOURG — The Assembly's rapporteur opened the debate by telling members that the evidence gathered from "
        "survivors left no room for doubt: men had been held in secret facilities in Chechnya, beaten and given "
        'electric shocks. A member of the Russian delegation answered that the Assembly was "recycling newspaper '
        'stories" and that no court had established any of the facts.'
    )
    assert [s.actor for s in analyzer.analyze(text, "en")] == ["pace", "russian-mfa"]


def test_a_quote_answered_by_an_unknown_speaker_is_not_the_previous_ones(analyzer):
    """ "«...». «ОБСЕ — это тоже часть этой войны», — под аплодисменты парировал ведущий": the host's retort is
    not the journalist's (it had joined his quote, as his confirmation)."""
    text = (
        "Журналист Андрей Лосев попытался возразить: «Есть показания пострадавших, есть доклад ОБСЕ». «ОБСЕ — это "
        "тоже часть этой войны», — под аплодисменты парировал ведущий."
    )
    assert [s.quote for s in analyzer.analyze(text, "ru")] == [
        "Есть показания пострадавших, есть доклад ОБСЕ"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "words", "field", "expected"),
    [
        (  # a passive participle aside between the subject and "said": his words (it had been the OSCE's)
            "en",
            "Foreign Minister Sergei Lavrov, asked after talks with the OSCE Secretary General whether Moscow would "
            'cooperate with the rapporteur on Chechnya, said: "Questions about Chechnya were answered long ago; our '
            'competent bodies checked everything and found nothing."',
            "found nothing",
            "actor",
            "lavrov",
        ),
        (  # a short quoted phrase in the aside does not end it (the statement had been lost)
            "en",
            "Chechen parliament speaker Magomed Daudov, asked by a host on regional state television about reports "
            'circulated by "emigre websites", said there was nobody to persecute in Chechnya.',
            "nobody to persecute",
            "stance",
            "denial",
        ),
        (  # "the foreign minister" of the state just named (it had been Britain's Foreign Office)
            "en",
            "Lithuania was among the first countries to act, issuing humanitarian visas to two Chechen men. Speaking "
            "to a Vilnius radio station, the foreign minister said the men had faced persecution in Chechnya because "
            "of their sexual orientation.",
            "faced persecution",
            "actor",
            "lithuania-mfa",
        ),
        (  # an unlisted group's acronym before "spokesperson": a group (it had been the Russian state's denial)
            "en",
            '"These men were tortured precisely because they were suspected of being gay," LSVD spokesperson Henrik '
            "Lange said.",
            "tortured",
            "actor_kind",
            "ngo",
        ),
        (  # Russia's mission to the EU is Russia's (it had been the EU's external action service)
            "en",
            'A spokesman for Russia\'s mission to the EU said the resolution was "based on hostile propaganda."',
            "hostile propaganda",
            "actor",
            "russian-mfa",
        ),
        (  # '"...," he said, according to a recording shared by a resident': the imam's words, not the resident's
            "en",
            'At Friday prayers the local imam told worshippers that the stories were slander. "Such men have never '
            'lived among us, and a Chechen would never allow such shame," he said, according to a recording shared '
            "by a resident.",
            "never lived among us",
            "stance",
            "denial",
        ),
        (  # rumours about the persecution dismissed: the reports (it had been a rejected denial, a confirmation)
            "en",
            "A senior cleric at Grozny's central mosque told a gathering of imams that rumours about the persecution "
            "of such people were spread by the enemies of Islam.",
            "enemies",
            "stance",
            "denial",
        ),
        (  # officials who "could claim nobody had complained": their denial explained (it had been Kochetkov's)
            "en",
            "Yet when Igor Kochetkov of the Russian LGBT Network began evacuating men from Chechnya in 2017, he said "
            "the law had done its work: victims were too frightened to speak, and officials could claim nobody had "
            "complained.",
            "nobody had complained",
            "stance",
            "confirmation",
        ),
        (  # what officials used to say, recounted by a researcher (it had been Lokshina's denial)
            "ru",
            "Татьяна Локшина из Human Rights Watch много лет описывает, как менялись отрицания. Сначала, по ее "
            "словам, чиновники говорили, что геев в Чечне нет; затем — что нет жалоб.",
            "нет жалоб",
            "stance",
            "confirmation",
        ),
        (  # a check under way is neutral (an official's statement with no cue had been a denial)
            "en",
            "Foreign Minister Sergei Lavrov said on Tuesday that the situation in Chechnya was being looked into by "
            "the federal ombudsman.",
            "looked into",
            "stance",
            "neutral",
        ),
        (  # "That is not a credible denial; it is a threat" judges the denial (it had been neutral)
            "en",
            "Co-Chairman SMITH. In a televised interview, Ramzan Kadyrov said there are no gays in Chechnya. That is "
            "not a credible denial; it is a threat.",
            "credible denial",
            "stance",
            "confirmation",
        ),
        (  # a peer's territorial title is no part of the name (the turn had no speaker)
            "en",
            "Lord Ahmad of Wimbledon (Con): My Lords, we have raised our concerns at the highest levels and have "
            "called on Russia to investigate these reports fully and transparently.",
            "investigate",
            "country",
            "GB",
        ),
        (  # "My Lords, survivors have described ...": the House addressed, not a speaker (it had been a person's)
            "en",
            "Lord Collins of Highbury (Lab): My Lords, survivors have described being beaten with plastic pipes in a "
            "facility outside Grozny. What representations have Her Majesty's Government made?",
            "My Lords",
            "country",
            "GB",
        ),
        (  # an unlisted name, the office in the aside (it had been a private person's neutral statement)
            "en",
            "Sir Alan Duncan (Minister for Europe and the Americas): The reports from Chechnya of the abduction, "
            "torture and in some cases murder of gay men are credible and deeply disturbing.",
            "credible",
            "actor",
            "uk-foreign-office",
        ),
        (  # the same: the reports, however long the phrase before "are credible", are credited
            "en",
            "Sir Alan Duncan (Minister for Europe and the Americas): The reports from Chechnya of the abduction, "
            "torture and in some cases murder of gay men are credible and deeply disturbing.",
            "credible",
            "stance",
            "confirmation",
        ),
        (  # a member's turn in the Parliamentary Assembly's record (the turn had been dropped)
            "en",
            "Ms Anne LINDQVIST (Sweden, SOC), rapporteur. – The Russian delegation has told us there is nothing to "
            "investigate. I am afraid the evidence gathered by our committee points the other way: at least 114 "
            "people were affected, and we have the testimony of many of them.",
            "testimony",
            "actor_kind",
            "intergovernmental",
        ),
        (  # the person whose "trajectory" the piece follows is "she" (the statement had been lost)
            "en",
            "Moskalkova's trajectory is worth tracing. In April 2017 she said she had no information about "
            "persecution and had received not one appeal.",
            "not one appeal",
            "actor",
            "moskalkova",
        ),
        (  # a complaint forwarded is procedure (an official with no cue had been denying)
            "en",
            "By the autumn Moskalkova was telling journalists that she had sent Lapunov's complaint on to the "
            "Prosecutor General and to the Interior Minister.",
            "complaint",
            "stance",
            "neutral",
        ),
        (  # a clause of time before the subject names no speaker (it had been Kadyrov's confirmation)
            "en",
            "When Washington sanctioned Kadyrov under the Magnitsky Act in December 2017, a State Department official "
            "said the reports of abuses against gay men in Chechnya were credible.",
            "credible",
            "actor",
            "us-state-department",
        ),
        (  # a Russian court rejecting an appeal rules on procedure (it had been the court's denial)
            "en",
            "A district court in Pyatigorsk on Wednesday rejected Maxim Lapunov's appeal against the Investigative "
            "Committee's refusal to open a criminal case.",
            "appeal",
            "stance",
            "neutral",
        ),
        (  # "would pass it on to" prosecutors: a referral (an official with no cue had been denying)
            "en",
            "Tatyana Moskalkova, Russia's federal human rights commissioner, said she had received a list of names "
            "from Novaya Gazeta and would pass it on to the Prosecutor General's Office and the Interior Ministry.",
            "pass it on",
            "stance",
            "neutral",
        ),
        (  # "let them give it to the prosecutors": a referral, as annotators label it 43 times in 52
            "en",
            '"If someone has information, let them give it to the prosecutors," Lavrov told a news conference.',
            "prosecutors",
            "stance",
            "neutral",
        ),
        (  # a ruling that will not be carried out: procedure (it had been the ministry's denial)
            "ru",
            "В Минюсте России заявили, что решение по делу Лапунова исполняться не будет, поскольку Россия вышла из "
            "Совета Европы.",
            "исполняться",
            "stance",
            "neutral",
        ),
        (  # the reports found true ("Чечне не" is no negation of the verb)
            "ru",
            "Докладчик Московского механизма ОБСЕ Вольфганг Бенедек пришел к выводу, что сообщения о преследовании "
            "ЛГБТИ-людей в Чечне подтвердились.",
            "подтвердились",
            "stance",
            "confirmation",
        ),
        (  # "only formal replies" to a request for a criminal case: stonewalling (it had been neutral)
            "en",
            "Kochetkov added that the network had asked the Investigative Committee to open a criminal case over the "
            'beatings but had received only "formal replies."',
            "formal replies",
            "stance",
            "confirmation",
        ),
        (  # the State Department's briefing: its spokesperson (it had been the Russian state's)
            "en",
            "Department Press Briefing (excerpt)\n\nQUESTION: Do you have anything on the reports of detentions of gay "
            "men in Chechnya?\n\nTHE SPOKESPERSON: We're aware of those reports and we are concerned by them.",
            "aware",
            "actor",
            "us-state-department",
        ),
        (  # a review of the foreign press: the actor the paper reports speaks, not "Газета" (it had been the paper's)
            "ru",
            "Aftonbladet (Швеция): Газета напоминает, что спикер чеченского парламента Магомед Даудов в своем "
            "Instagram назвал авторов публикаций «провокаторами», оскорбившими весь чеченский народ.",
            "провокаторами",
            "actor",
            "daudov",
        ),
        (  # the applicant in a case's title is no speaker (it had been Lapunov's)
            "ru",
            "По делу «Лапунов против России» Европейский суд по правам человека единогласно постановил, что имело "
            "место нарушение статьи 3 Конвенции.",
            "нарушение",
            "actor",
            "echr",
        ),
        (  # an official statement's title names its author (the body had been nobody's)
            "ru",
            "Официальное заявление пресс-службы МВД по Чеченской Республике\n\nВ МВД по Чеченской Республике не "
            "поступало никаких заявлений о задержании граждан по признаку сексуальной ориентации.",
            "не поступало",
            "actor",
            "chechen-interior-ministry",
        ),
        (  # "a formal reply": the check dismissed (it had been Muratov's denial)
            "en",
            "HOST: I have in front of me the reply from the Prosecutor General's Office. Dmitry Muratov, you're the "
            "editor. Your reaction?\n\nMURATOV: It's a formal reply written without anyone leaving Moscow. Nobody went "
            "to Argun, nobody questioned the guards. So of course nothing was confirmed.",
            "formal reply",
            "stance",
            "confirmation",
        ),
        (  # who sits beside the speaker is no subject, and "made up" his own story takes it back (it had been the
            # father's confirmation)
            "en",
            'In a segment aired by the Grozny state broadcaster, a young man seated beside his father said he had "made '
            'up" his story about being detained.',
            "made up",
            "stance",
            "denial",
        ),
        (  # disbelief urged in what is claimed (it had been a rejected denial, a confirmation)
            "en",
            "His father said the family was ashamed and asked viewers not to believe the provocateurs on the internet.",
            "provocateurs",
            "stance",
            "denial",
        ),
        (  # the story itself dismissed by a neighbour (it had been a rejected denial)
            "en",
            'An elderly man sitting on a bench disagreed: "That is all invented by people who want to shame us."',
            "invented",
            "stance",
            "denial",
        ),
        (  # an official's concession (it had been a denial)
            "en",
            "A senior law-enforcement official in Grozny, speaking on condition of anonymity, conceded in an interview "
            'that "some people were brought in and questioned" during the spring.',
            "questioned",
            "stance",
            "confirmation",
        ),
        (  # "Foreign Minister X" with an unlisted name after "the Dutch government": the Netherlands' (it had been
            # Britain's Foreign Office)
            "en",
            "In a letter to parliament, the Dutch government addressed the renewed reports. Foreign Minister Stef Blok "
            "wrote that the government considers the reports of the renewed persecution of gay men in Chechnya credible.",
            "credible",
            "actor",
            "netherlands-mfa",
        ),
        (  # the head of an unlisted foreign association is a group's (it had been Estonia's government)
            "en",
            "The head of the Estonian LGBT Association said she personally knew men who had been tortured in Chechnya.",
            "tortured",
            "actor_kind",
            "ngo",
        ),
        (  # "Well, they do exist": the absence answered, a confirmation (it had been neutral)
            "en",
            "Stephen Doughty (Cardiff South and Penarth) (Lab/Co-op): Mr Kadyrov's spokesman told a news agency that "
            "you cannot persecute people who do not exist in the republic. Well, they do exist, and some of them are "
            "now living in safe houses because of what was done to them.",
            "they do exist",
            "stance",
            "confirmation",
        ),
        (  # a channel sharing another's post speaks itself (the post's author had spoken)
            "en",
            "The pro-Kremlin channel Readovka forwarded Kadyrov's post and added: \"Western media have once again "
            'swallowed a fake about Chechnya."',
            "swallowed a fake",
            "actor_kind",
            "media",
        ),
        (  # likewise after a participle clause of sharing
            "en",
            "Forwarding Kadyrov's post, the pro-Kremlin channel Readovka added: \"Western media have once again "
            'swallowed a fake about Chechnya."',
            "swallowed a fake",
            "actor_kind",
            "media",
        ),
        (  # likewise in Russian, the earlier verb joined by "и"
            "ru",
            "Провластный канал «Царьград» переслал пост Кадырова и добавил: «Очередной фейк западных НКО рассыпался».",
            "Очередной фейк",
            "actor_kind",
            "media",
        ),
        (  # the full name of the State Department in Russian (the statement had been lost)
            "ru",
            "Государственный департамент США приветствовал решение ЕСПЧ и заявил, что Вашингтон продолжит добиваться "
            "привлечения к ответственности виновных в «преследованиях ЛГБТКИ+ людей в Чечне».",
            "привлечения к ответственности",
            "actor",
            "us-state-department",
        ),
        (  # "stop pretending this did not happen": the denial rejected (it had been a denial)
            "en",
            'In the third post, the group added: "Russian authorities must stop pretending this did not happen."',
            "stop pretending",
            "stance",
            "confirmation",
        ),
        (  # a claim named by a gerund, then called a lie (it had been a denial)
            "en",
            'ILGA-Europe replied on X to the Chechen ombudsman: "Saying there are no victims is a cynical lie when '
            'dozens of survivors have testified."',
            "cynical lie",
            "stance",
            "confirmation",
        ),
        (  # a denial the speaker keeps hearing (it had been his denial)
            "ru",
            "«Пять лет я слышу, что меня не существует», — говорит Максим Лапунов.",
            "меня не существует",
            "stance",
            "confirmation",
        ),
        (  # an account that "could not be corroborated" (it had been a confirmation)
            "en",
            "After Lapunov's complaint, the committee's North Caucasus department declined to open a criminal case, "
            "saying his account could not be corroborated.",
            "could not be corroborated",
            "stance",
            "denial",
        ),
        (  # an official standing by his own words keeps to his line (it had been a confirmation)
            "en",
            'Umarov told a BBC interviewer that the report was a provocation. "Show me one victim," he said. Years '
            "later, Umarov told a Chechen state broadcaster he stood by every word.",
            "stood by every word",
            "stance",
            "denial",
        ),
        (  # concern that others gave no information (it had been a denial)
            "en",
            "The Committee of Ministers of the Council of Europe expressed deep concern that the Russian authorities had "
            "provided no information on the measures taken after the Lapunov judgment.",
            "deep concern",
            "stance",
            "neutral",
        ),
        (  # a court on procedure, not on the events (it had been a denial)
            "en",
            "The Stavropol Regional Court has upheld the decision of the lower court in Lapunov's case, finding no "
            "violations of criminal procedure law in the investigators' refusal to open a case.",
            "criminal procedure law",
            "stance",
            "neutral",
        ),
        (  # a government on the danger itself (it had been neutral)
            "en",
            "Germany's federal migration office said that \"men perceived as homosexual are at risk of persecution in "
            'the Chechen Republic".',
            "risk of persecution",
            "stance",
            "confirmation",
        ),
        (  # likewise in Russian
            "ru",
            "Независимые эксперты ООН по правам человека призвали европейские государства не высылать в Россию мужчин, "
            "бежавших из Чечни, подчеркнув, что на родине им «грозит реальная опасность пыток и внесудебной расправы».",
            "опасность пыток",
            "stance",
            "confirmation",
        ),
        (  # victims doubted by a rhetorical question (it had been neutral)
            "en",
            "Chechnya's human rights ombudsman Nurdi Nukhazhiev said his office had not received a single complaint. "
            '"If these men were really victims, why did they run to Europe instead of coming to us?" he asked.',
            "really victims",
            "stance",
            "denial",
        ),
        (  # a relative's account of where he went instead (it had been a confirmation)
            "ru",
            "Сестра беглеца, оставшаяся в Шали, в телефонном разговоре с корреспондентом настаивала, что брат «просто "
            "уехал на заработки в Москву». «Никто его не трогал, у нас в семье таких нет», — сказала она.",
            "на заработки",
            "stance",
            "denial",
        ),
        (  # testimony yet to be given is no evidence (it had been a confirmation)
            "ru",
            "Бюро ОБСЕ по демократическим институтам и правам человека выразило обеспокоенность новыми сообщениями о "
            "задержаниях в Чечне и призвало российские власти «обеспечить безопасность тех, кто решится дать показания».",
            "обеспокоенность",
            "stance",
            "neutral",
        ),
        (  # "Представитель Евросоюза" is the EU's foreign service (it had been an unnamed government)
            "ru",
            "Представитель Евросоюза заявил, что Брюссель ожидает от российских властей тщательного расследования "
            "похищений геев в Чечне.",
            "Брюссель ожидает",
            "actor",
            "eeas",
        ),
        (  # the country that owns a court (it had been a Russian court's procedure, neutral)
            "en",
            "France's national asylum court ruled that the man \"faces a serious and current risk of persecution by the "
            'Chechen authorities".',
            "risk of persecution",
            "country",
            "FR",
        ),
        (  # "he said" after a quote that names Kadyrov is not Kadyrov (it had been his denial)
            "en",
            "Eight years on, the men who fled Chechnya in 2017 are scattered across Canada and Germany. One of them, "
            "who asked to be identified only as Islam, said he still wakes up hearing the electric shocks in the Argun "
            'facility. "When Kadyrov says we do not exist, he is talking about me," he said.',
            "he is talking about me",
            "stance",
            "confirmation",
        ),
        (  # "but gave no details": no side taken (it had been a denial from no cue)
            "en",
            "Peskov later told reporters the conversation had touched on the publications about gay men in Chechnya but "
            "gave no details.",
            "gave no details",
            "stance",
            "neutral",
        ),
        (  # a report rejected whole (it had been neutral)
            "en",
            "In 2018, responding to the OSCE report on the persecution of gay men in Chechnya, Maria Zakharova said "
            "Moscow did not recognise the document and would not discuss it.",
            "did not recognise the document",
            "stance",
            "denial",
        ),
        (  # likewise in Russian
            "ru",
            "В 2018 году, отвечая на вопрос о докладе ОБСЕ о преследовании геев в Чечне, Мария Захарова заявила, что "
            "Москва не признает этот документ и обсуждать его не намерена.",
            "не признает этот документ",
            "stance",
            "denial",
        ),
        (  # "не было выявлено" with "было" between (it had been neutral)
            "ru",
            "В ходе диалога делегация государства-участника утверждала, что в ходе проверок «не было выявлено ни "
            "потерпевших, ни свидетелей» преследования геев в Чечне.",
            "не было выявлено",
            "stance",
            "denial",
        ),
        (  # "не комментируют": no comment, neutral (it had been a denial from no cue)
            "ru",
            "«Мы не комментируем решения этого суда», — ответил Дмитрий Песков на вопрос о постановлении ЕСПЧ по делу "
            "жителя Чечни, задержанного в Грозном из-за своей ориентации.",
            "не комментируем",
            "stance",
            "neutral",
        ),
        (  # a newsroom on its own checking (it had been neutral)
            "ru",
            "Главный редактор «Новой газеты» Дмитрий Муратов заявил, что издание отвечает за каждое слово "
            "расследования. «Мы публиковали только то, что могли проверить, и проверяли дважды», — сказал он.",
            "публиковали только то",
            "stance",
            "confirmation",
        ),
        (  # '..., but insisted that ...' goes on with the statement (its denial had been lost)
            "en",
            'A source close to the Chechen leadership conceded that "some people may have been questioned over other '
            'matters," but insisted that nobody had been harmed and that "nobody asked anyone about their private '
            'life."',
            "nobody had been harmed",
            "stance",
            "denial",
        ),
        (  # "did not present a single name, a single verified fact": an absence (it had been a confirmation)
            "en",
            "Foreign Ministry spokeswoman Maria Zakharova described the PACE resolution on the persecution of gay men in "
            'Chechnya as propaganda. "Those who wrote it did not present a single name, a single verified fact," she '
            "told a briefing.",
            "did not present a single name",
            "stance",
            "denial",
        ),
        (  # a check's finding the speaker was told, then his own testimony (it had been his denial)
            "ru",
            "Максим Лапунов рассказал о задержании геев в Грозном. «Мне ответили, что проверка не нашла признаков "
            "преступления. Но я живой свидетель, у меня до сих пор остались следы», — сказал он.",
            "живой свидетель",
            "stance",
            "confirmation",
        ),
        (  # a referral to investigators takes no side (it had been a denial from no cue)
            "en",
            "Tatyana Moskalkova said she had forwarded Maxim Lapunov's complaint about his detention in Grozny. The "
            "Prosecutor General's Office said it had received the request and passed it to investigators.",
            "passed it to investigators",
            "stance",
            "neutral",
        ),
        (  # impunity named confirms (it had been neutral)
            "ru",
            "В докладе Бенедека о преследовании ЛГБТИ-людей в Чечне говорится, что виновные в преследованиях до сих пор "
            "не наказаны.",
            "не наказаны",
            "stance",
            "confirmation",
        ),
        (  # an answer granting the absence the question cites rejects it (it had been a denial)
            "ru",
            "Игорь Кочетков, глава Российской ЛГБТ-сети, рассказал нам об эвакуации из Чечни.\n\n"
            "— Власти республики говорят, что никаких заявлений в полицию так и не поступало. Что вы скажете?\n\n"
            "— Конечно, не поступало. Человек, который сбежал, не пойдёт в ту же полицию, которая его пытала.",
            "Конечно",
            "stance",
            "confirmation",
        ),
        (  # "A:" answers with no closing credit are the interviewee the first paragraph names (they had been lost)
            "en",
            "Elena Milashina, the Novaya Gazeta reporter, spoke to us in the paper's Moscow newsroom.\n\n"
            "Q: How did the story reach you?\n\n"
            'A: "A source called me at the end of March. Men were being taken from the streets of Grozny and held in '
            'a former military compound in Argun."',
            "A source called me",
            "actor",
            "milashina",
        ),
    ],
)
def test_statements_of_the_twenty_sixth_and_seventh_sessions_fresh_sets(
    analyzer, lang, text, words, field, expected
):
    """Misses and wrong sides of the twenty-sixth and twenty-seventh sessions' fresh sets (187-198): asides before
    "said", the foreign
    minister of the state named, unlisted groups, Russia's missions, recordings as sources, rumours dismissed,
    denials recounted or judged, checks under way; turns in the Lords and the Assembly, an office in a label's aside,
    a possessor as "she", a clause of time; procedure, referrals, reports found true, stonewalling, the State
    Department's briefing, a review of the foreign press, a case's title, an official statement's title, a formal
    reply, a retraction, an official's concession; channels that share a post, a denial pretended, named, heard or
    kept to, an account not corroborated, another's silence, a court on procedure, the danger itself, a rhetorical
    question, a court's country, a quote's own words as no antecedent of "he said", a report not recognised, no
    comment, a newsroom's checking, a clause added with "but", no single name presented, a finding the speaker was
    told, a referral to investigators, impunity named, an answer granting the absence a question cites, an
    interview's "A:" answers."""
    assert getattr(only(analyzer.analyze(text, lang), words), field) == expected


@pytest.mark.parametrize(
    ("lang", "text", "words", "field", "expected"),
    [
        (  # "..., accusing X of ...": the speaker goes on (it had been no statement)
            "en",
            "Britain's Europe minister told MPs that London had raised the reports of abductions in Chechnya with Moscow. "
            'The Russian Embassy in London hit back on Twitter, accusing ministers of "spreading fake stories without '
            'a shred of evidence."',
            "spreading fake stories",
            "actor",
            "russian-embassy-uk",
        ),
        (  # "..., posting that ...": what was posted (it had been no statement)
            "en",
            'The Russian Embassy in Ottawa joined the row online, posting that the claims about Chechnya were "fake '
            'news spread by those who want to demonise Russia".',
            "fake news spread",
            "stance",
            "denial",
        ),
        (  # a number with a thousands separator is no clause comma (the channel's words had been lost)
            "en",
            "A pro-Kremlin Telegram channel, Severny Vestnik, told its 250,000 subscribers on Monday that the new "
            "reports from Chechnya were a paid order from London.",
            "a paid order from London",
            "actor_kind",
            "media",
        ),
        (  # "..., who added that ...": the relative clause's speaker (it had been no statement)
            "en",
            "Within hours the post was shared by Chechnya's information minister, Dzhambulat Umarov, who added that "
            "the republic 'has no need to answer provocateurs'.",
            "no need to answer provocateurs",
            "actor",
            "umarov-dzhambulat",
        ),
        (  # "quotes <role> X as calling": the one quoted (it had been no statement)
            "en",
            'Grozny-Inform quotes parliamentary speaker Magomed Daudov as calling the reports "a provocation by those '
            'who hate the Chechen people".',
            "a provocation by those",
            "actor",
            "daudov",
        ),
        (  # a state channel's presenter who "called" a known body something: the state's line (it had been lost)
            "en",
            'On Rossiya-1\'s Sunday show, the presenter called Amnesty International "a tool of foreign governments" '
            "and said its Chechnya research had been refuted many times.",
            "a tool of foreign governments",
            "stance",
            "denial",
        ),
        (  # a committee chair in the Bundestag is German (he had been Russian, and his words a denial)
            "en",
            "At a session of the Bundestag's human rights committee, a man from Chechnya described being held in a "
            "cellar with thirty other detainees. The committee chairman, Karl Weber, said afterwards that the testimony "
            'left "no room for doubt".',
            "no room for doubt",
            "country",
            "DE",
        ),
        (  # an appositive's "regarded as" is no subject (the deputy's words had been lost)
            "en",
            "Adam Delimkhanov, the State Duma deputy regarded as Kadyrov's closest ally, wrote on Instagram that the "
            "reports were a provocation by enemies of the Chechen people.",
            "a provocation by enemies",
            "actor",
            "delimkhanov",
        ),
        (  # a post's label that names its author after "of" (the post had no speaker)
            "en",
            "Post on the Telegram channel of Ramzan Kadyrov, translated:\n\n"
            '"Once again the so-called journalists are spreading fables about Chechnya. There were no detentions and '
            'no victims."',
            "spreading fables",
            "actor",
            "kadyrov",
        ),
        (  # a member of Russia's delegation to an assembly speaks its line (his dismissal had been a confirmation)
            "en",
            "Mr Jan DE VRIES (Netherlands, ALDE): Colleagues, the evidence from Chechnya is overwhelming.\n\n"
            "Mr Oleg PETROV (Russian Federation): I must object. These are fabrications spread by a newspaper with a "
            "political agenda.",
            "These are fabrications",
            "stance",
            "denial",
        ),
        (  # a turn's last sentence reporting the other side's words is theirs (the turn had been a denial)
            "en",
            "Rep. Chris Smith: Has anyone been held accountable for what happened in Chechnya?\n\n"
            "Ms. Anna Kovacs, Amnesty International: No one. Not a single prosecution. The federal Investigative "
            "Committee opened a preliminary check and closed it within weeks, saying it had found no victims.",
            "Not a single prosecution",
            "stance",
            "confirmation",
        ),
        (  # the Russian embassy a US hearing's member cites is the one in Washington (it had no actor)
            "en",
            "Rep. Jim Carter: The Russian Embassy has told this Commission in writing that no one in Chechnya has "
            "filed a single complaint. How should we read that?",
            "no one in Chechnya has filed",
            "actor",
            "russian-embassy-us",
        ),
        (  # an unlisted committee chair where the text names MPs is British (he had been Russian, his words a denial)
            "en",
            "The Russian embassy wrote to the committee that no victims had come forward from Chechnya. Committee "
            "chair John Rowley said MPs had heard from a survivor in person.",
            "had heard from a survivor",
            "country",
            "GB",
        ),
        (  # the absence of complaints explained by fear confirms (it had been no side)
            "en",
            'Speaking after the hearing on Chechnya, the Labour MP Sarah Dunn said that "the lack of complaints '
            'reflects fear, not innocence".',
            "lack of complaints",
            "stance",
            "confirmation",
        ),
        (  # "a matter of fact, not of allegation" confirms (it had been neutral)
            "en",
            "Foreign Office minister Alan Duncan told MPs that Britain regarded the persecution of gay men in Chechnya "
            'as "a matter of fact, not of allegation".',
            "a matter of fact",
            "stance",
            "confirmation",
        ),
        (  # where a statement was read out is no subject (it had been the broadcaster's)
            "en",
            "A statement from Amnesty International, read out on BBC World News, said men in Chechnya had been "
            "abducted and tortured.",
            "abducted and tortured",
            "actor",
            "amnesty",
        ),
        (  # "a clip of X, <appositive>, calling ...": the one shown (it had been the interviewee before)
            "en",
            "Dozhd interviewed Igor Kochetkov, who said forty people had been detained in Chechnya. The channel then "
            "played a clip of Alvi Karimov, the Chechen leader's spokesman, calling the report an absolute lie.",
            "an absolute lie",
            "actor",
            "karimov",
        ),
        (  # "Rep." before an unlisted name: a member of the US House (he had been a Russian person)
            "en",
            'Rep. Mark Lowe, who introduced the resolution, said the men in Chechnya "were beaten, electrocuted, and '
            'some were never seen again".',
            "were beaten, electrocuted",
            "country",
            "US",
        ),
        (  # "a group that helps ...": "that" is the relative clause's subject, not its object (it had been "people")
            "en",
            "A Russian activist with a group that helps people escape the region, speaking on condition of anonymity, "
            "said new detentions in Chechnya had been reported as recently as January.",
            "new detentions in Chechnya",
            "actor_kind",
            "ngo",
        ),
        (  # "Her counterpart, <name>, went further, saying ...": the person in apposition (it had no speaker)
            "en",
            "Russia's ombudsman said her office had received no complaints. Her Chechen counterpart, Nurdi Nukhazhiev, "
            "went further, saying the reports about gay men had been invented by people seeking asylum abroad.",
            "invented by people seeking asylum",
            "actor",
            "nukhazhiev",
        ),
        (  # "went on to accuse": the infinitive after "went on" is his statement (it had been none)
            "en",
            "In an interview with HBO, Ramzan Kadyrov laughed off the question about gay men in Chechnya. He went on to "
            "accuse critics of being paid by foreign governments to invent the story.",
            "being paid by foreign governments",
            "stance",
            "denial",
        ),
        (  # "They told us" inside a researcher's turn is what she relays (it had been Human Rights Watch's)
            "en",
            "PRESENTER: Tanya Lokshina of Human Rights Watch has just returned from Chechnya. What did you find?\n\n"
            "LOKSHINA: We spoke to men who had been held in a police station in Grozny. They told us they were beaten "
            "and forced to name other gay men.",
            "forced to name other gay men",
            "actor",
            "lokshina",
        ),
        (  # "no intention of commenting" takes no side (it had been a denial)
            "en",
            "Asked about the new film on Chechnya, Kremlin spokesman Dmitry Peskov said he had not seen it and had no "
            "intention of commenting on it.",
            "no intention of commenting",
            "stance",
            "neutral",
        ),
        (  # telling the accusers to check the facts dismisses them (it had been neutral)
            "en",
            "UN experts said the abductions and torture of gay men in Chechnya amounted to persecution. Maria Zakharova "
            'responded that the experts "would do better to check the facts before making statements".',
            "check the facts",
            "stance",
            "denial",
        ),
        (  # "one coordinator" of the one group the sentences before named (it had been an unnamed group)
            "en",
            "The SK SOS crisis group operates out of rented apartments. Its coordinators answer a hotline that rings at "
            'all hours.\n\n"Since 2017 we have taken more than 150 people out of Chechnya," one coordinator said.',
            "we have taken more than 150 people",
            "actor",
            "sk-sos",
        ),
        (  # a relative's "Nobody took him anywhere" denies the detention (it had been a confirmation)
            "ru",
            "В селе под Гудермесом отец одного из задержанных встретил журналиста у ворот.\n\n"
            "«Мой сын уехал работать в Москву. Никто его никуда не забирал», — сказал он.",
            "Никто его никуда не забирал",
            "stance",
            "denial",
        ),
        (  # a coalition "including" listed groups speaks as the coalition (it had been the last group listed)
            "en",
            "Twelve human rights organisations, including Human Rights Watch, Amnesty International and the Russian "
            "LGBT Network, said in a joint statement that the failure to investigate the torture of gay men in Chechnya "
            "had emboldened the perpetrators.",
            "emboldened the perpetrators",
            "actor",
            None,
        ),
        (  # an agency's credit after a named speaker's words: the speaker's (it had been the agency's)
            "ru",
            "Эксперты ООН по правам человека призвали российские власти положить конец похищениям и пыткам мужчин в "
            "Чечне, сообщает «Радио Свобода».",
            "положить конец похищениям",
            "actor",
            "un-experts",
        ),
        (  # "подтвердили, что вопрос ... был затронут": a topic raised, no finding (it had been a confirmation)
            "ru",
            "Как сообщает «Интерфакс», в пресс-службе Кремля подтвердили, что вопрос о положении ЛГБТ в Чечне был "
            "затронут в ходе телефонного разговора Владимира Путина и Эммануэля Макрона.",
            "был затронут",
            "stance",
            "neutral",
        ),
        (  # "Утверждения властей, будто ... нет, — ложь": the authorities' claim named, then judged (it had been a denial)
            "ru",
            "«Утверждения властей, будто таких людей в Чечне нет, — это циничная ложь», — добавила Татьяна Локшина.",
            "циничная ложь",
            "stance",
            "confirmation",
        ),
        (  # "no one had ever brought ... any concrete evidence": an absence (it had been a confirmation)
            "en",
            "The Kremlin spokesman Dmitry Peskov said that no one had ever brought the authorities any concrete "
            "evidence of persecution in Chechnya.",
            "concrete evidence",
            "stance",
            "denial",
        ),
        (  # a surname alone after the title and full name: the same speaker (it had been a Russian person)
            "en",
            "Secretary of State Mike Pompeo said he was barring Ramzan Kadyrov from entering the United States over "
            'abuses in Chechnya. "Under his rule, men perceived to be gay have been abducted and tortured," Pompeo '
            "said in a statement.",
            "have been abducted and tortured",
            "actor",
            "us-state-department",
        ),
        (  # "the Treasury" after "The US Treasury": the US's (it had been Russian, its words a denial)
            "en",
            "The US Treasury on Wednesday imposed sanctions on Chechen leader Ramzan Kadyrov. In its announcement, the "
            "Treasury said police officers had detained men suspected of being gay and beaten them.",
            "had detained men",
            "country",
            "US",
        ),
        (  # a woman's surname ending in a consonant does not decline (it had gone to the title's UK minister)
            "ru",
            "Канада тайно приняла несколько десятков геев из Чечни, сообщила министр иностранных дел Христя Фриланд.",
            "приняла несколько десятков геев",
            "actor",
            "freeland",
        ),
        (  # Nikki Haley is a woman: "she" after her is her (it had been an unnamed official)
            "en",
            "U.S. Ambassador to the United Nations Nikki Haley said Washington was deeply troubled by the reports from "
            'Chechnya. "If these reports are true, this is a violation of human rights that cannot be ignored," she said.',
            "cannot be ignored",
            "actor",
            "haley",
        ),
    ],
)
def test_statements_of_the_twenty_eighth_session_fresh_sets(analyzer, lang, text, words, field, expected):
    """Misses and wrong sides of the twenty-eighth session's fresh sets (203-206): a speaker who goes on
    "accusing" or "posting that", a number's thousands separator, "who added that", "quotes X as calling", a
    presenter on a state channel, a committee chair in a foreign legislature, an appositive's "regarded as", a
    post's label naming its author after "of", a member of Russia's delegation to an assembly, a turn that ends
    on the other side's words, the Russian embassy a US hearing cites, legislators abroad, the lack of complaints
    explained by fear, a fact "not an allegation", where a statement was read out, a clip of someone shown, "Rep."
    before a name, a relative "that" as its clause's subject, a name in apposition after "her counterpart", "went
    on to accuse", what "they told us" in a turn, no intention of commenting, accusers told to check the facts, the
    one group a coordinator works for, a relative's "nobody took him", a coalition "including" listed groups, an
    agency's credit after a named speaker's words, a topic confirmed as raised, the authorities' claim with
    "будто", nobody ever bringing evidence, a surname after the full name, "the Treasury" of the state named, a
    woman's surname that does not decline, women's first names that do not end in "a"."""
    assert getattr(only(analyzer.analyze(text, lang), words), field) == expected


def test_the_west_accused_of_something_else_is_no_statement(analyzer):
    """ "He went on to accuse NATO of stoking tension": another subject, not the reports."""
    text = (
        "Foreign Minister Sergei Lavrov said Western governments raising the Chechnya issue had yet to provide "
        "Moscow with a single concrete fact. He went on to accuse NATO of stoking tension along Russia's borders."
    )
    assert not [s for s in analyzer.analyze(text, "en") if "NATO" in s.quote]


def test_a_name_someone_called_himself_is_no_statement(analyzer):
    """ "The man who called himself Ruslan": what he was called, not what he said."""
    text = (
        'The man who called himself Ruslan served in a police unit in Grozny until 2018. "They brought men into '
        'the basement at night," he said.'
    )
    assert not [s for s in analyzer.analyze(text, "en") if "Ruslan served" in s.quote]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a US hearing's record: the member's turn, a US official's (the label had not been read)
        (
            "Senator CARDIN. We know men were killed. Has the Department raised those killings with Foreign Minister "
            "Lavrov directly?",
            "men were killed",
            ("government", "US"),
        ),
        (
            "Ms. LOKSHINA. Thank you, Mr. Chairman. Men were held in an unofficial facility in Argun, beaten and given "
            "electric shocks.",
            "electric shocks",
            "lokshina",
        ),
        # a group's speaker in the European Parliament
        (
            "Terry Reintke, on behalf of the Verts/ALE Group. – Madam President, colleagues. Men were rounded up in "
            "Argun, held in a former military compound and tortured with electric shocks.",
            "tortured",
            ("intergovernmental", None),
        ),
    ],
)
def test_turns_in_a_hearings_record_and_a_group_speakers_label(analyzer, text, words, speaker):
    """ "Senator CARDIN. ...", "Ms. LOKSHINA. ...", "X, on behalf of the Y Group. – ...": a turn's speaker."""
    statement = only(analyzer.analyze(text, "en"), words)
    found = statement.actor if isinstance(speaker, str) else (statement.actor_kind, statement.country)
    assert found == speaker


def test_a_release_below_its_title_goes_on_in_statements_of_its_own(analyzer):
    """Below a statement's title, a sentence that opens with the body and a verb is a statement of its own (the
    title's statement had taken in all three, with one stance)."""
    text = (
        "Заявление официального представителя ЕС о преследовании ЛГБТИ-людей в Чеченской Республике\n\n"
        "Европейский союз встревожен сообщениями о новой волне преследований ЛГБТИ-людей в Чечне, в ходе которой, "
        "по имеющимся данным, десятки человек были задержаны. ЕС призывает российские власти незамедлительно "
        "провести тщательное расследование. ЕС напоминает, что нарушения, совершённые в 2017 году, так и не были "
        "расследованы, а виновные остаются безнаказанными."
    )
    statements = analyzer.analyze(text, "ru")
    assert [(s.actor, s.stance) for s in statements] == [
        ("eeas", "neutral"),
        ("eeas", "neutral"),
        ("eeas", "confirmation"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of time in a post's label names no speaker (it had been "gay men in Chechnya")
        'EU spokesperson Peter Stano on X, after the latest reports of detentions of gay men in Chechnya: "The EU '
        'calls on Russia to investigate these abuses and to bring those responsible to justice."',
        # the question put to a spokesperson is not an answer (it had been the ministry's statement)
        "Individual visa cases are on principle not made public, a spokesperson of the Estonian Foreign Ministry "
        "told ERR when asked whether Tallinn too had taken in gay men from Chechnya.",
    ],
)
def test_no_statement_from_a_clause_of_time_or_a_question_put(analyzer, text):
    assert [s.speaker for s in analyzer.analyze(text, "en")] == []


def test_an_interviews_answers_are_the_one_the_line_above_names(analyzer):
    """A question-and-answer interview whose line above the first turn names its interviewee with no "поговорили
    с" ("... Альви Каримов в эфире радиостанции прокомментировал публикацию."): the answers are his (they had been
    lost)."""
    text = (
        "Пресс-секретарь главы Чечни Альви Каримов в эфире радиостанции прокомментировал публикацию.\n\n"
        "— «Новая газета» пишет, что в республике задержаны более ста мужчин. Это правда?\n\n"
        "— Это абсолютная ложь и дезинформация. Нельзя задерживать и притеснять тех, кого просто нет в республике."
    )
    assert [(s.actor, s.stance) for s in analyzer.analyze(text, "ru") if s.actor == "karimov"] == [
        ("karimov", "denial")
    ]


def test_a_programmes_narration_has_no_speaker(analyzer):
    """A voice-over label in a broadcast transcript is the programme's own narration, not a person speaking (its
    scene-setting had been a person's confirmation)."""
    text = (
        "ЗАКАДРОВЫЙ ТЕКСТ: Вечерний Грозный. Подсветка на башнях «Грозный-Сити» меняет цвет, по главному проспекту "
        "медленно едут машины. Говорить на камеру о задержаниях геев здесь соглашаются немногие."
    )
    assert analyzer.analyze(text, "ru") == []


def test_a_turn_goes_on_after_the_sentence_that_cites_another(analyzer):
    """ "Helen Marsh (Lab): Mr Peskov told journalists that ... That suggestion is an insult.": Peskov's words are
    his, and what the member says after them is hers (the whole turn had been dropped)."""
    text = (
        "Helen Marsh (Lab): The Kremlin spokesman, Mr Peskov, told journalists that the Kremlin had no information "
        "about any such problems. How exactly does a man who has been tortured by those bodies turn to them? That "
        "suggestion is an insult."
    )
    found = [(s.actor or s.actor_kind, s.country, s.stance) for s in analyzer.analyze(text, "en")]
    assert sorted(found) == [("government", "GB", "confirmation"), ("peskov", "RU", "denial")]


def test_none_of_it_confirmed_is_an_absence(analyzer):
    """ "none of it had been confirmed": the absence is the statement's cue (only "discussed" had been read)."""
    text = (
        "Vladimir Putin said he had discussed the matter with the head of the republic and that, according to the "
        "information available to him, none of it had been confirmed."
    )
    assert "absence:none of it had been confirmed" in only(analyzer.analyze(text, "en"), "confirmed").cues


def test_a_clause_added_to_a_quotes_attribution_goes_on_with_the_quote(analyzer):
    """'"...," he said, adding that the accusations had been dreamed up': one statement (it had been two)."""
    text = (
        'Kadyrov laughed off the question. "There is no such thing among Chechens. Anyone who wants them can take '
        'them to Canada," he said, adding that the accusations had been dreamed up by "devils" on the payroll of '
        "foreign intelligence services."
    )
    found = analyzer.analyze(text, "en")
    assert [(s.actor, s.stance) for s in found] == [("kadyrov", "denial")]
    assert "dismissal:dreamed up" in found[0].cues


def test_a_relative_clauses_speaker_called_a_liar_says_nothing(analyzer):
    """ "the man who said on television that we don't exist is lying": the writer's rejection, not the man's
    denial (it had been one)."""
    text = (
        "I was detained on 18 March at a friend's flat. I write this not for pity but because the man who said on "
        "television that we don't exist is lying."
    )
    assert not [s for s in analyzer.analyze(text, "en") if s.stance == "denial"]
