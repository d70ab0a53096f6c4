"""The learned review: a second look at each statement the rules found.

The rules find statements, attribute them and give each a stance. A logistic-regression model trained on the
labelled gold sets (``tests/gold``, see :mod:`crawler.analysis.training`) then reads each statement again, from
what the rules already worked out (their stance, cues, speaker kind and actor, other statements of the same
speaker nearby) and the words of the quote and just before it. It gives the probability that the statement is
a denial, a confirmation, a neutral statement about the reports, or none (no statement about the reports):

- a denial or confirmation the model finds unlikely (below ``demote_below``; below
  ``demote_official_denial_below`` for an official's denial, the statements users are alerted to) becomes
  neutral, or is dropped when "none" is likelier than "neutral". Not when its stance rests on a phrase that
  takes a side by itself (a dismissal such as "lies", events such as "were tortured", a call to punish), nor an
  official's claim of absence ("no complaints were received");
- a neutral statement the model finds likely (above ``promote_above``) to be on its speaker's side takes that
  stance: a denial for a Russian state speaker, a confirmation for anyone else
  (:func:`crawler.analysis.stance.speaker_side`); the model alone would now and then promote a Russian
  ministry's words to a confirmation. A caveat on the speaker's own checking ("could not independently verify")
  is never promoted. One it finds likely (above ``drop_above``) to be no statement about the
  reports is dropped.

It never turns a denial into a confirmation or back. A statement whose stance it changed carries the cue
``review:neutral``, ``review:denial`` or ``review:confirmation``, so a reader sees why. The weights ship in
``review_model.json``; ``make review-model`` retrains them after the rules or the gold sets change (a test says
when they must).
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from crawler.analysis.model import Statement
from crawler.analysis.stance import speaker_side

log = logging.getLogger(__name__)


def _package_dir() -> Path:
    """This package's folder, also when this module runs compiled from ``_native/`` (crawler.analysis.native)."""
    here = Path(__file__).resolve().parent
    return next((folder.parent for folder in (here, *here.parents) if folder.name == "_native"), here)


MODEL_PATH = _package_dir() / "review_model.json"
SIDES = ("denial", "confirmation")
NONE = "none"  # the class of a statement that is no statement about the reports
WORD = re.compile(r"\w+")
QUOTE_MARKS = frozenset("\"'«“„‘")
BEFORE_CHARS = 60  # how far before the quote the words that introduce it are read
BEFORE_WORDS = 6
TWIN_CHARS = 300
NEUTRAL_HOLDING_CUES = frozenset(("unverified",))
# an absence claimed, not supposed: "absence:no complaints", not "absence:if there are victims"
ABSENCE_CLAIM = re.compile(r"absence:(?!if |если )")
# cue families of phrases that take a side by themselves (see crawler.analysis.stance)
SIDE_TAKING_CUES = frozenset(
    (
        "dismissal",
        "fabricated",
        "event",
        "accountability",
        "refusal",
        "condemned",
        "attacks-accused",
        "defends-accused",
    )
)


