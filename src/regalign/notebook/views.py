"""What results offer a notebook: records, dicts, DataFrames, and a short repr and HTML view.

The result types of ``comparisons/`` are plain data. The notebook functions (``regalign.compare()``
and friends) return them as the view types below: subclasses that add ``to_records()``,
``to_dict()``, ``to_frame()``, a short ``repr`` and ``_repr_html_()`` and nothing else, so a view is
still the plain result (``isinstance`` holds, every field and property is there) and any function of
the core takes it. pandas is imported only inside ``to_frame()``, so the core never needs it (install
the ``pandas`` extra: ``pip install 'regalign[pandas]'``). ``to_dict()`` returns the documented JSON
shape of docs/cli.md as plain Python values (dates as ISO strings).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, overload

from regalign.comparisons import explain, matrix, results
from regalign.comparisons import mappings as plain_mappings
from regalign.notebook import nested
from regalign.notebook.common import PandasUnavailable, _html_table, _pandas, _plain, _round
from regalign.reports import shapes


def _pinpoints(refs: Any) -> str:
    return "; ".join(f"{r.framework.short_title} {r.pinpoint}" for r in refs)


__all__ = ["PandasUnavailable", "view"]  # and the view types below


class Comparison(results.Comparison):
    """A comparison of two sides at a date (plain data, see comparisons/results.py), with
    to_records / to_dict / to_frame, a short repr and an HTML view.

    In records and frames a verdict names the sides ('only KR', not 'only-b'), a score is missing
    (None, NaN in a frame) where one side has no rule, and ``adopted_from`` is a date."""

    def verdicts(self) -> list[str]:
        """Every verdict label of this comparison, from least to most aligned (the frame's order)."""
        a, b = self.side_a.spec, self.side_b.spec
        return nested.verdict_labels(a, b)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per unit: scores and verdicts at both horizons and each side's pinpoints now."""
        a, b = self.side_a.spec, self.side_b.spec
        rows = []
        for t in self.topics:
            rows.append(
                {
                    "unit": t.unit_id,
                    "topic": t.topic_id,
                    "label": t.label,
                    "weight": t.weight,
                    "score": _round(nested.score_or_none(t.now)),
                    "score_low": _round(t.now.score_low) if t.now.scored else None,
                    "score_high": _round(t.now.score_high) if t.now.scored else None,
                    "verdict": nested.verdict_label(t.now.verdict, a, b),
                    "borderline": t.now.fragile,
                    "score_adopted": _round(nested.score_or_none(t.adopted)),
                    "verdict_adopted": nested.verdict_label(t.adopted.verdict, a, b),
                    "adopted_from": t.adopted_from.isoformat() if t.adopted_from else None,
                    "a_provisions": _pinpoints(t.now.stance_a),
                    "b_provisions": _pinpoints(t.now.stance_b),
                    "caps": ", ".join(c.name for c in t.now.caps),
                }
            )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign compare --format json``) as Python values."""
        return _plain(shapes.comparison_json(self))

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`, indexed by unit id: verdicts as ordered
        categories (least aligned first), missing scores as NaN, ``adopted_from`` as a datetime."""
        pandas = _pandas()
        frame = pandas.DataFrame.from_records(self.to_records(), index="unit")
        order = pandas.CategoricalDtype(self.verdicts(), ordered=True)
        for column in ("verdict", "verdict_adopted"):
            frame[column] = frame[column].astype(order)
        for column in ("score", "score_low", "score_high", "score_adopted"):
            frame[column] = frame[column].astype("float64")
        frame["adopted_from"] = pandas.to_datetime(frame["adopted_from"])
        return frame

    def __repr__(self) -> str:
        index = "n/a" if self.index is None else f"{self.index:.2f}"
        return (
            f"<Comparison {self.side_a.spec} vs {self.side_b.spec} as of {self.as_of.isoformat()}: "
            f"index {index}, {len(self.topics)} units>"
        )

    def _repr_html_(self) -> str:
        records = self.to_records()
        header = ["unit", "score", "verdict", "verdict_adopted", "a_provisions", "b_provisions"]
        return _html_table(repr(self), header, [[r[h] for h in header] for r in records])


