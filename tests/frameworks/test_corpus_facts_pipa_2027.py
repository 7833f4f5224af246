"""Facts of the PIPA amendments adopted but not yet applying on 6 Dec 2026, asserted against the words of
the text read.

Copy read (PIPA): the legalize-kr machine copy of law.go.kr that kr-pipa.yaml names as read_url, the version
of Act No. 21910 (MST 289415) with every addendum since 2011,
https://github.com/legalize-kr/legalize-kr/blob/d7cd2aaeef92320f565f71c1301b0916454a09d5/kr/개인정보보호법/법률.md

The words below are copied from it verbatim (paragraph markers ①② written as in the copy). Each application
date is not typed in but derived from the words of the addendum that sets it: "공포 후 6개월이 경과한 날부터
시행한다" counts six months from the day after promulgation and starts on the day after they have elapsed, as
the corpus does for the other Korean acts (Act No. 19234, promulgated 2023-03-14, in force 2023-09-15; Act No.
21445, promulgated 2026-03-10, in force 2026-09-11); the copy's own header gives the same date for Act No.
21910. Each pinpoint is derived from the article number and paragraph marker of the words that carry the rule.

Not asserted because the copy does not say it: which controllers the decree criteria of the Art. 32-2(1)
proviso catch, and the decree criteria of Art. 28-12 (the Enforcement Decree was not read for them).

Values are exact: an edit that changes a pinpoint, a date, a modality, a quote or a link makes a test fail,
and each checker has a test that seeds a wrong value into a copy of the corpus. Compare the record with the
words here before touching a table.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import NamedTuple

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import AddresseeClass, Evidence, Modality, QuantityKind
from tests.frameworks.fact_tables import Mismatch, bundled, check_records, with_provision

PIPA = "kr-pipa"
READ_URL = (
    "https://github.com/legalize-kr/legalize-kr/blob/d7cd2aaeef92320f565f71c1301b0916454a09d5/"
    "kr/개인정보보호법/법률.md"
)
SOURCE_URL = "https://www.law.go.kr/법령/개인정보보호법"
CHECKED = date(2026, 12, 6)

# =================================================================================================
# 1. The words of the copy
# =================================================================================================

# The copy's header (front matter) for the version read.
HEADER = "공포일자: 2026-09-08\n공포번호: '21910'\n시행일자: 2027-03-09"

# The addenda that set the dates, as printed at the end of the copy.
ADDENDA_21910 = "부칙 <제21910호,2026.9.8>\n\n\n이 법은 공포 후 6개월이 경과한 날부터 시행한다."
ADDENDA_21445 = (
    "부칙 <제21445호,2026.3.10>\n\n\n제1조(시행일) 이 법은 공포 후 6개월이 경과한 날부터 시행한다. 다만, "
    "제32조의2제1항 단서 및 제75조제2항제15호의 개정규정은 2027년 7월 1일부터 시행한다."
)

# Chapter III, Section 5 was inserted by Act No. 21910 (its heading carries the mark of 8 Sep 2026).
SECTION_5 = "### 제5절 인공지능기술 개발을 위한 개인정보 처리의 특례 <신설 2026.9.8>"


class Words(NamedTuple):
    article: str  # the article number as printed, e.g. '제28조의12'
    paragraph: str  # the paragraph marker ('①'...), or '' for an article of one paragraph
    text: str  # the paragraph, verbatim
    addendum: str  # the addendum that sets the date the unit applies from


W_28_12_1 = Words(
    "제28조의12",
    "①",
    "개인정보처리자는 인공지능기술 개발(성능 개선을 포함한다. 이하 이 절에서 같다)을 위하여 다음 각 호의 요건을 "
    "모두 갖추고 제2항에 따른 보호위원회의 심의ㆍ의결을 거친 경우에는 이 법 또는 다른 법령에 따라 적법하게 수집한 "
    "개인정보를 당초 수집한 목적 외로 이용할 수 있다.",
    ADDENDA_21910,
)
W_28_12_2 = Words(
    "제28조의12",
    "②",
    "개인정보처리자는 제1항에 따라 개인정보를 이용하려는 경우에는 같은 항 각 호의 요건을 갖추었는지 여부에 대하여 "
    "보호위원회의 심의ㆍ의결을 받아야 한다. 이 경우 보호위원회는 정보주체의 권리 보장 및 개인정보의 안전한 처리를 "
    "위하여 필요한 범위에서 조건을 붙일 수 있다.",
    ADDENDA_21910,
)
W_28_12_3 = Words(
    "제28조의12",
    "③",
    "보호위원회는 민감정보ㆍ고유식별정보 등의 처리 여부, 정보주체의 권리 또는 이익에 미치는 영향 및 위험의 정도 등을 "
    "고려하여 대통령령으로 정하는 기준에 해당하는 경우에는 제2항에 따른 심의ㆍ의결 전에 해당 개인정보처리자에게 기간을 "
    '정하여 개인정보 처리로 인한 위험요인 분석과 개선 사항 도출을 위한 평가(이하 "위험요인평가"라 한다)를 하고 그 '
    "결과를 제출하도록 하여야 한다.",
    ADDENDA_21910,
)
W_28_12_5 = Words(
    "제28조의12",
    "⑤",
    "개인정보처리자는 제1항 및 제2항에 따라 보호위원회의 심의ㆍ의결을 받아 개인정보를 이용하려는 경우에는 개인정보를 "
    "이용하는 목적과 유형을 제30조에 따른 개인정보 처리방침에 포함하여야 한다.",
    ADDENDA_21910,
)
W_28_13_1 = Words(
    "제28조의13",
    "①",
    "보호위원회는 제28조의12제1항 및 제2항에 따라 심의ㆍ의결한 사항에 대하여 주기적으로 이행 여부를 관리ㆍ감독하여야 "
    "한다.",
    ADDENDA_21910,
)
W_28_14_1 = Words(
    "제28조의14",
    "①",
    "보호위원회는 제28조의12제1항 및 제2항에 따라 개인정보 이용에 대한 심의ㆍ의결을 받은 자가 다음 각 호의 어느 하나에 "
    "해당하는 경우에는 심의ㆍ의결을 거쳐 개인정보 처리의 전부를 제한하여야 한다.",
    ADDENDA_21910,
)
# Art. 28-14(1) item 4, the source of the 6-month quantity.
W_28_14_1_ITEM_4 = (
    "4\\. 제28조의12제1항 및 제2항에 따라 보호위원회의 심의ㆍ의결을 받은 날부터 6개월 이내에 특별한 사유 없이 "
    "인공지능기술 개발을 위한 개인정보 처리를 시작하지 아니한 경우"
)
W_28_14_2 = Words(
    "제28조의14",
    "②",
    "개인정보처리자는 보호위원회가 제1항에 따라 개인정보 처리를 제한한 경우에는 지체 없이 필요한 조치를 하고 "
    "보호위원회에 조치 결과를 알려야 한다.",
    ADDENDA_21910,
)
W_28_15 = Words(
    "제28조의15",
    "",
    "제28조의12에 따라 개인정보를 이용하는 경우에는 그 범위에서 보호위원회의 심의ㆍ의결을 거쳐 제18조부터 제20조까지, "
    "제20조의2, 제23조, 제24조, 제24조의2, 제25조, 제25조의2 및 제28조의8(개인정보를 국외로 처리위탁하는 경우에 "
    "한정한다)을 적용하지 아니할 수 있다.",
    ADDENDA_21910,
)
# Art. 32-2(1): main text (voluntary certification), then the proviso ('다만, ...') the record is about.
W_32_2_1 = Words(
    "제32조의2",
    "①",
    "보호위원회는 개인정보처리자의 개인정보 처리 및 보호와 관련한 일련의 조치가 이 법에 부합하는지 등에 관하여 "
    "인증할 수 있다. 다만, 매출액, 개인정보의 처리 규모 등을 고려하여 대통령령으로 정하는 기준에 해당하는 "
    "개인정보처리자는 인증을 받아야 한다. <개정 2017.7.26, 2020.2.4, 2026.3.10>",
    ADDENDA_21445,
)
# Art. 75(2) item 15, the fine that backs the proviso (same addendum proviso).
W_75_2_ITEM_15 = "15\\. 제32조의2제1항 단서를 위반하여 인증을 받지 아니한 자"

# =================================================================================================
# 2. Deriving dates and pinpoints from the words
# =================================================================================================

PARAGRAPH_MARKERS = "①②③④⑤⑥⑦⑧⑨⑩"


def promulgated(addendum: str) -> date:
    """The promulgation date in an addendum heading such as '부칙 <제21910호,2026.9.8>'."""
    found = re.match(r"부칙 <제\d+호,(\d{4})\.(\d{1,2})\.(\d{1,2})>", addendum)
    assert found, addendum
    return date(*(int(g) for g in found.groups()))


def months_elapsed(day: date, months: int) -> date:
    """The day after ``months`` months have elapsed, counting from the day after ``day``
    ('공포 후 N개월이 경과한 날')."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last)) + timedelta(days=1)


