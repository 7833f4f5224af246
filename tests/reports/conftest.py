"""A small corpus with hostile text, for renderer tests."""

from __future__ import annotations

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
            text = text.replace("    title: Labels\n    title_original: 표시\n",
                                f"    title: '{HOSTILE_TITLE}'\n    title_original: '표시 | <i>x</i>'\n")
            text = text.replace("    summary: Operators must label generative AI output.\n",
                                "    summary: |-\n" + "".join(f"      {line}\n" for line in HOSTILE_SUMMARY.split("\n")))
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    return tmp_path
