"""The unit cap on a condition one side attaches to a rule that meets the other side's.

A provision recorded apart may qualify another of its side (``depends_on``): the EU's general
text-and-data-mining exception (Directive (EU) 2019/790 Art. 4(1)) yields to a rightholder's opt-out
(Art. 4(3)). When the qualified rule is paired and the qualification is not, the pair compares the
rule without its condition, and two exceptions that differ on the point that matters most for AI
training read alike (blind readings 72 and 74, EU-JP: "Text and data mining exceptions | aligned
(0.79)" against Japan's Copyright Act Art. 30-4, which has no opt-out). A unit whose leading pair
holds such a rule is at most the cap's verdict; as with the other caps, a lesser pair does not bound
the unit (measured: PIPA Art. 28-15, which lets the PIPC disapply parts of the Act to the
AI-development use of Art. 28-12(1), bounded the whole of EU-KR personal-data safeguards as
adopted). Only a condition, exception or scope clause qualifies a rule; one whose counterpart is
filed under another topic is no lone condition (it is compared there).
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import CapApplied, Pair, ProvisionRef
from regalign.schema.method import Caps
from regalign.schema.vocab import Modality

QUALIFYING = frozenset({Modality.EXCEPTION, Modality.SCOPE})


def lone_condition(
    settings: Caps, pairs: Sequence[Pair], gaps: Sequence[ProvisionRef]
) -> CapApplied | None:
    """The cap when an unpaired condition (``gaps``: unpaired provisions with no counterpart
    elsewhere) qualifies a rule of the leading pair (``pairs[0]``); None otherwise."""
    cap = settings.lone_condition
    if not cap.enabled or not pairs:
        return None
    paired = {r.id: r for r in (pairs[0].a, pairs[0].b)}
    for condition in sorted(gaps, key=lambda r: r.id):
        if condition.provision.modality not in QUALIFYING:
            continue
        qualified = sorted(pid for pid in condition.provision.depends_on if pid in paired)
        if qualified:
            rule = paired[qualified[0]]
            why = (
                f"{condition.framework.short_title} {condition.pinpoint} qualifies "
                f"{rule.pinpoint}, which leads the comparison, and the other side has nothing "
                "that matches it: the rules compared differ on that condition"
            )
            return CapApplied("lone-condition", cap.verdict, why)
    return None
