"""Matrices over any number of sides: topic x side stances, and side x side alignment index (now)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

from regalign.comparisons import magnitude
from regalign.comparisons.applicability import NOW, Starts
from regalign.comparisons.notebook import IndexMatrixView, StanceMatrixView
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import ProvisionRef, Side
from regalign.comparisons.rollup import topic_order
from regalign.comparisons.scoring import (
    INTENSITY_LABELS,
    Linked,
    StanceFeatures,
    combine,
    features,
    similarities,
    weight_vector,
)
from regalign.comparisons.sides import FORCE_LABELS, joint_instruments, resolve_side
from regalign.comparisons.stances import linked_sanctions, side_refs
from regalign.comparisons.units import SideIndex, related, tagged_topics
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


@dataclass(frozen=True)
class StanceCell:
    """What one side has on one topic: how many provisions, how binding, how demanding."""

    count: int
    force: str
    intensity: str


@dataclass(frozen=True, repr=False)
class StanceMatrix(StanceMatrixView):
    """Rows are topics, columns are sides; a missing cell means the side is silent."""

    sides: tuple[Side, ...]
    topics: tuple[str, ...]
    labels: dict[str, str]
    cells: dict[tuple[str, str], StanceCell]
    as_of: date


@dataclass(frozen=True, repr=False)
class IndexMatrix(IndexMatrixView):
    """Alignment index (now) for every pair of sides (the diagonal is 1; None when neither side speaks)."""

    specs: tuple[str, ...]
    values: tuple[tuple[Optional[float], ...], ...]
    as_of: date


def stance_matrix(corpus: Corpus, specs: Sequence[str], *, as_of: date, topic: Optional[str] = None,
                  pending_as_binding: bool = False) -> StanceMatrix:
    """The divergence matrix: every topic any side tags, and each side's own stance on it (now)."""
    sides = tuple(resolve_side(corpus, spec, [s for s in specs if s != spec]) for spec in specs)
    starts = Starts(corpus)
    cells: dict[tuple[str, str], StanceCell] = {}
    for side in sides:
        refs = side_refs(corpus, side, frozenset(), starts, as_of, topic, NOW, pending_as_binding)
        linked = linked_sanctions(corpus, starts, as_of, NOW, refs)
        for topic_id, group in tagged_topics(refs, topic).items():
            feats = features(group, linked, None)
            cells[(topic_id, side.spec)] = StanceCell(len(feats.provisions), FORCE_LABELS[feats.force],
                                                      INTENSITY_LABELS[feats.intensity])
    topics = tuple(sorted({t for t, _ in cells}, key=topic_order))
    labels = {t: corpus.topics[t].label if t in corpus.topics else t for t in topics}
    return StanceMatrix(sides, topics, labels, cells, as_of)


