"""What results offer a notebook: records, dicts, DataFrames, and a short repr and HTML view.

The result types mix these classes in. pandas is imported only inside ``to_frame()``, so the core
never needs it (install the ``pandas`` extra: ``pip install 'regalign[pandas]'``). ``to_dict()``
returns the documented JSON shape of docs/cli.md as plain Python values (dates as ISO strings).
"""

from __future__ import annotations

from typing import Any

from regalign.sanitize import html_text

MAX_HTML_ROWS = 200


class PandasUnavailable(ImportError):
    """pandas is not installed (install the 'pandas' extra)."""


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise PandasUnavailable("to_frame() needs pandas: pip install 'regalign[pandas]'") from exc
    return pandas


def _plain(payload: Any) -> Any:
    from regalign.comparisons.shapes import plain

    return plain(payload)


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _html_table(caption: str, header: list[str], rows: list[list[Any]]) -> str:
    # html_text cleans before it escapes: no ESC, BEL, bidirectional or tag character reaches the page.
    head = "".join(f"<th>{html_text(str(h))}</th>" for h in header)
    body = []
    for row in rows[:MAX_HTML_ROWS]:
        cells = "".join(f"<td>{'' if v is None else html_text(str(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    more = (
        f"<p>… {len(rows) - MAX_HTML_ROWS} more rows: use to_frame()</p>"
        if len(rows) > MAX_HTML_ROWS
        else ""
    )
    return (
        f"<div><strong>{html_text(caption)}</strong><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>{more}</div>"
    )


def _pinpoints(refs: Any) -> str:
    return "; ".join(f"{r.framework.short_title} {r.pinpoint}" for r in refs)


class ComparisonView:
    """to_records / to_dict / to_frame, repr and HTML for :class:`Comparison`."""

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per unit: scores and verdicts at both horizons and each side's pinpoints now."""
        rows = []
        for t in self.topics:  # type: ignore[attr-defined]
            rows.append(
                {
                    "unit": t.unit_id,
                    "topic": t.topic_id,
                    "label": t.label,
                    "weight": t.weight,
                    "score": _round(t.now.score),
                    "score_low": _round(t.now.score_low),
                    "score_high": _round(t.now.score_high),
                    "verdict": t.now.verdict,
                    "fragile": t.now.fragile,
                    "score_adopted": _round(t.adopted.score),
                    "verdict_adopted": t.adopted.verdict,
                    "adopted_from": t.adopted_from.isoformat() if t.adopted_from else None,
                    "a_provisions": _pinpoints(t.now.stance_a),
                    "b_provisions": _pinpoints(t.now.stance_b),
                    "caps": ", ".join(c.name for c in t.now.caps),
                }
            )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign compare --format json``) as Python values."""
        from regalign.comparisons.shapes import comparison_json

        return _plain(comparison_json(self))  # type: ignore[arg-type]

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`, indexed by unit id."""
        return _pandas().DataFrame.from_records(self.to_records(), index="unit")

    def __repr__(self) -> str:
        index = "n/a" if self.index is None else f"{self.index:.2f}"  # type: ignore[attr-defined]
        return (
            f"<Comparison {self.side_a.spec} vs {self.side_b.spec} as of {self.as_of.isoformat()}: "  # type: ignore[attr-defined]
            f"index {index}, {len(self.topics)} units>"
        )  # type: ignore[attr-defined]

    def _repr_html_(self) -> str:
        records = self.to_records()
        header = ["unit", "score", "verdict", "verdict_adopted", "a_provisions", "b_provisions"]
        return _html_table(repr(self), header, [[r[h] for h in header] for r in records])


