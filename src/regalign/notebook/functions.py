"""The functions a notebook user calls: load, validate, compare, explain, matrices, crosswalks.

Each goes through the application service (``regalign.api.Service``), one per set of data, kept for
the process: a notebook calling ``compare()`` again and again reads no file twice, and an edited
file is read again. Results come back as the view types of ``notebook/views.py`` (plain results with
``to_frame()``, ``to_dict()``, a short repr and an HTML view).
"""

from __future__ import annotations

import os

from regalign.api import CorpusError, DateLike, PathLike, Service, as_date
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import DATA_ENV
from regalign.issues import Issue
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


def service(*paths: PathLike, bundled: bool = True) -> Service:
    """The application service for the bundled corpus (unless ``bundled=False``), REGALIGN_DATA and
    ``paths``: the same one for the same data, for as long as the process runs."""
    key = (tuple(os.fspath(p) for p in paths), bundled, os.environ.get(DATA_ENV, ""))
    if key not in _SERVICES:
        _SERVICES[key] = Service(paths, bundled=bundled)
    return _SERVICES[key]


def load(*paths: PathLike, bundled: bool = True) -> Corpus:
    """Load the bundled corpus plus any extra files or directories, and return the Corpus.

    >>> corpus = regalign.load()                     # doctest: +SKIP
    >>> corpus.frameworks["eu-ai-act"].short_title   # doctest: +SKIP

    Raises :class:`CorpusError` listing every problem if the data has errors; use
    :func:`validate` to get the problems as values instead.
    """
    return service(*paths, bundled=bundled).corpus()


def validate(*paths: PathLike, bundled: bool = True) -> list[Issue]:
    """Check files and return every issue, sorted.

    With paths, they are checked together with the bundled corpus (unless ``bundled=False``) and
    the issues in the given files are returned; with none, the bundled corpus itself is checked.
    """
    result = service(*paths, bundled=bundled).load()
    if not paths:
        return result.issues
    mine = set(result.user_files)
    return [issue for issue in result.issues if issue.file in mine]


def method(path: PathLike | None = None, *, corpus: Corpus | None = None) -> Method:
    """The comparison method: the bundled defaults, overridden by the YAML file at ``path`` if given.

    Topic weights must name topics of the bundled corpus's taxonomy (or of ``corpus``'s).
    """
    return service().method(path, corpus=corpus)


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
        service().compare(
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
        service().explain(
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
        service().index_matrix(
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
        service().stance_matrix(
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
    return view(service().crosswalk(sides, crosswalk_id, corpus))
