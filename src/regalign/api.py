"""The functions a notebook user calls: load, validate, compare, explain, matrices."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Union

from regalign.clock import today
from regalign.comparisons.compare import compare as _compare
from regalign.comparisons.explain import Explanation
from regalign.comparisons.explain import explain as _explain
from regalign.comparisons.matrix import IndexMatrix, StanceMatrix, index_matrix, stance_matrix
from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import bundled_files, env_paths, user_files
from regalign.frameworks.loader import load as _load
from regalign.frameworks.method_loader import default_method, load_method
from regalign.issues import Issue
from regalign.reports.mappings import MappingSelection, select_mappings
from regalign.schema.method import Method

PathLike = Union[str, "os.PathLike[str]"]
DateLike = Union[date, str, None]

# In-process memo of loaded corpora: (paths, bundled, REGALIGN_DATA) -> (file stamps, corpus). A
# notebook calling compare() again and again reads no file twice; an edited file changes its stamp.
_LOADED: dict[tuple[Any, ...], tuple[tuple[Any, ...], Corpus]] = {}


class CorpusError(Exception):
    """Raised when data or a method file has errors; ``issues`` holds every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        errors = [i for i in issues if i.is_error]
        shown = "\n".join(i.as_text() for i in errors[:10])
        more = f"\n... and {len(errors) - 10} more" if len(errors) > 10 else ""
        super().__init__(f"{len(errors)} error(s) in the data:\n{shown}{more}")


def load(*paths: PathLike, bundled: bool = True) -> Corpus:
    """Load the bundled corpus plus any extra files or directories, and return the Corpus.

    >>> corpus = regalign.load()                     # doctest: +SKIP
    >>> corpus.frameworks["eu-ai-act"].short_title   # doctest: +SKIP

    Raises :class:`CorpusError` listing every problem if the data has errors; use
    :func:`validate` to get the problems as values instead.
    """
    key = (tuple(os.fspath(p) for p in paths), bundled, os.environ.get("REGALIGN_DATA", ""))
    stamps = _stamps(paths, bundled)
    cached = _LOADED.get(key)
    if cached is not None and cached[0] == stamps:
        return cached[1]
    result = _load(paths, bundled=bundled)
    if not result.valid:
        raise CorpusError(result.issues)
    _LOADED[key] = (stamps, result.corpus)
    return result.corpus


def _stamps(paths: Sequence[PathLike], bundled: bool) -> tuple[Any, ...]:
    """Name, size and modification time of every file a load would read."""
    sources = [*(bundled_files() if bundled else []), *user_files([*env_paths(), *paths])]
    stamps = []
    for source in sources:
        where = source.path if source.path is not None else str(source.resource)
        try:
            info = os.stat(where)
            stamps.append((source.name, info.st_size, info.st_mtime_ns))
        except (OSError, TypeError, ValueError):
            stamps.append((source.name, None, None))
    return tuple(stamps)


def as_date(value: DateLike, name: str = "as_of") -> date:
    """A date from a date, a datetime or an ISO string ('2026-08-02'); today (see regalign.clock) for None."""
    if value is None:
        return today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"{name} must be a date or an ISO date string, not {type(value).__name__}")


def validate(*paths: PathLike, bundled: bool = True) -> list[Issue]:
    """Check files and return every issue, sorted.

    With paths, they are checked together with the bundled corpus (unless ``bundled=False``) and
    the issues in the given files are returned; with none, the bundled corpus itself is checked.
    """
    result = _load(paths, bundled=bundled)
    if not paths:
        return result.issues
    mine = set(result.user_files)
    return [issue for issue in result.issues if issue.file in mine]


def method(path: PathLike | None = None, *, corpus: Corpus | None = None) -> Method:
    """The comparison method: the bundled defaults, overridden by the YAML file at ``path`` if given.

    Topic weights must name topics of the corpus's taxonomy (the bundled corpus unless ``corpus``).
    """
    if path is None:
        return default_method()
    found, issues = load_method(os.fspath(path), (corpus or load()).topics)
    if found is None:
        raise CorpusError(issues)
    return found


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

    ``as_of`` (a date or an ISO string) defaults to today; the bundled corpus is loaded once per
    process unless ``corpus`` is given; ``topic`` narrows to a topic and its descendants; signed or
    adopted instruments not yet in force count as pending unless ``pending_as_binding``.
    Sides may be selections: ``"eu-ai-act+eu-gpai-code-of-practice"``, ``"EU~eu-kr-dta"``.
    Instruments both sides are party to are reported in ``result.joint`` (the conformity view)
    rather than counted on both sides, unless ``include_shared``. Every unit has a *now* and an
    *as adopted* horizon: ``result.topics[i].now`` and ``.adopted``.
    """
    return _compare(
        corpus or load(),
        a,
        b,
        as_of=as_of_date(as_of),
        topic=topic,
        method=method or default_method(),
        pending_as_binding=pending_as_binding,
        include_shared=include_shared,
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
    return _explain(
        compare(
            a,
            b,
            as_of=as_of,
            corpus=corpus,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
        ),
        topic,
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
    return index_matrix(
        corpus or load(),
        sides,
        as_of=as_of_date(as_of),
        method=method or default_method(),
        topic=topic,
        pending_as_binding=pending_as_binding,
        include_shared=include_shared,
    )


def stances(
    *sides: str,
    as_of: DateLike = None,
    topic: str | None = None,
    corpus: Corpus | None = None,
    pending_as_binding: bool = False,
) -> StanceMatrix:
    """The divergence matrix: each side's stance on every topic any of them addresses."""
    return stance_matrix(
        corpus or load(),
        sides,
        as_of=as_of_date(as_of),
        topic=topic,
        pending_as_binding=pending_as_binding,
    )


def as_of_date(value: DateLike) -> date:
    """``as_of`` as a date (see :func:`as_date`)."""
    return as_date(value, "as_of")


def crosswalk(
    *sides: str, crosswalk_id: str | None = None, corpus: Corpus | None = None
) -> MappingSelection:
    """The curated relations between two sides (or of one crosswalk, or all), ready to export.

    ``regalign.crosswalk("EU", "KR").to_oscal()`` / ``.to_sssom()`` give the texts that
    ``regalign export`` writes.
    """
    return select_mappings(corpus or load(), sides, crosswalk_id)
