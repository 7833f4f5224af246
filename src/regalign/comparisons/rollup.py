"""Roll-up: one verdict per topic id of the hierarchy, from the units beneath it, at both horizons.

A topic with a single unit beneath it takes that unit's verdict (caps included). A topic with
several takes a one-sided verdict when more than half of the counting units' weight is one-sided
the same way ("mostly only KR": reports then show the verdict without a score, and say "mostly"
unless every unit is one-sided), and otherwise the thresholds' verdict on the weighted mean of the
units that count at the horizon (a one-sided unit counts 0, as in the alignment index).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from regalign.comparisons.results import (
    NOT_COMPARED,
    NOT_YET,
    ONLY_A,
    ONLY_B,
    Assessment,
    RollupRow,
    TopicResult,
)
from regalign.comparisons.scoring import verdict
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


def topic_order(unit_id: str) -> tuple[str, ...]:
    """Sort key that puts every topic right after its parent, and 'topic#general' first among its children."""
    topic, _, general = unit_id.partition("#")
    return (*topic.split("."), "" if general else "\uffff")


def rollup(corpus: Corpus, results: Sequence[TopicResult], method: Method) -> list[RollupRow]:
    """Every topic on the path to a unit, with its score and verdict now and as adopted."""
    ancestors: set[str] = set()
    for result in results:
        parts = result.topic_id.split(".")
        ancestors.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    beneath: dict[str, list[TopicResult]] = {}
    for result in results:  # each unit counts under its topic and every ancestor
        parts = result.topic_id.split(".")
        for i in range(1, len(parts) + 1):
            beneath.setdefault(".".join(parts[:i]), []).append(result)
    rows = []
    for topic_id in sorted(ancestors, key=lambda t: tuple(t.split("."))):
        below = beneath[topic_id]
        now_score, now_verdict = _summary([(r.weight, r.now) for r in below], method)
        adopted_score, adopted_verdict = _summary([(r.weight, r.adopted) for r in below], method)
        label = corpus.topics[topic_id].label if topic_id in corpus.topics else topic_id
        rows.append(
            RollupRow(
                topic_id,
                label,
                topic_id.count("."),
                now_score,
                sum(r.weight for r in below),
                len(below),
                now_verdict,
                adopted_score,
                adopted_verdict,
                _mixed([r.now for r in below], now_verdict),
                _mixed([r.adopted for r in below], adopted_verdict),
            )
        )
    return rows


def _mixed(assessed: Sequence[Assessment], verdict_: str) -> bool:
    """True when a one-sided roll-up rests on a majority: some unit beneath speaks for both sides."""
    return verdict_ in (ONLY_A, ONLY_B) and any(
        a.counts and not a.read_verdict and a.verdict != verdict_ for a in assessed
    )


def _summary(items: Sequence[tuple[float, Assessment]], method: Method) -> tuple[float, str]:
    # A topic an unread change withdraws is left out of a roll-up row (round 26, EU-JP: "transfer
    # mechanisms aligned (0.65)" as adopted above two topics not compared); the headline figures
    # count it as read today, and say so.
    speaking = [a for _, a in items if a.speaks]
    compared = [a for a in speaking if a.counts and not a.read_verdict]
    if 2 * len(compared) < len(speaking):
        # Round 27, EU-JP: "cross-border data: partially aligned (0.46)" as adopted above seven
        # topics of nine not compared. A row that speaks for fewer than half of the topics beneath
        # it is not the area's verdict.
        return 0.0, NOT_COMPARED
    return summarise(
        [(w, a.score, a.verdict, a.counts and not a.read_verdict) for w, a in items], method
    )


def as_read(results: Sequence[TopicResult], method: Method) -> tuple[float, str]:
    """Score and verdict of several units as adopted, on the headline figures' footing: a unit whose
    verdict an unread change withdraws counts at its present reading, as the alignment index counts
    it (round 67, EU-JP: page 1 ranked the areas without such units while its figures counted them)."""
    return summarise(
        [(r.weight, r.adopted.score, r.adopted.figure_verdict, r.adopted.counts) for r in results],
        method,
    )


def summarise(items: Sequence[tuple[float, float, str, bool]], method: Method) -> tuple[float, str]:
    """Score and verdict of several units given as (weight, score, verdict, counts at the horizon)."""
    counted = [(w, score, v) for w, score, v, counts in items if counts]
    if not counted:
        # Nothing beneath was compared: 'not compared' where a side's rules were left unread.
        return 0.0, NOT_COMPARED if any(v == NOT_COMPARED for _, _, v, _ in items) else NOT_YET
    weight = math.fsum(w for w, _, _ in counted)
    score = math.fsum(w * s for w, s, _ in counted) / weight if weight else 0.0
    if len(counted) == 1:
        return score, counted[0][2]
    for side in (ONLY_A, ONLY_B):
        if weight and math.fsum(w for w, _, v in counted if v == side) > weight / 2:
            return score, side
    return score, verdict(score, method.thresholds)
