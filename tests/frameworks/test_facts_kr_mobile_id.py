"""Facts of the Resident Registration Act records (mobile resident registration card, identity checks),
asserted against the text read.

Each table entry cites the words of the copy the record names that support it. Copies read, by short
name (all in the legalize-kr fork xxyy89890-wq/legalize-kr, machine copies of law.go.kr):

* RRA: 주민등록법, MST 268555 (Act No. 20677, in force 2025-07-22),
  https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/주민등록법/법률.md
* RRA-19841: the version of Act No. 19841 (MST 257201) in the same copy's history,
  https://github.com/xxyy89890-wq/legalize-kr/blob/fa8b40b72166f233310d09d80c0b6a7d08d05451/kr/주민등록법/법률.md
* RRA-1067: the first version in the copy's history (MST 58542, 제정),
  https://github.com/xxyy89890-wq/legalize-kr/blob/787066875ccbb4fb888f34e8952c4ac9d2250715/kr/주민등록법/법률.md

Dates "computed" count the period from the promulgation date as the addenda say ("공포 후 1년이 경과한
날부터", "공포 후 6개월이 경과한 날부터"), as the corpus does for the other Korean acts.

Values are exact: an edit that changes a pinpoint, a date, an addressee, a modality or a quote makes a
test fail. Compare the record with the cited text before touching a table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import EventType, Evidence, Modality, SourceType
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_records,
    with_framework,
    with_provision,
)

RRA = "kr-resident-registration-act"

# =================================================================================================
# 1. Dated events
# =================================================================================================

EXPECTED_EVENTS: dict[str, frozenset[tuple[EventType, date, str, Evidence]]] = {
    RRA: frozenset(
        {
            # RRA-1067 header: "공포일자: 1962-05-10", "공포번호: '01067'", "시행일자: 1962-06-20".
            (EventType.PROMULGATED, date(1962, 5, 10), "Act No. 1067", Evidence.PRIMARY),
            (EventType.ENTRY_INTO_FORCE, date(1962, 6, 20), "Act No. 1067", Evidence.PRIMARY),
            # RRA: "부칙 <제8422호,2007.5.11>" "제1조 (시행일) 이 법은 공포한 날부터 시행한다."
            (EventType.AMENDED, date(2007, 5, 11), "Act No. 8422", Evidence.PRIMARY),
            # RRA: "부칙 <제18746호,2022.1.11>".
            (EventType.AMENDED, date(2022, 1, 11), "Act No. 18746", Evidence.PRIMARY),
            # RRA: "부칙 <제19841호,2023.12.26>" "제1조(시행일) 이 법은 공포 후 1년이 경과한 날부터 시행한다.";
            # RRA-19841 header: "공포일자: 2023-12-26", "시행일자: 2024-12-27".
            (EventType.AMENDED, date(2023, 12, 26), "Act No. 19841", Evidence.PRIMARY),
            (EventType.AMENDED, date(2024, 12, 27), "Act No. 19841", Evidence.PRIMARY),
            # RRA header: "공포일자: 2025-01-21", "공포번호: '20677'"; "부칙(전기통신사업법) <제20677호,2025.1.21>".
            (EventType.AMENDED, date(2025, 1, 21), "Act No. 20677", Evidence.PRIMARY),
        }
    ),
}

# RRA header: "법령MST: 268555", "법령ID: '001655'", "공포번호: '20677'".
EXPECTED_IDENTIFIERS: dict[str, tuple[str, str, str]] = {
    RRA: ("Act No. 20677", "001655", "268555"),
}

# =================================================================================================
# 2. Pinpoints, application dates, modality and addressees of the units
# =================================================================================================

EXPECTED_UNITS: dict[str, tuple[str, date, Modality, frozenset[str]]] = {
    # RRA "제24조의2 (모바일 주민등록증) ① 시장ㆍ군수 또는 구청장은 ... 모바일 주민등록증 ... 의 발급을
    # 신청하는 경우에는 ... 이를 발급할 수 있다." Applies from 2024-12-27 (Act No. 19841, see events).
    f"{RRA}/art-24-2-1": (
        "Art. 24-2(1)",
        date(2024, 12, 27),
        Modality.PERMISSION,
        frozenset({"government"}),
    ),
    # RRA "③ 시장ㆍ군수 또는 구청장은 모바일 주민등록증을 발급하거나 재발급하는 경우 수수료를 징수하지
    # 못하며, ... 어떠한 명목의 공과금도 징수하여서는 아니 된다."
    f"{RRA}/art-24-2-3": (
        "Art. 24-2(3)",
        date(2024, 12, 27),
        Modality.PROHIBITION,
        frozenset({"government"}),
    ),
    # RRA "제25조 (주민등록증 등의 확인) ① 국가기관, 지방자치단체, 공공단체, 사회단체, 기업체 등에서 ...
    # 주민등록증 또는 모바일 주민등록증(이하 "주민등록증등"이라 한다)으로 확인하여야 한다.
    # <개정 2022.1.11, 2023.12.26>": businesses included, 'shall'; with the mobile card from 2024-12-27.
    f"{RRA}/art-25-1": (
        "Art. 25(1)",
        date(2024, 12, 27),
        Modality.OBLIGATION,
        frozenset({"government", "public-body", "business"}),
    ),
    # RRA "② 행정안전부장관은 ... 주민등록확인서비스 ... 를 제공할 수 있다. <신설 2022.1.11>"; Addenda
    # <No. 18746> Art. 1: "제25조 ... 의 개정규정은 공포 후 6개월이 경과한 날부터 시행" (2022-07-12, computed).
    f"{RRA}/art-25-2": (
        "Art. 25(2)",
        date(2022, 7, 12),
        Modality.PERMISSION,
        frozenset({"government"}),
    ),
    # RRA "③ 주민등록확인서비스를 이용하여 ... 확인한 경우 제1항에 따라 주민등록증등으로 ... 확인한 것으로
    # 본다. <신설 2022.1.11, 2023.12.26>" (a deeming rule; same date as Art. 25(2)).
    f"{RRA}/art-25-3": (
        "Art. 25(3)",
        date(2022, 7, 12),
        Modality.DEFINITION,
        frozenset({"government", "public-body", "business"}),
    ),
}

# The units meet eIDAS Arts 5a and 5f in the same topic (eu-eidas.yaml tags them esig.digital-identity).
EXPECTED_TOPIC = "esig.digital-identity"

# =================================================================================================
# 3. Quotes (verbatim substrings of RRA)
# =================================================================================================

EXPECTED_QUOTES: dict[str, str] = {
    f"{RRA}/art-24-2-1": "주민등록증과 효력이 동일한 모바일 주민등록증",
    f"{RRA}/art-24-2-3": "모바일 주민등록증을 발급하거나 재발급하는 경우 수수료를 징수하지 못하며",
    f"{RRA}/art-25-1": (
        '증빙서류를 붙이지 아니하고 주민등록증 또는 모바일 주민등록증(이하 "주민등록증등"이라 한다)으로 '
        "확인하여야 한다"
    ),
    f"{RRA}/art-25-2": "행정안전부장관은 주민등록정보시스템을 이용하여 주민등록확인서비스",
    f"{RRA}/art-25-3": (
        "주민등록확인서비스를 이용하여 성명ㆍ사진ㆍ주민등록번호 또는 주소를 확인한 경우 제1항에 따라 "
        "주민등록증등으로 성명ㆍ사진ㆍ주민등록번호 또는 주소를 확인한 것으로 본다."
    ),
}

# =================================================================================================
# 4. Penalties: none recorded
# =================================================================================================

# RRA Arts 37-40 list no penalty for breaching Art. 25(1) or Art. 24-2; Art. 37(1) items 4-2, 8 and 8-2
# punish misuse of cards and of the verification service, which the records leave out.
UNSANCTIONED: tuple[str, ...] = tuple(EXPECTED_UNITS)

# =================================================================================================
# Checkers
# =================================================================================================


def check_events(
    corpus: Corpus,
    table: Mapping[str, frozenset[tuple[EventType, date, str, Evidence]]] = EXPECTED_EVENTS,
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", expected, None))
            continue
        actual = frozenset((e.event, e.date, e.instrument, e.evidence) for e in framework.events)
        if actual != expected or len(framework.events) != len(expected):
            found.append(Mismatch(fid, "events", expected, actual))
    return found


def check_identifiers(
    corpus: Corpus, table: Mapping[str, tuple[str, str, str]] = EXPECTED_IDENTIFIERS
) -> list[Mismatch]:
    return check_records(
        corpus.frameworks,
        table,
        "identifiers",
        lambda f: (f.identifiers.act_number, f.identifiers.law_id, f.identifiers.mst),
    )


def check_units(
    corpus: Corpus,
    table: Mapping[str, tuple[str, date, Modality, frozenset[str]]] = EXPECTED_UNITS,
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = (
            provision.pinpoint,
            provision.applies_from,
            provision.modality,
            frozenset(provision.addressees),
        )
        if actual != expected or not provision.pinpoint_verified:
            found.append(Mismatch(pid, "unit", expected, actual))
        if tuple(provision.topics) != (EXPECTED_TOPIC,) or provision.evidence != Evidence.PRIMARY:
            found.append(Mismatch(pid, "topics", EXPECTED_TOPIC, tuple(provision.topics)))
    return found


def check_quotes(corpus: Corpus, table: Mapping[str, str] = EXPECTED_QUOTES) -> list[Mismatch]:
    return check_records(corpus.provisions, table, "quote", lambda p: p.quote)


def check_unsanctioned(corpus: Corpus, pids: tuple[str, ...] = UNSANCTIONED) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid in pids:
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", (), None))
        elif provision.sanctions or provision.sanctioned_by:
            found.append(
                Mismatch(pid, "sanctions", (), (provision.sanctions, provision.sanctioned_by))
            )
    return found


# =================================================================================================
# Helpers for seeding wrong values
# =================================================================================================


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_events() -> None:
    assert check_events(bundled()) == []


def test_identifiers() -> None:
    assert check_identifiers(bundled()) == []


def test_units() -> None:
    assert check_units(bundled()) == []


def test_quotes() -> None:
    assert check_quotes(bundled()) == []


def test_no_penalty_is_recorded_for_the_card_duties() -> None:
    assert check_unsanctioned(bundled()) == []


def test_framework_is_a_korean_statute_in_force_authentic_in_korean() -> None:
    framework = bundled().frameworks[RRA]
    assert framework.jurisdictions == ("KR",)
    assert framework.authentic_languages == ("ko",)
    assert framework.title_original == "주민등록법"  # RRA "제목: 주민등록법"
    assert str(framework.source_url) == "https://www.law.go.kr/법령/주민등록법"  # RRA "출처: ..."


def test_every_cited_url_is_typed() -> None:
    corpus = bundled()
    framework = corpus.frameworks[RRA]
    listed = {str(s.url): s.type for s in framework.sources}
    cited = {str(u) for u in (framework.source_url, framework.read_url) if u}
    cited |= {str(e.source_url) for e in framework.events if e.source_url}
    for pid in corpus.provisions_of(RRA):
        provision = corpus.provisions[pid]
        cited |= {str(u) for u in (provision.source_url, provision.read_url) if u}
    assert cited <= set(listed), cited - set(listed)
    assert listed["https://www.law.go.kr/법령/주민등록법"] == SourceType.OFFICIAL_TEXT


def test_the_eidas_acceptance_duty_meets_the_korean_check_by_a_curated_relation() -> None:
    # eIDAS Art. 5f(2) (private relying parties accept wallets) against RRA Art. 25(1) (businesses check
    # identity with the card or the mobile card).
    corpus = bundled()
    pairs = {
        (c.relation.source, c.relation.target): (c.crosswalk_id, c.relation.strength)
        for c in corpus.relations
    }
    assert pairs[("eu-eidas/art-5f-2", f"{RRA}/art-25-1")] == ("trade-eu-kr", 4)
    assert pairs[("eu-eidas/art-5a-1", f"{RRA}/art-24-2-1")] == ("trade-eu-kr", 4)


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (date(2024, 12, 27), date(2024, 12, 26)),  # in force on the day of the anniversary
        (date(1962, 6, 20), date(1962, 5, 10)),
        (date(2022, 1, 11), date(2022, 7, 12)),
    ],
)
def test_events_checker_reports_a_seeded_wrong_date(old: date, new: date) -> None:
    framework = bundled().frameworks[RRA]
    events = tuple(
        e.model_copy(update={"date": new}) if e.date == old else e for e in framework.events
    )
    mismatches = check_events(with_framework(RRA, events=events))
    assert [m.field for m in mismatches] == ["events"]


def test_identifiers_checker_reports_a_seeded_wrong_mst() -> None:
    framework = bundled().frameworks[RRA]
    wrong = framework.identifiers.model_copy(update={"mst": "257201"})
    assert check_identifiers(with_framework(RRA, identifiers=wrong)) == [
        Mismatch(
            RRA, "identifiers", EXPECTED_IDENTIFIERS[RRA], ("Act No. 20677", "001655", "257201")
        )
    ]


@pytest.mark.parametrize(
    ("pid", "update"),
    [
        (f"{RRA}/art-25-1", {"pinpoint": "Art. 25(2)"}),
        (f"{RRA}/art-25-1", {"addressees": ("government", "public-body")}),  # businesses dropped
        (f"{RRA}/art-25-1", {"modality": Modality.BEST_EFFORTS}),
        # promulgation, not commencement
        (f"{RRA}/art-24-2-1", {"applies_from": date(2023, 12, 26)}),
        (f"{RRA}/art-24-2-1", {"modality": Modality.OBLIGATION}),  # 'may issue', not 'shall'
        (f"{RRA}/art-25-2", {"applies_from": date(2022, 1, 11)}),
        (f"{RRA}/art-25-3", {"pinpoint_verified": False}),
        (f"{RRA}/art-24-2-3", {"topics": ("esig.trust-services",)}),
    ],
)
def test_units_checker_reports_a_seeded_wrong_value(pid: str, update: dict[str, Any]) -> None:
    assert [m.record for m in check_units(with_provision(pid, **update))] == [pid]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        (f"{RRA}/art-25-1", "주민등록증으로 확인하여야 한다"),  # the pre-2024 wording
        (f"{RRA}/art-24-2-3", "모바일 주민등록증을 발급하는 경우 수수료를 징수할 수 있다"),
    ],
)
def test_quotes_checker_reports_a_seeded_wrong_quote(pid: str, wrong: str) -> None:
    assert check_quotes(with_provision(pid, quote=wrong)) == [
        Mismatch(pid, "quote", EXPECTED_QUOTES[pid], wrong)
    ]


def test_unsanctioned_checker_reports_a_seeded_penalty_link() -> None:
    pid = f"{RRA}/art-25-1"
    corpus = with_provision(pid, sanctioned_by=("kr-digital-signature-act/art-24-1",))
    assert [m.record for m in check_unsanctioned(corpus)] == [pid]
