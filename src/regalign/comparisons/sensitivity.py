"""Sensitivity: recompute scores under seeded perturbations of the weights, report 5th-95th percentiles."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from regalign.comparisons.results import TopicResult
from regalign.comparisons.scoring import combine, verdict, weight_vector
from regalign.schema.method import Method


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in (0, 1]) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Ranges:
    """Per-topic and index ranges from the perturbation runs."""

    topic_ranges: dict[str, tuple[float, float]]
    index_low: Optional[float]
    index_high: Optional[float]
    method: Method

    def apply(self, result: TopicResult) -> TopicResult:
        """The result with its score range and fragility filled in."""
        if result.topic_id not in self.topic_ranges:
            return result
        low, high = self.topic_ranges[result.topic_id]
        thresholds = self.method.thresholds
        fragile = verdict(low, thresholds) != verdict(high, thresholds)
        return replace(result, score_low=low, score_high=high, fragile=fragile)


def perturb(results: Sequence[TopicResult], method: Method) -> Ranges:
    """Draw ``method.sensitivity.draws`` weight sets and collect the scores and the index under each.

    Every dimension weight and every topic weight is multiplied by its own factor drawn
    uniformly from [1 - spread, 1 + spread]; the generator is seeded, so ranges are reproducible.
    """
    settings = method.sensitivity
    rng = random.Random(settings.seed)
    base = weight_vector(method.dimensions)
    both = [r for r in results if r.dimensions]
    sims = {r.topic_id: tuple(d.similarity for d in r.dimensions) for r in both}
    per_topic: dict[str, list[float]] = {r.topic_id: [] for r in both}
    indices: list[float] = []
    low, high = 1 - settings.spread, 1 + settings.spread
    for _ in range(settings.draws):
        weights = tuple(w * rng.uniform(low, high) for w in base)
        numerator = denominator = 0.0
        for result in results:
            topic_weight = result.weight * rng.uniform(low, high)
            score = combine(sims[result.topic_id], weights) if result.topic_id in sims else result.score
            if result.topic_id in per_topic:
                per_topic[result.topic_id].append(score)
            numerator += topic_weight * score
            denominator += topic_weight
        if denominator:
            indices.append(numerator / denominator)
    topic_ranges = {tid: (percentile(v, 0.05), percentile(v, 0.95)) for tid, v in per_topic.items() if v}
    if not indices:
        return Ranges(topic_ranges, None, None, method)
    return Ranges(topic_ranges, percentile(indices, 0.05), percentile(indices, 0.95), method)
