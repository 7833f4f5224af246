"""One structural error must not hide the rest of a file: the records that passed are cross-checked.

Each test copies the valid fixture corpus, breaks one record, and asserts that the problems of the
file's other records are still reported, at their own lines and paths.
"""

from __future__ import annotations

from pathlib import Path

from regalign.frameworks.loader import load
from tests.conftest import VALID

EU = "test-eu-act.yaml"
BROKEN_ART_1 = "    pinpoint: Art. 1\n    title: Labels\n"


def _corpus(tmp_path: Path, **changes: tuple[str, str]) -> Path:
    """A copy of the valid corpus with ``old`` replaced by ``new`` in the named files."""
    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        key = source.stem.replace("-", "_")
        if key in changes:
            old, new = changes[key]
            assert old in text, (source.name, old)
            text = text.replace(old, new, 1)
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    return tmp_path


def _found(tmp_path: Path, name: str) -> list[tuple[str, int, str]]:
    issues = load([tmp_path], bundled=False).issues
    return [(i.code, i.line, i.path) for i in issues if i.file == str(tmp_path / name)]


def test_a_broken_provision_leaves_the_others_checked(tmp_path: Path) -> None:
    # art-1 loses its title (E201); art-2 gets an unknown topic (E302) and art-3 an unverified
    # pinpoint (W402): today's loader reported only the E201.
    _corpus(
        tmp_path,
        test_eu_act=(
            "    title: Labels\n",
            "    summery: oops\n",
        ),
    )
    text = (tmp_path / EU).read_text(encoding="utf-8")
    text = text.replace("topics: [t.penalties]", "topics: [t.nowhere]")
    text = text.replace("pinpoint: Art. 3\n", "pinpoint: Art. 3\n    pinpoint_verified: false\n")
    (tmp_path / EU).write_text(text, encoding="utf-8")
    found = _found(tmp_path, EU)
    assert found == [
        ("E201", 23, "$.provisions[0].title"),
        ("E202", 25, "$.provisions[0].summery"),
        ("E302", 41, "$.provisions[1].topics[0]"),
        ("W402", 48, "$.provisions[2]"),
        # art-3 depends on art-1, which failed: said so, not called unknown
        ("E313", 57, "$.provisions[2].depends_on[0]"),
    ]
    issues = load([tmp_path], bundled=False).issues
    (link,) = [i for i in issues if i.code == "E313"]
    assert "'test-eu-act/art-1' is defined in " in link.message
    assert "test-eu-act.yaml:23, which has errors of its own; fix that record first" in link.message


def test_a_reference_to_a_broken_provision_says_it_has_errors(tmp_path: Path) -> None:
    _corpus(tmp_path, test_kr_act=("    title: Labels\n", "    title: [Labels]\n"))
    issues = load([tmp_path], bundled=False).issues
    crosswalk = [i for i in issues if i.file.endswith("crosswalk.yaml")]
    assert [(i.code, i.line) for i in crosswalk] == [("E304", 10)]
    assert "'test-kr-act/art-31-2' is defined in " in crosswalk[0].message
    assert "test-kr-act.yaml:23, which has errors of its own" in crosswalk[0].message
    # the valid provision of the same file is still known: its sanctioned_by link resolves
    kr = [(i.code, i.path) for i in issues if i.file.endswith("test-kr-act.yaml")]
    assert kr == [("E203", "$.provisions[0].title")]


def test_a_broken_topic_leaves_the_other_topics_known(tmp_path: Path) -> None:
    _corpus(
        tmp_path,
        taxonomy=("    label: Labels\n", "    label: Labels\n    colour: red\n"),
    )
    issues = load([tmp_path], bundled=False).issues
    assert [(i.code, Path(i.file).name, i.line, i.path) for i in issues] == [
        ("E202", "taxonomy.yaml", 15, "$.topics[2].colour"),
        ("E302", "test-eu-act.yaml", 27, "$.provisions[0].topics[0]"),
        ("E302", "test-kr-act.yaml", 28, "$.provisions[0].topics[0]"),
    ]
    labels = [i for i in issues if i.code == "E302"]
    assert all("'t.transparency.labels' is defined in" in i.message for i in labels)
    assert all("fix that record first" in i.message for i in labels)
    # t.penalties and t.transparency come from the same taxonomy file and are not reported


