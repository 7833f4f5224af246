"""Korean and Japanese facts added or corrected for corpus v3 and method v3 (issues 17 and 18).

Who a provision binds, whom a penalty falls on, what the text says about enforcement, the MSIT notice under
AI Basic Act Art. 16(3), a verified guideline pinpoint, direction (``against``), authentic languages and
source types. Every expected value was checked in the copy named beside it, by short name:

* KR-ACT: AI Basic Act (law.go.kr XML, Act No. 21311),
  https://github.com/azeroo0/gg1th_rag_mini/blob/69a3b9557066f7dfd6e6b5ca24861d62fb0771de/data/ai_basic_law/ai_basic_law.xml
* KR-DEC / KR-NOTICE: Enforcement Decree (MST 288781) and the MSIT notice 인공지능제품ㆍ서비스 확인 절차 운영에 관한
  고시 (admin-rule ID 2100000283290), law.go.kr Open API data in
  https://github.com/jujuju0/law-bot/blob/43c55acf81bafb7ef52a05c197450199104ece6b/data/processed/chunks.jsonl
* MSIT-DUTY: extraction of the high-impact operator duties guideline,
  https://github.com/AI-act-agent/ai-act-agent/blob/d1b75074a7bc48c23db04b27ff865946604d268b/data/processed/%EC%B1%85%EB%AC%B4%EA%B0%80%EC%9D%B4%EB%93%9C%EB%9D%BC%EC%9D%B8_chunks.jsonl
* JP-AI: AI Promotion Act, e-Gov XML snapshot,
  https://github.com/EtonMu/global-ai-data-regulation-map/blob/ba4de2411db078dcf4f164548cc4a793fae476b7/data/v2/source-snapshots/jp-ai-promotion-act-507AC0000000053-current-2026-07-20.xml
* LKR-DSA: Digital Signature Act and Decree, legalize-kr copy,
  https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/전자서명법/
* JP-ESIG: Electronic Signatures Act, JIPDEC's page https://english.jipdec.or.jp/activities/service01.html

Each checker also has a test that seeds a wrong value into a copy of the corpus and shows the checker reports it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import (
    AddresseeClass,
    Comparator,
    EventType,
    InstrumentType,
    Modality,
    QuantityKind,
    SourceType,
)
from tests.frameworks import fact_tables
from tests.frameworks.fact_tables import Mismatch, bundled, quantity_key

OPERATOR, AUTHORITY, STATE = (
    AddresseeClass.OPERATOR,
    AddresseeClass.PUBLIC_AUTHORITY,
    AddresseeClass.STATE,
)
OBLIGATION, BEST_EFFORTS, PROHIBITION, INSTITUTIONAL = (
    Modality.OBLIGATION,
    Modality.BEST_EFFORTS,
    Modality.PROHIBITION,
    Modality.INSTITUTIONAL,
)
DEADLINE, AT_MOST = QuantityKind.DEADLINE, Comparator.AT_MOST
NOTICE = "kr-msit-ai-product-confirmation-notice"

# =================================================================================================
# 1. Who a provision binds: provision id -> (modality, addressee class as read or derived)
# =================================================================================================

BINDS: dict[str, tuple[Modality, AddresseeClass]] = {
    # KR-ACT Art. 35(1): "인공지능사업자가 ... 평가 ... 하기 위하여 노력하여야 한다" — operators, effort only.
    "kr-ai-basic-act/art-35-1": (BEST_EFFORTS, OPERATOR),
    # KR-ACT Art. 35(2): "국가기관등이 ... 영향평가를 실시한 제품 또는 서비스를 우선적으로 고려하여야 한다".
    "kr-ai-basic-act/art-35-2": (OBLIGATION, AUTHORITY),
    # KR-ACT Art. 30(3)-(4): operators endeavour to be certified; 국가기관등 prefer certified AI.
    "kr-ai-basic-act/art-30-3": (BEST_EFFORTS, OPERATOR),
    "kr-ai-basic-act/art-30-4": (OBLIGATION, AUTHORITY),
    # KR-ACT Art. 16(3): 국가기관등 give priority to AI products in procurement.
    "kr-ai-basic-act/art-16-3": (OBLIGATION, AUTHORITY),
    # KR-ACT Art. 7(9): "위원회의 위원은 ... 누설하거나 ... 사용하여서는 아니 된다" — Committee members.
    "kr-ai-basic-act/art-7-9": (PROHIBITION, AUTHORITY),
    "kr-ai-basic-act/art-42": (PROHIBITION, AUTHORITY),  # Art. 42 punishes the Art. 7(9) breach
    # KR-ACT Arts 17(2), 37(4): "정부는 ... 노력하여야 하며", "국가 및 지방자치단체는 ... 노력하여야 한다".
    "kr-ai-basic-act/art-17-para-2": (BEST_EFFORTS, STATE),
    "kr-ai-basic-act/art-37-4": (BEST_EFFORTS, STATE),
    # JP-AI Art. 7: "施策に協力しなければならない" — a must on 活用事業者, with nothing to enforce it.
    "jp-ai-promotion-act/art-7-cooperation": (OBLIGATION, OPERATOR),
    # JP-AI Art. 16: "国は、... 指導、助言、情報の提供その他の必要な措置を講ずるものとする" — a State task.
    "jp-ai-promotion-act/art-16": (INSTITUTIONAL, AUTHORITY),
    # JP-ESIG: the designated organisation investigates for the minister ("Annual investigation ...").
    "jp-electronic-signatures-act/art-17-designated-investigative-organisation": (
        INSTITUTIONAL,
        AUTHORITY,
    ),
    # KR-NOTICE Art. 6(2): "확인기관의 장은 신청 접수 후 15일 이내에 ... 결정을 하여야 하며".
    f"{NOTICE}/art-6": (OBLIGATION, AUTHORITY),
    # KR-NOTICE Art. 9: "확인기관 및 심사기관의 임ㆍ직원은 ... 누설하여서는 아니 된다".
    f"{NOTICE}/art-9": (PROHIBITION, AUTHORITY),
}

# Whom each penalty falls on: penalty provision id -> the falls_on of every sanction it states.
FALLS_ON: dict[str, AddresseeClass] = {
    "kr-ai-basic-act/art-42": AUTHORITY,  # KR-ACT Art. 42: "제7조제9항을 위반하여 ... 누설하거나 ... 사용한 자"
    "kr-ai-basic-act/art-43": OPERATOR,  # KR-ACT Art. 43(1): breaches of Arts 31(1), 36(1), 40(3) by 인공지능사업자
}

# Topics: JP-AI has no power to demand, inspect, order or fine, and no penal provision; Art. 16 (research,
# guidance, advice) is the only provision left under ai.enforcement, and Art. 7's cooperation is not there.
JP_ENFORCEMENT = frozenset({"jp-ai-promotion-act/art-16"})

# =================================================================================================
# 2. The MSIT notice under AI Basic Act Art. 16(3) (KR-NOTICE)
# =================================================================================================

NOTICE_QUANTITIES: dict[str, list[tuple]] = {
    f"{NOTICE}/art-4": [
        (DEADLINE, 30, "days", AT_MOST)
    ],  # Art. 4(4): "30일 이내의 기간을 정하여 ... 보완을 요청"
    f"{NOTICE}/art-6": [
        (DEADLINE, 15, "days", AT_MOST),  # Art. 6(2): "신청 접수 후 15일 이내에 ... 결정"
        (DEADLINE, 30, "days", AT_MOST),  # Art. 6(2): "30일의 범위에서 한 차례 연장"
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Art. 6(3): "30일 이내의 기간을 정하여 서류 등의 보완을 요청"
        (DEADLINE, 15, "days", AT_MOST),  # Art. 6(3): "보완이 이루어진 날부터 15일 이내에 결정"
    ],
}
NOTICE_IN_FORCE = date(2026, 7, 21)  # effective_date "2026-07-21" of every admrul chunk
NOTICE_ADMRUL_ID = "2100000283290"  # data/sources.yaml: admrul id

# =================================================================================================
# 3. Pinpoints, direction, languages
# =================================================================================================

# MSIT-DUTY: chapter 1 headings "1.1 가이드라인 목적", "1.2 ...", "1.3 주요 용어의 개념", "1.4 FAQ"; FAQ_13 answers
# "... 그 근거를 문서로 작성하여 5년간 보관해야 한다".
PINPOINTS: dict[str, str] = {
    "kr-msit-high-impact-duties-guideline/faq-retention": "Sec. 1.4 (FAQ)",
}

# LKR-DSA: the 2020 whole amendment abolished the certified signature and its presumption: it runs against
# the topic of signatures that carry a higher assurance and presumption.
AGAINST: dict[str, frozenset[str]] = {
    "kr-digital-signature-act/end-of-certified-signature": frozenset({"esig.high-assurance"}),
}

# A Korean statute, decree or notice is authentic in Korean, a Japanese act in Japanese; guidelines: not stated.
AUTHENTIC: dict[str, tuple[str, ...]] = {
    "kr-ai-basic-act": ("ko",),
    "kr-ai-basic-act-decree": ("ko",),
    NOTICE: ("ko",),
    "kr-digital-signature-act": ("ko",),
    "kr-electronic-documents-act": ("ko",),
    "jp-ai-promotion-act": ("ja",),
    "jp-electronic-signatures-act": ("ja",),
    "kr-msit-high-impact-duties-guideline": (),
    "jp-ai-guidelines-business": (),
}

# Source types by host for these frameworks: the official publisher, a GitHub copy, the KLRI translations.
KRJP = (
    "kr-ai-basic-act",
    "kr-ai-basic-act-decree",
    "kr-ai-ethics-standards",
    "kr-msit-high-impact-duties-guideline",
    "kr-msit-high-impact-guideline",
    "kr-msit-impact-assessment-guideline",
    "kr-msit-transparency-guideline",
    NOTICE,
    "kr-digital-signature-act",
    "kr-electronic-documents-act",
    "jp-ai-promotion-act",
    "jp-ai-basic-plan",
    "jp-ai-appropriateness-guideline",
    "jp-ai-guidelines-business",
    "jp-electronic-signatures-act",
)
HOST_TYPES: dict[str, SourceType] = {
    "https://www.law.go.kr/": SourceType.OFFICIAL_TEXT,
    "https://laws.e-gov.go.jp/": SourceType.OFFICIAL_TEXT,
    "https://github.com/": SourceType.VERBATIM_COPY,
    "https://elaw.klri.re.kr/": SourceType.OFFICIAL_TRANSLATION,
}

# =================================================================================================
# Checkers
# =================================================================================================


def check_binds(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, (modality, klass) in BINDS.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", (modality, klass), None))
            continue
        if provision.modality is not modality:
            found.append(Mismatch(pid, "modality", modality, provision.modality))
        if addressee_class(provision) is not klass:
            found.append(Mismatch(pid, "addressee_class", klass, addressee_class(provision)))
    return found


def check_falls_on(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, klass in FALLS_ON.items():
        provision = corpus.provisions.get(pid)
        if provision is None or not provision.sanctions:
            found.append(Mismatch(pid, "missing", klass, None))
            continue
        actual = tuple(s.falls_on for s in provision.sanctions)
        if any(value is not klass for value in actual):
            found.append(Mismatch(pid, "falls_on", klass, actual))
    return found


def check_jp_enforcement(corpus: Corpus) -> list[Mismatch]:
    tagged = frozenset(
        pid
        for pid in corpus.provisions_of("jp-ai-promotion-act")
        if "ai.enforcement" in corpus.provisions[pid].topics
    )
    found = (
        []
        if tagged == JP_ENFORCEMENT
        else [Mismatch("jp-ai-promotion-act", "ai.enforcement", JP_ENFORCEMENT, tagged)]
    )
    binding = tuple(
        pid
        for pid in sorted(tagged)
        if corpus.provisions[pid].modality in (OBLIGATION, PROHIBITION)
        or corpus.provisions[pid].sanctions
    )
    if binding:
        found.append(Mismatch("jp-ai-promotion-act", "binding enforcement", (), binding))
    return found


def check_notice(corpus: Corpus) -> list[Mismatch]:
    found = fact_tables.check_quantities(corpus, NOTICE_QUANTITIES)
    framework = corpus.frameworks.get(NOTICE)
    if framework is None:
        return [*found, Mismatch(NOTICE, "missing", NOTICE_IN_FORCE, None)]
    in_force = tuple(e.date for e in framework.events if e.event is EventType.ENTRY_INTO_FORCE)
    if in_force != (NOTICE_IN_FORCE,):
        found.append(Mismatch(NOTICE, "entry-into-force", (NOTICE_IN_FORCE,), in_force))
    if framework.instrument_type is not InstrumentType.NOTICE:
        found.append(
            Mismatch(NOTICE, "instrument_type", InstrumentType.NOTICE, framework.instrument_type)
        )
    ids = tuple(o.value for o in framework.identifiers.other if o.scheme == "law-go-kr-admrul-id")
    if ids != (NOTICE_ADMRUL_ID,):
        found.append(Mismatch(NOTICE, "admrul id", (NOTICE_ADMRUL_ID,), ids))
    basis = corpus.provisions.get(f"{NOTICE}/art-1")
    if basis is None or tuple(basis.depends_on) != ("kr-ai-basic-act/art-16-3",):
        found.append(
            Mismatch(
                f"{NOTICE}/art-1",
                "depends_on",
                ("kr-ai-basic-act/art-16-3",),
                basis and tuple(basis.depends_on),
            )
        )
    return found


def check_records(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, pinpoint in PINPOINTS.items():
        p = corpus.provisions.get(pid)
        actual = (p.pinpoint, p.pinpoint_verified) if p else None
        if actual != (pinpoint, True):
            found.append(Mismatch(pid, "pinpoint", (pinpoint, True), actual))
    for pid, topics in AGAINST.items():
        p = corpus.provisions.get(pid)
        actual = frozenset(p.against or ()) if p else None
        if actual != topics:
            found.append(Mismatch(pid, "against", topics, actual))
    for fid, languages in AUTHENTIC.items():
        f = corpus.frameworks.get(fid)
        actual = tuple(f.authentic_languages) if f else None
        if actual != languages:
            found.append(Mismatch(fid, "authentic_languages", languages, actual))
    return found


def check_source_types(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid in KRJP:
        for source in corpus.frameworks[fid].sources:
            for prefix, expected in HOST_TYPES.items():
                if str(source.url).startswith(prefix) and source.type is not expected:
                    found.append(Mismatch(fid, str(source.url), expected, source.type))
    return found


def corrupted(pid: str, **update: Any) -> Corpus:
    corpus = bundled()
    provisions = dict(corpus.provisions)
    provisions[pid] = corpus.provisions[pid].model_copy(update=update)
    return dataclasses.replace(corpus, provisions=provisions)


def corrupted_framework(fid: str, **update: Any) -> Corpus:
    corpus = bundled()
    frameworks = dict(corpus.frameworks)
    frameworks[fid] = corpus.frameworks[fid].model_copy(update=update)
    return dataclasses.replace(corpus, frameworks=frameworks)


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_who_each_provision_binds() -> None:
    assert check_binds(bundled()) == []


def test_whom_each_penalty_falls_on() -> None:
    assert check_falls_on(bundled()) == []


def test_japan_ai_promotion_act_has_no_binding_enforcement() -> None:
    assert check_jp_enforcement(bundled()) == []
    assert not any(
        bundled().provisions[p].sanctions for p in bundled().provisions_of("jp-ai-promotion-act")
    )


def test_msit_notice_under_art_16_3() -> None:
    assert check_notice(bundled()) == []


def test_pinpoints_direction_and_authentic_languages() -> None:
    assert check_records(bundled()) == []


def test_source_types_by_host() -> None:
    assert check_source_types(bundled()) == []


def test_every_cited_url_is_typed() -> None:
    """No W407 in these frameworks: every URL they cite is listed in framework.sources."""
    from regalign.frameworks.loader import load

    untyped = [
        (issue.path, issue.message)
        for issue in load(use_env=False).issues
        if issue.code == "W407" and any(issue.file.endswith(f"/{fid}.yaml") for fid in KRJP)
    ]
    assert untyped == []


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("pid", "update", "expected"),
    [
        (
            "kr-ai-basic-act/art-35-1",
            {"modality": OBLIGATION},
            Mismatch("kr-ai-basic-act/art-35-1", "modality", BEST_EFFORTS, OBLIGATION),
        ),
        (
            "kr-ai-basic-act/art-35-2",
            {"addressee_class": OPERATOR},
            Mismatch("kr-ai-basic-act/art-35-2", "addressee_class", AUTHORITY, OPERATOR),
        ),
        (
            "kr-ai-basic-act/art-7-9",
            {"addressee_class": None},
            Mismatch("kr-ai-basic-act/art-7-9", "addressee_class", AUTHORITY, STATE),
        ),
        (
            "jp-ai-promotion-act/art-16",
            {"modality": OBLIGATION},
            Mismatch("jp-ai-promotion-act/art-16", "modality", INSTITUTIONAL, OBLIGATION),
        ),
    ],
)
def test_binds_checker_reports_a_seeded_wrong_value(
    pid: str, update: dict, expected: Mismatch
) -> None:
    assert check_binds(corrupted(pid, **update)) == [expected]


def test_falls_on_checker_reports_a_seeded_wrong_class() -> None:
    pid = "kr-ai-basic-act/art-42"
    sanctions = tuple(
        s.model_copy(update={"falls_on": OPERATOR}) for s in bundled().provisions[pid].sanctions
    )
    assert check_falls_on(corrupted(pid, sanctions=sanctions)) == [
        Mismatch(pid, "falls_on", AUTHORITY, (OPERATOR, OPERATOR))
    ]


def test_enforcement_checker_reports_cooperation_read_as_enforcement() -> None:
    pid = "jp-ai-promotion-act/art-7-cooperation"
    topics = (*bundled().provisions[pid].topics, "ai.enforcement")
    found = check_jp_enforcement(corrupted(pid, topics=topics))
    assert found == [
        Mismatch("jp-ai-promotion-act", "ai.enforcement", JP_ENFORCEMENT, JP_ENFORCEMENT | {pid}),
        Mismatch("jp-ai-promotion-act", "binding enforcement", (), (pid,)),
    ]


def test_notice_checker_reports_a_seeded_wrong_deadline() -> None:
    pid = f"{NOTICE}/art-6"
    quantities = list(bundled().provisions[pid].quantities)
    quantities[0] = quantities[0].model_copy(update={"value": 30})
    corpus = corrupted(pid, quantities=tuple(quantities))
    assert check_notice(corpus) == [
        Mismatch(
            pid,
            "quantities",
            tuple(NOTICE_QUANTITIES[pid]),
            tuple(quantity_key(q) for q in quantities),
        )
    ]


def test_notice_checker_reports_a_seeded_wrong_date() -> None:
    framework = bundled().frameworks[NOTICE]
    events = tuple(e.model_copy(update={"date": date(2026, 1, 22)}) for e in framework.events)
    assert check_notice(corrupted_framework(NOTICE, events=events)) == [
        Mismatch(NOTICE, "entry-into-force", (NOTICE_IN_FORCE,), (date(2026, 1, 22),))
    ]


def test_records_checker_reports_seeded_wrong_values() -> None:
    pid = "kr-msit-high-impact-duties-guideline/faq-retention"
    assert check_records(corrupted(pid, pinpoint_verified=False)) == [
        Mismatch(pid, "pinpoint", ("Sec. 1.4 (FAQ)", True), ("Sec. 1.4 (FAQ)", False))
    ]
    pid = "kr-digital-signature-act/end-of-certified-signature"
    assert check_records(corrupted(pid, against=None)) == [
        Mismatch(pid, "against", AGAINST[pid], frozenset())
    ]
    assert check_records(
        corrupted_framework("jp-ai-promotion-act", authentic_languages=("en",))
    ) == [Mismatch("jp-ai-promotion-act", "authentic_languages", ("ja",), ("en",))]


def test_source_type_checker_reports_a_copy_labelled_official() -> None:
    framework = bundled().frameworks["kr-ai-basic-act"]
    sources = tuple(
        s.model_copy(update={"type": SourceType.OFFICIAL_TEXT}) if "github.com" in str(s.url) else s
        for s in framework.sources
    )
    found = check_source_types(corrupted_framework("kr-ai-basic-act", sources=sources))
    assert [(m.record, m.expected, m.actual) for m in found] == [
        ("kr-ai-basic-act", SourceType.VERBATIM_COPY, SourceType.OFFICIAL_TEXT)
    ]


# Credit Information Act, dates of paragraphs inserted or reworded after the 2009 Act (blind reading
# round 9, KR-JP, found Art. 17(7) dated from it, 2 Oct 2009):
# - Art. 17(7) "<신설 2015.3.11>", Art. 3-2 first in the version of Act No. 13216; Addenda <No. 13216>
#   Art. 1 "공포 후 6개월이 경과한 날부터 시행한다" (the mirror's metadata: 시행일자 2015-09-12);
# - Art. 17(1) and 52(4) "<개정 2020.2.4>", Act No. 16957, Addenda Art. 1 six months (2020-08-05).
INSERTED = {
    "kr-credit-information-act/art-17-7": date(2015, 9, 12),
    "kr-credit-information-act/art-3-2-2": date(2015, 9, 12),
    "kr-credit-information-act/art-17-1": date(2020, 8, 5),
    "kr-credit-information-act/art-52-4": date(2020, 8, 5),
}


@pytest.mark.parametrize(("pid", "day"), sorted(INSERTED.items()))
def test_an_inserted_paragraph_applies_from_its_own_date(pid: str, day: date) -> None:
    assert bundled().provisions[pid].applies_from == day
