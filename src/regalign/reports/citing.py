"""How a sentence cites a provision: the act and pinpoint, at most ``LIMIT`` per side, and the
dates of a pair whose rules are adopted but not yet applicable."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import (
    APPLIES,
    Pair,
    ProvisionRef,
)
from regalign.reports.citations import key_refs, pinpoints
from regalign.reports.wording import day, possessive

LIMIT = 2  # pinpoints per side in a sentence


def cite(ref: ProvisionRef) -> str:
    return f"{ref.framework.short_title} {ref.pinpoint}"


def beside(ref: ProvisionRef) -> str:
    """The citation beside the provision's own title: without the title again when there is no pinpoint."""
    if ref.provision.pinpoint is None:
        return f"{ref.framework.short_title}, no verified pinpoint"
    return cite(ref)


def cited_pinpoints(refs: Sequence[ProvisionRef], limit: int = LIMIT) -> str:
    """The pinpoints of the provisions that carry a stance, at most ``limit``."""
    return pinpoints(key_refs(refs), limit)


def pair_dates(pair: Pair, a: str, b: str) -> str:
    """'; the EU's rule applies from 2 Dec 2027' for a rule of the pair adopted but not yet applicable."""
    notes = []
    for label, ref in ((a, pair.a), (b, pair.b)):
        if ref.status != APPLIES:
            when = f"applies from {day(ref.start)}" if ref.start else "is not yet in force"
            notes.append(f"{possessive(label)} {when}")
    return f"; {' and '.join(notes)}" if notes else ""