def applies_from(words: Words) -> date:
    """The date the unit applies from, read off its addendum: a dated proviso naming the article's
    paragraph ('제32조의2제1항 단서 ... 2027년 7월 1일부터'), else the main rule ('공포 후 N개월이 경과한 날부터')."""
    addendum = words.addendum
    paragraph = PARAGRAPH_MARKERS.index(words.paragraph) + 1 if words.paragraph else None
    if paragraph is not None:
        unit = f"{words.article}제{paragraph}항 단서"
        proviso = re.search(
            r"다만, (.*?)의 개정규정은 (\d{4})년 (\d{1,2})월 (\d{1,2})일부터 시행한다", addendum
        )
        if proviso and unit in proviso.group(1) and "다만," in words.text:
            return date(*(int(g) for g in proviso.groups()[1:]))
    main = re.search(r"이 법은 공포 후 (\d+)개월이 경과한 날부터 시행한다", addendum)
    assert main, addendum
    return months_elapsed(promulgated(addendum), int(main.group(1)))


def pinpoint(words: Words, proviso: bool = False) -> str:
    """'제28조의12' + '①' -> 'Art. 28-12(1)'; with the proviso (다만) -> 'Art. 32-2(1), proviso'."""
    found = re.fullmatch(r"제(\d+)조(?:의(\d+))?", words.article)
    assert found, words.article
    number = found.group(1) + (f"-{found.group(2)}" if found.group(2) else "")
    out = f"Art. {number}"
    if words.paragraph:
        out += f"({PARAGRAPH_MARKERS.index(words.paragraph) + 1})"
    if proviso:
        assert "다만," in words.text, words
        out += ", proviso"
    return out


