"""`regalign validate`: SARIF output, severity words, the bundled corpus's known-warning summary."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from regalign.cli import cli
from regalign.frameworks.loader import load
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
    assert ("E302", "error", 25) in results and ("W402", "warning", 21) in results
    rules = run_["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    uri = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (INVALID / "E302.yaml").as_uri()


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
    assert f"{INVALID / 'E302.yaml'}:25:14: error E302 " in out
    assert f"{INVALID / 'W402.yaml'}:21:5: warning W402 " in out


def test_bundled_known_warnings_are_one_line_unless_verbose() -> None:
    known = [i for i in load().issues if not i.is_error]
    assert known and {i.code for i in known} == {"W402"}
    quiet = run("validate")
    assert quiet.exit_code == 0
    assert quiet.stdout == ""
    assert (
        f"{len(known)} known warnings in the bundled corpus: {len(known)} W402 (unverified pinpoint)"
        in quiet.stderr
    )
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
    assert issue.line == 29
    assert f"first defined at {INVALID / 'E301.yaml'}:21" in issue.message
