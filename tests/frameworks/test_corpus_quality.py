"""Data-quality rules every record of the bundled corpus must meet.

These tests read the corpus shipped in ``regalign/frameworks/data`` (taxonomy/, frameworks/,
crosswalks/). The rules on each record a curator needs to meet (real summaries, sources on official
hosts, short quotes, unique verified pinpoints, titles in the text's language) are validator warnings
(W410-W414, ``frameworks/editorial.py``, each with a fixture under tests/data/invalid), and one test
here asserts that the bundled corpus raises none of them. What is left here are rules about the corpus
as a whole: every taxonomy topic in use, consistent dates, populated crosswalks.

Each rule names the record to fix: per-provision rules run over every provision in one test (the
failure lists every record that breaks the rule); the others are parametrized per framework, topic or
crosswalk. A rule is never relaxed to make a record pass: fix the record instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from importlib import resources

import pytest

from regalign.frameworks.loader import LoadResult, load
from regalign.frameworks.sources import bundled_files
from regalign.frameworks.structure import validate_document
from regalign.frameworks.yamlsource import MAX_FILE_BYTES, parse_bytes
from regalign.schema.lifecycle import effective_date, event_date, status_on
from regalign.schema.records import CrosswalkDocument, Provision
from regalign.schema.vocab import EventType, Evidence, LegalForce, Status


@lru_cache(maxsize=1)
def bundled() -> LoadResult:
    """The bundled corpus alone: REGALIGN_DATA is ignored so that a user's files cannot leak in."""
    return load(use_env=False)


CORPUS = bundled().corpus
FRAMEWORK_IDS = sorted(CORPUS.frameworks)
PROVISION_IDS = sorted(CORPUS.provisions)
TOPIC_IDS = sorted(CORPUS.topics)
KR_FRAMEWORK_IDS = sorted(fid for fid, f in CORPUS.frameworks.items() if f.jurisdictions == ("KR",))

# Warnings the bundled corpus may carry: a provision whose pinpoint no source confirmed is recorded
# honestly as unverified (W402). Any other warning, and every error, is a defect.
ALLOWED_WARNINGS = {"W402"}

MIN_RELATIONS = {"ai-eu-kr": 20, "trade-eu-kr": 15}


def provision(provision_id: str) -> Provision:
    return CORPUS.provisions[provision_id]


def crosswalk_documents() -> dict[str, CrosswalkDocument]:
    """The bundled crosswalk files validated on their own, before the loader drops dangling relations."""
    documents: dict[str, CrosswalkDocument] = {}
    for source in bundled_files():
        raw, problem = source.read(MAX_FILE_BYTES)
        assert problem is None and raw is not None, f"{source.name}: {problem}"
        parsed = parse_bytes(raw, source.name)
        if isinstance(parsed.data, dict) and parsed.data.get("kind") == "crosswalk":
            document = validate_document(parsed)
            assert isinstance(document, CrosswalkDocument), f"{source.name}: {parsed.issues}"
            documents[document.crosswalk.id] = document
    return documents


CROSSWALKS = crosswalk_documents()


# --- Loading -------------------------------------------------------------------------------------


def test_bundled_corpus_loads_without_errors() -> None:
    result = bundled()
    assert result.user_files == []
    assert result.errors == [], "\n".join(issue.as_text() for issue in result.errors)
    unexpected = [issue for issue in result.issues if issue.code not in ALLOWED_WARNINGS]
    assert unexpected == [], "\n".join(issue.as_text() for issue in unexpected)


def test_the_bundled_corpus_meets_the_editorial_rules() -> None:
    """Validated as a curator validates (W410-W414: real summaries, official sources, short quotes,
    one record per verified pinpoint, titles in the text's language), it gives only W402."""
    result = load(use_env=False, editorial=True)
    unexpected = [issue for issue in result.issues if issue.code not in ALLOWED_WARNINGS]
    assert unexpected == [], "\n".join(issue.as_text() for issue in unexpected)
    assert len(result.issues) == len(bundled().issues)


def test_every_bundled_file_contributes_records() -> None:
    """Each framework file yields a framework and each crosswalk file a crosswalk (none was dropped)."""
    data = resources.files("regalign.frameworks") / "data"
    framework_files = [
        p for p in (data / "frameworks").iterdir() if p.name.endswith((".yaml", ".yml"))
    ]
    crosswalk_files = [
        p for p in (data / "crosswalks").iterdir() if p.name.endswith((".yaml", ".yml"))
    ]
    assert len(CORPUS.frameworks) == len(framework_files) > 0
    assert set(CORPUS.crosswalks) == set(CROSSWALKS) and len(CROSSWALKS) == len(crosswalk_files) > 0


def test_unverified_pinpoint_warnings_match_the_records() -> None:
    """W402 is raised once per provision whose pinpoint is unverified, and for nothing else."""
    warned = [issue for issue in bundled().issues if issue.code == "W402"]
    unverified = [pid for pid, p in CORPUS.provisions.items() if not p.pinpoint_verified]
    assert len(warned) == len(unverified)


# --- Provisions ----------------------------------------------------------------------------------


def every_provision(check: Callable[[str], None]) -> None:
    """Run a per-provision rule on every provision: the failure lists every record that breaks it."""
    failures = []
    for provision_id in PROVISION_IDS:
        try:
            check(provision_id)
        except AssertionError as exc:
            failures.append(f"{provision_id}: {exc}")
    assert failures == [], "\n".join(failures)


def test_provision_has_pinpoint_or_is_marked_unverified() -> None:
    every_provision(_check_provision_has_pinpoint_or_is_marked_unverified)


