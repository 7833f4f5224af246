"""The method in a reader's words: short reasons for the rules that hold a verdict down, and how two
provisions came to be compared. Shared by the briefing, explain and the method annex."""

from __future__ import annotations

from regalign.comparisons.results import (
    CURATED,
    OPPOSITE_DIRECTION,
    SAME_ADDRESSEES,
    SAME_CONDUCT,
    SAME_MEASURE,
    SAME_PROVISION,
    CapApplied,
    Pair,
    ProvisionRef,
)
from regalign.reports.citing import cite
from regalign.schema.vocab import SanctionKind

CAP_LABELS = {
    "magnitude-gap": "numbers the rules themselves set for the same thing ten times apart or more",
    "magnitude-chasm": "the same, a hundred times apart or more",
    "binding-vs-soft": "binding on one side, only best efforts or guidance on the other",
    "operator-vs-state": "businesses bound on one side, only the state on the other",
    "weak-relation": "rules the crosswalk relates only loosely",
    "slight-relation": "rules the crosswalk barely relates",
    "stricter-rule": "one rule asks more than the other, in the crosswalk's judgement",
    "broad-shape": "alike only in shape, in a broad topic",
    "guidance-lift": "alike in guidance more than in their rules",
    "shape-lift": "alike in the shape of some rules more than in the rules matched on substance",
    "lone-condition": "a condition one side attaches to its rule, which the other lacks",
    "not-related": "rules pointing in opposite directions",
    "opposite-direction": "rules pointing in opposite directions",
    "no-counterpart": "the two sides regulate different matters",
}
# The same, as few words as a table cell can hold.
CAP_SHORT = {
    "magnitude-gap": "numbers 10× apart",
    "magnitude-chasm": "numbers 100× apart",
    "binding-vs-soft": "binding vs best efforts",
    "operator-vs-state": "businesses vs state only",
    "weak-relation": "loosely related",
    "slight-relation": "barely related",
    "stricter-rule": "one rule stricter",
    "broad-shape": "alike in shape only",
    "guidance-lift": "rules less alike than guidance",
    "shape-lift": "substance less alike than shape",
    "lone-condition": "condition only one side sets",
    "not-related": "opposite directions",
    "opposite-direction": "opposite directions",
    "no-counterpart": "different matters",
}
BASIS_WORDS = {
    SAME_PROVISION: "the same provision on both sides",
    CURATED: "matched in the expert crosswalk",
    OPPOSITE_DIRECTION: "the same subject, regulated in opposite directions",
    SAME_MEASURE: "they set a number for the same thing",
    SAME_CONDUCT: "penalties for breaching the same kind of rule",
    SAME_ADDRESSEES: "the same kind of rule for the same addressees",
}


def cap_label(cap: CapApplied) -> str:
    """A few plain words for a rule that held a verdict down."""
    return CAP_LABELS.get(cap.name, cap.name.replace("-", " "))


def telling(held: list[CapApplied]) -> list[CapApplied]:
    """The caps that hold a verdict, the most telling first: rules pointing in opposite directions
    say more than a loose relation (round 56, EU-KR: "the rules point in opposite directions" beside
    a pair labelled "barely related")."""
    opposite = ("not-related", "opposite-direction")
    return sorted(held, key=lambda c: c.name not in opposite)


def cap_short(cap: CapApplied) -> str:
    """Two to four words for a table cell."""
    if cap.name == "binding-vs-soft" and "best-efforts" not in cap.reason:
        # Round 18, EU-JP: "binding vs best efforts" where the other side has only voluntary guidelines.
        return "binding vs guidance"
    return CAP_SHORT.get(cap.name, cap.name.replace("-", " "))


def basis_words(basis: str) -> str:
    """Why two provisions were compared, in plain words."""
    return BASIS_WORDS.get(basis, basis.replace("-", " "))


def pair_basis_words(pair: Pair) -> str:
    """Why the pair's provisions were compared; for two penalties of which only one is a crime,
    which (rounds 89 and 92, EU-KR: GDPR Art. 83(4), an administrative fine, met PIPA Art. 71 item
    2, a crime of whoever commits it, as "the same kind of breach, on the same people")."""
    said = basis_words(pair.basis)
    if pair.basis != SAME_CONDUCT:
        return said
    crime = [_criminal(ref) for ref in (pair.a, pair.b)]
    if crime[0] == crime[1]:
        return said
    criminal, other = (pair.a, pair.b) if crime[0] else (pair.b, pair.a)
    if not any(s.kind is SanctionKind.ADMINISTRATIVE_FINE for s in other.provision.sanctions):
        return said
    return (
        f"{said}, though {cite(criminal)} is a crime of whoever commits it and "
        f"{cite(other)} an administrative fine"
    )


def _criminal(ref: ProvisionRef) -> bool:
    return any(
        s.kind in (SanctionKind.CRIMINAL_FINE, SanctionKind.IMPRISONMENT)
        for s in ref.provision.sanctions
    )
