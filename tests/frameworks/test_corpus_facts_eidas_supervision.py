"""eIDAS trust-service supervision (topic esig.trust-services): Arts 17, 19, 19a(1), 20(1)-(2) and
24(1)-(1a), and the deletions of Arts 17, 19, 25(3), 35(3) and 41(3), asserted against the texts read.

Copies read, by short name (all in the GitHub repository ivanstambuk/eIDAS20):

* CONS: the Markdown conversion of EUR-Lex consolidated version 02014R0910-20241018 that eu-eidas.yaml
  names as read_url (commit 021b0a7930a012638eac3967458c34d847acb884). It still prints provisions that
  version marks as deleted; CONS-FMX, the EUR-Lex Formex file of the same version stored in the same
  repository (scripts/.cache/02014R0910-20241018.fmx4.zip), wraps them in
  <?CLG.MDFO ACTION="DELETED" ... ACTIVE.DOC="32024R1183" ...?> (or "32022L2555" for Art. 19).
* AMEND: Regulation (EU) 2024/1183 as Markdown (01_regulation/2024_1183_eIDAS2_Amending/32024R1183.md).
* NIS2-FMX: the OJ Formex XML of Directive (EU) 2022/2555 (01_regulation/2022_2555_NIS2/formex/
  L_2022333EN.01008001.xml), Art. 42: "In Regulation (EU) No 910/2014, Article 19 is deleted with
  effect from <DATE ISO="20241018">18 October 2024</DATE>."

Values are exact: an edit that changes a pinpoint, a date, a quantity or a relation makes a test fail.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import Comparator, Modality, QuantityKind, RelationType
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_quantities,
    check_records,
    check_relation_table,
    check_sanction_links,
    with_provision,
)

EIDAS = "eu-eidas"
JP = "jp-electronic-signatures-act"
KR = "kr-digital-signature-act"
DEADLINE, REVIEW = QuantityKind.DEADLINE, QuantityKind.REVIEW_PERIOD
AT_MOST = Comparator.AT_MOST
IN_FORCE_2024 = date(
    2024, 5, 20
)  # AMEND Art. 2: in force on the twentieth day after publication (30.4.2024)

# (pinpoint, applies_from, applies_until, modality)
EXPECTED_UNITS: dict[str, tuple[str, date, date | None, Modality]] = {
    # CONS Art. 17(1): "Member States shall designate a supervisory body established in their
    # territory"; (3)(a)-(b) ex ante and ex post supervision; (4) tasks. Art. 52(2)(a) names "17(8)".
    # AMEND Art. 1(17): "Articles 17 and 18 are deleted" -> last day 19 May 2024.
    f"{EIDAS}/art-17": (
        "Art. 17(1), (3)-(4)",
        date(2016, 7, 1),
        date(2024, 5, 19),
        Modality.INSTITUTIONAL,
    ),
    # CONS Art. 19(1): "Qualified and non-qualified trust service providers shall take appropriate
    # technical and organisational measures"; NIS2-FMX Art. 42 deletes it with effect from 18 Oct 2024.
    f"{EIDAS}/art-19": (
        "Art. 19(1)-(2)",
        date(2016, 7, 1),
        date(2024, 10, 17),
        Modality.OBLIGATION,
    ),
    # AMEND Art. 1(18): "the following article is inserted in Chapter III, Section 2: Article 19a".
    f"{EIDAS}/art-19a-1": ("Art. 19a(1)", IN_FORCE_2024, None, Modality.OBLIGATION),
    # CONS Art. 20(1): "Qualified trust service providers shall be audited at their own expense at least
    # every 24 months by a conformity assessment body." Art. 52(2): "shall apply from 1 July 2016";
    # 52(2)(a) names "20(4)".
    f"{EIDAS}/art-20": ("Art. 20(1)-(2)", date(2016, 7, 1), None, Modality.OBLIGATION),
    # AMEND Art. 1(21)(a): "paragraph 1 is replaced by the following" (with 1a-1c).
    f"{EIDAS}/art-24-1": ("Art. 24(1)-(1a)", IN_FORCE_2024, None, Modality.OBLIGATION),
    # AMEND Art. 1(23), (35), (41): "in Article 25 [35, 41], paragraph 3 is deleted".
    f"{EIDAS}/art-25-3": ("Art. 25(3)", date(2016, 7, 1), date(2024, 5, 19), Modality.OBLIGATION),
    f"{EIDAS}/art-35-3": ("Art. 35(3)", date(2016, 7, 1), date(2024, 5, 19), Modality.OBLIGATION),
    f"{EIDAS}/art-41-3": ("Art. 41(3)", date(2016, 7, 1), date(2024, 5, 19), Modality.OBLIGATION),
}


def _unit(p: Any) -> tuple[Any, ...]:
    return (p.pinpoint, p.applies_from, p.applies_until, p.modality)


EXPECTED_QUANTITIES: dict[str, list[tuple[Any, ...]]] = {
    # CONS Art. 19(2): "without undue delay but in any event within 24 hours after having become aware of it".
    f"{EIDAS}/art-19": [(DEADLINE, 24, "hours", AT_MOST)],
    # CONS Art. 19a(1)(b): "without undue delay and in any case no later than 24 hours of having become aware".
    f"{EIDAS}/art-19a-1": [(DEADLINE, 24, "hours", AT_MOST)],
    # CONS Art. 20(1): "at least every 24 months"; "within three working days of receipt".
    f"{EIDAS}/art-20": [(REVIEW, 24, "months", AT_MOST), (DEADLINE, 3, "working-days", AT_MOST)],
}

# Quantity measure keys: the breach notice shares art-24-2's key so that the three are compared as one.
EXPECTED_MEASURES: dict[str, tuple[tuple[str, date | None], ...]] = {
    f"{EIDAS}/art-19": (("trust-service.security-breach-notice", None),),
    # AMEND Art. 1(18) inserted Art. 19a; Art. 1(19)(a) replaced Art. 20(1).
    f"{EIDAS}/art-19a-1": (("trust-service.security-breach-notice", IN_FORCE_2024),),
    f"{EIDAS}/art-20": (
        ("trust-service.audit-interval", IN_FORCE_2024),
        ("trust-service.audit-report-to-supervisor", IN_FORCE_2024),
    ),
}


def _measures(p: Any) -> tuple[tuple[str, date | None], ...]:
    return tuple((q.measure, q.applies_from) for q in p.quantities)


# Art. 16(2): "infringements of this Regulation by qualified and non-qualified trust service providers".
EXPECTED_SANCTION_LINKS: dict[str, frozenset[str]] = {
    pid: frozenset({f"{EIDAS}/art-16-1", f"{EIDAS}/art-16-2"})
    for pid in (f"{EIDAS}/art-19a-1", f"{EIDAS}/art-20", f"{EIDAS}/art-24-1")
}

EXPECTED_RELATIONS: dict[tuple[str, str], tuple[Any, int, bool]] = {
    # JP Art. 7(1): "一年を下らない政令で定める期間ごとにその更新を受けなければ".
    (f"{EIDAS}/art-20", f"{JP}/art-7-1"): (RelationType.INTERSECTS_WITH, 3, False),
    # JP Art. 35(1): reports and on-site inspections of accredited businesses.
    (f"{EIDAS}/art-20", f"{JP}/reports-inspections"): (RelationType.INTERSECTS_WITH, 4, False),
    # JP Art. 6(1): accreditation only if users' identities are verified by a prescribed method.
    (f"{EIDAS}/art-24-1", f"{JP}/arts-4-6-accreditation"): (RelationType.INTERSECTS_WITH, 3, False),
    # KR Arts 8-10 and Decree Art. 4: accreditation after evaluation, valid one year.
    (f"{EIDAS}/art-20", f"{KR}/accreditation-operating-standards"): (
        RelationType.INTERSECTS_WITH,
        3,
        False,
    ),
}


def _all_mismatches(corpus: Corpus) -> list[Mismatch]:
    return [
        *check_records(corpus.provisions, EXPECTED_UNITS, "unit", _unit),
        *check_quantities(corpus, EXPECTED_QUANTITIES),
        *check_records(corpus.provisions, EXPECTED_MEASURES, "measures", _measures),
        *check_sanction_links(corpus, EXPECTED_SANCTION_LINKS),
        *check_relation_table(corpus, EXPECTED_RELATIONS),
    ]


def test_the_supervision_units_match_the_texts() -> None:
    assert _all_mismatches(bundled()) == []


@pytest.mark.parametrize(
    ("pid", "update"),
    [
        (f"{EIDAS}/art-19", {"applies_until": None}),
        (f"{EIDAS}/art-17", {"applies_until": date(2024, 5, 20)}),
        (f"{EIDAS}/art-25-3", {"applies_until": None}),
        (f"{EIDAS}/art-20", {"pinpoint": "Art. 20(1)"}),
        (f"{EIDAS}/art-24-1", {"applies_from": date(2016, 7, 1)}),
        (f"{EIDAS}/art-19a-1", {"sanctioned_by": (f"{EIDAS}/art-16-1",)}),
    ],
)
def test_a_seeded_wrong_value_is_caught(pid: str, update: dict[str, Any]) -> None:
    assert _all_mismatches(with_provision(pid, **update)) != []


def test_a_seeded_wrong_quantity_is_caught() -> None:
    provision = bundled().provisions[f"{EIDAS}/art-20"]
    wrong = (
        provision.quantities[0].model_copy(update={"value": 12}),
        *provision.quantities[1:],
    )
    assert _all_mismatches(with_provision(f"{EIDAS}/art-20", quantities=wrong)) != []
    other = tuple(
        q.model_copy(update={"measure": "trust-service.breach"})
        for q in bundled().provisions[f"{EIDAS}/art-19a-1"].quantities
    )
    assert _all_mismatches(with_provision(f"{EIDAS}/art-19a-1", quantities=other)) != []


def test_the_breach_notice_is_one_measure_with_art_24_2() -> None:
    provisions = bundled().provisions
    keys = {
        q.measure
        for pid in (f"{EIDAS}/art-19", f"{EIDAS}/art-19a-1", f"{EIDAS}/art-24-2")
        for q in provisions[pid].quantities
        if q.unit == "hours"
    }
    assert keys == {"trust-service.security-breach-notice"}


def test_the_summary_says_all_providers_are_bound() -> None:
    provisions = bundled().provisions
    assert "qualified and non-qualified" in provisions[f"{EIDAS}/art-19"].summary
    assert (
        "every trust service provider, not only qualified ones"
        in provisions[f"{EIDAS}/art-19a-1"].summary
    )
