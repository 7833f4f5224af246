"""Small text helpers shared by the renderers: display width, wrapping, number formats, escaping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from regalign.sanitize import clean

_wcswidth: Callable[[str], int] | None
_wcwidth: Callable[[str], int] | None
try:  # wcwidth ships with tabulate[widechars]; without it, East Asian width is estimated below
    from wcwidth import wcswidth, wcwidth

    _wcswidth, _wcwidth = wcswidth, wcwidth
except ImportError:  # pragma: no cover - exercised only without the extra
    _wcswidth = _wcwidth = None


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: Hangul and other wide characters take two."""
    if _wcswidth is not None:
        width = _wcswidth(text)
        if width >= 0:
            return width
    return sum(char_width(ch) for ch in text)


def char_width(ch: str) -> int:
    """Columns one character takes (0 for one that is not printed)."""
    if _wcwidth is not None:
        width = _wcwidth(ch)
        if width >= 0:
            return width
    if not ch.isprintable():
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text: str, width: int) -> str:
    """Wrap to lines of at most ``width`` display columns, breaking at spaces (or inside long words).

    Linear in the length of the text: each character's width is computed once (a 400,000-character
    word used to take over a minute).
    """
    width = max(1, width)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line, used = (
            "",
            0,
        )  # a line is at most `width` columns, so building it piece by piece stays linear
        for word in paragraph.split(" "):
            size = sum(map(char_width, word))
            joined = used + 1 + size if line else size
            if joined <= width:
                line, used = (f"{line} {word}" if line else word), joined
                continue
            if line:
                lines.append(line)
            if size > width:
                pieces = _split_long(word, width)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                size = sum(map(char_width, word))
            line, used = word, size
        lines.append(line)
    return "\n".join(lines)


def _split_long(word: str, width: int) -> list[str]:
    """An over-long word in pieces of at most ``width`` columns, cut after a '.', '-' or '/' where one fits."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        used = 0
        best = 0
        end = len(word)
        for index in range(start, len(word)):
            used += char_width(word[index])
            if used > width:
                end = best or max(index, start + 1)
                break
            if word[index] in ".-/":
                best = index + 1
        pieces.append(word[start:end])
        start = end
    return pieces


def percent(value: float | None) -> str:
    """0.1234 -> '12%'; None -> '—'."""
    return "—" if value is None else f"{value * 100:.0f}%"


def score(value: float | None) -> str:
    """Two decimals, or '—'."""
    return "—" if value is None else f"{value:.2f}"


def verdict_score(value: float, bounds: Sequence[float] = ()) -> str:
    """A score beside its verdict: two decimals, as every figure is printed, or three where two would
    reach a threshold (``bounds``) the score is below (round 30: 'divergent (0.45)' for 0.449, where
    'partially aligned' begins at 0.45; round 31: cutting instead of rounding set the matrix apart
    from the bottom line and from ``explain``)."""
    # A score just under a threshold may still round up to it at three decimals (0.5996 -> 0.600):
    # it is then said to be just under the threshold, not printed to six places (round 58, EU-KR:
    # "partially aligned (0.599999)" and "(0.5997)" read as noise).
    for digits in (2, 3):
        shown = f"{value:.{digits}f}"
        if not any(value < bound <= float(shown) for bound in bounds):
            return shown
    bound = min(b for b in bounds if value < b)
    return f"just under {bound:.2f}"


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
    text = " ".join(clean(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


# What GitHub, pandoc's gfm reader or a wiki would turn into a live link: URLs with a scheme, bare www.
# addresses and e-mail addresses. In quoted text they are shown as code, so that only the links the
# renderer means to make are links.
# The e-mail part starts only where a run of address characters starts (the look-behind): otherwise a
# long word without '@' is scanned again from each of its characters, quadratic in its length.
_LINKISH = re.compile(
    r"(?i)(\b(?:https?|ftps?|mailto|xmpp|javascript|vbscript|data|file|tel|irc|ircs|ssh|git)"
    r":[^\s<>]+|\bwww\.[^\s<>]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_BACKTICKS = re.compile(r"`+")


def md_text(part: str) -> str:
    """Quoted text as inline markdown: escaped, with anything a renderer would link shown as code."""
    pieces = _LINKISH.split(part)
    return md_join(
        md_code(piece) if i % 2 else _escape_keeping_edges(piece) for i, piece in enumerate(pieces)
    )


def md_join(pieces: Iterable[str]) -> str:
    """Inline markdown pieces joined so that no two backtick runs touch: '`a`' + '`b`' would make '``',
    a longer fence that never closes and leaves the code's content to be read as markup."""
    out = ""
    for piece in pieces:
        if piece and out.endswith("`") and piece.startswith("`"):
            out += " "
        out += piece
    return out


def _escape_keeping_edges(piece: str) -> str:
    escaped = md_escape(piece)
    if escaped and piece[:1].isspace():
        escaped = " " + escaped
    if escaped and piece[-1:].isspace():
        escaped += " "
    return escaped


def md_code(part: str) -> str:
    """A code span that holds any text: one line, no pipe (it would split a table cell), a long enough fence."""
    text = " ".join(clean(part).split()).replace("|", "¦")
    if not text:
        return ""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    if not longest:
        return f"`{text}`"
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def one_line(text: str) -> str:
    """Collapse whitespace and replace control characters, for cells and lines that hold no line break."""
    return " ".join(clean(text).split())


_URL_TOKEN = re.compile(r"(?i)<?\b(?:https?|ftp)://[^\s<>)]+>?")
_TABLE_RULE = re.compile(r"^\|[-|: ]+\|$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d.,%]*", re.UNICODE)


def word_count(text: str) -> int:
    """Words a reader reads in markdown: a URL counts once, table rules and markup not at all."""
    text = _URL_TOKEN.sub(" url ", text)
    text = _TABLE_RULE.sub(" ", text)
    return len(_WORD.findall(text))
