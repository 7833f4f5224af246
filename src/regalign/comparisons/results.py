"""Result types of a comparison: everything renderers need, and the provenance of every number."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from regalign.comparisons.magnitude import KindGap
from regalign.schema.method import Method
from regalign.schema.records import Framework, Provision, Relation

ALIGNED = "aligned"
PARTIALLY_ALIGNED = "partially-aligned"
DIVERGENT = "divergent"
ONLY_A = "only-a"
ONLY_B = "only-b"
NOT_YET = "not-yet"  # neither side has a rule that applies yet at this horizon
# One side has rules; the other's rules on the topic are recorded but were not read, so the unit is
# neither "only one side" nor scored, and stays out of the index and the counts.
NOT_COMPARED = "not-compared"
VERDICTS = (ALIGNED, PARTIALLY_ALIGNED, DIVERGENT, ONLY_A, ONLY_B, NOT_YET, NOT_COMPARED)
ONE_SIDED = (
    ONLY_A,
    ONLY_B,
    NOT_COMPARED,
)  # verdicts with no score: one side speaks, or not compared
GRADED = (DIVERGENT, PARTIALLY_ALIGNED, ALIGNED)  # weakest first

APPLIES = "applies"
PENDING = "pending"
SCHEDULED = "scheduled"
NOT_YET_ADOPTED = "not-yet-adopted"
EXPIRED = "expired"

GENERAL_SUFFIX = "#general"  # unit id of a parent topic's own provisions


@dataclass(frozen=True)
class LeftOut:
    """An instrument a side does not hold although its jurisdiction is party to it, and why."""

    framework_id: str
    reason: str


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a framework, a jurisdiction's instruments, or a chosen set of them."""

    spec: str
    label: str
    kind: str  # "framework", "jurisdiction" or "selection"
    framework_ids: tuple[str, ...]
    parties: frozenset[str]
    left_out: tuple[LeftOut, ...] = ()  # instruments that concern someone beyond the pair


@dataclass(frozen=True)
class ProvisionRef:
    """A provision in a stance, with everything needed to cite it."""

    id: str
    framework: Framework
    provision: Provision
    status: str
    force_level: int
    force_label: str
    start: date | None = None  # first day it applies, after depends_on; None when not fixed
    via: str = ""  # how it joined the unit: "" (tagged), "subtree" or "relation"

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
    similarity: float | None  # None when the dimension does not apply to this topic
    contribution: float  # normalised weight x similarity; contributions sum to the score


@dataclass(frozen=True)
class RelationUsed:
    """A curated relation that fed the relation dimension."""

    crosswalk_id: str
    relation: Relation


@dataclass(frozen=True)
class CapApplied:
    """A cap that fired: its name, the highest verdict it allows, and why it fired."""

    name: str
    bound: str
    reason: str


BEST_EFFORTS_LEVEL = (
    2  # force levels: binding 3, best-efforts 2, voluntary or pending 1, non-binding 0
)

# How two provisions came to be compared, strongest basis first (see comparisons/pairs.py).
SAME_PROVISION = "same-provision"
CURATED = "curated-relation"
OPPOSITE_DIRECTION = "opposite-direction"
SAME_MEASURE = "same-measure"
SAME_CONDUCT = "same-sanctioned-conduct"
SAME_ADDRESSEES = "same-addressees"
BASES = (SAME_PROVISION, CURATED, OPPOSITE_DIRECTION, SAME_MEASURE, SAME_CONDUCT, SAME_ADDRESSEES)


@dataclass(frozen=True)
class Pair:
    """Two provisions, one from each side, compared with each other: the evidence of a unit."""

    a: ProvisionRef
    b: ProvisionRef
    basis: str  # one of BASES
    score: float
    verdict: str  # the thresholds' verdict, bounded by the pair's own caps
    dimensions: tuple[DimensionResult, ...] = ()
    relations: tuple[RelationUsed, ...] = ()
    caps: tuple[CapApplied, ...] = ()
    gaps: tuple[KindGap, ...] = ()  # one per measure both provisions state
    own_gaps: tuple[KindGap, ...] = ()  # the same, for numbers the provisions state themselves
    opposite: bool = False  # the two rules point in opposite directions


