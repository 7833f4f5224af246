"""Matrices over any number of sides: topic x side stances, and side x side alignment index (now)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from regalign.comparisons import magnitude
from regalign.comparisons.applicability import NOW, Starts
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


@dataclass(frozen=True)
class _PreparedSide:
    """One side's provisions at the *now* horizon, with everything the pairs it joins reuse."""

    refs: tuple[ProvisionRef, ...]
    linked: Linked
    index: SideIndex
    features: dict[str, StanceFeatures]  # per tagged topic
    weights: dict[str, float]  # per tagged topic
    with_links: frozenset[str]  # tagged topics with a provision a strong enough relation links


class PairScorer:
    """The alignment index of pairs of sides, with per-side work cached across pairs.

    Gives exactly compare()'s index at the *now* horizon: the same sides, joint instruments, units,
    features and relations, without the provenance, caps, sensitivity and timeline that the
    index does not need.
    """

    def __init__(
        self,
        corpus: Corpus,
        method: Method,
        as_of: date,
        topic: str | None,
        pending_as_binding: bool,
        include_shared: bool = False,
    ) -> None:
        self.corpus, self.method, self.as_of, self.topic = corpus, method, as_of, topic
        self.pending_as_binding, self.include_shared = pending_as_binding, include_shared
        self.relations = RelationIndex(corpus)
        self.starts = Starts(corpus)
        self.weights = weight_vector(method.dimensions)
        self.min_strength = method.matching.relation_min_strength
        self._sides: dict[
            tuple[tuple[str, ...], frozenset[str], frozenset[str]], _PreparedSide
        ] = {}
        self._features: dict[tuple[str, ...], StanceFeatures] = {}

    def index(self, spec_a: str, spec_b: str) -> float | None:
        """compare(spec_a, spec_b).index, following the same three matching rules (see units.py) but
        scoring only the topics where both sides end up speaking."""
        side_a = resolve_side(self.corpus, spec_a, [spec_b])
        side_b = resolve_side(self.corpus, spec_b, [spec_a])
        drop_a, drop_b = (
            (frozenset(), frozenset())
            if self.include_shared
            else joint_instruments(self.corpus, side_a, side_b)
        )
        a, b = self._prepare(side_a, drop_a), self._prepare(side_b, drop_b)
        if not a.refs and not b.refs:
            return None
        shared = a.features.keys() & b.features.keys()
        # The index's denominator is the weight of every topic either side tags; the numerator needs only the
        # topics where both sides speak: tagged by both, or one side's tag met by the other's subtree or by a
        # curated relation (units.py). Sums are exact (fsum), so the result equals compare()'s.
        weights = [*a.weights.values(), *b.weights.values(), *(-a.weights[t] for t in shared)]
        terms = [a.weights[t] * self._score(a.features[t], b.features[t]) for t in shared]
        for mine, theirs, flip in ((a, b, False), (b, a, True)):
            for topic in (
                (mine.features.keys() & theirs.index.below.keys()) | mine.with_links
            ) - shared:
                other = theirs.index.below.get(topic) or related(
                    mine.index.own[topic], theirs.index.by_id, self.relations, self.min_strength
                )
                if other:
                    pair = (mine.features[topic], self._feats(other, theirs.linked))
                    terms.append(mine.weights[topic] * self._score(*(pair[::-1] if flip else pair)))
        total = math.fsum(weights)
        return math.fsum(terms) / total if total else None

    def _score(self, fa: StanceFeatures, fb: StanceFeatures) -> float:
        relation, _ = self.relations.best(fa.provisions, fb.provisions)
        found = (
            magnitude.gaps(fa.quantities, fb.quantities, self.method.magnitude)
            if fa.quantities and fb.quantities
            else ()
        )
        return combine(similarities(fa, fb, relation, found), self.weights)

    def _prepare(self, side: Side, drop: frozenset[str]) -> _PreparedSide:
        key = (side.framework_ids, side.parties, drop)
        if key not in self._sides:
            refs = side_refs(
                self.corpus,
                side,
                drop,
                self.starts,
                self.as_of,
                self.topic,
                NOW,
                self.pending_as_binding,
            )
            # A provision's linked penalties depend on the provision and the day, not on the side it is in.
            linked = linked_sanctions(self.corpus, self.starts, self.as_of, NOW, refs)
            index = SideIndex.of(refs, self.topic)
            linked_ids = self.relations.linked(self.min_strength)
            self._sides[key] = _PreparedSide(
                tuple(refs),
                linked,
                index,
                {t: self._feats(group, linked) for t, group in index.own.items()},
                {t: self.method.topic_weight(t) for t in index.own},
                frozenset(
                    t for t, group in index.own.items() if any(r.id in linked_ids for r in group)
                ),
            )
        return self._sides[key]

    def _feats(self, refs: Sequence[ProvisionRef], linked: Linked) -> StanceFeatures:
        key = tuple(sorted({r.id for r in refs}))
        if key not in self._features:
            self._features[key] = features(refs, linked, self.method.exchange_rates)
        return self._features[key]


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
    """Alignment index for all pairs of sides; each pair's sides are resolved for that pair."""
    scorer = PairScorer(corpus, method, as_of, topic, pending_as_binding, include_shared)
    size = len(specs)
    values: list[list[float | None]] = [[None] * size for _ in range(size)]
    for i in range(size):
        for j in range(i, size):
            values[i][j] = values[j][i] = scorer.index(specs[i], specs[j])
    return IndexMatrix(tuple(specs), tuple(tuple(row) for row in values), as_of)
