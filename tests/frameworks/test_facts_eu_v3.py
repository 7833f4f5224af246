"""Facts added to the EU records in corpus v3 (penalty regimes, GPAI enforcement, dated deadlines,
dates of numbers inserted by amendments), asserted against the texts they come from.

Every expected value below was checked in the copy the record cites before it was written here. The
comment beside each entry names the article and the copy, by short name:

* AIA: EU AI Act, OJ text as Markdown (header: "Source URL:
  https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=CELEX:32024R1689"),
  https://github.com/kristerhedfors/hacka.re/blob/379803408cdbaf0ba0e0a0a85f95faddfc614bc1/scripts/EU_AI_Act_2024.md
* EIDAS: eIDAS consolidated version 02014R0910-20241018 as Markdown,
  https://github.com/ivanstambuk/eIDAS20/blob/021b0a7930a012638eac3967458c34d847acb884/01_regulation/910_2014_eIDAS_Consolidated/02014R0910-20241018.md
* EIDAS2: the amending Regulation (EU) 2024/1183 as Markdown (CELEX 32024R1183),
  https://github.com/ivanstambuk/eIDAS20/blob/8179b1c41dde04ae32d509fd081253c999363f28/01_regulation/2024_1183_eIDAS2_Amending/32024R1183.md

Values are exact, so an edit that changes a link, a sanction kind, whom a penalty falls on, a deadline or
the date a number applies from makes a test fail. If one fails, compare the record with the cited text
before touching the table. Each checker also has a test that seeds a wrong value into a copy of the corpus
and shows that the checker reports exactly that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import AddresseeClass, SanctionKind, SourceType, WhicheverIs
from tests.frameworks import fact_tables
from tests.frameworks.fact_tables import Mismatch, bundled
from tests.frameworks.test_corpus_links import corrupted, sanction_key

AIA = "https://github.com/kristerhedfors/hacka.re/blob/379803408cdbaf0ba0e0a0a85f95faddfc614bc1/scripts/EU_AI_Act_2024.md"
OPERATOR = AddresseeClass.OPERATOR
PUBLIC = AddresseeClass.PUBLIC_AUTHORITY
NATIONAL = SanctionKind.NATIONAL_PENALTIES
ADMIN = SanctionKind.ADMINISTRATIVE_FINE

P99_1 = "eu-ai-act/art-99-1"
P101 = "eu-ai-act/art-101"
E16_1, E16_2 = "eu-eidas/art-16-1", "eu-eidas/art-16-2"
EIDAS = (
    "https://github.com/ivanstambuk/eIDAS20/blob/021b0a7930a012638eac3967458c34d847acb884/"
    "01_regulation/910_2014_eIDAS_Consolidated/02014R0910-20241018.md"
)
HIGHER = WhicheverIs.HIGHER

# =================================================================================================
# 1. Penalty regimes: whom each penalty falls on, and the national penalty regimes (no amount)
# =================================================================================================

# pid -> (kind, falls_on) of every sanction the record carries, in order.
EXPECTED_FALLS_ON: dict[str, tuple[tuple[SanctionKind, AddresseeClass], ...]] = {
    # AIA Art. 99(1): "Member States shall lay down the rules on penalties and other enforcement measures ...
    # applicable to infringements of this Regulation by operators"; Art. 3(8): "'operator' means a provider,
    # product manufacturer, deployer, authorised representative, importer or distributor".
    P99_1: ((NATIONAL, OPERATOR),),
    # AIA Art. 99(3)-(5): fines "if the offender is an undertaking, up to ... % of its total worldwide annual
    # turnover"; 99(6): "In the case of SMEs, including start-ups".
    "eu-ai-act/art-99-3": ((ADMIN, OPERATOR),),
    "eu-ai-act/art-99-4": ((ADMIN, OPERATOR),),
    "eu-ai-act/art-99-5": ((ADMIN, OPERATOR),),
    "eu-ai-act/art-99-6": ((ADMIN, OPERATOR),) * 3,
    # AIA Art. 100(1): "The European Data Protection Supervisor may impose administrative fines on Union
    # institutions, bodies, offices and agencies".
    "eu-ai-act/art-100": ((ADMIN, PUBLIC),) * 2,
    # AIA Art. 101(1): "The Commission may impose on providers of general-purpose AI models fines".
    P101: ((ADMIN, OPERATOR),),
    # EIDAS Art. 16(1): "Member States shall lay down the rules on penalties applicable to infringements of this
    # Regulation"; 16(2): "infringements of this Regulation by qualified and non-qualified trust service providers
    # be subject to administrative fines of a maximum of at least: (a) EUR 5000000 where the trust service provider
    # is a natural person; or (b) where the trust service provider is a legal person, EUR 5000000 or 1 % of the
    # total worldwide annual turnover ..., whichever is higher".
    E16_1: ((NATIONAL, OPERATOR),),
    E16_2: ((ADMIN, OPERATOR),) * 2,
}

# Ceilings of the new penalty records: (kind, max_amount, currency, turnover_percent, whichever, max_years).
EXPECTED_CEILINGS: dict[str, tuple[tuple, ...]] = {
    P99_1: ((NATIONAL, None, None, None, None, None),),  # AIA 99(1): levels set nationally
    E16_1: ((NATIONAL, None, None, None, None, None),),  # EIDAS 16(1)
    E16_2: (
        (ADMIN, 5_000_000, "EUR", None, None, None),  # EIDAS 16(2)(a): "EUR 5000000"
        (
            ADMIN,
            5_000_000,
            "EUR",
            1.0,
            HIGHER,
            None,
        ),  # 16(2)(b): "EUR 5000000 or 1 % ... whichever is higher"
    ),
}

# Operator duties that no fine paragraph of Art. 99(3)-(5) names, backed by the national regime of Art. 99(1)
# ("infringements of this Regulation by operators"). AIA: Art. 4 (providers and deployers), 27(1), 27(3)
# (deployers), 49(2) (providers), 61 (providers or prospective providers obtain consent), 72 (providers),
# 73(1)-(4) (providers; deployers through Art. 26(5)). None of them is listed in Art. 99(4)(a)-(g) or reached
# through Art. 16 (a)-(l).
EXPECTED_SANCTION_LINKS: dict[str, frozenset[str]] = {
    **{
        f"eu-ai-act/{local}": frozenset({P99_1})
        for local in (
            "art-4",
            "art-27-1",
            "art-27-3",
            "art-49-2",
            "art-61",
            "art-72",
            "art-73-1",
            "art-73-3",
            "art-73-4",
        )
    },
    # AIA Art. 101(1): the Commission fines a provider that "(b) failed to comply with a request for a document or
    # for information pursuant to Article 91, or supplied incorrect, incomplete or misleading information; (c) failed
    # to comply with a measure requested under Article 93; (d) failed to make available to the Commission access to
    # the general-purpose AI model ... pursuant to Article 92".
    "eu-ai-act/art-91": frozenset({P101}),
    "eu-ai-act/art-92": frozenset({P101}),
    "eu-ai-act/art-93": frozenset({P101}),
    # EIDAS Art. 24(2): duties of qualified trust service providers, reached by 16(1) ("infringements of this
    # Regulation") and 16(2) ("by qualified and non-qualified trust service providers"). Art. 5f(2): duties of
    # private relying parties, reached by 16(1) only.
    "eu-eidas/art-24-2": frozenset({E16_1, E16_2}),
    "eu-eidas/art-5f-2": frozenset({E16_1}),
}

# New records: pid -> (pinpoint, applies_from). Chapter IX ("Section 5 Supervision, investigation, enforcement
# and monitoring in respect of providers of general-purpose AI models", Arts 88-94) is not among the chapters
# Art. 113(a)-(c) bring forward, so it applies from the general date: "It shall apply from 2 August 2026." AIA.
EXPECTED_RECORDS: dict[str, tuple[str, date | None]] = {
    # Headings: "Monitoring actions", "Alerts of systemic risks by the scientific panel", "Power to request
    # documentation and information", "Power to conduct evaluations", "Power to request measures", "Procedural
    # rights of economic operators of the general-purpose AI model".
    **{f"eu-ai-act/art-{n}": (f"Art. {n}", date(2026, 8, 2)) for n in range(89, 95)},
    # AIA Art. 111 sits in Chapter XIII, which applies from the general date as well.
    "eu-ai-act/art-111-1": ("Art. 111(1)", date(2026, 8, 2)),
    # EIDAS Art. 3, point (10): "'electronic signature' means data in electronic form which is attached to
    # or logically associated with other data in electronic form and which is used by the signatory to
    # sign"; the Regulation applies from 1 July 2016 (Art. 52(2)), Art. 3 not among the exceptions.
    "eu-eidas/art-3-10": ("Art. 3(10)", date(2016, 7, 1)),
    # EIDAS2 Art. 1(15): "Articles 14, 15 and 16 are replaced by the following"; Art. 2: in force "on the twentieth
    # day following that of its publication"; amended eIDAS Art. 51(4) (EIDAS): "before 20 May 2024".
    E16_1: ("Art. 16(1)", date(2024, 5, 20)),
    E16_2: ("Art. 16(2)-(3)", date(2024, 5, 20)),
}

# Numbers an amendment inserted into an older article: (pid, measure key) -> the day the number applies from.
EXPECTED_QUANTITY_DATES: dict[tuple[str, str], date | None] = {
    # EIDAS2 Art. 1(21)(b)(iii): "the following points are inserted: ... (fb) notify ... within 24 hours of the
    # incident"; (b)(i): "point (a) is replaced by the following: (a) inform the supervisory body at least one
    # month before implementing any change ... or at least three months in case of an intention to cease".
    ("eu-eidas/art-24-2", "trust-service.security-breach-notice"): date(2024, 5, 20),
    ("eu-eidas/art-24-2", "trust-service.change-notice-to-supervisor"): date(2024, 5, 20),
    ("eu-eidas/art-24-2", "trust-service.cessation-notice-to-supervisor"): date(2024, 5, 20),
}

# =================================================================================================
# 2. Dated deadlines: pid -> every date the record names in `deadlines`
# =================================================================================================

EXPECTED_DEADLINES: dict[str, tuple[date, ...]] = {
    # AIA Art. 111(1): Annex X components "placed on the market or put into service before 2 August 2027
    # shall be brought into compliance with this Regulation by 31 December 2030".
    "eu-ai-act/art-111-1": (date(2030, 12, 31),),
    # AIA Art. 111(2): "providers and deployers of high-risk AI systems intended to be used by public
    # authorities shall take the necessary steps to comply ... by 2 August 2030" (the copy breaks the line
    # before "2030.").
    "eu-ai-act/art-111-2": (date(2030, 8, 2),),
    # AIA Art. 111(3): "Providers of general-purpose AI models that have been placed on the market before
    # 2 August 2025 shall take the necessary steps in order to comply ... by 2 August 2027".
    "eu-ai-act/art-111-3": (date(2027, 8, 2),),
    # Art. 111(4), inserted by Reg. (EU) 2026/1744: "by 2 December 2026" (secondary: the record's read_url).
    "eu-ai-act/art-111-4": (date(2026, 12, 2),),
    # AIA Art. 56(9): "Codes of practice shall be ready at the latest by 2 May 2025."
    "eu-ai-act/art-56": (date(2025, 5, 2),),
    # EIDAS Art. 5a(1): a wallet "within 24 months of the date of entry into force of the implementing
    # acts referred to in paragraph 23 of this Article and in Article 5c(6)"; those acts in force on
    # 24 Dec 2024 (secondary: Commission news, OJ of 4 Dec 2024 plus 20 days), so 24 Dec 2026.
    "eu-eidas/art-5a-1": (date(2026, 12, 24),),
}


def falls_on_key(
    corpus: Corpus, pid: str
) -> tuple[tuple[SanctionKind, AddresseeClass | None], ...]:
    return tuple((s.kind, s.falls_on) for s in corpus.provisions[pid].sanctions)


def check_falls_on(
    corpus: Corpus, table: Mapping[str, tuple] = EXPECTED_FALLS_ON
) -> list[Mismatch]:
    """Penalty provisions whose sanctions differ in kind or in whom they fall on."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        if pid not in corpus.provisions:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = falls_on_key(corpus, pid)
        if actual != expected:
            found.append(Mismatch(pid, "falls_on", expected, actual))
    return found


