"""A condition one side attaches to the rule that leads a unit, with nothing matching it on the
other side, bounds the unit (blind readings 72 and 74, EU-JP: "Text and data mining exceptions |
aligned (0.79)" though the EU's exception yields to a rightholder's opt-out, Directive (EU)
2019/790 Art. 4(3), and Japan's Copyright Act Art. 30-4 has none)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import regalign
from regalign.comparisons.lone_condition import lone_condition
from regalign.comparisons.results import PARTIALLY_ALIGNED
from regalign.frameworks.method_loader import default_method
from regalign.schema.method import Cap

AS_OF = date(2026, 12, 6)
TDM = "ai.general-purpose.text-and-data-mining"


@pytest.fixture(scope="module")
def tdm():
    return regalign.compare("EU", "JP", as_of=AS_OF).topic(TDM).now


def test_the_opt_out_bounds_text_and_data_mining(tdm) -> None:
    assert tdm.uncapped == "aligned"  # the thresholds alone would say aligned
    assert tdm.verdict == PARTIALLY_ALIGNED
    cap = next(c for c in tdm.caps if c.name == "lone-condition")
    assert "Art. 4(3) qualifies Art. 4(1)" in cap.reason


def test_only_a_condition_of_the_leading_pair_counts(tdm) -> None:
    method = default_method()
    opt_out = next(r for r in tdm.unpaired_a if r.id == "eu-dsm-directive/art-4-3")
    assert lone_condition(method.caps, tdm.pairs, [opt_out]) is not None
    # The same opt-out beside pairs that do not hold Art. 4(1) qualifies nothing compared.
    others = [p for p in tdm.pairs if "eu-dsm-directive/art-4-1" not in (p.a.id, p.b.id)]
    assert others and lone_condition(method.caps, others, [opt_out]) is None
    # Only a condition, exception or scope clause qualifies a rule.
    as_rule = replace(
        opt_out, provision=opt_out.provision.model_copy(update={"modality": "obligation"})
    )
    assert lone_condition(method.caps, tdm.pairs, [as_rule]) is None


def test_the_cap_can_be_switched_off(tdm) -> None:
    method = default_method()
    caps = method.caps.model_copy(
        update={"lone_condition": Cap(enabled=False, verdict="divergent")}
    )
    opt_out = next(r for r in tdm.unpaired_a if r.id == "eu-dsm-directive/art-4-3")
    assert lone_condition(caps, tdm.pairs, [opt_out]) is None


def test_a_lesser_pair_does_not_bound_a_broad_unit() -> None:
    # PIPA Art. 28-15 lets the PIPC disapply parts of the Act to the AI-development use of
    # Art. 28-12(1), which meets the EU
    # only in a lesser pair of personal-data safeguards: the unit is not bound for it.
    unit = regalign.compare("EU", "KR", as_of=AS_OF).topic("data.personal-data-protection")
    assert not any(c.name == "lone-condition" for c in unit.adopted.caps)
