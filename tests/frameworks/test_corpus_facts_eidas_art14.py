"""eIDAS Art. 14 (third-country trust services), added after blind reading 18 (EU-KR), asserted against
the consolidated text of 18 Oct 2024 that eu-eidas.yaml names as read_url: Art. 14(1) reads "Trust
services provided by trust service providers established in a third country or by an international
organisation shall be recognised as legally equivalent to qualified trust services provided by
qualified trust service providers established in the Union, where the trust services originating from
the third country or from the international organisation are recognised by means of implementing acts
or an agreement concluded between the Union and the third country or the international organisation
pursuant to Article 218 TFEU."
"""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Evidence
from tests.frameworks.fact_tables import bundled

ARTICLE_14_1 = (
    "Trust services provided by trust service providers established in a third country or by an "
    "international organisation shall be recognised as legally equivalent to qualified trust services"
)


def test_the_record_quotes_article_14_and_is_dated_from_the_2024_wording() -> None:
    provision = bundled().provisions["eu-eidas/art-14"]
    assert provision.quote is not None and provision.quote in ARTICLE_14_1
    assert provision.pinpoint == "Art. 14(1)-(3)" and provision.evidence is Evidence.PRIMARY
    assert provision.applies_from == date(2024, 5, 20)
    assert provision.topics == ("esig.mutual-recognition",)


def test_it_meets_koreas_international_evaluations_only_as_a_moderate_relation() -> None:
    found = [
        item.relation
        for item in bundled().relations
        if (str(item.relation.source), str(item.relation.target))
        == ("eu-eidas/art-14", "kr-digital-signature-act/art-11")
    ]
    assert [(r.strength, r.opposite) for r in found] == [(4, False)]


def test_only_the_eu_recognises_foreign_trust_services() -> None:
    # Mutual recognition is "recognising foreign signatures, certificates or trust services" (the
    # taxonomy). Korea's Digital Signature Act Art. 11 counts a foreign evaluation toward Korea's own
    # accreditation; Japan's Electronic Signatures Act Art. 15 accredits a business abroad under
    # Japan's criteria. Neither recognises a foreign trust service, so both sit under supervision
    # only; on this topic Korea has only the policy aim of Art. 4(7), Japan nothing (calibration
    # esig-002, esig-005, jp-021).
    corpus = bundled()
    in_topic = {
        pid for pid, p in corpus.provisions.items() if "esig.mutual-recognition" in p.topics
    }
    assert "eu-eidas/art-14" in in_topic
    for pid in ("kr-digital-signature-act/art-11", "jp-electronic-signatures-act/art-15"):
        assert corpus.provisions[pid].topics == ("esig.trust-services",)
    national = {pid for pid in in_topic if pid.startswith(("kr-", "jp-"))}
    assert national == {"kr-digital-signature-act/art-4-7"}


def test_koreas_policy_aim_quotes_item_7_of_article_4() -> None:
    # Art. 4 item 7 of the Digital Signature Act (legalize-kr copy of the law.go.kr text):
    # "7. 외국의 전자서명에 대한 상호인정 등 국제협력".
    provision = bundled().provisions["kr-digital-signature-act/art-4-7"]
    assert provision.pinpoint == "Art. 4(7)"
    assert provision.quote == "외국의 전자서명에 대한 상호인정 등 국제협력"
    assert provision.modality.value == "institutional"
    assert [a.value for a in provision.addressees] == ["government"]
    found = [
        item.relation
        for item in bundled().relations
        if (str(item.relation.source), str(item.relation.target))
        == ("eu-eidas/art-14", "kr-digital-signature-act/art-4-7")
    ]
    # A policy aim against a recognition with legal effect: barely related.
    assert [(r.strength, r.opposite) for r in found] == [(2, False)]


def test_the_legal_effect_rules_bind_courts_and_administrations_not_signatories() -> None:
    # Round 57, EU-KR (off page 1): "both have binding prohibitions for signatories" for eIDAS Art.
    # 25(1) and the Digital Signature Act Art. 3(1), which bind whoever assesses a signature.
    provisions = bundled().provisions
    for pid in (
        "eu-eidas/art-25-1",
        "eu-eidas/art-25-2",
        "kr-digital-signature-act/art-3-1",
        "kr-digital-signature-act/art-3-2",
        "jp-electronic-signatures-act/art-3",
    ):
        assert [a.value for a in provisions[pid].addressees] == ["public-body"], pid
