"""The score range under varied weights is drawn around the score the unit actually has.

Round 27, EU-JP: `explain` printed "score 0.539 [0.546-0.619]" for the review of data-flow rules:
the draws took an unweighted mean of the pair scores, while the unit's own mean counts a procedural
pair half (pairs.pair_weight).
"""

from __future__ import annotations

from datetime import date

import pytest

from regalign.comparisons.compare import compare
from regalign.frameworks.method_loader import default_method
from tests.bundled import bundled, compared

AS_OF = date(2026, 12, 6)
PAIRS = (("EU", "KR"), ("EU", "JP"), ("KR", "JP"))


@pytest.fixture(scope="module")
def corpus():
    return bundled()


@pytest.mark.parametrize("pair", PAIRS)
def test_with_barely_varied_weights_the_range_closes_on_the_score(corpus, pair) -> None:
    # Draws within a millionth of the weights must give the unit's own score: the draws compute the
    # score the same way the unit does, pair weights and coverage factor included.
    method = default_method()
    still = method.model_copy(
        update={"sensitivity": method.sensitivity.model_copy(update={"spread": 1e-6})}
    )
    result = compare(corpus, *pair, as_of=AS_OF, method=still)
    checked = 0
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            if assessed.pairs and assessed.counts:
                assert assessed.score_low == pytest.approx(assessed.score, abs=1e-5), unit.unit_id
                assert assessed.score_high == pytest.approx(assessed.score, abs=1e-5), unit.unit_id
                checked += 1
    assert checked > 20


def test_the_review_of_data_flow_rules_lies_inside_its_range(corpus) -> None:
    result = compared("EU", "JP", AS_OF)
    assessed = result.topic("data.review").now
    assert len(assessed.pairs) == 2  # a curated pair and a procedural one, weighted apart
    assert assessed.score_low <= assessed.score <= assessed.score_high
