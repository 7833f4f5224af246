"""Pairs, not piles: the properties of the pairing and the like-with-like rules, on generated corpora
and on the cases of the bundled corpus that version 2 of the method got wrong."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regalign
from regalign.comparisons.compare import compare
from regalign.comparisons.magnitude import Measured, gaps
from regalign.comparisons.pairs import is_soft, pair_weight
from regalign.frameworks.method_loader import default_method
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import LegalForce, Modality, QuantityKind, Role, ScopeTier
from tests.bundled import compared
from tests.comparisons.test_properties import DAY, TOPICS, _corpus, corpus_parts

METHOD = default_method()
AS_OF = date(2026, 12, 1)


def _mirror(pairs):
    return sorted((p.b.id, p.a.id, p.basis, p.score, p.verdict) for p in pairs)


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_pairs_are_the_same_whichever_side_is_a(parts) -> None:
    corpus = _corpus(*parts)
    ab = compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD)
    ba = compare(corpus, "fw-b", "fw-a", as_of=DAY, method=METHOD)
    for x, y in zip(ab.topics, ba.topics):
        assert x.unit_id == y.unit_id
        for hx, hy in ((x.now, y.now), (x.adopted, y.adopted)):
            assert sorted(
                (p.a.id, p.b.id, p.basis, p.score, p.verdict) for p in hx.pairs
            ) == _mirror(hy.pairs)
            assert {r.id for r in hx.unpaired_a} == {r.id for r in hy.unpaired_b}
            assert [c.name for c in hx.caps] == [c.name for c in hy.caps]


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_every_provision_is_paired_a_gap_or_supporting_and_never_two_of_these(parts) -> None:
    corpus = _corpus(*parts)
    result = compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD)
    for unit in result.topics:
        assessed = unit.adopted
        if not assessed.scored:
            assert not assessed.pairs
            continue
        paired = {p.a.id for p in assessed.pairs} | {p.b.id for p in assessed.pairs}
        gaps_ = {r.id for r in (*assessed.unpaired_a, *assessed.unpaired_b)}
        supporting = {r.id for r in assessed.supporting}
        every = {r.id for r in (*assessed.stance_a, *assessed.stance_b)}
        assert paired | gaps_ | supporting == every
        assert not (paired & gaps_) and not (paired & supporting) and not (gaps_ & supporting)
        # The unit score decomposes: mean pair score times the coverage factor.
        if assessed.pairs:
            weights = [pair_weight(p) for p in assessed.pairs]
            mean = sum(w * p.score for w, p in zip(weights, assessed.pairs)) / sum(weights)
            assert assessed.pair_mean == pytest.approx(mean)
            factor = 1 - METHOD.matching.gap_weight * (1 - assessed.coverage)
            assert assessed.score == pytest.approx(mean * factor)
            assert all(
                {p.a.id for p in assessed.pairs} <= {r.id for r in assessed.stance_a} for _ in [0]
            )


keys = st.sampled_from([None, "deadline.one", "deadline.two"])
measured = st.builds(
    lambda kind, value, key: Measured(kind, value, str(value), "fw/p", "FW p", measure=key),
    st.sampled_from(
        [QuantityKind.DEADLINE, QuantityKind.RETENTION_PERIOD, QuantityKind.FINE_CEILING]
    ),
    st.floats(1e-3, 1e9, allow_nan=False, allow_infinity=False),
    keys,
)


@given(st.lists(measured, max_size=5), st.lists(measured, max_size=5))
def test_magnitude_compares_only_numbers_of_the_same_kind_and_measure(a, b) -> None:
    side_a, side_b = {m.key: m for m in a}, {m.key: m for m in b}
    for gap in gaps(side_a, side_b, METHOD.magnitude):
        assert gap.a.key == gap.b.key
        assert gap.a.kind is gap.kind
    compared = {g.a.key for g in gaps(side_a, side_b, METHOD.magnitude)}
    assert compared <= side_a.keys() & side_b.keys()


# --- The bundled corpus: the cases version 2 got wrong (issue 17) ---


@pytest.fixture(scope="module")
def eu_kr():
    return regalign.compare("EU", "KR", as_of=AS_OF)


def _pairs(result, unit_id, horizon="adopted"):
    return getattr(result.topic(unit_id), horizon).pairs


def test_a_committee_secrecy_offence_is_never_set_against_operator_fines(eu_kr) -> None:
    # Since round 35 (KR-JP) Art. 42 is filed with the duty it punishes (central AI bodies), not
    # under AI penalties; planted back there, it still meets no operator fine.
    import dataclasses

    from regalign.comparisons.compare import compare
    from regalign.frameworks.loader import load
    from regalign.frameworks.method_loader import default_method

    assert "kr-ai-basic-act/art-42" not in {
        r.id for r in eu_kr.topic("ai.penalties").adopted.stance_b
    }
    corpus = load(use_env=False).corpus
    provisions = dict(corpus.provisions)
    secrecy = provisions["kr-ai-basic-act/art-42"]
    provisions[secrecy_id := "kr-ai-basic-act/art-42"] = secrecy.model_copy(
        update={"topics": ("ai.penalties",)}
    )
    planted = dataclasses.replace(corpus, provisions=provisions)
    result = compare(planted, "EU", "KR", as_of=AS_OF, method=default_method())
    unit = result.topic("ai.penalties").adopted
    assert all(secrecy_id not in (p.a.id, p.b.id) for p in unit.pairs)
    assert secrecy_id in {r.id for r in unit.unpaired_b}
    unit = eu_kr.topic("ai.penalties").adopted
    lead = unit.lead
    assert (lead.a.id, lead.b.id) == ("eu-ai-act/art-99-4", "kr-ai-basic-act/art-43")
    assert unit.verdict == "divergent" and {c.name for c in unit.caps} >= {"magnitude-chasm"}


def test_the_eidas_penalty_regime_meets_koreas_fines(eu_kr) -> None:
    unit = eu_kr.topic("esig.penalties").adopted
    assert unit.scored, "eIDAS Art. 16 is a penalty regime: the EU is not silent on penalties"
    assert any(p.a.id.startswith("eu-eidas/art-16") for p in unit.pairs)


def test_different_deadlines_are_never_compared(eu_kr) -> None:
    # A 24-hour breach notice (eIDAS) never meets a 30-day notice before suspending a service (KR);
    # six-month logs (AI Act Art. 26(6)) never meet five-year evidence retention (KR Decree).
    for unit in eu_kr.topics:
        for pair in unit.adopted.pairs:
            for gap in pair.gaps:
                assert gap.a.measure == gap.b.measure, (unit.unit_id, gap)
                if gap.a.measure is not None:
                    assert gap.a.measure != "logs.retention"


def test_a_side_holds_only_what_concerns_the_pair() -> None:
    eu_kr = regalign.compare("EU", "KR", as_of=AS_OF, topic="data")
    eu_jp = regalign.compare("EU", "JP", as_of=AS_OF, topic="data")
    assert "eu-adequacy-jp" not in eu_kr.side_a.framework_ids
    assert "eu-adequacy-kr" in eu_kr.side_a.framework_ids
    assert "eu-adequacy-kr" not in eu_jp.side_a.framework_ids
    left = {x.framework_id: x.reason for x in eu_kr.side_a.left_out}
    assert left["eu-adequacy-jp"] == "concerns JP" and "eu-jp-epa-data" in left
    refs = [r for u in eu_kr.topics for r in (*u.adopted.stance_a, *u.adopted.stance_b)]
    assert not any(r.framework.id == "eu-adequacy-jp" for r in refs)


def test_a_plurilateral_treaty_binding_both_sides_is_their_joint_commitment() -> None:
    # Blind reading round 7, KR-JP: RCEP binds Korea and Japan to each other, yet the pair's corpus
    # left it out as a treaty with third countries and printed no joint commitment.
    kr_jp = regalign.compare("KR", "JP", as_of=AS_OF, topic="data")
    assert kr_jp.joint_instruments == ("rcep-ecommerce",)
    assert any(c.commitment.id == "rcep-ecommerce/art-12-15-2" for c in kr_jp.joint)
    eu_kr = regalign.compare("EU", "KR", as_of=AS_OF, topic="data")
    left = {x.framework_id: x.reason for x in eu_kr.side_b.left_out}
    assert left["rcep-ecommerce"].startswith("a trade agreement with AU")
    refs = [r for u in eu_kr.topics for r in (*u.adopted.stance_a, *u.adopted.stance_b)]
    assert not any(r.framework.id == "rcep-ecommerce" for r in refs)


def test_a_side_with_no_instrument_of_its_own_is_an_error() -> None:
    with pytest.raises(regalign.SideError, match="SG holds no instrument"):
        regalign.compare("KR", "SG", as_of=AS_OF)
    # Singapore shares RCEP with Korea, but a shared treaty is not a rulebook of its own.
    with pytest.raises(regalign.SideError, match="rcep-ecommerce .a plurilateral treaty"):
        regalign.compare("KR", "SG", as_of=AS_OF)


def test_a_narrower_pair_says_which_instrument_it_leaves_out() -> None:
    narrow = regalign.compare("eu-ai-act", "kr-ai-basic-act", as_of=AS_OF)
    unit = narrow.topic("ai.frontier.compute-threshold")
    assert unit.outside_b == ("kr-ai-basic-act-decree",) and unit.outside_a == ()
    wide = regalign.compare("EU", "KR", as_of=AS_OF)
    assert wide.topic("ai.frontier.compute-threshold").outside_b == ()


def test_a_guideline_elaborating_a_binding_rule_is_not_its_sides_counterpart(eu_kr) -> None:
    unit = eu_kr.topic("ai.high-risk.human-oversight").adopted
    for pair in unit.pairs:
        # Korea's binding Art. 34(1)(4) is the EU's counterpart; MSIT's guideline items support it.
        assert pair.b.force_level >= 2, pair.b.id
    assert any(r.framework.id == "kr-msit-high-impact-duties-guideline" for r in unit.supporting)


def test_a_best_efforts_duty_is_read_as_such(eu_kr) -> None:
    unit = eu_kr.topic("ai.impact-assessment").adopted
    assert unit.lead.a.id == "eu-ai-act/art-27-1"
    assert unit.lead.b.provision.modality.value == "best-efforts"
    assert "kr-ai-basic-act/art-35-1" in {p.b.id for p in unit.pairs}
    assert "binding-vs-soft" in {c.name for c in unit.caps} and unit.verdict != "aligned"
    # Art. 35(2) tells state bodies to prefer assessed products: never the counterpart of an operator duty.
    assert all(p.b.id != "kr-ai-basic-act/art-35-2" for p in unit.pairs)


def test_a_surcharge_on_the_business_never_meets_a_penalty_on_the_offender() -> None:
    # Round 7-8, KR-JP: PIPA Art. 64-2(1), a surcharge of up to 3% of a controller's turnover, was
    # called '100 times apart' from APPI Art. 178, a fine of up to JPY 1 million on the person who
    # violated the PPC's order; the business's counterpart is Art. 184(1)(i). Curated: not related.
    unit = regalign.compare("KR", "JP", as_of=AS_OF, topic="data").topic("data.penalties").adopted
    pairs = {(p.a.id, p.b.id) for p in unit.pairs}
    assert ("kr-pipa/art-64-2-1", "jp-appi/art-184-1") in pairs
    assert not any(b == "jp-appi/art-178" for _, b in pairs)
    assert "jp-appi/art-178" in {r.id for r in unit.unpaired_b}


@pytest.mark.parametrize(
    ("a", "b", "annexed"),
    [
        (
            "EU",
            "JP",
            {
                "eu-adequacy-jp/annex-1-supplementary-rules",
                "eu-adequacy-jp/annex-2-government-access",
            },
        ),
        ("EU", "KR", {"eu-adequacy-kr/supplementary-rules", "eu-adequacy-kr/government-access"}),
    ],
)
def test_the_counterparts_rules_annexed_to_an_eu_decision_are_not_the_eus(a, b, annexed) -> None:
    # Round 9, EU-JP: 'Personal-data safeguards' met largely by comparing Japan with Japan: the
    # Supplementary Rules and the government's assurances (Annexes I and II of the EU's decision)
    # were counted as EU rules and paired with APPI Art. 28 and Art. 172.
    result = regalign.compare(a, b, as_of=AS_OF, topic="data")
    refs = {r.id for u in result.topics for r in (*u.adopted.stance_a, *u.now.stance_a)}
    assert not refs & annexed
    assert "eu-adequacy-jp/art-1-1" in refs or "eu-adequacy-kr/adequacy-finding" in refs


def test_a_fallback_amount_for_firms_without_turnover_meets_only_its_like(eu_kr) -> None:
    # Round 9, EU-KR: GDPR Art. 83(5)'s EUR 20 million (beside 4% of turnover, whichever is higher)
    # was set against PIPA Art. 64-2(1)'s KRW 2 billion, which applies only where there is no
    # turnover to take 3% of; and the aggravated tier, Art. 64-2(2), led the 'where they meet' item.
    unit = eu_kr.topic("data.penalties").adopted
    lead = unit.lead
    assert lead is not None and (lead.a.id, lead.b.id) == ("eu-gdpr/art-83-5", "kr-pipa/art-64-2-1")
    for pair in unit.pairs:
        if pair.a.id == "eu-gdpr/art-83-5":
            assert all(g.kind.value != "fine-ceiling" for g in pair.gaps), pair.b.id
            assert {g.kind.value for g in pair.gaps} == {"turnover-share"}


def test_an_order_power_is_not_a_penalty_counterpart() -> None:
    # Round 10, KR-JP: 'Penalties for data rules' met because PIPA Art. 64-2(1), a turnover
    # surcharge, was paired with APPI Art. 148(1)-(2), the PPC's recommendation and order.
    # Round 13: the PPC's orders are filed with the safeguards they enforce, not under penalties,
    # so Japan's penalties no longer count two order powers 'with no counterpart'; the PIPC's
    # suspension order (PIPA Art. 28-9(1)) is filed the same way.
    unit = regalign.compare("KR", "JP", as_of=AS_OF, topic="data").topic("data.penalties").adopted
    refs = {r.id for r in (*unit.stance_a, *unit.stance_b)}
    assert not any(p.b.id.startswith("jp-appi/art-148") for p in unit.pairs)
    assert not {"jp-appi/art-148-1-2", "jp-appi/art-148-3", "kr-pipa/art-28-9-1"} & refs
    assert {r.id for r in unit.unpaired_b} == {"jp-appi/art-178"}


def test_a_state_power_over_personal_data_meets_its_counterpart_not_a_power_over_other_data() -> (
    None
):
    # Round 18, EU-KR: GDPR Art. 49(5) (law may limit transfers of categories of personal data)
    # scored 1.00 against the Network Act's power over important non-personal information, and
    # "different matters" against PIPA Art. 28-10, Korea's own power to restrict personal-data exports.
    result = regalign.compare("EU", "KR", as_of=date(2026, 12, 6))
    pairs = {(p.a.id, p.b.id): p.basis for p in result.topic("data.flows").adopted.pairs}
    assert pairs.get(("eu-gdpr/art-49-5", "kr-pipa/art-28-10")) == "curated-relation"
    assert not any(b.startswith("kr-ict-network-act/") for a, b in pairs if "49-5" in a)
    # Round 40, KR-JP: neither is an exception to a commitment ("only Korea — reciprocity" under
    # exceptions and the right to regulate); both restrict flows and are compared there only.
    corpus = regalign.load()
    for pid in ("eu-gdpr/art-49-5", "kr-pipa/art-28-10"):
        assert corpus.provisions[pid].topics == ("data.flows",)


def _shape_pairs(parts):
    """Each assessment's pairs met on shape alone (same addressees), one list per unit and horizon."""
    result = compare(_corpus(*parts), "fw-a", "fw-b", as_of=DAY, method=METHOD)
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            yield [pair for pair in assessed.pairs if pair.basis == "same-addressees"]


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_a_body_meets_at_most_one_body_on_shape_alone(parts) -> None:
    for pairs in _shape_pairs(parts):
        seen = [
            ref.id
            for pair in pairs
            if Modality.INSTITUTIONAL in (pair.a.provision.modality, pair.b.provision.modality)
            for ref in (pair.a, pair.b)
        ]
        assert len(seen) == len(set(seen))


