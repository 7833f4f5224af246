"""Structural validation: parsed data -> record models, pydantic errors -> positioned issues."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Optional, Union

from pydantic import BaseModel, ValidationError

from regalign.frameworks.yamlsource import ParsedFile, json_path, locate
from regalign.issues import Issue, make_issue
from regalign.schema import base
from regalign.schema.records import CELEX_PATTERN, DOCUMENT_MODELS

_MISSING = {"missing"}
_UNKNOWN = {"extra_forbidden"}
_INVALID = {
    "enum", "literal_error", "string_pattern_mismatch", "greater_than", "greater_than_equal",
    "less_than", "less_than_equal", "too_short", "too_long", "string_too_short", "string_too_long",
    "int_from_float", "finite_number",
}


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
}


def validate_document(parsed: ParsedFile) -> tuple[Optional[BaseModel], list[Issue]]:
    """Validate a parsed file against the model its ``kind`` names; never raises."""
    data = parsed.data
    if not isinstance(data, dict):
        return None, []
    kind = data.get("kind")
    model = DOCUMENT_MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        line, column = parsed.locate(["kind"])
        if "kind" not in data:
            message = "missing 'kind'; add kind: framework, taxonomy or crosswalk"
        else:
            message = f"unknown kind {kind!r}; expected one of: " + ", ".join(sorted(DOCUMENT_MODELS))
        return None, [make_issue("E111", parsed.name, line, column, message, "$.kind")]
    return validate_model(parsed, model, data)


def validate_model(parsed: ParsedFile, model: type[BaseModel], data: Any) -> tuple[Optional[Any], list[Issue]]:
    """Validate data (positions from ``parsed``) against a model; errors come back as issues."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [_to_issue(parsed, model, error) for error in exc.errors(include_url=False)]


def _to_issue(parsed: ParsedFile, model: type[BaseModel], error: Any) -> Issue:
    loc = tuple(error["loc"])
    kind = error["type"]
    path = json_path(loc)
    if kind in _MISSING:
        line, column = locate(parsed.root, loc[:-1])
        return make_issue("E201", parsed.name, line, column, f"missing required field {loc[-1]!r}", path)
    if kind in _UNKNOWN:
        line, column = locate(parsed.root, loc, key=True)
        message = f"unknown field {loc[-1]!r}"
        allowed = _fields_at(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        if close:
            message += f" (did you mean {close[0]!r}?)"
        elif allowed:
            message += "; allowed: " + ", ".join(allowed)
        return make_issue("E202", parsed.name, line, column, message, path)
    line, column = locate(parsed.root, loc)
    code = "E204" if kind in _INVALID else "E203"
    pattern = (error.get("ctx") or {}).get("pattern")
    if kind == "string_pattern_mismatch" and pattern in PATTERN_HINTS:
        message = f"expected {PATTERN_HINTS[pattern]}, got {_show(error.get('input'))}"
    else:
        message = f"{error['msg']}, got {_show(error.get('input'))}"
    return make_issue(code, parsed.name, line, column, message, path)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model found by walking ``loc`` from ``model`` (empty if unknown)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = _item_type(current)
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = _unwrap(current.model_fields[part].annotation)
        else:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(members[0]) if len(members) == 1 else annotation
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    return annotation


def _item_type(annotation: Any) -> Any:
    args = typing.get_args(annotation)
    return _unwrap(args[0]) if args else None
