"""regalign: regulatory alignment analysis between jurisdictions.

Load the bundled EU and Korean corpus, compare two sides topic by topic, and render tables and
briefings::

    import regalign
    corpus = regalign.load()
    issues = regalign.validate("my-frameworks/")
    result = regalign.compare("EU", "KR", as_of="2026-08-02")
    print(result.index, result.verdict_counts)
    result.to_frame()                     # with the 'pandas' extra

See docs/api.md.

Names are imported lazily, so that ``import regalign`` (and ``regalign --help``) stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from regalign.version import __version__

_EXPORTS = {
    "load": "regalign.api",
    "validate": "regalign.api",
    "compare": "regalign.api",
    "explain": "regalign.api",
    "matrix": "regalign.api",
    "stances": "regalign.api",
    "method": "regalign.api",
    "CorpusError": "regalign.api",
    "crosswalk": "regalign.api",
    "as_date": "regalign.api",
    "SideError": "regalign.comparisons.sides",
    "SelectionError": "regalign.reports.mappings",
    "MappingSelection": "regalign.reports.mappings",
    "PandasUnavailable": "regalign.comparisons.notebook",
    "FiguresUnavailable": "regalign.reports.figures",
    "IndexMatrix": "regalign.comparisons.matrix",
    "StanceMatrix": "regalign.comparisons.matrix",
    "Comparison": "regalign.comparisons.results",
    "TopicResult": "regalign.comparisons.results",
    "Explanation": "regalign.comparisons.explain",
    "Method": "regalign.schema.method",
    "Corpus": "regalign.frameworks.corpus",
    "Issue": "regalign.issues",
    "CATALOGUE": "regalign.issues",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from regalign.api import (
        CorpusError,
        as_date,
        compare,
        crosswalk,
        explain,
        load,
        matrix,
        method,
        stances,
        validate,
    )
    from regalign.comparisons.explain import Explanation
    from regalign.comparisons.matrix import IndexMatrix, StanceMatrix
    from regalign.comparisons.notebook import PandasUnavailable
    from regalign.comparisons.results import Comparison, TopicResult
    from regalign.comparisons.sides import SideError
    from regalign.frameworks.corpus import Corpus
    from regalign.issues import CATALOGUE, Issue
    from regalign.reports.figures import FiguresUnavailable
    from regalign.reports.mappings import MappingSelection, SelectionError
    from regalign.schema.method import Method


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regalign' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
