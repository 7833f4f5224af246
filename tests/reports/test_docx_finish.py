"""Word finish (issue 19): the heatmap on every run from any directory, page numbers and a footer with
the title and date, title/author/language properties, an organisation's template, author and
organisation options."""

from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.cli.docx_finish import FOOTER_PART, Properties, add_footer, set_properties

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")
DAY = "2026-12-01"


def _report(target: Path, *extra: str, cwd: Path | None = None):
    old = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(
            cli, ["report", "EU", "KR", "--date", DAY, "-o", str(target), *extra]
        )
    finally:
        os.chdir(old)


def _part(docx: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx)).read(name).decode("utf-8")


def _names(docx: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(docx)).namelist()


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A first run, from a directory other than the output's, without --figures."""
    here, there = tmp_path_factory.mktemp("cwd"), tmp_path_factory.mktemp("out")
    result = _report(
        there / "briefing.docx",
        "--author",
        "J. Kim",
        "--organisation",
        "Ministry of Trade & <Industry>",
        cwd=here,
    )
    assert result.exit_code == 0, result.output
    assert list(here.iterdir()) == []  # nothing left behind in the current directory
    return (there / "briefing.docx").read_bytes()


def test_the_heatmap_is_in_word_on_a_first_run_from_another_directory(briefing: bytes) -> None:
    media = [n for n in _names(briefing) if n.startswith("word/media/")]
    assert len(media) == 1 and media[0].endswith(".png")
    assert "<pic:pic" in _part(briefing, "word/document.xml")


def test_every_page_has_a_footer_with_title_date_and_page_numbers(briefing: bytes) -> None:
    footers = [n for n in _names(briefing) if re.match(r"word/footer.*\.xml", n)]
    assert footers
    footer = _part(briefing, footers[0])
    assert "Regulatory alignment briefing: the EU and Korea" in footer and "1 Dec 2026" in footer
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    assert "Ministry of Trade &amp; &lt;Industry&gt;" in footer  # escaped, never raw XML
    assert "<w:footerReference" in _part(briefing, "word/document.xml")


def test_title_author_organisation_and_language_are_document_properties(briefing: bytes) -> None:
    core = _part(briefing, "docProps/core.xml")
    assert "<dc:title>Regulatory alignment briefing: the EU and Korea</dc:title>" in core
    assert "<dc:creator>J. Kim</dc:creator>" in core and "<dc:language>en-GB</dc:language>" in core
    assert "<Company>Ministry of Trade &amp; &lt;Industry&gt;</Company>" in _part(
        briefing, "docProps/app.xml"
    )
    assert 'w:val="en-GB"' in _part(briefing, "word/styles.xml")
    assert "Prepared by J. Kim, Ministry of Trade" in _part(briefing, "word/document.xml")


def test_without_an_author_the_properties_are_not_empty(tmp_path: Path) -> None:
    target = tmp_path / "b.docx"
    assert _report(target, "--detail", "summary").exit_code == 0
    core = _part(target.read_bytes(), "docProps/core.xml")
    assert "<dc:creator>regalign</dc:creator>" in core and "<dc:title>Regulatory" in core


def test_an_organisations_template_is_used_and_keeps_its_own_footer(tmp_path: Path) -> None:
    template = tmp_path / "template.docx"
    styled = _report(tmp_path / "first.docx", "--detail", "summary")
    assert styled.exit_code == 0
    # A template: a Word file with a footer of its own and a style regalign does not write.
    data = (tmp_path / "first.docx").read_bytes()
    marked = _rewrite_part(
        data, "word/styles.xml", lambda x: x.replace("</w:styles>", _STYLE + "</w:styles>")
    )
    marked = _rewrite_part(marked, FOOTER_PART.replace("regalign", "regalign"), lambda x: x)
    template.write_bytes(marked)
    result = _report(tmp_path / "b.docx", "--detail", "summary", "--reference-doc", str(template))
    assert result.exit_code == 0, result.output
    out = (tmp_path / "b.docx").read_bytes()
    assert "OrganisationStyle" in _part(out, "word/styles.xml")
    assert sum(1 for n in _names(out) if re.match(r"word/footer.*\.xml", n)) == 1


_STYLE = '<w:style w:type="paragraph" w:styleId="OrganisationStyle"><w:name w:val="Organisation Style"/></w:style>'


def _rewrite_part(docx: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == name:
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "extra,said",
    [
        (["-o", "x.md", "--reference-doc", "{template}"], "Word output only"),
        (["-o", "x.docx", "--reference-doc", "{bogus}"], "not a Word document"),
    ],
)
def test_a_reference_doc_that_cannot_be_used_is_a_usage_error(
    tmp_path: Path, extra: list[str], said: str
) -> None:
    bogus = tmp_path / "bogus.docx"
    bogus.write_text("not a zip", encoding="utf-8")
    template = tmp_path / "t.docx"
    template.write_bytes(b"PK")
    args = [a.format(template=template, bogus=bogus) for a in extra]
    args = [str(tmp_path / a) if a in ("x.md", "x.docx") else a for a in args]
    result = CliRunner().invoke(cli, ["report", "EU", "KR", "--date", DAY, *args])
    assert result.exit_code == 2 and said in result.output, result.output


def test_finishing_is_reproducible_and_idempotent_on_a_template_with_a_footer() -> None:
    base = _minimal_docx()
    once = add_footer(base, "Title · 1 Dec 2026")
    assert add_footer(once, "Other") == once  # a footer already there is kept
    props = Properties("T & <x>", author="A", organisation="O", language="ko")
    done = set_properties(once, props)
    assert set_properties(once, props) == done
    core = _part(done, "docProps/core.xml")
    assert (
        "<dc:title>T &amp; &lt;x&gt;</dc:title>" in core and "<dc:language>ko</dc:language>" in core
    )


def _minimal_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types></Types>')
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="w"><w:body><w:p/><w:sectPr/></w:body></w:document>',
        )
        z.writestr("word/_rels/document.xml.rels", "<Relationships></Relationships>")
        z.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title></dc:title></cp:coreProperties>',
        )
        z.writestr("docProps/app.xml", "<Properties></Properties>")
    return out.getvalue()


@pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice not installed (.ci/run installs it)",
)
@pytest.mark.parametrize(
    "as_of",
    [
        DAY,
        # Thirteenth sitting: with the index a year earlier added, EU-KR's page 1 on 6 and 8 Dec 2026
        # (680 words) printed on two pages with an author and organisation (PAGE_WORDS 680 -> 670).
        pytest.param("2026-12-06", marks=pytest.mark.slow),
        pytest.param("2026-12-08", marks=pytest.mark.slow),
    ],
)
def test_page_one_stays_one_page_with_author_organisation_and_footer(
    tmp_path: Path, as_of: str
) -> None:
    import subprocess

    from pypdf import PdfReader

    target = tmp_path / "summary.docx"
    result = _report(
        target,
        "--as-of",
        as_of,
        "--detail",
        "summary",
        "--author",
        "J. Kim",
        "--organisation",
        "Ministry of Trade, Industry and Energy",
    )
    assert result.exit_code == 0, result.output
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(target)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = PdfReader(str(target.with_suffix(".pdf"))).pages
    assert len(pages) == 1
    assert "page 1 of 1" in pages[0].extract_text()
