"""A sector's own law is compared on general topics only with a side that holds a law of that sector
(round 71, EU-JP: DORA made "cross-border data flows" read "different matters" for the EU and Japan,
whose financial laws are not among those compared)."""

from __future__ import annotations

from datetime import date

import pytest

import regalign
from regalign.comparisons.scope import topic_sector
from regalign.schema.vocab import Sector

AS_OF = date(2026, 12, 6)
FINANCE = Sector.FINANCIAL_SERVICES


@pytest.fixture(scope="module")
def corpus():
    return regalign.load()


def _sector_refs_on_general_topics(result, corpus, side: str) -> set[tuple[str, str]]:
    found = set()
    for unit in result.topics:
        if topic_sector(corpus, unit.topic_id) is not None:
            continue
        for assessed in (unit.now, unit.adopted):
            stance = assessed.stance_a if side == "a" else assessed.stance_b
            found |= {(unit.topic_id, r.id) for r in stance if FINANCE in r.framework.sectors}
    return found


def test_dora_stays_off_general_topics_against_japan(corpus) -> None:
    result = regalign.compare("EU", "JP", as_of=AS_OF)
    assert not _sector_refs_on_general_topics(result, corpus, "a")
    # It still stands under its own topic, which is not compared for want of Japan's financial laws.
    financial = result.topic("data.financial").adopted
    assert any(r.framework.id == "eu-dora" for r in financial.stance_a)
    assert financial.verdict == "not-compared"


def test_dora_meets_korea_on_general_topics_where_korea_holds_financial_laws(corpus) -> None:
    result = regalign.compare("EU", "KR", as_of=AS_OF)
    assert ("data.flows", "eu-dora/art-30-2-b") in _sector_refs_on_general_topics(
        result, corpus, "a"
    )


def test_general_transfer_rules_meet_under_flows(corpus) -> None:
    # Round 72, EU-JP: with DORA gone, the EU's only rule under flows was GDPR Art. 49(5), and the
    # topic read "different matters" while Japan's transfer rule meets GDPR Art. 44 under transfer
    # mechanisms. Each side's general transfer rule is filed under flows, as Korea's and Japan's were.
    general = {"eu-gdpr/art-44", "kr-pipa/art-28-8-1", "jp-appi/art-28-1"}
    assert all("data.flows" in corpus.provisions[pid].topics for pid in general)
    flows = regalign.compare("EU", "JP", as_of=AS_OF).topic("data.flows").now
    assert ("eu-gdpr/art-44", "jp-appi/art-28-1") in {(p.a.id, p.b.id) for p in flows.pairs}
    assert not any(c.name == "no-counterpart" for c in flows.caps)
