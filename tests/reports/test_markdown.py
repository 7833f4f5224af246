"""The briefing checked with real markdown tools: markdown-it-py, pandoc; escaping; reproducibility."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.reports.markdown import briefing
from tests.reports.conftest import HOSTILE_TITLE

PREPARED = date(2026, 11, 27)


@pytest.fixture(scope="module")
def bundled():
    return load(use_env=False).corpus


@pytest.fixture(scope="module")
def eu_kr(bundled) -> str:
    result = compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method())
    return briefing(result, bundled, prepared=PREPARED)


def parse(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


def tables(tokens: list) -> list[list[list[str]]]:
    """Every table as rows of cell texts."""
    found, rows, row, cell, depth = [], [], [], [], 0
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            cell, depth = [], depth + 1
        elif token.type == "inline" and depth:
            cell.append("".join(child.content for child in token.children or [] if child.type in ("text", "code_inline")))
        elif token.type in ("th_close", "td_close"):
            row.append("".join(cell))
            depth -= 1
        elif token.type == "tr_close":
            rows.append(row)
        elif token.type == "table_close":
            found.append(rows)
    return found


def test_sections_in_order(eu_kr: str) -> None:
    headings = [line for line in eu_kr.splitlines() if line.startswith("## ")]
    assert headings == ["## Headline figures", "## What matters most", "## Divergence matrix", "## Topic by topic",
                        "## Timeline of coming dates", "## Method", "## Sources", "## Caveats"]


def test_tables_have_the_expected_shape(eu_kr: str, bundled) -> None:
    found = tables(parse(eu_kr))
    headline, matrix = found[0], found[1]
    assert headline[0] == ["Figure", "Value"] and len(headline) == 8
    assert headline[1][0].startswith("Alignment index")
    assert matrix[0] == ["Topic", "EU", "KR", "Score (range)", "Verdict"]
    result = compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method())
    assert len(matrix) == 1 + len(result.rollup)
    assert all(len(row) == len(table[0]) for table in found for row in table)


def test_headline_figures_match_the_comparison(eu_kr: str, bundled) -> None:
    result = compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method())
    assert f"**{result.index:.2f}**" in eu_kr
    assert f"{result.coverage_overlap.count} / {result.coverage_overlap.total}" in eu_kr
    assert "EU-Korea DTA" in eu_kr and "pending: not in force" in eu_kr
    # every numbered source is a URL of a record
    sources = eu_kr.split("## Sources")[1].split("## Caveats")[0]
    urls = {line.split("<", 1)[1].split(">", 1)[0] for line in sources.strip().splitlines()}
    known = {f.source_url for f in bundled.frameworks.values()} | {p.source_url for p in bundled.provisions.values()}
    from regalign.reports.markdown import safe_url
    assert urls <= {safe_url(u) for u in known if u}


def test_hostile_text_cannot_break_tables_or_inject_markup(hostile_dir: Path) -> None:
    corpus = load([hostile_dir], bundled=False).corpus
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method())
    text = briefing(result, corpus, prepared=PREPARED)
    tokens = parse(text)
    html = [t for t in tokens if t.type == "html_block"] + [
        c for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "html_inline"]
    assert [t.content.strip() for t in html] == [text.splitlines()[0]]  # only regalign's own marker comment
    children = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in children if c.type == "image"]
    hrefs = [c.attrs.get("href") for c in children if c.type == "link_open"]
    assert hrefs and all(h.startswith("https://") for h in hrefs)  # only the numbered sources are links
    for table in tables(tokens):
        assert all(len(row) == len(table[0]) for row in table)
    rendered = "".join(c.content for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "text")
    assert "Pipes | and <script>alert(1)</script>" in rendered  # shown literally, as text
    assert "표시 의무" in rendered and "인공지능" in rendered


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed (.ci/run installs it)")
def test_pandoc_docx_round_trip_keeps_the_tables(tmp_path: Path, hostile_dir: Path) -> None:
    corpus = load([hostile_dir], bundled=False).corpus
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method())
    source = tmp_path / "briefing.md"
    source.write_text(briefing(result, corpus, prepared=PREPARED), encoding="utf-8")
    docx = tmp_path / "briefing.docx"
    subprocess.run(["pandoc", str(source), "-f", "markdown", "-o", str(docx)], check=True)
    back = subprocess.run(["pandoc", str(docx), "-t", "html", "--wrap=none"], check=True, capture_output=True,
                          text=True).stdout
    expected_tables = len(tables(parse(source.read_text(encoding="utf-8"))))
    assert back.count("<table") == expected_tables
    assert "Alignment index" in back and "Pipes | and &lt;script&gt;" in back and "표시 의무" in back
    assert "<script>" not in back


def test_same_inputs_and_date_give_identical_bytes(bundled) -> None:
    first = briefing(compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method()), bundled, prepared=PREPARED)
    again = briefing(compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method()), bundled, prepared=PREPARED)
    assert first == again


def test_reports_are_identical_across_processes(tmp_path: Path) -> None:
    """String hashing differs per process; the report must not depend on it."""
    outputs = []
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1795737600", "PATH": "/usr/bin:/bin"}
        done = subprocess.run([sys.executable, "-m", "regalign", "report", "eu-ai-act", "kr-ai-basic-act"],
                              capture_output=True, env=env, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert b"Prepared 2026-11-27" in outputs[0]  # 1795737600 is 2026-11-27T00:00:00Z


def test_core_never_imports_matplotlib() -> None:
    code = ("import sys, datetime\nimport regalign\nfrom regalign.reports.markdown import briefing\n"
            "c = regalign.load()\nr = regalign.compare('EU', 'KR', as_of=datetime.date(2026, 11, 27), corpus=c)\n"
            "briefing(r, c, prepared=datetime.date(2026, 11, 27))\nprint('matplotlib' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_hostile_title_is_escaped_in_source(hostile_dir: Path) -> None:
    corpus = load([hostile_dir], bundled=False).corpus
    result = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method())
    text = briefing(result, corpus, prepared=PREPARED)
    assert HOSTILE_TITLE not in text
    assert r"Pipes \| and &lt;script&gt;alert(1)&lt;/script&gt; \`code\` \*\*bold\*\* 표시 의무" in text
