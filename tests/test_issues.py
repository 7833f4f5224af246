"""The issue catalogue and its documentation."""

from __future__ import annotations

from pathlib import Path

from regalign.issues import (
    CATALOGUE,
    ERROR,
    WARNING,
    Issue,
    catalogue_markdown,
    make_issue,
    sort_issues,
)

DOCS = Path(__file__).parent.parent / "docs" / "issue-codes.md"


def test_docs_page_matches_catalogue() -> None:
    assert DOCS.read_text(encoding="utf-8") == catalogue_markdown()


def test_codes_are_unique_and_severity_follows_prefix() -> None:
    for code, item in CATALOGUE.items():
        assert item.code == code
        assert item.severity == (ERROR if code.startswith("E") else WARNING)
    names = [item.name for item in CATALOGUE.values()]
    assert len(names) == len(set(names))


def test_text_rendering() -> None:
    issue = make_issue("E302", "a.yaml", 3, 7, "unknown topic 'x'", "$.provisions[0].topics[0]")
    assert (
        issue.as_text() == "a.yaml:3:7: error E302 unknown topic 'x' (at $.provisions[0].topics[0])"
    )
    assert make_issue("E104", "a.yaml", 1, 1, "empty").as_text() == "a.yaml:1:1: error E104 empty"
    assert list(issue.as_dict()) == [
        "code",
        "severity",
        "file",
        "line",
        "column",
        "path",
        "message",
    ]


def test_sorting_is_by_file_then_position_and_drops_duplicates() -> None:
    a = make_issue("E302", "b.yaml", 2, 1, "m")
    b = make_issue("E201", "a.yaml", 9, 1, "m")
    c = make_issue("E107", "b.yaml", 1, 5, "m")
    assert sort_issues([a, b, c, a]) == [b, c, a]
    assert isinstance(a, Issue) and not make_issue("W401", "x", 1, 1, "m").is_error
