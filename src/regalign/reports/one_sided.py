"""The sentence for a unit where only one side has rules: what those rules ask, whom they bind and
what backs them, and why the other side's silence is or is not an absence."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.pairs import PENALTY, function, runs_against
from regalign.comparisons.results import (
    APPLIES,
    BEST_EFFORTS_LEVEL,
    ONLY_A,
    Assessment,
    Comparison,
    ProvisionRef,
    TopicResult,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.amounts import penalty_words
from regalign.reports.citations import key_refs, pinpoints
from regalign.reports.citing import LIMIT, cite, cited_pinpoints
from regalign.reports.norms import binding_contrary, contrary_words, topic_norm
from regalign.reports.rule_kinds import PLURAL_KINDS, binds_business, holders, who_is_bound
from regalign.reports.rule_words import rule_words
from regalign.reports.suspended import Suspension
from regalign.reports.wording import day, in_sentence, possessive
from regalign.schema.vocab import LegalForce, Modality


def neighbour_topics(result: Comparison, unit: TopicResult, corpus: Corpus) -> dict[str, str]:
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


def nearest_counterpart(
    result: Comparison, unit: TopicResult, corpus: Corpus
) -> ProvisionRef | None:
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


def one_sided(
    unit: TopicResult,
    assessed: Assessment,
    a: str,
    b: str,
    corpus: Corpus,
    elsewhere: dict[str, str] | None = None,
    nearest: ProvisionRef | None = None,
    suspended: Suspension | None = None,
) -> str:
    a_speaks = assessed.speaker == ONLY_A  # also when not compared: one side's rules were unread
    speaker, silent = (a, b) if a_speaks else (b, a)
    refs = assessed.stance_a if a_speaks else assessed.stance_b
    unread = unit.unread_b if a_speaks else unit.unread_a
    unreached = unit.unreached_b if a_speaks else unit.unreached_a
    none = _silence(silent, unread, corpus, unreached)
    if unreached:
        # Round 27, KR-JP: "Japan has none" of the financial-sector rules that led page 1, where
        # Japan's financial laws are not in the corpus: the row says what was not compared.
        unread = (unreached,)
    if nearest is not None and not unread:
        # Round 15, EU-KR: "Korea has none" beside a rule the crosswalk itself links to the one
        # cited, though too weakly to compare (AI Basic Act Art. 34(1)(2): training data in
        # high-impact explanation plans, against EU AI Act Art. 53(1)(d)).
        none = (
            f"{silent} has none of this kind in the laws compared; its nearest, "
            f"{in_sentence(nearest.provision.title)} ({cite(nearest)}), is a weak counterpart"
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
    leading = key_refs(against or _on_business(refs))
    if not any(binds_business(r) for r in leading):
        # The state's own rules: the one filed under this topic first speaks for it.
        leading = _at_home_first(leading, unit)
    lead = _same_kind(_same_people(leading))
    # The fines quoted are those behind the provisions cited first, not the highest of the topic:
    # a reader checks the figure against the article named beside it.
    fines = penalty_words(key_refs(lead)[:LIMIT], corpus)
    held = ""
    if fines and suspended is not None:
        # Fines an announced grace period holds back are said to be (round 54, KR-JP).
        behind = {
            topic
            for r in key_refs(lead)[:LIMIT]
            for pid in r.provision.sanctioned_by
            if pid in corpus.provisions
            for topic in corpus.provisions[pid].topics
        } | {
            topic
            for r in key_refs(lead)[:LIMIT]
            if r.provision.sanctions
            for topic in r.provision.topics
        }
        held = suspended("a" if a_speaks else "b", sorted(behind))
    top = lead[0]
    cited = key_refs(lead)[:LIMIT]
    # Whom the cited rules bind, all of them (round 29, EU-KR and EU-JP: "for deployers (EU AI
    # Act Arts 26(5), 55(1))", Art. 55(1) binding providers of general-purpose models).
    who = holders(cited) if who_is_bound(top) else ""
    about = _about(lead)
    stance = f"{rule_words(top)}{' for ' + who if who else ''}{about}"
    later = _later(cited)
    contrary = contrary_words(topic_norm(corpus, unit.topic_id))
    if against and contrary:
        if about.startswith(": "):
            # The provisions' own titles say what each requires; the heading says what they share.
            what = _rules_word(top)
            return f"{_only(speaker, unread, what + ' of this kind')} — {about[2:]}{later}; {none}"
        if len({r.framework.id for r in lead}) == 1:
            # Articles of one act: what the first requires says what only this side has (round 11,
            # KR-JP: 'approval before data may be transferred abroad' read as if it covered
            # technology the other side controls too; only permits for survey maps are Korea's).
            what = _rules_word(top)
            title = in_sentence(top.provision.title)
            return (
                f"{_only(speaker, unread, what + ' of this kind')} — such as {title}{about}"
                f"{later}; {none}"
            )
        words = binding_contrary(contrary) if top.force_level >= BEST_EFFORTS_LEVEL else contrary
        return f"{_only(speaker, unread, 'such rules')} — {words}{about}{later}; {none}"
    if function(top) == PENALTY and fines:
        # The fines are the rule: 'penalties (Art. 43), backed by fines of ...' said it twice
        # (round 13, KR-JP).
        return f"{_only(speaker, unread, 'rules')} — {fines}{about}{held}{later}; {none}"
    backed = f", backed by {fines}{held}" if fines else ""
    # Guidance is not a rule: a voluntary 'do not' in a ministry's guidelines is not a prohibition
    # (blind reading round 7, KR-JP: "Prohibited practices: only Japan has rules").
    soft = top.framework.legal_force in (LegalForce.VOLUNTARY, LegalForce.NON_BINDING)
    # Firms' guidance leads, but a side that also binds the State is not one with guidance only
    # (round 40, EU-JP: "only Japan has guidance (not binding)" on international standards, where
    # AI Promotion Act Arts 13 and 17 commit the State).
    binding = key_refs([r for r in refs if r.force_level >= BEST_EFFORTS_LEVEL and r not in lead])
    state_only = not any(binds_business(r) for r in binding)
    kind = (
        "binding measures of the State" if state_only else rule_words(binding[0]) if binding else ""
    )
    besides = (
        f", besides {kind} ({cited_pinpoints(binding if state_only else _same_kind(binding))})"
        if soft and binding
        else ""
    )
    what = "guidance (not binding)" if soft and not binding else "rules"
    return f"{_only(speaker, unread, what)} — {stance}{later}{backed}{besides}; {none}"


def _later(cited: Sequence[ProvisionRef]) -> str:
    """', applying from 2 Dec 2027' when no cited rule applies yet; ', Art. 26(5) applying from
    2 Dec 2027' when only some do not (round 29, EU-JP and EU-KR: incident reporting said
    'applying from 2 Dec 2027' while AI Act Art. 55(1) has applied since 2 Aug 2025)."""
    waiting = [r for r in cited if r.status != APPLIES and r.start is not None]
    if not waiting:
        return ""
    first = min(waiting, key=lambda r: (r.start, r.id))
    if len(waiting) == len(cited):
        return f", applying from {day(first.start)}" if first.start else ""
    return f", {pinpoints(waiting, LIMIT)} applying from {day(first.start)}" if first.start else ""


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
        return f" ({cited_pinpoints(lead)})"
    if len(refs) == 1:
        return f": {in_sentence(refs[0].provision.title)} ({cite(refs[0])})"
    by_instrument: dict[str, list[ProvisionRef]] = {}
    for ref in shown:
        by_instrument.setdefault(ref.framework.id, []).append(ref)
    if len(by_instrument) == 1:
        return f" ({cited_pinpoints(lead)})"
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


def _at_home_first(refs: Sequence[ProvisionRef], unit: TopicResult) -> list[ProvisionRef]:
    """The provisions filed first under the unit's topic before those filed here among others, in
    their order otherwise (round 58, EU-KR: "strategy and master plan" cited AI Basic Act Art. 29,
    trust-building policies filed first under ethics, before Art. 6, the master plan)."""
    return sorted(refs, key=lambda r: r.provision.topics[:1] != (unit.topic_id.split("#")[0],))


def _same_kind(lead: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The leading provisions of the same kind as the first (a duty to notify the regulator is not
    cited as one of 'a binding prohibition')."""
    kind = rule_words(lead[0])
    return [r for r in lead if rule_words(r) == kind]


def _silence(silent: str, unread: Sequence[str], corpus: Corpus, unreached: str = "") -> str:
    """'Japan has none in the laws compared', or, when the side's records on the topic were not read,
    that they were left out: a chapter of penalties nobody read is not an absence of penalties."""
    if unreached:
        return (
            f"{possessive(silent)} {unreached} laws are not among the laws compared, so the topic "
            "is not compared"
        )
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
    business = [r for r in refs if binds_business(r)]
    return business or list(refs)


def _same_people(lead: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The leading provision and those addressed to the same kind of people, so that a sentence
    naming one set of addressees cites no rule for another (a regulator's rule beside firms' duties)."""
    top = binds_business(lead[0])
    return [r for r in lead if binds_business(r) is top]


def _rules_word(top: ProvisionRef) -> str:
    """'binding rules' for duties of a binding act; 'rules' otherwise, a power of a minister to set
    and recommend standards included (round 36, EU-KR: Cloud Computing Act Art. 23(2) read as
    'binding rules of this kind')."""
    duty = top.provision.modality in (
        Modality.OBLIGATION,
        Modality.PROHIBITION,
        Modality.BEST_EFFORTS,
    )
    return "binding rules" if top.force_level >= BEST_EFFORTS_LEVEL and duty else "rules"
