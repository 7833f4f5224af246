"""Lower ceilings for some firms only (eleventh sitting, blind reading 78, EU-KR: "at least 787 times
apart for all but small firms" was false for a small mid-cap, whose fines under AI Act Art. 99(4)
and (5) Regulation (EU) 2026/1744 capped at whichever of amount and share is lower (Art. 99(6a)))."""

from __future__ import annotations

import regalign
from regalign.comparisons.magnitude import Measured
from regalign.frameworks.checks import sanction_problem
from regalign.reports.amounts import _lower_for
from regalign.schema.records import Sanction
from regalign.schema.vocab import QuantityKind, WhicheverIs

# Art. 99(6a) as read in the consolidated text of 27 Jul 2026 (CELEX 02024R1689-20260727), chunk
# art_99#p2 of the copy the record's read_url names.
ART_99_6A = (
    "In the case of SMCs, each fine referred to in paragraphs 4 and 5 shall be up to the "
    "percentages or amount referred therein, whichever is lower."
)


def _fine(**fields: object) -> Sanction:
    base: dict[str, object] = dict(max_amount=1, currency="EUR", turnover_percent=1.0)
    return Sanction(applies_to="x", **{**base, **fields})


def test_a_lower_ceiling_names_the_firms_it_is_for() -> None:
    assert "for_firms" in sanction_problem(_fine(whichever=WhicheverIs.LOWER))
    assert sanction_problem(_fine(whichever=WhicheverIs.LOWER, for_firms="SMEs")) == ""
    assert "whichever: lower" in sanction_problem(
        _fine(whichever=WhicheverIs.HIGHER, for_firms="SMEs")
    )


def test_the_small_midcap_ceiling_covers_paragraphs_4_and_5_only() -> None:
    corpus = regalign.load()
    record = corpus.provisions["eu-ai-act/art-99-6a"]
    assert record.quote == ART_99_6A
    assert "5f35fc9d6ab513cc3e826e632f81bcb16508b56c" in str(record.read_url)
    amounts = {(s.max_amount, s.turnover_percent, s.for_firms) for s in record.sanctions}
    # Paragraphs 4 (EUR 15 million or 3%) and 5 (EUR 7.5 million or 1%), not 3 (Art. 5 breaches).
    assert amounts == {(15_000_000, 3.0, "small mid-caps"), (7_500_000, 1.0, "small mid-caps")}
    smes = corpus.provisions["eu-ai-act/art-99-6"]
    assert {s.for_firms for s in smes.sanctions} == {"SMEs"}
    assert 35_000_000 in {s.max_amount for s in smes.sanctions}


def test_a_lower_ceiling_counts_on_its_own_tier_only() -> None:
    # Art. 5 breaches (EUR 35 million or 7%) keep the higher of the two for small mid-caps: only
    # SMEs are left out of a ratio measured on that tier; on the Art. 99(4) tier, both.
    corpus = regalign.load()
    articles = [corpus.provisions[f"eu-ai-act/art-99-{n}"] for n in ("6", "6a")]

    def firms(amount: float) -> list[str]:
        measured = Measured(
            kind=QuantityKind.FINE_CEILING,
            value=amount,
            shown="",
            source="eu-ai-act/art-99-3",
            cite="",
            original=amount,
            unit="EUR",
        )
        return [f for record in articles for f in _lower_for(measured, record.sanctions)]

    assert firms(35_000_000) == ["SMEs"]
    assert firms(15_000_000) == ["SMEs", "small mid-caps"]
    assert firms(20_000_000) == []
