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

W = r"[\w'’-]"  # a word character for our boundaries (keeps "ЛГБТ-людей" whole)


def _rx(*alternatives: str) -> re.Pattern[str]:
    body = "|".join(alternatives)
    return re.compile(rf"(?<!{W})(?:{body})(?!{W})", re.IGNORECASE)


# --- topic ---------------------------------------------------------------------------------------------------
CORE_TOPIC = _rx(
    r"gays?", r"gay\s+\w+", r"homosexual\w*", r"lgbt\w*", r"lgbtq\w*", r"lgbti\w*", r"bisexual\w*", r"queer",
    r"sexual orientation", r"same-sex", r"non-traditional (?:sexual )?orientation", r"such people",
    r"people like that", r"these people", r"anti-gay", r"homophob\w*", r"novaya gazeta\w*", r"gay purge",
    r"гей\w*", r"геев", r"гомосексуал\w*", r"лгбт\w*", r"бисексуал\w*", r"квир\w*", r"ориентаци\w*",
    r"нетрадиционн\w*", r"таких людей", r"такие люди", r"таких нет", r"подобных людей", r"гомофоб\w*",
    r"нов\w+ газет\w*", r"однопол\w*", r"таких у нас",
)
EVENT_TOPIC = _rx(
    r"purge\w*", r"secret prisons?", r"prisons?", r"camps?", r"tortur\w*", r"detain\w*", r"detention\w*",
    r"abduct\w*", r"kill\w*", r"murder\w*", r"persecut\w*", r"disappear\w*", r"round-?ups?", r"rounded up",
    r"beaten", r"electric shocks?", r"argun", r"victims?", r"survivors?", r"evacuat\w*", r"crackdown",
    r"чистк\w*", r"тюрьм\w*", r"лагер\w*", r"пыт\w+", r"задерж\w*", r"похищ\w*", r"похити\w*", r"убит\w*",
    r"убийств\w*", r"преследован\w*", r"исчезн\w*", r"облав\w*", r"избиен\w*", r"избит\w*", r"аргун\w*",
    r"жертв\w*", r"пострадавш\w*", r"эвакуир\w*",
)
ANAPHORA_TOPIC = _rx(
    r"reports?", r"allegations?", r"claims?", r"accusations?", r"information", r"stor(?:y|ies)", r"articles?",
    r"publications?", r"rumou?rs?", r"this", r"these", r"it", r"such", r"them", r"that",
    r"сообщени\w*", r"обвинени\w*", r"информаци\w*", r"данн\w+", r"утверждени\w*", r"слух\w*", r"публикаци\w*",
    r"стать\w+", r"материал\w*", r"эт\w+", r"это", r"такое", r"подобн\w+",
)
OFF_TOPIC = _rx(
    r"ill", r"illness\w*", r"sick", r"health\w*", r"hospital\w*", r"coma", r"cancer", r"surgery", r"syria\w*",
    r"air ?strikes?", r"airstrikes?", r"bomb\w*", r"doping", r"athletes?", r"olympic\w*", r"econom\w*",
    r"inflation", r"rubles?", r"roubles?", r"oil", r"elections?", r"ukrain\w*", r"crimea\w*", r"navalny",
    r"poison\w*", r"mh17", r"sanctions?", r"covid\w*", r"coronavirus", r"vaccin\w*", r"flood\w*",
    r"earthquake\w*", r"budget\w*", r"football", r"doping", r"wrestl\w*", r"boxing", r"ufc", r"mma",
    r"бол\w+н\w*", r"болезн\w*", r"здоров\w*", r"госпитал\w*", r"больниц\w*", r"сири\w*", r"авиаудар\w*",
    r"бомб\w*", r"допинг\w*", r"спортсмен\w*", r"олимпи\w*", r"экономик\w*", r"инфляци\w*", r"рубл\w*",
    r"нефт\w*", r"выбор\w*", r"украин\w*", r"крым\w*", r"навальн\w*", r"отравлен\w*", r"санкци\w*",
    r"коронавирус\w*", r"ковид\w*", r"вакцин\w*", r"паводк\w*", r"наводнени\w*", r"бюджет\w*", r"футбол\w*",
)

