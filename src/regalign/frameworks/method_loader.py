"""Read the comparison method: the bundled defaults, overridden by a user file."""

from __future__ import annotations

from collections.abc import Collection
from importlib import resources
from typing import Any

from regalign.frameworks.files import ReadError, read_regular_file
from regalign.frameworks.messages import suggestion
from regalign.frameworks.structure import validate_model
from regalign.frameworks.yamlpositions import json_path
from regalign.frameworks.yamlsource import MAX_FILE_BYTES, ParsedFile, locate, parse_bytes
from regalign.issues import Issue, make_issue
from regalign.sanitize import short_repr
from regalign.schema.method import Method

BUNDLED_METHOD = "method.yaml"


def bundled_method_data() -> dict[str, Any]:
    """The bundled defaults as plain data."""
    raw = (resources.files("regalign.frameworks") / BUNDLED_METHOD).read_bytes()
    parsed = parse_bytes(raw, "<bundled>/method.yaml")
    assert isinstance(parsed.data, dict) and not parsed.issues
    return parsed.data


def default_method() -> Method:
    """The bundled method."""
    return Method.model_validate(bundled_method_data())


def load_method(
    path: str | None = None, topics: Collection[str] | None = None
) -> tuple[Method | None, list[Issue]]:
    """The bundled method with the keys of ``path`` laid over it; issues instead of exceptions.

    Every number is range-checked by the model (finite, within its bounds, never a boolean), and each
    problem points at the value in the user's file. With ``topics`` (the corpus's taxonomy), a
    ``topic_weights`` key that names no topic is an error (E302, with the closest topic), rather than
    a weight silently never used.
    """
    data = bundled_method_data()
    if path is None:
        return Method.model_validate(data), []
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except ReadError as exc:
        return None, [make_issue(exc.code, path, 1, 1, exc.message)]
    parsed = parse_bytes(raw, path)
    if parsed.issues:
        return None, parsed.issues
    if not isinstance(parsed.data, dict):
        return None, [make_issue("E110", path, 1, 1, "a method file is a mapping of settings")]
    method = validate_model(parsed, Method, _overlay(data, parsed.data))
    if method is not None and topics is not None:
        _check_topic_weights(parsed, parsed.data.get("topic_weights"), topics)
        if any(issue.is_error for issue in parsed.issues):
            method = None
    return method, parsed.issues


def _check_topic_weights(parsed: ParsedFile, weights: Any, topics: Collection[str]) -> None:
    """E302 at each key of ``topic_weights`` that is not a topic of the taxonomy."""
    if not isinstance(weights, dict):
        return
    for key in weights:
        if key in topics:
            continue
        close = suggestion(key, topics)
        line, column = locate(parsed.root, ["topic_weights", key], key=True)
        parsed.add(
            "E302",
            line,
            column,
            f"unknown topic {short_repr(key)} in topic_weights"
            + (f" (did you mean {close!r}?)" if close else "; see `regalign topics`"),
            json_path(["topic_weights", key]),
        )


def _overlay(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict) and key != "topic_weights":
            merged[key] = _overlay(merged[key], value)
        else:
            merged[key] = value
    return merged
