"""The briefing's joint-commitments section: each commitment of an instrument both sides are party to,
with each side's own law against it (the conformity view of ``comparisons/joint.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.joint import CONFORMITY, is_pledge
from regalign.comparisons.results import Comparison, DomesticRule, JointCommitment, ProvisionRef
from regalign.reports.citations import key_refs
from regalign.reports.document import (
    Block,
    Heading,
    Paragraph,
    Section,
    Table,
    Text,
    bold,
    plain,
    run,
)
from regalign.reports.wording import and_list, capital, side_name
from regalign.schema.vocab import Modality

CONFORMITY_WORDS = {
    "consistent": "consistent",
    "stricter": "stricter",
    "in-tension": "in tension",
    "arguably-outside": "arguably outside",
    # 'in the laws compared', as page 1 says it (round 49, KR-JP: "no rule of its own" on paperless
    # trading read as a finding about Japan's law as a whole).
    "no-domestic-rule": "no rule of its own in the laws compared",
    "not-read": "changes in wording not read",
    "against-not-judged": "runs the other way, not judged",
}


def joint(result: Comparison, detail: str = "standard") -> Section:
    """Each joint commitment with each side's own law against it (the conformity view).

    The standard briefing lists the commitments of binding instruments that require or bar something;
    the full briefing adds cooperation pledges and non-binding instruments."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    counts = {side: {v: 0 for v in CONFORMITY} for side in ("a", "b")}
    rows, cells = [], []
    # A definition, a scope clause or a procedure (a dispute-settlement exclusion) commits no one
    # to anything a domestic rule could conform to: never set against either side's law (blind
    # reading round 8, KR-JP: RCEP Art. 12.1(b), a definition, was rated against Korea's law).
    listed = [
        j
        for j in _per_commitment(result.joint)
        if _substantive(j.commitment) or (detail == "full" and _pledge(j.commitment))
    ]
    # Commitments on which neither side has a rule of its own: one sentence, not rows; those that
    # bar a measure apart, since having none is what they ask.
    neither: list[str] = []
    barred: list[str] = []
    for item in listed:
        counts["a"][item.a.verdict] += 1
        counts["b"][item.b.verdict] += 1
        if item.a.verdict == item.b.verdict == "no-domestic-rule":
            (barred if _bars(item.commitment) else neither).append(
                _commitment_name(item.commitment)
            )
            continue
        rows.append(
            (plain(_commitment_name(item.commitment)), _domestic(item.a), _domestic(item.b))
        )
        cells.append(("", f"c-{item.a.verdict}", f"c-{item.b.verdict}"))
    names = sorted({j.commitment.framework.short_title for j in result.joint})
    # Whether each binds is said once, on page 1 (in force, signed, non-binding): here only that
    # both sides are party to them.
    verb = "is" if len(names) == 1 else "are"
    lead = (
        f"{and_list(names)} {verb} shared by both sides, so left out of the comparison above; here "
        "each side's own law, as adopted, is set against each commitment (the least conforming "
        f"reading where a commitment touches several topics). {capital(a)} has a rule of its own "
        f"on {_covered(counts['a'])} of {len(listed)} commitments, {b} on {_covered(counts['b'])}."
    )
    left_out = sum(1 for j in _per_commitment(result.joint) if _pledge(j.commitment)) - sum(
        1 for j in listed if _pledge(j.commitment)
    )
    if left_out:
        lead += (
            f" The full briefing adds {left_out} cooperation pledges and commitments of non-binding "
            "instruments."
        )
    # Only an instrument none of whose commitments has an article number was not read; one with
    # some unnumbered records (a deleted provision, a clarification) has its numbers cited.
    numbered = {
        j.commitment.framework.short_title for j in result.joint if j.commitment.provision.pinpoint
    }
    unnumbered = sorted({j.commitment.framework.short_title for j in result.joint} - numbered)
    if unnumbered:
        their = "its text was" if len(unnumbered) == 1 else "their texts were"
        lead += (
            f" Article numbers of the {and_list(unnumbered)} are not recorded: {their} not read."
        )
    blocks: list[Block] = [Paragraph(plain(lead))]
    if rows:
        blocks.append(
            Table(
                ("Commitment", f"{a}'s own law", f"{b}'s own law"),
                tuple(rows),
                (5, 4, 4),
                cell_roles=tuple(cells),
            )
        )
    if neither:
        blocks.append(
            Paragraph(
                plain(
                    "Neither side has a rule of its own, in the laws compared, on: "
                    f"{'; '.join(neither)}."
                )
            )
        )
    if barred:
        # Round 67, EU-JP: "neither side has a rule of its own on: no localisation of information"
        # read as if neither had carried out a commitment whose whole content is to have no such rule.
        blocks.append(
            Paragraph(
                plain(
                    "In the laws compared, neither side has a measure of the kind these commitments "
                    f"bar: {'; '.join(barred)}."
                )
            )
        )
    return Section(Heading(2, "Joint commitments and each side's own law", "joint"), tuple(blocks))


