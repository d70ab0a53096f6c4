"""Statement analysis: find who said what about the reports, and whether it denies or confirms them.

Public API::

    from crawler.analysis import Analyzer, Statement, statement_similarity
    analyzer = Analyzer(load_actors("seeds/actors.toml"))
    statements = analyzer.analyze(text, language=None)

Modules: :mod:`segment` (tokens, sentences, quotes), :mod:`morph` (Russian morphology, cached),
:mod:`lexicon` (word lists), :mod:`mentions` (actor, role and place mentions), :mod:`quotes` (candidate
statements), :mod:`speakers` (speaker resolution), :mod:`cues` (cue phrases and their fast matching),
:mod:`stance` (topic and stance), :mod:`analyzer` (the pipeline), :mod:`evaluate` (the gold-set scorer).
"""

from crawler.analysis.analyzer import Analyzer
from crawler.analysis.model import Statement, statement_similarity

__all__ = ["Analyzer", "Statement", "statement_similarity"]
