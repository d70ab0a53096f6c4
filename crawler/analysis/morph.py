"""Russian morphology for matching inflected names and titles: pymorphy3, loaded lazily once per process.

Only candidate tokens (capitalised words, title words) are looked up, and every look-up is cached, so the
analyzer pays for morphology once per distinct word form. The analyzer object itself holds no pymorphy state,
which keeps it cheap to pickle into worker processes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_MORPH: Any = None  # pymorphy3.MorphAnalyzer

# Surname endings -> the masculine nominative stem suffix ("Каримову" -> "каримов", "Захаровой" -> "захаров").
_SURNAME = re.compile(
    r"^(?P<stem>[а-яё-]{2,}?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ой|ы|ых|ыми|ым)?$"
    r"|^(?P<sk>[а-яё-]{2,}?)(?:ский|ская|ского|скому|ским|ском|ской|скую|ские|ских|скими)$"
)


def morph() -> Any:
    """The process-wide pymorphy3 analyzer (created on first use)."""
    global _MORPH
    if _MORPH is None:
        import pymorphy3

        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def is_cyrillic(word: str) -> bool:
    """True when the word contains Cyrillic letters."""
    return bool(_CYRILLIC.search(word))


@lru_cache(maxsize=65536)
def _parses(lower: str) -> tuple:
    """pymorphy3's parses of a lower-cased word, cached: each word form is analysed once for every helper."""
    return tuple(morph().parse(lower))


@lru_cache(maxsize=8192)
def surname_stem(word: str) -> str | None:
    """Masculine nominative form of a Russian surname by rule (-ов/-ова/-ову/-овым/-ой, -ский/-ская)."""
    match = _SURNAME.match(word.lower().replace("ё", "е"))
    if not match:
        return None
    if match.group("stem"):
        return match.group("stem")
    return match.group("sk") + "ский"


_MASC_NOM = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ой)$")
_MASC_OBLIQUE = re.compile(r"(?:ова|ева|ёва|ина|ына|ову|еву|ину|ым|ом|ого|ому|ове|еве|ине)$")
_FEMN_NOM = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$")
_FEMN_OBLIQUE = re.compile(r"(?:овой|евой|иной|ыной|ову|еву|ину|ской|скую)$")


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


@lru_cache(maxsize=8192)
def surname_nominative(word: str, gender: str) -> bool | None:
    """Is a Russian surname form nominative for a person of ``gender``? None when the rule cannot tell.

    pymorphy3 does not know most surnames ("Лапунов", "Саратова"), and "Кадырова" is a woman's nominative
    but a man's genitive, so the ending and the person's gender decide.
    """
    lower = word.lower()
    if gender == "femn":
        if _FEMN_OBLIQUE.search(lower):
            return False
        if _FEMN_NOM.search(lower):
            return True
        if lower[-1:] in _CONSONANTS:
            return True  # a woman's surname ending in a consonant does not decline: "Фриланд", "Мийатович"
        return None
    if _MASC_OBLIQUE.search(lower):
        return False
    if _MASC_NOM.search(lower):
        return True
    return None