@dataclass(frozen=True)
class Assessment:
    """One unit at one horizon: the two stances, their pairs, the score, the verdict and how they arose.

    ``pairs`` are the evidence; ``unpaired_a``/``unpaired_b`` are each side's coverage gaps.
    ``dimensions`` are those of the leading pair (the most binding one), which the sentences quote;
    ``caps`` are the unit's caps with their reasons.
    """

    stance_a: tuple[ProvisionRef, ...]
    stance_b: tuple[ProvisionRef, ...]
    score: float
    verdict: str
    dimensions: tuple[DimensionResult, ...] = ()
    relations: tuple[RelationUsed, ...] = ()
    caps: tuple[CapApplied, ...] = ()
    uncapped: str = ""  # the verdict the thresholds alone give
    gaps: tuple[KindGap, ...] = ()  # those of every pair
    own_gaps: tuple[KindGap, ...] = ()  # the same, for numbers the provisions state themselves
    score_low: float = 0.0
    score_high: float = 0.0
    fragile: bool = False
    pairs: tuple[Pair, ...] = ()
    unpaired_a: tuple[ProvisionRef, ...] = ()
    unpaired_b: tuple[ProvisionRef, ...] = ()
    supporting: tuple[
        ProvisionRef, ...
    ] = ()  # soft provisions behind a binding stance of their side
    pair_mean: float | None = None  # mean pair score, before the coverage factor
    coverage: float | None = None  # share of both sides' provisions that are in a pair
    # The verdict on the rules as read, where an adopted change nobody read withdraws the verdict:
    # the figures count the unit at it (its present reading), the rows say 'not compared'.
    read_verdict: str = ""
    withdrawn_from: date | None = (
        None  # the day the unread change that withdrew the verdict applies
    )

    @property
    def lead(self) -> Pair | None:
        """The leading pair: the most binding, most demanding one (the first pair)."""
        return self.pairs[0] if self.pairs else None

    @property
    def scored(self) -> bool:
        """True when both sides speak and were compared, so the score compares two stances."""
        return bool(self.stance_a and self.stance_b) and self.verdict != NOT_COMPARED

    @property
    def speaks(self) -> bool:
        """True when either side has rules on the unit at this horizon, compared or not."""
        return bool(self.stance_a or self.stance_b)

    @property
    def counts(self) -> bool:
        """True when either side speaks and the unit was compared (it enters the index at this
        horizon)."""
        return self.speaks and (self.verdict != NOT_COMPARED or bool(self.read_verdict))

    @property
    def figure_verdict(self) -> str:
        """The verdict the figures count: the verdict, or the one on the rules as read where an
        unread change withdrew it."""
        return self.read_verdict or self.verdict

    @property
    def both_in_figures(self) -> bool:
        """True when both sides speak and the figures count the unit."""
        return bool(self.stance_a and self.stance_b) and self.counts

    @property
    def speaker(self) -> str | None:
        """ONLY_A or ONLY_B when exactly one side speaks (whatever the verdict), else None."""
        if bool(self.stance_a) == bool(self.stance_b):
            return None
        return ONLY_A if self.stance_a else ONLY_B


