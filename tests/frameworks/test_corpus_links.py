"""Typed quantities and links the comparisons depend on, asserted against the texts they come from.

Each table entry was checked in the copy the record cites (its ``read_url``, or the quantity's own
``source_url``) or, where the record has no copy, in the reference notes in /work/shared/sources/
("AI §n" = ai-frameworks.md, "DF §n" = dataflows-esignatures.md). The comment beside each entry names
the article and the copy. Copies read, by short name:

* AIA: EU AI Act, OJ text as Markdown,
  https://github.com/kristerhedfors/hacka.re/blob/379803408cdbaf0ba0e0a0a85f95faddfc614bc1/scripts/EU_AI_Act_2024.md
* GDPR: https://github.com/ivanstambuk/eIDAS20/blob/11242634e56b9afaf9df7286fdd24f3901f1885e/01_regulation/2016_679_GDPR/regulation.md
* EIDAS: https://github.com/ivanstambuk/eIDAS20/blob/021b0a7930a012638eac3967458c34d847acb884/01_regulation/910_2014_eIDAS_Consolidated/02014R0910-20241018.md
* DORA: https://github.com/ivanstambuk/eIDAS20/blob/8179b1c41dde04ae32d509fd081253c999363f28/01_regulation/2022_2554_DORA/regulation.md
* FFD: https://gesetze.legal/eu/vo_eu_2018_1807/4 (German text of Reg. (EU) 2018/1807)
* GPAI-GL: Commission guidelines on GPAI models,
  https://github.com/trietsim69-boop/ai-act-compliance-assistant/blob/c18b4e0dbf0ccb38c5238887b3374245b4969176/corpus/guidelines_gpai_models.md
* KR-ACT: AI Basic Act (law.go.kr XML),
  https://github.com/azeroo0/gg1th_rag_mini/blob/69a3b9557066f7dfd6e6b5ca24861d62fb0771de/data/ai_basic_law/ai_basic_law.xml
* KR-DEC: AI Basic Act Enforcement Decree (chunks incl. Annex 2),
  https://github.com/jujuju0/law-bot/blob/43c55acf81bafb7ef52a05c197450199104ece6b/data/processed/chunks.jsonl
* LKR/<law>/<file>: https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/<law>/<file>.md
* PIPA: https://github.com/legalize-kr/legalize-kr/blob/d7cd2aaeef92320f565f71c1301b0916454a09d5/kr/개인정보보호법/법률.md
* MSIT-HI: MSIT high-impact guideline PDF (read_url of kr-msit-high-impact-guideline records, AI-act-agent/ai-act-agent
  at d1b75074a7bc48c23db04b27ff865946604d268b, data/processed/260429_...pdf)
* MSIT-DUTY: same repository and commit, data/processed/책무가이드라인_chunks.jsonl
* TOTA: EU-Korea FTA, https://github.com/mappingtreaties/tota/blob/2558ee5e9aafb1fe02d586768def7feb8906123d/xml/pta_145.xml

Values are exact, so an edit that changes a threshold, a period, a comparator, a link or a ceiling makes
a test fail. If one fails, compare the record with the cited text before touching the table. Entries where
the data and the text disagree are deliberately left out (see ``LEFT_OUT`` and the report of the
link-tests task).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.records import PartyTerm, Provision, Sanction
from regalign.schema.vocab import Comparator, PartyTermKind, QuantityKind, SanctionKind, WhicheverIs
from tests.frameworks import fact_tables
from tests.frameworks.fact_tables import Mismatch, bundled, check_party_terms, quantity_key

# Short names for the vocabularies, to keep the tables readable.
COMPUTE = QuantityKind.COMPUTE_THRESHOLD
FINE = QuantityKind.FINE_AMOUNT
DEADLINE = QuantityKind.DEADLINE
USERS = QuantityKind.USER_THRESHOLD
REVENUE = QuantityKind.REVENUE_THRESHOLD
RETENTION = QuantityKind.RETENTION_PERIOD
REVIEW = QuantityKind.REVIEW_PERIOD
TRANSITION = QuantityKind.TRANSITION_PERIOD
VALIDITY = QuantityKind.VALIDITY_PERIOD
AT_LEAST = Comparator.AT_LEAST
MORE_THAN = Comparator.MORE_THAN
AT_MOST = Comparator.AT_MOST
EXACTLY = Comparator.EXACTLY
ADMIN = SanctionKind.ADMINISTRATIVE_FINE
CRIMINAL = SanctionKind.CRIMINAL_FINE
PRISON = SanctionKind.IMPRISONMENT
HIGHER = WhicheverIs.HIGHER

QuantityKey = tuple  # (kind, value, unit, comparator)
SanctionKey = tuple  # (kind, max_amount, currency, turnover_percent, whichever, max_years)


# =================================================================================================
# 1. Quantities: provision id -> every (kind, value, unit, comparator) the record states
# =================================================================================================

EXPECTED_QUANTITIES: dict[str, list[QuantityKey]] = {
    # ---- EU AI Act (AIA) ----
    "eu-ai-act/art-5-2": [
        (
            DEADLINE,
            24,
            "hours",
            AT_MOST,
        ),  # Art. 5(3): authorisation requested "at the latest within 24 hours"; AIA
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Art. 5(5): rules notified "at the latest 30 days following the adoption"; AIA
        (
            REVIEW,
            1,
            "years",
            EXACTLY,
        ),  # Art. 5(6): authorities "submit to the Commission annual reports"; AIA
    ],
    "eu-ai-act/art-22": [
        (RETENTION, 10, "years", AT_LEAST)
    ],  # Art. 22(3)(b): "for a period of 10 years"; AIA
    "eu-ai-act/art-26-6": [
        (RETENTION, 6, "months", AT_LEAST)
    ],  # Art. 26(6): logs kept "at least six months"; AIA
    "eu-ai-act/art-47": [
        (RETENTION, 10, "years", AT_LEAST)
    ],  # Art. 47(1): declaration kept "for 10 years"; AIA
    "eu-ai-act/art-51-2": [
        (COMPUTE, 1.0e25, "FLOP", MORE_THAN)
    ],  # Art. 51(2): "greater than 10^25" (copy prints 1025); AIA
    "eu-ai-act/art-52-1": [
        (DEADLINE, 14, "days", AT_MOST)
    ],  # Art. 52(1): "in any event within two weeks"; AIA
    "eu-ai-act/art-54": [
        (RETENTION, 10, "years", AT_LEAST)
    ],  # Art. 54(3)(b): "for a period of 10 years"; AIA
    "eu-ai-act/art-58": [
        (DEADLINE, 3, "months", AT_MOST)
    ],  # Art. 58(2)(a): decision "within three months"; AIA
    "eu-ai-act/art-60": [
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Art. 60(4)(b): no answer "within 30 days" = tacit approval; AIA
        (DEADLINE, 6, "months", AT_MOST),  # Art. 60(4)(f): "not longer than six months"; AIA
        (
            DEADLINE,
            6,
            "months",
            AT_MOST,
        ),  # Art. 60(4)(f): "extended for an additional period of six months"; AIA
    ],
    "eu-ai-act/art-70": [
        (REVIEW, 2, "years", EXACTLY),  # Art. 70(6): "once every two years thereafter"; AIA
        (REVIEW, 1, "years", EXACTLY),  # Art. 70(3): update requirements "on an annual basis"; AIA
    ],
    "eu-ai-act/art-73-1": [
        (DEADLINE, 15, "days", AT_MOST)
    ],  # Art. 73(2): "not later than 15 days after ... aware"; AIA
    "eu-ai-act/art-73-3": [
        (DEADLINE, 2, "days", AT_MOST)
    ],  # Art. 73(3): "not later than two days"; AIA
    "eu-ai-act/art-73-4": [
        (DEADLINE, 10, "days", AT_MOST)
    ],  # Art. 73(4): death, "not later than 10 days"; AIA
    "eu-ai-act/art-79": [
        (DEADLINE, 15, "working-days", AT_MOST),  # Art. 79(2): "15 working days"; AIA
        (
            DEADLINE,
            3,
            "months",
            AT_MOST,
        ),  # Art. 79(8): objection "within three months of receipt"; AIA
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Art. 79(8): "reduced to 30 days" for Art. 5 breaches; AIA
    ],
    "eu-ai-act/art-113": [
        (TRANSITION, 20, "days", EXACTLY)
    ],  # Art. 113: in force "on the twentieth day following" publication; AIA
    # ---- Other EU instruments ----
    "eu-dora/art-31-12": [
        (TRANSITION, 12, "months", AT_MOST)
    ],  # DORA Art. 31(12): subsidiary "within the 12 months following the designation"; DORA
    "eu-eidas/art-5a-1": [
        (DEADLINE, 24, "months", AT_MOST)
    ],  # eIDAS Art. 5a(1): wallet "within 24 months" of the implementing acts; EIDAS
    "eu-eidas/art-5f-2": [
        (DEADLINE, 36, "months", AT_MOST)
    ],  # eIDAS Art. 5f(2): "no later than 36 months"; EIDAS
    "eu-eidas/art-24-2": [
        (
            DEADLINE,
            24,
            "hours",
            AT_MOST,
        ),  # eIDAS Art. 24(2)(fb): breaches notified "within 24 hours of the incident"; EIDAS
        (
            DEADLINE,
            1,
            "months",
            AT_LEAST,
        ),  # eIDAS Art. 24(2)(a): "at least one month before" a change; EIDAS
        (
            DEADLINE,
            3,
            "months",
            AT_LEAST,
        ),  # eIDAS Art. 24(2)(a): "at least three months" before ceasing; EIDAS
    ],
    "eu-free-flow-data-regulation/art-4-3": [
        (REVIEW, 6, "months", AT_MOST)
    ],  # Reg. 2018/1807 Art. 4(3): "binnen sechs Monaten nach Eingang"; FFD
    "eu-gdpr/art-45-3": [
        (REVIEW, 4, "years", AT_MOST)
    ],  # GDPR Art. 45(3): "periodic review, at least every four years"; GDPR
    "eu-adequacy-kr/monitoring-review": [
        (
            REVIEW,
            3,
            "years",
            EXACTLY,
        ),  # DF §4 Review row: "First review after three years" (Hunton, the record's read_url)
        (REVIEW, 4, "years", AT_MOST),  # DF §4 Review row: "then at least every four years"
    ],
    "eu-kr-dta/data-flows-review": [
        (REVIEW, 3, "years", AT_MOST)
    ],  # DF §1 provisions, "Review of data-flow rules": "within three years" (secondary, NZCIEL)
    # ---- Commission guidelines on GPAI models (GPAI-GL) ----
    "eu-guidelines-gpai-scope/gpai-indicative-criterion": [
        (COMPUTE, 1.0e23, "FLOP", MORE_THAN)
    ],  # para. (17): "greater than 10^23 FLOP" (printed 1023); GPAI-GL
    "eu-guidelines-gpai-scope/systemic-risk-classification": [
        (COMPUTE, 1.0e25, "FLOP", MORE_THAN)
    ],  # Sec. 2.3.1 para. (28), quoting Art. 51(2); GPAI-GL
    "eu-guidelines-gpai-scope/notification": [
        (DEADLINE, 14, "days", AT_MOST)
    ],  # Sec. 2.3.2: "within two weeks"; GPAI-GL
    "eu-guidelines-gpai-scope/designation": [
        (REVIEW, 6, "months", AT_LEAST)
    ],  # Sec. 2.3.5: reassessment "at the earliest six months after designation"; GPAI-GL
    # ---- Korea: AI Basic Act and Decree ----
    "kr-ai-basic-act/art-6": [
        (REVIEW, 3, "years", EXACTLY)
    ],  # Act Art. 6(1): master plan "3년마다"; KR-ACT
    "kr-ai-basic-act-decree/art-24-1": [
        (COMPUTE, 1.0e26, "FLOP", AT_LEAST)
    ],  # Decree Art. 24(1)1: "10의 26승 부동소수점연산 이상"; KR-DEC
    "kr-ai-basic-act-decree/art-25-3": [
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Decree Art. 25(3): reply "요청을 받은 날부터 30일 이내"; KR-DEC
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Decree Art. 25(3): "30일의 범위에서 한 차례 연장"; KR-DEC
    ],
    "kr-ai-basic-act-decree/art-25-4": [
        (
            DEADLINE,
            10,
            "days",
            AT_MOST,
        ),  # Decree Art. 25(4): re-confirmation "회신을 받은 날부터 10일 이내"; KR-DEC
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Decree Art. 25(5): reply "재확인 요청을 받은 날부터 30일 이내"; KR-DEC
    ],
    "kr-ai-basic-act-decree/art-27-2": [
        (RETENTION, 5, "years", AT_LEAST)
    ],  # Decree Art. 27(2): "문서로 5년간 보관"; KR-DEC
    "kr-ai-basic-act-decree/art-29-1": [
        (
            REVENUE,
            1.0e12,
            "KRW",
            AT_LEAST,
        ),  # Decree Art. 29(1)1: prior-year revenue "1조원 이상"; KR-DEC
        (
            REVENUE,
            1.0e10,
            "KRW",
            AT_LEAST,
        ),  # Decree Art. 29(1)2: AI-service revenue "100억원 이상"; KR-DEC
        (
            USERS,
            1_000_000,
            "users",
            AT_LEAST,
        ),  # Decree Art. 29(1)3: daily average domestic users "100만명 이상"; KR-DEC
    ],
    "kr-ai-basic-act-decree/art-32-annex-2": [  # Decree Annex 2, item 2 (unit 만원); KR-DEC
        (FINE, 5_000_000, "KRW", EXACTLY),  # row 가 (Act 31(1) notice), 1st breach: 500
        (FINE, 10_000_000, "KRW", EXACTLY),  # row 가, 2nd: 1,000
        (FINE, 15_000_000, "KRW", EXACTLY),  # row 가, 3rd or later: 1,500
        (
            FINE,
            20_000_000,
            "KRW",
            EXACTLY,
        ),  # row 나 (Act 36(1) domestic agent): 2,000 / 2,000 / 2,000
        (FINE, 10_000_000, "KRW", EXACTLY),  # row 다 (Act 40(3) orders), 1st: 1,000
        (FINE, 20_000_000, "KRW", EXACTLY),  # row 다, 2nd: 2,000
        (FINE, 30_000_000, "KRW", EXACTLY),  # row 다, 3rd or later: 3,000
    ],
    "kr-ai-basic-act-decree/art-33": [
        (REVIEW, 3, "years", AT_MOST)
    ],  # Decree Art. 33: "3년마다(매 3년이 되는 해의 1월 1일 전까지)"; KR-DEC
    "kr-msit-ai-enforcement-grace-period/fine-grace-period": [
        (TRANSITION, 1, "years", AT_LEAST)
    ],  # AI §2.4 grace-period row: "at least 1 year" (announced policy, secondary)
    # ---- Korea: MSIT guidelines ----
    "kr-msit-high-impact-guideline/ref-1-1-2": [  # MSIT-HI FAQ (p. 202 ff.), restating Decree Art. 25(3)-(5)
        (DEADLINE, 30, "days", AT_MOST),  # "요청을 받은 날부터 30일 이내에 확인 결과를 회신"
        (DEADLINE, 10, "days", AT_MOST),  # "회신을 받은 날부터 10일 이내에 재확인을 요청"
        (DEADLINE, 30, "days", AT_MOST),  # "재확인 요청을 받은 날부터 30일 이내"
        (DEADLINE, 90, "days", AT_MOST),  # "최대 90일이 소요될 수 있습니다"
    ],
    "kr-msit-high-impact-guideline/sec-2-7-3": [
        (USERS, 10_000, "users", AT_LEAST)
    ],  # MSIT-HI 2.7.3 table, group A: "1만명 이상의 금융소비자" (2 points)
    "kr-msit-high-impact-duties-guideline/faq-retention": [
        (RETENTION, 5, "years", AT_LEAST)
    ],  # MSIT-DUTY FAQ_13: "5년간 보관해야 한다"
    # ---- Korea: PIPA (Act: PIPA; Decree: LKR/개인정보보호법/시행령) ----
    "kr-pipa/art-28-8-1-4": [
        (VALIDITY, 5, "years", AT_MOST)
    ],  # Decree Art. 29-8(2): "5년의 범위에서 유효 기간을 정하여"; LKR/개인정보보호법/시행령
    "kr-pipa/art-28-9-2": [
        (
            DEADLINE,
            7,
            "days",
            AT_MOST,
        ),  # Act Art. 28-9(2): objection "명령을 받은 날부터 7일 이내"; PIPA
        (
            DEADLINE,
            30,
            "days",
            AT_MOST,
        ),  # Decree Art. 29-12(2): decision "30일 이내에 ... 알려야"; LKR/개인정보보호법/시행령
    ],
    "kr-pipa/art-64-2-2": [
        (USERS, 10_000_000, "users", AT_LEAST)
    ],  # Act Art. 64-2(2)2: "피해 규모가 1천만명 이상"; PIPA
    # ---- Korea: e-signatures, e-documents, e-finance (LKR) ----
    "kr-digital-signature-act/accreditation-operating-standards": [
        (
            VALIDITY,
            1,
            "years",
            EXACTLY,
        ),  # Decree Art. 4: validity "인정을 받은 날부터 1년"; LKR/전자서명법/시행령
        (
            DEADLINE,
            180,
            "days",
            AT_MOST,
        ),  # Decree Art. 6(4): evaluation "신청받은 날부터 180일 이내"; LKR/전자서명법/시행령
    ],
    "kr-digital-signature-act/art-15-2-4": [
        (
            DEADLINE,
            30,
            "days",
            AT_LEAST,
        ),  # Act Art. 15(2): "휴지하려는 날의 30일 전까지" notice; LKR/전자서명법/법률
        (
            DEADLINE,
            60,
            "days",
            AT_LEAST,
        ),  # Act Art. 15(3): "폐지하려는 날의 60일 전까지" notice; LKR/전자서명법/법률
    ],
    "kr-electronic-documents-act/art-31-18": [
        (VALIDITY, 3, "years", EXACTLY)
    ],  # Act Art. 31-18(3): "유효기간은 3년"; LKR/전자문서및전자거래기본법/법률
    "kr-electronic-financial-transactions-act/art-21-4": [
        (REVIEW, 1, "years", EXACTLY)
    ],  # Act Art. 21(4): IT plan "매년 수립"; LKR/전자금융거래법/법률
}

# Quantities a record carries that the table deliberately does not assert, because the stored value
# disagrees with the text (provision id -> how many). Whole records left out are simply absent above:
# eu-guidelines-gpai-scope/downstream-modifier-criterion stores 3.33e+24 / 3.33e+22 FLOP where GPAI-GL
# para. (60) (numbered (63)-(64) in the copy) says "a third of" 10^25 / 10^23 FLOP.
LEFT_OUT: dict[str, int] = {}

# Where each table entry was read: provision id -> the URL its record names (read_url, or the source_url
# of its quantities), or None where only the reference notes back it. A changed read_url means the
# entry has to be checked again.
AIA = "https://github.com/kristerhedfors/hacka.re/blob/379803408cdbaf0ba0e0a0a85f95faddfc614bc1/scripts/EU_AI_Act_2024.md"
GPAI_GL = (
    "https://github.com/trietsim69-boop/ai-act-compliance-assistant/blob/"
    "c18b4e0dbf0ccb38c5238887b3374245b4969176/corpus/guidelines_gpai_models.md"
)
KR_DEC = "https://github.com/jujuju0/law-bot/blob/43c55acf81bafb7ef52a05c197450199104ece6b/data/processed/chunks.jsonl"
LKR = (
    "https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/"
)
PIPA = "https://github.com/legalize-kr/legalize-kr/blob/d7cd2aaeef92320f565f71c1301b0916454a09d5/kr/개인정보보호법/법률.md"
MSIT = "https://github.com/AI-act-agent/ai-act-agent/blob/d1b75074a7bc48c23db04b27ff865946604d268b/data/processed/"
READ_AT: dict[str, str | None] = {
    **{pid: AIA for pid in EXPECTED_QUANTITIES if pid.startswith("eu-ai-act/")},
    "eu-dora/art-31-12": "https://github.com/ivanstambuk/eIDAS20/blob/8179b1c41dde04ae32d509fd081253c999363f28/01_regulation/2022_2554_DORA/regulation.md",
    **dict.fromkeys(
        ["eu-eidas/art-5a-1", "eu-eidas/art-5f-2", "eu-eidas/art-24-2"],
        "https://github.com/ivanstambuk/eIDAS20/blob/021b0a7930a012638eac3967458c34d847acb884/"
        "01_regulation/910_2014_eIDAS_Consolidated/02014R0910-20241018.md",
    ),
    "eu-free-flow-data-regulation/art-4-3": "https://gesetze.legal/eu/vo_eu_2018_1807/4",
    "eu-gdpr/art-45-3": "https://github.com/ivanstambuk/eIDAS20/blob/11242634e56b9afaf9df7286fdd24f3901f1885e/01_regulation/2016_679_GDPR/regulation.md",
    "eu-adequacy-kr/monitoring-review": "https://www.huntonprivacyblog.com/2021/12/20/european-commission-adopts-south-korea-adequacy-decision/",
    "eu-kr-dta/data-flows-review": None,
    **{pid: GPAI_GL for pid in EXPECTED_QUANTITIES if pid.startswith("eu-guidelines-gpai-scope/")},
    "kr-ai-basic-act/art-6": "https://github.com/azeroo0/gg1th_rag_mini/blob/69a3b9557066f7dfd6e6b5ca24861d62fb0771de/data/ai_basic_law/ai_basic_law.xml",
    **{pid: KR_DEC for pid in EXPECTED_QUANTITIES if pid.startswith("kr-ai-basic-act-decree/")},
    "kr-msit-ai-enforcement-grace-period/fine-grace-period": None,
    "kr-msit-high-impact-duties-guideline/faq-retention": MSIT
    + "%EC%B1%85%EB%AC%B4%EA%B0%80%EC%9D%B4%EB%93%9C%EB%9D%BC%EC%9D%B8_chunks.jsonl",
    "kr-pipa/art-28-8-1-4": LKR + "개인정보보호법/시행령.md",
    "kr-pipa/art-28-9-2": PIPA,  # the 30-day quantity names LKR/개인정보보호법/시행령 as its source_url
    "kr-pipa/art-64-2-2": PIPA,
    "kr-digital-signature-act/accreditation-operating-standards": LKR + "전자서명법/시행령.md",
    "kr-digital-signature-act/art-15-2-4": LKR + "전자서명법/법률.md",
    "kr-electronic-documents-act/art-31-18": LKR + "전자문서및전자거래기본법/법률.md",
    "kr-electronic-financial-transactions-act/art-21-4": LKR + "전자금융거래법/법률.md",
}
# The MSIT-HI PDF read_url is a long percent-encoded file name; only its folder and date prefix are compared.
MSIT_HI_PREFIX = MSIT + "260429_"


# =================================================================================================
# 2. Sanction links: duty id -> the penalty provisions that sanction it; and the penalties' ceilings
# =================================================================================================

P99_3, P99_4, P99_5, P101 = (
    "eu-ai-act/art-99-3",
    "eu-ai-act/art-99-4",
    "eu-ai-act/art-99-5",
    "eu-ai-act/art-101",
)
P83_5, P84 = "eu-gdpr/art-83-5", "eu-gdpr/art-84"
KR43, KR42 = "kr-ai-basic-act/art-43", "kr-ai-basic-act/art-42"
PIPA64_2_1, PIPA64_2_2, PIPA75_2 = "kr-pipa/art-64-2-1", "kr-pipa/art-64-2-2", "kr-pipa/art-75-2"
DSA24_1, DSA24_2, DSA26_2 = (
    "kr-digital-signature-act/art-24-1",
    "kr-digital-signature-act/art-24-2",
    "kr-digital-signature-act/art-26-2",
)
SPATIAL108 = "kr-spatial-data-act/art-108"

EXPECTED_SANCTION_LINKS: dict[str, frozenset[str]] = {
    # AIA Art. 99(3): "Non-compliance with the prohibition of the AI practices referred to in Article 5".
    # (ba) and (bb) were inserted into Art. 5 by Reg. (EU) 2026/1744 (secondary); 99(3) names Art. 5 as a whole.
    **{
        f"eu-ai-act/art-5-1-{x}": frozenset({P99_3})
        for x in ("a", "b", "c", "d", "e", "f", "g", "h", "ba", "bb")
    },
    # AIA Art. 99(4)(a) "obligations of providers pursuant to Article 16"; 99(5) incorrect information "in reply to a
    # request" (Art. 16(k): demonstrate conformity upon a reasoned request).
    "eu-ai-act/art-16": frozenset({P99_4, P99_5}),
    # Reached through Art. 16: (a) Section 2 requirements (Arts 9-15), (c) QMS (Art. 17), (f) conformity assessment
    # (Art. 43), (g) declaration (Art. 47), (h) CE marking (Art. 48), (i) registration under Art. 49(1). AIA.
    **{f"eu-ai-act/art-{n}": frozenset({P99_4}) for n in (9, 10, 11, 12, 13, 14, 15, 17, 48)},
    **{f"eu-ai-act/art-43-{n}": frozenset({P99_4}) for n in (1, 2, 3, 4)},
    "eu-ai-act/art-47": frozenset(
        {P99_4, P99_5}
    ),  # 47(1): copy "submitted ... upon request" -> 99(5). AIA
    "eu-ai-act/art-49-1": frozenset({P99_4}),
    # AIA Art. 99(4)(b) "obligations of authorised representatives pursuant to Article 22"; 22(3)(c) information on request.
    "eu-ai-act/art-22": frozenset({P99_4, P99_5}),
    # AIA Art. 99(4)(e) "obligations of deployers pursuant to Article 26".
    **{f"eu-ai-act/art-26-{n}": frozenset({P99_4}) for n in (1, 2, 4, 5, 6, 7, 8, 11)},
    "eu-ai-act/art-49-3": frozenset({P99_4}),  # deployer registration, required by Art. 26(8). AIA
    # AIA Art. 99(4)(g) "transparency obligations for providers and deployers pursuant to Article 50".
    **{f"eu-ai-act/art-50-{n}": frozenset({P99_4}) for n in (1, 2, 3, 4)},
    "eu-ai-act/art-6-4": frozenset(
        {P99_5}
    ),  # 6(4): documentation provided "upon request" -> 99(5). AIA
    # AIA Art. 101(1)(a): the Commission fines GPAI providers that "infringed the relevant provisions" (Ch. V).
    **{
        f"eu-ai-act/{local}": frozenset({P101})
        for local in (
            "art-52-1",
            "art-53-1-a",
            "art-53-1-c",
            "art-53-1-d",
            "art-54",
            "art-55-1",
            "art-111-3",
        )
    },
    # GDPR Art. 83(5)(c): "the transfers of personal data to a recipient in a third country ... pursuant to Articles 44 to 49";
    # Art. 84(1): "Member States shall lay down the rules on other penalties applicable to infringements of this Regulation".
    **{
        f"eu-gdpr/{local}": frozenset({P83_5, P84})
        for local in ("art-44", "art-46-1", "art-48", "art-49-1", "art-49-1-compelling-interests")
    },
    # KR-ACT Art. 43(1): 1. no notice under Art. 31(1); 2. no domestic agent under Art. 36(1); 3. ignoring Art. 40(3) orders.
    "kr-ai-basic-act/art-31-1": frozenset({KR43}),
    "kr-ai-basic-act-decree/art-23-1": frozenset(
        {KR43}
    ),  # how the Art. 31(1) notice is given; Annex 2 row 가 (KR-DEC)
    "kr-ai-basic-act/art-36-1": frozenset({KR43}),
    "kr-ai-basic-act/art-40-3": frozenset({KR43}),
    "kr-ai-basic-act/art-7-9": frozenset(
        {KR42}
    ),  # KR-ACT Art. 42: "제7조제9항을 위반하여" leaking secrets
    # PIPA Art. 64-2(1) item 7 (28-8(1), also as applied by 28-11) and item 8 (28-9(1) orders); 64-2(2) aggravates
    # any 64-2(1) item; Art. 75(2) item 14 (28-8(4), also as applied by 28-11).
    "kr-pipa/art-28-8-1": frozenset({PIPA64_2_1, PIPA64_2_2}),
    "kr-pipa/art-28-9-1": frozenset({PIPA64_2_1, PIPA64_2_2}),
    "kr-pipa/art-28-8-4": frozenset({PIPA75_2}),
    "kr-pipa/art-28-11": frozenset({PIPA64_2_1, PIPA64_2_2, PIPA75_2}),
    # LKR/전자서명법/법률 Art. 24(1) (19(1), 19(2)1), 24(2) (19(2)2), 26(2) items 4 (15(2)-(4)) and 6 (20(2)).
    "kr-digital-signature-act/art-19": frozenset({DSA24_1, DSA24_2}),
    "kr-digital-signature-act/art-15-2-4": frozenset({DSA26_2}),
    "kr-digital-signature-act/art-20": frozenset({DSA26_2}),
    # LKR/측량ㆍ수로조사및지적에관한법률/법률 Art. 108 item 3: "제16조 또는 제21조를 위반하여 측량성과를 국외로 반출한 자".
    **{
        f"kr-spatial-data-act/{local}": frozenset({SPATIAL108})
        for local in ("art-16-1", "art-16-2", "art-21-1", "art-21-2")
    },
    # LKR/신용정보의이용및보호에관한법률/법률 Art. 52(4): "제10조제4항 또는 제17조제7항을 위반한 자".
    "kr-credit-information-act/art-17-7": frozenset({"kr-credit-information-act/art-52-4"}),
    # LKR/전자금융거래법/법률 Art. 51(1) item 1: "제21조제1항 또는 제2항을 위반하여".
    "kr-electronic-financial-transactions-act/art-21-1": frozenset(
        {"kr-electronic-financial-transactions-act/art-51-1"}
    ),
    "kr-electronic-financial-transactions-act/art-21-2": frozenset(
        {"kr-electronic-financial-transactions-act/art-51-1"}
    ),
}

# What each penalty article itself lists, as corpus records (only direct listings; links reached through
# Art. 16 AI Act are not repeated here). Every duty listed must carry the link.
PENALTY_LISTS: dict[str, frozenset[str]] = {
    P99_3: frozenset(
        f"eu-ai-act/art-5-1-{x}" for x in ("a", "b", "c", "d", "e", "f", "g", "h", "ba", "bb")
    ),
    P99_4: frozenset(
        {
            "eu-ai-act/art-16",
            "eu-ai-act/art-22",  # 99(4)(a), (b)
            *(f"eu-ai-act/art-26-{n}" for n in (1, 2, 4, 5, 6, 7, 8, 11)),  # 99(4)(e)
            *(f"eu-ai-act/art-50-{n}" for n in (1, 2, 3, 4)),
        }
    ),  # 99(4)(g)
    P101: frozenset(
        f"eu-ai-act/{local}"
        for local in (  # 101(1)(a): Ch. V duties of GPAI providers
            "art-52-1",
            "art-53-1-a",
            "art-53-1-c",
            "art-53-1-d",
            "art-54",
            "art-55-1",
        )
    ),
    P83_5: frozenset(
        f"eu-gdpr/{local}"
        for local in (  # 83(5)(c): duties and conditions of Arts 44-49
            "art-44",
            "art-46-1",
            "art-48",
            "art-49-1",
            "art-49-1-compelling-interests",
        )
    ),
    KR43: frozenset(
        {"kr-ai-basic-act/art-31-1", "kr-ai-basic-act/art-36-1", "kr-ai-basic-act/art-40-3"}
    ),
    KR42: frozenset({"kr-ai-basic-act/art-7-9"}),
    PIPA64_2_1: frozenset(
        {"kr-pipa/art-28-8-1", "kr-pipa/art-28-9-1", "kr-pipa/art-28-11"}
    ),  # items 7, 8
    PIPA64_2_2: frozenset(
        {"kr-pipa/art-28-8-1", "kr-pipa/art-28-9-1", "kr-pipa/art-28-11"}
    ),  # any 64-2(1) item
    PIPA75_2: frozenset({"kr-pipa/art-28-8-4", "kr-pipa/art-28-11"}),  # item 14
    DSA24_1: frozenset({"kr-digital-signature-act/art-19"}),
    DSA24_2: frozenset({"kr-digital-signature-act/art-19"}),
    DSA26_2: frozenset(
        {"kr-digital-signature-act/art-15-2-4", "kr-digital-signature-act/art-20"}
    ),  # items 4, 6
    SPATIAL108: frozenset(
        f"kr-spatial-data-act/{local}" for local in ("art-16-1", "art-16-2", "art-21-1", "art-21-2")
    ),
    "kr-credit-information-act/art-52-4": frozenset({"kr-credit-information-act/art-17-7"}),
    "kr-electronic-financial-transactions-act/art-51-1": frozenset(
        {
            "kr-electronic-financial-transactions-act/art-21-1",
            "kr-electronic-financial-transactions-act/art-21-2",
        }
    ),
}

# Ceilings of the penalty provisions: (kind, max_amount, currency, turnover_percent, whichever, max_years).
EXPECTED_CEILINGS: dict[str, frozenset[SanctionKey]] = {
    P99_3: frozenset(
        {(ADMIN, 35_000_000, "EUR", 7.0, HIGHER, None)}
    ),  # AIA 99(3): "EUR 35 000 000 or ... 7 % ... whichever is higher"
    P99_4: frozenset(
        {(ADMIN, 15_000_000, "EUR", 3.0, HIGHER, None)}
    ),  # AIA 99(4): "EUR 15 000 000 or ... 3 %"
    P99_5: frozenset(
        {(ADMIN, 7_500_000, "EUR", 1.0, HIGHER, None)}
    ),  # AIA 99(5): "EUR 7 500 000 or ... 1 %"
    P101: frozenset(
        {(ADMIN, 15_000_000, "EUR", 3.0, HIGHER, None)}
    ),  # AIA 101(1): "3 % ... or EUR 15 000 000, whichever is higher"
    P83_5: frozenset(
        {(ADMIN, 20_000_000, "EUR", 4.0, HIGHER, None)}
    ),  # GDPR 83(5): "20 000 000 EUR, or ... 4 % ... whichever is higher"
    P84: frozenset(
        {(SanctionKind.NATIONAL_PENALTIES, None, None, None, None, None)}
    ),  # GDPR 84(1): "Member States shall lay down the rules on other penalties" (no level at EU level)
    KR43: frozenset(
        {(ADMIN, 30_000_000, "KRW", None, None, None)}
    ),  # KR-ACT 43(1): "3천만원 이하의 과태료"
    KR42: frozenset(
        {
            (PRISON, None, None, None, None, 3.0),  # KR-ACT 42: "3년 이하의 징역
            (CRIMINAL, 30_000_000, "KRW", None, None, None),
        }
    ),  # 또는 3천만원 이하의 벌금"
    PIPA64_2_1: frozenset(
        {
            (ADMIN, None, None, 3.0, None, None),  # PIPA 64-2(1): "전체 매출액의 100분의 3"
            (ADMIN, 2_000_000_000, "KRW", None, None, None),
        }
    ),  # no turnover: "20억원"
    PIPA64_2_2: frozenset(
        {
            (ADMIN, None, None, 10.0, None, None),  # PIPA 64-2(2): "전체 매출액의 100분의 10"
            (ADMIN, 5_000_000_000, "KRW", None, None, None),
        }
    ),  # no turnover: "50억원"
    PIPA75_2: frozenset(
        {(ADMIN, 30_000_000, "KRW", None, None, None)}
    ),  # PIPA 75(2): "3천만원 이하의 과태료"
    DSA24_1: frozenset(
        {
            (PRISON, None, None, None, None, 3.0),  # LKR/전자서명법/법률 24(1): "3년 이하의 징역
            (CRIMINAL, 30_000_000, "KRW", None, None, None),
        }
    ),  # 또는 3천만원 이하의 벌금"
    DSA24_2: frozenset(
        {
            (PRISON, None, None, None, None, 1.0),  # 24(2): "1년 이하의 징역
            (CRIMINAL, 10_000_000, "KRW", None, None, None),
        }
    ),  # 또는 1천만원 이하의 벌금"
    DSA26_2: frozenset(
        {(ADMIN, 5_000_000, "KRW", None, None, None)}
    ),  # 26(2): "500만원 이하의 과태료"
    SPATIAL108: frozenset(
        {
            (PRISON, None, None, None, None, 2.0),  # LKR Art. 108: "2년 이하의 징역
            (CRIMINAL, 20_000_000, "KRW", None, None, None),
        }
    ),  # 또는 2천만원 이하의 벌금"
    "kr-credit-information-act/art-52-4": frozenset(
        {(ADMIN, 20_000_000, "KRW", None, None, None)}
    ),  # 52(4): "2천만원 이하"
    "kr-electronic-financial-transactions-act/art-51-1": frozenset(
        {(ADMIN, 50_000_000, "KRW", None, None, None)}
    ),  # 51(1): "5천만원 이하"
}


def check_penalty_lists(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = PENALTY_LISTS
) -> list[Mismatch]:
    """Duties a penalty article lists that do not name that penalty in ``sanctioned_by``."""
    found: list[Mismatch] = []
    for penalty, duties in table.items():
        for duty in sorted(duties):
            provision = corpus.provisions.get(duty)
            if provision is None:
                found.append(Mismatch(duty, "missing", penalty, None))
            elif penalty not in provision.sanctioned_by:
                found.append(
                    Mismatch(duty, "sanctioned_by", penalty, tuple(provision.sanctioned_by))
                )
    return found


def sanction_key(sanction: Sanction) -> SanctionKey:
    return (
        sanction.kind,
        sanction.max_amount,
        sanction.currency,
        sanction.turnover_percent,
        sanction.whichever,
        sanction.max_years,
    )


def check_ceilings(
    corpus: Corpus, table: Mapping[str, frozenset[SanctionKey]] = EXPECTED_CEILINGS
) -> list[Mismatch]:
    """Penalty provisions whose ``sanctions`` are not exactly the ceilings in the table."""
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


# =================================================================================================
# 3. depends_on for the EU AI Act records that follow the classification rules; one-party treaty terms
# =================================================================================================

A6_1, A6_2, A6_3 = "eu-ai-act/art-6-1", "eu-ai-act/art-6-2", "eu-ai-act/art-6-3"
EXPECTED_DEPENDS_ON: dict[str, frozenset[str]] = {
    "eu-ai-act/art-43-1": frozenset(
        {A6_2}
    ),  # AIA 43(1): "high-risk AI systems listed in point 1 of Annex III"
    "eu-ai-act/art-43-2": frozenset({A6_2}),  # AIA 43(2): "points 2 to 8 of Annex III"
    "eu-ai-act/art-43-3": frozenset(
        {A6_1}
    ),  # AIA 43(3): "Union harmonisation legislation listed in Section A of Annex I"
    # AIA 43(4), 47, 48, 72 and 73 apply to every high-risk system (Art. 6(1) or 6(2)); the records model the
    # Annex III route, whose classification rule is Art. 6(2) (see each record's note).
    "eu-ai-act/art-43-4": frozenset({A6_2}),
    "eu-ai-act/art-47": frozenset({A6_2}),
    "eu-ai-act/art-48": frozenset({A6_2}),
    "eu-ai-act/art-49-1": frozenset(
        {A6_2}
    ),  # AIA 49(1): "a high-risk AI system listed in Annex III"
    "eu-ai-act/art-49-2": frozenset(
        {A6_3}
    ),  # AIA 49(2): provider "has concluded that it is not high-risk according to Article 6(3)"
    "eu-ai-act/art-49-3": frozenset(
        {A6_2}
    ),  # AIA 49(3): "a high-risk AI system listed in Annex III"
    "eu-ai-act/art-49-4": frozenset(
        {A6_2}
    ),  # AIA 49(4)-(5): "points 1, 6 and 7 of Annex III"; "point 2 of Annex III"
    "eu-ai-act/art-71": frozenset(
        {A6_2}
    ),  # AIA 71: EU database "for high-risk AI systems listed in Annex III" (title)
    "eu-ai-act/art-72": frozenset({A6_2}),
    "eu-ai-act/art-73-1": frozenset({A6_2}),
    "eu-ai-act/art-73-3": frozenset({A6_2}),
    "eu-ai-act/art-73-4": frozenset({A6_2}),
    "eu-ai-act/art-86": frozenset(
        {A6_2}
    ),  # AIA 86(1): "a high-risk AI system listed in Annex III, with the exception of ... point 2"
}

EXPECTED_PARTY_TERMS: dict[str, tuple[frozenset[str], PartyTermKind] | None] = {
    # TOTA Art. 7.48(3) "The Parties agree not to impose customs duties on deliveries by electronic means [42]": a
    # commitment of both Parties, so no party term. Footnote 42 ("made without prejudice to Korea's position on
    # whether deliveries by electronic means should be categorised as trade in services or goods") keeps Korea's
    # view on classification open; it does not move the joint clause to Korea's side (issue 17 item 3).
    "eu-kr-fta-2010/art-7-48-3": None,
    # DF §1 provisions, "Financial data / prudential carve-out": "Carve-out that keeps parts of Korea's Electronic
    # Financial Transactions regime" (secondary, NZCIEL; the record has no read_url). Whether the carve-out is
    # drafted for Korea alone or as a mutual financial carve-out was not read, so it is not counted as Korea's own
    # law: a joint clause, as the treaty text would have to show otherwise (expert reading, 2026-12-06).
    "eu-kr-dta/financial-data-carve-out": None,
}


def check_depends_on(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_DEPENDS_ON
) -> list[Mismatch]:
    """Provisions whose ``depends_on`` is not exactly the set in the table."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif frozenset(provision.depends_on) != expected or len(provision.depends_on) != len(
            expected
        ):
            found.append(Mismatch(pid, "depends_on", expected, tuple(provision.depends_on)))
    return found


