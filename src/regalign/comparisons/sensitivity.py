"""Sensitivity: recompute scores under seeded perturbations of the weights, report 5th-95th percentiles."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from regalign.comparisons.caps import bound
from regalign.comparisons.results import Assessment, TopicResult
from regalign.comparisons.scoring import combine, verdict, weight_vector
from regalign.schema.method import Method


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in (0, 1]) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Ranges:
    """Per-unit and index ranges from the perturbation runs at one horizon."""

    unit_ranges: dict[str, tuple[float, float]]
    index_low: Optional[float]
    index_high: Optional[float]
    method: Method

    def apply(self, result: TopicResult, horizon: str) -> TopicResult:
        """The result with the horizon's score range and fragility filled in."""
        if result.unit_id not in self.unit_ranges:
            return result
        low, high = self.unit_ranges[result.unit_id]
        assessed = result.now if horizon == "now" else result.adopted
        thresholds = self.method.thresholds
        limits = [c.bound for c in assessed.caps]
        fragile = bound(verdict(low, thresholds), limits) != bound(verdict(high, thresholds), limits)
        updated = replace(assessed, score_low=low, score_high=high, fragile=fragile)
        return replace(result, **{"now" if horizon == "now" else "adopted": updated})


def perturb(items: Sequence[tuple[str, float, Assessment]], method: Method) -> Ranges:
    """Draw ``method.sensitivity.draws`` weight sets; collect each unit's score and the index under each.

    Every dimension weight and every unit weight is multiplied by its own factor drawn uniformly
    from [1 - spread, 1 + spread]; the generator is seeded, so ranges are reproducible. Units that
    do not count at this horizon (neither side speaks) are left out.
    """
    settings = method.sensitivity
    rng = random.Random(settings.seed)
    base = weight_vector(method.dimensions)
    counted = [(uid, w, a) for uid, w, a in items if a.counts]
    sims = {uid: tuple(d.similarity for d in a.dimensions) for uid, _, a in counted if a.dimensions}
    per_unit: dict[str, list[float]] = {uid: [] for uid in sims}
    indices: list[float] = []
    low, high = 1 - settings.spread, 1 + settings.spread
    for _ in range(settings.draws):
        weights = tuple(w * rng.uniform(low, high) for w in base)
        numerator = denominator = 0.0
        for uid, unit_weight, assessed in counted:
            topic_weight = unit_weight * rng.uniform(low, high)
            score = combine(sims[uid], weights) if uid in sims else assessed.score
            if uid in per_unit:
                per_unit[uid].append(score)
            numerator += topic_weight * score
            denominator += topic_weight
        if denominator:
            indices.append(numerator / denominator)
    ranges = {uid: (percentile(v, 0.05), percentile(v, 0.95)) for uid, v in per_unit.items() if v}
    if not indices:
        return Ranges(ranges, None, None, method)
    return Ranges(ranges, percentile(indices, 0.05), percentile(indices, 0.95), method)
