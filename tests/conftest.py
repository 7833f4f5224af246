"""Shared paths and helpers for the tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Tests never read or write the user's corpus cache.
os.environ["REGALIGN_CACHE"] = tempfile.mkdtemp(prefix="regalign-test-cache-")

TESTS = Path(__file__).parent
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
