"""The application layer: one service that owns loading, caching, the method and the default date.

The CLI (``regalign.cli``) and the notebook functions (``regalign.notebook``) both go through
:class:`Service`; below it, ``comparisons/`` computes plain results and ``frameworks/`` reads files.
The layers, and the test that holds them, are in tests/test_hygiene.py.

The names below are imported on first use, so that the light parts of this layer (the cache and the
finished-output cache, ``api/outputs.py``) can be used without importing the models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "ClockError": "regalign.clock",
    "CorpusError": "regalign.api.errors",
    "DateLike": "regalign.api.inputs",
    "MethodError": "regalign.api.errors",
    "PathLike": "regalign.api.inputs",
    "Service": "regalign.api.service",
    "as_date": "regalign.api.inputs",
    "today": "regalign.clock",
}

__all__ = [
    "ClockError",
    "CorpusError",
    "DateLike",
    "MethodError",
    "PathLike",
    "Service",
    "as_date",
    "today",
]

if TYPE_CHECKING:  # pragma: no cover
    from regalign.api.errors import CorpusError, MethodError
    from regalign.api.inputs import DateLike, PathLike, as_date
    from regalign.api.service import Service
    from regalign.clock import ClockError, today


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'regalign.api' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
