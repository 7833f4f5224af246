"""Messages say what is wrong with the item: a bad list item, a date that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from regalign.frameworks.loader import load
from regalign.frameworks.messages import no_such_date
from tests.conftest import INVALID, VALID

FRAMEWORK = (INVALID / "W401.yaml").read_text(encoding="utf-8").split("\n", 1)[1]


def issues_of(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    target = tmp_path / "x.yaml"
    target.write_text(text, encoding="utf-8")
    issues = load([VALID, target], bundled=False).issues
    return [(i.code, i.path, i.message) for i in issues if i.file == str(target)]


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        (
            "jurisdictions: [EU]",
            "jurisdictions: [eu]",
            "$.framework.jurisdictions[0]",
            "expected 'EU' or a two-letter ISO country code such as 'KR', got 'eu'",
        ),
        (
            "topics: [t.penalties]",
            "topics: [T.Penalties]",
            "$.provisions[0].topics[0]",
            "expected a dotted lowercase topic id, like 'ai.transparency.deepfakes', got 'T.Penalties'",
        ),
    ],
)
def test_a_bad_list_item_is_named_once_without_a_too_short_list(
    tmp_path: Path, old: str, new: str, path: str, message: str
) -> None:
    found = [
        (p, m) for code, p, m in issues_of(tmp_path, FRAMEWORK.replace(old, new)) if code < "E3"
    ]
    assert found == [(path, message)]
    assert not any("at least 1 item" in m for _, m in found)


def test_an_empty_list_is_still_too_short(tmp_path: Path) -> None:
    found = issues_of(tmp_path, FRAMEWORK.replace("topics: [t.penalties]", "topics: []"))
    assert ("E204", "$.provisions[0].topics", "expected at least 1 item, got 0") in found


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2020-02-30", "'2020-02-30' is not a date that exists: February 2020 has 29 days"),
        ("2023-02-29", "'2023-02-29' is not a date that exists: February 2023 has 28 days"),
        ("2024-04-31", "'2024-04-31' is not a date that exists: April 2024 has 30 days"),
        (
            "2026-13-01",
            "'2026-13-01' is not a date: there is no month 13 (months run from 01 to 12)",
        ),
        (
            "2026-00-01",
            "'2026-00-01' is not a date: there is no month 00 (months run from 01 to 12)",
        ),
        ("0000-01-01", "'0000-01-01' is not a date: there is no year 0 (years run from 0001)"),
        ("27/11/2026", "expected a date written YYYY-MM-DD, got '27/11/2026'"),
    ],
)
def test_a_date_that_does_not_exist_is_named_so(tmp_path: Path, written: str, message: str) -> None:
    text = FRAMEWORK.replace("checked: 2026-11-27", f"checked: {written}")
    found = [(code, m) for code, p, m in issues_of(tmp_path, text) if p == "$.framework.checked"]
    assert found == [("E203", message)]


def test_no_such_date_is_silent_on_real_dates_and_other_text() -> None:
    assert no_such_date("2024-02-29") == ""
    assert no_such_date("tomorrow") == ""
    assert no_such_date(20240101) == ""
