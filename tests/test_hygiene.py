"""The suite runs against src/ with a clean environment, whatever the caller has set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import regalign

ROOT = Path(__file__).resolve().parent.parent


def test_tests_import_regalign_from_src() -> None:
    assert Path(regalign.__file__).resolve().is_relative_to(ROOT / "src")


def test_regalign_data_is_cleared_for_the_tests() -> None:
    assert "REGALIGN_DATA" not in os.environ


def test_key_commands_pass_with_regalign_data_pointing_at_junk(tmp_path: Path) -> None:
    junk = tmp_path / "no" / "such" / "corpus"
    env = {**os.environ, "REGALIGN_DATA": f"{junk}{os.pathsep}{tmp_path / 'junk.yaml'}"}
    (tmp_path / "junk.yaml").write_text("kind: nonsense\n")
    tests = [
        "tests/cli/test_validate_cli.py",
        "tests/cli/test_commands.py",
        "tests/exports/test_oscal_export.py::test_export_validates_against_nists_schema",
        "tests/test_notebook_api.py::test_records_and_dict",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *tests],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.strip().splitlines()[-1]


LAYERS = [
    "schema",
    "frameworks",
    "comparisons",
    "reports",
    "cli",
]  # each may import only those before it


def test_imports_run_one_way_through_the_layers() -> None:
    # cli -> reports -> comparisons -> frameworks -> schema, also for imports inside functions.
    import ast

    package = ROOT / "src" / "regalign"
    wrong = []
    for index, layer in enumerate(LAYERS):
        for module in sorted((package / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                    if isinstance(node, ast.Import)
                    else []
                )
                for name in names:
                    parts = name.split(".")
                    if (
                        parts[0] == "regalign"
                        and len(parts) > 1
                        and parts[1] in LAYERS[index + 1 :]
                    ):
                        wrong.append(f"{module.relative_to(package)} imports {name}")
    assert wrong == []