@settings(max_examples=60, deadline=None)
@given(corpus_parts)
def test_a_body_never_meets_a_programme_of_the_state_on_shape_alone(parts) -> None:
    for pairs in _shape_pairs(parts):
        for pair in pairs:
            bodies = [r.provision.modality is Modality.INSTITUTIONAL for r in (pair.a, pair.b)]
            assert bodies[0] == bodies[1], (pair.a.id, pair.b.id)


def test_notifying_authorities_are_not_the_counterpart_of_support_for_certification() -> None:
    # Rounds 84-88, EU-KR (off page 1): conformity and certification read partly aligned today on
    # AI Act Art. 28(1) (Member States' notifying authorities for conformity assessment bodies)
    # against AI Basic Act Art. 30(1)-(2) (the Minister's support for voluntary verification and
    # certification), met on shape alone: the state's machinery against a programme of the state.
    unit = compared("EU", "KR", date(2026, 12, 8)).topic("ai.conformity")
    assert ("eu-ai-act/art-28-1", "kr-ai-basic-act/art-30-1-2") not in {
        (p.a.id, p.b.id) for p in (*unit.now.pairs, *unit.adopted.pairs)
    }
    assert unit.now.verdict == "divergent" and not unit.now.pairs
    # The crosswalk's pairs of Art. 43 with Art. 30(3) still meet as adopted.
    assert {p.a.id for p in unit.adopted.pairs} == {"eu-ai-act/art-43-1", "eu-ai-act/art-43-2"}


