"""A small, format-neutral document model: the briefing is built once and rendered as markdown or HTML.

Text is held as runs of plain text with a style (bold, code, a link, a citation number); every
renderer escapes runs for its own format, so nothing quoted from the records can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# A run: (style, text, target). Styles: "" plain, "b" bold, "i" italic, "code", "link" (target = URL),
# "ref" (an internal link, target = anchor), "cite" (a source number, target = the source's anchor).
Run = tuple[str, str, str]
Text = tuple[Run, ...]


def plain(text: str) -> Text:
    """Text with one plain run."""
    return (("", text, ""),) if text else ()


def bold(text: str) -> Run:
    return ("b", text, "")


def code(text: str) -> Run:
    return ("code", text, "")


def link(text: str, url: str) -> Run:
    return ("link", text, url)


def ref(text: str, anchor: str) -> Run:
    return ("ref", text, anchor)


def cite(number: int) -> Run:
    return ("cite", str(number), f"source-{number}")


def run(text: str) -> Run:
    return ("", text, "")


def text_of(value: str | Text) -> Text:
    """A string as plain text, or text as is."""
    return plain(value) if isinstance(value, str) else value


def words(value: Text) -> str:
    """The text without styles (for counting words and for alt text)."""
    return "".join(part for _, part, _ in value)


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Paragraph:
    text: Text
    role: str = ""  # "lead" for the bottom line, "note" for small print


@dataclass(frozen=True)
class Items:
    items: tuple[Text, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Text, ...], ...]
    widths: tuple[int, ...]  # relative column widths, e.g. (4, 2, 2, 1)
    caption: str = ""
    row_roles: tuple[str, ...] = ()  # per row: "" or "group" (a roll-up row) — for styling only
    cell_roles: tuple[tuple[str, ...], ...] = ()  # per cell: a verdict class for colouring, or ""


@dataclass(frozen=True)
class Figure:
    svg: str  # a complete <svg> element; markdown renders the fallback instead
    alt: str
    fallback: str | None = None  # a relative image path for markdown, if one was written


@dataclass(frozen=True)
class Section:
    """A heading and its blocks; annexes are collapsible in HTML, and page breaks are for print."""

    heading: Heading
    blocks: tuple[Block, ...]
    collapsible: bool = False
    break_after: bool = False
    children: tuple[Section, ...] = field(default=())


Block = Union[Paragraph, Items, Table, Figure]


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: Text
    sections: tuple[Section, ...]
    marker: str  # the "written by regalign" mark, first line of every output
    lang: str = "en"
    author: str = ""  # who prepared it, and for whom (document properties, HTML meta)
    organisation: str = ""

    def all_sections(self) -> list[Section]:
        """Every section, depth first."""
        found: list[Section] = []

        def walk(section: Section) -> None:
            found.append(section)
            for child in section.children:
                walk(child)

        for section in self.sections:
            walk(section)
        return found
