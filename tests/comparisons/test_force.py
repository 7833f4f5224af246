"""How binding a provision counts: a recital of a binding act states no rule."""

from __future__ import annotations

from datetime import date

import regalign
from regalign.comparisons.sides import BINDING, NONE, force_label, force_level


def test_a_recital_of_a_binding_regulation_is_not_binding() -> None:
    corpus = regalign.load()
    framework = corpus.frameworks["eu-dora"]
    recital, article = (
        corpus.provisions["eu-dora/recital-82"],
        corpus.provisions["eu-dora/art-29-2"],
    )
    assert force_level(framework, recital, "", False) == NONE
    assert force_label(framework, NONE, "") == "recital of a binding act (not operative)"
    assert force_level(framework, article, "", False) == BINDING


def test_the_comparison_counts_the_dora_recital_as_non_binding() -> None:
    result = regalign.compare("EU", "KR", as_of=date(2026, 12, 1))
    unit = result.topic("data.localisation-ban.computing-facilities")
    (recital,) = [ref for ref in unit.now.stance_a if ref.id == "eu-dora/recital-82"]
    assert recital.force_level == NONE
    # A recital states no rule: it is never set against a Korean rule as if it bound anyone.
    for pair in unit.now.pairs:
        if pair.a.id == recital.id:
            legal_force = next(d for d in pair.dimensions if d.name == "legal_force")
            assert legal_force.value_a == "non-binding (0)"
    assert unit.now.verdict != "aligned"