def _check_provision_has_pinpoint_or_is_marked_unverified(provision_id: str) -> None:
    p = provision(provision_id)
    assert p.pinpoint is not None or p.pinpoint_verified is False, (
        f"{provision_id}: no pinpoint, so pinpoint_verified must be false"
    )
    if p.pinpoint is not None:
        assert p.pinpoint.strip() == p.pinpoint and p.pinpoint, (
            f"{provision_id}: blank or padded pinpoint"
        )


def test_provision_has_topics_evidence_and_source() -> None:
    every_provision(_check_provision_has_topics_evidence_and_source)


def _check_provision_has_topics_evidence_and_source(provision_id: str) -> None:
    p = provision(provision_id)
    assert len(p.topics) >= 1
    assert all(topic in CORPUS.topics for topic in p.topics), (
        f"{provision_id}: unknown topic in {p.topics}"
    )
    assert len(set(p.topics)) == len(p.topics), f"{provision_id}: repeated topic"
    assert isinstance(p.evidence, Evidence)
    assert p.source_url, f"{provision_id}: no source_url"


# --- Frameworks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_framework_has_provisions_and_sources(framework_id: str) -> None:
    f = CORPUS.frameworks[framework_id]
    assert CORPUS.provisions_of(framework_id), f"{framework_id}: no provisions"
    assert f.source_url, f"{framework_id}: no source_url"


def test_there_are_korean_frameworks() -> None:
    assert {"kr-ai-basic-act", "kr-ai-basic-act-decree", "kr-pipa"} <= set(KR_FRAMEWORK_IDS)


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_framework_status_matches_its_events(framework_id: str) -> None:
    f = CORPUS.frameworks[framework_id]
    assert status_on(f, f.checked) is f.status, (
        f"{framework_id}: status {f.status.value} but events give {status_on(f, f.checked)} on {f.checked}"
    )
    assert f.checked <= date.today(), f"{framework_id}: checked date {f.checked} is in the future"


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_provisions_do_not_apply_before_the_framework_counts(framework_id: str) -> None:
    """applies_from is not before entry into force (binding) or adoption/signature/publication (otherwise)."""
    f = CORPUS.frameworks[framework_id]
    in_force = event_date(f, EventType.ENTRY_INTO_FORCE)
    start = in_force if f.legal_force is LegalForce.BINDING and in_force else effective_date(f)
    if f.status is Status.PROPOSED:
        assert start is None, f"{framework_id}: a proposal with a date from which it counts"
        return  # a draft counts from no date; its provisions are left out of every stance
    assert start is not None, f"{framework_id}: no event fixes when it starts to count"
    for pid in CORPUS.provisions_of(framework_id):
        p = provision(pid)
        if p.applies_from is not None:
            assert p.applies_from >= start, f"{pid}: applies from {p.applies_from}, before {start}"
        if p.applies_from is not None and p.applies_until is not None:
            assert p.applies_until >= p.applies_from, f"{pid}: applies_until before applies_from"


@pytest.mark.parametrize(
    "provision_id", [pid for pid in PROVISION_IDS if provision(pid).application_history]
)
def test_application_history_chains(provision_id: str) -> None:
    history = provision(provision_id).application_history
    for change in history:
        assert change.original != change.new, f"{provision_id}: a change that moves nothing"
        assert change.amended_by.strip()
    for earlier, later in zip(history, history[1:]):
        assert later.original == earlier.new, (
            f"{provision_id}: {later.original} does not follow {earlier.new}"
        )
    assert history[-1].new == provision(provision_id).applies_from, (
        f"{provision_id}: last change gives {history[-1].new}, applies_from is {provision(provision_id).applies_from}"
    )


# --- Taxonomy ------------------------------------------------------------------------------------


@pytest.mark.parametrize("topic_id", TOPIC_IDS)
def test_every_topic_is_used(topic_id: str) -> None:
    """The topic, or one of its descendants, tags at least one provision."""
    family = set(CORPUS.descendants(topic_id))
    assert topic_id in family
    users = [pid for pid, p in CORPUS.provisions.items() if family.intersection(p.topics)]
    assert users, f"topic {topic_id!r} and its descendants tag no provision"


# --- Crosswalks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("crosswalk_id", sorted(CROSSWALKS))
def test_crosswalk_endpoints_exist(crosswalk_id: str) -> None:
    document = CROSSWALKS[crosswalk_id]
    missing = [
        (r.source, r.target)
        for r in document.relations
        if r.source not in CORPUS.provisions or r.target not in CORPUS.provisions
    ]
    assert missing == [], f"{crosswalk_id}: relations with unknown endpoints: {missing}"
    loaded = [r for r in CORPUS.relations if r.crosswalk_id == crosswalk_id]
    assert len(loaded) == len(document.relations)


@pytest.mark.parametrize("crosswalk_id", sorted(MIN_RELATIONS))
def test_crosswalk_is_populated_and_justified(crosswalk_id: str) -> None:
    assert crosswalk_id in CROSSWALKS, f"crosswalk {crosswalk_id!r} is not bundled"
    relations = CROSSWALKS[crosswalk_id].relations
    assert len(relations) >= MIN_RELATIONS[crosswalk_id], (
        f"{crosswalk_id}: only {len(relations)} relations"
    )
    blank = [(r.source, r.target) for r in relations if not r.justification.strip()]
    assert blank == [], f"{crosswalk_id}: relations without a justification: {blank}"
    for r in relations:
        assert r.source != r.target
        assert CORPUS.framework_of(r.source).id != CORPUS.framework_of(r.target).id, (
            f"{crosswalk_id}: {r.source} -> {r.target} relates two provisions of one framework"
        )
