"""Reading files: regular files only, never more than the size cap, whatever the path points at.

Each hostile path runs in a child process with a time and memory limit, so that a regression shows
as a failed test rather than a hung or killed test run.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from regalign.frameworks.loader import load
from tests.conftest import VALID

LIMIT_BYTES = 1 << 30  # a reader that trusts st_size of /dev/zero runs into this quickly


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def regalign(
    *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess:
    """Run the CLI in a child process with a memory limit; a hang fails the test at ``timeout``."""
    full_env = {**os.environ, "REGALIGN_CACHE": "off", "REGALIGN_DATA": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "regalign", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        preexec_fn=_limit,
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize(
    "args,env",
    [
        (("validate", "--no-bundled", "/dev/zero"), {}),
        (("--data", "/dev/urandom", "frameworks"), {}),
        (("frameworks",), {"REGALIGN_DATA": "/dev/zero"}),
        (("compare", "EU", "KR", "--method", "/dev/zero"), {}),
    ],
    ids=["validate", "data-option", "env", "method"],
)
@pytest.mark.slow  # regalign in a subprocess
def test_devices_are_refused_at_once(args: tuple[str, ...], env: dict[str, str]) -> None:
    done = regalign(*args, env=env)
    assert done.returncode in (1, 2), done.stderr
    assert "not a regular file" in done.stderr + done.stdout
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow  # regalign in a subprocess
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    done = regalign("validate", "--no-bundled", str(fifo), timeout=20)
    assert (
        done.returncode == 1
        and f"{fifo}:1:1: error E101" in done.stdout
        and "not a regular file" in done.stdout
    )
    method = regalign("compare", "EU", "KR", "--method", str(fifo), timeout=20)
    assert method.returncode == 2 and "not a regular file" in method.stderr


def test_a_file_that_grows_past_the_cap_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # st_size says 0 (as /proc files and devices do), but the bytes keep coming: the cap still holds.
    big = tmp_path / "big.yaml"
    big.write_text("kind: taxonomy\n" + "# padding\n" * 200)
    real_stat, real_fstat = os.stat, os.fstat

    def zero_size(info: os.stat_result) -> os.stat_result:
        return os.stat_result((*info[:6], 0, *info[7:]))

    monkeypatch.setattr(os, "stat", lambda path, *a, **k: zero_size(real_stat(path, *a, **k)))
    monkeypatch.setattr(os, "fstat", lambda fd: zero_size(real_fstat(fd)))
    result = load([big], bundled=False, max_bytes=100)
    assert [(i.code, i.line) for i in result.issues] == [("E102", 1)]
    assert "100-byte cap" in result.issues[0].message


def test_an_unreadable_directory_is_not_called_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.yaml").write_text("kind: taxonomy\n")
    real_scandir = os.scandir

    def refusing_scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]  # stands in for os.scandir
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]  # stands in for os.scandir

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    result = load([locked], bundled=False)
    assert [i.code for i in result.issues] == ["E101"]
    assert "permission denied" in result.issues[0].message.lower()
    assert "no .yaml" not in result.issues[0].message


def test_an_unreadable_subdirectory_is_reported_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source in VALID.glob("*.yaml"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    locked = tmp_path / "sub"
    locked.mkdir()
    real_scandir = os.scandir

    def refusing_scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]  # stands in for os.scandir
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]  # stands in for os.scandir

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    result = load([tmp_path], bundled=False)
    assert [(i.file, i.code) for i in result.issues] == [(str(locked), "E101")]
    assert sorted(result.corpus.frameworks) == ["test-eu-act", "test-kr-act"]
