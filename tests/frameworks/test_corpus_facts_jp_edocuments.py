"""Facts of the records of Japan's e-Documents Act (Act No. 149 of 2004) and JPKI Act (Act No. 153 of
2002), asserted against the texts read.

Copies read, by short name (both Markdown conversions of the e-Gov text in DaisukeHori/japan-law, commit
9bcda14ad672d8f01b5e08694489c7552d0d370e; the copies drop paragraph and item numbers, so paragraphs are
counted by line and checked against the Acts' cross-references):

* EDOC: https://github.com/DaisukeHori/japan-law/blob/9bcda14ad672d8f01b5e08694489c7552d0d370e/data/markdown/acts/416AC0000000149.md
  (heading "*（平成十六年法律第百四十九号）*")
* JPKI: https://github.com/DaisukeHori/japan-law/blob/9bcda14ad672d8f01b5e08694489c7552d0d370e/data/markdown/acts/414AC0000000153.md
  (heading "*（平成十四年法律第百五十三号）*")
* JIIMA: http://www.jiima-office.jp/a_g/e_bunsyo_ho/tabid/227/Default.aspx ("法律第149号(平成16年12月1日)")
* KANTEI: http://www.kantei.go.jp/jp/singi/it2/others/e-bunsyou.html ("平成17年4月1日から施行されています")
* WIKI: the Wikiwand copy of the Japanese Wikipedia article on the JPKI Act ("平成14年12月13日法律第153号")

The JPKI Act's entry into force (29 January 2004) is an inference from the start of the service and is
recorded as unverified; it is asserted here only with that evidence level, so a later upgrade must cite a
text. Values are exact: compare the record with the cited text before touching a table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import (
    EventType,
    Evidence,
    Modality,
    RelationType,
    SanctionKind,
    SourceType,
)
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_records,
    check_relation_table,
    with_framework,
    with_provision,
)

EDOC = "jp-e-documents-act"
INTERSECTS = RelationType.INTERSECTS_WITH
JPKI = "jp-jpki-act"

# =================================================================================================
# 1. Dated events and identifiers
# =================================================================================================

EXPECTED_EVENTS: dict[str, frozenset[tuple[EventType, date, str, Evidence]]] = {
    EDOC: frozenset(
        {
            # EDOC heading "平成十六年法律第百四十九号"; JIIMA "法律第149号(平成16年12月1日)".
            (
                EventType.PROMULGATED,
                date(2004, 12, 1),
                "Act No. 149 of 2004 (平成十六年法律第百四十九号)",
                Evidence.SECONDARY,
            ),
            # KANTEI "平成17年4月1日から施行されています".
            (
                EventType.ENTRY_INTO_FORCE,
                date(2005, 4, 1),
                "Act No. 149 of 2004",
                Evidence.SECONDARY,
            ),
        }
    ),
    JPKI: frozenset(
        {
            # JPKI heading "平成十四年法律第百五十三号"; WIKI "平成14年12月13日法律第153号".
            (
                EventType.PROMULGATED,
                date(2002, 12, 13),
                "Act No. 153 of 2002 (平成十四年法律第百五十三号)",
                Evidence.SECONDARY,
            ),
            # JPKI Suppl. Provisions Art. 1: "公布の日から起算して二年を超えない範囲内において政令で定める日から
            # 施行する" (the Cabinet Order was not read): the date is unverified.
            (
                EventType.ENTRY_INTO_FORCE,
                date(2004, 1, 29),
                "Act No. 153 of 2002",
                Evidence.UNVERIFIED,
            ),
        }
    ),
}

EXPECTED_IDS: dict[str, tuple[str, str]] = {
    EDOC: ("Act No. 149 of 2004", "416AC0000000149"),
    JPKI: ("Act No. 153 of 2002", "414AC0000000153"),
}

# =================================================================================================
# 2. Units: pinpoint, modality, addressees, topics
# =================================================================================================

EXPECTED_UNITS: dict[str, tuple[str, Modality, frozenset[str], frozenset[str]]] = {
    # EDOC Art. 2: "民間事業者等 法令の規定により書面又は電磁的記録の保存等をしなければならないものとされている
    # 民間事業者その他の者をいう。"
    f"{EDOC}/art-2": (
        "Art. 2",
        Modality.DEFINITION,
        frozenset({"business"}),
        frozenset({"esig.e-documents"}),
    ),
    # EDOC Art. 3 (two lines): "…電磁的記録の保存を行うことができる。" / "前項の規定により行われた保存については、
    # …書面により行われたものとみなして…" ('may', with a deeming paragraph).
    f"{EDOC}/art-3": (
        "Art. 3(1)-(2)",
        Modality.PERMISSION,
        frozenset({"business"}),
        frozenset({"esig.e-documents"}),
    ),
    # EDOC Art. 4, first two lines: "…電磁的記録の作成を行うことができる。" / "前項の規定により行われた作成…".
    f"{EDOC}/art-4-1-2": (
        "Art. 4(1)-(2)",
        Modality.PERMISSION,
        frozenset({"business"}),
        frozenset({"esig.e-documents"}),
    ),
    # EDOC Art. 4, third line: "第一項の場合において、…氏名又は名称を明らかにする措置であって主務省令で定めるもの
    # をもって当該署名等に代えることができる。"
    f"{EDOC}/art-4-3": (
        "Art. 4(3)",
        Modality.PERMISSION,
        frozenset({"business"}),
        frozenset({"esig.e-documents", "esig.legal-effect"}),
    ),
    # EDOC Art. 5 (two lines): "…縦覧等を行うことができる。"
    f"{EDOC}/art-5": (
        "Art. 5(1)-(2)",
        Modality.PERMISSION,
        frozenset({"business"}),
        frozenset({"esig.e-documents"}),
    ),
    # EDOC Art. 6 (two lines): "…当該交付等の相手方の承諾を得て、…交付等を行うことができる。"
    f"{EDOC}/art-6": (
        "Art. 6(1)-(2)",
        Modality.PERMISSION,
        frozenset({"business"}),
        frozenset({"esig.e-documents"}),
    ),
    # JPKI Art. 3(1): "住民基本台帳に記録されている者は、…機構に対し、自己に係る署名用電子証明書…の発行の申請を
    # することができる。"; (3)-(7) the mayor's check and J-LIS's issue.
    f"{JPKI}/art-3": (
        "Art. 3(1)-(7)",
        Modality.RIGHT,
        frozenset({"user", "government"}),
        frozenset({"esig.digital-identity"}),
    ),
    # JPKI Art. 16-2(1): "…移動端末設備…に組み込まれた主務省令で定める電磁的記録媒体に記録するもの…の発行の申請
    # をすることができる。"
    f"{JPKI}/art-16-2-1": (
        "Art. 16-2(1)",
        Modality.RIGHT,
        frozenset({"user"}),
        frozenset({"esig.digital-identity"}),
    ),
    # JPKI Art. 22(1): "…自己に係る利用者証明用電子証明書…の発行の申請をすることができる。"
    f"{JPKI}/art-22": (
        "Art. 22(1)-(7)",
        Modality.RIGHT,
        frozenset({"user", "government"}),
        frozenset({"esig.digital-identity"}),
    ),
    # JPKI Art. 17(1): those who "提供を求めようとする場合には、あらかじめ、…届出をしなければならない" (a condition
    # of the choice to rely, hence a permission); Art. 2(4) cites "第十七条第四項に
    # 規定する署名検証者" (the agreement paragraph: "あらかじめ、取決めを締結しなければならない").
    f"{JPKI}/art-17-1-4": (
        "Art. 17(1), (4)",
        Modality.PERMISSION,
        frozenset({"business", "public-body"}),
        frozenset({"esig.digital-identity", "esig.trust-services"}),
    ),
    # JPKI Art. 19(1)-(3): "確認しなければならない" / "…方法により行わなければならない" / "…以外の目的に利用
    # してはならない"; Art. 18 cites "次条第一項若しくは第四項" and "次条第五項" (five paragraphs).
    f"{JPKI}/art-19-1-3": (
        "Art. 19(1)-(3)",
        Modality.OBLIGATION,
        frozenset({"business", "public-body"}),
        frozenset({"esig.digital-identity", "esig.trust-services"}),
    ),
    # JPKI Art. 63(1): "…以外の者は、何人も、業として、…データベース…を構成してはならない。"
    f"{JPKI}/art-63": (
        "Art. 63(1)-(3)",
        Modality.PROHIBITION,
        frozenset({"business"}),
        frozenset({"esig.digital-identity"}),
    ),
    # JPKI Art. 54(1): "…秘密を漏らしてはならない。"; Art. 55 likewise.
    f"{JPKI}/arts-54-55": (
        "Arts 54-55",
        Modality.PROHIBITION,
        frozenset({"business"}),
        frozenset({"esig.digital-identity"}),
    ),
    # JPKI Art. 44(1): "機構は、…必要な措置を講じなければならない。"
    f"{JPKI}/art-44-1": (
        "Art. 44(1)",
        Modality.OBLIGATION,
        frozenset({"trust-service-provider"}),
        frozenset({"esig.trust-services", "esig.digital-identity"}),
    ),
}

# =================================================================================================
# 3. Quotes: verbatim substrings of the copies (link markup and bold markers removed)
# =================================================================================================

EXPECTED_QUOTES: dict[str, str] = {
    f"{EDOC}/art-3": "書面の保存に代えて当該書面に係る電磁的記録の保存を行うことができる。",
    f"{EDOC}/art-4-3": "氏名又は名称を明らかにする措置であって主務省令で定めるものをもって当該署名等に代えることができる。",
    f"{EDOC}/art-6": (
        "当該交付等の相手方の承諾を得て、書面の交付等に代えて電磁的方法であって主務省令で定めるものにより当該書面に"
        "係る電磁的記録に記録されている事項の交付等を行うことができる。"
    ),
    f"{JPKI}/art-17-1-4": "あらかじめ、機構に対し、主務省令で定めるところにより、これらの提供を求める旨の届出をしなければならない。",
    f"{JPKI}/art-63": "業として、署名用電子証明書の発行の番号又は利用者証明用電子証明書の発行の番号の記録されたデータベース",
}

# =================================================================================================
# 4. Penalties: ceilings on the duties they back
# =================================================================================================

# JPKI Art. 75: "第六十三条第三項の規定による命令に違反した者は、一年以下の拘禁刑又は五十万円以下の罰金に処する。"
# JPKI Art. 74: "…第五十四条第一項…又は第五十五条第一項…の規定に違反して秘密を漏らした者は、二年以下の拘禁刑又は
# 百万円以下の罰金に…"
EXPECTED_SANCTIONS: dict[str, frozenset[tuple[SanctionKind, Any, Any, bool]]] = {
    f"{JPKI}/art-63": frozenset(
        {
            (SanctionKind.ORDER, None, None, False),
            (SanctionKind.IMPRISONMENT, 1, None, True),
            (SanctionKind.CRIMINAL_FINE, None, 500000, True),
        }
    ),
    f"{JPKI}/arts-54-55": frozenset(
        {
            (SanctionKind.IMPRISONMENT, 2, None, False),
            (SanctionKind.CRIMINAL_FINE, None, 1000000, False),
        }
    ),
}

# =================================================================================================
# 5. Curated relations (source, target) -> (crosswalk, strength)
# =================================================================================================

# (source, target) -> (relation, strength, opposite); each in trade-kr-jp or trade-eu-jp.
EXPECTED_RELATIONS: dict[tuple[str, str], tuple[RelationType, int, bool]] = {
    ("kr-electronic-documents-act/art-5-1-2", f"{EDOC}/art-3"): (INTERSECTS, 6, False),
    ("kr-electronic-documents-act/art-4-2", f"{EDOC}/art-4-1-2"): (INTERSECTS, 4, False),
    ("kr-resident-registration-act/art-24-2-1", f"{JPKI}/art-16-2-1"): (INTERSECTS, 3, False),
    ("eu-eidas/art-46", f"{EDOC}/art-3"): (INTERSECTS, 3, False),
    ("eu-eidas/art-5a-1", f"{JPKI}/art-3"): (INTERSECTS, 3, False),
    ("eu-eidas/art-5f-2", f"{JPKI}/art-17-1-4"): (INTERSECTS, 2, False),
}

# =================================================================================================
# Checkers
# =================================================================================================


def check_events(corpus: Corpus, table: Mapping[str, Any] = EXPECTED_EVENTS) -> list[Mismatch]:
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


def _egov_id(framework: Any) -> str | None:
    return next((o.value for o in framework.identifiers.other if o.scheme == "egov-law-id"), None)


def check_ids(
    corpus: Corpus, table: Mapping[str, tuple[str, str]] = EXPECTED_IDS
) -> list[Mismatch]:
    return check_records(
        corpus.frameworks, table, "identifiers", lambda f: (f.identifiers.act_number, _egov_id(f))
    )


def check_units(corpus: Corpus, table: Mapping[str, Any] = EXPECTED_UNITS) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = (
            provision.pinpoint,
            provision.modality,
            frozenset(provision.addressees),
            frozenset(provision.topics),
        )
        if (
            actual != expected
            or not provision.pinpoint_verified
            or provision.evidence != Evidence.PRIMARY
        ):
            found.append(Mismatch(pid, "unit", expected, actual))
    return found


def check_quotes(corpus: Corpus, table: Mapping[str, str] = EXPECTED_QUOTES) -> list[Mismatch]:
    return check_records(corpus.provisions, table, "quote", lambda p: p.quote)


def check_sanctions(
    corpus: Corpus, table: Mapping[str, Any] = EXPECTED_SANCTIONS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = frozenset(
            (s.kind, s.max_years, s.max_amount, s.after_order) for s in provision.sanctions
        )
        currencies = {s.currency for s in provision.sanctions if s.max_amount is not None}
        if actual != expected or len(provision.sanctions) != len(expected) or currencies - {"JPY"}:
            found.append(Mismatch(pid, "sanctions", expected, actual))
        if any(s.falls_on is None or s.falls_on.value != "operator" for s in provision.sanctions):
            found.append(
                Mismatch(pid, "falls_on", "operator", [s.falls_on for s in provision.sanctions])
            )
    return found


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_events() -> None:
    assert check_events(bundled()) == []


def test_identifiers() -> None:
    assert check_ids(bundled()) == []


def test_units() -> None:
    assert check_units(bundled()) == []


def test_quotes() -> None:
    assert check_quotes(bundled()) == []


def test_sanctions() -> None:
    assert check_sanctions(bundled()) == []


def test_relations() -> None:
    assert check_relation_table(bundled(), EXPECTED_RELATIONS) == []


def test_no_jpki_unit_is_filed_under_esig_penalties() -> None:
    # The JPKI penalties fall on relying parties' staff and database builders, not on trust-service
    # providers: recorded on the duties they back (see the framework caveat).
    corpus = bundled()
    tagged = [
        pid
        for pid in corpus.provisions_of(JPKI)
        if "esig.penalties" in corpus.provisions[pid].topics
    ]
    assert tagged == []


@pytest.mark.parametrize("fid", [EDOC, JPKI])
def test_frameworks_are_japanese_statutes_with_every_cited_url_typed(fid: str) -> None:
    corpus = bundled()
    framework = corpus.frameworks[fid]
    assert framework.jurisdictions == ("JP",)
    assert framework.authentic_languages == ("ja",)
    listed = {str(s.url): s.type for s in framework.sources}
    cited = {str(u) for u in (framework.source_url, framework.read_url) if u}
    cited |= {str(e.source_url) for e in framework.events if e.source_url}
    for pid in corpus.provisions_of(fid):
        provision = corpus.provisions[pid]
        cited |= {str(u) for u in (provision.source_url, provision.read_url) if u}
    assert cited <= set(listed), cited - set(listed)
    assert listed[str(framework.source_url)] == SourceType.OFFICIAL_TEXT
    assert listed[str(framework.read_url)] == SourceType.VERBATIM_COPY


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


def test_events_checker_reports_a_seeded_wrong_date() -> None:
    framework = bundled().frameworks[EDOC]
    events = tuple(
        e.model_copy(update={"date": date(2004, 12, 1)})
        if e.event is EventType.ENTRY_INTO_FORCE
        else e
        for e in framework.events
    )
    assert [m.field for m in check_events(with_framework(EDOC, events=events))] == ["events"]


def test_events_checker_reports_an_upgraded_evidence_level() -> None:
    framework = bundled().frameworks[JPKI]
    events = tuple(
        e.model_copy(update={"evidence": Evidence.PRIMARY})
        if e.event is EventType.ENTRY_INTO_FORCE
        else e
        for e in framework.events
    )
    assert [m.field for m in check_events(with_framework(JPKI, events=events))] == ["events"]


def test_identifiers_checker_reports_a_seeded_wrong_act_number() -> None:
    framework = bundled().frameworks[EDOC]
    wrong = framework.identifiers.model_copy(update={"act_number": "Act No. 150 of 2004"})
    assert [m.record for m in check_ids(with_framework(EDOC, identifiers=wrong))] == [EDOC]


@pytest.mark.parametrize(
    ("pid", "update"),
    [
        (f"{EDOC}/art-3", {"modality": Modality.OBLIGATION}),  # 'may', not 'shall'
        (f"{EDOC}/art-4-3", {"pinpoint": "Art. 4(2)"}),
        (f"{EDOC}/art-6", {"addressees": ("government",)}),
        (f"{JPKI}/art-17-1-4", {"pinpoint": "Art. 17(1), (5)"}),
        (f"{JPKI}/art-63", {"modality": Modality.BEST_EFFORTS}),
        (f"{JPKI}/art-3", {"topics": ("esig.trust-services",)}),
        (f"{JPKI}/art-19-1-3", {"pinpoint_verified": False}),
    ],
)
def test_units_checker_reports_a_seeded_wrong_value(pid: str, update: dict[str, Any]) -> None:
    assert [m.record for m in check_units(with_provision(pid, **update))] == [pid]


def test_quotes_checker_reports_a_seeded_wrong_quote() -> None:
    pid = f"{EDOC}/art-3"
    wrong = "書面の保存に代えて当該書面に係る電磁的記録の保存を行わなければならない。"
    assert check_quotes(with_provision(pid, quote=wrong)) == [
        Mismatch(pid, "quote", EXPECTED_QUOTES[pid], wrong)
    ]


@pytest.mark.parametrize(("index", "update"), [(2, {"max_amount": 5000000}), (1, {"max_years": 3})])
def test_sanctions_checker_reports_a_seeded_wrong_ceiling(
    index: int, update: dict[str, Any]
) -> None:
    pid = f"{JPKI}/art-63"
    provision = bundled().provisions[pid]
    sanctions = tuple(
        s.model_copy(update=update) if i == index else s for i, s in enumerate(provision.sanctions)
    )
    assert [m.field for m in check_sanctions(with_provision(pid, sanctions=sanctions))] == [
        "sanctions"
    ]


def test_relations_checker_reports_a_changed_strength() -> None:
    table = dict(EXPECTED_RELATIONS)
    table[("eu-eidas/art-46", f"{EDOC}/art-3")] = (INTERSECTS, 5, False)
    assert [m.field for m in check_relation_table(bundled(), table)] == ["relation"]
