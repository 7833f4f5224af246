"""Side selections are bounded, and resolving one takes time linear in its length (issue 20)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from regalign.cli import cli
from regalign.comparisons import sides
from regalign.comparisons.sides import MAX_SPEC, MAX_TERMS, SideError, resolve_side
from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import load


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load().corpus


def test_a_long_selection_is_refused_with_a_short_message(corpus: Corpus) -> None:
    spec = "EU" + "~KR" * 3000  # 9 KB: took 16 s and 3.5 GB
    with pytest.raises(SideError) as caught:
        resolve_side(corpus, spec, ["KR"])
    assert len(str(caught.value)) < 200 and f"{MAX_SPEC:,}" in str(caught.value)


def test_too_many_terms_are_refused(corpus: Corpus) -> None:
    spec = "EU" + "~KR" * MAX_TERMS
    assert len(spec) <= MAX_SPEC
    with pytest.raises(SideError, match=f"at most {MAX_TERMS} terms"):
        resolve_side(corpus, spec, ["KR"])
    assert resolve_side(corpus, "EU" + "~KR" * (MAX_TERMS - 1), ["KR"]).framework_ids


def test_resolution_indexes_the_corpus_once_whatever_the_length(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = []
    original = Corpus.jurisdictions

    def counted(self: Corpus) -> dict:
        built.append(1)
        return original.fget(self)

    monkeypatch.setattr(Corpus, "jurisdictions", property(counted))
    long_a = "+".join(["EU", "KR"] * 40)
    long_b = "+".join(["KR", "eu-ai-act"] * 40)
    side = resolve_side(corpus, long_a, [long_b])
    assert side.kind == "selection" and len(built) == 1
    assert sides.parties_of(corpus, long_b) == {"EU", "KR"}


def test_the_cli_says_the_bound_as_a_usage_error() -> None:
    done = CliRunner().invoke(
        cli, ["compare", "EU" + "~KR" * 3000, "KR"], env={"REGALIGN_DATA": ""}
    )
    assert done.exit_code == 2 and len(done.output) < 600


def test_an_instrument_internal_to_its_party_is_left_out_against_another() -> None:
    # Round 17, EU-KR: the Free Flow Regulation bars localisation between Member States only, and
    # made two "only the EU" topics against Korea.
    corpus = load(use_env=False).corpus
    side = resolve_side(corpus, "EU", ["KR"])
    assert "eu-free-flow-data-regulation" not in side.framework_ids
    left = {item.framework_id: item.reason for item in side.left_out}
    assert left["eu-free-flow-data-regulation"] == "internal to the EU (among its own members)"
    # Named on its own it is still compared.
    named = resolve_side(corpus, "eu-free-flow-data-regulation", ["KR"])
    assert named.framework_ids == ("eu-free-flow-data-regulation",)
