"""Facts about Japan's Act on Electronic Signatures and Certification Business (Act No. 102 of 2000) as read
in the verbatim e-Gov copy: the duties of accredited certification businesses (Chapter 3), the Chapter 5
pinpoints, the penalties of Chapter 6 and their links to the duties, and the new crosswalk pairs (blind
reading of the EU-Japan briefing, round 27: trust-service supervision counted as a topic where Japan only
asks firms or binds the state).

Every expected value below was checked in a text before it was written here. The comment beside each entry
names the text:

* EGOV: the Markdown copy of the e-Gov text, https://github.com/DaisukeHori/japan-law/blob/
  9bcda14ad672d8f01b5e08694489c7552d0d370e/data/markdown/acts/412AC0000000102.md (paragraph numbers
  counted from the lines of each article and checked against the Act's own cross-references).
* JIPDEC: https://english.jipdec.or.jp/activities/service01.html ("Annual investigation of issued
  accreditations").
* eIDAS: the eu-eidas record (Art. 16(2) floors; Art. 24(2) points (a), (h)); DSA: the
  kr-digital-signature-act record (Arts 24(1), 26(2)).

Values are exact. Each checker also has a test that seeds a wrong value into a copy of the corpus and shows
that the checker reports it. Not asserted: the Enforcement Rules (records and their period, notice before
discontinuing, minor changes) and the Cabinet Order's renewal period, none of them read; the date the
penalties began to read 拘禁刑.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import (
    AddresseeClass,
    Evidence,
    Modality,
    QuantityKind,
    RelationType,
    SanctionKind,
    SourceType,
)
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_listed_source_types,
    check_relation_table,
    check_sanction_links,
    with_provision,
)

ESA = "jp-electronic-signatures-act"
EGOV = (
    "https://github.com/DaisukeHori/japan-law/blob/9bcda14ad672d8f01b5e08694489c7552d0d370e/"
    "data/markdown/acts/412AC0000000102.md"
)
PRIMARY = Evidence.PRIMARY
OBL, PRO, PERM = Modality.OBLIGATION, Modality.PROHIBITION, Modality.PERMISSION
CRIMINAL, PRISON, ADMIN, ORDER = (
    SanctionKind.CRIMINAL_FINE,
    SanctionKind.IMPRISONMENT,
    SanctionKind.ADMINISTRATIVE_FINE,
    SanctionKind.ORDER,
)
OP, PA = AddresseeClass.OPERATOR, AddresseeClass.PUBLIC_AUTHORITY


def p(local: str) -> str:
    return f"{ESA}/{local}"


# =================================================================================================
# Tables
# =================================================================================================

# Provisions read in EGOV: pinpoint, modality, topics. Each is primary, pinpoint verified, read in EGOV.
EXPECTED_PROVISIONS: dict[str, tuple[str, Modality, tuple[str, ...]]] = {
    # EGOV 第七条: "一年を下らない政令で定める期間ごとにその更新を受けなければ…その効力を失う。"
    p("art-7-1"): ("Art. 7(1)", Modality.INSTITUTIONAL, ("esig.trust-services",)),
    # EGOV 第九条 first line: "…変更しようとするときは、主務大臣の認定を受けなければならない。"
    p("art-9-1"): ("Art. 9(1)", OBL, ("esig.trust-services",)),
    # EGOV 第九条 last line "…第四条第二項第一号の事項に変更があったときは、遅滞なく…届け出なければならない。";
    # paragraph 4 per 第四十七条 "第九条第四項…の規定による届出をせず".
    p("art-9-4"): ("Art. 9(4)", OBL, ("esig.trust-services",)),
    # EGOV 第十条: "…廃止しようとするときは…あらかじめ、その旨を主務大臣に届け出なければならない。"
    p("art-10"): ("Art. 10(1)", OBL, ("esig.trust-services",)),
    # EGOV 第十一条: "…帳簿書類を作成し、これを保存しなければならない。"
    p("art-11"): ("Art. 11", OBL, ("esig.trust-services",)),
    # EGOV 第十二条: "…目的以外に使用してはならない。"
    p("art-12"): ("Art. 12", PRO, ("esig.trust-services",)),
    # EGOV 第十三条 first line: "…認定を受けている旨の表示を付することができる。"
    p("art-13-1"): ("Art. 13(1)", PERM, ("esig.trust-services",)),
    # EGOV 第十三条 second line: "何人も…表示を付してはならない。"; 第四十二条 "第十三条第二項の規定に違反した者"
    p("art-13-2"): ("Art. 13(2)", PRO, ("esig.trust-services",)),
    # EGOV 第十四条: "主務大臣は…その認定を取り消すことができる。"
    p("art-14"): ("Art. 14", PERM, ("esig.trust-services",)),
    # EGOV 第三十三条 (主務大臣…努めなければならない) and 第三十四条 (国は…努めなければならない)
    p("state-effort-duties"): ("Arts 33-34", Modality.BEST_EFFORTS, ("esig.trust-services",)),
    # EGOV 第三十五条: (1) 認定認証事業者, (2) 指定調査機関, (3) "第一項の規定は認定外国認証事業者に…準用する"
    p("reports-inspections"): ("Art. 35(1)-(3)", PERM, ("esig.trust-services",)),
    # EGOV 第四十一条 to 第四十七条
    p("art-41"): ("Art. 41", PRO, ("esig.penalties",)),
    p("art-42"): ("Art. 42", PRO, ("esig.penalties",)),
    p("art-43"): ("Art. 43", PRO, ("esig.penalties",)),
    p("art-44"): ("Art. 44", PRO, ("esig.penalties",)),
    p("art-45"): ("Art. 45", PRO, ("esig.penalties",)),
    p("art-46-42"): ("Art. 46 (Art. 42(i) offences)", PRO, ("esig.penalties",)),
    p("art-46-44"): ("Art. 46 (Art. 44 offences)", PRO, ("esig.penalties",)),
    p("art-47"): ("Art. 47", PRO, ("esig.penalties",)),
}

# Sanctions: (kind, max_amount, currency, max_years, falls_on).
EXPECTED_SANCTIONS: dict[str, frozenset[tuple]] = {
    # EGOV 第四十一条: "三年以下の拘禁刑又は二百万円以下の罰金に処する。"
    p("art-41"): frozenset({(PRISON, None, None, 3.0, OP), (CRIMINAL, 2_000_000, "JPY", None, OP)}),
    # EGOV 第四十二条: "一年以下の拘禁刑又は百万円以下の罰金に処する。" (i) 第十三条第二項; (ii) 第二十三条第一項
    p("art-42"): frozenset(
        {
            (PRISON, None, None, 1.0, OP),
            (CRIMINAL, 1_000_000, "JPY", None, OP),
            (PRISON, None, None, 1.0, PA),
            (CRIMINAL, 1_000_000, "JPY", None, PA),
        }
    ),
    # EGOV 第四十三条: "…指定調査機関の役員又は職員は、一年以下の拘禁刑又は百万円以下の罰金に処する。"
    p("art-43"): frozenset({(PRISON, None, None, 1.0, PA), (CRIMINAL, 1_000_000, "JPY", None, PA)}),
    # EGOV 第四十四条: "三十万円以下の罰金に処する。"
    p("art-44"): frozenset({(CRIMINAL, 300_000, "JPY", None, OP)}),
    # EGOV 第四十五条: "…指定調査機関の役員又は職員は、三十万円以下の罰金に処する。"
    p("art-45"): frozenset({(CRIMINAL, 300_000, "JPY", None, PA)}),
    # EGOV 第四十六条: "第四十二条第一号又は第四十四条の違反行為…各本条の罰金刑を科する。" (recorded as two
    # units, so that each duty links only to the fine that backs it).
    p("art-46-42"): frozenset({(CRIMINAL, 1_000_000, "JPY", None, OP)}),
    p("art-46-44"): frozenset({(CRIMINAL, 300_000, "JPY", None, OP)}),
    # EGOV 第四十七条: "十万円以下の過料に処する。"
    p("art-47"): frozenset({(ADMIN, 100_000, "JPY", None, OP)}),
    # EGOV 第十四条: revocation; the only sanction for a breach of 第十二条.
    p("art-14"): frozenset({(ORDER, None, None, None, OP)}),
}

# Duty -> penalty provisions that name it (EGOV). A duty backed by Art. 44 must not link to the Art. 42(i)
# corporate fine (round 27 check: Art. 11 was shown with a JPY 1 million ceiling through a shared Art. 46).
EXPECTED_SANCTION_LINKS: dict[str, frozenset[str]] = {
    # 第四十四条 "第九条第一項の規定に違反して…変更した者"; 第四十六条; 第十四条 "第九条第一項…に違反したとき"
    p("art-9-1"): frozenset({p("art-44"), p("art-46-44"), p("art-14")}),
    # 第四十七条 "第九条第四項又は第十条第一項の規定による届出をせず"
    p("art-9-4"): frozenset({p("art-47")}),
    p("art-10"): frozenset({p("art-47")}),
    # 第四十四条 "第十一条の規定による帳簿書類の作成若しくは保存をせず"; 第四十六条; 第十四条
    p("art-11"): frozenset({p("art-44"), p("art-46-44"), p("art-14")}),
    # 第十四条 "第九条第一項、第十一条、第十二条又は前条第二項"; no penalty in Chapter 6 names 第十二条
    p("art-12"): frozenset({p("art-14")}),
    # 第四十二条 "第十三条第二項の規定に違反した者"; 第四十六条 "第四十二条第一号"; 第十四条
    p("art-13-2"): frozenset({p("art-42"), p("art-46-42"), p("art-14")}),
    # 第四十四条 "第三十五条第一項の規定による報告をせず…"; 第四十六条
    p("reports-inspections"): frozenset({p("art-44"), p("art-46-44")}),
}

# Quantities: (kind, value, unit, comparator, measure).
EXPECTED_QUANTITIES: dict[str, list[tuple[Any, ...]]] = {
    # EGOV 第七条: "一年を下らない政令で定める期間"
    p("art-7-1"): [
        (QuantityKind.VALIDITY_PERIOD, 1, "years", "at-least", "esig-accreditation.validity")
    ],
    # Art. 11 delegates the records to ordinance; no period is stated in the Act.
    p("art-11"): [],
    # Art. 10 says only "あらかじめ": no notice period in the Act.
    p("art-10"): [],
}

EXPECTED_SOURCE_TYPES: dict[str, SourceType] = {
    EGOV: SourceType.VERBATIM_COPY,
    "https://laws.e-gov.go.jp/law/412AC0000000102": SourceType.OFFICIAL_TEXT,
    "https://english.jipdec.or.jp/activities/service01.html": SourceType.OFFICIAL_SUMMARY,
}

# New crosswalk pairs: (source, target) -> (relation, strength, opposite).
EXPECTED_RELATIONS: dict[tuple[str, str], tuple[RelationType, int, bool]] = {
    ("eu-eidas/art-24-2", p("art-10")): (RelationType.INTERSECTS_WITH, 3, False),  # eIDAS 24(2)(a)
    ("eu-eidas/art-24-2", p("art-11")): (RelationType.INTERSECTS_WITH, 4, False),  # eIDAS 24(2)(h)
    ("eu-eidas/art-16-2", p("art-44")): (RelationType.INTERSECTS_WITH, 4, False),  # eIDAS 16(2)
    ("kr-digital-signature-act/art-24-1", p("art-41")): (RelationType.INTERSECTS_WITH, 6, False),
    ("kr-digital-signature-act/art-26-2", p("art-44")): (RelationType.INTERSECTS_WITH, 5, False),
    # Art. 15 (accreditation of a business abroad) against Korea's internationally accepted
    # evaluations: both open domestic accreditation to something done abroad (sixth sitting).
    ("kr-digital-signature-act/art-11", p("art-15")): (RelationType.INTERSECTS_WITH, 4, False),
}


# =================================================================================================
# Checkers
# =================================================================================================


def check_provisions(
    corpus: Corpus, table: Mapping[str, tuple[str, Modality, tuple[str, ...]]] = EXPECTED_PROVISIONS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        prov = corpus.provisions.get(pid)
        if prov is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = (prov.pinpoint, prov.modality, tuple(prov.topics))
        if actual != expected:
            found.append(Mismatch(pid, "provision", expected, actual))
        read = (prov.evidence, prov.pinpoint_verified, str(prov.read_url))
        if read != (PRIMARY, True, EGOV):
            found.append(Mismatch(pid, "read", (PRIMARY, True, EGOV), read))
    return found


def sanction_key(s: Any) -> tuple:
    return (s.kind, s.max_amount, s.currency, s.max_years, s.falls_on)


def check_sanctions(
    corpus: Corpus, table: Mapping[str, frozenset[tuple]] = EXPECTED_SANCTIONS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        prov = corpus.provisions.get(pid)
        if prov is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = tuple(sanction_key(s) for s in prov.sanctions)
        if frozenset(actual) != expected or len(actual) != len(expected):
            found.append(Mismatch(pid, "sanctions", expected, actual))
    return found


def check_quantities(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in EXPECTED_QUANTITIES.items():
        prov = corpus.provisions[pid]
        actual = [(q.kind, q.value, q.unit, q.comparator.value, q.measure) for q in prov.quantities]
        if actual != expected:
            found.append(Mismatch(pid, "quantities", expected, actual))
    return found


# =================================================================================================
# Tests
# =================================================================================================


def test_provisions_read_in_the_verbatim_copy() -> None:
    assert check_provisions(bundled()) == []


def test_penalty_ceilings() -> None:
    assert check_sanctions(bundled()) == []


def test_duties_name_their_penalties() -> None:
    assert check_sanction_links(bundled(), EXPECTED_SANCTION_LINKS) == []


def test_quantities() -> None:
    assert check_quantities(bundled()) == []


def test_source_types() -> None:
    assert check_listed_source_types(bundled(), ESA, EXPECTED_SOURCE_TYPES) == []


def test_new_relations() -> None:
    assert check_relation_table(bundled(), EXPECTED_RELATIONS) == []


def test_no_unread_placeholder_is_left() -> None:
    corpus = bundled()
    assert p("penalties") not in corpus.provisions
    units = [q for pid, q in corpus.provisions.items() if pid.startswith(f"{ESA}/")]
    assert all(u.evidence is not Evidence.UNVERIFIED for u in units)
    assert all(u.pinpoint is not None and u.pinpoint_verified for u in units)
    assert str(corpus.frameworks[ESA].read_url) == EGOV


def test_a_breach_of_art_12_carries_no_criminal_penalty() -> None:
    # EGOV: no article of 第四十一条-第四十七条 names 第十二条; 第十四条 lists it as a ground for revocation.
    corpus = bundled()
    for pid in corpus.provisions[p("art-12")].sanctioned_by:
        kinds = {s.kind for s in corpus.provisions[pid].sanctions}
        assert kinds == {ORDER}, pid


@pytest.mark.parametrize(
    ("pid", "update"),
    [
        (p("art-9-1"), {"pinpoint": "Art. 9(2)"}),
        (p("art-12"), {"modality": OBL}),
        (p("reports-inspections"), {"pinpoint_verified": False}),
        (p("art-44"), {"evidence": Evidence.SECONDARY}),
    ],
)
def test_provision_checker_reports_a_seeded_wrong_value(pid: str, update: dict[str, Any]) -> None:
    assert [m.record for m in check_provisions(with_provision(pid, **update))] == [pid]


@pytest.mark.parametrize(
    ("pid", "field", "value"),
    [
        (p("art-41"), "max_amount", 3_000_000),
        (p("art-41"), "max_years", 2.0),
        (p("art-44"), "max_amount", 500_000),
        (p("art-47"), "currency", "EUR"),
        (p("art-42"), "falls_on", PA),
    ],
)
def test_sanction_checker_reports_a_seeded_wrong_ceiling(pid: str, field: str, value: Any) -> None:
    prov = bundled().provisions[pid]
    first = prov.sanctions[0].model_copy(update={field: value})
    corpus = with_provision(pid, sanctions=[first, *prov.sanctions[1:]])
    assert [m.record for m in check_sanctions(corpus)] == [pid]


def test_link_checker_reports_a_seeded_wrong_link() -> None:
    corpus = with_provision(p("art-11"), sanctioned_by=[p("art-42")])
    assert [m.record for m in check_sanction_links(corpus, EXPECTED_SANCTION_LINKS)] == [
        p("art-11")
    ]


def test_quantity_checker_reports_a_seeded_wrong_period() -> None:
    prov = bundled().provisions[p("art-7-1")]
    wrong = prov.quantities[0].model_copy(update={"value": 5})
    corpus = with_provision(p("art-7-1"), quantities=[wrong])
    assert [m.record for m in check_quantities(corpus)] == [p("art-7-1")]
