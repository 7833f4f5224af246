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


def test_a_recital_never_makes_a_side_speak() -> None:
    # Round 18, EU-JP and EU-KR: "localisation bans: only the EU" and "consistent with the commitment"
    # rested on DORA Recital 82 alone. A recital explains the articles and states no rule.
    for other in ("KR", "JP"):
        result = regalign.compare("EU", other, as_of=date(2026, 12, 1))
        for unit in result.topics:
            for assessed in (unit.now, unit.adopted):
                assert "eu-dora/recital-82" not in {r.id for r in assessed.stance_a}
        if other == "JP":  # the recital was the EU's only provision on localisation bans
            assert not any(u.topic_id.startswith("data.localisation-ban") for u in result.topics)
