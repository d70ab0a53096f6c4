"""Issue #2 target: the stored article text scores at least as well as plain ``trafilatura.extract`` on the same
HTML, by body-text F1 over 4-token shingles (as in public extraction benchmarks).

Pages: the bundled synthetic pages (bench/corpus.py) and, with ``--dataset DIR``, any set in the layout of the
public article-extraction-benchmark (``DIR/ground-truth.json`` with ``articleBody`` per id, and
``DIR/html/<id>.html.gz``). Real news pages are not shipped in the repo (copyright); point ``--dataset`` at them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import trafilatura

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from corpus import make_pages  # noqa: E402

from crawler.extract import extract_article  # noqa: E402

TOKENS = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 4) -> Counter:
    tokens = TOKENS.findall((text or "").lower())
    return Counter(tuple(tokens[i : i + size]) for i in range(max(len(tokens) - size + 1, 0)))


def f1(predicted: str | None, reference: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted against reference shingles (multiset overlap)."""
    pred, ref = shingles(predicted or ""), shingles(reference)
    if not pred or not ref:
        return 0.0, 0.0, 0.0
    overlap = sum((pred & ref).values())
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return precision, recall, (2 * precision * recall / (precision + recall)) if overlap else 0.0


def load_dataset(folder: Path) -> list[tuple[str, bytes, str, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    items = []
    for key, record in sorted(truth.items()):
        path = folder / "html" / f"{key}.html.gz"
        if path.exists():
            items.append((key, gzip.decompress(path.read_bytes()), record.get("articleBody", ""), record.get("url", "")))
    return items


def score(items: list[tuple[str, bytes, str, str]]) -> dict[str, float]:
    totals = {"plain": [0.0, 0.0, 0.0], "stored": [0.0, 0.0, 0.0]}
    for _key, html, reference, url in items:
        plain = trafilatura.extract(html, url=url or None)
        extracted = extract_article(html, url or "https://example.org/", "text/html")
        for name, text in (("plain", plain), ("stored", extracted.text if extracted else None)):
            for i, value in enumerate(f1(text, reference)):
                totals[name][i] += value
    n = max(len(items), 1)
    return {f"{name}_{metric}": values[i] / n for name, values in totals.items()
            for i, metric in enumerate(("precision", "recall", "f1"))}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200, help="synthetic pages")
    parser.add_argument("--dataset", type=Path, help="folder in article-extraction-benchmark layout")
    args = parser.parse_args()
    sets = {"synthetic": [(p.path, p.html, p.reference, "https://news.example.org" + p.path)
                          for p in make_pages(args.count)]}  # fmt: skip
    if args.dataset:
        sets[args.dataset.name] = load_dataset(args.dataset)
    for name, items in sets.items():
        result = score(items)
        verdict = "OK" if result["stored_f1"] >= result["plain_f1"] else "WORSE"
        print(f"{name} ({len(items)} pages): plain extract F1 {result['plain_f1']:.3f} "
              f"(P {result['plain_precision']:.3f} R {result['plain_recall']:.3f}); stored text F1 "
              f"{result['stored_f1']:.3f} (P {result['stored_precision']:.3f} R {result['stored_recall']:.3f}) {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