def modality_as_written(words: Words, proviso: bool = False) -> Modality:
    """The modality the operative sentence's ending gives: '노력하여야 한다' best-efforts (none here),
    '적용하지 아니할 수 있다' an exception to other articles, another '수 있다' a permission, '하여야 한다' /
    '받아야 한다' / '알려야 한다' an obligation. Only the sentence that sets the rule is read: the proviso
    ('다만, ...') when asked for, else the first sentence with one of these endings (a parenthesis such as
    '(성능 개선을 포함한다. ...)' is not one)."""
    sentences = [s.strip() for s in re.split(r"(?<=다\.)\s", words.text) if s.strip()]
    if proviso:
        sentences = [s for s in sentences if s.startswith("다만,")]
    for sentence in sentences:
        if "노력하여야 한다." in sentence:
            return Modality.BEST_EFFORTS
        if sentence.endswith("적용하지 아니할 수 있다."):
            return Modality.EXCEPTION
        if sentence.endswith("수 있다."):
            return Modality.PERMISSION
        if re.search(r"(여야|아야|려야) 한다\.$", sentence):
            return Modality.OBLIGATION
    raise AssertionError(words.text)


# =================================================================================================
# 3. Tables: each record, the words that carry it, and what the record must say
# =================================================================================================


class Unit(NamedTuple):
    words: Words
    proviso: bool
    quote: str
    addressees: frozenset[str]
    topics: frozenset[str]


# The permission of Art. 28-12(1) and the disapplication of Art. 28-15 are what let personal data become AI
# training data, so they also carry the training-data topic; the procedure, supervision and restriction
# around them (PIPC deliberation, risk assessment, privacy policy, restriction) are data-protection rules
# only: a binding duty on controllers is not an industrial-promotion policy.
AI_USE = frozenset({"data.personal-data-protection", "ai.industrial-promotion.data"})
PROTECTION = frozenset({"data.personal-data-protection"})

