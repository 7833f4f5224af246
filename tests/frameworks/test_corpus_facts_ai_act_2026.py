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
