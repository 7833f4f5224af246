"""The README's set-up commands are the ones CI and users run."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli

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


def test_ci_runs_the_readme_test_command_in_the_full_profile() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "awk '/<!-- test command -->/" in script
    # The checks first, then the README's own command with every test and every fuzz input.
    lines = [line.strip() for line in script.splitlines()]
    assert lines.index("ruff check") < lines.index("ruff format --check") < lines.index("mypy")
    assert lines.index("mypy") < next(
        i for i, x in enumerate(lines) if x.startswith("REGALIGN_FULL")
    )
    assert 'REGALIGN_FULL_TESTS=1 bash -euo pipefail -c "$command"' in script


def test_the_readme_gives_exactly_two_set_up_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count("<!-- main command -->") == 1
    assert text.count("<!-- test command -->") == 1
    assert "<!-- full test command -->" not in text


def test_the_readme_test_command_is_the_default_profile() -> None:
    extracted = _extracted("<!-- test command -->")
    assert extracted == _command_after("<!-- test command -->")
    assert extracted == "python -m pip install '.[test]' && python -m pytest -n auto"


def test_main_command_installs_and_runs_regalign() -> None:
    command = _command_after("<!-- main command -->")
    assert command.startswith("python -m pip install . && regalign ")


def _excerpt(command: str) -> list[str]:
    """The lines the README shows under '$ regalign ...', up to its '...' or the fence."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"$ regalign {command}") + 1
    shown = []
    for line in lines[start:]:
        if line.startswith("```") or line == "...":
            break
        shown.append(line)
    return shown


@pytest.mark.parametrize(
    "command",
    [
        "compare eu-ai-act kr-ai-basic-act --as-of 2026-12-01 --topic ai.transparency",
        "explain eu-ai-act kr-ai-basic-act ai.transparency.synthetic-content --as-of 2026-12-01",
    ],
)
def test_the_readme_excerpts_are_what_the_commands_print(command: str) -> None:
    shown = [line for line in _excerpt(command) if line]
    printed = CliRunner().invoke(cli, shlex.split(command)).output.splitlines()
    assert shown, command
    assert [line for line in printed if line][: len(shown)] == shown


def test_the_readme_briefing_excerpt_is_what_the_report_says() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```text\n**Bottom line:**") + len("```text\n")
    excerpt = text[start : text.index("```", start)]
    # Paragraphs of the excerpt, unwrapped; '...' marks what the README leaves out.
    shown = [
        " ".join(line.strip() for line in block.splitlines()).replace(" ...", "")
        for block in re.split(r"\n(?=- |\d\. |### )|\n\n", excerpt)
        if block.strip() and block.strip() != "..."
    ]
    args = ["report", "EU", "KR", "--detail", "summary", "--as-of", "2026-12-06"]
    printed = CliRunner().invoke(cli, args).output
    for paragraph in shown:
        assert paragraph.rstrip(".") in printed, paragraph
