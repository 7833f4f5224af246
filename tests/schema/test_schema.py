"""The JSON Schema is generated from the models, valid for its metaschema, and fits the data."""

from __future__ import annotations

import json

import jsonschema
import pytest

from regalign.frameworks.sources import bundled_files
from regalign.frameworks.yamlsource import parse_bytes
from regalign.schema import vocab
from regalign.schema.export import build_schema, committed_schema_text, render_schema
from tests.conftest import INVALID, VALID


def test_committed_schema_matches_the_models() -> None:
    assert committed_schema_text() == render_schema(build_schema()), (
        "the models changed: regenerate with `regalign schema` logic "
        "(python -c 'from regalign.schema.export import *; ...') and commit"
    )


def test_schema_is_valid_for_its_metaschema() -> None:
    schema = json.loads(committed_schema_text())
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    assert validator is jsonschema.Draft202012Validator


def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(committed_schema_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.mark.parametrize("source", bundled_files(), ids=lambda s: s.name)
def test_every_bundled_file_validates_against_the_schema(source) -> None:
    parsed = parse_bytes(source.read(10**8)[0], source.name)
    errors = sorted(_validator().iter_errors(parsed.data), key=str)
    assert errors == []


def test_fixtures_agree_with_the_models() -> None:
    for path in sorted(VALID.glob("*.yaml")):
        assert list(_validator().iter_errors(parse_bytes(path.read_bytes(), path.name).data)) == []
    for code in ("E201", "E202", "E203", "E204"):
        data = parse_bytes((INVALID / f"{code}.yaml").read_bytes(), code).data
        assert list(_validator().iter_errors(data)), f"the schema accepts the {code} fixture"


def test_every_vocabulary_value_is_described_where_it_matters() -> None:
    for enum in (
        vocab.Modality,
        vocab.Role,
        vocab.ScopeTier,
        vocab.RelationType,
        vocab.Rationale,
        vocab.Evidence,
    ):
        missing = [member for member in enum if member not in vocab.DESCRIPTIONS]
        assert missing == []


def test_schema_has_an_id_and_selects_the_sub_schema_by_kind() -> None:
    schema = json.loads(committed_schema_text())
    assert schema["$id"].startswith("urn:regalign:schema:")
    kinds = {
        branch["if"]["properties"]["kind"]["const"]: branch["then"]["$ref"]
        for branch in schema["allOf"]
    }
    assert kinds == {
        "framework": "#/$defs/FrameworkDocument",
        "taxonomy": "#/$defs/TaxonomyDocument",
        "crosswalk": "#/$defs/CrosswalkDocument",
    }
    assert "oneOf" not in schema


def test_errors_are_reported_against_the_files_own_kind() -> None:
    data = parse_bytes((INVALID / "E204.yaml").read_bytes(), "E204").data
    errors = list(_validator().iter_errors(data))
    assert [(list(e.absolute_path), e.validator) for e in errors] == [
        (["framework", "legal_force"], "enum")
    ]
    crosswalk = parse_bytes((VALID / "crosswalk.yaml").read_bytes(), "c").data
    crosswalk["crosswalk"]["curatr"] = "typo"
    errors = list(_validator().iter_errors(crosswalk))
    assert [e.validator for e in errors] == ["additionalProperties"] and "curatr" in errors[
        0
    ].message
    assert list(_validator().iter_errors({"kind": "nonsense"}))


def test_check_jsonschema_reports_the_right_branch(tmp_path) -> None:
    import subprocess
    import sys

    schema = tmp_path / "regalign.schema.json"
    schema.write_text(committed_schema_text())
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--schemafile",
            str(schema),
            str(INVALID / "E204.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "$.framework.legal_force: 'mandatory' is not one of" in done.stdout
    assert "is not valid under any of the given schemas" not in done.stdout


@pytest.mark.parametrize("term", ["", "x" * 81])
def test_an_empty_or_overlong_own_term_for_the_addressees_is_refused(tmp_path, term) -> None:
    # addressed_as (twelfth sitting, round 82) is what a briefing prints in place of the roles: a
    # blank would print nothing, a paragraph would run over page 1.
    from regalign.frameworks.loader import load

    text = (VALID / "test-eu-act.yaml").read_text(encoding="utf-8")
    changed = text.replace(
        "    addressees: [provider]\n",
        f'    addressees: [provider]\n    addressed_as: "{term}"\n',
        1,
    )
    assert changed != text
    path = tmp_path / "test-eu-act.yaml"
    path.write_text(changed, encoding="utf-8")
    others = [p for p in sorted(VALID.glob("*.yaml")) if p.name != path.name]
    result = load([*others, path], bundled=False)
    found = [(i.code, i.path) for i in result.issues]
    # (the refused record is left out, so the records and relations that name it report too)
    assert [f for f in found if f[0].startswith("E2")] == [("E204", "$.provisions[0].addressed_as")]
    data = parse_bytes(changed.encode("utf-8"), path.name).data
    assert list(_validator().iter_errors(data)), "the JSON Schema accepts it"
    good = changed.replace(f'addressed_as: "{term}"', 'addressed_as: "AI business operators"')
    assert not list(_validator().iter_errors(parse_bytes(good.encode("utf-8"), path.name).data))