# --- stance cue families, in matching order ----------------------------------------------------------------
_ACTORS_OTHER = (
    r"(?:authorities|officials|government|kremlin|moscow|grozny|kadyrov\w*|karimov|peskov|the chechen \w+|"
    r"chechen \w+|russian \w+|the regime|police|the ministry|власти|властей|чиновник\w*|кадыров\w*|каримов\w*|"
    r"песков\w*|грозн\w+|москв\w+|кремл\w+|мвд|силовик\w*|руководств\w+|чеченск\w+ \w+)"
)
CITED_DENIAL = _rx(
    r"(?:the |their |official |officials['’] |authorities['’] |government['’]s |kremlin['’]s |chechen |russian |"
    r"kadyrov['’]s )?(?:denials?|denying)[^.;]{0,60}?(?:cynical|false|absurd|untrue|not credible|lies|"
    r"hollow|ring hollow|cannot be (?:trusted|believed)|are wrong|is wrong|contradicted|disproved|"
    r"do not change|does not change|outrageous|shameful|ridiculous)",
    r"(?:despite|in spite of|notwithstanding|contrary to|although|though|while|even as)\s+(?:the\s+)?[^.;]{0,50}?"
    r"(?:denials?|denied|denies|deny|denying|dismissals?|dismissed)",
    r"(?:rejected|dismissed|refuted|called|described|debunked|countered|contradicted)\s+(?:the\s+)?"
    r"[^.;]{0,40}?(?:denials?|claims that there are no|assertion)",
    rf"{_ACTORS_OTHER}\s+(?:\w+\s+){{0,3}}?(?:deny|denied|denies|have denied|has denied|dismiss\w*|reject\w*|"
    r"call(?:ed|s)? (?:it|them|the reports?)\s+\w+|claim\w* there are no|insist\w* there are no|"
    r"отрица\w*|опроверг\w*|отверг\w*|называ\w+ (?:это )?\w+|утвержда\w+,? что (?:таких|геев) нет)",
    r"(?:отрицани\w+|опровержени\w+)[^.;]{0,60}?(?:цинич\w*|лож\w*|абсурд\w*|не соответству\w*|неправд\w*|"
    r"лицемер\w*|не выдерживают)",
    r"(?:несмотря на|вопреки)\s+[^.;]{0,50}?(?:отрицани\w*|опровержени\w*|заявлени\w*|отрица\w*|опроверг\w*)",
)
CITED_CLAIM = _rx(
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|information|stories|articles?|publications?)"
    r"\s+(?:of|about|that|on|regarding)\s+[^.;,]{0,80}",
    r"(?:сообщени\w+|обвинени\w+|информаци\w+|утверждени\w+|слух\w+|данны\w+|публикаци\w+)\s+(?:о|об|что|про)"
    r"\s+[^.;,]{0,80}",
    r"(?:they|some|newspapers?|journalists|the newspaper|media|western media|activists|пишут|говорят|якобы|"
    r"будто|будто бы|claim\w*|allege\w*)\s+(?:say|said|claim\w*|write|wrote|allege\w*|report\w*)?\s*"
    r"(?:that\s+)?[^.;]{0,60}",
    r"(?:so-called|allegedly|alleged|supposed|supposedly|purported\w*|так называем\w+)\s+[^.;,]{0,60}",
)
CONFIRM_NEGATED = _rx(
    r"no (?:reason|grounds) to doubt", r"(?:there is |there's |have |has )?no doubt", r"beyond (?:any )?doubt",
    r"cannot be (?:denied|doubted)", r"can't be denied", r"undeniabl\w*", r"indisputabl\w*", r"irrefutabl\w*",
    r"не вызыва\w* (?:никаких )?сомнени\w*", r"нет (?:никаких )?сомнени\w*", r"нет оснований (?:не )?"
    r"(?:сомневаться|не доверять)", r"нет причин (?:сомневаться|не доверять)", r"несомненн\w*", r"бесспорн\w*",
    r"невозможно отрицать", r"нельзя отрицать",
)
ABSENCE = _rx(
    r"no such (?:people|persons|men|thing|cases?|facts?|prisons?|camps?)", r"no(?:body| one|-one) (?:was|were|has been|"
    r"have been|is|are|had been)\s+(?:\w+\s+)?(?:detained|arrested|persecuted|tortured|killed|held|abducted|"
    r"harmed)", r"there (?:are|were|is) no (?:gays?|gay (?:people|men)|homosexuals?|such|lgbt\w*|people like)",
    r"(?:do|does|did)(?:n't| not) exist", r"never existed", r"simply do(?:n't| not) exist",
    r"no (?:evidence|proof|facts?|confirmation|reliable information|credible information|information|complaints?|"
    r"victims?|cases?|records?|signs?|traces?|appeals?|applications?|statements? from)",
    r"not (?:a single|one) (?:complaint|case|fact|person|victim|appeal|report)",
    r"(?:has|have|had|was|were|is|are)(?: not|n't) been (?:confirmed|corroborated|substantiated|verified|proven)",
    r"not (?:been )?confirmed", r"unconfirmed", r"unproven", r"unsubstantiated", r"could(?:n't| not) (?:be )?"
    r"(?:confirm\w*|verif\w*|substantiat\w*)", r"unable to (?:confirm|verify|find)",
    r"(?:did|does|do)(?:n't| not) find", r"found no(?:thing)?", r"(?:did|does|do)(?:n't| not) (?:happen|take place|"
    r"occur)", r"never (?:happened|took place|occurred)", r"nothing (?:of the sort|of the kind|like (?:that|this))",
    r"no (?:grounds|basis)", r"without (?:any )?(?:basis|foundation|evidence|grounds)",
    r"(?:has|have|had)(?:n't| not) (?:been )?received (?:a single |any )?\w*",
    r"(?:were|was|are|is|have been|has been)(?:n't| not) (?:\w+ )?(?:detained|persecuted|tortured|held|killed|"
    r"arrested|abducted)", r"never (?:\w+ )?(?:detained|persecuted|tortured|arrested|abducted|killed)",
    r"not aware of any", r"no (?:one|body) (?:has )?(?:complained|come forward|filed|applied|contacted)",
    r"(?:can(?:not|'t)|could not|couldn't) (?:detain|persecute|arrest|kill) (?:those|people|someone|anyone)",
    r"would not find", r"no such people",
    r"таких людей\s+(?:в Чечне\s+|у нас\s+|в республике\s+)?(?:просто\s+)?нет", r"таких (?:людей )?нет",
    r"нет таких", r"таких у нас нет", r"нет\s+(?:у нас\s+|в Чечне\s+|в республике\s+)?(?:геев|гомосексуал\w*)",
    r"не существу\w*", r"не существовал\w*", r"жалоб\w* (?:\w+ )?не поступ\w*",
    r"не поступ\w+ (?:ни одной |ни одного |никаких )?(?:жалоб\w*|заявлени\w*|обращени\w*|сведени\w*)",
    r"не поступал\w*", r"не поступил\w*", r"ни одной жалобы", r"ни одного (?:заявления|обращения|факта)",
    r"никаких (?:жалоб|заявлений|обращений|доказательств|фактов|подтверждений|данных|сведений)",
    r"нет (?:никаких )?(?:доказательств|фактов|подтверждени\w*|данных|сведений|оснований|жалоб|заявлений|"
    r"обращений|информации)", r"не (?:были |был |было )?подтверд\w*", r"не подтвержда\w*",
    r"не нашл\w*", r"не наш[её]л\w*", r"не найден\w*", r"не выявлен\w*", r"не выявил\w*", r"не обнаруж\w*",
    r"не установлен\w*", r"не установил\w*", r"ничего (?:подобного|такого) не было", r"не было",
    r"(?:никого|никто)? ?не (?:задерживал\w*|задержива\w*|преследу\w*|преследовал\w*|пытал\w*|убивал\w*|"
    r"похищал\w*|арестовыва\w*)", r"никто не обращал\w*", r"не обращал\w*", r"не подвергал\w*",
    r"не зафиксирован\w*", r"не зарегистрирован\w*", r"не имеется", r"отсутству\w*",
    r"(?:нельзя|невозможно) (?:задержать|преследовать|арестовать)", r"не располага\w+ (?:\w+ )?(?:информаци\w*|"
    r"данными|сведениями)",
)
DISMISSAL = _rx(
    r"lies?", r"lying", r"liars?", r"lied", r"fabricat\w*", r"fakes?", r"fakery", r"provocations?",
    r"provocative", r"provocateurs?", r"propaganda", r"smears?", r"slander\w*", r"libel\w*", r"defamat\w*",
    r"nonsense", r"rubbish", r"absurd\w*", r"fiction\w*", r"fairy[- ]tales?", r"myths?", r"hoax\w*",
    r"canard", r"disinformation", r"misinformation", r"baseless", r"groundless", r"unfounded", r"false\w*",
    r"untrue", r"not true", r"made[- ]up", r"invent\w*", r"concoct\w*", r"hysteria", r"insinuations?",
    r"bogus", r"garbage", r"delirium", r"ravings?", r"slur\w*", r"information war\w*", r"ordered article",
    r"smear campaign", r"not correspond to reality", r"do(?:es)? not correspond", r"have nothing to do with "
    r"reality", r"far from (?:the truth|reality)", r"ridiculous", r"stupidity",
    r"ложь", r"лжи", r"ложью", r"лжив\w*", r"лгут", r"лжец\w*", r"вран\w+", r"врут", r"провокаци\w*",
    r"провокацион\w*", r"фейк\w*", r"клевет\w*", r"утк[аиуео]\w*", r"вброс\w*", r"выдумк\w*", r"выдума\w*",
    r"бред\w*", r"чуш\w*", r"абсурд\w*", r"дезинформаци\w*", r"пропаганд\w*", r"неправд\w*", r"сказк\w*",
    r"измышлени\w*", r"домысл\w*", r"инсинуаци\w*", r"заказн\w*", r"фальсификаци\w*", r"сфабрикова\w*",
    r"надуман\w*", r"голословн\w*", r"беспочвенн\w*", r"необоснованн\w*", r"вымыс\w+", r"ерунд\w*",
    r"не соответству\w+ (?:действительности|истине|реальности)", r"не имеет ничего общего с (?:действительностью|"
    r"реальностью)", r"очерн\w+", r"оговор\w*", r"информационн\w+ войн\w*", r"лжец\w*",
)
STRONG_EVIDENCE = _rx(
    r"(?:credible|reliable|consistent|corroborated|numerous|multiple|first-hand|firsthand|detailed|"
    r"convincing|compelling|strong|ample|overwhelming|trustworthy) (?:reports|evidence|accounts|testimon\w+|"
    r"information|allegations|proof|sources)",
    r"(?:достоверн\w+|многочисленн\w+|убедительн\w+|надежн\w+|надёжн\w+) (?:сообщени\w+|свидетельств\w*|"
    r"доказательств\w*|информаци\w+|данн\w+|показани\w+|источник\w*)",
)
EVIDENCE = _rx(
    r"documented", r"documenting", r"documentation", r"evidence (?:shows|suggests|indicates|points|confirms)",
    r"testimon\w+", r"eyewitness\w*", r"witness accounts", r"(?:we|they|it|i) (?:have|has|"
    r"had) (?:collected |gathered )?(?:evidence|proof|names|testimon\w*|lists|the names)", r"confirmed",
    r"confirms", r"confirm", r"corroborat\w*", r"verified", r"established that", r"found that",
    r"(?:interviewed|spoke (?:to|with)) (?:\w+ ){0,3}(?:victims|survivors|men|people|detainees|witnesses)",
    r"it is clear that", r"the truth", r"(?:did|does) happen", r"(?:is|are) happening", r"took place",
    r"happened", r"continu\w+ to (?:detain|persecute|torture|abduct|hunt)", r"we know", r"real",
    r"задокументирова\w*", r"документальн\w*", r"доказательств\w* (?:свидетельству\w*|показыва\w*|"
    r"подтвержда\w*)", r"свидетельств\w*", r"показани\w*", r"подтверди\w*", r"подтвержда\w*",
    r"подтвержден\w*", r"достоверн\w*", r"очевидн\w*", r"правд\w*", r"действительно", r"происходил\w*",
    r"происходит", r"имели место", r"имеет место", r"продолжа\w+ (?:задерж|преслед|пыта|похищ)\w*",
    r"у нас есть (?:доказательства|имена|списки|свидетельства|данные)", r"мы знаем",
    r"располага\w+ (?:данными|информацией|доказательствами|списками|сведениями)", r"собрал\w* (?:доказательства|"
    r"свидетельства|показания)", r"опросил\w*", r"поговорил\w* с",
)
FIRST_PERSON = _rx(
    r"(?:i|we) (?:was|were) (?:\w+ )?(?:detained|held|tortured|beaten|taken|abducted|arrested|kidnapped|"
    r"electrocuted|humiliated)", r"(?:they|police|officers|men) (?:\w+ )?(?:beat|tortured|detained|held|took|"
    r"kidnapped|abducted|electrocuted|shocked) (?:me|us)", r"beat (?:me|us)", r"tortured (?:me|us)",
    r"меня (?:\w+ )?(?:задержали|били|пытали|держали|избивали|похитили|забрали|увезли)",
    r"нас (?:\w+ )?(?:задержали|били|пытали|держали|избивали|похитили|забрали)", r"(?:я|мы) (?:был\w* )?"
    r"(?:задержан\w*|похищен\w*)",
)
ACCOUNTABILITY = _rx(
    r"(?:hold|held|be held) (?:\w+ ){0,3}accountable", r"accountability", r"bring (?:\w+ ){0,3}to justice",
    r"perpetrators", r"impunity", r"(?:stop|end|halt) (?:the )?(?:persecution|abductions?|detentions?|torture|"
    r"purge|killings?|campaign)", r"release (?:\w+ ){0,3}(?:detained|held|those)",
    r"привлеч\w* (?:\w+ ){0,3}к ответственности", r"наказа\w+ виновных", r"безнаказанност\w*",
    r"прекрати\w* (?:преследовани\w*|похищени\w*|задержани\w*|пытки)",
)
NEUTRAL = _rx(
    r"investigat\w*", r"inquiry", r"inquiries", r"probe", r"look(?:ing)? into", r"check(?:ing|ed)?",
    r"verify", r"verification", r"examin\w*", r"(?:declined|refused|would not|did not want|declines) to comment",
    r"no comment", r"not comment", r"could not comment", r"concern\w*", r"alarm\w*", r"worried", r"troubled",
    r"disturbed", r"call(?:ed|s|ing)? (?:on|for|upon)", r"urg\w+", r"ask\w* (?:for|about|the)", r"request\w*",
    r"demand\w*", r"monitor\w*", r"follow(?:ing)? (?:the situation|closely|developments)", r"aware of",
    r"cannot (?:confirm or deny)", r"neither confirm nor deny", r"should (?:contact|apply|file|turn)",
    r"(?:can|could|should|must) (?:file|submit|turn to|go to|contact)", r"appeal to", r"seek\w* information",
    r"clarif\w*", r"will be (?:studied|examined)", r"not (?:our|my) (?:business|concern|topic|question)",
    r"проверк\w*", r"провер\w+", r"расследова\w*", r"разобраться", r"изучить", r"изуча\w*",
    r"(?:отказал\w*|не стал\w*|воздерж\w*) (?:от )?комментари\w*", r"комментировать", r"без комментариев",
    r"обеспокоен\w*", r"озабоченност\w*", r"озабочен\w*", r"тревог\w*", r"встревожен\w*", r"призва\w*",
    r"призыва\w*", r"потребова\w*", r"требу\w*", r"запрос\w*", r"обратиться в", r"должны обратиться",
    r"пусть обратятся", r"(?:могут|может|следует|нужно) обратиться", r"мониторинг\w*", r"следим",
    r"следить за ситуацией", r"нет информации", r"не располага\w*", r"прокомментировать",
)
EVENT = _rx(
    r"(?:were|was|are|is|have been|has been|had been|being|been) (?:\w+ )?(?:detained|abducted|tortured|beaten|"
    r"killed|murdered|held|imprisoned|persecuted|rounded up|arrested|humiliated|electrocuted|disappeared|"
    r"kidnapped|targeted|rounded|taken|subjected)", r"detained and tortured", r"tortured", r"beaten",
    r"(?:police|officers|security forces|authorities|men|they) (?:\w+ )?(?:beat|tortured|detained|held|took|"
    r"kidnapped|abducted|killed|rounded up)", r"electric shocks?", r"secret prisons?", r"illegal prisons?",
    r"(?:detention|prison) (?:facility|facilities|centre|center|camp)s?", r"campaign of (?:violence|persecution|"
    r"abuse)", r"purge", r"crimes?", r"abuses?", r"victims?", r"survivors?", r"fled", r"flee\w*",
    r"evacuat\w*", r"escaped", r"persecution", r"abductions?", r"killings?", r"detentions?", r"torture",
    r"задержан\w*", r"задерживал\w*", r"задержал\w*", r"задержива\w*", r"похищ\w*", r"похитил\w*",
    r"пытал\w*", r"пытк\w*", r"избива\w*", r"избил\w*", r"били", r"бьют", r"током", r"убит\w*", r"убил\w*",
    r"убива\w*", r"секретн\w+ тюрьм\w*", r"тюрьм\w*", r"незаконн\w+ (?:тюрьм\w*|мест\w* содержани\w*)",
    r"удержива\w*", r"держали", r"унижа\w*", r"преследовани\w*", r"преследу\w*", r"преступлени\w*",
    r"жертв\w*", r"пострадавш\w*", r"бежал\w*", r"вывез\w*", r"эвакуир\w*", r"эвакуаци\w*", r"сбежал\w*",
    r"кампани\w+ (?:преследован|насили)\w*",
)
NEGATION_BEFORE = re.compile(r"(?:\bnot|\bnever|\bno|n't|\bnobody|\bне|\bни|\bникого|\bникто|\bнет)\s+(?:\w+\s+){0,2}$",
                             re.IGNORECASE)

