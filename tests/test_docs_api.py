"""docs/api.md: every example runs as a doctest (pandas examples included)."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_api_examples_run(monkeypatch) -> None:
    pytest.importorskip(
        "pandas", reason="the API page's DataFrame examples need pandas (test extra)"
    )
    monkeypatch.chdir(ROOT)  # the examples name files relative to the repository root
    monkeypatch.delenv("REGALIGN_DATA", raising=False)
    failures, tried = doctest.testfile(
        str(ROOT / "docs" / "api.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        raise_on_error=False,
        verbose=False,
    )
    assert tried > 30
    assert failures == 0, "see the doctest output above"
