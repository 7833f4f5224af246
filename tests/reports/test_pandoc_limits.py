"""pandoc runs with limits on time and memory, and says which one it hit (issue 20)."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli, pandoc
from regalign.cli.pandoc import Limits, PandocMissing, markdown_to_docx

posix = pytest.mark.skipif(os.name != "posix", reason="resource limits are POSIX")
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
MARKDOWN = "# Briefing\n\n" + "| a | b |\n|---|---|\n" + "| x | y |\n" * 3000


@posix
def test_pandoc_starts_with_its_limits_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "pandoc"
    fake.write_text('#!/bin/sh\necho "limits $(ulimit -t) $(ulimit -v) $GHCRTS" >&2\nexit 3\n')
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(pandoc, "pandoc_path", lambda: str(fake))
    with pytest.raises(PandocMissing) as caught:
        markdown_to_docx("# x\n", date(2026, 1, 1), Limits(seconds=30, memory=256 * 2**20))
    # 30 processor seconds; 256 MiB of heap plus 1 GiB of headroom, in KiB; pandoc's own heap cap.
    assert "limits 30 1310720 -M256m" in str(caught.value)


@posix
@needs_pandoc
@pytest.mark.slow  # runs pandoc
def test_past_its_time_pandoc_is_stopped_with_a_clear_message() -> None:
    with pytest.raises(PandocMissing, match=r"did not finish within 0\.05 s.*--detail standard"):
        markdown_to_docx(MARKDOWN * 4, date(2026, 1, 1), Limits(seconds=0.05))


@posix
@needs_pandoc
@pytest.mark.slow  # runs pandoc
@pytest.mark.parametrize("headroom", [1024 * 2**20, 64 * 2**20])
def test_past_its_memory_pandoc_is_stopped_with_a_clear_message(headroom: int) -> None:
    # 16 MiB of heap: pandoc's runtime stops; 64 MiB of address space: the kernel refuses it.
    with pytest.raises(PandocMissing, match=r"more than the 16 MiB of memory"):
        markdown_to_docx(MARKDOWN, date(2026, 1, 1), Limits(memory=16 * 2**20, headroom=headroom))


@posix
@needs_pandoc
@pytest.mark.slow  # runs pandoc
def test_the_report_command_says_so_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pandoc, "LIMITS", Limits(memory=16 * 2**20))
    target = tmp_path / "b.docx"
    done = CliRunner().invoke(
        cli, ["report", "EU", "KR", "--date", "2026-12-01", "--detail", "full", "-o", str(target)]
    )
    assert done.exit_code == 2 and "MiB of memory" in done.output
    assert not target.exists()