def test_a_sector_laws_penalty_meets_only_penalties_of_its_sector_on_conduct() -> None:
    # Rounds 69-89, EU-KR (off page 1): DORA Art. 50(3) (penalties for financial entities' ICT
    # rules) met the Spatial Data Act's crime of exporting map data (Art. 108) as "the same kind of
    # breach", both backing duties filed under cross-border data flows; Korea's Credit Information
    # Act, a financial law, still meets it.
    result = compared("EU", "KR", date(2026, 12, 8))
    pairs = {(p.a.id, p.b.id): p.basis for p in result.topic("data.penalties").now.pairs}
    assert ("eu-dora/art-50-3", "kr-spatial-data-act/art-108") not in pairs
    assert (
        pairs[("eu-dora/art-50-3", "kr-credit-information-act/art-52-4")]
        == "same-sanctioned-conduct"
    )
    for side in (("EU", "KR"), ("EU", "JP"), ("KR", "JP")):
        for unit in compared(*side, date(2026, 12, 8)).topics:
            for pair in (*unit.now.pairs, *unit.adopted.pairs):
                if pair.basis == "same-sanctioned-conduct":
                    a, b = set(pair.a.framework.sectors), set(pair.b.framework.sectors)
                    assert a == b or a & b, (pair.a.id, pair.b.id)


