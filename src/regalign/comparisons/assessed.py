"""The units of two sides at a date, each assessed at the horizons asked for.

``compare`` asks for both horizons and builds the full result from them; ``index_at`` asks for the
*now* horizon only, for figures at many dates (a timeline, a matrix), where the as-adopted picture
would be computed and thrown away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from regalign.comparisons.applicability import ADOPTED, Starts
from regalign.comparisons.assess import Context, assess
from regalign.comparisons.assessment_memo import AssessmentMemo
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import (
    NOT_COMPARED,
    ONLY_A,
    ONLY_B,
    Assessment,
    ProvisionRef,
    Side,
)
from regalign.comparisons.rollup import topic_order
from regalign.comparisons.scope import (
    held_sectors,
    sectors_out_of_reach,
    unread_changes,
    unread_provisions,
)
from regalign.comparisons.scoring import weight_vector
from regalign.comparisons.sector_reach import within_reach
from regalign.comparisons.sides import joint_instruments, resolve_side
from regalign.comparisons.stances import linked_sanctions, side_refs
from regalign.comparisons.units import Unit, build_units, tagged_topics
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


@dataclass(frozen=True)
class Assessed:
    """Every unit (in topic order) and, per horizon asked for, its units, refs and assessments."""

    unit_ids: tuple[str, ...]
    units: dict[str, dict[str, Unit]]  # horizon -> unit id -> unit
    refs: dict[str, tuple[list[ProvisionRef], list[ProvisionRef]]]  # horizon -> (side a, side b)
    assessments: dict[str, dict[str, Assessment]]  # horizon -> unit id -> assessment

    def topic_id(self, unit_id: str) -> str:
        """The topic a unit is about (the same at every horizon)."""
        return self.units[ADOPTED][unit_id].topic_id


def pair_sides(
    corpus: Corpus, a: str, b: str, topic: str | None, include_shared: bool
) -> tuple[tuple[Side, Side], tuple[frozenset[str], frozenset[str]]]:
    """The two sides and, for each, the joint instruments it leaves out (none with
    ``include_shared``). Raises KeyError for an unknown topic and SideError for an unknown side."""
    if topic is not None and topic not in corpus.topics:
        raise KeyError(topic)
    side_a, side_b = resolve_side(corpus, a, [b]), resolve_side(corpus, b, [a])
    if include_shared:
        return (side_a, side_b), (frozenset(), frozenset())
    return (side_a, side_b), joint_instruments(corpus, side_a, side_b)


def assess_units(
    corpus: Corpus,
    sides: tuple[Side, Side],
    dropped: tuple[frozenset[str], frozenset[str]],
    *,
    as_of: date,
    method: Method,
    topic: str | None,
    pending_as_binding: bool,
    relations: RelationIndex,
    horizons: Sequence[str],
    memo: AssessmentMemo | None = None,
) -> Assessed:
    """The units of the two sides on ``as_of`` and their assessments at each of ``horizons``
    (taken from ``memo`` where an earlier date of the same timeline assessed the same unit).

    The units are always those of the as-adopted picture (a topic either side has adopted rules on,
    or rules today that the adopted law ends), whichever horizons are assessed, so that every horizon
    speaks of the same units.
    """
    starts = Starts(corpus)
    wanted = {ADOPTED, *horizons}
    refs = {
        h: _both_sides(corpus, sides, dropped, starts, as_of, topic, h, pending_as_binding)
        for h in sorted(wanted)
    }
    # A topic either side has adopted rules on, or rules on today that the adopted law ends later.
    tagged = {t for h in wanted for side in refs[h] for t in tagged_topics(side, topic)}
    strength = method.matching.relation_min_strength
    units = {ADOPTED: build_units(*refs[ADOPTED], tagged, topic, relations, strength)}
    for h in wanted - {ADOPTED}:
        units[h] = build_units(*refs[h], tagged, topic, relations, strength, units[ADOPTED])
    weights = weight_vector(method.dimensions)
    labels = (sides[0].label, sides[1].label)
    unit_ids = tuple(sorted(units[ADOPTED], key=topic_order))
    topics = {units[ADOPTED][u].topic_id for u in unit_ids}
    unread = (
        unread_provisions(corpus, sides[0], dropped[0], topics),
        unread_provisions(corpus, sides[1], dropped[1], topics),
    )
    changes = _unread_changes(corpus, unread)
    unreached = (
        sectors_out_of_reach(corpus, sides[0], dropped[0], topics),
        sectors_out_of_reach(corpus, sides[1], dropped[1], topics),
    )
    assessments: dict[str, dict[str, Assessment]] = {}
    for h in horizons:
        linked = linked_sanctions(corpus, starts, as_of, h, [*refs[h][0], *refs[h][1]])
        on = None if h == ADOPTED else as_of
        # Each side's whole rulebook at this horizon, whatever the topic filter: a counterpart filed
        # under another topic is still a counterpart (round 60, EU-JP: `compare --topic
        # ai.enforcement` read 0.34 where the full comparison reads 0.35, having lost JP AI
        # Promotion Act Art. 7 under strategy).
        whole = (
            refs[h]
            if topic is None
            else _both_sides(corpus, sides, dropped, starts, as_of, None, h, pending_as_binding)
        )
        side_ids = (frozenset(r.id for r in whole[0]), frozenset(r.id for r in whole[1]))
        context = Context(corpus, relations, weights, method, linked, labels, on, sides=side_ids)
        assessments[h] = {}
        for u in unit_ids:
            unit = units[h][u]
            topic_id = unit.topic_id
            fresh = assess(unit, context) if memo is None else memo.assess(unit, context)
            assessment = _unless_unread(fresh, topic_id, unread, unreached)
            if _changed_unread(changes.get(topic_id), on):
                assessment = _withdrawn(assessment, changes[topic_id])
            assessments[h][u] = assessment
    return Assessed(unit_ids, units, refs, assessments)


def _unread_changes(
    corpus: Corpus, unread: tuple[Mapping[str, Sequence[str]], Mapping[str, Sequence[str]]]
) -> dict[str, date]:
    """Topic id -> the first date of an adopted change to either side's rules on it that nobody
    read: an unread record with its own date (APPI Act No. 56 of 2026 deletes and renumbers the
    penalty articles from 17 Jan 2027; its wording was never found)."""
    found: dict[str, date] = {}
    for side in unread:
        for topic_id, pid in unread_changes(corpus, side).items():
            start = corpus.provisions[pid].applies_from
            if start is not None and (topic_id not in found or start < found[topic_id]):
                found[topic_id] = start
    return found


def _changed_unread(start: date | None, on: date | None) -> bool:
    """True when an unread change (from ``start``) is part of the picture: always as adopted
    (``on`` None), today once it applies. The rules it replaces are known, what replaces them is
    not, so neither the old articles nor silence may stand for the side's law."""
    return start is not None and (on is None or start <= on)


