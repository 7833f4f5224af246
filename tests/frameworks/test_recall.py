"""Files already parsed in this process are recalled only when it cannot change a load's result."""

from __future__ import annotations

from pathlib import Path

import pytest

from regalign.frameworks import recall
from regalign.frameworks.loader import load

CLEAN = """\
kind: framework
framework:
  id: recall-act
  title: Recall Act
  short_title: Recall
  original_language: en
  jurisdictions: [EU]
  instrument_type: regulation
  legal_force: binding
  status: in-force
  events:
    - {event: adopted, date: 2024-06-13, evidence: primary}
    - {event: entry-into-force, date: 2024-08-01, evidence: primary}
  source_url: https://eur-lex.europa.eu/
  sources: [{url: "https://eur-lex.europa.eu/", type: official-text}]
  english_text: original
  summary: A fixture that parses and validates cleanly.
  checked: 2026-11-27
  evidence: primary
provisions:
  - id: art-1
    pinpoint: Art. 1
    title: Fixture provision
    summary: A provision of the fixture, with a summary long enough to be a real one.
    topics: [ai.transparency]
    modality: obligation
    source_url: https://eur-lex.europa.eu/
    evidence: primary
"""


@pytest.fixture(autouse=True)
def fresh_memory():
    recall.forget()
    yield
    recall.forget()


def _load(*paths: Path):
    return load(paths, use_env=False)  # the bundled taxonomy names the topics


def _mine(result) -> list[str]:
    """The issues of the test's own files."""
    return [i.as_text() for i in result.issues if i.file in set(result.user_files)]


def _remembered(tmp_path: Path) -> list[str]:
    return [key[0] for key in recall._memory if key[0].startswith(str(tmp_path))]


def _texts(result) -> list[str]:
    return [i.as_text() for i in result.issues]


def test_a_bundled_load_is_the_same_when_its_files_are_recalled() -> None:
    first = load(use_env=False)
    assert len(recall._memory) >= 40, "the clean bundled files are remembered"
    second = load(use_env=False)
    assert second.corpus.provisions == first.corpus.provisions
    assert second.corpus.frameworks == first.corpus.frameworks
    assert second.corpus.crosswalks == first.corpus.crosswalks
    assert _texts(second) == _texts(first)


def test_a_recalled_file_still_gets_its_cross_record_issues(tmp_path: Path) -> None:
    path, twin = tmp_path / "recall.yaml", tmp_path / "twin.yaml"
    path.write_text(CLEAN, encoding="utf-8")
    twin.write_text(CLEAN, encoding="utf-8")
    assert _mine(_load(path)) == []
    assert _remembered(tmp_path) == [str(path)]
    # The same framework id in two files is a cross-record error: reported with the remembered file
    # exactly as when both files are parsed afresh.
    recalled = _texts(_load(path, twin))
    recall.forget()
    fresh = _texts(_load(path, twin))
    assert fresh and recalled == fresh
    assert any(str(path) in line or str(twin) in line for line in fresh)


def test_a_file_with_issues_is_never_remembered(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(CLEAN.replace("modality: obligation", "modality: maybe"), encoding="utf-8")
    first = _mine(_load(path))
    assert first and not _remembered(tmp_path)
    assert _mine(_load(path)) == first


def test_a_file_whose_bytes_changed_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "recall.yaml"
    path.write_text(CLEAN, encoding="utf-8")
    assert _mine(_load(path)) == []
    path.write_text(CLEAN.replace("modality: obligation", "modality: maybe"), encoding="utf-8")
    assert any("maybe" in line for line in _mine(_load(path)))


def test_a_load_with_issue_rules_neither_recalls_nor_remembers(tmp_path: Path) -> None:
    from regalign.frameworks.rules import IssueRules

    path = tmp_path / "recall.yaml"
    path.write_text(CLEAN, encoding="utf-8")
    load([path], use_env=False, rules=IssueRules())
    assert not recall._memory


def test_the_memory_is_bounded_and_forgets_the_oldest_first(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(recall, "MAX_REMEMBERED", 3)
    paths = []
    for n in range(5):
        path = tmp_path / f"act-{n}.yaml"
        path.write_text(CLEAN.replace("recall-act", f"recall-act-{n}"), encoding="utf-8")
        paths.append(path)
        assert _mine(_load(path)) == []
    # Each load remembers the bundled files, then the test's file, the oldest going first.
    assert len(recall._memory) == 3
    assert _remembered(tmp_path) == [str(paths[-1])]
    assert list(recall._memory)[-1][0] == str(paths[-1])
