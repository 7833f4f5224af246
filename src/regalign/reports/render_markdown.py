"""Render a Document as markdown that GitHub and pandoc read alike.

Pipe tables carry separator dashes in proportion to each column's intended width, so pandoc gives
wide columns the room they need when it lays a table out (in DOCX, for example). Everything quoted
is escaped; a URL becomes a link only where the document asks for one, and a URL inside quoted text
is shown as code so that no renderer turns it into a live link.
"""

from __future__ import annotations

from urllib.parse import quote

from regalign.reports.document import (
    Document,
    Figure,
    Heading,
    Items,
    Paragraph,
    Section,
    Table,
    Text,
)
from regalign.reports.text import md_code, md_escape, md_join, md_text
from regalign.sanitize import web_link

TABLE_DASHES = 72  # separator dashes shared among the columns of a table


def safe_url(url: str) -> str:
    """Percent-encode what could break out of a link target (spaces, angle brackets, quotes, non-ASCII), and
    parentheses unless they pair up, so that the rest of a crafted URL cannot start a second link."""
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._" + ("()" if _balanced(url) else ""))


def _balanced(url: str) -> bool:
    depth = 0
    for ch in url:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


PAGE_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def render(document: Document, *, page_breaks: bool = False) -> str:
    """The whole document as markdown, ending with one newline.

    ``page_breaks`` adds pandoc raw OpenXML page breaks where the document asks for them (after the
    summary): for conversion to DOCX only, since other markdown readers would show them as code.
    """
    parts = [document.marker, f"# {md_text(document.title)}", inline(document.subtitle)]
    for i, section in enumerate(document.sections):
        # A break after the last section would only add an empty page.
        parts.extend(_section(section, page_breaks and i < len(document.sections) - 1))
    return "\n\n".join(part for part in parts if part) + "\n"


def _section(section: Section, page_breaks: bool) -> list[str]:
    parts = [_heading(section.heading)]
    parts += [_block(block) for block in section.blocks]
    for child in section.children:
        parts.extend(_section(child, page_breaks))
    if page_breaks and section.break_after:
        parts.append(PAGE_BREAK)
    return parts


def _heading(heading: Heading) -> str:
    # md_text, not md_escape: a URL, www. or e-mail address in a heading is shown as code, never linked.
    return f"{'#' * min(6, heading.level)} {md_text(heading.text)}"


def _block(block: object) -> str:
    if isinstance(block, Paragraph):
        text = inline(block.text)
        return (
            f"**{text}**" if block.role == "lead" and text and not text.startswith("**") else text
        )
    if isinstance(block, Items):
        marks = [f"{i}." if block.ordered else "-" for i in range(1, len(block.items) + 1)]
        return "\n".join(f"{mark} {inline(item)}" for mark, item in zip(marks, block.items))
    if isinstance(block, Table):
        return table(block)
    if isinstance(block, Figure):
        return f"![{md_escape(block.alt)}]({quote(block.fallback)})" if block.fallback else ""
    raise TypeError(f"cannot render {type(block).__name__}")


def table(block: Table) -> str:
    """A pipe table; the separator's dashes follow the relative widths."""
    total = sum(block.widths) or 1
    dashes = [max(3, round(TABLE_DASHES * w / total)) for w in block.widths]
    lines = [
        "| " + " | ".join(md_text(h) for h in block.headers) + " |",
        "|" + "|".join("-" * d for d in dashes) + "|",
    ]
    for row in block.rows:
        lines.append("| " + " | ".join(inline(cell) or " " for cell in row) + " |")
    if block.caption:
        lines.append("")
        lines.append(f"*{md_text(block.caption)}*")
    return "\n".join(lines)


def inline(text: Text) -> str:
    """Runs as inline markdown, escaped."""
    out = []
    for style, part, target in text:
        if style == "b":
            out.append(f"**{_plain(part)}**")
        elif style == "i":
            out.append(f"*{_plain(part)}*")
        elif style == "code":
            out.append(_code(part))
        elif style == "link" and web_link(target):
            out.append(f"[{_plain(part)}]({safe_url(target)})")
        elif style == "cite":
            out.append(f"\\[{md_escape(part)}\\]")
        else:  # plain and internal references (markdown has no portable anchors)
            out.append(_plain(part))
    return md_join(out)


def _plain(part: str) -> str:
    """Escaped text in which a URL is shown as code, never as a live link."""
    return md_text(part)


def _code(part: str) -> str:
    return md_code(part)
