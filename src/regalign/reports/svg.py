"""Figures as SVG text, without plotting libraries: the divergence heatmap and the alignment-over-time chart.

Output depends only on the inputs (fixed number formats, no ids or timestamps), so the same
comparison gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from regalign.comparisons.results import Comparison
from regalign.reports import heatmap as grid
from regalign.reports.wording import day as day_words
from regalign.sanitize import html_text as escape  # the one HTML escaping path

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
    """Topic x aspect similarities (and the topic's score) at a horizon, for the topics both sides
    address, grouped by area, with a legend; the title names the horizon."""
    columns = grid.columns()
    rows = grid.rows(result, horizon)
    label_width, cell, header, legend = 290, 24, 150, 58
    width = label_width + cell * len(columns) + 28
    height = header + cell * max(1, len(rows)) + legend
    when = f"on {day_words(result.as_of)}" if horizon == "now" else ""
    title = escape(grid.title(result, horizon, when))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{title}" class="heatmap">',
        f"<title>{title}</title>",
        "<style>text{font:11px sans-serif;fill:#222}text.area{font-weight:600}</style>",
        f'<text x="0" y="14" class="area">{title}</text>',
    ]
    gap = 8  # the topic's score stands apart from the aspects

    def left(j: int) -> int:
        return label_width + cell * j + (gap if j == len(columns) - 1 else 0)

    for j, name in enumerate(columns):
        x = left(j) + cell // 2
        out.append(
            f'<text transform="translate({x},{header - 6}) rotate(-55)">{escape(name)}</text>'
        )
    for i, row in enumerate(rows):
        y = header + cell * i
        if row.area:
            out.append(
                f'<text x="4" y="{y + cell * 0.68:.1f}" class="area">{escape(row.label)}</text>'
            )
            continue
        out.append(
            f'<text x="{label_width - 6}" y="{y + cell * 0.68:.1f}" text-anchor="end">'
            f"{escape(row.label)}</text>"
        )
        for j, value in enumerate(row.values):
            shown = "does not apply" if value is None else f"{value:.2f}"
            out.append(
                f'<rect x="{left(j)}" y="{y}" width="{cell - 1}" height="{cell - 1}" '
                f'fill="{colour(value)}"><title>{escape(row.label)}, {escape(columns[j])}: '
                f"{shown}</title></rect>"
            )
    out.extend(_legend(label_width, header + cell * max(1, len(rows)) + 14))
    out.append("</svg>")
    return "\n".join(out)


def _legend(x: int, y: int) -> list[str]:
    """A colour scale from 0 to 1 and a grey swatch, each named in words to its left."""
    low, high, missing = grid.LEGEND
    steps = 10
    out = [
        f'<text x="{x - 6}" y="{y + 11}" text-anchor="end">How alike ({escape(low)}, '
        f"{escape(high)}):</text>"
    ]
    for k in range(steps + 1):
        out.append(
            f'<rect x="{x + 14 * k}" y="{y}" width="14" height="14" fill="{colour(k / steps)}"/>'
        )
    out.append(f'<text x="{x - 6}" y="{y + 31}" text-anchor="end">{escape(missing)}:</text>')
    out.append(f'<rect x="{x}" y="{y + 20}" width="14" height="14" fill="{MISSING}"/>')
    return out


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
