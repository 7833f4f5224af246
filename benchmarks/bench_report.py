"""End-to-end benchmark: `regalign report EU KR` against the bare import time of its dependencies.

Usage: python benchmarks/bench_report.py [--repeat 7] [--phases]

Runs, in the same session and alternating, (1) a fresh interpreter that only imports regalign's
core dependencies (pydantic, jsonschema, tabulate, click, PyYAML) and (2) a fresh interpreter
running the full EU-vs-KR briefing on the bundled corpus (load and validate every file, compare,
500-draw sensitivity, render markdown). Prints the minimum and median wall-clock seconds of each.
The report runs three times per round: warm (the same briefing asked for again: written from the
finished-output cache), with a new briefing on warm data (another --author each time, so the corpus and
comparison caches hit and the briefing is rendered anew), and cold, with REGALIGN_CACHE pointed at an
empty directory (the first run after an install or an edit).
The targets of issue 20 are printed beside the ratios: cold within 1.5x the bare imports, warm within
1.2x. ``--phases`` adds where a run spends its time beyond the imports (in one fresh interpreter per
round: importing regalign, loading the corpus, computing the briefing's comparisons, rendering), cold
and warm. The machine should be quiet: quote the medians, and the minimums beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

IMPORTS = "import pydantic, jsonschema, tabulate, click, yaml"
REPORT = "import sys; sys.argv = ['regalign', 'report', 'EU', 'KR']; from regalign.cli import main; main()"
# The same briefing under another author's name: the data and comparisons are cached, the output is not.
RENDERED = (
    "import sys; sys.argv = ['regalign', 'report', 'EU', 'KR', '--author', 'reader {n}']; "
    "from regalign.cli import main; main()"
)
TARGETS = {"warm": 1.2, "cold": 1.5}  # issue 20: report / bare imports, medians
# One fresh interpreter: the phases of a report, each timed (seconds, one JSON line on stdout).
PHASES = """
import json, time
t0 = time.perf_counter()
import pydantic, jsonschema, tabulate, click, yaml
t1 = time.perf_counter()
from regalign.api import Service
from regalign.cli import main
from regalign.reports import briefing, render_markdown
t2 = time.perf_counter()
service = Service()
corpus = service.corpus()
t3 = time.perf_counter()
result, history = service.briefing("EU", "KR")
t4 = time.perf_counter()
document = briefing.build(result, corpus, prepared=service.today(), extras=briefing.Extras(history=history))
render_markdown.render(document)
t5 = time.perf_counter()
print(json.dumps({"dependencies": t1 - t0, "regalign modules": t2 - t1, "corpus": t3 - t2,
                  "comparisons": t4 - t3, "rendering": t5 - t4}))
"""


def _env(cache: str) -> dict[str, str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1795737600", "REGALIGN_DATA": ""}
    if cache:
        env["REGALIGN_CACHE"] = cache
    return env


def timed(code: str, cache: str = "") -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code], check=True, stdout=subprocess.DEVNULL, env=_env(cache)
    )
    return time.perf_counter() - start


def phases(cache: str = "") -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", PHASES], check=True, capture_output=True, text=True, env=_env(cache)
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def print_phases(repeat: int) -> None:
    cold: list[dict[str, float]] = []
    warm: list[dict[str, float]] = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as empty:
            cold.append(phases(empty))
            warm.append(phases(empty))  # the same cache, now filled
    print("phases (median seconds)          cold      warm")
    for name in cold[0]:
        c = statistics.median(p[name] for p in cold)
        w = statistics.median(p[name] for p in warm)
        print(f"  {name:30s} {c:6.3f}    {w:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--phases", action="store_true", help="where a run spends its time")
    args = parser.parse_args()
    timed(IMPORTS), timed(REPORT)  # warm the file-system cache
    imports, reports, rendered, cold = [], [], [], []
    for n in range(args.repeat):
        imports.append(timed(IMPORTS))
        reports.append(timed(REPORT))
        rendered.append(timed(RENDERED.format(n=f"{time.time_ns()}-{n}")))
        with tempfile.TemporaryDirectory() as empty:
            cold.append(timed(REPORT, cache=empty))
    rows = (
        ("bare imports of the dependencies", imports),
        ("regalign report EU KR (warm cache)", reports),
        ("report EU KR, new --author (warm data)", rendered),
        ("regalign report EU KR (cold cache)", cold),
    )
    for label, values in rows:
        print(f"{label:40s} min {min(values):.3f} s   median {statistics.median(values):.3f} s")
    base = statistics.median(imports)
    for label, values in (rows[1], rows[3]):
        ratio = statistics.median(values) / base
        target = TARGETS[label[label.index("(") + 1 :].split()[0]]
        print(
            f"{label[label.index('(') :]:>12s} report / imports (median): {ratio:.2f}x "
            f"(target {target}x: {'met' if ratio <= target else 'not met'}); "
            f"{statistics.median(values) - base:.3f} s beyond the imports"
        )
    if args.phases:
        print_phases(args.repeat)


if __name__ == "__main__":
    main()
