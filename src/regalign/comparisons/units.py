"""Comparison units: which provisions of each side meet on which topic.

A unit is a topic either side tags. Three rules decide what each side brings to it:

1. **Own tags first.** A side's stance on topic t is its provisions tagged t.
2. **Parent tags meet the subtree.** When one side tags t itself and the other does not, the
   other side brings its provisions tagged anywhere below t.
3. **Curated relations join.** When a side is still silent on a unit, it brings the provisions a
   curated relation links to the other side's provisions there, when the relation is at least as
   strong as the method's ``matching.relation_min_strength``.
4. **A curated meeting holds at every horizon.** A provision that joins a unit as adopted through
   a relation (rule 3) joins it at every horizon where it applies, even when the provision it is
   related to does not apply yet: Korea's prior review (AI Basic Act Art. 33(1)) meets the EU's
   registration duties only through a relation to rules that wait, yet it applies today, so today's
   row must not read "only the EU". A subtree join (rule 2) is not carried over: it exists to meet
   a parent-level rule, and until that rule applies the provisions speak in their own units.

A topic that is tagged itself *and* has tagged descendants keeps its own provisions in a unit of
its own, ``topic#general``; the topic id itself then carries only the roll-up verdict, so one id
never shows two verdicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import GENERAL_SUFFIX, ProvisionRef
from regalign.comparisons.sides import in_scope


@dataclass(frozen=True)
class Unit:
    """A unit's id, its topic, and each side's provisions at one horizon."""

    unit_id: str
    topic_id: str
    a: tuple[ProvisionRef, ...]
    b: tuple[ProvisionRef, ...]


def unit_ids(tagged: set[str]) -> dict[str, str]:
    """Topic id -> unit id: 'topic#general' for a tagged topic whose descendants are tagged too."""
    parents = {topic.rsplit(".", i)[0] for topic in tagged for i in range(1, topic.count(".") + 1)}
    return {topic: topic + GENERAL_SUFFIX if topic in parents else topic for topic in tagged}


def tagged_topics(
    refs: Sequence[ProvisionRef], prefix: str | None
) -> dict[str, list[ProvisionRef]]:
    """Provisions under each topic they are tagged with (a provision may sit under several)."""
    grouped: dict[str, list[ProvisionRef]] = {}
    for ref in refs:
        for topic in ref.provision.topics:
            if in_scope(topic, prefix):
                grouped.setdefault(topic, []).append(ref)
    return grouped


@dataclass(frozen=True)
class SideIndex:
    """One side's provisions by tag, under each ancestor topic, and by id (built once per side)."""

    own: dict[str, list[ProvisionRef]]
    below: dict[
        str, list[ProvisionRef]
    ]  # topic -> provisions tagged strictly beneath it, by topic order
    by_id: dict[str, ProvisionRef]

    @classmethod
    def of(cls, refs: Sequence[ProvisionRef], prefix: str | None) -> SideIndex:
        own = tagged_topics(refs, prefix)
        below: dict[str, dict[str, ProvisionRef]] = {}
        for topic in sorted(own):
            parts = topic.split(".")
            for i in range(1, len(parts)):
                found = below.setdefault(".".join(parts[:i]), {})
                for ref in own[topic]:
                    found.setdefault(ref.id, ref)
        return cls(
            own, {t: list(refs.values()) for t, refs in below.items()}, {r.id: r for r in refs}
        )


def build_units(
    refs_a: Sequence[ProvisionRef] | SideIndex,
    refs_b: Sequence[ProvisionRef] | SideIndex,
    topics: set[str],
    prefix: str | None,
    relations: RelationIndex,
    min_strength: int = 5,
    adopted: dict[str, Unit] | None = None,
) -> dict[str, Unit]:
    """The units for the given topics (the topics either side tags at either horizon), by unit id.

    ``adopted`` are the units of the as-adopted picture, when these are another horizon's: the
    provisions that joined them through a relation join here too, where they apply."""
    side_a = refs_a if isinstance(refs_a, SideIndex) else SideIndex.of(refs_a, prefix)
    side_b = refs_b if isinstance(refs_b, SideIndex) else SideIndex.of(refs_b, prefix)
    units = {}
    for topic, unit_id in sorted(unit_ids(topics).items()):
        a, b = list(side_a.own.get(topic, ())), list(side_b.own.get(topic, ()))
        if a and not b:
            b = [replace(ref, via="subtree") for ref in side_b.below.get(topic, ())]
        elif b and not a:
            a = [replace(ref, via="subtree") for ref in side_a.below.get(topic, ())]
        if a and not b:
            b = related(a, side_b.by_id, relations, min_strength)
        elif b and not a:
            a = related(b, side_a.by_id, relations, min_strength)
        if adopted is not None and unit_id in adopted:
            a += _joined(adopted[unit_id].a, side_a)
            b += _joined(adopted[unit_id].b, side_b)
        units[unit_id] = Unit(unit_id, topic, tuple(_unique(a)), tuple(_unique(b)))
    return units


def related(
    refs: Sequence[ProvisionRef],
    candidates: dict[str, ProvisionRef],
    relations: RelationIndex,
    min_strength: int,
) -> list[ProvisionRef]:
    """The candidates a curated relation of at least ``min_strength`` links to one of ``refs``."""
    found = []
    linked = relations.linked(min_strength)
    for ref in refs:
        if ref.id not in linked:
            continue
        for other, used in sorted(relations.neighbours(ref.id).items()):
            if other not in candidates or used.relation.strength < min_strength:
                continue
            if set(candidates[other].provision.topics) & set(ref.provision.topics):
                # The two already meet under a topic both are filed under; joined here as well,
                # one side's nearest rule reads as its rule on this topic (round 22, EU-KR: Korea's
                # prior review of high-impact status, which meets the EU's not-high-risk finding
                # under self-assessment, was also Korea's 'registration').
                continue
            found.append(replace(candidates[other], via="relation"))
    return found


def _joined(refs: Sequence[ProvisionRef], side: SideIndex) -> list[ProvisionRef]:
    """The provisions that joined a unit as adopted through a relation and apply at this horizon,
    as they stand at it."""
    return [
        replace(side.by_id[r.id], via=r.via)
        for r in refs
        if r.via == "relation" and r.id in side.by_id
    ]


def _unique(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref.id not in seen:
            seen.add(ref.id)
            out.append(ref)
    return out
