"""`regalign new`: skeletons fail validation as written and validate once their placeholders are filled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.frameworks.loader import load
from regalign.schema.records import Framework, Provision, Relation

FILLED = {
    "id": "art-13",
    "title": "Act on the Promotion of AI Research, Development and Utilisation",
    "short_title": "JP AI Promotion Act",
    "original_language": "ja",
    "jurisdictions": "[JP]",
    "instrument_type": "statute",
    "legal_force": "binding",
    "status": "in-force",
    "event": "entry-into-force",
    "date": "2025-06-04",
    "evidence": "secondary",
    "english_text": "unofficial-translation",
    "summary": "Promotes AI research and use; the government sets a basic plan.",
    "checked": "2026-11-01",
    "pinpoint": "Art. 13",
    "topics": "[ai.transparency]",
    "modality": "best-efforts",
    "source_url": "https://example.org/jp-ai-act",
    "url": "https://example.org/jp-ai-act",
    "type": "unofficial-translation",
    "curator": "a test",
    "description": "A test crosswalk.",
    "relation": "intersects-with",
    "rationale": "functional",
    "strength": "4",
    "justification": "Both ask for transparency about AI use.",
}
PLACEHOLDER = re.compile(r"^(\s*-?\s*)([a-z_]+): (null|\[null\])  # FILL$")


def fill(text: str) -> str:
    def replace(line: str) -> str:
        found = PLACEHOLDER.match(line)
        if not found:
            return line
        return f"{found.group(1)}{found.group(2)}: {FILLED[found.group(2)]}"

    filled = "\n".join(replace(line) for line in text.splitlines()) + "\n"
    # What the editorial checks ask of a Japanese record beyond the placeholders: its title in
    # Japanese (W414), and one record per verified pinpoint (W413).
    filled = filled.replace(
        "  short_title: JP AI Promotion Act\n",
        "  short_title: JP AI Promotion Act\n  title_original: 人工知能関連技術の研究開発及び活用の推進に関する法律\n",
        1,
    )
    first = filled.find("pinpoint: Art. 13")
    second = filled.find("pinpoint: Art. 13", first + 1)
    if second != -1:
        filled = filled[:second] + "pinpoint: Art. 14" + filled[second + len("pinpoint: Art. 13") :]
    return filled


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_framework_skeleton_comments_every_field_and_validates_once_filled(tmp_path: Path) -> None:
    target = tmp_path / "xx-sample-ai-act.yaml"
    assert run("new", "framework", "xx-sample-ai-act", "-o", str(target)).exit_code == 0
    extra = run("new", "provision", "art-14")
    assert extra.exit_code == 0
    target.write_text(target.read_text() + extra.stdout)
    skeleton = target.read_text()
    for field in [*Framework.model_fields, *Provision.model_fields]:
        assert re.search(rf"^\s*(- )?(# )?{field}:", skeleton, re.M), (
            f"{field} missing from the skeleton"
        )
    assert skeleton.startswith("# yaml-language-server: $schema=")
    unfilled = run("validate", str(target))
    assert unfilled.exit_code == 1 and "E203" in unfilled.stdout
    target.write_text(fill(skeleton))
    done = run("validate", "--strict", str(target))
    assert done.exit_code == 0, done.output
    corpus = load([target]).corpus
    assert corpus.frameworks["xx-sample-ai-act"].short_title == "JP AI Promotion Act"
    assert "xx-sample-ai-act/art-14" in corpus.provisions


def test_crosswalk_and_relation_skeletons_validate_once_filled(tmp_path: Path) -> None:
    target = tmp_path / "ai-eu-kr-extra.yaml"
    assert run("new", "crosswalk", "ai-eu-kr-extra", "-o", str(target)).exit_code == 0
    text = (
        target.read_text()
        .replace("source: null  # FILL", "source: eu-ai-act/art-50-1")
        .replace("target: null  # FILL", "target: kr-ai-basic-act/art-31-1")
    )
    text = fill(text)
    relation = run("new", "relation", "eu-ai-act/art-50-2", "kr-ai-basic-act/art-31-2").stdout
    assert all(re.search(rf"^\s*(- )?(# )?{f}:", relation, re.M) for f in Relation.model_fields)
    target.write_text(text + fill(relation))
    done = run("validate", "--strict", str(target))
    assert done.exit_code == 0, done.output


def test_new_refuses_bad_ids_and_existing_files(tmp_path: Path) -> None:
    assert run("new", "framework", "JP AI").exit_code == 2
    assert run("new", "relation", "not-a-ref").exit_code == 2
    mine = tmp_path / "mine.yaml"
    mine.write_text("my notes")
    assert run("new", "framework", "jp-x", "-o", str(mine)).exit_code == 2
    assert mine.read_text() == "my notes"


@pytest.mark.parametrize("kind", ["framework", "crosswalk"])
def test_default_output_is_id_yaml(kind: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("new", kind, "x-test").exit_code == 0
    assert (tmp_path / "x-test.yaml").is_file()


def _advised(stderr: str) -> list[str]:
    """The command a `regalign new` message advises, as arguments after `regalign`."""
    import shlex

    found = re.search(r"`regalign (validate[^`]*)`", stderr)
    assert found, stderr
    return shlex.split(found.group(1))


@pytest.mark.parametrize("output", ["crosswalks/ai-eu-kr-mine.yaml", "ai-eu-kr-mine.yaml"])
def test_new_crosswalk_advice_works_when_followed(
    output: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A curator's corpus: their own frameworks and taxonomy in frameworks/, a new crosswalk linking them.
    from tests.conftest import VALID

    monkeypatch.chdir(tmp_path)
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "crosswalks").mkdir()
    for name in ("taxonomy.yaml", "test-eu-act.yaml", "test-kr-act.yaml"):
        (tmp_path / "frameworks" / name).write_text((VALID / name).read_text(encoding="utf-8"))
    made = run("new", "crosswalk", "ai-eu-kr-mine", "-o", output)
    assert made.exit_code == 0, made.output
    target = tmp_path / output
    text = (
        target.read_text()
        .replace("source: null  # FILL", "source: test-eu-act/art-1")
        .replace("target: null  # FILL", "target: test-kr-act/art-31-2")
    )
    target.write_text(fill(text))
    # validating the crosswalk alone (the old advice) cannot find the user's frameworks
    alone = run("validate", output)
    assert alone.exit_code == 1 and "E312" in alone.stdout
    advised = _advised(made.stderr)
    assert "FILL" not in " ".join(advised)
    done = run(*advised, "--strict")
    assert done.exit_code == 0, (advised, done.output)
    assert "4 files checked: 0 errors, 0 warnings" in done.stderr


def test_new_framework_advice_works_when_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    made = run("new", "framework", "xx-sample-ai-act")
    assert made.exit_code == 0
    target = tmp_path / "xx-sample-ai-act.yaml"
    target.write_text(fill(target.read_text()))
    done = run(*_advised(made.stderr), "--strict")
    assert done.exit_code == 0, done.output
