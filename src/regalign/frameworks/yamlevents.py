"""Turn libyaml's event stream into plain values and a compact tree of positions.

Composing a node tree first (``yaml.compose``) costs about 300 bytes and a dozen objects per
scalar, so a 6 MB file of a million duplicate keys needed a gigabyte before any check ran. Here
each event is used once and dropped: values go straight into dicts and lists, and positions into
a parallel tree of packed integers (line and column in one int). Nothing recurses, so nesting
depth cannot overflow the stack; it is capped anyway, since regalign records nest a few levels.

Refused on the way, each as a positioned issue: aliases (wherever they stand, keys included),
merge keys, duplicate keys, unsupported tags, non-scalar keys, nesting past MAX_DEPTH, and
plain numbers that YAML 1.1 and 1.2 read differently (see yamlscalars.py).
"""

from __future__ import annotations

from typing import Any, Literal, Union

import yaml

from regalign.frameworks.yamlpositions import (
    MapPos,
    PathPart,
    PosNode,
    SeqPos,
    json_path,
    pack,
    start_of,
    unpack,
)
from regalign.frameworks.yamlscalars import ScalarProblem, plain_value, typed_value
from regalign.issues import FileIssues, make_issue
from regalign.sanitize import short_repr

__all__ = [
    "MAX_DEPTH",
    "EventBuilder",
    "MapPos",
    "PathPart",
    "PosNode",
    "SeqPos",
    "json_path",
    "start_of",
    "unpack",
]

MAX_DEPTH = 100
_TAG = "tag:yaml.org,2002:"
_CONTAINER_TAGS = (None, "!", _TAG + "seq", _TAG + "map")
_SKIP = (
    object()
)  # a mapping key whose value is to be dropped (duplicate, merge, alias or complex key)


class _MapFrame:
    """A mapping being read: its value, its positions, and the key waiting for its value."""

    __slots__ = ("value", "node", "key", "key_pos")
    is_map: Literal[True] = True  # lets the type checker tell the two frames apart

    def __init__(self, pos: int) -> None:
        self.value: dict[Any, Any] = {}
        self.node = MapPos(pos)
        self.key: Any = None  # None while a key is expected, then the key (or _SKIP)
        self.key_pos = 0


class _SeqFrame:
    """A sequence being read: its value and its positions."""

    __slots__ = ("value", "node", "key", "key_pos")
    is_map: Literal[False] = False

    def __init__(self, pos: int) -> None:
        self.value: list[Any] = []
        self.node = SeqPos(pos)
        self.key: Any = None  # always None: only a mapping waits for a value
        self.key_pos = 0


_Frame = Union[_MapFrame, _SeqFrame]


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_MAP_START, _SEQ_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAP_END, _SEQ_END = yaml.MappingEndEvent, yaml.SequenceEndEvent
_DOC_START, _STREAM_END = yaml.DocumentStartEvent, yaml.StreamEndEvent
# A plain scalar starting with anything else is text in YAML 1.2 and 1.1 alike: no typing needed.
_TYPED_START = frozenset("~nNtTfFyYoO-+.0123456789")


