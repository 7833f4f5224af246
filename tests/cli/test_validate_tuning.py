"""`regalign validate` tuned like ruff and yamllint: --select/--ignore, a configuration file, inline
comments, --exclude; YAML that is not regalign data; a missing path is a usage error."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.frameworks.rules import IssueRules, find_suppressions, path_matches
from regalign.frameworks.sniff import looks_like_data
from tests.conftest import INVALID, VALID

W402_LINE = 22  # tests/data/invalid/W402.yaml: the provision with an unverified pinpoint


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A curator's repository: data/ with the valid fixtures and one W402 file, and a mkdocs.yml."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    for source in VALID.glob("*.yaml"):
        shutil.copy2(source, tmp_path / "data" / source.name)
    shutil.copy2(INVALID / "W402.yaml", tmp_path / "data" / "w402.yaml")
    (tmp_path / "mkdocs.yml").write_text("site_name: Our corpus\nnav:\n  - index.md\n")
    return tmp_path


def codes(result) -> list[str]:
    return [line.split()[2] for line in result.stdout.splitlines() if line.strip()]


# --select / --ignore


def test_ignore_and_select_take_codes_and_prefixes(corpus: Path) -> None:
    assert codes(run("validate", "--no-bundled", ".")) == ["W402"]
    for option in (["--ignore", "W402"], ["--ignore", "W4"], ["--ignore", "E3,W4"]):
        result = run("validate", "--no-bundled", ".", "--strict", *option)
        assert result.exit_code == 0 and result.stdout == "", option
    assert codes(run("validate", "--no-bundled", ".", "--select", "E3")) == []
    assert codes(run("validate", "--no-bundled", ".", "--select", "W")) == ["W402"]
    # the more specific wins, whichever option names it
    assert codes(run("validate", "--no-bundled", ".", "--select", "W402", "--ignore", "W4")) == [
        "W402"
    ]
    assert codes(run("validate", "--no-bundled", ".", "--select", "W4", "--ignore", "W402")) == []


def test_structural_errors_are_always_reported(tmp_path: Path) -> None:
    result = run(
        "validate", "--no-bundled", str(VALID), str(INVALID / "E204.yaml"), "--select", "W4"
    )
    assert result.exit_code == 1 and "E204" in result.stdout
    refused = run("validate", "--no-bundled", str(VALID), "--ignore", "E204")
    assert refused.exit_code == 2
    assert "E204 cannot be left out" in refused.stderr and refused.stdout == ""


def test_unknown_codes_are_usage_errors_with_a_suggestion() -> None:
    result = run("validate", "--no-bundled", str(VALID), "--ignore", "W4002")
    assert result.exit_code == 2
    assert "'W4002' is not an issue code or prefix" in result.stderr
    assert "did you mean 'W402'?" in result.stderr
    assert run("validate", "--no-bundled", str(VALID), "--select", "X1").exit_code == 2


def test_ignored_issues_do_not_use_up_the_per_file_limit(tmp_path: Path) -> None:
    # 150 unverified pinpoints, then an unknown topic: with W402 ignored, the error is listed, not
    # hidden behind "and N more problems".
    head, provision = (INVALID / "W402.yaml").read_text().split("provisions:\n")
    provisions = "".join(provision.replace("art-1", f"art-{n}") for n in range(1, 151))
    last = provision.replace("art-1", "art-999").replace("pinpoint: null", "pinpoint: Art. 999")
    last = last.replace("pinpoint_verified: false", "pinpoint_verified: true")
    last = last.replace("[t.penalties]", "[t.nowhere]")
    target = tmp_path / "many.yaml"
    target.write_text(head + "provisions:\n" + provisions + last)
    plain = run("validate", "--no-bundled", str(VALID), str(target))
    assert "E302" not in codes(plain) and "E113" in codes(plain)
    tuned = run("validate", "--no-bundled", str(VALID), str(target), "--ignore", "W402")
    assert codes(tuned) == ["E302"]


# configuration files


def test_pyproject_settings_are_found_from_a_subdirectory(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (corpus / "pyproject.toml").write_text(
        '[project]\nname = "our-corpus"\n\n[tool.regalign]\nignore = ["W402"]\n'
    )
    monkeypatch.chdir(corpus / "data")
    assert run("validate", "--no-bundled", ".", "--strict").exit_code == 0
    # the command line replaces the setting of the file
    again = run("validate", "--no-bundled", ".", "--ignore", "W407")
    assert codes(again) == ["W402"]
    assert codes(run("validate", "--no-bundled", ".", "--no-config")) == ["W402"]


def test_regalign_yaml_wins_over_pyproject_and_holds_every_setting(corpus: Path) -> None:
    (corpus / "pyproject.toml").write_text('[tool.regalign]\nselect = ["E"]\n')
    (corpus / ".regalign.yaml").write_text(
        "# regalign's linter settings\n"
        "select: [E, W]\n"
        "per-file-ignores:\n"
        '  "data/w402.yaml": [W402]\n'
        "exclude: [drafts]\n"
    )
    (corpus / "drafts").mkdir()
    (corpus / "drafts" / "broken.yaml").write_text("kind: framework\nframework: {}\n")
    result = run("validate", "--no-bundled", ".", "--strict")
    assert result.exit_code == 0, result.output
    # a file named on the command line is read even when a glob excludes it
    named = run("validate", "--no-bundled", ".", "drafts/broken.yaml")
    assert named.exit_code == 1 and "drafts/broken.yaml" in named.stdout
    # --exclude on the command line replaces the file's exclude
    replaced = run("validate", "--no-bundled", ".", "--exclude", "nothing")
    assert "drafts/broken.yaml" in replaced.stdout


def test_config_option_and_bad_settings(corpus: Path) -> None:
    mine = corpus / "lint.yaml"
    mine.write_text("ignore: W4\n")
    assert run("validate", "--no-bundled", ".", "--config", str(mine), "--strict").exit_code == 0
    (corpus / ".regalign.yaml").write_text("ignores: [W402]\n")
    bad = run("validate", "--no-bundled", ".")
    assert bad.exit_code == 2
    assert "unknown setting 'ignores' (did you mean 'ignore'?)" in bad.stderr
    (corpus / ".regalign.yaml").write_text("select: [W4002]\n")
    assert "did you mean 'W402'?" in run("validate", "--no-bundled", ".").stderr
    (corpus / ".regalign.yaml").write_text("- a list\n")
    assert "must be a mapping" in run("validate", "--no-bundled", ".").stderr
    (corpus / ".regalign.yaml").write_text("# nothing yet\n")
    assert run("validate", "--no-bundled", ".").exit_code == 0
    missing = run("validate", "--no-bundled", ".", "--config", "nope.toml")
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    both = run("validate", "--no-bundled", ".", "--config", str(mine), "--no-config")
    assert both.exit_code == 2 and "cannot be used together" in both.stderr


def test_broken_toml_is_a_usage_error(corpus: Path) -> None:
    (corpus / "pyproject.toml").write_text("[tool.regalign]\nignore = [W402\n")
    result = run("validate", "--no-bundled", ".")
    assert result.exit_code == 2 and "not valid TOML" in result.stderr


# inline comments


def _w402(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "w402.yaml"
    text = (INVALID / "W402.yaml").read_text()
    assert old in text
    target.write_text(text.replace(old, new, 1))
    return target


@pytest.mark.parametrize(
    ("old", "new", "left"),
    [
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore[W402]\n", []),
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore[W4]\n", []),
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore\n", []),
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore[W401]\n", ["W402"]),
        ("kind: framework\n", "kind: framework\n# regalign: ignore-file[W402]\n", []),
        # on another line than the issue: no effect
        (
            "    title: Fixture provision\n",
            "    title: Fixture provision  # regalign: ignore\n",
            ["W402"],
        ),
        # a '#' inside text is not a comment
        ("  - id: art-1\n", "  - id: art-1\n    note: 'a#regalign: ignore'\n", ["W402"]),
        # a typo is reported rather than silently doing nothing
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore[W42]\n", ["W402", "W461"]),
        ("  - id: art-1\n", "  - id: art-1  # regalign: ignore[]\n", ["W402", "W461"]),
    ],
)
def test_inline_comments(tmp_path: Path, old: str, new: str, left: list[str]) -> None:
    target = _w402(tmp_path, old, new)
    result = run("validate", "--no-bundled", str(VALID), str(target))
    assert codes(result) == left, result.output


def test_an_inline_comment_cannot_hide_a_structural_error(tmp_path: Path) -> None:
    target = _w402(
        tmp_path, "legal_force: binding", "legal_force: mandatory  # regalign: ignore[E204]"
    )
    result = run("validate", "--no-bundled", str(VALID), str(target))
    assert "E204" in codes(result) and "W461" in codes(result)
    assert "E204 cannot be left out" in result.stdout


def test_suppressions_and_rules_are_pure() -> None:
    found = find_suppressions("a: 1  # regalign: ignore[W402, E3]\n# regalign: ignore-file\n", "x")
    assert found.lines == {1: ("W402", "E3")} and found.whole_file == ()
    rules = IssueRules(ignore=("W4",), select=("W402",), per_file=(("legacy/*", ("W402",)),))
    assert rules.selects("W402", "data/x.yaml") and not rules.selects("W407", "data/x.yaml")
    assert not rules.selects("W402", "legacy/x.yaml")
    assert rules.selects("E204", "legacy/x.yaml")  # always reported
    assert path_matches("drafts", "data/drafts/x.yaml") and path_matches("*.yml", "a/mkdocs.yml")
    assert not path_matches("data/*.yaml", "other/data/x.yaml")


# YAML that is not regalign data


def test_other_yaml_in_a_directory_is_skipped_and_counted(corpus: Path) -> None:
    (corpus / "data" / "k8s.yaml").write_text("kind: Deployment\nmetadata: {}\n")
    result = run("validate", "--no-bundled", ".")
    assert result.exit_code == 0 and codes(result) == ["W402"]
    assert "5 files checked: 0 errors, 1 warning; 2 other YAML files skipped" in result.stderr
    assert "(not regalign data: data/k8s.yaml, mkdocs.yml)" in result.stderr
    payload = json.loads(run("validate", "--no-bundled", ".", "--format", "json").stdout)
    assert payload["skipped"] == ["data/k8s.yaml", "mkdocs.yml"]
    verbose = run("validate", "--no-bundled", ".", "--verbose")
    assert "regalign: skipped mkdocs.yml: not regalign data" in verbose.stderr


def test_a_named_file_that_is_not_data_is_reported_unless_asked(corpus: Path) -> None:
    named = run("validate", "--no-bundled", "mkdocs.yml", "data")
    assert named.exit_code == 1 and "mkdocs.yml:1:1: error E111 missing 'kind'" in named.stdout
    skipped = run("validate", "--no-bundled", "mkdocs.yml", "data", "--skip-non-data")
    assert skipped.exit_code == 0 and "mkdocs.yml" not in skipped.stdout


def test_data_with_a_wrong_or_missing_kind_is_still_checked(corpus: Path) -> None:
    (corpus / "data" / "typo.yaml").write_text("kind: framwork\nframework: {}\n")
    (corpus / "data" / "nokind.yaml").write_text("taxonomy:\n  id: x\n")
    result = run("validate", "--no-bundled", ".")
    assert "data/typo.yaml:1:7: error E111 unknown kind 'framwork'" in result.stdout
    assert "data/nokind.yaml:1:1: error E111 missing 'kind'" in result.stdout


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (b"kind: framework\n", True),
        (b"# comment\n---\nkind: 'crosswalk'  # yes\n", True),
        (b"kind: taxonomies\n", True),
        (b"framework:\n  id: x\n", True),
        (b"# yaml-language-server: $schema=../regalign.schema.json\nid: x\n", True),
        ("kind: framework\n".encode("utf-16"), True),
        (b"site_name: x\nnav: []\n", False),
        (b"kind: Deployment\n", False),
        (b"spec:\n  kind: framework\n", False),
        (b"on: push\njobs: {}\n", False),
        (b"\xff\xfe\xfd", False),
    ],
)
def test_looks_like_data(text: bytes, data: bool) -> None:
    assert looks_like_data(text) is data


# missing and unreadable paths


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_missing_path_is_a_usage_error_in_every_format(tmp_path: Path, fmt: str) -> None:
    result = run("validate", str(VALID), str(tmp_path / "nope.yaml"), "--format", fmt)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"regalign: no such file or directory: '{tmp_path / 'nope.yaml'}'" in result.stderr
    assert "checked" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_an_unreadable_path_is_an_e101_issue_in_every_format(tmp_path: Path, fmt: str) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    result = run("validate", "--no-bundled", str(VALID), str(pipe), "--format", fmt)
    assert result.exit_code == 1
    assert "E101" in result.stdout and "pipe.yaml" in result.stdout


def test_folders_of_other_tools_are_not_walked(corpus: Path) -> None:
    # a virtual environment inside the corpus may hold a copy of regalign's own data
    for folder in ("venv/lib/site-packages/regalign", "node_modules/x", "data/__pycache__"):
        (corpus / folder).mkdir(parents=True)
        shutil.copy2(INVALID / "E204.yaml", corpus / folder / "broken.yaml")
    result = run("validate", "--no-bundled", ".")
    assert result.exit_code == 0 and "broken.yaml" not in result.output
