"""Heatmaps a reader understands (issue 19): topic labels, aspects in words, a legend, and the
horizon their title names, the same in the SVG (HTML) and the PNG (markdown, Word)."""

from __future__ import annotations

import io
from datetime import date

import pytest

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.reports import heatmap, svg
from regalign.schema.method import DIMENSIONS

AS_OF = date(2026, 12, 1)


@pytest.fixture(scope="module")
def result():
    return compare(load(use_env=False).corpus, "EU", "KR", as_of=AS_OF, method=default_method())


def test_rows_are_topic_labels_grouped_by_area_and_columns_are_words(result) -> None:
    rows = heatmap.rows(result)
    labels = [r.label for r in rows]
    assert [r.label for r in rows if r.area][:2] == ["AI", "Cross-border data"]
    assert (
        "Marking of AI-generated content" in labels
        and "Transfer mechanisms: general rules" in labels
    )
    assert not any("." in label and " " not in label for label in labels)  # no topic ids
    assert not any("#" in label for label in labels)
    columns = heatmap.columns()
    assert columns[0] == "How binding" and columns[-1] == "Topic score"
    assert not set(columns) & set(DIMENSIONS) and not any("_" in c for c in columns)


def test_only_topics_both_sides_address_at_the_horizon_get_a_row(result) -> None:
    adopted = [r for r in heatmap.rows(result, "adopted") if not r.area]
    today = [r for r in heatmap.rows(result, "now") if not r.area]
    assert len(adopted) == sum(1 for t in result.topics if t.adopted.scored)
    assert len(today) == sum(1 for t in result.topics if t.now.scored) < len(adopted)
    assert all(r.values[-1] is not None for r in adopted)


def test_the_svg_names_its_horizon_and_has_a_legend(result) -> None:
    adopted, now = svg.heatmap(result), svg.heatmap(result, "now")
    assert "The EU and Korea, as adopted: how alike the rules are" in adopted
    assert "The EU and Korea, today, on 1 Dec 2026:" in now
    for words in ("How alike (0 nothing in common, 1 the same):", "Grey: does not apply:"):
        assert words in adopted, words
    assert "Marking of AI-generated content" in adopted and "ai.transparency" not in adopted
    assert "How binding" in adopted and "legal force" not in adopted
    with pytest.raises(ValueError):
        heatmap.rows(result, "tomorrow")


def test_the_png_draws_the_same_horizon(result) -> None:
    pytest.importorskip("matplotlib")
    from PIL import Image

    from regalign.reports.figures import heatmap_png

    adopted, now = heatmap_png(result), heatmap_png(result, "now")
    assert adopted != now and heatmap_png(result) == adopted  # reproducible
    width, height = Image.open(io.BytesIO(adopted)).size
    assert (
        height / 150 <= 9.0 + 1e-6 and width / 150 <= 7.0 + 1e-6
    )  # fits an A4 page with its heading
