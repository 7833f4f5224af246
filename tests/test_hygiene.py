"""The suite runs against src/ with a clean environment, whatever the caller has set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import regalign

ROOT = Path(__file__).resolve().parent.parent


def test_tests_import_regalign_from_src() -> None:
    assert Path(regalign.__file__).resolve().is_relative_to(ROOT / "src")


def test_regalign_data_is_cleared_for_the_tests() -> None:
    assert "REGALIGN_DATA" not in os.environ


@pytest.mark.slow  # a second pytest in a subprocess
def test_key_commands_pass_with_regalign_data_pointing_at_junk(tmp_path: Path) -> None:
    junk = tmp_path / "no" / "such" / "corpus"
    env = {**os.environ, "REGALIGN_DATA": f"{junk}{os.pathsep}{tmp_path / 'junk.yaml'}"}
    (tmp_path / "junk.yaml").write_text("kind: nonsense\n")
    tests = [
        "tests/cli/test_validate_cli.py",
        "tests/cli/test_commands.py",
        "tests/exports/test_oscal_export.py::test_export_validates_against_nists_schema",
        "tests/test_notebook_api.py::test_records_and_dict",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *tests],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.strip().splitlines()[-1]


# Every module of the package has a rank: a module may import modules of a lower rank, and modules
# of its own part (its subpackage), never a higher rank or a sibling part of the same rank. The
# bottom modules are usable by all; cli and the notebook are the two front ends, side by side.
#   cli, notebook -> reports -> api -> comparisons -> frameworks -> schema -> issues, clock -> sanitize, suggest
RANKS = {
    "regalign.version": 0,
    "regalign.sanitize": 0,
    "regalign.suggest": 0,
    "regalign.clock": 1,
    "regalign.issues": 1,
    "regalign.schema": 2,
    "regalign.frameworks": 3,
    "regalign.comparisons": 4,
    "regalign.api": 5,
    "regalign.reports": 6,
    "regalign.cli": 7,
    "regalign.notebook": 7,
    "regalign.__main__": 8,
    "regalign": 8,  # the package itself: the public names, imported lazily
}
PACKAGE = ROOT / "src" / "regalign"


def _modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name, not '.__init__')."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _part(module: str) -> str:
    """The entry of RANKS a module belongs to: itself, or the nearest package above it."""
    parts = module.split(".")
    for size in range(len(parts), 0, -1):
        if ".".join(parts[:size]) in RANKS:
            return ".".join(parts[:size])
    raise KeyError(module)


def _imports(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that ``module`` imports, at module level, inside functions or for type
    checking alike (an import of a name from a package counts for the package and, if the name is a
    module, for that module too)."""
    import ast

    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in modules and name != module)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_every_module_has_a_layer() -> None:
    unplaced = []
    for module in _modules():
        try:
            _part(module)
        except KeyError:
            unplaced.append(module)
    assert unplaced == [], "give these modules a rank in RANKS"
    assert {"regalign", "regalign.__main__", "regalign.api", "regalign.issues"} <= set(_modules())


def test_imports_run_one_way_through_the_layers() -> None:
    # cli/notebook -> reports -> api -> comparisons -> frameworks -> schema -> bottom, for every
    # module, also for imports inside functions and for type checking.
    wrong = []
    for module, imported in sorted(_graph().items()):
        mine = _part(module)
        for target in sorted(imported):
            theirs = _part(target)
            if theirs != mine and RANKS[theirs] >= RANKS[mine]:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_import_goes_round_in_a_circle() -> None:
    graph = _graph()
    cycles = [component for component in _components(graph) if len(component) > 1]
    assert cycles == []


def _components(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of the import graph (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def test_the_cycle_finder_finds_a_cycle() -> None:
    # The test above must be able to fail.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert sorted(_components(graph)) == [["a", "b", "c"], ["d"]]
