"""Shared machinery of the fact tests: a table of expected values per record, and the checks that compare
the bundled corpus (or a deliberately corrupted copy) with it, returning every mismatch."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import load
from regalign.schema.quantities import Quantity


@lru_cache(maxsize=1)
def bundled() -> Corpus:
    return load(use_env=False).corpus


class Mismatch(NamedTuple):
    """One difference between a table and a corpus: record id, field, expected and actual value."""

    record: str
    field: str
    expected: Any
    actual: Any


def quantity_key(quantity: Quantity) -> tuple[Any, ...]:
    return (quantity.kind, quantity.value, quantity.unit, quantity.comparator)


def check_quantities(
    corpus: Corpus,
    table: Mapping[str, list[tuple[Any, ...]]],
    left_out: Mapping[str, int] | None = None,
) -> list[Mismatch]:
    """Provisions whose quantities differ from the table: an expected quantity is absent, or the record
    carries more quantities than the table plus the ones deliberately left out."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", tuple(expected), None))
            continue
        actual = tuple(quantity_key(q) for q in provision.quantities)
        absent = Counter(expected) - Counter(actual)
        surplus = len(actual) - len(expected) - (left_out or {}).get(pid, 0)
        if absent or surplus:
            found.append(Mismatch(pid, "quantities", tuple(expected), actual))
    return found


def check_sanction_links(corpus: Corpus, table: Mapping[str, frozenset[str]]) -> list[Mismatch]:
    """Duties whose ``sanctioned_by`` is not exactly the set in the table."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif frozenset(provision.sanctioned_by) != expected or len(provision.sanctioned_by) != len(
            expected
        ):
            found.append(Mismatch(pid, "sanctioned_by", expected, tuple(provision.sanctioned_by)))
    return found


def with_provision(pid: str, **update: Any) -> Corpus:
    """The bundled corpus with one provision's fields replaced: a seeded wrong value for a checker."""
    corpus = bundled()
    provisions = dict(corpus.provisions)
    provisions[pid] = provisions[pid].model_copy(update=update)
    return dataclasses.replace(corpus, provisions=provisions)


def with_framework(fid: str, **update: Any) -> Corpus:
    """The bundled corpus with one framework's fields replaced: a seeded wrong value for a checker."""
    corpus = bundled()
    frameworks = dict(corpus.frameworks)
    frameworks[fid] = frameworks[fid].model_copy(update=update)
    return dataclasses.replace(corpus, frameworks=frameworks)


def check_party_terms(
    corpus: Corpus, table: Mapping[str, tuple[frozenset[str], Any] | None]
) -> list[Mismatch]:
    """Treaty provisions whose ``party_term`` parties or kind differ from the table (None: no term)."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        term = provision.party_term
        actual = None if term is None else (frozenset(term.parties), term.kind)
        if actual != expected:
            found.append(Mismatch(pid, "party_term", expected, actual))
    return found


def check_records(
    records: Mapping[str, Any], table: Mapping[str, Any], field: str, read: Callable[[Any], Any]
) -> list[Mismatch]:
    """Records (frameworks or provisions by id) whose value, as ``read`` takes it, differs from the
    table's; a record the table names but the corpus lacks is 'missing'."""
    found: list[Mismatch] = []
    for key, expected in table.items():
        record = records.get(key)
        if record is None:
            found.append(Mismatch(key, "missing", expected, None))
            continue
        actual = read(record)
        if actual != expected:
            found.append(Mismatch(key, field, expected, actual))
    return found


def check_listed_source_types(
    corpus: Corpus, framework_id: str, expected: Mapping[str, Any]
) -> list[Mismatch]:
    """URL -> source type, as the framework's ``sources`` list types them."""
    listed = {str(s.url): s.type for s in corpus.frameworks[framework_id].sources}
    return [
        Mismatch(framework_id, url, kind, listed.get(url))
        for url, kind in expected.items()
        if listed.get(url) is not kind
    ]


def check_relation_table(
    corpus: Corpus, expected: Mapping[tuple[str, str], tuple[Any, int, bool]]
) -> list[Mismatch]:
    """(source, target) -> (relation type, strength, opposite): exactly one curated relation between
    the two provisions, in either direction, with those values."""
    found: list[Mismatch] = []
    for (source, target), values in expected.items():
        matches = [
            r.relation
            for r in corpus.relations
            if {r.relation.source, r.relation.target} == {source, target}
        ]
        if len(matches) != 1:
            found.append(Mismatch(f"{source} -> {target}", "relations", values, len(matches)))
            continue
        r = matches[0]
        actual = (r.relation, r.strength, r.opposite)
        if actual != values:
            found.append(Mismatch(f"{source} -> {target}", "relation", values, actual))
    return found


@lru_cache(maxsize=1)
def _editorial_issues() -> tuple[Any, ...]:
    return tuple(load(use_env=False, editorial=True).issues)


def file_issues(*endings: str, allowed: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    """(file name, code, path) of every error and warning, editorial rules included, in the bundled
    files whose paths end with ``endings``, except warnings whose code is ``allowed``."""
    return [
        (issue.file.rsplit("/", 1)[-1], issue.code, issue.path)
        for issue in _editorial_issues()
        if issue.file.endswith(endings) and (issue.is_error or issue.code not in allowed)
    ]
