"""Data-quality rules every record of the bundled corpus must meet.

These tests read the corpus shipped in ``regalign/frameworks/data`` (taxonomy/, frameworks/,
crosswalks/) and check editorial rules that the schema and the loader's cross-record checks do not
enforce on their own: sourcing on official hosts, real summaries, Korean titles in Hangul, every
taxonomy topic in use, consistent dates, populated crosswalks, short quotes and unique pinpoints.

Each rule names the record to fix: per-provision rules run over every provision in one test (the
failure lists every record that breaks the rule); the others are parametrized per framework, topic or
crosswalk. A rule is never relaxed to make a record pass: fix the record instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

import pytest

from regalign.frameworks.loader import LoadResult, bundled_files, load
from regalign.frameworks.structure import validate_document
from regalign.frameworks.yamlsource import MAX_FILE_BYTES, parse_bytes
from regalign.schema.lifecycle import effective_date, event_date, status_on
from regalign.schema.records import CrosswalkDocument, Provision
from regalign.schema.vocab import EnglishText, EventType, Evidence, LegalForce, Status


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

# Hosts whose pages are the official text, or the official statement, of the issuing authority.
# A host matches itself and its subdomains. Decided from the URLs actually used in the data files:
#   EU      eur-lex.europa.eu (OJ and EUR-Lex), data.europa.eu (ELI), publications.europa.eu
#           (Publications Office), ec.europa.eu with digital-strategy.ec.europa.eu and
#           policy.trade.ec.europa.eu, commission.europa.eu, consilium.europa.eu, europarl.europa.eu
#           with oeil.europarl.europa.eu / oeil.secure.europarl.europa.eu (Legislative Observatory).
#   Korea   law.go.kr (National Law Information Center, www. included), elaw.klri.re.kr (the
#           government's English translations by KLRI), the ministries and commissions that issue
#           the instruments (msit.go.kr, pipc.go.kr, motie.go.kr and its FTA portal fta.go.kr) and the
#           government briefing portals korea.kr and korea.net.
#   Other   wetten.overheid.nl, the Dutch government's official publication of the authentic Dutch
#           text of the 2010 EU-Korea FTA (an authentic language of that treaty).
# Deliberately NOT official: github.com and raw.githubusercontent.com (machine copies; they belong
# in read_url), lexaris.io, law-firm sites, news sites, itwiki.kr, and public agencies that do not
# issue the instrument (trustesign.kisa.or.kr, investkorea.org).
OFFICIAL_HOSTS = (
    "eur-lex.europa.eu",
    "data.europa.eu",
    "publications.europa.eu",
    "ec.europa.eu",
    "commission.europa.eu",
    "consilium.europa.eu",
    "europarl.europa.eu",
    "law.go.kr",
    "elaw.klri.re.kr",
    "msit.go.kr",
    "pipc.go.kr",
    "motie.go.kr",
    "fta.go.kr",
    "korea.kr",
    "korea.net",
    "wetten.overheid.nl",
    # Japan: e-Gov law data, the Ministry of Justice translation database, ministries and the Diet.
    "e-gov.go.jp",
    "japaneselawtranslation.go.jp",
    "cao.go.jp",
    "kantei.go.jp",
    "soumu.go.jp",
    "meti.go.jp",
    "ppc.go.jp",
    "mofa.go.jp",
    "digital.go.jp",
    "shugiin.go.jp",
)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
MIN_SUMMARY_CHARS = 40
MAX_QUOTE_CHARS = 300
MIN_RELATIONS = {"ai-eu-kr": 20, "trade-eu-kr": 15}


def is_official(url: str | None) -> bool:
    """True when the URL's host is an official host or one of its subdomains."""
    if not url:
        return False
    host = (urlsplit(url).hostname or "").lower()
    return any(host == official or host.endswith("." + official) for official in OFFICIAL_HOSTS)


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


def test_official_host_helper() -> None:
    assert is_official("https://eur-lex.europa.eu/eli/reg/2024/1689/oj")
    assert is_official(
        "https://digital-strategy.ec.europa.eu/en/library/ethics-guidelines-trustworthy-ai"
    )
    assert is_official("https://policy.trade.ec.europa.eu/news/x")
    assert is_official("https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=1")
    assert is_official("https://www.law.go.kr/LSW/lsInfoP.do?lsiSeq=288781")
    assert not is_official("https://github.com/owner/repo/blob/sha/file.md")
    assert not is_official("https://raw.githubusercontent.com/owner/repo/main/file.json")
    assert not is_official("https://eur-lex.europa.eu.example.com/x")
    assert not is_official("https://notlaw.go.kr.evil.net/x")
    assert not is_official(None)


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


