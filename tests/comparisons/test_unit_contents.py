"""What a unit holds and whether it counts.

A unit where one side speaks and the other's only records on the topic were never read is 'not
compared': out of the index, the roll-ups and the counts, never 'only one side' (blind reading round
7, KR-JP: Japan's e-signature penalties, Arts 41-47, recorded but unread, made e-signatures the area
'furthest apart'; since that Act was read, a planted statute stands in, tests/planted.py). A
provision that a relation joins to a unit as adopted joins it at every horizon.
"""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regalign.comparisons.compare import alignment_index, compare
from regalign.comparisons.index_at import index_at
from regalign.comparisons.results import NOT_COMPARED, ONLY_A
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.schema.vocab import Evidence, Modality
from tests.comparisons.test_properties import DAY, TOPICS, _corpus, corpus_parts
from tests.planted import UNREAD_ESIG_TOPIC, UNREAD_ID, UNREAD_TOPIC, corpus_with_an_unread_chapter

METHOD = default_method()
AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def bundled_corpus():
    return load(use_env=False).corpus


@pytest.fixture(scope="module")
def planted_corpus():
    return corpus_with_an_unread_chapter()


@pytest.fixture(scope="module")
def kr_jp(planted_corpus):
    return compare(planted_corpus, "KR", "JP", as_of=AS_OF, method=METHOD)


def test_japans_unread_penalty_chapter_leaves_the_topic_not_compared(kr_jp) -> None:
    unit = kr_jp.topic(UNREAD_TOPIC)
    assert unit.unread_b == (UNREAD_ID,)
    for assessed in (unit.now, unit.adopted):
        assert assessed.verdict == NOT_COMPARED
        assert assessed.speaks and not assessed.counts
        assert assessed.speaker == ONLY_A  # Korea's rules stay in the rows
    # The others not compared: the planted statute's unread e-signature article, and financial-sector
    # rules, since Japan's financial laws are not in the corpus (test_sector_reach.py).
    assert kr_jp.verdict_counts[NOT_COMPARED] == 3


def test_a_unit_not_compared_is_out_of_the_index_and_the_overlap(kr_jp) -> None:
    counted = [t for t in kr_jp.topics if t.now.counts]
    assert kr_jp.coverage_overlap.total == len(counted) == len(kr_jp.topics) - 3
    assert kr_jp.index == pytest.approx(alignment_index([(t.weight, t.now) for t in counted]))
    # Counted as 'only Korea' (a zero), the index would be lower: the unit really is left out.
    zeroed = math.fsum(t.weight * t.now.score for t in counted) / math.fsum(
        t.weight
        for t in (
            *counted,
            kr_jp.topic(UNREAD_TOPIC),
            kr_jp.topic(UNREAD_ESIG_TOPIC),
            kr_jp.topic("data.financial"),
        )
    )
    assert kr_jp.index > zeroed


def test_the_area_roll_up_leaves_the_unit_out(kr_jp) -> None:
    rows = {r.topic_id: r for r in kr_jp.rollup}
    assert rows[UNREAD_TOPIC].verdict == NOT_COMPARED
    beneath = [t for t in kr_jp.topics if t.topic_id.startswith("ai.") and t.now.counts]
    mean = math.fsum(t.weight * t.now.score for t in beneath) / math.fsum(t.weight for t in beneath)
    assert rows["ai"].score == pytest.approx(mean)


def test_index_at_agrees_on_a_unit_not_compared(planted_corpus, kr_jp) -> None:
    alone = index_at(planted_corpus, "KR", "JP", as_of=AS_OF, method=METHOD)
    assert alone.index == kr_jp.index
    assert alone.verdict_counts == kr_jp.verdict_counts


placeholders = st.sampled_from(TOPICS[1:])


@settings(max_examples=60, deadline=None)
@given(corpus_parts, placeholders)
def test_an_unread_record_only_turns_one_sided_units_on_its_topic_into_not_compared(
    parts, topic
) -> None:
    part_a, part_b, force_a, force_b = parts
    before = compare(_corpus(*parts), "fw-a", "fw-b", as_of=DAY, method=METHOD)
    unread = dict(topics=(topic,), modality=Modality.PROHIBITION, evidence=Evidence.UNVERIFIED)
    after = compare(
        _corpus(part_a, [*part_b, unread], force_a, force_b),
        "fw-a",
        "fw-b",
        as_of=DAY,
        method=METHOD,
    )
    assert [t.unit_id for t in after.topics] == [t.unit_id for t in before.topics]
    for old, new in zip(before.topics, after.topics):
        for was, now in ((old.now, new.now), (old.adopted, new.adopted)):
            if was.verdict == ONLY_A and new.topic_id == topic:
                assert now.verdict == NOT_COMPARED and not now.counts
            else:
                assert (now.verdict, now.score) == (was.verdict, was.score)
    kept = [(t.weight, t.now) for t in before.topics if t.now.counts and not _gone(t, topic)]
    assert after.index == alignment_index(kept)


def _gone(unit, topic: str) -> bool:  # type: ignore[no-untyped-def]
    return unit.now.verdict == ONLY_A and unit.topic_id == topic


def test_a_relation_that_joins_a_unit_as_adopted_joins_it_today(bundled_corpus) -> None:
    # Blind reading round 7, EU-KR: 'Registration' read 'only the EU' today beside "Korea's rules
    # apply from 22 Jan 2026": AI Basic Act Art. 33(1) applies today, but joined the unit only as
    # adopted, through a relation to EU AI Act Art. 6(4), which waits until 2 Dec 2027.
    # Since round 22 that provision meets Art. 6(4) under self-assessment, where both are filed, and
    # joins registration at neither horizon, so the two horizons cannot disagree about it.
    result = compare(bundled_corpus, "EU", "KR", as_of=AS_OF, method=METHOD)
    unit = result.topic("ai.registration")
    for assessed in (unit.now, unit.adopted):
        assert "kr-ai-basic-act/art-33-1" not in {r.id for r in assessed.stance_b}
    meets = result.topic("ai.risk-classification.self-assessment").adopted.pairs
    assert ("eu-ai-act/art-6-4", "kr-ai-basic-act/art-33-1") in {(p.a.id, p.b.id) for p in meets}
