"""The worked example of docs/methodology.md, computed by hand there, reproduced by the engine here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from tests.conftest import VALID

DOC = Path(__file__).parents[2] / "docs" / "methodology.md"


@pytest.fixture(scope="module")
def corpus():
    return load([VALID], bundled=False).corpus


def test_labels_topic_matches_the_hand_computation(corpus) -> None:
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method())
    labels = result.topic("t.transparency.labels")
    # (0.25*1 + 0.15*1 + 0.15*1 + 0.15*0.5 + 0.10*1 + 0.15*0.7) / 0.95, sanctions not applicable
    assert labels.score == pytest.approx(0.83 / 0.95)
    assert labels.verdict == "aligned"
    assert {d.name: d.similarity for d in labels.dimensions} == {
        "legal_force": 1.0, "intensity": 1.0, "modality": 1.0, "addressees": 0.5,
        "scope_tier": 1.0, "sanctions": None, "relation": 0.7}
    assert sum(d.contribution for d in labels.dimensions) == pytest.approx(labels.score)


def test_penalties_topic_matches_the_hand_computation(corpus) -> None:
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method())
    penalties = result.topic("t.penalties")
    # (0.25 + 0.15 + 0.15 + 0.15 + 0.05 * (1 - 1/3)) / 0.75; no scope tier, no curated relation
    assert penalties.score == pytest.approx((0.70 + 0.05 * (2 / 3)) / 0.75)
    assert result.index == pytest.approx((0.83 / 0.95 + (0.70 + 0.05 * (2 / 3)) / 0.75) / 2)


def test_before_the_moved_date_the_eu_is_silent_on_labels(corpus) -> None:
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2026, 9, 1), method=default_method())
    assert result.topic("t.transparency.labels").verdict == "only-b"
    assert result.index == pytest.approx(((0.70 + 0.05 * (2 / 3)) / 0.75) / 2)
    assert [(e.date, e.pinpoints) for e in result.timeline] == [(date(2026, 12, 2), ("Art. 1",))]


def test_the_doc_states_the_same_numbers() -> None:
    text = DOC.read_text(encoding="utf-8")
    for figure in ("0.8737", "0.9778", "0.9257", "0.4889"):
        assert figure in text, figure
