"""What the parts of the briefing share: the extras the CLI computes, and the numbered sources.

``briefing.py`` builds the document from ``briefing_body.py`` and ``annexes.py``; these two types are
used by all three, so they live apart from any of them (no import goes round in a circle).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regalign.reports.document import Run, run
from regalign.reports.wording import and_list, language
from regalign.schema.records import Framework
from regalign.schema.sources import Source
from regalign.schema.vocab import SourceType

if TYPE_CHECKING:  # pragma: no cover - a cached comparison needs no history module at run time
    from regalign.comparisons.history import TimePoint


@dataclass(frozen=True)
class Extras:
    """What the CLI computes beside the comparison: the index on other dates, and an optional figure."""

    history: tuple[TimePoint, ...] = ()
    heatmap_svg: str = ""
    heatmap_png: str | None = None  # a relative path, for markdown


NO_EXTRAS = Extras()


# What a source is, in a reader's words (from the records' `sources` types); the short form marks a
# citation in the text wherever the source is not the official text itself.
SOURCE_WORDS = {
    SourceType.OFFICIAL_TEXT: ("official text", ""),
    SourceType.OFFICIAL_TRANSLATION: ("official translation", "official translation"),
    SourceType.OFFICIAL_SUMMARY: ("official summary, not the text itself", "official summary"),
    SourceType.CONSOLIDATED_COPY: ("consolidated copy of the text", "consolidated copy"),
    SourceType.VERBATIM_COPY: ("verbatim copy of the official text", "copy"),
    SourceType.UNOFFICIAL_TRANSLATION: ("unofficial translation", "unofficial translation"),
    SourceType.NEWS: ("secondary: news", "news"),
    SourceType.LAW_FIRM: ("secondary: law firm", "law firm"),
    SourceType.COMMENTARY: ("secondary: commentary", "commentary"),
}
UNKNOWN_KIND = ("kind of source not recorded", "source not described")


@dataclass
class Sources:
    """Numbers every cited URL in order of first citation: one URL, one number, whoever cites it.

    ``kinds`` maps a URL to the Source record that describes it (see :func:`source_index`); the
    sources annex says what each source is, and a citation of anything but the official text says
    so where it is cited ('[4, news]').
    """

    kinds: dict[str, tuple[Source, Framework]] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    cited_for: dict[str, list[str]] = field(default_factory=dict)

    def cite(self, url: str | None, instrument: str) -> Run:
        """The citation of ``url`` for ``instrument`` (its short title)."""
        if not url:
            return run("(no source recorded)")
        if url not in self.numbers:
            self.numbers[url] = len(self.numbers) + 1
        names = self.cited_for.setdefault(url, [])
        if instrument not in names:
            names.append(instrument)
        number = self.numbers[url]
        short = self.kind(url)[1]
        return ("cite", f"{number}, {short}" if short else str(number), f"source-{number}")

    def kind(self, url: str) -> tuple[str, str]:
        """(long, short) words for what the source at ``url`` is."""
        known = self.kinds.get(url)
        return SOURCE_WORDS.get(known[0].type, UNKNOWN_KIND) if known else UNKNOWN_KIND

    def describe(self, url: str) -> str:
        """'EU-Korea DTA: official text, in Danish' — who cites it, what it is, its language where a
        reader would not expect it (neither English nor a language of the instrument), and for a
        secondary source its publisher."""
        words = self.kind(url)[0]
        known = self.kinds.get(url)
        if known is not None:
            source, framework = known
            own = set(framework.authentic_languages) or {framework.original_language}
            if source.language and source.language not in own | {"en"}:
                words += f", in {language(source.language)}"
            if source.publisher and source.type in SECONDARY:
                words += f" ({source.publisher})"
        return f"{and_list(self.cited_for.get(url, []))}: {words}"


SECONDARY = frozenset(
    {SourceType.NEWS, SourceType.LAW_FIRM, SourceType.COMMENTARY, SourceType.OFFICIAL_SUMMARY}
)


def source_index(frameworks: Iterable[Framework]) -> dict[str, tuple[Source, Framework]]:
    """Every URL the frameworks' records describe, with the first description of it and its framework."""
    found: dict[str, tuple[Source, Framework]] = {}
    for framework in frameworks:
        for source in framework.sources:
            found.setdefault(str(source.url), (source, framework))
    return found
