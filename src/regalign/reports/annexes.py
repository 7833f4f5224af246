"""Annexes of the briefing, in order: instruments (A), provisions side by side (B), timeline (C),
method (D), sources (E) and caveats (F). Each annex but the sources has its own module.
"""

from __future__ import annotations

from datetime import date

from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.reports.annex_caveats import caveats
from regalign.reports.annex_instruments import instruments
from regalign.reports.annex_method import method
from regalign.reports.annex_provisions import provisions
from regalign.reports.annex_timeline import timeline
from regalign.reports.briefing_parts import Extras, Sources
from regalign.reports.document import Heading, Items, Section, link, plain, run


def annexes(
    result: Comparison,
    corpus: Corpus,
    extras: Extras,
    detail: str,
    sources: Sources,
    prepared: date,
) -> list[Section]:
    """Every annex, collapsible in HTML."""
    found = [
        instruments(result, corpus, sources, detail),
        provisions(result, corpus, detail, sources),
        timeline(result, extras),
        method(result),
    ]
    found.append(
        Section(Heading(2, "Annex E. Sources", "sources"), (_sources(sources),), collapsible=True)
    )
    found.append(caveats(result, corpus, prepared, detail))
    return found


def _sources(sources: Sources) -> Items:
    if not sources.numbers:
        return Items((plain("No source cited."),))
    return Items(
        tuple(
            (run(f"[{n}] {sources.describe(url)}: "), link(url, url))
            for url, n in sorted(sources.numbers.items(), key=lambda item: item[1])
        )
    )
