"""What one side has that the other lacks, said after a unit's leading pair: rules that run
against the topic with none like them on the other side, and provisions with no counterpart, or
matched only by a general rule elsewhere in the other side's law."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.pairs import DUTY, function, runs_against
from regalign.comparisons.results import BEST_EFFORTS_LEVEL, Assessment, ProvisionRef
from regalign.reports.citing import cite, cited_pinpoints
from regalign.reports.counterparts import Counterpart, Elsewhere
from regalign.reports.norms import binding_contrary
from regalign.reports.rule_words import rule_words
from regalign.reports.wording import in_sentence, possessive


def contrary_lead(
    assessed: Assessment,
    a: str,
    b: str,
    topic_id: str,
    contrary: str,
    elsewhere: Elsewhere | None = None,
) -> str:
    """'Korea has binding rules requiring approval ... (cites), where Japan has none of that kind' when one side's
    unpaired binding rules run against the topic, or ''. A rule the crosswalk pairs with one of the
    other side's under another topic is left out: it has a counterpart (round 58, EU-KR: PIPA Art.
    28-8(1), related to GDPR Art. 44, counted among Korea's restrictions "with no counterpart
    among the EU's")."""
    for side, label, other, refs, theirs in (
        ("a", a, b, assessed.unpaired_a, assessed.stance_b),
        ("b", b, a, assessed.unpaired_b, assessed.stance_a),
    ):
        found = [
            r
            for r in refs
            if runs_against(r, topic_id)
            and r.force_level >= BEST_EFFORTS_LEVEL
            and not (elsewhere and elsewhere(side, r))
        ]
        if found:
            words = (
                binding_contrary(contrary) if contrary else "binding rules that run the other way"
            )
            return f"{label} has {words} ({cited_pinpoints(found)}){none_like(theirs, other, topic_id)}"
    return ""


def none_like(theirs: Sequence[ProvisionRef], other: str, topic_id: str) -> str:
    """', where Japan has none of that kind', or, when the other side has such rules too (paired
    with others), ', with no counterpart among the EU's' (round 20, EU-KR: "where the EU has none"
    beside GDPR Art. 49(5), the EU's own power to limit transfers)."""
    if any(runs_against(r, topic_id) for r in theirs):
        return f", with no counterpart among {possessive(other)}"
    return f", where {other} has none of that kind"


def gap_counts(
    assessed: Assessment,
    a: str,
    b: str,
    topic_id: str,
    contrary: str = "",
    elsewhere: Elsewhere | None = None,
    counterpart: Counterpart | None = None,
) -> str:
    """'; Korea also has binding rules restricting the transfer of data ... (Spatial Data Act
    Art. 16(1) and 4 more), where Japan has none', or '; 2 provisions of the EU have no
    counterpart'. ``contrary`` is what a rule against the topic does, from its norm; ``elsewhere``
    finds a counterpart a curated relation gives under another topic (round 36, EU-JP: "9 provisions
    of the EU have no counterpart" counted the EU's duties to cooperate with the authorities, which
    the crosswalk relates to Japan's duty to cooperate, filed under strategy)."""
    parts = []
    for side, label, other, refs, theirs in (
        ("a", a, b, assessed.unpaired_a, assessed.stance_b),
        ("b", b, a, assessed.unpaired_b, assessed.stance_a),
    ):
        against = [
            r for r in refs if runs_against(r, topic_id) and r.force_level >= BEST_EFFORTS_LEVEL
        ]
        if against:
            what = binding_contrary(contrary) if contrary else "rules that run the other way"
            none = none_like(theirs, other, topic_id).replace(" of that kind", "")
            parts.append(f"{label} also has {what} ({cited_pinpoints(against)}){none}")
        elif refs:
            parts.append(unmatched_words(label, side, refs, elsewhere, counterpart, other))
    return "; " + "; ".join(parts) if parts else ""


def unmatched_words(
    label: str,
    side: str,
    refs: Sequence[ProvisionRef],
    elsewhere: Elsewhere | None,
    counterpart: Counterpart | None = None,
    other_label: str = "",
) -> str:
    """'7 provisions of the EU have no counterpart, and 2 more (EU AI Act Arts 21 and 53(3)) are
    matched only by a general rule elsewhere in Japan's law: a binding obligation, businesses that
    use AI-related technology to cooperate with State and local policies (JP AI Promotion Act Art. 7
    (cooperation)), with no penalty behind it'. The related rules are named, and a single
    counterpart is said with its kind, title and whether anything enforces it (rounds 63 and 64,
    EU-JP: "related to one filed under another topic" named neither, and read as jargon)."""
    met = {r.id: elsewhere(side, r) for r in refs} if elsewhere else {}
    alone = [r for r in refs if not met.get(r.id)]
    related = [r for r in refs if met.get(r.id)]
    found = sorted({m for m in met.values() if m})
    parts = []
    if len(alone) == 1:
        # One provision is named: "1 provision of Korea has no counterpart" hid the Minister's
        # power to order a breach corrected, Korea's strongest rule on the topic (round 71, KR-JP).
        only = alone[0]
        parts.append(
            f"{provisions_words(1, label)} has no counterpart: "
            f"{in_sentence(only.provision.title)} ({cite(only)})"
        )
    elif alone:
        parts.append(f"{provisions_words(len(alone), label)} have no counterpart")
    if related:
        who = f"{len(related)} more" if alone else provisions_words(len(related), label)
        who += f" ({cited_pinpoints(related, limit=len(related))})"
        are = "are" if len(related) > 1 else "is"
        match = counterpart(side, related[0]) if counterpart and len(found) == 1 else None
        if match is not None and other_label:
            enforced = bool(match.provision.sanctions or match.provision.sanctioned_by)
            bare = "" if enforced or function(match) != DUTY else ", with no penalty behind it"
            parts.append(
                f"{who} {are} matched only by a general rule elsewhere in {possessive(other_label)} "
                f"law: {rule_words(match)}, {in_sentence(match.provision.title)} ({found[0]}){bare}"
            )
        else:
            ones = (
                "ones filed under other topics"
                if len(found) > 1
                else "one filed under another topic"
            )
            parts.append(f"{who} {are} related to {ones} ({'; '.join(found)})")
    return ", and ".join(parts)


def provisions_words(count: int, label: str) -> str:
    return f"{count} provision{'s' if count > 1 else ''} of {label}"