FAMILIES: tuple[tuple[str, re.Pattern[str], str, float], ...] = (
    ("cites-denial", CITED_DENIAL, "confirmation", 3.0),
    ("confirm-negated", CONFIRM_NEGATED, "confirmation", 3.0),
    ("absence", ABSENCE, "denial", 3.0),
    ("dismissal", DISMISSAL, "denial", 3.0),
    ("evidence", STRONG_EVIDENCE, "confirmation", 3.0),
    ("cited-claim", CITED_CLAIM, "none", 0.0),
    ("first-person", FIRST_PERSON, "confirmation", 3.0),
    ("accountability", ACCOUNTABILITY, "confirmation", 3.0),
    ("evidence", EVIDENCE, "confirmation", 3.0),
    ("neutral", NEUTRAL, "neutral", 2.0),
    ("event", EVENT, "confirmation", 1.0),
)
VERB_STANCE = {"deny": "denial", "confirm": "confirmation"}


@dataclass(frozen=True)
class StanceResult:
    """The stance of one statement and the cues behind it."""

    stance: str
    cues: tuple[str, ...]
    scores: tuple[float, float, float]  # denial, confirmation, neutral


def is_topical(statement: str, sentence: str, previous: str, article_topical: bool, has_cue: bool) -> tuple[
    bool, str | None]:
    """Whether a statement is about the reports, and the topic cue that says so."""
    core = CORE_TOPIC.search(statement) or CORE_TOPIC.search(sentence)
    if core:
        return True, "topic:" + core.group().lower()
    local = " ".join((statement, sentence, previous))
    if OFF_TOPIC.search(statement) or OFF_TOPIC.search(sentence) or OFF_TOPIC.search(previous):
        return False, None
    if not article_topical:
        return False, None
    event = EVENT_TOPIC.search(local) or CORE_TOPIC.search(previous)
    if event:
        return True, "topic:" + event.group().lower()
    if has_cue:
        anaphora = ANAPHORA_TOPIC.search(statement)
        return True, "topic-ref:" + (anaphora.group().lower() if anaphora else "article")
    return False, None


