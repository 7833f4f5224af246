"""Why two sides part on a unit whose rules alike in kind are held apart by the stricter-rule cap:
the expert crosswalk finds one rule asks materially more of those it binds (round 84, EU-KR:
"Marking of AI-generated content: both have binding obligations" read as a meeting, while AI Act
Art. 50(2) requires machine-readable marking that can be detected and AI Basic Act Art. 31(2), with
its Decree's Art. 23(2), accepts a visible label, and only the EU fines a breach directly)."""

from __future__ import annotations

from regalign.comparisons.results import Pair
from regalign.reports.citing import cite, pair_dates
from regalign.reports.rule_kinds import for_whom, only_penalised, plural, who_is_bound
from regalign.reports.rule_words import rule_words
from regalign.reports.wording import possessive


def stricter_pair(pair: Pair) -> bool:
    """True when a curated relation of the pair names one of its rules as the stricter."""
    return any(u.relation.stricter is not None for u in pair.relations)


def stricter_rule(pair: Pair, a: str, b: str) -> str:
    """'both have binding obligations — the EU for providers, Korea for AI business operators — but
    the EU's asks more: machine-readable marking that can be detected, and only the EU's is backed
    by a penalty (EU AI Act Art. 50(2); AI Basic Act Art. 31(2))'."""
    used = next(u.relation for u in pair.relations if u.relation.stricter is not None)
    assert used.stricter is not None  # found by the line above
    strict_end = used.source if used.stricter.rule == "source" else used.target
    strict_is_a = strict_end == pair.a.id
    label = a if strict_is_a else b
    kind_a, kind_b = rule_words(pair.a), rule_words(pair.b)
    if kind_a == kind_b and who_is_bound(pair.a) == who_is_bound(pair.b):
        who = who_is_bound(pair.a)
        shared = f"both have {plural(kind_a)}{' for ' + who if who else ''} —"
    elif kind_a == kind_b:
        shared = f"both have {plural(kind_a)} — {a} {for_whom(pair.a)}, {b} {for_whom(pair.b)} —"
    else:
        shared = f"{a} has {kind_a}, {b} {kind_b} —"
    penalised = only_penalised(pair, a, b)
    fined = f", and {penalised}" if penalised else ""
    return (
        f"{shared} but {possessive(label)} asks more: {used.stricter.demands}{fined} "
        f"({cite(pair.a)}; {cite(pair.b)}){pair_dates(pair, a, b)}"
    )
