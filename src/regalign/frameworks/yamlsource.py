"""Parse YAML once, keep positions, and refuse what would lose or explode data.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word, expands aliases without
bound and reads YAML 1.1 (``no`` is false, ``0777`` is 511). Here libyaml's event stream is turned
into plain values by ``yamlevents.EventBuilder``, which reads YAML 1.2 and reports duplicate keys,
aliases, merge keys and unsupported tags as issues. A compact tree of positions stays with the data
so that any JSON path a later check complains about can be turned back into ``line:column``.

Work and memory are bounded for any input under the size cap: one pass over the events, no
recursion, and at most ``MAX_ISSUES_PER_FILE`` issues built per file (the rest are counted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

from regalign.frameworks.files import MAX_FILE_BYTES
from regalign.frameworks.yamlevents import (
    EventBuilder,
    MapPos,
    PathPart,
    PosNode,
    SeqPos,
    json_path,
    start_of,
    unpack,
)
from regalign.issues import FileIssues, Issue, make_issue

__all__ = [
    "MAX_FILE_BYTES",
    "ParsedFile",
    "PathPart",
    "json_path",
    "locate",
    "parse_bytes",
    "parse_text",
]


# libyaml's parser with no implicit typing: every scalar arrives as text and is typed by yamlscalars.
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
# Characters YAML does not allow in a stream (C0 and C1 controls other than tab and line breaks, DEL,
# surrogates, U+FFFE/U+FFFF); escapes such as "\e" inside double quotes are the way to write them.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


class ParsedFile:
    """A file's plain data, its position tree and the problems met while parsing it."""

    def __init__(self, name: str, sink: FileIssues | None = None) -> None:
        self.name = name
        self.data: Any = None
        self.root: PosNode | None = None
        self.refused: set[tuple[PathPart, ...]] = set()  # where the YAML layer refused a value
        self.sink = sink if sink is not None else FileIssues(name)

    @property
    def issues(self) -> list[Issue]:
        """The issues so far, in order, with a summary issue when there were more than are listed."""
        return self.sink.result()

    def locate(self, path: Sequence[PathPart]) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path``, or of its nearest existing parent."""
        return locate(self.root, path)

    def add(self, code: str, line: int, column: int, message: str, path: str = "$") -> None:
        """Record a problem of this file."""
        self.sink.add(make_issue(code, self.name, line, column, message, path))


def locate(root: PosNode | None, path: Sequence[PathPart], *, key: bool = False) -> tuple[int, int]:
    """Walk the position tree along ``path``; with ``key`` point at the last mapping key, not its value."""
    if root is None:
        return 1, 1
    node: PosNode = root
    for index, part in enumerate(path):
        if isinstance(node, MapPos):
            entry = node.entries.get(str(part)) if node.entries else None
            if entry is None:
                break
            if key and index == len(path) - 1:
                return unpack(entry[0])
            node = entry[1]
        elif isinstance(node, SeqPos) and isinstance(part, int) and 0 <= part < len(node.items):
            node = node.items[part]
        else:
            break
    return unpack(start_of(node))


def parse_bytes(
    raw: bytes, name: str, max_bytes: int = MAX_FILE_BYTES, sink: FileIssues | None = None
) -> ParsedFile:
    """Decode and parse one file's bytes; never raises, problems come back as issues."""
    parsed = ParsedFile(name, sink)
    if len(raw) > max_bytes:
        parsed.add("E102", 1, 1, f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte cap")
        return parsed
    text = _decode(raw, parsed)
    if text is None:
        return parsed
    return parse_text(text, name, parsed)


def _decode(raw: bytes, parsed: ParsedFile) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            parsed.add("E103", 1, 1, f"file is {encoding} encoded; save it as UTF-8")
            return None
    wide = _wide_encoding(raw)
    if wide:
        parsed.add(
            "E103",
            1,
            1,
            f"file looks {wide} encoded (NUL bytes between the letters); save it as UTF-8",
        )
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = raw.rfind(b"\n", 0, exc.start) + 1
        # Columns count characters, as everywhere else: decode the valid part of the line before the bad byte.
        before = raw[start : exc.start].decode("utf-8-sig" if start == 0 else "utf-8", "replace")
        parsed.add(
            "E103",
            raw.count(b"\n", 0, exc.start) + 1,
            len(before) + 1,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save the file as UTF-8",
        )
        return None


def _wide_encoding(raw: bytes) -> str:
    """'UTF-16' or 'UTF-32' when the bytes look like mostly-ASCII text in that encoding without a BOM."""
    sample = raw[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return ""
    if sample.count(b"\x00") * 4 >= len(sample) * 3 - 8:
        return "UTF-32"
    zero_odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    zero_even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    return "UTF-16" if max(zero_odd, zero_even) >= 0.9 else ""


def parse_text(text: str, name: str, parsed: ParsedFile | None = None) -> ParsedFile:
    """Parse already-decoded text."""
    parsed = parsed or ParsedFile(name)
    bad = _FORBIDDEN.search(text)
    if bad:
        line, column = _position(text, bad.start())
        parsed.add(
            "E105",
            line,
            column,
            f"character U+{ord(bad.group()):04X} is not allowed in YAML; remove it, "
            "or write it as an escape inside double quotes",
        )
        return parsed
    builder = EventBuilder(name, parsed.sink)
    loader = _Loader(text)
    try:
        builder.run(loader.get_event)
    except yaml.MarkedYAMLError as exc:
        parsed.sink.add(_syntax_issue(exc, text, name))
        return parsed
    except (yaml.YAMLError, ValueError) as exc:
        parsed.add("E105", 1, 1, f"cannot parse YAML: {_one_line(exc)}")
        return parsed
    finally:
        getattr(loader, "dispose", lambda: None)()
    if builder.second_document:
        line, column = unpack(builder.second_document)
        parsed.add(
            "E105",
            line,
            column,
            "more than one YAML document ('---') in the file; put one document per file",
        )
        return parsed
    if builder.documents == 0 or builder.empty_root:
        parsed.add("E104", 1, 1, "file is empty: no YAML document in it")
        return parsed
    parsed.root = builder.positions
    parsed.refused = builder.refused
    if not isinstance(builder.value, dict):
        kind = "a list" if isinstance(builder.value, list) else "a single value"
        line, column = (
            unpack(start_of(builder.positions)) if builder.positions is not None else (1, 1)
        )
        parsed.add(
            "E110", line, column, f"top level is {kind}; expected a mapping with a 'kind' key"
        )
        return parsed
    parsed.data = builder.value
    return parsed


def _position(text: str, index: int) -> tuple[int, int]:
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _syntax_issue(exc: yaml.MarkedYAMLError, text: str, name: str) -> Issue:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    problem = exc.problem or "syntax error"
    lines = text.splitlines()
    if "'\\t'" in problem or (0 < line <= len(lines) and "\t" in _indent(lines[line - 1])):
        bad = lines[line - 1] if 0 < line <= len(lines) else ""
        tab_column = bad.find("\t") + 1 if "\t" in bad else column
        return make_issue(
            "E106", name, line, tab_column, "tab character in indentation; indent with spaces"
        )
    context = f" {exc.context}" if exc.context else ""
    message = f"{problem}{context}".strip()
    if "expected a single document" in message:
        message = "more than one YAML document ('---') in the file; put one document per file"
    return make_issue("E105", name, line, column, message)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]
