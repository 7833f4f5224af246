"""What the guidance-lift and shape-lift caps share: some pairs of a unit, scored alone with the
unit's coverage, fall short of aligned, and the unit's other pairs lift it to aligned."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from regalign.comparisons.results import Pair
from regalign.schema.method import Thresholds


def lifted_over(
    pairs: Sequence[Pair],
    weights: Sequence[float],
    coverage_factor: float,
    thresholds: Thresholds,
    counts: Callable[[Pair], bool],
) -> tuple[float, int] | None:
    """(the score of the pairs ``counts`` keeps, alone; how many they are) when the others lift the
    unit to aligned that those alone do not reach; None when they reach it, when the whole falls
    short too, or when ``counts`` keeps every pair or none."""
    kept = [(w, p) for w, p in zip(weights, pairs) if counts(p)]
    if not kept or len(kept) == len(pairs):
        return None
    alone = math.fsum(w * p.score for w, p in kept) / math.fsum(w for w, _ in kept)
    alone *= coverage_factor
    whole = math.fsum(w * p.score for w, p in zip(weights, pairs)) / math.fsum(weights)
    if alone >= thresholds.aligned or whole * coverage_factor < thresholds.aligned:
        return None
    return alone, len(kept)
