"""Hostile-input benchmark: time and peak memory of regalign on worst-case files.

Usage: python benchmarks/bench_hostile.py [--keep DIR]

Writes worst-case files into a temporary directory (or DIR with --keep) and runs the regalign
command each one targets in a child process, with the corpus cache off. For every run it prints
the wall-clock time, the child's peak resident memory (os.wait4's rusage), the exit code and how
much it printed. The target (docs/guarantees.md): any file under the size cap is handled in under
10 s and 1 GB, whatever it holds, with at most 100 issues per file and then one summary line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from regalign.frameworks.yamlsource import MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parent.parent
VALID = ROOT / "tests" / "data" / "valid"
TIME_LIMIT, MEMORY_LIMIT = 10.0, 1 << 30
HEADER = "kind: framework\n"


def _fill(
    path: Path, head: str, unit: str, tail: str, count: int | None = None, label: str = ""
) -> str:
    """Write head + unit * count + tail, with count chosen to come near the size cap when not given."""
    if count is None:
        count = (MAX_FILE_BYTES - 64 - len(head) - len(tail)) // len(unit)
    with path.open("w", encoding="utf-8") as stream:
        stream.write(head)
        stream.write(unit * count)
        stream.write(tail)
    return f"{count:,} x {label or unit.strip() or repr(unit)}"


def _fixture_copy(folder: Path, title: str) -> None:
    folder.mkdir()
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "test-kr-act.yaml":
            text = text.replace("    title: Labels\n", f"    title: {title}\n")
        (folder / source.name).write_text(text, encoding="utf-8")


def _unknown_topics(path: Path) -> str:
    """A structurally valid framework near the cap whose every provision names an unknown topic."""
    head = (VALID / "test-eu-act.yaml").read_text(encoding="utf-8").split("provisions:\n")[0]
    unit = (
        "  - {id: p-%d, pinpoint: Art. %d, title: T, summary: S., topics: [t.nowhere-%d], modality: obligation, "
        "source_url: 'https://eur-lex.europa.eu/', evidence: primary}\n"
    )
    budget = MAX_FILE_BYTES - len(head) - 200
    lines, size, index = [], 0, 0
    while True:
        line = unit % (index, index, index)
        if size + len(line) > budget:
            break
        lines.append(line)
        size += len(line)
        index += 1
    path.write_text(head + "provisions:\n" + "".join(lines), encoding="utf-8")
    return f"{index:,} valid provisions, each with an unknown topic"


def _nested(path: Path, depth: int) -> str:
    path.write_text(HEADER + "x: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    return f"{depth:,} levels of [ ]"


def _topic_weights(path: Path) -> str:
    """A method file near the cap with distinct topic weights: one record holding a million values."""
    lines, size, index = ["topic_weights:\n"], 16, 0
    while size < MAX_FILE_BYTES - 100:
        line = f"  t{index}: 1\n"
        lines.append(line)
        size += len(line)
        index += 1
    path.write_text("".join(lines), encoding="utf-8")
    return f"{index:,} topic weights"


def cases(folder: Path) -> list[tuple[str, str, list[str]]]:
    """(name, what the file holds, the command to run) for every worst case."""
    found: list[tuple[str, str, list[str]]] = []

    def add(name: str, make: Callable[[Path], str], *command: str) -> None:
        target = folder / f"{name}.yaml"
        found.append((name, make(target), [part.replace("FILE", str(target)) for part in command]))

    add(
        "empty-provisions",
        lambda p: _fill(p, HEADER + "provisions:\n", "  - {}\n", "", 1_000_000),
        "validate",
        "FILE",
    )
    add(
        "empty-provisions-at-cap",
        lambda p: _fill(p, HEADER + "provisions: [", "{},", "{}]\n"),
        "validate",
        "FILE",
    )
    add(
        "aliases",
        lambda p: _fill(p, HEADER + "a: &a x\nb: [", "*a,", "*a]\n", 2_000_000),
        "validate",
        "FILE",
    )
    add(
        "aliases-at-cap",
        lambda p: _fill(p, HEADER + "a: &a x\nb: [", "*a,", "*a]\n"),
        "validate",
        "FILE",
    )
    add(
        "duplicate-keys",
        lambda p: _fill(p, HEADER + "m:\n", " k:\n", "", 1_500_000),
        "validate",
        "FILE",
    )
    add(
        "duplicate-keys-at-cap",
        lambda p: _fill(p, HEADER + "m: {", "k: ,", "k: }\n"),
        "validate",
        "FILE",
    )
    add(
        "scalars-at-cap",
        lambda p: _fill(p, HEADER + "provisions: [", "a,", "a]\n"),
        "validate",
        "FILE",
    )
    add("deep-nesting", lambda p: _nested(p, 100_000), "validate", "FILE")
    add("deep-nesting-at-cap", lambda p: _nested(p, (MAX_FILE_BYTES - 64) // 2), "validate", "FILE")
    add(
        "huge-integers",
        lambda p: _fill(
            p, HEADER + "n: [", "9" * 5000 + ",", "1]\n", label="a 5,000-digit integer"
        ),
        "validate",
        "FILE",
    )
    add(
        "one-huge-integer",
        lambda p: _fill(p, HEADER + "n: ", "9", "\n", label="digit of one integer"),
        "validate",
        "FILE",
    )
    add("unknown-topics", _unknown_topics, "validate", "--no-bundled", str(VALID), "FILE")
    add(
        "method-topic-weights",
        _topic_weights,
        "compare",
        "EU",
        "KR",
        "--as-of",
        "2026-11-27",
        "--method",
        "FILE",
    )
    long_title = folder / "long-title"
    _fixture_copy(long_title, "표L" * 200_000)
    pair = ["test-eu-act", "test-kr-act"]
    for name, command in (
        (
            "long-title-explain",
            ["explain", *pair, "t.transparency.labels", "--as-of", "2027-01-01"],
        ),
        ("long-title-compare", ["compare", *pair, "--as-of", "2027-01-01", "--format", "grid"]),
        (
            "long-title-report",
            ["report", *pair, "--date", "2027-01-01", "--detail", "full", "--format", "html"],
        ),
    ):
        found.append((name, "a 400,000-character title", ["--data", str(long_title), *command]))
    if Path("/dev/zero").exists():
        found.append(("dev-zero", "a device that never ends", ["validate", "/dev/zero"]))
    return found


def measure(command: list[str]) -> tuple[float, int, int, int, int]:
    """Seconds, peak memory in bytes, exit code, bytes printed and lines printed, for one CLI run."""
    env = {**os.environ, "REGALIGN_CACHE": "off", "REGALIGN_DATA": ""}
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "regalign", *command],
            stdout=out,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        printed = out.read()
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return elapsed, peak, child.returncode, len(printed), printed.count(b"\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", metavar="DIR", help="write the files into DIR and keep them")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="regalign-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        print(
            f"size cap {MAX_FILE_BYTES:,} bytes; target under {TIME_LIMIT:.0f} s and {MEMORY_LIMIT >> 20:,} MB\n"
        )
        print(
            f"{'case':24} {'file':>9} {'time':>7} {'peak':>8} {'exit':>4} {'printed':>9} {'lines':>6}  holds"
        )
        worst_time, worst_memory = 0.0, 0
        for name, holds, command in cases(folder):
            target = folder / f"{name}.yaml"
            size = target.stat().st_size if target.exists() else 0
            elapsed, peak, code, printed, lines = measure(command)
            worst_time, worst_memory = max(worst_time, elapsed), max(worst_memory, peak)
            flag = "" if elapsed < TIME_LIMIT and peak < MEMORY_LIMIT else "  OVER TARGET"
            print(
                f"{name:24} {size / 1e6:7.2f}MB {elapsed:6.2f}s {peak / 1e6:6.0f}MB {code:4} {printed:9,} "
                f"{lines:6,}  {holds}{flag}"
            )
        print(f"\nworst: {worst_time:.2f} s, {worst_memory / 1e6:.0f} MB peak resident memory")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
