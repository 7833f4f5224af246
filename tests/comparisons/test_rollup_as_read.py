"""Areas scored on the headline figures' footing (round 67, EU-JP: page 1 ranked the areas without
the topics an unread change withdraws, while its figures counted them as their rules read today)."""

from __future__ import annotations

import math
from datetime import date

import pytest

import regalign
from regalign.comparisons.results import NOT_COMPARED
from regalign.comparisons.rollup import as_read

AS_OF = date(2026, 12, 6)
PAIRS = (("EU", "KR"), ("EU", "JP"), ("KR", "JP"))


@pytest.fixture(scope="module")
def results() -> dict[tuple[str, str], regalign.Comparison]:
    return {pair: regalign.compare(*pair, as_of=AS_OF) for pair in PAIRS}


@pytest.mark.parametrize("pair", PAIRS)
def test_every_unit_scored_as_read_is_the_adopted_index(results, pair) -> None:
    # The alignment index as adopted counts a withdrawn unit at its present reading; the areas must
    # add up on the same footing, or page 1 tells two stories.
    result = results[pair]
    value, _ = as_read(result.topics, result.method)
    assert result.index_adopted is not None
    assert math.isclose(value, result.index_adopted, rel_tol=1e-12)


@pytest.mark.parametrize("pair", PAIRS)
def test_an_area_without_unread_changes_reads_as_its_roll_up_row(results, pair) -> None:
    result = results[pair]
    rows = {r.topic_id: r for r in result.rollup if r.depth == 0}
    checked = 0
    for area, row in rows.items():
        units = [u for u in result.topics if u.topic_id.split(".", 1)[0] == area]
        if any(u.adopted.read_verdict for u in units):
            continue
        value, verdict = as_read(units, result.method)
        assert (round(value, 12), verdict) == (round(row.score_adopted, 12), row.verdict_adopted)
        checked += 1
    assert checked >= 2


def test_eu_japan_cross_border_data_counts_its_appi_topics_at_their_present_reading(
    results,
) -> None:
    result = results[("EU", "JP")]
    units = [u for u in result.topics if u.topic_id.startswith("data.")]
    withdrawn = [u for u in units if u.adopted.read_verdict]
    assert len(withdrawn) >= 5  # the APPI topics Act No. 56 of 2026 takes out as adopted
    row = next(r for r in result.rollup if r.topic_id == "data")
    assert row.verdict_adopted == NOT_COMPARED  # the matrix row withdraws the area's verdict
    counted = [u for u in units if u.adopted.counts]
    expected = math.fsum(u.weight * u.adopted.score for u in counted) / math.fsum(
        u.weight for u in counted
    )
    value, verdict = as_read(units, result.method)
    assert math.isclose(value, expected) and verdict == "partially-aligned"
    # As the matrix reads it today: no EU rule there changes.
    assert round(value, 2) == round(row.score, 2) == 0.59