def test_a_broken_relation_leaves_the_others_checked(tmp_path: Path) -> None:
    extra = (
        "  - source: test-eu-act/art-2\n"
        "    target: test-kr-act/art-99\n"
        "    relation: intersects-with\n"
        "    rationale: semantic\n"
        "    strength: 5\n"
        "    justification: Both fine.\n"
    )
    _corpus(tmp_path, crosswalk=("    strength: 7\n", "    strength: seven\n"))
    with (tmp_path / "crosswalk.yaml").open("a", encoding="utf-8") as out:
        out.write(extra)
    found = _found(tmp_path, "crosswalk.yaml")
    assert ("E203", 13, "$.relations[0].strength") in found
    assert ("E304", 16, "$.relations[1].target") in found


def test_a_yaml_problem_in_one_record_leaves_the_others_checked(tmp_path: Path) -> None:
    # a duplicate key in art-1 (E107); art-2 with an unknown topic is still reported
    _corpus(
        tmp_path,
        test_eu_act=("    title: Labels\n", "    title: Labels\n    title: Labels again\n"),
    )
    text = (tmp_path / EU).read_text(encoding="utf-8")
    (tmp_path / EU).write_text(text.replace("[t.penalties]", "[t.nowhere]"), encoding="utf-8")
    found = _found(tmp_path, EU)
    assert [code for code, _, _ in found] == ["E107", "E302", "E313"]
    assert ("E302", 42, "$.provisions[1].topics[0]") in found


def test_a_broken_header_checks_the_provisions_and_says_what_was_skipped(tmp_path: Path) -> None:
    _corpus(tmp_path, test_eu_act=("legal_force: binding", "legal_force: mandatory"))
    text = (tmp_path / EU).read_text(encoding="utf-8")
    (tmp_path / EU).write_text(text.replace("[t.penalties]", "[t.nowhere]"), encoding="utf-8")
    issues = load([tmp_path], bundled=False).issues
    mine = [i for i in issues if i.file == str(tmp_path / EU)]
    assert [(i.code, i.line) for i in mine] == [("W460", 3), ("E204", 9), ("E302", 41)]
    note = mine[0].message
    assert "framework header has errors" in note and "3 valid provisions were checked" in note
    assert "dates, parties and sources" in note
    # a crosswalk naming the framework is told that it has errors, not that it is unknown
    crosswalk = [i for i in issues if i.file.endswith("crosswalk.yaml")]
    assert [i.code for i in crosswalk] == ["E312"]
    assert "'test-eu-act' is defined in" in crosswalk[0].message


def test_only_complete_files_enter_the_corpus(tmp_path: Path) -> None:
    _corpus(tmp_path, test_eu_act=("    title: Labels\n", "    title: [Labels]\n"))
    result = load([tmp_path], bundled=False)
    assert sorted(result.corpus.frameworks) == ["test-kr-act"]
    assert result.corpus.relations == []


def test_a_child_of_a_broken_topic_is_told_so(tmp_path: Path) -> None:
    _corpus(
        tmp_path,
        taxonomy=("    label: Transparency\n", "    label: Transparency\n    colour: red\n"),
    )
    issues = load([tmp_path], bundled=False).issues
    (orphan,) = [i for i in issues if i.code == "E303"]
    assert orphan.path == "$.topics[2].id"
    assert orphan.message.startswith(
        "topic 't.transparency.labels' has no parent: topic 't.transparency' is defined in "
    )