def test_korean_ai_bodies_without_a_japanese_counterpart_are_gaps() -> None:
    # Round 19, KR-JP: Korea's subcommittees, AI Policy Center and AI Safety Institute (AI Basic Act
    # Arts 10-12) each scored 1.00 against Japan's Headquarters machinery on shape alone.
    unit = regalign.compare("KR", "JP", as_of=date(2026, 12, 6)).topic("ai.governance.bodies")
    paired = {p.a.id for p in unit.adopted.pairs}
    assert paired == {"kr-ai-basic-act/art-7"}
    gaps = {r.id for r in unit.adopted.unpaired_a}
    assert {f"kr-ai-basic-act/art-{n}" for n in (10, 11, 12)} <= gaps
    assert unit.adopted.verdict == "partially-aligned"


def test_unlike_korean_and_japanese_data_rules_are_not_paired() -> None:
    # Round 19, KR-JP: the security of electronic medical records and the Credit Information Act's
    # choice of law met Japan's confirmation duty for foreign provision and its extraterritorial
    # scope on shape alone, lifting "personal-data safeguards"; the crosswalk judges them not related.
    unit = regalign.compare("KR", "JP", as_of=date(2026, 12, 6)).topic(
        "data.personal-data-protection"
    )
    pairs = {(p.a.id, p.b.id) for p in unit.now.pairs}
    for kr, jp in (
        ("kr-medical-service-act/art-23-2", "jp-appi/art-31-1-ii"),
        ("kr-medical-service-act/art-23-3", "jp-appi/art-31-1-ii"),
        ("kr-credit-information-act/art-3-2-2", "jp-appi/art-171"),
    ):
        assert (kr, jp) not in pairs


