"""Where two sides meet on a unit, in words: what their meeting pair shares (both allow it, both
give the authorities a power, both have the same kind of rule for the same people), with the pair's
citations and dates."""

from __future__ import annotations

from regalign.comparisons.results import Assessment, Comparison, Pair, ProvisionRef, TopicResult
from regalign.reports.citations import pinpoints
from regalign.reports.citing import beside, cite, pair_dates
from regalign.reports.recognition import recognised_each_other
from regalign.reports.rule_kinds import (
    duty_words,
    for_whom,
    is_option,
    is_power,
    nested,
    only_penalised,
    plural,
    through_directive,
    who_is_bound,
)
from regalign.reports.rule_words import role_words, roles, rule_words
from regalign.reports.wording import in_sentence, possessive, side_name, topic_words
from regalign.schema.vocab import Modality


def meeting(result: Comparison, unit: TopicResult, assessed: Assessment) -> str:
    """What the sides share in ``assessed`` (a unit's reading at one horizon), from its leading
    pair, with the pair's dates."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    lead = assessed.lead
    if lead is None:  # callers pass a reading with pairs; nothing is shared without one
        return "they share no rule here"
    # Where they meet is said from a pair that meets: when the leading one is held apart, the first
    # aligned pair in the leading order (the most binding, then the strongest basis: a curated
    # counterpart before two rules that only share addressees), so that a reader checks the
    # citation against the word 'meet' and finds the rules the crosswalk matches.
    aligned = [p for p in assessed.pairs if p.verdict == "aligned"]
    if lead.verdict != "aligned" and aligned:
        lead = aligned[0]
    top_a, top_b = lead.a, lead.b
    same = rule_words(top_a) == rule_words(top_b)
    duties = duty_words(top_a) and duty_words(top_a) == duty_words(top_b)
    if is_option(top_a) and is_option(top_b):
        # Two rules that allow something (an adequacy finding, a designation): what each allows is
        # what they share, named by the topic ("both allow it" had nothing to refer to, round 7).
        body = (
            f"both provide for {topic_words(unit)} by law — {a}: "
            f"{in_sentence(top_a.provision.title)} ({beside(top_a)}); "
            f"{b}: {in_sentence(top_b.provision.title)} ({beside(top_b)})"
        )
        return body + pair_dates(lead, a, b)
    if is_power(top_a) and is_power(top_b):
        # Two powers: what each lets the authority do is what they share, whoever the text names
        # (round 21, EU-KR: "the EU for regulators, Korea for the government" contrasted a market
        # surveillance authority with the Minister who is the AI Basic Act's regulator).
        body = (
            f"both give the authorities a power — {a}: {in_sentence(top_a.provision.title)} ({cite(top_a)}); "
            f"{b}: {in_sentence(top_b.provision.title)} ({cite(top_b)})"
        )
        return body + pair_dates(lead, a, b)
    together = _together(assessed, lead)
    body = (
        f"both have {plural(rule_words(top_a))} for {role_words(_role_values(together[0]))}"
        if together
        else shared_rule(top_a, top_b, a, b)
    )
    body += through_directive(((a, top_a), (b, top_b)))
    if duties or (same and top_a.provision.modality in (Modality.OBLIGATION, Modality.PROHIBITION)):
        # Two duties alike meet less than they read when only one is enforced by a penalty (round
        # 84, EU-KR: AI Act Art. 50(4), fined under Art. 99(4), beside AI Basic Act Art. 31(3),
        # enforced only through a corrective order).
        penalised = only_penalised(lead, a, b)
        body += f"; {penalised}" if penalised else ""
    recognised = recognised_each_other(result, unit)
    if same and top_a.provision.modality is Modality.PROHIBITION:
        # A topic names a subject, not the conduct barred: each ban is named by its title (round
        # 79, EU-KR: "Transfer mechanisms: both have binding prohibitions" did not say of what).
        return (
            body
            + f" — {a}: {in_sentence(top_a.provision.title)} ({cite(top_a)}); "
            + f"{b}: {in_sentence(top_b.provision.title)} ({cite(top_b)}){pair_dates(lead, a, b)}"
            + recognised
        )
    cited = (
        f"{pinpoints(together[0])}; {pinpoints(together[1])}"
        if together
        else f"{cite(top_a)}; {cite(top_b)}"
    )
    return body + f" ({cited}){pair_dates(lead, a, b)}{recognised}"


def _together(
    assessed: Assessment, lead: Pair
) -> tuple[list[ProvisionRef], list[ProvisionRef]] | None:
    """Each side's rules of the lead's kind that meet the same counterpart in aligned pairs, where
    together they bind the same people and the lead's rule alone does not (round 91, EU-KR: "both
    have binding obligations for providers — Korea's also for deployers" for AI Act Art. 14, while
    Art. 26(2), the deployer's human oversight, meets the same AI Basic Act Art. 34(1)(4)); None
    otherwise."""
    if not nested(lead.a, lead.b) or rule_words(lead.a) != rule_words(lead.b):
        return None
    aligned = [p for p in assessed.pairs if p.verdict == "aligned" and p is not lead]
    side_a = [lead.a] + [
        p.a for p in aligned if p.b.id == lead.b.id and rule_words(p.a) == rule_words(lead.a)
    ]
    side_b = [lead.b] + [
        p.b for p in aligned if p.a.id == lead.a.id and rule_words(p.b) == rule_words(lead.b)
    ]
    if len(side_a) + len(side_b) == 2 or _role_values(side_a) != _role_values(side_b):
        return None
    return side_a, side_b


def _role_values(refs: list[ProvisionRef]) -> set[str]:
    return {r.value for ref in refs for r in ref.provision.addressees}


def shared_rule(top_a: ProvisionRef, top_b: ProvisionRef, a: str, b: str) -> str:
    """What kind of rule two provisions share and for whom: 'both have binding obligations for
    providers', '... — the EU for providers, Korea for AI business operators', or each side's kind
    where they differ. Also the opening of a parting held by the stricter-rule cap."""
    same = rule_words(top_a) == rule_words(top_b)
    duties = duty_words(top_a) and duty_words(top_a) == duty_words(top_b)
    if (same or duties) and who_is_bound(top_a) == who_is_bound(top_b):
        who = who_is_bound(top_a)
        return (
            f"both have {plural(rule_words(top_a))}{' for ' + who if who else ''}"
            if same
            else f"both impose {duty_words(top_a)}{' on ' + who if who else ''}"
        )
    if (same or duties) and nested(top_a, top_b):
        # One side names the other's addressees and more: the shared ones, then the extra.
        kind = plural(rule_words(top_a)) if same else duty_words(top_a)
        (wide_label, wide), (narrow_label, narrow) = sorted(
            ((a, top_a), (b, top_b)), key=lambda item: -len(item[1].provision.addressees)
        )
        extra = {r.value for r in wide.provision.addressees} - {
            r.value for r in narrow.provision.addressees
        }
        return f"both have {kind} for {roles([narrow])} — {possessive(wide_label)} also for {role_words(extra)}"
    if same or duties:
        # The same kind of rule on differently named addressees: each side names its own.
        kind = plural(rule_words(top_a)) if same else duty_words(top_a)
        return f"both have {kind} — {a} {for_whom(top_a)}, {b} {for_whom(top_b)}"
    return f"{a} has {rule_words(top_a)}, {b} {rule_words(top_b)}"
