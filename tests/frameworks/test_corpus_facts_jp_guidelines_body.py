"""Facts re-checked while looking for the body text of Japan's two AI guidelines (issue 18, thin records;
helper jp-guide, 2026-12-07).

The body of neither guideline was found in any store (see the caveats of jp-ai-appropriateness-guideline and
jp-ai-guidelines-business), so the thin records were not filled. What this table asserts is what was read:

* METI-PR: METI's English press release of 19 Jan 2024, https://www.meti.go.jp/english/press/2024/0119_001.html
  ("January 19, 2024"; "Joint Press Release with the Ministry of Internal Affairs and Communications"; "METI and
  MIC will open a call for public comments on this draft from January 20 (Sat.) to February 19 (Mon.), 2024.").
* GL: the Cabinet Office guideline page, https://www8.cao.go.jp/cstp/ai/ai_guideline/ai_guideline.html
  ("令和7年12月19日 本部決定"; "令和7年12月5日(金)~令和7年12月11日(木)における「AI指針(案)」に対する意見募集").
  Those two dates are asserted in test_corpus_facts_jp.py; here only that the records which restate a heading
  stay marked as such (evidence unverified), so that no one upgrades them without the text.

Each checker also has a test that seeds a wrong value into a copy of the corpus and shows that it is reported.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import EventType, Evidence, SourceType
from tests.frameworks.fact_tables import (
    Mismatch,
    bundled,
    file_issues,
    with_framework,
    with_provision,
)

D = date.fromisoformat
BIZ = "jp-ai-guidelines-business"
GL = "jp-ai-appropriateness-guideline"
METI_PR = "https://www.meti.go.jp/english/press/2024/0119_001.html"

# (event, date) -> (evidence, source_url, words the description must contain)
EXPECTED_BIZ_EVENT: dict[tuple[EventType, date], tuple[Evidence, str, tuple[str, ...]]] = {
    (EventType.PROPOSED, D("2024-01-19")): (
        Evidence.PRIMARY,
        METI_PR,
        ("20 Jan", "19 Feb 2024"),  # METI-PR: "from January 20 (Sat.) to February 19 (Mon.), 2024"
    ),
}

EXPECTED_SOURCE_TYPES: dict[str, dict[str, SourceType]] = {
    BIZ: {
        METI_PR: SourceType.OFFICIAL_SUMMARY
    },  # METI-PR: a ministry press release, not the guidelines
    GL: {
        "https://www8.cao.go.jp/cstp/ai/ai_guideline/ai_guideline.html": SourceType.OFFICIAL_SUMMARY,  # GL
    },
}

# Records that restate only a heading of the appropriateness guideline: no body text was read.
HEADING_ONLY = tuple(
    f"{GL}/{local}"
    for local in ("sec-2-2", "sec-2-3", "sec-2-4", "sec-2-5", "sec-3-1", "sec-3-2", "sec-3-3")
)


def check_biz_event(corpus: Corpus) -> list[Mismatch]:
    f = corpus.frameworks[BIZ]
    found: list[Mismatch] = []
    for (kind, day), (evidence, url, words) in EXPECTED_BIZ_EVENT.items():
        matches = [e for e in f.events if e.event is kind]
        actual = [(e.date, e.evidence, str(e.source_url)) for e in matches]
        if actual != [(day, evidence, url)]:
            found.append(Mismatch(BIZ, kind.value, (day, evidence, url), actual))
            continue
        description = matches[0].description or ""
        missing = tuple(w for w in words if w not in description)
        if missing:
            found.append(Mismatch(BIZ, f"{kind.value} description", words, description))
    return found


def check_source_types(corpus: Corpus) -> list[Mismatch]:
    found: list[Mismatch] = []
    for fid, table in EXPECTED_SOURCE_TYPES.items():
        listed = {str(s.url): s.type for s in corpus.frameworks[fid].sources}
        found += [
            Mismatch(fid, url, expected, listed.get(url))
            for url, expected in table.items()
            if listed.get(url) is not expected
        ]
    return found


def check_heading_only(corpus: Corpus) -> list[Mismatch]:
    return [
        Mismatch(pid, "evidence", Evidence.UNVERIFIED, corpus.provisions[pid].evidence)
        for pid in HEADING_ONLY
        if corpus.provisions[pid].evidence is not Evidence.UNVERIFIED
    ]


def test_guidelines_for_business_draft_event() -> None:
    assert check_biz_event(bundled()) == []


def test_source_types() -> None:
    assert check_source_types(bundled()) == []


def test_heading_only_records_stay_unverified() -> None:
    assert check_heading_only(bundled()) == []


def test_files_touched_have_no_errors_or_typing_warnings() -> None:
    """No error and no W407, W408, W409 or editorial warning in the two files (W402, an unverified pinpoint,
    is allowed)."""
    assert file_issues(f"/{BIZ}.yaml", f"/{GL}.yaml", allowed=("W402",)) == []


# =================================================================================================
# Tests: each checker reports a seeded wrong value
# =================================================================================================


@pytest.mark.parametrize(
    "update",
    [
        {"date": D("2024-01-20")},  # the first day of comment taken for the release
        {"evidence": Evidence.SECONDARY},
        {"source_url": "https://www.tmi.gr.jp/eyes/blog/2024/15409.html"},
        {"description": "Draft published; public comment from 20 Jan to 19 Mar 2024."},
    ],
)
def test_event_checker_reports_a_seeded_wrong_value(update: dict[str, Any]) -> None:
    f = bundled().frameworks[BIZ]
    events = tuple(
        e.model_copy(update=update) if e.event is EventType.PROPOSED else e for e in f.events
    )
    found = check_biz_event(with_framework(BIZ, events=events))
    assert found and {m.record for m in found} == {BIZ}


def test_source_type_checker_reports_a_press_release_labelled_official_text() -> None:
    f = bundled().frameworks[BIZ]
    sources = tuple(
        s.model_copy(update={"type": SourceType.OFFICIAL_TEXT}) if str(s.url) == METI_PR else s
        for s in f.sources
    )
    assert check_source_types(with_framework(BIZ, sources=sources)) == [
        Mismatch(BIZ, METI_PR, SourceType.OFFICIAL_SUMMARY, SourceType.OFFICIAL_TEXT)
    ]


@pytest.mark.parametrize("pid", HEADING_ONLY)
def test_heading_only_checker_reports_an_upgrade_without_text(pid: str) -> None:
    found = check_heading_only(with_provision(pid, evidence=Evidence.PRIMARY))
    assert found == [Mismatch(pid, "evidence", Evidence.UNVERIFIED, Evidence.PRIMARY)]
