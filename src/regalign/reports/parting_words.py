"""Why two sides part on a unit, in words: the rules point in opposite directions, one binds where
the other only advises, one binds businesses where the other commits the state, or they differ most
in one dimension of their leading pair (how binding, whom, how much), with what one side has alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.pairs import FRAMING, PENALTY, STATE_MEASURE, function, runs_against
from regalign.comparisons.results import (
    BEST_EFFORTS_LEVEL,
    Assessment,
    DimensionResult,
    Pair,
    ProvisionRef,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.amounts import gap_words, highest_words
from regalign.reports.citations import key_refs
from regalign.reports.citing import cite, cited_pinpoints, pair_dates
from regalign.reports.counterparts import Counterpart, Elsewhere
from regalign.reports.norms import binding_contrary, contrary_of, contrary_words, topic_norm
from regalign.reports.rule_kinds import duty_words, is_power, who_is_bound
from regalign.reports.rule_words import roles, rule_words
from regalign.reports.suspended import Suspension
from regalign.reports.unmatched import contrary_lead, gap_counts
from regalign.reports.wording import in_sentence
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass, Role

GAP_PHRASES = {
    "legal_force": "how binding the rules are",
    "intensity": "how demanding the rules are",
    "modality": "the kind of rule",
    "addressees": "who is addressed",
    "addressee_class": "whether businesses or only the state are bound",
    "scope_tier": "which AI systems are reached",
    "sanctions": "the penalties behind the rules",
    "magnitude": "the size of thresholds, fines or deadlines",
    "relation": "substance",
}


def different_matters(
    assessed: Assessment, a: str, b: str, contrary: str = "", topic_id: str = ""
) -> str:
    refs_a, refs_b = key_refs(assessed.stance_a), key_refs(assessed.stance_b)
    top_a, top_b = refs_a[0], refs_b[0]
    if contrary and runs_against(top_a, topic_id) and runs_against(top_b, topic_id):
        # Both run against the topic's norm, each for its own matter: say what they share, then
        # what each one is about, from the provisions' own titles.
        return (
            f"both have {binding_contrary(contrary)}, on different matters — "
            f"{a}: {in_sentence(top_a.provision.title)} ({cite(top_a)}); {b}: {in_sentence(top_b.provision.title)} ({cite(top_b)})"
        )
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
            f"{rule_words(soft[0])} ({cited_pinpoints(soft)})"
        )
    return f"both have rules, on different matters — {a}: {_stance(refs_a)}; {b}: {_stance(refs_b)}"


def _stance(refs: Sequence[ProvisionRef]) -> str:
    """'a binding definition (EU AI Act Arts 3(64), (65))': the kind of the first rule, citing only
    the rules of that kind (round 40, EU-JP: Art. 90, the scientific panel's alerts, was cited as
    part of 'a binding definition')."""
    top = refs[0]
    kind = rule_words(top)
    who = "" if kind == "a power of the authorities" else who_is_bound(top)
    same = [r for r in refs if rule_words(r) == kind]
    # One rule of its kind is named by its title: "a body, plan or procedure set up by law" alone
    # did not say which matters differ (round 51, EU-JP: national competent authorities against
    # research and advice on harmful cases).
    what = f": {in_sentence(top.provision.title)}" if len(same) == 1 else ""
    return f"{kind}{' for ' + who if who else ''}{what} ({cited_pinpoints(same)})"


def toward_words(label: str, ref: ProvisionRef, norm: str) -> str:
    """'the EU bars ...' when the provision is itself the bar; otherwise what it does for the norm
    ('the EU binds the state: notification of draft localisation requirements'), so that a duty to
    notify is never cited as the ban."""
    if ref.provision.modality.value == "prohibition":
        return f"{label} {norm} ({cite(ref)})"
    return f"{label} binds the state: {in_sentence(ref.provision.title)} ({cite(ref)})"


def opposite(assessed: Assessment, a: str, b: str, norm: str, topic_id: str) -> str:
    pair = next(p for p in assessed.pairs if p.opposite)
    contrary = contrary_words(norm)
    toward: list[tuple[str, ProvisionRef]] = []
    against: list[tuple[str, ProvisionRef]] = []
    for label, ref in ((a, pair.a), (b, pair.b)):
        (against if runs_against(ref, topic_id) else toward).append((label, ref))
    if norm and contrary and toward and against:
        (with_label, with_ref), (other_label, other_ref) = toward[0], against[0]
        return (
            f"the rules point in opposite directions — {toward_words(with_label, with_ref, norm)}; "
            f"{other_label} has {binding_contrary(contrary)} ({cite(other_ref)})"
            + pair_dates(pair, a, b)
        )
    # Without a norm to turn round, each rule's title says which way it points (EU-JP: a copyright
    # policy against an exception for information analysis).
    words = [
        f"{label}: {rule_words(ref)}"
        + (f", {in_sentence(ref.provision.title)}" if ref.provision.pinpoint else "")
        + f" ({cite(ref)})"
        for label, ref in ((a, pair.a), (b, pair.b))
    ]
    return "the rules point in opposite directions — " + "; ".join(words) + pair_dates(pair, a, b)


def binding_vs_soft(pair: Pair, a: str, b: str) -> str:
    hard_a = pair.a.force_level >= pair.b.force_level
    hard, soft = (pair.a, pair.b) if hard_a else (pair.b, pair.a)
    hard_label, soft_label = (a, b) if hard_a else (b, a)
    who = roles([hard])
    return (
        f"{hard_label} imposes {rule_words(hard)}{' for ' + who if who else ''} ({cite(hard)}), "
        f"where {soft_label} has only {rule_words(soft)} ({cite(soft)}){pair_dates(pair, a, b)}"
    )


def operator_vs_state(pair: Pair, a: str, b: str) -> str:
    duty_a = addressee_class(pair.a.provision) is AddresseeClass.OPERATOR
    duty, state = (pair.a, pair.b) if duty_a else (pair.b, pair.a)
    duty_label, state_label = (a, b) if duty_a else (b, a)
    who = roles([duty])
    return (
        f"{duty_label} binds businesses — {rule_words(duty)}{' for ' + who if who else ''} "
        f"({cite(duty)}) — where {state_label} only commits the state ({cite(state)})"
    )


def broad_shape(pair: Pair) -> str:
    """Why a unit held by the broad-shape cap is only partly aligned (round 49, EU-JP: "they differ
    most in the kind of rule — the EU has a binding scope rule ...; Japan has a binding scope rule"
    for two commencement clauses that scored 1.000)."""
    return (
        f"they meet only in the shape of their rules — {cite(pair.a)} "
        f"({in_sentence(pair.a.provision.title)}) and {cite(pair.b)} "
        f"({in_sentence(pair.b.provision.title)}) are the same kind of rule for the same "
        "addressees, which no expert crosswalk matches, under a topic too broad to show that they "
        "do the same thing"
    )


def gap_sentence(
    assessed: Assessment,
    a: str,
    b: str,
    topic_id: str,
    corpus: Corpus,
    elsewhere: Elsewhere | None = None,
    suspended: Suspension | None = None,
    counterpart: Counterpart | None = None,
) -> str:
    lead = assessed.lead
    if lead is None:
        return different_matters(assessed, a, b, contrary_of(corpus, topic_id), topic_id)
    if is_power(lead.a) != is_power(lead.b) and STATE_MEASURE in (
        function(lead.a),
        function(lead.b),
    ):
        # Round 23, EU-JP: "they differ most in substance — the EU has a power of the authorities
        # ...; Japan has a body, plan or procedure set up by law: research, guidance and advice"
        # hid the point: one side's authorities can compel, the other's only act themselves. "On
        # this topic": the laws compared may give powers elsewhere (round 52, KR-JP: the APPI's
        # inspections, Art. 146, against "Japan gives them no such power in the laws compared").
        (power_label, power), (other_label, other) = (
            ((a, lead.a), (b, lead.b)) if is_power(lead.a) else ((b, lead.b), (a, lead.a))
        )
        held = suspended("a" if power is lead.a else "b", [topic_id]) if suspended else ""
        return (
            f"{power_label} gives the authorities a power — {in_sentence(power.provision.title)} "
            f"({cite(power)}){held}; {other_label} gives them no such power on this topic in the laws "
            f"compared, its rule here being {in_sentence(other.provision.title)} ({cite(other)})"
        ) + gap_counts(assessed, a, b, topic_id, elsewhere=elsewhere, counterpart=counterpart)
    gap = _telling_gap(lead)
    if gap.name in ("legal_force", "intensity", "modality", "addressee_class", "relation"):
        # The kind of rule alone ('a body set up by law', 'an option the law allows') does not say
        # what either side does: each rule's own title follows.
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a} has {rule_words(lead.a)}: "
            f"{in_sentence(lead.a.provision.title)} ({cite(lead.a)}); {b} has {rule_words(lead.b)}: "
            f"{in_sentence(lead.b.provision.title)} ({cite(lead.b)})"
        ) + highest_words(assessed, a, b)
    elif gap.name == "magnitude" and lead.gaps:
        # The numbers both state, not every number of each (7 Dec 2026, EU-JP: "the EU: deadline 3
        # months; deadline 1 month; deadline 24 hours; fine ceiling ...; Japan: fine ceiling JPY
        # 300,000" set deadlines Japan does not have against a fine).
        widest = max(lead.gaps, key=lambda g: (g.orders, g.kind.value))
        said = gap_words(widest, lead, assessed, a, b, corpus)
        if widest in lead.own_gaps:
            text = f"they differ most in {GAP_PHRASES[gap.name]}: {said}"
        else:
            # Fines of the penalty articles behind two duties weigh in the score but hold no verdict
            # down: the penalties are compared under their own topic (round 47, EU-KR: "partially
            # aligned" beside "fine ceilings about 788 times apart" on the local representative
            # read as breaking the rule that numbers 100 times apart are at most divergent).
            text = (
                f"they differ most in the fines behind them (judged apart, under penalties): {said}"
            )
    else:
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a}: {gap.value_a}; {b}: "
            f"{gap.value_b} ({cite(lead.a)}; {cite(lead.b)})"
        )
    extra = contrary_lead(
        assessed, a, b, topic_id, contrary_words(topic_norm(corpus, topic_id)), elsewhere
    )
    if extra and lead.verdict == "aligned":
        # The pair where both have rules agrees: the difference is the extra rules alone, said
        # beside the rules both have, so that "none" is never read as "no rule on the topic".
        return f"beyond the rules both have here ({cite(lead.a)}; {cite(lead.b)}), {extra}"
    if extra:
        return f"{extra}; where both have rules, {text}" + pair_dates(lead, a, b)
    counts = gap_counts(
        assessed,
        a,
        b,
        topic_id,
        contrary_words(topic_norm(corpus, topic_id)),
        elsewhere,
        counterpart,
    )
    framing = function(lead.a) == function(lead.b) == FRAMING
    if framing and lead.verdict == "aligned" and assessed.verdict != "aligned" and counts:
        # Two framing rules that agree say nothing of how the sides differ: what keeps the topic
        # apart is what one side has alone (round 57, EU-JP: "they differ most in substance" for
        # two commencement clauses that meet, while seven scope rules of the EU have no
        # counterpart). A substantive pair still says what each rule does.
        return (
            f"the rules both have here meet ({cite(lead.a)}; {cite(lead.b)}), but{counts[1:]}"
            + pair_dates(lead, a, b)
        )
    if (
        lead.verdict == "aligned"
        and assessed.verdict != "aligned"
        and counts
        and gap.name != "magnitude"
        and rule_words(lead.a) == rule_words(lead.b)
    ):
        # Two substantive rules of the same kind that agree are not where the sides "differ most":
        # each is named, then what keeps the topic apart (round 63, EU-KR: "they differ most in substance" for
        # eIDAS Art. 46 and the Electronic Documents Act Art. 4(1), worded alike).
        return (
            f"the rules both have here meet — {a} has {rule_words(lead.a)}: "
            f"{in_sentence(lead.a.provision.title)} ({cite(lead.a)}); {b} has "
            f"{rule_words(lead.b)}: {in_sentence(lead.b.provision.title)} ({cite(lead.b)}) — "
            f"but{counts[1:]}" + pair_dates(lead, a, b)
        )
    return (
        text
        + pair_dates(lead, a, b)
        + gap_counts(
            assessed,
            a,
            b,
            topic_id,
            contrary_words(topic_norm(corpus, topic_id)),
            elsewhere,
            counterpart,
        )
    )


def _telling_gap(lead: Pair) -> DimensionResult:
    """The widest gap a reader would recognise as a difference. Left out: the modality when both
    rules state the same duty (a ban and a duty are one rule stated two ways), and the addressees
    when one side's roles contain the other's (a rule naming controllers and processors against one
    naming a business handling personal data differs in vocabulary, not in who is bound)."""
    roles_a, roles_b = set(lead.a.provision.addressees), set(lead.b.provision.addressees)
    skip = set()
    if duty_words(lead.a) and duty_words(lead.a) == duty_words(lead.b):
        skip.add("modality")
    public = {Role.GOVERNMENT, Role.REGULATOR, Role.PUBLIC_BODY, Role.STATE_PARTY}
    if roles_a <= roles_b or roles_b <= roles_a or (roles_a | roles_b) <= public:
        # A ministry against a supervisory authority is the state on both sides, named differently
        # (round 20: "they differ most in who is addressed — the EU: regulator; Korea: government").
        skip.add("addressees")
    if function(lead.a) == function(lead.b) == PENALTY:
        # A penalty article is addressed to whoever imposes it, the State under an EU act that
        # leaves penalties to Member States; whom it falls on was matched (round 48, EU-JP: "they
        # differ most in who is addressed — the EU: government" for Dual-Use Regulation Art. 25(1)).
        skip.update({"addressees", "addressee_class"})
    candidates = [d for d in lead.dimensions if d.similarity is not None and d.name not in skip]
    if not candidates:
        candidates = [d for d in lead.dimensions if d.similarity is not None]
    return max(candidates, key=lambda d: (d.weight * (1 - (d.similarity or 0)), d.name))