def with_record(corpus: Corpus, pid: str, record: Provision) -> Corpus:
    """A copy of the corpus whose provisions dict (a shallow copy) holds ``record`` under ``pid``."""
    provisions = dict(corpus.provisions)
    provisions[pid] = record
    return dataclasses.replace(corpus, provisions=provisions)


def corrupted(pid: str, **update: Any) -> tuple[Corpus, Provision]:
    corpus = bundled()
    record = corpus.provisions[pid].model_copy(update=update)
    return with_record(corpus, pid, record), record


def check_quantities(corpus: Corpus) -> list[Mismatch]:
    return fact_tables.check_quantities(corpus, EXPECTED_QUANTITIES, LEFT_OUT)


def check_sanction_links(corpus: Corpus) -> list[Mismatch]:
    return fact_tables.check_sanction_links(corpus, EXPECTED_SANCTION_LINKS)


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_quantities_match_the_texts() -> None:
    assert check_quantities(bundled()) == []


def test_sanction_links_match_the_penalty_articles() -> None:
    assert check_sanction_links(bundled()) == []


def test_penalty_ceilings_match_the_penalty_articles() -> None:
    assert check_ceilings(bundled()) == []


def test_depends_on_follows_the_classification_rules() -> None:
    assert check_depends_on(bundled()) == []