def _not_compared(assessment: Assessment) -> Assessment:
    """The unit's pairs are kept for ``explain``; its score and verdict are withdrawn."""
    return replace(
        assessment, score=0.0, verdict=NOT_COMPARED, uncapped=NOT_COMPARED, fragile=False
    )


def _withdrawn(assessment: Assessment, start: date) -> Assessment:
    """The verdict is withdrawn, since the side's rules change in wording nobody read; the score
    and the verdict on the rules as read stay for the figures (round 21, EU-JP: leaving such
    topics out made the as-adopted index fall for want of reading, and set the two columns of the
    figures on different topics)."""
    if assessment.verdict == NOT_COMPARED:
        return assessment
    return replace(
        assessment,
        verdict=NOT_COMPARED,
        read_verdict=assessment.verdict,
        withdrawn_from=start,
        fragile=False,
    )


def _unless_unread(
    assessment: Assessment,
    topic_id: str,
    unread: tuple[Mapping[str, Sequence[str]], Mapping[str, Sequence[str]]],
    unreached: tuple[Mapping[str, str], Mapping[str, str]] = ({}, {}),
) -> Assessment:
    """A unit where one side speaks and the other's rules on the topic were recorded but not read,
    or the other holds no law of the topic's sector, is not compared: the silence is ours, not the
    law's (Japan's e-signature penalties, Arts 41-47, were never read; Japan's financial laws are not
    in the corpus), so it is neither 'only Korea' nor a zero in the index."""
    silent = {ONLY_A: 1, ONLY_B: 0}.get(assessment.verdict)
    if silent is None or (topic_id not in unread[silent] and topic_id not in unreached[silent]):
        return assessment
    return _not_compared(assessment)


def _both_sides(
    corpus: Corpus,
    sides: tuple[Side, Side],
    dropped: tuple[frozenset[str], frozenset[str]],
    starts: Starts,
    as_of: date,
    topic: str | None,
    horizon: str,
    pending_as_binding: bool,
) -> tuple[list[ProvisionRef], list[ProvisionRef]]:
    """Both sides' provisions at a horizon, under the topic prefix (every topic when None).

    A provision of a sector's own law (DORA, for financial services) counts on a general topic only
    where the other side holds a law of that sector too; otherwise it stays on its sector's topics,
    which are not compared (round 71, EU-JP: DORA's rules on where ICT services are provided made
    "cross-border data flows" read "different matters" for the EU and Japan, whose financial laws
    are not among those compared)."""
    a = side_refs(corpus, sides[0], dropped[0], starts, as_of, topic, horizon, pending_as_binding)
    b = side_refs(corpus, sides[1], dropped[1], starts, as_of, topic, horizon, pending_as_binding)
    return (
        within_reach(corpus, a, held_sectors(corpus, sides[1], dropped[1])),
        within_reach(corpus, b, held_sectors(corpus, sides[0], dropped[0])),
    )
