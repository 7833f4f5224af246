"""`regalign validate` and `regalign schema` through click's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from regalign.cli import cli
from regalign.schema.export import committed_schema_text
from tests.conftest import INVALID, VALID


def run(*args: str) -> CliRunner.invoke:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_bundled_corpus_is_clean() -> None:
    result = run("validate", "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["valid"] is True
    assert [i for i in payload["issues"] if i["severity"] == "error"] == []


def test_problems_give_exit_1_and_sorted_linter_lines() -> None:
    result = run(
        "validate",
        "--no-bundled",
        str(VALID),
        str(INVALID / "E302.yaml"),
        str(INVALID / "E201.yaml"),
    )
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert lines == sorted(lines, key=lambda line: (line.split(":")[0], int(line.split(":")[1])))
    assert lines[0].startswith(
        f"{INVALID / 'E201.yaml'}:4:3: error E201 missing required field 'short_title'"
    )
    assert any(":26:14: error E302 unknown topic 't.nowhere'" in line for line in lines)
    # E201.yaml's header failed: its provision is checked without it, and W460 says so
    assert any(":4:3: warning W460 the framework header has errors" in line for line in lines)
    assert "6 files checked: 2 errors, 1 warning" in result.stderr


def test_json_format_shape() -> None:
    result = run(
        "validate", "--no-bundled", str(VALID), str(INVALID / "E204.yaml"), "--format", "json"
    )
    payload = json.loads(result.stdout)
    assert payload["valid"] is False
    assert [i for i in payload["issues"] if i["code"] != "W460"] == [
        {
            "code": "E204",
            "severity": "error",
            "file": str(INVALID / "E204.yaml"),
            "line": 10,
            "column": 16,
            "path": "$.framework.legal_force",
            "message": "expected one of: binding, voluntary, non-binding; got 'mandatory'",
        }
    ]


def test_warnings_pass_unless_strict() -> None:
    args = ["validate", "--no-bundled", str(VALID), str(INVALID / "W402.yaml")]
    assert run(*args).exit_code == 0
    assert run(*args, "--strict").exit_code == 1


def test_github_annotations() -> None:
    result = run(
        "validate", "--no-bundled", str(VALID), str(INVALID / "E302.yaml"), "--format", "github"
    )
    assert result.stdout.startswith(
        f"::error file={INVALID / 'E302.yaml'},line=26,col=14,title=E302::"
    )


def test_usage_error_is_exit_2() -> None:
    assert run("validate", "--format", "xml").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_paths_are_checked_with_the_bundled_taxonomy(tmp_path: Path) -> None:
    framework = (
        (INVALID / "E302.yaml").read_text().replace("t.nowhere", "ai.transparency.deepfakes")
    )
    framework = framework.replace("t.penalties", "ai.penalties")
    target = tmp_path / "mine.yaml"
    target.write_text(framework)
    result = run("validate", str(target))
    assert result.exit_code == 0, result.output


def test_schema_prints_the_committed_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert result.stdout == committed_schema_text()


def test_schema_output_never_clobbers_a_users_file(tmp_path: Path) -> None:
    mine = tmp_path / "schema.json"
    mine.write_text("my notes")
    result = run("schema", "-o", str(mine))
    assert result.exit_code == 2 and "pass --force" in result.stderr
    assert mine.read_text() == "my notes"
    assert run("schema", "-o", str(mine), "--force").exit_code == 0
    assert json.loads(mine.read_text())["title"] == "regalign data file"
    assert run("schema", "-o", str(mine)).exit_code == 0  # regalign wrote it, so it may rewrite it


def test_schema_output_to_missing_directory_is_explained(tmp_path: Path) -> None:
    result = run("schema", "-o", str(tmp_path / "nowhere" / "s.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_help_does_not_import_pydantic_or_jsonschema() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['regalign', '--help']\n"
        "from regalign.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pydantic', 'jsonschema', 'yaml') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_python_dash_m_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "regalign", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "regalign, version" in done.stdout