EXPECTED_UNITS: dict[str, Unit] = {
    # "...이 법 또는 다른 법령에 따라 적법하게 수집한 개인정보를 당초 수집한 목적 외로 이용할 수 있다."
    f"{PIPA}/art-28-12-1": Unit(
        W_28_12_1,
        False,
        "이 법 또는 다른 법령에 따라 적법하게 수집한 개인정보를 당초 수집한 목적 외로 이용할 수 있다.",
        frozenset({"controller"}),
        AI_USE,
    ),
    # "...보호위원회의 심의ㆍ의결을 받아야 한다. 이 경우 보호위원회는 ... 조건을 붙일 수 있다."
    f"{PIPA}/art-28-12-2": Unit(
        W_28_12_2,
        False,
        "같은 항 각 호의 요건을 갖추었는지 여부에 대하여 보호위원회의 심의ㆍ의결을 받아야 한다.",
        frozenset({"controller"}),
        PROTECTION,
    ),
    # "보호위원회는 ... 해당 개인정보처리자에게 ... 위험요인평가 ... 를 하고 그 결과를 제출하도록 하여야 한다."
    f"{PIPA}/art-28-12-3": Unit(
        W_28_12_3,
        False,
        '개인정보 처리로 인한 위험요인 분석과 개선 사항 도출을 위한 평가(이하 "위험요인평가"라 한다)를 하고 그 결과를 '
        "제출하도록 하여야 한다.",
        frozenset({"controller", "regulator"}),
        PROTECTION,
    ),
    # "...이용하는 목적과 유형을 제30조에 따른 개인정보 처리방침에 포함하여야 한다."
    f"{PIPA}/art-28-12-5": Unit(
        W_28_12_5,
        False,
        "개인정보를 이용하는 목적과 유형을 제30조에 따른 개인정보 처리방침에 포함하여야 한다.",
        frozenset({"controller"}),
        PROTECTION,
    ),
    # "보호위원회는 ... 주기적으로 이행 여부를 관리ㆍ감독하여야 한다."
    f"{PIPA}/art-28-13-1": Unit(
        W_28_13_1,
        False,
        "주기적으로 이행 여부를 관리ㆍ감독하여야 한다.",
        frozenset({"regulator"}),
        PROTECTION,
    ),
    # "보호위원회는 ... 심의ㆍ의결을 거쳐 개인정보 처리의 전부를 제한하여야 한다."
    f"{PIPA}/art-28-14-1": Unit(
        W_28_14_1,
        False,
        "심의ㆍ의결을 거쳐 개인정보 처리의 전부를 제한하여야 한다.",
        frozenset({"regulator", "controller"}),
        PROTECTION,
    ),
    # "개인정보처리자는 ... 지체 없이 필요한 조치를 하고 보호위원회에 조치 결과를 알려야 한다."
    f"{PIPA}/art-28-14-2": Unit(
        W_28_14_2,
        False,
        "지체 없이 필요한 조치를 하고 보호위원회에 조치 결과를 알려야 한다.",
        frozenset({"controller"}),
        PROTECTION,
    ),
    # "...제28조의8(개인정보를 국외로 처리위탁하는 경우에 한정한다)을 적용하지 아니할 수 있다." The transfer topic
    # is the one the Art. 28-8 records carry (data.transfer-mechanisms).
    f"{PIPA}/art-28-15": Unit(
        W_28_15,
        False,
        "제28조의8(개인정보를 국외로 처리위탁하는 경우에 한정한다)을 적용하지 아니할 수 있다.",
        frozenset({"controller", "regulator"}),
        AI_USE | {"data.transfer-mechanisms"},
    ),
    # "다만, 매출액, 개인정보의 처리 규모 등을 고려하여 대통령령으로 정하는 기준에 해당하는 개인정보처리자는 인증을
    # 받아야 한다."
    f"{PIPA}/art-32-2-1-proviso": Unit(
        W_32_2_1,
        True,
        "매출액, 개인정보의 처리 규모 등을 고려하여 대통령령으로 정하는 기준에 해당하는 개인정보처리자는 인증을 받아야 한다.",
        frozenset({"controller"}),
        PROTECTION,
    ),
}