def check_national_regimes_carry_no_amount(corpus: Corpus) -> list[Mismatch]:
    """A national penalty regime sets no level: no amount, no turnover share, no prison term."""
    found: list[Mismatch] = []
    for pid, provision in corpus.provisions.items():
        for sanction in provision.sanctions:
            if sanction.kind is NATIONAL and sanction_key(sanction)[1:] != (None,) * 5:
                found.append(Mismatch(pid, "national-penalties", None, sanction_key(sanction)))
    return found


def check_records(
    corpus: Corpus, table: Mapping[str, tuple[str, date | None]] = EXPECTED_RECORDS
) -> list[Mismatch]:
    """New records that are missing or whose pinpoint or application date differs from the table."""
    found: list[Mismatch] = []
    for pid, expected in table.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", expected, None))
        elif (provision.pinpoint, provision.applies_from) != expected:
            found.append(
                Mismatch(pid, "record", expected, (provision.pinpoint, provision.applies_from))
            )
    return found


def check_deadlines(
    corpus: Corpus, table: Mapping[str, tuple[date, ...]] = EXPECTED_DEADLINES
) -> list[Mismatch]:
    """AI Act and eIDAS records whose dated deadlines differ from the table (an unlisted one included)."""
    found = [
        Mismatch(pid, "missing", table[pid], None) for pid in table if pid not in corpus.provisions
    ]
    for pid, provision in corpus.provisions.items():
        if not pid.startswith(("eu-ai-act/", "eu-eidas/")):
            continue
        actual = tuple(d.date for d in provision.deadlines)
        expected = table.get(pid, ())
        if actual != expected:
            found.append(Mismatch(pid, "deadlines", expected, actual))
    return found


