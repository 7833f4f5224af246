"""The user-facing commands through click's CliRunner: output, exit codes, friendly errors."""

from __future__ import annotations

import csv
import io
import json
import math
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.reports.text import display_width
from tests.conftest import VALID
from tests.planted import PLANTED, UNREAD_ID, UNREAD_TOPIC

DAY = "2026-11-27"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(
        cli, list(args), catch_exceptions=False, env=env or {"REGALIGN_DATA": ""}
    )


@pytest.mark.parametrize(
    "command",
    [
        "compare",
        "explain",
        "frameworks",
        "matrix",
        "report",
        "schema",
        "show",
        "topics",
        "validate",
    ],
)
def test_every_help_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert (
        result.exit_code == 0
        and "Examples:" in result.stdout
        and "regalign " + command in result.stdout
    )


def test_compare_table_lists_topics_and_figures() -> None:
    result = run("compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", DAY)
    assert result.exit_code == 0, result.output
    assert "ai.transparency.synthetic-content" in result.stdout
    assert "Alignment index" in result.stdout and "only EU" in result.stdout
    assert "As adopted" in result.stdout and "2027-12-02" in result.stdout
    assert max(display_width(line) for line in result.stdout.splitlines()) <= 100
    assert result.stderr == ""


def test_compare_json_shape() -> None:
    result = run("compare", "EU", "KR", "--as-of", DAY, "--topic", "data", "--format", "json")
    payload = json.loads(result.stdout)
    assert payload["kind"] == "comparison" and payload["topic"] == "data"
    assert set(payload) >= {
        "a",
        "b",
        "as_of",
        "index",
        "index_range",
        "coverage",
        "verdicts",
        "topics",
        "rollup",
        "timeline",
        "method",
        "pending_instruments",
        "index_adopted",
        "joint",
        "joint_instruments",
    }
    assert all(t["topic"].startswith("data") for t in payload["topics"])
    # The DTA binds both sides: a joint commitment, reported with each side's own law against it.
    assert "eu-kr-dta" in payload["joint_instruments"]
    # The DTA (signed, not in force) is joint: none of its clauses counts for one side only.
    assert payload["pending_instruments"] == []
    assert {j["commitment"]["framework"] for j in payload["joint"]} <= set(
        payload["joint_instruments"]
    )
    assert all(
        j["a"]["verdict"]
        in ("consistent", "stricter", "in-tension", "no-domestic-rule", "against-not-judged")
        for j in payload["joint"]
    )
    assert not any(
        p["framework"] in payload["joint_instruments"] and p["party_term"] is None
        for t in payload["topics"]
        for p in (*t["a"], *t["b"])
    )
    topic = payload["topics"][0]
    assert set(topic) >= {
        "unit",
        "topic",
        "label",
        "weight",
        "score",
        "score_range",
        "verdict",
        "fragile",
        "dimensions",
        "a",
        "b",
        "relations",
        "caps",
        "score_adopted",
        "verdict_adopted",
        "adopted_from",
        "pending",
        "adopted",
    }


def test_compare_csv_has_one_row_per_topic() -> None:
    as_json = json.loads(
        run("compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", DAY, "--format", "json").stdout
    )
    rows = list(
        csv.reader(
            io.StringIO(
                run(
                    "compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", DAY, "--format", "csv"
                ).stdout
            )
        )
    )
    assert rows[0] == ["Topic", "EU AI Act", "AI Basic Act", "Now", "As adopted"]
    # One spelling of a unit everywhere: the CSV shows the JSON's unit ids as they are.
    assert [r[0] for r in rows[1:]] == [t["unit"] for t in as_json["topics"]]


def test_as_of_changes_the_answer() -> None:
    before = json.loads(
        run(
            "compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", "2025-06-01", "--format", "json"
        ).stdout
    )
    after = json.loads(
        run(
            "compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", "2028-09-01", "--format", "json"
        ).stdout
    )
    # Korea's act was promulgated on 2025-01-21 and entered into force on 2026-01-22: in mid-2025 its
    # provisions are scheduled for that date, not counted today (round 34, EU-KR: a promulgated Act
    # counted 'today' at reduced force before it applied), and units that start later (Art. 3(5),
    # 2026-07-21) carry their own date.
    assert not [p for t in before["topics"] for p in t["b"]]
    waiting = {p["id"]: p for t in before["topics"] for p in t["pending"]["b"]}
    assert waiting and {p["status"] for p in waiting.values()} == {"scheduled"}
    assert waiting["kr-ai-basic-act/art-34-1-4"]["starts"] == "2026-01-22"
    assert before["pending_instruments"] == []  # its date is fixed: not pending
    assert any(
        t["topic"] == "ai.high-risk.human-oversight" and t["a"] and t["b"] for t in after["topics"]
    )


