"""One sentence per unit, built from its pairs: what differs or agrees, who is bound, how much, from when.

Every sentence reads the law as adopted and cites the provisions of the pair it speaks of (the
leading pair, or the pair behind the cap it explains), never the strongest provision of a pile.
A rule adopted but not yet applicable is shown with its date. Sentences are plain text runs with
the topic in bold; renderers escape them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from regalign.comparisons.assess import NO_COUNTERPART
from regalign.comparisons.caps import MAGNITUDE_CAPS, OPPOSITE_CAPS
from regalign.comparisons.magnitude import KindGap, Measured
from regalign.comparisons.pairs import DUTY, PENALTY, STATE_MEASURE, function, runs_against
from regalign.comparisons.results import (
    APPLIES,
    BEST_EFFORTS_LEVEL,
    NOT_COMPARED,
    ONE_SIDED,
    ONLY_A,
    Assessment,
    Comparison,
    Pair,
    ProvisionRef,
    TopicResult,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.context import context_note, unread_change_words
from regalign.reports.document import Run, Text, bold, run
from regalign.reports.wording import (
    amount,
    day,
    in_sentence,
    key_refs,
    pinpoints,
    possessive,
    quantity_words,
    role_words,
    roles,
    rule_words,
    side_name,
    times_apart,
    unit_label,
    without_article,
)
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass, LegalForce, Role

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
LIMIT = 2  # pinpoints per side in a sentence


def divergence(
    result: Comparison, unit: TopicResult, corpus: Corpus, tensions_said: bool = False
) -> Text:
    """Why a unit parts, as adopted. ``tensions_said``: page 1's joint-commitments bullet already
    names each side's rules in tension with a joint commitment, so the row leaves those out."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    assessed = unit.adopted
    withdrawn = _withdrawn(result, unit, corpus)
    if withdrawn:
        if unit.now.verdict == NOT_COMPARED or not unit.now.speaks:
            return (bold(unit_label(unit)), run(f": not compared — {withdrawn}."))
        assessed = unit.now
    if assessed.verdict in ONE_SIDED:
        body = _one_sided(
            unit,
            assessed,
            a,
            b,
            corpus,
            _elsewhere(result, unit, corpus),
            _nearest(result, unit, corpus),
        )
    else:
        names = {c.name for c in assessed.caps}
        if NO_COUNTERPART in names:
            body = _different_matters(
                assessed, a, b, _contrary_of(corpus, unit.topic_id), unit.topic_id
            )
        elif names & set(OPPOSITE_CAPS):
            body = _opposite(assessed, a, b, _norm(corpus, unit.topic_id), unit.topic_id)
        elif names & set(MAGNITUDE_CAPS):
            body = _magnitude(assessed, a, b)
        elif "binding-vs-soft" in names and assessed.lead is not None:
            body = _binding_vs_soft(assessed.lead, a, b)
        elif "operator-vs-state" in names and assessed.lead is not None:
            body = _operator_vs_state(assessed.lead, a, b)
        else:
            body = _gap(assessed, a, b, unit.topic_id, corpus)
    context = _context(result, unit, corpus, tensions_said, changes_said=bool(withdrawn))
    if withdrawn:
        body = f"not compared as adopted — {withdrawn}; today, {body}"
    return (bold(unit_label(unit)), run(": " + body + context + "."))


def _withdrawn(result: Comparison, unit: TopicResult, corpus: Corpus) -> str:
    """Why a unit both sides speak on is not compared as adopted ('Japan's rules here change from
    17 Jan 2027 (APPI ...), in wording not read'), or ''. Round 18, KR-JP: the first divergence
    rested on penalty articles an adopted act deletes or renumbers; today's picture still holds
    until the change applies, and is said after it."""
    if unit.adopted.verdict != NOT_COMPARED or unit.adopted.speaker is not None:
        return ""
    return unread_change_words(result, unit, corpus, tail="")


