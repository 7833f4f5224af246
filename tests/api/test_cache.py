"""The service's caches: a hit gives the same result, any change to a file misses, a broken cache is
ignored, and nothing read from the cache can run code or change a result unnoticed."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
from pathlib import Path

import pytest

from regalign.api import Service, cache, keys
from regalign.frameworks.loader import LoadResult
from tests.conftest import VALID


def load(paths: list, *, bundled: bool = True) -> LoadResult:
    """A load through a new application service: what a new process gets (the disk cache only)."""
    return Service(paths, bundled=bundled).load()


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
    assert (
        changed.corpus.provisions["test-kr-act/art-43"].summary
        == "Breaches of the labelling duty are fined up to KRW 31 million."
    )
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


def test_editing_the_code_changes_the_key(tmp_path: Path) -> None:
    # An editable install that a developer edits must not serve what the previous code computed.
    package = tmp_path / "regalign"
    (package / "frameworks").mkdir(parents=True)
    module = package / "frameworks" / "cache.py"
    module.write_text("# a copy\n", encoding="utf-8")
    before = keys.fingerprint(package)
    (package / "scoring.py").write_text("WEIGHT = 1\n", encoding="utf-8")
    added = keys.fingerprint(package)
    (package / "scoring.py").write_text("WEIGHT = 22\n", encoding="utf-8")
    edited = keys.fingerprint(package)
    assert len({before, added, edited}) == 3
    assert keys.fingerprint(package) == edited


def test_the_installed_code_is_fingerprinted_once_per_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every cache key used to walk and stat every module of the package again (111,000 stat calls in
    # three test files); the code a process runs cannot change under it.
    calls: list[Path] = []
    real = keys.fingerprint
    monkeypatch.setattr(keys, "fingerprint", lambda package: calls.append(package) or real(package))
    keys.code_fingerprint.cache_clear()
    first = keys.code_fingerprint()
    assert keys.code_fingerprint() == first and len(calls) == 1
    assert calls[0] == Path(keys.__file__).resolve().parent.parent


# Issue 20: nothing read from the cache can run code or change a result unnoticed.


class _Planted:
    """Unpickling this touches a file: proof that a cache entry ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path.touch, (self.marker,))


def _entry(cache_dir: Path) -> Path:
    (entry,) = cache_dir.glob("corpus-*.pickle")
    return entry


def test_a_planted_pickle_runs_no_code(cache_dir: Path, tmp_path: Path) -> None:
    expected = load([VALID], bundled=False)
    marker = tmp_path / "ran"
    entry = _entry(cache_dir)
    entry.write_bytes(pickle.dumps(_Planted(marker)))
    again = load([VALID], bundled=False)
    assert not marker.exists()
    assert again.corpus.provisions == expected.corpus.provisions


def test_an_entry_renamed_to_another_key_is_refused(cache_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(VALID, other)
    (other / "test-kr-act.yaml").unlink()
    small = load([other], bundled=False)
    (small_entry,) = cache_dir.glob("corpus-*.pickle")
    full = load([VALID], bundled=False)
    full_entry = next(e for e in cache_dir.glob("corpus-*.pickle") if e != small_entry)
    os.replace(small_entry, full_entry)  # swap: the full corpus's name, the small corpus's bytes
    again = load([VALID], bundled=False)
    assert len(again.corpus.provisions) == len(full.corpus.provisions)
    assert len(again.corpus.provisions) > len(small.corpus.provisions)


def test_an_authenticated_entry_still_cannot_call_a_function(
    cache_dir: Path, tmp_path: Path
) -> None:
    load([VALID], bundled=False)
    marker = tmp_path / "ran"
    cache.write(
        "k", _Planted(marker), kind="corpus"
    )  # the HMAC is right: only the unpickler stands
    assert cache.read("k", kind="corpus") is None
    assert not marker.exists()


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o757])
def test_a_directory_others_can_write_is_not_used(
    cache_dir: Path, tmp_path: Path, mode: int
) -> None:
    cache_dir.mkdir(mode=0o700)
    os.chmod(cache_dir, mode)
    marker = tmp_path / "ran"
    assert load([VALID], bundled=False).valid
    assert not list(cache_dir.glob("corpus-*.pickle"))  # nothing written there
    assert "writable by others" in (cache.problem() or "")
    os.chmod(cache_dir, 0o700)
    load([VALID], bundled=False)
    _entry(cache_dir).write_bytes(pickle.dumps(_Planted(marker)))
    os.chmod(cache_dir, mode)
    assert load([VALID], bundled=False).valid
    assert not marker.exists()


def test_an_entry_others_can_write_is_not_read(cache_dir: Path) -> None:
    load([VALID], bundled=False)
    entry = _entry(cache_dir)
    os.chmod(entry, 0o666)
    assert cache.read(entry.name[len("corpus-") : -len(".pickle")]) is None


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_directory_owned_by_another_user_is_not_used(cache_dir: Path) -> None:
    cache_dir.mkdir(mode=0o755)
    os.chown(cache_dir, 65534, 65534)
    assert load([VALID], bundled=False).valid
    assert not list(cache_dir.glob("corpus-*.pickle"))
    assert "owned by another user" in (cache.problem() or "")


def test_a_key_directory_others_can_read_is_not_used(cache_dir: Path) -> None:
    load([VALID], bundled=False)
    name = _entry(cache_dir).name[len("corpus-") : -len(".pickle")]
    assert cache.read(name) is not None
    os.chmod(cache_dir / cache.KEY_DIR, 0o755)
    assert cache.read(name) is None


def test_a_relative_cache_path_writes_nothing_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv(cache.CACHE_ENV, "relative-cache")
    assert load([VALID], bundled=False).valid
    assert list(work.iterdir()) == []
    assert "relative" in (cache.problem() or "")


def test_a_relative_xdg_cache_home_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cache.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "xdg")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "regalign"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_in_the_cache_is_never_opened_for_reading(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([VALID], bundled=False)
    entry = _entry(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    opened = []
    real_open = os.open

    def recording(path, *args, **kwargs):  # noqa: ANN001, ANN202 - os.open's own signature
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording)
    monkeypatch.setattr(os, "supports_dir_fd", os.supports_dir_fd | {recording})

    def stuck(signum: int, frame: object) -> None:
        raise TimeoutError("the FIFO was opened and waited on")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.setitimer(signal.ITIMER_REAL, 10)
    try:
        assert load([VALID], bundled=False).valid
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert not [path for path in opened if path.endswith(entry.name)]  # not even without blocking
    assert [path for path in opened if path.endswith(".tmp")]  # the cache was in use (rebuilt)


def test_an_entry_that_exhausts_memory_is_ignored_and_rebuilt(cache_dir: Path) -> None:
    expected = load([VALID], bundled=False)
    entry = _entry(cache_dir)
    # BINBYTES8 claiming 2**62 bytes: an unchecked unpickler raises MemoryError.
    entry.write_bytes(b"\x80\x05\x8e" + (2**62).to_bytes(8, "little"))
    again = load([VALID], bundled=False)
    assert again.corpus.provisions == expected.corpus.provisions
    assert entry.read_bytes().startswith(cache.MAGIC)


def test_a_memory_error_while_unpickling_is_a_miss(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([VALID], bundled=False)
    name = _entry(cache_dir).name[len("corpus-") : -len(".pickle")]

    def exhausted(self: object) -> object:
        raise MemoryError

    monkeypatch.setattr(cache.Unpickler, "load", exhausted)
    assert cache.read(name) is None
