"""Annex C of the briefing: the coming dates, and the index on every date a rule starts to apply."""

from __future__ import annotations

from regalign.comparisons.results import Comparison
from regalign.reports.briefing_parts import Extras
from regalign.reports.document import (
    Block,
    Heading,
    Paragraph,
    Section,
    Table,
    Text,
    plain,
)
from regalign.reports.wording import day


def timeline(result: Comparison, extras: Extras) -> Section:
    """Coming dates, and the index on every date a rule started or will start to apply."""
    blocks: list[Block] = []
    if result.timeline:
        rows: tuple[tuple[Text, ...], ...] = tuple(
            (
                plain(day(e.date) if e.date else "not fixed"),
                plain(e.framework),
                plain(e.what),
                plain(
                    ", ".join(e.pinpoints[:6])
                    + (f" and {len(e.pinpoints) - 6} more" if len(e.pinpoints) > 6 else "")
                    or "—"
                ),
                plain(e.evidence),
            )
            for e in result.timeline
        )
        blocks.append(
            Table(("Date", "Instrument", "What", "Provisions", "Evidence"), rows, (2, 3, 4, 4, 2))
        )
    else:
        blocks.append(Paragraph(plain(f"No coming dates after {day(result.as_of)}.")))
    if extras.history:
        # Every date in the past year is listed (blind reading round 9, KR-JP: the table showed only
        # the year-earlier row under a heading promising the dates rules start to apply); those the
        # index was not computed for carry a dash (the timeline command gives it for every date).
        rows = tuple(
            (
                plain(day(p.date)),
                plain("—" if p.index is None else f"{p.index:.2f}"),
                plain(
                    "; ".join(
                        f"{c.framework} ({len(c.pinpoints)}{'' if c.read else ', not read'})"
                        for c in p.changes
                    )
                    or ("a year before this briefing" if p.date < result.as_of else "")
                ),
            )
            for p in extras.history
        )
        blocks.append(
            Paragraph(
                plain(
                    "Dates when rules start to apply, with the alignment index where it was "
                    "computed (number of provisions in brackets):"
                )
            )
        )
        blocks.append(Table(("Date", "Index", "What starts to apply"), rows, (2, 1, 8)))
    return Section(Heading(2, "Annex C. Timeline", "timeline"), tuple(blocks), collapsible=True)
