"""Method files: every number range-checked where it is written; nothing non-finite reaches an output."""

from __future__ import annotations

from pathlib import Path

import pytest

from regalign.frameworks.method_loader import load_method


def problems(tmp_path: Path, text: str) -> list[tuple[str, int, int, str]]:
    target = tmp_path / "method.yaml"
    target.write_text(text, encoding="utf-8")
    method, issues = load_method(str(target))
    assert method is None, "the method file should have been refused"
    return [(i.code, i.line, i.column, i.path) for i in issues]


def test_a_vanishing_exchange_rate_is_refused_at_its_value(tmp_path: Path) -> None:
    # 1e-320 once passed as "positive and finite" and then made the comparison fail with a math domain error.
    assert problems(tmp_path, "exchange_rates:\n  per_eur: {KRW: 1.0e-320}\n") == [
        ("E204", 2, 18, "$.exchange_rates.per_eur.KRW")
    ]


def test_negative_and_tiny_topic_weights_point_at_the_weight(tmp_path: Path) -> None:
    assert problems(tmp_path, "topic_weights: {ai: -5, data: 1.0e-9}\n") == [
        ("E204", 1, 21, "$.topic_weights.ai"),
        ("E204", 1, 31, "$.topic_weights.data"),
    ]


@pytest.mark.parametrize(
    "value,word", [("true", "boolean"), (".inf", "finite"), (".nan", "finite"), ("-1", "at least")]
)
def test_weights_are_numbers_finite_and_in_range(tmp_path: Path, value: str, word: str) -> None:
    target = tmp_path / "method.yaml"
    target.write_text(f"dimensions:\n  relation: {value}\n", encoding="utf-8")
    method, issues = load_method(str(target))
    assert method is None and [(i.line, i.column, i.path) for i in issues] == [
        (2, 13, "$.dimensions.relation")
    ]
    assert word in issues[0].message


def test_sensitivity_draws_are_bounded(tmp_path: Path) -> None:
    assert problems(tmp_path, "sensitivity: {draws: 20000000}\n") == [
        ("E204", 1, 22, "$.sensitivity.draws")
    ]


def test_json_never_holds_nan_and_fail_under_trips_on_it() -> None:
    from regalign.cli.compare import below
    from regalign.reports.export import dumps

    assert dumps({"index": float("nan"), "range": [float("inf"), 0.5]}) == (
        '{\n  "index": null,\n  "range": [\n    null,\n    0.5\n  ]\n}\n'
    )
    assert below(float("nan"), 0.4) and below(None, 0.4) and below(0.3, 0.4) and not below(0.5, 0.4)


def test_a_misspelled_topic_weight_is_an_unknown_topic_with_a_suggestion(tmp_path: Path) -> None:
    from regalign.frameworks.loader import load

    target = tmp_path / "method.yaml"
    target.write_text(
        "topic_weights:\n  ai: 2\n  data.localisaton-ban: 3\n  zzzz: 1\n", encoding="utf-8"
    )
    method, issues = load_method(str(target), load().corpus.topics)
    assert method is None
    assert [(i.code, i.line, i.column, i.path) for i in issues] == [
        ("E302", 3, 3, "$.topic_weights['data.localisaton-ban']"),
        ("E302", 4, 3, "$.topic_weights.zzzz"),
    ]
    assert "did you mean 'data.localisation-ban'?" in issues[0].message


def test_the_cli_and_the_api_refuse_a_misspelled_topic_weight(tmp_path: Path) -> None:
    from click.testing import CliRunner

    import regalign
    from regalign.cli import cli

    target = tmp_path / "method.yaml"
    target.write_text("topic_weights: {data.localisaton-ban: 3}\n", encoding="utf-8")
    for command in (["compare", "EU", "KR"], ["report", "EU", "KR"], ["matrix", "EU", "KR"]):
        done = CliRunner().invoke(
            cli, [*command, "--method", str(target)], env={"REGALIGN_DATA": ""}
        )
        assert done.exit_code == 2 and "did you mean 'data.localisation-ban'" in done.output
    with pytest.raises(regalign.CorpusError, match="unknown topic"):
        regalign.method(target)
