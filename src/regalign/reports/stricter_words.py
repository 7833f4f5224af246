"""Why two sides part on a unit whose rules alike in kind are held apart by the stricter-rule cap:
the expert crosswalk finds one rule asks materially more of those it binds (round 84, EU-KR:
"Marking of AI-generated content: both have binding obligations" read as a meeting, while AI Act
Art. 50(2) requires machine-readable marking that can be detected and AI Basic Act Art. 31(2), with
its Decree's Art. 23(2), accepts a visible label, and only the EU fines a breach directly)."""

from __future__ import annotations

from regalign.comparisons.results import Pair
from regalign.reports.citing import cite, pair_dates
from regalign.reports.meeting_words import shared_rule
from regalign.reports.rule_kinds import only_penalised
from regalign.reports.wording import possessive


def stricter_pair(pair: Pair) -> bool:
    """True when a curated relation of the pair names one of its rules as the stricter."""
    return any(u.relation.stricter is not None for u in pair.relations)


def stricter_rule(pair: Pair, a: str, b: str) -> str:
    """'both have binding obligations — the EU for providers, Korea for AI business operators — but
    the EU's asks more: machine-readable marking that can be detected, and only the EU penalises a
    breach directly (EU AI Act Art. 50(2); AI Basic Act Art. 31(2))'."""
    used = next(u.relation for u in pair.relations if u.relation.stricter is not None)
    assert used.stricter is not None  # found by the line above
    strict_end = used.source if used.stricter.rule == "source" else used.target
    label = a if strict_end == pair.a.id else b
    penalised = only_penalised(pair, a, b)
    fined = f", and {penalised}" if penalised else ""
    return (
        f"{shared_rule(pair.a, pair.b, a, b)} — but {possessive(label)} asks more: {used.stricter.demands}{fined} "
        f"({cite(pair.a)}; {cite(pair.b)}){pair_dates(pair, a, b)}"
    )