class EventBuilder:
    """Builds one document's value and position tree from libyaml events, reporting what it refuses."""

    def __init__(self, name: str, sink: FileIssues) -> None:
        self.name = name
        self.sink = sink
        self.value: Any = None
        self.positions: PosNode | None = None
        self.empty_root = False
        self.documents = 0
        self.second_document = 0  # packed position of a second document, if there is one
        # Where a value was refused and replaced by null: later layers stay silent there rather than
        # complain about the null (capped, like the issues themselves).
        self.refused: set[tuple[PathPart, ...]] = set()
        self._stack: list[_Frame] = []
        # A skipped collection: how it ends up in its parent (null, or _SKIP for a key), and where.
        self._skipped: tuple[object, int] = (None, 0)
        self._deep_reported = False

    def run(self, get_event: Any) -> None:
        """Consume events from ``get_event`` (libyaml's parser) to the end of the stream or a second document.

        This is the hot loop of loading, written for speed: the common cases (a scalar key, a scalar
        value, an item, an empty collection, and the millions of duplicate keys or aliases of a hostile
        file once its issue list is full) are handled inline; everything else in the methods below.
        """
        stack = self._stack
        typed_start = _TYPED_START
        sink = self.sink
        skip = 0
        counted = 0  # issues only counted (the list being full), and where the first of them was
        counted_at = 0
        while True:
            event = get_event()
            kind = event.__class__
            if skip:
                if kind is _MAP_START or kind is _SEQ_START:
                    skip += 1
                elif kind is _MAP_END or kind is _SEQ_END:
                    skip -= 1
                    if not skip:
                        self._attach(*self._skipped)
                continue
            if kind is _SCALAR:
                mark = event.start_mark
                pos = ((mark.line + 1) << 32) | (mark.column + 1)
                text = event.value
                top = stack[-1] if stack else None
                if top is not None and top.is_map and top.key is None:  # a key
                    if event.tag is None and (event.style or text != "<<"):
                        if text not in top.value:
                            top.key, top.key_pos = text, pos
                            continue
                        if (
                            sink.full
                        ):  # a duplicate key in a file whose list is full: count it, no more
                            top.key, top.key_pos = _SKIP, pos
                            counted_at = counted_at or pos
                            counted += 1
                            continue
                    self._odd_key(top, event, pos)
                    continue
                if top is not None and top.key is _SKIP:
                    top.key = None
                    continue
                if text and event.tag is None and (event.style or text[0] not in typed_start):
                    value = text
                else:
                    value = self._typed(event, pos)
                if top is None:
                    self.value, self.positions = value, pos
                    self.empty_root = (
                        value is None and text == "" and not event.style and event.anchor is None
                    )
                elif top.is_map:
                    top.value[top.key] = value
                    node = top.node
                    if node.entries is None:
                        node.entries = {}
                    node.entries[top.key] = (top.key_pos, pos)
                    top.key = None
                else:
                    top.value.append(value)
                    top.node.items.append(pos)
            elif kind is _MAP_END or kind is _SEQ_END:
                frame = stack.pop()
                if stack and stack[-1].key is None and not stack[-1].is_map:
                    stack[-1].value.append(frame.value)
                    stack[-1].node.items.append(frame.node)
                else:
                    self._attach(frame.value, frame.node)
            elif kind is _MAP_START or kind is _SEQ_START:
                top = stack[-1] if stack else None
                if (
                    event.tag is None
                    and len(stack) < MAX_DEPTH
                    and (top is None or not top.is_map or isinstance(top.key, str))
                ):
                    mark = event.start_mark
                    pos = ((mark.line + 1) << 32) | (mark.column + 1)
                    stack.append(_MapFrame(pos) if kind is _MAP_START else _SeqFrame(pos))
                else:
                    skip = self._start(event, kind is _MAP_START)
            elif kind is _ALIAS:
                top = stack[-1] if stack else None
                if sink.full and top is not None and top.key is not _SKIP:  # count it, no more
                    mark = event.start_mark
                    pos = ((mark.line + 1) << 32) | (mark.column + 1)
                    counted_at = counted_at or pos
                    counted += 1
                    if top.is_map and top.key is None:
                        top.key, top.key_pos = _SKIP, pos
                    elif top.is_map:
                        top.key = None
                    else:
                        top.value.append(None)
                        top.node.items.append(pos)
                else:
                    self._alias(event)
            elif kind is _DOC_START:
                self.documents += 1
                if self.documents > 1:
                    self.second_document = pack(event.start_mark)
                    break
            elif kind is _STREAM_END or event is None:
                break
        if counted:
            line, column = unpack(counted_at)
            sink.hide(line, column, count=counted)

    def path(self, extra: PathPart | None = None) -> list[PathPart]:
        """The JSON path of the node being read (``extra``: one more part)."""
        parts: list[PathPart] = []
        for parent, child in zip(self._stack, self._stack[1:]):
            parts.append(_part_of(parent, child))
        if extra is not None:
            parts.append(extra)
        return parts

    def _next_part(self) -> PathPart | None:
        top = self._stack[-1]
        if not top.is_map:
            return len(top.value)
        return top.key if isinstance(top.key, str) else None

    def _child_path(self) -> list[PathPart]:
        return self.path(self._next_part() if self._stack else None)

    def issue(
        self, code: str, pos: int, path: list[PathPart] | None, message: str, refused: bool = False
    ) -> None:
        """Add an issue; once the file's list is full, only count it (events come in position order)."""
        line, column = unpack(pos)
        if refused and path is not None and len(self.refused) < 10 * self.sink.limit:
            self.refused.add(tuple(path))
        if self.sink.full:
            self.sink.hide(line, column)
        else:
            self.sink.add(make_issue(code, self.name, line, column, message, json_path(path or [])))

    def _odd_key(self, top: _MapFrame, event: Any, pos: int) -> None:
        """A key that is a duplicate, a merge key, or carries a tag."""
        text = event.value
        top.key, top.key_pos = _SKIP, pos
        if (event.tag is None and not event.style and text == "<<") or event.tag == _TAG + "merge":
            self.issue(
                "E108",
                pos,
                self.path(),
                "merge key '<<' is not allowed; write the keys out in full",
            )
        elif event.tag not in (None, "!", _TAG + "str"):
            self.issue(
                "E109", pos, self.path(), f"unsupported tag {short_repr(event.tag)} on a key"
            )
        elif text in top.value:
            if (
                self.sink.full
            ):  # the common case of a hostile file: count without building a message
                self.sink.hide(*unpack(pos))
                return
            entries = top.node.entries
            assert entries is not None  # a key already in the value has its entry
            first = unpack(entries[text][0])[0]
            self.issue(
                "E107",
                pos,
                self.path(text),
                f"duplicate key {short_repr(text)} (first at line {first}); "
                "the second value would silently replace the first",
            )
        else:
            top.key = text

    def _typed(self, event: Any, pos: int) -> Any:
        text = event.value
        try:
            if event.tag is None:
                return plain_value(text) if not event.style else text
            return typed_value(text, event.tag)
        except ScalarProblem as exc:
            self.issue(exc.code, pos, self._child_path(), exc.message, refused=True)
        except ValueError as exc:
            self.issue("E109", pos, self._child_path(), str(exc), refused=True)
        return None

    def _alias(self, event: Any) -> None:
        pos = pack(event.start_mark)
        top = self._stack[-1] if self._stack else None
        if top is not None and top.key is _SKIP:
            top.key = None
            return
        waiting = top if top is not None and top.is_map and top.key is None else None  # for a key
        self.issue(
            "E108",
            pos,
            self._child_path(),
            f"alias {short_repr('*' + str(event.anchor))} is not allowed"
            f"{' as a key' if waiting is not None else ''}; write the value out in full",
            refused=waiting is None,
        )
        if waiting is not None:
            waiting.key, waiting.key_pos = _SKIP, pos
        else:
            self._attach(None, pos)

    def _start(self, event: Any, mapping: bool) -> int:
        """Open a collection, or return 1 to skip it (and how it ends up in its parent, in self._skipped)."""
        pos = pack(event.start_mark)
        top = self._stack[-1] if self._stack else None
        if top is not None and top.key is _SKIP:
            self._skipped = (None, pos)
            return 1
        if top is not None and top.is_map and top.key is None:
            self.issue("E109", pos, self.path(), "mapping key is not a plain value")
            self._skipped = (_SKIP, pos)
            return 1
        problem = ""
        if event.tag not in _CONTAINER_TAGS:
            problem = f"unsupported tag {short_repr(event.tag)}"
            self.issue("E109", pos, self._child_path(), problem, refused=True)
        elif len(self._stack) >= MAX_DEPTH:
            problem = "too deep"
            if not self._deep_reported:  # once per file: the rest of a deep branch says nothing new
                self._deep_reported = True
                self.issue(
                    "E105",
                    pos,
                    self._child_path(),
                    f"nesting is deeper than {MAX_DEPTH} levels",
                    refused=True,
                )
        if problem:
            self._skipped = (None, pos)
            return 1
        self._stack.append(_MapFrame(pos) if mapping else _SeqFrame(pos))
        return 0

    def _attach(self, value: Any, node: PosNode) -> None:
        """Put a finished value (a collection, or null for a skipped one) into its parent."""
        if not self._stack:
            self.value, self.positions = value, node
            return
        top = self._stack[-1]
        if not top.is_map:
            top.value.append(value)
            top.node.items.append(node)
        elif top.key is None:  # a skipped complex key
            top.key, top.key_pos = _SKIP, start_of(node)
        elif top.key is _SKIP:
            top.key = None
        else:
            top.value[top.key] = value
            if top.node.entries is None:
                top.node.entries = {}
            top.node.entries[top.key] = (top.key_pos, node)
            top.key = None


def _part_of(parent: _Frame, child: _Frame) -> PathPart:
    if not parent.is_map:
        return len(parent.value)
    return parent.key if isinstance(parent.key, str) else ""
