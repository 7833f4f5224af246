"""Sides and stances: which instruments a side holds, and which of their provisions apply on a date."""

from __future__ import annotations

import difflib
from datetime import date
from typing import Iterable, Optional

from regalign.comparisons.results import (
    APPLIES,
    EXPIRED,
    NOT_YET_ADOPTED,
    PENDING,
    SCHEDULED,
    ProvisionRef,
    Side,
)
from regalign.frameworks.corpus import Corpus
from regalign.schema.lifecycle import effective_date, status_on
from regalign.schema.records import Framework, Provision
from regalign.schema.vocab import LegalForce, Modality, Status

# Legal force of one provision: how binding the rule is (see docs/methodology.md).
BINDING, BEST_EFFORTS, SOFT, NONE = 3, 2, 1, 0
FORCE_LABELS = {BINDING: "binding", BEST_EFFORTS: "best-efforts", SOFT: "voluntary", NONE: "non-binding"}


class SideError(ValueError):
    """A side that is neither a framework id nor a jurisdiction code; carries close matches."""

    def __init__(self, spec: str, suggestions: list[str]) -> None:
        self.spec = spec
        self.suggestions = suggestions
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"{spec!r} is neither a framework id nor a jurisdiction code{hint}")


def resolve_side(corpus: Corpus, spec: str, counterparts: Iterable[str] = ()) -> Side:
    """Resolve a framework id or jurisdiction code (e.g. 'EU', 'KR') into a Side.

    A jurisdiction side holds the instruments the jurisdiction is party to that involve no one
    beyond the sides being compared (``counterparts``): its domestic acts and the treaties it
    shares with a counterpart, but not its treaties with third countries.
    """
    if spec in corpus.frameworks:
        framework = corpus.frameworks[spec]
        return Side(spec, framework.short_title, "framework", (spec,), frozenset(framework.jurisdictions))
    code = spec.upper()
    if code in corpus.jurisdictions:
        allowed = {code}.union(*(_parties(corpus, other) for other in counterparts))
        ids = tuple(fid for fid in corpus.jurisdictions[code]
                    if set(corpus.frameworks[fid].jurisdictions) <= allowed)
        return Side(spec, code, "jurisdiction", ids, frozenset({code}))
    raise SideError(spec, suggest(spec, [*corpus.frameworks, *corpus.jurisdictions]))


def _parties(corpus: Corpus, spec: str) -> set[str]:
    if spec in corpus.frameworks:
        return set(corpus.frameworks[spec].jurisdictions)
    code = spec.upper()
    return {code} if code in corpus.jurisdictions else set()


def suggest(word: str, candidates: Iterable[str]) -> list[str]:
    """Up to three close matches, case-insensitively."""
    pool = {c.lower(): c for c in candidates}
    return [pool[m] for m in difflib.get_close_matches(word.lower(), list(pool), n=3, cutoff=0.5)]


def provision_status(framework: Framework, provision: Provision, day: date) -> str:
    """Whether a provision applies on a day, or why not."""
    status = status_on(framework, day)
    if status is None or status is Status.PROPOSED:
        return NOT_YET_ADOPTED
    if status is Status.REPEALED:
        return EXPIRED
    if framework.legal_force is LegalForce.BINDING and status is not Status.IN_FORCE:
        # A unit with its own later start date (staged, or inserted by an amendment) is not yet pending.
        return PENDING if provision.applies_from is None else SCHEDULED
    start = provision.applies_from or effective_date(framework)
    if start is not None and start > day:
        return SCHEDULED
    if provision.applies_until is not None and provision.applies_until < day:
        return EXPIRED
    return APPLIES


def force_level(framework: Framework, provision: Provision, status: str, pending_as_binding: bool) -> int:
    """How binding a provision is: binding 3, best-efforts 2, voluntary or pending 1, non-binding 0."""
    if framework.legal_force is LegalForce.NON_BINDING:
        return NONE
    if framework.legal_force is LegalForce.VOLUNTARY:
        return SOFT
    if status == PENDING and not pending_as_binding:
        return SOFT
    if provision.modality is Modality.BEST_EFFORTS:
        return BEST_EFFORTS
    if provision.modality is Modality.RECOMMENDATION:
        return SOFT
    return BINDING


def force_label(framework: Framework, level: int, status: str) -> str:
    """A reader's label for the force level."""
    if status == PENDING:
        return "pending (not in force)" if level != BINDING else "pending, counted as binding"
    if framework.legal_force is LegalForce.BINDING and level == SOFT:
        return "recommendation in a binding act"
    return FORCE_LABELS[level]


def in_scope(topic: str, prefix: Optional[str]) -> bool:
    """Whether a topic falls under the prefix (or there is no prefix)."""
    return prefix is None or topic == prefix or topic.startswith(prefix + ".")


def side_provisions(corpus: Corpus, side: Side, day: date, prefix: Optional[str],
                    pending_as_binding: bool) -> list[ProvisionRef]:
    """The side's provisions that apply (or are pending) on the day, under the topic prefix."""
    refs: list[ProvisionRef] = []
    for framework_id in side.framework_ids:
        framework = corpus.frameworks[framework_id]
        for provision_id in corpus.provisions_of(framework_id):
            provision = corpus.provisions[provision_id]
            if not any(in_scope(t, prefix) for t in provision.topics):
                continue
            status = provision_status(framework, provision, day)
            if status not in (APPLIES, PENDING):
                continue
            level = force_level(framework, provision, status, pending_as_binding)
            refs.append(ProvisionRef(provision_id, framework, provision, status, level,
                                     force_label(framework, level, status)))
    return refs


def stances_by_topic(refs: Iterable[ProvisionRef], prefix: Optional[str]) -> dict[str, list[ProvisionRef]]:
    """Group provisions under each topic they are tagged with (a provision may sit under several)."""
    grouped: dict[str, list[ProvisionRef]] = {}
    for ref in refs:
        for topic in ref.provision.topics:
            if in_scope(topic, prefix):
                grouped.setdefault(topic, []).append(ref)
    return grouped
