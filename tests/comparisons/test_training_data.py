"""The EU's rules on training data meet Korea's (blind reading 74, EU-KR: "Training data: only
Korea ... the EU has none in the laws compared", though AI Act Art. 3(29) defines training data and
Art. 59 lets personal data be reused to train AI in sandboxes, as PIPA Art. 28-12(1) will)."""

from __future__ import annotations

from datetime import date

import regalign

AS_OF = date(2026, 12, 6)


def test_the_eu_defines_training_data_in_the_act_read() -> None:
    corpus = regalign.load()
    definition = corpus.provisions["eu-ai-act/art-3-29"]
    assert definition.pinpoint == "Art. 3(29)"
    # The copy read: "(29) 'training data' means data used for training an AI system through
    # fitting its learnable parameters;"
    assert definition.quote == (
        "'training data' means data used for training an AI system through fitting its learnable "
        "parameters"
    )
    assert definition.topics == ("ai.definitions",)


def test_sandbox_reuse_meets_korea_s_ai_development_use_as_adopted() -> None:
    unit = regalign.compare("EU", "KR", as_of=AS_OF).topic("ai.industrial-promotion.data")
    pairs = {(p.a.id, p.b.id) for p in unit.adopted.pairs}
    assert ("eu-ai-act/art-59", "kr-pipa/art-28-12-1") in pairs
    assert unit.adopted.verdict == "partially-aligned"  # no longer 'only Korea'
    definitions = regalign.compare("EU", "KR", as_of=AS_OF).topic("ai.definitions").now
    assert ("eu-ai-act/art-3-29", "kr-ai-basic-act/art-2-12") in {
        (p.a.id, p.b.id) for p in definitions.pairs
    }
