"""The corpus cache: a hit gives the same result, any change to a file misses, a broken cache is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regalign.frameworks import cache
from regalign.frameworks.loader import load
from tests.conftest import VALID


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def test_a_second_load_comes_from_the_cache_and_equals_the_first(cache_dir: Path) -> None:
    first = load([VALID], bundled=False)
    files = list(cache_dir.glob("corpus-*.pickle"))
    assert len(files) == 1
    second = load([VALID], bundled=False)
    assert second.issues == first.issues and second.corpus.provisions == first.corpus.provisions
    assert second.corpus.relations == first.corpus.relations


def test_changing_any_byte_of_a_file_misses_the_cache(cache_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    load([data], bundled=False)
    target = data / "test-kr-act.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("KRW 30 million", "KRW 31 million"),
        encoding="utf-8",
    )
    changed = load([data], bundled=False)
    assert changed.corpus.provisions["test-kr-act/art-43"].summary == "Fines up to KRW 31 million."
    assert len(list(cache_dir.glob("corpus-*.pickle"))) == 2


def test_a_corrupt_cache_file_is_ignored_and_replaced(cache_dir: Path) -> None:
    expected = load([VALID], bundled=False)
    (entry,) = cache_dir.glob("corpus-*.pickle")
    entry.write_bytes(b"not a pickle")
    again = load([VALID], bundled=False)
    assert again.corpus.provisions == expected.corpus.provisions
    assert entry.read_bytes() != b"not a pickle"


def test_off_disables_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load([VALID], bundled=False)
    assert not any(tmp_path.rglob("corpus-*.pickle"))


def test_an_unwritable_cache_does_not_stop_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "sub"))
    assert load([VALID], bundled=False).valid


def test_editing_the_code_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An editable install that a developer edits must not serve what the previous code computed.
    package = tmp_path / "regalign"
    (package / "frameworks").mkdir(parents=True)
    module = package / "frameworks" / "cache.py"
    module.write_text("# a copy\n", encoding="utf-8")
    monkeypatch.setattr(cache, "__file__", str(module))
    before = cache.code_fingerprint()
    (package / "scoring.py").write_text("WEIGHT = 1\n", encoding="utf-8")
    added = cache.code_fingerprint()
    (package / "scoring.py").write_text("WEIGHT = 22\n", encoding="utf-8")
    edited = cache.code_fingerprint()
    assert len({before, added, edited}) == 3
    assert cache.code_fingerprint() == edited
