"""End-to-end benchmark: `regalign report EU KR` against the bare import time of its dependencies.

Usage: python benchmarks/bench_report.py [--repeat 7]

Runs, in the same session and alternating, (1) a fresh interpreter that only imports regalign's
core dependencies (pydantic, jsonschema, tabulate, click, PyYAML) and (2) a fresh interpreter
running the full EU-vs-KR briefing on the bundled corpus (load and validate every file, compare,
500-draw sensitivity, render markdown). Prints the minimum and median wall-clock seconds of each.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

IMPORTS = "import pydantic, jsonschema, tabulate, click, yaml"
REPORT = "import sys; sys.argv = ['regalign', 'report', 'EU', 'KR']; from regalign.cli import main; main()"


def timed(code: str) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795737600", "REGALIGN_DATA": ""}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    timed(IMPORTS), timed(REPORT)  # warm the file-system cache
    imports, reports = [], []
    for _ in range(args.repeat):
        imports.append(timed(IMPORTS))
        reports.append(timed(REPORT))
    for label, values in (("bare imports of the dependencies", imports), ("regalign report EU KR", reports)):
        print(f"{label:34s} min {min(values):.3f} s   median {statistics.median(values):.3f} s")
    print(f"report / imports (median): {statistics.median(reports) / statistics.median(imports):.2f}x; "
          f"report costs {statistics.median(reports) - statistics.median(imports):.3f} s beyond the imports")


if __name__ == "__main__":
    main()
