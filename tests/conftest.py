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

# Two profiles. The default (`python -m pytest`, the README's command) runs in about a minute: the
# fuzz tests draw a twentieth of their inputs and the tests marked slow (subprocesses of pandoc,
# Chromium, git and pytest itself) are left out. `python -m pytest --full`, or the README's command
# with REGALIGN_FULL_TESTS=1 (what .ci/run runs), runs every test, and the fuzz tests with all their
# inputs (over 10,000).
FULL = False


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--full",
        action="store_true",
        default=False,
        help="regalign's full profile: the slow tests too, and every fuzz input (what CI runs)",
    )


def pytest_configure(config: pytest.Config) -> None:
    global FULL
    FULL = bool(config.getoption("--full")) or os.environ.get("REGALIGN_FULL_TESTS") == "1"
    config.addinivalue_line(
        "markers", "slow: a slow test (subprocesses, browsers); run with --full, as CI does"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FULL:
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


def fuzz_examples(full: int) -> int:
    """How many inputs a fuzz test draws: all of them in the full profile, a twentieth by default."""
    return full if FULL else max(20, full // 20)


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


def _bundled_current() -> None:
    from regalign.notebook import functions

    functions._CURRENT["data"] = ((), True)


@pytest.fixture(autouse=True, scope="module")
def bundled_data_is_current_for_each_module() -> None:
    """The notebook functions' current data is the bundled corpus when a module's fixtures are made,
    whatever a module before it loaded in this process (tests run in parallel workers, in any order).
    Autouse fixtures come before the other fixtures of their scope."""
    _bundled_current()


@pytest.fixture(autouse=True)
def bundled_data_is_current_for_each_test() -> None:
    """The same before each test: a test that loads other data never changes what the next one reads."""
    _bundled_current()
