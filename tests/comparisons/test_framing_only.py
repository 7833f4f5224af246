"""A unit that meets only in definitions while a binding rule of a side is left unmatched is at
most partially aligned (tenth sitting): two matching definitions show that the sides define alike,
not that they regulate alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import regalign
from regalign.comparisons.framing_only import framing_only
from regalign.frameworks.method_loader import default_method
from regalign.schema.method import Cap

AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def legal_effect():
    # KR-JP: the two definitions of an electronic signature and the two rules on its effect meet,
    # while Korea's non-discrimination rule (Digital Signature Act Art. 3(1)) meets nothing.
    return regalign.compare("KR", "JP", as_of=AS_OF).topic("esig.legal-effect").now


def test_definitions_alone_do_not_make_a_unit_aligned(legal_effect) -> None:
    assert legal_effect.uncapped == "aligned"
    assert legal_effect.verdict == "partially-aligned"
    cap = next(c for c in legal_effect.caps if c.name == "framing-only")
    assert "has no counterpart" in cap.reason


def test_only_a_binding_rule_left_unmatched_counts(legal_effect) -> None:
    caps = default_method().caps
    binding = [r for r in legal_effect.unpaired_a if r.force_level == 3]
    assert binding and framing_only(caps, legal_effect.pairs, binding) is not None
    softened = [replace(r, force_level=2) for r in binding]
    assert framing_only(caps, legal_effect.pairs, softened) is None
    assert framing_only(caps, legal_effect.pairs, []) is None  # every provision paired


def test_a_substantive_pair_lifts_the_cap(legal_effect) -> None:
    caps = default_method().caps
    rule = next(r for r in legal_effect.unpaired_a if r.force_level == 3)
    substantive = replace(legal_effect.pairs[0], a=rule)
    assert framing_only(caps, [substantive, *legal_effect.pairs[1:]], [rule]) is None


def test_the_cap_can_be_switched_off(legal_effect) -> None:
    caps = default_method().caps.model_copy(
        update={"framing_only": Cap(enabled=False, verdict="divergent")}
    )
    rule = next(r for r in legal_effect.unpaired_a if r.force_level == 3)
    assert framing_only(caps, legal_effect.pairs, [rule]) is None


def test_a_definitions_unit_with_a_best_efforts_duty_beside_it_stays_aligned() -> None:
    # EU-JP definitions: thirteen pairs, and Japan's best-efforts duty of active use (AI Promotion
    # Act Art. 7) filed among them unmatched.
    unit = regalign.compare("EU", "JP", as_of=AS_OF).topic("ai.definitions").now
    assert unit.verdict == "aligned"
    assert not any(c.name == "framing-only" for c in unit.caps)
