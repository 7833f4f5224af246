"""Validators for the vendored standard schemas (see tests/exports/README.md for their sources).

NIST's OSCAL JSON Schema is generated from XML-oriented metaschemas: its ``TokenDatatype`` pattern
uses the Unicode property classes ``\\p{L}`` and ``\\p{N}``, which Python's ``re`` rejects ("bad
escape \\p"), so jsonschema's default ``pattern`` check would crash. We keep every pattern and run
all of them through the ``regex`` package, which implements Unicode property classes; nothing is
dropped or rewritten. ``test_oscal_export.py`` checks that every pattern compiles with ``regex``
and that the ``\\p`` patterns really reject bad tokens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import regex
from jsonschema.exceptions import ValidationError

HERE = Path(__file__).parent
OSCAL_MAPPING_SCHEMA = HERE / "oscal_mapping_schema.json"
OSCAL_MAPPING_SHA256 = "6e9ef954394b1d42302e52f7c5dae05e35e577e5d83696d95e2181b5a15a6d6d"
SARIF_SCHEMA = HERE / "sarif-schema-2.1.0.json"


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def schema_patterns(node: Any) -> list[str]:
    """Every ``pattern`` keyword value in a schema, in document order."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                found.append(value)
            else:
                found.extend(schema_patterns(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(schema_patterns(value))
    return found


def oscal_schema() -> dict[str, Any]:
    return json.loads(OSCAL_MAPPING_SCHEMA.read_text(encoding="utf-8"))


def oscal_validator() -> jsonschema.protocols.Validator:
    """NIST's draft-07 schema, with ``pattern`` evaluated by ``regex`` (Unicode classes supported)."""
    schema = oscal_schema()
    base = jsonschema.validators.validator_for(schema)
    assert base is jsonschema.Draft7Validator
    cls = jsonschema.validators.extend(base, {"pattern": _pattern})
    return cls(schema, format_checker=base.FORMAT_CHECKER)
