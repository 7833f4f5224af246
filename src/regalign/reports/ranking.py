"""Which units matter most: an importance score, and the divergences and convergences a briefing leads with.

Importance is additive so a reader can check it: legal force of the strongest rule on either side
(0–3) + the strongest sanction class behind either side, its own or a linked penalty article's
(0–3) + log2(1 + provisions on the unit) +
the widest gap between the units' own quantities in orders of magnitude (at most 3), times the
unit's topic weight. It is read at the *as adopted* horizon, so that a rule adopted but not yet
applicable still counts. Units that rest on provisions both sides share never lead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from regalign.comparisons.pairs import FRAMING, PENALTY, STATE_MEASURE, function
from regalign.comparisons.results import (
    ALIGNED,
    BEST_EFFORTS_LEVEL,
    CURATED,
    DIVERGENT,
    ONLY_A,
    ONLY_B,
    PARTIALLY_ALIGNED,
    SAME_ADDRESSEES,
    Pair,
    TopicResult,
)
from regalign.comparisons.scoring import sanction_class
from regalign.frameworks.corpus import Corpus
from regalign.reports.amounts import sanctions_behind
from regalign.schema.vocab import QuantityKind, SanctionKind

AREAS = {
    "ai": "AI",
    "data": "Cross-border data",
    "esig": "E-signatures and e-documents",
    "trade": "Other trade disciplines",
}
AREA_ORDER = tuple(AREAS)
PER_AREA = 3  # a top list takes at most this many units of one area while others are left


def area_of(topic_id: str) -> str:
    """The area key of a topic: its first dotted part."""
    return topic_id.split(".", 1)[0]


def area_label(key: str) -> str:
    return AREAS.get(key, key)


def importance(result: TopicResult, corpus: Corpus) -> float:
    """The importance of a unit (see the module docstring)."""
    assessed = result.adopted
    refs = (*assessed.stance_a, *assessed.stance_b)
    if not refs:
        return 0.0
    force = max(r.force_level for r in refs)
    sanctions = sanctions_behind(refs, corpus)
    sanction = max((sanction_class(s) for s in sanctions), default=0)
    breadth = math.log2(1 + len(refs))
    orders = min(3.0, max((g.orders for g in assessed.own_gaps), default=0.0))
    return result.weight * (force + sanction + breadth + orders)


def shared_only(result: TopicResult) -> bool:
    """True when a unit's stances share a provision (a joint instrument counted on both sides)."""
    assessed = result.adopted
    return bool({r.id for r in assessed.stance_a} & {r.id for r in assessed.stance_b})


def order_by_importance(results: Sequence[TopicResult], corpus: Corpus) -> list[TopicResult]:
    """Most important first; ties by unit id, so the order is stable."""
    return sorted(results, key=lambda r: (-importance(r, corpus), r.unit_id))


def top_divergences(
    results: Sequence[TopicResult], corpus: Corpus, limit: int = 5
) -> list[TopicResult]:
    """Units that part as adopted (divergent or one-sided), most important first, areas mixed."""
    found = [
        r
        for r in results
        if r.adopted.verdict in (DIVERGENT, ONLY_A, ONLY_B)
        and not shared_only(r)
        and not framing_alone(r)
    ]
    ordered = order_by_importance(found, corpus)
    if len(ordered) < limit:
        ordered += order_by_importance(
            [r for r in results if r.adopted.verdict == PARTIALLY_ALIGNED and not shared_only(r)],
            corpus,
        )
    # A parting that holds under varied weights comes before a borderline one, as meetings do.
    ordered.sort(key=lambda r: r.adopted.fragile)
    return _diverse(ordered, limit)


def framing_alone(result: TopicResult) -> bool:
    """A one-sided unit whose side has only definitions, scope or commencement rules there: a
    definition alone is not where two rulebooks part."""
    verdict = result.adopted.verdict
    if verdict not in (ONLY_A, ONLY_B):
        return False
    stance = result.adopted.stance_a if verdict == ONLY_A else result.adopted.stance_b
    return bool(stance) and all(function(r) == FRAMING for r in stance)


