"""Bounded work and memory on hostile files: capped issue lists, early stops, linear checks.

The big files run through the CLI in a child process with a memory limit and a timeout, so that a
regression fails the test instead of hanging or exhausting the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from regalign.issues import MAX_ISSUES_PER_FILE, FileIssues, make_issue
from tests.conftest import INVALID

MEMORY = 1 << 30
HEADER = (
    (INVALID / "W401.yaml").read_text(encoding="utf-8").split("\n", 1)[1].split("provisions:\n")[0]
)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def validate(path: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "REGALIGN_CACHE": "off", "REGALIGN_DATA": ""}
    return subprocess.run(
        [sys.executable, "-m", "regalign", "validate", "--no-bundled", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=_limit,
    )


@pytest.mark.slow  # regalign validate in a subprocess
def test_a_file_of_empty_provisions_stops_early_with_a_summary(tmp_path: Path) -> None:
    hostile = tmp_path / "empty.yaml"
    hostile.write_text("kind: framework\nprovisions:\n" + "  - {}\n" * 300_000, encoding="utf-8")
    done = validate(hostile)
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == MAX_ISSUES_PER_FILE + 1
    assert " E113 and " in lines[-1] and "provisions were not checked" in lines[-1]


@pytest.mark.slow  # regalign validate in a subprocess
def test_aliases_and_duplicate_keys_by_the_hundred_thousand_give_a_short_report(
    tmp_path: Path,
) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        "kind: framework\na: &a x\nb: [" + ",".join(["*a"] * 500_000) + "]\n", encoding="utf-8"
    )
    duplicates = tmp_path / "duplicates.yaml"
    duplicates.write_text("kind: framework\nm:\n" + " k:\n" * 500_000, encoding="utf-8")
    for hostile, count in ((aliases, 500_000), (duplicates, 499_999)):
        done = validate(hostile)
        lines = done.stdout.splitlines()
        assert done.returncode == 1 and len(lines) == MAX_ISSUES_PER_FILE + 1, (
            hostile,
            len(done.stdout),
        )
        assert f" E113 and {count - MAX_ISSUES_PER_FILE:,} more problems in this file" in lines[-1]


@pytest.mark.slow  # regalign validate in a subprocess
def test_a_long_depends_on_circle_is_checked_in_linear_time(tmp_path: Path) -> None:
    count = 20_000
    provisions = "".join(
        f"  - {{id: p-{i}, pinpoint: Art. {i}, title: T, summary: What the provision requires in a sentence long enough to cite., topics: [t.penalties], modality: obligation, "
        f"source_url: 'https://eur-lex.europa.eu/', evidence: primary, depends_on: [fixture-act/p-{(i + 1) % count}]}}\n"
        for i in range(count)
    )
    taxonomy = (INVALID.parent / "valid" / "taxonomy.yaml").read_text(encoding="utf-8")
    (tmp_path / "taxonomy.yaml").write_text(taxonomy, encoding="utf-8")
    (tmp_path / "circle.yaml").write_text(HEADER + "provisions:\n" + provisions, encoding="utf-8")
    done = validate(tmp_path, timeout=60)
    lines = done.stdout.splitlines()
    assert done.returncode == 1 and len(lines) == MAX_ISSUES_PER_FILE + 1
    assert "E317 depends_on goes round in a circle: fixture-act/p-0 -> fixture-act/p-1" in lines[0]
    assert f"({count:,} provisions)" in lines[0] and len(lines[0]) < 400


def test_the_first_issues_by_position_are_kept_and_the_rest_counted() -> None:
    sink = FileIssues("x.yaml", limit=3)
    for line in (9, 2, 7, 1, 5, 8, 3):
        sink.add(make_issue("E107", "x.yaml", line, 1, f"at {line}"))
    listed = sink.result()
    assert [(i.code, i.line) for i in listed] == [
        ("E107", 1),
        ("E107", 2),
        ("E107", 3),
        ("E113", 5),
    ]
    assert listed[-1].message == "and 4 more problems in this file; only the first 3 are listed"


def test_only_warnings_beyond_the_cap_give_a_warning_summary() -> None:
    sink = FileIssues("x.yaml", limit=2)
    for line in (1, 2, 3):
        sink.add(make_issue("W401", "x.yaml", line, 1, "no source"))
    assert [i.code for i in sink.result()] == ["W401", "W401", "W406"]
    assert not sink.result()[-1].is_error


def test_messages_quote_hostile_values_briefly() -> None:
    from regalign.frameworks.loader import load_files
    from regalign.frameworks.sources import SourceFile

    huge = "x" * 100_000

    class _Blob:
        def read_bytes(self) -> bytes:
            return f"kind: |\n  {huge}\n? {huge}\n: 1\n".encode()

    issues = load_files([SourceFile(name="blob.yaml", resource=_Blob())]).issues
    assert issues and all(len(i.as_text()) < 1000 for i in issues), [
        len(i.as_text()) for i in issues
    ]
