"""The unit cap on a unit that meets only in definitions while a side's rule is left unmatched.

Two definitions of the same term meet closely (the EU's and Korea's definitions of training data,
AI Act Art. 3(29) and AI Basic Act Art. 2(12)); where they are a unit's only pairs and a rule of
either side that does something (a duty, a power, a support measure) has no counterpart, here or
under another topic, the unit says the two sides define alike, not that they regulate alike (tenth
sitting, after blind reading 74, EU-KR: training data read aligned today on the two definitions
alone, beside Korea's training-data policies, AI Basic Act Art. 15, with nothing to meet them).
Such a unit is at most the cap's verdict. Only a binding rule counts: a best-efforts duty filed
among definitions (Japan's AI Promotion Act Art. 7 on active use, beside the EU's and Japan's
definitions) does not turn thirteen matching definitions into a partial match. A unit of
definitions whose every provision is paired is not bound: it compares what it holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import CapApplied, Pair, ProvisionRef
from regalign.schema.method import Caps
from regalign.schema.vocab import Modality

FRAMING = frozenset({Modality.DEFINITION, Modality.SCOPE, Modality.EXCEPTION})
BINDING = 3  # a best-efforts duty or guidance left unmatched beside definitions does not bound them


def framing_only(
    settings: Caps, pairs: Sequence[Pair], gaps: Sequence[ProvisionRef]
) -> CapApplied | None:
    """The cap when every pair sets a definition, scope clause or exception against another and
    ``gaps`` (unpaired provisions with no counterpart elsewhere) hold a rule that does something;
    None otherwise."""
    cap = settings.framing_only
    if not cap.enabled or not pairs:
        return None
    if any(r.provision.modality not in FRAMING for p in pairs for r in (p.a, p.b)):
        return None
    rules = sorted(
        (r for r in gaps if r.provision.modality not in FRAMING and r.force_level >= BINDING),
        key=lambda r: r.id,
    )
    if not rules:
        return None
    rule = rules[0]
    why = (
        "the two sides meet only in definitions, scope or exceptions, while "
        f"{rule.framework.short_title} {rule.pinpoint} has no counterpart"
    )
    return CapApplied("framing-only", cap.verdict, why)
