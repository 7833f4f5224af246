"""The functions a notebook user calls: load, validate, compare, explain, matrices, crosswalks.

Each goes through the application service (``regalign.api.Service``), one per set of data, kept for
the process: a notebook calling ``compare()`` again and again reads no file twice, and an edited
file is read again. Results come back as the view types of ``notebook/views.py`` (plain results with
``to_frame()``, ``to_dict()``, a short repr and an HTML view).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from regalign.api import CorpusError, DateLike, PathLike, Service, as_date
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.sources import DATA_ENV
from regalign.issues import Issue
from regalign.notebook.corpus_view import corpus_view
from regalign.notebook.history import Diff, Timeline
from regalign.notebook.history import topic_frame as history_frame
from regalign.notebook.views import (
    Comparison,
    Explanation,
    IndexMatrix,
    MappingSelection,
    StanceMatrix,
    view,
)
from regalign.schema.method import Method

__all__ = [
    "CorpusError",
    "current",
    "data",
    "diff",
    "timeline",
    "topic_frame",
    "as_date",
    "compare",
    "crosswalk",
    "explain",
    "load",
    "matrix",
    "method",
    "service",
    "stances",
    "validate",
]

# One service per set of data: (paths, bundled, REGALIGN_DATA) -> Service.
_SERVICES: dict[tuple[tuple[str, ...], bool, str], Service] = {}
# The data of the last load(): what compare(), matrix(), explain() ... use when no corpus is given.
_CURRENT: dict[str, tuple[tuple[str, ...], bool]] = {"data": ((), True)}


def service(*paths: PathLike, bundled: bool = True) -> Service:
    """The application service for the bundled corpus (unless ``bundled=False``), REGALIGN_DATA and
    ``paths``: the same one for the same data, for as long as the process runs."""
    key = (tuple(os.fspath(p) for p in paths), bundled, os.environ.get(DATA_ENV, ""))
    if key not in _SERVICES:
        _SERVICES[key] = Service(paths, bundled=bundled)
    return _SERVICES[key]


def current() -> Service:
    """The service of the data the last :func:`load` loaded (the bundled corpus before any load):
    every function that takes ``corpus=`` uses it when none is given."""
    paths, bundled = _CURRENT["data"]
    return service(*paths, bundled=bundled)


def load(*paths: PathLike, bundled: bool = True) -> Corpus:
    """Load the bundled corpus plus any extra files or directories, and return the Corpus.

    The data loaded is what later calls use: after ``regalign.load("my-data/")``,
    ``regalign.compare("EU", "SG")`` compares with ``my-data/`` in, exactly as
    ``regalign --data my-data/ compare EU SG`` does, until the next ``load()``
    (``regalign.load()`` goes back to the bundled corpus alone).

    >>> corpus = regalign.load()                     # doctest: +SKIP
    >>> corpus.frameworks["eu-ai-act"].short_title   # doctest: +SKIP

    Raises :class:`CorpusError` listing every problem if the data has errors (the data of the
    previous load stays current); use :func:`validate` to get the problems as values instead.
    """
    chosen = service(*paths, bundled=bundled)
    corpus = corpus_view(chosen.corpus())
    _CURRENT["data"] = (tuple(os.fspath(p) for p in paths), bundled)
    return corpus


def data() -> tuple[tuple[str, ...], bool]:
    """What the last :func:`load` loaded: its paths, and whether the bundled corpus is in."""
    return _CURRENT["data"]


def validate(*paths: PathLike, bundled: bool = True) -> list[Issue]:
    """Check files and return every issue, sorted.

    With paths, they are checked together with the bundled corpus (unless ``bundled=False``) and
    the issues in the given files are returned; with none, the bundled corpus itself is checked.
    """
    result = Service(paths, bundled=bundled, editorial=True).load()
    if not paths:
        return result.issues
    mine = set(result.user_files)
    return [issue for issue in result.issues if issue.file in mine]


def method(path: PathLike | None = None, *, corpus: Corpus | None = None) -> Method:
    """The comparison method: the bundled defaults, overridden by the YAML file at ``path`` if given.

    Topic weights must name topics of the bundled corpus's taxonomy (or of ``corpus``'s).
    """
    return current().method(path, corpus=corpus)


def compare(
    a: str,
    b: str,
    *,
    as_of: DateLike = None,
    topic: str | None = None,
    corpus: Corpus | None = None,
    method: Method | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> Comparison:
    """Compare two sides: framework ids (``"eu-ai-act"``) or jurisdiction codes (``"EU"``, ``"KR"``).

    >>> result = regalign.compare("eu-ai-act", "kr-ai-basic-act", as_of="2026-08-02")  # doctest: +SKIP
    >>> result.index, result.verdict_counts                                          # doctest: +SKIP

    ``as_of`` (a date or an ISO string) defaults to today (SOURCE_DATE_EPOCH if set, else the UTC
    date); the bundled corpus is loaded once per process unless ``corpus`` is given; ``topic``
    narrows to a topic and its descendants; signed or adopted instruments not yet in force count
    as pending unless ``pending_as_binding``. Sides may be selections:
    ``"eu-ai-act+eu-gpai-code-of-practice"``, ``"EU~eu-kr-dta"``. Instruments both sides are party
    to are reported in ``result.joint`` (the conformity view) rather than counted on both sides,
    unless ``include_shared``. Every unit has a *now* and an *as adopted* horizon:
    ``result.topics[i].now`` and ``.adopted``.
    """
    return view(
        current().compare(
            a,
            b,
            as_of=as_of,
            topic=topic,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
            corpus=corpus,
        )
    )


def explain(
    a: str,
    b: str,
    topic: str,
    *,
    as_of: DateLike = None,
    corpus: Corpus | None = None,
    method: Method | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> Explanation:
    """How the score of one topic (or the roll-up of a parent topic) arises: dimensions and provisions.

    Takes the same keywords as :func:`compare`; raises KeyError when neither side addresses the topic.
    """
    return view(
        current().explain(
            a,
            b,
            topic,
            as_of=as_of,
            corpus=corpus,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
        )
    )


def matrix(
    *sides: str,
    as_of: DateLike = None,
    topic: str | None = None,
    corpus: Corpus | None = None,
    method: Method | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> IndexMatrix:
    """The alignment index (now) of every pair of sides."""
    return view(
        current().index_matrix(
            sides,
            as_of=as_of,
            topic=topic,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
            corpus=corpus,
        )
    )


def stances(
    *sides: str,
    as_of: DateLike = None,
    topic: str | None = None,
    corpus: Corpus | None = None,
    pending_as_binding: bool = False,
) -> StanceMatrix:
    """The divergence matrix: each side's stance on every topic any of them addresses."""
    return view(
        current().stance_matrix(
            sides, as_of=as_of, topic=topic, pending_as_binding=pending_as_binding, corpus=corpus
        )
    )