def test_a_rule_joined_through_a_relation_meets_only_the_rule_it_is_related_to() -> None:
    # Round 21, EU-KR: Korea's prior review of high-impact status (AI Basic Act Art. 33(1)) joined
    # the registration unit through its relation to the EU's not-high-risk finding (Art. 6(4)) and
    # was then paired by shape with the EU's duty to register high-risk systems (Art. 49).
    unit = regalign.compare("EU", "KR", as_of=date(2026, 12, 6)).topic("ai.registration")
    for assessed in (unit.now, unit.adopted):
        for pair in assessed.pairs:
            if "kr-ai-basic-act/art-33-1" in (pair.a.id, pair.b.id):
                assert pair.basis == "curated-relation"


def test_duties_of_an_opted_in_status_meet_only_their_like() -> None:
    # 7 Dec 2026: with Japan's Electronic Signatures Act read in full, its duties on accredited
    # businesses were paired on shape with eIDAS Art. 19a, a duty on every non-qualified provider,
    # and trust-service supervision read 'aligned' against the published comparisons. Duties that
    # bind only providers holding a status they applied for name the role
    # accredited-trust-service-provider, and meet the like duties of the other side.
    from datetime import date

    from regalign.comparisons.compare import compare
    from regalign.frameworks.loader import load
    from regalign.frameworks.method_loader import default_method
    from regalign.schema.vocab import Role

    corpus = load(use_env=False).corpus
    accredited = Role.ACCREDITED_TRUST_SERVICE_PROVIDER
    assert accredited in corpus.provisions["eu-eidas/art-24-2"].addressees
    assert accredited in corpus.provisions["jp-electronic-signatures-act/art-11"].addressees
    assert accredited not in corpus.provisions["eu-eidas/art-19a-1"].addressees
    result = compare(corpus, "EU", "JP", as_of=date(2026, 12, 7), method=default_method())
    pairs = {(p.a.id, p.b.id) for p in result.topic("esig.trust-services").adopted.pairs}
    assert ("eu-eidas/art-24-2", "jp-electronic-signatures-act/art-11") in pairs
    assert not [b for a, b in pairs if a == "eu-eidas/art-19a-1" and "art-9-" in b]
    # Round 28, EU-JP: shape alone still set an identity check before issuing against a notice of a
    # change of address, and breach notification against a ban on false accreditation marks; the
    # crosswalk judges each, and pairs the EU's notice of changes (Art. 24(2)(a)) with Japan's.
    jp = "jp-electronic-signatures-act/"
    for eu, other in (
        ("eu-eidas/art-24-1", "art-9-1"),
        ("eu-eidas/art-24-1", "art-9-4"),
        ("eu-eidas/art-24-1", "art-12"),
        ("eu-eidas/art-19a-1", "art-13-2"),
    ):
        assert (eu, jp + other) not in pairs
    assert ("eu-eidas/art-24-2", jp + "art-9-1") in pairs
    assert result.topic("esig.trust-services").adopted.verdict == "partially-aligned"


