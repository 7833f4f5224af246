"""Curated relations chosen for a standard crosswalk export (OSCAL mapping collection, SSSOM).

Pure selection over the corpus, with plain results: the exports render a selection in
``reports/oscal.py`` and ``reports/sssom.py``; the notebook view (``to_oscal()``, ``to_frame()``)
lives in ``notebook/views.py``.

A selection is either every relation of one crosswalk, or the relations between two sides (source
in side A, target in side B; a relation written the other way round is turned round and its
relation type inverted, subset-of <-> superset-of), or, with neither, every relation in the corpus.
Rows are sorted, so the same corpus and selection give the same export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from regalign.comparisons.sides import SideError, resolve_side, suggest
from regalign.frameworks.corpus import Corpus
from regalign.schema.records import CrosswalkInfo, Framework, Provision

INVERSE = {"subset-of": "superset-of", "superset-of": "subset-of"}
CURATED = "curated"
IMPORTED = "imported"


class SelectionError(ValueError):
    """A crosswalk id that the corpus does not hold, or a selection that is not well formed."""


@dataclass(frozen=True)
class MappingRow:
    """One curated relation as exported: source and target provisions, judgement and provenance."""

    crosswalk: CrosswalkInfo
    source_id: str
    target_id: str
    source_framework: Framework
    target_framework: Framework
    source: Provision
    target: Provision
    relation: str
    rationale: str
    strength: int
    justification: str
    opposite: bool
    turned: bool  # written target -> source in the crosswalk file, turned round for this selection

    @property
    def curation(self) -> str:
        """'imported' when the crosswalk names where it was imported from, else 'curated' (by this project)."""
        return IMPORTED if self.crosswalk.imported_from else CURATED

    @property
    def checked(self) -> date:
        """When the crosswalk's relations were last reviewed."""
        return self.crosswalk.checked


@dataclass(frozen=True, repr=False)
class MappingSelection:
    """The rows of an export and a stable key naming what was selected."""

    key: str
    title: str
    rows: tuple[MappingRow, ...]

    @property
    def crosswalks(self) -> tuple[CrosswalkInfo, ...]:
        """The crosswalks the rows come from, sorted by id."""
        found = {row.crosswalk.id: row.crosswalk for row in self.rows}
        return tuple(found[key] for key in sorted(found))

    @property
    def last_checked(self) -> date | None:
        """The latest review date among the rows' crosswalks."""
        return max((c.checked for c in self.crosswalks), default=None)


def select_mappings(
    corpus: Corpus, sides: Sequence[str] = (), crosswalk: str | None = None
) -> MappingSelection:
    """Choose relations by crosswalk id, by two sides, or all; raises SelectionError or SideError."""
    if crosswalk is not None and sides:
        raise SelectionError("give either two sides or --crosswalk, not both")
    if sides and len(sides) != 2:
        raise SelectionError(f"give exactly two sides (got {len(sides)})")
    if crosswalk is not None and crosswalk not in corpus.crosswalk_info:
        hint = suggest(crosswalk, corpus.crosswalk_info)
        more = f"; did you mean {' or '.join(repr(h) for h in hint)}?" if hint else ""
        raise SelectionError(f"no crosswalk {crosswalk!r} in the corpus{more}")
    if sides:
        side_a = resolve_side(corpus, sides[0], [sides[1]])
        side_b = resolve_side(corpus, sides[1], [sides[0]])
        a_ids, b_ids = set(side_a.framework_ids), set(side_b.framework_ids)
        key, title = f"sides:{sides[0]}:{sides[1]}", f"{side_a.label} to {side_b.label}"
    else:
        a_ids = b_ids = set()
        key = f"crosswalk:{crosswalk}" if crosswalk else "all"
        title = corpus.crosswalks[crosswalk] if crosswalk else "All curated crosswalks"
    rows: list[MappingRow] = []
    for item in corpus.relations:
        if crosswalk is not None and item.crosswalk_id != crosswalk:
            continue
        rel = item.relation
        source, target, turned = rel.source, rel.target, False
        if sides:
            s_fw, t_fw = source.partition("/")[0], target.partition("/")[0]
            if s_fw in a_ids and t_fw in b_ids:
                pass
            elif s_fw in b_ids and t_fw in a_ids:
                source, target, turned = target, source, True
            else:
                continue
        kind = rel.relation.value
        rows.append(
            MappingRow(
                crosswalk=corpus.crosswalk_info[item.crosswalk_id],
                source_id=source,
                target_id=target,
                source_framework=corpus.framework_of(source),
                target_framework=corpus.framework_of(target),
                source=corpus.provisions[source],
                target=corpus.provisions[target],
                relation=INVERSE.get(kind, kind) if turned else kind,
                rationale=rel.rationale.value,
                strength=rel.strength,
                justification=rel.justification,
                opposite=rel.opposite,
                turned=turned,
            )
        )
    rows.sort(key=lambda r: (r.crosswalk.id, r.source_id, r.target_id, r.relation))
    return MappingSelection(key=key, title=title, rows=tuple(rows))


__all__ = [
    "CURATED",
    "IMPORTED",
    "MappingRow",
    "MappingSelection",
    "SelectionError",
    "SideError",
    "select_mappings",
]
