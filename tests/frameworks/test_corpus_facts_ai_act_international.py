"""AI Act Arts 40(3) and 66(i), (m), added after blind reading 52 (EU-KR) struck "International
standards" and "International cooperation: general rules" as "only Korea". Asserted against the
verbatim copy the records name as read_url: Art. 40(3) "... to contribute to strengthening global
cooperation on standardisation and taking into account existing international standards in the field
of AI ..."; Art. 66 "(i) contribute to effective cooperation with the competent authorities of third
countries and with international organisations; ... (m) advise the Commission in relation to
international matters on AI"."""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Modality
from tests.frameworks.fact_tables import bundled


def test_the_standardisation_objective_is_a_best_efforts_duty_from_august_2026() -> None:
    provision = bundled().provisions["eu-ai-act/art-40-3"]
    assert provision.pinpoint == "Art. 40(3)" and provision.modality is Modality.BEST_EFFORTS
    assert (
        provision.quote is not None and "global cooperation on standardisation" in provision.quote
    )
    assert provision.topics == ("ai.international-cooperation.standards",)
    assert provision.applies_from == date(2026, 8, 2)  # Art. 113, second paragraph


def test_the_boards_international_tasks_apply_with_chapter_vii() -> None:
    provision = bundled().provisions["eu-ai-act/art-66-i-m"]
    assert provision.pinpoint == "Art. 66(i), (m)"
    assert provision.quote is not None and "third countries" in provision.quote
    assert provision.topics == ("ai.international-cooperation",)
    assert provision.applies_from == date(2025, 8, 2)  # Art. 113(b): Chapter VII


def test_they_meet_the_korean_and_japanese_articles_on_cooperation() -> None:
    found = {
        (str(r.relation.source), str(r.relation.target)): r.relation.strength
        for r in bundled().relations
    }
    assert found[("eu-ai-act/art-40-3", "kr-ai-basic-act/art-14")] == 3
    assert found[("eu-ai-act/art-66-i-m", "kr-ai-basic-act/art-22")] == 4
    assert found[("eu-ai-act/art-66-i-m", "jp-ai-promotion-act/art-17")] == 4
    assert found[("eu-ai-act/art-40-3", "jp-ai-promotion-act/art-17")] == 3
