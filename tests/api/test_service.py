"""The application service: one way through for the CLI and the notebook (issue 20)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import regalign
from regalign.api import Service
from regalign.api import service as service_module
from regalign.cli import cli
from regalign.comparisons import explain, matrix, results
from regalign.frameworks import method_loader


def test_report_reads_its_method_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "method.yaml"
    target.write_text("topic_weights: {ai: 2}\n", encoding="utf-8")
    reads = []
    real = method_loader.read_regular_file
    monkeypatch.setattr(
        method_loader,
        "read_regular_file",
        lambda path, *a: reads.append(path) or real(path, *a),
    )
    done = CliRunner().invoke(
        cli, ["report", "EU", "KR", "--date", "2026-11-27", "--method", str(target)]
    )
    assert done.exit_code == 0, done.output
    assert reads == [str(target)]


def test_the_cli_and_the_notebook_mean_the_same_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795737600")  # 2026-11-27, in UTC anywhere
    done = CliRunner().invoke(cli, ["compare", "eu-ai-act", "kr-ai-basic-act", "--format", "json"])
    assert json.loads(done.stdout)["as_of"] == "2026-11-27"
    assert regalign.compare("eu-ai-act", "kr-ai-basic-act").as_of == date(2026, 11, 27)
    assert regalign.today() == Service.today() == date(2026, 11, 27)


def test_a_second_service_takes_the_comparison_from_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = Service().compare("EU", "KR", as_of="2026-11-27")
    made = []
    real = service_module._compare
    monkeypatch.setattr(service_module, "_compare", lambda *a, **k: made.append(1) or real(*a, **k))
    again = Service().compare("EU", "KR", as_of="2026-11-27")
    assert made == [] and again == first
    Service().compare("EU", "KR", as_of="2026-11-28")
    assert made == [1]


def test_results_are_plain_data_and_the_notebook_returns_views() -> None:
    for plain in (results.Comparison, explain.Explanation, matrix.IndexMatrix, matrix.StanceMatrix):
        assert not [
            n for n in ("to_frame", "to_dict", "to_records", "_repr_html_") if hasattr(plain, n)
        ]
    plain = Service().compare("EU", "KR", as_of="2026-11-27")
    shown = regalign.compare("EU", "KR", as_of="2026-11-27")
    assert type(plain) is results.Comparison and isinstance(shown, results.Comparison)
    assert shown.to_dict() == regalign.compare("EU", "KR", as_of=date(2026, 11, 27)).to_dict()
    assert shown.index == plain.index and shown.topics == plain.topics
