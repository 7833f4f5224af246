"""JSON text of results: the shapes of ``reports/shapes.py``, written deterministically and inert."""

from __future__ import annotations

import json
from typing import Any

from regalign.reports.shapes import finite, json_default
from regalign.sanitize import escape_invisible


def dumps(payload: Any) -> str:
    """Deterministic, valid JSON: sorted keys, two-space indent, newline at the end.

    A number that is not finite becomes null (JSON has no NaN), and characters that could act on a
    terminal or reorder text (controls, bidirectional overrides) are written as \\u escapes: the
    value read back is the same, the bytes shown are inert.
    """
    text = json.dumps(
        finite(payload),
        indent=2,
        sort_keys=True,
        ensure_ascii=False,
        default=json_default,
        allow_nan=False,
    )
    return escape_invisible(text) + "\n"
