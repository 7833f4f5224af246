"""DOCX through pandoc: the standard briefing stays within a page bound, keeps every table, and is reproducible."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.cli.output import written_by_regalign
from regalign.reports.docx_layout import layout

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc not installed (.ci/run installs it)"
)
# Measured with LibreOffice 7.4 (see reports/docx_layout.py): 14 pages; the bound leaves room for the
# corpus to grow, and a briefing that doubles in length fails.
STANDARD_PAGE_BOUND = 18


def _write(tmp_path: Path, name: str, *extra: str) -> Path:
    target = tmp_path / name
    result = CliRunner().invoke(
        cli, ["report", "EU", "KR", "--date", "2026-12-01", "-o", str(target), *extra]
    )
    assert result.exit_code == 0, result.output
    return target


def test_standard_briefing_fits_the_page_bound_and_keeps_its_tables(tmp_path: Path) -> None:
    docx = _write(tmp_path, "briefing.docx")
    md = _write(tmp_path, "briefing.md")
    data = docx.read_bytes()
    found = layout(data)
    markdown_tables = len(re.findall(r"^\|(?:-+\|)+$", md.read_text(encoding="utf-8"), re.M))
    assert found.tables == markdown_tables and found.tables >= 10
    assert found.pages <= STANDARD_PAGE_BOUND
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    headings = re.findall(r'w:pStyle w:val="(Heading\d)"', xml)
    assert (
        headings.count("Heading1") == 1 and headings.count("Heading2") >= 8
    )  # the navigation pane's outline
    assert 'w:br w:type="page"' in xml  # the summary ends its page
    assert "Bottom line" in xml and re.search(r"<w:pgSz [^>]*w:w=\"11906\"", xml)  # A4


def _rendered_pages(docx: Path) -> int:
    """Pages of the DOCX as LibreOffice lays it out (converted to PDF, headless)."""
    import subprocess

    from pypdf import PdfReader

    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return len(PdfReader(str(docx.with_suffix(".pdf"))).pages)


def test_summary_alone_is_reproducible_and_no_longer_than_the_estimate_allows(
    tmp_path: Path,
) -> None:
    first = _write(tmp_path, "one.docx", "--detail", "summary").read_bytes()
    again = _write(tmp_path, "two.docx", "--detail", "summary").read_bytes()
    assert first == again
    # The structural estimate is conservative (it counts about two lines more than LibreOffice
    # sets on the summary page); a summary that grows past two estimated pages is too long anyway.
    assert layout(first).pages <= 2


@pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice not installed (.ci/run installs it)",
)
def test_summary_is_one_page_as_a_word_processor_lays_it_out(tmp_path: Path) -> None:
    assert _rendered_pages(_write(tmp_path, "summary.docx", "--detail", "summary")) == 1


def test_a_docx_regalign_wrote_is_recognised_and_replaced(tmp_path: Path) -> None:
    target = _write(tmp_path, "briefing.docx", "--detail", "summary")
    assert written_by_regalign(target)
    _write(tmp_path, "briefing.docx", "--detail", "summary")  # no --force needed


def test_docx_to_stdout_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["report", "EU", "KR", "--format", "docx"])
    assert result.exit_code == 2 and "give a file with -o" in result.output