class ExplanationView:
    """Repr, HTML, records and dict for :class:`Explanation`."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per unit and dimension: values, weight, similarity and contribution now."""
        rows = []
        for t in self.topics:  # type: ignore[attr-defined]
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
        from regalign.comparisons.shapes import explanation_json

        return _plain(explanation_json(self))  # type: ignore[arg-type]

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`."""
        return _pandas().DataFrame.from_records(self.to_records())

    def __repr__(self) -> str:
        return (
            f"<Explanation of {self.topic_id} ({self.label}) for {self.comparison.side_a.spec} vs "  # type: ignore[attr-defined]
            f"{self.comparison.side_b.spec}: {len(self.topics)} units>"
        )  # type: ignore[attr-defined]

    def _repr_html_(self) -> str:
        records = self.to_records()
        header = ["unit", "dimension", "a", "b", "weight", "similarity", "contribution"]
        return _html_table(repr(self), header, [[r[h] for h in header] for r in records])


class IndexMatrixView:
    """Records (one per ordered pair), dict, square DataFrame, repr and HTML for :class:`IndexMatrix`."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per ordered pair of sides: ``{"a", "b", "index"}``."""
        return [
            {"a": a, "b": b, "index": _round(value)}
            for a, row in zip(self.specs, self.values)
            for b, value in zip(self.specs, row)
        ]  # type: ignore[attr-defined]

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign matrix --format json``) as Python values."""
        from regalign.comparisons.shapes import index_matrix_json

        return _plain(index_matrix_json(self))  # type: ignore[arg-type]

    def to_frame(self) -> Any:
        """A square pandas DataFrame: sides as index and columns, the index (now) in the cells."""
        specs = list(self.specs)  # type: ignore[attr-defined]
        return _pandas().DataFrame(
            [[_round(v) for v in row] for row in self.values],  # type: ignore[attr-defined]
            index=specs,
            columns=specs,
        )

    def __repr__(self) -> str:
        return f"<IndexMatrix {' '.join(self.specs)} as of {self.as_of.isoformat()}>"  # type: ignore[attr-defined]

    def _repr_html_(self) -> str:
        return _html_table(
            repr(self),
            ["", *self.specs],  # type: ignore[attr-defined]
            [[a, *(_round(v, 2) for v in row)] for a, row in zip(self.specs, self.values)],
        )  # type: ignore[attr-defined]


class StanceMatrixView:
    """Records (one per topic and side), dict, DataFrame, repr and HTML for :class:`StanceMatrix`."""

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per topic and side: provisions, force and intensity (0 / None where silent)."""
        rows = []
        for topic in self.topics:  # type: ignore[attr-defined]
            for side in self.sides:  # type: ignore[attr-defined]
                cell = self.cells.get((topic, side.spec))  # type: ignore[attr-defined]
                rows.append(
                    {
                        "topic": topic,
                        "label": self.labels[topic],
                        "side": side.spec,  # type: ignore[attr-defined]
                        "provisions": cell.count if cell else 0,
                        "force": cell.force if cell else None,
                        "intensity": cell.intensity if cell else None,
                    }
                )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (``regalign matrix --by topic --format json``) as Python values."""
        from regalign.comparisons.shapes import stance_matrix_json

        return _plain(stance_matrix_json(self))  # type: ignore[arg-type]

    def to_frame(self) -> Any:
        """A long (tidy) pandas DataFrame of :meth:`to_records`; pivot it for a topic x side grid."""
        return _pandas().DataFrame.from_records(self.to_records())

    def __repr__(self) -> str:
        sides = " ".join(s.spec for s in self.sides)  # type: ignore[attr-defined]
        return f"<StanceMatrix {sides} as of {self.as_of.isoformat()}: {len(self.topics)} topics>"  # type: ignore[attr-defined]

    def _repr_html_(self) -> str:
        header = ["topic", *(s.spec for s in self.sides)]  # type: ignore[attr-defined]
        rows = []
        for topic in self.topics:  # type: ignore[attr-defined]
            cells = [self.cells.get((topic, s.spec)) for s in self.sides]  # type: ignore[attr-defined]
            rows.append(
                [topic, *(f"{c.count} · {c.force} · {c.intensity}" if c else "—" for c in cells)]
            )
        return _html_table(repr(self), header, rows)
