"""The unit cap on pairs met on shape alone that lift a unit above the pairs matched on substance.

Two provisions are paired on shape alone when nothing but their kind and addressees joins them (the
same kind of rule for the same people, with no curated relation, shared measure or shared conduct).
Such pairs can score 1.00 on rules that do different things: round 79, KR-JP, read "Legal effect of
electronic documents: aligned (0.80)" while the two pairs the expert crosswalk matches (Korea's
Electronic Documents Act Arts 5(1)-(2) and 4-2 against Japan's e-Documents Act Arts 3 and 4(1)-(2))
scored 0.59 and 0.55; the Medical Service Act's e-signed medical records met three articles of the
e-Documents Act, and a trade law's paperless filings its definition of a business, at 1.00 on shape.
When the pairs matched on substance, scored alone with the unit's coverage, fall short of aligned
and the shape pairs lift the unit to it, the unit is at most the cap's verdict. As with guidance,
pairs on shape still count where nothing better joins the sides (a unit all of shape is left to the
broad-shape cap).
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.lift import lifted_over
from regalign.comparisons.results import SAME_ADDRESSEES, CapApplied, Pair
from regalign.schema.method import Caps, Thresholds


def shape_lift(
    settings: Caps,
    pairs: Sequence[Pair],
    weights: Sequence[float],
    coverage_factor: float,
    thresholds: Thresholds,
) -> CapApplied | None:
    """The cap when pairs met on shape alone lift ``pairs`` (weighted by ``weights``) to aligned
    that the pairs matched on substance do not reach; None otherwise."""
    cap = settings.shape_lift
    if not cap.enabled:
        return None
    found = lifted_over(
        pairs, weights, coverage_factor, thresholds, lambda p: p.basis != SAME_ADDRESSEES
    )
    if found is None:
        return None
    alone, grounded = found
    return CapApplied(
        "shape-lift",
        cap.verdict,
        f"the {grounded} pair(s) matched on substance (a curated relation, a shared measure or "
        f"conduct) score {alone:.2f} alone, below aligned; {len(pairs) - grounded} pair(s) met on "
        "shape alone (the same kind of rule for the same addressees) lift the unit above them, and "
        "a shared shape does not show that two rules do the same thing",
    )
