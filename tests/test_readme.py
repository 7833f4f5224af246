"""The README's set-up commands are the ones CI and users run."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _command_after(marker: str) -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(marker)
    assert lines[start + 1].startswith("```")
    return lines[start + 2]


def _extracted(marker: str) -> str:
    """The command .ci/run's awk line finds after the marker."""
    return subprocess.run(
        [
            "bash",
            "-c",
            f"awk '/{marker}/ {{found=1; next}} found && /^```/ {{fence++; next}} "
            "found && fence==1 {print; exit}' README.md",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_ci_runs_the_readme_full_test_command() -> None:
    script = ROOT / ".ci" / "run"
    extracted = _extracted("<!-- full test command -->")
    assert extracted == _command_after("<!-- full test command -->")
    assert "awk '/<!-- full test command -->/" in script.read_text()
    # The checks first, then every test: the slow ones and every fuzz input.
    steps = [step.strip() for step in extracted.split("&&")]
    assert steps[0].startswith("python -m pip install") and "dev" in steps[0] and "test" in steps[0]
    assert steps[1:] == [
        "ruff check",
        "ruff format --check",
        "mypy",
        "python -m pytest --full",
    ]


def test_the_readme_test_command_is_the_default_profile() -> None:
    extracted = _extracted("<!-- test command -->")
    assert extracted == _command_after("<!-- test command -->")
    assert extracted == "python -m pip install '.[test]' && python -m pytest"


def test_main_command_installs_and_runs_regalign() -> None:
    command = _command_after("<!-- main command -->")
    assert command.startswith("python -m pip install . && regalign ")
