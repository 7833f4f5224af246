"""Rights on automated decisions (round 62, EU-KR): PIPA Art. 37-2, the counterpart of GDPR Arts 22 and
15(1)(h), asserted against the copy its read_url names (legalize-kr, commit d7cd2aa, the law.go.kr
text), and the e-signature penalty pair judged like with like (round 62, EU-JP).

PIPA Art. 37-2(2): "정보주체는 개인정보처리자가 자동화된 결정을 한 경우에는 그 결정에 대하여 설명 등을
요구할 수 있다." Para. 1 carries the proviso excluding decisions made under Art. 15(1)(1), (2) and (4)
("다만, 자동화된 결정이 제15조제1항제1호ㆍ제2호 및 제4호에 따라 이루어지는 경우에는 그러하지 아니하다").
Para. 3: "개인정보처리자는 … 정당한 사유가 없는 한 자동화된 결정을 적용하지 아니하거나 인적 개입에 의한
재처리ㆍ설명 등 필요한 조치를 하여야 한다."
"""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Evidence, Modality
from tests.frameworks.fact_tables import bundled

PIPA_37_2_2 = "정보주체는 개인정보처리자가 자동화된 결정을 한 경우에는 그 결정에 대하여 설명 등을 요구할 수 있다."
PIPA_37_2_3 = "인적 개입에 의한 재처리ㆍ설명 등 필요한 조치를 하여야 한다"


def _strength(source: str, target: str) -> list[int]:
    return [
        item.relation.strength
        for item in bundled().relations
        if (str(item.relation.source), str(item.relation.target)) == (source, target)
    ]


def test_pipa_article_37_2_quotes_the_right_to_an_explanation() -> None:
    provision = bundled().provisions["kr-pipa/art-37-2-1-2"]
    assert provision.quote == PIPA_37_2_2
    assert provision.modality is Modality.RIGHT
    assert list(provision.topics) == ["ai.individual-rights.explanation"]
    # In force from 15 Mar 2024 on a law firm's report: the date is secondary, the text primary.
    assert provision.applies_from == date(2024, 3, 15)
    assert provision.applies_from_evidence is Evidence.SECONDARY
    assert provision.evidence is Evidence.PRIMARY
    assert "d7cd2aaeef92320f565f71c1301b0916454a09d5" in str(provision.read_url)
    assert "Art. 15(1)(1), (2), (4)" in provision.summary


def test_the_controllers_duties_in_pipa_article_37_2_bind_firms() -> None:
    # Round 77, KR-JP: paras (3)-(4) bind the controller ("조치를 하여야 한다", "공개하여야 한다"),
    # and page 1's count of topics on which Korea binds firms left them out while the whole article
    # was recorded as a right.
    duty = bundled().provisions["kr-pipa/art-37-2-3-4"]
    assert duty.quote == PIPA_37_2_3
    assert duty.modality is Modality.OBLIGATION
    assert list(duty.addressees) == ["controller"]
    right = bundled().provisions["kr-pipa/art-37-2-1-2"]
    assert (duty.applies_from, duty.read_url) == (right.applies_from, right.read_url)


def test_the_gdpr_rights_on_automated_decisions_meet_pipa_article_37_2() -> None:
    # Like with like: the right with the right, the controller's duty with the controller's duty.
    assert _strength("eu-gdpr/art-22-1", "kr-pipa/art-37-2-1-2") == [7]
    assert _strength("eu-gdpr/art-22-3", "kr-pipa/art-37-2-3-4") == [6]
    assert _strength("eu-gdpr/art-15-1-h", "kr-pipa/art-37-2-1-2") == [6]
    assert _strength("eu-gdpr/art-22-1", "kr-pipa/art-37-2-3-4") == []


def test_the_e_signature_fines_pair_providers_duties_first() -> None:
    # The EU's floor for fines on providers is closest to Japan's fine on the accredited business for
    # its own duties (Art. 46 with Art. 44), not to the fine for false accreditation marks.
    assert _strength("eu-eidas/art-16-2", "jp-electronic-signatures-act/art-46-44") == [6]
    assert _strength("eu-eidas/art-16-2", "jp-electronic-signatures-act/art-46-42") == [3]


def test_the_ai_acts_deemed_compliance_for_financial_institutions_is_recorded() -> None:
    # Round 62, EU-KR (off page 1): "Compliance through other laws: only Korea", while AI Act Art.
    # 17(4) deems financial institutions' governance rules to meet the quality-management duty.
    provision = bundled().provisions["eu-ai-act/art-17-4"]
    assert provision.quote is not None and "shall be deemed to be fulfilled" in provision.quote
    assert provision.modality is Modality.EXCEPTION
    assert list(provision.topics) == ["ai.high-risk.deemed-compliance"]
    assert provision.applies_from == bundled().provisions["eu-ai-act/art-17"].applies_from
    # Weakly related to Korea's general deemed compliance (one sector, one duty).
    assert _strength("eu-ai-act/art-17-4", "kr-ai-basic-act/art-34-3") == [3]


def test_pipas_general_purpose_limitation_and_the_decrees_review_of_recognitions() -> None:
    # Round 65, KR-JP: PIPA's AI-development exception was the only Korean rule set against the
    # APPI's purpose limitation; EU-KR: "review of data-flow rules: only the EU".
    provisions = bundled().provisions
    rule = provisions["kr-pipa/art-18-1"]
    assert rule.modality is Modality.PROHIBITION and rule.quote is not None
    assert "제15조제1항에 따른 범위를 초과하여 이용하거나" in rule.quote
    assert _strength("kr-pipa/art-18-1", "jp-appi/art-18-1") == [7]
    review = provisions["kr-pipa/decree-art-29-9-3-5"]
    assert review.quote is not None and "점검해야 한다" in review.quote
    assert "data.review" in review.topics
    assert "0e778a82ed93d40e335dc937dd8affea161dd88d" in str(review.read_url)
    assert _strength("eu-gdpr/art-45-4-5", "kr-pipa/decree-art-29-9-3-5") == [6]
    # Not opposite (round 65): an exception set against the other side's general rule.
    [item] = [
        r
        for r in bundled().relations
        if (str(r.relation.source), str(r.relation.target))
        == ("kr-pipa/art-28-12-1", "jp-appi/art-18-1")
    ]
    assert not item.relation.opposite
