"""Using personal data for a new purpose (seventh sitting): the GDPR's and the APPI's counterparts of
PIPA's rules on AI-development use (Arts 28-12 to 28-14) and mandatory certification (Art. 32-2(1),
proviso), asserted against the texts the records name as read_url.

GDPR (the eIDAS20 repository's copy of the Official Journal text, commit 1124263):
- Art. 6(4): "in order to ascertain whether processing for another purpose is compatible with the
  purpose for which the personal data are initially collected, take into account, inter alia";
- Art. 13(3): "the controller shall provide the data subject prior to that further processing with
  information on that other purpose";
- Art. 36(1): "The controller shall consult the supervisory authority prior to processing where a data
  protection impact assessment under Article 35 indicates that the processing would result in a high
  risk"; Art. 36(2): advice "within period of up to eight weeks", "extended by six weeks";
- Art. 42(3): "The certification shall be voluntary and available via a process that is transparent.";
- Art. 58(2)(f): "to impose a temporary or definitive limitation including a ban on processing";
- Art. 83(4): "administrative fines up to 10 000 000 EUR, or in the case of an undertaking, up to 2 % of
  the total worldwide annual turnover of the preceding financial year, whichever is higher", for "(a)
  the obligations of the controller and the processor pursuant to Articles 8, 11, 25 to 39 and 42 and
  43".

APPI (DaisukeHori/japan-law, commit 9bcda14, a Markdown copy of the e-Gov text):
- Art. 18(1): "個人情報取扱事業者は、あらかじめ本人の同意を得ないで、前条の規定により特定された利用目的の
  達成に必要な範囲を超えて、個人情報を取り扱ってはならない。";
- Art. 21(3): "個人情報取扱事業者は、利用目的を変更した場合は、変更された利用目的について、本人に通知し、
  又は公表しなければならない。"
"""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Evidence, Modality
from tests.frameworks.fact_tables import bundled

GDPR_6_4 = (
    "in order to ascertain whether processing for another purpose is compatible with the purpose for "
    "which the personal data are initially collected"
)
GDPR_13_3 = (
    "the controller shall provide the data subject prior to that further processing with information "
    "on that other purpose"
)
GDPR_36_1 = (
    "The controller shall consult the supervisory authority prior to processing where a data "
    "protection impact assessment under Article 35 indicates that the processing would result in a "
    "high risk"
)
GDPR_42_3 = "The certification shall be voluntary and available via a process that is transparent."
GDPR_58_2_F = "to impose a temporary or definitive limitation including a ban on processing"
APPI_18_1 = (
    "あらかじめ本人の同意を得ないで、前条の規定により特定された利用目的の達成に必要な範囲を超えて、"
    "個人情報を取り扱ってはならない"
)
APPI_21_3 = (
    "利用目的を変更した場合は、変更された利用目的について、本人に通知し、又は公表しなければならない"
)


def _quote(pid: str, text: str) -> None:
    provision = bundled().provisions[pid]
    assert provision.quote is not None and provision.quote in text, pid
    assert provision.evidence is Evidence.PRIMARY, pid


def test_the_gdpr_records_quote_their_articles() -> None:
    _quote("eu-gdpr/art-6-4", GDPR_6_4)
    _quote("eu-gdpr/art-13-3", GDPR_13_3)
    _quote("eu-gdpr/art-36-1", GDPR_36_1)
    _quote("eu-gdpr/art-42-1-3", GDPR_42_3)
    _quote("eu-gdpr/art-58-2-f", GDPR_58_2_F)
    provisions = bundled().provisions
    for pid in ("art-6-4", "art-13-3", "art-36-1", "art-42-1-3", "art-58-2-f", "art-83-4"):
        assert provisions[f"eu-gdpr/{pid}"].applies_from == date(2018, 5, 25), pid
    # Certification is encouraged by the state and voluntary: never a duty on controllers.
    assert provisions["eu-gdpr/art-42-1-3"].modality is Modality.PROMOTION
    assert provisions["eu-gdpr/art-58-2-f"].modality is Modality.PERMISSION
    assert "eight weeks" in provisions["eu-gdpr/art-36-1"].summary


def test_the_lower_fine_tier_backs_prior_consultation() -> None:
    provisions = bundled().provisions
    tier = provisions["eu-gdpr/art-83-4"]
    (fine,) = tier.sanctions
    assert (fine.max_amount, fine.currency, fine.turnover_percent) == (10_000_000, "EUR", 2)
    assert fine.whichever is not None and fine.whichever.value == "higher"
    assert tuple(provisions["eu-gdpr/art-36-1"].sanctioned_by) == ("eu-gdpr/art-83-4",)
    # Arts 6 and 13 sit in the higher tier (Art. 83(5)(a), (b)).
    for pid in ("eu-gdpr/art-6-4", "eu-gdpr/art-13-3"):
        assert tuple(provisions[pid].sanctioned_by) == ("eu-gdpr/art-83-5",)