# Art. 28-15 applies only where personal information is used under Art. 28-12 ("제28조의12에 따라 개인정보를 이용하는
# 경우에는"): it depends on the permission of Art. 28-12(1).
EXPECTED_DEPENDS_ON: dict[str, tuple[str, ...]] = {
    f"{PIPA}/art-28-15": (f"{PIPA}/art-28-12-1",),
}

# Art. 75(2) item 15 fines a breach of the proviso ("제32조의2제1항 단서를 위반하여 인증을 받지 아니한 자"). The new
# AI-development articles are listed neither in Art. 64-2(1) nor in Art. 75 (no item names Arts 28-12 to 28-15).
EXPECTED_SANCTIONED_BY: dict[str, tuple[str, ...]] = {
    pid: ((f"{PIPA}/art-75-2",) if pid.endswith("art-32-2-1-proviso") else ())
    for pid in EXPECTED_UNITS
}

# Art. 28-14(1) item 4: "심의ㆍ의결을 받은 날부터 6개월 이내에 ... 시작하지 아니한 경우".
EXPECTED_QUANTITIES: dict[str, tuple[tuple[QuantityKind, float, str, str], ...]] = {
    f"{PIPA}/art-28-14-1": (
        (QuantityKind.DEADLINE, 6, "months", "ai-development-use.processing-start"),
    ),
}

# Records of Art. 28-8 whose rule Art. 28-15 qualifies from 9 Mar 2027 carry a note that says so and names
# the exception; their own dates stay those of Act No. 19234.
QUALIFIED_BY_28_15: tuple[str, ...] = (f"{PIPA}/art-28-8-1", f"{PIPA}/art-28-8-4")

# =================================================================================================
# Checkers
# =================================================================================================


def check_dates(corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: applies_from(u.words) for pid, u in table.items()},
        "applies_from",
        lambda p: p.applies_from,
    )


def check_pinpoints(corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: (pinpoint(u.words, u.proviso), True) for pid, u in table.items()},
        "pinpoint",
        lambda p: (p.pinpoint, p.pinpoint_verified),
    )


def check_quotes(corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS) -> list[Mismatch]:
    found = check_records(
        corpus.provisions, {pid: u.quote for pid, u in table.items()}, "quote", lambda p: p.quote
    )
    for pid, unit in table.items():
        assert unit.quote in unit.words.text, pid  # the table's own quote is verbatim
    return found


def check_modalities(corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: modality_as_written(u.words, u.proviso) for pid, u in table.items()},
        "modality",
        lambda p: p.modality,
    )


def check_roles_and_topics(
    corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS
) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: (u.addressees, u.topics, Evidence.PRIMARY) for pid, u in table.items()},
        "roles-topics-evidence",
        lambda p: (frozenset(p.addressees), frozenset(p.topics), p.evidence),
    )


def check_sources(corpus: Corpus, table: Mapping[str, Unit] = EXPECTED_UNITS) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: (SOURCE_URL, READ_URL) for pid in table},
        "urls",
        lambda p: (str(p.source_url), str(p.read_url)),
    )


def check_links(corpus: Corpus) -> list[Mismatch]:
    return check_records(
        corpus.provisions, EXPECTED_DEPENDS_ON, "depends_on", lambda p: tuple(p.depends_on)
    ) + check_records(
        corpus.provisions, EXPECTED_SANCTIONED_BY, "sanctioned_by", lambda p: tuple(p.sanctioned_by)
    )


def check_quantities(corpus: Corpus) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        EXPECTED_QUANTITIES,
        "quantities",
        lambda p: tuple((q.kind, q.value, q.unit, q.measure) for q in p.quantities),
    )


def check_notes(corpus: Corpus, pids: tuple[str, ...] = QUALIFIED_BY_28_15) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        {pid: (True, True, date(2023, 9, 15)) for pid in pids},
        "note",
        lambda p: (
            "Art. 28-15" in (p.note or ""),
            "2027" in (p.note or ""),
            p.applies_from,
        ),
    )


