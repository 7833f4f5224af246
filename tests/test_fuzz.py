"""Fuzzing with hypothesis: the loader, the method loader and every renderer, on generated hostile input.

Over 10,000 generated inputs in all in the full profile (``python -m pytest --full``, what CI runs);
the default profile draws a twentieth of them, so that the everyday run stays within a minute. The
inputs are derandomized (the same inputs on every run) and there is no stored example database, so
the suite stays deterministic and within CI's budget. Each test asserts
that nothing raises (problems come back as Issue values or clean errors) and that output stays
bounded and inert: no control characters, no markup or links that the text did not ask for.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load_files
from regalign.frameworks.method_loader import default_method, load_method
from regalign.frameworks.sources import SourceFile
from regalign.issues import CATALOGUE, MAX_ISSUES_PER_FILE, Issue
from regalign.reports import briefing, export, render_html, render_markdown, shapes, svg, tables
from regalign.reports.catalogue import framework_detail, provision_detail
from regalign.reports.document import Document, Heading, Items, Paragraph, Section
from regalign.reports.document import Table as DocTable
from regalign.reports.tables import Table
from tests.conftest import VALID, fuzz_examples

RUNS: Counter = Counter()  # examples run per test, checked by the last test of the module
CONTROLS = [
    chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))
] + ["\u202e", "\u202a", "\u2066", "\u200e", "\u2028", "\ufeff", "\U000e0041", "\U000e007f"]
FUZZ = dict(
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# ---------------------------------------------------------------------------------------------------
# Strategies

HOSTILE_PIECES = [
    "|",
    "||",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "javascript:alert(1)",
    "JaVaScRiPt:x",
    "data:text/html,x",
    '=HYPERLINK("https://evil.example","x")',
    "=1+1",
    "+1",
    "-2+3",
    "@SUM(A1)",
    "-0.5",
    "\x1b[31m",
    "\x1b]8;;https://e\x07",
    "\x07",
    "\x00",
    "\u202e",
    "\U000e0041\U000e007f",  # Unicode tag characters
    "\x7f",
    "\x9b",
    "\r",
    "\n",
    "\t",
    "\r\n",
    "`",
    "``",
    "**",
    "__",
    "[x](http://y)",
    "![i](z)",
    "www.evil.example",
    "a@evil.example",
    "https://evil.example/a?b=c&d",
    "http://[",
    "$x$",
    "^",
    "~",
    "#",
    "%",
    ",",
    ":",
    "::error file=x::y",
    "\\",
    "표시 의무",
    "인공지능",
    "\u2028",
    "\ufeff",
    "{{x}}",
    "'''",
    '"',
    "--",
    "  ",
    ".",
    "0777",
    "yes",
    "no",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=12)), max_size=8
).map("".join)
safe_chars = st.characters(blacklist_categories=("Cs",))


def _yaml_quote(text: str) -> str:
    """A YAML double-quoted scalar for any text (escapes for everything YAML will not take raw)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif (
            code < 0x20
            or 0x7F <= code < 0xA0
            or 0xD800 <= code < 0xE000
            or code in (0xFFFE, 0xFFFF)
        ):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


YAML_SCALARS = [
    "yes",
    "no",
    "on",
    "off",
    "NO",
    "0777",
    "09",
    "0o17",
    "1:30:00",
    "3:2",
    "1_000",
    "0b101",
    "1e25",
    "1.0e+25",
    ".inf",
    "-.inf",
    ".nan",
    "~",
    "null",
    "true",
    "False",
    "2024-08-01",
    "20240801",
    "9" * 400,
    "9" * 5000,
    "'quoted'",
    '"\\e[31m\\a\\0\\u202e"',
    "*a",
    "&a x",
    "!!binary eA==",
    "!!int 5",
    "!!int x",
    "!!str 0777",
    "!custom x",
    "!!python/object/apply:os.system ['x']",
    "<<",
    "[",
    "]",
    "{",
    "}",
    "[a, *a]",
    "{a: 1, a: 2}",
    "- ",
    "? ",
    "|",
    ">",
    "\t",
    "#",
    "---",
    "...",
    "%YAML 1.1",
    "'",
    '"',
    "x: y",
    "[" * 150 + "]" * 150,
    "\ufeff",
    "é",
    "표시",
]
YAML_KEYS = [
    "kind",
    "framework",
    "provisions",
    "topics",
    "id",
    "title",
    "summary",
    "jurisdictions",
    "events",
    "date",
    "<<",
    "*a",
    "&a k",
    "? [x]",
    "k",
    "k",
    "'k'",
    "1",
    "no",
    "!!str k",
]


