"""Scope-aware rows: which instruments outside a side also hold rules on a topic.

A side made of chosen instruments (``eu-ai-act`` against ``kr-ai-basic-act``) can leave out the
instrument that holds a topic's substance (Korea's compute threshold sits in the Enforcement
Decree, not the Act). A row then says so, so that a narrower pair never seems to contradict the
jurisdiction-wide briefing without a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from regalign.comparisons.results import Side
from regalign.comparisons.sides import beyond_the_pair, counts_for
from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import Evidence, LegalForce, Sector


def outside_instruments(
    corpus: Corpus, side: Side, counterpart: Side, topics: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """Topic id -> ids of the side's jurisdiction's binding instruments, outside the side, tagged with it.

    Only a framework or selection side can leave something out; a jurisdiction side holds all of its
    instruments that concern the pair. Joint instruments, instruments about third countries and
    guidance (which elaborates rules rather than making them) do not count.
    """
    wanted = set(topics)
    if side.kind == "jurisdiction" or not wanted:
        return {}
    allowed = set(side.parties) | set(counterpart.parties)
    held = set(side.framework_ids)
    found: dict[str, set[str]] = {}
    for framework_id, framework in corpus.frameworks.items():
        if framework_id in held or not set(framework.jurisdictions) <= set(side.parties):
            continue
        if framework.legal_force is not LegalForce.BINDING:
            continue
        if beyond_the_pair(framework, allowed):
            continue
        for provision_id in corpus.provisions_of(framework_id):
            for topic in corpus.provisions[provision_id].topics:
                if topic in wanted:
                    found.setdefault(topic, set()).add(framework_id)
    return {topic: tuple(sorted(ids)) for topic, ids in found.items()}


def sectors_out_of_reach(
    corpus: Corpus, side: Side, dropped: frozenset[str], topics: Iterable[str]
) -> dict[str, str]:
    """Topic id -> the topic's sector, for the topics of a sector (``Topic.sector``) of which the side
    holds no instrument (``Framework.sectors``).

    Korea's Credit Information Act bans re-outsourcing credit-data processing; Japan's financial
    laws are not in the corpus, so Japan's silence on financial-sector rules is the corpus's reach,
    not Japan's law (round 27, KR-JP), and the unit is not compared.
    """
    held = held_sectors(corpus, side, dropped)
    found: dict[str, str] = {}
    for topic_id in topics:
        sector = topic_sector(corpus, topic_id)
        if sector is not None and sector not in held:
            found[topic_id] = sector.value
    return found


def held_sectors(corpus: Corpus, side: Side, dropped: frozenset[str]) -> frozenset[Sector]:
    """The sectors of which the side holds an instrument (``Framework.sectors``)."""
    return frozenset(
        sector
        for framework_id in side.framework_ids
        if framework_id not in dropped
        for sector in corpus.frameworks[framework_id].sectors
    )


def topic_sector(corpus: Corpus, topic_id: str) -> Sector | None:
    """The sector of a topic, or of its nearest ancestor that has one."""
    topic = corpus.topics.get(topic_id)
    while topic is not None:
        if topic.sector is not None:
            return topic.sector
        topic = corpus.topics.get(topic.parent) if topic.parent else None
    return None


def unread_changes(corpus: Corpus, unread: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Topic id -> the earliest unread record with its own date among ``unread`` (an adopted change
    nobody read: APPI Act No. 56 of 2026, whose wording was never found), by date then id."""
    found: dict[str, tuple[date, str]] = {}
    for topic_id, ids in unread.items():
        for pid in ids:
            start = corpus.provisions[pid].applies_from
            if start is not None and (topic_id not in found or (start, pid) < found[topic_id]):
                found[topic_id] = (start, pid)
    return {topic_id: pid for topic_id, (_, pid) in found.items()}


def unread_provisions(
    corpus: Corpus, side: Side, dropped: frozenset[str], topics: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    """Topic id -> ids of the side's provisions on it that are recorded but were not read.

    Such a record (evidence ``unverified``: a placeholder for a chapter of penalties nobody has read)
    is left out of the comparison, so a row must not say the side has no rules there: it says
    the side's rules were not compared.
    """
    wanted = set(topics)
    found: dict[str, set[str]] = {}
    for framework_id in side.framework_ids:
        framework = corpus.frameworks[framework_id]
        for provision_id in corpus.provisions_of(framework_id):
            provision = corpus.provisions[provision_id]
            if provision.evidence is not Evidence.UNVERIFIED:
                continue
            if not counts_for(side, framework, provision, dropped):
                continue
            for topic in provision.topics:
                if topic in wanted:
                    found.setdefault(topic, set()).add(provision_id)
    return {topic: tuple(sorted(ids)) for topic, ids in found.items()}
