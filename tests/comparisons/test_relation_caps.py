"""The weak- and slight-relation caps: the curator's strength bounds a pair (sixth sitting).

eIDAS Art. 14 recognises third-country trust services as equivalent to qualified ones; Korea's
Digital Signature Act Art. 4(7) only names mutual recognition among the government's policy aims.
The crosswalk relates the two at strength 2, yet both bind and both address the State, so the pair
read aligned (0.63) and the unit partially aligned. Two provisions the curator relates only weakly
may not read aligned however alike their shape.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from regalign.comparisons.caps import bound, fired
from regalign.comparisons.compare import compare
from regalign.comparisons.results import RelationUsed
from regalign.frameworks.method_loader import default_method
from regalign.schema.records import Relation
from regalign.schema.vocab import Rationale, RelationType
from tests.bundled import bundled, compared
from tests.comparisons.method_variants import without_cap

DAY = date(2026, 12, 7)


def _used(strength: int, opposite: bool = False) -> RelationUsed:
    kind = RelationType.NOT_RELATED if strength == 0 else RelationType.INTERSECTS_WITH
    relation = Relation(
        source="eu-x/art-1",
        target="kr-y/art-2",
        relation=kind,
        rationale=Rationale.SEMANTIC,
        strength=strength,
        justification="A test relation.",
        opposite=opposite,
    )
    return RelationUsed("test", relation)


def _caps(strengths: list[int], opposite: bool = False) -> dict[str, str]:
    used = [_used(s, opposite) for s in strengths]
    found = fired(default_method().caps, [], [], "EU", "Korea", [], used)
    return {c.name: c.bound for c in found}


def test_the_bundled_settings_bound_strength_3_at_partial_and_2_at_divergent() -> None:
    assert _caps([3]) == {"weak-relation": "partially-aligned"}
    assert _caps([2]) == {"weak-relation": "partially-aligned", "slight-relation": "divergent"}
    assert _caps([4]) == {}
    # The strongest relation between the two speaks for them.
    assert _caps([2, 6]) == {}
    # Strength 0 and opposite relations have their own cap (not-related), not this one.
    assert "weak-relation" not in _caps([0])
    assert "weak-relation" not in _caps([2], opposite=True)


@given(st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=4))
def test_the_cap_follows_the_strongest_relation(strengths: list[int]) -> None:
    found = _caps(strengths)
    top = max(strengths)
    assert ("weak-relation" in found) == (top <= 3)
    assert ("slight-relation" in found) == (top <= 2)
    # A stronger relation never adds a cap.
    stronger = _caps([min(s + 1, 9) for s in strengths])
    assert set(stronger) <= set(found)
    # The bound is the lowest of those that fire, and never above the thresholds' verdict.
    limit = bound("aligned", found.values())
    assert limit == ("divergent" if top <= 2 else "partially-aligned" if top <= 3 else "aligned")


def test_a_policy_aim_does_not_partly_align_with_a_recognition_that_has_legal_effect() -> None:
    unit = compared("EU", "KR", DAY).topic("esig.mutual-recognition")
    lead = unit.now.lead
    assert lead is not None
    assert (lead.a.id, lead.b.id) == ("eu-eidas/art-14", "kr-digital-signature-act/art-4-7")
    assert unit.now.verdict == "divergent"
    assert "slight-relation" in {c.name for c in unit.now.caps}


def test_a_power_to_inspect_does_not_align_with_research_and_advice() -> None:
    # KR-JP: AI Basic Act Art. 40 lets the Minister demand materials and inspect premises; JP AI
    # Promotion Act Art. 16 lets the State research cases and advise (crosswalk strength 2). The
    # unit read aligned (0.62) under competent authorities.
    result = compared("KR", "JP", DAY)
    for topic in ("ai.governance.authorities", "ai.enforcement"):
        assert result.topic(topic).now.verdict == "divergent", topic


def test_a_rule_on_foreign_judgments_does_not_meet_information_before_consent() -> None:
    # Round 47, EU-JP (off page 1): GDPR Art. 48 (third-country orders to transfer) met APPI Art.
    # 28(2) and (3) on shape alone, "aligned (0.80)"; the crosswalk now says not related, and pairs
    # GDPR Art. 50 with the PPC's information to foreign enforcers (APPI Art. 172).
    unit = compared("EU", "JP", DAY).topic("data.personal-data-protection")
    pairs = {(p.a.id, p.b.id): p.basis for p in unit.now.pairs}
    assert not any(a == "eu-gdpr/art-48" for a, _ in pairs)
    assert pairs[("eu-gdpr/art-50", "jp-appi/art-172")] == "curated-relation"


def test_shape_alone_in_a_broad_topic_is_at_most_partly_aligned() -> None:
    # Round 47, EU-KR, page 1: "33 aligned" counted industrial promotion's general rules, where AI
    # Act Art. 62 (SMEs) met AI Basic Act Arts 22 and 37 on shape alone at 1.000.
    result = compared("EU", "KR", DAY)
    general = result.topic("ai.industrial-promotion#general")
    assert general.now.pairs and all(p.basis == "same-addressees" for p in general.now.pairs)
    assert general.now.uncapped == "aligned" and general.now.verdict == "partially-aligned"
    assert [c.name for c in general.now.caps] == ["broad-shape"]
    # A narrow topic keeps its verdict on shape: both statutes make the State train AI talent.
    talent = compared("KR", "JP", DAY).topic("ai.industrial-promotion.adoption.talent")
    assert all(p.basis == "same-addressees" for p in talent.now.pairs)
    assert talent.now.verdict == "aligned"
    # A general unit led by a shape pair is held too, even beside a curated pair of guidance: AI
    # Act Art. 50(3) (emotion recognition) against the Decree's website summary (Art. 27(1)).
    transparency = result.topic("ai.transparency#general")
    assert transparency.now.lead is not None and transparency.now.lead.basis == "same-addressees"
    assert any(p.basis == "curated-relation" for p in transparency.now.pairs)
    assert transparency.now.verdict == "partially-aligned"
    # AI Act Art. 70 and AI Basic Act Art. 39 are curated now (strength 3), no longer 0.92.
    authorities = result.topic("ai.governance.authorities")
    assert authorities.now.verdict == "partially-aligned"
    assert authorities.now.lead is not None and authorities.now.lead.basis == "curated-relation"


def test_the_broad_shape_cap_can_be_switched_off() -> None:
    off = without_cap("broad_shape")
    unit = compare(bundled(), "EU", "KR", as_of=DAY, method=off).topic(
        "ai.industrial-promotion#general"
    )
    assert unit.now.verdict == "aligned"


def test_two_review_clauses_of_different_things_are_loosely_related() -> None:
    # Round 49, EU-JP (off page 1): the Commission's review of its adequacy finding met Japan's
    # three-yearly review of the APPI as amended in 2020 on shape alone at 1.000; the crosswalk now relates
    # them at strength 3.
    unit = compared("EU", "JP", DAY).topic("data.review")
    pair = next(p for p in unit.now.pairs if p.b.id == "jp-appi/suppl-2020-art-10")
    assert pair.a.id == "eu-adequacy-jp/monitoring-review" and pair.basis == "curated-relation"
    assert pair.verdict == "partially-aligned" and pair.score < 1.0


def test_a_fine_for_false_information_does_not_meet_a_fine_with_no_such_offence() -> None:
    # Round 51, EU-KR (off page 1): AI Act Art. 99(5) (incorrect or misleading information to
    # authorities) met AI Basic Act Art. 43 as "the same kind of breach"; Art. 43 has no such offence.
    unit = compared("EU", "KR", DAY).topic("ai.penalties")
    assert not any(p.a.id == "eu-ai-act/art-99-5" for p in unit.now.pairs)
    assert unit.now.verdict == "divergent"


def test_financial_sector_rules_do_not_align_on_shape_alone() -> None:
    # Blind reading round 56, EU-KR (off page 1): "aligned (0.86)", DORA Art. 29(2) (contracts with
    # third-country ICT providers) paired at 1.000 with EFTA Art. 21(1) (a general duty of care).
    unit = compared("EU", "KR", DAY).topic("data.financial")
    assert unit.now.verdict == "partially-aligned"
    assert not any(p.basis == "same-addressees" for p in unit.now.pairs)
    assert unit.now.lead is not None and unit.now.lead.basis == "curated-relation"


def test_the_definition_of_deep_fake_does_not_meet_the_labelling_exceptions() -> None:
    # Round 56, EU-KR (off page 1): AI Act Art. 3(60) met Decree Art. 23(4) as "the same kind of
    # rule"; Korea has no definition of deep fake, so Art. 3(60) has no counterpart.
    unit = compared("EU", "KR", DAY).topic("ai.transparency.deepfakes")
    assert not any(p.a.id == "eu-ai-act/art-3-60" for p in unit.now.pairs)
    assert "eu-ai-act/art-3-60" in {r.id for r in unit.now.unpaired_a}
    # The unit's verdict comes from its rules (the stricter-rule cap since round 90), not from the
    # definition left unpaired.
    assert unit.now.verdict == "partially-aligned"
    assert [c.name for c in unit.now.caps] == ["stricter-rule"]


def test_scope_rules_do_not_meet_a_commencement_clause() -> None:
    # Round 57, EU-JP (off page 1): every AI Act scope rule (Art. 2(1) at 0.83) met the Japanese
    # Act's commencement clause on shape alone; the commencement clauses are each other's pair.
    unit = compared("EU", "JP", DAY).topic("ai.scope#general")
    assert [(p.a.id, p.b.id, p.basis) for p in unit.now.pairs] == [
        ("eu-ai-act/art-113", "jp-ai-promotion-act/suppl-1", "curated-relation")
    ]
    assert "eu-ai-act/art-2-1" in {r.id for r in unit.now.unpaired_a}


def test_a_topic_filter_keeps_counterparts_filed_under_other_topics() -> None:
    # Round 60, EU-JP (off page 1): `compare --topic ai.enforcement` read 0.34 where the full
    # comparison reads 0.35: the filter dropped JP AI Promotion Act Art. 7, filed under strategy,
    # which the crosswalk relates to an EU duty here, so that duty counted as a gap.
    full = compared("EU", "JP", DAY)
    narrow = compared("EU", "JP", DAY, topic="ai.enforcement")
    for horizon in ("now", "adopted"):
        assert (
            getattr(narrow.topic("ai.enforcement"), horizon).score
            == getattr(full.topic("ai.enforcement"), horizon).score
        )


def test_consent_of_testing_subjects_does_not_meet_an_innovation_principle() -> None:
    # Round 60, EU-JP (off page 1): AI Act Art. 61 met the Japanese guideline's innovation
    # principle (Part 2 C. 10)) on shape alone under "Innovation support".
    unit = compared("EU", "JP", DAY).topic("ai.innovation#general")
    assert not any(p.a.id == "eu-ai-act/art-61" for p in unit.now.pairs)
    assert unit.now.verdict == "divergent"
