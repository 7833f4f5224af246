"""How a briefing shows a topic that was not compared because one side's rules there were never read
(blind reading round 7, KR-JP: 'furthest apart on e-signatures' and '31 only Korea' rested on it).
Since Japan's Electronic Signatures Act was read in full, a planted statute with an unread penalty
chapter on AI penalties stands in (tests/planted.py)."""

from __future__ import annotations

import math
import re
from datetime import date

import pytest

from regalign.comparisons.compare import compare
from regalign.comparisons.results import ONLY_A
from regalign.frameworks.method_loader import default_method
from regalign.reports.briefing import build
from regalign.reports.render_markdown import render
from tests.planted import corpus_with_an_unread_chapter

AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def kr_jp_result():
    corpus = corpus_with_an_unread_chapter()
    return corpus, compare(corpus, "KR", "JP", as_of=AS_OF, method=default_method())


@pytest.fixture(scope="module")
def kr_jp(kr_jp_result) -> str:
    corpus, result = kr_jp_result
    return render(build(result, corpus, prepared=AS_OF, detail="full"))


def test_the_figures_count_it_apart_from_only_korea(kr_jp, kr_jp_result) -> None:
    _, result = kr_jp_result
    line = next(x for x in kr_jp.splitlines() if x.startswith("| Topics by verdict"))
    # Today: the planted Japanese penalties (unread); as adopted also the topics of the APPI's
    # amendments of 2026, whose wording was not read (counted from the result).
    today, adopted = line.split(" | ")[1:3]
    for cell, horizon in ((today, "now"), (adopted, "adopted")):
        # Topics whose rules change later in wording not read are counted as read today (round 21).
        unread = sum(
            1 for t in result.topics if getattr(t, horizon).figure_verdict == "not-compared"
        )
        assert f"· {unread} not compared" in cell
    # The planted AI penalties and e-signature article, and financial-sector rules (no Japanese
    # financial law).
    assert "· 3 not compared" in today
    # The row counts only the topics whose verdict is "only Korea"; the topic not compared is not
    # among them. Counted from the result, since the corpus grows (the Resident Registration Act's
    # mobile card made digital identity one more "only Korea" topic: 31 since 2026-12-06).
    today, adopted = line.split(" | ")[1:3]
    for cell, horizon in ((today, "now"), (adopted, "adopted")):
        only_korea = sum(1 for t in result.topics if getattr(t, horizon).verdict == ONLY_A)
        assert f"· {only_korea} only Korea ·" in cell


def test_the_bottom_line_does_not_rank_an_area_by_an_unread_chapter(kr_jp, kr_jp_result) -> None:
    _, result = kr_jp_result
    # The e-signature area, where the planted statute's unread article sits among eight topics.
    area = [t for t in result.topics if t.topic_id.startswith("esig.")]
    counted = [t for t in area if t.adopted.counts]
    kept = math.fsum(t.weight * t.adopted.score for t in counted) / math.fsum(
        t.weight for t in counted
    )
    zeroed = math.fsum(t.weight * t.adopted.score for t in counted) / math.fsum(
        t.weight for t in area
    )
    assert f"{kept:.2f}" != f"{zeroed:.2f}"  # the test can tell the two apart
    # The area's figure, as the matrix gives it as adopted (the bottom line names areas only when
    # they lie further apart than the weights move the index: round 15).
    row = next(x for x in kr_jp.splitlines() if x.startswith("| **Electronic signatures and trust"))
    found = re.search(r"\((\d\.\d\d)\)", row)  # the first figure: as adopted
    assert found and found.group(1) == f"{kept:.2f}"  # rounded, as on page 1 (round 31)


def test_its_row_and_section_say_why_and_keep_koreas_rules(kr_jp) -> None:
    assert (
        "| · Penalties for AI rules | 3 · penalties | — | not compared (Japan's rules here not read) |"
        in kr_jp
    )
    section = kr_jp.split("#### Penalties for AI rules", 1)[1].split("####", 1)[0]
    assert "As adopted: not compared (Japan's rules here not read)" in section
    assert "AI Basic Act Art. 43" in section
    assert "Arts 41-47) were recorded but not read" in section
