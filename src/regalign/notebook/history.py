"""Results over time and across pairs, for a notebook: the alignment timeline, the diff between two
dates, and a topic x pair table.

``Timeline`` and ``Diff`` are plain data with the same notebook methods as the other views
(``to_records()``, ``to_frame()``, a one-line repr, an HTML table). Dates are real dates in frames,
verdicts name the sides, and a score is missing where one side has no rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from regalign.comparisons import results
from regalign.comparisons.history import TimePoint, UnitChange
from regalign.notebook import nested
from regalign.notebook.common import _html_table, _pandas, _round

ONE_SIDED = (*results.ONE_SIDED, results.NOT_YET)


@dataclass(frozen=True)
class Timeline:
    """The alignment index and verdict counts on every date a rule of either side starts or stops
    applying (``points``, plain ``TimePoint`` values, oldest first)."""

    a: str
    b: str
    points: tuple[TimePoint, ...]

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per date: the index, the count of each verdict (named with the sides), and what
        starts or stops applying."""
        rows = []
        for point in self.points:
            row: dict[str, Any] = {"date": point.date.isoformat(), "index": _round(point.index)}
            for verdict, count in point.verdicts.items():
                row[nested.verdict_label(verdict, self.a, self.b)] = count
            row["changes"] = "; ".join(
                f"{c.framework} ({len(c.pinpoints)} {'start' if c.starts else 'stop'})"
                for c in point.changes
            )
            rows.append(row)
        return rows

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`, indexed by date (datetime)."""
        pandas = _pandas()
        frame = pandas.DataFrame.from_records(self.to_records())
        frame["date"] = pandas.to_datetime(frame["date"])
        return frame.set_index("date")

    def __repr__(self) -> str:
        known = [p for p in self.points if p.index is not None]
        span = (
            f": index {known[0].index:.2f} on {known[0].date.isoformat()} → {known[-1].index:.2f} "
            f"on {known[-1].date.isoformat()}"
            if known
            else ""
        )
        return f"<Timeline {self.a} vs {self.b}, {len(self.points)} dates{span}>"

    def _repr_html_(self) -> str:
        rows = [[r["date"], r["index"], r["changes"]] for r in self.to_records()]
        return _html_table(repr(self), ["date", "index", "what starts or stops"], rows)


@dataclass(frozen=True)
class Diff:
    """What changed between two dates: both comparisons and the units whose verdict changed."""

    before: results.Comparison
    after: results.Comparison
    changes: tuple[UnitChange, ...]

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per changed unit: verdicts and scores on both dates (None where one side is
        silent), and the provisions that started or stopped applying."""
        a, b = self.before.side_a.spec, self.before.side_b.spec
        return [
            {
                "unit": c.unit_id,
                "label": c.label,
                "before": nested.verdict_label(c.before, a, b),
                "after": nested.verdict_label(c.after, a, b),
                "score_before": None if c.before in ONE_SIDED else _round(c.score_before),
                "score_after": None if c.after in ONE_SIDED else _round(c.score_after),
                "started": "; ".join(c.started),
                "stopped": "; ".join(c.stopped),
            }
            for c in self.changes
        ]

    def to_frame(self) -> Any:
        """A pandas DataFrame of :meth:`to_records`, indexed by unit id; verdicts as ordered
        categories, missing scores as NaN."""
        pandas = _pandas()
        frame = pandas.DataFrame.from_records(
            self.to_records(),
            index="unit",
            columns=[
                "unit",
                "label",
                "before",
                "after",
                "score_before",
                "score_after",
                "started",
                "stopped",
            ],
        )
        order = pandas.CategoricalDtype(
            nested.verdict_labels(self.before.side_a.spec, self.before.side_b.spec), ordered=True
        )
        for column in ("before", "after"):
            frame[column] = frame[column].astype(order)
        for column in ("score_before", "score_after"):
            frame[column] = frame[column].astype("float64")
        return frame

    def __repr__(self) -> str:
        return (
            f"<Diff {self.before.side_a.spec} vs {self.before.side_b.spec} "
            f"{self.before.as_of.isoformat()} → {self.after.as_of.isoformat()}: "
            f"{len(self.changes)} units changed verdict>"
        )

    def _repr_html_(self) -> str:
        header = ["unit", "before", "after", "started", "stopped"]
        return _html_table(repr(self), header, [[r[h] for h in header] for r in self.to_records()])


VALUES = ("score", "score_adopted", "verdict", "verdict_adopted")


def topic_frame(comparisons: Sequence[results.Comparison], value: str = "score") -> Any:
    """A pandas DataFrame with one row per unit (its id, then its label) and one column per pair
    ('EU vs KR'): the score (NaN where one side is silent or neither addresses the unit) or the
    verdict (named with that pair's sides), now or as adopted."""
    if value not in VALUES:
        raise ValueError(f"value must be one of {', '.join(VALUES)}, not {value!r}")
    pandas = _pandas()
    labels: dict[str, str] = {}
    columns: dict[str, dict[str, Any]] = {}
    for result in comparisons:
        a, b = result.side_a.spec, result.side_b.spec
        column = columns.setdefault(f"{a} vs {b}", {})
        for unit in result.topics:
            labels.setdefault(unit.unit_id, unit.label)
            assessed = unit.adopted if value.endswith("_adopted") else unit.now
            if value.startswith("score"):
                column[unit.unit_id] = nested.score_or_none(assessed)
            else:
                column[unit.unit_id] = nested.verdict_label(assessed.verdict, a, b)
    order = sorted(labels)
    frame = pandas.DataFrame(
        {"label": [labels[u] for u in order]}
        | {name: [found.get(u) for u in order] for name, found in columns.items()},
        index=pandas.Index(order, name="unit"),
    )
    if value.startswith("score"):
        for name in columns:
            frame[name] = frame[name].astype("float64")
    return frame
