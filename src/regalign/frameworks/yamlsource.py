"""Parse YAML once, keep positions, and refuse what would lose or explode data.

PyYAML's ``safe_load`` keeps the last of two duplicate keys without a word and expands aliases
without bound. Here the text is composed into a node tree (libyaml when available), and our own
small constructor turns nodes into plain values while it reports duplicate keys, aliases, merge
keys and unsupported tags as issues. The node tree stays with the data so that any JSON path a
later check complains about can be turned back into ``line:column``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence, Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from regalign.issues import Issue, make_issue

MAX_FILE_BYTES = 8 * 1024 * 1024

# libyaml's parser and composer with no implicit typing: every scalar arrives tagged as text.
# Plain scalars are typed afterwards by _implicit_tag with PyYAML's own YAML 1.1 rules, which is
# cheaper than letting the composer call back into Python's resolver for every scalar.
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_SCALARS = yaml.SafeLoader("")  # its construct_yaml_* methods only read node.value
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers
_TAG = "tag:yaml.org,2002:"
_MERGE_TAG = _TAG + "merge"

PathPart = Union[str, int]
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def _implicit_tag(value: str) -> str:
    """The YAML 1.1 tag PyYAML's safe resolver would give a plain scalar."""
    for tag, regexp in _IMPLICIT.get(value[:1] if value else "", ()):
        if regexp.match(value):
            return tag
    return _TAG + "str"


@dataclass
class ParsedFile:
    """A file's plain data, its node tree (for positions) and the problems met while parsing."""

    name: str
    data: Any = None
    root: Optional[Node] = None
    issues: list[Issue] = field(default_factory=list)

    def locate(self, path: Sequence[PathPart]) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path``, or of its nearest existing parent."""
        return locate(self.root, path)


def json_path(path: Sequence[PathPart]) -> str:
    """Render a location tuple as a JSON path: ``('provisions', 3, 'id')`` -> ``$.provisions[3].id``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _PLAIN_KEY.match(part):
            out.append(f".{part}")
        else:
            out.append(f"[{part!r}]")
    return "".join(out)


def locate(root: Optional[Node], path: Sequence[PathPart], *, key: bool = False) -> tuple[int, int]:
    """Walk the node tree along ``path``; with ``key`` point at the last mapping key, not its value."""
    if root is None:
        return 1, 1
    node = root
    for index, part in enumerate(path):
        last = index == len(path) - 1
        child: Optional[Node] = None
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                    child = key_node if (key and last) else value_node
                    break
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1


def parse_bytes(raw: bytes, name: str, max_bytes: int = MAX_FILE_BYTES) -> ParsedFile:
    """Decode and parse one file's bytes; never raises, problems come back as issues."""
    parsed = ParsedFile(name=name)
    if len(raw) > max_bytes:
        parsed.issues.append(make_issue(
            "E102", name, 1, 1, f"file is {len(raw):,} bytes, over the {max_bytes:,}-byte cap"))
        return parsed
    text = _decode(raw, parsed)
    if text is None:
        return parsed
    return parse_text(text, name, parsed)


