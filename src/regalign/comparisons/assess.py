"""One unit at one horizon: its pairs, each scored on the named dimensions, and the unit verdict.

A pair's score is the weighted mean of the dimension similarities of its two provisions (scoring.py),
bounded by the caps that fire on it. The unit's score is the mean pair score (a pair of procedural
provisions counting half, pairs.pair_weight) times a coverage factor, ``1 - gap_weight x (1 - coverage)``, coverage being the share of both sides' provisions that
are in a pair (definitions, scope rules and the state's own machinery count half, pairs.COVERAGE_WEIGHTS); the unit verdict is the thresholds' verdict on that score, bounded by the unit caps
(caps.unit_caps). Both sides silent: nothing applies yet; one side silent: only that side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from regalign.comparisons import caps as cap_rules
from regalign.comparisons import magnitude
from regalign.comparisons.lone_condition import lone_condition
from regalign.comparisons.pairs import (
    PENALTY,
    Pairing,
    coverage,
    function,
    pair_up,
    pair_weight,
    runs_against,
)
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import (
    APPLIES,
    BASES,
    DIVERGENT,
    NOT_YET,
    Assessment,
    CapApplied,
    Pair,
    ProvisionRef,
)
from regalign.comparisons.scoring import (
    INTENSITY,
    Linked,
    StanceFeatures,
    describe,
    features,
    sanction_class,
    silent_verdict,
    verdict,
)
from regalign.comparisons.shape_lift import shape_lift
from regalign.comparisons.units import Unit
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method
from regalign.schema.vocab import InstrumentType, Modality, QuantityKind

NO_COUNTERPART = "no-counterpart"


@dataclass(frozen=True)
class Context:
    """What every unit of one comparison at one horizon is assessed with."""

    corpus: Corpus
    relations: RelationIndex
    weights: tuple[float, ...]
    method: Method
    linked: Linked
    labels: tuple[str, str]
    on: date | None  # the as-of date at the *now* horizon; None as adopted
    # Each side's provisions at this horizon, on every topic compared: where a provision's curated
    # counterpart may be filed under another topic (see elsewhere()).
    sides: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Each provision's features, computed once per context: a provision meets many counterparts.
    _features: dict[tuple[str, str, int], StanceFeatures] = field(
        default_factory=dict, compare=False, repr=False
    )

    def features_of(self, ref: ProvisionRef) -> StanceFeatures:
        """The provision's features at this horizon (see scoring.features)."""
        key = (ref.id, ref.status, ref.force_level)
        found = self._features.get(key)
        if found is None:
            found = features([ref], self.linked, self.method.exchange_rates, self.on)
            self._features[key] = found
        return found


def assess(unit: Unit, context: Context) -> Assessment:
    """The unit's pairs, gaps, score and verdict."""
    a, b = unit.a, unit.b
    if not a and not b:
        return Assessment((), (), 0.0, NOT_YET)
    silent = silent_verdict(bool(a), bool(b))
    if silent is not None:
        return Assessment(a, b, 0.0, silent)
    pairing = Pairing(context.corpus, context.relations, unit.topic_id)
    paired = pair_up(
        a, b, pairing, lambda x, y, basis: score_pair(x, y, basis, unit.topic_id, context)
    )
    found, unpaired_a, unpaired_b = paired.pairs, paired.gaps_a, paired.gaps_b
    if not found:
        reason = (
            f"no provision of {context.labels[0]} regulates what a provision of {context.labels[1]} "
            "does: they address different matters under this topic"
        )
        cap = CapApplied(NO_COUNTERPART, DIVERGENT, reason)
        return Assessment(
            a,
            b,
            0.0,
            DIVERGENT,
            caps=(cap,),
            uncapped=DIVERGENT,
            unpaired_a=unpaired_a,
            unpaired_b=unpaired_b,
            supporting=paired.supporting,
            pair_mean=None,
            coverage=0.0,
        )
    pairs = tuple(sorted(found, key=lead_key))
    weights = [pair_weight(p) for p in pairs]
    pair_mean = math.fsum(w * p.score for w, p in zip(weights, pairs)) / math.fsum(weights)
    in_pairs = {r.id: r for p in found for r in (p.a, p.b)}
    gaps = [
        *(r for r in unpaired_a if not elsewhere(r, b, context.sides[1], context.relations)),
        *(r for r in unpaired_b if not elsewhere(r, a, context.sides[0], context.relations)),
    ]
    covered = coverage(list(in_pairs.values()), gaps)
    factor = 1 - context.method.matching.gap_weight * (1 - covered)
    score = pair_mean * factor
    uncapped = verdict(score, context.method.thresholds)
    method = context.method
    found_caps = (
        *cap_rules.unit_caps(pairs),
        cap_rules.broad_shape(method.caps, unit.unit_id, pairs),
        cap_rules.guidance_lift(method.caps, pairs, weights, factor, method.thresholds),
        shape_lift(method.caps, pairs, weights, factor, method.thresholds),
        lone_condition(method.caps, pairs, gaps),
    )
    unit_caps = cap_rules.in_order(c for c in found_caps if c is not None)
    lead = pairs[0]
    return Assessment(
        a,
        b,
        score,
        cap_rules.bound(uncapped, [c.bound for c in unit_caps]),
        dimensions=lead.dimensions,
        relations=tuple(u for p in pairs for u in p.relations),
        caps=unit_caps,
        uncapped=uncapped,
        gaps=tuple(g for p in pairs for g in p.gaps),
        own_gaps=tuple(g for p in pairs for g in p.own_gaps),
        pairs=pairs,
        unpaired_a=unpaired_a,
        unpaired_b=unpaired_b,
        supporting=paired.supporting,
        pair_mean=pair_mean,
        coverage=covered,
    )