def top_convergences(
    results: Sequence[TopicResult], corpus: Corpus, limit: int = 5
) -> list[TopicResult]:
    """Units that meet as adopted (aligned, then partially aligned), most important first, areas mixed."""
    found = [
        r
        for r in results
        if r.adopted.verdict == ALIGNED
        and not shared_only(r)
        and not framing_only(r)
        and not guidance_only(r)
    ]
    ordered = order_by_importance(found, corpus)
    if len(ordered) < limit:
        ordered += order_by_importance(
            [
                r
                for r in results
                if r.adopted.verdict == PARTIALLY_ALIGNED
                and not shared_only(r)
                and not framing_only(r)
                and not guidance_only(r)
            ],
            corpus,
        )
    # A meeting that holds under varied weights comes before a borderline one (round 27, EU-KR:
    # "where they meet" led with enforcement powers, which the matrix marks as borderline), within
    # its verdict: a borderline aligned unit still comes before a partly aligned one (round 65,
    # EU-JP: penalties for export-control rules, partly aligned, put export authorisation, aligned
    # but borderline, off page 1).
    ordered.sort(key=lambda r: (r.adopted.verdict != ALIGNED, r.adopted.fragile))
    return _diverse(_one_story_each(ordered), limit)


def _one_story_each(ordered: Sequence[TopicResult]) -> list[TopicResult]:
    """Units in order, leaving out one whose leading pair cites a provision an earlier unit's
    leading pair cites: the same article said twice is one meeting point, not two. It is told under
    the topic its articles are filed under first (GDPR Art. 44 and PIPA Art. 28-8(1) meet on transfer
    mechanisms, not on personal-data safeguards, their second topic), whichever ranks higher."""
    kept: list[TopicResult] = []
    for result in ordered:
        ids = _lead_ids(result)
        clashes = [i for i, earlier in enumerate(kept) if _lead_ids(earlier) & ids]
        if not clashes:
            kept.append(result)
        elif len(clashes) == 1 and _at_home(result) and not _at_home(kept[clashes[0]]):
            kept[clashes[0]] = result
    return kept


def _lead_ids(result: TopicResult) -> set[str]:
    lead = result.adopted.lead
    return {lead.a.id, lead.b.id} if lead is not None else set()


def _at_home(result: TopicResult) -> bool:
    """True when both provisions of the leading pair list the unit's topic first among their topics."""
    lead = result.adopted.lead
    return lead is not None and all(
        ref.provision.topics[:1] == (result.topic_id,) for ref in (lead.a, lead.b)
    )


