"""The notebook API: records, dicts, DataFrames, short reprs, ISO dates, the in-process corpus memo."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime

import pytest

import regalign

AS_OF = "2026-11-27"


@pytest.fixture(scope="module")
def result() -> regalign.Comparison:
    return regalign.compare("EU", "KR", as_of=AS_OF)


def test_iso_strings_dates_and_datetimes_give_the_same_comparison(result) -> None:
    assert regalign.compare("EU", "KR", as_of=date(2026, 11, 27)).to_dict() == result.to_dict()
    assert regalign.compare("EU", "KR", as_of=datetime(2026, 11, 27, 15, 0)).as_of == date(
        2026, 11, 27
    )
    with pytest.raises(ValueError, match="not an ISO date"):
        regalign.compare("EU", "KR", as_of="27/11/2026")
    with pytest.raises(TypeError):
        regalign.compare("EU", "KR", as_of=20261127)  # type: ignore[arg-type]  # the wrong type is the test


def test_repr_is_short_and_html_is_escaped(result) -> None:
    assert (
        repr(result)
        == f"<Comparison EU vs KR as of {AS_OF}: index {result.index:.2f}, {len(result.topics)} units>"
    )
    page = result._repr_html_()
    assert page.startswith("<div>") and "<table>" in page and len(page) < 200_000
    assert "&lt;Comparison EU vs KR" in page
    for value in (
        regalign.matrix("EU", "KR", as_of=AS_OF),
        regalign.stances("EU", "KR", as_of=AS_OF),
        regalign.explain("EU", "KR", "ai.transparency", as_of=AS_OF),
        regalign.crosswalk("EU", "KR"),
    ):
        assert len(repr(value)) < 200


def test_records_and_dict(result) -> None:
    records = result.to_records()
    assert len(records) == len(result.topics)
    assert records[0]["unit"] == result.topics[0].unit_id
    assert json.loads(json.dumps(records)) == records
    payload = result.to_dict()
    assert payload["kind"] == "comparison" and payload["as_of"] == AS_OF
    assert json.loads(json.dumps(payload)) == payload


def test_frames(result) -> None:
    pandas = pytest.importorskip("pandas")
    frame = result.to_frame()
    assert isinstance(frame, pandas.DataFrame) and frame.index.name == "unit"
    assert (
        frame.loc["ai.transparency.synthetic-content", "verdict"]
        == result.topic("ai.transparency.synthetic-content").verdict
    )
    square = regalign.matrix("EU", "KR", "eu-ai-act", as_of=AS_OF).to_frame()
    assert list(square.columns) == ["EU", "KR", "eu-ai-act"] and square.loc["EU", "EU"] == 1
    assert square.loc["EU", "KR"] == square.loc["KR", "EU"]
    tidy = regalign.stances("EU", "KR", as_of=AS_OF, topic="ai.transparency").to_frame()
    assert set(tidy["side"]) == {"EU", "KR"}
    assert len(regalign.crosswalk("EU", "KR").to_frame()) == len(
        regalign.crosswalk("EU", "KR").rows
    )


def test_explain_takes_real_keywords() -> None:
    found = regalign.explain(
        "eu-ai-act", "kr-ai-basic-act", "ai.transparency.synthetic-content", as_of=AS_OF
    )
    assert found.topics[0].verdict
    with pytest.raises(TypeError):
        regalign.explain("eu-ai-act", "kr-ai-basic-act", "ai.transparency", as_off=AS_OF)  # type: ignore[call-arg]  # the misspelling is the test


def test_errors_are_exported() -> None:
    with pytest.raises(regalign.SideError) as caught:
        regalign.compare("EU", "KRR", as_of=AS_OF)
    assert "KR" in caught.value.suggestions
    assert issubclass(regalign.PandasUnavailable, ImportError)
    assert issubclass(regalign.CorpusError, Exception)


def test_compare_reuses_the_loaded_corpus(monkeypatch) -> None:
    from regalign.frameworks import sources

    regalign.load()
    calls = []
    real = sources.read_sources
    monkeypatch.setattr(sources, "read_sources", lambda *a, **k: calls.append(a) or real(*a, **k))
    first = regalign.compare("eu-ai-act", "kr-ai-basic-act", as_of=AS_OF)
    second = regalign.compare("eu-ai-act", "kr-ai-basic-act", as_of=AS_OF)
    assert calls == [] and first.to_dict() == second.to_dict()


def test_an_edited_file_is_reloaded(tmp_path) -> None:
    from tests.conftest import VALID

    for path in VALID.glob("*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    first = regalign.load(tmp_path, bundled=False)
    assert regalign.load(tmp_path, bundled=False) is first
    target = tmp_path / "taxonomy.yaml"
    target.write_text(target.read_text() + "\n# edited\n")
    assert regalign.load(tmp_path, bundled=False) is not first


def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_the_core_never_imports_pandas() -> None:
    code = (
        "import sys, regalign\n"
        f"r = regalign.compare('EU', 'KR', as_of='{AS_OF}')\n"
        "r.to_records(); r.to_dict(); repr(r); r._repr_html_()\n"
        "regalign.crosswalk('EU', 'KR').to_sssom()\n"
        "print('pandas' in sys.modules)\n"
    )
    assert _python(code).strip().splitlines()[-1] == "False"


@pytest.mark.slow  # a second interpreter with matplotlib
def test_heatmap_leaves_the_callers_backend_alone() -> None:
    pytest.importorskip("matplotlib")
    code = (
        "import matplotlib\n"
        "matplotlib.use('svg')\n"
        "import matplotlib.pyplot as plt\n"
        "import regalign\n"
        "from regalign.reports.figures import heatmap_png\n"
        f"png = heatmap_png(regalign.compare('eu-ai-act', 'kr-ai-basic-act', as_of='{AS_OF}'))\n"
        "print(matplotlib.get_backend(), png[:4] == b'\\x89PNG', len(plt.get_fignums()))\n"
    )
    assert _python(code).strip().splitlines()[-1] == "svg True 0"


def test_html_views_keep_no_terminal_or_invisible_character(tmp_path) -> None:
    from tests.conftest import VALID

    for source in VALID.glob("*.yaml"):
        text = source.read_text(encoding="utf-8")
        text = text.replace(
            "    pinpoint: Art. 31(2)", '    pinpoint: "Art. 31(2)\\e[31m\\a\\u202e\\U000E0041"'
        ).replace("    label: Labels\n", '    label: "Labels\\e[31m\\a\\u202e\\U000E0041"\n')
        (tmp_path / source.name).write_text(text, encoding="utf-8")
    corpus = regalign.load(tmp_path, bundled=False)
    pair = ("test-eu-act", "test-kr-act")
    views = [
        regalign.compare(*pair, corpus=corpus, as_of="2027-01-01"),
        regalign.explain(*pair, "t.transparency.labels", corpus=corpus, as_of="2027-01-01"),
    ]
    for view in views:
        page = view._repr_html_()
        assert "Art. 31(2)" in page or "Labels" in page
        assert not [c for c in ("\x1b", "\x07", "\u202e", "\U000e0041") if c in page]
