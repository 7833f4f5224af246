"""index_at (the now-horizon figures alone) gives exactly compare's index and verdict counts, and the
memoised pairing judges every pair as a fresh one would, whichever provision comes first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regalign.comparisons.applicability import NOW
from regalign.comparisons.compare import compare
from regalign.comparisons.history import change_dates
from regalign.comparisons.index_at import index_at
from regalign.comparisons.pairs import Pairing
from regalign.comparisons.relations import RelationIndex
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.method_loader import default_method
from tests.bundled import bundled, compared
from tests.comparisons.test_properties import TOPICS, _corpus, corpus_parts

METHOD = default_method()
# The generated frameworks are adopted on 1 Jan 2020 and enter into force on 1 Feb 2020: these dates
# fall before adoption, between adoption and force, and after.
DATES = st.sampled_from([date(2019, 6, 1), date(2020, 1, 15), date(2020, 2, 1), date(2026, 1, 1)])


def _same(corpus: Corpus, a: str, b: str, day: date, **options) -> None:
    full = compare(corpus, a, b, as_of=day, method=METHOD, **options)
    alone = index_at(corpus, a, b, as_of=day, method=METHOD, **options)
    assert alone.index == full.index
    assert alone.verdict_counts == full.verdict_counts
    # Each unit's verdict, as the dates on page 1 read it (round 82): the same units, the same
    # verdicts the figures count.
    assert alone.unit_verdicts == {t.unit_id: t.now.figure_verdict for t in full.topics}
    assert alone.as_of == day


@settings(max_examples=40, deadline=None)
@given(corpus_parts, DATES, st.sampled_from([None, *TOPICS]))
def test_index_at_is_compares_index_on_generated_corpora(parts, day, topic) -> None:
    _same(_corpus(*parts), "fw-a", "fw-b", day, topic=topic)


def test_index_at_is_compares_index_on_every_change_date_of_eu_kr() -> None:
    corpus = bundled()
    days = sorted(change_dates(corpus, "EU", "KR"))
    # Every change date from a year before the briefing's date, the dates a briefing quotes, and one
    # day before each (when the change has not happened yet).
    chosen = [d for d in days if date(2025, 12, 6) <= d <= date(2028, 12, 31)]
    assert len(chosen) >= 3
    for day in chosen[:4]:
        for when in (day - timedelta(days=1), day):
            _same(corpus, "EU", "KR", when)


@pytest.mark.parametrize(
    "a, b, options",
    [
        ("EU", "JP", {}),
        ("KR", "JP", {"topic": "data"}),
        ("EU", "KR", {"include_shared": True}),
        ("eu-ai-act", "kr-ai-basic-act", {"pending_as_binding": True}),
    ],
)
def test_index_at_is_compares_index_with_every_option(a, b, options) -> None:
    _same(bundled(), a, b, date(2026, 12, 6), **options)


def test_an_unknown_topic_is_refused_as_compare_refuses_it() -> None:
    with pytest.raises(KeyError):
        index_at(bundled(), "EU", "KR", as_of=date(2026, 12, 6), method=METHOD, topic="no.such")


def test_the_pairing_judges_each_pair_once_and_the_same_either_way() -> None:
    """The memo keys a pair by its two ids in order: that is right only because every basis is
    symmetric. A fresh Pairing per call checks that on every pair of provisions of every unit."""
    corpus = bundled()
    relations = RelationIndex(corpus)
    result = compare(corpus, "EU", "KR", as_of=date(2026, 12, 6), method=METHOD, detail=False)
    checked = 0
    for topic_result in result.topics:
        assessed = getattr(topic_result, NOW)
        for x in assessed.stance_a:
            for y in assessed.stance_b:
                forward = Pairing(corpus, relations, topic_result.topic_id).basis(x, y)
                backward = Pairing(corpus, relations, topic_result.topic_id).basis(y, x)
                assert forward == backward, (topic_result.unit_id, x.id, y.id)
                checked += 1
    assert checked > 1000


def test_silence_ends_on_a_day_still_to_come() -> None:
    # Round 7, EU-KR: "only the EU until 22 Jan 2026" in a briefing as of 6 Dec 2026: a Korean rule
    # that already applied, joining the unit only as adopted, was taken for the end of the silence.
    day = date(2026, 12, 6)
    found = 0
    for a, b in (("EU", "KR"), ("EU", "JP"), ("KR", "JP")):
        result = compared(a, b, day)
        ends = [u.silent_until for u in result.topics if u.silent_until is not None]
        assert all(end > day for end in ends), (a, b)
        found += len(ends)
    assert found >= 12  # the EU-KR timing bullet alone counts twelve
