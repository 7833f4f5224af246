"""pydantic's errors in the catalogue's own words, with "did you mean" for vocabularies.

pydantic says "Input should be a valid tuple" or "Input should be a valid date or datetime"; a
curator writing YAML thinks in lists, dates written YYYY-MM-DD, and the values of a vocabulary.
``describe`` turns one pydantic error into an issue code and a message in those words, with a
suggestion where a close value exists.
"""

from __future__ import annotations

import calendar
import enum
import math
import re
import types
import typing
from collections.abc import Iterable
from typing import Any, Union

from pydantic import BaseModel

from regalign.frameworks.yamlscalars import YAML11_BOOLEANS, portable
from regalign.sanitize import short_repr
from regalign.schema import base
from regalign.schema.records import CELEX_PATTERN
from regalign.suggest import close_matches

PATTERN_HINTS = {
    base.FRAMEWORK_ID_PATTERN: "a lowercase slug of words joined by hyphens, like 'eu-ai-act'",
    base.LOCAL_ID_PATTERN: "a lowercase slug like 'art-50-2'",
    base.PROVISION_REF_PATTERN: "'framework-id/provision-id', like 'eu-ai-act/art-50-2'",
    base.TOPIC_ID_PATTERN: "a dotted lowercase topic id, like 'ai.transparency.deepfakes'",
    base.JURISDICTION_PATTERN: "'EU' or a two-letter ISO country code such as 'KR'",
    base.URL_PATTERN: "an http:// or https:// URL without spaces",
    CELEX_PATTERN: "a CELEX number like '32024R1689'",
    r"^[A-Z]{3}$": "a three-letter ISO 4217 currency code like 'EUR'",
    r"^[a-z]{2}$": "a two-letter ISO 639-1 language code like 'ko'",
    r"^[0-9]{6}$": "six digits",
    r"^[0-9]+$": "digits only",
    r"^(?:[A-Z]{3}|FLOP|percent|users|hours|days|months|years)$": "a unit: FLOP, an ISO 4217 currency code, percent, users, hours, days, months or years",
}
_INVALID = {
    "value_error",
    "assertion_error",
    "enum",
    "literal_error",
    "string_pattern_mismatch",
    "greater_than",
    "greater_than_equal",
    "less_than",
    "less_than_equal",
    "too_short",
    "too_long",
    "string_too_short",
    "string_too_long",
    "finite_number",
}
_EXPECTED = {
    "string_type": "text",
    "str_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "date_type": "a date written YYYY-MM-DD",
    "date_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written YYYY-MM-DD",
    "tuple_type": "a list",
    "list_type": "a list",
    "iterable_type": "a list",
    "set_type": "a list",
    "dict_type": "a mapping (key: value lines)",
    "model_type": "a mapping (key: value lines)",
    "model_attributes_type": "a mapping (key: value lines)",
}
_COMPARISONS = {
    "greater_than": ("gt", "above"),
    "greater_than_equal": ("ge", "at least"),
    "less_than": ("lt", "below"),
    "less_than_equal": ("le", "at most"),
}


def show(value: Any) -> str:
    """A short, safe rendering of an input value: never long, never recursive, never raw control characters."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if value is None:
        return "nothing (null)"
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, float):
        return portable(value)
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 40 else f"a number of {len(text)} digits"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value):,} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return f"a mapping of {len(value):,} key{'s' if len(value) != 1 else ''}"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def did_you_mean(word: Any, candidates: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the closest candidate, or ''."""
    if not isinstance(word, str):
        return ""
    close = close_matches(word, candidates)
    return f" (did you mean {close[0]!r}?)" if close else ""


def describe(model: type[BaseModel], error: Any) -> tuple[str, tuple[Any, ...], str]:
    """The issue code, the location (without pydantic's union-member tags) and the message for one error."""
    loc = tuple(error["loc"])
    kind = error["type"]
    got = error.get("input")
    ctx = error.get("ctx") or {}
    real, annotation, in_union = walk(model, loc)
    code = "E204" if kind in _INVALID else "E203"
    if kind.startswith("date") and no_such_date(got):
        return code, real, no_such_date(got)
    if kind in _EXPECTED:
        expected = "a number" if in_union and kind.startswith(("int", "float")) else _EXPECTED[kind]
        return code, real, f"expected {expected}, got {show(got)}{_type_hint(kind, got)}"
    if kind in ("enum", "literal_error"):
        values = _vocabulary(annotation)
        listed = ", ".join(values) if values and len(values) <= 12 else ctx.get("expected", "")
        return code, real, f"expected one of: {listed}; got {show(got)}{did_you_mean(got, values)}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern"))
        hint = PATTERN_HINTS.get(pattern, f"text matching {pattern}")
        return code, real, f"expected {hint}, got {show(got)}"
    if kind in _COMPARISONS:
        key, words = _COMPARISONS[kind]
        bound = ctx.get(key)
        shown = f"{bound:g}" if isinstance(bound, float) else str(bound)
        return code, real, f"must be {words} {shown}, got {show(got)}"
    if kind in ("too_short", "string_too_short"):
        least = ctx.get("min_length", 1)
        if kind == "too_short" and _length_of(got) >= least:
            # pydantic counts the items that passed: a list with a bad item is "too short"
            bad = _length_of(got) - ctx.get("actual_length", 0)
            return (
                code,
                real,
                f"{bad:,} of its {_length_of(got):,} items {'is' if bad == 1 else 'are'} not valid, "
                f"and at least {least} valid item{'s are' if least != 1 else ' is'} needed",
            )
        if kind == "string_too_short" and least == 1:
            return code, real, "must not be empty"
        unit = "character" if kind.startswith("string") else "item"
        return (
            code,
            real,
            f"expected at least {least} {unit}{'s' if least != 1 else ''}, got {_length(got)}",
        )
    if kind in ("too_long", "string_too_long"):
        most = ctx.get("max_length")
        unit = "characters" if kind.startswith("string") else "items"
        return code, real, f"expected at most {most} {unit}, got {_length(got)}"
    if kind == "finite_number":
        return code, real, f"must be a finite number, got {show(got)}"
    if kind in ("value_error", "assertion_error"):
        reason = str(ctx.get("error", error.get("msg", "")))
        return code, real, reason[:1].lower() + reason[1:]
    return code, real, f"{error.get('msg', 'invalid value')}, got {show(got)}"


