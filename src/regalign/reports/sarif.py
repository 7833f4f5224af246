"""Validation issues as SARIF 2.1.0, for code-scanning services and editors that read it.

One run, one rule per issue code of the catalogue (id, name, title, description, default level),
one result per issue with its file, line and column, and the JSON path as a logical location.
Files named relative to the working directory stay relative URIs (code scanning resolves them
against the repository root); absolute paths become ``file://`` URIs; bundled files are relative
to the ``REGALIGN_BUNDLED`` base.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from regalign.issues import CATALOGUE, Issue
from regalign.version import __version__

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
BUNDLED_PREFIX = "<bundled>/"
BUNDLED_BASE = "REGALIGN_BUNDLED"


def _location(file: str) -> dict[str, str]:
    if file.startswith(BUNDLED_PREFIX):
        return {"uri": quote(file[len(BUNDLED_PREFIX) :]), "uriBaseId": BUNDLED_BASE}
    path = file.replace("\\", "/") if PureWindowsPath(file).drive else file
    if PurePosixPath(path).is_absolute():
        return {"uri": "file://" + quote(path)}
    if PureWindowsPath(file).drive:
        return {"uri": "file:///" + quote(path)}
    return {"uri": quote(path)}


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": item.code,
            "name": item.name,
            "shortDescription": {"text": item.title},
            "fullDescription": {"text": item.description},
            "defaultConfiguration": {"level": item.severity},
            "help": {
                "text": f"{item.code} ({item.name}): {item.description} See docs/issue-codes.md."
            },
        }
        for item in CATALOGUE.values()
    ]


def sarif_log(issues: Sequence[Issue]) -> dict[str, Any]:
    """The SARIF log (a dict) for the issues, in their given (sorted) order."""
    index = {code: i for i, code in enumerate(CATALOGUE)}
    results = []
    for issue in issues:
        location: dict[str, Any] = {
            "physicalLocation": {
                "artifactLocation": _location(issue.file),
                "region": {"startLine": max(issue.line, 1), "startColumn": max(issue.column, 1)},
            },
        }
        if issue.path != "$":
            location["logicalLocations"] = [{"fullyQualifiedName": issue.path, "kind": "object"}]
        results.append(
            {
                "ruleId": issue.code,
                "ruleIndex": index[issue.code],
                "level": "error" if issue.is_error else "warning",
                "message": {
                    "text": issue.message + ("" if issue.path == "$" else f" (at {issue.path})")
                },
                "locations": [location],
            }
        )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "regalign",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {
                    BUNDLED_BASE: {
                        "description": {
                            "text": "The data bundled in the regalign package "
                            "(regalign/frameworks/data/)."
                        }
                    }
                },
                "results": results,
            }
        ],
    }


def render_sarif(issues: Sequence[Issue]) -> str:
    """The SARIF log as JSON text."""
    return json.dumps(sarif_log(issues), indent=2, ensure_ascii=False)
