"""A cache of loaded corpora (and of comparisons), keyed by the exact bytes of every file and the versions.

Parsing and validating the YAML files is the slowest part of a run, and most runs read the same
files. The loader keeps the result (corpus and issues) in the user's cache directory under a key
made of the package version, the code (every module's name, size and modification time), the Python
and pydantic versions and a SHA-256 of every file's name and bytes, so any change to any file, an
upgrade or an edit to the code (an editable install) misses the cache. ``regalign report`` keeps its
comparison the same way, under a key of the corpus key, the whole method and every option that
changes the result. Writes go to a unique temporary file that is renamed into place; a cache that
cannot be read or written is ignored.

``REGALIGN_CACHE`` names another directory, or ``off`` to disable the cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

CACHE_ENV = "REGALIGN_CACHE"
FORMAT = 2  # bump when the pickled shape changes


def cache_dir() -> Path | None:
    """Where cached corpora live, or None when caching is off."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "regalign"


def code_fingerprint() -> str:
    """The package version and every module's path, size and modification time: an edited editable install
    (a developer's checkout) must never read results the previous code computed."""
    from regalign import __version__

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for module in sorted(package.rglob("*.py")):
        try:
            stat = module.stat()
        except OSError:
            continue
        digest.update(
            f"\0{module.relative_to(package)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()
        )
    return digest.hexdigest()


def cache_key(files: Sequence[tuple[str, bytes]], max_bytes: int, max_issues: int = 0) -> str:
    """A key that changes with any file's name or bytes, the size and issue caps, the code or the software versions."""
    from dataclasses import fields

    from pydantic import VERSION as PYDANTIC

    from regalign.frameworks.corpus import Corpus

    # The Corpus fields are part of the key, so that builds of the same version with another corpus
    # shape (a development branch) never read each other's pickles.
    shape = ",".join(f.name for f in fields(Corpus))
    # Today's date too: a 'checked' date in the future is a warning (W405) that expires.
    from regalign.frameworks.checks import today

    digest = hashlib.sha256(
        f"{FORMAT}|{code_fingerprint()}|{sys.version}|{PYDANTIC}|{max_bytes}|{max_issues}|{shape}|{today()}".encode()
    )
    for name, data in files:
        digest.update(
            b"\0"
            + name.encode("utf-8", "surrogateescape")
            + b"\0"
            + str(len(data)).encode()
            + b"\0"
        )
        digest.update(data)
    return digest.hexdigest()


def read(key: str, kind: str = "corpus") -> object | None:
    """The cached value of a kind ('corpus', 'comparison') under the key, or None (missing, unreadable, stale)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"{kind}-{key}.pickle", "rb") as stream:
            # The cache directory is the user's own, written only by regalign (see module docstring).
            return pickle.load(stream)  # noqa: S301
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
        ValueError,
    ):
        return None


def write(key: str, value: object, kind: str = "corpus") -> None:
    """Store the value under the key; silently do nothing if the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    temp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{kind}-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, folder / f"{kind}-{key}.pickle")
        temp = None
        _prune(folder, kind, keep=f"{kind}-{key}.pickle")
    except (OSError, pickle.PicklingError, RecursionError):
        pass
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def _prune(folder: Path, kind: str, keep: str, limit: int = 16) -> None:
    """Keep the newest few entries of a kind, so the directory does not grow without bound."""
    entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[limit:]:
        if old.name != keep:
            old.unlink(missing_ok=True)
