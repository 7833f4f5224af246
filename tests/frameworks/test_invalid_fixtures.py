"""One invalid fixture per issue code: each yields its code at the expected line."""

from __future__ import annotations

from pathlib import Path

import pytest

from regalign.frameworks.loader import load
from regalign.frameworks.rules import IssueRules
from regalign.issues import CATALOGUE
from tests.conftest import INVALID, VALID, expected_from_header

FIXTURES = sorted(INVALID.glob("*.yaml"))
GENERATED = {"E101", "E102", "E103"}  # made on the fly below: a missing file, a huge one, bad bytes


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_fixture_reports_its_code_at_its_line(fixture: Path) -> None:
    code, line = expected_from_header(fixture)
    assert fixture.stem == code
    # rules=IssueRules(): every code, and the suppression comments read (W461 is about them);
    # editorial: as `regalign validate` checks files (W410-W414)
    result = load([VALID, fixture], bundled=False, rules=IssueRules(), editorial=True)
    found = [(i.code, i.line) for i in result.issues if i.file == str(fixture)]
    assert (code, line) in found, found


def test_every_catalogue_code_has_a_fixture() -> None:
    covered = {f.stem for f in FIXTURES} | GENERATED
    assert covered == set(CATALOGUE)


def test_valid_fixture_corpus_is_clean() -> None:
    result = load([VALID], bundled=False, editorial=True)
    assert result.issues == []
    assert sorted(result.corpus.frameworks) == ["test-eu-act", "test-kr-act"]


def test_missing_path_is_e101(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = load([missing], bundled=False)
    assert [(i.code, i.line, i.message) for i in result.issues] == [
        ("E101", 1, "no such file or directory")
    ]


def test_empty_directory_is_e101(tmp_path: Path) -> None:
    result = load([tmp_path], bundled=False)
    assert [i.code for i in result.issues] == ["E101"]
    assert "no .yaml" in result.issues[0].message


def test_oversized_file_is_e102_and_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("kind: taxonomy\n" + "# padding\n" * 200)
    result = load([big], bundled=False, max_bytes=100)
    assert [(i.code, i.line) for i in result.issues] == [("E102", 1)]
    assert "over the 100-byte cap" in result.issues[0].message


def test_latin1_bytes_are_e103_at_their_position(tmp_path: Path) -> None:
    bad = tmp_path / "latin.yaml"
    bad.write_bytes(b"kind: framework\ntitle: caf\xe9\n")
    result = load([bad], bundled=False)
    assert [(i.code, i.line, i.column) for i in result.issues] == [("E103", 2, 11)]


def test_utf16_is_named_as_such(tmp_path: Path) -> None:
    bad = tmp_path / "utf16.yaml"
    bad.write_bytes("kind: framework\n".encode("utf-16"))
    result = load([bad], bundled=False)
    assert [i.code for i in result.issues] == ["E103"]
    assert "UTF-16" in result.issues[0].message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    source = (VALID / "taxonomy.yaml").read_bytes()
    with_bom = tmp_path / "taxonomy.yaml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + source)
    assert load([with_bom], bundled=False).issues == []


def test_an_unknown_see_also_topic_is_e302_at_its_path(tmp_path) -> None:
    taxonomy = tmp_path / "t.yaml"
    taxonomy.write_text(
        "kind: taxonomy\n"
        "taxonomy: {id: t, title: T, description: T.}\n"
        "topics:\n"
        "  - id: t\n"
        "    label: T\n"
        "    description: T.\n"
        "    see_also: [t.nowhere]\n"
    )
    result = load([taxonomy], bundled=False)
    assert [(i.code, i.line) for i in result.issues] == [("E302", 7)]
