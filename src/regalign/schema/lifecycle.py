"""Where an instrument stands on a given day, derived from its dated events."""

from __future__ import annotations

from datetime import date

from regalign.schema.records import Framework
from regalign.schema.vocab import EventType, Status

# The status an event moves an instrument to; events not listed leave the status alone.
EVENT_STATUS = {
    EventType.PROPOSED: Status.PROPOSED,
    EventType.ADOPTED: Status.ADOPTED,
    EventType.PROMULGATED: Status.ADOPTED,
    EventType.PUBLISHED: Status.ADOPTED,
    EventType.SIGNED: Status.SIGNED,
    EventType.ENTRY_INTO_FORCE: Status.IN_FORCE,
    EventType.REPEALED: Status.REPEALED,
}
STATUS_RANK = {
    Status.PROPOSED: 0,
    Status.ADOPTED: 1,
    Status.SIGNED: 2,
    Status.IN_FORCE: 3,
    Status.REPEALED: 4,
}


def status_on(framework: Framework, day: date) -> Status | None:
    """The furthest status the framework's events reach on or before ``day``, or None."""
    best: Status | None = None
    for event in framework.events:
        status = EVENT_STATUS.get(event.event)
        if (
            status is not None
            and event.date <= day
            and (best is None or STATUS_RANK[status] > STATUS_RANK[best])
        ):
            best = status
    return best


def event_date(framework: Framework, *kinds: EventType) -> date | None:
    """The earliest date of any of the given kinds of event."""
    dates = [e.date for e in framework.events if e.event in kinds]
    return min(dates) if dates else None


def effective_date(framework: Framework) -> date | None:
    """When the instrument starts to count: entry into force, or else adoption, signature or publication."""
    return event_date(framework, EventType.ENTRY_INTO_FORCE) or event_date(
        framework, EventType.ADOPTED, EventType.PROMULGATED, EventType.SIGNED, EventType.PUBLISHED
    )