def classify(text: str, verb: str | None, category: str | None, speaker_kind: str | None) -> StanceResult:
    """Stance of the statement ``text`` (its verb group included) toward the reports."""
    masked = text
    scores = {"denial": 0.0, "confirmation": 0.0, "neutral": 0.0}
    cues: list[str] = []
    for name, pattern, polarity, weight in FAMILIES:
        for match in pattern.finditer(masked):
            phrase = match.group()
            if not phrase.strip():
                continue
            value = weight
            effective = polarity
            if name == "event" or (name == "evidence" and phrase.lower() in ("confirmed", "confirm", "confirms",
                                                                               "real", "happened")):
                if NEGATION_BEFORE.search(masked[max(0, match.start() - 30) : match.start()]):
                    effective, value = "denial", 2.0 if name == "event" else 3.0
            if effective != "none":
                scores[effective] += value
                cues.append(f"{name}:{' '.join(phrase.lower().split())[:40]}")
            masked = masked[: match.start()] + " " * len(phrase) + masked[match.end() :]
            if name == "absence":  # event words after an absence claim are in its scope
                tail = re.search(r"[.;!?]", masked[match.end() :])
                stop = match.end() + (tail.start() if tail else len(masked) - match.end())
                scope = masked[match.end() : stop]
                masked = masked[: match.end()] + EVENT.sub(lambda m: " " * len(m.group()), scope) + masked[stop:]
    if category in VERB_STANCE and verb:
        own = VERB_STANCE[category]
        scores[own] += 3.0 if own == "denial" else 2.0
        cues.append(f"verb:{verb.lower()}")
    elif category == "act" and verb:
        scores["neutral"] += 1.0
    denial, confirmation, neutral = scores["denial"], scores["confirmation"], scores["neutral"]
    strong_confirmation = confirmation - sum(
        1.0 for c in cues if c.startswith("event:")
    )  # confirmation from strong families only
    if denial == 0 and confirmation == 0:
        stance = "neutral"
    elif denial > confirmation:
        stance = "denial" if not (neutral > denial and denial < 3) else "neutral"
    elif confirmation > denial:
        if strong_confirmation <= 0 and neutral >= 2:
            stance = "neutral"
        else:
            stance = "confirmation"
    else:
        stance = "neutral"
    return StanceResult(stance, tuple(cues), (denial, confirmation, neutral))