def _decode(raw: bytes, parsed: ParsedFile) -> Optional[str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        parsed.issues.append(make_issue("E103", parsed.name, 1, 1, "file is UTF-16 encoded; save it as UTF-8"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        parsed.issues.append(make_issue(
            "E103", parsed.name, line, column,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save the file as UTF-8"))
        return None


def parse_text(text: str, name: str, parsed: Optional[ParsedFile] = None) -> ParsedFile:
    """Parse already-decoded text."""
    parsed = parsed or ParsedFile(name=name)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        parsed.issues.append(_syntax_issue(exc, text, name))
        return parsed
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        parsed.issues.append(make_issue("E105", name, 1, 1, f"cannot parse YAML: {_one_line(exc)}"))
        return parsed
    if root is None:
        parsed.issues.append(make_issue("E104", name, 1, 1, "file is empty: no YAML document in it"))
        return parsed
    parsed.root = root
    if not isinstance(root, MappingNode):
        kind = "a list" if isinstance(root, SequenceNode) else "a single value"
        line, column = root.start_mark.line + 1, root.start_mark.column + 1
        parsed.issues.append(make_issue(
            "E110", name, line, column, f"top level is {kind}; expected a mapping with a 'kind' key"))
        return parsed
    builder = _Builder(name)
    try:
        parsed.data = builder.build(root, [])
    except RecursionError:
        parsed.issues.append(make_issue("E105", name, 1, 1, "cannot parse YAML: nesting is too deep"))
        parsed.data = None
    parsed.issues.extend(builder.issues)
    if builder.alias_found:
        parsed.issues.extend(_alias_issues(text, name))
    return parsed


def _alias_issues(text: str, name: str) -> list[Issue]:
    """Point at every alias in the text: the composed tree only knows where the anchor was."""
    issues = []
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                issues.append(make_issue("E108", name, mark.line + 1, mark.column + 1,
                                         f"alias '*{event.anchor}' is not allowed; write the value out in full"))
    except yaml.YAMLError:  # the text composed once already; a failure here changes nothing
        pass
    return issues


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
        return make_issue("E106", name, line, tab_column, "tab character in indentation; indent with spaces")
    context = f" {exc.context}" if exc.context else ""
    message = f"{problem}{context}".strip()
    if "expected a single document" in message:
        message = "more than one YAML document ('---') in the file; put one document per file"
    return make_issue("E105", name, line, column, message)


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


class _Builder:
    """Turns composed nodes into plain Python values, collecting issues instead of raising."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.issues: list[Issue] = []
        self._seen: set[int] = set()
        self.alias_found = False

    def _issue(self, code: str, node: Node, path: list[PathPart], message: str) -> None:
        self.issues.append(make_issue(
            code, self.name, node.start_mark.line + 1, node.start_mark.column + 1, message, json_path(path)))

    def build(self, node: Node, path: list[PathPart]) -> Any:
        if id(node) in self._seen:
            # An alias shares its anchor's node, which only knows the anchor's position;
            # _alias_issues reports each alias where it is written.
            self.alias_found = True
            return None
        self._seen.add(id(node))
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if node.tag not in (_TAG + "seq", _TAG + "map"):
            self._issue("E109", node, path, f"unsupported tag {node.tag!r}")
            return None
        if isinstance(node, SequenceNode):
            return [self.build(item, path + [i]) for i, item in enumerate(node.value)]
        return self._mapping(node, path)

    def _mapping(self, node: MappingNode, path: list[PathPart]) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self._issue("E109", key_node, path, "mapping key is not a plain value")
                continue
            if key_node.tag == _MERGE_TAG or (key_node.value == "<<" and not key_node.style):
                self._issue("E108", key_node, path, "merge key '<<' is not allowed; write the keys out in full")
                continue
            key = self._scalar(key_node, path)
            if not isinstance(key, str):
                key = key_node.value  # YAML 1.1 would turn keys like 'no' or '1' into bool/int
            if key in result:
                self._issue("E107", key_node, path + [key],
                            f"duplicate key {key!r} (first at line {first_line[key]}); the second value "
                            f"would silently replace the first")
                continue
            first_line[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, path + [key])
        return result

    def _scalar(self, node: ScalarNode, path: list[PathPart]) -> Any:
        tag = node.tag
        if not node.style and tag == _TAG + "str":  # plain: libyaml says "", pure PyYAML None
            tag = _implicit_tag(node.value)
        if tag == _TAG + "str" or tag == _TAG + "timestamp":
            # Dates stay text, as YAML 1.2 and JSON Schema see them; pydantic parses ISO dates.
            return node.value
        if tag == _TAG + "int":
            return _SCALARS.construct_yaml_int(node)
        if tag == _TAG + "float":
            return _SCALARS.construct_yaml_float(node)
        if tag == _TAG + "bool":
            return _SCALARS.construct_yaml_bool(node)
        if tag == _TAG + "null":
            return None
        self._issue("E109", node, path, f"unsupported tag {tag!r}")
        return None
