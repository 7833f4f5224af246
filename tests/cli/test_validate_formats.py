"""`regalign validate`: SARIF output, severity words, the bundled corpus's known-warning summary."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.frameworks.loader import load
from regalign.issues import CATALOGUE
from tests.conftest import INVALID, VALID
from tests.exports.schemas import SARIF_SCHEMA


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    result = run(
        "validate",
        "--no-bundled",
        str(VALID),
        str(INVALID / "E302.yaml"),
        str(INVALID / "W402.yaml"),
        "--format",
        "sarif",
    )
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert list(_sarif_validator().iter_errors(log)) == []
    run_ = log["runs"][0]
    results = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in run_["results"]
    ]
    assert ("E302", "error", 26) in results and ("W402", "warning", 22) in results
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    location = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    # the tests run inside the repository: its files are relative to its root
    assert location == {"uri": "tests/data/invalid/E302.yaml", "uriBaseId": "%SRCROOT%"}


def test_sarif_of_the_bundled_corpus_uses_a_base_id() -> None:
    log = json.loads(run("validate", "--format", "sarif").stdout)
    assert list(_sarif_validator().iter_errors(log)) == []
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uriBaseId"] == "REGALIGN_BUNDLED" and location["uri"].startswith("frameworks/")


def test_a_broken_sarif_log_fails_the_schema() -> None:
    log = json.loads(
        run(
            "validate", "--no-bundled", str(VALID), str(INVALID / "E302.yaml"), "--format", "sarif"
        ).stdout
    )
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_sarif_validator().iter_errors(log))


def test_text_output_has_severity_words() -> None:
    out = run(
        "validate",
        "--no-bundled",
        str(VALID),
        str(INVALID / "E302.yaml"),
        str(INVALID / "W402.yaml"),
    ).stdout
    assert f"{INVALID / 'E302.yaml'}:26:14: error E302 " in out
    assert f"{INVALID / 'W402.yaml'}:22:5: warning W402 " in out


def test_bundled_known_warnings_are_one_line_unless_verbose() -> None:
    known = [i for i in load().issues if not i.is_error]
    counts = Counter(i.code for i in known)
    assert known and "W402" in counts
    quiet = run("validate")
    assert quiet.exit_code == 0
    assert quiet.stdout == ""
    parts = ", ".join(
        f"{counts[code]} {code} ({CATALOGUE[code].title.lower()})" for code in sorted(counts)
    )
    assert f"{len(known)} known warnings in the bundled corpus: {parts}" in quiet.stderr
    loud = run("validate", "--verbose")
    assert len(loud.stdout.strip().splitlines()) == len(known)
    assert "known warnings" not in loud.stderr
    assert len(json.loads(run("validate", "--format", "json").stdout)["issues"]) == len(known)


def test_user_files_warnings_are_always_listed() -> None:
    out = run("validate", str(INVALID / "W402.yaml")).stdout
    assert "warning W402" in out


def test_future_checked_date_in_a_crosswalk_is_w405(tmp_path: Path) -> None:
    text = (
        (VALID / "crosswalk.yaml").read_text().replace("checked: 2026-11-27", "checked: 2999-12-31")
    )
    target = tmp_path / "crosswalk.yaml"
    target.write_text(text)
    others = [p for p in sorted(VALID.glob("*.yaml")) if p.name != "crosswalk.yaml"]
    result = load([*others, target], bundled=False)
    assert [(i.code, i.line, i.path) for i in result.issues] == [("W405", 7, "$.crosswalk.checked")]


def test_duplicate_provision_id_points_at_the_first_line() -> None:
    result = load([VALID, INVALID / "E301.yaml"], bundled=False)
    (issue,) = [i for i in result.issues if i.code == "E301"]
    assert issue.line == 30
    assert f"first defined at {INVALID / 'E301.yaml'}:22" in issue.message


def _uris(log: dict) -> list[dict]:
    return [
        r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]
    ]


def test_sarif_uris_are_relative_to_the_repository_root_never_dotdot(
    tmp_path: Path, monkeypatch
) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "data").mkdir()
    (repo / "tools").mkdir()
    shutil.copy2(INVALID / "W402.yaml", repo / "data" / "w402.yaml")
    outside = tmp_path / "elsewhere.yaml"
    shutil.copy2(INVALID / "W402.yaml", outside)
    monkeypatch.chdir(repo / "tools")
    result = run(
        "validate",
        "--no-bundled",
        str(VALID),
        "../data/w402.yaml",
        str(outside),
        "--format",
        "sarif",
    )
    log = json.loads(result.stdout)
    assert list(_sarif_validator().iter_errors(log)) == []
    uris = _uris(log)
    assert {"uri": "data/w402.yaml", "uriBaseId": "%SRCROOT%"} in uris
    assert {"uri": outside.as_uri()} in uris
    assert not any(".." in u["uri"] for u in uris)
    # outside a repository, the working directory is the root
    shutil.rmtree(repo / ".git")
    monkeypatch.chdir(repo)
    again = json.loads(
        run("validate", "--no-bundled", str(VALID), "./data/w402.yaml", "--format", "sarif").stdout
    )
    assert {"uri": "data/w402.yaml", "uriBaseId": "%SRCROOT%"} in _uris(again)


def test_sarif_names_a_file_whose_name_is_not_utf8(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    try:
        name = os.fsdecode(b"bad\xff name.yaml")
        (folder / name).write_bytes((INVALID / "W402.yaml").read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", "--no-bundled", str(VALID), "odd", "--format", "sarif")
    assert result.exit_code == 0
    result.stdout_bytes.decode("utf-8")  # valid UTF-8 throughout
    log = json.loads(result.stdout)
    assert list(_sarif_validator().iter_errors(log)) == []
    assert {"uri": "odd/bad%FF%20name.yaml", "uriBaseId": "%SRCROOT%"} in _uris(log)


def test_sarif_rules_link_to_their_anchor_when_the_project_url_is_known() -> None:
    from regalign.reports.sarif import sarif_log

    log = sarif_log([], help_base="https://github.com/example/regalign/blob/HEAD/")
    assert list(_sarif_validator().iter_errors(log)) == []
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    docs = (Path(__file__).parents[2] / "docs" / "issue-codes.md").read_text(encoding="utf-8")
    assert len(rules) == len(CATALOGUE)
    for rule in rules:
        code = rule["id"]
        assert rule["helpUri"] == (
            f"https://github.com/example/regalign/blob/HEAD/docs/issue-codes.md#{code.lower()}"
        )
        assert f'<a id="{code.lower()}"></a>{code} |' in docs


def test_sarif_without_a_project_url_stays_valid_and_names_the_docs() -> None:
    # helpUri must be an absolute URI (code scanning refuses the upload otherwise): while the
    # project publishes no URL, the relative reference is in the help text and markdown
    log = json.loads(run("validate", "--no-bundled", str(VALID), "--format", "sarif").stdout)
    assert list(_sarif_validator().iter_errors(log)) == []
    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        assert "helpUri" not in rule
        anchor = f"docs/issue-codes.md#{rule['id'].lower()}"
        assert anchor in rule["help"]["text"] and f"]({anchor})" in rule["help"]["markdown"]


def test_help_base_comes_from_the_project_urls(monkeypatch) -> None:
    import importlib
    from importlib import metadata

    module = importlib.import_module("regalign.cli.validate")

    class Meta:
        def get_all(self, name: str) -> list[str]:
            assert name == "Project-URL"
            return [
                "Documentation, https://example.org/docs",
                "Repository, https://github.com/o/r/",
            ]

    monkeypatch.setattr(metadata, "metadata", lambda name: Meta())
    assert module.help_base() == "https://github.com/o/r/blob/HEAD/"
