"""Imprisonment up to life has no maximum in years (tenth sitting, blind reading 76, KR-JP: Korea's
production offence for child sexual exploitation material, life or at least five years, was
recorded with no sanction, and the briefing said only Japan had penalties)."""

from __future__ import annotations

from datetime import date

import regalign
from regalign.frameworks.checks import sanction_problem
from regalign.reports.amounts import penalty_words
from regalign.schema.records import Sanction
from regalign.schema.vocab import SanctionKind

PRISON = SanctionKind.IMPRISONMENT


def test_life_stands_in_for_a_maximum_in_years() -> None:
    assert sanction_problem(Sanction(kind=PRISON, life=True, applies_to="x")) == ""
    assert "max_years" in sanction_problem(Sanction(kind=PRISON, applies_to="x"))
    both = Sanction(kind=PRISON, life=True, max_years=5.0, applies_to="x")
    assert "leave max_years out" in sanction_problem(both)


def test_korea_s_production_offence_carries_its_penalty() -> None:
    corpus = regalign.load()
    record = corpus.provisions["kr-child-sexual-protection-act/art-11-1"]
    # LKR/아동ㆍ청소년의성보호에관한법률 Art. 11(1): "무기 또는 5년 이상의 징역에 처한다".
    assert record.quote is not None and "무기 또는 5년 이상의 징역" in record.quote
    (sanction,) = record.sanctions
    assert sanction.kind is PRISON and sanction.life and sanction.max_years is None
    assert "at least five years" in sanction.applies_to
    unit = regalign.compare("KR", "JP", as_of=date(2026, 12, 6)).topic("ai.sexual-deepfakes")
    korea = [r for r in unit.now.stance_a if r.id == "kr-child-sexual-protection-act/art-11-1"]
    assert korea and penalty_words(korea, corpus) == "up to life imprisonment"
