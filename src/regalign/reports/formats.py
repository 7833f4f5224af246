"""Printing a Table in the formats regalign offers, each escaped for whatever reads it.

Every cell quotes record text, so every format escapes it for its reader: control characters are
replaced everywhere; markdown tables (github, pipe) escape markup and show URLs as code; tabulate
escapes HTML and LaTeX itself; CSV and TSV neutralise cells a spreadsheet would run as a formula.
Formats whose markup cannot be escaped reliably, or that do not escape at all, are not offered:
UNSAFE_FORMATS says why, for the usage error.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tabulate import LATEX_ESCAPE_RULES, multiline_formats, tabulate

from regalign.reports.text import clean, md_text, one_line, wrap
from regalign.sanitize import html_text


@dataclass(frozen=True)
class Table:
    """Headers, rows and the maximum display width of each column (None: no limit)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    widths: tuple[int | None, ...]


# Laid out for a terminal: the cells are plain text.
TEXT_FORMATS = (
    "double_grid",
    "double_outline",
    "fancy_grid",
    "fancy_outline",
    "grid",
    "heavy_grid",
    "heavy_outline",
    "mixed_grid",
    "mixed_outline",
    "outline",
    "plain",
    "presto",
    "pretty",
    "psql",
    "rounded_grid",
    "rounded_outline",
    "simple",
    "simple_grid",
    "simple_outline",
    "tsv",
)
# Read by a markup renderer: markdown cells are escaped here; tabulate escapes HTML and LaTeX itself.
MARKDOWN_FORMATS = ("github", "pipe")
ESCAPED_BY_TABULATE = ("html", "latex", "latex_booktabs", "latex_longtable")
TABLE_FORMATS = tuple(sorted((*TEXT_FORMATS, *MARKDOWN_FORMATS, *ESCAPED_BY_TABULATE)))
FORMATS = (*TABLE_FORMATS, "csv", "json")
DEFAULT_FORMAT = "simple"
# tabulate formats left out, and why (for the usage error).
UNSAFE_FORMATS = {
    name: "its markup cannot be escaped reliably"
    for name in (
        "asciidoc",
        "colon_grid",
        "jira",
        "mediawiki",
        "moinmoin",
        "orgtbl",
        "rst",
        "textile",
        "youtrack",
    )
}
UNSAFE_FORMATS.update(
    {
        "unsafehtml": "it does not escape HTML (use html)",
        "latex_raw": "it does not escape LaTeX (use latex)",
    }
)
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"\A[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][-+]?\d+)?%?\Z")


def render(table: Table, fmt: str) -> str:
    """The table in one of FORMATS (but json), every cell escaped for the format's reader."""
    if fmt == "csv":
        return to_csv(table)
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"format {fmt!r} is not offered")
    cell = _CELL.get(fmt, _text_cell)
    multiline = fmt in multiline_formats and fmt not in MARKDOWN_FORMATS
    rows = [
        [cell(value, width if multiline else None) for value, width in zip(row, table.widths)]
        for row in table.rows
    ]
    headers = [cell(header, None) for header in table.headers]
    return tabulate(rows, headers=headers, tablefmt=fmt, disable_numparse=True)


def _text_cell(value: Any, width: int | None) -> str:
    text = "" if value is None else str(value)
    return wrap(clean(text), width) if width else one_line(text)


def _markdown_cell(value: Any, width: int | None) -> str:
    return md_text(one_line("" if value is None else str(value)))


def _tsv_cell(value: Any, width: int | None) -> str:
    return spreadsheet_safe(one_line("" if value is None else str(value)))


_CELL: dict[str, Callable[[Any, int | None], str]] = {
    **{name: _markdown_cell for name in MARKDOWN_FORMATS},
    "tsv": _tsv_cell,
}


def render_line(text: str, fmt: str) -> str:
    """A line of prose printed between tables (``explain``'s headings, caps and curated relations),
    escaped for the same reader as the tables: one line whatever it quotes, no markup, no link, no
    formula."""
    flat = one_line(text)
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow([spreadsheet_safe(flat)])
        return buffer.getvalue()
    if fmt == "tsv":
        return spreadsheet_safe(flat)
    if fmt in MARKDOWN_FORMATS:
        return md_text(flat)
    if fmt == "html":
        return f"<p>{html_text(flat, quote=False)}</p>"
    if fmt.startswith("latex"):
        return "".join(LATEX_ESCAPE_RULES.get(ch, ch) for ch in flat)
    return flat


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will show, not run: one starting with = + - @ (or a tab or carriage return) gets a
    leading apostrophe, as spreadsheet-safe exporters do; plain numbers such as -0.5 are left alone."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def to_csv(table: Table) -> str:
    """RFC 4180 CSV with a header row; cells keep their full text on one line, formulas neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_safe(one_line(h)) for h in table.headers])
    for row in table.rows:
        writer.writerow([spreadsheet_safe(one_line("" if v is None else str(v))) for v in row])
    return buffer.getvalue()
