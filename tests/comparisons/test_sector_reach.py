"""A topic of a sector is compared only between sides that both hold a law of that sector.

Round 27, KR-JP: "Financial-sector rules: only Korea has rules ... Japan has none in the laws
compared" led page 1, while no Japanese financial law is in the corpus. And a roll-up row that
speaks for fewer than half of the topics beneath it is not the area's verdict (round 27, EU-JP).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from regalign.comparisons.compare import compare
from regalign.comparisons.results import NOT_COMPARED, ONLY_A, ONLY_B
from regalign.comparisons.scope import topic_sector
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.schema.records import Topic
from regalign.schema.vocab import Sector

AS_OF = date(2026, 12, 6)
FINANCIAL = "data.financial"


@pytest.fixture(scope="module")
def corpus():
    return load(use_env=False).corpus


@pytest.fixture(scope="module")
def results(corpus):
    method = default_method()
    return {
        pair: compare(corpus, *pair, as_of=AS_OF, method=method)
        for pair in (("EU", "KR"), ("EU", "JP"), ("KR", "JP"))
    }


def test_the_financial_topic_and_laws_name_their_sector(corpus) -> None:
    assert corpus.topics[FINANCIAL].sector is Sector.FINANCIAL_SERVICES
    for framework_id in ("eu-dora", "kr-credit-information-act"):
        assert Sector.FINANCIAL_SERVICES in corpus.frameworks[framework_id].sectors
    # A trade agreement with a financial carve-out is not a financial law.
    assert corpus.frameworks["eu-kr-dta"].sectors == ()


def test_two_sides_that_both_hold_financial_laws_are_compared(results) -> None:
    unit = results["EU", "KR"].topic(FINANCIAL)
    assert unit.unreached_a == unit.unreached_b == ""
    assert unit.adopted.verdict != NOT_COMPARED and unit.adopted.counts


@pytest.mark.parametrize(("pair", "speaker"), [(("EU", "JP"), ONLY_A), (("KR", "JP"), ONLY_A)])
def test_a_side_without_financial_laws_is_not_compared_on_them(results, pair, speaker) -> None:
    result = results[pair]
    unit = result.topic(FINANCIAL)
    assert unit.unreached_b == "financial-services" and unit.unreached_a == ""
    for assessed in (unit.now, unit.adopted):
        assert assessed.verdict == NOT_COMPARED
        assert assessed.speaker == speaker  # the speaking side's rules stay in the rows
        assert not assessed.counts
    assert unit not in [t for t in result.topics if t.now.verdict in (ONLY_A, ONLY_B)]


def test_a_sector_is_inherited_from_the_nearest_ancestor() -> None:
    topics = {
        "data": Topic(id="data", label="Data", description="Data."),
        "data.fin": Topic(
            id="data.fin", label="Fin", description="Fin.", sector=Sector.FINANCIAL_SERVICES
        ),
        "data.fin.pay": Topic(id="data.fin.pay", label="Pay", description="Pay."),
    }
    corpus = SimpleNamespace(topics=topics)
    assert topic_sector(corpus, "data.fin.pay") is Sector.FINANCIAL_SERVICES  # type: ignore[arg-type]
    assert topic_sector(corpus, "data") is None  # type: ignore[arg-type]


@pytest.mark.parametrize("pair", [("EU", "JP"), ("KR", "JP")])
def test_a_roll_up_over_mostly_uncompared_topics_is_not_compared(results, pair) -> None:
    result = results[pair]
    row = next(r for r in result.rollup if r.topic_id == "data")
    beneath = [t for t in result.topics if t.topic_id.startswith("data.") and t.adopted.speaks]
    compared = [t for t in beneath if t.adopted.counts and not t.adopted.read_verdict]
    assert 2 * len(compared) < len(beneath)  # the case the rule is for
    assert row.verdict_adopted == NOT_COMPARED
    # Today most of them are compared, and the row keeps its verdict.
    assert row.verdict != NOT_COMPARED
