"""Facts the comparisons depend on, asserted against the reference notes.

Every expected value below is taken from the reference notes in /work/shared/sources/:

* ``ai-frameworks.md`` (AI: EU AI Act, Korean AI Basic Act and Decree, ethics instruments, the
  EU-ROK Digital Partnership), cited as "AI §<section>";
* ``dataflows-esignatures.md`` (data flows, e-signatures and trade), cited as "DF §<section>".

Each test names the section and, where the notes give one, the URL the value was read at. Values are
exact, so an edit that changes a date, an amount, a pinpoint or a modality makes a test fail. If a
test fails, compare the record with the cited section before touching the test.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pytest

from regalign.frameworks.loader import LoadResult, load
from regalign.schema.lifecycle import event_date, status_on
from regalign.schema.records import Framework, Provision
from regalign.schema.vocab import (
    EventType,
    Evidence,
    InstrumentType,
    LegalForce,
    Modality,
    Role,
    SanctionKind,
    ScopeTier,
    Status,
    WhicheverIs,
)


@lru_cache(maxsize=1)
def bundled() -> LoadResult:
    return load(use_env=False)


CORPUS = bundled().corpus
D = date.fromisoformat


def fw(framework_id: str) -> Framework:
    assert framework_id in CORPUS.frameworks, f"framework {framework_id!r} is missing"
    return CORPUS.frameworks[framework_id]


def prov(ref: str) -> Provision:
    assert ref in CORPUS.provisions, f"provision {ref!r} is missing"
    return CORPUS.provisions[ref]


def local_ids(framework_id: str) -> list[str]:
    return [pid.partition("/")[2] for pid in CORPUS.provisions_of(framework_id)]


def events(framework: Framework, kind: EventType) -> list:
    return [e for e in framework.events if e.event is kind]


def only_event(framework: Framework, kind: EventType, instrument_part: str | None = None):
    found = [
        e
        for e in events(framework, kind)
        if instrument_part is None or instrument_part in (e.instrument or "")
    ]
    assert len(found) == 1, (
        f"{framework.id}: expected one {kind.value} event matching {instrument_part!r}, got {found}"
    )
    return found[0]


def fine(provision: Provision, index: int = 0) -> tuple:
    s = provision.sanctions[index]
    return (s.kind, s.max_amount, s.currency, s.turnover_percent, s.whichever)


# =================================================================================================
# EU AI Act, Regulation (EU) 2024/1689
# =================================================================================================


def test_ai_act_identifiers_and_entry_into_force() -> None:
    """AI §1.1 Metadata: CELEX 32024R1689, ELI http://data.europa.eu/eli/reg/2024/1689/oj, OJ L 12.7.2024,
    entry into force on the 20th day after publication = 1 Aug 2024 (S-EU-OJ,
    https://eur-lex.europa.eu/eli/reg/2024/1689/oj). AI §1.5: amended by Reg. (EU) 2026/1744, in force 27 Jul 2026."""
    f = fw("eu-ai-act")
    assert f.identifiers.celex == "32024R1689"
    assert f.identifiers.eli == "http://data.europa.eu/eli/reg/2024/1689/oj"
    assert f.source_url == "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
    assert f.jurisdictions == ("EU",)
    assert (f.instrument_type, f.legal_force, f.status) == (
        InstrumentType.REGULATION,
        LegalForce.BINDING,
        Status.IN_FORCE,
    )
    assert only_event(f, EventType.PUBLISHED).date == D("2024-07-12")
    assert event_date(f, EventType.ENTRY_INTO_FORCE) == D("2024-08-01")
    amended = only_event(f, EventType.AMENDED, "2026/1744")
    assert (amended.date, amended.instrument, amended.evidence) == (
        D("2026-07-27"),
        "Regulation (EU) 2026/1744",
        Evidence.SECONDARY,
    )


@pytest.mark.parametrize("letter", list("abcdefgh"))
def test_ai_act_art_5_original_prohibitions(letter: str) -> None:
    """AI §1.3 (Art. 113(a): Chapters I and II from 2 Feb 2025) and §1.4 Art. 5 row: bans (a)-(h), PRIMARY."""
    p = prov(f"eu-ai-act/art-5-1-{letter}")
    assert p.pinpoint == f"Art. 5(1)({letter})" and p.pinpoint_verified
    assert p.modality is Modality.PROHIBITION
    assert p.applies_from == D("2025-02-02")
    assert p.evidence is Evidence.PRIMARY
    assert p.topics == ("ai.prohibited-practices",)


@pytest.mark.parametrize("letter", ["ba", "bb"])
def test_ai_act_art_5_bans_added_in_2026(letter: str) -> None:
    """AI §1.4 Art. 5 row ("as amended" column) and §6 item 1: Art. 5(1)(ba) intimate deepfakes and
    (bb) CSAM, inserted by Reg. (EU) 2026/1744, apply from 2 Dec 2026 (amended Art. 113(a)). Read in
    the consolidated text of 27 Jul 2026 (eleventh sitting), so primary, with that copy as read_url."""
    p = prov(f"eu-ai-act/art-5-1-{letter}")
    assert p.pinpoint == f"Art. 5(1)({letter})"
    assert p.modality is Modality.PROHIBITION
    assert p.applies_from == D("2026-12-02")
    assert p.evidence is Evidence.PRIMARY
    assert "chunks_2026-07-27.jsonl" in str(p.read_url)
    assert "CELEX:02024R1689-20260727" in str(p.source_url)


ANNEX_III_AREAS = {
    1: "Biometrics",
    2: "Critical infrastructure",
    3: "Education and vocational training",
    4: "Employment, workers' management and access to self-employment",
    5: "essential private and public services",
    6: "Law enforcement",
    7: "Migration, asylum and border control management",
    8: "justice and democratic processes",
}


def test_ai_act_annex_iii_has_exactly_eight_points() -> None:
    """AI §1.4 Annex III row: "Eight areas" (S-EU-OJ)."""
    annex = sorted(i for i in local_ids("eu-ai-act") if i.startswith("annex-3-"))
    assert annex == sorted(f"annex-3-{n}" for n in range(1, 9))


@pytest.mark.parametrize("point", range(1, 9))
def test_ai_act_annex_iii_point(point: int) -> None:
    """AI §1.4 Annex III row: area names; applies 2 Aug 2026 under the 2024 text, 2 Dec 2027 as amended by
    Reg. (EU) 2026/1744 (Art. 113(c)(i), read in the consolidated text of 27 Jul 2026: primary since the
    eleventh sitting; the reference notes had it SECONDARY, S-OMNI-CONSOL / S-OMNI-ADOPT)."""
    p = prov(f"eu-ai-act/annex-3-{point}")
    assert p.pinpoint == f"Annex III point {point}"
    assert ANNEX_III_AREAS[point] in p.title
    assert p.modality is Modality.DEFINITION and p.scope_tier is ScopeTier.HIGH_RISK
    assert p.applies_from == D("2027-12-02")
    assert len(p.application_history) == 1
    change = p.application_history[0]
    assert (change.original, change.new) == (D("2026-08-02"), D("2027-12-02"))
    assert "2026/1744" in change.amended_by
    assert change.evidence is Evidence.PRIMARY
    assert "chunks_2026-07-27.jsonl" in str(change.source_url)


@pytest.mark.parametrize(
    ("local_id", "original", "new"),
    [
        ("art-6-1", "2027-08-02", "2028-08-02"),  # Art. 113(c) original; Annex I systems as amended
        (
            "art-6-2",
            "2026-08-02",
            "2027-12-02",
        ),  # general date original; Annex III systems as amended
    ],
)
def test_ai_act_art_6_classification_dates(local_id: str, original: str, new: str) -> None:
    """AI §1.3 (Art. 113(c): Art. 6(1) from 2 Aug 2027) and §1.4 Art. 6 / Art. 113 rows (amended: 2 Dec 2027 for
    Art. 6(2)/Annex III, 2 Aug 2028 for Art. 6(1)/Annex I, SECONDARY)."""
    p = prov(f"eu-ai-act/{local_id}")
    assert p.applies_from == D(new)
    assert [(c.original, c.new) for c in p.application_history] == [(D(original), D(new))]
    assert "2026/1744" in p.application_history[0].amended_by


@pytest.mark.parametrize(
    ("local_id", "pinpoint", "amount", "percent"),
    [
        ("art-99-3", "Art. 99(3)", 35_000_000, 7),
        ("art-99-4", "Art. 99(4)", 15_000_000, 3),
        ("art-99-5", "Art. 99(5)", 7_500_000, 1),
    ],
)
def test_ai_act_art_99_fine_ceilings(
    local_id: str, pinpoint: str, amount: int, percent: int
) -> None:
    """AI §1.4 Art. 99 row: Art. 5 breaches EUR 35,000,000 or 7 %; operator obligations EUR 15,000,000 or 3 %;
    misleading information EUR 7,500,000 or 1 %; whichever is higher. Chapter XII from 2 Aug 2025 (AI §1.3)."""
    p = prov(f"eu-ai-act/{local_id}")
    assert p.pinpoint == pinpoint
    assert len(p.sanctions) == 1
    assert fine(p) == (SanctionKind.ADMINISTRATIVE_FINE, amount, "EUR", percent, WhicheverIs.HIGHER)
    assert p.applies_from == D("2025-08-02")


def test_ai_act_art_99_4_lists_the_operator_articles() -> None:
    """AI §1.4 Art. 99 row: Arts 16, 22, 23, 24, 26, 31, 33(1), (3), (4), 34 and 50."""
    applies_to = prov("eu-ai-act/art-99-4").sanctions[0].applies_to
    for article in ("16", "22", "23", "24", "26", "31", "33(1)", "34", "50"):
        assert re.search(rf"(?<![\d(]){re.escape(article)}(?![\d])", applies_to), article


def test_ai_act_art_99_6_smes_get_the_lower_ceiling() -> None:
    """AI §1.4 Art. 99 row: "For SMEs and start-ups, whichever is lower" of the paras 3-5 amounts."""
    p = prov("eu-ai-act/art-99-6")
    assert p.pinpoint == "Art. 99(6)"
    assert {fine(p, i) for i in range(len(p.sanctions))} == {
        (SanctionKind.ADMINISTRATIVE_FINE, 35_000_000, "EUR", 7, WhicheverIs.LOWER),
        (SanctionKind.ADMINISTRATIVE_FINE, 15_000_000, "EUR", 3, WhicheverIs.LOWER),
        (SanctionKind.ADMINISTRATIVE_FINE, 7_500_000, "EUR", 1, WhicheverIs.LOWER),
    }
    assert len(p.sanctions) == 3


def test_ai_act_art_100_fines_on_union_bodies() -> None:
    """AI §1.4 Art. 100 row: EDPS fines up to EUR 1,500,000 (Art. 5) and EUR 750,000 (other)."""
    p = prov("eu-ai-act/art-100")
    assert sorted(s.max_amount for s in p.sanctions) == [750_000, 1_500_000]
    assert {s.currency for s in p.sanctions} == {"EUR"}
    assert p.applies_from == D("2025-08-02")


def test_ai_act_art_101_gpai_fines_apply_from_august_2026() -> None:
    """AI §1.4 Art. 101 row: up to 3 % or EUR 15,000,000, whichever is higher; applies 2 Aug 2026 (excluded from
    the 2025 date by Art. 113(b), AI §1.3)."""
    p = prov("eu-ai-act/art-101")
    assert p.pinpoint == "Art. 101"
    assert [fine(p)] == [
        (SanctionKind.ADMINISTRATIVE_FINE, 15_000_000, "EUR", 3, WhicheverIs.HIGHER)
    ]
    assert p.applies_from == D("2026-08-02")
    assert p.scope_tier is ScopeTier.GENERAL_PURPOSE_MODEL


def test_ai_act_art_51_2_compute_presumption() -> None:
    """AI §1.4 Art. 51 row: 51(2) presumes high-impact capabilities above 10^25 FLOPs; Chapter V from 2 Aug 2025."""
    p = prov("eu-ai-act/art-51-2")
    assert p.pinpoint == "Art. 51(2)"
    assert "10^25" in p.summary
    assert "10^26" not in p.summary
    assert p.scope_tier is ScopeTier.FRONTIER
    assert p.applies_from == D("2025-08-02")


@pytest.mark.parametrize(
    ("local_id", "pinpoint", "deadline"),
    [
        ("art-73-1", "Art. 73(1)-(2)", "no later than 15 days"),
        ("art-73-3", "Art. 73(3)", "no later than two days"),
        ("art-73-4", "Art. 73(4)", "no later than 10 days"),
    ],
)
def test_ai_act_art_73_incident_deadlines(local_id: str, pinpoint: str, deadline: str) -> None:
    """AI §1.4 Art. 73 row: no later than 15 days; 2 days for widespread infringement or critical infrastructure;
    10 days in case of death. Chapter IX applies from 2 Aug 2026."""
    p = prov(f"eu-ai-act/{local_id}")
    assert p.pinpoint == pinpoint
    assert deadline in p.summary
    assert p.modality is Modality.OBLIGATION
    assert p.applies_from == D("2026-08-02")


def test_ai_act_art_73_deadlines_are_distinct() -> None:
    """AI §1.4 Art. 73 row: each paragraph carries only its own deadline."""
    assert "10 days" not in prov("eu-ai-act/art-73-1").summary
    assert "15 days" not in prov("eu-ai-act/art-73-4").summary
    assert "15 days" not in prov("eu-ai-act/art-73-3").summary


def test_ai_act_art_86_is_a_right_to_explanation() -> None:
    """AI §1.3 chapter map (Art. 86 in Chapter IX, general date 2 Aug 2026); Art. 86 gives affected persons a
    right to an explanation from the deployer of an Annex III high-risk system."""
    p = prov("eu-ai-act/art-86")
    assert p.pinpoint == "Art. 86"
    assert p.modality is Modality.RIGHT
    assert {Role.AFFECTED_PERSON, Role.DEPLOYER} <= set(p.addressees)
    assert p.scope_tier is ScopeTier.HIGH_RISK
    assert p.applies_from == D("2026-08-02")


def expected_ai_act_date(pinpoint: str) -> date | None:
    """The date a pinpoint applies from under Art. 113, as amended, per AI §1.3 (chapter map and original
    dates, PRIMARY) and the AI §1.4 Art. 113 row (amended dates, SECONDARY)."""
    if pinpoint.startswith("Annex III"):
        return D("2027-12-02")  # via Art. 6(2), Ch. III Sec. 1 as amended
    if pinpoint in ("Art. 5(1)(ba)", "Art. 5(1)(bb)"):
        return D("2026-12-02")  # amended Art. 113(a)
    if pinpoint.startswith("Art. 6(1)"):
        return D("2028-08-02")  # amended Art. 113(c), Annex I systems
    if pinpoint.startswith("Art. 4a("):
        # Inserted in Chapter I (applying since 2 Feb 2025) by Regulation (EU) 2026/1744, as Art.
        # 99(6a) below: from the amending act's entry into force (twelfth sitting).
        return D("2026-07-27")
    if pinpoint == "Art. 99(6a)":
        # Inserted in Chapter XII (applying since 2 Aug 2025) by Regulation (EU) 2026/1744: it
        # applies from the amending act's entry into force (consolidated text of 27 Jul 2026).
        return D("2026-07-27")
    article = int(re.match(r"Art\. (\d+)", pinpoint).group(1))  # type: ignore[union-attr]  # every pinpoint here is an article
    if article == 113:
        return None  # entry into force itself
    if article <= 5:
        return D("2025-02-02")  # Chapters I-II
    if article <= 27:
        return D("2027-12-02")  # Ch. III Sections 1-3 (Annex III systems), amended Art. 113(c)
    if (
        article <= 39
        or 51 <= article <= 56
        or 64 <= article <= 70
        or article == 78
        or 99 <= article <= 100
    ):
        return D("2025-08-02")  # Ch. III Sec. 4, Chapters V, VII, XII and Art. 78 (Art. 113(b))
    if 102 <= article <= 110:
        return D("2026-07-27")  # amended Art. 113(d)
    return D("2026-08-02")  # general date, including Art. 101


@pytest.mark.parametrize("ref", list(CORPUS.provisions_of("eu-ai-act")))
def test_ai_act_application_dates_follow_article_113(ref: str) -> None:
    """AI §1.3 chapter map and Art. 113 dates, with the AI §1.4 Art. 113 "as amended" column."""
    p = prov(ref)
    assert p.pinpoint is not None
    assert p.applies_from == expected_ai_act_date(p.pinpoint), f"{ref} ({p.pinpoint})"


# =================================================================================================
# Korea: AI Basic Act, its Enforcement Decree
# =================================================================================================


def test_kr_ai_basic_act_metadata() -> None:
    """AI §2.1 Metadata (PRIMARY, 부칙 in S-KR-ACT,
    https://github.com/azeroo0/gg1th_rag_mini/blob/69a3b9557066f7dfd6e6b5ca24861d62fb0771de/data/ai_basic_law/ai_basic_law.xml):
    Act No. 20676 promulgated 21 Jan 2025; in force 22 Jan 2026; amended by Act No. 21311 promulgated 20 Jan 2026
    (delayed parts 21 Jul 2026) and Act No. 21065 of 1 Oct 2025; 법령ID 014820."""
    f = fw("kr-ai-basic-act")
    assert f.title_original == "인공지능 발전과 신뢰 기반 조성 등에 관한 기본법"
    assert f.jurisdictions == ("KR",)
    assert (f.instrument_type, f.legal_force, f.status) == (
        InstrumentType.STATUTE,
        LegalForce.BINDING,
        Status.IN_FORCE,
    )
    assert f.identifiers.act_number == "Act No. 20676"
    assert f.identifiers.law_id == "014820"
    promulgated = only_event(f, EventType.PROMULGATED)
    assert (promulgated.date, promulgated.instrument) == (D("2025-01-21"), "Act No. 20676")
    assert event_date(f, EventType.ENTRY_INTO_FORCE) == D("2026-01-22")
    assert only_event(f, EventType.ENTRY_INTO_FORCE, "Act No. 20676").date == D("2026-01-22")
    assert only_event(f, EventType.ENTRY_INTO_FORCE, "Act No. 21311").date == D("2026-07-21")
    assert only_event(f, EventType.AMENDED, "Act No. 21311").date == D("2026-01-20")
    assert only_event(f, EventType.AMENDED, "Act No. 21065").date == D("2025-10-01")
    assert "Act No. 21311 (2026-01-20)" in {o.value for o in f.identifiers.other}


def test_kr_ai_basic_act_passed_by_the_national_assembly() -> None:
    """AI §2.1: passed by the National Assembly on 26 Dec 2024 (SECONDARY)."""
    passed = [e for e in events(fw("kr-ai-basic-act"), EventType.ADOPTED) if e.instrument is None]
    assert [(e.date, e.evidence) for e in passed] == [(D("2024-12-26"), Evidence.SECONDARY)]


def test_kr_ai_basic_act_art_43_fine() -> None:
    """AI §2.3 Art. 43 row (PRIMARY): up to KRW 30,000,000 for (1) no advance notice under Art. 31(1),
    (2) no domestic agent under Art. 36(1), (3) ignoring an Art. 40(3) order; nothing else is directly fineable."""
    p = prov("kr-ai-basic-act/art-43")
    assert p.pinpoint == "Art. 43"
    assert len(p.sanctions) == 1
    s = p.sanctions[0]
    assert (s.kind, s.max_amount, s.currency, s.turnover_percent) == (
        SanctionKind.ADMINISTRATIVE_FINE,
        30_000_000,
        "KRW",
        None,
    )
    assert set(re.findall(r"Art\. \d+\(\d+\)", s.applies_to)) == {
        "Art. 31(1)",
        "Art. 36(1)",
        "Art. 40(3)",
    }
    assert "3천만원" in (p.quote or "")


def test_kr_ai_basic_act_art_42_is_the_only_criminal_penalty() -> None:
    """AI §2.3 Art. 42 row: leaking Committee secrets, up to 3 years' imprisonment or a KRW 30 million fine."""
    p = prov("kr-ai-basic-act/art-42")
    kinds = {s.kind: s for s in p.sanctions}
    assert kinds[SanctionKind.IMPRISONMENT].max_years == 3
    assert (
        kinds[SanctionKind.CRIMINAL_FINE].max_amount,
        kinds[SanctionKind.CRIMINAL_FINE].currency,
    ) == (30_000_000, "KRW")
    criminal = [
        pid
        for pid in CORPUS.provisions_of("kr-ai-basic-act")
        if any(
            s.kind in (SanctionKind.IMPRISONMENT, SanctionKind.CRIMINAL_FINE)
            for s in prov(pid).sanctions
        )
    ]
    assert criminal == ["kr-ai-basic-act/art-42"]


@pytest.mark.parametrize(
    ("local_id", "pinpoint"), [("art-35-1", "Art. 35(1)"), ("art-30-3", "Art. 30(3)")]
)
def test_kr_ai_basic_act_best_efforts_duties(local_id: str, pinpoint: str) -> None:
    """AI §2.3 Art. 30 row ("shall endeavour" to obtain certification) and Art. 35 row ("shall endeavour" to
    assess impact; "a best-efforts duty, not mandatory")."""
    p = prov(f"kr-ai-basic-act/{local_id}")
    assert p.pinpoint == pinpoint
    assert p.modality is Modality.BEST_EFFORTS
    assert "노력하여야 한다" in (p.quote or "")


@pytest.mark.parametrize("paragraph", [1, 2, 3])
def test_kr_ai_basic_act_art_31_transparency_obligations(paragraph: int) -> None:
    """AI §2.3 Art. 31 row: (1) advance notice, (2) labelling of generative output, (3) deepfake-type output,
    all obligations of AI business operators, in force 22 Jan 2026."""
    p = prov(f"kr-ai-basic-act/art-31-{paragraph}")
    assert p.pinpoint == f"Art. 31({paragraph})"
    assert p.modality is Modality.OBLIGATION
    assert p.applies_from is None  # from the Act's entry into force, 22 Jan 2026
    # The operator that provides the AI product or service to users; MSIT's transparency guidelines
    # (Sec. 1) exclude those who merely use AI outputs in their own content (round 43, EU-KR).
    assert set(p.addressees) == {Role.PROVIDER}


def test_kr_ai_basic_act_art_36_domestic_agent() -> None:
    """AI §2.3 Art. 36 row: operators without an address or office in Korea designate a domestic agent.
    The duty and the fine fall on the operator; the agent is not bound (expert reading, 2026-12-06)."""
    p = prov("kr-ai-basic-act/art-36-1")
    assert p.pinpoint == "Art. 36"
    assert p.modality is Modality.OBLIGATION
    assert Role.AUTHORISED_REPRESENTATIVE not in p.addressees
    assert set(p.addressees) == {Role.PROVIDER, Role.DEPLOYER}


def test_kr_ai_basic_act_art_32_has_no_number_in_the_act() -> None:
    """AI §2.3 Art. 32 row: "The Act contains no number"; the threshold is set by Presidential Decree."""
    p = prov("kr-ai-basic-act/art-32-1")
    assert "Presidential Decree" in p.summary
    assert not re.search(r"10\^\d+", p.summary)


def test_kr_ai_basic_act_parts_applying_from_july_2026() -> None:
    """AI §2.1 later amendments and §2.3 (PRIMARY): Act No. 21311's Art. 3(5), 6(2)7-8, 16(3)-(5) in part, 17-2,
    18 (amended parts), 22-3 and 35(1) second sentence apply from 21 Jul 2026; everything else from 22 Jan 2026."""
    delayed = {
        ref.partition("/")[2]
        for ref in CORPUS.provisions_of("kr-ai-basic-act")
        if prov(ref).applies_from is not None
    }
    assert delayed == {"art-3-5", "art-16-3", "art-17-2", "art-18-3", "art-22-3"}
    for local_id in delayed:
        assert prov(f"kr-ai-basic-act/{local_id}").applies_from == D("2026-07-21"), local_id


def test_kr_decree_metadata() -> None:
    """AI §2.4: Korean title 인공지능 발전과 신뢰 기반 조성 등에 관한 기본법 시행령; reported in force with the Act on
    22 Jan 2026 (S-KR-DEC-f)."""
    f = fw("kr-ai-basic-act-decree")
    assert f.title_original == "인공지능 발전과 신뢰 기반 조성 등에 관한 기본법 시행령"
    assert (f.instrument_type, f.legal_force) == (InstrumentType.DECREE, LegalForce.BINDING)
    assert event_date(f, EventType.ENTRY_INTO_FORCE) == D("2026-01-22")


def test_kr_decree_compute_threshold() -> None:
    """AI §2.4 Art. 32 compute threshold: cumulative training compute of 10^26 FLOPs or more, plus state of the
    art technology and broad, serious impact (S-KR-DEC-a, S-KR-DEC-e, https://www.hesedon.com/?p=23836)."""
    p = prov("kr-ai-basic-act-decree/art-24-1")
    assert p.pinpoint == "Art. 24(1)"
    assert "10^26" in p.summary
    assert "10의 26승" in (p.quote or "")
    assert p.scope_tier is ScopeTier.FRONTIER


def test_kr_decree_domestic_agent_thresholds() -> None:
    """AI §2.4 domestic agent thresholds: prior-year revenue of KRW 1 trillion or more, or AI-service revenue of
    KRW 10 billion or more; daily average domestic users of 1 million or more (S-KR-DEC-c, S-KR-DEC-d)."""
    p = prov("kr-ai-basic-act-decree/art-29-1")
    assert p.pinpoint == "Art. 29"
    for threshold in ("KRW 1 trillion", "KRW 10 billion", "1 million"):
        assert threshold in p.summary, threshold


def test_kr_decree_fine_grace_period_is_policy_not_verified_text() -> None:
    """AI §2.4 grace period row and §6 item 5: "at least 1 year" of guidance before fines; whether it is in the
    Decree is UNVERIFIED, so no pinpoint and only secondary evidence."""
    p = prov("kr-msit-ai-enforcement-grace-period/fine-grace-period")
    # An announcement of enforcement policy, not a rule of the Decree: its own non-binding record.
    assert (
        CORPUS.frameworks["kr-msit-ai-enforcement-grace-period"].legal_force
        is LegalForce.NON_BINDING
    )
    assert not any(
        pid.endswith("/fine-grace-period") for pid in CORPUS.provisions_of("kr-ai-basic-act-decree")
    )
    assert p.pinpoint is None
    assert p.pinpoint_verified is False
    assert p.evidence is Evidence.SECONDARY
    assert p.modality is Modality.EXCEPTION
    assert "at least one year" in p.summary


# =================================================================================================
# Voluntary and cooperation instruments
# =================================================================================================

KR_ETHICS_KOREAN_TITLES = {
    "principle-1": "인간 존엄성 원칙",
    "principle-2": "사회의 공공선 원칙",
    "principle-3": "기술의 합목적성 원칙",
    "req-1": "인권 보장",
    "req-2": "프라이버시 보호",
    "req-3": "다양성 존중",
    "req-4": "침해금지",
    "req-5": "공공성",
    "req-6": "연대성",
    "req-7": "데이터 관리",
    "req-8": "책임성",
    "req-9": "안전성",
    "req-10": "투명성",
}


def test_kr_ethics_standards_metadata() -> None:
    """AI §3.1: voluntary; draft 27 Nov 2020, adopted 23 Dec 2020 (https://www.fnnews.com/news/202012231100453571);
    title 국가 인공지능 윤리기준."""
    f = fw("kr-ai-ethics-standards")
    assert f.title_original == "국가 인공지능 윤리기준"
    assert (f.legal_force, f.status) == (LegalForce.VOLUNTARY, Status.ADOPTED)
    assert only_event(f, EventType.ADOPTED).date == D("2020-12-23")
    assert only_event(f, EventType.PROPOSED).date == D("2020-11-27")


def test_kr_ethics_standards_three_principles_ten_requirements() -> None:
    """AI §3.1 tables: Principles 1-3 and Requirements 1-10, with their Korean names (itwiki, fnnews, iton;
    spacing inside a Korean name is not significant)."""
    assert local_ids("kr-ai-ethics-standards") == [f"principle-{n}" for n in range(1, 4)] + [
        f"req-{n}" for n in range(1, 11)
    ]
    for local_id, korean in KR_ETHICS_KOREAN_TITLES.items():
        p = prov(f"kr-ai-ethics-standards/{local_id}")
        assert (p.title_original or "").replace(" ", "") == korean.replace(" ", ""), local_id
        number = local_id.rpartition("-")[2]
        assert (
            p.pinpoint
            == ("Principle " if local_id.startswith("principle") else "Requirement ") + number
        )
        assert p.modality is Modality.RECOMMENDATION


HLEG_REQUIREMENTS = [
    "Human agency and oversight",
    "Technical robustness and safety",
    "Privacy and data governance",
    "Transparency",
    "Diversity, non-discrimination and fairness",
    "Societal and environmental well-being",
    "Accountability",
]
HLEG_PRINCIPLES = ["respect for human autonomy", "prevention of harm", "fairness", "explicability"]


def test_hleg_guidelines_metadata() -> None:
    """AI §4.1: presented 8 April 2019; non-binding (dig.watch, technethics)."""
    f = fw("eu-hleg-trustworthy-ai")
    assert (f.legal_force, f.instrument_type, f.jurisdictions) == (
        LegalForce.NON_BINDING,
        InstrumentType.GUIDELINE,
        ("EU",),
    )
    assert only_event(f, EventType.PUBLISHED).date == D("2019-04-08")
    assert (
        f.source_url
        == "https://digital-strategy.ec.europa.eu/en/library/ethics-guidelines-trustworthy-ai"
    )


def test_hleg_seven_requirements_and_four_principles() -> None:
    """AI §4.1: four ethical principles and seven key requirements, in this order."""
    reqs = sorted(
        (i for i in local_ids("eu-hleg-trustworthy-ai") if i.startswith("req-")),
        key=lambda i: int(i[4:]),
    )
    assert reqs == [f"req-{n}" for n in range(1, 8)]
    for n, name in enumerate(HLEG_REQUIREMENTS, start=1):
        assert prov(f"eu-hleg-trustworthy-ai/req-{n}").title == f"Key requirement {n}: {name}"
    principles = [i for i in local_ids("eu-hleg-trustworthy-ai") if i.startswith("principle-")]
    assert principles == [f"principle-{n}" for n in range(1, 5)]
    for n, name in enumerate(HLEG_PRINCIPLES, start=1):
        assert (
            prov(f"eu-hleg-trustworthy-ai/principle-{n}").title.casefold() == f"principle of {name}"
        )


def test_digital_partnership_metadata() -> None:
    """AI §5: non-binding cooperation framework signed 28 Nov 2022; Councils 30 Jun 2023 (Seoul), 26 Mar 2024
    (Brussels), 28 Nov 2025 (Seoul); https://digital-strategy.ec.europa.eu/en/news/republic-korea-eu-joint-statement."""
    f = fw("eu-kr-digital-partnership")
    assert f.jurisdictions == ("EU", "KR")
    assert (f.legal_force, f.instrument_type, f.status) == (
        LegalForce.NON_BINDING,
        InstrumentType.PARTNERSHIP,
        Status.SIGNED,
    )
    assert only_event(f, EventType.SIGNED).date == D("2022-11-28")
    assert [e.date for e in events(f, EventType.MEETING)] == [
        D("2023-06-30"),
        D("2024-03-26"),
        D("2025-11-28"),
    ]


def test_digital_partnership_eleven_cooperation_areas() -> None:
    """AI §5 cooperation areas: "11 areas" including AI, data, digital identity and trust services, digital trade."""
    areas = [i for i in local_ids("eu-kr-digital-partnership") if i.startswith("area-")]
    assert len(areas) == 11
    assert {
        "area-ai",
        "area-data",
        "area-digital-identity-trust-services",
        "area-digital-trade",
    } <= set(areas)
    assert all(
        prov(f"eu-kr-digital-partnership/{a}").modality is Modality.COOPERATION for a in areas
    )


def test_gpai_code_of_practice_published() -> None:
    """AI §4.3: final version published 10 July 2025; voluntary."""
    f = fw("eu-gpai-code-of-practice")
    assert f.legal_force is LegalForce.VOLUNTARY
    assert only_event(f, EventType.PUBLISHED).date == D("2025-07-10")


# =================================================================================================
# Data flows, e-signatures and trade
# =================================================================================================


def test_eu_kr_dta_signed_not_in_force() -> None:
    """DF §1 Metadata: signed 10 June 2026 (V-SECONDARY only); not in force (NZCIEL "Not In Force"); authorisation
    27 June 2023, launch 31 October 2023, conclusion in principle 10 March 2025, COM(2025) 479 final of 10.9.2025,
    procedure 2025/0273(NLE) (V-OFFICIAL, https://eur-lex.europa.eu/legal-content/DA/ALL/?uri=CELEX%3A52025PC0479)."""
    f = fw("eu-kr-dta")
    assert f.jurisdictions == ("EU", "KR")
    assert (f.instrument_type, f.legal_force, f.status) == (
        InstrumentType.TRADE_AGREEMENT,
        LegalForce.BINDING,
        Status.SIGNED,
    )
    assert events(f, EventType.ENTRY_INTO_FORCE) == []
    assert status_on(f, f.checked) is Status.SIGNED
    signed = only_event(f, EventType.SIGNED)
    assert (signed.date, signed.evidence) == (D("2026-06-10"), Evidence.SECONDARY)
    assert only_event(f, EventType.NEGOTIATIONS_AUTHORISED).date == D("2023-06-27")
    assert only_event(f, EventType.NEGOTIATIONS_LAUNCHED).date == D("2023-10-31")
    assert only_event(f, EventType.CONCLUDED_IN_PRINCIPLE).date == D("2025-03-10")
    proposal = only_event(f, EventType.PROPOSED, "COM(2025) 479")
    assert proposal.date == D("2025-09-10")
    assert "2025/0273(NLE)" in (proposal.instrument or "")
    other = {(o.scheme, o.value) for o in f.identifiers.other}
    assert ("proposal-conclusion", "COM(2025) 479") in other
    assert ("procedure-conclusion", "2025/0273(NLE)") in other


@pytest.mark.parametrize("ref", list(CORPUS.provisions_of("eu-kr-dta")))
def test_eu_kr_dta_provisions_have_no_verified_pinpoint(ref: str) -> None:
    """DF §1 Provisions and §15 item 1: the DTA text was not retrievable, every pinpoint is UNVERIFIED and every
    row only V-SECONDARY."""
    p = prov(ref)
    assert p.pinpoint_verified is False
    assert p.pinpoint is None
    assert p.evidence is not Evidence.PRIMARY


def test_eu_kr_dta_has_provisions() -> None:
    """DF §1 Provisions: data flows, localisation, prior approval, customs duties, source code, e-signatures..."""
    ids = set(local_ids("eu-kr-dta"))
    assert {
        "data-flows-commitment",
        "data-prior-approval",
        "customs-duties",
        "source-code",
        "electronic-signatures-trust-services",
        "paperless-trading",
    } <= ids


@pytest.mark.parametrize("article", range(44, 51))
def test_gdpr_chapter_v_articles_present(article: int) -> None:
    """DF §3: Chapter V is Articles 44 to 50 (Decision 2022/254, recital 1); GDPR applies since 25 May 2018."""
    refs = [
        r
        for r in CORPUS.provisions_of("eu-gdpr")
        if re.match(rf"Art\. {article}(?!\d)", prov(r).pinpoint or "")
    ]
    assert refs, f"no provision for GDPR Art. {article}"
    assert all(prov(r).applies_from == D("2018-05-25") for r in refs)


def test_gdpr_metadata() -> None:
    """DF §3 Metadata: Regulation (EU) 2016/679, binding, applies since 25 May 2018."""
    f = fw("eu-gdpr")
    assert f.identifiers.celex == "32016R0679"
    assert (f.legal_force, f.status) == (LegalForce.BINDING, Status.IN_FORCE)
    assert {prov(r).applies_from for r in CORPUS.provisions_of("eu-gdpr")} == {D("2018-05-25")}
    assert prov("eu-gdpr/art-44").modality is Modality.PROHIBITION
    assert prov("eu-gdpr/art-48").modality is Modality.PROHIBITION


# GDPR Arts 15(1)(h), 22(1) and 22(3), read in the Markdown conversion of the OJ text named in each
# record's read_url (added 2026-12-07, blind reading round 19, EU-KR; Art. 22 split into the right and
# the controller's duty in the eleventh sitting, round 77, KR-JP).
GDPR_AUTOMATED_DECISIONS = {
    "eu-gdpr/art-15-1-h": (
        "Art. 15(1)(h)",
        "meaningful information about the logic involved, as well as the significance and the "
        "envisaged consequences of such processing for the data subject",
        Modality.RIGHT,
    ),
    "eu-gdpr/art-22-1": (
        "Art. 22(1)",
        "the right not to be subject to a decision based solely on automated processing",
        Modality.RIGHT,
    ),
    "eu-gdpr/art-22-3": (
        "Art. 22(3)",
        "the data controller shall implement suitable measures to safeguard the data subject's "
        "rights and freedoms and legitimate interests",
        Modality.OBLIGATION,
    ),
}


@pytest.mark.parametrize("ref", sorted(GDPR_AUTOMATED_DECISIONS))
def test_gdpr_rights_on_automated_decisions(ref: str) -> None:
    pinpoint, quote, modality = GDPR_AUTOMATED_DECISIONS[ref]
    p = prov(ref)
    assert (p.pinpoint, p.quote) == (pinpoint, quote)
    assert (p.modality, p.topics) == (modality, ("ai.individual-rights.explanation",))
    assert p.applies_from == D("2018-05-25") and p.sanctioned_by == ("eu-gdpr/art-83-5",)


def test_pipa_cross_border_provisions_apply_from_september_2023() -> None:
    """DF §7 Metadata: cross-border provisions effective 15 Sept 2023 (chambers.com)."""
    refs = [r for r in CORPUS.provisions_of("kr-pipa") if r.startswith("kr-pipa/art-28-8")]
    assert len(refs) >= 6
    assert {prov(r).applies_from for r in refs} == {D("2023-09-15")}
    assert fw("kr-pipa").title_original == "개인정보 보호법"


def test_pipa_art_28_8_grounds() -> None:
    """DF §7 Provisions: Art. 28-8(1) chapeau prohibits transfer unless one of grounds 1-5 applies; ground 5 is
    the PIPC's equivalence recognition (prighter.com)."""
    assert prov("kr-pipa/art-28-8-1").modality is Modality.PROHIBITION
    for n in range(1, 6):
        p = prov(f"kr-pipa/art-28-8-1-{n}")
        assert p.pinpoint == f"Art. 28-8(1)({n})"
        assert p.modality is Modality.PERMISSION
    assert "substantially equivalent" in prov("kr-pipa/art-28-8-1-5").summary


def test_eidas_art_25_signatures() -> None:
    """DF §5 Provisions: Art. 25(1) no denial of legal effect solely for being electronic; Art. 25(2) qualified
    e-signature equivalent to handwritten; trust-service provisions apply from 1 July 2016; eIDAS 2
    (Regulation (EU) 2024/1183) in force 20 May 2024 (V-OFFICIAL)."""
    art_25_1, art_25_2 = prov("eu-eidas/art-25-1"), prov("eu-eidas/art-25-2")
    assert (art_25_1.pinpoint, art_25_2.pinpoint) == ("Art. 25(1)", "Art. 25(2)")
    assert art_25_1.modality is Modality.PROHIBITION
    assert "handwritten signature" in art_25_2.summary
    assert art_25_1.applies_from == art_25_2.applies_from == D("2016-07-01")
    amended = only_event(fw("eu-eidas"), EventType.AMENDED, "2024/1183")
    assert amended.date == D("2024-05-20")


def test_kr_digital_signature_act() -> None:
    """DF §8 Metadata: wholly amended by Act No. 17354, 9 June 2020 (V-OFFICIAL,
    https://elaw.klri.re.kr/kor_mobile/viewer.do?hseq=55068&type=part&key=43); effective 10 December 2020;
    predecessor Act No. 5792 of 5 Feb 1999."""
    f = fw("kr-digital-signature-act")
    assert f.identifiers.act_number == "Act No. 17354"
    assert f.title_original == "전자서명법"
    assert only_event(f, EventType.PROMULGATED, "Act No. 17354").date == D("2020-06-09")
    assert only_event(f, EventType.PROMULGATED, "Act No. 5792").date == D("1999-02-05")
    assert only_event(f, EventType.ENTRY_INTO_FORCE).date == D("2020-12-10")
    assert prov("kr-digital-signature-act/art-3-1").modality is Modality.PROHIBITION


def test_kr_electronic_documents_act() -> None:
    """DF §9: last amended by Act No. 17353, 9 June 2020, effective 10 December 2020; writing rule in Art. 4-2."""
    f = fw("kr-electronic-documents-act")
    assert f.identifiers.act_number == "Act No. 17353"
    assert only_event(f, EventType.ENTRY_INTO_FORCE).date == D("2020-12-10")
    assert prov("kr-electronic-documents-act/art-4-2").pinpoint == "Art. 4-2"
    assert prov("kr-electronic-documents-act/art-4-1").modality is Modality.PROHIBITION


def test_eu_kr_fta_2010_dates() -> None:
    """DF §2 Metadata: signed 6 Oct 2010, entered into force 13 Dec 2015 (V-OFFICIAL, OEIL); Art. 7.48(3) no
    customs duties on electronic deliveries."""
    f = fw("eu-kr-fta-2010")
    assert only_event(f, EventType.SIGNED).date == D("2010-10-06")
    assert only_event(f, EventType.ENTRY_INTO_FORCE).date == D("2015-12-13")
    assert prov("eu-kr-fta-2010/art-7-48-3").modality is Modality.PROHIBITION


def test_eu_adequacy_decision_for_korea() -> None:
    """DF §4 Metadata: Implementing Decision (EU) 2022/254 of 17 December 2021, OJ L 44, 24.2.2022
    (V-OFFICIAL, http://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:32022D0254)."""
    f = fw("eu-adequacy-kr")
    assert f.identifiers.celex == "32022D0254"
    assert f.identifiers.eli == "http://data.europa.eu/eli/dec_impl/2022/254/oj"
    assert only_event(f, EventType.ADOPTED).date == D("2021-12-17")
    assert only_event(f, EventType.PUBLISHED).date == D("2022-02-24")


def test_eu_japan_protocol() -> None:
    """DF §12 Metadata: signed 31 Jan 2024; Council Decision (EU) 2024/1303; in force 1 July 2024."""
    f = fw("eu-jp-epa-data")
    assert f.jurisdictions == ("EU", "JP")
    assert f.status is Status.IN_FORCE
    assert only_event(f, EventType.ENTRY_INTO_FORCE).date == D("2024-07-01")
    assert only_event(f, EventType.SIGNED).date == D("2024-01-31")
    assert only_event(f, EventType.CONCLUDED_IN_PRINCIPLE).date == D("2023-10-28")


def test_eu_singapore_dta() -> None:
    """DF §11 Metadata: launched 20 July 2023, concluded 25 July 2024, COM(2025) 23 of 31 Jan 2025, signed 7 May 2025
    (V-OFFICIAL), in force 1 Feb 2026 (secondary only)."""
    f = fw("eu-sg-dta")
    assert f.jurisdictions == ("EU", "SG")
    assert only_event(f, EventType.SIGNED).date == D("2025-05-07")
    assert only_event(f, EventType.NEGOTIATIONS_LAUNCHED).date == D("2023-07-20")
    assert only_event(f, EventType.CONCLUDED_IN_PRINCIPLE).date == D("2024-07-25")
    assert only_event(f, EventType.PROPOSED, "COM(2025) 23").date == D("2025-01-31")
    in_force = only_event(f, EventType.ENTRY_INTO_FORCE)
    assert (in_force.date, in_force.evidence) == (D("2026-02-01"), Evidence.SECONDARY)
    assert prov("eu-sg-dta/art-5-2-f").pinpoint_verified is False  # DF §15 item 14


def test_ai_act_notifying_authorities_apply_from_august_2025() -> None:
    """AI Act Art. 28(1), read in the 2024 text the AI Act records cite: Chapter III Section 4 applies
    from 2 Aug 2025 (Art. 113(b)); round 26, EU-KR."""
    p = prov("eu-ai-act/art-28-1")
    assert (
        p.quote == "Each Member State shall designate or establish at least one notifying authority"
    )
    assert (p.applies_from, p.modality, p.topics) == (
        D("2025-08-02"),
        Modality.INSTITUTIONAL,
        ("ai.conformity",),
    )
