"""Score the analyzer against the gold sets in ``tests/gold/<lang>.jsonl``.

A predicted statement matches a gold one when the stance is equal, the speaker matches (the same actor id when
gold has one; otherwise the same kind and country) and the predicted span overlaps the gold quote's position
(gold quotes are exact substrings). A person who speaks for a listed body matches that body: gold sets name
speakers from a fixed list of ids (``tests/gold/FORMAT.md``), so their writers label "Chrystia Freeland said" as
``canada-global-affairs``, which the analyzer resolves to ``freeland``, whose organization that is. Each gold
statement matches at most one prediction. A WRONG-SIDE error is a predicted denial where gold says confirmation
(or the reverse) for the same speaker and an overlapping span.

Example::

    python -m crawler.analysis.evaluate --lang en --show-errors
"""

from __future__ import annotations

import argparse
import functools
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crawler.analysis.analyzer import Analyzer
from crawler.analysis.model import Statement
from crawler.seeds import SEEDS_DIR, load_actors

GOLD_DIR = SEEDS_DIR.parent / "tests" / "gold"
STANCES = ("denial", "confirmation", "neutral")
COMBINED = "denial+confirmation"


def load_gold(lang: str, gold_dir: Path = GOLD_DIR) -> list[dict[str, Any]]:
    """The passages of one gold file (empty when the file does not exist)."""
    path = Path(gold_dir) / f"{lang}.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@functools.cache
def _body_of() -> dict[str, str]:
    """Each listed actor whose organization is another listed actor (by name or alias) -> that actor's id."""
    actors = load_actors(SEEDS_DIR / "actors.toml")
    ids = {name.casefold(): a.id for a in actors for name in (a.name, *a.aliases)}
    return {
        a.id: ids[a.organization.casefold()]
        for a in actors
        if a.organization and ids.get(a.organization.casefold(), a.id) != a.id
    }


def _speaker_matches(gold: dict[str, Any], pred: Statement) -> bool:
    if gold.get("actor"):
        return pred.actor == gold["actor"] or (
            pred.actor is not None and _body_of().get(pred.actor) == gold["actor"]
        )
    return pred.actor_kind == gold.get("kind") and pred.country == gold.get("country")


