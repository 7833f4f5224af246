"""regalign: regulatory alignment analysis between jurisdictions.

Load the bundled EU and Korean corpus, compare two sides topic by topic, and render tables and
briefings::

    import regalign
    corpus = regalign.load()
    issues = regalign.validate("my-frameworks/")
    result = regalign.compare("EU", "KR", as_of=datetime.date(2026, 8, 2))
    print(result.index, result.verdict_counts)

Names are imported lazily, so that ``import regalign`` (and ``regalign --help``) stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "regalign.api",
    "validate": "regalign.api",
    "compare": "regalign.api",
    "explain": "regalign.api",
    "matrix": "regalign.api",
    "stances": "regalign.api",
    "method": "regalign.api",
    "CorpusError": "regalign.api",
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
    from regalign.api import CorpusError, compare, explain, load, matrix, method, stances, validate
    from regalign.comparisons.explain import Explanation
    from regalign.comparisons.results import Comparison, TopicResult
    from regalign.schema.method import Method
    from regalign.frameworks.corpus import Corpus
    from regalign.issues import CATALOGUE, Issue


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regalign' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
