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


def test_ci_runs_the_readme_test_command() -> None:
    script = ROOT / ".ci" / "run"
    extracted = subprocess.run(
        [
            "bash",
            "-c",
            "awk '/<!-- test command -->/ {found=1; next} found && /^```/ {fence++; next} "
            "found && fence==1 {print; exit}' README.md",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert extracted == _command_after("<!-- test command -->")
    assert "python -m pytest" in extracted and "[test]" in extracted
    assert "awk '/<!-- test command -->/" in script.read_text()


def test_main_command_installs_and_runs_regalign() -> None:
    command = _command_after("<!-- main command -->")
    assert command.startswith("python -m pip install . && regalign ")
