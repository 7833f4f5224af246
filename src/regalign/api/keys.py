"""The keys of the application service's cache: what a cached corpus or comparison depends on.

A key changes with any file's name or bytes, the size and issue caps, the code (every module's name,
size and modification time: an edited editable install misses), the Python and pydantic versions,
the shape of the Corpus and today's date (a 'checked' date in the future is a warning that expires).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

FORMAT = 3  # bump when the stored shape changes (3: authenticated entries)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The fingerprint of the installed package (see :func:`fingerprint`), worked out once per process:
    the code a process runs is the code it imported, whatever happens to the files afterwards, so an
    edit made while it runs is caught by the next process."""
    return fingerprint(Path(__file__).resolve().parent.parent)


def fingerprint(package: Path) -> str:
    """The package version and every module's path, size and modification time: an edited editable install
    (a developer's checkout) must never read results the previous code computed."""
    from regalign.version import __version__

    digest = hashlib.sha256(__version__.encode())
    for module in sorted(package.rglob("*.py")):
        try:
            info = module.stat()
        except OSError:
            continue
        digest.update(
            f"\0{module.relative_to(package)}\0{info.st_size}\0{info.st_mtime_ns}".encode()
        )
    return digest.hexdigest()


# The libraries whose code shapes an output: validation, YAML, tables, the command line.
DEPENDENCIES = ("pydantic", "pydantic_core", "jsonschema", "yaml", "tabulate", "click")


@lru_cache(maxsize=1)
def dependencies_fingerprint() -> str:
    """Where each library is installed and the size and modification time of its first file: an
    upgrade or reinstall changes it. (Asking ``importlib.metadata`` for versions costs more than the
    rest of a cached run.)"""
    from importlib.util import find_spec

    digest = hashlib.sha256()
    for name in DEPENDENCIES:
        try:
            spec = find_spec(name)
            origin = spec.origin if spec is not None else None
            info = os.stat(origin) if origin else None
        except (ImportError, ValueError, OSError):
            origin, info = None, None
        stamp = (origin, info.st_size, info.st_mtime_ns) if info else (origin,)
        digest.update(f"\0{name}\0{stamp}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def cache_key(files: Sequence[tuple[str, bytes]], max_bytes: int, max_issues: int = 0) -> str:
    """A key that changes with any file's name or bytes, the size and issue caps, the code or the software versions."""
    from pydantic import VERSION as PYDANTIC

    from regalign.clock import today
    from regalign.frameworks.corpus import Corpus

    # The Corpus fields are part of the key, so that builds of the same version with another corpus
    # shape (a development branch) never read each other's entries. Today's date too: a 'checked'
    # date in the future is a warning (W405) that expires.
    shape = ",".join(f.name for f in dataclasses.fields(Corpus))
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
