"""PIPA's purpose limitation and the penalty behind it (round 68, KR-JP), asserted against the copy the
records' read_url names (9bow/legalize-kr, commit db7521c, the law.go.kr text in force from 2 Oct 2025).

Art. 26(8): "수탁자에 관하여는 제15조부터 제18조까지, ... 를 준용한다. 이 경우 "개인정보처리자"는
"수탁자"로 본다." Art. 71: "다음 각 호의 어느 하나에 해당하는 자는 5년 이하의 징역 또는 5천만원 이하의
벌금에 처한다", item 2: "제18조제1항ㆍ제2항, ... 을 위반하여 개인정보를 이용하거나 제3자에게 제공한 자".
Art. 74(2) fines the business the offender acts for up to the same amount.
"""

from __future__ import annotations

from regalign.schema.vocab import Role, SanctionKind
from tests.frameworks.fact_tables import bundled

READ = "db7521cbf2966df3155075baf0603273cd105361"


def test_the_purpose_limitation_binds_processors_too() -> None:
    provision = bundled().provisions["kr-pipa/art-18-1"]
    assert set(provision.addressees) == {Role.CONTROLLER, Role.PROCESSOR}
    assert "Art. 26(8)" in (provision.note or "")


def test_article_71_item_2_punishes_a_breach_of_the_purpose_limitation() -> None:
    corpus = bundled()
    assert "kr-pipa/art-71-item-2" in corpus.provisions["kr-pipa/art-18-1"].sanctioned_by
    penalty = corpus.provisions["kr-pipa/art-71-item-2"]
    assert penalty.quote == "5년 이하의 징역 또는 5천만원 이하의 벌금에 처한다"
    assert READ in str(penalty.read_url)
    ceilings = {s.kind: s for s in penalty.sanctions}
    assert ceilings[SanctionKind.CRIMINAL_FINE].max_amount == 50_000_000
    assert ceilings[SanctionKind.CRIMINAL_FINE].currency == "KRW"
    assert ceilings[SanctionKind.IMPRISONMENT].max_years == 5
    assert "Art. 74(2)" in penalty.summary
