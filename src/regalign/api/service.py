"""The application service: the one way from files to results, for the CLI and the notebook alike.

A :class:`Service` is made for one set of data (the bundled corpus, ``REGALIGN_DATA`` and the paths
given). It owns what every front end needs and must not do twice or differently:

- **loading**: the files are listed, read and parsed by ``frameworks/loader.py``; the service keeps
  the result for as long as no file changes (name, size, modification time) and, across processes,
  in the corpus cache;
- **caching**: the corpus cache and the comparison cache (``api/cache.py``); the third kind of entry
  in the same store, finished briefings, is keyed without loading anything (``api/outputs.py``);
- **the method**: the bundled one, or a method file read once and checked against the corpus's
  topics;
- **the date**: a date given as a ``date``, a ``datetime`` or an ISO string, and today
  (``regalign.clock.today``: SOURCE_DATE_EPOCH if set, else the UTC date) when none is given.

Results are the plain data of ``comparisons/``; the notebook functions add their views on top, the
CLI renders them through ``reports/``.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import regalign.api.cache as cache  # (not "from regalign.api": the package imports this module)
from regalign.api.errors import CorpusError, MethodError
from regalign.api.inputs import DateLike, PathLike, as_date
from regalign.api.keys import FORMAT, cache_key, code_fingerprint
from regalign.api.sides import require_own_law
from regalign.clock import today
from regalign.comparisons.compare import compare as _compare
from regalign.comparisons.explain import Explanation
from regalign.comparisons.explain import explain as _explain
from regalign.comparisons.history import TimePoint, UnitChange, alignment_over_time, briefing_points
from regalign.comparisons.history import diff as _diff
from regalign.comparisons.mappings import MappingSelection, select_mappings
from regalign.comparisons.matrix import IndexMatrix, StanceMatrix, index_matrix, stance_matrix
from regalign.comparisons.results import Comparison, Side
from regalign.comparisons.sides import resolve_side
from regalign.frameworks import loader
from regalign.frameworks import sources as data_files
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.method_loader import default_method, load_method
from regalign.frameworks.rules import IssueRules
from regalign.frameworks.yamlsource import MAX_FILE_BYTES
from regalign.issues import MAX_ISSUES_PER_FILE
from regalign.schema.method import Method

T = TypeVar("T")


class Service:
    """Loading, caching, the method and the date default for one set of data (see the module doc)."""

    def __init__(
        self,
        paths: Sequence[PathLike] = (),
        *,
        bundled: bool = True,
        use_env: bool = True,
        max_bytes: int = MAX_FILE_BYTES,
        max_issues: int = MAX_ISSUES_PER_FILE,
        rules: IssueRules | None = None,
        exclude: Callable[[Path], bool] | None = None,
        skip_non_data: bool = False,
        editorial: bool = False,
    ) -> None:
        self.paths = tuple(os.fspath(p) for p in paths)
        self.bundled = bundled
        self.use_env = use_env
        self.max_bytes = max_bytes
        self.max_issues = max_issues
        # The linter's settings (see frameworks/loader.py): which issues to keep, which files walked
        # in directories to leave out, and whether to skip YAML that is not regalign data.
        self.rules = rules
        self.exclude = exclude
        self.skip_non_data = skip_non_data
        # Validating rather than loading to compare: the editorial checks run too (W410-W414).
        self.editorial = editorial
        self._loaded: tuple[tuple[Any, ...], loader.LoadResult] | None = None
        self._methods: dict[str | None, Method] = {}

    # -- the date -----------------------------------------------------------------------------

    @staticmethod
    def today() -> date:
        """Today: SOURCE_DATE_EPOCH if set, else the UTC date (ClockError for a bad SOURCE_DATE_EPOCH)."""
        return today()

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> loader.LoadResult:
        """The corpus and every issue: from this service while no file changed, else from the corpus
        cache when the same bytes were loaded before, else parsed and checked (and cached)."""
        sources = data_files.sources(
            self.paths, bundled=self.bundled, use_env=self.use_env, exclude=self.exclude
        )
        stamps = _stamps(sources)
        if self._loaded is not None and self._loaded[0] == stamps:
            return self._loaded[1]
        read = data_files.read_sources(sources, self.max_bytes)
        rules = self.rules
        if (
            rules is not None
            and not rules.active
            and not any(b"regalign:" in (r or b"") for _, r, _ in read)
        ):
            rules = None  # nothing to leave out: share the cache entry of the other commands
        key = cache_key(
            [
                (s.name, raw if raw is not None else (problem.message if problem else "").encode())
                for s, raw, problem in read
            ]
            + ([("\0rules", repr(rules).encode())] if rules is not None else [])
            + ([("\0skip", b"non-data")] if self.skip_non_data else [])
            + ([("\0editorial", b"W410-W414")] if self.editorial else []),
            self.max_bytes,
            self.max_issues,
        )
        found = cache.read(key, kind="corpus")
        if not isinstance(found, loader.LoadResult):
            found = loader.parse_sources(
                read,
                self.max_bytes,
                max_issues=self.max_issues,
                content_key=key,
                rules=rules,
                skip_non_data=self.skip_non_data,
                editorial=self.editorial,
            )
            cache.write(key, found, kind="corpus")
        self._loaded = (stamps, found)
        return found

    def corpus(self) -> Corpus:
        """The corpus; CorpusError, listing every problem, when the data has errors."""
        result = self.load()
        if not result.valid:
            raise CorpusError(result.issues)
        return result.corpus

    # -- the method ---------------------------------------------------------------------------

    def method(self, path: PathLike | None = None, *, corpus: Corpus | None = None) -> Method:
        """The bundled method, or the bundled one with the method file at ``path`` laid over it.

        The file is read once per service; its topic weights must name topics of the corpus (this
        service's, or ``corpus``'s, for which the file is read again). MethodError lists its problems.
        """
        key = None if path is None else os.fspath(path)
        if key is not None and corpus is not None:
            found, issues = load_method(key, corpus.topics)
            if found is None:
                raise MethodError(issues)
            return found
        if key not in self._methods:
            if key is None:
                self._methods[key] = default_method()
            else:
                found, issues = load_method(key, self.corpus().topics)
                if found is None:
                    raise MethodError(issues)
                self._methods[key] = found
        return self._methods[key]

    # -- results ------------------------------------------------------------------------------

    def side(self, spec: str, counterparts: Sequence[str] = ()) -> Side:
        """A side spec resolved against the corpus (SideError when it names nothing)."""
        return resolve_side(self.corpus(), spec, counterparts)

    def check_sides(self, specs: Sequence[str]) -> None:
        """SideError when a side names nothing, or when a jurisdiction side holds no instrument of
        its own (only treaties it shares with another of the sides; see ``api/sides.py``)."""
        corpus = self.corpus()
        for spec in specs:
            resolve_side(corpus, spec, [s for s in specs if s != spec])
        require_own_law(corpus, specs)

    def compare(
        self,
        a: str,
        b: str,
        *,
        as_of: DateLike = None,
        topic: str | None = None,
        method: Method | None = None,
        pending_as_binding: bool = False,
        include_shared: bool = False,
        corpus: Corpus | None = None,
    ) -> Comparison:
        """Compare two sides (see ``comparisons/compare.py``), from the comparison cache when the same
        corpus, method and request were compared before."""
        corpus = corpus or self.corpus()
        require_own_law(corpus, (a, b))
        method = method or self.method()
        day = as_date(as_of)
        return self._cached(
            ("compare", a, b, day, topic, pending_as_binding, include_shared),
            corpus,
            method,
            lambda: _compare(
                corpus,
                a,
                b,
                as_of=day,
                method=method,
                topic=topic,
                pending_as_binding=pending_as_binding,
                include_shared=include_shared,
            ),
        )

    def briefing(
        self,
        a: str,
        b: str,
        *,
        as_of: DateLike = None,
        topic: str | None = None,
        method: Method | None = None,
        pending_as_binding: bool = False,
        include_shared: bool = False,
        every_date: bool = False,
    ) -> tuple[Comparison, tuple[TimePoint, ...]]:
        """What a briefing needs: the comparison and the index on its other dates (every change date
        with ``every_date``), cached together."""
        corpus = self.corpus()
        require_own_law(corpus, (a, b))
        method = method or self.method()
        day = as_date(as_of)

        def make() -> tuple[Comparison, tuple[TimePoint, ...]]:
            result = _compare(
                corpus,
                a,
                b,
                as_of=day,
                method=method,
                topic=topic,
                pending_as_binding=pending_as_binding,
                include_shared=include_shared,
            )
            return result, tuple(briefing_points(corpus, result, method, every_date=every_date))

        return self._cached(
            ("briefing", a, b, day, topic, pending_as_binding, include_shared, every_date),
            corpus,
            method,
            make,
        )

    def explain(self, a: str, b: str, topic: str, **options: Any) -> Explanation:
        """How one topic's score arises; takes :meth:`compare`'s keywords. KeyError when neither side
        addresses the topic."""
        return _explain(self.compare(a, b, **options), topic)

    def index_matrix(
        self,
        sides: Sequence[str],
        *,
        as_of: DateLike = None,
        topic: str | None = None,
        method: Method | None = None,
        pending_as_binding: bool = False,
        include_shared: bool = False,
        corpus: Corpus | None = None,
    ) -> IndexMatrix:
        """The alignment index (now) of every pair of sides."""
        corpus = corpus or self.corpus()
        require_own_law(corpus, sides)
        return index_matrix(
            corpus,
            sides,
            as_of=as_date(as_of),
            method=method or self.method(),
            topic=topic,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
        )

    def stance_matrix(
        self,
        sides: Sequence[str],
        *,
        as_of: DateLike = None,
        topic: str | None = None,
        pending_as_binding: bool = False,
        corpus: Corpus | None = None,
    ) -> StanceMatrix:
        """Each side's stance on every topic any of them addresses."""
        corpus = corpus or self.corpus()
        require_own_law(corpus, sides)
        return stance_matrix(
            corpus,
            sides,
            as_of=as_date(as_of),
            topic=topic,
            pending_as_binding=pending_as_binding,
        )

    def timeline(
        self,
        a: str,
        b: str,
        *,
        start: date | None = None,
        end: date | None = None,
        topic: str | None = None,
        method: Method | None = None,
        include_shared: bool = False,
    ) -> list[TimePoint]:
        """The index and verdict counts on every date a rule of either side starts or stops applying."""
        corpus = self.corpus()
        require_own_law(corpus, (a, b))
        return alignment_over_time(
            corpus,
            a,
            b,
            method=method or self.method(),
            start=start,
            end=end,
            topic=topic,
            include_shared=include_shared,
        )

    def diff(
        self, a: str, b: str, before: DateLike, after: DateLike, **options: Any
    ) -> tuple[Comparison, Comparison, list[UnitChange]]:
        """The two comparisons and the units whose verdict changed between the dates."""
        first = self.compare(a, b, as_of=before, **options)
        second = self.compare(a, b, as_of=after, **options)
        return first, second, _diff(first, second)

    def crosswalk(
        self,
        sides: Sequence[str] = (),
        crosswalk_id: str | None = None,
        corpus: Corpus | None = None,
    ) -> MappingSelection:
        """The curated relations between two sides, of one crosswalk, or all (SelectionError, SideError)."""
        return select_mappings(corpus or self.corpus(), sides, crosswalk_id)

    # -- the comparison cache -------------------------------------------------------------------

    def _cached(
        self, request: tuple[Any, ...], corpus: Corpus, method: Method, make: Callable[[], T]
    ) -> T:
        """``make()``, kept in the comparison cache under the code, the corpus's bytes, the whole
        method and the request; a corpus built in code (no content key) is never cached."""
        if not corpus.content_key:
            return make()
        key = hashlib.sha256(
            json.dumps(
                [
                    FORMAT,
                    code_fingerprint(),
                    corpus.content_key,
                    method.model_dump_json(),
                    *request,
                ],
                default=str,
            ).encode("utf-8")
        ).hexdigest()
        found = cache.read(key, kind="comparison")
        if found is not None and _same_shape(found, request[0]):
            return found  # type: ignore[return-value]  # checked by _same_shape
        value = make()
        cache.write(key, value, kind="comparison")
        return value


def _same_shape(found: object, kind: str) -> bool:
    if kind == "compare":
        return isinstance(found, Comparison)
    return (
        isinstance(found, tuple)
        and len(found) == 2
        and isinstance(found[0], Comparison)
        and isinstance(found[1], tuple)
    )


def _stamps(sources: Sequence[data_files.SourceFile]) -> tuple[Any, ...]:
    """Name, size and modification time of every file a load would read."""
    stamps: list[tuple[str, int | None, int | None]] = []
    for source in sources:
        where = source.path if source.path is not None else str(source.resource)
        try:
            info = os.stat(where)
            stamps.append((source.name, info.st_size, info.st_mtime_ns))
        except (OSError, TypeError, ValueError):
            stamps.append((source.name, None, None))
    return tuple(stamps)
