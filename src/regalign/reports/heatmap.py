"""What the divergence heatmaps show, shared by the SVG (HTML) and the PNG (markdown, Word): rows
labelled as a reader knows the topics, grouped by area; columns named in words; one horizon, named
in the title; grey where an aspect does not apply.

Only topics both sides address at the horizon get a row: a topic one side alone regulates has no
pair to compare (the divergence matrix lists it as 'only ...'), and a row of grey would say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from regalign.comparisons.results import Comparison
from regalign.reports import ranking
from regalign.reports.glossary import SCORE_WORDS, dimension_words
from regalign.reports.wording import side_name, unit_label
from regalign.schema.method import DIMENSIONS

HORIZONS = {"adopted": "as adopted", "now": "today"}
LEGEND = ("0 nothing in common", "1 the same", "Grey: does not apply")


@dataclass(frozen=True)
class Row:
    """One line of the heatmap: an area heading (no values) or a topic with its values."""

    label: str
    values: tuple[float | None, ...] = ()
    area: bool = False


def columns() -> list[str]:
    """The aspects in words, then the topic's score."""
    return [*(dimension_words(d) for d in DIMENSIONS), SCORE_WORDS]


def rows(result: Comparison, horizon: str = "adopted") -> list[Row]:
    """Area headings and the topics both sides address at ``horizon``, in the matrix's order."""
    if horizon not in HORIZONS:
        raise ValueError(f"horizon must be one of {', '.join(HORIZONS)}")
    found: list[Row] = []
    area = None
    for unit in result.topics:
        assessed = unit.adopted if horizon == "adopted" else unit.now
        if not assessed.scored:
            continue
        if ranking.area_of(unit.topic_id) != area:
            area = ranking.area_of(unit.topic_id)
            found.append(Row(ranking.area_label(area), area=True))
        sims = {d.name: d.similarity for d in assessed.dimensions}
        found.append(Row(unit_label(unit), (*(sims.get(d) for d in DIMENSIONS), assessed.score)))
    return found


def title(result: Comparison, horizon: str = "adopted", when: str = "") -> str:
    """'The EU and Korea, as adopted: how alike the rules are on each aspect, topics both address'."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    at = HORIZONS[horizon] + (f", {when}" if when else "")
    return f"{a[:1].upper()}{a[1:]} and {b}, {at}: how alike the rules are, by topic and aspect"