def test_the_appi_records_quote_their_articles_and_keep_a_secondary_date() -> None:
    _quote("jp-appi/art-18-1", APPI_18_1)
    _quote("jp-appi/art-21-3", APPI_21_3)
    provisions = bundled().provisions
    assert provisions["jp-appi/art-18-1"].modality is Modality.PROHIBITION
    for pid in ("jp-appi/art-18-1", "jp-appi/art-21-3"):
        provision = provisions[pid]
        assert provision.applies_from == date(2022, 4, 1)
        assert provision.applies_from_evidence is Evidence.SECONDARY
        assert "9bcda14ad672d8f01b5e08694489c7552d0d370e" in str(provision.read_url)


def _relations(source: str, target: str) -> list[tuple[int, bool]]:
    return [
        (item.relation.strength, item.relation.opposite)
        for item in bundled().relations
        if (str(item.relation.source), str(item.relation.target)) == (source, target)
    ]


def test_the_crosswalks_pair_the_new_purpose_rules_and_keep_article_48_apart() -> None:
    assert _relations("eu-gdpr/art-6-4", "kr-pipa/art-28-12-1") == [(4, False)]
    assert _relations("eu-gdpr/art-36-1", "kr-pipa/art-28-12-2") == [(4, False)]
    assert _relations("eu-gdpr/art-42-1-3", "kr-pipa/art-32-2-1-proviso") == [(3, False)]
    assert _relations("eu-gdpr/art-6-4", "jp-appi/art-18-1") == [(5, False)]
    assert _relations("eu-gdpr/art-13-3", "jp-appi/art-21-3") == [(6, False)]
    # Not opposite (round 65, KR-JP): an exception set against the other side's general rule.
    assert _relations("kr-pipa/art-28-12-1", "jp-appi/art-18-1") == [(4, False)]
    # GDPR Art. 48 (third-country orders to transfer) met these PIPA duties on shape alone.
    for target in ("art-28-8-2", "art-28-8-5", "art-28-12-2", "art-32-2-1-proviso"):
        assert _relations("eu-gdpr/art-48", f"kr-pipa/{target}") == [(0, False)], target


def test_doras_outsourcing_rules_meet_the_korean_duties_only_as_curated() -> None:
    # Blind reading round 56, EU-KR (off page 1): DORA Art. 29(2) met EFTA Art. 21(1), a general duty
    # of care, at 1.000 on shape alone, and financial-sector rules read "aligned (0.86)".
    assert _relations("eu-dora/art-29-2", "kr-electronic-financial-transactions-act/art-21-1") == [
        (2, False)
    ]
    assert _relations("eu-dora/art-29-2", "kr-credit-information-act/art-17-3") == [(3, False)]
    assert _relations("eu-dora/art-31-12", "kr-credit-information-act/art-17-7") == [(2, False)]
    for source, target in (
        ("eu-dora/art-29-2", "kr-electronic-financial-transactions-act/art-21-2"),
        ("eu-dora/art-29-2", "kr-electronic-financial-transactions-act/art-21-4"),
        ("eu-dora/art-30-2-b", "kr-electronic-financial-transactions-act/art-21-1"),
        ("eu-dora/art-30-2-b", "kr-electronic-financial-transactions-act/art-21-2"),
        ("eu-dora/art-30-2-b", "kr-electronic-financial-transactions-act/art-21-4"),
    ):
        assert _relations(source, target) == [(0, False)], (source, target)


def test_japans_goods_export_licence_quotes_article_48() -> None:
    # FEFTA Art. 48(1) (DaisukeHori e-Gov copy, data of February 2026): "国際的な平和及び安全の維持を
    # 妨げることとなると認められるものとして政令で定める特定の地域を仕向地とする特定の種類の貨物の輸出を
    # しようとする者は、政令で定めるところにより、経済産業大臣の許可を受けなければならない。"
    provision = bundled().provisions["jp-fefta/art-48-1"]
    assert (
        provision.pinpoint == "Art. 48(1)"
        and provision.quote == "経済産業大臣の許可を受けなければならない。"
    )
    assert provision.modality is Modality.PROHIBITION and provision.evidence is Evidence.PRIMARY
    # The renumbered penalty item, read in the e-Gov revision of 12 Aug 2026 (ninth sitting).
    assert provision.sanctioned_by == ("jp-fefta/art-69-7-1-ii",)
    assert _relations("eu-dual-use-regulation/art-3-1", "jp-fefta/art-48-1") == [(6, False)]
    assert _relations("kr-foreign-trade-act/art-19-2", "jp-fefta/art-48-1") == [(7, False)]
