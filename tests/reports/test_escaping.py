"""No injection through any output: control characters, markup, links, spreadsheet formulas, CI annotations.

Each output format offered is rendered from a corpus whose text carries the attack, and read back the
way its consumer reads it (a terminal, a markdown renderer, pandoc, a CSV reader, GitHub's runner).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from regalign.cli import cli
from regalign.reports.formats import UNSAFE_FORMATS
from regalign.reports.tables import FORMATS
from tests.conftest import VALID, time_limit
from tests.reports.conftest import CONTROLS, FORMULA_TITLE

DAY = "2027-01-01"
PAIR = ("test-eu-act", "test-kr-act")


# One format of each escaping family runs in the default profile; the other terminal layouts (the
# same plain cells in another frame) run in the full profile (--full, as CI does).
EVERYDAY_FORMATS = {"simple", "fancy_grid", "tsv", "github", "pipe", "html", "latex", "csv", "json"}


def by_family(formats: list[str] | tuple[str, ...]) -> list[Any]:
    return [
        fmt if fmt in EVERYDAY_FORMATS else pytest.param(fmt, marks=pytest.mark.slow)
        for fmt in formats
    ]


def run(data: Path, *args: str) -> CliRunner.invoke:
    result = CliRunner().invoke(
        cli, ["--data", str(data), *args], catch_exceptions=False, env={"REGALIGN_DATA": ""}
    )
    assert result.exit_code == 0, result.output
    return result


def outputs(data: Path, fmt: str) -> list[str]:
    """What every table command prints in one format."""
    return [
        run(data, "compare", *PAIR, "--as-of", DAY, "--format", fmt).stdout,
        run(
            data, "explain", *PAIR, "t.transparency.labels", "--as-of", DAY, "--format", fmt
        ).stdout,
        run(data, "show", "test-kr-act", "--format", fmt).stdout,
        run(data, "show", "test-kr-act/art-31-2", "--format", fmt).stdout,
        run(data, "frameworks", "--format", fmt).stdout,
        run(data, "matrix", *PAIR, "--by", "topic", "--as-of", DAY, "--format", fmt).stdout,
    ]


@pytest.mark.parametrize("fmt", by_family(FORMATS))
def test_no_control_character_reaches_any_table_format(control_dir: Path, fmt: str) -> None:
    for text in outputs(control_dir, fmt):
        assert not [c for c in CONTROLS if c in text], (fmt, text[:300])
        if fmt == "json":
            json.loads(text)  # still valid, with the characters as \u escapes


@pytest.mark.parametrize("kind", ["md", "html"])
def test_no_control_character_reaches_the_briefing(control_dir: Path, kind: str) -> None:
    text = run(
        control_dir, "report", *PAIR, "--date", DAY, "--detail", "full", "--format", kind
    ).stdout
    assert not [c for c in CONTROLS if c in text]
    assert "\ufffd" in text  # replaced, visibly


def test_csv_and_tsv_cells_cannot_run_as_formulas(control_dir: Path) -> None:
    for command in (("compare", *PAIR, "--as-of", DAY), ("frameworks",), ("show", "test-eu-act")):
        text = run(control_dir, *command, "--format", "csv").stdout
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert f"'{FORMULA_TITLE}" in cells or any(
            c.startswith(f"'{FORMULA_TITLE}") for c in cells
        ), command
        assert not [
            c
            for c in cells
            if c[:1] in ("=", "+", "@") or (c[:1] == "-" and c != "-" and not c[1:2].isdigit())
        ]
        tsv = run(control_dir, *command, "--format", "tsv").stdout
        assert not [
            c
            for line in tsv.splitlines()
            for c in line.split("\t")
            if c.strip()[:1] in ("=", "+", "@")
        ]


@pytest.mark.parametrize("fmt", ["github", "pipe"])
def test_markdown_tables_hold_pipes_script_and_links_as_text(
    hostile_dir: Path, control_dir: Path, fmt: str
) -> None:
    for data in (hostile_dir, control_dir):
        for text in outputs(data, fmt):
            tokens = MarkdownIt("commonmark").enable("table").parse(text)
            children = [c for t in tokens if t.type == "inline" for c in t.children or []]
            assert not [c for c in children if c.type in ("html_inline", "link_open", "image")], fmt
            assert not [t for t in tokens if t.type == "html_block"]
            widths = _row_widths(tokens)
            assert all(len(set(table)) == 1 for table in widths), widths
    shown = "".join(outputs(hostile_dir, fmt))
    assert "Pipes \\| and &lt;script&gt;" in shown


def _row_widths(tokens: list) -> list[list[int]]:
    tables, cells = [], 0
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            tables[-1].append(cells)
    return tables


@pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc not installed (.ci/run installs it)"
)
@pytest.mark.slow  # runs pandoc
def test_bare_links_in_record_text_stay_text_for_gfm_readers(control_dir: Path) -> None:
    texts = [
        run(control_dir, "report", *PAIR, "--date", DAY, "--detail", "full").stdout,
        *outputs(control_dir, "github"),
    ]
    for text in texts:
        html = subprocess.run(
            ["pandoc", "-f", "gfm", "-t", "html"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert (
            "evil.example" in html
            and 'href="mailto:x@evil' not in html
            and 'href="http://www.evil' not in html
        )
        assert 'href="javascript' not in html and "<script" not in html


@pytest.mark.parametrize("fmt", sorted(UNSAFE_FORMATS))
def test_formats_that_cannot_be_escaped_are_not_offered(fmt: str) -> None:
    result = CliRunner().invoke(
        cli, ["compare", "EU", "KR", "--format", fmt], env={"REGALIGN_DATA": ""}
    )
    assert result.exit_code == 2 and "not offered" in result.stderr


def test_a_crafted_file_name_cannot_inject_a_workflow_command(tmp_path: Path) -> None:
    crafted = tmp_path / "x.yaml,line=1::injected%0A::warning file=y.yaml"
    crafted.mkdir()
    target = crafted / "bad.yaml"
    target.write_text("kind: framework\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["validate", "--no-bundled", str(VALID), str(target), "--format", "github"],
        env={"REGALIGN_DATA": ""},
    )
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::error ") for line in lines)
    for line in lines:
        properties, _, message = line[len("::error ") :].partition("::")
        assert [p.split("=", 1)[0] for p in properties.split(",")] == [
            "file",
            "line",
            "col",
            "title",
        ]
        assert "%3A%3Ainjected%250A%3A%3Awarning file=y.yaml" in properties


def test_the_heatmap_figure_shows_dollar_signs_and_controls_literally(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from datetime import date

    from regalign.comparisons.compare import compare
    from regalign.frameworks.loader import load
    from regalign.frameworks.method_loader import default_method
    from regalign.reports.figures import heatmap_png

    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        text = text.replace("short_title: Test EU Act", r"short_title: '$\frac{$ \undefined $^^$'")
        text = text.replace("short_title: Test KR Act", 'short_title: "KR \\e[31m\\u202e"')
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    corpus = load([tmp_path], bundled=False).corpus
    result = compare(corpus, *PAIR, as_of=date(2027, 1, 1), method=default_method())
    assert heatmap_png(result).startswith(b"\x89PNG")  # mathtext would have raised on the title


# Issue 20: explain's headings and curated justifications, the briefing's headings and table headers.

PROSE_FORMATS = [fmt for fmt in FORMATS if fmt != "json"]


def _explained(data: Path, fmt: str) -> str:
    return run(
        data, "explain", *PAIR, "t.transparency.labels", "--as-of", DAY, "--format", fmt
    ).stdout


@pytest.mark.parametrize("fmt", by_family(PROSE_FORMATS))
def test_explain_escapes_the_topic_heading_and_the_justification(
    heading_dir: Path, fmt: str
) -> None:
    text = _explained(heading_dir, fmt)
    assert "evil-heading.example" in text  # the text is shown, inert
    assert not [c for c in CONTROLS if c in text]
    assert "\U000e0041" not in text
    # A line break in the justification never starts a line of its own (a CSV/TSV formula).
    assert not [line for line in text.splitlines() if line.lstrip('"').startswith("=")]
    if fmt == "html":
        assert "<script" not in text and "<img" not in text
    if fmt.startswith("latex"):
        assert "\\input{" not in text
    if fmt in ("github", "pipe"):
        tokens = MarkdownIt("commonmark").enable("table").parse(text)
        children = [c for t in tokens if t.type == "inline" for c in t.children or []]
        assert not [c for c in children if c.type in ("html_inline", "link_open", "image")]
        assert not [t for t in tokens if t.type == "html_block"]
    if fmt == "csv":
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@")]


def test_explain_json_keeps_the_text_and_escapes_the_invisible(heading_dir: Path) -> None:
    text = _explained(heading_dir, "json")
    assert "\U000e0041" not in text and "\x1b" not in text
    assert "\\udb40\\udc41" in text  # the tag character, as a JSON escape: the value is unchanged
    json.loads(text)


@pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc not installed (.ci/run installs it)"
)
@pytest.mark.slow  # runs pandoc
@pytest.mark.parametrize("detail", ["standard", "full"])
def test_briefing_headings_and_table_headers_link_nothing(heading_dir: Path, detail: str) -> None:
    text = run(heading_dir, "report", *PAIR, "--date", DAY, "--detail", detail).stdout
    lines = text.splitlines()
    headings = [line for line in lines if line.startswith("#")]
    headers = [line for line, rule in zip(lines, lines[1:]) if rule.startswith("|--")]
    assert any("evil-side" in line for line in headings)
    if detail == "full":
        assert any("evil-heading" in line for line in headings)
        assert any("evil-side" in line for line in headers)
    html = subprocess.run(
        ["pandoc", "-f", "gfm", "-t", "html"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "evil-heading.example" in html and "evil-side.example" in html
    assert "evil" not in " ".join(re.findall(r'href="([^"]*)"', html))


def test_markdown_escaping_is_linear_in_a_long_word() -> None:
    from regalign.reports.text import md_text

    # The e-mail pattern used to restart at every character of a long word: 40,000 characters took
    # 16 s, 400,000 never finished. Linear, both take well under a second.
    with time_limit(5):
        for word in ("x" * 400_000, "a." * 200_000, "a@" * 200_000):
            assert len(md_text(word)) >= 400_000


@pytest.mark.parametrize("kind", ["sssom", "oscal-mapping"])
def test_exports_carry_no_control_bidi_or_tag_character(
    control_dir: Path, heading_dir: Path, kind: str
) -> None:
    for data in (control_dir, heading_dir):
        text = run(data, "export", kind, *PAIR).stdout
        assert "Test" in text
        assert not [c for c in CONTROLS if c in text], kind
        if kind == "oscal-mapping":
            json.loads(text)  # valid, the characters written as \u escapes
            continue
        header = [line for line in text.splitlines() if line.startswith("#")]
        rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
        assert len({len(row) for row in rows}) == 1  # no line break split a row
        assert not [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@")]
        assert "\U000e0041" not in "\n".join(header)


def test_a_carriage_return_in_a_file_name_forges_no_issue_line(tmp_path: Path) -> None:
    crafted = tmp_path / "x.yaml\rforged.yaml:1:1: error E999 all is well"
    crafted.write_text("kind: nonsense\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["validate", "--no-bundled", str(crafted)], env={"REGALIGN_DATA": ""}
    )
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(str(tmp_path)) for line in lines), lines
    assert not [line for line in lines if line.startswith("forged")]
