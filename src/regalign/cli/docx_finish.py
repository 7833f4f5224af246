"""A Word document's finish: a footer with the title, the date and page numbers, and the document's
properties (title, author, organisation, language).

pandoc takes page layout, styles, headers and footers from its reference document and nothing of
the kind from the markdown, so the footer goes into the reference document (``add_footer``) and
the properties are set in the finished file (``set_properties``). Both work on the bytes of a DOCX
(a ZIP archive) and keep every other entry, its order and its timestamp: the same inputs give the
same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FOOTER_PART = "word/footer-regalign.xml"
FOOTER_ID = "rIdRegalignFooter"
FOOTER_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
FOOTER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


class NotAWordDocument(ValueError):
    """A reference document that is not a DOCX (no word/document.xml in a ZIP archive)."""


@dataclass(frozen=True)
class Properties:
    """What the document says about itself, in Word's File > Properties."""

    title: str
    author: str = ""
    organisation: str = ""
    language: str = "en-GB"
    subject: str = ""


def check(reference: bytes) -> None:
    """NotAWordDocument unless ``reference`` is a DOCX pandoc can use as a reference document."""
    try:
        with zipfile.ZipFile(io.BytesIO(reference)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise NotAWordDocument("it is not a Word document (.docx): not a ZIP archive") from exc
    missing = {"word/document.xml", "[Content_Types].xml"} - names
    if missing:
        raise NotAWordDocument(f"it is not a Word document (.docx): no {sorted(missing)[0]}")


def _rewrite(docx: bytes, change: Callable[[str, bytes], bytes], extra: dict[str, bytes]) -> bytes:
    """The archive with each entry passed through ``change`` and ``extra`` entries added at the end
    (stamped like the first entry, so that nothing depends on the clock)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        items = source.infolist()
        for item in items:
            target.writestr(item, change(item.filename, source.read(item.filename)))
        stamp = items[0].date_time if items else (1980, 1, 1, 0, 0, 0)
        for name, data in extra.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
    return out.getvalue()


def footer_xml(text: str) -> bytes:
    """A centred footer: the text, then 'page N of M' (Word fills in the numbers)."""
    run = '<w:r><w:rPr><w:sz w:val="15"/><w:color w:val="5B6570"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    field = (
        '<w:fldSimple w:instr=" {} "><w:r><w:rPr><w:sz w:val="15"/><w:color w:val="5B6570"/>'
        "</w:rPr><w:t>1</w:t></w:r></w:fldSimple>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W}" '
        f'xmlns:r="{R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        + run.format(escape(f"{text} · page "))
        + field.format("PAGE")
        + run.format(" of ")
        + field.format("NUMPAGES")
        + "</w:p></w:ftr>"
    ).encode("utf-8")


def add_footer(reference: bytes, text: str) -> bytes:
    """The reference document with a footer of ``text`` and page numbers on every page, unless it
    has a footer of its own (an organisation's template keeps its footer)."""
    with zipfile.ZipFile(io.BytesIO(reference)) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    if "<w:footerReference" in document:
        return reference

    def change(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            xml = data.decode("utf-8")
            if f'xmlns:r="{R}"' not in xml:
                xml = xml.replace("<w:document ", f'<w:document xmlns:r="{R}" ', 1)
            reference_tag = f'<w:footerReference w:type="default" r:id="{FOOTER_ID}"/>'
            if re.search(r"<w:sectPr[^>]*/>", xml):
                xml = re.sub(r"<w:sectPr([^>]*)/>", rf"<w:sectPr\1>{reference_tag}</w:sectPr>", xml)
            elif "<w:sectPr" in xml:
                xml = re.sub(r"(<w:sectPr[^>]*>)", rf"\1{reference_tag}", xml, count=1)
            else:
                xml = xml.replace("</w:body>", f"<w:sectPr>{reference_tag}</w:sectPr></w:body>")
            return xml.encode("utf-8")
        if name == "word/_rels/document.xml.rels":
            return (
                data.decode("utf-8")
                .replace(
                    "</Relationships>",
                    f'<Relationship Id="{FOOTER_ID}" Type="{FOOTER_TYPE}" '
                    f'Target="{FOOTER_PART.removeprefix("word/")}"/></Relationships>',
                )
                .encode("utf-8")
            )
        if name == "[Content_Types].xml":
            return (
                data.decode("utf-8")
                .replace(
                    "</Types>",
                    f'<Override PartName="/{FOOTER_PART}" ContentType="{FOOTER_CONTENT}"/></Types>',
                )
                .encode("utf-8")
            )
        return data

    return _rewrite(reference, change, {FOOTER_PART: footer_xml(text)})


def set_properties(docx: bytes, properties: Properties) -> bytes:
    """The document with its title, author, language and organisation set in its properties."""

    def change(name: str, data: bytes) -> bytes:
        if name == "docProps/core.xml":
            xml = data.decode("utf-8")
            for tag, value in (
                ("dc:title", properties.title),
                ("dc:creator", properties.author),
                ("dc:language", properties.language),
            ):
                xml = _set(xml, tag, value, "</cp:coreProperties>")
            return xml.encode("utf-8")
        if name == "docProps/app.xml" and properties.organisation:
            return _set(
                data.decode("utf-8"), "Company", properties.organisation, "</Properties>"
            ).encode("utf-8")
        return data

    return _rewrite(docx, change, {})


def _set(xml: str, tag: str, value: str, close: str) -> str:
    """``<tag>value</tag>``, replacing the element (empty or not) or adding it before ``close``."""
    element = f"<{tag}>{escape(value)}</{tag}>"
    pattern = re.compile(rf"<{re.escape(tag)}\s*/>|<{re.escape(tag)}>.*?</{re.escape(tag)}>", re.S)
    if pattern.search(xml):
        return pattern.sub(lambda _: element, xml, count=1)
    return xml.replace(close, element + close, 1)
