"""Files already parsed and validated in this process, recalled by their name and exact bytes.

A notebook session or a test run loads the same bundled files many times beside different extra
files; parsing and validating them again is most of a load. A file is remembered only when it
parsed and validated whole with no issue at all (and no issue filter was in play, so none could
have been hidden), and it is recalled only for the same name, the same bytes and the same size cap.
What is shared is immutable (frozen records) or only read (the plain data and the position tree);
each recall gets its own ParsedFile, bound to the new load's issue sink, so the cross-record checks
that still run on every load report into the right place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from regalign.frameworks.known import LoadedDocument
from regalign.frameworks.yamlsource import ParsedFile, PosNode
from regalign.issues import FileIssues

MAX_REMEMBERED = 256  # files; the oldest is forgotten first


@dataclass(frozen=True)
class _Remembered:
    data: Any
    root: PosNode | None
    document: Any


_memory: dict[tuple[str, bytes, int], _Remembered] = {}


def _key(name: str, raw: bytes, max_bytes: int) -> tuple[str, bytes, int]:
    return name, hashlib.sha256(raw).digest(), max_bytes


def recall(name: str, raw: bytes, max_bytes: int, sink: FileIssues) -> LoadedDocument | None:
    """The file's validated document, bound to ``sink``, if this process has met it clean before."""
    found = _memory.get(_key(name, raw, max_bytes))
    if found is None:
        return None
    parsed = ParsedFile(name, sink)
    parsed.data, parsed.root = found.data, found.root
    return LoadedDocument(parsed, found.document)


def offer(
    name: str, raw: bytes, max_bytes: int, parsed: ParsedFile, passed: list[LoadedDocument]
) -> None:
    """Remember a file that parsed and validated whole with no issue (and no filter on its issues)."""
    sink = parsed.sink
    if sink.keep is not None or sink.count or sink.result() or parsed.refused:
        return
    if len(passed) != 1 or not passed[0].complete or passed[0].parsed is not parsed:
        return
    while len(_memory) >= MAX_REMEMBERED:
        del _memory[next(iter(_memory))]
    _memory[_key(name, raw, max_bytes)] = _Remembered(parsed.data, parsed.root, passed[0].document)


def forget() -> None:
    """Forget every remembered file."""
    _memory.clear()
