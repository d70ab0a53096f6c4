"""Re-score and re-analyse stored articles after the seeds (keywords, actors) change.

Idempotent: statements found again keep their row and ``first_seen``; ones no longer found are marked
``withdrawn``; newly found ones are added (new or repeats) without raising alerts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from crawler.analysis import statement_similarity
from crawler.crawling import actor_row
from crawler.seeds import load_actors
from crawler.workers import PageProcessor
from storage.db import Store
from storage.statements import replace_actors, save_statements

log = logging.getLogger(__name__)


@dataclass
class ReanalysisReport:
    articles: int = 0
    relevant: int = 0
    statements_added: int = 0
    statements_kept: int = 0


def reanalyze(store: Store, keywords: str, actors: str, source: str | None = None) -> ReanalysisReport:
    """Re-run relevance and statement analysis over every stored article (or one source's)."""
    processor = PageProcessor(keywords, actors)
    replace_actors(store, (actor_row(a) for a in load_actors(actors)))
    report = ReanalysisReport()
    sql = "SELECT id, version, title, text, language FROM articles"
    params: list[Any] = []
    if source:
        sql += " WHERE source = ?"
        params.append(source)
    for row in store.query(sql + " ORDER BY id", params):
        result = processor.analyse(dict(row))
        article = result["article"]
        with store.transaction():
            store.rescore(row["id"], article["relevant"], article["relevance"], article["relevance_hits"])
            changes = save_statements(store, row["id"], row["version"], result["statements"],
                                      similarity=statement_similarity, reanalysis=True)  # fmt: skip
        report.articles += 1
        report.relevant += int(bool(article["relevant"]))
        report.statements_added += len(changes.added)
        report.statements_kept += len(changes.kept)
    return report
