"""The worked example of docs/methodology.md, computed by hand there, reproduced by the engine here."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from tests.conftest import VALID

DOC = Path(__file__).parents[2] / "docs" / "methodology.md"
AFTER, BEFORE = date(2027, 1, 1), date(2026, 9, 1)
# KRW 30 million in EUR at the method's reference rate, and the fine gap in orders of magnitude.
KRW_IN_EUR = 30_000_000 / 1575.72
ORDERS = math.log10(15_000_000 / KRW_IN_EUR)
MAGNITUDE = 1 - ORDERS / 3
LABELS = (
    0.20 + 0.10 + 0.10 + 0.10 * 0.5 + 0.10 + 0.05 + 0.10 * (2 / 3) + 0.10 * MAGNITUDE + 0.15 * 0.7
) / 1.00
# The penalties unit: one pair (the two fines on operators) and Korea's secrecy offence unpaired, so
# coverage is 2 of 3 provisions and the factor 1 - 0.5 x (1 - 2/3).
PENALTY_PAIR = (0.20 + 0.10 + 0.10 + 0.10 + 0.10 + 0.10 * (2 / 3) + 0.10 * MAGNITUDE) / 0.80
COVERAGE_FACTOR = 1 - 0.5 * (1 - 2 / 3)
PENALTIES = PENALTY_PAIR * COVERAGE_FACTOR
GENERAL = (0.20 + 0.10 + 0.10 + 0.10 * 0.5 + 0.10 + 0.05 + 0.10 * (1 / 3)) / 0.75


@pytest.fixture(scope="module")
def corpus():
    return load([VALID], bundled=False).corpus


@pytest.fixture(scope="module")
def after(corpus):
    return compare(corpus, "test-eu-act", "test-kr-act", as_of=AFTER, method=default_method())


@pytest.fixture(scope="module")
def before(corpus):
    return compare(corpus, "test-eu-act", "test-kr-act", as_of=BEFORE, method=default_method())


def test_labels_meet_the_linked_fines(after) -> None:
    labels = after.topic("t.transparency.labels")
    assert labels.score == pytest.approx(LABELS)
    assert {d.name: d.similarity for d in labels.dimensions} == pytest.approx(
        {
            "legal_force": 1.0,
            "intensity": 1.0,
            "modality": 1.0,
            "addressees": 0.5,
            "addressee_class": 1.0,
            "scope_tier": 1.0,
            "sanctions": 2 / 3,
            "magnitude": MAGNITUDE,
            "relation": 0.7,
        }
    )
    assert sum(d.contribution for d in labels.dimensions) == pytest.approx(labels.score)
    # Linked fines feed the dimensions but do not cap: neither labelling rule states an amount itself.
    assert labels.verdict == "aligned" and labels.caps == ()


def test_penalties_are_capped_by_the_fine_gap(after) -> None:
    penalties = after.topic("t.penalties")
    (pair,) = penalties.now.pairs
    assert (pair.a.id, pair.b.id, pair.basis) == (
        "test-eu-act/art-2",
        "test-kr-act/art-43",
        "same-sanctioned-conduct",
    )
    assert pair.score == pytest.approx(PENALTY_PAIR)
    # The secrecy offence falls on committee members: never compared with fines on operators.
    assert [r.id for r in penalties.now.unpaired_b] == ["test-kr-act/art-42"]
    assert penalties.now.coverage == pytest.approx(2 / 3)
    assert penalties.score == pytest.approx(PENALTIES)
    assert penalties.now.uncapped == "aligned"
    assert [c.name for c in penalties.caps] == ["magnitude-gap", "magnitude-chasm"]
    assert penalties.verdict == "divergent"
    assert "2.9 orders of magnitude" in penalties.caps[1].reason


def test_a_parent_tag_meets_the_other_sides_subtree(after) -> None:
    general = after.topic("t.transparency#general")
    assert [r.id for r in general.stance_a] == ["test-eu-act/art-3"]
    assert [(r.id, r.via) for r in general.stance_b] == [("test-kr-act/art-31-2", "subtree")]
    # Its one pair met on shape alone in a broad topic's general rules: the broad-shape cap holds
    # it at partially aligned whatever the score (sixth sitting; docs/methodology.md §7).
    assert general.score == pytest.approx(GENERAL) and general.verdict == "partially-aligned"
    assert [c.name for c in general.caps] == ["broad-shape"]
    assert after.topic("t.transparency") is None  # the id itself carries only the roll-up verdict
    assert next(r for r in after.rollup if r.topic_id == "t.transparency").verdict == "aligned"


def test_index_after_every_date(after) -> None:
    assert after.index == pytest.approx((LABELS + PENALTIES + GENERAL) / 3)
    assert after.index_adopted == pytest.approx(after.index)


def test_before_the_moved_date_the_eu_rules_are_pending_not_silent(before) -> None:
    labels = before.topic("t.transparency.labels")
    assert labels.verdict == "only-b"
    assert [(r.id, r.start) for r in labels.pending_a] == [("test-eu-act/art-1", date(2026, 12, 2))]
    assert labels.adopted.verdict == "aligned" and labels.adopted_from == date(2026, 12, 2)
    general = before.topic("t.transparency#general")
    assert general.verdict == "not-yet" and general.pending_a[0].start == date(
        2026, 12, 2
    )  # via depends_on
    assert before.index == pytest.approx(PENALTIES / 2)
    assert before.index_adopted == pytest.approx((LABELS + PENALTIES + GENERAL) / 3)
    assert [(e.date, e.pinpoints, e.what.split(" (")[0]) for e in before.timeline] == [
        (date(2026, 12, 2), ("Art. 1",), "starts to apply"),
        (date(2026, 12, 2), ("Art. 3",), "takes effect"),  # its own date passed; it follows Art. 1
    ]


def test_the_doc_states_the_same_numbers() -> None:
    text = DOC.read_text(encoding="utf-8")
    for figure in (
        f"{LABELS:.4f}",
        f"{PENALTIES:.4f}",
        f"{PENALTY_PAIR:.4f}",
        f"{COVERAGE_FACTOR:.4f}",
        f"{GENERAL:.4f}",
        f"{(LABELS + PENALTIES + GENERAL) / 3:.4f}",
        f"{PENALTIES / 2:.4f}",
        f"{MAGNITUDE:.4f}",
        f"{ORDERS:.4f}",
    ):
        assert figure in text, figure
