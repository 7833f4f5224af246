"""Engine benchmark: the all-pairs side x side alignment matrix, and how it grows with the corpus.

Usage: python benchmarks/bench_matrix.py [--frameworks 200] [--provisions 500] [--topics 1000]

Builds synthetic corpora in memory (no YAML), then times index_matrix over every framework as a
side, for the base corpus, for twice the frameworks and for twice the provisions per framework.
Also times one full compare() (with provenance and 500-draw sensitivity) of two framework sides.
The work is per pair of sides and per topic both address; there is no loop over provision pairs.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from regalign.comparisons.compare import compare  # noqa: E402
from regalign.comparisons.matrix import index_matrix  # noqa: E402
from regalign.frameworks.method_loader import default_method  # noqa: E402
from synthetic import build_corpus  # noqa: E402

AS_OF = date(2026, 11, 27)


def run(frameworks: int, provisions: int, topics: int) -> tuple[float, int]:
    corpus = build_corpus(frameworks, provisions, topics)
    specs = sorted(corpus.frameworks)
    start = time.perf_counter()
    index_matrix(corpus, specs, as_of=AS_OF, method=default_method())
    return time.perf_counter() - start, len(specs) * (len(specs) + 1) // 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frameworks", type=int, default=200)
    parser.add_argument("--provisions", type=int, default=500)
    parser.add_argument("--topics", type=int, default=1000)
    args = parser.parse_args()
    f, p, t = args.frameworks, args.provisions, args.topics

    corpus = build_corpus(2, p, t)
    start = time.perf_counter()
    compare(corpus, "syn-0000", "syn-0001", as_of=AS_OF, method=default_method())
    print(
        f"one compare() of two {p}-provision frameworks, full provenance + sensitivity: "
        f"{time.perf_counter() - start:.3f} s"
    )

    base, pairs = run(f, p, t)
    print(
        f"base        {f:4d} frameworks x {p:4d} provisions, {t} topics: {pairs:6d} pairs in {base:7.2f} s "
        f"({base / pairs * 1000:.2f} ms/pair)"
    )
    more_sides, pairs2 = run(2 * f, p, t)
    print(
        f"2x sides    {2 * f:4d} frameworks x {p:4d} provisions: {pairs2:6d} pairs in {more_sides:7.2f} s "
        f"({more_sides / base:.2f}x base; pairs grew {pairs2 / pairs:.2f}x)"
    )
    deeper, _ = run(f, 2 * p, t)
    print(
        f"2x deeper   {f:4d} frameworks x {2 * p:4d} provisions: {pairs:6d} pairs in {deeper:7.2f} s "
        f"({deeper / base:.2f}x base)"
    )


if __name__ == "__main__":
    main()
