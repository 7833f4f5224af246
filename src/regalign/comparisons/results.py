"""Result types of a comparison: everything renderers need, and the provenance of every number."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from regalign.schema.method import Method
from regalign.schema.records import Framework, Provision, Relation

ALIGNED = "aligned"
PARTIALLY_ALIGNED = "partially-aligned"
DIVERGENT = "divergent"
ONLY_A = "only-a"
ONLY_B = "only-b"
VERDICTS = (ALIGNED, PARTIALLY_ALIGNED, DIVERGENT, ONLY_A, ONLY_B)

APPLIES = "applies"
PENDING = "pending"
SCHEDULED = "scheduled"
NOT_YET_ADOPTED = "not-yet-adopted"
EXPIRED = "expired"


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a framework, or a jurisdiction's instruments."""

    spec: str
    label: str
    kind: str  # "framework" or "jurisdiction"
    framework_ids: tuple[str, ...]
    parties: frozenset[str]


@dataclass(frozen=True)
class ProvisionRef:
    """A provision in a stance, with everything needed to cite it."""

    id: str
    framework: Framework
    provision: Provision
    status: str
    force_level: int
    force_label: str

    @property
    def pinpoint(self) -> str:
        """The pinpoint, marked when unverified."""
        if self.provision.pinpoint is None:
            return f"{self.provision.title} (no verified pinpoint)"
        text = self.provision.pinpoint
        return text if self.provision.pinpoint_verified else f"{text} (unverified)"


@dataclass(frozen=True)
class DimensionResult:
    """One dimension of a topic score: what each side has, how similar, and what it contributes."""

    name: str
    weight: float
    value_a: str
    value_b: str
    similarity: Optional[float]  # None when the dimension does not apply to this topic
    contribution: float  # normalised weight x similarity; contributions sum to the score


@dataclass(frozen=True)
class RelationUsed:
    """A curated relation that fed the relation dimension."""

    crosswalk_id: str
    relation: Relation


@dataclass(frozen=True)
class TopicResult:
    """The comparison on one topic: the two stances, the score, the verdict and how they arose."""

    topic_id: str
    label: str
    weight: float
    stance_a: tuple[ProvisionRef, ...]
    stance_b: tuple[ProvisionRef, ...]
    score: float
    verdict: str
    dimensions: tuple[DimensionResult, ...]
    relations: tuple[RelationUsed, ...]
    score_low: float
    score_high: float
    fragile: bool


@dataclass(frozen=True)
class RollupRow:
    """A topic of the hierarchy with the weighted mean of the topic scores beneath it."""

    topic_id: str
    label: str
    depth: int
    score: float
    weight: float
    topics: int
    verdict: str


@dataclass(frozen=True)
class Coverage:
    """A share with its parts, so it can be checked by hand."""

    count: int
    total: int

    @property
    def share(self) -> Optional[float]:
        """count / total, or None when total is 0."""
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class TimelineEntry:
    """A coming date: a provision that starts to apply, or an instrument event, or a pending instrument."""

    date: Optional[date]
    framework_id: str
    framework: str
    what: str
    pinpoints: tuple[str, ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class Comparison:
    """Everything about one comparison of two sides at a date."""

    side_a: Side
    side_b: Side
    as_of: date
    topic_prefix: Optional[str]
    pending_as_binding: bool
    method: Method
    topics: tuple[TopicResult, ...]
    rollup: tuple[RollupRow, ...]
    index: Optional[float]
    index_low: Optional[float]
    index_high: Optional[float]
    coverage_overlap: Coverage
    coverage_a_to_b: Coverage
    coverage_b_to_a: Coverage
    timeline: tuple[TimelineEntry, ...]
    pending: tuple[str, ...] = field(default=())

    @property
    def heterogeneity(self) -> Optional[float]:
        """1 - index: the regulatory heterogeneity of the pair."""
        return None if self.index is None else 1 - self.index

    @property
    def verdict_counts(self) -> dict[str, int]:
        """Number of topics per verdict, in a fixed order."""
        counts = {verdict: 0 for verdict in VERDICTS}
        for topic in self.topics:
            counts[topic.verdict] += 1
        return counts

    def topic(self, topic_id: str) -> Optional[TopicResult]:
        """The result for one topic, if either side addresses it."""
        return next((t for t in self.topics if t.topic_id == topic_id), None)
