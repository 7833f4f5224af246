"""The conformity table rates each side's own law only against commitments a law can conform to
(blind reading round 8: a definition, a dispute-settlement exclusion and security exceptions were
rated against domestic rules)."""

from __future__ import annotations

from datetime import date

import pytest

from regalign.reports.briefing import build
from regalign.reports.render_markdown import render
from tests.bundled import bundled, compared

AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def corpus():
    return bundled()


def _joint_section(corpus, a: str, b: str, detail: str) -> str:  # type: ignore[no-untyped-def]
    result = compared(a, b, AS_OF)
    text = render(build(result, corpus, prepared=AS_OF, detail=detail))
    return text.split("## Joint commitments and each side's own law", 1)[1].split("\n## ", 1)[0]


@pytest.mark.parametrize("detail", ["standard", "full"])
def test_definitions_procedures_and_exceptions_are_not_rated(corpus, detail) -> None:
    section = _joint_section(corpus, "KR", "JP", detail)
    assert "Art. 12.15(2)" in section  # a commitment that bars something is rated
    for clause in ("Art. 12.1(b)", "Art. 12.17(3)", "Art. 12.14(3)", "Art. 12.15(3)"):
        assert clause not in section, clause


def test_a_treatys_exceptions_are_not_answered_by_a_reciprocity_clause(corpus) -> None:
    section = _joint_section(corpus, "EU", "KR", "full")
    assert "PIPA Art. 28-10" not in section
    assert "Article numbers of the EU-Korea DTA are not recorded" in section
    # The Digital Partnership has some numbered records: its numbers are not said to be missing.
    assert "EU-Korea Digital Partnership are not recorded" not in section
