"""Strictness and messages: YAML 1.2 scalars, no silent coercions, positions everywhere, plain words.

Each test names the defect of issue 12 it guards against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import regalign
from regalign.frameworks.loader import load
from regalign.frameworks.yamlsource import parse_bytes, parse_text
from tests.conftest import INVALID, VALID

FRAMEWORK = (INVALID / "W401.yaml").read_text(encoding="utf-8").split("\n", 1)[1]


def issues_of(tmp_path: Path, text: str, name: str = "x.yaml") -> list:
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return [i for i in load([VALID, target], bundled=False).issues if i.file == str(target)]


def test_yaml11_booleans_are_text_as_in_yaml12(tmp_path: Path) -> None:
    # `jurisdictions: [NO]` was False, with a spurious "at least 1 item" error; YAML 1.2 tools read 'NO'.
    text = FRAMEWORK.replace("jurisdictions: [EU]", "jurisdictions: [NO]")
    assert [
        (i.code, i.message) for i in issues_of(tmp_path, text) if "jurisdictions" in i.path
    ] == []
    assert parse_text("a: [yes, no, on, off, y, n]\n", "x.yaml").data == {
        "a": ["yes", "no", "on", "off", "y", "n"]
    }


def test_a_bool_field_given_yes_or_no_is_told_to_write_true_or_false(tmp_path: Path) -> None:
    text = FRAMEWORK.replace(
        "    evidence: primary\n", "    evidence: primary\n    pinpoint_verified: no\n", 1
    )
    text = text.replace("  evidence: primary\nprovisions", "  evidence: primary\nprovisions")
    found = [i for i in issues_of(tmp_path, text) if i.path.endswith("pinpoint_verified")]
    assert [i.code for i in found] == ["E203"]
    assert "expected true or false" in found[0].message and "write false" in found[0].message


def test_a_text_field_given_a_boolean_is_told_to_quote_it(tmp_path: Path) -> None:
    text = FRAMEWORK.replace("pinpoint: Art. 1", "pinpoint: true")
    found = [i for i in issues_of(tmp_path, text) if i.path.endswith("pinpoint")]
    assert [i.code for i in found] == ["E203"]
    assert "got the boolean true; quote it ('true') if you meant text" in found[0].message


@pytest.mark.parametrize(
    "written,expected", [("0777", "511"), ("1:30:00", "5400"), ("1_000", "1000")]
)
def test_yaml11_number_forms_are_refused_where_they_stand(
    tmp_path: Path, written: str, expected: str
) -> None:
    text = FRAMEWORK.replace(
        "    evidence: primary\n",
        "    evidence: primary\n    sanctions:\n"
        f"      - {{max_amount: {written}, currency: EUR, applies_to: x}}\n",
        1,
    )
    text = text.replace("  evidence: primary\n    sanctions", "  evidence: primary\n    sanctions")
    found = issues_of(tmp_path, text)
    line = (
        text.splitlines().index(f"      - {{max_amount: {written}, currency: EUR, applies_to: x}}")
        + 1
    )
    assert [(i.code, i.line, i.column) for i in found if i.is_error] == [("E112", line, 22)]
    assert expected in found[0].message and "YAML 1.2" in found[0].message


def test_an_integer_in_a_date_field_is_not_a_unix_date(tmp_path: Path) -> None:
    text = FRAMEWORK.replace(
        "    evidence: primary\n", "    evidence: primary\n    applies_from: 86400\n", 1
    )
    text = text.replace(
        "  evidence: primary\n    applies_from", "  evidence: primary\n    applies_from"
    )
    found = [i for i in issues_of(tmp_path, text) if i.path.endswith("applies_from")]
    assert [i.code for i in found] == ["E203"]
    assert "expected a date written YYYY-MM-DD, got 86400" in found[0].message


def test_pydantic_wording_is_translated(tmp_path: Path) -> None:
    text = FRAMEWORK.replace("jurisdictions: [EU]", "jurisdictions: EU").replace(
        "checked: 2026-11-27", "checked: 27/11/2026"
    )
    messages = {i.path: i.message for i in issues_of(tmp_path, text)}
    assert messages["$.framework.jurisdictions"] == "expected a list, got 'EU'"
    assert messages["$.framework.checked"] == "expected a date written YYYY-MM-DD, got '27/11/2026'"
    assert not any(
        "valid tuple" in m or "date or datetime" in m or "Input should" in m
        for m in messages.values()
    )


def test_vocabulary_values_and_topics_get_did_you_mean(tmp_path: Path) -> None:
    text = FRAMEWORK.replace("modality: obligation", "modality: obligaton")
    found = [i for i in issues_of(tmp_path, text) if i.path.endswith("modality")]
    assert "did you mean 'obligation'?" in found[0].message
    text = FRAMEWORK.replace("topics: [t.penalties]", "topics: [t.penaltie]")
    found = [i for i in issues_of(tmp_path, text) if i.code == "E302"]
    assert found[0].message == "unknown topic 't.penaltie' (did you mean 't.penalties'?)"


def test_an_alias_used_as_a_key_is_refused_where_it_stands() -> None:
    issues = parse_text("kind: framework\n&a k: v\n*a : w\n", "x.yaml").issues
    assert [(i.code, i.line, i.column) for i in issues] == [("E108", 3, 1)]


def test_raw_control_characters_are_positioned() -> None:
    issues = parse_text("kind: framework\ntitle: a\x07b\n", "x.yaml").issues
    assert [(i.code, i.line, i.column) for i in issues] == [("E105", 2, 9)]
    assert "U+0007" in issues[0].message


def test_deep_nesting_is_positioned() -> None:
    issues = parse_text("kind: framework\nx: " + "[" * 700 + "]" * 700 + "\n", "deep.yaml").issues
    assert [(i.code, i.line) for i in issues] == [("E105", 2)]
    assert issues[0].column > 1 and "deeper than" in issues[0].message


def test_e103_columns_count_characters_not_bytes() -> None:
    issues = parse_bytes("kind: framework\ntitle: 한국어 caf".encode() + b"\xe9\n", "x.yaml").issues
    assert [(i.code, i.line, i.column) for i in issues] == [("E103", 2, 15)]


def test_wide_encodings_are_named() -> None:
    utf32 = parse_bytes("kind: framework\n".encode("utf-32"), "x.yaml").issues
    assert [i.code for i in utf32] == ["E103"] and "UTF-32" in utf32[0].message
    no_bom = parse_bytes("kind: framework\ntitle: 한국\n".encode("utf-16-le"), "x.yaml").issues
    assert (
        [i.code for i in no_bom] == ["E103"]
        and "UTF-16" in no_bom[0].message
        and "byte 0x" not in no_bom[0].message
    )


def test_an_explicitly_empty_document_is_empty() -> None:
    assert [i.code for i in parse_text("---\n...\n", "x.yaml").issues] == ["E104"]
    assert [i.code for i in parse_text("--- # nothing here\n", "x.yaml").issues] == ["E104"]


def test_huge_integers_are_issues_not_crashes(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(
        FRAMEWORK.replace("pinpoint: Art. 1", "pinpoint: " + "9" * 5000), encoding="utf-8"
    )
    found = regalign.validate(big, bundled=False)
    assert [i.code for i in found if i.code.startswith("E2") or i.code.startswith("E1")] == ["E204"]
    assert "5,000 digits" in found[0].message
    with pytest.raises(regalign.CorpusError):
        regalign.load(big, bundled=False)


def test_a_framework_that_failed_its_own_checks_is_not_called_unknown(tmp_path: Path) -> None:
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "test-kr-act.yaml":
            text = text.replace("legal_force: binding", "legal_force: mandatory", 1)
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    issues = load([tmp_path], bundled=False).issues
    crosswalk = [i for i in issues if i.file.endswith("crosswalk.yaml")]
    assert crosswalk and all(i.code == "E312" for i in crosswalk)
    assert all(
        "'test-kr-act' is defined in" in i.message and "has errors of its own" in i.message
        for i in crosswalk
    )
    assert not any("unknown framework" in i.message for i in crosswalk)
