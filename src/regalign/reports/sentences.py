"""One sentence per unit, built from the data: what differs or agrees, who is bound, how much, from when.

Sentences are plain text runs with the topic in bold; renderers escape them. Each cites pinpoints.
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import (
    ONLY_A,
    ONLY_B,
    Assessment,
    Comparison,
    ProvisionRef,
    TopicResult,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.document import Run, Text, bold, run
from regalign.reports.wording import (
    amount,
    day,
    key_refs,
    pinpoints,
    quantity_words,
    roles,
    rule_words,
    side_name,
    strongest,
    unit_label,
    verdict_words,
)
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass

GAP_PHRASES = {
    "legal_force": "how binding the rules are",
    "intensity": "how demanding the rules are",
    "modality": "the kind of rule",
    "addressees": "who is addressed",
    "addressee_class": "whether operators or only the state are bound",
    "scope_tier": "which AI systems are reached",
    "sanctions": "the penalties behind the rules",
    "magnitude": "the size of thresholds, fines or deadlines",
    "relation": "how closely the provisions match in substance",
}
LIMIT = 2  # pinpoints per side in a sentence
RELATION_WORDS = {
    "equal": "are equivalent",
    "subset-of": "overlap, one narrower than the other",
    "superset-of": "overlap, one broader than the other",
    "intersects-with": "overlap",
    "not-related": "are not related",
}


def divergence(result: Comparison, unit: TopicResult, corpus: Corpus) -> Text:
    """Why a unit parts, as adopted, with today's state when it differs."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    assessed = unit.adopted
    head: list[Run] = [bold(unit_label(unit)), run(": ")]
    if assessed.verdict in (ONLY_A, ONLY_B):
        speaker, silent = (a, b) if assessed.verdict == ONLY_A else (b, a)
        refs = assessed.stance_a if assessed.verdict == ONLY_A else assessed.stance_b
        fines = penalty_words(refs, corpus)
        body = f"only {speaker} has rules — {_stance(refs)}{', backed by ' + fines if fines else ''}; {silent} has none"
    elif assessed.caps:
        body = _cap_sentence(assessed, a, b)
    else:
        body = _gap_sentence(assessed, a, b)
    return (*head, run(body + _timing(unit, a, b) + "."))


def convergence(result: Comparison, unit: TopicResult) -> Text:
    """What the sides share on a unit, as adopted."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    assessed = unit.adopted
    top_a, top_b = strongest(assessed.stance_a), strongest(assessed.stance_b)
    same_kind = top_a.provision.modality is top_b.provision.modality
    if same_kind:
        body = (
            f"both have {rule_words(top_a).split(' ', 1)[1]}s"
            if top_a.force_level == top_b.force_level
            else f"{a} has {rule_words(top_a)} and {b} {rule_words(top_b)}"
        )
    else:
        body = f"{a} has {rule_words(top_a)}, {b} {rule_words(top_b)}"
    body += f" ({_cited(assessed.stance_a, 1)}; {_cited(assessed.stance_b, 1)})"
    if assessed.relations:
        rel = assessed.relations[0].relation
        body += f"; curated relation: they {RELATION_WORDS[rel.relation.value]} ({rel.strength}/10)"
    return (bold(unit_label(unit)), run(": " + body + _timing(unit, a, b) + "."))


def _stance(refs: tuple) -> str:  # type: ignore[type-arg]
    top = strongest(refs)
    who = roles([top])
    return f"{rule_words(top)}{' for ' + who if who else ''} ({_cited(refs)})"


def _cited(refs: Sequence[ProvisionRef], limit: int = LIMIT) -> str:
    """The pinpoints of the provisions that carry a stance, at most ``limit``."""
    return pinpoints(key_refs(refs), limit)


def penalty_words(refs: Sequence[ProvisionRef], corpus: Corpus) -> str:
    """'fines of up to EUR 35 million or 7% of turnover' from the stance's own and linked penalties, or ''."""
    sanctions = [x for r in refs for x in r.provision.sanctions]
    sanctions += [
        x
        for r in refs
        for pid in r.provision.sanctioned_by
        if pid in corpus.provisions
        for x in corpus.provisions[pid].sanctions
    ]
    fines = [x for x in sanctions if x.max_amount is not None or x.turnover_percent is not None]
    if not fines:
        prison = max((x.max_years for x in sanctions if x.max_years), default=None)
        return f"up to {prison:g} years' imprisonment" if prison else ""
    top = max(fines, key=lambda x: (x.turnover_percent or 0, x.max_amount or 0, x.currency or ""))
    parts = [amount(top.max_amount, top.currency or "")] if top.max_amount is not None else []
    if top.turnover_percent is not None:
        parts.append(f"{top.turnover_percent:g}% of turnover")
    return "fines of up to " + " or ".join(parts)