def features(text: str, lang: str, statement: Statement, statements: list[Statement]) -> list[str]:
    """The names of the features one of the ``statements`` found in ``text`` has (each counts 1): shared by
    training and review."""
    stance, kind = statement.stance, statement.actor_kind
    names = [
        f"stance={stance}",
        f"lang={lang}",
        f"kind={kind}",
        f"official={statement.official}",
        f"stance&kind={stance}&{kind}",
        "actor" if statement.actor else "no-actor",
        f"actor={statement.actor}",
        f"stance&actor={stance}&{statement.actor}",
    ]
    for cue in statement.cues:
        family = cue.split(":", 1)[0]
        names += [f"cue={cue}", f"family={family}", f"stance&family={stance}&{family}"]
    words = [w.lower() for w in WORD.findall(statement.quote)]
    names += [f"word={w}" for w in words]
    names += [f"pair={a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    before = WORD.findall(text[max(0, statement.start - BEFORE_CHARS) : statement.start])
    names += [f"before={w.lower()}" for w in before[-BEFORE_WORDS:]]
    names.append("length=" + ("short" if len(words) < 8 else "medium" if len(words) < 25 else "long"))
    if statement.start > 0 and text[statement.start - 1] in QUOTE_MARKS:
        names.append("quoted")
    # the same speaker's words on the same side nearby: "Karimov dismissed the report. "It is a lie," he said."
    if any(_twin(statement, other) for other in statements):
        names += ["twin", f"stance&twin={stance}"]
    return sorted(set(names))


def _twin(statement: Statement, other: Statement) -> bool:
    """Is ``other`` another statement of the same speaker and stance within a few sentences?"""
    if other is statement or other.stance != statement.stance:
        return False
    same = other.actor == statement.actor if statement.actor else other.speaker == statement.speaker
    near = other.start - TWIN_CHARS < statement.end and statement.start < other.end + TWIN_CHARS
    return same and near


def _has_cue_family(statement: Statement, families: frozenset[str]) -> bool:
    """Does one of the statement's cues belong to one of ``families`` ("dismissal:lies" is of "dismissal")?"""
    return any(cue.split(":", 1)[0] in families for cue in statement.cues)


def _holds_neutral(statement: Statement) -> bool:
    """Is the statement a caveat on the speaker's own checking ("could not independently verify")? It takes no
    side, whatever the words around it: the review does not promote it."""
    return _has_cue_family(statement, NEUTRAL_HOLDING_CUES)


def _takes_a_side(statement: Statement) -> bool:
    """Does the rules' stance rest on a phrase that takes a side by itself ("lies", "were tortured", "must be
    punished"), or is it an official's claim of absence ("no complaints", "none of it had been confirmed": the
    denials users are alerted to; not "if there are victims")? The review leaves those alone: held out, it
    demoted the first wrongly more often than rightly, and leaving the second alone changed no cross-validated
    score."""
    return _has_cue_family(statement, SIDE_TAKING_CUES) or (
        statement.official
        and statement.stance == "denial"
        and any(ABSENCE_CLAIM.match(cue) for cue in statement.cues)
    )


class ReviewModel:
    """Weights of the multinomial logistic regression and the thresholds of :meth:`review`."""

    def __init__(self, data: dict[str, Any]):
        self.classes: list[str] = list(data["classes"])
        self.intercept: list[float] = [float(b) for b in data["intercept"]]
        self.weights: dict[str, list[float]] = {k: [float(w) for w in v] for k, v in data["weights"].items()}
        self.demote_below = float(data["demote_below"])
        self.demote_official_denial_below = float(data["demote_official_denial_below"])
        self.promote_above = float(data["promote_above"])
        self.drop_above = float(data["drop_above"])
        self.data_digest = str(data.get("data_digest", ""))

    def probabilities(self, names: list[str]) -> dict[str, float]:
        """P(denial), P(confirmation), P(neutral) and P(none) of a statement with these features."""
        weights = self.weights
        rows = [weights[name] for name in names if name in weights]
        scores = (
            [b + sum(column) for b, column in zip(self.intercept, zip(*rows, strict=True), strict=True)]
            if rows
            else list(self.intercept)
        )
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def review(self, text: str, lang: str, statements: list[Statement]) -> list[Statement]:
        """The statements the model lets stand, with the stances it overrules changed (see the module
        docstring)."""
        reviewed = []
        for statement in statements:
            stance = statement.stance
            if stance in SIDES and _takes_a_side(statement):  # left alone: no need to ask the model
                reviewed.append(statement)
                continue
            p = self.probabilities(features(text, lang, statement, statements))
            if stance in SIDES:
                if p[stance] < self._demote_below(statement):
                    if p[NONE] > p["neutral"]:
                        continue
                    statement = replace(statement, stance="neutral", cues=(*statement.cues, "review:neutral"))
            else:
                side = speaker_side(statement.actor_kind, statement.country)
                if p[side] > self.promote_above and not _holds_neutral(statement):
                    statement = replace(statement, stance=side, cues=(*statement.cues, f"review:{side}"))
                elif p[NONE] > self.drop_above:
                    continue
            reviewed.append(statement)
        return reviewed

    def _demote_below(self, statement: Statement) -> float:
        """An official's denial is what users are alerted to: the model must be surer to take one away."""
        if statement.stance == "denial" and statement.official:
            return self.demote_official_denial_below
        return self.demote_below


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> ReviewModel | None:
    """The shipped model, or None when there is no model file (the rules' stances stand)."""
    if not path.exists():
        log.warning("no review model at %s: the rules' stances stand unreviewed (make review-model)", path)
        return None
    return ReviewModel(json.loads(path.read_text(encoding="utf-8")))
