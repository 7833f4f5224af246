"""One sentence per unit, built from its pairs: what differs or agrees, who is bound, how much, from when.

Every sentence reads the law as adopted and cites the provisions of the pair it speaks of (the
leading pair, or the pair behind the cap it explains), never the strongest provision of a pile.
A rule adopted but not yet applicable is shown with its date. Sentences are plain text runs with
the topic in bold; renderers escape them.
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.assess import NO_COUNTERPART
from regalign.comparisons.caps import MAGNITUDE_CAPS, OPPOSITE_CAPS
from regalign.comparisons.pairs import DUTY, PENALTY, function, runs_against
from regalign.comparisons.results import (
    APPLIES,
    BEST_EFFORTS_LEVEL,
    ONLY_A,
    ONLY_B,
    Assessment,
    Comparison,
    Pair,
    ProvisionRef,
    TopicResult,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.context import context_note
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
    unit_label,
    without_article,
)

GAP_PHRASES = {
    "legal_force": "how binding the rules are",
    "intensity": "how demanding the rules are",
    "modality": "the kind of rule",
    "addressees": "who is addressed",
    "addressee_class": "whether businesses or only the state are bound",
    "scope_tier": "which AI systems are reached",
    "sanctions": "the penalties behind the rules",
    "magnitude": "the size of thresholds, fines or deadlines",
    "relation": "how closely the provisions match in substance",
}
LIMIT = 2  # pinpoints per side in a sentence


def divergence(result: Comparison, unit: TopicResult, corpus: Corpus) -> Text:
    """Why a unit parts, as adopted."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    assessed = unit.adopted
    if assessed.verdict in (ONLY_A, ONLY_B):
        body = _one_sided(unit, assessed, a, b, corpus)
    else:
        names = {c.name for c in assessed.caps}
        if NO_COUNTERPART in names:
            body = _different_matters(assessed, a, b)
        elif names & set(OPPOSITE_CAPS):
            body = _opposite(assessed, a, b, _norm(corpus, unit.topic_id), unit.topic_id)
        elif names & set(MAGNITUDE_CAPS):
            body = _magnitude(assessed, a, b)
        elif "binding-vs-soft" in names and assessed.lead is not None:
            body = _binding_vs_soft(assessed.lead, a, b)
        elif "operator-vs-state" in names and assessed.lead is not None:
            body = _operator_vs_state(assessed.lead, a, b)
        else:
            body = _gap(assessed, a, b, unit.topic_id)
    return (bold(unit_label(unit)), run(": " + body + _context(result, unit, corpus) + "."))


