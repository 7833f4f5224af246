"""Joint commitments, party terms, the conformity view, and the two horizons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regalign.comparisons.compare import compare
from regalign.comparisons.sides import SideError, resolve_side
from regalign.frameworks.corpus import Corpus, CrosswalkRelation
from regalign.frameworks.method_loader import default_method
from regalign.schema.records import Framework, FrameworkEvent, PartyTerm, Provision, Relation, Topic
from regalign.schema.vocab import (
    EnglishText,
    EventType,
    Evidence,
    InstrumentType,
    LegalForce,
    Modality,
    PartyTermKind,
    Rationale,
    RelationType,
    Role,
    Status,
)

METHOD = default_method()
DAY = date(2026, 12, 1)
TOPICS = ["d", "d.flows", "d.local", "d.sig"]


def _framework(
    fid: str, parties: tuple[str, ...], kind: InstrumentType, signed_only: bool = False
) -> Framework:
    events = [
        FrameworkEvent(
            event=EventType.SIGNED if signed_only else EventType.ADOPTED,
            date=date(2020, 1, 1),
            evidence=Evidence.PRIMARY,
        )
    ]
    if not signed_only:
        events.append(
            FrameworkEvent(
                event=EventType.ENTRY_INTO_FORCE, date=date(2020, 2, 1), evidence=Evidence.PRIMARY
            )
        )
    return Framework(
        id=fid,
        title=fid,
        short_title=fid.upper(),
        original_language="en",
        jurisdictions=parties,
        instrument_type=kind,
        legal_force=LegalForce.BINDING,
        status=Status.SIGNED if signed_only else Status.IN_FORCE,
        events=tuple(events),
        english_text=EnglishText.ORIGINAL,
        summary="s",
        checked=DAY,
        evidence=Evidence.PRIMARY,
    )


def _provision(
    pid: str, topic: str, modality: Modality, roles: tuple[Role, ...], **extra
) -> Provision:
    return Provision(
        id=pid,
        pinpoint=f"Art. {pid}",
        title=pid,
        summary="s",
        topics=(topic,),
        modality=modality,
        addressees=roles,
        evidence=Evidence.PRIMARY,
        **extra,
    )


def _corpus(signed_only: bool = False) -> Corpus:
    corpus = Corpus()
    corpus.topics = {t: Topic(id=t, label=t, description=t) for t in TOPICS}
    corpus.add_framework(
        _framework("treaty", ("EU", "KR"), InstrumentType.TRADE_AGREEMENT, signed_only),
        [
            _provision("1", "d.local", Modality.PROHIBITION, (Role.STATE_PARTY,)),
            _provision("2", "d.sig", Modality.OBLIGATION, (Role.STATE_PARTY,)),
            _provision(
                "3",
                "d.flows",
                Modality.EXCEPTION,
                (Role.STATE_PARTY,),
                party_term=PartyTerm(parties=("KR",), kind=PartyTermKind.CARVE_OUT),
            ),
        ],
    )
    corpus.add_framework(
        _framework("eu-law", ("EU",), InstrumentType.REGULATION),
        [
            _provision("1", "d.local", Modality.PROHIBITION, (Role.GOVERNMENT,)),
            _provision("2", "d.flows", Modality.OBLIGATION, (Role.CONTROLLER,)),
        ],
    )
    corpus.add_framework(
        _framework("kr-law", ("KR",), InstrumentType.STATUTE),
        [
            _provision("1", "d.local", Modality.OBLIGATION, (Role.BUSINESS,)),
            _provision("2", "d.flows", Modality.OBLIGATION, (Role.CONTROLLER,)),
        ],
    )
    corpus.relations.append(
        CrosswalkRelation(
            "x",
            Relation(
                source="treaty/1",
                target="kr-law/1",
                relation=RelationType.INTERSECTS_WITH,
                rationale=Rationale.FUNCTIONAL,
                strength=2,
                justification="Korea requires local storage that the treaty bars.",
                opposite=True,
            ),
        )
    )
    return corpus


def test_a_shared_treaty_is_a_joint_commitment_not_evidence_of_alignment() -> None:
    result = compare(_corpus(), "EU", "KR", as_of=DAY, method=METHOD)
    assert result.joint_instruments == ("treaty",)
    ids = {r.id for t in result.topics for r in (*t.adopted.stance_a, *t.adopted.stance_b)}
    assert ids == {"eu-law/1", "eu-law/2", "kr-law/1", "kr-law/2", "treaty/3"}
    flows = result.topic("d.flows")
    assert [r.id for r in flows.stance_b] == [
        "kr-law/2",
        "treaty/3",
    ]  # the carve-out counts for Korea alone
    assert [r.id for r in flows.stance_a] == ["eu-law/2"]


def test_conformity_view_judges_each_sides_own_law() -> None:
    result = compare(_corpus(), "EU", "KR", as_of=DAY, method=METHOD)
    views = {(j.commitment.id, j.topic_id): (j.a.verdict, j.b.verdict) for j in result.joint}
    assert views == {
        ("treaty/1", "d.local"): ("consistent", "in-tension"),
        ("treaty/2", "d.sig"): ("no-domestic-rule", "no-domestic-rule"),
    }
    tension = next(j for j in result.joint if j.commitment.id == "treaty/1").b
    assert "requires local storage" in tension.reason


def test_include_shared_restores_the_treaty_on_both_sides() -> None:
    result = compare(_corpus(), "EU", "KR", as_of=DAY, method=METHOD, include_shared=True)
    assert result.joint == () and result.joint_instruments == ()
    sig = result.topic("d.sig")
    assert [r.id for r in sig.stance_a] == [r.id for r in sig.stance_b] == ["treaty/2"]
    assert sig.score == 1.0


def test_a_treaty_compared_with_one_partys_law_stays_on_its_side() -> None:
    result = compare(_corpus(), "treaty", "KR", as_of=DAY, method=METHOD)
    local = result.topic("d.local")
    assert [r.id for r in local.stance_a] == ["treaty/1"] and [r.id for r in local.stance_b] == [
        "kr-law/1"
    ]
    assert local.verdict == "divergent" and any(c.name == "not-related" for c in local.caps)


def test_selections_add_and_remove_instruments() -> None:
    corpus = _corpus()
    side = resolve_side(corpus, "EU~treaty", ["KR"])
    assert side.framework_ids == ("eu-law",) and side.kind == "selection"
    assert resolve_side(corpus, "eu-law+treaty", ["KR"]).framework_ids == ("eu-law", "treaty")
    for bad in ("~eu-law", "EU~EU", "EU+nope", "EU~"):
        with pytest.raises(SideError):
            resolve_side(corpus, bad, ["KR"])


def test_a_pending_treaty_counts_at_the_adopted_horizon_only_as_if_in_force() -> None:
    result = compare(_corpus(signed_only=True), "treaty", "EU", as_of=DAY, method=METHOD)
    local = result.topic("d.local")
    assert local.now.stance_a[0].force_level == 1 and local.adopted.stance_a[0].force_level == 3
    assert [r.id for r in local.pending_a] == ["treaty/1"]


provision_parts = st.lists(
    st.tuples(st.sampled_from(TOPICS), st.sampled_from(list(Modality))), min_size=1, max_size=5
)


@settings(max_examples=60, deadline=None)
@given(provision_parts, provision_parts, provision_parts)
def test_no_score_rests_only_on_what_both_sides_share(treaty, eu, kr) -> None:
    corpus = Corpus()
    corpus.topics = {t: Topic(id=t, label=t, description=t) for t in TOPICS}
    for fid, parties, parts in (
        ("treaty", ("EU", "KR"), treaty),
        ("eu-law", ("EU",), eu),
        ("kr-law", ("KR",), kr),
    ):
        kind = InstrumentType.TRADE_AGREEMENT if fid == "treaty" else InstrumentType.STATUTE
        corpus.add_framework(
            _framework(fid, parties, kind),
            [
                _provision(str(i), topic, modality, (Role.BUSINESS,))
                for i, (topic, modality) in enumerate(parts)
            ],
        )
    result = compare(corpus, "EU", "KR", as_of=DAY, method=METHOD)
    for unit in result.topics:
        for assessed in (unit.now, unit.adopted):
            shared = {r.id for r in assessed.stance_a} & {r.id for r in assessed.stance_b}
            assert not shared
            assert not any(
                r.framework.id == "treaty" for r in (*assessed.stance_a, *assessed.stance_b)
            )
        now_ids = {r.id for r in (*unit.now.stance_a, *unit.now.stance_b)}
        assert now_ids <= {r.id for r in (*unit.adopted.stance_a, *unit.adopted.stance_b)}


@given(ends=st.dates(min_value=date(2026, 12, 2), max_value=date(2030, 12, 31)))
@settings(max_examples=10, deadline=None)
def test_a_rule_the_adopted_law_ends_counts_now_but_not_as_adopted(ends: date) -> None:
    # Round 13, KR-JP: an amending act deletes APPI Art. 178 from 17 Jan 2027; the rulebook as
    # adopted no longer holds it, though it applies today.
    corpus = _corpus()
    corpus.add_framework(
        _framework("kr-old", ("KR",), InstrumentType.STATUTE),
        [_provision("9", "d.sig", Modality.OBLIGATION, (Role.BUSINESS,), applies_until=ends)],
    )
    unit = compare(corpus, "EU", "KR", as_of=DAY, method=METHOD).topic("d.sig")
    assert "kr-old/9" in {r.id for r in unit.now.stance_b}
    assert "kr-old/9" not in {r.id for r in unit.adopted.stance_b}
    assert unit.adopted_from == ends + timedelta(days=1)
    assert unit.adopted.verdict == "not-yet" and not unit.adopted.counts  # neither side, as adopted
    after = compare(corpus, "EU", "KR", as_of=ends + timedelta(days=1), method=METHOD)
    assert after.topic("d.sig") is None  # no side has rules there any more


def test_a_rule_on_firms_is_not_a_stricter_form_of_the_states_commitment() -> None:
    # Rounds 18 and 19, EU-KR: "GDPR Art. 44 stricter" than the DTA's commitment to keep data flowing;
    # a ban on controllers' transfers conditions the flow the state commits to, it does not go further.
    import regalign

    result = regalign.compare("EU", "KR", as_of=date(2026, 12, 6))
    flows = next(j for j in result.joint if j.commitment.id == "eu-kr-dta/data-flows-commitment")
    assert "eu-gdpr/art-44" in {r.id for r in flows.a.provisions}
    # Not stricter. GDPR Art. 49(5) (national limits on transfers) reaches only transfers without an
    # adequacy decision, and the EU has found Korea adequate: a curated `not-related` relation keeps
    # it from being set against the commitment, and the adequacy finding speaks for the EU (round
    # 71, EU-KR, as for Japan in rounds 62 and 63).
    assert flows.a.verdict == "consistent"
    assert flows.a.lead is not None and flows.a.lead.id == "eu-adequacy-kr/adequacy-finding"
    assert "eu-gdpr/art-49-5" not in {r.id for r in flows.a.provisions}
    from regalign.schema.derived import addressee_class

    for j in result.joint:
        for rule in (j.a, j.b):
            if rule.verdict == "stricter":
                classes = {addressee_class(r.provision) for r in rule.provisions}
                assert addressee_class(j.commitment.provision) in classes


def test_no_rule_is_stricter_than_a_pledge() -> None:
    # Round 33, EU-KR (full briefing): the AI Basic Act's duty to pursue international cooperation
    # (Art. 22) and its standardisation rules (Art. 14) read "stricter" than the Digital Partnership's
    # cooperation areas: a promise to cooperate sets no level a domestic rule could exceed.
    import regalign
    from regalign.comparisons.joint import is_pledge

    result = regalign.compare("EU", "KR", as_of=date(2026, 12, 6))
    pledges = [j for j in result.joint if is_pledge(j.commitment)]
    assert any(j.commitment.framework.id == "eu-kr-digital-partnership" for j in pledges)
    assert any(j.b.provisions for j in pledges)  # Korea has rules on some of them ...
    for j in pledges:  # ... and none is read as going further than a pledge
        assert "stricter" not in (j.a.verdict, j.b.verdict), j.commitment.id
    # A binding commitment still can be exceeded (Korea's paperless-trading rules against RCEP's).
    kr_jp = regalign.compare("KR", "JP", as_of=date(2026, 12, 6))
    paperless = next(j for j in kr_jp.joint if j.commitment.id == "rcep-ecommerce/art-12-5-1")
    assert not is_pledge(paperless.commitment) and paperless.a.verdict == "stricter"


@given(day=st.dates(min_value=date(2025, 1, 21), max_value=date(2026, 1, 21)))
@settings(max_examples=15, deadline=None)
def test_an_adopted_act_with_a_fixed_date_is_scheduled_not_pending(day: date) -> None:
    # Round 34, EU-KR: on 6 Dec 2025 the AI Basic Act (promulgated 21 Jan 2025, in force 22 Jan 2026)
    # counted 'today' as a pending instrument, at reduced force; its date was fixed, so its rules
    # wait for it. Only an instrument with no date fixed (the signed EU-Korea DTA) is pending.
    from regalign.comparisons.applicability import NOW, Starts, counts_at, status
    from regalign.comparisons.results import PENDING, SCHEDULED
    from regalign.frameworks.loader import load

    corpus = load(use_env=False).corpus
    starts = Starts(corpus)
    act = corpus.frameworks["kr-ai-basic-act"]
    for pid in ("kr-ai-basic-act/art-31-2", "kr-ai-basic-act/art-43"):
        state = status(act, corpus.provisions[pid], starts.start(pid), day)
        assert state == SCHEDULED and not counts_at(NOW, state)
    dta = corpus.frameworks["eu-kr-dta"]
    pid = "eu-kr-dta/data-flows-commitment"
    assert status(dta, corpus.provisions[pid], starts.start(pid), date(2026, 12, 6)) == PENDING


def test_the_sides_main_law_on_the_topic_speaks_for_it() -> None:
    # Round 40 (KR-JP and EU-KR): the Medical Service Act's ban on leaking electronic medical
    # records, a prohibition and so the 'strongest' rule, spoke for Korea on RCEP's and the FTA's
    # commitments to a legal framework protecting personal information; PIPA is that framework.
    import regalign

    kr_jp = regalign.compare("KR", "JP", as_of=date(2026, 12, 6))
    framework = next(j for j in kr_jp.joint if j.commitment.id == "rcep-ecommerce/art-12-8-1")
    assert framework.a.verdict == "consistent" and framework.a.lead is not None
    assert framework.a.lead.framework.id == "kr-pipa"
    assert framework.a.reason.startswith(f"PIPA {framework.a.lead.pinpoint} (")
    assert any(r.framework.id == "kr-medical-service-act" for r in framework.a.provisions)
    # Every side with provisions names one of them as its lead, and its reason cites that one.
    for result in (kr_jp, regalign.compare("EU", "KR", as_of=date(2026, 12, 6))):
        for j in result.joint:
            for rule in (j.a, j.b):
                if rule.verdict in ("consistent", "stricter"):
                    assert rule.lead in rule.provisions
                    lead = rule.lead
                    assert rule.reason.startswith(f"{lead.framework.short_title} {lead.pinpoint}")