def test_unknown_side_gets_did_you_mean_and_exit_2() -> None:
    result = run("compare", "eu-ai-akt", "KR")
    assert result.exit_code == 2
    assert "did you mean 'eu-ai-act'" in result.stderr


def test_unknown_topic_and_bad_date_are_usage_errors() -> None:
    result = run("compare", "EU", "KR", "--topic", "ai.transparncy")
    assert result.exit_code == 2 and "did you mean 'ai.transparency'" in result.stderr
    result = run("compare", "EU", "KR", "--as-of", "27/11/2026")
    assert result.exit_code == 2 and "use YYYY-MM-DD" in result.stderr
    result = run("compare", "EU", "KR", "--format", "gihub")
    assert result.exit_code == 2 and "did you mean 'github'" in result.stderr


def test_fail_under_gives_exit_1() -> None:
    assert run("compare", "EU", "KR", "--as-of", DAY, "--fail-under", "0.99").exit_code == 1
    assert run("compare", "EU", "KR", "--as-of", DAY, "--fail-under", "0.01").exit_code == 0


def test_explain_decomposes_the_score() -> None:
    result = run(
        "explain",
        "eu-ai-act",
        "kr-ai-basic-act",
        "ai.transparency.synthetic-content",
        "--as-of",
        DAY,
        "--format",
        "json",
    )
    payload = json.loads(result.stdout)
    topic = payload["topics"][0]
    pairs = topic["pairs"]
    # The leading pair's dimension contributions add up to its score (the first pair is the lead).
    assert abs(sum(d["contribution"] for d in topic["dimensions"]) - pairs[0]["score"]) < 1e-5
    # The unit score is the (weighted) mean pair score times the coverage factor (gap weight 0.5).
    assert (
        min(p["score"] for p in pairs) - 1e-9
        <= topic["pair_mean"]
        <= max(p["score"] for p in pairs) + 1e-9
    )
    assert abs(topic["score"] - topic["pair_mean"] * (1 - 0.5 * (1 - topic["coverage"]))) < 1e-5
    assert {p["id"] for p in topic["a"]} >= {"eu-ai-act/art-50-2"}
    assert {p["id"] for p in topic["b"]} == {"kr-ai-basic-act/art-31-2"}
    assert ("eu-ai-act/art-50-2", "kr-ai-basic-act/art-31-2") in {(p["a"], p["b"]) for p in pairs}
    paired = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    unpaired = set(topic["unpaired"]["a"]) | set(topic["unpaired"]["b"]) | set(topic["supporting"])
    assert paired | unpaired == {p["id"] for p in topic["a"] + topic["b"]}
    assert not paired & unpaired
    text = run("explain", "eu-ai-act", "kr-ai-basic-act", "ai.transparency", "--as-of", DAY).stdout
    assert "roll-up of" in text and "Contribution" in text and "Art. 31(2)" in text
    assert "Compared because" in text and "leading pair" in text


def test_explain_says_why_a_unit_was_not_compared() -> None:
    # A planted Japanese statute with an unread penalty chapter (tests/planted.py).
    text = run("--data", str(PLANTED), "explain", "KR", "JP", UNREAD_TOPIC, "--as-of", DAY).stdout
    assert "not compared" in text.splitlines()[0]
    assert (
        f"not compared: JP's records on this topic were recorded but not read ({UNREAD_ID})" in text
    )
    # Japan's financial laws are not in the corpus: the other reason a unit is not compared.
    text = run("explain", "KR", "JP", "data.financial", "--as-of", DAY).stdout
    assert "not compared" in text.splitlines()[0]
    assert "not compared: JP holds no financial-services law among the instruments compared" in text


def test_explain_names_a_counterpart_filed_under_another_topic() -> None:
    # AI Act Art. 26(11) is related to AI Basic Act Art. 31(1), filed under AI interaction. The role
    # names it and does not say "compared": a counterpart may share no topic with the rule (EU AI
    # Act Art. 21 and JP AI Promotion Act Art. 7, tests/reports/test_one_story.py).
    text = run("explain", "EU", "KR", "ai.high-risk.deployer-duties", "--as-of", DAY).stdout
    flat = " ".join(text.split())
    assert "counterpart under another topic: AI Basic Act Art. 31(1)" in flat
    assert "compared under another topic" not in flat


def test_explain_says_an_exception_limits_the_rule_it_sits_beside() -> None:
    # Round 50, EU-KR: Korea's announced grace period on AI fines and fact-finding "supports its
    # side's binding rule", though it suspends enforcement.
    text = run(
        "explain", "EU", "KR", "ai.enforcement", "--as-of", "2026-12-07", "--format", "csv"
    ).stdout
    rows = [line for line in text.splitlines() if line.startswith("KR,KR AI fines grace period")]
    roles = [row.rsplit(",", 1)[1] for row in rows if row.count(",") == 3]
    assert roles and set(roles) == {"limits its side's binding rule"}


