"""regalign: regulatory alignment analysis between jurisdictions.

Load the bundled EU and Korean corpus, compare two sides topic by topic, and render tables and
briefings::

    import regalign
    corpus = regalign.load()
    issues = regalign.validate("my-frameworks/")
    result = regalign.compare("EU", "KR", as_of="2026-08-02")
    print(result.index, result.verdict_counts)
    result.to_frame()                     # with the 'pandas' extra
    regalign.timeline("EU", "KR").to_frame()
    regalign.topic_frame([("EU", "KR"), ("EU", "JP")])

The data the last ``load()`` loaded is what the other functions use (docs/researcher.md).

See docs/api.md.

Names are imported lazily, so that ``import regalign`` (and ``regalign --help``) stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from regalign.version import __version__

_EXPORTS = {
    "load": "regalign.notebook.functions",
    "validate": "regalign.notebook.functions",
    "compare": "regalign.notebook.functions",
    "explain": "regalign.notebook.functions",
    "matrix": "regalign.notebook.functions",
    "stances": "regalign.notebook.functions",
    "method": "regalign.notebook.functions",
    "crosswalk": "regalign.notebook.functions",
    "timeline": "regalign.notebook.functions",
    "diff": "regalign.notebook.functions",
    "topic_frame": "regalign.notebook.functions",
    "Timeline": "regalign.notebook.history",
    "Diff": "regalign.notebook.history",
    "CorpusError": "regalign.api",
    "MethodError": "regalign.api",
    "Service": "regalign.api",
    "as_date": "regalign.api",
    "today": "regalign.clock",
    "SideError": "regalign.comparisons.sides",
    "SelectionError": "regalign.comparisons.mappings",
    "MappingSelection": "regalign.notebook.views",
    "PandasUnavailable": "regalign.notebook.views",
    "FiguresUnavailable": "regalign.reports.figures",
    "IndexMatrix": "regalign.notebook.views",
    "StanceMatrix": "regalign.notebook.views",
    "Comparison": "regalign.notebook.views",
    "Explanation": "regalign.notebook.views",
    "TopicResult": "regalign.comparisons.results",
    "Method": "regalign.schema.method",
    "Corpus": "regalign.frameworks.corpus",
    "Issue": "regalign.issues",
    "CATALOGUE": "regalign.issues",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from regalign.api import CorpusError, MethodError, Service, as_date
    from regalign.clock import today
    from regalign.comparisons.mappings import SelectionError
    from regalign.comparisons.results import TopicResult
    from regalign.comparisons.sides import SideError
    from regalign.frameworks.corpus import Corpus
    from regalign.issues import CATALOGUE, Issue
    from regalign.notebook.functions import (
        compare,
        crosswalk,
        diff,
        explain,
        load,
        matrix,
        method,
        stances,
        timeline,
        topic_frame,
        validate,
    )
    from regalign.notebook.history import Diff, Timeline
    from regalign.notebook.views import (
        Comparison,
        Explanation,
        IndexMatrix,
        MappingSelection,
        PandasUnavailable,
        StanceMatrix,
    )
    from regalign.reports.figures import FiguresUnavailable
    from regalign.schema.method import Method


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regalign' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
