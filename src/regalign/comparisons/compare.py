"""compare(): two sides, a date, a method -> a Comparison with every number traceable."""

from __future__ import annotations

import math
from datetime import date
from typing import Optional

from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import ONLY_A, ONLY_B, Comparison, Coverage, ProvisionRef, RollupRow, TopicResult
from regalign.comparisons.scoring import describe, features, silent_verdict, verdict, weight_vector
from regalign.comparisons.sensitivity import perturb
from regalign.comparisons.sides import resolve_side, side_provisions, stances_by_topic
from regalign.comparisons.timeline import timeline
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


def topic_order(topic_id: str) -> tuple[str, ...]:
    """Sort key that puts every topic right after its parent."""
    return tuple(topic_id.split("."))


def compare(corpus: Corpus, a: str, b: str, *, as_of: date, method: Method, topic: Optional[str] = None,
            pending_as_binding: bool = False, relations: Optional[RelationIndex] = None) -> Comparison:
    """Compare side ``a`` with side ``b`` (framework ids or jurisdiction codes) on the date ``as_of``.

    ``topic`` narrows both sides to a topic and its descendants. Provisions of signed or adopted
    instruments not yet in force count as pending (force 1) unless ``pending_as_binding``.
    Raises SideError for an unknown side and KeyError for an unknown topic.
    """
    if topic is not None and topic not in corpus.topics:
        raise KeyError(topic)
    side_a, side_b = resolve_side(corpus, a, [b]), resolve_side(corpus, b, [a])
    index = relations or RelationIndex(corpus)
    refs_a = side_provisions(corpus, side_a, as_of, topic, pending_as_binding)
    refs_b = side_provisions(corpus, side_b, as_of, topic, pending_as_binding)
    by_topic_a, by_topic_b = stances_by_topic(refs_a, topic), stances_by_topic(refs_b, topic)
    weights = weight_vector(method.dimensions)

    results: list[TopicResult] = []
    for topic_id in sorted(set(by_topic_a) | set(by_topic_b), key=topic_order):
        results.append(_topic_result(corpus, topic_id, by_topic_a.get(topic_id, []), by_topic_b.get(topic_id, []),
                                     index, weights, method))
    ranges = perturb(results, method)
    results = [ranges.apply(r) for r in results]
    return Comparison(
        side_a=side_a, side_b=side_b, as_of=as_of, topic_prefix=topic, pending_as_binding=pending_as_binding,
        method=method, topics=tuple(results), rollup=tuple(rollup(corpus, results, method)),
        index=alignment_index(results), index_low=ranges.index_low, index_high=ranges.index_high,
        coverage_overlap=Coverage(sum(1 for r in results if r.stance_a and r.stance_b), len(results)),
        coverage_a_to_b=directional_coverage(refs_a, refs_b, by_topic_b, topic, index),
        coverage_b_to_a=directional_coverage(refs_b, refs_a, by_topic_a, topic, index),
        timeline=tuple(timeline(corpus, (side_a, side_b), as_of, topic)),
        pending=tuple(sorted({r.framework.id for r in (*refs_a, *refs_b) if r.status == "pending"})),
    )


def _topic_result(corpus: Corpus, topic_id: str, stance_a: list[ProvisionRef], stance_b: list[ProvisionRef],
                  index: RelationIndex, weights: tuple[float, ...], method: Method) -> TopicResult:
    label = corpus.topics[topic_id].label if topic_id in corpus.topics else topic_id
    weight = method.topic_weight(topic_id)
    silent = silent_verdict(bool(stance_a), bool(stance_b))
    if silent is not None:
        return TopicResult(topic_id, label, weight, tuple(stance_a), tuple(stance_b), 0.0, silent, (), (),
                           0.0, 0.0, False)
    fa, fb = features(stance_a), features(stance_b)
    relation, used = index.best(fa.provisions, fb.provisions)
    score, dimensions = describe(fa, fb, relation, weights)
    return TopicResult(topic_id, label, weight, tuple(stance_a), tuple(stance_b), score,
                       verdict(score, method.thresholds), dimensions, used, score, score, False)


def alignment_index(results: list[TopicResult]) -> Optional[float]:
    """Weighted mean of topic scores over the topics either side addresses (one-sided topics score 0)."""
    total = math.fsum(r.weight for r in results)
    return math.fsum(r.weight * r.score for r in results) / total if total else None


def rollup(corpus: Corpus, results: list[TopicResult], method: Method) -> list[RollupRow]:
    """Every topic on the path to an addressed topic, with the weighted mean score of the topics beneath."""
    rows: list[RollupRow] = []
    ancestors: set[str] = set()
    for result in results:
        parts = result.topic_id.split(".")
        ancestors.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    for topic_id in sorted(ancestors, key=topic_order):
        below = [r for r in results if r.topic_id == topic_id or r.topic_id.startswith(topic_id + ".")]
        weight = sum(r.weight for r in below)
        score = sum(r.weight * r.score for r in below) / weight if weight else 0.0
        verdicts = {r.verdict for r in below}
        if verdicts == {ONLY_A} or verdicts == {ONLY_B}:
            summary = verdicts.pop()
        else:
            summary = verdict(score, method.thresholds)
        label = corpus.topics[topic_id].label if topic_id in corpus.topics else topic_id
        rows.append(RollupRow(topic_id, label, topic_id.count("."), score, weight, len(below), summary))
    return rows


def directional_coverage(refs_from: list[ProvisionRef], refs_to: list[ProvisionRef],
                         by_topic_to: dict[str, list[ProvisionRef]], prefix: Optional[str],
                         index: RelationIndex) -> Coverage:
    """How many of one side's provisions have a counterpart on the other side.

    A counterpart is a provision of the other side on one of the same topics, or one linked by a
    curated relation of strength 1 or more.
    """
    others = {r.id for r in refs_to}
    covered = 0
    for ref in refs_from:
        shares_topic = any(t in by_topic_to for t in ref.provision.topics)
        if shares_topic or index.has_counterpart(ref.id, others):
            covered += 1
    return Coverage(covered, len(refs_from))