@dataclass(frozen=True)
class TopicResult:
    """One comparison unit: a topic (or a parent topic's own provisions) at both horizons.

    The attributes ``score``, ``verdict``, ``stance_a`` ... read the *now* horizon; ``adopted``
    holds every adopted rule, each from its own date, and ``adopted_from`` the date from which
    the adopted verdict holds when it differs from today's.
    """

    unit_id: str
    topic_id: str
    label: str
    weight: float
    now: Assessment
    adopted: Assessment
    adopted_from: date | None = None
    joint: tuple[JointCommitment, ...] = ()  # commitments of joint instruments on this topic
    outside_a: tuple[
        str, ...
    ] = ()  # instruments of A's jurisdiction, outside side A, on this topic
    outside_b: tuple[str, ...] = ()
    unread_a: tuple[str, ...] = ()  # A's provisions on this topic recorded but not read (left out)
    unread_b: tuple[str, ...] = ()
    # The topic's sector when A holds no law of it ('financial-services'): A's silence is the
    # corpus's reach, not A's law, so a unit where only B speaks is not compared.
    unreached_a: str = ""
    unreached_b: str = ""

    stance_a = property(lambda self: self.now.stance_a, doc="Side A's provisions now.")
    stance_b = property(lambda self: self.now.stance_b, doc="Side B's provisions now.")
    score = property(lambda self: self.now.score, doc="The score now.")
    verdict = property(lambda self: self.now.verdict, doc="The verdict now.")
    dimensions = property(lambda self: self.now.dimensions, doc="The dimensions of the score now.")
    relations = property(
        lambda self: self.now.relations, doc="The curated relations behind the score now."
    )
    caps = property(lambda self: self.now.caps, doc="The caps that fired now.")
    score_low = property(lambda self: self.now.score_low, doc="5th percentile of the score now.")
    score_high = property(lambda self: self.now.score_high, doc="95th percentile of the score now.")
    fragile = property(
        lambda self: self.now.fragile, doc="Whether the verdict now flips under varied weights."
    )

    @property
    def pending_a(self) -> tuple[ProvisionRef, ...]:
        """Side A's adopted provisions that do not apply yet."""
        now = {r.id for r in self.now.stance_a}
        return tuple(r for r in self.adopted.stance_a if r.id not in now or r.status == PENDING)

    @property
    def pending_b(self) -> tuple[ProvisionRef, ...]:
        """Side B's adopted provisions that do not apply yet."""
        now = {r.id for r in self.now.stance_b}
        return tuple(r for r in self.adopted.stance_b if r.id not in now or r.status == PENDING)

    @property
    def silent_until(self) -> date | None:
        """For a unit only one side regulates today: the first day a rule of the other side starts to
        apply (the day 'only Korea' stops holding), which may come before ``adopted_from``, the day
        the last adopted rule applies; for a unit on which nothing applies yet, the first day any
        rule does; None otherwise, or when no such day is fixed."""
        if self.now.verdict == ONLY_A:
            waiting = self.pending_b
        elif self.now.verdict == ONLY_B:
            waiting = self.pending_a
        elif self.now.verdict == NOT_YET:
            # Nothing applies on either side: the first rule of either side to apply ends that
            # (round 23, EU-JP: "nothing applies yet until 2 Aug 2028" beside Art. 6(2) and
            # Annex III applying from 2 Dec 2027).
            waiting = (*self.pending_a, *self.pending_b)
        else:
            return None
        # Only rules that do not apply yet: a rule that applies but joins the unit only as adopted
        # (through a relation to a rule of this side that waits) does not end the silence on a day.
        return min(
            (r.start for r in waiting if r.start is not None and r.status != APPLIES), default=None
        )

    @property
    def is_general(self) -> bool:
        """True for the unit holding a parent topic's own provisions."""
        return self.unit_id.endswith(GENERAL_SUFFIX)


@dataclass(frozen=True)
class RollupRow:
    """A topic of the hierarchy: the one verdict shown for its id, from the units beneath it."""

    topic_id: str
    label: str
    depth: int
    score: float
    weight: float
    topics: int
    verdict: str
    score_adopted: float = 0.0
    verdict_adopted: str = ""
    mixed: bool = False  # a one-sided verdict resting on a majority of the units beneath (now)
    mixed_adopted: bool = False  # the same, as adopted


@dataclass(frozen=True)
class Coverage:
    """A share with its parts, so it can be checked by hand."""

    count: int
    total: int

    @property
    def share(self) -> float | None:
        """count / total, or None when total is 0."""
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class Figures:
    """The pair figures at one horizon."""

    index: float | None
    index_low: float | None
    index_high: float | None
    overlap: Coverage
    a_to_b: Coverage
    b_to_a: Coverage

    @property
    def heterogeneity(self) -> float | None:
        """1 - index: the regulatory heterogeneity of the pair."""
        return None if self.index is None else 1 - self.index