def _type_hint(kind: str, got: Any) -> str:
    if kind in ("string_type", "str_type") and (
        isinstance(got, (bool, int)) or (isinstance(got, float) and math.isfinite(got))
    ):
        written = str(got).lower() if isinstance(got, bool) else str(got)
        return f"; quote it ('{written}') if you meant text"
    if kind.startswith("bool") and isinstance(got, str) and got in YAML11_BOOLEANS:
        meant = "true" if got.lower() in ("yes", "y", "on") else "false"
        return f"; YAML 1.2 reads {got!r} as text: write {meant}"
    if kind.startswith("date") and isinstance(got, (int, float)) and not isinstance(got, bool):
        return "; a number is not a date: write the date like 2024-08-01"
    return ""


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTHS = (
    "January February March April May June July August September October November December".split()
)


def no_such_date(value: Any) -> str:
    """Why text written YYYY-MM-DD is not a date that exists ('' when it is one, or not so written)."""
    found = _ISO_DATE.match(value) if isinstance(value, str) else None
    if not found:
        return ""
    year, month, day = (int(part) for part in found.groups())
    if year == 0:
        return f"{value!r} is not a date: there is no year 0 (years run from 0001)"
    if not 1 <= month <= 12:
        return f"{value!r} is not a date: there is no month {month:02d} (months run from 01 to 12)"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{value!r} is not a date that exists: {_MONTHS[month - 1]} {year} has {days} days"
    return ""


def _length_of(value: Any) -> int:
    try:
        return len(value)
    except TypeError:
        return 0


def _length(value: Any) -> str:
    try:
        return f"{len(value):,}"
    except TypeError:
        return show(value)


def walk(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[tuple[Any, ...], Any, bool]:
    """Follow ``loc`` through the model's annotations: the real location (union-member tags that pydantic
    adds, like 'int' in '...value.int', removed), the annotation found there, and whether it is a union."""
    current: Any = model
    for index, part in enumerate(loc):
        current = unwrap(current)
        origin = typing.get_origin(current)
        if origin in (Union, types.UnionType):
            return loc[:index], current, True
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part) if isinstance(part, str) else None
            if field is None:
                return loc, None, False
            current = field.annotation
        elif origin in (tuple, list) and isinstance(part, int):
            args = [a for a in typing.get_args(current) if a is not Ellipsis]
            current = args[0] if args else Any
        elif origin is dict:
            current = typing.get_args(current)[1] if typing.get_args(current) else Any
        else:
            return loc, None, False
    current = unwrap(current)
    return loc, current, typing.get_origin(current) in (Union, types.UnionType)


def unwrap(annotation: Any) -> Any:
    """The type inside Optional[...] and Annotated[...]."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return unwrap(members[0]) if len(members) == 1 else annotation
    if origin is typing.Annotated:
        return unwrap(typing.get_args(annotation)[0])
    return annotation


def fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at ``loc`` (empty when it is not a model)."""
    _, annotation, _ = walk(model, loc)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _vocabulary(annotation: Any) -> list[str]:
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [str(member.value) for member in annotation]
    if typing.get_origin(annotation) is typing.Literal:
        return [str(value) for value in typing.get_args(annotation)]
    return []


def unknown_field(model: type[BaseModel], loc: tuple[Any, ...]) -> str:
    """The message for a key the record does not have, with the closest field or the allowed ones."""
    allowed = fields_at(model, loc[:-1])
    message = f"unknown field {short_repr(loc[-1])}"
    hint = did_you_mean(str(loc[-1]), allowed)
    if hint:
        return message + hint
    return message + ("; allowed: " + ", ".join(allowed) if allowed else "")


def suggestion(word: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate, or None."""
    close = close_matches(word, candidates)
    return close[0] if close else None
