"""Facts of Korea's Foreign Trade Act record (대외무역법), asserted against the text it comes from.

Each table entry cites the words of the copy the record names (its ``read_url``):

* LFTA: https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/대외무역법/법률.md
  ("LFTA-meta" = the front matter of the same file: 법령MST 276491, 법령ID '001467', 공포번호 '21065',
  공포일자 and 시행일자 2025-10-01)
* LITPA: the Industrial Technology Protection Act in the same copy (kr/산업기술의유출방지및보호에관한법률/법률.md)

Values are exact: an edit that changes a date, a pinpoint, a topic, a sanction link, a penalty or a
curated relation makes a test fail. Compare the record with the cited text before touching a table.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import SanctionKind
from tests.frameworks import fact_tables
from tests.frameworks.fact_tables import bundled
from tests.frameworks.test_facts_export_control import (
    check_identifiers,
    check_penalties,
    check_provisions,
    check_relations,
)

FTA = "kr-foreign-trade-act"
ITPA = "kr-industrial-technology-protection-act"
FEFTA = "jp-fefta"
DU = "eu-dual-use-regulation"
COPY = (
    "https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/"
    "kr/대외무역법/법률.md"
)
EXPORT_CONTROL = "data.export-control.authorisation"
EXPORT_PENALTIES = "data.export-control.penalties"

# Front matter of the versions in the mirror's history (git log of kr/대외무역법/법률.md in the same
# fork): e5f5c22637 "공포일자: 1986-12-31 ... 시행일자: 1987-07-01" (제정); c0053394aa "공포일자: 2024-02-20,
# 공포번호: '20319', 시행일자: 2024-08-21" (Art. 19 split into Arts 19 to 19-7); LFTA-meta (2025-10-01, the
# renaming of the minister, 타법개정).
EVENTS = [
    ("promulgated", date(1986, 12, 31)),
    ("entry-into-force", date(1987, 7, 1)),
    ("amended", date(2024, 2, 20)),
    ("amended", date(2025, 10, 1)),
]
# Round 33, KR-JP: the units applied "from 1 Oct 2025", the renaming alone; Arts 19, 19-2, 19-3 and 53
# read the same, the minister's title apart, in c0053394aa (in force 2024-08-21).
APPLIES_FROM = date(2024, 8, 21)

# LFTA-meta: 법령MST: 276491, 법령ID: '001467', 공포번호: '21065'.
IDENTIFIERS = {FTA: {"act_number": "Act No. 21065", "law_id": "001467", "mst": "276491"}}

PROVISIONS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    # LFTA Art. 19 "(전략물자)": "...수출허가 등 제한이 필요한 물품등(대통령령으로 정하는 기술을 포함한다...)을
    # 지정ㆍ고시하여야 한다."
    f"{FTA}/art-19": ("Art. 19", frozenset({EXPORT_CONTROL}), frozenset()),
    # LFTA Art. 19-2 "(수출허가)": "...전략물자...를 수출...하려는 자...는...허가(이하 "수출허가"라 한다)를 받아야
    # 한다." with items "1. 국내에서 국외로의 이전" and "2. ...대한민국 국민...으로부터 외국인...에게로의 이전".
    f"{FTA}/art-19-2": ("Art. 19-2", frozenset({EXPORT_CONTROL}), frozenset()),
    # LFTA Art. 19-3 "(상황허가)": "전략물자에는 해당되지 아니하나 대량파괴무기...허가(이하 "상황허가"라 한다)를
    # 받아야 한다."
    f"{FTA}/art-19-3": ("Art. 19-3", frozenset({EXPORT_CONTROL}), frozenset()),
    # LFTA Art. 53(1) "전략물자등의 국제적 확산을 꾀할 목적으로"; Art. 53(2) items 2 to 7의2.
    f"{FTA}/art-53-1": ("Art. 53(1)", frozenset({EXPORT_PENALTIES}), frozenset()),
    f"{FTA}/art-53-2": ("Art. 53(2)(ii)-(vii-2)", frozenset({EXPORT_PENALTIES}), frozenset()),
}

SANCTION_LINKS: dict[str, frozenset[str]] = {
    # LFTA Art. 53(1) items 1-2 and Art. 53(2) items 2 and 4: "제19조의2에 따른 수출허가를 받지 아니하고
    # 전략물자를 수출하거나 수출신고한 자", "제19조의3에 따른 상황허가를 받지 아니하고...".
    f"{FTA}/art-19-2": frozenset({f"{FTA}/art-53-1", f"{FTA}/art-53-2"}),
    f"{FTA}/art-19-3": frozenset({f"{FTA}/art-53-1", f"{FTA}/art-53-2"}),
    f"{FTA}/art-19": frozenset(),  # the Minister's designation duty is not itself punished
}

PENALTIES: dict[str, frozenset[tuple[Any, ...]]] = {
    # LFTA Art. 53(1): "7년 이하의 징역 또는 ... 물품등의 가격의 5배에 해당하는 금액 이하의 벌금" - the fine is a
    # multiple of the value, no fixed ceiling, so only the prison term is recorded.
    f"{FTA}/art-53-1": frozenset({(SanctionKind.IMPRISONMENT, None, None, 7)}),
    # LFTA Art. 53(2): "5년 이하의 징역 또는 ... 물품등의 가격의 3배에 해당하는 금액 이하의 벌금".
    f"{FTA}/art-53-2": frozenset({(SanctionKind.IMPRISONMENT, None, None, 5)}),
}

RELATIONS: dict[tuple[str, str], tuple[str, int, bool]] = {
    # The like-for-like pairs (round 30): LFTA Art. 19-2 licence for strategic items, technology transfers
    # included, against FEFTA Art. 25(1) "経済産業大臣の許可を受けなければならない" and DU Art. 3(1) "An
    # authorisation shall be required for the export of dual-use items listed in Annex I."
    (f"{FTA}/art-19-2", f"{FEFTA}/art-25-1"): ("intersects-with", 8, False),
    (f"{DU}/art-3-1", f"{FTA}/art-19-2"): ("intersects-with", 8, False),
    # LFTA Art. 19-3 (exporter knows or suspects, "알았거나 ... 의심되면") against DU Art. 4(2) ("Where an exporter
    # is aware ... shall notify").
    (f"{DU}/art-4-2", f"{FTA}/art-19-3"): ("intersects-with", 5, False),
    # LFTA Art. 19-3 (unlisted items, "전략물자에는 해당되지 아니하나") against FEFTA Art. 25(1) (listed technology).
    (f"{FTA}/art-19-3", f"{FEFTA}/art-25-1"): ("intersects-with", 3, False),
    # LFTA Art. 53(2) "5년 이하" against FEFTA Art. 69-7(1) "七年以下"; Art. 53(1) "7년 이하" (proliferation aim)
    # against FEFTA Art. 69-7(2) "十年以下" (WMD technology); DU Art. 25(1) national penalties.
    (f"{FTA}/art-53-2", f"{FEFTA}/art-69-7-1"): ("intersects-with", 6, False),
    (f"{FTA}/art-53-1", f"{FEFTA}/art-69-7-2"): ("intersects-with", 4, False),
    (f"{DU}/art-25-1", f"{FTA}/art-53-2"): ("intersects-with", 4, False),
    # Lowered in round 30: LITPA Art. 11(3) "「대외무역법」 제19조의 기술인 경우에는 같은 법 제19조의2에 따라 허가를
    # 받은 것으로 보며" - the core-technology approval is a separate regime from the security licence.
    (f"{ITPA}/art-11-1", f"{FEFTA}/art-25-1"): ("intersects-with", 2, False),
    (f"{ITPA}/art-36-3", f"{FEFTA}/art-69-7-1"): ("intersects-with", 2, False),
}


def test_events_match_the_text() -> None:
    framework = bundled().frameworks[FTA]
    assert [(e.event.value, e.date) for e in framework.events] == EVENTS


def test_units_apply_from_the_amendment_that_numbered_them() -> None:
    corpus = bundled()
    for pid in PROVISIONS:
        assert corpus.provisions[pid].applies_from == APPLIES_FROM, pid
    # Not from the renaming of the minister in 2025.
    assert all(corpus.provisions[pid].applies_from != date(2025, 10, 1) for pid in PROVISIONS)


def test_identifiers_match_the_text() -> None:
    assert check_identifiers(bundled(), IDENTIFIERS) == []


def test_pinpoints_and_topics() -> None:
    assert check_provisions(bundled(), PROVISIONS) == []


def test_sanction_links_match_the_penalty_article() -> None:
    assert fact_tables.check_sanction_links(bundled(), SANCTION_LINKS) == []


def test_penalties_match_the_penalty_article() -> None:
    assert check_penalties(bundled(), PENALTIES) == []


def test_corporate_liability_is_not_a_unit_of_its_own() -> None:
    """LFTA Art. 57 "(양벌규정)": "...그 법인 또는 개인에게도 해당 조문의 벌금형을 과(科)한다." - the fine of the
    article breached, so it lives in the Art. 53 notes, not as a bare duty on firms."""
    corpus = bundled()
    assert f"{FTA}/art-57" not in corpus.provisions
    for pid in (f"{FTA}/art-53-1", f"{FTA}/art-53-2"):
        assert "Art. 57" in str(corpus.provisions[pid].note), pid


def test_curated_relations() -> None:
    assert check_relations(bundled(), RELATIONS) == []


def test_the_record_cites_the_copy_read() -> None:
    corpus = bundled()
    framework = corpus.frameworks[FTA]
    assert str(framework.read_url) == COPY
    for pid in PROVISIONS:
        assert str(corpus.provisions[pid].read_url) == COPY, pid
    types = {str(s.url): s.type.value for s in framework.sources}
    assert types == {
        "https://www.law.go.kr/법령/대외무역법": "official-text",
        COPY: "verbatim-copy",
    }
    assert framework.authentic_languages == ("ko",)


def test_quotes_are_the_words_of_the_text() -> None:
    corpus = bundled()
    expected = {
        f"{FTA}/art-19-2": '산업통상부장관이나 관계 행정기관의 장의 허가(이하 "수출허가"라 한다)를 받아야 한다.',
        f"{FTA}/art-53-1": (
            "7년 이하의 징역 또는 수출, 경유, 환적 또는 중개하는 물품등의 가격의 5배에 해당하는 금액 이하의 벌금에 처한다."
        ),
        f"{FTA}/art-53-2": (
            "5년 이하의 징역 또는 수출, 수입, 경유, 환적 또는 중개하는 물품등의 가격의 3배에 해당하는 금액 이하의 벌금에 처한다."
        ),
    }
    for pid, quote in expected.items():
        assert " ".join(str(corpus.provisions[pid].quote).split()) == quote, pid


# Each checker reports a seeded wrong value.


def _corrupted(pid: str, **update: Any) -> Corpus:
    corpus = bundled()
    provisions = dict(corpus.provisions)
    provisions[pid] = corpus.provisions[pid].model_copy(update=update)
    return dataclasses.replace(corpus, provisions=provisions)


def test_provision_checker_reports_a_seeded_wrong_pinpoint() -> None:
    [mismatch] = check_provisions(_corrupted(f"{FTA}/art-19-2", pinpoint="Art. 19"), PROVISIONS)
    assert mismatch.record == f"{FTA}/art-19-2"


def test_penalty_checker_reports_a_seeded_wrong_term() -> None:
    corpus = bundled()
    provision = corpus.provisions[f"{FTA}/art-53-2"]
    sanctions = tuple(s.model_copy(update={"max_years": 7}) for s in provision.sanctions)
    [mismatch] = check_penalties(_corrupted(f"{FTA}/art-53-2", sanctions=sanctions), PENALTIES)
    assert mismatch.record == f"{FTA}/art-53-2"


@pytest.mark.parametrize("pid", [f"{FTA}/art-19-2", f"{FTA}/art-19-3"])
def test_sanction_link_checker_reports_a_dropped_link(pid: str) -> None:
    broken = _corrupted(pid, sanctioned_by=())
    assert fact_tables.check_sanction_links(broken, SANCTION_LINKS) != []
