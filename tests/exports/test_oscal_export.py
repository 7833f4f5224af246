"""The OSCAL mapping export validates against NIST's published JSON Schema, with stable UUIDs."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import uuid
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from regalign.cli import cli
from regalign.comparisons.mappings import select_mappings
from regalign.frameworks.loader import load
from regalign.reports.oscal import mapping_collection, render_oscal, stable_uuid
from tests.exports.schemas import (
    OSCAL_MAPPING_SCHEMA,
    OSCAL_MAPPING_SHA256,
    oscal_schema,
    oscal_validator,
    schema_patterns,
)


@pytest.fixture(scope="module")
def corpus():
    return load().corpus


def test_vendored_schema_is_the_recorded_file() -> None:
    assert hashlib.sha256(OSCAL_MAPPING_SCHEMA.read_bytes()).hexdigest() == OSCAL_MAPPING_SHA256
    assert oscal_schema()["$id"] == "http://csrc.nist.gov/ns/oscal/1.2.3/oscal-mapping-schema.json"


def test_every_schema_pattern_is_kept_and_compiles_with_regex() -> None:
    patterns = schema_patterns(oscal_schema())
    assert len(patterns) >= 9
    for pattern in patterns:
        regex.compile(pattern)
    # Exactly the XML-style Unicode classes are what Python's re cannot read; if NIST adds other
    # syntax, this test says so instead of the validator silently misreading it.
    rejected = set()
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error:
            rejected.add(pattern)
    assert rejected == {r"^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$"}


def test_the_unicode_token_pattern_is_enforced(corpus) -> None:
    document = mapping_collection(select_mappings(corpus, crosswalk="ai-eu-kr"))
    assert list(oscal_validator().iter_errors(document)) == []
    broken = copy.deepcopy(document)
    broken["mapping-collection"]["mappings"][0]["maps"][0]["relationship"] = "1 not a token"
    errors = list(oscal_validator().iter_errors(broken))
    assert errors, "the \\p{L} token pattern was not applied"
    hangul = copy.deepcopy(document)
    hangul["mapping-collection"]["mappings"][0]["maps"][0]["props"][0]["name"] = "강도"
    assert list(oscal_validator().iter_errors(hangul)) == []  # \p{L} admits Hangul letters


@pytest.mark.parametrize(
    "args",
    [
        {"sides": ("EU", "KR")},
        {"sides": ("kr-ai-basic-act", "eu-ai-act")},
        {"crosswalk": "trade-eu-kr"},
        {},
    ],
    ids=str,
)
def test_export_validates_against_nists_schema(corpus, args) -> None:
    document = mapping_collection(select_mappings(corpus, **args))
    errors = sorted(oscal_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    assert [(list(e.absolute_path), e.message[:200]) for e in errors] == []


def test_uuids_are_stable_version_5_and_unique(corpus) -> None:
    first = render_oscal(select_mappings(corpus, ("EU", "KR")))
    assert first == render_oscal(select_mappings(load().corpus, ("EU", "KR")))
    found = re.findall(r'"uuid": "([0-9a-f-]{36})"', first)
    assert len(found) == len(set(found)) > 100
    assert {uuid.UUID(u).version for u in found} == {5}
    assert stable_uuid("map", "x") == stable_uuid("map", "x") != stable_uuid("map", "y")


def test_relationships_strength_and_provenance(corpus) -> None:
    selection = select_mappings(corpus, crosswalk="ai-eu-kr")
    document = mapping_collection(selection)["mapping-collection"]
    maps = [m for mapping in document["mappings"] for m in mapping["maps"]]
    assert len(maps) == len(selection.rows)
    row, first = selection.rows[0], maps[0]
    assert first["sources"][0]["id-ref"] == row.source_id.split("/")[1]
    assert first["confidence-score"] == {"percentage": row.strength / 10}
    assert first["remarks"] == row.justification
    props = {p["name"]: p["value"] for p in first["props"]}
    assert props["curation"] == "curated" and props["curator"] == "regalign maintainers"
    assert props["checked"] == "2026-12-01"
    assert {m["relationship"] for m in maps} <= {
        "equal-to",
        "subset-of",
        "superset-of",
        "intersects-with",
        "no-relationship",
    }


def test_turned_relations_invert_subset_and_superset(corpus) -> None:
    a, b = "eu-ai-act", "kr-ai-basic-act+kr-ai-basic-act-decree"
    forward = {(r.source_id, r.target_id): r.relation for r in select_mappings(corpus, (a, b)).rows}
    backward = {
        (r.target_id, r.source_id): r.relation for r in select_mappings(corpus, (b, a)).rows
    }
    assert forward.keys() == backward.keys()
    inverse = {"subset-of": "superset-of", "superset-of": "subset-of"}
    assert all(backward[k] == inverse.get(v, v) for k, v in forward.items())
    assert any(v in inverse for v in forward.values())


def test_imported_crosswalk_says_where_from(tmp_path: Path) -> None:
    from tests.conftest import VALID

    text = (VALID / "crosswalk.yaml").read_text()
    imported = tmp_path / "imported.yaml"
    imported.write_text(
        text.replace("id: test-crosswalk", "id: imported-crosswalk").replace(
            "  checked:", "  imported_from: https://example.org/published-mapping\n  checked:", 1
        )
    )
    others = [p for p in sorted(VALID.glob("*.yaml")) if p.name != "crosswalk.yaml"]
    result = load([*others, imported], bundled=False)
    assert result.valid, [i.as_text() for i in result.issues]
    document = mapping_collection(select_mappings(result.corpus, crosswalk="imported-crosswalk"))
    assert list(oscal_validator().iter_errors(document)) == []
    props = {
        p["name"]: p["value"]
        for p in document["mapping-collection"]["mappings"][0]["maps"][0]["props"]
    }
    assert (
        props["curation"] == "imported"
        and props["imported-from"] == "https://example.org/published-mapping"
    )


def test_cli_writes_and_rewrites_its_own_file(tmp_path: Path) -> None:
    target = tmp_path / "eu-kr.mapping.json"
    runner = CliRunner()
    for _ in range(2):  # the second run replaces regalign's own file without --force
        done = runner.invoke(cli, ["export", "oscal-mapping", "EU", "KR", "-o", str(target)])
        assert done.exit_code == 0, done.output
    assert list(oscal_validator().iter_errors(json.loads(target.read_text()))) == []
    mine = tmp_path / "mine.json"
    mine.write_text("{}")
    done = runner.invoke(cli, ["export", "oscal-mapping", "EU", "KR", "-o", str(mine)])
    assert done.exit_code == 2 and mine.read_text() == "{}"


def test_cli_usage_errors_exit_2() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["export", "oscal-mapping", "EU"]).exit_code == 2
    done = runner.invoke(cli, ["export", "oscal-mapping", "--crosswalk", "ai-eu-k"])
    assert done.exit_code == 2 and "did you mean 'ai-eu-kr'" in done.output
    assert (
        runner.invoke(
            cli, ["export", "oscal-mapping", "EU", "KR", "--crosswalk", "ai-eu-kr"]
        ).exit_code
        == 2
    )
