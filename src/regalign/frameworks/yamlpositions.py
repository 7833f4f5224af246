"""Positions kept beside the data: a compact tree of packed line:column integers, and JSON paths.

A scalar's position is one int (line in the high bits, column in the low 32); a mapping keeps where it
starts and, per key, where the key and its value are; a sequence where it starts and where each item
is. That is all a later check needs to turn a JSON path back into ``line:column``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from yaml.error import Mark

PathPart = Union[str, int]
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def json_path(path: Sequence[PathPart]) -> str:
    """Render a location tuple as a JSON path: ``('provisions', 3, 'id')`` -> ``$.provisions[3].id``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN_KEY.match(part):
            out.append(f".{part}")
        else:
            out.append(f"[{part!r}]" if len(part) <= 60 else f"[{part[:57] + '...'!r}]")
    return "".join(out)


class MapPos:
    """Where a mapping starts, and for each key where the key and its value are."""

    __slots__ = ("pos", "entries")

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.entries: dict[str, tuple[int, PosNode]] | None = None  # made on the first key


class SeqPos:
    """Where a sequence starts, and where each item is."""

    __slots__ = ("pos", "items")

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.items: list[PosNode] = []


PosNode = Union[int, MapPos, SeqPos]


def pack(mark: Mark) -> int:
    """A libyaml mark as one int: 1-based line in the high bits, 1-based column in the low 32 bits."""
    return ((mark.line + 1) << 32) | (mark.column + 1)


def unpack(pos: int) -> tuple[int, int]:
    """(line, column) of a packed position."""
    return pos >> 32, pos & 0xFFFFFFFF


def start_of(node: PosNode) -> int:
    """The packed start position of any position node."""
    return node if isinstance(node, int) else node.pos
