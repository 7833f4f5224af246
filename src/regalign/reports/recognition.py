"""Instruments by which each side recognises the other, told beside a meeting on the rules they
lift: two bans on sending personal data abroad meet, and each side has found the other's
protection adequate or equivalent (round 79, EU-KR: "both have binding prohibitions" on transfers
read as if data could not move between the two, while it moves freely both ways)."""

from __future__ import annotations

from regalign.comparisons.results import ALIGNED, Comparison, TopicResult
from regalign.schema.derived import topics_meet


def recognised_each_other(result: Comparison, unit: TopicResult) -> str:
    """'; each recognises the other (EU adequacy decision for Korea; PIPC equivalence
    recognition of the EU)', from a unit above or below ``unit`` that meets as adopted on a pair of
    instruments each of which concerns the other side (named by their titles, which say what is
    recognised); '' when none does."""
    a, b = result.side_a.parties, result.side_b.parties
    for other in result.topics:
        if other.topic_id == unit.topic_id or not topics_meet(other.topic_id, unit.topic_id):
            continue
        if other.adopted.verdict != ALIGNED:
            continue
        for pair in other.adopted.pairs:
            if set(pair.a.framework.concerns) & b and set(pair.b.framework.concerns) & a:
                return (
                    "; each recognises the other "
                    f"({pair.a.framework.short_title}; {pair.b.framework.short_title})"
                )
    return ""
