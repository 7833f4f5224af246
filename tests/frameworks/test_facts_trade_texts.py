"""Facts of the trade-agreement texts added from verbatim copies (RCEP Chapter 12), asserted against them.

Each table entry cites the words of the copy the record names (its ``read_url``, or the event's
``source_url``) that support it. Copies read, by short name:

* FLIP/<n>: HTML flipbook of a print edition of the RCEP Agreement,
  http://ebookservicepro.com/showcase/DTN/02/files/basic-html/page<n>.html
* EDIT17: World Trade Institute EDIT database, RCEP text page 17,
  https://edit.wti.org/document/show/bc8f045d-be71-4196-afc6-cfcaac0acd40?page=17&textBlockId=4a59befc-a84a-46f7-8fcb-ed191edeb844
* BLOG: verbatim quotation of RCEP Art. 12.14 and footnotes 11-12,
  https://treadthemiddlepath.blogspot.com/2020/11/rcep-digital-economy-and-innovation.html
* CH20: RCEP Chapter 20 copy, https://github.com/jundalisay/superb/blob/7ba2079dfc963f91a9209fd317c9be54ac85086b/content/en/research/modern/rcep/chapter-20.md
* BLUEBOOK: MOFA Diplomatic Bluebook 2022, https://www.mofa.go.jp/policy/other/bluebook/2022/en_html/chapter3/c030302.html
* MOTIE: MOTIE press release of December 2021 reproduced by aT (kati.net, board_seq=94413)
* DECL: Ministers' Declaration on India's Participation in the RCEP, 11 November 2020 (MOFA text in the
  GRIPS "World and Japan" database), https://worldjpn.net/documents/texts/JPSEA/20201111.D1E.html

Values are exact: an edit that changes a party, a date, a period, a direction or a party term makes a test
fail. Compare the record with the cited text before touching a table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import EventType, Evidence, Modality, PartyTermKind
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_party_terms,
    check_quantities,
    check_records,
    with_framework,
    with_provision,
)

RCEP = "rcep-ecommerce"

# =================================================================================================
# 1. Parties
# =================================================================================================

# DECL: "The RCEP Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN) -
# Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand,
# Viet Nam - Australia, China, Japan, Korea and New Zealand (the RCEP Signatory States)".
EXPECTED_PARTIES: dict[str, frozenset[str]] = {
    RCEP: frozenset(
        {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "AU", "CN", "JP", "KR", "NZ"}
    ),
}

# =================================================================================================
# 2. Dated events
# =================================================================================================

EXPECTED_EVENTS: dict[str, frozenset[tuple[EventType, date, Evidence]]] = {
    RCEP: frozenset(
        {
            # Beijing municipal government: "At the 4th Regional Comprehensive Economic Partnership (RCEP)
            # Summit on November 15, 2020, 15 countries ... officially signed the RCEP Agreement" (secondary).
            (EventType.SIGNED, date(2020, 11, 15), Evidence.SECONDARY),
            # BLUEBOOK: "the entry into force of the RCEP Agreement on January 1, 2022 for Japan, Brunei,
            # Cambodia, Laos, Singapore, Thailand, Viet Nam, China, Australia, and New Zealand".
            (EventType.ENTRY_INTO_FORCE, date(2022, 1, 1), Evidence.PRIMARY),
            # MOTIE: "RCEP 비준서를 12.3일(금)에 아세안 사무국에 기탁하였고, 동 사무국은 '60일 이후인 '22.2.1일에
            # 우리나라에 대해서 RCEP이 발효될 예정'"; CH20 Art. 20.6(3): "60 days after the date on which it has
            # deposited its instrument".
            (EventType.ENTRY_INTO_FORCE, date(2022, 2, 1), Evidence.PRIMARY),
        }
    ),
}

# =================================================================================================
# 3. Quantities
# =================================================================================================

EXPECTED_QUANTITIES: dict[str, list[tuple[Any, ...]]] = {
    # BLOG, fn. 11: "Cambodia, Lao PDR, and Myanmar shall not be obliged to apply this paragraph for a period
    # of five years after the date of entry into force of this Agreement, with an additional three years if
    # necessary. Viet Nam shall not be obliged to apply this paragraph for a period of five years".
    f"{RCEP}/art-12-14-2-fn-11": [("transition-period", 5, "years", "exactly")],
}

# =================================================================================================
# 4. Party terms
# =================================================================================================

EXPECTED_PARTY_TERMS: dict[str, tuple[frozenset[str], PartyTermKind] | None] = {
    # BLOG, fn. 11 names Cambodia, Lao PDR, Myanmar and Viet Nam only.
    f"{RCEP}/art-12-14-2-fn-11": (frozenset({"KH", "LA", "MM", "VN"}), PartyTermKind.CARVE_OUT),
    # The ban itself binds every Party: BLOG "No Party shall require a covered person to use or locate
    # computing facilities in that Party's territory".
    f"{RCEP}/art-12-14-2": None,
    # FLIP/433: "A Party shall not prevent cross-border transfer of information by electronic means".
    f"{RCEP}/art-12-15-2": None,
    # EDIT17: "No Party shall have recourse to dispute settlement under Chapter 19".
    f"{RCEP}/dispute-settlement-exclusion": None,
}

# =================================================================================================
# 5. Topics, direction and modality of the units compared with the EU-Korea DTA and EU-Japan EPA
# =================================================================================================

EXPECTED_UNITS: dict[str, tuple[frozenset[str], Modality, frozenset[str]]] = {
    # FLIP/427 Art. 12.6(1): "a Party shall not deny the legal validity of a signature solely on the basis
    # that the signature is in electronic form".
    f"{RCEP}/art-12-6-1": (frozenset({"esig.legal-effect"}), Modality.PROHIBITION, frozenset()),
    # FLIP/429 Art. 12.8(1): "Each Party shall adopt or maintain a legal framework which ensures the
    # protection of personal information of the users of electronic commerce."
    f"{RCEP}/art-12-8-1": (
        frozenset({"data.personal-data-protection"}),
        Modality.OBLIGATION,
        frozenset(),
    ),
    # FLIP/431 Art. 12.11(1): "Each Party shall maintain its current practice of not imposing customs
    # duties on electronic transmissions between the Parties."
    f"{RCEP}/art-12-11-1": (frozenset({"trade.customs-duties"}), Modality.OBLIGATION, frozenset()),
    # FLIP/431 Art. 12.11(3): "Each Party may adjust its practice referred to in paragraph 1".
    f"{RCEP}/art-12-11-3": (
        frozenset({"trade.customs-duties", "trade.exceptions"}),
        Modality.EXCEPTION,
        frozenset(),
    ),
    # BLOG Art. 12.14(2), quoted above.
    f"{RCEP}/art-12-14-2": (
        frozenset({"data.localisation-ban.computing-facilities"}),
        Modality.PROHIBITION,
        frozenset(),
    ),
    # FLIP/433 Art. 12.14(3)(b): "Such measures shall not be disputed by other Parties."
    f"{RCEP}/art-12-14-3": (
        frozenset({"trade.exceptions", "data.localisation-ban.computing-facilities"}),
        Modality.EXCEPTION,
        frozenset(),
    ),
    # FLIP/433 Art. 12.15(2), quoted above.
    f"{RCEP}/art-12-15-2": (frozenset({"data.flows"}), Modality.PROHIBITION, frozenset()),
    # FLIP/433 Art. 12.16(1)(b): "the treatment of digital products, source code, and cross-border data flow
    # and the location of computing facilities in financial services" are matters for dialogue only.
    f"{RCEP}/art-12-16-1": (
        frozenset({"trade.regulatory-cooperation"}),
        Modality.COOPERATION,
        frozenset(),
    ),
}

# Pinpoints: verified where the copy shows the number, unverified where it was inferred.
EXPECTED_PINPOINTS: dict[str, tuple[str, bool]] = {
    f"{RCEP}/art-12-6-1": (
        "Art. 12.6(1)",
        True,
    ),  # FLIP/427 "Article 12.6: Electronic Authentication ..."
    f"{RCEP}/art-12-8-1": (
        "Art. 12.8(1)",
        True,
    ),  # FLIP/429 "Article 12.8: Online Personal Information ..."
    f"{RCEP}/art-12-11-1": ("Art. 12.11(1)-(2)", True),  # FLIP/431 "Article 12.11: Customs Duties"
    f"{RCEP}/art-12-14-2": (
        "Art. 12.14(2)",
        True,
    ),  # BLOG "Article 12.14: Location of Computing Facilities"
    f"{RCEP}/art-12-15-2": (
        "Art. 12.15(2)",
        True,
    ),  # FLIP/433 "Article 12.15: Cross-border Transfer ..."
    # EDIT17 shows para. "3." at the end of Chapter 12 without its article number or heading.
    f"{RCEP}/dispute-settlement-exclusion": ("Art. 12.17(3)", False),
}

# =================================================================================================
# Checkers
# =================================================================================================


def check_parties(
    corpus: Corpus, table: Mapping[str, frozenset[str]] = EXPECTED_PARTIES
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, expected in table.items():
        framework = corpus.frameworks.get(fid)
        if framework is None:
            found.append(Mismatch(fid, "missing", expected, None))
        elif frozenset(framework.jurisdictions) != expected or len(framework.jurisdictions) != len(
            expected
        ):
            found.append(Mismatch(fid, "jurisdictions", expected, tuple(framework.jurisdictions)))
    return found


def check_events(
    corpus: Corpus,
    table: Mapping[str, frozenset[tuple[EventType, date, Evidence]]] = EXPECTED_EVENTS,
) -> list[Mismatch]:
    return check_records(
        corpus.frameworks,
        table,
        "events",
        lambda f: frozenset((e.event, e.date, e.evidence) for e in f.events),
    )


def check_units(
    corpus: Corpus,
    table: Mapping[str, tuple[frozenset[str], Modality, frozenset[str]]] = EXPECTED_UNITS,
) -> list[Mismatch]:
    return check_records(
        corpus.provisions,
        table,
        "unit",
        lambda p: (frozenset(p.topics), p.modality, frozenset(p.against)),
    )


def check_pinpoints(
    corpus: Corpus, table: Mapping[str, tuple[str, bool]] = EXPECTED_PINPOINTS
) -> list[Mismatch]:
    return check_records(
        corpus.provisions, table, "pinpoint", lambda p: (p.pinpoint, p.pinpoint_verified)
    )


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_parties() -> None:
    assert check_parties(bundled()) == []


def test_events() -> None:
    assert check_events(bundled()) == []


def test_quantities() -> None:
    assert check_quantities(bundled(), EXPECTED_QUANTITIES) == []


def test_party_terms() -> None:
    assert check_party_terms(bundled(), EXPECTED_PARTY_TERMS) == []


def test_units() -> None:
    assert check_units(bundled()) == []


def test_pinpoints() -> None:
    assert check_pinpoints(bundled()) == []


def test_every_cited_url_is_typed() -> None:
    corpus = bundled()
    for fid in EXPECTED_PARTIES:
        framework = corpus.frameworks[fid]
        listed = {str(s.url) for s in framework.sources}
        cited = {str(u) for u in (framework.source_url, framework.read_url) if u}
        cited |= {str(e.source_url) for e in framework.events if e.source_url}
        for pid in corpus.provisions_of(fid):
            provision = corpus.provisions[pid]
            cited |= {str(u) for u in (provision.source_url, provision.read_url) if u}
        assert cited <= listed, (fid, cited - listed)


def test_authentic_languages_left_empty_until_the_final_clause_is_read() -> None:
    # CH20 stops at "IN WITNESS WHEREOF"; the clause naming the authentic text was not read.
    assert bundled().frameworks[RCEP].authentic_languages == ()


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


def test_parties_checker_reports_a_seeded_wrong_value() -> None:
    wrong = ("JP", "KR")
    assert check_parties(with_framework(RCEP, jurisdictions=wrong)) == [
        Mismatch(RCEP, "jurisdictions", EXPECTED_PARTIES[RCEP], wrong)
    ]


def test_events_checker_reports_a_seeded_wrong_date() -> None:
    framework = bundled().frameworks[RCEP]
    events = tuple(
        e.model_copy(update={"date": date(2022, 1, 1)}) if e.date == date(2022, 2, 1) else e
        for e in framework.events
    )
    mismatches = check_events(with_framework(RCEP, events=events))
    assert len(mismatches) == 1
    assert mismatches[0].field == "events"


def test_quantities_checker_reports_a_seeded_wrong_value() -> None:
    pid = f"{RCEP}/art-12-14-2-fn-11"
    quantity = bundled().provisions[pid].quantities[0]
    wrong = quantity.model_copy(update={"value": 8})
    assert check_quantities(with_provision(pid, quantities=(wrong,)), EXPECTED_QUANTITIES) == [
        Mismatch(
            pid,
            "quantities",
            tuple(EXPECTED_QUANTITIES[pid]),
            (("transition-period", 8, "years", "exactly"),),
        )
    ]


def test_party_terms_checker_reports_a_seeded_wrong_value() -> None:
    pid = f"{RCEP}/art-12-14-2-fn-11"
    term = bundled().provisions[pid].party_term
    assert term is not None
    wrong = term.model_copy(update={"parties": ("KH", "LA", "MM")})
    assert check_party_terms(with_provision(pid, party_term=wrong), EXPECTED_PARTY_TERMS) == [
        Mismatch(
            pid,
            "party_term",
            EXPECTED_PARTY_TERMS[pid],
            (frozenset({"KH", "LA", "MM"}), PartyTermKind.CARVE_OUT),
        )
    ]


def test_units_checker_reports_a_seeded_wrong_direction() -> None:
    pid = f"{RCEP}/art-12-15-2"
    corpus = with_provision(pid, against=("data.flows",))
    assert check_units(corpus) == [
        Mismatch(
            pid,
            "unit",
            EXPECTED_UNITS[pid],
            (frozenset({"data.flows"}), Modality.PROHIBITION, frozenset({"data.flows"})),
        )
    ]


@pytest.mark.parametrize(
    ("pid", "update"),
    [
        (f"{RCEP}/dispute-settlement-exclusion", {"pinpoint_verified": True}),
        (f"{RCEP}/art-12-8-1", {"pinpoint": "Art. 12.8(2)"}),
    ],
)
def test_pinpoints_checker_reports_a_seeded_wrong_value(pid: str, update: dict[str, Any]) -> None:
    assert [m.record for m in check_pinpoints(with_provision(pid, **update))] == [pid]