def guidance_only(result: TopicResult) -> bool:
    """True when the pair a unit is said to meet on is guidance on both sides, or two of the
    states' own measures alike only in shape: where they meet is said of law, on a basis a reader
    can check (round 21, EU-JP: the EU's 2019 expert-group ethics guidelines 'met' Japan's
    guidelines on safety and privacy, while the same briefing compares the EU's binding rules on
    both; the EU's SME support 'met' the Japanese State's own use of AI by shape alone)."""
    pair = meeting_pair(result)
    if pair is None:
        return False
    soft = pair.a.force_level < BEST_EFFORTS_LEVEL > pair.b.force_level
    # Nor a pair alike only in shape standing in for a curated pair that does not meet (7 Dec 2026,
    # EU-JP: "digital identity: both have rights", the wallet's voluntariness against Japan's login
    # certificate, while the crosswalk's own pair, the wallet against JPKI certificates, partly meets).
    lead = result.adopted.lead
    stands_in = (
        pair is not lead
        and lead is not None
        and lead.basis == CURATED
        and pair.basis == SAME_ADDRESSEES
    )
    # Penalties meet only where no tier of them lies a hundred times apart: the top tiers may be
    # alike while the lower ones are not (blind reading round 57, EU-KR: "penalties for data rules"
    # met on GDPR Art. 83(5) and PIPA Art. 64-2(1) while GDPR Art. 83(4) and PIPA Art. 75(2) lie
    # over 500 times apart).
    tiers_apart = function(pair.a) == PENALTY and any(
        _sanctions_far_apart(p) for p in result.adopted.pairs
    )
    # Nor penalties where one side only leaves them to Member States: the EU states no kind or level
    # to meet (round 65, EU-JP: "penalties for export-control rules" met on Dual-Use Regulation
    # Art. 25(1) against Japan's prison terms and fines).
    left_to_states = function(pair.a) == function(pair.b) == PENALTY and any(
        {s.kind for s in ref.provision.sanctions} == {SanctionKind.NATIONAL_PENALTIES}
        for ref in (pair.a, pair.b)
    )
    # Nor a binding rule against guidance on the other side: one binds, the other asks (EU-JP, ninth
    # sitting: "where they meet: AI literacy: the EU has a binding obligation, Japan a voluntary
    # recommendation").
    unequal = any(cap.name == "binding-vs-soft" for cap in result.adopted.caps) or (
        (pair.a.force_level < BEST_EFFORTS_LEVEL) != (pair.b.force_level < BEST_EFFORTS_LEVEL)
    )
    return (
        soft
        or unequal
        or stands_in
        or tiers_apart
        or left_to_states
        or _loosely_related(pair)
        or _sanctions_far_apart(pair)
        or (pair.basis == SAME_ADDRESSEES and function(pair.a) == STATE_MEASURE)
    )


def _sanctions_far_apart(pair: Pair) -> bool:
    """True when the fines behind the two rules are a hundred times apart or more: the duties may
    agree, but a reader told they meet is then told, in the topic's own section, that they differ
    most in the size of their fines (round 38, EU-JP: trust-service supervision 'met' on eIDAS
    Art. 24(2) and Japan's Art. 9(1), whose penalties lie over 1,000 times apart)."""
    return any(g.kind is QuantityKind.FINE_CEILING and g.orders >= 2 for g in pair.gaps)


# A curated relation weaker than this is one the curator judged loose: the default of the method's
# ``matching.relation_min_strength``, below which a relation does not even join a silent side.
MEETING_STRENGTH = 5


def _loosely_related(pair: Pair) -> bool:
    """True when the curated relation behind a pair judges the two loosely related: their likeness
    in shape (two state bodies set up by law) is then no meeting a reader can check (round 33,
    EU-JP: the AI Office, which enforces the rules for general-purpose models, 'met' Japan's AI
    Strategy Headquarters, which drafts the Basic Plan, on a relation of strength 3)."""
    return bool(pair.relations) and max(u.relation.strength for u in pair.relations) < (
        MEETING_STRENGTH
    )


def meeting_pair(result: TopicResult) -> Pair | None:
    """The pair 'where they meet' cites: the leading pair, or the first aligned pair when the
    leading one is held apart."""
    lead = result.adopted.lead
    if lead is None or lead.verdict == ALIGNED:
        return lead
    return next((p for p in result.adopted.pairs if p.verdict == ALIGNED), lead)


def framing_only(result: TopicResult) -> bool:
    """True when a unit meets only through definitions, scope or commencement rules: every statute has
    those, so they say little about whether two rulebooks agree and never lead a page-1 list."""
    lead = result.adopted.lead
    return lead is not None and function(lead.a) == FRAMING and function(lead.b) == FRAMING


def _diverse(ordered: Sequence[TopicResult], limit: int) -> list[TopicResult]:
    """The first ``limit`` units, taking at most PER_AREA from one area while other areas have candidates."""
    chosen: list[TopicResult] = []
    counts: dict[str, int] = {}
    for result in ordered:
        area = area_of(result.topic_id)
        if counts.get(area, 0) < PER_AREA:
            chosen.append(result)
            counts[area] = counts.get(area, 0) + 1
        if len(chosen) == limit:
            return chosen
    for result in ordered:  # not enough variety: fill up in order
        if result not in chosen:
            chosen.append(result)
        if len(chosen) == limit:
            break
    return chosen