def test_among_curated_pairs_the_closer_judgement_leads() -> None:
    # Round 30, KR-JP: "penalties for export-control rules: both have penalties (Industrial
    # Technology Protection Act Art. 36(3); FEFTA Art. 69-7(1)(i))" led with a pair of strength 2
    # (national core technology against Japan's security export control) over the like-for-like
    # pair of strength 6 (Korea's Foreign Trade Act Art. 53(2)), only because the first states a
    # fixed fine.
    from datetime import date

    from regalign.comparisons.compare import compare
    from regalign.frameworks.loader import load
    from regalign.frameworks.method_loader import default_method

    corpus = load(use_env=False).corpus
    result = compare(corpus, "KR", "JP", as_of=date(2026, 12, 7), method=default_method())
    lead = result.topic("data.export-control.penalties").adopted.lead
    assert lead is not None
    assert lead.a.id == "kr-foreign-trade-act/art-53-2"
    assert lead.b.id.startswith("jp-fefta/art-69-7-1")


def test_korean_and_japanese_e_signature_rules_meet_their_like() -> None:
    # Round 31, KR-JP: "where they meet" ranked trust-service supervision and e-signature penalties
    # "aligned" on shape pairs of unlike rules (a notice to subscribers scored 0.99 against Japan's
    # record-keeping; lending a certificate 0.99 against a false application). The crosswalk judges
    # them, and both topics read partially aligned.
    from datetime import date

    from regalign.comparisons.compare import compare
    from regalign.frameworks.loader import load
    from regalign.frameworks.method_loader import default_method

    corpus = load(use_env=False).corpus
    result = compare(corpus, "KR", "JP", as_of=date(2026, 12, 7), method=default_method())
    kr, jp = "kr-digital-signature-act/", "jp-electronic-signatures-act/"
    services = result.topic("esig.trust-services").adopted
    pairs = {(p.a.id, p.b.id) for p in services.pairs}
    assert (kr + "art-15-2-4", jp + "art-10") in pairs
    assert not {(kr + "art-15-2-4", jp + "art-11"), (kr + "art-20", jp + "art-11")} & pairs
    penalties = result.topic("esig.penalties").adopted
    pairs = {(p.a.id, p.b.id) for p in penalties.pairs}
    assert (kr + "art-24-1", jp + "art-41") in pairs
    assert not {(kr + "art-24-2", jp + "art-41"), (kr + "art-26-1", jp + "art-41")} & pairs
    assert services.verdict == penalties.verdict == "partially-aligned"


