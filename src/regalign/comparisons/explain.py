"""explain(): the decomposition of one unit's number, or of a parent topic's roll-up."""

from __future__ import annotations

from dataclasses import dataclass

from regalign.comparisons.results import Comparison, RollupRow, TopicResult


@dataclass(frozen=True, repr=False)
class Explanation:
    """The topic's roll-up row (if it heads a subtree) and every unit at or below it."""

    comparison: Comparison
    topic_id: str
    label: str
    rollup: RollupRow | None
    topics: tuple[TopicResult, ...]


def explain(comparison: Comparison, topic_id: str) -> Explanation:
    """Explain one topic (or one unit such as 'ai.transparency#general'); KeyError when nothing is there."""
    topic, _, _ = topic_id.partition("#")
    prefix = topic + "."
    topics = tuple(
        t
        for t in comparison.topics
        if t.unit_id == topic_id
        or ("#" not in topic_id and (t.topic_id == topic or t.topic_id.startswith(prefix)))
    )
    row = next((r for r in comparison.rollup if r.topic_id == topic_id), None)
    if not topics:
        raise KeyError(topic_id)
    label = row.label if row else topics[0].label
    return Explanation(comparison, topic_id, label, row, topics)
