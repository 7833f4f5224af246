"""Making quoted text inert on any screen: the one place that knows which characters act or hide.

Record text, file names and messages reach terminals, markdown, HTML and JSON. Characters that a
terminal acts on (ESC starts ANSI colour and OSC 8 hyperlink sequences, BEL rings, NUL truncates, CR
overwrites) or that hide or reorder text (bidirectional overrides such as U+202E) are replaced by
U+FFFD in everything regalign prints, and written as \\u escapes in JSON, where the value must stay
the same.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Characters that act on a terminal or hide or reorder text: C0 and C1 controls other than tab and line
# breaks (ESC starts ANSI and OSC 8 hyperlink sequences, BEL rings, NUL truncates), DEL, bidirectional
# marks, embeddings, overrides and isolates (U+202E turns text around), invisible separators and joiners
# that are not needed by any script, line and paragraph separators, and the byte-order mark.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e"
                        "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
# The same, less tab and line breaks, for JSON (which escapes those itself).
_INVISIBLE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069"
                                "\ufeff\ufff9-\ufffb]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """Text that is safe to show anywhere: line breaks as \\n (a lone carriage return would overwrite a
    terminal line), control and invisible characters replaced by U+FFFD."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub(REPLACEMENT, text)


def escape_invisible(json_text: str) -> str:
    """JSON text with the characters ``clean`` replaces written as \\u escapes (same value, inert bytes).

    Such characters can only stand inside JSON strings, where a \\u escape means the same character.
    """
    return _INVISIBLE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


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
