"""The editorial checks (W410-W414): what each one accepts and refuses, beyond its fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from regalign.frameworks.editorial import is_official
from regalign.frameworks.loader import load
from tests.conftest import INVALID, VALID


def test_official_hosts_match_themselves_and_their_subdomains_only() -> None:
    assert is_official("https://eur-lex.europa.eu/eli/reg/2024/1689/oj")
    assert is_official(
        "https://digital-strategy.ec.europa.eu/en/library/ethics-guidelines-trustworthy-ai"
    )
    assert is_official("https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1")
    assert is_official("https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=288781")
    assert is_official("https://laws.e-gov.go.jp/law/415AC0000000057")
    assert not is_official("https://github.com/owner/repo/blob/sha/file.md")
    assert not is_official("https://raw.githubusercontent.com/owner/repo/main/file.json")
    assert not is_official("https://eur-lex.europa.eu.example.com/x")
    assert not is_official("https://notlaw.go.kr.evil.net/x")
    assert not is_official(None)


def _codes(path: Path, *, editorial: bool = True) -> list[str]:
    result = load([VALID, path], bundled=False, editorial=editorial)
    return [i.code for i in result.issues if i.file == str(path)]


@pytest.mark.parametrize("code", ["W410", "W411", "W412", "W413", "W414"])
def test_a_plain_load_for_a_comparison_skips_the_editorial_checks(code: str) -> None:
    # A draft can be compared before its wording is final: only validating asks for it.
    fixture = INVALID / f"{code}.yaml"
    assert code in _codes(fixture)
    assert code not in _codes(fixture, editorial=False)


def _framework(tmp_path: Path, old: str, new: str, name: str = "draft.yaml") -> Path:
    text = (INVALID / "W410.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    text = text.replace(
        "summary: Too short.",
        "summary: The operator must keep records of every decision for five years.",
    )
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_a_summary_that_repeats_the_title_is_thin_however_long(tmp_path: Path) -> None:
    path = _framework(
        tmp_path,
        "title: Fixture provision\n",
        "title: The operator must keep records of every decision for five years\n",
    )
    assert _codes(path) == ["W410"]


def test_a_record_resting_on_reports_may_cite_a_copy(tmp_path: Path) -> None:
    copy = "https://example.com/copy-of-the-act"
    path = _framework(
        tmp_path,
        "    source_url: https://eur-lex.europa.eu/\n    evidence: primary",
        f"    source_url: {copy}\n    evidence: secondary",
    )
    text = path.read_text(encoding="utf-8").replace(
        "type: official-text}]", f'type: official-text}}, {{url: "{copy}", type: news}}]'
    )
    path.write_text(text, encoding="utf-8")
    assert _codes(path) == []


def test_an_unverified_second_pinpoint_is_no_shared_pinpoint(tmp_path: Path) -> None:
    text = (INVALID / "W413.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    path = tmp_path / "draft.yaml"
    path.write_text(
        text.replace(
            "    title: Second record of the same article\n",
            "    pinpoint_verified: false\n    title: Second record of the same article\n",
        ),
        encoding="utf-8",
    )
    assert "W413" not in _codes(path)


def test_a_korean_title_in_hangul_passes_and_an_english_original_does_not(tmp_path: Path) -> None:
    text = (INVALID / "W414.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    hangul = tmp_path / "hangul.yaml"
    hangul.write_text(
        text.replace("title_original: Fixture Act", "title_original: 시험법"), encoding="utf-8"
    )
    assert _codes(hangul) == []
    english = tmp_path / "english.yaml"
    english.write_text(
        text.replace("title_original: Fixture Act", "title_original: 시험법").replace(
            "english_text: unofficial-translation", "english_text: original"
        ),
        encoding="utf-8",
    )
    assert _codes(english) == ["W414"]


def test_validate_reports_the_editorial_warnings_and_the_notebook_too(tmp_path: Path) -> None:
    from click.testing import CliRunner

    import regalign
    from regalign.cli import cli

    fixture = INVALID / "W412.yaml"
    printed = CliRunner().invoke(cli, ["validate", "--no-bundled", str(VALID), str(fixture)])
    assert " W412 " in printed.output
    assert [
        i.code for i in regalign.validate(VALID, fixture, bundled=False) if i.file == str(fixture)
    ] == ["W412"]
