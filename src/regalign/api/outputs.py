"""The finished-output cache: a briefing asked for again with the same inputs on the same day is
written from the cache, without parsing the corpus, importing the models or comparing anything.

It is the third kind of entry in the application's one store (``api/cache.py``: the same private
directory, the same authentication, the same unpickler), beside the corpus and the comparisons. Its
key (:func:`output_key`) is made of everything an output depends on:

- the code (``keys.code_fingerprint``), the Python version and the installed libraries
  (``keys.dependencies_fingerprint``);
- the name and bytes of every data file a load would read (the bundled corpus, ``REGALIGN_DATA`` and
  the paths given), so any edit misses;
- today's date (``regalign.clock.today``), and every option of the command that asks, given by the
  caller as named parts (the sides, the format, the date printed and the date compared, a method
  file's bytes, ...).

A file that cannot be read, or a bad ``SOURCE_DATE_EPOCH``, gives no key: the command then takes the
ordinary way and reports the problem. Only outputs that were written without a problem are kept.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from regalign.api import cache
from regalign.api.keys import FORMAT, code_fingerprint, dependencies_fingerprint
from regalign.clock import ClockError, today
from regalign.frameworks.sources import read_sources, sources

KIND = "output"
Part = tuple[str, "str | bytes | None"]


@dataclass(frozen=True)
class Output:
    """A finished output and what the command says about it afterwards."""

    data: str | bytes
    topics: int
    index: float | None

    def as_entry(self) -> tuple[str | bytes, int, float | None]:
        """Plain values only: the unpickler needs no class to read them back."""
        return (self.data, self.topics, self.index)


def output_key(paths: Sequence[str], parts: Sequence[Part]) -> str | None:
    """The key of an output made from the data at ``paths`` (with the bundled corpus and
    ``REGALIGN_DATA``) and the named ``parts``; None when a file cannot be read or today is unknown."""
    try:
        day = today()
    except ClockError:
        return None
    read = read_sources(sources(paths))
    if any(raw is None for _, raw, _ in read):
        return None
    digest = hashlib.sha256(
        f"{FORMAT}|{KIND}|{code_fingerprint()}|{sys.version}|{dependencies_fingerprint()}|{day}".encode()
    )
    for source, raw, _ in read:
        _update(digest, "file", source.name.encode("utf-8", "surrogateescape"))
        _update(digest, "", raw or b"")
    for name, value in parts:
        _update(
            digest,
            name,
            value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value,
        )
    return digest.hexdigest()


def recall(key: str) -> Output | None:
    """The output kept under the key, or None (none kept, refused, or not of the expected shape)."""
    value = cache.read(key, KIND)
    if not (isinstance(value, tuple) and len(value) == 3):
        return None
    data, topics, index = value
    if (
        isinstance(data, (str, bytes))
        and isinstance(topics, int)
        and (index is None or isinstance(index, float))
    ):
        return Output(data, topics, index)
    return None


def keep(key: str, output: Output) -> None:
    """Keep the output under the key (silently not, when the cache cannot be written)."""
    cache.write(key, output.as_entry(), KIND)


def _update(digest: hashlib._Hash, name: str, value: bytes | None) -> None:
    # Every part is framed by its name and length, so no two different sets of parts run together.
    label = name.encode("utf-8", "surrogateescape")
    size = b"-" if value is None else str(len(value)).encode()
    digest.update(b"\0" + label + b"\0" + size + b"\0" + (value or b""))