class Explanation(explain.Explanation):
    """How one topic's score arises (plain data, see comparisons/explain.py), with repr, HTML,
    records, dict and DataFrame."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per unit and dimension: values, weight, similarity and contribution now."""
        rows = []
        for t in self.topics:
            for d in t.now.dimensions:
                rows.append(
                    {
                        "unit": t.unit_id,
                        "dimension": d.name,
                        "a": d.value_a,
                        "b": d.value_b,
                        "weight": d.weight,
                        "similarity": _round(d.similarity),
                        "contribution": _round(d.contribution),
                    }
                )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign explain --format json``) as Python values."""
        return _plain(shapes.explanation_json(self))

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`."""
        return _pandas().DataFrame.from_records(self.to_records())

    def __repr__(self) -> str:
        return (
            f"<Explanation of {self.topic_id} ({self.label}) for {self.comparison.side_a.spec} vs "
            f"{self.comparison.side_b.spec}: {len(self.topics)} units>"
        )

    def _repr_html_(self) -> str:
        records = self.to_records()
        header = ["unit", "dimension", "a", "b", "weight", "similarity", "contribution"]
        return _html_table(repr(self), header, [[r[h] for h in header] for r in records])


class IndexMatrix(matrix.IndexMatrix):
    """The alignment index of every pair of sides, with records (one per ordered pair), dict, a square
    DataFrame, repr and HTML."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per ordered pair of sides: ``{"a", "b", "index"}``."""
        return [
            {"a": a, "b": b, "index": _round(value)}
            for a, row in zip(self.specs, self.values)
            for b, value in zip(self.specs, row)
        ]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign matrix --format json``) as Python values."""
        return _plain(shapes.index_matrix_json(self))

    def to_frame(self) -> Any:
        """A square pandas DataFrame: sides as index and columns, the index (now) in the cells."""
        specs = list(self.specs)
        return _pandas().DataFrame(
            [[_round(v) for v in row] for row in self.values],
            index=specs,
            columns=specs,
        )

    def __repr__(self) -> str:
        return f"<IndexMatrix {' '.join(self.specs)} as of {self.as_of.isoformat()}>"

    def _repr_html_(self) -> str:
        return _html_table(
            repr(self),
            ["", *self.specs],
            [[a, *(_round(v, 2) for v in row)] for a, row in zip(self.specs, self.values)],
        )


class StanceMatrix(matrix.StanceMatrix):
    """Each side's stance on every topic, with records (one per topic and side), dict, DataFrame, repr
    and HTML."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per topic and side: provisions, force and intensity (0 / None where silent)."""
        rows = []
        for topic in self.topics:
            for side in self.sides:
                cell = self.cells.get((topic, side.spec))
                rows.append(
                    {
                        "topic": topic,
                        "label": self.labels[topic],
                        "side": side.spec,
                        "provisions": cell.count if cell else 0,
                        "force": cell.force if cell else None,
                        "intensity": cell.intensity if cell else None,
                    }
                )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign matrix --by topic --format json``) as Python values."""
        return _plain(shapes.stance_matrix_json(self))

    def to_frame(self) -> Any:
        """A long (tidy) pandas DataFrame of :meth:`to_records`; pivot it for a topic x side grid."""
        return _pandas().DataFrame.from_records(self.to_records())

    def __repr__(self) -> str:
        sides = " ".join(s.spec for s in self.sides)
        return f"<StanceMatrix {sides} as of {self.as_of.isoformat()}: {len(self.topics)} topics>"

    def _repr_html_(self) -> str:
        header = ["topic", *(s.spec for s in self.sides)]
        rows = []
        for topic in self.topics:
            cells = [self.cells.get((topic, s.spec)) for s in self.sides]
            rows.append(
                [topic, *(f"{c.count} · {c.force} · {c.intensity}" if c else "—" for c in cells)]
            )
        return _html_table(repr(self), header, rows)


class MappingSelection(plain_mappings.MappingSelection):
    """Curated relations chosen for export (plain data, see comparisons/mappings.py), with the OSCAL
    and SSSOM texts, records, a DataFrame and a short repr."""

    def to_oscal(self) -> str:
        """The OSCAL 1.2 mapping collection (JSON text) that ``regalign export oscal-mapping`` writes."""
        from regalign.reports.oscal import render_oscal

        return render_oscal(self)

    def to_sssom(self) -> str:
        """The SSSOM/TSV text that ``regalign export sssom`` writes."""
        from regalign.reports.sssom import render_sssom

        return render_sssom(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per relation, with its provenance."""
        return [
            {
                "crosswalk": r.crosswalk.id,
                "source": r.source_id,
                "target": r.target_id,
                "relation": r.relation,
                "rationale": r.rationale,
                "strength": r.strength,
                "opposite": r.opposite,
                "curation": r.curation,
                "curator": r.crosswalk.curator,
                "checked": r.checked.isoformat(),
                "imported_from": r.crosswalk.imported_from,
                "justification": r.justification,
            }
            for r in self.rows
        ]

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records` (needs the ``pandas`` extra)."""
        return _pandas().DataFrame.from_records(self.to_records())

    def __repr__(self) -> str:
        return f"<MappingSelection {self.key}: {len(self.rows)} relations>"

    def _repr_html_(self) -> str:
        header = ["crosswalk", "source", "target", "relation", "strength"]
        records = self.to_records()
        return _html_table(repr(self), header, [[r[h] for h in header] for r in records])


VIEWS: dict[type, type] = {
    results.Comparison: Comparison,
    explain.Explanation: Explanation,
    matrix.IndexMatrix: IndexMatrix,
    matrix.StanceMatrix: StanceMatrix,
    plain_mappings.MappingSelection: MappingSelection,
}
nested.equal_as_plain(VIEWS)
Result = TypeVar("Result")


@overload
def view(result: results.Comparison) -> Comparison: ...
@overload
def view(result: explain.Explanation) -> Explanation: ...
@overload
def view(result: matrix.IndexMatrix) -> IndexMatrix: ...
@overload
def view(result: matrix.StanceMatrix) -> StanceMatrix: ...
@overload
def view(result: plain_mappings.MappingSelection) -> MappingSelection: ...
@overload
def view(result: Result) -> Result: ...
def view(result: object) -> object:
    """The result as its view type (the same fields, with the notebook methods); other values as they are.

    Each view is a subclass of its plain type, so ``isinstance(view, plain type)`` holds and every
    function of the core takes it. The units, pairs, provisions and sides inside a comparison become
    views too (``notebook/nested.py``): short reprs all the way down.
    """
    shown = VIEWS.get(type(result))
    if shown is None:
        return result
    fields = dataclasses.fields(result)  # type: ignore[arg-type]  # a key of VIEWS: a dataclass
    values = {f.name: getattr(result, f.name) for f in fields}
    comparison = values.get("comparison", result)
    if isinstance(comparison, results.Comparison):
        sides = (comparison.side_a.spec, comparison.side_b.spec)
        memo: dict[int, Any] = {}
        if "comparison" in values:
            values["comparison"] = view(comparison)
        values = {
            name: value if name == "comparison" else nested.deep_view(value, sides, memo)
            for name, value in values.items()
        }
    made = shown(**{f.name: values[f.name] for f in fields if f.init})
    for f in fields:
        if not f.init:  # (a field the constructor does not take is copied as it is)
            object.__setattr__(made, f.name, values[f.name])
    return made
