"""Matrices over any number of sides: topic x side stances, and side x side alignment index (now)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from regalign.comparisons.applicability import NOW, Starts
from regalign.comparisons.index_at import index_at
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import Side
from regalign.comparisons.rollup import topic_order
from regalign.comparisons.scoring import (
    INTENSITY_LABELS,
    features,
)
from regalign.comparisons.sides import FORCE_LABELS, resolve_side
from regalign.comparisons.stances import linked_sanctions, side_refs
from regalign.comparisons.units import tagged_topics
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


@dataclass(frozen=True)
class StanceCell:
    """What one side has on one topic: how many provisions, how binding, how demanding."""

    count: int
    force: str
    intensity: str


@dataclass(frozen=True, repr=False)
class StanceMatrix:
    """Rows are topics, columns are sides; a missing cell means the side is silent."""

    sides: tuple[Side, ...]
    topics: tuple[str, ...]
    labels: dict[str, str]
    cells: dict[tuple[str, str], StanceCell]
    as_of: date


@dataclass(frozen=True, repr=False)
class IndexMatrix:
    """Alignment index (now) for every pair of sides (the diagonal is 1; None when neither side speaks)."""

    specs: tuple[str, ...]
    values: tuple[tuple[float | None, ...], ...]
    as_of: date


def stance_matrix(
    corpus: Corpus,
    specs: Sequence[str],
    *,
    as_of: date,
    topic: str | None = None,
    pending_as_binding: bool = False,
) -> StanceMatrix:
    """The divergence matrix: every topic any side tags, and each side's own stance on it (now)."""
    sides = tuple(resolve_side(corpus, spec, [s for s in specs if s != spec]) for spec in specs)
    starts = Starts(corpus)
    cells: dict[tuple[str, str], StanceCell] = {}
    for side in sides:
        refs = side_refs(corpus, side, frozenset(), starts, as_of, topic, NOW, pending_as_binding)
        linked = linked_sanctions(corpus, starts, as_of, NOW, refs)
        for topic_id, group in tagged_topics(refs, topic).items():
            feats = features(group, linked, None)
            cells[(topic_id, side.spec)] = StanceCell(
                len(feats.provisions), FORCE_LABELS[feats.force], INTENSITY_LABELS[feats.intensity]
            )
    topics = tuple(sorted({t for t, _ in cells}, key=topic_order))
    labels = {t: corpus.topics[t].label if t in corpus.topics else t for t in topics}
    return StanceMatrix(sides, topics, labels, cells, as_of)


def index_matrix(
    corpus: Corpus,
    specs: Sequence[str],
    *,
    as_of: date,
    method: Method,
    topic: str | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
) -> IndexMatrix:
    """Alignment index (now) for all pairs of sides: each pair is index_at()ed (compare() at the now horizon), its sides resolved for that
    pair, so that every cell is exactly the index `regalign compare A B` gives."""
    relations = RelationIndex(corpus)
    size = len(specs)
    values: list[list[float | None]] = [[None] * size for _ in range(size)]
    for i in range(size):
        for j in range(i, size):
            values[i][j] = values[j][i] = index_at(
                corpus,
                specs[i],
                specs[j],
                as_of=as_of,
                method=method,
                topic=topic,
                pending_as_binding=pending_as_binding,
                include_shared=include_shared,
                relations=relations,
            ).index
    return IndexMatrix(tuple(specs), tuple(tuple(row) for row in values), as_of)