@pytest.mark.parametrize("sides", [("EU", "KR"), ("EU", "JP"), ("KR", "JP")])
def test_a_provision_a_curated_relation_pairs_is_no_one_elses_by_shape(sides) -> None:
    # Round 40, EU-KR: six paragraphs of AI Act Art. 26 each met, on shape alone, the one Korean
    # user-protection plan (AI Basic Act Art. 34(1)(3)) a curated relation joins to Art. 26(5).
    result = regalign.compare(*sides, as_of=date(2026, 12, 6))
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            curated = {
                r.id for p in assessed.pairs if p.basis == "curated-relation" for r in (p.a, p.b)
            }
            for pair in assessed.pairs:
                if pair.basis == "same-addressees":
                    assert not {pair.a.id, pair.b.id} & curated, (
                        unit.unit_id,
                        pair.a.id,
                        pair.b.id,
                    )


def test_deployer_duties_meet_only_what_the_crosswalk_or_shape_honestly_offers() -> None:
    unit = regalign.compare("EU", "KR", as_of=date(2026, 12, 6)).topic(
        "ai.high-risk.deployer-duties"
    )
    pairs = {(p.a.id, p.b.id) for p in unit.adopted.pairs}
    assert pairs == {
        ("eu-ai-act/art-26-5", "kr-ai-basic-act/art-34-1-3"),
        ("eu-ai-act/art-26-1", "kr-ai-basic-act-decree/art-27-4"),
    }
    assert unit.adopted.verdict != "aligned"


def test_a_provision_compared_under_another_topic_is_no_gap_here() -> None:
    # Round 40: AI Act Art. 50(4) (deep fakes) is related to AI Basic Act Art. 31(3), filed under
    # deep fakes; under the marking of AI-generated content it is unpaired but no gap.
    result = regalign.compare("eu-ai-act", "kr-ai-basic-act", as_of=date(2026, 12, 1))
    assessed = result.topic("ai.transparency.synthetic-content").now
    assert "eu-ai-act/art-50-4" in {r.id for r in assessed.unpaired_a}
    # Paired: Art. 50(2) and Art. 31(2); a gap: Art. 111(4) (no counterpart anywhere).
    assert assessed.coverage == pytest.approx(2 / 3)


