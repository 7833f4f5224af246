"""The alignment index and verdict counts of two sides on one date: the figures a timeline or a matrix
quotes at many dates, without the rest of a comparison.

Only the *now* horizon is assessed, so a point costs about half a ``compare(..., detail=False)``;
the figures are exactly those of ``compare`` on the same date (a property test holds it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from regalign.comparisons.applicability import NOW
from regalign.comparisons.assessed import assess_units, pair_sides
from regalign.comparisons.assessment_memo import AssessmentMemo
from regalign.comparisons.compare import alignment_index
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import count_verdicts
from regalign.frameworks.corpus import Corpus
from regalign.schema.method import Method


@dataclass(frozen=True)
class IndexAt:
    """The index now (None when neither side speaks), the number of units per verdict now, and each
    unit's verdict now (the one the figures count)."""

    as_of: date
    index: float | None
    verdict_counts: dict[str, int]
    unit_verdicts: dict[str, str]


def index_at(
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
    memo: AssessmentMemo | None = None,
) -> IndexAt:
    """``compare(corpus, a, b, as_of=..., ...).index`` and ``.verdict_counts`` (and each unit's
    ``now.figure_verdict``), computed alone.

    ``memo`` carries unit assessments from one date of a timeline to the next (see
    assessment_memo); the figures are the same with or without it.

    Raises SideError for an unknown side and KeyError for an unknown topic, as ``compare`` does.
    """
    sides, dropped = pair_sides(corpus, a, b, topic, include_shared)
    assessed = assess_units(
        corpus,
        sides,
        dropped,
        as_of=as_of,
        method=method,
        topic=topic,
        pending_as_binding=pending_as_binding,
        relations=relations or RelationIndex(corpus),
        horizons=(NOW,),
        memo=memo,
    )
    now = assessed.assessments[NOW]
    items = [(method.topic_weight(assessed.topic_id(u)), now[u]) for u in assessed.unit_ids]
    verdicts = {u: now[u].figure_verdict for u in assessed.unit_ids}
    return IndexAt(as_of, alignment_index(items), count_verdicts(verdicts.values()), verdicts)