@lru_cache(maxsize=65536)
def normal_forms(word: str) -> tuple[str, ...]:
    """Lower-cased normal forms of a word: pymorphy3 lemmas (Cyrillic only), the surname rule, the word itself."""
    lower = word.lower().replace("ё", "е")
    forms = [lower]
    if is_cyrillic(lower):
        for parse in _parses(lower)[:4]:
            form = parse.normal_form.replace("ё", "е")
            if form not in forms:
                forms.append(form)
        stem = surname_stem(lower)
        if stem and stem not in forms:
            forms.append(stem)
    return tuple(forms)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The most likely lower-cased normal form (Cyrillic via pymorphy3; other scripts lower-cased)."""
    lower = word.lower().replace("ё", "е")
    if not is_cyrillic(lower):
        return lower
    return _parses(lower)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=4096)
def inflections(word: str) -> tuple[str, ...]:
    """Every inflected form of a Russian word (its lexeme, plus the surname rule's forms), lower-cased."""
    lower = word.lower().replace("ё", "е")
    if not is_cyrillic(lower):
        return (lower,)
    forms = {lower}
    parses = _parses(lower)
    best = [p for p in parses if {"Surn", "Name", "Geox", "Orgn"} & set(p.tag.grammemes)] or parses[:1]
    for parse in best[:2]:
        forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
    stem = surname_stem(lower)
    if stem and not stem.endswith("ский"):
        forms.update(stem + end for end in ("", "а", "у", "ым", "ом", "е", "ой", "ы", "ых", "ыми"))
    return tuple(sorted(forms))


@lru_cache(maxsize=8192)
def can_be_personal_name(word: str) -> bool:
    """Can this Russian word be a first name or surname ("Ислам", "Адам", "Хасан")?"""
    lower = word.lower().replace("ё", "е")
    return is_cyrillic(lower) and any({"Name", "Surn"} & set(p.tag.grammemes) for p in _parses(lower))


# Latin spellings of Russian and Chechen names, longest first ("Zelimkhan" -> "Зелимхан")
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ya", "я"),
    ("yu", "ю"),
    ("ye", "е"),
    ("yo", "ё"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("y", "й"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
)


@lru_cache(maxsize=4096)
def can_be_latin_personal_name(word: str) -> bool:
    """Is this Latin word a Russian or Chechen first name or surname in transliteration ("Adam", "Anzor",
    "Zelimkhan")?"""
    lower = word.lower()
    if not lower.isascii() or not lower.isalpha():
        return False
    out, k = [], 0
    while k < len(lower):
        for latin, cyrillic in _LATIN_TO_CYRILLIC:
            if lower.startswith(latin, k):
                out.append(cyrillic)
                k += len(latin)
                break
        else:
            return False  # (q, w, x, c, j: not a transliteration)
    return can_be_personal_name("".join(out))


@lru_cache(maxsize=65536)
def cases(word: str) -> frozenset[str]:
    """The grammatical cases a Russian word form can have ("nomn", "gent", ...); empty for other scripts."""
    lower = word.lower().replace("ё", "е")
    if not is_cyrillic(lower):
        return frozenset()
    found = set()
    for parse in _parses(lower):
        if parse.tag.case:
            found.add(parse.tag.case)
        if "Fixd" in parse.tag.grammemes:
            found.add("fixd")
    return frozenset(found)


def _top_tag(word: str):
    """pymorphy3's tag of the most likely reading of a Russian word; None for other scripts or unknown words."""
    lower = word.lower().replace("ё", "е")
    if not is_cyrillic(lower):
        return None
    parses = _parses(lower)
    return parses[0].tag if parses else None


@lru_cache(maxsize=8192)
def is_adjective(word: str) -> bool:
    """True when the most likely reading of a Russian word is an adjective or participle ("ежегодном")."""
    tag = _top_tag(word)
    return tag is not None and tag.POS in ("ADJF", "PRTF")


@lru_cache(maxsize=8192)
def is_participle(word: str) -> bool:
    """True when the most likely reading of a Russian word is a full participle ("представлявшем")."""
    tag = _top_tag(word)
    return tag is not None and tag.POS == "PRTF"


@lru_cache(maxsize=8192)
def is_finite_verb(word: str) -> bool:
    """True when the most likely reading of a Russian word is a finite verb ("отказал", "заявила")."""
    tag = _top_tag(word)
    return tag is not None and tag.POS == "VERB"


@lru_cache(maxsize=8192)
def can_be_singular_subject(word: str) -> bool:
    """Can a Russian word form be a nominative singular ("публикация" can, "публикации" cannot)? True for other
    scripts and unknown words."""
    lower = word.lower().replace("ё", "е")
    if not is_cyrillic(lower):
        return True
    parses = _parses(lower)
    return not parses or any(
        (p.tag.case == "nomn" and p.tag.number != "plur") or "Fixd" in p.tag.grammemes for p in parses
    )


@lru_cache(maxsize=8192)
def is_gerund(word: str) -> bool:
    """True when the most likely reading of a Russian word is a verbal adverb ("проверив", "отвечая")."""
    tag = _top_tag(word)
    return tag is not None and tag.POS == "GRND"


@lru_cache(maxsize=8192)
def is_plural(word: str) -> bool:
    """True when the most likely reading of a Russian word is plural ("правозащитники", "активисты")."""
    tag = _top_tag(word)
    return tag is not None and tag.number == "plur"


@lru_cache(maxsize=8192)
def gender(word: str) -> str | None:
    """Grammatical gender of a Russian name or noun in its most likely reading: "masc", "femn" or None."""
    tag = _top_tag(word)
    return tag.gender if tag is not None and tag.gender in ("masc", "femn") else None


def verb_forms(infinitive: str) -> dict[str, str]:
    """Past and 3rd-person forms of a Russian verb -> "masc" / "femn" / "neut" / "plur" / "any"."""
    forms: dict[str, str] = {}
    for parse in morph().parse(infinitive):
        if parse.tag.POS != "INFN":
            continue
        for form in parse.lexeme:
            tag = form.tag
            if tag.POS != "VERB":
                continue
            word = form.word.replace("ё", "е")
            if tag.tense == "past":
                gender = str(tag.gender) if tag.gender else ("plur" if tag.number == "plur" else "any")
                forms.setdefault(word, gender)
            elif tag.person == "3per":
                forms.setdefault(word, "plur" if tag.number == "plur" else "any")
        break
    return forms