def test_the_two_ai_statutes_meet_on_the_states_duty_to_promote_ai_education() -> None:
    # Round 45, KR-JP: "AI literacy: different matters" between the AI Basic Act and the AI Promotion
    # Act, though both make the State promote education about AI (Art. 29; Art. 15).
    unit = regalign.compare("kr-ai-basic-act", "jp-ai-promotion-act", as_of=date(2026, 12, 6))
    assessed = unit.topic("ai.literacy").adopted
    assert {(p.a.id, p.b.id) for p in assessed.pairs} == {
        ("kr-ai-basic-act/art-29", "jp-ai-promotion-act/art-15")
    }
    assert assessed.verdict != "divergent"


OPERATOR_ROLES = [Role.PROVIDER, Role.DEPLOYER, Role.CONTROLLER, Role.BUSINESS]


@settings(max_examples=60, deadline=None)
@given(
    corpus_parts, st.sampled_from(TOPICS[1:]), st.sets(st.sampled_from(OPERATOR_ROLES), min_size=1)
)
def test_a_soft_provision_supports_only_a_binding_rule_for_its_own_addressees(
    parts, topic, roles
) -> None:
    # Round 67, EU-JP: Japan's guideline asking firms to build AI literacy was set aside as support
    # for the State's binding duty to promote education, so the EU's duty on firms read as a
    # different matter. A soft rule stands behind a binding one only if that one binds its addressees.
    part_a, part_b, force_a, _ = parts
    planted = [
        dict(topics=(topic,), modality=Modality.PROMOTION, addressees=(Role.GOVERNMENT,)),
        dict(
            topics=(topic,),
            modality=Modality.RECOMMENDATION,
            addressees=tuple(sorted(roles, key=lambda r: r.value)),
        ),
    ]
    corpus = _corpus(part_a, [*part_b, *planted], force_a, LegalForce.BINDING)
    result = compare(corpus, "fw-a", "fw-b", as_of=DAY, method=METHOD)
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            for side in (assessed.stance_a, assessed.stance_b):
                bound = {addressee_class(r.provision) for r in side if not is_soft(r)}
                for ref in side:
                    if ref in assessed.supporting:
                        assert is_soft(ref) and addressee_class(ref.provision) in bound


def test_japans_literacy_guidance_for_firms_meets_the_eus_literacy_duty() -> None:
    # Round 67, EU-JP: "AI literacy: divergent (different matters)". Japan binds only the State there
    # (AI Promotion Act Art. 15); for firms it has guidance (Part 2 C. 8)), set against Art. 4.
    result = regalign.compare("EU", "JP", as_of=date(2026, 12, 6))
    assessed = result.topic("ai.literacy").adopted
    assert ("eu-ai-act/art-4", "jp-ai-guidelines-business/c-8-literacy") in {
        (p.a.id, p.b.id) for p in assessed.pairs
    }
    assert "jp-ai-guidelines-business/c-8-literacy" not in {r.id for r in assessed.supporting}
    assert assessed.verdict != "divergent"


def test_a_rule_for_models_never_meets_a_rule_for_high_risk_systems_on_shape_alone() -> None:
    # Round 69, EU-KR: the GPAI Code of Practice's monitoring commitment for models with systemic
    # risk was "aligned (0.74)" with Korea's monitoring guidance for high-impact systems, on the
    # same addressees alone: two objects, not one.
    result = regalign.compare("EU", "KR", as_of=date(2026, 12, 6))
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            for pair in assessed.pairs:
                if pair.basis != "same-addressees":
                    continue
                tiers = {pair.a.provision.scope_tier, pair.b.provision.scope_tier}
                assert not (
                    ScopeTier.HIGH_RISK in tiers
                    and tiers & {ScopeTier.GENERAL_PURPOSE_MODEL, ScopeTier.FRONTIER}
                ), (unit.unit_id, pair.a.id, pair.b.id)
    assert not result.topic("ai.post-market-monitoring").now.pairs
