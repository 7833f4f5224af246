"""compare(): two sides, a date, a method -> a Comparison with every number traceable, at two horizons."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from regalign.comparisons.applicability import ADOPTED, HORIZONS, NOW, Starts
from regalign.comparisons.assessed import assess_units, pair_sides
from regalign.comparisons.joint import joint_commitments
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import (
    Assessment,
    Comparison,
    Coverage,
    Figures,
    JointCommitment,
    ProvisionRef,
    Side,
    TopicResult,
)
from regalign.comparisons.rollup import rollup, topic_order
from regalign.comparisons.scope import (
    outside_instruments,
    sectors_out_of_reach,
    unread_provisions,
)
from regalign.comparisons.sensitivity import Ranges, perturb
from regalign.comparisons.timeline import timeline
from regalign.frameworks.corpus import Corpus
from regalign.schema.derived import topics_meet
from regalign.schema.method import Method

__all__ = ["compare", "topic_order", "alignment_index"]


def compare(
    corpus: Corpus,
    a: str,
    b: str,
    *,
    as_of: date,
    method: Method,
    topic: str | None = None,
    pending_as_binding: bool = False,
    include_shared: bool = False,
    relations: RelationIndex | None = None,
    detail: bool = True,
) -> Comparison:
    """Compare side ``a`` with side ``b`` (framework ids, jurisdiction codes or selections) on ``as_of``.

    ``topic`` narrows both sides to a topic and its descendants. Instruments both sides are party
    to are joint commitments, left out of the sides and reported in ``joint`` unless
    ``include_shared``. ``detail=False`` skips what only reports need (sensitivity ranges, the
    conformity view, the timeline), for figures at many dates. Raises SideError for an unknown
    side and KeyError for an unknown topic.
    """
    (side_a, side_b), (drop_a, drop_b) = pair_sides(corpus, a, b, topic, include_shared)
    index = relations or RelationIndex(corpus)
    assessed = assess_units(
        corpus,
        (side_a, side_b),
        (drop_a, drop_b),
        as_of=as_of,
        method=method,
        topic=topic,
        pending_as_binding=pending_as_binding,
        relations=index,
        horizons=HORIZONS,
    )
    starts = Starts(corpus)
    results = []
    for unit_id in assessed.unit_ids:
        now, adopted = (assessed.assessments[h][unit_id] for h in (NOW, ADOPTED))
        topic_id = assessed.topic_id(unit_id)
        label = corpus.topics[topic_id].label if topic_id in corpus.topics else topic_id
        results.append(
            TopicResult(
                unit_id,
                topic_id,
                label,
                method.topic_weight(topic_id),
                now,
                adopted,
                _adopted_from(now, adopted),
            )
        )
    items = [(r.unit_id, r.weight, {NOW: r.now, ADOPTED: r.adopted}) for r in results]
    figures = (
        perturb(items, method) if detail else {h: Ranges({}, None, None, method) for h in HORIZONS}
    )
    for horizon in HORIZONS:
        results = [figures[horizon].apply(r, horizon) for r in results]
    joint = (
        joint_commitments(corpus, side_a, side_b, drop_a & drop_b, starts, as_of, topic, index)
        if detail and drop_a and drop_a == drop_b
        else ()
    )
    if detail:
        results = _in_context(corpus, results, (side_a, side_b), (drop_a, drop_b), joint)
    return Comparison(
        side_a=side_a,
        side_b=side_b,
        as_of=as_of,
        topic_prefix=topic,
        pending_as_binding=pending_as_binding,
        method=method,
        topics=tuple(results),
        rollup=tuple(rollup(corpus, results, method)),
        now=_figures(results, NOW, figures[NOW]),
        adopted=_figures(results, ADOPTED, figures[ADOPTED]),
        timeline=tuple(timeline(corpus, (side_a, side_b), (drop_a, drop_b), starts, as_of, topic))
        if detail
        else (),
        pending=tuple(
            sorted(
                {
                    r.framework.id
                    for r in (*assessed.refs[NOW][0], *assessed.refs[NOW][1])
                    if r.status == "pending"
                }
            )
        ),
        include_shared=include_shared,
        joint_instruments=tuple(sorted(drop_a & drop_b)),
        joint=joint,
    )


def _in_context(
    corpus: Corpus,
    results: list[TopicResult],
    sides: tuple[Side, Side],
    dropped: tuple[frozenset[str], frozenset[str]],
    joint: Sequence[JointCommitment],
) -> list[TopicResult]:
    """Each unit with the joint commitments on its topic, the instruments each side leaves out, the
    records of each side that were not read and the sector laws a side does not hold."""
    side_a, side_b = sides
    topics = {r.topic_id for r in results}
    outside_a = outside_instruments(corpus, side_a, side_b, topics)
    outside_b = outside_instruments(corpus, side_b, side_a, topics)
    unread_a = unread_provisions(corpus, side_a, dropped[0], topics)
    unread_b = unread_provisions(corpus, side_b, dropped[1], topics)
    unreached_a = sectors_out_of_reach(corpus, side_a, dropped[0], topics)
    unreached_b = sectors_out_of_reach(corpus, side_b, dropped[1], topics)
    return [
        replace(
            r,
            joint=tuple(c for c in joint if topics_meet(c.topic_id, r.topic_id)),
            outside_a=outside_a.get(r.topic_id, ()),
            outside_b=outside_b.get(r.topic_id, ()),
            unread_a=unread_a.get(r.topic_id, ()),
            unread_b=unread_b.get(r.topic_id, ()),
            unreached_a=unreached_a.get(r.topic_id, ""),
            unreached_b=unreached_b.get(r.topic_id, ""),
        )
        for r in results
    ]


def _at(result: TopicResult, horizon: str) -> Assessment:
    return result.now if horizon == NOW else result.adopted


def _adopted_from(now: Assessment, adopted: Assessment) -> date | None:
    """The day from which the adopted picture holds: the latest start among the rules not applying
    yet, or the day after the latest end among the rules the adopted law ends; for a verdict an
    unread change withdraws, the day that change applies (round 25, KR-JP: 'not compared, from
    1 Jul 2027' dated the withdrawal by a Korean rule, not by the Japanese change of 2028)."""
    if adopted.withdrawn_from is not None:
        return adopted.withdrawn_from
    current = {r.id for r in (*now.stance_a, *now.stance_b) if r.status == "applies"}
    kept = {r.id for r in (*adopted.stance_a, *adopted.stance_b)}
    later = [r for r in (*adopted.stance_a, *adopted.stance_b) if r.id not in current]
    ends = [
        r.provision.applies_until + timedelta(days=1)
        for r in (*now.stance_a, *now.stance_b)
        if r.id not in kept and r.provision.applies_until not in (None, date.max)
    ]
    if not (later or ends) or (
        now.verdict == adopted.verdict and abs(now.score - adopted.score) < 1e-12
    ):
        return None
    if any(r.start is None for r in later):
        return None
    return max([*(r.start for r in later if r.start is not None), *ends])


def alignment_index(items: Sequence[tuple[float, Assessment]]) -> float | None:
    """Weighted mean of unit scores over the units either side addresses (one-sided units score 0)."""
    counted = [(w, s) for w, s in items if s.counts]
    total = math.fsum(w for w, _ in counted)
    return math.fsum(w * s.score for w, s in counted) / total if total else None


def _figures(results: Sequence[TopicResult], horizon: str, ranged: Ranges) -> Figures:
    at = [(r.weight, _at(r, horizon)) for r in results]
    counted = [s for _, s in at if s.counts]
    return Figures(
        index=alignment_index(at),
        index_low=ranged.index_low,
        index_high=ranged.index_high,
        overlap=Coverage(sum(1 for s in counted if s.both_in_figures), len(counted)),
        a_to_b=_directional([s.stance_a for s in counted], [s.both_in_figures for s in counted]),
        b_to_a=_directional([s.stance_b for s in counted], [s.both_in_figures for s in counted]),
    )


def _directional(stances: Sequence[tuple[ProvisionRef, ...]], scored: Sequence[bool]) -> Coverage:
    """How many of one side's provisions sit in a unit the other side also speaks on (whether or not
    a provision of the other side is paired with them)."""
    every = {r.id for stance in stances for r in stance}
    met = {r.id for stance, both in zip(stances, scored) if both for r in stance}
    return Coverage(len(met), len(every))