def test_provision_summary_is_real() -> None:
    every_provision(_check_provision_summary_is_real)


def _check_provision_summary_is_real(provision_id: str) -> None:
    p = provision(provision_id)
    summary = " ".join(p.summary.split())
    title = " ".join(p.title.split())
    assert len(summary) >= MIN_SUMMARY_CHARS, (
        f"{provision_id}: summary has {len(summary)} characters"
    )
    assert summary.casefold().rstrip(".") != title.casefold().rstrip("."), (
        f"{provision_id}: summary copies the title"
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


def test_provision_source_url_is_official_unless_evidence_is_weak() -> None:
    every_provision(_check_provision_source_url_is_official_unless_evidence_is_weak)


def _check_provision_source_url_is_official_unless_evidence_is_weak(provision_id: str) -> None:
    p = provision(provision_id)
    if p.evidence in (Evidence.SECONDARY, Evidence.UNVERIFIED):
        return
    assert is_official(p.source_url), (
        f"{provision_id}: evidence {p.evidence.value} but source_url {p.source_url} is not on an official host"
    )


def test_primary_provision_has_read_url_or_official_source() -> None:
    every_provision(_check_primary_provision_has_read_url_or_official_source)


def _check_primary_provision_has_read_url_or_official_source(provision_id: str) -> None:
    p = provision(provision_id)
    if p.evidence is not Evidence.PRIMARY:
        return
    assert p.read_url or is_official(p.source_url), (
        f"{provision_id}: primary evidence needs a read_url or an official source_url"
    )


def test_quote_is_short() -> None:
    every_provision(_check_quote_is_short)


def _check_quote_is_short(provision_id: str) -> None:
    p = provision(provision_id)
    if p.quote is None:
        return
    assert p.quote.strip(), f"{provision_id}: blank quote"
    assert len(p.quote) < MAX_QUOTE_CHARS, f"{provision_id}: quote has {len(p.quote)} characters"


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_no_duplicate_verified_pinpoints(framework_id: str) -> None:
    """Two provisions of one framework may share a pinpoint only if all but one are unverified."""
    by_pinpoint: dict[str, list[str]] = defaultdict(list)
    for pid in CORPUS.provisions_of(framework_id):
        p = provision(pid)
        if p.pinpoint is not None and p.pinpoint_verified:
            by_pinpoint[" ".join(p.pinpoint.split())].append(pid)
    duplicates = {pin: ids for pin, ids in by_pinpoint.items() if len(ids) > 1}
    assert duplicates == {}, (
        f"{framework_id}: verified pinpoints shared by several provisions: {duplicates}"
    )


# --- Frameworks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("framework_id", FRAMEWORK_IDS)
def test_framework_has_provisions_and_sources(framework_id: str) -> None:
    f = CORPUS.frameworks[framework_id]
    assert CORPUS.provisions_of(framework_id), f"{framework_id}: no provisions"
    assert f.source_url, f"{framework_id}: no source_url"
    if f.evidence is Evidence.PRIMARY:
        assert is_official(f.source_url), (
            f"{framework_id}: primary framework with unofficial source_url {f.source_url}"
        )


@pytest.mark.parametrize("framework_id", KR_FRAMEWORK_IDS)
def test_korean_framework_has_hangul_title_and_translated_english(framework_id: str) -> None:
    f = CORPUS.frameworks[framework_id]
    if f.title_original is None and f.evidence is not Evidence.PRIMARY:
        # A record resting on reports may lack the official title; it must then say so.
        assert any("title" in caveat for caveat in f.caveats), (
            f"{framework_id}: missing Korean title not explained"
        )
    else:
        assert f.title_original and HANGUL.search(f.title_original), (
            f"{framework_id}: Korean framework needs title_original in Hangul, got {f.title_original!r}"
        )
    assert f.english_text is not EnglishText.ORIGINAL, (
        f"{framework_id}: Korean text cannot be the English original"
    )
    assert f.original_language == "ko"


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