def convergence(result: Comparison, unit: TopicResult, corpus: Corpus) -> Text:
    """What the sides share on a unit, as adopted, from its leading pair."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    lead = unit.adopted.lead
    if lead is None:
        return divergence(result, unit, corpus)
    # Where they meet is said from a pair that meets: when the leading one is held apart, the first
    # aligned pair in the leading order (the most binding, then the strongest basis: a curated
    # counterpart before two rules that only share addressees), so that a reader checks the
    # citation against the word 'meet' and finds the rules the crosswalk matches.
    meeting = [p for p in unit.adopted.pairs if p.verdict == "aligned"]
    if lead.verdict != "aligned" and meeting:
        lead = meeting[0]
    top_a, top_b = lead.a, lead.b
    same = rule_words(top_a) == rule_words(top_b)
    duties = _duty_words(top_a) and _duty_words(top_a) == _duty_words(top_b)
    if _is_option(top_a) and _is_option(top_b):
        # Two rules that allow something (an adequacy finding, a designation): what each allows is
        # what they share, named by the topic ("both allow it" had nothing to refer to, round 7).
        body = (
            f"both provide for {topic_words(unit)} by law — {a}: "
            f"{in_sentence(top_a.provision.title)} ({_beside(top_a)}); "
            f"{b}: {in_sentence(top_b.provision.title)} ({_beside(top_b)})"
        )
        return (
            bold(unit_label(unit)),
            run(": " + body + _dates(lead, a, b) + _context(result, unit, corpus) + "."),
        )
    elif _is_power(top_a) and _is_power(top_b):
        # Two powers: what each lets the authority do is what they share, whoever the text names
        # (round 21, EU-KR: "the EU for regulators, Korea for the government" contrasted a market
        # surveillance authority with the Minister who is the AI Basic Act's regulator).
        body = (
            f"both give the authorities a power — {a}: {in_sentence(top_a.provision.title)} ({_cite(top_a)}); "
            f"{b}: {in_sentence(top_b.provision.title)} ({_cite(top_b)})"
        )
        return (
            bold(unit_label(unit)),
            run(": " + body + _dates(lead, a, b) + _context(result, unit, corpus) + "."),
        )
    elif (same or duties) and _who(top_a) == _who(top_b):
        who = _who(top_a)
        body = (
            f"both have {_plural(rule_words(top_a))}{' for ' + who if who else ''}"
            if same
            else f"both impose {_duty_words(top_a)}{' on ' + who if who else ''}"
        )
    elif (same or duties) and _nested(top_a, top_b):
        # One side names the other's addressees and more: the shared ones, then the extra.
        kind = _plural(rule_words(top_a)) if same else _duty_words(top_a)
        (wide_label, wide), (narrow_label, narrow) = sorted(
            ((a, top_a), (b, top_b)), key=lambda item: -len(item[1].provision.addressees)
        )
        extra = {r.value for r in wide.provision.addressees} - {
            r.value for r in narrow.provision.addressees
        }
        body = f"both have {kind} for {roles([narrow])} — {possessive(wide_label)} also for {role_words(extra)}"
    elif same or duties:
        # The same kind of rule on differently named addressees: each side names its own.
        kind = _plural(rule_words(top_a)) if same else _duty_words(top_a)
        body = f"both have {kind} — {a} {_for(top_a)}, {b} {_for(top_b)}"
    else:
        body = f"{a} has {rule_words(top_a)}, {b} {rule_words(top_b)}"
    body += f" ({_cite(top_a)}; {_cite(top_b)}){_dates(lead, a, b)}"
    return (bold(unit_label(unit)), run(": " + body + _context(result, unit, corpus) + "."))


def topic_words(unit: TopicResult) -> str:
    """A unit named inside a sentence: 'prohibited practices', 'transfer mechanisms in general'."""
    return in_sentence(unit.label) + (" in general" if unit.is_general else "")


def _is_option(ref: ProvisionRef) -> bool:
    return rule_words(ref) == "an option the law allows"


def _is_power(ref: ProvisionRef) -> bool:
    return rule_words(ref) in ("a power of the authorities", "a power to order compliance")


def _nested(x: ProvisionRef, y: ProvisionRef) -> bool:
    """One provision's addressees strictly contain the other's, and both name some."""
    rx, ry = set(x.provision.addressees), set(y.provision.addressees)
    return bool(rx and ry) and rx != ry and (rx <= ry or ry <= rx) and bool(_who(x) and _who(y))


def _who(ref: ProvisionRef) -> str:
    """The addressees of one provision in words ('' for a penalty, which binds whoever imposes it, and
    for the state's own bodies, plans and support, which the state sets up)."""
    return "" if function(ref) in (PENALTY, STATE_MEASURE) else roles([ref])


def _for(ref: ProvisionRef) -> str:
    who = _who(ref)
    return f"for {who}" if who else "in general terms"


def _duty_words(ref: ProvisionRef) -> str:
    """'binding duties' for an obligation or a prohibition (one rule stated as a duty or a ban), else ''."""
    if function(ref) != DUTY or ref.provision.modality.value not in ("obligation", "prohibition"):
        return ""
    return {3: "binding duties", 1: "voluntary duties", 0: "non-binding duties"}.get(
        ref.force_level, ""
    )


def _elsewhere(result: Comparison, unit: TopicResult, corpus: Corpus) -> dict[str, str]:
    """Side ('a'/'b') -> the label of a neighbouring topic (the topic's ``see_also``) on which that
    side has rules, as adopted: its silence here is not an absence of anything like it."""
    topic = corpus.topics.get(unit.topic_id)
    found: dict[str, str] = {}
    for other in topic.see_also if topic else ():
        for u in result.topics:
            if not (u.topic_id == other or u.topic_id.startswith(other + ".")):
                continue
            label = corpus.topics[other].label
            if u.adopted.stance_a:
                found.setdefault("a", label)
            if u.adopted.stance_b:
                found.setdefault("b", label)
    return found


def _nearest(result: Comparison, unit: TopicResult, corpus: Corpus) -> ProvisionRef | None:
    """The silent side's rule that a curated relation too weak to join the unit links to one of the
    speaking side's rules there (the strongest such link), where that rule counts as adopted."""
    speaks_a = unit.adopted.speaker == ONLY_A
    refs = unit.adopted.stance_a if speaks_a else unit.adopted.stance_b
    ids = {r.id for r in key_refs(refs)[:LIMIT]}  # the rules the row cites
    silent = {  # binding rules only: guidance is not a counterpart of a binding rule
        r.id: r
        for u in result.topics
        for r in (u.adopted.stance_b if speaks_a else u.adopted.stance_a)
        if r.force_level > BEST_EFFORTS_LEVEL  # binding (3)
    }
    found = []
    for item in corpus.relations:
        relation = item.relation
        ends = (str(relation.source), str(relation.target))
        if relation.opposite or relation.strength < 2:  # 1: barely related
            continue
        for here, there in (ends, ends[::-1]):
            if here in ids and there in silent:
                found.append((-relation.strength, there))
    return silent[min(found)[1]] if found else None


def _one_sided(
    unit: TopicResult,
    assessed: Assessment,
    a: str,
    b: str,
    corpus: Corpus,
    elsewhere: dict[str, str] | None = None,
    nearest: ProvisionRef | None = None,
) -> str:
    a_speaks = assessed.speaker == ONLY_A  # also when not compared: one side's rules were unread
    speaker, silent = (a, b) if a_speaks else (b, a)
    refs = assessed.stance_a if a_speaks else assessed.stance_b
    unread = unit.unread_b if a_speaks else unit.unread_a
    none = _silence(silent, unread, corpus)
    if nearest is not None and not unread:
        # Round 15, EU-KR: "Korea has none" beside a rule the crosswalk itself links to the one
        # cited, though too weakly to compare (AI Basic Act Art. 34(1)(2): training data in
        # high-impact explanation plans, against EU AI Act Art. 53(1)(d)).
        none = (
            f"{silent} has none of this kind in the laws compared; its nearest, "
            f"{in_sentence(nearest.provision.title)} ({_cite(nearest)}), is a weak counterpart"
        )
    # Round 9, KR-JP: "Japan has none" of approvals before transfers abroad, while its permission
    # to provide technology abroad is compared, and aligned, under export control.
    neighbour = (elsewhere or {}).get("b" if a_speaks else "a")
    if neighbour and not unread:
        # Not a bare 'none' beside a pointer: say the neighbour's rules are the side's only ones of the
        # kind (round 13, EU-KR and KR-JP: 'has none ... (see technology export control)' read as false).
        kind = in_sentence(neighbour)
        # 'its text and data mining exceptions', not '... exceptions rules'.
        kind = kind if kind.split()[-1] in PLURAL_KINDS else f"{kind} rules"
        none = f"{silent} has only its {kind} in the laws compared"
    against = [r for r in refs if runs_against(r, unit.topic_id)]
    lead = _same_kind(_same_people(key_refs(against or _on_business(refs))))
    # The fines quoted are those behind the provisions cited first, not the highest of the topic:
    # a reader checks the figure against the article named beside it.
    fines = penalty_words(lead[:LIMIT], corpus)
    top = lead[0]
    who = _who(top)
    about = _about(lead)
    stance = f"{rule_words(top)}{' for ' + who if who else ''}{about}"
    later = (
        "" if top.status == APPLIES or top.start is None else f", applying from {day(top.start)}"
    )
    contrary = _contrary(_norm(corpus, unit.topic_id))
    if against and contrary:
        if about.startswith(": "):
            # The provisions' own titles say what each requires; the heading says what they share.
            what = "binding rules" if top.force_level >= BEST_EFFORTS_LEVEL else "rules"
            return f"{_only(speaker, unread, what + ' of this kind')} — {about[2:]}{later}; {none}"
        if len({r.framework.id for r in lead}) == 1:
            # Articles of one act: what the first requires says what only this side has (round 11,
            # KR-JP: 'approval before data may be transferred abroad' read as if it covered
            # technology the other side controls too; only permits for survey maps are Korea's).
            what = "binding rules" if top.force_level >= BEST_EFFORTS_LEVEL else "rules"
            title = in_sentence(top.provision.title)
            return (
                f"{_only(speaker, unread, what + ' of this kind')} — such as {title}{about}"
                f"{later}; {none}"
            )
        words = _binding_contrary(contrary) if top.force_level >= BEST_EFFORTS_LEVEL else contrary
        return f"{_only(speaker, unread, 'such rules')} — {words}{about}{later}; {none}"
    if function(top) == PENALTY and fines:
        # The fines are the rule: 'penalties (Art. 43), backed by fines of ...' said it twice
        # (round 13, KR-JP).
        return f"{_only(speaker, unread, 'rules')} — {fines}{about}{later}; {none}"
    backed = f", backed by {fines}" if fines else ""
    # Guidance is not a rule: a voluntary 'do not' in a ministry's guidelines is not a prohibition
    # (blind reading round 7, KR-JP: "Prohibited practices: only Japan has rules").
    soft = top.framework.legal_force in (LegalForce.VOLUNTARY, LegalForce.NON_BINDING)
    what = "guidance (not binding)" if soft else "rules"
    return f"{_only(speaker, unread, what)} — {stance}{later}{backed}; {none}"


def _about(lead: Sequence[ProvisionRef]) -> str:
    """The cited provisions with what they are about, from their own titles, so that a one-sided row
    says what the rule asks and not only what kind of rule it is: ': <title> (<pinpoint>)' for one
    provision; one matter per instrument when several instruments are cited (national core technology
    and survey maps are different matters under one topic); only the pinpoints when the provisions
    are articles of one instrument (the topic names what they share) or penalties (the fines do)."""
    refs = key_refs(lead)
    shown = refs[:LIMIT]
    more = f" and {len(refs) - LIMIT} more" if len(refs) > LIMIT else ""
    if function(refs[0]) == PENALTY:
        return f" ({_cited(lead)})"
    if len(refs) == 1:
        return f": {in_sentence(refs[0].provision.title)} ({_cite(refs[0])})"
    by_instrument: dict[str, list[ProvisionRef]] = {}
    for ref in shown:
        by_instrument.setdefault(ref.framework.id, []).append(ref)
    if len(by_instrument) == 1:
        return f" ({_cited(lead)})"
    groups = list(by_instrument.values())
    # 'and N more' goes inside the last parenthesis, beside the instrument it continues.
    matters = [
        f"{in_sentence(group[0].provision.title)} ({pinpoints(group, LIMIT)}"
        f"{more if i == len(groups) - 1 else ''})"
        for i, group in enumerate(groups)
    ]
    return ": " + " and ".join(matters)


def _only(speaker: str, unread: Sequence[str], what: str) -> str:
    """'only Korea has rules', or, when the other side's rules were recorded but not read, 'only
    Korea's rules could be compared'."""
    return (
        f"only {speaker} has {what}"
        if not unread
        else f"only {possessive(speaker)} {what} could be compared"
    )


def _same_kind(lead: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The leading provisions of the same kind as the first (a duty to notify the regulator is not
    cited as one of 'a binding prohibition')."""
    kind = rule_words(lead[0])
    return [r for r in lead if rule_words(r) == kind]


def _silence(silent: str, unread: Sequence[str], corpus: Corpus) -> str:
    """'Japan has none in the laws compared', or, when the side's records on the topic were not read,
    that they were left out: a chapter of penalties nobody read is not an absence of penalties."""
    if not unread:
        return f"{silent} has none in the laws compared"
    cited = "; ".join(
        f"{corpus.frameworks[pid.partition('/')[0]].short_title} "
        f"{corpus.provisions[pid].pinpoint or corpus.provisions[pid].title}"
        for pid in unread[:LIMIT]
    )
    more = f" and {len(unread) - LIMIT} more" if len(unread) > LIMIT else ""
    return f"{possessive(silent)} rules here ({cited}{more}) were recorded but not read, so they are not compared"


def _on_business(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The provisions binding businesses, when there are any: a reader weighs a one-sided rule by what
    it asks of firms, and the state's own bodies and powers come after."""
    business = [r for r in refs if _binds_business(r)]
    return business or list(refs)


def _binds_business(ref: ProvisionRef) -> bool:
    """A duty on firms, or a penalty that falls on them (a committee member's secrecy offence does not)."""
    if function(ref) == PENALTY and any(s.falls_on for s in ref.provision.sanctions):
        return any(s.falls_on is AddresseeClass.OPERATOR for s in ref.provision.sanctions)
    return addressee_class(ref.provision) is AddresseeClass.OPERATOR


def _same_people(lead: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The leading provision and those addressed to the same kind of people, so that a sentence
    naming one set of addressees cites no rule for another (a regulator's rule beside firms' duties)."""
    top = _binds_business(lead[0])
    return [r for r in lead if _binds_business(r) is top]


def _contrary_of(corpus: Corpus, topic_id: str) -> str:
    return _contrary(_norm(corpus, topic_id))


def _different_matters(
    assessed: Assessment, a: str, b: str, contrary: str = "", topic_id: str = ""
) -> str:
    refs_a, refs_b = key_refs(assessed.stance_a), key_refs(assessed.stance_b)
    top_a, top_b = refs_a[0], refs_b[0]
    if contrary and runs_against(top_a, topic_id) and runs_against(top_b, topic_id):
        # Both run against the topic's norm, each for its own matter: say what they share, then
        # what each one is about, from the provisions' own titles.
        return (
            f"both have {_binding_contrary(contrary)}, on different matters — "
            f"{a}: {in_sentence(top_a.provision.title)} ({_cite(top_a)}); {b}: {in_sentence(top_b.provision.title)} ({_cite(top_b)})"
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
            f"{rule_words(soft[0])} ({_cited(soft)})"
        )
    return f"both have rules, on different matters — {a}: {_stance(refs_a)}; {b}: {_stance(refs_b)}"


def _stance(refs: Sequence[ProvisionRef]) -> str:
    top = refs[0]
    who = "" if rule_words(top) == "a power of the authorities" else _who(top)
    return f"{rule_words(top)}{' for ' + who if who else ''} ({_cited(refs)})"


def _toward(label: str, ref: ProvisionRef, norm: str) -> str:
    """'the EU bars ...' when the provision is itself the bar; otherwise what it does for the norm
    ('the EU binds the state: notification of draft localisation requirements'), so that a duty to
    notify is never cited as the ban."""
    if ref.provision.modality.value == "prohibition":
        return f"{label} {norm} ({_cite(ref)})"
    return f"{label} binds the state: {in_sentence(ref.provision.title)} ({_cite(ref)})"


def _opposite(assessed: Assessment, a: str, b: str, norm: str, topic_id: str) -> str:
    pair = next(p for p in assessed.pairs if p.opposite)
    contrary = _contrary(norm)
    toward: list[tuple[str, ProvisionRef]] = []
    against: list[tuple[str, ProvisionRef]] = []
    for label, ref in ((a, pair.a), (b, pair.b)):
        (against if runs_against(ref, topic_id) else toward).append((label, ref))
    if norm and contrary and toward and against:
        (with_label, with_ref), (other_label, other_ref) = toward[0], against[0]
        return (
            f"the rules point in opposite directions — {_toward(with_label, with_ref, norm)}; "
            f"{other_label} has {_binding_contrary(contrary)} ({_cite(other_ref)})"
            + _dates(pair, a, b)
        )
    # Without a norm to turn round, each rule's title says which way it points (EU-JP: a copyright
    # policy against an exception for information analysis).
    words = [
        f"{label}: {rule_words(ref)}"
        + (f", {in_sentence(ref.provision.title)}" if ref.provision.pinpoint else "")
        + f" ({_cite(ref)})"
        for label, ref in ((a, pair.a), (b, pair.b))
    ]
    return "the rules point in opposite directions — " + "; ".join(words) + _dates(pair, a, b)


def _binding_contrary(contrary: str) -> str:
    """'binding rules requiring approval ...' or 'binding measures that require data ... to stay'."""
    if contrary.startswith("measures ") or contrary.startswith("prohibitions "):
        return f"binding {contrary}"
    return f"binding rules {contrary}"


def _contrary(norm: str) -> str:
    """What a rule that runs against the topic does, from the topic's norm: 'requiring an
    authority's approval ...' from 'bars requiring an authority's approval ...', 'restricting the
    transfer of data ...' from 'allows, or does not restrict, the transfer of data ...'; '' when the
    norm cannot be turned round."""
    for stated, inverted in _INVERSIONS:
        if norm.startswith(stated):
            return inverted + norm[len(stated) :]
    if (
        " and mandates no " in norm
    ):  # 'leaves the choice ... open and mandates no single technology'
        return "mandating a " + norm.partition(" and mandates no ")[2]
    return ""


# How a norm's opening words turn into what a rule against it does.
_INVERSIONS = (
    ("bars ", ""),
    ("allows, or does not restrict, ", "restricting "),
    ("does not deny ", "denying "),
)


def _magnitude(assessed: Assessment, a: str, b: str) -> str:
    """From the cap that bounds the unit: the leading pair's fines, or numbers for the same thing."""
    candidates = [
        (p, g)
        for i, p in enumerate(assessed.pairs)
        for g in p.own_gaps
        if i == 0 or g.a.measure is not None
    ] or [(p, g) for p in assessed.pairs for g in p.own_gaps]
    pair, gap = max(candidates, key=lambda item: (item[1].orders, item[1].kind.value))
    kind = gap.kind.value.replace("-", " ")
    apart = ratio_words(gap, pair, assessed)
    return (
        f"{kind}s {apart} apart — {a}: {amount_words(gap.a, pair.a)} ({gap.a.cite}); "
        f"{b}: {amount_words(gap.b, pair.b)} ({gap.b.cite})"
    )


def ratio_words(gap: KindGap, pair: Pair, assessed: Assessment | None = None) -> str:
    """'about 788 times', or 'at least 33 times' when the real gap can only be wider: the higher
    figure is a floor for national maxima, or a fixed amount that a turnover share raises ('EUR 20
    million or 4% of turnover, whichever is higher') while the lower has no turnover limb, and the
    higher side has no ceiling for small firms set at the lower of the two in the unit (AI Act
    Art. 99(6): blind reading round 11, EU-KR, struck 'at least 787 times' for it)."""
    apart = times_apart(gap.orders)
    a_higher = gap.a.value > gap.b.value
    higher, lower = (gap.a, pair.a), (gap.b, pair.b)
    if not a_higher:
        higher, lower = lower, higher
    stance = () if assessed is None else (assessed.stance_a if a_higher else assessed.stance_b)
    small_firms = any(
        s.whichever is not None and s.whichever.value == "lower"
        for r in stance
        for s in r.provision.sanctions
    )
    raised = _turnover_raises(*higher) and not _turnover_raises(*lower) and not small_firms
    if (higher[0].floor or (gap.kind.value == "fine-ceiling" and raised)) and apart.startswith(
        "about "
    ):
        # A minimum is rounded down: EUR 20 million against about EUR 612,145 is 32.7 times, so
        # 'at least 32 times', never 'at least 33' (blind reading round 8).
        apart = f"at least {math.floor(10**gap.orders):,} times"
    return apart


def _turnover_raises(measured: Measured, ref: ProvisionRef) -> bool:
    return any(
        s.turnover_percent
        and s.max_amount == measured.original
        and (s.whichever is None or s.whichever.value == "higher")
        for s in ref.provision.sanctions
    )


def amount_words(measured: Measured, ref: ProvisionRef) -> str:
    """The number in words, with the turnover share that a fixed amount stands beside, and what a
    floor means."""
    words = quantity_words(measured).rstrip(",")
    shares = [
        s
        for s in ref.provision.sanctions
        if s.turnover_percent and s.max_amount == measured.original
    ]
    if measured.kind.value == "fine-ceiling" and shares:
        share = shares[0]
        which = (
            "higher" if (share.whichever is None or share.whichever.value == "higher") else "lower"
        )
        words += f" or {share.turnover_percent:g}% of turnover, whichever is {which}"
    if measured.floor:
        words += " (a floor for national maxima)"
    if measured.kind.value == "fine-ceiling" and any(
        s.after_order and s.max_amount == measured.original for s in ref.provision.sanctions
    ):
        # A fine that falls only on defying an order is not a fine for the breach: the ratio stands,
        # but the reader is told what the lower ceiling punishes (blind readings, rounds 5 and 6).
        words += " (only for defying an order)"
    return words


def _highest(assessed: Assessment, a: str, b: str) -> str:
    """'; Korea's highest: aggravated penalty surcharge of up to 10% of total turnover (PIPA
    Art. 64-2(2))': a penalty of the side's own in the unit whose turnover share exceeds the leading
    provision's, so that the row does not read as the side's ceiling (round 15, KR-JP)."""
    lead = assessed.lead
    if lead is None:
        return ""

    def share(ref: ProvisionRef) -> float:
        return max((s.turnover_percent or 0.0 for s in ref.provision.sanctions), default=0.0)

    said = []
    for label, first, refs in ((a, lead.a, assessed.stance_a), (b, lead.b, assessed.stance_b)):
        higher = [r for r in refs if function(r) == PENALTY and share(r) > share(first)]
        if higher:
            top = max(higher, key=lambda r: (share(r), r.id))
            said.append(
                f"; {possessive(label)} highest: {in_sentence(top.provision.title)} ({_cite(top)})"
            )
    return "".join(said)


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
    duty_a = addressee_class(pair.a.provision) is AddresseeClass.OPERATOR
    duty, state = (pair.a, pair.b) if duty_a else (pair.b, pair.a)
    duty_label, state_label = (a, b) if duty_a else (b, a)
    who = roles([duty])
    return (
        f"{duty_label} binds businesses — {rule_words(duty)}{' for ' + who if who else ''} "
        f"({_cite(duty)}) — where {state_label} only commits the state ({_cite(state)})"
    )


def _gap(assessed: Assessment, a: str, b: str, topic_id: str, corpus: Corpus) -> str:
    lead = assessed.lead
    if lead is None:
        return _different_matters(assessed, a, b, _contrary_of(corpus, topic_id), topic_id)
    if _is_power(lead.a) != _is_power(lead.b) and STATE_MEASURE in (
        function(lead.a),
        function(lead.b),
    ):
        # Round 23, EU-JP: "they differ most in substance — the EU has a power of the authorities
        # ...; Japan has a body, plan or procedure set up by law: research, guidance and advice"
        # hid the point: one side's authorities can compel, the other's only act themselves.
        (power_label, power), (other_label, other) = (
            ((a, lead.a), (b, lead.b)) if _is_power(lead.a) else ((b, lead.b), (a, lead.a))
        )
        return (
            f"{power_label} gives the authorities a power — {in_sentence(power.provision.title)} "
            f"({_cite(power)}); {other_label} gives them no such power in the laws compared, its "
            f"rule here being {in_sentence(other.provision.title)} ({_cite(other)})"
        ) + _gap_counts(assessed, a, b, topic_id)
    gap = _telling_gap(lead)
    if gap.name in ("legal_force", "intensity", "modality", "addressee_class", "relation"):
        # The kind of rule alone ('a body set up by law', 'an option the law allows') does not say
        # what either side does: each rule's own title follows.
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a} has {rule_words(lead.a)}: "
            f"{in_sentence(lead.a.provision.title)} ({_cite(lead.a)}); {b} has {rule_words(lead.b)}: "
            f"{in_sentence(lead.b.provision.title)} ({_cite(lead.b)})"
        ) + _highest(assessed, a, b)
    else:
        text = (
            f"they differ most in {GAP_PHRASES[gap.name]} — {a}: {gap.value_a}; {b}: "
            f"{gap.value_b} ({_cite(lead.a)}; {_cite(lead.b)})"
        )
    extra = _contrary_lead(assessed, a, b, topic_id, _contrary(_norm(corpus, topic_id)))
    if extra and lead.verdict == "aligned":
        # The pair where both have rules agrees: the difference is the extra rules alone, said
        # beside the rules both have, so that "none" is never read as "no rule on the topic".
        return f"beyond the rules both have here ({_cite(lead.a)}; {_cite(lead.b)}), {extra}"
    if extra:
        return f"{extra}; where both have rules, {text}" + _dates(lead, a, b)
    return (
        text
        + _dates(lead, a, b)
        + _gap_counts(assessed, a, b, topic_id, _contrary(_norm(corpus, topic_id)))
    )


def _contrary_lead(assessed: Assessment, a: str, b: str, topic_id: str, contrary: str) -> str:
    """'Korea has binding rules requiring approval ... (cites), where Japan has none of that kind' when one side's
    unpaired binding rules run against the topic, or ''."""
    for label, other, refs, theirs in (
        (a, b, assessed.unpaired_a, assessed.stance_b),
        (b, a, assessed.unpaired_b, assessed.stance_a),
    ):
        found = [
            r for r in refs if runs_against(r, topic_id) and r.force_level >= BEST_EFFORTS_LEVEL
        ]
        if found:
            words = (
                _binding_contrary(contrary) if contrary else "binding rules that run the other way"
            )
            return f"{label} has {words} ({_cited(found)}){_none_like(theirs, other, topic_id)}"
    return ""


def _none_like(theirs: Sequence[ProvisionRef], other: str, topic_id: str) -> str:
    """', where Japan has none of that kind', or, when the other side has such rules too (paired
    with others), ', with no counterpart among the EU's' (round 20, EU-KR: "where the EU has none"
    beside GDPR Art. 49(5), the EU's own power to limit transfers)."""
    if any(runs_against(r, topic_id) for r in theirs):
        return f", with no counterpart among {possessive(other)}"
    return f", where {other} has none of that kind"


def _telling_gap(lead: Pair):  # type: ignore[no-untyped-def]  # a DimensionResult
    """The widest gap a reader would recognise as a difference. Left out: the modality when both
    rules state the same duty (a ban and a duty are one rule stated two ways), and the addressees
    when one side's roles contain the other's (a rule naming controllers and processors against one
    naming a business handling personal data differs in vocabulary, not in who is bound)."""
    roles_a, roles_b = set(lead.a.provision.addressees), set(lead.b.provision.addressees)
    skip = set()
    if _duty_words(lead.a) and _duty_words(lead.a) == _duty_words(lead.b):
        skip.add("modality")
    public = {Role.GOVERNMENT, Role.REGULATOR, Role.PUBLIC_BODY, Role.STATE_PARTY}
    if roles_a <= roles_b or roles_b <= roles_a or (roles_a | roles_b) <= public:
        # A ministry against a supervisory authority is the state on both sides, named differently
        # (round 20: "they differ most in who is addressed — the EU: regulator; Korea: government").
        skip.add("addressees")
    candidates = [d for d in lead.dimensions if d.similarity is not None and d.name not in skip]
    if not candidates:
        candidates = [d for d in lead.dimensions if d.similarity is not None]
    return max(candidates, key=lambda d: (d.weight * (1 - (d.similarity or 0)), d.name))


def _gap_counts(assessed: Assessment, a: str, b: str, topic_id: str, contrary: str = "") -> str:
    """'; Korea also has binding rules restricting the transfer of data ... (Spatial Data Act
    Art. 16(1) and 4 more), where Japan has none', or '; 2 provisions of the EU have no
    counterpart'. ``contrary`` is what a rule against the topic does, from its norm."""
    parts = []
    for label, other, refs, theirs in (
        (a, b, assessed.unpaired_a, assessed.stance_b),
        (b, a, assessed.unpaired_b, assessed.stance_a),
    ):
        against = [
            r for r in refs if runs_against(r, topic_id) and r.force_level >= BEST_EFFORTS_LEVEL
        ]
        if against:
            what = _binding_contrary(contrary) if contrary else "rules that run the other way"
            none = _none_like(theirs, other, topic_id).replace(" of that kind", "")
            parts.append(f"{label} also has {what} ({_cited(against)}){none}")
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
            notes.append(f"{possessive(label)} {when}")
    return f"; {' and '.join(notes)}" if notes else ""


def _context(
    result: Comparison,
    unit: TopicResult,
    corpus: Corpus,
    tensions_said: bool = False,
    changes_said: bool = False,
) -> str:
    note = context_note(result, unit, corpus, tensions_said, changes_said)
    return f"; {note}" if note else ""


def _norm(corpus: Corpus, topic_id: str) -> str:
    """The direction a rule takes on the topic, as its record words it, or ''."""
    topic = corpus.topics.get(topic_id)
    return (topic.norm or "").rstrip(".") if topic is not None else ""


PLURAL_KINDS = ("rules", "exceptions", "duties", "powers", "bans", "controls")
PLURALS = {
    "body, plan or procedure set up by law": "bodies, plans or procedures set up by law",
    "support measure set up by law": "support measures set up by law",
    "commitment to cooperate set down in law": "commitments to cooperate set down in law",
    "option the law allows": "options the law allows",
    "power of the authorities": "powers of the authorities",
    "exception in law": "exceptions in law",
}


def _plural(words: str) -> str:
    """'a binding obligation' -> 'binding obligations'; 'penalties' stays."""
    noun = without_article(words)
    for singular, plural in PLURALS.items():
        if noun.endswith(singular):
            return noun[: -len(singular)] + plural
    return noun + "s" if not noun.endswith("s") else noun


def _cite(ref: ProvisionRef) -> str:
    return f"{ref.framework.short_title} {ref.pinpoint}"


def _beside(ref: ProvisionRef) -> str:
    """The citation beside the provision's own title: without the title again when there is no pinpoint."""
    if ref.provision.pinpoint is None:
        return f"{ref.framework.short_title}, no verified pinpoint"
    return _cite(ref)


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


__all__ = ["divergence", "convergence", "penalty_words", "amount_words", "Run"]
