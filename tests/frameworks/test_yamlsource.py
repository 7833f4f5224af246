"""The YAML layer: positions, duplicate keys, aliases, tags, and robustness against any input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regalign.frameworks.loader import LoadResult, load_files
from regalign.frameworks.yamlsource import json_path, locate, parse_bytes, parse_text
from tests.conftest import VALID


def codes(text: str) -> list[tuple[str, int]]:
    return [(i.code, i.line) for i in parse_text(text, "x.yaml").issues]


def test_values_keep_positions() -> None:
    parsed = parse_text(
        "kind: framework\nprovisions:\n  - id: a\n    topics:\n      - t.x\n", "x.yaml"
    )
    assert parsed.locate(["provisions", 0, "topics", 0]) == (5, 9)
    assert locate(parsed.root, ["provisions", 0, "id"], key=True) == (3, 5)
    # A path that runs past the data stops at the deepest node that exists.
    assert parsed.locate(["provisions", 0, "missing", 3]) == (3, 5)


def test_json_path_rendering() -> None:
    assert json_path(("provisions", 3, "topics", 0)) == "$.provisions[3].topics[0]"
    assert json_path(("odd key",)) == "$['odd key']"


def test_duplicate_key_keeps_the_first_value_and_reports_the_second() -> None:
    parsed = parse_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert parsed.data == {"a": 1, "b": 2}
    assert [(i.code, i.line, i.column) for i in parsed.issues] == [("E107", 3, 1)]
    assert "first at line 1" in parsed.issues[0].message


def test_nested_duplicate_keys_are_all_reported() -> None:
    assert codes("x:\n  y: 1\n  y: 2\nz:\n  - {k: 1, k: 2}\n") == [("E107", 3), ("E107", 5)]


def test_alias_bomb_is_refused_without_expanding() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    parsed = parse_text("\n".join(lines) + "\n", "bomb.yaml")
    aliases = [i for i in parsed.issues if i.code == "E108"]
    assert len(aliases) == 8 * 9  # every alias pointed at, on its own line
    assert {i.line for i in aliases} == set(range(2, 10))
    assert parsed.data["i"] == [None] * 9  # nothing was expanded


def test_merge_key_is_refused() -> None:
    assert codes("base: {a: 1}\nchild:\n  <<: {a: 2}\n  b: 3\n") == [("E108", 3)]


def test_scalar_types_follow_yaml_but_dates_stay_text() -> None:
    parsed = parse_text("d: 2024-08-01\ni: 7\nf: 0.5\nb: true\nn: null\ns: 'x'\nno: 1\n", "x.yaml")
    assert parsed.data == {
        "d": "2024-08-01",
        "i": 7,
        "f": 0.5,
        "b": True,
        "n": None,
        "s": "x",
        "no": 1,
    }


def test_explicit_python_tag_is_refused_not_constructed() -> None:
    assert codes("a: !!python/object/apply:os.system ['echo hi']\n") == [("E109", 1)]


def test_multiple_documents_get_a_clear_message() -> None:
    issues = parse_text("a: 1\n---\nb: 2\n", "x.yaml").issues
    assert [i.code for i in issues] == ["E105"]
    assert "more than one YAML document" in issues[0].message


def test_deep_nesting_is_an_issue_not_a_crash() -> None:
    depth = 5000
    issues = parse_text("a: " + "[" * depth + "]" * depth + "\n", "deep.yaml").issues
    assert [i.code for i in issues] == ["E105"]


# Robustness: whatever the bytes, the loader answers with issues and never raises.

VALID_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(VALID.glob("*.yaml"))]


def _load_bytes(raw: bytes) -> LoadResult:
    from regalign.frameworks.sources import SourceFile

    class _Blob:
        name = "blob.yaml"

        def read_bytes(self) -> bytes:
            return raw

    return load_files([SourceFile(name="blob.yaml", resource=_Blob())])


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    result = _load_bytes(raw)
    assert all(i.file == "blob.yaml" and i.line >= 1 and i.column >= 1 for i in result.issues)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    result = _load_bytes(text.encode("utf-8"))
    assert isinstance(result.issues, list)


@st.composite
def mutated_valid_file(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(VALID_TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        snippet = draw(
            st.sampled_from(
                [
                    "\t",
                    ":",
                    "- ",
                    "&a ",
                    "*a",
                    "{",
                    "]",
                    "\n  ",
                    "'",
                    "null",
                    "1e9",
                    "<<: {}",
                    "!!binary",
                    "#",
                    "\ufeff",
                    "é",
                    "id: x\n",
                    "  - 3\n",
                ]
            )
        )
        if action == "insert":
            text = text[:position] + snippet + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 30)) :]
        else:
            text = text[:position] + snippet + text[position + len(snippet) :]
    return text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_valid_file())
def test_mutated_valid_files_never_raise_and_positions_are_in_the_file(text: str) -> None:
    result = _load_bytes(text.encode("utf-8"))
    line_count = text.count("\n") + 2
    for issue in result.issues:
        assert 1 <= issue.line <= line_count, issue
        assert issue.code[0] in "EW"


def test_parse_bytes_rejects_oversized_input_before_decoding() -> None:
    parsed = parse_bytes(b"\xff" * 50, "x.yaml", max_bytes=10)
    assert [i.code for i in parsed.issues] == ["E102"]