def check_ceilings(
    corpus: Corpus, table: Mapping[str, tuple] = EXPECTED_CEILINGS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        actual = tuple(sanction_key(s) for s in corpus.provisions[pid].sanctions)
        if actual != expected:
            found.append(Mismatch(pid, "sanctions", expected, actual))
    return found


def check_quantity_dates(
    corpus: Corpus, table: Mapping[tuple[str, str], date | None] = EXPECTED_QUANTITY_DATES
) -> list[Mismatch]:
    """Quantities whose own application date differs from the table."""
    found: list[Mismatch] = []
    for (pid, measure), expected in table.items():
        matches = [q for q in corpus.provisions[pid].quantities if q.measure == measure]
        actual = matches[0].applies_from if len(matches) == 1 else "not exactly one"
        if actual != expected:
            found.append(Mismatch(f"{pid} {measure}", "applies_from", expected, actual))
    return found


def check_sanction_links(corpus: Corpus) -> list[Mismatch]:
    return fact_tables.check_sanction_links(corpus, EXPECTED_SANCTION_LINKS)


# =================================================================================================
# Tests: the bundled corpus agrees with every table
# =================================================================================================


def test_penalties_fall_on_the_class_the_text_names() -> None:
    assert check_falls_on(bundled()) == []


def test_national_penalty_regimes_carry_no_amount() -> None:
    assert check_national_regimes_carry_no_amount(bundled()) == []


def test_new_records_and_their_dates() -> None:
    assert check_records(bundled()) == []


def test_dated_deadlines_match_the_texts() -> None:
    assert check_deadlines(bundled()) == []


def test_penalty_levels_match_the_texts() -> None:
    assert check_ceilings(bundled()) == []


def test_numbers_inserted_by_amendments_carry_their_own_date() -> None:
    assert check_quantity_dates(bundled()) == []


def test_sanction_links_match_the_penalty_articles() -> None:
    assert check_sanction_links(bundled()) == []


def test_records_cite_the_copies_verified() -> None:
    corpus = bundled()
    cited = (*EXPECTED_FALLS_ON, *EXPECTED_SANCTION_LINKS, *EXPECTED_RECORDS, *EXPECTED_DEADLINES)
    for pid in cited:
        if pid.startswith("eu-eidas/"):
            assert str(corpus.provisions[pid].read_url) == EIDAS, pid
        if pid.startswith("eu-ai-act/") and pid != "eu-ai-act/art-111-4":  # 111(4): secondary
            assert str(corpus.provisions[pid].read_url) == AIA, pid


# =================================================================================================
# Tests: each checker reports exactly a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("pid", "index", "wrong"),
    [
        (P99_1, 0, PUBLIC),
        ("eu-ai-act/art-100", 1, OPERATOR),
        (P101, 0, PUBLIC),
    ],
)
def test_falls_on_checker_reports_a_seeded_wrong_value(
    pid: str, index: int, wrong: AddresseeClass
) -> None:
    sanctions = list(bundled().provisions[pid].sanctions)
    sanctions[index] = sanctions[index].model_copy(update={"falls_on": wrong})
    corpus, _ = corrupted(pid, sanctions=tuple(sanctions))
    assert check_falls_on(corpus) == [
        Mismatch(pid, "falls_on", EXPECTED_FALLS_ON[pid], falls_on_key(corpus, pid))
    ]
    assert check_falls_on(bundled()) == []