@dataclass(frozen=True)
class TimelineEntry:
    """A coming date: a provision that starts to apply, or an instrument event, or a pending instrument."""

    date: date | None
    framework_id: str
    framework: str
    what: str
    pinpoints: tuple[str, ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class DomesticRule:
    """One side's own provisions set against a joint commitment, with the conformity verdict."""

    side: str  # "a" or "b"
    provisions: tuple[ProvisionRef, ...]
    verdict: str  # consistent, stricter, in-tension, arguably-outside, no-domestic-rule, not-read,
    # against-not-judged
    reason: str
    against: tuple[
        ProvisionRef, ...
    ] = ()  # the provisions set against it (curated, or on the record)
    changed_by: str = ""  # for 'not-read': the unread change to the side's rules on the topic
    outside_by: str = ""  # for 'arguably-outside': the treaty clause that arguably leaves it out
    lead: ProvisionRef | None = None  # the provision that speaks for the side (its reason's first)
    # For 'not-read': the verdict on the side's rules as read, before the unread change (round 48,
    # EU-JP: "not assessed" alone told the reader nothing of Japan's law in force today).
    read_verdict: str = ""


@dataclass(frozen=True)
class JointCommitment:
    """A provision of an instrument both sides are party to, and each side's own law against it."""

    commitment: ProvisionRef
    topic_id: str
    a: DomesticRule
    b: DomesticRule


@dataclass(frozen=True, repr=False)
class Comparison:
    """Everything about one comparison of two sides at a date."""

    side_a: Side
    side_b: Side
    as_of: date
    topic_prefix: str | None
    pending_as_binding: bool
    method: Method
    topics: tuple[TopicResult, ...]
    rollup: tuple[RollupRow, ...]
    now: Figures
    adopted: Figures
    timeline: tuple[TimelineEntry, ...]
    pending: tuple[str, ...] = field(default=())
    include_shared: bool = False
    joint_instruments: tuple[str, ...] = ()
    joint: tuple[JointCommitment, ...] = ()

    index = property(lambda self: self.now.index, doc="The alignment index now.")
    index_low = property(lambda self: self.now.index_low, doc="5th percentile of the index now.")
    index_high = property(lambda self: self.now.index_high, doc="95th percentile of the index now.")
    index_adopted = property(
        lambda self: self.adopted.index, doc="The index once every adopted rule applies."
    )
    heterogeneity = property(lambda self: self.now.heterogeneity, doc="1 - index, now.")
    coverage_overlap = property(
        lambda self: self.now.overlap, doc="Units both sides speak on, now."
    )
    coverage_a_to_b = property(
        lambda self: self.now.a_to_b, doc="A's provisions on units B also speaks on, now."
    )
    coverage_b_to_a = property(
        lambda self: self.now.b_to_a, doc="B's provisions on units A also speaks on, now."
    )

    @property
    def verdict_counts(self) -> dict[str, int]:
        """Number of units per verdict now, in a fixed order."""
        return count_verdicts(t.now.figure_verdict for t in self.topics)

    @property
    def verdict_counts_adopted(self) -> dict[str, int]:
        """Number of units per verdict as adopted, in a fixed order."""
        return count_verdicts(t.adopted.figure_verdict for t in self.topics)

    def topic(self, unit_id: str) -> TopicResult | None:
        """The result for one unit (a topic id, or 'topic#general'), if either side addresses it."""
        return next((t for t in self.topics if t.unit_id == unit_id), None)


def count_verdicts(verdicts: Iterable[str]) -> dict[str, int]:
    """How many of each verdict, every verdict named, in a fixed order."""
    counts = {verdict: 0 for verdict in VERDICTS}
    for verdict in verdicts:
        counts[verdict] += 1
    return counts
