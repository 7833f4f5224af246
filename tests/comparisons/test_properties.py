"""Properties the method promises: identity, symmetry, bounds, determinism, monotonicity."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regalign.comparisons.caps import bound
from regalign.comparisons.compare import compare
from regalign.comparisons.magnitude import Measured, gaps
from regalign.comparisons.matrix import index_matrix
from regalign.comparisons.results import GRADED
from regalign.comparisons.scoring import StanceFeatures, combine, similarities, weight_vector
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.method_loader import default_method
from regalign.schema.records import Framework, FrameworkEvent, Provision, Sanction, Topic
from regalign.schema.vocab import (
    AddresseeClass,
    EnglishText,
    EventType,
    Evidence,
    InstrumentType,
    LegalForce,
    Modality,
    QuantityKind,
    Role,
    ScopeTier,
    Status,
)

METHOD = default_method()
TOPICS = ["x", "x.a", "x.b", "x.c", "x.d"]
DAY = date(2026, 1, 1)

measured = st.builds(
    lambda kind, value, key: Measured(kind, value, str(value), "fw/p", "FW p", measure=key),
    st.sampled_from(list(QuantityKind)),
    st.floats(1e-3, 1e30, allow_nan=False, allow_infinity=False),
    st.sampled_from([None, "m.one", "m.two"]),
)
feature_sets = st.builds(
    StanceFeatures,
    provisions=st.frozensets(st.sampled_from(["p1", "p2", "p3", "p4"]), min_size=1),
    force=st.integers(0, 3),
    intensity=st.integers(0, 4),
    modalities=st.frozensets(st.sampled_from([m.value for m in Modality]), min_size=1),
    roles=st.frozensets(st.sampled_from([r.value for r in Role])),
    classes=st.frozensets(st.sampled_from([c.value for c in AddresseeClass]), min_size=1),
    tiers=st.frozensets(st.sampled_from([t.value for t in ScopeTier])),
    sanction=st.integers(0, 3),
    quantities=st.lists(measured, max_size=4).map(lambda ms: {m.key: m for m in ms}),
)
relations = st.one_of(st.none(), st.integers(0, 10).map(lambda s: s / 10))


def _sims(a, b, relation):
    return similarities(a, b, relation, gaps(a.quantities, b.quantities, METHOD.magnitude))


@given(feature_sets, feature_sets, relations)
def test_similarities_are_symmetric_and_bounded(a, b, relation) -> None:
    assert _sims(a, b, relation) == _sims(b, a, relation)
    score = combine(_sims(a, b, relation), weight_vector(METHOD.dimensions))
    assert 0.0 <= score <= 1.0


@given(feature_sets)
def test_identical_stances_score_one(a) -> None:
    assert combine(_sims(a, a, 1.0), weight_vector(METHOD.dimensions)) == 1.0


@given(
    st.sampled_from(list(GRADED)),
    st.lists(st.sampled_from(["partially-aligned", "divergent"]), max_size=4),
)
def test_a_cap_never_raises_a_verdict(uncapped, bounds) -> None:
    capped = bound(uncapped, bounds)
    assert GRADED.index(capped) <= GRADED.index(uncapped)
    assert all(GRADED.index(capped) <= GRADED.index(b) for b in bounds)


def _framework(fid: str, force: LegalForce) -> Framework:
    return Framework(
        id=fid,
        title=fid,
        short_title=fid.upper(),
        original_language="en",
        jurisdictions=("EU",),
        instrument_type=InstrumentType.REGULATION,
        legal_force=force,
        status=Status.IN_FORCE,
        events=(
            FrameworkEvent(
                event=EventType.ADOPTED, date=date(2020, 1, 1), evidence=Evidence.PRIMARY
            ),
            FrameworkEvent(
                event=EventType.ENTRY_INTO_FORCE, date=date(2020, 2, 1), evidence=Evidence.PRIMARY
            ),
        ),
        english_text=EnglishText.ORIGINAL,
        summary="s",
        checked=date(2026, 1, 1),
        evidence=Evidence.PRIMARY,
    )


provisions = st.builds(
    lambda topic, modality, roles, tier, fined: dict(
        topics=(topic,),
        modality=modality,
        addressees=tuple(sorted(roles, key=lambda r: r.value)),
        scope_tier=tier,
        sanctions=(Sanction(max_amount=1000, currency="EUR", applies_to="x"),) if fined else (),
    ),
    st.sampled_from(TOPICS[1:]),
    st.sampled_from(list(Modality)),
    st.frozensets(st.sampled_from(list(Role)), max_size=3),
    st.one_of(st.none(), st.sampled_from(list(ScopeTier))),
    st.booleans(),
)
corpus_parts = st.tuples(
    st.lists(provisions, min_size=1, max_size=6),
    st.lists(provisions, min_size=1, max_size=6),
    st.sampled_from(list(LegalForce)),
    st.sampled_from(list(LegalForce)),
)


def _corpus(part_a, part_b, force_a, force_b) -> Corpus:
    corpus = Corpus()
    corpus.topics = {t: Topic(id=t, label=t, description=t) for t in TOPICS}
    for fid, parts, force in (("fw-a", part_a, force_a), ("fw-b", part_b, force_b)):
        corpus.add_framework(
            _framework(fid, force),
            [
                Provision(
                    id=f"p{i}",
                    pinpoint=f"Art. {i}",
                    title="t",
                    summary="s",
                    **{"evidence": Evidence.PRIMARY, **p},
                )
                for i, p in enumerate(parts)
            ],
        )
    return corpus


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_compare_is_symmetric_bounded_and_deterministic(parts) -> None:
    corpus = _corpus(*parts)
    ab = compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD)
    ba = compare(corpus, "fw-b", "fw-a", as_of=DAY, method=METHOD)
    assert ab.index == ba.index and ab.index_adopted == ba.index_adopted
    assert [
        (t.unit_id, t.score, t.verdict.replace("only-a", "x").replace("only-b", "y"))
        for t in ab.topics
    ] == [
        (t.unit_id, t.score, t.verdict.replace("only-a", "y").replace("only-b", "x"))
        for t in ba.topics
    ]
    assert all(0.0 <= t.score <= 1.0 and 0.0 <= t.adopted.score <= 1.0 for t in ab.topics)
    assert all(
        GRADED.index(t.verdict) <= GRADED.index(t.now.uncapped) for t in ab.topics if t.now.scored
    )
    assert 0.0 <= ab.index <= 1.0
    assert ab.index_low <= ab.index_high
    assert compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD) == ab


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_a_side_compared_with_itself_scores_one(parts) -> None:
    corpus = _corpus(*parts)
    same = compare(corpus, "fw-a", "fw-a", as_of=DAY, method=METHOD)
    assert same.index == 1.0 and all(t.verdict == "aligned" and not t.caps for t in same.topics)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(provisions, min_size=1, max_size=6),
    st.lists(provisions, min_size=1, max_size=6),
    st.sampled_from(list(LegalForce)),
    st.sampled_from(TOPICS[1:]),
)
def test_making_b_equal_a_on_a_topic_never_lowers_the_index(part_a, part_b, force, topic) -> None:
    # Both instruments have the same legal force, so B's stance can be made equal to A's.
    before = compare(
        _corpus(part_a, part_b, force, force), "fw-a", "fw-b", as_of=DAY, method=METHOD
    )
    copied = [p for p in part_a if p["topics"] == (topic,)]
    after_b = [p for p in part_b if p["topics"] != (topic,)] + copied
    if not after_b:
        return  # B would hold nothing at all: not a stance change on one topic
    after = compare(
        _corpus(part_a, after_b, force, force), "fw-a", "fw-b", as_of=DAY, method=METHOD
    )
    if copied and after.topic(topic) is not None and not after.topic(topic).is_general:
        assert after.topic(topic).score == 1.0
    assert after.index >= before.index - 1e-12


@settings(max_examples=30, deadline=None)
@given(corpus_parts)
def test_matrix_index_equals_compare_index(parts) -> None:
    corpus = _corpus(*parts)
    values = index_matrix(corpus, ["fw-a", "fw-b"], as_of=DAY, method=METHOD).values
    assert values[0][0] == 1.0 and values[0][1] == values[1][0]
    assert values[0][1] == compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD).index


@pytest.mark.slow  # 42 comparisons of the bundled corpus
def test_matrix_index_equals_compare_index_on_the_bundled_corpus() -> None:
    # The matrix's per-side caches (features, weights, relation-linked topics) must not change a single bit
    # of the index on real sides: jurisdictions with joint treaties, single frameworks, +/~ selections.
    import regalign

    corpus = regalign.load()
    specs = [
        "EU",
        "KR",
        "JP",
        "eu-ai-act",
        "kr-ai-basic-act",
        "EU~eu-kr-dta",
        "eu-ai-act+eu-gpai-code-of-practice",
    ]
    values = index_matrix(corpus, specs, as_of=DAY, method=METHOD).values
    for i, a in enumerate(specs):
        for j, b in enumerate(specs):
            if i != j:
                assert values[i][j] == compare(corpus, a, b, as_of=DAY, method=METHOD).index, (a, b)
