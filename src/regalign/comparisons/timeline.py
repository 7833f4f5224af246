"""Coming dates: provisions that start to apply after the as-of date, future events, pending instruments."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from regalign.comparisons.results import PENDING, SCHEDULED, Side, TimelineEntry
from regalign.comparisons.sides import in_scope, provision_status
from regalign.frameworks.corpus import Corpus
from regalign.schema.lifecycle import status_on
from regalign.schema.vocab import LegalForce, Status


def timeline(corpus: Corpus, sides: Iterable[Side], as_of: date, prefix: Optional[str]) -> list[TimelineEntry]:
    """Entries sorted by date (undated pending instruments last), then framework."""
    entries: list[TimelineEntry] = []
    seen: set[str] = set()
    for side in sides:
        for framework_id in side.framework_ids:
            if framework_id in seen:
                continue
            seen.add(framework_id)
            entries.extend(_framework_entries(corpus, framework_id, as_of, prefix))
    return sorted(entries, key=lambda e: (e.date is None, e.date or date.max, e.framework_id, e.what))


def _framework_entries(corpus: Corpus, framework_id: str, as_of: date, prefix: Optional[str]) -> list[TimelineEntry]:
    framework = corpus.frameworks[framework_id]
    entries: list[TimelineEntry] = []
    for event in framework.events:
        if event.date > as_of:
            what = event.event.value.replace("-", " ")
            if event.instrument:
                what += f" ({event.instrument})"
            entries.append(TimelineEntry(event.date, framework_id, framework.short_title, what,
                                         evidence=event.evidence.value))
    status = status_on(framework, as_of)
    if framework.legal_force is LegalForce.BINDING and status in (Status.ADOPTED, Status.SIGNED):
        entries.append(TimelineEntry(None, framework_id, framework.short_title,
                                     f"{status.value}, not yet in force: pending", evidence=framework.evidence.value))
    starts: dict[tuple[date, str, str], list[str]] = {}
    for provision_id in corpus.provisions_of(framework_id):
        provision = corpus.provisions[provision_id]
        if not any(in_scope(t, prefix) for t in provision.topics):
            continue
        if provision_status(framework, provision, as_of) not in (SCHEDULED, PENDING):
            continue
        if provision.applies_from is None or provision.applies_from <= as_of:
            continue
        moved = provision.application_history[-1] if provision.application_history else None
        note = f"moved from {moved.original} by {moved.amended_by}" if moved else ""
        evidence = moved.evidence.value if moved else provision.evidence.value
        starts.setdefault((provision.applies_from, note, evidence), []).append(provision.pinpoint or provision.title)
    for (day, note, evidence), pinpoints in starts.items():
        what = "starts to apply" + (f" ({note})" if note else "")
        entries.append(TimelineEntry(day, framework_id, framework.short_title, what, tuple(pinpoints), evidence))
    return entries
