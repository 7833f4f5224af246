"""A notebook that never drops data (issue 19): loaded data is what later calls use; short reprs
all the way down; one spelling of a unit; frames with side names, missing scores, ordered verdicts
and real dates; timeline(), diff() and a topic x pair frame."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import regalign
from regalign.cli import cli
from regalign.notebook import functions

AS_OF = "2026-11-27"
VALID = Path(__file__).parent / "data" / "valid"


@pytest.fixture(autouse=True)
def bundled_data_around_each_test():
    # Each test starts from the bundled corpus, whatever ran before it in this process (tests run
    # in any order, and in parallel workers), and leaves it loaded.
    regalign.load()
    yield
    regalign.load()


@pytest.fixture(scope="module")
def result():
    return regalign.compare("EU", "KR", as_of=AS_OF)


def test_loaded_data_is_what_later_calls_use() -> None:
    mine = regalign.load(VALID, bundled=False)
    assert set(mine.frameworks) == {"test-eu-act", "test-kr-act"}
    compared = regalign.compare("EU", "KR", as_of=AS_OF)
    assert {r.framework.id for t in compared.topics for r in t.now.stance_a} == {"test-eu-act"}
    assert regalign.matrix("EU", "KR", as_of=AS_OF).specs == ("EU", "KR")
    assert regalign.stances("EU", "KR", as_of=AS_OF).labels  # from the loaded taxonomy
    assert functions.data() == ((str(VALID),), False)
    # Back to the bundled corpus.
    regalign.load()
    assert "eu-ai-act" in {
        r.framework.id
        for t in regalign.compare("EU", "KR", as_of=AS_OF).topics
        for r in t.now.stance_a
    }


def test_the_same_numbers_as_the_command_line_with_the_same_data() -> None:
    regalign.load(VALID)  # the bundled corpus and the files
    mine = regalign.compare("test-eu-act", "test-kr-act", as_of=AS_OF)
    run = CliRunner().invoke(
        cli,
        [
            "--data",
            str(VALID),
            "compare",
            "test-eu-act",
            "test-kr-act",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ],
    )
    assert json.loads(run.output)["index"] == pytest.approx(mine.index, abs=1e-5)
    regalign.load()
    with pytest.raises(regalign.SideError):  # the files are no longer loaded
        regalign.compare("test-eu-act", "test-kr-act", as_of=AS_OF)


def test_a_failed_load_leaves_the_current_data_alone(tmp_path: Path) -> None:
    regalign.load(VALID, bundled=False)
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: framework\nframework: {id: x}\n", encoding="utf-8")
    with pytest.raises(regalign.CorpusError):
        regalign.load(bad)
    assert functions.data() == ((str(VALID),), False)


def test_a_side_without_law_of_its_own_is_a_clear_error() -> None:
    with pytest.raises(regalign.SideError, match="no instrument of its own"):
        regalign.timeline("EU", "SG")
    with pytest.raises(regalign.SideError, match="no instrument of its own"):
        regalign.topic_frame([("EU", "KR"), ("EU", "SG")], as_of=AS_OF)


def test_reprs_are_short_all_the_way_down(result) -> None:
    corpus = regalign.load()
    assert len(repr(corpus)) < 200 and repr(corpus).startswith("<Corpus: ")
    assert len(corpus._repr_html_()) < 50_000
    assert regalign.load() is corpus
    assert len(repr(corpus.frameworks["eu-ai-act"])) < 200
    assert len(repr(next(iter(corpus.provisions.values())))) < 200
    unit = result.topic("ai.prohibited-practices")
    assert repr(unit).startswith(
        "<TopicResult ai.prohibited-practices (Prohibited practices): only EU"
    )
    assert len(unit._repr_html_()) < 5_000
    parts = [unit, unit.now, unit.adopted, result.side_a, result.side_b, *result.joint[:3]]
    parts += [p for t in result.topics for p in t.adopted.pairs][:20]
    parts += [r for t in result.topics for r in t.adopted.stance_a][:20]
    for part in parts:
        assert len(repr(part)) < 300, repr(part)[:400]
    assert max(len(repr(t)) for t in result.topics) < 300
    for value in (
        regalign.timeline("EU", "KR"),
        regalign.diff("EU", "KR", "2026-01-01", "2028-01-01"),
        regalign.crosswalk("EU", "KR"),
        regalign.matrix("EU", "KR", as_of=AS_OF),
        regalign.stances("EU", "KR", as_of=AS_OF),
        regalign.explain("EU", "KR", "ai.transparency", as_of=AS_OF),
    ):
        assert len(repr(value)) < 200 and len(value._repr_html_()) < 100_000


def test_views_equal_the_plain_results(result) -> None:
    from regalign.api import Service
    from regalign.comparisons.results import TopicResult

    plain = Service().compare("EU", "KR", as_of=AS_OF)
    assert result.topics == plain.topics and plain.topics[0] == result.topics[0]
    assert isinstance(result.topics[0], TopicResult) and hash(result.topics[0].adopted.stance_b[0])


def test_one_spelling_of_a_unit_everywhere(result) -> None:
    general = next(t.unit_id for t in result.topics if t.is_general)
    assert general.endswith("#general")
    table = CliRunner().invoke(cli, ["compare", "EU", "KR", "--as-of", AS_OF, "--format", "csv"])
    units_csv = [row[0] for row in csv.reader(io.StringIO(table.output))][1:]
    payload = json.loads(
        CliRunner()
        .invoke(cli, ["compare", "EU", "KR", "--as-of", AS_OF, "--format", "json"])
        .output
    )
    assert general in units_csv and general in [t["unit"] for t in payload["topics"]]
    assert not any("(general)" in u for u in units_csv)
    assert general in [r["unit"] for r in result.to_records()]
    assert regalign.explain("EU", "KR", general, as_of=AS_OF).topics[0].unit_id == general


def test_frames_name_the_sides_leave_silence_missing_and_order_verdicts(result) -> None:
    pandas = pytest.importorskip("pandas")
    frame = result.to_frame()
    assert list(frame["verdict"].cat.categories) == [
        "not-yet",
        "not-compared",
        "only EU",
        "only KR",
        "divergent",
        "partially-aligned",
        "aligned",
    ]
    assert frame["verdict"].cat.ordered and frame["verdict_adopted"].cat.ordered
    assert "only-a" not in set(frame["verdict"]) and "only KR" in set(frame["verdict"])
    one_sided = frame[frame["verdict"].isin(["only EU", "only KR"])]
    assert len(one_sided) and one_sided["score"].isna().all()
    both = frame[frame["verdict"] >= "divergent"]
    assert both["score"].notna().all()
    # A mean over topics both address, not dragged down by zeros for silence.
    assert frame["score"].mean() == pytest.approx(both["score"].mean())
    assert str(frame["adopted_from"].dtype).startswith("datetime64")
    assert all(isinstance(d, pandas.Timestamp) for d in frame["adopted_from"].dropna())
    assert "borderline" in frame.columns and "fragile" not in frame.columns


def test_timeline_diff_and_a_topic_by_pair_frame() -> None:
    pandas = pytest.importorskip("pandas")
    timeline = regalign.timeline("EU", "KR")
    frame = timeline.to_frame()
    assert isinstance(frame.index, pandas.DatetimeIndex) and frame.index.is_monotonic_increasing
    assert {"index", "aligned", "only EU", "only KR"} <= set(frame.columns)
    changes = regalign.diff("EU", "KR", "2026-01-01", "2028-01-01")
    table = changes.to_frame()
    assert len(table) == len(changes.changes) > 0 and table["after"].cat.ordered
    assert changes.before.as_of.isoformat() == "2026-01-01"
    grid = regalign.topic_frame([("EU", "KR"), ("EU", "JP"), ("KR", "JP")], as_of=AS_OF)
    assert list(grid.columns) == ["label", "EU vs KR", "EU vs JP", "KR vs JP"]
    assert grid.index.name == "unit" and grid["EU vs KR"].dtype == "float64"
    eu_kr = regalign.compare("EU", "KR", as_of=AS_OF)
    unit = eu_kr.topic("ai.transparency.synthetic-content")
    assert grid.loc[unit.unit_id, "EU vs KR"] == pytest.approx(unit.score)
    assert (
        grid.loc["ai.prohibited-practices", "EU vs KR"]
        != grid.loc["ai.prohibited-practices", "EU vs KR"]
    )  # NaN
    verdicts = regalign.topic_frame([("EU", "KR")], value="verdict_adopted", as_of=AS_OF)
    assert verdicts.loc["ai.prohibited-practices", "EU vs KR"] == "only EU"
    with pytest.raises(ValueError, match="value must be one of"):
        regalign.topic_frame([("EU", "KR")], value="index")
