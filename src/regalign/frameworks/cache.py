"""A cache of loaded corpora, keyed by the exact bytes of every file read and the software versions.

Parsing and validating the YAML files is the slowest part of a run, and most runs read the same
files. The loader keeps the result (corpus and issues) in the user's cache directory under a key
made of the package version, the Python and pydantic versions and a SHA-256 of every file's name
and bytes, so any change to any file, or an upgrade, misses the cache. Writes go to a unique
temporary file that is renamed into place; a cache that cannot be read or written is ignored.

``REGALIGN_CACHE`` names another directory, or ``off`` to disable the cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Optional, Sequence

CACHE_ENV = "REGALIGN_CACHE"
FORMAT = 2  # bump when the pickled shape changes


def cache_dir() -> Optional[Path]:
    """Where cached corpora live, or None when caching is off."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "regalign"


def cache_key(files: Sequence[tuple[str, bytes]], max_bytes: int, max_issues: int = 0) -> str:
    """A key that changes with any file's name or bytes, the size and issue caps, or the software versions."""
    from pydantic import VERSION as PYDANTIC

    from regalign import __version__

    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version}|{PYDANTIC}|{max_bytes}|{max_issues}".encode())
    for name, data in files:
        digest.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0" + str(len(data)).encode() + b"\0")
        digest.update(data)
    return digest.hexdigest()


def read(key: str) -> Optional[object]:
    """The cached value under the key, or None (missing, unreadable or from another format)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(folder / f"corpus-{key}.pickle", "rb") as stream:
            # The cache directory is the user's own, written only by regalign (see module docstring).
            return pickle.load(stream)  # noqa: S301
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def write(key: str, value: object) -> None:
    """Store the value under the key; silently do nothing if the cache cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    temp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".corpus-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, folder / f"corpus-{key}.pickle")
        temp = None
        _prune(folder, keep=f"corpus-{key}.pickle")
    except (OSError, pickle.PicklingError, RecursionError):
        pass
    finally:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def _prune(folder: Path, keep: str, limit: int = 8) -> None:
    """Keep the newest few cached corpora, so the directory does not grow without bound."""
    entries = sorted(folder.glob("corpus-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[limit:]:
        if old.name != keep:
            old.unlink(missing_ok=True)