def test_one_party_treaty_terms() -> None:
    assert check_party_terms(bundled(), EXPECTED_PARTY_TERMS) == []


def test_every_sanctioned_by_target_has_sanctions() -> None:
    corpus = bundled()
    targets = {target for p in corpus.provisions.values() for target in p.sanctioned_by}
    assert targets, "no sanctioned_by links in the corpus"
    bare = sorted(
        t for t in targets if t not in corpus.provisions or not corpus.provisions[t].sanctions
    )
    assert bare == []


def test_every_duty_a_penalty_article_lists_carries_the_link() -> None:
    assert check_penalty_lists(bundled()) == []


def test_tables_agree_with_each_other() -> None:
    """The penalty-side listing is part of the duty-side table, and every penalty named has its ceilings."""
    for penalty, duties in PENALTY_LISTS.items():
        for duty in duties:
            assert penalty in EXPECTED_SANCTION_LINKS.get(duty, frozenset()), (penalty, duty)
    named = {penalty for penalties in EXPECTED_SANCTION_LINKS.values() for penalty in penalties}
    assert named <= set(EXPECTED_CEILINGS), named - set(EXPECTED_CEILINGS)
    assert set(LEFT_OUT) <= set(EXPECTED_QUANTITIES)


def test_quantity_records_cite_the_copies_verified() -> None:
    """The table was checked against these copies; a record that now cites another copy needs re-checking."""
    corpus = bundled()
    assert set(READ_AT) | {
        pid for pid in EXPECTED_QUANTITIES if pid.startswith("kr-msit-high-impact-guideline/")
    } == set(EXPECTED_QUANTITIES)
    for pid in EXPECTED_QUANTITIES:
        provision = corpus.provisions[pid]
        cited = {
            str(provision.read_url) if provision.read_url else None,
            *(str(q.source_url) for q in provision.quantities if q.source_url),
        }
        if pid.startswith("kr-msit-high-impact-guideline/"):
            assert str(provision.read_url).startswith(MSIT_HI_PREFIX), pid
        else:
            assert READ_AT[pid] in cited, (pid, READ_AT[pid], cited)


