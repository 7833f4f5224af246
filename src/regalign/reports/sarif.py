"""Validation issues as SARIF 2.1.0, for code-scanning services and editors that read it.

One run, one rule per issue code of the catalogue (id, name, title, description, default level, and
``helpUri``: the code's anchor in docs/issue-codes.md), one result per issue with its file, line and
column, and the JSON path as a logical location.

Artifact locations never climb with ``../``. A file under the source root (the repository root, or
the working directory outside a repository; the caller says which) is a relative URI with the
``uriBaseId`` ``%SRCROOT%``, as CodeQL writes them and code scanning resolves them; a file outside
it is an absolute ``file://`` URI; a bundled file is relative to ``REGALIGN_BUNDLED``. A file name
that is not valid UTF-8 (Python keeps its bytes as surrogate escapes) is percent-encoded byte for
byte in the URI, so the URI still names the file; in message text such bytes read as U+FFFD.

``help_base`` is where regalign's repository files are served (``https://github.com/o/r/blob/HEAD/``),
from the project URL in the package metadata. SARIF (and code scanning's upload check) requires
``helpUri`` to be an absolute URI, so while the project publishes no URL the rules carry the
relative reference ``docs/issue-codes.md#e302`` in their ``help`` text instead (see docs/cli.md).

Pure: paths are joined as text, nothing is read from the file system.
"""

from __future__ import annotations

import json
import posixpath
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
SOURCE_BASE = "%SRCROOT%"
DOCS_PAGE = "docs/issue-codes.md"


def anchor(code: str) -> str:
    """The anchor of a code in docs/issue-codes.md (``e302``)."""
    return code.lower()


def help_uri(code: str, help_base: str) -> str:
    """Where a code is documented: ``<help_base>docs/issue-codes.md#e302``."""
    return f"{help_base}{DOCS_PAGE}#{anchor(code)}"


def text(value: str) -> str:
    """Text safe to write as UTF-8: bytes of a non-UTF-8 file name (surrogate escapes) become U+FFFD."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _uri_path(path: str) -> str:
    """Percent-encode a path byte for byte (a non-UTF-8 name keeps its bytes)."""
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def _location(file: str, root: str | None, cwd: str | None) -> dict[str, str]:
    if file.startswith(BUNDLED_PREFIX):
        return {"uri": _uri_path(file[len(BUNDLED_PREFIX) :]), "uriBaseId": BUNDLED_BASE}
    if PureWindowsPath(file).drive:
        return {"uri": "file:///" + _uri_path(file.replace("\\", "/"))}
    path = file
    if not PurePosixPath(path).is_absolute():
        if cwd is None:  # no working directory known: relative to the source root as given
            normal = posixpath.normpath(path)
            if normal != ".." and not normal.startswith("../"):
                return {"uri": _uri_path(normal), "uriBaseId": SOURCE_BASE}
            return {"uri": _uri_path(normal)}  # pragma: no cover - callers give cwd
        path = posixpath.join(cwd, path)
    path = posixpath.normpath(path)
    base = root or cwd
    if base is not None:
        inside = posixpath.relpath(path, posixpath.normpath(base))
        if inside != ".." and not inside.startswith("../"):
            return {"uri": _uri_path(inside), "uriBaseId": SOURCE_BASE}
    return {"uri": "file://" + _uri_path(path)}


def _rules(help_base: str | None) -> list[dict[str, Any]]:
    rules = []
    for item in CATALOGUE.values():
        where = help_uri(item.code, help_base) if help_base else f"{DOCS_PAGE}#{anchor(item.code)}"
        rule: dict[str, Any] = {
            "id": item.code,
            "name": item.name,
            "shortDescription": {"text": item.title},
            "fullDescription": {"text": item.description},
            "defaultConfiguration": {"level": item.severity},
            "help": {
                "text": f"{item.code} ({item.name}): {item.description} See {where}.",
                "markdown": f"**{item.code}** (`{item.name}`): {item.description} "
                f"See [{item.code} in the issue codes]({where}).",
            },
        }
        if help_base:
            rule["helpUri"] = where
        rules.append(rule)
    return rules


def sarif_log(
    issues: Sequence[Issue],
    root: str | None = None,
    cwd: str | None = None,
    help_base: str | None = None,
) -> dict[str, Any]:
    """The SARIF log (a dict) for the issues, in their given (sorted) order.

    ``root`` is the source root (``%SRCROOT%``) and ``cwd`` the directory relative file names are
    relative to; both absolute, POSIX paths.
    """
    index = {code: i for i, code in enumerate(CATALOGUE)}
    results = []
    for issue in issues:
        location: dict[str, Any] = {
            "physicalLocation": {
                "artifactLocation": _location(issue.file, root, cwd),
                "region": {"startLine": max(issue.line, 1), "startColumn": max(issue.column, 1)},
            },
        }
        if issue.path != "$":
            location["logicalLocations"] = [
                {"fullyQualifiedName": text(issue.path), "kind": "object"}
            ]
        results.append(
            {
                "ruleId": issue.code,
                "ruleIndex": index[issue.code],
                "level": "error" if issue.is_error else "warning",
                "message": {
                    "text": text(
                        issue.message + ("" if issue.path == "$" else f" (at {issue.path})")
                    )
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
                        "rules": _rules(help_base),
                        **(
                            {"informationUri": help_base.removesuffix("blob/HEAD/")}
                            if help_base
                            else {}
                        ),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {
                    SOURCE_BASE: {
                        "description": {
                            "text": "The root of the repository the files belong to (the folder "
                            "holding .git), or the working directory outside a repository."
                        }
                    },
                    BUNDLED_BASE: {
                        "description": {
                            "text": "The data bundled in the regalign package "
                            "(regalign/frameworks/data/)."
                        }
                    },
                },
                "results": results,
            }
        ],
    }


def render_sarif(
    issues: Sequence[Issue],
    root: str | None = None,
    cwd: str | None = None,
    help_base: str | None = None,
) -> str:
    """The SARIF log as JSON text (valid UTF-8 whatever the file names)."""
    return json.dumps(sarif_log(issues, root, cwd, help_base), indent=2, ensure_ascii=False)