class PairScorer:
    """The alignment index of pairs of sides, with per-side work cached across pairs.

    Gives exactly compare()'s index at the *now* horizon: the same sides, joint instruments, units,
    features and relations, without the provenance, caps, sensitivity and timeline that the
    index does not need.
    """

    def __init__(self, corpus: Corpus, method: Method, as_of: date, topic: Optional[str],
                 pending_as_binding: bool, include_shared: bool = False) -> None:
        self.corpus, self.method, self.as_of, self.topic = corpus, method, as_of, topic
        self.pending_as_binding, self.include_shared = pending_as_binding, include_shared
        self.relations = RelationIndex(corpus)
        self.starts = Starts(corpus)
        self.weights = weight_vector(method.dimensions)
        self._refs: dict[tuple[tuple[str, ...], frozenset[str], frozenset[str]], tuple] = {}  # type: ignore[type-arg]
        self._features: dict[tuple[str, ...], StanceFeatures] = {}
        self._by_topic: dict[tuple[int, str], StanceFeatures] = {}  # keyed by the side index (kept in _refs)
        self._weights: dict[str, float] = {}
        self._with_links: dict[int, set[str]] = {}

    def index(self, spec_a: str, spec_b: str) -> Optional[float]:
        """compare(spec_a, spec_b).index, following the same three matching rules (see units.py) but
        scoring only the topics where both sides end up speaking."""
        side_a = resolve_side(self.corpus, spec_a, [spec_b])
        side_b = resolve_side(self.corpus, spec_b, [spec_a])
        drop_a, drop_b = (frozenset(), frozenset()) if self.include_shared else \
            joint_instruments(self.corpus, side_a, side_b)
        refs_a, linked_a, index_a = self._side(side_a, drop_a)
        refs_b, linked_b, index_b = self._side(side_b, drop_b)
        if not refs_a and not refs_b:
            return None
        linked = {**linked_a, **linked_b}
        own_a, own_b = index_a.own, index_b.own
        shared = own_a.keys() & own_b.keys()
        # The index's denominator is the weight of every topic either side tags; the numerator needs only the
        # topics where both sides speak: tagged by both, or one side's tag met by the other's subtree or by a
        # curated relation (units.py). Weights are summed exactly, so the result equals compare()'s.
        weights = [*(self._weight(t) for t in own_a), *(self._weight(t) for t in own_b),
                   *(-self._weight(t) for t in shared)]
        terms = [self._term(t, own_a[t], own_b[t], self._own_feats(index_a, t, linked),
                            self._own_feats(index_b, t, linked)) for t in shared]
        for mine, theirs, flip in ((index_a, index_b, False), (index_b, index_a, True)):
            for topic in self._joinable(mine, theirs) - shared:
                other = theirs.below.get(topic) or related(mine.own[topic], theirs.by_id, self.relations,
                                                           self.method.matching.relation_min_strength)
                if other:
                    pair = (self._own_feats(mine, topic, linked), self._feats(other, linked))
                    terms.append(self._term(topic, None, None, *(pair[::-1] if flip else pair)))
        total = math.fsum(weights)
        return math.fsum(terms) / total if total else None

    def _term(self, topic: str, a: object, b: object, fa: StanceFeatures, fb: StanceFeatures) -> float:
        relation, _ = self.relations.best(fa.provisions, fb.provisions)
        found = magnitude.gaps(fa.quantities, fb.quantities, self.method.magnitude)
        return self._weight(topic) * combine(similarities(fa, fb, relation, found), self.weights)

    def _joinable(self, mine: SideIndex, theirs: SideIndex) -> set[str]:
        """My tagged topics the other side could join: it tags beneath them, or a relation links my provisions."""
        linked_ids = self.relations.linked(self.method.matching.relation_min_strength)
        key = id(mine)
        if key not in self._with_links:
            self._with_links[key] = {t for t, refs in mine.own.items() if any(r.id in linked_ids for r in refs)}
        return (mine.own.keys() & theirs.below.keys()) | self._with_links[key]

    def _side(self, side: Side, drop: frozenset[str]) -> tuple:  # type: ignore[type-arg]
        key = (side.framework_ids, side.parties, drop)
        if key not in self._refs:
            refs = side_refs(self.corpus, side, drop, self.starts, self.as_of, self.topic, NOW,
                             self.pending_as_binding)
            linked = linked_sanctions(self.corpus, self.starts, self.as_of, NOW, refs)
            self._refs[key] = (refs, linked, SideIndex.of(refs, self.topic))
        return self._refs[key]

    def _own_feats(self, index: SideIndex, topic: str, linked: Linked) -> StanceFeatures:
        key = (id(index), topic)
        if key not in self._by_topic:
            self._by_topic[key] = self._feats(index.own[topic], linked)
        return self._by_topic[key]

    def _weight(self, topic: str) -> float:
        if topic not in self._weights:
            self._weights[topic] = self.method.topic_weight(topic)
        return self._weights[topic]

    def _feats(self, refs: Sequence[ProvisionRef], linked: Linked) -> StanceFeatures:
        key = tuple(sorted({r.id for r in refs}))
        if key not in self._features:
            self._features[key] = features(refs, linked, self.method.exchange_rates)
        return self._features[key]


def index_matrix(corpus: Corpus, specs: Sequence[str], *, as_of: date, method: Method,
                 topic: Optional[str] = None, pending_as_binding: bool = False,
                 include_shared: bool = False) -> IndexMatrix:
    """Alignment index for all pairs of sides; each pair's sides are resolved for that pair."""
    scorer = PairScorer(corpus, method, as_of, topic, pending_as_binding, include_shared)
    size = len(specs)
    values: list[list[Optional[float]]] = [[None] * size for _ in range(size)]
    for i in range(size):
        for j in range(i, size):
            values[i][j] = values[j][i] = scorer.index(specs[i], specs[j])
    return IndexMatrix(tuple(specs), tuple(tuple(row) for row in values), as_of)
