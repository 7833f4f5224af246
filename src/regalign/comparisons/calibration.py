"""Calibration: the method's verdicts against verdicts published by experts, and fitting caps and thresholds.

A claim says what a published comparison states or implies about one point (sides, topics, verdict).
The tool's verdict for a claim is the roll-up verdict of the units under the claim's topics at the
claim's horizon. Agreement is reported as exact agreement, agreement within one step on the
ordinal scale one-sided < divergent < partially aligned < aligned, and Cohen's kappa.

Scores do not depend on thresholds or caps, so fitting compares each setting's verdicts on
precomputed unit scores and cap conditions: thousands of settings cost one comparison per claim.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from regalign.comparisons.caps import OPPOSITE_CAPS, bound
from regalign.comparisons.compare import compare
from regalign.comparisons.results import (
    ALIGNED,
    DIVERGENT,
    NOT_COMPARED,
    NOT_YET,
    ONLY_A,
    ONLY_B,
    PARTIALLY_ALIGNED,
    Assessment,
    Comparison,
)
from regalign.comparisons.rollup import summarise
from regalign.comparisons.scoring import verdict
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method

LABELS = (ALIGNED, PARTIALLY_ALIGNED, DIVERGENT, ONLY_A, ONLY_B)
GAP_WEIGHTS = (0.25, 0.5, 0.75)  # tried when fitting: how much unpaired provisions lower a unit
RANK = {
    ALIGNED: 3,
    PARTIALLY_ALIGNED: 2,
    DIVERGENT: 1,
    ONLY_A: 0,
    ONLY_B: 0,
    NOT_YET: -1,
    NOT_COMPARED: -1,
    "none": -1,
}


@dataclass(frozen=True)
class Claim:
    """One point of a published comparison."""

    id: str
    a: str
    b: str
    topics: tuple[str, ...]
    verdict: str
    horizon: str  # "now" or "adopted"
    area: str  # "ai", "data", "esig" (the id's prefix)
    as_of: date | None = None  # the day the claim speaks of, when not the calibration date


@dataclass(frozen=True)
class UnitFacts:
    """What fitting needs from one unit at one horizon: its score, sides, and which caps could fire."""

    weight: float
    score: float
    silent: str | None  # only-a / only-b / not-yet when not both sides speak
    # Caps that fire whatever their settings (all but the magnitude caps), each with the bound it had
    # under the probe: an opposite-direction cap bounds at partially aligned when few pairs point the
    # other way, and a unit without pairs is divergent whatever the settings.
    caps: frozenset[tuple[str, str]]
    orders: float  # widest gap between numbers the magnitude caps read, in orders of magnitude
    pair_mean: float | None = None  # the mean pair score, so that the gap weight can be fitted too
    coverage: float | None = None

    def scored(self, method: Method) -> float:
        """The unit score under the method's gap weight (the probe's score when it has no pairs)."""
        if self.pair_mean is None or self.coverage is None:
            return self.score
        return self.pair_mean * (1 - method.matching.gap_weight * (1 - self.coverage))


@dataclass(frozen=True)
class Agreement:
    """How often the tool and the experts agree on a set of claims."""

    claims: int
    exact: float
    within_one: float
    kappa: float | None
    not_compared: int = (
        0  # claims left out: the tool compares none of their units (an unread change)
    )


def parse_claims(raw: Sequence[Mapping[str, Any]]) -> list[Claim]:
    """Claims from the plain data of tests/calibration/claims.yaml."""
    claims = []
    for item in raw:
        day = item.get("as_of") or (
            item["source"].get("date") if item["horizon"] == "now" else None
        )
        as_of = day if isinstance(day, date) or day is None else date.fromisoformat(str(day))
        claims.append(
            Claim(
                item["id"],
                item["a"],
                item["b"],
                tuple(item["topics"]),
                item["verdict"],
                item["horizon"],
                item["id"].split("-")[0],
                as_of,
            )
        )
    return claims


def probe_method(method: Method) -> Method:
    """The method with every cap enabled and the magnitude caps at their most sensitive, so that unit facts
    record every cap that could fire under any setting."""
    caps = method.caps
    return method.model_copy(
        update={
            "caps": caps.model_copy(
                update={
                    "magnitude_gap": caps.magnitude_gap.model_copy(
                        update={"enabled": True, "orders": 0.01}
                    ),
                    "magnitude_chasm": caps.magnitude_chasm.model_copy(
                        update={"enabled": True, "orders": 0.01}
                    ),
                    "binding_vs_soft": caps.binding_vs_soft.model_copy(update={"enabled": True}),
                    "operator_vs_state": caps.operator_vs_state.model_copy(
                        update={"enabled": True}
                    ),
                    "weak_relation": caps.weak_relation.model_copy(update={"enabled": True}),
                    "slight_relation": caps.slight_relation.model_copy(update={"enabled": True}),
                    "stricter_rule": caps.stricter_rule.model_copy(update={"enabled": True}),
                    "broad_shape": caps.broad_shape.model_copy(update={"enabled": True}),
                    "guidance_lift": caps.guidance_lift.model_copy(update={"enabled": True}),
                    "shape_lift": caps.shape_lift.model_copy(update={"enabled": True}),
                    "lone_condition": caps.lone_condition.model_copy(update={"enabled": True}),
                    "not_related": caps.not_related.model_copy(update={"enabled": True}),
                    "opposite_direction": caps.opposite_direction.model_copy(
                        update={"enabled": True}
                    ),
                }
            )
        }
    )


def gather(
    corpus: Corpus, claims: Sequence[Claim], as_of: date, method: Method
) -> dict[str, list[UnitFacts]]:
    """Unit facts for every claim, with one comparison per pair of sides and date."""
    probe = probe_method(method)
    comparisons: dict[tuple[str, str, date], Comparison] = {}
    facts = {}
    for claim in claims:
        key = (claim.a, claim.b, claim.as_of or as_of)
        if key not in comparisons:
            comparisons[key] = compare(corpus, claim.a, claim.b, as_of=key[2], method=probe)
        facts[claim.id] = facts_for(comparisons[key], claim)
    return facts


def subject_area(claim: Claim) -> str:
    """ai, data, esig or trade: the root of the claim's first topic (whatever file the claim is in)."""
    return claim.topics[0].split(".", 1)[0]


