"""The comparison engine alone, in one process: what a briefing, a timeline and a notebook wait for.

Usage: python benchmarks/bench_engine.py [--repeat 5] [--as-of 2026-12-08]

For each of the three jurisdiction pairs on the bundled corpus, times (1) ``compare`` (every unit at
both horizons and the 500-draw sensitivity ranges), (2) ``briefing_points`` (the dates page 1 and the
timeline annex quote) and (3) ``alignment_over_time`` (the index on every change date, what
``regalign timeline`` and the notebook's ``timeline`` compute). The corpus is loaded once, before
the clock starts; each figure is the median (and minimum) of ``--repeat`` runs. Nothing is cached
between runs: the engine keeps no memory across calls.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial

from regalign.comparisons.compare import compare
from regalign.comparisons.history import alignment_over_time, briefing_points
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method

PAIRS = (("EU", "KR"), ("EU", "JP"), ("KR", "JP"))


def _timed(task: Callable[[], object]) -> float:
    start = time.perf_counter()
    task()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 12, 8))
    args = parser.parse_args()
    corpus, method = load(use_env=False).corpus, default_method()
    print(f"engine on the bundled corpus, as of {args.as_of}; median (min) of {args.repeat} runs")
    totals = {"compare": 0.0, "briefing dates": 0.0, "timeline": 0.0}
    for a, b in PAIRS:
        result = compare(corpus, a, b, as_of=args.as_of, method=method)
        tasks = {
            "compare": partial(compare, corpus, a, b, as_of=args.as_of, method=method),
            "briefing dates": partial(briefing_points, corpus, result, method),
            "timeline": partial(alignment_over_time, corpus, a, b, method=method),
        }
        for name, task in tasks.items():
            runs = [_timed(task) for _ in range(args.repeat)]
            totals[name] += statistics.median(runs)
            print(f"  {a}-{b} {name:15s} {statistics.median(runs):7.3f} s  ({min(runs):.3f} s)")
    print("  three pairs, medians: " + ", ".join(f"{k} {v:.3f} s" for k, v in totals.items()))


if __name__ == "__main__":
    main()
