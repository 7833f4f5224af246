"""CITATION.cff and the corpus's data package are present, well formed and in step with the data."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from regalign import __version__
from regalign.frameworks.datapackage import bundled_package
from regalign.frameworks.sources import BUNDLED_PREFIX, bundled_files

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "regalign" / "frameworks" / "data" / "datapackage.json"


def test_citation_cff_names_version_and_both_licences() -> None:
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    assert {"message", "title", "authors", "version", "license"} <= set(citation)
    assert citation["version"] == __version__
    assert citation["license"] == ["Apache-2.0", "CC-BY-4.0"]


def test_data_package_is_in_step_with_the_bundled_data() -> None:
    assert PACKAGE.read_text(encoding="utf-8") == bundled_package(), (
        "the bundled data changed: run `python -m regalign.frameworks.datapackage` and commit"
    )


def test_data_package_states_licence_and_provenance() -> None:
    package = json.loads(PACKAGE.read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert (
        "belong to their publishers" in package["description"]
        and "Apache-2.0" in package["description"]
    )
    paths = [r["path"] for r in package["resources"]]
    assert paths == sorted(s.name[len(BUNDLED_PREFIX) + 1 :] for s in bundled_files())
    assert all((PACKAGE.parent / path).is_file() for path in paths)
    assert len({r["name"] for r in package["resources"]}) == len(paths)
    assert all(source["path"].startswith("http") for source in package["sources"])
    schema = PACKAGE.parent / package["resources"][0]["schema"]
    assert schema.resolve().is_file()
