"""A small corpus with hostile text, for renderer tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import VALID

HOSTILE_TITLE = "Pipes | and <script>alert(1)</script> `code` **bold** 표시 의무"
HOSTILE_SUMMARY = "Line one | cell?\nLine two <b>html</b> [link](http://x) ![img](y) $x$ 10^25^ @cite ~sub~ # heading 인공지능"


@pytest.fixture()
def hostile_dir(tmp_path: Path) -> Path:
    """The valid fixtures, with the Korean labelling provision rewritten with hostile text."""
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "test-kr-act.yaml":
            text = text.replace(
                "    title: Labels\n    title_original: 표시\n",
                f"    title: '{HOSTILE_TITLE}'\n    title_original: '표시 | <i>x</i>'\n",
            )
            text = text.replace(
                "    summary: Operators must label generative AI output.\n",
                "    summary: |-\n"
                + "".join(f"      {line}\n" for line in HOSTILE_SUMMARY.split("\n")),
            )
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    return tmp_path


# ESC colour and an OSC 8 hyperlink, BEL, NUL, DEL, a C1 control and a right-to-left override, written with
# YAML double-quoted escapes (raw control characters are refused by the YAML layer itself).
# Unicode tag characters (U+E0000-U+E007F) too: invisible, they spell out hidden text.
CONTROL_TITLE = r"\e[31mRed\e[0m \e]8;;https://evil.example\aclick\e]8;;\a bell\a nul\0 del\x7f c1\x9b rtl\u202Eevil tag\U000E0041\U000E007F"
CONTROLS = ("\x1b", "\x07", "\x00", "\x7f", "\x9b", "\u202e", "\U000e0041", "\U000e007f")
FORMULA_TITLE = '=HYPERLINK("https://evil.example","click")'


@pytest.fixture()
def control_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The valid fixtures, with control characters in a title and summary, a formula-like short title,
    and bare links in a summary."""
    tmp_path = tmp_path_factory.mktemp("controls")
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "test-kr-act.yaml":
            text = text.replace("    title: Labels\n", f'    title: "{CONTROL_TITLE}"\n')
            text = text.replace(
                "    summary: Operators must label generative AI output.\n",
                f'    summary: "Write to x@evil.example, www.evil.example or javascript:alert(1). '
                f'{CONTROL_TITLE}"\n',
            )
        if source.name == "test-eu-act.yaml":
            text = text.replace("short_title: Test EU Act", f"short_title: '{FORMULA_TITLE}'")
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    return tmp_path


# What a topic label or a curated relation's justification may carry into `explain` and the briefing's
# headings: live HTML, LaTeX commands, markdown links, bare links, a line that a spreadsheet would run,
# terminal escapes and tag characters. Written into the YAML as JSON strings (valid YAML).
LINKS = "www.evil-heading.example, https://evil-heading.example/x and boss@evil-heading.example"
LABEL = (
    "<script>alert(1)</script><img src=x onerror=alert(1)> \\input{/etc/passwd} "
    f"[click](http://evil.example) {LINKS} \x1b]8;;http://evil.example\x07 tag\U000e0041"
)
JUSTIFICATION = (
    'Fine.\n=HYPERLINK("http://evil.example","x")\n<script>x</script> \\input{/etc/passwd} '
    f"{LINKS} \x1b[31m \U000e0041"
)


@pytest.fixture()
def heading_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The valid fixtures, with a hostile topic label, curated justification and instrument short title."""
    tmp_path = tmp_path_factory.mktemp("headings")
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        if source.name == "taxonomy.yaml":
            text = text.replace(
                "    label: Labels\n", f"    label: {json.dumps(LABEL, ensure_ascii=False)}\n"
            )
        if source.name == "crosswalk.yaml":
            text = text.replace(
                "    justification: Both require labels on generated output; the EU asks for "
                "machine-readable marking.\n",
                f"    justification: {json.dumps(JUSTIFICATION, ensure_ascii=False)}\n",
            )
        if source.name == "test-kr-act.yaml":
            text = text.replace("short_title: Test KR Act", "short_title: KR www.evil-side.example")
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    return tmp_path
