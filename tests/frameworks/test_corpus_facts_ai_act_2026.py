"""The AI Act as amended by Regulation (EU) 2026/1744, checked against the Publications Office's
consolidated text of 27 Jul 2026 (CELEX 02024R1689-20260727), read in the verbatim copy of
aghasalim/eu-ai-act-rag at commit 5f35fc9d (eleventh sitting). Quotes from its chunks:

- art_99#p2: "(da) obligations of providers and operators pursuant to Article 25(2) and (4);"
- art_113: "(i) 2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2)
  and Annex III; and (ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to
  Article 6(1) and Annex I;"
- art_111#p1: "placed on the market or put into service before the date of application of Chapter III
  referred to in Article 113"
"""

from __future__ import annotations

from regalign.schema.vocab import Evidence
from tests.frameworks.fact_tables import bundled

COPY = "aghasalim/eu-ai-act-rag/blob/5f35fc9d6ab513cc3e826e632f81bcb16508b56c"


def test_the_value_chain_duties_carry_the_fine_point_da_added() -> None:
    corpus = bundled()
    assert "eu-ai-act/art-99-4" in corpus.provisions["eu-ai-act/art-25"].sanctioned_by
    assert "Art. 25(2) and (4), point (da)" in corpus.provisions["eu-ai-act/art-99-4"].summary


def test_every_date_the_amendment_moved_was_read_in_the_consolidated_text() -> None:
    corpus = bundled()
    moved = [
        change
        for pid in corpus.provisions_of("eu-ai-act")
        for change in corpus.provisions[pid].application_history
        if "2026/1744" in change.amended_by
    ]
    assert len(moved) >= 30
    assert all(c.evidence is Evidence.PRIMARY and COPY in str(c.source_url) for c in moved)
    assert {c.new.isoformat() for c in moved} == {"2027-12-02", "2028-08-02"}


def test_existing_high_risk_systems_follow_the_chapter_iii_date() -> None:
    record = bundled().provisions["eu-ai-act/art-111-2"]
    assert "before the date Chapter III applies under Art. 113" in record.summary
    assert "2 Aug 2030" in record.summary
    assert "before 2 Aug 2026" not in record.summary


def test_the_framework_says_what_was_read_and_what_was_not() -> None:
    framework = bundled().frameworks["eu-ai-act"]
    caveat = framework.caveats[0]
    assert "consolidated text of 27 Jul 2026 (CELEX 02024R1689-20260727)" in caveat
    assert "the amending act in the Official Journal" in caveat and "were not read" in caveat
    assert any(COPY in str(source.url) for source in framework.sources)


# Twelfth sitting: the articles Reg. (EU) 2026/1744 inserted that the eleventh left unrecorded, read
# in the same copy (chunks art_4a#p1-#p2, art_60a#p1-#p2, art_75a#p1-#p5, art_75b, art_75c#p1-#p3,
# art_75d). Quotes: art_4a#p1 "providers of such systems may exceptionally process special
# categories of personal data"; art_75c#p2 "shall not exceed 5 % of the average daily income or
# worldwide annual turnover in the preceding financial year per day".
def test_the_inserted_articles_are_recorded_from_the_consolidated_text() -> None:
    from datetime import date

    from regalign.schema.vocab import Modality, Role

    corpus = bundled()
    new = ["art-4a-1", "art-4a-2", "art-60a", "art-75a", "art-75b", "art-75c", "art-75d"]
    for local in new:
        provision = corpus.provisions[f"eu-ai-act/{local}"]
        assert COPY in str(provision.read_url), local
        assert "CELEX:02024R1689-20260727" in str(provision.source_url), local
        assert provision.evidence is Evidence.PRIMARY, local
    bias = corpus.provisions["eu-ai-act/art-4a-1"]
    assert bias.modality is Modality.PERMISSION and list(bias.addressees) == [Role.PROVIDER]
    assert bias.quote == (
        "providers of such systems may exceptionally process special categories of personal data"
    )
    # Chapter I applies already; the article from the amending act's entry into force (reported).
    assert bias.applies_from == date(2026, 7, 27)
    assert bias.applies_from_evidence is Evidence.SECONDARY
    assert corpus.provisions["eu-ai-act/art-4a-2"].quote == (
        "This paragraph does not create any obligation to conduct such bias detection and correction."
    )
    # Chapters VI and IX apply from the general date, after the consolidated version that holds them.
    for local in ("art-60a", "art-75a", "art-75b", "art-75c", "art-75d"):
        assert corpus.provisions[f"eu-ai-act/{local}"].applies_from == date(2026, 8, 2), local
    payments = corpus.provisions["eu-ai-act/art-75c"]
    assert "5 % of the average daily income or worldwide annual turnover" in (payments.quote or "")
    assert payments.sanctions == ()  # the fines are Art. 99's; no figure of its own is typed
    assert "5% of average daily income" in payments.summary
    caveat = corpus.frameworks["eu-ai-act"].caveats[0]
    assert (
        "75a-75d (read in full and recorded on 8 Dec 2026)" in caveat and "(titles)" not in caveat
    )


def test_the_inserted_articles_meet_their_korean_counterparts_like_with_like() -> None:
    related = {
        (str(r.relation.source), str(r.relation.target)): r.relation for r in bundled().relations
    }
    # A ground for using personal data in AI development, beside PIPA's (filed under the same topic).
    bias = related[("eu-ai-act/art-4a-1", "kr-pipa/art-28-12-1")]
    assert bias.strength == 4
    assert "data.personal-data-protection" in bundled().provisions["eu-ai-act/art-4a-1"].topics
    # The AI Office's investigative powers beside the Minister's fact-finding, its decisions beside
    # the corrective order.
    assert related[("eu-ai-act/art-75a", "kr-ai-basic-act/art-40-1")].strength == 4
    assert related[("eu-ai-act/art-75c", "kr-ai-basic-act/art-40-3")].strength == 4
