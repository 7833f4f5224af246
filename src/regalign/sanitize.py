"""Making quoted text inert on any screen: the one place that knows which characters act or hide.

Record text, file names and messages reach terminals, markdown, HTML and JSON. Characters that a
terminal acts on (ESC starts ANSI colour and OSC 8 hyperlink sequences, BEL rings, NUL truncates, CR
overwrites) or that hide or reorder text (bidirectional overrides such as U+202E) are replaced by
U+FFFD in everything regalign prints, and written as \\u escapes in JSON, where the value must stay
the same.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# Characters that act on a terminal or hide or reorder text: C0 and C1 controls other than tab and line
# breaks (ESC starts ANSI and OSC 8 hyperlink sequences, BEL rings, NUL truncates), DEL, bidirectional
# marks, embeddings, overrides and isolates (U+202E turns text around), invisible separators and joiners
# that are not needed by any script, line and paragraph separators, the byte-order mark, the Unicode tag
# characters (U+E0000-U+E007F: invisible, they can smuggle a whole hidden text), and what XML and
# UTF-8 cannot carry (lone surrogates, U+FFFE, U+FFFF).
_HIDDEN = (
    "\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069"
    "\ud800-\udfff\ufeff\ufff9-\ufffb\ufffe\uffff\U000e0000-\U000e007f"
)
_INVISIBLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_HIDDEN}]")
# The same, less tab and line breaks, for JSON (which escapes those itself).
_INVISIBLE_IN_JSON = re.compile(f"[{_HIDDEN}]")
_LINE_BREAKS = re.compile("\r\n|[\r\n]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """Text that is safe to show anywhere: line breaks as \\n (a lone carriage return would overwrite a
    terminal line), control and invisible characters replaced by U+FFFD."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub(REPLACEMENT, text)


def clean_line(text: str, breaks: str = " ") -> str:
    """``clean`` for text that must stay on one line (a file name, a message): each line break becomes
    ``breaks`` (a space, or U+FFFD where the break is part of a name), so no text can start a line of
    its own."""
    return clean(_LINE_BREAKS.sub(breaks, text))


def html_text(text: str, quote: bool = True) -> str:
    """Text for HTML: cleaned, then escaped (``&``, ``<``, ``>`` and, in attributes, quotes)."""
    return html.escape(clean(text), quote=quote)


def escape_invisible(json_text: str) -> str:
    """JSON text with the characters ``clean`` replaces written as \\u escapes (same value, inert bytes).

    Such characters can only stand inside JSON strings, where a \\u escape means the same character.
    A character outside the Basic Multilingual Plane (a tag character) is written as its UTF-16
    surrogate pair, as JSON requires.
    """
    return _INVISIBLE_IN_JSON.sub(_json_escape, json_text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def shorten(text: str, limit: int) -> str:
    """Text cut to at most ``limit`` characters, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "\u2026"


_LONG_RUN = re.compile(r"\S{81,}")


def short_message(text: str, limit: int = 1000) -> str:
    """A message that quotes user input, cut short: every run of more than 80 characters without a
    space to its first 60 and an ellipsis, the whole to ``limit`` characters. A usage error never
    echoes a 100 KB argument."""
    return shorten(_LONG_RUN.sub(lambda m: m.group()[:60] + "\u2026", text), limit)


def short_repr(value: object, limit: int = 60) -> str:
    """repr() of a value quoted in a message, cut so that a hostile value cannot make the message huge."""
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit - 3] + "..."
    return shorten(repr(value), limit + 10)


_WEB = re.compile(r"(?i)https?://[^\s\x00-\x1f\x7f-\x9f]+\Z")


def web_link(url: str) -> bool:
    """True for an http(s) URL a renderer may turn into a link; javascript:, data: and the like never are,
    nor is a URL with spaces or control characters (which URL parsers drop, hiding what the link says)."""
    if not _WEB.match(url) or _INVISIBLE.search(url):
        return False
    try:
        urlsplit(url)
    except ValueError:  # e.g. an unbalanced '[' in the host part
        return False
    return True
