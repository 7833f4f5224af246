"""Small text helpers shared by the renderers: display width, wrapping, number formats, escaping."""

from __future__ import annotations

import re
import unicodedata
from typing import Optional

try:  # wcwidth ships with tabulate[widechars]; without it, East Asian width is estimated below
    from wcwidth import wcswidth as _wcswidth
except ImportError:  # pragma: no cover - exercised only without the extra
    _wcswidth = None


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: Hangul and other wide characters take two."""
    if _wcswidth is not None:
        width = _wcswidth(text)
        if width >= 0:
            return width
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text if ch.isprintable())


def wrap(text: str, width: int) -> str:
    """Wrap to lines of at most ``width`` display columns, breaking at spaces (or inside long words)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if display_width(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while display_width(word) > width:
                cut = _fit(word, width)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def _fit(word: str, width: int) -> int:
    """How many characters of an over-long word to put on this line: after a '.', '-' or '/' if one fits."""
    used = 0
    best = 0
    for index, ch in enumerate(word):
        used += display_width(ch)
        if used > width:
            return best or max(index, 1)
        if ch in ".-/":
            best = index + 1
    return len(word)


def percent(value: Optional[float]) -> str:
    """0.1234 -> '12%'; None -> '—'."""
    return "—" if value is None else f"{value * 100:.0f}%"


def score(value: Optional[float]) -> str:
    """Two decimals, or '—'."""
    return "—" if value is None else f"{value:.2f}"


def score_range(value: float, low: float, high: float) -> str:
    """'0.87 (0.84–0.90)', or just the score when the range is a point."""
    if abs(high - low) < 0.005:
        return f"{value:.2f}"
    return f"{value:.2f} ({low:.2f}–{high:.2f})"


# Characters that start markup in GitHub markdown or pandoc (incl. pandoc's $math$, ^sup^, ~sub~,
# @citations); backslash-escaped ASCII punctuation is literal in both.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~$^@#])")


def md_escape(text: str) -> str:
    """Make arbitrary text inert in markdown (GitHub and pandoc): no markup, no HTML, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def one_line(text: str) -> str:
    """Collapse whitespace, for cells of formats that cannot hold line breaks."""
    return " ".join(text.split())


_URL_TOKEN = re.compile(r"(?i)<?\b(?:https?|ftp)://[^\s<>)]+>?")
_TABLE_RULE = re.compile(r"^\|[-|: ]+\|$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,%]*", re.UNICODE)


def word_count(text: str) -> int:
    """Words a reader reads in markdown: a URL counts once, table rules and markup not at all."""
    text = _URL_TOKEN.sub(" url ", text)
    text = _TABLE_RULE.sub(" ", text)
    return len(_WORD.findall(text))
