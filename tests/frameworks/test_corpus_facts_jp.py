"""Facts about the Japanese records (and the EU-Japan instruments) that comparisons depend on.

Every expected value below was checked in the text the record cites, or in a copy of the same text,
before it was written here. The comment beside each entry names the article and the copy, by short name:

* JP-AI: AI Promotion Act (Act No. 53 of 2025), e-Gov law XML, revision 507AC0000000053_20250901,
  https://github.com/EtonMu/global-ai-data-regulation-map/blob/ba4de2411db078dcf4f164548cc4a793fae476b7/data/v2/source-snapshots/jp-ai-promotion-act-507AC0000000053-current-2026-07-20.xml
* JP-AI-REV: e-Gov revision list of the same Act (same repository and commit,
  .../jp-ai-promotion-act-507AC0000000053-revisions-2026-07-20.json); CAO-AI: the Cabinet Office AI Act page
  as stored there (.../jp-ai-promotion-act-cao-status.html): "令和7年6月4日にＡＩ法が公布・一部施行され、
  ９月１日には…全面施行".
* APPI: Act No. 57 of 2003, e-Gov law XML (same repository and commit,
  .../jp-appi-415AC0000000057-current-2026-07-20.xml); APPI-REV: its revision list
  (.../jp-appi-415AC0000000057-revisions-2026-07-20.json).
* PPC-GL: the PPC guideline on provision to third parties in foreign countries (reproduces PPC Rules Art. 15),
  https://github.com/kaz-under-the-bridge/appi-related-laws/blob/9369b9937b85d727521c917f2dc8c377c6a26e20/sources/ppc-offshore/content.html
* EU-419: Decision (EU) 2019/419, https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31 (title, Art. 1(1));
  R181: recital 181 as reproduced at
  https://proteuscyber.com/privacy-database/japan-adequacy-6-periodic-review-of-the-adequacy-finding;
  MONDAQ: http://mondaq.com/unitedstates/x/775560/Data+Protection+Privacy/European+Commission+Adopts+Japan+Adequacy+Decision
* MOFA: Japan's MOFA press release of 27 May 2024 on the EPA Protocol (quotes Protocol Art. 6 and EPA Art. 23.2),
  https://www.mofa.go.jp/mofaj/ecm/ie/pressit_000001_00729.html; COM774: COM(2023) 774 on EUR-Lex,
  https://eur-lex.europa.eu/legal-content/DE/ALL/?uri=CELEX%3A52023PC0774
* ESIG: Act No. 102 of 2000, the 2006 bilingual translation at
  http://www.inagaki.nuie.nagoya-u.ac.jp/told/h12a10200je.1.0.txt ("平成十二年五月三十一日法律第百二号",
  "Effective April 1, 2001"), MIC's page http://www.soumu.go.jp/main_sosiki/joho_tsusin/top/ninshou-law/law-index_e.html
  ("平成13年4月1日から…（平成12年法律第102号）が施行"), iuris.jp (施行日 令和四年六月十七日, 令和四年法律第六十八号による改正)
  and JIPDEC, https://english.jipdec.or.jp/activities/service01.html ("Annual investigation of issued accreditations").
* ESIG-EGOV: the verbatim Markdown copy of the e-Gov text, https://github.com/DaisukeHori/japan-law/blob/
  9bcda14ad672d8f01b5e08694489c7552d0d370e/data/markdown/acts/412AC0000000102.md (supplementary provisions Art. 1:
  "この法律は、平成十三年四月一日から施行する。"); its other facts are asserted in test_corpus_facts_jp_esa.py.
* PLAN: the Cabinet Office notice https://www.cao.go.jp/press/new_wave/20260206.html ("令和7年12月23日、「人工知能基本計画」が
  閣議決定"); JIJI: Jiji Press, 23 Dec 2025 (story 2025122300289, "当面は毎年改定する"); GL: the Cabinet Office guideline
  page https://www8.cao.go.jp/cstp/ai/ai_guideline/ai_guideline.html ("令和7年12月19日 本部決定", comment period
  "令和7年12月5日(金)～令和7年12月11日(木)").

Values are exact, so an edit that changes an act number, a date, a period, a ceiling or a link makes a test
fail. If one fails, compare the record with the cited text before touching the table. Each checker also has
a test that seeds a wrong value into a copy of the corpus and shows that the checker reports it. Facts that
could not be confirmed in a text (the OJ publication date of the EPA Protocol, the Guidelines for Business
version dates, the Electronic Signatures Act penalties) are deliberately not asserted.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.records import Framework, Sanction
from regalign.schema.vocab import (
    Comparator,
    EventType,
    Evidence,
    InstrumentType,
    LegalForce,
    QuantityKind,
    SanctionKind,
    Status,
)
from tests.frameworks import fact_tables
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    quantity_key,
    with_framework,
    with_provision,
)

D = date.fromisoformat

PRIMARY, SECONDARY = Evidence.PRIMARY, Evidence.SECONDARY
PROMULGATED, IN_FORCE, ADOPTED, AMENDED = (
    EventType.PROMULGATED,
    EventType.ENTRY_INTO_FORCE,
    EventType.ADOPTED,
    EventType.AMENDED,
)
PROPOSED, SIGNED, MEETING = EventType.PROPOSED, EventType.SIGNED, EventType.MEETING
LAUNCHED, CONCLUDED = EventType.NEGOTIATIONS_LAUNCHED, EventType.CONCLUDED_IN_PRINCIPLE
REVIEW, TRANSITION = QuantityKind.REVIEW_PERIOD, QuantityKind.TRANSITION_PERIOD
AT_MOST, EXACTLY = Comparator.AT_MOST, Comparator.EXACTLY
CRIMINAL, PRISON, ORDER = SanctionKind.CRIMINAL_FINE, SanctionKind.IMPRISONMENT, SanctionKind.ORDER

JP_AI_ACT = "jp-ai-promotion-act"
JP_AI_SOFT = ("jp-ai-basic-plan", "jp-ai-appropriateness-guideline", "jp-ai-guidelines-business")


# =================================================================================================
# 1. Framework kind and identifiers
# =================================================================================================

EXPECTED_KIND: dict[str, tuple[InstrumentType, LegalForce, Status]] = {
    JP_AI_ACT: (
        InstrumentType.STATUTE,
        LegalForce.BINDING,
        Status.IN_FORCE,
    ),  # JP-AI: 法律; fully in force 1 Sep 2025
    "jp-ai-basic-plan": (
        InstrumentType.GUIDELINE,
        LegalForce.NON_BINDING,
        Status.ADOPTED,
    ),  # PLAN: Cabinet decision
    "jp-ai-appropriateness-guideline": (
        InstrumentType.GUIDELINE,
        LegalForce.NON_BINDING,
        Status.ADOPTED,
    ),  # GL: 本部決定
    "jp-appi": (InstrumentType.STATUTE, LegalForce.BINDING, Status.IN_FORCE),  # APPI
    "jp-ppc-eu-designation": (
        InstrumentType.NOTICE,
        LegalForce.BINDING,
        Status.IN_FORCE,
    ),  # PPC-GL: 告示
    "eu-adequacy-jp": (
        InstrumentType.IMPLEMENTING_DECISION,
        LegalForce.BINDING,
        Status.IN_FORCE,
    ),  # EU-419 title
    "jp-electronic-signatures-act": (
        InstrumentType.STATUTE,
        LegalForce.BINDING,
        Status.IN_FORCE,
    ),  # ESIG
    "eu-jp-epa-data": (
        InstrumentType.TRADE_AGREEMENT,
        LegalForce.BINDING,
        Status.IN_FORCE,
    ),  # MOFA: in force 1 Jul 2024
}

# framework id -> {identifier field or `other` scheme: value}
EXPECTED_IDENTIFIERS: dict[str, dict[str, str]] = {
    JP_AI_ACT: {
        "act_number": "Act No. 53 of 2025",  # JP-AI <LawNum>令和七年法律第五十三号</LawNum>
        "law-number-ja": "令和七年法律第五十三号",  # JP-AI
        "e-gov-law-id": "507AC0000000053",  # JP-AI-REV law_info.law_id
    },
    "jp-ai-basic-plan": {
        "legal-basis": "Act No. 53 of 2025, Art. 18"
    },  # JP-AI Art. 18(1), (3): the plan and its Cabinet decision
    "jp-ai-appropriateness-guideline": {
        "legal-basis": "Act No. 53 of 2025, Art. 13"
    },  # JP-AI Art. 13: 指針の整備
    "jp-appi": {
        "act_number": "Act No. 57 of 2003",  # APPI <LawNum>平成十五年法律第五十七号</LawNum>
        "egov-law-id": "415AC0000000057",  # APPI-REV law_info.law_id
    },
    "jp-ppc-eu-designation": {
        "ppc-notice": "PPC Notice No. 1 of 2019 (平成31年個人情報保護委員会告示第1号)",  # PPC-GL section 3 and note (※1)
    },
    "eu-adequacy-jp": {
        "celex": "32019D0419",  # EU-419 metadata (source CELEX:32019D0419)
        "commission-document": "C(2019) 304",  # EU-419 title: "notified under document C(2019) 304"
    },
    "jp-electronic-signatures-act": {
        "act_number": "Act No. 102 of 2000"
    },  # ESIG: 平成十二年法律第百二号
    "eu-jp-epa-data": {"procedure": "2023/0450(NLE)"},  # COM774: "2023/0450(NLE)"
}


def identifier(framework: Framework, name: str) -> str | None:
    if name in ("act_number", "celex", "eli", "oj", "law_id", "mst"):
        return getattr(framework.identifiers, name)
    values = [o.value for o in framework.identifiers.other if o.scheme == name]
    return values[0] if len(values) == 1 else (tuple(values) or None)


def check_kind(corpus: Corpus, table: Mapping[str, tuple] = EXPECTED_KIND) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        actual = (
            None
            if framework is None
            else (framework.instrument_type, framework.legal_force, framework.status)
        )
        if actual != expected:
            found.append(Mismatch(fid, "kind", expected, actual))
    return found


def check_identifiers(
    corpus: Corpus, table: Mapping[str, dict[str, str]] = EXPECTED_IDENTIFIERS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", expected, None))
            continue
        for name, value in expected.items():
            actual = identifier(framework, name)
            if actual != value:
                found.append(Mismatch(fid, name, value, actual))
    return found


# =================================================================================================
# 2. Dated events: for each event kind listed, exactly these (date, evidence) pairs
# =================================================================================================

EventRow = tuple  # (event kind, ISO date, evidence)

EXPECTED_EVENTS: dict[str, list[EventRow]] = {
    JP_AI_ACT: [
        (
            PROMULGATED,
            "2025-06-04",
            PRIMARY,
        ),  # JP-AI Law PromulgateMonth 06 / PromulgateDay 04; JP-AI-REV promulgation_date
        (IN_FORCE, "2025-06-04", PRIMARY),  # JP-AI Suppl. Prov. Art. 1 main text: 公布の日から施行
        (
            IN_FORCE,
            "2025-09-01",
            PRIMARY,
        ),  # Suppl. Art. 1 proviso (Chs III-IV); JP-AI-REV enforcement_date; CAO-AI
    ],
    "jp-ai-basic-plan": [
        (ADOPTED, "2025-12-23", PRIMARY),  # PLAN: 令和7年12月23日 閣議決定
        (
            MEETING,
            "2025-09-12",
            SECONDARY,
        ),  # Jiji via nippon.com, 12 Sep 2025: first meeting of the Headquarters
        (
            MEETING,
            "2025-12-19",
            SECONDARY,
        ),  # press (innovatopia, dream-persol): draft settled at the 19 Dec meeting
    ],
    "jp-ai-appropriateness-guideline": [
        (PROPOSED, "2025-12-05", PRIMARY),  # GL: comment period from 令和7年12月5日
        (ADOPTED, "2025-12-19", PRIMARY),  # GL: 令和7年12月19日 本部決定
    ],
    "jp-appi": [
        (PROMULGATED, "2003-05-30", PRIMARY),  # APPI Law PromulgateMonth 05 / PromulgateDay 30
        (
            IN_FORCE,
            "2003-05-30",
            PRIMARY,
        ),  # APPI original Suppl. Prov. Art. 1: 公布の日から施行 (Chs 4-6 later)
        (
            AMENDED,
            "2017-05-30",
            SECONDARY,
        ),  # APPI-REV 415AC0000000057_20170530_427AC0000000065 (Act No. 65 of 2015)
        (AMENDED, "2020-06-12", PRIMARY),  # APPI Suppl. Prov. of 令和二年六月一二日法律第四四号
        (
            AMENDED,
            "2022-04-01",
            PRIMARY,
        ),  # APPI-REV _20220401_502AC0000000044 and _503AC0000000037; PPC-GL (令和4年4月1日)
        (
            AMENDED,
            "2025-06-01",
            PRIMARY,
        ),  # APPI-REV _20250601_504AC0000000068; Art. 178 reads 拘禁刑
        (
            AMENDED,
            "2026-07-17",
            PRIMARY,
        ),  # APPI-REV _20260717_508AC0000000056 (promulgated 2026-07-17)
    ],
    "jp-ppc-eu-designation": [
        (
            IN_FORCE,
            "2019-01-23",
            SECONDARY,
        ),  # MONDAQ: 23 Jan 2019, Japan's equivalent decision applicable immediately
    ],
    "eu-adequacy-jp": [
        (ADOPTED, "2019-01-23", PRIMARY),  # EU-419 title: "of 23 January 2019"
        (IN_FORCE, "2019-01-23", SECONDARY),  # MONDAQ: "applicable with immediate effect"
    ],
    "jp-electronic-signatures-act": [
        (PROMULGATED, "2000-05-31", SECONDARY),  # ESIG: 平成十二年五月三十一日法律第百二号
        (
            IN_FORCE,
            "2001-04-01",
            PRIMARY,
        ),  # ESIG-EGOV (verbatim e-Gov copy), suppl. Art. 1: "この法律は、平成十三年四月一日から施行する。"
        (
            AMENDED,
            "2022-06-17",
            SECONDARY,
        ),  # ESIG (iuris.jp): 施行日 令和四年六月十七日, 令和四年法律第六十八号
    ],
    "eu-jp-epa-data": [
        (LAUNCHED, "2022-10-24", PRIMARY),  # COM774: negotiations opened 24 Oct 2022
        (CONCLUDED, "2023-10-28", PRIMARY),  # COM774: concluded in principle 28 Oct 2023
        (PROPOSED, "2023-12-01", PRIMARY),  # COM774: "Brüssel, den 1.12.2023"
        (SIGNED, "2024-01-31", SECONDARY),  # vila.es: 2024年1月31日 署名
        (
            ADOPTED,
            "2024-04-29",
            SECONDARY,
        ),  # sustainablejapan.jp: Council approval on 29 April 2024
        (
            IN_FORCE,
            "2024-07-01",
            PRIMARY,
        ),  # MOFA: notes exchanged 27 May 2024, "本年7月1日に効力を生じます"
    ],
}

# (framework id, event kind, ISO date, text the event's instrument must contain)
EXPECTED_EVENT_INSTRUMENTS: list[tuple[str, EventType, str, str]] = [
    (JP_AI_ACT, PROMULGATED, "2025-06-04", "Act No. 53 of 2025"),
    (JP_AI_ACT, IN_FORCE, "2025-09-01", "Act No. 53 of 2025"),
    ("jp-appi", PROMULGATED, "2003-05-30", "Act No. 57 of 2003"),
    ("jp-appi", AMENDED, "2017-05-30", "Act No. 65 of 2015"),
    ("jp-appi", AMENDED, "2020-06-12", "Act No. 44 of 2020"),
    ("jp-appi", AMENDED, "2025-06-01", "Act No. 68 of 2022"),
    ("jp-appi", AMENDED, "2026-07-17", "Act No. 56 of 2026"),
    ("jp-electronic-signatures-act", PROMULGATED, "2000-05-31", "Act No. 102 of 2000"),
    ("jp-electronic-signatures-act", AMENDED, "2022-06-17", "Act No. 68 of 2022"),
    ("eu-adequacy-jp", ADOPTED, "2019-01-23", "C(2019) 304"),
    ("eu-jp-epa-data", PROPOSED, "2023-12-01", "COM(2023) 774"),
    ("jp-ai-basic-plan", ADOPTED, "2025-12-23", "Cabinet decision"),
]


def check_events(
    corpus: Corpus, table: Mapping[str, list[EventRow]] = EXPECTED_EVENTS
) -> list[Mismatch]:
    """Frameworks whose events of a listed kind are not exactly the (date, evidence) pairs in the table."""
    found: list[Mismatch] = []
    for fid, rows in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", rows, None))
            continue
        for kind in dict.fromkeys(row[0] for row in rows):
            expected = Counter((D(day), evidence) for k, day, evidence in rows if k is kind)
            actual = Counter((e.date, e.evidence) for e in framework.events if e.event is kind)
            if expected != actual:
                found.append(
                    Mismatch(
                        fid, kind.value, sorted(expected.elements()), sorted(actual.elements())
                    )
                )
    return found


def check_event_instruments(
    corpus: Corpus, rows: list[tuple] = EXPECTED_EVENT_INSTRUMENTS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, kind, day, part in rows:
        framework = corpus.frameworks.get(fid)
        events = (
            []
            if framework is None
            else [e for e in framework.events if e.event is kind and e.date == D(day)]
        )
        if not any(part in (e.instrument or "") for e in events):
            found.append(
                Mismatch(fid, f"{kind.value} {day}", part, tuple(e.instrument for e in events))
            )
    return found


# =================================================================================================
# 3. Application dates of provisions: provision id -> (applies_from, applies_from_evidence)
# =================================================================================================


def expected_ai_act_date(pinpoint: str) -> date | None:
    """JP-AI Suppl. Prov. Art. 1: Chapters III (Art. 18) and IV (Arts 19-28) from 1 Sep 2025 (JP-AI-REV, CAO-AI);
    the rest from promulgation, recorded as no applies_from (the framework's entry into force)."""
    article = int(re.search(r"Arts?\.? (\d+)", pinpoint).group(1))  # type: ignore[union-attr]  # every pinpoint here is an article
    if pinpoint.startswith("Suppl."):
        return None
    return D("2025-09-01") if 18 <= article <= 28 else None


EXPECTED_APPLICATION: dict[str, tuple[date | None, Evidence | None]] = {
    # APPI-REV: the rule first applied as Art. 24 in revision _20170530_427AC0000000065 (Act No. 65 of 2015; its
    # Suppl. Prov. Art. 3 names the new Art. 24 consent); secondary because the link to that revision is inferred.
    "jp-appi/art-28-1": (D("2017-05-30"), SECONDARY),
    "jp-appi/art-28-1-designated-countries": (D("2017-05-30"), SECONDARY),
    "jp-appi/art-28-1-equivalent-measures": (D("2017-05-30"), SECONDARY),
    "jp-appi/art-28-1-general-exceptions": (D("2022-04-01"), SECONDARY),
    # Act No. 44 of 2020 Suppl. Prov. Art. 4(1)-(2) (read in APPI) and PPC-GL (※1): from 令和4年4月1日.
    "jp-appi/art-28-2": (D("2022-04-01"), None),
    "jp-appi/art-28-3": (D("2022-04-01"), None),
    "jp-appi/art-31-1-ii": (
        D("2022-04-01"),
        None,
    ),  # Act No. 44 of 2020 Suppl. Prov. Art. 5 (then Art. 26-2)
    "jp-ppc-eu-designation/designation-eu": (
        D("2019-01-23"),
        SECONDARY,
    ),  # MONDAQ (no official date read)
}


def check_application(
    corpus: Corpus, table: Mapping[str, tuple[date | None, Evidence | None]] = EXPECTED_APPLICATION
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        actual = (
            None if provision is None else (provision.applies_from, provision.applies_from_evidence)
        )
        if actual != expected:
            found.append(Mismatch(pid, "applies_from", expected, actual))
    return found


def ai_act_table(corpus: Corpus) -> dict[str, tuple[date | None, None]]:
    table = {
        pid: (expected_ai_act_date(corpus.provisions[pid].pinpoint or ""), None)
        for pid in corpus.provisions_of(JP_AI_ACT)
    }
    return table


# =================================================================================================
# 4. Quantities: provision id -> every (kind, value, unit, comparator) the record states
# =================================================================================================

EXPECTED_QUANTITIES: dict[str, list[tuple]] = {
    # JP-AI Suppl. Prov. Art. 1 proviso: "公布の日から起算して三月を超えない範囲内において政令で定める日".
    f"{JP_AI_ACT}/suppl-1": [(TRANSITION, 3, "months", AT_MOST)],
    # JP-AI Art. 18: no interval for the AI Basic Plan (contrast kr-ai-basic-act/art-6, every three years).
    f"{JP_AI_ACT}/art-18": [],
    # JP-AI Suppl. Prov. Art. 2: review clause without a period.
    f"{JP_AI_ACT}/suppl-2": [],
    "jp-ai-basic-plan/annual-revision": [
        (REVIEW, 1, "years", EXACTLY)
    ],  # JIJI: "当面は毎年改定する"
    # APPI, Suppl. Prov. of Act No. 44 of 2020, Art. 10: "この法律の施行後三年ごとに" (every three years).
    "jp-appi/suppl-2020-art-10": [(REVIEW, 3, "years", EXACTLY)],
    # PPC-GL, Rules Art. 18(1)(i): "定期的に確認" with no period, so none is recorded.
    "jp-appi/art-28-3": [],
    "eu-adequacy-jp/monitoring-review": [
        (
            REVIEW,
            2,
            "years",
            AT_MOST,
        ),  # R181: "a first review within two years after its entry into force"
        (REVIEW, 4, "years", AT_MOST),  # MONDAQ: "periodic reviews ... at least every four years"
    ],
    # ESIG (JIPDEC): "Annual investigation of issued accreditations (Investigation for the renewal of accreditations)".
    "jp-electronic-signatures-act/art-17-designated-investigative-organisation": [
        (REVIEW, 1, "years", EXACTLY)
    ],
}

QUANTITY_READ_AT: dict[str, str] = {
    f"{JP_AI_ACT}/suppl-1": "jp-ai-promotion-act-507AC0000000053-current-2026-07-20.xml",
    "jp-ai-basic-plan/annual-revision": "yjj2025122300289",
    # Corrected in the seventh sitting: "三年ごとに" (every three years), read in the e-Gov copy.
    "jp-appi/suppl-2020-art-10": "415AC0000000057.md",
    "eu-adequacy-jp/monitoring-review": "japan-adequacy-6-periodic-review-of-the-adequacy-finding",
    "jp-electronic-signatures-act/art-17-designated-investigative-organisation": "english.jipdec.or.jp/activities/service01",
}


# =================================================================================================
# 5. Sanctions and sanction links
# =================================================================================================

P148_1_2, P148_3, P178, P184 = (
    "jp-appi/art-148-1-2",
    "jp-appi/art-148-3",
    "jp-appi/art-178",
    "jp-appi/art-184-1",
)

EXPECTED_SANCTIONS: dict[str, frozenset[tuple]] = {
    # APPI Art. 178: "一年以下の拘禁刑又は百万円以下の罰金" for violating an order under Art. 148(2) or (3).
    P178: frozenset({(PRISON, None, None, 1.0), (CRIMINAL, 1_000_000, "JPY", None)}),
    # APPI Art. 184(1)(i): "第百七十八条及び第百七十九条　一億円以下の罰金刑" for the corporation.
    P184: frozenset({(CRIMINAL, 100_000_000, "JPY", None)}),
    P148_1_2: frozenset({(ORDER, None, None, None)}),  # APPI Art. 148(2): 命ずることができる
    P148_3: frozenset({(ORDER, None, None, None)}),  # APPI Art. 148(3): urgent order
    # ESIG: the placeholder for Chapter 6 was replaced on 2026-12-07 by Arts 41-47 read in the
    # verbatim e-Gov copy; their ceilings are asserted in test_corpus_facts_jp_esa.py.
}

EXPECTED_SANCTION_LINKS: dict[str, frozenset[str]] = {
    # APPI Art. 148(1) lists "第二十八条" (all paragraphs); Art. 148(3) only "第二十八条第一項若しくは第三項".
    "jp-appi/art-28-1": frozenset({P148_1_2, P148_3}),
    "jp-appi/art-28-2": frozenset({P148_1_2}),
    "jp-appi/art-28-3": frozenset({P148_1_2, P148_3}),
    # Art. 148(1) and (3) both list "個人関連情報取扱事業者が第三十一条第一項".
    "jp-appi/art-31-1-ii": frozenset({P148_1_2, P148_3}),
    # Art. 178 punishes "第百四十八条第二項又は第三項の規定による命令に違反した場合"; Art. 184(1)(i) adds the corporate fine.
    P148_1_2: frozenset({P178, P184}),
    P148_3: frozenset({P178, P184}),
    # Exceptions that lift the consent rule are not duties and carry no link.
    "jp-appi/art-28-1-designated-countries": frozenset(),
    "jp-appi/art-28-1-equivalent-measures": frozenset(),
    "jp-appi/art-28-1-general-exceptions": frozenset(),
}


def sanction_key(sanction: Sanction) -> tuple:
    return (sanction.kind, sanction.max_amount, sanction.currency, sanction.max_years)


def check_sanctions(
    corpus: Corpus, table: Mapping[str, frozenset[tuple]] = EXPECTED_SANCTIONS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = tuple(sanction_key(s) for s in provision.sanctions)
        if frozenset(actual) != expected or len(actual) != len(expected):
            found.append(Mismatch(pid, "sanctions", expected, actual))
    return found


def check_quantities(corpus: Corpus) -> list[Mismatch]:
    return fact_tables.check_quantities(corpus, EXPECTED_QUANTITIES)


def check_sanction_links(corpus: Corpus) -> list[Mismatch]:
    return fact_tables.check_sanction_links(corpus, EXPECTED_SANCTION_LINKS)


def check_no_ai_sanctions(corpus: Corpus) -> list[Mismatch]:
    """JP-AI was read in full (Chapters I-IV, Suppl. Prov.): no penal, fine or order provision. Neither the Act
    nor the plan and guidelines under or beside it may carry sanctions or sanction links."""
    found: list[Mismatch] = []
    for fid in (JP_AI_ACT, *JP_AI_SOFT):
        for pid in corpus.provisions_of(fid):
            provision = corpus.provisions[pid]
            if provision.sanctions or provision.sanctioned_by:
                found.append(
                    Mismatch(
                        pid,
                        "sanctions",
                        (),
                        (
                            tuple(sanction_key(s) for s in provision.sanctions),
                            tuple(provision.sanctioned_by),
                        ),
                    )
                )
    return found


# =================================================================================================
# Helpers for seeding wrong values
# =================================================================================================


def with_event(fid: str, kind: EventType, day: str, **update: Any) -> Corpus:
    framework = bundled().frameworks[fid]
    events = tuple(
        e.model_copy(update=update) if (e.event is kind and e.date == D(day)) else e
        for e in framework.events
    )
    assert events != framework.events, (fid, kind, day)
    return with_framework(fid, events=events)


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_framework_kinds() -> None:
    assert check_kind(bundled()) == []


def test_identifiers_and_act_numbers() -> None:
    assert check_identifiers(bundled()) == []


def test_dated_events() -> None:
    assert check_events(bundled()) == []


def test_event_instruments() -> None:
    assert check_event_instruments(bundled()) == []


def test_ai_act_chapters_iii_and_iv_apply_from_september_2025() -> None:
    corpus = bundled()
    table = ai_act_table(corpus)
    assert {pid for pid, (day, _) in table.items() if day} == {
        f"{JP_AI_ACT}/{local}" for local in ("art-18", "art-19", "art-21", "art-25", "art-26")
    }
    assert check_application(corpus, table) == []


def test_appi_and_designation_application_dates() -> None:
    assert check_application(bundled()) == []


def test_quantities_match_the_texts() -> None:
    assert check_quantities(bundled()) == []


def test_quantity_records_cite_the_copies_verified() -> None:
    """The quantity table was checked against these copies; a record citing another copy needs re-checking."""
    corpus = bundled()
    assert set(QUANTITY_READ_AT) == {pid for pid, rows in EXPECTED_QUANTITIES.items() if rows}
    for pid, part in QUANTITY_READ_AT.items():
        provision = corpus.provisions[pid]
        cited = [str(provision.read_url or "")] + [
            str(q.source_url) for q in provision.quantities if q.source_url
        ]
        assert any(part in url for url in cited), (pid, part, cited)
    mondaq = "mondaq.com/unitedstates/x/775560"
    four_years = [
        q for q in corpus.provisions["eu-adequacy-jp/monitoring-review"].quantities if q.value == 4
    ]
    assert [mondaq in str(q.source_url) for q in four_years] == [True]


def test_appi_penalty_ceilings() -> None:
    assert check_sanctions(bundled()) == []


def test_appi_sanction_links() -> None:
    assert check_sanction_links(bundled()) == []


def test_ai_records_carry_no_sanctions() -> None:
    corpus = bundled()
    assert corpus.provisions_of(JP_AI_ACT), "no Japanese AI Act provisions loaded"
    assert check_no_ai_sanctions(corpus) == []


def test_appi_records_cite_the_e_gov_copy() -> None:
    """Every APPI unit asserted above was read in the same e-Gov XML copy."""
    corpus = bundled()
    for pid in {*EXPECTED_SANCTIONS, *EXPECTED_SANCTION_LINKS, *EXPECTED_APPLICATION}:
        if pid.startswith("jp-appi/"):
            assert str(corpus.provisions[pid].read_url).endswith(
                "jp-appi-415AC0000000057-current-2026-07-20.xml"
            ), pid


# =================================================================================================
# Tests: each checker reports exactly a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("fid", "update", "actual"),
    [
        (
            JP_AI_ACT,
            {"legal_force": LegalForce.NON_BINDING},
            (InstrumentType.STATUTE, LegalForce.NON_BINDING, Status.IN_FORCE),
        ),
        (
            "jp-ai-basic-plan",
            {"legal_force": LegalForce.BINDING},
            (InstrumentType.GUIDELINE, LegalForce.BINDING, Status.ADOPTED),
        ),
    ],
)
def test_kind_checker_reports_a_seeded_wrong_value(fid: str, update: dict, actual: tuple) -> None:
    assert check_kind(with_framework(fid, **update)) == [
        Mismatch(fid, "kind", EXPECTED_KIND[fid], actual)
    ]


@pytest.mark.parametrize(
    ("fid", "name", "wrong"),
    [
        (JP_AI_ACT, "act_number", "Act No. 35 of 2025"),
        ("jp-appi", "act_number", "Act No. 57 of 2013"),
        ("jp-electronic-signatures-act", "act_number", "Act No. 120 of 2000"),
        ("eu-adequacy-jp", "celex", "32019D0491"),
    ],
)
def test_identifier_checker_reports_a_seeded_wrong_value(fid: str, name: str, wrong: str) -> None:
    framework = bundled().frameworks[fid]
    corpus = with_framework(fid, identifiers=framework.identifiers.model_copy(update={name: wrong}))
    assert check_identifiers(corpus) == [
        Mismatch(fid, name, EXPECTED_IDENTIFIERS[fid][name], wrong)
    ]


def test_identifier_checker_reports_a_seeded_wrong_other_identifier() -> None:
    fid = "jp-ppc-eu-designation"
    framework = bundled().frameworks[fid]
    other = tuple(
        o.model_copy(update={"value": "PPC Notice No. 1 of 2018"})
        if o.scheme == "ppc-notice"
        else o
        for o in framework.identifiers.other
    )
    corpus = with_framework(
        fid, identifiers=framework.identifiers.model_copy(update={"other": other})
    )
    assert check_identifiers(corpus) == [
        Mismatch(
            fid, "ppc-notice", EXPECTED_IDENTIFIERS[fid]["ppc-notice"], "PPC Notice No. 1 of 2018"
        )
    ]


@pytest.mark.parametrize(
    ("fid", "kind", "day", "update"),
    [
        (JP_AI_ACT, IN_FORCE, "2025-09-01", {"date": D("2025-12-01")}),  # Chapters III-IV moved
        (
            JP_AI_ACT,
            PROMULGATED,
            "2025-06-04",
            {"date": D("2025-05-28")},
        ),  # passage date taken for promulgation
        ("jp-appi", PROMULGATED, "2003-05-30", {"evidence": SECONDARY}),
        (
            "eu-jp-epa-data",
            IN_FORCE,
            "2024-07-01",
            {"date": D("2024-05-27")},
        ),  # date of the exchange of notes
        ("eu-adequacy-jp", ADOPTED, "2019-01-23", {"date": D("2019-03-19")}),
        ("jp-electronic-signatures-act", IN_FORCE, "2001-04-01", {"date": D("2000-05-31")}),
    ],
)
def test_event_checker_reports_a_seeded_wrong_value(
    fid: str, kind: EventType, day: str, update: dict
) -> None:
    corpus = with_event(fid, kind, day, **update)
    found = check_events(corpus)
    assert [(m.record, m.field) for m in found] == [(fid, kind.value)]
    assert check_events(bundled()) == []  # the bundled corpus is untouched


def test_event_instrument_checker_reports_a_seeded_wrong_value() -> None:
    corpus = with_event("jp-appi", AMENDED, "2025-06-01", instrument="Act No. 68 of 2025")
    assert check_event_instruments(corpus) == [
        Mismatch("jp-appi", "amended 2025-06-01", "Act No. 68 of 2022", ("Act No. 68 of 2025",))
    ]


@pytest.mark.parametrize(
    ("pid", "update", "actual"),
    [
        (f"{JP_AI_ACT}/art-19", {"applies_from": None}, (None, None)),
        (f"{JP_AI_ACT}/art-16", {"applies_from": D("2025-09-01")}, (D("2025-09-01"), None)),
    ],
)
def test_ai_act_date_checker_reports_a_seeded_wrong_value(
    pid: str, update: dict, actual: tuple
) -> None:
    corpus = with_provision(pid, **update)
    table = ai_act_table(corpus)
    assert check_application(corpus, table) == [Mismatch(pid, "applies_from", table[pid], actual)]


@pytest.mark.parametrize(
    ("pid", "update", "actual"),
    [
        ("jp-appi/art-28-2", {"applies_from": D("2020-06-12")}, (D("2020-06-12"), None)),
        ("jp-appi/art-28-1", {"applies_from_evidence": None}, (D("2017-05-30"), None)),
        (
            "jp-ppc-eu-designation/designation-eu",
            {"applies_from": D("2019-01-22")},
            (D("2019-01-22"), SECONDARY),
        ),
    ],
)
def test_application_checker_reports_a_seeded_wrong_value(
    pid: str, update: dict, actual: tuple
) -> None:
    assert check_application(with_provision(pid, **update)) == [
        Mismatch(pid, "applies_from", EXPECTED_APPLICATION[pid], actual)
    ]


@pytest.mark.parametrize(
    ("pid", "index", "field", "wrong"),
    [
        (f"{JP_AI_ACT}/suppl-1", 0, "value", 6),
        ("jp-appi/suppl-2020-art-10", 0, "value", 5),
        ("eu-adequacy-jp/monitoring-review", 0, "value", 3),
        ("eu-adequacy-jp/monitoring-review", 1, "comparator", EXACTLY),
        ("jp-ai-basic-plan/annual-revision", 0, "unit", "months"),
    ],
)
def test_quantity_checker_reports_a_seeded_wrong_value(
    pid: str, index: int, field: str, wrong: Any
) -> None:
    quantities = list(bundled().provisions[pid].quantities)
    quantities[index] = quantities[index].model_copy(update={field: wrong})
    corpus = with_provision(pid, quantities=tuple(quantities))
    assert check_quantities(corpus) == [
        Mismatch(
            pid,
            "quantities",
            tuple(EXPECTED_QUANTITIES[pid]),
            tuple(quantity_key(q) for q in quantities),
        )
    ]


def test_quantity_checker_reports_an_added_interval() -> None:
    pid = f"{JP_AI_ACT}/art-18"
    extra = bundled().provisions["jp-ai-basic-plan/annual-revision"].quantities[0]
    corpus = with_provision(pid, quantities=(extra,))
    assert check_quantities(corpus) == [Mismatch(pid, "quantities", (), (quantity_key(extra),))]


@pytest.mark.parametrize(
    ("pid", "field", "wrong"),
    [
        (P184, "max_amount", 1_000_000),
        (P178, "max_amount", 500_000),
        (P178, "max_years", 2.0),
        (P178, "currency", "EUR"),
    ],
)
def test_sanction_checker_reports_a_seeded_wrong_ceiling(pid: str, field: str, wrong: Any) -> None:
    sanctions = list(bundled().provisions[pid].sanctions)
    index = next(i for i, s in enumerate(sanctions) if getattr(s, field) is not None)
    sanctions[index] = sanctions[index].model_copy(update={field: wrong})
    corpus = with_provision(pid, sanctions=tuple(sanctions))
    assert check_sanctions(corpus) == [
        Mismatch(
            pid, "sanctions", EXPECTED_SANCTIONS[pid], tuple(sanction_key(s) for s in sanctions)
        )
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        ("jp-appi/art-28-2", (P148_1_2, P148_3)),  # Art. 28(2) is not an urgent-order ground
        ("jp-appi/art-28-1", (P148_1_2,)),
        (P148_3, (P178,)),
        ("jp-appi/art-28-1-designated-countries", (P148_1_2,)),
    ],
)
def test_sanction_link_checker_reports_a_seeded_wrong_link(
    pid: str, wrong: tuple[str, ...]
) -> None:
    assert check_sanction_links(with_provision(pid, sanctioned_by=wrong)) == [
        Mismatch(pid, "sanctioned_by", EXPECTED_SANCTION_LINKS[pid], wrong)
    ]


def test_no_sanction_checker_reports_a_seeded_sanction() -> None:
    pid = f"{JP_AI_ACT}/art-16"
    fine = bundled().provisions[P178].sanctions[1]
    corpus = with_provision(pid, sanctions=(fine,))
    assert check_no_ai_sanctions(corpus) == [
        Mismatch(pid, "sanctions", (), ((sanction_key(fine),), ()))
    ]


def test_checkers_report_a_missing_record() -> None:
    corpus = bundled()
    pid = "jp-appi/art-178"
    thinned = dataclasses.replace(
        corpus, provisions={k: v for k, v in corpus.provisions.items() if k != pid}
    )
    assert check_sanctions(thinned) == [Mismatch(pid, "missing", EXPECTED_SANCTIONS[pid], None)]
    frameworks = {k: v for k, v in corpus.frameworks.items() if k != JP_AI_ACT}
    gone = dataclasses.replace(corpus, frameworks=frameworks)
    assert Mismatch(JP_AI_ACT, "missing", EXPECTED_EVENTS[JP_AI_ACT], None) in check_events(gone)
    assert Mismatch(
        JP_AI_ACT, "missing", EXPECTED_IDENTIFIERS[JP_AI_ACT], None
    ) in check_identifiers(gone)


def test_the_2020_review_clause_is_every_three_years() -> None:
    # Round 56, KR-JP (off page 1): the record said "about three years after commencement", the
    # wording of the review clauses printed beside it; Art. 10 of Act No. 44 of 2020 reads
    # "政府は、この法律の施行後三年ごとに" (every three years).
    provision = bundled().provisions["jp-appi/suppl-2020-art-10"]
    assert provision.quote == "政府は、この法律の施行後三年ごとに"
    assert "every three years" in provision.title
    assert "about" not in provision.summary
    (quantity,) = provision.quantities
    assert quantity.measure == "law.review-interval"
