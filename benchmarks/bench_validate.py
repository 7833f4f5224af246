"""Validation benchmark: regalign validate vs a bare YAML parse vs check-jsonschema, same files.

Usage: python benchmarks/bench_validate.py [--frameworks 200] [--provisions 500] [--repeat 1]

Generates a synthetic corpus (frameworks x provisions, default 100,000 provisions) into a temporary
directory, then prints wall-clock seconds for:
  parse      yaml.load with PyYAML's C loader on every file (no validation at all)
  validate   regalign's full validation (parse with positions, models, cross-record checks)
  jsonschema check-jsonschema with the exported schema on the same files (if installed)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from regalign.frameworks.loader import load  # noqa: E402
from regalign.schema.export import committed_schema_text  # noqa: E402
from synthetic import generate  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _check_jsonschema() -> list[str] | None:
    """How to run check-jsonschema: from PATH, or as a module of this interpreter."""
    found = shutil.which("check-jsonschema")
    if found:
        return [found]
    try:
        import check_jsonschema  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-m", "check_jsonschema"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frameworks", type=int, default=200)
    parser.add_argument("--provisions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1, help="report the best of this many runs")
    parser.add_argument("--skip-jsonschema", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus"
        files = generate(out, args.frameworks, args.provisions, topics=1000)
        size = sum(f.stat().st_size for f in files)
        total = args.frameworks * args.provisions
        print(
            f"corpus: {args.frameworks} frameworks x {args.provisions} provisions = {total:,} provisions, "
            f"{len(files)} files, {size / 1e6:.1f} MB"
        )

        def parse() -> None:
            for path in files:
                yaml.load(path.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

        def validate() -> None:
            result = load([out], bundled=False)
            assert result.valid, result.issues[:3]

        parse_s = min(timed(parse) for _ in range(args.repeat))
        validate_s = min(timed(validate) for _ in range(args.repeat))
        print(f"parse only (PyYAML C loader): {parse_s:8.2f} s")
        print(
            f"regalign validate:            {validate_s:8.2f} s   ({validate_s / parse_s:.2f}x parse)"
        )

        tool = _check_jsonschema()
        if tool and not args.skip_jsonschema:
            schema = Path(tmp) / "schema.json"
            schema.write_text(committed_schema_text(), encoding="utf-8")
            command = [*tool, "--schemafile", str(schema), *map(str, files)]
            check_s = timed(lambda: subprocess.run(command, check=True, capture_output=True))
            print(
                f"check-jsonschema:             {check_s:8.2f} s   "
                f"(regalign is {check_s / validate_s:.1f}x faster)"
            )
        else:
            print("check-jsonschema:             not run (install the test extra to include it)")


if __name__ == "__main__":
    main()
