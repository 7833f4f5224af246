"""Sensitivity: recompute scores under seeded perturbations of the weights, report 5th-95th percentiles."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from regalign.comparisons.caps import bound
from regalign.comparisons.pairs import pair_weight
from regalign.comparisons.results import Assessment, TopicResult
from regalign.comparisons.scoring import verdict, weight_vector
from regalign.schema.method import Method

HORIZON_FIELDS = {"now": "now", "adopted": "adopted"}


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (share in (0, 1]) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Ranges:
    """Per-unit and index ranges from the perturbation runs at one horizon."""

    unit_ranges: dict[str, tuple[float, float]]
    index_low: float | None
    index_high: float | None
    method: Method

    def apply(self, result: TopicResult, horizon: str) -> TopicResult:
        """The result with the horizon's score range and fragility filled in."""
        if result.unit_id not in self.unit_ranges:
            return result
        low, high = self.unit_ranges[result.unit_id]
        assessed = getattr(result, HORIZON_FIELDS[horizon])
        thresholds = self.method.thresholds
        limits = [c.bound for c in assessed.caps]
        fragile = bound(verdict(low, thresholds), limits) != bound(
            verdict(high, thresholds), limits
        )
        updated = replace(assessed, score_low=low, score_high=high, fragile=fragile)
        return replace(result, **{HORIZON_FIELDS[horizon]: updated})


def perturb(
    items: Sequence[tuple[str, float, dict[str, Assessment]]],
    method: Method,
    horizons: Sequence[str] = ("now", "adopted"),
) -> dict[str, Ranges]:
    """Ranges at every horizon from the same ``method.sensitivity.draws`` seeded weight sets.

    ``items`` are (unit id, unit weight, {horizon: assessment}). In each draw every dimension weight
    and every unit weight is multiplied by its own factor drawn uniformly from [1 - spread,
    1 + spread]; the generator is seeded, so ranges are reproducible. Units that do not count at a
    horizon (neither side speaks) are left out of its index.
    """
    settings = method.sensitivity
    rng = random.Random(settings.seed)
    base = weight_vector(method.dimensions)
    low, high = 1 - settings.spread, 1 + settings.spread
    dimension_draws, unit_draws = [], []
    width, draw = (
        high - low,
        rng.random,
    )  # low + width * random() is random.uniform(low, high), inlined
    for _ in range(settings.draws):
        dimension_draws.append([w * (low + width * draw()) for w in base])
        unit_draws.append([low + width * draw() for _ in items])
    dimension_columns = list(zip(*dimension_draws))
    unit_columns = list(zip(*unit_draws)) if items else []
    # A pair's score under a draw depends only on its similarity vector: compute each distinct one once,
    # a whole column of draws at a time. A unit's score is its weighted mean pair score times its coverage
    # factor.
    score_columns: dict[tuple[float | None, ...], list[float]] = {}
    totals: dict[tuple[int, ...], list[float]] = {}
    for _, _, by in items:
        for each in by.values():
            for vector in _vectors(each):
                if vector in score_columns:
                    continue
                mask = tuple(i for i, s in enumerate(vector) if s is not None)
                if mask not in totals:
                    totals[mask] = [
                        sum(column) for column in zip(*(dimension_columns[i] for i in mask))
                    ]
                parts = [[w * vector[i] for w in dimension_columns[i]] for i in mask]
                # A weighted mean of similarities in [0, 1] with positive weights stays in [0, 1].
                score_columns[vector] = [
                    sum(n) / d if d > 0 else 0.0 for n, d in zip(zip(*parts), totals[mask])
                ]
    found = {}
    for horizon in horizons:
        numerator = [0.0] * settings.draws
        denominator = [0.0] * settings.draws
        units = {}
        for position, (unit_id, unit_weight, by) in enumerate(items):
            assessed = by.get(horizon)
            if assessed is None or not assessed.counts:
                continue
            vectors = _vectors(assessed)
            if vectors:
                factor = 1 - method.matching.gap_weight * (1 - (assessed.coverage or 0.0))
                columns = [score_columns[v] for v in vectors]
                # Each pair counts as in the unit's own mean (a procedural pair half): round 27,
                # EU-JP, "score 0.539 [0.546-0.619]" came from an unweighted mean here.
                weights = [pair_weight(p) for p in assessed.pairs]
                column = _unit_column(factor, weights, columns)
                units[unit_id] = (percentile(column, 0.05), percentile(column, 0.95))
            else:
                column = [assessed.score] * settings.draws
            drawn = [unit_weight * f for f in unit_columns[position]]
            numerator = [n + w * s for n, w, s in zip(numerator, drawn, column)]
            denominator = [d + w for d, w in zip(denominator, drawn)]
        series = [n / d for n, d in zip(numerator, denominator) if d]
        found[horizon] = Ranges(
            units,
            percentile(series, 0.05) if series else None,
            percentile(series, 0.95) if series else None,
            method,
        )
    return found


def _unit_column(factor: float, weights: list[float], columns: list[list[float]]) -> list[float]:
    """A unit's score under each draw: its pairs' weighted mean times its coverage factor.

    ``math.fsum`` of one or two numbers is their plain sum (a single addition is correctly
    rounded), so the one- and two-pair units, most of them, skip the general loop and give the
    same floats bit for bit.
    """
    total = math.fsum(weights)
    if len(weights) == 1:
        (w,) = weights
        return [factor * (w * s) / total for s in columns[0]]
    if len(weights) == 2:
        w, v = weights
        return [factor * (w * s + v * t) / total for s, t in zip(columns[0], columns[1])]
    return [
        factor * math.fsum(w * s for w, s in zip(weights, draws)) / total for draws in zip(*columns)
    ]


def _vectors(assessed: Assessment) -> list[tuple[float | None, ...]]:
    """The similarity vector of each pair of an assessment (none for a one-sided or unpaired unit)."""
    return [tuple(d.similarity for d in pair.dimensions) for pair in assessed.pairs]