# =================================================================================================
# Tests: the words give the dates and pinpoints the tables use
# =================================================================================================


def test_the_addendum_of_act_21910_gives_9_march_2027_as_the_copy_header_does() -> None:
    # "이 법은 공포 후 6개월이 경과한 날부터 시행한다." with "부칙 <제21910호,2026.9.8>".
    assert promulgated(ADDENDA_21910) == date(2026, 9, 8)
    assert applies_from(W_28_12_1) == date(2027, 3, 9)
    assert "시행일자: 2027-03-09" in HEADER and "공포일자: 2026-09-08" in HEADER
    assert "<신설 2026.9.8>" in SECTION_5


def test_the_proviso_of_act_21445_gives_1_july_2027_not_11_september_2026() -> None:
    # "다만, 제32조의2제1항 단서 및 제75조제2항제15호의 개정규정은 2027년 7월 1일부터 시행한다."
    assert applies_from(W_32_2_1) == date(2027, 7, 1)
    # The main text of the paragraph follows the main rule, the corpus's entry into force of Act No. 21445.
    main_rule = W_32_2_1._replace(text=W_32_2_1.text.split(" 다만,")[0])
    assert applies_from(main_rule) == date(2026, 9, 11)
    assert "제32조의2제1항 단서" in W_75_2_ITEM_15


def test_the_counting_matches_the_dates_already_in_the_corpus() -> None:
    # Act No. 19234 (2023-03-14) -> 2023-09-15; Act No. 21445 (2026-03-10) -> 2026-09-11 (kr-pipa.yaml events).
    assert months_elapsed(date(2023, 3, 14), 6) == date(2023, 9, 15)
    assert months_elapsed(date(2026, 3, 10), 6) == date(2026, 9, 11)
    pipa = bundled().frameworks[PIPA]
    assert {(e.date, e.instrument) for e in pipa.events} >= {
        (date(2023, 9, 15), "Act No. 19234"),
        (date(2026, 9, 11), "Act No. 21445"),
        (date(2026, 9, 8), "Act No. 21910"),
    }


def test_no_new_unit_asks_only_for_effort() -> None:
    # None of the paragraphs says '노력하여야 한다', so none is a best-efforts duty.
    assert not any("노력" in u.words.text for u in EXPECTED_UNITS.values())


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_dates() -> None:
    assert check_dates(bundled()) == []


def test_pinpoints() -> None:
    assert check_pinpoints(bundled()) == []


def test_quotes() -> None:
    assert check_quotes(bundled()) == []


def test_modalities() -> None:
    assert check_modalities(bundled()) == []


def test_roles_topics_and_evidence() -> None:
    assert check_roles_and_topics(bundled()) == []


def test_sources() -> None:
    assert check_sources(bundled()) == []


def test_links() -> None:
    assert check_links(bundled()) == []


def test_quantities() -> None:
    assert "6개월 이내에" in W_28_14_1_ITEM_4
    assert check_quantities(bundled()) == []


def test_the_art_28_8_records_name_the_exception_and_keep_their_dates() -> None:
    assert check_notes(bundled()) == []


def test_the_new_units_are_still_to_come_on_the_checked_date() -> None:
    corpus = bundled()
    assert corpus.frameworks[PIPA].checked == CHECKED
    assert all(corpus.provisions[pid].applies_from > CHECKED for pid in EXPECTED_UNITS)


def test_the_restriction_binds_the_pipc() -> None:
    # "보호위원회는 ... 제한하여야 한다": a duty of the PIPC, not of the controller it restricts.
    restriction = bundled().provisions[f"{PIPA}/art-28-14-1"]
    assert restriction.addressee_class is AddresseeClass.PUBLIC_AUTHORITY


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        # six months to the day, not the day after they have elapsed
        (f"{PIPA}/art-28-12-1", date(2027, 3, 8)),
        # the promulgation date
        (f"{PIPA}/art-28-15", date(2026, 9, 8)),
        (f"{PIPA}/art-28-14-1", None),
        # the main date of Act No. 21445, not its proviso's
        (f"{PIPA}/art-32-2-1-proviso", date(2026, 9, 11)),
    ],
)
def test_dates_checker_reports_a_seeded_wrong_date(pid: str, wrong: date | None) -> None:
    assert [m.record for m in check_dates(with_provision(pid, applies_from=wrong))] == [pid]


