"""The application layer: one service that owns loading, caching, the method and the default date.

The CLI (``regalign.cli``) and the notebook functions (``regalign.notebook``) both go through
:class:`Service`; below it, ``comparisons/`` computes plain results and ``frameworks/`` reads files.
The layers, and the test that holds them, are in tests/test_hygiene.py.
"""

from __future__ import annotations

from regalign.api.errors import CorpusError, MethodError
from regalign.api.inputs import DateLike, PathLike, as_date
from regalign.api.service import Service
from regalign.clock import ClockError, today

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
