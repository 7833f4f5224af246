"""Curated relations indexed for stance-to-stance lookups, without looping over provision pairs."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from regalign.comparisons.results import RelationUsed
from regalign.frameworks.corpus import Corpus


class RelationIndex:
    """Provision id -> its curated neighbours, keeping the strongest relation per pair."""

    def __init__(self, corpus: Corpus) -> None:
        self._neighbours: dict[str, dict[str, RelationUsed]] = {}
        self._linked: dict[int, frozenset[str]] = {}
        for item in corpus.relations:
            source, target = item.relation.source, item.relation.target
            used = RelationUsed(item.crosswalk_id, item.relation)
            for a, b in ((source, target), (target, source)):
                current = self._neighbours.setdefault(a, {}).get(b)
                if current is None or _rank(used) > _rank(current):
                    self._neighbours[a][b] = used
        self._known = frozenset(self._neighbours)  # provisions with any relation at all

    def linked(self, min_strength: int) -> frozenset[str]:
        """Provisions with at least one relation of this strength or more (to skip the rest quickly)."""
        if min_strength not in self._linked:
            self._linked[min_strength] = frozenset(
                pid
                for pid, others in self._neighbours.items()
                if any(u.relation.strength >= min_strength for u in others.values())
            )
        return self._linked[min_strength]

    def neighbours(self, provision_id: str) -> dict[str, RelationUsed]:
        """Curated neighbours of a provision and the relation to each."""
        return self._neighbours.get(provision_id, {})

    def counterpart_in(self, provision_id: str, others: frozenset[str]) -> bool:
        """Whether a curated relation (strength 1 or more, or opposite) joins the provision to one
        of ``others``; a relation judged 'not related' joins nothing."""
        return any(
            other in others and (used.relation.strength >= 1 or used.relation.opposite)
            for other, used in self.neighbours(provision_id).items()
        )

    def best(
        self, stance_a: frozenset[str], stance_b: frozenset[str]
    ) -> tuple[float | None, tuple[RelationUsed, ...]]:
        """Strongest relation between the stances (strength / 10) and the relations behind it.

        A provision on both sides (a bilateral treaty) is its own counterpart and counts as 1.
        None when no relation links the stances.
        """
        if not stance_a.isdisjoint(stance_b):
            return 1.0, ()
        small, large = (
            (stance_a, stance_b) if len(stance_a) <= len(stance_b) else (stance_b, stance_a)
        )
        if small.isdisjoint(
            self._known
        ):  # most stances of a large matrix: one C call instead of a loop
            return None, ()
        found: list[RelationUsed] = []
        for provision_id in small:
            for other, used in self.neighbours(provision_id).items():
                if other in large:
                    found.append(used)
        if not found:
            return None, ()
        found.sort(
            key=lambda u: (
                -u.relation.strength,
                u.relation.source,
                u.relation.target,
                u.relation.rationale.value,
            )
        )
        return found[0].relation.strength / 10, tuple(found)

    def has_counterpart(self, provision_id: str, others: AbstractSet[str]) -> bool:
        """Whether a curated relation of strength 1 or more links the provision to one of ``others``."""
        return any(
            other in others and used.relation.strength >= 1
            for other, used in self.neighbours(provision_id).items()
        )


def _rank(used: RelationUsed) -> tuple[int, str]:
    return used.relation.strength, used.relation.rationale.value
