"""Korea's ban on campaign deepfakes (round 70, EU-KR), asserted against the copy the records'
read_url names (legalize-kr, commit d554056, the law.go.kr text promulgated 29 Sep 2026).

Art. 82-8(1): "누구든지 선거일 전 90일부터 선거일까지 선거운동을 위하여 인공지능 기술 등을 이용하여 만든
실제와 구분하기 어려운 가상의 음향, 이미지 또는 영상 등(이하 "딥페이크영상등"이라 한다)을 제작ㆍ편집ㆍ
유포ㆍ상영 또는 게시하는 행위를 하여서는 아니 된다." Art. 255(5): "제82조의8제1항을 위반한 자는 7년 이하의
징역 또는 1천만원 이상 5천만원 이하의 벌금에 처한다." Art. 261(3): "1천만원 이하의 과태료", item 4: a breach
of Art. 82-8(2) (labelling outside the 90 days).
"""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Evidence, Modality, Role, SanctionKind
from tests.frameworks.fact_tables import bundled

ACT = "kr-public-official-election-act"
READ = "d5540567e7118fe0cd63aac20375eb6a979a775f"


def test_the_ban_quotes_article_82_8_and_carries_the_penalty_of_article_255_5() -> None:
    provision = bundled().provisions[f"{ACT}/art-82-8-1"]
    assert provision.quote is not None and provision.quote.startswith("누구든지 선거일 전 90일부터")
    assert provision.modality is Modality.PROHIBITION
    assert list(provision.topics) == ["ai.sexual-deepfakes"]
    assert list(provision.addressees) == [Role.USER]  # never read as a duty on firms
    ceilings = {s.kind: s for s in provision.sanctions}
    assert ceilings[SanctionKind.IMPRISONMENT].max_years == 7
    assert ceilings[SanctionKind.CRIMINAL_FINE].max_amount == 50_000_000
    assert READ in str(provision.read_url)
    # Round 84, KR-JP: the amending Act No. 19855 of 28 Dec 2023 (the marks 신설 2023.12.28) applies
    # "공포 후 1개월이 경과한 날부터" (its addenda, read in github.com/xxyy89890-wq/legalize-kr at
    # 7460e2a): from 29 Jan 2024, not from the amendment's date.
    assert provision.applies_from == date(2024, 1, 29)
    assert provision.applies_from_evidence is None and provision.evidence is Evidence.PRIMARY
    assert bundled().provisions[f"{ACT}/art-82-8-2"].applies_from == date(2024, 1, 29)
    (event,) = [e for e in bundled().frameworks[ACT].events if e.date == date(2023, 12, 28)]
    assert event.instrument == "Act No. 19855"


def test_the_labelling_duty_carries_the_fine_of_article_261_3() -> None:
    provision = bundled().provisions[f"{ACT}/art-82-8-2"]
    assert list(provision.topics) == ["ai.transparency.deepfakes"]
    assert provision.modality is Modality.OBLIGATION
    (fine,) = provision.sanctions
    assert (fine.kind, fine.max_amount, fine.currency) == (
        SanctionKind.ADMINISTRATIVE_FINE,
        10_000_000,
        "KRW",
    )


def test_the_election_ban_is_not_set_against_japans_child_pornography_crimes() -> None:
    related = {
        (str(r.relation.source), str(r.relation.target), r.relation.relation.value)
        for r in bundled().relations
    }
    assert (
        f"{ACT}/art-82-8-1",
        "jp-child-pornography-act/art-7-3-5-7",
        "not-related",
    ) in related
