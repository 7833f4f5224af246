"""Runs of consecutive points are cited as a range (round 86, EU-KR: "EU AI Act Arts 5(1)(a),
5(1)(b) and 5 more" left a reader to guess which of the eight bans of Art. 5(1) was not meant)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from regalign.reports.citations import point_runs


def test_a_run_of_three_or_more_points_is_a_range_and_shorter_runs_are_not() -> None:
    items = [("EU AI Act", f"Art. 5(1)({c})") for c in "abcdefg"]
    assert point_runs(items) == [("EU AI Act", "Art. 5(1)(a)-(g)")]
    assert point_runs(items[:2]) == items[:2]
    numbered = [("AI Basic Act", f"Art. 34(1)({n})") for n in (1, 2, 3, 5)]
    assert point_runs(numbered) == [
        ("AI Basic Act", "Art. 34(1)(1)-(3)"),
        ("AI Basic Act", "Art. 34(1)(5)"),
    ]
    # Another paragraph, another instrument or a gap breaks the run.
    mixed = [("A", "Art. 5(1)(a)"), ("A", "Art. 5(2)(b)"), ("B", "Art. 5(2)(c)"), ("A", "Art. 9")]
    assert point_runs(mixed) == mixed


def _expand(item: str) -> list[str]:
    found = re.fullmatch(r"(.*\))\(([a-z0-9]+)\)-\(([a-z0-9]+)\)", item)
    if not found:
        return [item]
    head, first, last = found.groups()
    if first.isdigit():
        return [f"{head}({n})" for n in range(int(first), int(last) + 1)]
    return [f"{head}({chr(c)})" for c in range(ord(first), ord(last) + 1)]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["EU AI Act", "AI Basic Act"]),
            st.sampled_from(["Art. 5(1)", "Art. 34(1)", "Art. 9"]),
            st.sampled_from(list("abcdefgh") + [str(n) for n in range(1, 9)] + [""]),
        ),
        max_size=12,
    )
)
def test_ranges_expand_back_to_the_items_in_order(raw) -> None:
    items = [(t, f"{p}({x})" if x else p) for t, p, x in raw]
    runs = point_runs(items)
    assert [(t, i) for t, item in runs for i in _expand(item)] == items
    assert len(runs) <= len(items)
