"""The pre-commit hook runs `regalign validate` on a sample corpus repository.

The hook repository is a copy of this checkout (src/, pyproject.toml, README.md and
.pre-commit-hooks.yaml) committed into a temporary git repository, so the test exercises the
working tree, not a published release. pre-commit builds the hook's virtual environment with pip,
which needs the package index for regalign's dependencies; when that is out of reach the test is
skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import INVALID, VALID

ROOT = Path(__file__).resolve().parent.parent
pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
GIT = shutil.which("git")
pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.slow,  # git and pre-commit in subprocesses
]


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(
        [GIT, *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout  # type: ignore[list-item]


def _hook_repository(where: Path) -> tuple[Path, str]:
    repo = where / "regalign-hook"
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(
        ROOT / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "hook")
    return repo, _git(repo, "rev-parse", "HEAD").strip()


def _corpus_repository(where: Path, hook: Path, rev: str) -> Path:
    repo = where / "my-corpus"
    (repo / "data").mkdir(parents=True)
    for path in VALID.glob("*.yaml"):
        shutil.copy2(path, repo / "data" / path.name)
    # YAML that is not regalign data: the hook must not fail on it
    (repo / "mkdocs.yml").write_text("site_name: My corpus\nnav:\n  - index.md\n")
    (repo / "docs").mkdir()
    (repo / "docs" / "compose.yaml").write_text("services:\n  web:\n    image: nginx\n")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook.as_uri()}\n    rev: {rev}\n    hooks:\n      - id: regalign-validate\n"
    )
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "corpus")
    return repo


def _pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    env.pop("PYTHONPATH", None)  # the hook's own environment must hold regalign
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_hook_validates_the_whole_corpus_repository(tmp_path: Path) -> None:
    hook, rev = _hook_repository(tmp_path)
    corpus = _corpus_repository(tmp_path, hook, rev)
    home = tmp_path / "pre-commit-home"
    clean = _pre_commit(corpus, home)
    if clean.returncode != 0 and "regalign validate" not in clean.stdout:
        log = (home / "pre-commit.log").read_text() if (home / "pre-commit.log").exists() else ""
        if any(
            word in log + clean.stdout + clean.stderr
            for word in (
                "No matching distribution",
                "Could not find",
                "Temporary failure",
                "Network is unreachable",
            )
        ):
            pytest.skip(f"pre-commit could not install the hook offline: {clean.stdout[-300:]}")
        pytest.fail(
            f"pre-commit failed to set up the hook:\n{clean.stdout}\n{clean.stderr}\n{log[-3000:]}"
        )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "regalign validate" in clean.stdout and "Passed" in clean.stdout
    # a change to mkdocs.yml alone runs the hook (it is YAML) and passes
    (corpus / "mkdocs.yml").write_text("site_name: My corpus\nnav: []\n")
    _git(corpus, "add", "-A")
    assert _pre_commit(corpus, home).returncode == 0
    # A framework file whose topics live in the sibling taxonomy file: the hook must see both, so a
    # change to the framework alone still validates; a broken reference fails with its line.
    broken = (INVALID / "E302.yaml").read_text().replace("fixture-act", "fixture-broken-act")
    (corpus / "data" / "broken.yaml").write_text(broken)
    _git(corpus, "add", "-A")
    failed = _pre_commit(corpus, home)
    assert failed.returncode == 1
    assert "data/broken.yaml:26:14: error E302 unknown topic 't.nowhere'" in failed.stdout