def split(claims: Sequence[Claim]) -> tuple[list[Claim], list[Claim]]:
    """A fixed half for fitting and a half held back, alternating within each area in hash order."""
    fit: list[Claim] = []
    held: list[Claim] = []
    for area in sorted({c.area for c in claims}):
        ordered = sorted(
            (c for c in claims if c.area == area),
            key=lambda c: hashlib.sha256(c.id.encode()).hexdigest(),
        )
        for i, claim in enumerate(ordered):
            (fit if i % 2 == 0 else held).append(claim)
    return fit, held


def facts_for(comparison: Comparison, claim: Claim) -> list[UnitFacts]:
    """The units under the claim's topics at the claim's horizon."""
    found = []
    for result in comparison.topics:
        if not any(
            result.topic_id == t or result.topic_id.startswith(t + ".") for t in claim.topics
        ):
            continue
        assessed: Assessment = result.adopted if claim.horizon == "adopted" else result.now
        silent = None if assessed.scored else assessed.verdict
        caps = frozenset(
            (c.name, c.bound) for c in assessed.caps if not c.name.startswith("magnitude-")
        )
        read = [
            p
            for i, p in enumerate(assessed.pairs)
            if i == 0 or any(g.a.measure for g in p.own_gaps)
        ]
        orders = max((g.orders for p in read for g in p.own_gaps), default=0.0)
        found.append(
            UnitFacts(
                result.weight,
                assessed.score,
                silent,
                caps,
                orders,
                assessed.pair_mean,
                assessed.coverage,
            )
        )
    return found


def predict(units: Sequence[UnitFacts], method: Method) -> str:
    """The tool's verdict for a claim under a method: one unit's capped verdict, or the roll-up of several."""
    items = [
        (
            u.weight,
            u.scored(method),
            unit_verdict(u, method),
            u.silent not in (NOT_YET, NOT_COMPARED),
        )
        for u in units
    ]
    if not any(counts for *_, counts in items):
        return NOT_COMPARED if any(u.silent == NOT_COMPARED for u in units) else "none"
    return summarise(items, method)[1]


def unit_verdict(unit: UnitFacts, method: Method) -> str:
    """A unit's verdict under the method's thresholds and caps."""
    if unit.silent is not None:
        return unit.silent
    caps = method.caps
    bounds = []
    for name, probed in sorted(unit.caps):
        setting = getattr(caps, name.replace("-", "_"), None)
        if setting is None:  # not a setting of the method (no counterpart): always applies
            bounds.append(probed)
        elif setting.enabled:
            bounds.append(
                bound(setting.verdict, [probed]) if name in OPPOSITE_CAPS else setting.verdict
            )
    for cap in (caps.magnitude_gap, caps.magnitude_chasm):
        if cap.enabled and unit.orders >= cap.orders:
            bounds.append(cap.verdict)
    return bound(verdict(unit.scored(method), method.thresholds), bounds)


