"""Figures as SVG text, without plotting libraries: the divergence heatmap and the alignment-over-time chart.

Output depends only on the inputs (fixed number formats, no ids or timestamps), so the same
comparison gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from regalign.comparisons.results import Comparison
from regalign.sanitize import html_text as escape  # the one HTML escaping path
from regalign.schema.method import DIMENSIONS

# Red (0) - amber (0.5) - green (1), as a list of stops.
STOPS = ((0.0, (215, 48, 39)), (0.5, (254, 224, 139)), (1.0, (26, 152, 80)))
MISSING = "#d9d9d9"


def colour(value: float | None) -> str:
    """The heatmap colour of a similarity in [0, 1]; grey when it does not apply."""
    if value is None:
        return MISSING
    value = min(1.0, max(0.0, value))
    for (low, c_low), (high, c_high) in zip(STOPS, STOPS[1:]):
        if value <= high:
            t = (value - low) / (high - low)
            rgb = tuple(round(a + (b - a) * t) for a, b in zip(c_low, c_high))
            return "#{:02x}{:02x}{:02x}".format(*rgb)
    return "#{:02x}{:02x}{:02x}".format(*STOPS[-1][1])


def heatmap(result: Comparison, horizon: str = "adopted") -> str:
    """Unit x dimension similarities (and the score) at a horizon; one-sided units show the score only."""
    columns = [*(d.replace("_", " ") for d in DIMENSIONS), "score"]
    units = list(result.topics)
    label_width, cell, header = 300, 26, 110
    width = label_width + cell * len(columns) + 10
    height = header + cell * max(1, len(units)) + 10
    title = (
        f"{escape(result.side_a.label)} and {escape(result.side_b.label)}: similarity on each dimension, "
        f"{'as adopted' if horizon == 'adopted' else 'today'} (grey: does not apply or one side silent)"
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{title}" class="heatmap">',
        f"<title>{title}</title>",
        "<style>text{font:11px sans-serif;fill:#222}</style>",
    ]
    for j, name in enumerate(columns):
        x = label_width + cell * j + cell // 2
        out.append(
            f'<text transform="translate({x},{header - 6}) rotate(-55)">{escape(name)}</text>'
        )
    for i, unit in enumerate(units):
        assessed = unit.adopted if horizon == "adopted" else unit.now
        y = header + cell * i
        name = unit.unit_id.replace("#general", " (general)")
        out.append(
            f'<text x="{label_width - 6}" y="{y + cell * 0.68:.1f}" text-anchor="end">{escape(name)}</text>'
        )
        sims = {d.name: d.similarity for d in assessed.dimensions}
        values = [sims.get(d) for d in DIMENSIONS] + [assessed.score if assessed.counts else None]
        for j, value in enumerate(values):
            shown = "—" if value is None else f"{value:.2f}"
            out.append(
                f'<rect x="{label_width + cell * j}" y="{y}" width="{cell - 1}" height="{cell - 1}" '
                f'fill="{colour(value)}"><title>{escape(name)}, {escape(columns[j])}: {shown}</title></rect>'
            )
    out.append("</svg>")
    return "\n".join(out)


def step_chart(
    points: Sequence[tuple[date, float | None]], title: str, today: date | None = None
) -> str:
    """The index as a step chart over the dates it changes (a vertical line marks today)."""
    known: list[tuple[date, float]] = [(d, v) for d, v in points if v is not None]
    width, height, left, bottom, top, right = 720, 300, 50, 40, 30, 20
    if not known:
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(title)}"><title>{escape(title)}</title></svg>'
        )
    first, last = (
        known[0][0].toordinal(),
        max(known[-1][0].toordinal(), (today or known[-1][0]).toordinal()),
    )
    span = max(1, last - first)

    def x(day: date) -> float:
        return left + (width - left - right) * (day.toordinal() - first) / span

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - value)

    path = []
    for (day, value), nxt in zip(known, [*known[1:], (date.fromordinal(last), known[-1][1])]):
        path.append(f"M{x(day):.1f},{y(value):.1f}H{x(nxt[0]):.1f}")
        if nxt[1] != value:
            path.append(f"M{x(nxt[0]):.1f},{y(value):.1f}V{y(nxt[1]):.1f}")
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        "<style>text{font:11px sans-serif;fill:#222}</style>",
    ]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="#ddd"/>'
        )
        out.append(
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.2f}</text>'
        )
    for day, value in known:
        out.append(
            f'<circle cx="{x(day):.1f}" cy="{y(value):.1f}" r="3" fill="#1a6fb0">'
            f"<title>{day.isoformat()}: {value:.2f}</title></circle>"
        )
    out.append(f'<path d="{" ".join(path)}" stroke="#1a6fb0" stroke-width="2" fill="none"/>')
    if today is not None:
        out.append(
            f'<line x1="{x(today):.1f}" x2="{x(today):.1f}" y1="{top}" y2="{height - bottom}" '
            'stroke="#888" stroke-dasharray="4 3"/>'
        )
        out.append(f'<text x="{x(today) + 4:.1f}" y="{top + 12}">today</text>')
    out.append(f'<text x="{left}" y="{height - 12}">{known[0][0].isoformat()}</text>')
    out.append(
        f'<text x="{width - right}" y="{height - 12}" text-anchor="end">{date.fromordinal(last).isoformat()}</text>'
    )
    out.append("</svg>")
    return "\n".join(out)
