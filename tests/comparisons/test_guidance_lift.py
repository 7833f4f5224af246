"""The guidance-lift cap and the statute before its decree (seventh sitting).

EU-KR impact assessment read aligned (0.79) today: the HLEG ethics guidelines met MSIT's
impact-assessment guidelines at 0.92-1.00, while Korea's statutory duty (AI Basic Act Art. 35(1)) and
its Decree (Art. 28) met the same HLEG section at 0.53. Guidance elaborates a rule; it does not make two
rulebooks agree. And the sentence then cited the Decree's content rule as Korea's best-efforts duty,
which Act Art. 35(1) lays down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from hypothesis import given
from hypothesis import strategies as st

from regalign.comparisons.caps import guidance_lift
from regalign.comparisons.compare import compare
from regalign.comparisons.results import Pair
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from tests.comparisons.method_variants import without_cap

DAY = date(2026, 12, 7)


def _rules_score(unit: Any) -> float:
    rules = [p for p in unit.pairs if max(p.a.force_level, p.b.force_level) >= 2]
    return sum(p.score for p in rules) / len(rules)


def test_guidance_does_not_align_a_topic_its_rules_do_not() -> None:
    result = compare(load().corpus, "EU", "KR", as_of=DAY, method=default_method())
    unit = result.topic("ai.impact-assessment").now
    assert unit.uncapped == "aligned" and unit.score >= 0.6
    assert unit.verdict == "partially-aligned"
    assert [c.name for c in unit.caps] == ["guidance-lift"]
    # The pairs holding Korea's rules score below aligned on their own.
    assert _rules_score(unit) < 0.6
    # The value chain today: the Commission's prohibited-practices guidance against MSIT's items.
    chain = result.topic("ai.high-risk.value-chain")
    assert chain.now.verdict == chain.adopted.verdict == "partially-aligned"


def test_rules_that_agree_keep_their_verdict_beside_guidance() -> None:
    # Notice that AI is in use: AI Act Art. 50(1) and AI Basic Act Art. 31(1) agree, and the pairs
    # of guidance beside them change nothing. (The marking of AI-generated content and deepfake
    # disclosure, the examples until the twelfth and thirteenth sittings, are held by the
    # stricter-rule cap since rounds 84 and 90.)
    result = compare(load().corpus, "EU", "KR", as_of=DAY, method=default_method())
    unit = result.topic("ai.transparency.ai-interaction").now
    assert any(max(p.a.force_level, p.b.force_level) < 2 for p in unit.pairs)
    assert _rules_score(unit) >= 0.6
    assert unit.verdict == "aligned"
    assert "guidance-lift" not in {c.name for c in unit.caps}


def test_the_cap_can_be_switched_off() -> None:
    off = without_cap("guidance_lift")
    kr_jp = compare(load().corpus, "KR", "JP", as_of=DAY, method=off)
    assert kr_jp.topic("ai.high-risk.value-chain").now.verdict == "aligned"
    on = compare(load().corpus, "KR", "JP", as_of=DAY, method=default_method())
    assert on.topic("ai.high-risk.value-chain").now.verdict == "partially-aligned"


def test_the_statute_leads_before_its_enforcement_decree() -> None:
    # As adopted, AI Act Art. 27 meets both AI Basic Act Art. 35(1) (strength 5) and Decree Art. 28
    # (strength 6): the Act's duty leads, and the sentence cites it.
    result = compare(load().corpus, "EU", "KR", as_of=DAY, method=default_method())
    lead = result.topic("ai.impact-assessment").adopted.lead
    assert lead is not None
    assert (lead.a.id, lead.b.id) == ("eu-ai-act/art-27-1", "kr-ai-basic-act/art-35-1")
    marking = compare(load().corpus, "KR", "JP", as_of=DAY, method=default_method())
    lead = marking.topic("ai.transparency.synthetic-content").now.lead
    assert lead is not None and lead.a.id == "kr-ai-basic-act/art-31-2"


@dataclass(frozen=True)
class _Ref:
    force_level: int


@dataclass(frozen=True)
class _Pair:
    a: _Ref
    b: _Ref
    score: float


pairs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3),
        st.integers(min_value=0, max_value=3),
        st.floats(min_value=0.0, max_value=1.0),
        st.floats(min_value=0.5, max_value=1.0),
    ),
    min_size=1,
    max_size=6,
)


@given(pairs, st.floats(min_value=0.5, max_value=1.0))
def test_the_cap_fires_only_when_guidance_lifts_the_unit_over_its_rules(
    drawn: list[tuple[int, int, float, float]], factor: float
) -> None:
    method = default_method()
    found = [_Pair(_Ref(x), _Ref(y), s) for x, y, s, _ in drawn]
    weights = [w for *_, w in drawn]
    cap = guidance_lift(method.caps, cast(list[Pair], found), weights, factor, method.thresholds)
    aligned = method.thresholds.aligned
    rules = [(w, p) for w, p in zip(weights, found) if max(p.a.force_level, p.b.force_level) >= 2]
    whole = math.fsum(w * p.score for w, p in zip(weights, found)) / math.fsum(weights) * factor
    if not rules or len(rules) == len(found):
        assert cap is None  # no guidance pair, or no rule: nothing to lift over
        return
    alone = math.fsum(w * p.score for w, p in rules) / math.fsum(w for w, _ in rules) * factor
    assert (cap is not None) == (alone < aligned <= whole)
    if cap is not None:
        assert cap.bound == "partially-aligned"
        # Raising the rules' scores to the top never makes the cap fire.
        better = [
            _Pair(p.a, p.b, 1.0 if max(p.a.force_level, p.b.force_level) >= 2 else p.score)
            for p in found
        ]
        assert (
            guidance_lift(method.caps, cast(list[Pair], better), weights, 1.0, method.thresholds)
            is None
        )