def _bars(commitment: ProvisionRef) -> bool:
    """True when the commitment bars a measure (the Parties shall not require localisation)."""
    return commitment.provision.modality is Modality.PROHIBITION


SEVERITY = {
    "in-tension": 0,
    "arguably-outside": 1,
    "not-read": 2,
    "against-not-judged": 2,
    "no-domestic-rule": 3,
    "consistent": 4,
    "stricter": 5,
}


def _per_commitment(items: Sequence[JointCommitment]) -> list[JointCommitment]:
    """One entry per commitment: the topic reading with the least conforming verdict for each side."""
    chosen: dict[str, JointCommitment] = {}
    for item in items:
        current = chosen.get(item.commitment.id)
        if current is None or (SEVERITY[item.a.verdict], SEVERITY[item.b.verdict]) < (
            SEVERITY[current.a.verdict],
            SEVERITY[current.b.verdict],
        ):
            chosen[item.commitment.id] = item
    return list(chosen.values())


# Clauses no domestic rule can conform to: definitions, scope clauses, exceptions (a licence for
# the state to depart from the rest: blind reading round 8 struck PIPA's reciprocity clause set
# against the DTA's security exceptions) and procedures (a dispute-settlement exclusion).
NOT_RATED = (Modality.DEFINITION, Modality.SCOPE, Modality.EXCEPTION, Modality.INSTITUTIONAL)


def _pledge(ref: ProvisionRef) -> bool:
    """A cooperation or promotion pledge, or a rule of a non-binding instrument (shown in the full
    briefing only)."""
    return ref.provision.modality not in NOT_RATED and is_pledge(ref)


def _substantive(ref: ProvisionRef) -> bool:
    """A commitment of a binding instrument that requires, bars or permits something."""
    return ref.provision.modality not in NOT_RATED and not is_pledge(ref)


def _commitment_name(ref: ProvisionRef) -> str:
    pinpoint = ref.provision.pinpoint
    if pinpoint is None:
        return f"{ref.framework.short_title}: {ref.provision.title}"
    return f"{ref.framework.short_title} {pinpoint}: {ref.provision.title}"


def _covered(counts: dict[str, int]) -> int:
    return sum(n for verdict, n in counts.items() if verdict != "no-domestic-rule")


def _domestic(rule: DomesticRule) -> Text:
    """'in tension: Spatial Data Act Art. 16(1)' — the provision in tension where there is one (its
    reason names it first), else the one that speaks for the side (its reason's first)."""
    words = CONFORMITY_WORDS[rule.verdict]
    if rule.read_verdict in CONFORMITY_WORDS and rule.verdict == "not-read":
        # Beside the unread change, the side's position on the rules read (round 48, EU-JP).
        words += f" (as read: {CONFORMITY_WORDS[rule.read_verdict]})"
    if not rule.provisions:
        return plain(words)
    against = rule.verdict in ("in-tension", "arguably-outside", "against-not-judged")
    opposed = [
        r
        for r in rule.provisions
        if against and rule.reason.startswith(f"{r.framework.short_title} {r.pinpoint}:")
    ]
    named = [rule.lead] if rule.lead is not None and not opposed else []
    refs = opposed + named + [r for r in key_refs(rule.provisions) if r not in opposed + named]
    # 'in tension: X and 2 more' counts the rules in tension only, not every rule on the topic
    # (round 13, KR-JP: "Spatial Data Act Art. 16(1) and 13 more" counted PIPA's transfer rules).
    # A rule on the record but not judged against the commitment is named alone (no ``against``).
    more = (len(rule.against) if against else len(rule.provisions)) - 1
    more = max(more, 0)
    shown = f"{refs[0].framework.short_title} {refs[0].pinpoint}" + (
        f" and {more} more" if more else ""
    )
    return (bold(words), run(f": {shown}"))
