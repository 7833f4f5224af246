"""Verdict caps: named rules that bound a verdict whatever the weighted mean says.

Each cap looks at a pair of provisions (their numbers, curated relations and directions) and, when it
fires, names the highest verdict the pair may get and says why. A unit takes the caps of its
leading pair, the magnitude caps of any pair whose numbers share a measure key (two numbers that
measure the same thing an order of magnitude apart), and an opposite-direction cap when pairs point
in opposite directions. A cap
never raises a verdict: the final verdict is the lowest of the thresholds' verdict and every bound
that fired.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from regalign.comparisons.lift import lifted_over
from regalign.comparisons.magnitude import LABELS, KindGap
from regalign.comparisons.results import (
    BEST_EFFORTS_LEVEL,
    GENERAL_SUFFIX,
    GRADED,
    SAME_ADDRESSEES,
    CapApplied,
    Pair,
    ProvisionRef,
    RelationUsed,
)
from regalign.schema.derived import addressee_class
from regalign.schema.method import Cap, Caps, Thresholds
from regalign.schema.vocab import AddresseeClass, Modality

DUTIES = frozenset({Modality.OBLIGATION, Modality.PROHIBITION})
BINDING = 3


def bound(verdict: str, bounds: Iterable[str]) -> str:
    """The verdict lowered to the tightest of the bounds (never raised)."""
    rank = GRADED.index(verdict)
    for limit in bounds:
        rank = min(rank, GRADED.index(limit))
    return GRADED[rank]


def fired(
    settings: Caps,
    a: Sequence[ProvisionRef],
    b: Sequence[ProvisionRef],
    label_a: str,
    label_b: str,
    quantity_gaps: Sequence[KindGap],
    relations: Sequence[RelationUsed],
    direction: str | None = None,
) -> tuple[CapApplied, ...]:
    """Every enabled cap that fires on this pair of stances, in a fixed order; ``direction`` says why the
    two rules run in opposite directions, when they do."""
    checks: list[tuple[str, Cap, Callable[[], str | None]]] = [
        (
            "magnitude_gap",
            settings.magnitude_gap,
            lambda: _magnitude(quantity_gaps, settings.magnitude_gap.orders, label_a, label_b),
        ),
        (
            "magnitude_chasm",
            settings.magnitude_chasm,
            lambda: _magnitude(quantity_gaps, settings.magnitude_chasm.orders, label_a, label_b),
        ),
        (
            "binding_vs_soft",
            settings.binding_vs_soft,
            lambda: _binding_vs_soft(a, b, label_a, label_b),
        ),
        (
            "operator_vs_state",
            settings.operator_vs_state,
            lambda: _operator_vs_state(a, b, label_a, label_b),
        ),
        (
            "weak_relation",
            settings.weak_relation,
            lambda: _weak(relations, settings.weak_relation.strength),
        ),
        (
            "slight_relation",
            settings.slight_relation,
            lambda: _weak(relations, settings.slight_relation.strength),
        ),
        ("stricter_rule", settings.stricter_rule, lambda: _stricter(relations)),
        ("not_related", settings.not_related, lambda: _not_related(relations)),
        ("opposite_direction", settings.opposite_direction, lambda: direction),
    ]
    found = []
    for name, cap, check in checks:
        if cap.enabled:
            reason = check()
            if reason:
                found.append(CapApplied(name.replace("_", "-"), cap.verdict, reason))
    return tuple(found)


def _magnitude(found: Sequence[KindGap], orders: float, label_a: str, label_b: str) -> str | None:
    wide = [g for g in found if g.orders >= orders]
    if not wide:
        return None
    gap = max(wide, key=lambda g: (g.orders, g.kind.value))
    return (
        f"{LABELS[gap.kind]}: {label_a} {gap.a.shown} ({gap.a.cite}) against {label_b} {gap.b.shown} "
        f"({gap.b.cite}), {gap.orders:.1f} orders of magnitude apart"
    )


def _binding_duties(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    return [r for r in refs if r.force_level >= BINDING and r.provision.modality in DUTIES]


def _binding_vs_soft(
    a: Sequence[ProvisionRef], b: Sequence[ProvisionRef], label_a: str, label_b: str
) -> str | None:
    for hard, soft, hard_label, soft_label in ((a, b, label_a, label_b), (b, a, label_b, label_a)):
        duties = _binding_duties(hard)
        if (
            duties
            and not _binding_duties(soft)
            and not any(
                r.force_level >= BINDING and r.provision.modality is Modality.RIGHT for r in soft
            )
        ):
            softest = [
                r
                for r in soft
                if r.force_level < BINDING
                or r.provision.modality in (Modality.BEST_EFFORTS, Modality.RECOMMENDATION)
            ]
            if softest:
                # The instrument with the pinpoint (round 40, EU-KR: "(Art. 28)" for the Decree's).
                return (
                    f"{hard_label} imposes a binding {duties[0].provision.modality.value} "
                    f"({_cited(duties[0])}); {soft_label} has only "
                    f"{_soft_words(softest)} ({_cited(softest[0])})"
                )
    return None


def _cited(ref: ProvisionRef) -> str:
    return f"{ref.framework.short_title} {ref.pinpoint}"


def _soft_words(refs: Sequence[ProvisionRef]) -> str:
    top = max(refs, key=lambda r: (r.force_level, r.provision.modality.value))
    if top.provision.modality is Modality.BEST_EFFORTS:
        return "a best-efforts duty"
    if top.provision.modality is Modality.RECOMMENDATION:
        return "a recommendation"
    return f"a {top.force_label} rule"


def _operator_vs_state(
    a: Sequence[ProvisionRef], b: Sequence[ProvisionRef], label_a: str, label_b: str
) -> str | None:
    for duty_side, state_side, duty_label, state_label in (
        (a, b, label_a, label_b),
        (b, a, label_b, label_a),
    ):
        duties = [
            r
            for r in duty_side
            if r.provision.modality in DUTIES
            and addressee_class(r.provision) is AddresseeClass.OPERATOR
        ]
        if (
            duties
            and state_side
            and all(addressee_class(r.provision) is AddresseeClass.STATE for r in state_side)
        ):
            return (
                f"{duty_label} binds operators ({duties[0].pinpoint}); {state_label} only commits the state "
                f"({state_side[0].pinpoint}: {state_side[0].provision.modality.value})"
            )
    return None


def _weak(relations: Sequence[RelationUsed], strength: int) -> str | None:
    """The curator's strength bounds the pair: two rules the crosswalk relates only weakly do not
    read aligned however alike their shape (sixth sitting: eIDAS Art. 14, which recognises
    third-country trust services, against Korea's policy aim of mutual recognition, DSA Art. 4(7),
    read partially aligned because both address the State and bind)."""
    related = [u for u in relations if not u.relation.opposite and u.relation.strength >= 1]
    if not related:
        return None
    top = max(related, key=lambda u: (u.relation.strength, u.relation.source, u.relation.target))
    rel = top.relation
    if rel.strength > strength:
        return None
    return (
        f"the expert crosswalk relates {rel.source} and {rel.target} only at strength "
        f"{rel.strength} of 10"
    )


def _stricter(relations: Sequence[RelationUsed]) -> str | None:
    """The curator finds one rule asks materially more than the other: complying with the other
    does not satisfy it, however alike the two read on every dimension (round 84, EU-KR: AI Act
    Art. 50(2) requires machine-readable, detectable marking, while AI Basic Act Art. 31(2) and its
    Decree's Art. 23(2) accept a visible label; the pair scored 0.84, aligned)."""
    for used in relations:
        rel = used.relation
        if rel.stricter is not None and not rel.opposite and rel.strength >= 1:
            stricter, other = (
                (rel.source, rel.target)
                if rel.stricter.rule == "source"
                else (rel.target, rel.source)
            )
            return (
                f"the expert crosswalk finds {stricter} stricter than {other}: it asks more "
                f"({rel.stricter.demands})"
            )
    return None


def _not_related(relations: Sequence[RelationUsed]) -> str | None:
    opposite = [u for u in relations if u.relation.opposite]
    if opposite:
        rel = opposite[0].relation
        return (
            f"curated relation {rel.source} / {rel.target}: the rules point in opposite directions"
        )
    if relations and all(u.relation.strength == 0 for u in relations):
        rel = relations[0].relation
        return f"curated relation {rel.source} / {rel.target} judged not related"
    return None


FRAMING = frozenset({Modality.DEFINITION, Modality.SCOPE, Modality.EXCEPTION})


def broad_shape(settings: Caps, unit_id: str, pairs: Sequence[Pair]) -> CapApplied | None:
    """The unit-level cap on shape alone (the same kind of rule for the same addressees, no curated
    relation, measure or conduct in common). A narrow topic says what both rules are about (two
    articles on AI talent); a broad one, or two definitions, does not. So a broad topic's general
    rules ('ai.industrial-promotion#general') whose leading pair met on shape alone, and a unit of
    definitions, scope and exceptions whose every pair did, are at most partially aligned (round
    47, EU-KR: AI Act Art. 62 on SMEs met AI Basic Act Art. 22 on overseas expansion at 1.000, "the
    same rules"; AI Act Art. 50(3) on emotion recognition led transparency's general rules against
    the Decree's website summary, Art. 27(1))."""
    cap = settings.broad_shape
    if not cap.enabled or not pairs:
        return None
    if unit_id.endswith(GENERAL_SUFFIX) and pairs[0].basis == SAME_ADDRESSEES:
        why = "the leading pair met on shape alone (the same kind of rule for the same addressees) "
        why += "in the general rules of a broad topic"
    elif all(p.basis == SAME_ADDRESSEES for p in pairs) and all(
        r.provision.modality in FRAMING for p in pairs for r in (p.a, p.b)
    ):
        why = "every pair met on shape alone (the same kind of rule for the same addressees), "
        why += "among definitions, scope and exceptions"
    else:
        return None
    return CapApplied("broad-shape", cap.verdict, why)


def guidance_lift(
    settings: Caps,
    pairs: Sequence[Pair],
    weights: Sequence[float],
    coverage_factor: float,
    thresholds: Thresholds,
) -> CapApplied | None:
    """The unit-level cap on guidance that lifts a unit above its rules. A pair in which neither
    provision is a rule (force below a best-efforts duty: guidelines, codes, recommendations)
    elaborates its sides' rules; when such pairs make a unit aligned while the pairs holding a
    side's rule, scored alone (with the unit's coverage), fall short of aligned, the unit is at most
    partially aligned. Seventh sitting, EU-KR: impact assessment read aligned (0.79) today on the
    HLEG ethics guidelines against MSIT's impact-assessment guidelines (0.92-1.00), while Korea's
    statutory duty (AI Basic Act Art. 35(1)) met the same HLEG section at 0.53; the value chain
    read aligned on the Commission's prohibited-practices guidelines against MSIT's operator-duty
    items, while AI Act Art. 25 met the Decree's Art. 27(3) at 0.59."""
    cap = settings.guidance_lift
    if not cap.enabled:
        return None
    found = lifted_over(
        pairs,
        weights,
        coverage_factor,
        thresholds,
        lambda p: max(p.a.force_level, p.b.force_level) >= BEST_EFFORTS_LEVEL,
    )
    if found is None:
        return None
    score, rules = found
    return CapApplied(
        "guidance-lift",
        cap.verdict,
        f"the {rules} pair(s) holding a binding or best-efforts rule score {score:.2f} "
        f"alone, below aligned; {len(pairs) - rules} pair(s) of guidance on both sides lift the "
        "unit above them, and guidance elaborates a rule without making two rulebooks agree",
    )


MAGNITUDE_CAPS = ("magnitude-gap", "magnitude-chasm")
OPPOSITE_CAPS = ("not-related", "opposite-direction")
SOME_OPPOSITE = "partially-aligned"  # the bound when fewer than half the pairs point the other way


def unit_caps(pairs: Sequence[Pair]) -> tuple[CapApplied, ...]:
    """The caps of a unit from its pairs (the leading pair first).

    Magnitude caps come from the leading pair and from any pair of numbers with the same measure
    key, the widest gap first: two numbers that measure the same thing bound the unit whichever pair
    states them. Fine ceilings have no key, so they bound the unit only through the leading pair
    (the most alike penalties), never through a lesser fine paired with a higher tier. Opposite directions bound the unit at their cap's
    verdict when at least half of the pairs point in opposite directions, and at partially aligned
    when fewer do. Every other cap comes from the leading pair.
    """
    if not pairs:
        return ()
    found: dict[str, CapApplied] = {}
    for cap in pairs[0].caps:
        if cap.name not in MAGNITUDE_CAPS and cap.name not in OPPOSITE_CAPS:
            found[cap.name] = cap
    for name in MAGNITUDE_CAPS:
        fired_on = [
            (_widest(p), c)
            for i, p in enumerate(pairs)
            for c in p.caps
            if c.name == name and (i == 0 or any(g.a.measure for g in p.own_gaps))
        ]
        if fired_on:
            found[name] = max(fired_on, key=lambda item: (item[0], item[1].reason))[1]
    for name in OPPOSITE_CAPS:
        opposed = [c for p in pairs for c in p.caps if c.name == name]
        if opposed:
            share = len(opposed) / len(pairs)
            limit = opposed[0].bound if share >= 0.5 else SOME_OPPOSITE
            limit = GRADED[min(GRADED.index(limit), GRADED.index(opposed[0].bound))]
            note = "" if share >= 0.5 else f" ({len(opposed)} of {len(pairs)} matched pairs)"
            found[name] = CapApplied(name, limit, opposed[0].reason + note)
    return in_order(found.values())


# The order a unit's caps are listed in (and the only caps a unit takes).
ORDER = (
    "magnitude-gap",
    "magnitude-chasm",
    "binding-vs-soft",
    "operator-vs-state",
    "weak-relation",
    "slight-relation",
    "stricter-rule",
    "broad-shape",
    "guidance-lift",
    "shape-lift",
    "lone-condition",
    *OPPOSITE_CAPS,
)


def in_order(caps: Iterable[CapApplied]) -> tuple[CapApplied, ...]:
    """The caps in the fixed order of ORDER, one per name, dropping names not in it."""
    by_name = {c.name: c for c in caps}
    return tuple(by_name[name] for name in ORDER if name in by_name)


def _widest(pair: Pair) -> float:
    return max((g.orders for g in pair.own_gaps), default=0.0)
