"""Calibration: agreement of regalign's verdicts with published expert comparisons.

Usage: python benchmarks/calibration.py [--fit] [--claims tests/calibration/claims.yaml] [--as-of 2026-12-01]
       python benchmarks/calibration.py --claims tests/calibration/claims-jp.yaml --all-held
       python benchmarks/calibration.py --all     (both files: every held-back claim, by subject area)

Reads the cited claims, splits them into a fitting half and a held-back half (fixed by claim id),
and prints agreement (exact, within one step, Cohen's kappa) of the bundled method on both halves,
by area. With --fit it also searches thresholds and caps on the fitting half and prints the best
setting and its agreement on the held-back half; copy it into frameworks/method.yaml by hand.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from regalign.comparisons.calibration import (  # noqa: E402
    Agreement,
    Claim,
    evaluate,
    fit,
    gather,
    parse_claims,
    predict,
    split,
    subject_area,
)
from regalign.frameworks.loader import load  # noqa: E402
from regalign.frameworks.method_loader import default_method  # noqa: E402

CALIBRATION_DATE = date(2026, 12, 1)


def read_claims(path: Path) -> list[Claim]:
    """The claims file as Claim values."""
    return parse_claims(yaml.safe_load(path.read_text(encoding="utf-8")))


def line(label: str, result: Agreement) -> str:
    kappa = "—" if result.kappa is None else f"{result.kappa:.2f}"
    return (
        f"{label:28s} {result.claims:3d} claims   exact {result.exact:5.1%}   within one step "
        f"{result.within_one:5.1%}   kappa {kappa}"
        + (f"   ({result.not_compared} not compared)" if result.not_compared else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--claims", type=Path, default=ROOT / "tests" / "calibration" / "claims.yaml"
    )
    parser.add_argument("--as-of", type=date.fromisoformat, default=CALIBRATION_DATE)
    parser.add_argument(
        "--fit", action="store_true", help="search thresholds and caps on the fitting half"
    )
    parser.add_argument(
        "--show", action="store_true", help="list every claim with the tool's verdict"
    )
    parser.add_argument(
        "--all-held",
        action="store_true",
        help="treat every claim as held back (for claims never used in fitting, e.g. Japan's)",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="the held-back half of claims.yaml and every claim of claims-jp.yaml, by subject area",
    )
    args = parser.parse_args()
    if args.all:
        report_all(args.as_of)
        return
    claims = read_claims(args.claims)
    method = default_method()
    facts = gather(load(use_env=False).corpus, claims, args.as_of, method)
    fitting, held = ([], list(claims)) if args.all_held else split(claims)
    print(
        f"{len(claims)} claims: {len(fitting)} for fitting, {len(held)} held back; rules as of {args.as_of}"
    )
    if fitting:
        print(line("bundled method, fitting half", evaluate(fitting, facts, method)))
    print(line("bundled method, held back", evaluate(held, facts, method)))
    for area in sorted({c.area for c in claims}):
        print(
            line(
                f"  held back, {area}", evaluate([c for c in held if c.area == area], facts, method)
            )
        )
    if args.show:
        for claim in claims:
            mark = "=" if predict(facts[claim.id], method) == claim.verdict else "x"
            part = "fit " if claim in fitting else "held"
            print(
                f"{mark} {part} {claim.id:9s} {claim.verdict:18s} tool {predict(facts[claim.id], method):18s} "
                f"{','.join(claim.topics)}"
            )
    if args.fit and fitting:
        best, result = fit(fitting, facts, method)
        print(line("best setting, fitting half", result))
        print(line("best setting, held back", evaluate(held, facts, best)))
        print("thresholds:", best.thresholds.model_dump())
        print("caps:", best.caps.model_dump())
        print("gap weight:", best.matching.gap_weight)


def report_all(as_of: date) -> None:
    """Every claim held back from fitting, in both files, by the subject area of its first topic."""
    method = default_method()
    corpus = load(use_env=False).corpus
    eu_kr = read_claims(ROOT / "tests" / "calibration" / "claims.yaml")
    japan = read_claims(ROOT / "tests" / "calibration" / "claims-jp.yaml")
    _, held = split(eu_kr)
    held = held + japan
    facts = gather(corpus, held, as_of, method)
    print(
        f"{len(held)} held-back claims ({len(held) - len(japan)} EU-KR, {len(japan)} involving Japan)"
    )
    print(line("all areas", evaluate(held, facts, method)))
    for area in sorted({subject_area(c) for c in held}):
        chosen = [c for c in held if subject_area(c) == area]
        print(line(f"  {area}", evaluate(chosen, facts, method)))


if __name__ == "__main__":
    main()
