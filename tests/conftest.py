"""Shared paths and helpers for the tests."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
SRC = TESTS.parent / "src"

# Tests never read or write the user's corpus cache, never pick up the user's extra data, and run
# against src/ also in subprocesses (python -m regalign), whatever regalign is installed.
os.environ["REGALIGN_CACHE"] = tempfile.mkdtemp(prefix="regalign-test-cache-")
os.environ.pop("REGALIGN_DATA", None)
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]
)

DATA = TESTS / "data"
VALID = DATA / "valid"
INVALID = DATA / "invalid"


@pytest.fixture
def valid_dir() -> Path:
    return VALID


def expected_from_header(path: Path) -> tuple[str, int]:
    """Read '# expect: CODE LINE' from the first line of an invalid fixture."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    _, code, line = first.split()[:1] + first.split()[2:4]
    return code, int(line)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail (TimeoutError) rather than hang when the block runs longer than ``seconds`` (main thread)."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
