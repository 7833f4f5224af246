"""The bundled corpus and its comparisons, each computed once per test process.

Most comparison and report tests read the same few comparisons (EU-KR, EU-JP and KR-JP on a handful
of days) under the bundled method; computing each once per process rather than once per test keeps
the default suite near a minute. The results are frozen dataclasses, so sharing them is safe. A test
that plants a change builds its own corpus (``dataclasses.replace``) and calls ``compare`` on it,
never on ``bundled()``, which no test may alter.
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache

from regalign.comparisons.compare import compare
from regalign.comparisons.history import TimePoint, briefing_points
from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.schema.method import Method

# What a comparison is made of beyond the corpus and the method: a, b, as_of, topic,
# pending_as_binding, include_shared.
Key = tuple[str, str, date, "str | None", bool, bool]


@lru_cache(maxsize=1)
def bundled() -> Corpus:
    """The bundled corpus (no extra data from the environment)."""
    return load(use_env=False).corpus


@lru_cache(maxsize=1)
def bundled_method() -> Method:
    """The bundled method."""
    return default_method()


def compared(
    a: str,
    b: str,
    as_of: date,
    *,
    topic: str | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> Comparison:
    """``compare(bundled(), a, b, as_of=as_of, method=default_method(), ...)``, once per process."""
    return _compared((a, b, as_of, topic, pending_as_binding, include_shared))


def bundled_points(result: Comparison, *, every_date: bool = False) -> tuple[TimePoint, ...]:
    """``briefing_points`` of a comparison made by ``compared`` (the dates a briefing quotes), once
    per process."""
    key: Key = (
        result.side_a.spec,
        result.side_b.spec,
        result.as_of,
        result.topic_prefix,
        result.pending_as_binding,
        result.include_shared,
    )
    if _compared(key) is not result:
        raise ValueError("bundled_points() takes a comparison made by compared()")
    return _points(key, every_date)


@cache
def _compared(key: Key) -> Comparison:
    a, b, as_of, topic, pending, shared = key
    return compare(
        bundled(),
        a,
        b,
        as_of=as_of,
        method=bundled_method(),
        topic=topic,
        pending_as_binding=pending,
        include_shared=shared,
    )


@cache
def _points(key: Key, every_date: bool) -> tuple[TimePoint, ...]:
    result = _compared(key)
    return tuple(briefing_points(bundled(), result, bundled_method(), every_date=every_date))
