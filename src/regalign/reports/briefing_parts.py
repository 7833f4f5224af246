"""What the parts of the briefing share: the extras the CLI computes, and the numbered sources.

``briefing.py`` builds the document from ``briefing_body.py`` and ``annexes.py``; these two types are
used by all three, so they live apart from any of them (no import goes round in a circle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regalign.reports.document import Run, cite, run

if TYPE_CHECKING:  # pragma: no cover - a cached comparison needs no history module at run time
    from regalign.comparisons.history import TimePoint


@dataclass(frozen=True)
class Extras:
    """What the CLI computes beside the comparison: the index on other dates, and an optional figure."""

    history: tuple[TimePoint, ...] = ()
    heatmap_svg: str = ""
    heatmap_png: str | None = None  # a relative path, for markdown


NO_EXTRAS = Extras()


@dataclass
class Sources:
    """Numbers every cited URL in order of first citation."""

    numbers: dict[str, int] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def cite(self, url: str | None, note: str) -> Run:
        if not url:
            return run("(no source recorded)")
        if url not in self.numbers:
            self.numbers[url] = len(self.numbers) + 1
            self.notes[url] = note
        return cite(self.numbers[url])