def convergence(result: Comparison, unit: TopicResult, corpus: Corpus) -> Text:
    """What the sides share on a unit, as adopted, from its leading pair."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    lead = unit.adopted.lead
    if lead is None:
        return divergence(result, unit, corpus)
    top_a, top_b = lead.a, lead.b
    who = "" if function(top_a) == PENALTY else roles([top_a, top_b])
    if rule_words(top_a) == rule_words(top_b):
        body = f"both have {_plural(rule_words(top_a))}{' for ' + who if who else ''}"
    elif _duty_words(top_a) and _duty_words(top_a) == _duty_words(top_b):
        body = f"both impose {_duty_words(top_a)}{' on ' + who if who else ''}"
    else:
        body = f"{a} has {rule_words(top_a)}, {b} {rule_words(top_b)}"
    body += f" ({_cite(top_a)}; {_cite(top_b)}){_dates(lead, a, b)}"
    return (bold(unit_label(unit)), run(": " + body + _context(result, unit, corpus) + "."))


def _duty_words(ref: ProvisionRef) -> str:
    """'binding duties' for an obligation or a prohibition (one rule stated as a duty or a ban), else ''."""
    if function(ref) != DUTY or ref.provision.modality.value not in ("obligation", "prohibition"):
        return ""
    return {3: "binding duties", 1: "voluntary duties", 0: "non-binding duties"}.get(
        ref.force_level, ""
    )


def _one_sided(unit: TopicResult, assessed: Assessment, a: str, b: str, corpus: Corpus) -> str:
    speaker, silent = (a, b) if assessed.verdict == ONLY_A else (b, a)
    refs = assessed.stance_a if assessed.verdict == ONLY_A else assessed.stance_b
    fines = penalty_words(refs, corpus)
    against = [r for r in refs if runs_against(r, unit.topic_id)]
    lead = key_refs(against or refs)
    top = lead[0]
    who = roles([top])
    stance = f"{rule_words(top)}{' for ' + who if who else ''} ({_cited(lead)})"
    later = (
        "" if top.status == APPLIES or top.start is None else f", applying from {day(top.start)}"
    )
    if against and len(against) == len(refs):
        return (
            f"only {speaker} has rules, and they run against the topic — {stance}{later}; "
            f"{silent} has no such rule"
        )
    backed = f", backed by {fines}" if fines else ""
    return f"only {speaker} has rules — {stance}{later}{backed}; {silent} has none"


def _different_matters(assessed: Assessment, a: str, b: str) -> str:
    refs_a, refs_b = key_refs(assessed.stance_a), key_refs(assessed.stance_b)
    top_a, top_b = refs_a[0], refs_b[0]
    binding_a, binding_b = (
        top_a.force_level >= BEST_EFFORTS_LEVEL,
        top_b.force_level >= BEST_EFFORTS_LEVEL,
    )
    if binding_a != binding_b:
        hard, soft, hard_label, soft_label = (
            (refs_a, refs_b, a, b) if binding_a else (refs_b, refs_a, b, a)
        )
        return (
            f"only {hard_label} has binding rules — {_stance(hard)}; {soft_label} has only "
            f"{rule_words(soft[0])} ({_cited(soft)})"
        )
    return f"both have rules, on different matters — {a}: {_stance(refs_a)}; {b}: {_stance(refs_b)}"


def _stance(refs: Sequence[ProvisionRef]) -> str:
    top = refs[0]
    who = "" if function(top) == PENALTY else roles([top])
    return f"{rule_words(top)}{' for ' + who if who else ''} ({_cited(refs)})"


def _opposite(assessed: Assessment, a: str, b: str, norm: str, topic_id: str) -> str:
    pair = next(p for p in assessed.pairs if p.opposite)
    words = []
    for label, ref in ((a, pair.a), (b, pair.b)):
        way = "against it" if runs_against(ref, topic_id) else "with it"
        words.append(f"{label}: {rule_words(ref)} that runs {way} ({_cite(ref)})")
    topic = f" (the topic: a rule that {norm})" if norm else ""
    return (
        f"the rules point in opposite directions{topic} — " + "; ".join(words) + _dates(pair, a, b)
    )


def _magnitude(assessed: Assessment, a: str, b: str) -> str:
    pair, gap = max(
        ((p, g) for p in assessed.pairs for g in p.own_gaps),
        key=lambda item: (item[1].orders, item[1].kind.value),
    )
    kind = gap.kind.value.replace("-", " ")
    return (
        f"{kind}s {_orders(gap.orders)} apart — {a}: {quantity_words(gap.a).rstrip(',')} "
        f"({gap.a.cite}); {b}: {quantity_words(gap.b).rstrip(',')} ({gap.b.cite})"
    )


def _binding_vs_soft(pair: Pair, a: str, b: str) -> str:
    hard_a = pair.a.force_level >= pair.b.force_level
    hard, soft = (pair.a, pair.b) if hard_a else (pair.b, pair.a)
    hard_label, soft_label = (a, b) if hard_a else (b, a)
    who = roles([hard])
    return (
        f"{hard_label} imposes {rule_words(hard)}{' for ' + who if who else ''} ({_cite(hard)}), "
        f"where {soft_label} has only {rule_words(soft)} ({_cite(soft)}){_dates(pair, a, b)}"
    )


def _operator_vs_state(pair: Pair, a: str, b: str) -> str:
    from regalign.schema.derived import addressee_class
    from regalign.schema.vocab import AddresseeClass

    duty_a = addressee_class(pair.a.provision) is AddresseeClass.OPERATOR
    duty, state = (pair.a, pair.b) if duty_a else (pair.b, pair.a)
    duty_label, state_label = (a, b) if duty_a else (b, a)
    who = roles([duty])
    return (
        f"{duty_label} binds businesses — {rule_words(duty)}{' for ' + who if who else ''} "
        f"({_cite(duty)}) — where {state_label} only commits the state ({_cite(state)})"
    )


def _gap(assessed: Assessment, a: str, b: str, topic_id: str) -> str:
    lead = assessed.lead
    if lead is None:
        return _different_matters(assessed, a, b)
    gap = max(
        (d for d in lead.dimensions if d.similarity is not None),
        key=lambda d: (d.weight * (1 - (d.similarity or 0)), d.name),
    )
    if gap.name in ("legal_force", "intensity", "modality", "addressee_class", "relation"):
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a} has {rule_words(lead.a)} "
            f"({_cite(lead.a)}), {b} {rule_words(lead.b)} ({_cite(lead.b)})"
        )
    else:
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a}: {gap.value_a}; {b}: "
            f"{gap.value_b} ({_cite(lead.a)}; {_cite(lead.b)})"
        )
    return text + _dates(lead, a, b) + _gap_counts(assessed, a, b, topic_id)


def _gap_counts(assessed: Assessment, a: str, b: str, topic_id: str) -> str:
    """'; Korea also restricts what the topic is about — Spatial Data Act Art. 16(1) and 4 more —
    where Japan has no such rule', or '; 2 provisions of the EU have no counterpart'."""
    parts = []
    for label, other, refs in ((a, b, assessed.unpaired_a), (b, a, assessed.unpaired_b)):
        contrary = [
            r for r in refs if runs_against(r, topic_id) and r.force_level >= BEST_EFFORTS_LEVEL
        ]
        if contrary:
            parts.append(
                f"{label} also has rules that run the other way ({_cited(contrary)}), where "
                f"{other} has no such rule"
            )
        elif refs:
            parts.append(
                f"{len(refs)} provision{'s' if len(refs) > 1 else ''} of {label} "
                f"{'have' if len(refs) > 1 else 'has'} no counterpart"
            )
    return "; " + "; ".join(parts) if parts else ""