def _span(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    start = text.find(gold["quote"])
    return None if start < 0 else (start, start + len(gold["quote"]))


def _overlaps(span: tuple[int, int] | None, pred: Statement) -> bool:
    return span is not None and pred.start < span[1] and span[0] < pred.end


def match_passage(passage: dict[str, Any], predicted: list[Statement]) -> dict[str, Any]:
    """True positives, misses, false alarms and wrong-side errors of one passage."""
    text = passage["text"]
    golds = [(g, _span(text, g)) for g in passage.get("statements", [])]
    used: set[int] = set()
    matched: list[tuple[dict[str, Any], Statement]] = []
    missed: list[dict[str, Any]] = []
    for gold, span in golds:
        hit = next(
            (
                i
                for i, pred in enumerate(predicted)
                if i not in used
                and pred.stance == gold["stance"]
                and _speaker_matches(gold, pred)
                and _overlaps(span, pred)
            ),
            None,
        )
        if hit is None:
            missed.append(gold)
        else:
            used.add(hit)
            matched.append((gold, predicted[hit]))
    false = [pred for i, pred in enumerate(predicted) if i not in used]
    wrong_side = []
    for gold, span in golds:
        for pred in predicted:
            sides = {gold["stance"], pred.stance}
            if sides == {"denial", "confirmation"} and _speaker_matches(gold, pred) and _overlaps(span, pred):
                wrong_side.append((gold, pred))
                break
    return {"matched": matched, "missed": missed, "false": false, "wrong_side": wrong_side}


def _prf(gold: int, predicted: int, tp: int) -> dict[str, float | int]:
    precision = tp / predicted if predicted else (1.0 if not gold else 0.0)
    recall = tp / gold if gold else (1.0 if not predicted else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "tp": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def evaluate(
    lang: str, analyzer: Analyzer, passages: Iterable[dict[str, Any]], show_errors: bool = False
) -> dict[str, Any]:
    """Per-stance and combined scores for one language (``show_errors`` prints misses and false alarms)."""
    counts = {s: {"gold": 0, "predicted": 0, "tp": 0} for s in STANCES}
    wrong_side = 0
    elapsed = 0.0
    words = 0
    for passage in passages:
        started = time.perf_counter()
        predicted = analyzer.analyze(passage["text"], lang)
        elapsed += time.perf_counter() - started
        words += len(passage["text"].split())
        result = match_passage(passage, predicted)
        for gold in passage.get("statements", []):
            counts[gold["stance"]]["gold"] += 1
        for pred in predicted:
            counts[pred.stance]["predicted"] += 1
        for gold, _pred in result["matched"]:
            counts[gold["stance"]]["tp"] += 1
        wrong_side += len(result["wrong_side"])
        if show_errors and (result["missed"] or result["false"] or result["wrong_side"]):
            _print_errors(passage, result)
    scores: dict[str, Any] = {s: _prf(**counts[s]) for s in STANCES}
    both = {k: counts["denial"][k] + counts["confirmation"][k] for k in ("gold", "predicted", "tp")}
    scores[COMBINED] = _prf(**both)
    scores["wrong_side"] = wrong_side
    scores["ms_per_100_words"] = round(1000 * elapsed / max(words, 1) * 100, 3)
    return scores


def _print_errors(passage: dict[str, Any], result: dict[str, Any]) -> None:
    print(f"--- {passage['id']} {passage.get('hard', [])}")
    print("    " + passage["text"].replace("\n", " / ")[:900])
    for gold in result["missed"]:
        print(
            f"  MISS  [{gold['stance']}] {gold['speaker']!r} ({gold.get('actor') or gold.get('kind')}/"
            f"{gold.get('country')}): {gold['quote']!r}"
        )
    for pred in result["false"]:
        print(
            f"  FALSE [{pred.stance}] {pred.speaker!r} ({pred.actor or pred.actor_kind}/{pred.country}): "
            f"{pred.quote[:100]!r} {list(pred.cues)}"
        )
    for gold, pred in result["wrong_side"]:
        print(f"  WRONG-SIDE gold {gold['stance']} / predicted {pred.stance}: {gold['quote']!r}")


def format_table(lang: str, scores: dict[str, Any]) -> str:
    """A plain-text table of one language's scores."""
    lines = [f"{lang}  {'stance':<20} {'gold':>5} {'pred':>5} {'tp':>5} {'prec':>6} {'rec':>6} {'f1':>6}"]
    for stance in (*STANCES, COMBINED):
        row = scores[stance]
        lines.append(
            f"{lang}  {stance:<20} {row['gold']:>5} {row['predicted']:>5} {row['tp']:>5} "
            f"{row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
        )
    lines.append(
        f"{lang}  wrong-side errors: {scores['wrong_side']}   "
        f"analysis time: {scores['ms_per_100_words']:.2f} ms per 100 words"
    )
    return "\n".join(lines)


def run(
    langs: Iterable[str] = ("en", "ru"),
    show_errors: bool = False,
    actors_path: Path | str = SEEDS_DIR / "actors.toml",
    gold_dir: Path = GOLD_DIR,
) -> dict[str, Any]:
    """Evaluate every language that has a gold file; returns ``{lang: scores}``."""
    analyzer = Analyzer(load_actors(actors_path))
    results = {}
    for lang in langs:
        passages = load_gold(lang, gold_dir)
        if passages:
            results[lang] = evaluate(lang, analyzer, passages, show_errors)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the statement analyzer against the gold sets.")
    parser.add_argument("--lang", choices=("en", "ru"), help="one language only (default: both)")
    parser.add_argument("--show-errors", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--actors", default=str(SEEDS_DIR / "actors.toml"), help="actors file")
    parser.add_argument(
        "--gold", default=str(GOLD_DIR), help="folder with en.jsonl / ru.jsonl (your own passages)"
    )
    args = parser.parse_args(argv)
    results = run((args.lang,) if args.lang else ("en", "ru"), args.show_errors, args.actors, Path(args.gold))
    for lang, scores in results.items():
        print(format_table(lang, scores))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