def crosswalk(
    *sides: str, crosswalk_id: str | None = None, corpus: Corpus | None = None
) -> MappingSelection:
    """The curated relations between two sides (or of one crosswalk, or all), ready to export.

    ``regalign.crosswalk("EU", "KR").to_oscal()`` / ``.to_sssom()`` give the texts that
    ``regalign export`` writes.
    """
    return view(current().crosswalk(sides, crosswalk_id, corpus))


def timeline(
    a: str,
    b: str,
    *,
    start: DateLike = None,
    end: DateLike = None,
    topic: str | None = None,
    method: Method | None = None,
    include_shared: bool = False,
) -> Timeline:
    """The alignment index and verdict counts on every date a rule of either side starts or stops
    applying, as ``regalign timeline`` prints them; ``to_frame()`` is indexed by date."""
    points = current().timeline(
        a,
        b,
        start=None if start is None else as_date(start),
        end=None if end is None else as_date(end),
        topic=topic,
        method=method,
        include_shared=include_shared,
    )
    return Timeline(a, b, tuple(points))


def diff(
    a: str,
    b: str,
    before: DateLike,
    after: DateLike,
    *,
    topic: str | None = None,
    corpus: Corpus | None = None,
    method: Method | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> Diff:
    """Which units changed verdict between two dates, and which provisions started or stopped
    applying, as ``regalign diff`` prints them."""
    first, second, changes = current().diff(
        a,
        b,
        before,
        after,
        topic=topic,
        corpus=corpus,
        method=method,
        pending_as_binding=pending_as_binding,
        include_shared=include_shared,
    )
    return Diff(view(first), view(second), tuple(changes))


def topic_frame(
    pairs: Sequence[tuple[str, str]],
    *,
    value: str = "score",
    as_of: DateLike = None,
    topic: str | None = None,
    corpus: Corpus | None = None,
    method: Method | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> Any:
    """A topic x pair table (pandas): one row per unit, one column per pair of sides ('EU vs KR').

    ``value`` is ``"score"`` (now, the default), ``"score_adopted"``, ``"verdict"`` or
    ``"verdict_adopted"``; a score is NaN where one side has no rule or neither addresses the unit.

    >>> regalign.topic_frame([("EU", "KR"), ("EU", "JP")])   # doctest: +SKIP
    """
    found = [
        current().compare(
            a,
            b,
            as_of=as_of,
            topic=topic,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
            corpus=corpus,
        )
        for a, b in pairs
    ]
    return history_frame(found, value)