# =================================================================================================
# Tests: each checker reports exactly a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("pid", "index", "field", "wrong"),
    [
        ("eu-ai-act/art-51-2", 0, "value", 1.0e24),
        ("kr-ai-basic-act-decree/art-24-1", 0, "comparator", Comparator.MORE_THAN),
        ("eu-ai-act/art-73-1", 0, "unit", "hours"),
        ("kr-ai-basic-act-decree/art-29-1", 2, "value", 100_000),
        ("eu-ai-act/art-79", 1, "value", 60),
    ],
)
def test_quantity_checker_reports_a_seeded_wrong_value(
    pid: str, index: int, field: str, wrong: Any
) -> None:
    original = bundled().provisions[pid]
    quantities = list(original.quantities)
    quantities[index] = quantities[index].model_copy(update={field: wrong})
    corpus, record = corrupted(pid, quantities=tuple(quantities))
    assert check_quantities(corpus) == [
        Mismatch(
            pid,
            "quantities",
            tuple(EXPECTED_QUANTITIES[pid]),
            tuple(quantity_key(q) for q in record.quantities),
        )
    ]
    assert check_quantities(bundled()) == []  # the bundled corpus is untouched


def test_quantity_checker_reports_an_added_quantity() -> None:
    pid = "eu-gdpr/art-45-3"
    original = bundled().provisions[pid]
    extra = original.quantities[0].model_copy(update={"value": 3})
    corpus, record = corrupted(pid, quantities=(*original.quantities, extra))
    assert check_quantities(corpus) == [
        Mismatch(
            pid,
            "quantities",
            tuple(EXPECTED_QUANTITIES[pid]),
            tuple(quantity_key(q) for q in record.quantities),
        )
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        ("eu-ai-act/art-50-1", (P99_5,)),
        ("eu-ai-act/art-5-1-a", (P99_3, P99_4)),
        ("kr-ai-basic-act/art-31-1", ()),
        ("kr-pipa/art-28-11", (PIPA64_2_1, PIPA75_2)),
    ],
)
def test_sanction_link_checker_reports_a_seeded_wrong_link(
    pid: str, wrong: tuple[str, ...]
) -> None:
    corpus, _ = corrupted(pid, sanctioned_by=wrong)
    assert check_sanction_links(corpus) == [
        Mismatch(pid, "sanctioned_by", EXPECTED_SANCTION_LINKS[pid], wrong)
    ]


