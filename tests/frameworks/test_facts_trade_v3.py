"""Data model v3 facts of the trade and data-flow corpus, asserted against the texts they come from.

Each table entry cites the words of the copy the record names (its ``read_url``) that support it. Copies read,
by short name:

* GDPR: https://github.com/ivanstambuk/eIDAS20/blob/11242634e56b9afaf9df7286fdd24f3901f1885e/01_regulation/2016_679_GDPR/regulation.md
* DORA: https://github.com/ivanstambuk/eIDAS20/blob/8179b1c41dde04ae32d509fd081253c999363f28/01_regulation/2022_2554_DORA/regulation.md
* TOTA: EU-Korea FTA, https://github.com/mappingtreaties/tota/blob/2558ee5e9aafb1fe02d586768def7feb8906123d/xml/pta_145.xml
* LKR/<law>/<file>: https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/<law>/<file>.md
* DIET: official summary of the EU-Japan Protocol submitted to Japan's House of Representatives,
  https://www.shugiin.go.jp/internet/itdb_rchome.nsf/html/rchome/Horitsu/gaimu18EA22100265C4C249258AFA00309B98.htm
* PPC-GL: PPC guideline on provision to third parties in foreign countries (read_url of jp-ppc-eu-designation)

Values are exact: an edit that changes a counterpart, a direction, a penalty regime, a party term or an
authentic language makes a test fail. Compare the record with the cited text before touching a table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.records import PartyTerm
from regalign.schema.vocab import AddresseeClass, PartyTermKind, SanctionKind
from tests.frameworks.fact_tables import Mismatch, bundled, with_framework, with_provision

# =================================================================================================
# 1. The counterpart an instrument concerns without being party to it (issue 17 item 3)
# =================================================================================================

EXPECTED_CONCERNS: dict[str, frozenset[str]] = {
    # Decision (EU) 2019/419 title: "on the adequate protection of personal data by Japan under the Act on the
    # Protection of Personal Information"; Art. 1(1): "Japan ensures an adequate level of protection".
    "eu-adequacy-jp": frozenset({"JP"}),
    # Decision (EU) 2022/254 title: "on the adequate protection of personal data by the Republic of Korea".
    "eu-adequacy-kr": frozenset({"KR"}),
    # PIPC recognition of the EU under PIPA Art. 28-8(1)(5); press reports: the 27 Member States and Norway,
    # Liechtenstein and Iceland (secondary, see the record's caveats).
    "kr-pipc-eu-recognition": frozenset({"EU", "IS", "LI", "NO"}),
    # PPC-GL: the designated 'EU' excludes the United Kingdom, and "the EU and the UK are designated".
    "jp-ppc-eu-designation": frozenset({"EU", "GB"}),
    # Instruments to which the counterparts are parties concern no one else.
    "eu-kr-dta": frozenset(),
    "eu-kr-fta-2010": frozenset(),
    "eu-jp-epa-data": frozenset(),
    "eu-gdpr": frozenset(),
    "kr-pipa": frozenset(),
    "jp-appi": frozenset(),
}


def check_concerns(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_CONCERNS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", expected, None))
        elif frozenset(framework.concerns) != expected:
            found.append(Mismatch(fid, "concerns", expected, frozenset(framework.concerns)))
    return found


# =================================================================================================
# 2. Direction: provisions that run against a topic's norm (issue 17 item 2)
# =================================================================================================

FAC = "data.localisation-ban.computing-facilities"
EXPECTED_AGAINST: dict[str, frozenset[str]] = {
    # LKR/클라우드컴퓨팅발전및이용자보호에관한법률/법률 Art. 20(2): "제23조의2제1항에 따른 보안인증을 받은
    # 클라우드컴퓨팅서비스를 우선적으로 고려하여야 한다" - state bodies give priority consideration to certified
    # services: a preference in procurement, not a requirement, so it does not run against the topic.
    "kr-cloud-computing-act/art-20-2": frozenset(),
    "kr-cloud-computing-act/art-23-2": frozenset({FAC}),  # the standards behind that certification
    "kr-cloud-computing-act/art-23-2-1": frozenset({FAC}),  # the certification itself (보안인증)
    # LKR/전자금융거래법 Art. 21(2): firms comply with FSC standards on IT facilities; the paragraph itself states
    # no location rule (the reported one lives in unread FSC standards), so it is neither tagged with nor
    # against the computing-facilities topic.
    "kr-electronic-financial-transactions-act/art-21-2": frozenset(),
    # LKR/측량ㆍ수로조사및지적에관한법률 Arts 16, 21: survey results may not be taken abroad (국외 반출) without the
    # Minister's permission or the council's decision.
    "kr-spatial-data-act/art-16-1": frozenset({"data.prior-approval", "data.flows"}),
    "kr-spatial-data-act/art-16-2": frozenset({"data.prior-approval", "data.flows"}),
    "kr-spatial-data-act/art-21-1": frozenset({"data.prior-approval", "data.flows"}),
    "kr-spatial-data-act/art-21-2": frozenset({"data.prior-approval", "data.flows"}),
    # LKR/산업기술의유출방지및보호에관한법률 Art. 11: approval (승인) or prior notification (신고) before export of
    # national core technology: a technology export control, tagged data.export-control.authorisation, whose norm an
    # approval requirement follows, so no mark (no longer data.prior-approval; see test_facts_export_control).
    "kr-industrial-technology-protection-act/art-11-1": frozenset(),
    "kr-industrial-technology-protection-act/art-11-4": frozenset(),
    # LKR/정보통신망이용촉진및정보보호등에관한법률 Art. 51 "중요 정보의 국외유출 제한 등".
    "kr-ict-network-act/art-51-1": frozenset({"data.flows"}),
    "kr-ict-network-act/art-51-3": frozenset({"data.flows"}),
    # PIPA Art. 28-9(1): the PIPC may order transfers suspended; Art. 28-10 "해당 국가의 수준에 상응하는 제한을 할 수
    # 있다".
    "kr-pipa/art-28-9-1": frozenset({"data.flows"}),
    "kr-pipa/art-28-10": frozenset({"data.flows"}),
    # GDPR Art. 46(3): "Subject to the authorisation from the competent supervisory authority", but only
    # for one optional route: Art. 46(2) safeguards apply "without requiring any specific authorisation
    # from a supervisory authority", so the GDPR sets no requirement of approval before data may leave
    # (blind reading round 5). Art. 49(5): Union or Member State law "may, for important reasons of
    # public interest, expressly set limits to the transfer".
    "eu-gdpr/art-46-3": frozenset(),
    "eu-gdpr/art-49-5": frozenset({"data.flows"}),
    # Provisions that push toward the norm carry no mark: treaty bans and the EU's intra-EU ban.
    "eu-kr-dta/data-localisation-computing-facilities": frozenset(),
    "eu-kr-dta/data-prior-approval": frozenset(),
    "eu-jp-epa-data/art-8-81-2-a": frozenset(),
    "eu-free-flow-data-regulation/art-4-1": frozenset(),
    # PIPA Art. 28-8(1) and APPI Art. 28(1) condition transfers on grounds (like GDPR Art. 44): no mark.
    "kr-pipa/art-28-8-1": frozenset(),
    "jp-appi/art-28-1": frozenset(),
}


def check_against(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_AGAINST
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif frozenset(provision.against) != expected:
            found.append(Mismatch(pid, "against", expected, frozenset(provision.against)))
    return found


# Topics re-checked against the text (issue 17 item 4: each provision carries only topics it regulates).
EXPECTED_TOPICS: dict[str, frozenset[str]] = {
    # LKR/의료법 Art. 23(2) "전자의무기록을 안전하게 관리ㆍ보존하는 데에 필요한 시설과 장비를 갖추어야 한다"; LKR/의료법/
    # 시행규칙 Art. 16(1) item 7 provides for storage "의료기관 ... 외의 장소": no location rule, so no localisation topic.
    "kr-medical-service-act/art-23-2": frozenset({"data.personal-data-protection"}),
    # LKR/의료법 Art. 23(3) "전자의무기록에 저장된 개인정보를 탐지하거나 누출ㆍ변조 또는 훼손하여서는 아니 된다".
    "kr-medical-service-act/art-23-3": frozenset({"data.personal-data-protection"}),
    # GDPR Art. 44 governs transfers and requires that "the level of protection of natural persons ... is not
    # undermined": both topics.
    # Flows added in the tenth sitting (round 72, EU-JP), as for PIPA Art. 28-8(1) and APPI Art. 28(1).
    "eu-gdpr/art-44": frozenset(
        {"data.transfer-mechanisms", "data.flows", "data.personal-data-protection"}
    ),
}


def check_topics(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_TOPICS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif frozenset(provision.topics) != expected:
            found.append(Mismatch(pid, "topics", expected, frozenset(provision.topics)))
    return found


# Topics that can be read either way carry a norm, so that `against` has something to run against.
TOPICS_WITH_NORM = (
    "data.flows",
    "data.localisation-ban",
    "data.localisation-ban.computing-facilities",
    "data.localisation-ban.storage-processing",
    "data.localisation-ban.foreign-storage",
    "data.localisation-ban.conditional-transfer",
    "data.localisation-ban.inbound-transfer",
    "data.prior-approval",
    "esig.legal-effect",
    "esig.e-documents",
    "esig.technology-neutrality",
    "trade.source-code",
    "trade.customs-duties",
    "trade.paperless-trading",
)


# =================================================================================================
# 3. National penalty regimes (issue 17 item 4)
# =================================================================================================

G84, D50 = "eu-gdpr/art-84", "eu-dora/art-50-3"
NATIONAL = SanctionKind.NATIONAL_PENALTIES
OPERATOR = AddresseeClass.OPERATOR
EXPECTED_NATIONAL_PENALTIES: dict[str, tuple[SanctionKind, AddresseeClass]] = {
    # GDPR Art. 84(1): "Member States shall lay down the rules on other penalties applicable to infringements of
    # this Regulation ... Such penalties shall be effective, proportionate and dissuasive."
    G84: (NATIONAL, OPERATOR),
    # DORA Art. 50(3): "Member States shall lay down rules establishing appropriate administrative penalties and
    # remedial measures for breaches of this Regulation".
    D50: (NATIONAL, OPERATOR),
}

EXPECTED_LINKS_TO_NATIONAL: dict[str, frozenset[str]] = {
    # DORA Art. 50(3) covers "breaches of this Regulation": the duties of financial entities recorded.
    "eu-dora/art-29-2": frozenset({D50}),
    "eu-dora/art-30-2-b": frozenset({D50}),
    "eu-dora/art-31-12": frozenset({D50}),
}

# GDPR Art. 84(2): "by 25 May 2018"; DORA Art. 64: "It shall apply from 17 January 2025."
EXPECTED_DATES: dict[str, tuple[date, tuple[date, ...]]] = {
    G84: (date(2018, 5, 25), (date(2018, 5, 25),)),
    D50: (date(2025, 1, 17), ()),
}


def check_national_penalties(
    corpus: Corpus,
    table: Mapping[str, tuple[SanctionKind, AddresseeClass]] = EXPECTED_NATIONAL_PENALTIES,
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = tuple((s.kind, s.falls_on) for s in provision.sanctions)
        amounts = [(s.max_amount, s.turnover_percent) for s in provision.sanctions]
        if actual != (expected,) or amounts != [(None, None)]:
            found.append(Mismatch(pid, "sanctions", expected, actual))
    return found


def check_dates(
    corpus: Corpus, table: Mapping[str, tuple[date, tuple[date, ...]]] = EXPECTED_DATES
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, (start, deadlines) in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", (start, deadlines), None))
            continue
        actual = (provision.applies_from, tuple(d.date for d in provision.deadlines))
        if actual != (start, deadlines):
            found.append(Mismatch(pid, "dates", (start, deadlines), actual))
    return found


def check_links(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_LINKS_TO_NATIONAL
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif frozenset(provision.sanctioned_by) != expected:
            found.append(
                Mismatch(pid, "sanctioned_by", expected, frozenset(provision.sanctioned_by))
            )
    return found


# =================================================================================================
# 4. Authentic languages and the sources the EU-Japan Protocol's points (e)-(f) rest on
# =================================================================================================

EU24 = frozenset(
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
)  # every EU regulation is authentic in the 24 official languages
EXPECTED_AUTHENTIC: dict[str, frozenset[str]] = {
    "eu-gdpr": EU24,
    "eu-dora": EU24,
    "eu-free-flow-data-regulation": EU24,
    "eu-union-customs-code": EU24,
    # TOTA Art. 15.16: "drawn up in duplicate in the Bulgarian, Czech, Danish, Dutch, English, Estonian, Finnish,
    # French, German, Greek, Hungarian, Italian, Latvian, Lithuanian, Maltese, Polish, Portuguese, Romanian,
    # Slovak, Slovenian, Spanish, Swedish and Korean languages, each of these texts being equally authentic".
    "eu-kr-fta-2010": frozenset(
        "bg cs da nl en et fi fr de el hu it lv lt mt pl pt ro sk sl es sv ko".split()
    ),
    "kr-pipa": frozenset({"ko"}),
    "kr-spatial-data-act": frozenset({"ko"}),
    "jp-appi": frozenset({"ja"}),
    # Final clauses not read: left empty ("not known").
    "eu-kr-dta": frozenset(),
    "eu-jp-epa-data": frozenset(),
    "eu-adequacy-kr": frozenset(),
}

DIET = "https://www.shugiin.go.jp/internet/itdb_rchome.nsf/html/rchome/Horitsu/gaimu18EA22100265C4C249258AFA00309B98.htm"
# DIET item 2: "5 一方の締約国の領域への情報の移転を禁止すること。6 他方の締約国の領域への情報の移転の前に一方の締約国の承認を
# 要求すること。"
EXPECTED_READ_AT: dict[str, str] = {
    "eu-jp-epa-data/art-8-81-2-e": DIET,
    "eu-jp-epa-data/art-8-81-2-f": DIET,
}


# Clauses that bind both Parties: no party term (issue 17 item 3). TOTA Art. 7.48(3): "The Parties agree not to
# impose customs duties on deliveries by electronic means"; its footnote keeps "Korea's position on whether
# deliveries by electronic means should be categorised as trade in services or goods" open.
JOINT_CLAUSES = (
    "eu-kr-fta-2010/art-7-48-3",
    "eu-kr-fta-2010/art-7-48-2",
    "eu-kr-dta/customs-duties",
)


def check_joint(corpus: Corpus, pids: tuple[str, ...] = JOINT_CLAUSES) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid in pids:
        term = corpus.provisions[pid].party_term
        if term is not None:
            found.append(Mismatch(pid, "party_term", None, (frozenset(term.parties), term.kind)))
    return found


def check_authentic(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_AUTHENTIC
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", expected, None))
        elif frozenset(framework.authentic_languages) != expected or len(
            framework.authentic_languages
        ) != len(expected):
            found.append(
                Mismatch(fid, "authentic_languages", expected, tuple(framework.authentic_languages))
            )
    return found


# =================================================================================================
# Helpers for seeding wrong values
# =================================================================================================


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_concerns_name_the_counterpart() -> None:
    assert check_concerns(bundled()) == []


def test_direction_marks_follow_the_texts() -> None:
    assert check_against(bundled()) == []


def test_retagged_topics_follow_the_texts() -> None:
    assert check_topics(bundled()) == []


@pytest.mark.parametrize("topic", TOPICS_WITH_NORM)
def test_topics_read_either_way_have_a_norm(topic: str) -> None:
    assert bundled().topics[topic].norm


def test_every_against_names_a_topic_with_a_norm() -> None:
    corpus = bundled()
    for pid in EXPECTED_AGAINST:
        for topic in corpus.provisions[pid].against:
            assert corpus.topics[topic].norm, (pid, topic)


def test_national_penalty_regimes() -> None:
    assert check_national_penalties(bundled()) == []


def test_national_penalty_dates() -> None:
    assert check_dates(bundled()) == []


def test_duties_name_the_national_penalty_regime() -> None:
    assert check_links(bundled()) == []


def test_clauses_binding_both_parties_are_joint() -> None:
    assert check_joint(bundled()) == []


def test_authentic_languages() -> None:
    assert check_authentic(bundled()) == []


def test_protocol_points_e_f_read_in_the_official_summary() -> None:
    corpus = bundled()
    for pid, url in EXPECTED_READ_AT.items():
        provision = corpus.provisions[pid]
        assert str(provision.read_url) == url, pid
        assert "tradenotes" not in str(provision.source_url), pid


def test_every_cited_url_in_the_trade_files_is_typed() -> None:
    corpus = bundled()
    for fid in EXPECTED_CONCERNS:
        framework = corpus.frameworks[fid]
        listed = {str(s.url) for s in framework.sources}
        cited = {str(u) for u in (framework.source_url, framework.read_url) if u}
        for pid in corpus.provisions_of(fid):
            provision = corpus.provisions[pid]
            cited |= {str(u) for u in (provision.source_url, provision.read_url) if u}
        assert cited <= listed, (fid, cited - listed)


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("fid", "wrong"),
    [("eu-adequacy-kr", ("JP",)), ("jp-ppc-eu-designation", ("EU",)), ("eu-kr-dta", ("SG",))],
)
def test_concerns_checker_reports_a_seeded_wrong_value(fid: str, wrong: tuple[str, ...]) -> None:
    corpus = with_framework(fid, concerns=wrong)
    assert check_concerns(corpus) == [
        Mismatch(fid, "concerns", EXPECTED_CONCERNS[fid], frozenset(wrong))
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        ("kr-cloud-computing-act/art-23-2", ()),
        ("eu-kr-dta/data-prior-approval", ("data.prior-approval",)),
        ("kr-spatial-data-act/art-16-1", ("data.prior-approval",)),
    ],
)
def test_against_checker_reports_a_seeded_wrong_value(pid: str, wrong: tuple[str, ...]) -> None:
    corpus = with_provision(pid, against=wrong)
    assert check_against(corpus) == [
        Mismatch(pid, "against", EXPECTED_AGAINST[pid], frozenset(wrong))
    ]


def test_topics_checker_reports_a_seeded_wrong_value() -> None:
    pid = "kr-medical-service-act/art-23-2"
    wrong = ("data.localisation-ban.storage-processing",)
    assert check_topics(with_provision(pid, topics=wrong)) == [
        Mismatch(pid, "topics", EXPECTED_TOPICS[pid], frozenset(wrong))
    ]


def test_national_penalty_checker_reports_a_seeded_wrong_value() -> None:
    original = bundled().provisions[G84].sanctions[0]
    fine = original.model_copy(update={"kind": SanctionKind.ADMINISTRATIVE_FINE})
    assert check_national_penalties(with_provision(G84, sanctions=(fine,))) == [
        Mismatch(G84, "sanctions", EXPECTED_NATIONAL_PENALTIES[G84], ((fine.kind, OPERATOR),))
    ]
    public = original.model_copy(update={"falls_on": AddresseeClass.PUBLIC_AUTHORITY})
    assert check_national_penalties(with_provision(D50, sanctions=(public,))) == [
        Mismatch(
            D50,
            "sanctions",
            EXPECTED_NATIONAL_PENALTIES[D50],
            ((NATIONAL, AddresseeClass.PUBLIC_AUTHORITY),),
        )
    ]


def test_dates_checker_reports_a_seeded_wrong_value() -> None:
    corpus = with_provision(D50, applies_from=date(2023, 1, 16))
    assert check_dates(corpus) == [
        Mismatch(D50, "dates", EXPECTED_DATES[D50], (date(2023, 1, 16), ()))
    ]


def test_links_checker_reports_a_seeded_wrong_value() -> None:
    pid = "eu-dora/art-31-12"
    assert check_links(with_provision(pid, sanctioned_by=())) == [
        Mismatch(pid, "sanctioned_by", EXPECTED_LINKS_TO_NATIONAL[pid], frozenset())
    ]


def test_joint_checker_reports_a_seeded_party_term() -> None:
    pid = "eu-kr-fta-2010/art-7-48-3"
    term = PartyTerm(parties=("KR",), kind=PartyTermKind.RESERVATION)
    assert check_joint(with_provision(pid, party_term=term)) == [
        Mismatch(pid, "party_term", None, (frozenset({"KR"}), PartyTermKind.RESERVATION))
    ]


def test_authentic_checker_reports_a_seeded_wrong_value() -> None:
    fid = "eu-kr-fta-2010"
    wrong = tuple(sorted(EXPECTED_AUTHENTIC[fid] | {"ga"}))
    assert check_authentic(with_framework(fid, authentic_languages=wrong)) == [
        Mismatch(fid, "authentic_languages", EXPECTED_AUTHENTIC[fid], wrong)
    ]