@st.composite
def yaml_like(draw: st.DrawFn) -> str:
    """Text shaped like YAML, made of the pieces that have broken YAML readers."""
    lines = ["kind: framework"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 25))):
        indent = "  " * draw(st.integers(0, 4))
        key = draw(st.sampled_from(YAML_KEYS))
        value = draw(st.one_of(st.sampled_from(YAML_SCALARS), st.text(safe_chars, max_size=15)))
        shape = draw(st.sampled_from(["map", "item", "flow", "raw"]))
        if shape == "map":
            lines.append(f"{indent}{key}: {value}")
        elif shape == "item":
            lines.append(f"{indent}- {value}")
        elif shape == "flow":
            lines.append(f"{indent}{key}: [{value}, {draw(st.sampled_from(YAML_SCALARS))}]")
        else:
            lines.append(f"{indent}{value}")
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


class _Blob:
    """A file held in memory, read like a bundled resource."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read_bytes(self) -> bytes:
        return self.data


def _load_bytes(raw: bytes) -> Any:
    return load_files([SourceFile(name="blob.yaml", resource=_Blob(raw))])


def _lines(text: str) -> int:
    """Lines as YAML counts them: LF, CR, CRLF, NEL, and the Unicode line and paragraph separators."""
    return len(re.findall("\r\n|[\r\n\x85\u2028\u2029]", text)) + 1


def _check_issues(issues: list[Issue], lines: int) -> None:
    assert len(issues) <= MAX_ISSUES_PER_FILE + 1
    for issue in issues:
        assert issue.code in CATALOGUE and issue.file == "blob.yaml"
        assert 1 <= issue.line <= lines + 1 and issue.column >= 1
        assert len(issue.message) <= 1000 and not any(c in issue.as_text() for c in CONTROLS)


# ---------------------------------------------------------------------------------------------------
# The loader


@settings(max_examples=fuzz_examples(3500), **FUZZ)
@given(st.binary(max_size=3000))
def test_loader_on_any_bytes(raw: bytes) -> None:
    RUNS["bytes"] += 1
    result = _load_bytes(raw)
    _check_issues(result.issues, max(_lines(raw.decode("utf-8", "replace")), raw.count(b"\n") + 1))


@settings(max_examples=fuzz_examples(2500), **FUZZ)
@given(yaml_like())
def test_loader_on_yaml_shaped_text(text: str) -> None:
    RUNS["text"] += 1
    result = _load_bytes(text.encode("utf-8"))
    _check_issues(result.issues, _lines(text))


# ---------------------------------------------------------------------------------------------------
# The method loader

METHOD_KEYS = {
    "dimensions": [
        "legal_force",
        "intensity",
        "modality",
        "addressees",
        "addressee_class",
        "scope_tier",
        "sanctions",
        "magnitude",
        "relation",
        "typo",
    ],
    "thresholds": ["aligned", "partially_aligned"],
    "magnitude": ["decades_to_zero"],
    "matching": ["relation_min_strength"],
    "sensitivity": ["draws", "spread", "seed"],
    "exchange_rates": ["per_eur", "date", "evidence"],
    "topic_weights": ["ai", "data", "x y", "AI"],
    "caps": ["magnitude_gap", "binding_vs_soft"],
}
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**40), 10**40),
    st.booleans(),
    st.sampled_from([0, 1, -1, 1e-320, 1e308, 0.5, 10**300]),
    st.text(max_size=6),
    st.none(),
    st.lists(st.integers(), max_size=3),
)


@st.composite
def method_files(draw: st.DrawFn) -> str:
    data: dict[str, Any] = {}
    for section in draw(st.lists(st.sampled_from(sorted(METHOD_KEYS)), max_size=4, unique=True)):
        keys = draw(st.lists(st.sampled_from(METHOD_KEYS[section]), max_size=4, unique=True))
        data[section] = {
            key: (
                draw(
                    st.dictionaries(
                        st.sampled_from(["KRW", "EUR", "usd", "X"]), numbers, max_size=3
                    )
                )
                if key == "per_eur"
                else draw(numbers)
            )
            for key in keys
        }
        if draw(st.booleans()):
            data[section] = draw(numbers)
    return yaml.safe_dump(data, allow_unicode=True) if draw(st.booleans()) else draw(yaml_like())


@settings(max_examples=fuzz_examples(1500), **FUZZ)
@given(method_files())
def test_method_loader_never_raises_and_admits_only_finite_numbers(
    tmp_path_factory: Any, text: str
) -> None:
    RUNS["method"] += 1
    target = tmp_path_factory.getbasetemp() / "fuzz-method.yaml"
    target.write_text(text, encoding="utf-8")
    method, issues = load_method(str(target))
    if method is None:
        assert issues and all(i.code in CATALOGUE for i in issues)
        return
    floats = [v for v in _leaves(method.model_dump()) if isinstance(v, float)]
    assert all(math.isfinite(v) for v in floats)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


# ---------------------------------------------------------------------------------------------------
# Table renderers, in every format offered

cells = st.one_of(hostile_text, st.none(), st.integers(-(10**6), 10**6))


@st.composite
def hostile_tables(draw: st.DrawFn) -> Table:
    columns = draw(st.integers(1, 5))
    headers = tuple(draw(hostile_text) for _ in range(columns))
    rows = tuple(tuple(draw(cells) for _ in range(columns)) for _ in range(draw(st.integers(0, 6))))
    widths = tuple(draw(st.one_of(st.none(), st.integers(1, 40))) for _ in range(columns))
    return Table(headers, rows, widths)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, Any]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, Any]]) -> None:
        self.tags.append((tag, attrs))


def _markdown_tokens(text: str) -> list[Any]:
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    return tokens + [c for t in tokens if t.type == "inline" for c in t.children or []]


@settings(max_examples=fuzz_examples(2500), **FUZZ)
@given(hostile_tables(), st.sampled_from([f for f in tables.FORMATS if f != "json"]))
def test_every_table_format_is_inert(table: Table, fmt: str) -> None:
    RUNS["tables"] += 1
    text = tables.render(table, fmt)
    assert not [c for c in CONTROLS if c in text.replace("\n", "").replace("\t", "")]
    # Each line is at most as wide as all cells side by side with their borders, and a cell wrapped to a
    # narrow column takes at most one line per character: output stays within width x height.
    size = sum(len(str(c)) for row in (table.headers, *table.rows) for c in row if c is not None)
    width = size + 6 * len(table.headers) + 10
    height = size + 4 * (len(table.rows) + 1) + 10
    assert len(text) <= 2 * width * height
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len(rows) == len(table.rows) + 1
        assert not [
            c for row in rows for c in row if c[:1] in ("=", "+", "-", "@") and not _number(c)
        ]
    elif fmt in ("github", "pipe"):
        tokens = _markdown_tokens(text)
        assert not [
            t for t in tokens if t.type in ("html_inline", "html_block", "link_open", "image")
        ]
        widths = {count for count in _cells_per_row(tokens)}
        assert len(widths) <= 1
    elif fmt == "html":
        parser = _Tags()
        parser.feed(text)
        assert {tag for tag, _ in parser.tags} <= {"table", "thead", "tbody", "tr", "th", "td"}
    elif fmt == "tsv":
        assert not [
            c
            for line in text.splitlines()
            for c in line.split("\t")
            if c.strip()[:1] in ("=", "+", "-", "@") and not _number(c.strip())
        ]


def _number(cell: str) -> bool:
    """A plain number (left as it is: a spreadsheet reads it as a number, not a formula)."""
    from regalign.reports.formats import _NUMBER

    return bool(_NUMBER.match(cell))


def _cells_per_row(tokens: list[Any]) -> list[int]:
    counts, current = [], 0
    for token in tokens:
        if token.type == "tr_open":
            current = 0
        elif token.type in ("th_open", "td_open"):
            current += 1
        elif token.type == "tr_close":
            counts.append(current)
    return counts


# ---------------------------------------------------------------------------------------------------
# Document renderers (markdown and HTML briefing)

runs = st.lists(
    st.tuples(
        st.sampled_from(["", "b", "i", "code", "link", "ref", "cite"]),
        hostile_text,
        st.one_of(
            hostile_text,
            st.sampled_from(
                [
                    "https://ok.example/a",
                    "javascript:alert(1)",
                    "HTTP://x",
                    "http://[",
                    " https://x",
                ]
            ),
        ),
    ),
    max_size=5,
).map(tuple)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    blocks = [
        Paragraph(draw(runs), role=draw(st.sampled_from(["", "lead", "note"]))),
        Items(
            tuple(draw(runs) for _ in range(draw(st.integers(0, 3)))), ordered=draw(st.booleans())
        ),
        DocTable(
            tuple(draw(hostile_text) for _ in range(2)),
            tuple((draw(runs), draw(runs)) for _ in range(2)),
            (2, 1),
            caption=draw(hostile_text),
        ),
    ]
    section = Section(
        Heading(draw(st.integers(1, 8)), draw(hostile_text), draw(hostile_text)),
        tuple(blocks),
        collapsible=draw(st.booleans()),
    )
    return Document(draw(hostile_text), draw(runs), (section,), briefing.MARKER)


@settings(max_examples=fuzz_examples(1000), **FUZZ)
@given(documents())
def test_markdown_and_html_documents_are_inert(document: Document) -> None:
    RUNS["documents"] += 1
    _check_markdown(render_markdown.render(document))
    _check_html(render_html.render(document))


def _check_markdown(text: str) -> None:
    assert not [c for c in CONTROLS if c in text.replace("\n", "")]
    tokens = _markdown_tokens(text)
    html = [t for t in tokens if t.type in ("html_inline", "html_block")]
    assert [t.content.strip() for t in html] == [briefing.MARKER]
    hrefs = [t.attrs.get("href", "") for t in tokens if t.type == "link_open"]
    assert all(h.lower().startswith(("http://", "https://")) for h in hrefs), hrefs
    assert not [t for t in tokens if t.type == "image"]


def _check_html(text: str) -> None:
    assert not [c for c in CONTROLS if c in text.replace("\n", "")]
    parser = _Tags()
    parser.feed(text)
    assert [tag for tag, _ in parser.tags].count(
        "script"
    ) == 1  # regalign's own print helper, nothing else
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith(("#", "http://", "https://")) or value.lower().startswith(
                    ("http", "#")
                ), value


# ---------------------------------------------------------------------------------------------------
# End to end: small generated corpora with hostile text, through comparison, tables, JSON and briefings

FIXTURES = {path.name: path.read_text(encoding="utf-8") for path in sorted(VALID.glob("*.yaml"))}
FAST = default_method().model_copy(
    update={"sensitivity": default_method().sensitivity.model_copy(update={"draws": 10})}
)
FIELDS = {
    "test-kr-act.yaml": [
        "    title: Labels\n",
        "    summary: Operators must label generative AI output.\n",
        "  short_title: Test KR Act\n",
        "    pinpoint: Art. 31(2)\n",
    ],
    "test-eu-act.yaml": ["  short_title: Test EU Act\n", "    title: Labels\n"],
}


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, str]:
    files = dict(FIXTURES)
    for name, fields in FIELDS.items():
        for field in fields:
            key = field.split(":")[0]
            files[name] = files[name].replace(
                field, f"{key}: {_yaml_quote(draw(hostile_text) or 'x')}\n", 1
            )
    return files


@settings(max_examples=fuzz_examples(400), **FUZZ)
@given(corpora())
def test_every_renderer_on_small_hostile_corpora(
    tmp_path_factory: Any, files: dict[str, str]
) -> None:
    RUNS["corpora"] += 1
    sources = [
        SourceFile(name=name, resource=_Blob(text.encode("utf-8"))) for name, text in files.items()
    ]
    result = load_files(sources)
    if (
        not result.valid
    ):  # a generated value may break a pattern (a pinpoint, a title): that is an issue, not a crash
        assert all(i.code in CATALOGUE for i in result.issues)
        return
    corpus = result.corpus
    comparison = compare(corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=FAST)
    size = sum(len(text) for text in files.values())
    rotating = [f for f in tables.FORMATS if f != "json"][
        RUNS["corpora"] % (len(tables.FORMATS) - 1)
    ]
    for fmt in tables.FORMATS:
        if fmt == "json":
            for payload in (
                shapes.comparison_json(comparison),
                [shapes.record_json(f) for f in corpus.frameworks.values()],
            ):
                text = export.dumps(payload)
                json.loads(text, parse_constant=_no_constant)  # strict JSON: no NaN or Infinity
                assert not [c for c in CONTROLS if c in text.replace("\n", "")]
            continue
        catalogue = (
            [
                *framework_detail(corpus, "test-kr-act", date(2027, 1, 1)),
                *provision_detail(corpus, "test-kr-act/art-31-2"),
            ]
            if fmt == rotating
            else []
        )
        for table in (
            tables.comparison_table(comparison),
            tables.summary_table(comparison),
            *catalogue,
        ):
            text = tables.render(table, fmt)
            assert not [c for c in CONTROLS if c in text.replace("\n", "").replace("\t", "")]
            assert len(text) <= 200 * size
    for horizon in ("adopted", "now"):
        ElementTree.fromstring(
            svg.heatmap(comparison, horizon)
        )  # well-formed XML: nothing quoted broke out
    document = briefing.build(
        comparison,
        corpus,
        prepared=date(2027, 1, 1),
        detail="full",
        extras=briefing.Extras(heatmap_svg=svg.heatmap(comparison)),
    )
    _check_markdown(render_markdown.render(document))
    _check_html(render_html.render(document))


def _no_constant(name: str) -> None:
    raise AssertionError(f"JSON holds {name}")


@pytest.mark.slow  # the full profile's count: it runs with --full, as CI does
def test_at_least_ten_thousand_inputs_ran() -> None:
    expected = {"bytes", "text", "method", "tables", "documents", "corpora"}
    if set(RUNS) != expected:  # only part of the module was selected
        return
    assert sum(RUNS.values()) >= 10_000, RUNS
    print(f"fuzz: {sum(RUNS.values()):,} generated inputs: {dict(sorted(RUNS.items()))}")