def agreement(pairs: Sequence[tuple[str, str]]) -> Agreement:
    """Agreement of (expert, tool) verdict pairs: exact, within one step, Cohen's kappa."""
    if not pairs:
        return Agreement(0, 0.0, 0.0, None)
    exact = sum(1 for e, t in pairs if e == t) / len(pairs)
    within = sum(
        1 for e, t in pairs if t in RANK and abs(RANK[e] - RANK[t]) <= 1 and RANK[t] >= 0
    ) / len(pairs)
    return Agreement(len(pairs), exact, within, cohen_kappa(pairs))


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters over nominal labels; None when chance agreement is certain."""
    n = len(pairs)
    labels = sorted({x for pair in pairs for x in pair})
    observed = sum(1 for e, t in pairs if e == t) / n
    expected = math.fsum(
        (sum(1 for e, _ in pairs if e == label) / n) * (sum(1 for _, t in pairs if t == label) / n)
        for label in labels
    )
    return None if expected >= 1 else (observed - expected) / (1 - expected)


def evaluate(
    claims: Iterable[Claim], facts: dict[str, list[UnitFacts]], method: Method
) -> Agreement:
    """Agreement of the method's predictions with the claims. A claim on units the tool does not
    compare (a side's adopted change was never read) is an abstention, counted apart: the tool
    says it cannot tell, which is neither agreement nor a wrong verdict."""
    pairs = [(c.verdict, predict(facts[c.id], method)) for c in claims]
    compared = [(e, t) for e, t in pairs if t != NOT_COMPARED]
    return replace(agreement(compared), not_compared=len(pairs) - len(compared))


def candidates(method: Method) -> Iterable[Method]:
    """Settings tried when fitting: thresholds on a 0.05 grid, each cap off or at either bound, magnitude orders."""
    caps_grid = [(False, "partially-aligned"), (True, "partially-aligned"), (True, "divergent")]
    for aligned, partial in itertools.product(
        (0.6, 0.65, 0.7, 0.75, 0.8, 0.85), (0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
    ):
        if partial >= aligned:
            continue
        for mag, orders, chasm, bvs, ovs, nr, gap in itertools.product(
            caps_grid[:2],
            (1.0, 1.5),
            (None, 2.0, 3.0),
            caps_grid,
            caps_grid,
            caps_grid,
            GAP_WEIGHTS,
        ):
            yield method.model_copy(
                update={
                    "matching": method.matching.model_copy(update={"gap_weight": gap}),
                    "thresholds": method.thresholds.model_copy(
                        update={"aligned": aligned, "partially_aligned": partial}
                    ),
                    "caps": method.caps.model_copy(
                        update={
                            "magnitude_gap": method.caps.magnitude_gap.model_copy(
                                update={"enabled": mag[0], "verdict": mag[1], "orders": orders}
                            ),
                            "magnitude_chasm": method.caps.magnitude_chasm.model_copy(
                                update={"enabled": chasm is not None, "orders": chasm or 2.0}
                            ),
                            "binding_vs_soft": method.caps.binding_vs_soft.model_copy(
                                update={"enabled": bvs[0], "verdict": bvs[1]}
                            ),
                            "operator_vs_state": method.caps.operator_vs_state.model_copy(
                                update={"enabled": ovs[0], "verdict": ovs[1]}
                            ),
                            "not_related": method.caps.not_related.model_copy(
                                update={"enabled": nr[0], "verdict": nr[1]}
                            ),
                        }
                    ),
                }
            )


def fit(
    claims: Sequence[Claim], facts: dict[str, list[UnitFacts]], method: Method
) -> tuple[Method, Agreement]:
    """The candidate setting with the best exact agreement on ``claims`` (ties: within-one, then the
    setting closest to ``method``), and its agreement."""
    best: tuple[tuple[float, float, float], Method, Agreement] | None = None
    for candidate in candidates(method):
        result = evaluate(claims, facts, candidate)
        key = (result.exact, result.within_one, -_distance(candidate, method))
        if best is None or key > best[0]:
            best = (key, candidate, result)
    assert best is not None
    return best[1], best[2]


def _distance(candidate: Method, base: Method) -> float:
    """How far a setting is from the base: threshold moves plus one per cap changed."""
    moves = abs(candidate.thresholds.aligned - base.thresholds.aligned) + abs(
        candidate.thresholds.partially_aligned - base.thresholds.partially_aligned
    )
    for name in (
        "magnitude_gap",
        "magnitude_chasm",
        "binding_vs_soft",
        "operator_vs_state",
        "weak_relation",
        "slight_relation",
        "stricter_rule",
        "broad_shape",
        "guidance_lift",
        "shape_lift",
        "lone_condition",
        "not_related",
    ):
        mine, theirs = getattr(candidate.caps, name), getattr(base.caps, name)
        moves += (mine.enabled != theirs.enabled) + (mine.verdict != theirs.verdict)
    moves += abs(candidate.matching.gap_weight - base.matching.gap_weight)
    moves += abs(candidate.caps.magnitude_gap.orders - base.caps.magnitude_gap.orders) / 10
    moves += abs(candidate.caps.magnitude_chasm.orders - base.caps.magnitude_chasm.orders) / 10
    return moves