def test_national_regime_checker_reports_a_seeded_amount() -> None:
    sanction = bundled().provisions[P99_1].sanctions[0]
    wrong = sanction.model_copy(update={"max_amount": 35_000_000, "currency": "EUR"})
    corpus, _ = corrupted(P99_1, sanctions=(wrong,))
    assert check_national_regimes_carry_no_amount(corpus) == [
        Mismatch(P99_1, "national-penalties", None, sanction_key(wrong))
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [
        ("eu-ai-act/art-73-1", ()),
        ("eu-ai-act/art-4", (P99_1, P101)),
        ("eu-ai-act/art-92", (P99_1,)),
        ("eu-eidas/art-24-2", (E16_1,)),
        ("eu-eidas/art-5f-2", (E16_1, E16_2)),
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
    ("pid", "update"),
    [
        ("eu-ai-act/art-91", {"pinpoint": "Art. 91(1)"}),
        ("eu-ai-act/art-93", {"applies_from": date(2025, 8, 2)}),
    ],
)
def test_record_checker_reports_a_seeded_wrong_value(pid: str, update: dict) -> None:
    corpus, record = corrupted(pid, **update)
    assert check_records(corpus) == [
        Mismatch(pid, "record", EXPECTED_RECORDS[pid], (record.pinpoint, record.applies_from))
    ]


@pytest.mark.parametrize(
    ("pid", "wrong"),
    [("eu-ai-act/art-111-3", date(2027, 8, 1)), ("eu-ai-act/art-111-2", date(2030, 12, 31))],
)
def test_deadline_checker_reports_a_seeded_wrong_date(pid: str, wrong: date) -> None:
    deadline = bundled().provisions[pid].deadlines[0].model_copy(update={"date": wrong})
    corpus, _ = corrupted(pid, deadlines=(deadline,))
    assert check_deadlines(corpus) == [
        Mismatch(pid, "deadlines", EXPECTED_DEADLINES[pid], (wrong,))
    ]


def test_deadline_checker_reports_an_unlisted_deadline() -> None:
    pid = "eu-ai-act/art-113"
    extra = bundled().provisions["eu-ai-act/art-111-3"].deadlines[0]
    corpus, _ = corrupted(pid, deadlines=(extra,))
    assert check_deadlines(corpus) == [Mismatch(pid, "deadlines", (), (extra.date,))]


def test_real_world_tests_of_exempted_systems_still_register() -> None:
    """AIA Art. 60(4)(c): points 1, 6 and 7 systems register "in the secure non-public section of the EU database
    according to Article 49(4), point (d)"; point 2 systems "in accordance with Article 49(5)", which says they
    "shall be registered at national level". The summary must not present them as exempt from registration."""
    summary = bundled().provisions["eu-ai-act/art-60"].summary
    assert "non-public section (Art. 49(4)(d))" in summary
    assert "national level (Art. 49(5))" in summary
    assert "exception" not in summary


@pytest.mark.parametrize("measure", [m for (_, m) in EXPECTED_QUANTITY_DATES])
def test_quantity_date_checker_reports_a_seeded_wrong_date(measure: str) -> None:
    pid = "eu-eidas/art-24-2"
    quantities = tuple(
        q.model_copy(update={"applies_from": None}) if q.measure == measure else q
        for q in bundled().provisions[pid].quantities
    )
    corpus, _ = corrupted(pid, quantities=quantities)
    assert check_quantity_dates(corpus) == [
        Mismatch(f"{pid} {measure}", "applies_from", date(2024, 5, 20), None)
    ]


@pytest.mark.parametrize(
    ("pid", "index", "update"),
    [
        (E16_2, 0, {"max_amount": 500_000}),
        (E16_2, 1, {"turnover_percent": 10.0}),
        (E16_1, 0, {"kind": ADMIN, "max_amount": 5_000_000, "currency": "EUR"}),
    ],
)
def test_ceiling_checker_reports_a_seeded_wrong_value(pid: str, index: int, update: dict) -> None:
    sanctions = list(bundled().provisions[pid].sanctions)
    sanctions[index] = sanctions[index].model_copy(update=update)
    corpus, _ = corrupted(pid, sanctions=tuple(sanctions))
    assert check_ceilings(corpus) == [
        Mismatch(pid, "sanctions", EXPECTED_CEILINGS[pid], tuple(map(sanction_key, sanctions)))
    ]


# =================================================================================================
# 3. Typed sources and authentic languages of the EU files curated here
# =================================================================================================

OWN_FRAMEWORKS = (
    "eu-ai-act",
    "eu-eidas",
    "eu-gpai-code-of-practice",
    "eu-guidelines-ai-system-definition",
    "eu-guidelines-gpai-scope",
    "eu-guidelines-high-risk-classification",
    "eu-guidelines-prohibited-practices",
    "eu-guidelines-transparency-art50",
    "eu-hleg-trustworthy-ai",
)
# Every EU regulation is authentic in the 24 official languages (Regulation No 1 of 1958 as amended); the
# Commission's guidelines, the HLEG guidelines and the Code of Practice state no authentic languages.
EU_LANGUAGES = frozenset(
    "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
)
EXPECTED_AUTHENTIC = {"eu-ai-act": EU_LANGUAGES, "eu-eidas": EU_LANGUAGES}


def cited_urls(corpus: Corpus, fid: str) -> set[str]:
    framework = corpus.frameworks[fid]
    urls = {framework.source_url, framework.read_url, framework.english_text_url}
    urls |= {e.source_url for e in framework.events}
    for pid, p in corpus.provisions.items():
        if pid.startswith(f"{fid}/"):
            urls |= {p.source_url, p.read_url}
            urls |= {q.source_url for q in p.quantities} | {d.source_url for d in p.deadlines}
            urls |= {h.source_url for h in p.application_history}
    return {str(u) for u in urls if u}


def check_source_types(corpus: Corpus) -> list[Mismatch]:
    """Cited URLs without a type, and official hosts or repository copies typed as something else."""
    found: list[Mismatch] = []
    for fid in OWN_FRAMEWORKS:
        typed = {str(s.url): s.type.value for s in corpus.frameworks[fid].sources}
        for url in sorted(cited_urls(corpus, fid)):
            kind = typed.get(url)
            if kind is None:
                found.append(Mismatch(fid, "untyped", url, None))
            elif url.startswith("https://eur-lex.europa.eu/") and kind != "official-text":
                found.append(Mismatch(fid, url, "official-text", kind))
            elif url.startswith("https://github.com/") and kind not in (
                "verbatim-copy",
                "consolidated-copy",
            ):
                found.append(Mismatch(fid, url, "a copy", kind))
    return found


def test_every_cited_url_is_typed() -> None:
    assert check_source_types(bundled()) == []


def test_authentic_languages() -> None:
    corpus = bundled()
    for fid in OWN_FRAMEWORKS:
        expected = EXPECTED_AUTHENTIC.get(fid, frozenset())
        actual = corpus.frameworks[fid].authentic_languages
        assert frozenset(actual) == expected and len(actual) == len(expected), fid


def test_source_type_checker_reports_a_seeded_wrong_type() -> None:
    corpus = bundled()
    framework = corpus.frameworks["eu-eidas"]
    sources = tuple(
        s.model_copy(update={"type": SourceType.NEWS})
        if str(s.url).startswith("https://eur-lex")
        else s
        for s in framework.sources
    )
    frameworks = dict(corpus.frameworks)
    frameworks["eu-eidas"] = framework.model_copy(update={"sources": sources})
    seeded = dataclasses.replace(corpus, frameworks=frameworks)
    assert [m.field for m in check_source_types(seeded)] == sorted(
        str(s.url) for s in sources if str(s.url).startswith("https://eur-lex")
    )
    dropped = framework.model_copy(update={"sources": sources[1:]})
    frameworks["eu-eidas"] = dropped
    seeded = dataclasses.replace(corpus, frameworks=frameworks)
    assert Mismatch("eu-eidas", "untyped", str(sources[0].url), None) in check_source_types(seeded)


# eIDAS Art. 21 (consolidated text of 18 Oct 2024, read 2026-12-06): "Where trust service providers
# intend to start providing a qualified trust service, they shall notify the supervisory body of their
# intention"; the Regulation "shall apply from 1 July 2016" (Art. 52(2)). Round 11, EU-JP: Japan's
# voluntary accreditation had only the supervisory body (Art. 46b) to meet.
def test_eidas_qualified_status_on_application() -> None:
    provision = bundled().provisions["eu-eidas/art-21"]
    assert (provision.pinpoint, provision.modality.value) == ("Art. 21(1)-(3)", "permission")
    assert provision.applies_from == date(2016, 7, 1)
    assert provision.quote is not None and provision.quote.startswith(
        "Where trust service providers intend to start providing a qualified trust service"
    )
