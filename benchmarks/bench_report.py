"""End-to-end benchmark: `regalign report EU KR` against the bare import time of its dependencies.

Usage: python benchmarks/bench_report.py [--repeat 7]

Runs, in the same session and alternating, (1) a fresh interpreter that only imports regalign's
core dependencies (pydantic, jsonschema, tabulate, click, PyYAML) and (2) a fresh interpreter
running the full EU-vs-KR briefing on the bundled corpus (load and validate every file, compare,
500-draw sensitivity, render markdown). Prints the minimum and median wall-clock seconds of each.
The report runs twice per round: with the corpus and comparison caches warm (the usual case), and
cold, with REGALIGN_CACHE pointed at an empty directory (the first run after an install or an edit).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

IMPORTS = "import pydantic, jsonschema, tabulate, click, yaml"
REPORT = "import sys; sys.argv = ['regalign', 'report', 'EU', 'KR']; from regalign.cli import main; main()"


def timed(code: str, cache: str = "") -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795737600", "REGALIGN_DATA": ""}
    if cache:
        env["REGALIGN_CACHE"] = cache
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    timed(IMPORTS), timed(REPORT)  # warm the file-system cache
    imports, reports, cold = [], [], []
    for _ in range(args.repeat):
        imports.append(timed(IMPORTS))
        reports.append(timed(REPORT))
        with tempfile.TemporaryDirectory() as empty:
            cold.append(timed(REPORT, cache=empty))
    rows = (
        ("bare imports of the dependencies", imports),
        ("regalign report EU KR (warm cache)", reports),
        ("regalign report EU KR (cold cache)", cold),
    )
    for label, values in rows:
        print(f"{label:36s} min {min(values):.3f} s   median {statistics.median(values):.3f} s")
    base = statistics.median(imports)
    for label, values in rows[1:]:
        print(
            f"{label[label.index('(') :]:>12s} report / imports (median): {statistics.median(values) / base:.2f}x; "
            f"{statistics.median(values) - base:.3f} s beyond the imports"
        )


if __name__ == "__main__":
    main()
