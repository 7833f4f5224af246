"""Typing plain YAML scalars the YAML 1.2 way, and spotting the ones YAML 1.1 would read otherwise.

regalign reads YAML 1.2 (core schema), as the tools that read the published JSON Schema do:
``yes``, ``no``, ``on`` and ``off`` are text, ``0777`` is 777. Where YAML 1.1 (PyYAML and many
older tools) would read a plain value as a *different number*, the value is refused with E112
instead of guessed, so that every tool reading the file agrees on what it holds.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

# Numbers beyond this many digits cannot be compared (they are past the float range): out of range.
MAX_DIGITS = 308

_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCTAL = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)\Z")
TRUE = frozenset(("true", "True", "TRUE"))
FALSE = frozenset(("false", "False", "FALSE"))
NULL = frozenset(("", "~", "null", "Null", "NULL"))
YAML11_BOOLEANS = frozenset(
    (
        "yes",
        "Yes",
        "YES",
        "no",
        "No",
        "NO",
        "on",
        "On",
        "ON",
        "off",
        "Off",
        "OFF",
        "y",
        "Y",
        "n",
        "N",
    )
)

_TAG = "tag:yaml.org,2002:"
_YAML11 = yaml.resolver.Resolver.yaml_implicit_resolvers
_YAML11_NUMBER_START = frozenset("-+.0123456789")
_CONSTRUCT11 = yaml.SafeLoader("")  # its construct_yaml_int/float only read node.value


class ScalarProblem(Exception):
    """A plain scalar regalign will not guess: ``code`` is E112 or E204."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def plain_value(text: str) -> Any:
    """The YAML 1.2 value of a plain (unquoted, untagged) scalar; raises ScalarProblem."""
    value = yaml12(text)
    if text[:1] in _YAML11_NUMBER_START and len(text) <= 2 * MAX_DIGITS:
        older = _yaml11(text)
        if older is not None and not _same(older, value):
            raise ScalarProblem("E112", _ambiguity(text, older, value))
    return value


def yaml12(text: str) -> Any:
    """The YAML 1.2 core-schema value of a plain scalar: None, bool, int, float or the text itself."""
    if text in NULL:
        return None
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    first = text[:1]
    if first not in _YAML11_NUMBER_START:
        return text
    if _INT.match(text):
        digits = len(text.lstrip("+-"))
        if digits > MAX_DIGITS:
            raise ScalarProblem(
                "E204", f"a number with {digits:,} digits is out of range (at most {MAX_DIGITS})"
            )
        return int(text)
    if _OCTAL.match(text):
        return _bounded_int(text[2:], 8)
    if _HEX.match(text):
        return _bounded_int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def typed_value(text: str, tag: str) -> Any:
    """The value of a scalar with an explicit standard tag (``!!int 5``); raises ValueError if it does not fit."""
    if tag in (_TAG + "str", "!", _TAG + "timestamp"):  # dates stay text: pydantic reads ISO dates
        return text
    value = yaml12(text)
    expected: dict[str, type | tuple[type, ...]] = {
        _TAG + "int": int,
        _TAG + "float": (int, float),
        _TAG + "bool": bool,
        _TAG + "null": type(None),
    }
    wanted = expected.get(tag)
    if wanted is None:
        raise ValueError(f"unsupported tag {tag[:60]!r}")
    if not isinstance(value, wanted) or (tag != _TAG + "bool" and isinstance(value, bool)):
        raise ValueError(f"{text[:60]!r} does not fit its tag {tag[:60]!r}")
    if tag == _TAG + "float":
        assert isinstance(value, (int, float))  # what the tag allows, checked above
        return float(value)
    return value


def _bounded_int(digits: str, base: int) -> int:
    if len(digits) > MAX_DIGITS:
        raise ScalarProblem(
            "E204", f"a number with {len(digits):,} digits is out of range (at most {MAX_DIGITS})"
        )
    return int(digits, base)


def _yaml11(text: str) -> Any:
    """What YAML 1.1 (PyYAML's safe resolver) reads from a plain scalar that may be a number: the number,
    the text itself, or None for the other types (booleans, null, dates), which are not compared."""
    for tag, regexp in _YAML11.get(text[:1], ()):
        if regexp.match(text):
            node = yaml.ScalarNode(tag, text)
            if tag == _TAG + "int":
                return _CONSTRUCT11.construct_yaml_int(node)
            if tag == _TAG + "float":
                return _CONSTRUCT11.construct_yaml_float(node)
            return None
    return text


def _same(older: Any, newer: Any) -> bool:
    if isinstance(older, str) or isinstance(newer, str):
        return isinstance(older, str) and isinstance(newer, str)
    if isinstance(newer, bool) or newer is None:
        return False
    if isinstance(older, float) and math.isnan(older):
        return isinstance(newer, float) and math.isnan(newer)
    return older == newer and isinstance(older, float) == isinstance(newer, float)


def _ambiguity(text: str, older: Any, newer: Any) -> str:
    def read(value: Any) -> str:
        return "text" if isinstance(value, str) else repr(value)

    choices = [portable(v) for v in (older, newer) if not isinstance(v, str)]
    return (
        f"{text} is {read(older)} in YAML 1.1 but {read(newer)} in YAML 1.2; write {' or '.join(choices)}, "
        f"or quote '{text}' if it is text"
    )


def portable(number: float) -> str:
    """A number written so that YAML 1.1 and 1.2 read the same value (floats keep a dot and a signed exponent)."""
    if isinstance(number, int):
        return str(number)
    if math.isnan(number):
        return ".nan"
    if math.isinf(number):
        return "-.inf" if number < 0 else ".inf"
    text = repr(number)
    mantissa, e, exponent = text.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}e{exponent}" if e else mantissa
