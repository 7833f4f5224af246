"""Unit assessments remembered across the dates of one timeline.

Between two change dates most units hold the same provisions in the same state, so a timeline
(``regalign timeline``, the briefing's dates) would assess them again for nothing. A unit's
assessment depends only on what its key below names: its provisions with their state, force and
start, the penalties linked to each, which of their numbers apply yet, and which of each one's
curated counterparts the other side holds (where an unpaired provision may be compared instead).
Everything else an assessment reads (the corpus, the relations, the method, the sides' labels) is
the same for every date of one timeline, and is part of the key all the same, so a memo shared by
mistake across pairs or methods only misses.

``compare`` never uses a memo: the property tests hold the index and the verdicts of a memoised
timeline equal to ``compare``'s on every change date.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from regalign.comparisons.assess import Context, assess
from regalign.comparisons.results import Assessment, ProvisionRef
from regalign.comparisons.units import Unit


@dataclass
class AssessmentMemo:
    """Assessments by the key of everything they depend on; one per timeline."""

    _found: dict[Hashable, Assessment] = field(default_factory=dict)

    def __len__(self) -> int:
        """How many distinct assessments it holds."""
        return len(self._found)

    def assess(self, unit: Unit, context: Context) -> Assessment:
        """``assess(unit, context)``, or the same assessment made on an earlier date."""
        key = unit_key(unit, context)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = assess(unit, context)
        return found


def unit_key(unit: Unit, context: Context) -> Hashable:
    """Everything ``assess(unit, context)`` reads, as a hashable value."""
    shared = (
        id(context.corpus),
        id(context.relations),
        id(context.method),
        context.weights,
        context.labels,
        context.on is None,
    )
    return (
        shared,
        unit.unit_id,
        unit.topic_id,
        tuple(_ref_key(r, context, context.sides[1]) for r in unit.a),
        tuple(_ref_key(r, context, context.sides[0]) for r in unit.b),
    )


def _ref_key(ref: ProvisionRef, context: Context, theirs: frozenset[str]) -> Hashable:
    on = context.on
    linked = tuple((id(s), penalty, cite) for s, penalty, cite in context.linked.get(ref.id, ()))
    # The numbers scoring.features counts on this date (an amendment's inserted number only from
    # its own date).
    counted = tuple(
        on is None or q.applies_from is None or q.applies_from <= on
        for q in ref.provision.quantities
    )
    # What assess.elsewhere asks of an unpaired provision: which of its counterparts the other
    # side's whole rulebook holds on this date.
    held = frozenset(n for n in context.relations.neighbours(ref.id) if n in theirs)
    return (
        ref.id,
        ref.status,
        ref.force_level,
        ref.force_label,
        ref.start,
        ref.via,
        linked,
        counted,
        held,
    )