@pytest.mark.parametrize(
    ("pid", "wrong", "reported"),
    [
        ("kr-ai-basic-act/art-36-1", (), [("kr-ai-basic-act/art-36-1", KR43)]),
        (
            "kr-pipa/art-28-11",
            (PIPA64_2_1,),
            [("kr-pipa/art-28-11", PIPA64_2_2), ("kr-pipa/art-28-11", PIPA75_2)],
        ),
        ("eu-ai-act/art-26-6", (P99_5,), [("eu-ai-act/art-26-6", P99_4)]),
    ],
)
def test_penalty_listing_checker_reports_a_dropped_link(
    pid: str, wrong: tuple[str, ...], reported: list[tuple[str, str]]
) -> None:
    corpus, _ = corrupted(pid, sanctioned_by=wrong)
    found = check_penalty_lists(corpus)
    assert sorted(found) == sorted(
        Mismatch(duty, "sanctioned_by", penalty, wrong) for duty, penalty in reported
    )


@pytest.mark.parametrize(
    ("pid", "field", "wrong"),
    [
        (P99_3, "max_amount", 30_000_000),
        (P83_5, "turnover_percent", 2.0),
        (PIPA64_2_2, "turnover_percent", 3.0),
        (SPATIAL108, "max_years", 3.0),
    ],
)
def test_ceiling_checker_reports_a_seeded_wrong_ceiling(pid: str, field: str, wrong: Any) -> None:
    original = bundled().provisions[pid]
    sanctions = list(original.sanctions)
    index = next(i for i, s in enumerate(sanctions) if getattr(s, field) is not None)
    sanctions[index] = sanctions[index].model_copy(update={field: wrong})
    corpus, record = corrupted(pid, sanctions=tuple(sanctions))
    assert check_ceilings(corpus) == [
        Mismatch(
            pid,
            "sanctions",
            EXPECTED_CEILINGS[pid],
            tuple(sanction_key(s) for s in record.sanctions),
        )
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        ("eu-ai-act/art-49-2", (A6_2,)),
        ("eu-ai-act/art-43-3", (A6_2,)),
        ("eu-ai-act/art-73-1", ()),
    ],
)
def test_depends_on_checker_reports_a_seeded_wrong_link(pid: str, wrong: tuple[str, ...]) -> None:
    corpus, _ = corrupted(pid, depends_on=wrong)
    assert check_depends_on(corpus) == [
        Mismatch(pid, "depends_on", EXPECTED_DEPENDS_ON[pid], wrong)
    ]


