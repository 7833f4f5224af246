"""A timeline's memo of unit assessments changes no figure and no verdict: each date's index, verdict
counts and unit verdicts are those of a fresh assessment, whatever order the dates come in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regalign.comparisons.assess import Context
from regalign.comparisons.assessment_memo import AssessmentMemo, unit_key
from regalign.comparisons.history import alignment_over_time, change_dates
from regalign.comparisons.index_at import index_at
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import APPLIES, PENDING, ProvisionRef
from regalign.comparisons.scoring import weight_vector
from regalign.comparisons.units import Unit
from regalign.frameworks.corpus import Corpus
from regalign.schema.records import Sanction
from regalign.schema.vocab import SanctionKind
from tests.bundled import bundled, bundled_method
from tests.comparisons.test_index_at import DATES, METHOD, TOPICS, _corpus, corpus_parts


def _same_with_and_without(
    corpus: Corpus, a: str, b: str, orders: list[list[date]], **options
) -> list[int]:
    """Each day's figures through one shared memo per order of the days equal a fresh index_at's;
    the memo's size after each order."""
    fresh = {
        day: index_at(corpus, a, b, as_of=day, method=METHOD, **options)
        for day in {d for days in orders for d in days}
    }
    sizes = []
    for days in orders:
        memo, relations = AssessmentMemo(), RelationIndex(corpus)
        for day in days:
            remembered = index_at(
                corpus, a, b, as_of=day, method=METHOD, relations=relations, memo=memo, **options
            )
            assert remembered == fresh[day], day
        sizes.append(len(memo))
    return sizes


@settings(max_examples=40, deadline=None)
@given(corpus_parts, st.lists(DATES, min_size=2, max_size=6), st.sampled_from([None, *TOPICS]))
def test_a_shared_memo_changes_nothing_on_generated_corpora(parts, days, topic) -> None:
    _same_with_and_without(_corpus(*parts), "fw-a", "fw-b", [days], topic=topic)


def _window(a: str, b: str) -> list[date]:
    """The change dates a briefing of 8 Dec 2026 quotes from: a year before to 2028."""
    days = sorted(change_dates(bundled(), a, b))
    return [d for d in days if date(2025, 12, 8) <= d <= date(2028, 12, 31)]


def test_the_memo_changes_nothing_on_eu_kr_forwards_and_backwards() -> None:
    days = _window("EU", "KR")
    assert len(days) >= 10
    held, _ = _same_with_and_without(bundled(), "EU", "KR", [days, days[::-1]])
    # Not vacuous: most units hold the same rules from one date to the next, and are assessed once.
    units = len(index_at(bundled(), "EU", "KR", as_of=days[-1], method=METHOD).unit_verdicts)
    assert 0 < held < units * len(days) / 3


@pytest.mark.slow  # every change date of three pairs, each assessed twice
@pytest.mark.parametrize("a, b", [("EU", "KR"), ("EU", "JP"), ("KR", "JP")])
def test_a_memoised_timeline_is_a_fresh_one_on_every_date(a: str, b: str) -> None:
    corpus, method = bundled(), bundled_method()
    for point in alignment_over_time(corpus, a, b, method=method):
        fresh = index_at(corpus, a, b, as_of=point.date, method=method)
        assert (point.index, point.verdicts, point.unit_verdicts) == (
            fresh.index,
            fresh.verdict_counts,
            fresh.unit_verdicts,
        ), point.date


def test_the_key_names_everything_an_assessment_reads_on_a_date() -> None:
    # The end-to-end tests above pass even with a part of the key left out, because on these
    # corpora that part never changes alone between two dates; each part is held here directly.
    # eIDAS Art. 24(2): numbers inserted in 2024, and curated counterparts in Japan's and Korea's
    # laws.
    corpus, method = bundled(), bundled_method()
    relations = RelationIndex(corpus)
    pid = "eu-eidas/art-24-2"
    ref = ProvisionRef(
        pid,
        corpus.framework_of(pid),
        corpus.provisions[pid],
        APPLIES,
        3,
        "binding",
        date(2016, 7, 1),
    )
    penalty = Sanction(kind=SanctionKind.ORDER, applies_to="a planted order")
    counterpart = next(iter(relations.neighbours(pid)))
    context = Context(
        corpus,
        relations,
        weight_vector(method.dimensions),
        method,
        {},
        ("the EU", "Japan"),
        date(2024, 6, 1),
        sides=(frozenset({pid}), frozenset({counterpart})),
    )
    unit = Unit("esig.trust-services", "esig.trust-services", (ref,), ())
    key = unit_key(unit, context)
    variants = {
        "a penalty linked": replace(context, linked={pid: ((penalty, "x/1", "X Art. 1"),)}),
        "its inserted numbers not yet counted": replace(context, on=date(2024, 5, 1)),
        "its counterpart not held": replace(context, sides=(frozenset({pid}), frozenset())),
        "as adopted": replace(context, on=None),
        "another method": replace(context, method=method.model_copy()),
    }
    for change, other in variants.items():
        assert unit_key(unit, other) != key, change
    for name, value in {
        "status": PENDING,
        "force_level": 2,
        "force_label": "binding (pending)",
        "start": date(2024, 5, 20),
        "via": "relation",
    }.items():
        changed = Unit(unit.unit_id, unit.topic_id, (replace(ref, **{name: value}),), ())
        assert unit_key(changed, context) != key, name
    # And the same inputs give the same key: the memo can hit.
    assert unit_key(Unit(unit.unit_id, unit.topic_id, (replace(ref),), ()), replace(context)) == key