@pytest.mark.parametrize(
    ("pid", "wrong", "verified"),
    [
        (f"{PIPA}/art-28-12-1", "Art. 28-12(2)", True),
        (f"{PIPA}/art-28-15", "Art. 28-15(1)", True),
        (f"{PIPA}/art-32-2-1-proviso", "Art. 32-2(1)", True),  # the proviso dropped
        (f"{PIPA}/art-28-13-1", "Art. 28-13(1)", False),  # right words, but marked unverified
    ],
)
def test_pinpoints_checker_reports_a_seeded_wrong_pinpoint(
    pid: str, wrong: str, verified: bool
) -> None:
    corpus = with_provision(pid, pinpoint=wrong, pinpoint_verified=verified)
    assert [m.record for m in check_pinpoints(corpus)] == [pid]


def test_quotes_checker_reports_a_seeded_wrong_quote() -> None:
    pid = f"{PIPA}/art-28-15"
    wrong = "제28조의8을 적용하지 아니할 수 있다."  # drops the outsourcing-only limit
    assert [m.record for m in check_quotes(with_provision(pid, quote=wrong))] == [pid]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        (f"{PIPA}/art-28-12-1", Modality.OBLIGATION),
        (f"{PIPA}/art-28-12-2", Modality.BEST_EFFORTS),
        (f"{PIPA}/art-28-15", Modality.PERMISSION),
        # the main text's '인증할 수 있다', not the proviso's '인증을 받아야 한다'
        (f"{PIPA}/art-32-2-1-proviso", Modality.PERMISSION),
    ],
)
def test_modalities_checker_reports_a_seeded_wrong_modality(pid: str, wrong: Modality) -> None:
    assert [m.record for m in check_modalities(with_provision(pid, modality=wrong))] == [pid]


def test_roles_checker_reports_a_seeded_processor_and_a_missing_topic() -> None:
    # Art. 26(8) does not apply Arts 28-12 to 28-15 to outsourcees.
    pid = f"{PIPA}/art-28-12-1"
    assert [
        m.record
        for m in check_roles_and_topics(with_provision(pid, addressees=("controller", "processor")))
    ] == [pid]
    pid = f"{PIPA}/art-28-15"
    topics = ("data.personal-data-protection", "ai.industrial-promotion.data")
    assert [m.record for m in check_roles_and_topics(with_provision(pid, topics=topics))] == [pid]
    assert [
        m.record for m in check_roles_and_topics(with_provision(pid, evidence=Evidence.SECONDARY))
    ] == [pid]


def test_sources_checker_reports_a_seeded_wrong_url() -> None:
    pid = f"{PIPA}/art-28-14-2"
    assert [m.record for m in check_sources(with_provision(pid, read_url=None))] == [pid]


def test_links_checker_reports_seeded_wrong_links() -> None:
    assert [m.record for m in check_links(with_provision(f"{PIPA}/art-28-15", depends_on=()))] == [
        f"{PIPA}/art-28-15"
    ]
    proviso = f"{PIPA}/art-32-2-1-proviso"
    assert [m.record for m in check_links(with_provision(proviso, sanctioned_by=()))] == [proviso]
    pid = f"{PIPA}/art-28-12-1"
    assert [
        m.record for m in check_links(with_provision(pid, sanctioned_by=(f"{PIPA}/art-75-2",)))
    ] == [pid]


def test_quantities_checker_reports_a_seeded_wrong_period() -> None:
    pid = f"{PIPA}/art-28-14-1"
    provision = bundled().provisions[pid]
    wrong = tuple(q.model_copy(update={"value": 3}) for q in provision.quantities)
    assert [m.record for m in check_quantities(with_provision(pid, quantities=wrong))] == [pid]


def test_notes_checker_reports_a_dropped_note_and_a_moved_date() -> None:
    pid = f"{PIPA}/art-28-8-1"
    assert [m.record for m in check_notes(with_provision(pid, note=None))] == [pid]
    assert [m.record for m in check_notes(with_provision(pid, applies_from=date(2027, 3, 9)))] == [
        pid
    ]