@pytest.mark.parametrize(
    ("pid", "term", "actual"),
    [
        (
            "eu-kr-dta/financial-data-carve-out",
            PartyTerm(parties=("KR",), kind=PartyTermKind.CARVE_OUT),
            (frozenset({"KR"}), PartyTermKind.CARVE_OUT),
        ),
        (
            "eu-kr-fta-2010/art-7-48-3",
            PartyTerm(parties=("KR",), kind=PartyTermKind.RESERVATION),
            (frozenset({"KR"}), PartyTermKind.RESERVATION),
        ),
    ],
)
def test_party_term_checker_reports_a_seeded_wrong_term(
    pid: str, term: PartyTerm, actual: Any
) -> None:
    corpus, _ = corrupted(pid, party_term=term)
    assert check_party_terms(corpus, EXPECTED_PARTY_TERMS) == [
        Mismatch(pid, "party_term", EXPECTED_PARTY_TERMS[pid], actual)
    ]


def test_checkers_report_a_missing_record() -> None:
    corpus = bundled()
    pid = "eu-ai-act/art-52-1"
    provisions = {k: v for k, v in corpus.provisions.items() if k != pid}
    thinned = dataclasses.replace(corpus, provisions=provisions)
    assert check_quantities(thinned) == [
        Mismatch(pid, "missing", tuple(EXPECTED_QUANTITIES[pid]), None)
    ]
    assert check_sanction_links(thinned) == [
        Mismatch(pid, "missing", EXPECTED_SANCTION_LINKS[pid], None)
    ]