def _dates(pair: Pair, a: str, b: str) -> str:
    """'; the EU's rule applies from 2 Dec 2027' for a rule of the pair adopted but not yet applicable."""
    notes = []
    for label, ref in ((a, pair.a), (b, pair.b)):
        if ref.status != APPLIES:
            when = f"applies from {day(ref.start)}" if ref.start else "is not yet in force"
            notes.append(f"{_possessive(label)} {when}")
    return f"; {' and '.join(notes)}" if notes else ""


def _context(result: Comparison, unit: TopicResult, corpus: Corpus) -> str:
    note = context_note(result, unit, corpus)
    return f"; {note}" if note else ""


def _norm(corpus: Corpus, topic_id: str) -> str:
    """The direction a rule takes on the topic, as its record words it, or ''."""
    topic = corpus.topics.get(topic_id)
    return (topic.norm or "").rstrip(".") if topic is not None else ""


def _possessive(label: str) -> str:
    return f"{label}'" if label.endswith("s") else f"{label}'s"


def _plural(words: str) -> str:
    """'a binding obligation' -> 'binding obligations'; 'penalties' stays."""
    noun = without_article(words)
    return noun + "s" if not noun.endswith("s") else noun


def _cite(ref: ProvisionRef) -> str:
    return f"{ref.framework.short_title} {ref.pinpoint}"


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
        if prison:
            return f"up to {prison:g} years' imprisonment"
        national = any(x.kind.value == "national-penalties" for x in sanctions)
        return "penalties each Member State lays down" if national else ""
    top = max(fines, key=lambda x: (x.turnover_percent or 0, x.max_amount or 0, x.currency or ""))
    parts = [amount(top.max_amount, top.currency or "")] if top.max_amount is not None else []
    if top.turnover_percent is not None:
        parts.append(f"{top.turnover_percent:g}% of turnover")
    return "fines of up to " + " or ".join(parts)


def _orders(orders: float) -> str:
    return f"about {10**orders:,.0f} times" if orders < 3 else f"over {10 ** int(orders):,} times"


__all__ = ["divergence", "convergence", "penalty_words", "Run"]
