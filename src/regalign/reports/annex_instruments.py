"""Annex A of the briefing: each side's instruments, with their titles, force and status, and those
left out because they concern someone beyond the two sides."""

from __future__ import annotations

import re

from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.reports.briefing_parts import Sources
from regalign.reports.document import (
    Block,
    Heading,
    Paragraph,
    Section,
    Table,
    plain,
    run,
)
from regalign.reports.wording import JURISDICTION_NAMES, side_name
from regalign.schema.lifecycle import status_on
from regalign.schema.records import Framework
from regalign.schema.vocab import EnglishText, LegalForce

FORCE = {
    LegalForce.BINDING: "binding",
    LegalForce.VOLUNTARY: "voluntary",
    LegalForce.NON_BINDING: "non-binding",
}


def instruments(
    result: Comparison, corpus: Corpus, sources: Sources, detail: str = "full"
) -> Section:
    """Each side's instruments with their titles (the full briefing: in full; the standard one:
    without the list of acts an EU act amends)."""
    rows = []
    for side in (result.side_a, result.side_b):
        for framework_id in side.framework_ids:
            f = corpus.frameworks[framework_id]
            status = status_on(f, result.as_of)
            title = (f.title if detail == "full" else short_title_of(f.title)) + (
                f" ({f.title_original})" if _original_title_helps(f) else ""
            )
            where = "both sides" if framework_id in result.joint_instruments else side_name(side)
            rows.append(
                (
                    plain(f.short_title),
                    (
                        run(title + " "),
                        sources.cite(f.source_url, f.short_title),
                    ),
                    plain(where),
                    plain(f"{FORCE[f.legal_force]}, {status.value if status else 'not adopted'}"),
                )
            )
    unique = tuple(dict.fromkeys(rows))
    blocks: list[Block] = [
        Table(("Short title", "Full title", "Side", "Force and status"), unique, (2, 7, 2, 2))
    ]
    left_out = [
        (side, item)
        for side in (result.side_a, result.side_b)
        for item in side.left_out
        if item.framework_id in corpus.frameworks
    ]
    if left_out:
        blocks.append(
            Paragraph(
                plain(
                    "Left out because they concern someone beyond the two sides compared: "
                    + "; ".join(
                        f"{corpus.frameworks[item.framework_id].short_title} ({side_name(side)}: "
                        f"{_reason(item.reason)})"
                        for side, item in left_out
                    )
                    + "."
                )
            )
        )
    return Section(
        Heading(2, "Annex A. Instruments", "instruments"), tuple(blocks), collapsible=True
    )


_AMENDING = re.compile(r",? and (amending|repealing) (Regulations?|Directives?|Decisions?) ")


_NAMED = re.compile(r" (\([A-Z][A-Za-z -]+\))$")


# The document number has parentheses of its own: "(notified under document C(2019) 304)".
_NOTIFIED = re.compile(r" \(notified under document (?:[^()]|\([^()]*\))*\)")


def short_title_of(title: str) -> str:
    """An EU act's title without the list of the acts it amends or repeals, elided as lawyers do:
    'Regulation (EU) 2024/1689 [...] laying down harmonised rules on artificial intelligence […]
    (Artificial Intelligence Act)'. Other titles as they are."""
    title = _NOTIFIED.sub("", title)  # a filing reference, not part of what the act is
    found = _AMENDING.search(title)
    if not found or found.start() < 40:
        return title
    rest = title[found.end() :]
    if ", as amended by " in rest:  # which version was read matters: keep it
        return title[: found.start()] + " […]" + rest[rest.index(", as amended by ") :]
    named = _NAMED.search(rest)
    return title[: found.start()] + " […]" + (f" {named.group(1)}" if named else "")


def _original_title_helps(f: Framework) -> bool:
    """The title in its original language, where the English title is not authentic (or nobody
    recorded whether it is): a Korean act's Hangul title, never the German title of an EU act."""
    if not f.title_original or f.title_original == f.title:
        return False
    if f.authentic_languages:
        return "en" not in f.authentic_languages
    return f.original_language != "en" and f.english_text is not EnglishText.ORIGINAL


def _reason(reason: str) -> str:
    """'concerns JP' -> 'it concerns Japan'; 'a trade agreement with JP' -> 'a trade agreement with Japan'."""
    for code, name in JURISDICTION_NAMES.items():
        reason = reason.replace(f" {code}", f" {name}")
    # 'internal to the EU' already has its article (round 25: 'internal to the the EU').
    return reason.replace("the the ", "the ").replace("concerns ", "it concerns ")
