"""Matrices over any number of sides: topic x side stances, and side x side alignment index."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

from regalign.comparisons.compare import topic_order
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import Side
from regalign.comparisons.scoring import (
    INTENSITY_LABELS,
    StanceFeatures,
    combine,
    features,
    similarities,
    weight_vector,
)
from regalign.comparisons.sides import FORCE_LABELS, resolve_side, side_provisions, stances_by_topic
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


@dataclass(frozen=True)
class StanceCell:
    """What one side has on one topic: how many provisions, how binding, how demanding."""

    count: int
    force: str
    intensity: str


@dataclass(frozen=True)
class StanceMatrix:
    """Rows are topics, columns are sides; a missing cell means the side is silent."""

    sides: tuple[Side, ...]
    topics: tuple[str, ...]
    labels: dict[str, str]
    cells: dict[tuple[str, str], StanceCell]
    as_of: date


@dataclass(frozen=True)
class IndexMatrix:
    """Alignment index for every pair of sides (the diagonal is 1; None when neither side speaks)."""

    specs: tuple[str, ...]
    values: tuple[tuple[Optional[float], ...], ...]
    as_of: date


def side_features(corpus: Corpus, side: Side, as_of: date, topic: Optional[str],
                  pending_as_binding: bool) -> dict[str, StanceFeatures]:
    """Features of the side's stance on every topic it addresses."""
    refs = side_provisions(corpus, side, as_of, topic, pending_as_binding)
    return {t: features(group) for t, group in stances_by_topic(refs, topic).items()}


def stance_matrix(corpus: Corpus, specs: Sequence[str], *, as_of: date, topic: Optional[str] = None,
                  pending_as_binding: bool = False) -> StanceMatrix:
    """The divergence matrix: every topic any side addresses, and each side's stance on it."""
    sides = tuple(resolve_side(corpus, spec, [s for s in specs if s != spec]) for spec in specs)
    cells: dict[tuple[str, str], StanceCell] = {}
    for side in sides:
        for topic_id, feats in side_features(corpus, side, as_of, topic, pending_as_binding).items():
            cells[(topic_id, side.spec)] = StanceCell(len(feats.provisions), FORCE_LABELS[feats.force],
                                                      INTENSITY_LABELS[feats.intensity])
    topics = tuple(sorted({t for t, _ in cells}, key=topic_order))
    labels = {t: corpus.topics[t].label if t in corpus.topics else t for t in topics}
    return StanceMatrix(sides, topics, labels, cells, as_of)


def pair_index(a: dict[str, StanceFeatures], b: dict[str, StanceFeatures], relations: RelationIndex,
               weights: Sequence[float], method: Method) -> Optional[float]:
    """The alignment index of two sides from their per-topic features (same result as compare()).

    Topics only one side addresses score 0 and only add their weight to the denominator, so the
    scoring work per pair is proportional to the topics both sides address. Sums are exact
    (math.fsum), so the result does not depend on the order topics are visited in.
    """
    weight_of = method.topic_weight
    denominator = math.fsum(weight_of(t) for t in a.keys() | b.keys())
    if not denominator:
        return None
    terms = []
    for topic_id in a.keys() & b.keys():
        fa, fb = a[topic_id], b[topic_id]
        relation, _ = relations.best(fa.provisions, fb.provisions)
        terms.append(weight_of(topic_id) * combine(similarities(fa, fb, relation), weights))
    return math.fsum(terms) / denominator


def index_matrix(corpus: Corpus, specs: Sequence[str], *, as_of: date, method: Method,
                 topic: Optional[str] = None, pending_as_binding: bool = False) -> IndexMatrix:
    """Alignment index for all pairs of sides; each pair's sides are resolved for that pair."""
    relations = RelationIndex(corpus)
    weights = weight_vector(method.dimensions)
    cache: dict[tuple[str, ...], dict[str, StanceFeatures]] = {}

    def feats(side: Side) -> dict[str, StanceFeatures]:
        if side.framework_ids not in cache:
            cache[side.framework_ids] = side_features(corpus, side, as_of, topic, pending_as_binding)
        return cache[side.framework_ids]

    size = len(specs)
    values: list[list[Optional[float]]] = [[None] * size for _ in range(size)]
    for i in range(size):
        for j in range(i, size):
            side_i = resolve_side(corpus, specs[i], [specs[j]])
            side_j = resolve_side(corpus, specs[j], [specs[i]])
            fi, fj = feats(side_i), feats(side_j)
            value = pair_index(fi, fj, relations, weights, method) if (fi or fj) else None
            values[i][j] = values[j][i] = value
    return IndexMatrix(tuple(specs), tuple(tuple(row) for row in values), as_of)
