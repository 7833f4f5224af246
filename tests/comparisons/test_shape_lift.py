"""The shape-lift cap (eleventh sitting, blind reading 79, KR-JP): "Legal effect of electronic
documents: aligned (0.80)" while the two pairs the expert crosswalk matches (Korea's Electronic
Documents Act Arts 5(1)-(2) and 4-2 against Japan's e-Documents Act Arts 3 and 4(1)-(2)) scored 0.59
and 0.55, lifted by the Medical Service Act's e-signed records meeting three articles of the
e-Documents Act at 1.00 on shape alone."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import cast

from hypothesis import given
from hypothesis import strategies as st

from regalign.comparisons.compare import compare
from regalign.comparisons.results import CURATED, SAME_ADDRESSEES, Pair
from regalign.comparisons.shape_lift import shape_lift
from regalign.frameworks.method_loader import default_method
from tests.bundled import bundled, compared
from tests.comparisons.method_variants import without_cap

DAY = date(2026, 12, 6)


def test_pairs_on_shape_do_not_align_a_topic_its_matched_rules_do_not() -> None:
    result = compared("KR", "JP", DAY)
    unit = result.topic("esig.e-documents").adopted
    assert unit.uncapped == "aligned"
    assert unit.verdict == "partially-aligned"
    assert "shape-lift" in {c.name for c in unit.caps}
    grounded = [p for p in unit.pairs if p.basis != SAME_ADDRESSEES]
    assert grounded and max(p.score for p in grounded) < 0.6
    assert any(p.basis == SAME_ADDRESSEES and p.score == 1.0 for p in unit.pairs)


def test_the_cap_moves_no_other_verdict_and_can_be_switched_off() -> None:
    corpus, off = bundled(), without_cap("shape_lift")
    moved = []
    for a, b in (("EU", "KR"), ("EU", "JP"), ("KR", "JP")):
        on = compared(a, b, DAY)
        without = compare(corpus, a, b, as_of=DAY, method=off)
        for unit, other in zip(on.topics, without.topics):
            for horizon in ("now", "adopted"):
                if getattr(unit, horizon).verdict != getattr(other, horizon).verdict:
                    moved.append((a, b, unit.unit_id, horizon))
    assert moved == [
        ("KR", "JP", "esig.e-documents", "now"),
        ("KR", "JP", "esig.e-documents", "adopted"),
    ]


@dataclass(frozen=True)
class _Pair:
    basis: str
    score: float


pairs = st.lists(
    st.tuples(
        st.sampled_from([CURATED, SAME_ADDRESSEES, "same-measure"]),
        st.floats(min_value=0.0, max_value=1.0),
        st.floats(min_value=0.5, max_value=1.0),
    ),
    min_size=1,
    max_size=6,
)


@given(pairs, st.floats(min_value=0.5, max_value=1.0))
def test_the_cap_fires_only_when_shape_lifts_the_unit_over_its_matched_pairs(
    drawn: list[tuple[str, float, float]], factor: float
) -> None:
    method = default_method()
    found = [_Pair(basis, score) for basis, score, _ in drawn]
    weights = [w for *_, w in drawn]
    cap = shape_lift(method.caps, cast(list[Pair], found), weights, factor, method.thresholds)
    aligned = method.thresholds.aligned
    grounded = [(w, p) for w, p in zip(weights, found) if p.basis != SAME_ADDRESSEES]
    whole = math.fsum(w * p.score for w, p in zip(weights, found)) / math.fsum(weights) * factor
    if not grounded or len(grounded) == len(found):
        assert cap is None  # all on shape (the broad-shape cap's case) or none: nothing lifted
        return
    alone = math.fsum(w * p.score for w, p in grounded) / math.fsum(w for w, _ in grounded) * factor
    assert (cap is not None) == (alone < aligned <= whole)
    if cap is not None:
        assert cap.bound == "partially-aligned"
        # The matched pairs at the top never leave the cap firing.
        better = [_Pair(p.basis, 1.0 if p.basis != SAME_ADDRESSEES else p.score) for p in found]
        assert (
            shape_lift(method.caps, cast(list[Pair], better), weights, 1.0, method.thresholds)
            is None
        )