def test_explain_unknown_topic_suggests() -> None:
    result = run(
        "explain", "eu-ai-act", "kr-ai-basic-act", "ai.transparency.deepfake", "--as-of", DAY
    )
    assert result.exit_code == 2 and "ai.transparency.deepfakes" in result.stderr


@pytest.mark.slow  # every pair of the bundled sides
def test_matrix_by_pair_is_symmetric_with_unit_diagonal() -> None:
    payload = json.loads(
        run(
            "matrix", "EU", "KR", "eu-ai-act", "kr-ai-basic-act", "--as-of", DAY, "--format", "json"
        ).stdout
    )
    values = payload["index"]
    assert [values[i][i] for i in range(4)] == [1.0] * 4
    assert all(values[i][j] == values[j][i] for i in range(4) for j in range(4))
    compare = json.loads(
        run("compare", "eu-ai-act", "kr-ai-basic-act", "--as-of", DAY, "--format", "json").stdout
    )
    assert values[2][3] == compare["index"]


def test_matrix_by_topic_marks_silence() -> None:
    result = run(
        "matrix", "eu-ai-act", "kr-ai-basic-act", "--by", "topic", "--as-of", DAY, "--format", "csv"
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    prohibited = next(r for r in rows if r[0].endswith("(ai.prohibited-practices)"))
    assert prohibited[1].startswith("9 · binding · prohibition") and prohibited[2] == "—"


def test_show_framework_provision_topic_and_unknown() -> None:
    framework = run("show", "kr-ai-basic-act")
    assert (
        "Act No. 20676" in framework.stdout
        and "인공지능 발전과 신뢰 기반 조성 등에 관한 기본법" in framework.stdout
    )
    provision = run("show", "eu-ai-act/art-50-2", "--format", "json")
    assert json.loads(provision.stdout)["pinpoint"] == "Art. 50(2)"
    located = run("show", "eu-ai-act/art-50-2").stdout
    assert "Defined at    <bundled>/frameworks/eu-ai-act.yaml:" in located
    topic = run("show", "ai.transparency.deepfakes")
    assert "Art. 31(3)" in topic.stdout
    unknown = run("show", "eu-ai-act/art-50-9")
    assert unknown.exit_code == 2 and "did you mean" in unknown.stderr


def test_korean_text_is_aligned_in_tables() -> None:
    text = run("show", "kr-ai-basic-act", "--format", "grid").stdout
    table = text.split("\n\n")[0].splitlines()
    widths = {display_width(line) for line in table}
    assert len(widths) == 1, widths  # every line of the grid is equally wide, Hangul counted as 2


def test_frameworks_and_topics_lists() -> None:
    rows = list(csv.reader(io.StringIO(run("frameworks", "--format", "csv").stdout)))
    ids = [r[0] for r in rows[1:]]
    assert {"eu-ai-act", "kr-ai-basic-act", "eu-kr-dta"} <= set(ids) and ids == sorted(ids)
    topics = run("topics", "ai.transparency").stdout
    assert "ai.transparency.deepfakes" in topics and "data.flows" not in topics


def test_report_to_file_messages_on_stderr(tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    result = run("report", "eu-ai-act", "kr-ai-basic-act", "--date", DAY, "-o", str(target))
    assert result.exit_code == 0 and result.stdout == "" and "wrote" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!-- Generated by regalign")
    again = run("report", "eu-ai-act", "kr-ai-basic-act", "--date", DAY, "-o", str(target))
    assert again.exit_code == 0  # regalign's own output may be replaced


def test_report_never_clobbers_a_users_file(tmp_path: Path) -> None:
    mine = tmp_path / "notes.md"
    mine.write_text("my notes", encoding="utf-8")
    result = run("report", "EU", "KR", "--date", DAY, "-o", str(mine))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert mine.read_text(encoding="utf-8") == "my notes"


def test_report_into_missing_directory_is_explained(tmp_path: Path) -> None:
    result = run("report", "EU", "KR", "--date", DAY, "-o", str(tmp_path / "no" / "b.md"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


@pytest.mark.slow  # matplotlib draws the heatmap twice
def test_report_with_figure_is_reproducible(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    figures = tmp_path / "figures"
    figures.mkdir()
    out = tmp_path / "b.md"
    run(
        "report",
        "eu-ai-act",
        "kr-ai-basic-act",
        "--date",
        DAY,
        "-o",
        str(out),
        "--figures",
        str(figures),
    )
    first_md, first_png = out.read_bytes(), (figures / "divergence-heatmap.png").read_bytes()
    run(
        "report",
        "eu-ai-act",
        "kr-ai-basic-act",
        "--date",
        DAY,
        "-o",
        str(out),
        "--figures",
        str(figures),
    )
    assert (
        out.read_bytes() == first_md
        and (figures / "divergence-heatmap.png").read_bytes() == first_png
    )
    assert first_png.startswith(b"\x89PNG") and b"](figures/divergence-heatmap.png)" in first_md


def test_source_date_epoch_sets_the_report_date() -> None:
    by_env = run(
        "report",
        "eu-ai-act",
        "kr-ai-basic-act",
        env={"SOURCE_DATE_EPOCH": "1795737600", "REGALIGN_DATA": ""},
    )
    by_flag = run("report", "eu-ai-act", "kr-ai-basic-act", "--date", DAY)
    assert by_env.stdout == by_flag.stdout and "Prepared 27 Nov 2026" in by_env.stdout


def test_data_option_adds_user_frameworks() -> None:
    result = run(
        "--data",
        str(VALID),
        "compare",
        "test-eu-act",
        "test-kr-act",
        "--as-of",
        "2027-01-01",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert (
        abs(json.loads(result.stdout)["index"] - 0.772534) < 1e-5
    )  # docs/methodology.md, worked example


def test_data_errors_stop_commands_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: framework\n", encoding="utf-8")
    result = run("--data", str(bad), "frameworks")
    assert (
        result.exit_code == 1
        and "run `regalign validate`" in result.stderr
        and "E201" in result.stderr
    )


def test_method_file_overrides_weights(tmp_path: Path) -> None:
    method = tmp_path / "method.yaml"
    method.write_text("dimensions:\n  relation: 0\n  sanctions: 0\n", encoding="utf-8")
    result = run(
        "--data",
        str(VALID),
        "compare",
        "test-eu-act",
        "test-kr-act",
        "--as-of",
        "2027-01-01",
        "--method",
        str(method),
        "--format",
        "json",
    )
    payload = json.loads(result.stdout)
    labels = next(t for t in payload["topics"] if t["topic"] == "t.transparency.labels")
    magnitude = 1 - math.log10(15_000_000 / (30_000_000 / 1575.72)) / 3
    assert labels["score"] == pytest.approx(
        (0.20 + 0.10 + 0.10 + 0.05 + 0.10 + 0.05 + 0.10 * magnitude) / 0.75, abs=1e-6
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("thresholds:\n  aligned: 2\n", encoding="utf-8")
    result = run("compare", "EU", "KR", "--method", str(broken))
    assert result.exit_code == 2 and "E204" in result.stderr and "broken.yaml:2:12" in result.stderr


def test_report_follows_the_method_file_and_its_edits(tmp_path: Path) -> None:
    # The report caches its comparison under the method file's bytes: an edit must change the briefing.
    method = tmp_path / "method.yaml"
    common = (
        "--data",
        str(VALID),
        "report",
        "test-eu-act",
        "test-kr-act",
        "--date",
        "2027-01-01",
        "--method",
        str(method),
        "--detail",
        "summary",
    )
    method.write_text("thresholds:\n  aligned: 0.99\n  partially_aligned: 0.98\n", encoding="utf-8")
    strict = run(*common, env={"REGALIGN_DATA": "", "REGALIGN_CACHE": str(tmp_path / "cache")})
    method.write_text("thresholds:\n  aligned: 0.02\n  partially_aligned: 0.01\n", encoding="utf-8")
    lenient = run(*common, env={"REGALIGN_DATA": "", "REGALIGN_CACHE": str(tmp_path / "cache")})
    assert strict.exit_code == lenient.exit_code == 0, strict.output + lenient.output
    assert "0 aligned" in strict.stdout and "0 aligned" not in lenient.stdout
    fifo = tmp_path / "pipe.yaml"
    if hasattr(os, "mkfifo"):  # a FIFO as the method file is refused, not read until a writer comes
        os.mkfifo(fifo)
        refused = run(*common[:-4], "--method", str(fifo), env={"REGALIGN_DATA": ""})
        assert refused.exit_code == 2 and "not a regular file" in refused.stderr


def test_compare_help_says_what_becomes_of_a_shared_treaty() -> None:
    # Round 58, EU-KR (off page 1): the help said bilateral treaties count for both sides, while by
    # default they are reported as joint commitments (--include-shared counts them on both).
    out = CliRunner().invoke(cli, ["compare", "--help"]).output
    flat = " ".join(out.split())
    assert "counting for both" not in flat
    assert "reported as a joint commitment unless --include-shared" in flat
