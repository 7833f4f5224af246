"""Facts about the record of Directive (EU) 2019/790 (the DSM Copyright Directive): its text-and-data-mining
exceptions, Arts 3(1), 4(1) and 4(3), added in round 19 after a blind reader of the EU-Japan briefing named
them as the EU counterpart of Japan's Copyright Act Art. 30-4 (issue 18).

Every expected value below was checked in a text before it was written here. The comment beside each entry
names the text, by short name:

* OJ: the EUR-Lex English page of the OJ text,
  https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32019L0790&from=FI ("DIRECTIVE (EU)
  2019/790 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 17 April 2019"; "17.5.2019"; "L 130/92").
* DOC: the EUR-Lex document page, https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=celex%3A32019L0790
  ("OJ L 130, 17.5.2019, p. 92–125"; "(BG, ES, CS, DA, DE, ET, EL, EN, FR, GA, HR, IT, LV, LT, HU, MT, NL,
  PL, PT, RO, SK, SL, FI, SV)"; "In force"; "Modifies | 31996L0009 | Replacement | article 6 paragraph 2
  point (b) | 06/06/2019").
* DE: the German text on Lexcada, https://lexcada.com/akn/eu/act/2019-04-17/L0790/deu/!art_4.book
  ("Art. 3 Text und Data Mining zum Zwecke der wissenschaftlichen Forschung (1) ... für Vervielfältigungen und
  Entnahmen vor, die durch Forschungsorganisationen und Einrichtungen des Kulturerbes vorgenommen werden, um
  für Zwecke der wissenschaftlichen Forschung Text und Data Mining von Werken oder sonstigen
  Schutzgegenständen, zu denen sie rechtmäßig Zugang haben, durchzuführen."; "Art. 4 Ausnahmen und
  Beschränkungen für das Text und Data Mining (1) Für zum Zwecke des Text und Data Mining vorgenommene
  Vervielfältigungen und Entnahmen von rechtmäßig zugänglichen Werken und sonstigen Schutzgegenständen sehen
  die Mitgliedstaaten eine Ausnahme oder Beschränkung von den Rechten vor").
* Q43: Art. 4(3) in English as quoted word for word by several third-party files (not an official copy):
  "... has not been expressly reserved by their rightholders in an appropriate manner, such as
  machine-readable means in the case of content made publicly available online."
* AIA: AI Act Art. 53(1)(c) refers to "a reservation of rights expressed pursuant to Article 4(3) of
  Directive (EU) 2019/790" (as recorded in eu-ai-act).
* BAPLA: https://bapla.org.uk/eu-copyright-directive-published-in-official-journal/ quoting Art. 29(1)
  ("Member States shall bring into force the laws, regulations and administrative provisions necessary to
  comply with this Directive by 7 June 2021") and Art. 31 ("on the twentieth day following that of its
  publication").

Values are exact. Each checker also has a test that seeds a wrong value into a copy of the corpus and shows
that the checker reports it. Not asserted: the English OJ wording of Arts 3(1), 4(1), 29 and 31 (not opened),
and any national transposing law (not read).
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
    InstrumentType,
    LegalForce,
    Modality,
    RelationType,
    SourceType,
    Status,
)
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    check_listed_source_types,
    check_relation_table,
    file_issues,
    with_framework,
    with_provision,
)

D = date.fromisoformat
PRIMARY, SECONDARY = Evidence.PRIMARY, Evidence.SECONDARY

DSM = "eu-dsm-directive"
ART_3_1, ART_4_1, ART_4_3 = f"{DSM}/art-3-1", f"{DSM}/art-4-1", f"{DSM}/art-4-3"
COPYRIGHT = "ai.general-purpose.copyright"
# Round 19: the exceptions are filed under their own topic, beside the providers' copyright duties.
TDM = "ai.general-purpose.text-and-data-mining"
EN_OJ = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32019L0790&from=FI"
EN_DOC = "https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=celex%3A32019L0790"
DE_COPY = "https://lexcada.com/akn/eu/act/2019-04-17/L0790/deu/!art_4.book"
BAPLA = "https://bapla.org.uk/eu-copyright-directive-published-in-official-journal/"
EU_24 = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
    "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip

# =================================================================================================
# Tables
# =================================================================================================

EXPECTED_FRAMEWORK: dict[str, Any] = {
    "instrument_type": InstrumentType.DIRECTIVE,  # OJ: "DIRECTIVE (EU) 2019/790"
    "legal_force": LegalForce.BINDING,
    "status": Status.IN_FORCE,  # DOC: "In force"
    "celex": "32019L0790",  # DOC: "Document 32019L0790"
    "oj": "OJ L 130, 17.5.2019, p. 92–125",  # DOC
    "authentic_languages": EU_24,  # DOC: the 24 language versions listed
    "jurisdictions": ("EU",),
}

# Events: (type, date) -> evidence.
EXPECTED_EVENTS: dict[tuple[EventType, date], Evidence] = {
    (EventType.ADOPTED, D("2019-04-17")): PRIMARY,  # OJ: "of 17 April 2019"
    (EventType.PUBLISHED, D("2019-05-17")): PRIMARY,  # OJ/DOC: "17.5.2019"
    (EventType.ENTRY_INTO_FORCE, D("2019-06-06")): PRIMARY,  # DOC "06/06/2019"; BAPLA Art. 31
}

EXPECTED_PROVISIONS: dict[str, dict[str, Any]] = {
    ART_3_1: {
        "pinpoint": "Art. 3(1)",  # DE "Art. 3 ... (1)"
        "modality": Modality.EXCEPTION,
        "topics": (TDM,),
        "against": (),
        "applies_from": None,  # from entry into force; transposition recorded as a deadline
        "deadlines": ((D("2021-06-07"), SECONDARY),),  # BAPLA Art. 29(1)
        "evidence": PRIMARY,
        "read_url": DE_COPY,
        "quote": (
            "für Vervielfältigungen und Entnahmen vor, die durch Forschungsorganisationen und Einrichtungen "
            "des Kulturerbes vorgenommen werden, um für Zwecke der wissenschaftlichen Forschung Text und Data "
            "Mining von Werken oder sonstigen Schutzgegenständen, zu denen sie rechtmäßig Zugang haben, "
            "durchzuführen."
        ),  # DE Art. 3(1)
    },
    ART_4_1: {
        "pinpoint": "Art. 4(1)",  # DE "Art. 4 ... (1)"
        "modality": Modality.EXCEPTION,
        "topics": (TDM,),
        "against": (),
        "applies_from": None,
        "deadlines": ((D("2021-06-07"), SECONDARY),),  # BAPLA Art. 29(1)
        "evidence": PRIMARY,
        "read_url": DE_COPY,
        "quote": (
            "Für zum Zwecke des Text und Data Mining vorgenommene Vervielfältigungen und Entnahmen von "
            "rechtmäßig zugänglichen Werken und sonstigen Schutzgegenständen sehen die Mitgliedstaaten eine "
            "Ausnahme oder Beschränkung von den Rechten vor"
        ),  # DE Art. 4(1), as far as read
    },
    ART_4_3: {
        "pinpoint": "Art. 4(3)",  # AIA "Article 4(3) of Directive (EU) 2019/790"
        "modality": Modality.EXCEPTION,  # a condition of the exception, no duty of its own
        "topics": (TDM,),
        "against": (),
        "applies_from": None,
        "deadlines": (),
        "evidence": SECONDARY,  # Q43 only: third-party quotations
        "read_url": None,
        "quote": (
            "has not been expressly reserved by their rightholders in an appropriate manner, such as "
            "machine-readable means in the case of content made publicly available online"
        ),  # Q43
    },
}

EXPECTED_SOURCE_TYPES: dict[str, SourceType] = {
    EN_OJ: SourceType.OFFICIAL_TEXT,
    EN_DOC: SourceType.OFFICIAL_TEXT,
    DE_COPY: SourceType.VERBATIM_COPY,
    "https://lexparency.org/eu/32019L0790/ART_2/": SourceType.VERBATIM_COPY,
    BAPLA: SourceType.NEWS,
}

# The crosswalk relation to Japan: (source, target) -> (relation, strength, opposite).
# Art. 4(3) has no Japanese counterpart (Japan's exceptions have no opt-out), so it is recorded as not
# related to either Japanese article rather than left to be paired by shape; likewise Art. 3(1) and Art. 47-5.
EXPECTED_RELATIONS: dict[tuple[str, str], tuple[RelationType, int, bool]] = {
    (ART_4_1, "jp-copyright-act/art-30-4"): (RelationType.INTERSECTS_WITH, 6, False),
    (ART_4_1, "jp-copyright-act/art-47-5"): (RelationType.INTERSECTS_WITH, 3, False),
    (ART_3_1, "jp-copyright-act/art-30-4"): (RelationType.INTERSECTS_WITH, 5, False),
    (ART_3_1, "jp-copyright-act/art-47-5"): (RelationType.NOT_RELATED, 0, False),
    (ART_4_3, "jp-copyright-act/art-30-4"): (RelationType.NOT_RELATED, 0, False),
    (ART_4_3, "jp-copyright-act/art-47-5"): (RelationType.NOT_RELATED, 0, False),
}

# =================================================================================================
# Checkers
# =================================================================================================


def check_framework(corpus: Corpus) -> list[Mismatch]:
    f = corpus.frameworks.get(DSM)
    if f is None:
        return [Mismatch(DSM, "missing", EXPECTED_FRAMEWORK, None)]
    actual = {
        "instrument_type": f.instrument_type,
        "legal_force": f.legal_force,
        "status": f.status,
        "celex": f.identifiers.celex,
        "oj": f.identifiers.oj,
        "authentic_languages": tuple(f.authentic_languages),
        "jurisdictions": tuple(f.jurisdictions),
    }
    return [
        Mismatch(DSM, key, value, actual[key])
        for key, value in EXPECTED_FRAMEWORK.items()
        if actual[key] != value
    ]


def check_events(corpus: Corpus) -> list[Mismatch]:
    f = corpus.frameworks[DSM]
    actual = {(e.event, e.date): e.evidence for e in f.events}
    return [] if actual == EXPECTED_EVENTS else [Mismatch(DSM, "events", EXPECTED_EVENTS, actual)]


def check_provisions(
    corpus: Corpus, table: Mapping[str, dict[str, Any]] = EXPECTED_PROVISIONS
) -> list[Mismatch]:
    found: list[Mismatch] = []
    for pid, expected in table.items():
        p = corpus.provisions.get(pid)
        if p is None:
            found.append(Mismatch(pid, "missing", expected, None))
            continue
        actual = {
            "pinpoint": p.pinpoint,
            "modality": p.modality,
            "topics": tuple(p.topics),
            "against": tuple(p.against),
            "applies_from": p.applies_from,
            "deadlines": tuple((d.date, d.evidence) for d in p.deadlines),
            "evidence": p.evidence,
            "read_url": None if p.read_url is None else str(p.read_url),
            "quote": p.quote,
        }
        found += [
            Mismatch(pid, key, value, actual[key])
            for key, value in expected.items()
            if actual[key] != value
        ]
    return found


def check_source_types(corpus: Corpus) -> list[Mismatch]:
    return check_listed_source_types(corpus, DSM, EXPECTED_SOURCE_TYPES)


def check_relations(corpus: Corpus) -> list[Mismatch]:
    return check_relation_table(corpus, EXPECTED_RELATIONS)


# =================================================================================================
# Tests: the bundled corpus matches the texts
# =================================================================================================


def test_dsm_framework() -> None:
    assert check_framework(bundled()) == []


def test_dsm_events() -> None:
    assert check_events(bundled()) == []


def test_dsm_provisions() -> None:
    assert check_provisions(bundled()) == []


def test_dsm_source_types() -> None:
    assert check_source_types(bundled()) == []


def test_dsm_relation_to_japan() -> None:
    assert check_relations(bundled()) == []


def test_dsm_quotes_are_short() -> None:
    for pid in EXPECTED_PROVISIONS:
        quote = bundled().provisions[pid].quote or ""
        assert 0 < len(quote) < 300, pid


def test_dsm_file_has_no_errors_or_warnings() -> None:
    """No error and no warning at all (W407 untyped source, W408, W409, editorial) in the new file."""
    assert file_issues("/eu-dsm-directive.yaml") == []


# =================================================================================================
# Tests: each checker reports exactly a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    ("update", "key", "wrong"),
    [
        (
            {"instrument_type": InstrumentType.REGULATION},
            "instrument_type",
            InstrumentType.REGULATION,
        ),
        ({"authentic_languages": ("en",)}, "authentic_languages", ("en",)),
        ({"status": Status.ADOPTED}, "status", Status.ADOPTED),
    ],
)
def test_framework_checker_reports_a_seeded_wrong_value(update: dict, key: str, wrong: Any) -> None:
    assert check_framework(with_framework(DSM, **update)) == [
        Mismatch(DSM, key, EXPECTED_FRAMEWORK[key], wrong)
    ]


def test_framework_checker_reports_a_seeded_wrong_oj() -> None:
    f = bundled().frameworks[DSM]
    wrong = "OJ L 130, 17.5.2019, p. 1"
    corpus = with_framework(DSM, identifiers=f.identifiers.model_copy(update={"oj": wrong}))
    assert check_framework(corpus) == [Mismatch(DSM, "oj", EXPECTED_FRAMEWORK["oj"], wrong)]


@pytest.mark.parametrize(
    ("kind", "day", "wrong_day"),
    [
        (EventType.ENTRY_INTO_FORCE, D("2019-06-06"), D("2019-06-07")),  # the law-firm date
        (EventType.PUBLISHED, D("2019-05-17"), D("2019-04-17")),
    ],
)
def test_event_checker_reports_a_seeded_wrong_date(
    kind: EventType, day: date, wrong_day: date
) -> None:
    f = bundled().frameworks[DSM]
    events = tuple(
        e.model_copy(update={"date": wrong_day}) if (e.event, e.date) == (kind, day) else e
        for e in f.events
    )
    found = check_events(with_framework(DSM, events=events))
    assert [m.field for m in found] == ["events"]


@pytest.mark.parametrize(
    ("pid", "key", "wrong"),
    [
        (ART_3_1, "pinpoint", "Art. 3(2)"),
        (ART_3_1, "modality", Modality.OBLIGATION),  # read as a duty on firms
        (ART_4_1, "against", (COPYRIGHT,)),  # read as running against the EU's own copyright rules
        (ART_4_1, "applies_from", D("2021-06-07")),
        (ART_4_3, "evidence", PRIMARY),  # Art. 4(3) was not read in an official copy
        (
            ART_4_3,
            "quote",
            "has been expressly reserved by their rightholders in an appropriate manner",
        ),
    ],
)
def test_provision_checker_reports_a_seeded_wrong_value(pid: str, key: str, wrong: Any) -> None:
    found = check_provisions(with_provision(pid, **{key: wrong}))
    assert found == [Mismatch(pid, key, EXPECTED_PROVISIONS[pid][key], wrong)]


def test_provision_checker_reports_a_seeded_wrong_deadline() -> None:
    p = bundled().provisions[ART_4_1]
    deadlines = tuple(d.model_copy(update={"date": D("2021-06-06")}) for d in p.deadlines)
    found = check_provisions(with_provision(ART_4_1, deadlines=deadlines))
    assert [(m.record, m.field) for m in found] == [(ART_4_1, "deadlines")]


def test_source_type_checker_reports_a_news_page_labelled_official() -> None:
    f = bundled().frameworks[DSM]
    sources = tuple(
        s.model_copy(update={"type": SourceType.OFFICIAL_TEXT}) if str(s.url) == BAPLA else s
        for s in f.sources
    )
    assert check_source_types(with_framework(DSM, sources=sources)) == [
        Mismatch(DSM, BAPLA, SourceType.NEWS, SourceType.OFFICIAL_TEXT)
    ]


@pytest.mark.parametrize(
    ("update", "actual"),
    [
        ({"opposite": True}, (RelationType.INTERSECTS_WITH, 6, True)),
        ({"strength": 3}, (RelationType.INTERSECTS_WITH, 3, False)),
    ],
)
def test_relation_checker_reports_a_seeded_wrong_value(update: dict, actual: tuple) -> None:
    import dataclasses

    source, target = ART_4_1, "jp-copyright-act/art-30-4"
    expected = EXPECTED_RELATIONS[(source, target)]
    corpus = bundled()
    relations = [
        dataclasses.replace(r, relation=r.relation.model_copy(update=update))
        if {r.relation.source, r.relation.target} == {source, target}
        else r
        for r in corpus.relations
    ]
    seeded = dataclasses.replace(corpus, relations=relations)
    assert check_relations(seeded) == [
        Mismatch(f"{source} -> {target}", "relation", expected, actual)
    ]
