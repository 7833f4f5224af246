"""Coming dates: provisions that start to apply after the as-of date, future events, pending instruments."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from regalign.comparisons.applicability import Starts, status
from regalign.comparisons.results import PENDING, SCHEDULED, Side, TimelineEntry
from regalign.comparisons.sides import counts_for, in_scope
from regalign.frameworks.corpus import Corpus
from regalign.schema.lifecycle import status_on
from regalign.schema.vocab import Evidence, LegalForce, Status


def timeline(
    corpus: Corpus,
    sides: Iterable[Side],
    dropped: Iterable[frozenset[str]],
    starts: Starts,
    as_of: date,
    prefix: str | None,
) -> list[TimelineEntry]:
    """Entries sorted by date (undated pending instruments last), then framework."""
    entries: list[TimelineEntry] = []
    seen: set[str] = set()
    for side, drop in zip(sides, dropped):
        for framework_id in side.framework_ids:
            if framework_id in seen:
                continue
            seen.add(framework_id)
            entries.extend(
                _framework_entries(corpus, side, drop, framework_id, starts, as_of, prefix)
            )
    return sorted(
        entries, key=lambda e: (e.date is None, e.date or date.max, e.framework_id, e.what)
    )


def _framework_entries(
    corpus: Corpus,
    side: Side,
    drop: frozenset[str],
    framework_id: str,
    starts: Starts,
    as_of: date,
    prefix: str | None,
) -> list[TimelineEntry]:
    framework = corpus.frameworks[framework_id]
    entries: list[TimelineEntry] = []
    for event in framework.events:
        if event.date > as_of:
            what = event.event.value.replace("-", " ")
            if event.instrument:
                what += f" ({event.instrument})"
            entries.append(
                TimelineEntry(
                    event.date,
                    framework_id,
                    framework.short_title,
                    what,
                    evidence=event.evidence.value,
                )
            )
    lifecycle = status_on(framework, as_of)
    if framework.legal_force is LegalForce.BINDING and lifecycle in (Status.ADOPTED, Status.SIGNED):
        entries.append(
            TimelineEntry(
                None,
                framework_id,
                framework.short_title,
                f"{lifecycle.value}, not yet in force: pending",
                evidence=framework.evidence.value,
            )
        )
    starts_on: dict[tuple[date, str, str], list[str]] = {}
    for provision_id in corpus.provisions_of(framework_id):
        provision = corpus.provisions[provision_id]
        if not any(in_scope(t, prefix) for t in provision.topics):
            continue
        if framework_id in drop and provision.party_term is None:
            pass  # a joint commitment: its dates still matter to both sides
        elif not counts_for(side, framework, provision, drop):
            continue
        start = starts.start(provision_id)
        if (
            status(framework, provision, start, as_of) not in (SCHEDULED, PENDING)
            or start is None
            or start <= as_of
        ):
            continue
        moved = provision.application_history[-1] if provision.application_history else None
        if provision.evidence is Evidence.UNVERIFIED:
            # Round 22, EU-JP: an adopted change whose wording was never read is listed as such;
            # its evidence column speaks of the date, not of the text.
            note = "an amendment whose wording was not read"
        elif starts.moved_by_dependency(provision_id):
            own = starts.own(framework, provision)
            note = FOLLOWS if own is not None and own <= as_of else LATER
        else:
            note = f"moved from {moved.original} by {moved.amended_by}" if moved else ""
        evidence = _date_evidence(corpus, provision_id, note in (FOLLOWS, LATER)).value
        starts_on.setdefault((start, note, evidence), []).append(
            provision.pinpoint or provision.title
        )
    for (day, note, evidence), pinpoints in starts_on.items():
        # A provision whose own date has passed takes effect when what it depends on starts: it
        # does not 'start to apply' then (rounds 35 and 37: AI Act Arts 43, 47-49 follow Art. 6(2)).
        what = (
            f"takes effect ({note})"
            if note == FOLLOWS
            else "starts to apply" + (f" ({note})" if note else "")
        )
        entries.append(
            TimelineEntry(
                day, framework_id, framework.short_title, what, tuple(pinpoints), evidence
            )
        )
    return entries


FOLLOWS = "its own date has passed; it follows the provisions it depends on"
LATER = "follows the provisions it depends on"


def _date_evidence(corpus: Corpus, provision_id: str, follows: bool) -> Evidence:
    """How sure a date is: the provision's own, or for one that follows others the weakest of its
    own and theirs (round 35, EU-KR: a date taken from an amendment read only in secondary sources
    was labelled 'primary' on the provisions that follow it)."""
    provision = corpus.provisions[provision_id]
    levels = [provision.date_evidence]
    if follows:
        levels += [
            corpus.provisions[d].date_evidence
            for d in provision.depends_on
            if d in corpus.provisions
        ]
    order = (Evidence.UNVERIFIED, Evidence.SECONDARY, Evidence.PRIMARY)
    return min(levels, key=order.index)
