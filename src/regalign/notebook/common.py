"""What the notebook's views share: pandas on demand, rounding, and a small escaped HTML table."""

from __future__ import annotations

from typing import Any

from regalign.reports import shapes
from regalign.sanitize import html_text

MAX_HTML_ROWS = 200


class PandasUnavailable(ImportError):
    """pandas is not installed (install the 'pandas' extra)."""


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise PandasUnavailable("to_frame() needs pandas: pip install 'regalign[pandas]'") from exc
    return pandas


def _plain(payload: dict[str, Any]) -> dict[str, Any]:
    read_back: dict[str, Any] = shapes.plain(payload)  # a dict stays a dict through JSON
    return read_back


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _html_table(caption: str, header: list[str], rows: list[list[Any]]) -> str:
    # html_text cleans before it escapes: no ESC, BEL, bidirectional or tag character reaches the page.
    head = "".join(f"<th>{html_text(str(h))}</th>" for h in header)
    body = []
    for row in rows[:MAX_HTML_ROWS]:
        cells = "".join(f"<td>{'' if v is None else html_text(str(v))}</td>" for v in row)
        body.append(f"<tr>{cells}</tr>")
    more = (
        f"<p>… {len(rows) - MAX_HTML_ROWS} more rows: use to_frame()</p>"
        if len(rows) > MAX_HTML_ROWS
        else ""
    )
    return (
        f"<div><strong>{html_text(caption)}</strong><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>{more}</div>"
    )
