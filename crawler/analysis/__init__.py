"""Statement analysis: find who said what about the reports, and whether it denies or confirms them.

Public API::

    from crawler.analysis import Analyzer, Statement, statement_similarity
    analyzer = Analyzer(load_actors("seeds/actors.toml"))
    statements = analyzer.analyze(text, language=None)

Modules: :mod:`segment` (tokens, sentences, quotes), :mod:`morph` (Russian morphology, cached),
:mod:`lexicon` (word lists), :mod:`mentions` (actor, role and place mentions), :mod:`quotes` (candidate
statements), :mod:`speakers` (speaker resolution), :mod:`cues` (cue phrases and their fast matching),
:mod:`stance` (topic and stance), :mod:`analyzer` (the pipeline), :mod:`evaluate` (the gold-set scorer),
:mod:`native` (the compiled build of the hot-path modules).
"""

from typing import TYPE_CHECKING, Any

from crawler.analysis import native
from crawler.analysis.model import Statement, statement_similarity

# the modules compiled by mypyc, when built for these very sources (see :mod:`native`); else the sources
COMPILED = native.use_native(__path__)

if TYPE_CHECKING:
    from crawler.analysis.analyzer import Analyzer

__all__ = ["Analyzer", "Statement", "statement_similarity"]


def __getattr__(name: str) -> Any:
    """Import the analyzer (its cue tables take a moment to build) only where it is used: the workers."""
    if name == "Analyzer":
        from crawler.analysis.analyzer import Analyzer

        return Analyzer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
