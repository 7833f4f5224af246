"""The SSSOM export passes sssom-py's validators (LinkML JSON Schema, prefix map, CURIE format)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.comparisons.mappings import select_mappings
from regalign.frameworks.loader import load
from regalign.reports.sssom import render_sssom


# sssom-py (and the LinkML it brings) takes seconds to import: only the tests that run it import it,
# so a worker that runs none of them does not pay for it.
@pytest.fixture(scope="module")
def parse() -> Callable:
    parsers = pytest.importorskip("sssom.parsers", reason="sssom-py is in the test extra")
    return lambda path: parsers.parse_sssom_table(str(path))


@pytest.fixture(scope="module")
def validated() -> Callable:
    """sssom-py's validation of a parsed table: the LinkML JSON Schema, the prefix map, CURIEs."""
    pytest.importorskip("sssom.validators", reason="sssom-py is in the test extra")
    from sssom.constants import SchemaValidationType
    from sssom.validators import validate

    checks = [
        SchemaValidationType.JsonSchema,
        SchemaValidationType.PrefixMapCompleteness,
        SchemaValidationType.StrictCurieFormat,
    ]
    return lambda table: validate(table, checks, fail_on_error=True)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("sssom") / "eu-kr.sssom.tsv"
    done = CliRunner().invoke(cli, ["export", "sssom", "EU", "KR", "-o", str(target)])
    assert done.exit_code == 0, done.output
    return target


def test_export_passes_sssom_py_validation(exported: Path, parse, validated) -> None:
    validated(parse(exported))


def test_a_broken_table_fails_the_same_validation(
    exported: Path, tmp_path: Path, parse, validated
) -> None:
    broken = tmp_path / "broken.sssom.tsv"
    broken.write_text(
        exported.read_text().replace("semapv:ManualMappingCuration", "semapv:GutFeeling")
    )
    with pytest.raises(Exception):  # noqa: B017 - sssom's error type differs across its versions
        validated(parse(broken))


def test_rows_predicates_confidence_and_provenance(exported: Path, parse) -> None:
    frame = parse(exported).df
    selection = select_mappings(load().corpus, ("EU", "KR"))
    assert len(frame) == len(selection.rows)
    assert set(frame["predicate_id"]) <= {
        "skos:exactMatch",
        "skos:broadMatch",
        "skos:narrowMatch",
        "skos:relatedMatch",
    }
    row = selection.rows[0]
    first = frame[
        (frame["subject_id"] == f"regalign:{row.source_id}")
        & (frame["object_id"] == f"regalign:{row.target_id}")
    ].iloc[0]
    assert (
        first["subject_id"] == f"regalign:{row.source_id}"
        and first["object_id"] == f"regalign:{row.target_id}"
    )
    assert float(first["confidence"]) == pytest.approx(row.strength / 10)
    assert first["author_label"] in ("regalign maintainers", ["regalign maintainers"])
    assert "Curated by the regalign project" in first["curation_rule_text"]
    negated = frame[frame["predicate_modifier"] == "Not"]
    assert len(negated) == sum(r.relation == "not-related" for r in selection.rows) > 0


def test_subset_reads_as_broad_match() -> None:
    selection = select_mappings(load().corpus, ("EU", "KR"))
    text = render_sssom(selection)
    for row in selection.rows:
        if row.relation == "subset-of":
            line = next(
                x
                for x in text.splitlines()
                if x.startswith(f"regalign:{row.source_id}\t")
                and f"\tregalign:{row.target_id}\t" in x
            )
            assert "\tskos:broadMatch\t" in line  # the object (target) is the broader rule
            break
    else:
        pytest.skip("no subset-of relation between EU and KR")


def test_output_is_deterministic() -> None:
    selection = select_mappings(load().corpus, crosswalk="trade-eu-kr")
    assert render_sssom(selection) == render_sssom(
        select_mappings(load().corpus, crosswalk="trade-eu-kr")
    )