def elsewhere(
    ref: ProvisionRef,
    theirs_here: Sequence[ProvisionRef],
    theirs: frozenset[str],
    relations: RelationIndex,
) -> bool:
    """Whether a curated relation joins an unpaired provision to one of the other side's provisions
    filed under another topic: it is compared there, and is no gap in this unit's coverage (round
    40, EU-KR: AI Act Art. 50(4) on deep fakes, related to AI Basic Act Art. 31(3) under deep
    fakes, counted as a gap under the marking of AI-generated content)."""
    here = frozenset(r.id for r in theirs_here)
    return relations.counterpart_in(ref.id, theirs - here)


def score_pair(
    x: ProvisionRef, y: ProvisionRef, basis: str, topic_id: str, context: Context
) -> Pair:
    """Two provisions compared on every dimension, with the caps that fire on them."""
    method = context.method
    fx, fy = context.features_of(x), context.features_of(y)
    relation, used = context.relations.best(fx.provisions, fy.provisions)
    score, dimensions, found = describe(fx, fy, relation, context.weights, method.magnitude)
    own = magnitude.gaps(fx.own_quantities, fy.own_quantities, method.magnitude)
    label_a, label_b = context.labels
    against_x, against_y = runs_against(x, topic_id), runs_against(y, topic_id)
    direction = None
    if against_x != against_y:
        contrary, toward = (x, y) if against_x else (y, x)
        contrary_label, toward_label = (label_a, label_b) if against_x else (label_b, label_a)
        direction = (
            f"{contrary_label}'s {contrary.pinpoint} runs against what {toward_label}'s "
            f"{toward.pinpoint} stands for"
        )
    fired = cap_rules.fired(method.caps, [x], [y], label_a, label_b, own, used, direction)
    if function(x) == function(y) == PENALTY:
        # Penalty articles are addressed to whoever imposes them; whom they fall on was matched.
        fired = tuple(c for c in fired if c.name != "operator-vs-state")
    uncapped = verdict(score, method.thresholds)
    return Pair(
        x,
        y,
        basis,
        score,
        cap_rules.bound(uncapped, [c.bound for c in fired]),
        dimensions,
        used,
        fired,
        found,
        own,
        bool(direction) or any(u.relation.opposite for u in used),
    )


FRAMING_MODALITIES = frozenset({Modality.DEFINITION, Modality.SCOPE, Modality.EXCEPTION})


# An enforcement decree carries out its statute's rules: among pairs alike on force, kind and basis,
# the statute's rule leads, whatever the crosswalk's strength (seventh sitting, EU-KR: "Korea has
# only a best-efforts duty (AI Basic Act Enforcement Decree Art. 28)", which sets the content of the
# assessment that Act Art. 35(1) asks operators to endeavour to make). Implementing decisions and
# notices are left alone: an adequacy decision or a designation is the instrument that speaks to
# the other side, not a statute's detail.
INSTRUMENT_RANK = {InstrumentType.DECREE: 1}


def lead_key(
    pair: Pair,
) -> tuple[int, int, int, int, int, float, float, int, int, int, float, tuple[str, ...]]:
    """Sort key putting the leading pair first: the most binding pair, then one that is not two
    definitions or scope clauses, then the best-sanctioned (for penalties), the strongest basis (a
    curated match first), a statute's rule before its enforcement decree's, the closer curated
    match, the most demanding, a rule before its transition, the best score, and ids (the same
    whichever side is A)."""
    refs = (pair.a, pair.b)
    force = sum(r.force_level for r in refs)
    intensity = sum(INTENSITY.get(r.provision.modality, 0) for r in refs)
    # Among penalties, the best-sanctioned pair leads; an authority's power to order (APPI Art. 148)
    # carries an order as its sanction but is not a penalty, and does not lead the general transfer
    # rules on that account (seventh sitting, EU-JP).
    penalties = all(function(r) == PENALTY for r in refs)
    sanction = (
        sum(max((sanction_class(s) for s in r.provision.sanctions), default=0) for r in refs)
        if penalties
        else 0
    )
    basis = BASES.index(pair.basis)
    # Among curated pairs, the one the crosswalk judges closer (round 30, KR-JP: a penalty pair of
    # strength 2 led its unit over the like-for-like pair of strength 6 because only it states a
    # fixed fine).
    strength = next((d.similarity or 0.0 for d in pair.dimensions if d.name == "relation"), 0.0)
    applying = sum(1 for r in refs if r.status == APPLIES)  # among equals, a rule in force leads
    # Among penalties, the pair with the higher fines leads: a briefing quotes the ceilings that bite.
    fines = sum(
        math.log10(g.a.value) + math.log10(g.b.value)
        for g in pair.own_gaps
        if g.kind is QuantityKind.FINE_CEILING
    )
    # A definition or scope clause never leads where a substantive pair exists (round 48, EU-JP:
    # "legal effect: they differ most in substance" then cited two definitions of electronic
    # signature, while the non-discrimination rule, eIDAS Art. 25(1), sat second).
    framing = int(all(r.provision.modality in FRAMING_MODALITIES for r in refs))
    below_law = sum(INSTRUMENT_RANK.get(r.framework.instrument_type, 0) for r in refs)
    # A rule that phases another in by a compliance date leads after the rule itself, among equals
    # (round 60, EU-JP: "marking of AI-generated content" led by AI Act Art. 111(4), the transition
    # for systems already on the market, before Art. 50(2)).
    transitional = sum(1 for r in refs if r.provision.deadlines)
    return (
        -force,
        framing,
        -sanction,
        basis,
        below_law,
        -strength,
        -fines,
        -applying,
        -intensity,
        transitional,
        -pair.score,
        tuple(sorted((pair.a.id, pair.b.id))),
    )