def _cap_sentence(assessed: Assessment, a: str, b: str) -> str:
    cap = assessed.caps[0]
    if cap.name.startswith("magnitude"):
        gap = max(assessed.own_gaps, key=lambda g: (g.orders, g.kind.value))
        kind = gap.kind.value.replace("-", " ")
        return (
            f"{kind}s {_orders(gap.orders)} apart — {a}: {quantity_words(gap.a).rstrip(',')} ({gap.a.cite}); "
            f"{b}: {quantity_words(gap.b).rstrip(',')} ({gap.b.cite})"
        )
    if cap.name == "binding-vs-soft":
        hard_a = any(
            r.force_level == 3 and r.provision.modality.value in ("obligation", "prohibition")
            for r in assessed.stance_a
        )
        hard, soft = (
            (assessed.stance_a, assessed.stance_b)
            if hard_a
            else (assessed.stance_b, assessed.stance_a)
        )
        hard_label, soft_label = (a, b) if hard_a else (b, a)
        return (
            f"{hard_label} imposes {_stance(hard)}, where {soft_label} has only "
            f"{rule_words(strongest(soft))} ({_cited(soft)})"
        )
    if cap.name == "operator-vs-state":

        def operator_duties(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
            return [
                r
                for r in refs
                if addressee_class(r.provision) is AddresseeClass.OPERATOR
                and r.provision.modality.value in ("obligation", "prohibition")
            ]

        duty_a = bool(operator_duties(assessed.stance_a))
        duty, state = (
            (assessed.stance_a, assessed.stance_b)
            if duty_a
            else (assessed.stance_b, assessed.stance_a)
        )
        duty_label, state_label = (a, b) if duty_a else (b, a)
        return (
            f"{duty_label} binds operators — {_stance(tuple(operator_duties(duty)))} — where {state_label} only "
            f"commits the state ({_cited(state)})"
        )
    return f"the rules point in different directions: {cap.reason}"


def _gap_sentence(assessed: Assessment, a: str, b: str) -> str:
    gap = max(
        (d for d in assessed.dimensions if d.similarity is not None),
        key=lambda d: (d.weight * (1 - (d.similarity or 0)), d.name),
    )
    if gap.name in ("legal_force", "intensity", "modality", "addressee_class"):
        top_a, top_b = strongest(assessed.stance_a), strongest(assessed.stance_b)
        return (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a} has {rule_words(top_a)} ({_cited(assessed.stance_a)}), "
            f"{b} {rule_words(top_b)} ({_cited(assessed.stance_b)})"
        )
    return (
        f"they differ most in {GAP_PHRASES[gap.name]} — {a}: {gap.value_a}; {b}: "
        f"{gap.value_b} ({_cited(assessed.stance_a)}; {_cited(assessed.stance_b)})"
    )


def _timing(unit: TopicResult, a: str, b: str) -> str:
    """'; today only KR, and so until 2 Dec 2027' when the picture changes, else ''."""
    if unit.now.verdict == unit.adopted.verdict:
        return ""
    when = (
        f"from {day(unit.adopted_from)}" if unit.adopted_from else "once pending rules take effect"
    )
    return f" ({verdict_words(unit.adopted.verdict, a, b)} {when}; today {verdict_words(unit.now.verdict, a, b)})"


def _orders(orders: float) -> str:
    return f"about {10**orders:,.0f} times" if orders < 3 else f"over {10 ** int(orders):,} times"
