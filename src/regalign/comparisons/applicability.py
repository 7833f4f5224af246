"""When a provision applies: its own date, the dates of the provisions it depends on, and two horizons.

*Now* holds what applies on the as-of date (and pending treaties, at reduced force). *As adopted*
holds every adopted rule, each from its own application date, and pending instruments as if in
force, but not a rule the adopted law ends later (its ``applies_until``). A provision with ``depends_on`` applies from the latest of its own date and theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from regalign.comparisons.results import APPLIES, EXPIRED, NOT_YET_ADOPTED, PENDING, SCHEDULED
from regalign.frameworks.corpus import Corpus
from regalign.schema.lifecycle import effective_date, status_on
from regalign.schema.records import Framework, Provision
from regalign.schema.vocab import LegalForce, Status

NOW = "now"
ADOPTED = "adopted"
HORIZONS = (NOW, ADOPTED)


@dataclass
class Starts:
    """Effective start dates of provisions, following depends_on links (memoised per corpus)."""

    corpus: Corpus
    _cache: dict[str, date | None] = field(default_factory=dict)

    def own(self, framework: Framework, provision: Provision) -> date | None:
        """The unit's own first day: applies_from, else the instrument's entry into force (None: not fixed)."""
        return provision.applies_from or effective_date(framework)

    def start(self, provision_id: str) -> date | None:
        """The first day the provision applies, given what it depends on; None when no date is fixed."""
        if provision_id in self._cache:  # the usual case: a provision meets many dates and units
            return self._cache[provision_id]
        # Iterative post-order walk (a long chain cannot overflow the stack); a node on the current
        # path again is a cycle, which validation rejects (E317): its date is then not fixed.
        stack: list[tuple[str, bool]] = [(provision_id, False)]
        on_path: set[str] = set()
        while stack:
            node, done = stack.pop()
            if node in self._cache or node not in self.corpus.provisions:
                continue
            provision = self.corpus.provisions[node]
            if not done:
                if node in on_path:
                    self._cache[node] = None
                    continue
                on_path.add(node)
                stack.append((node, True))
                stack.extend((dep, False) for dep in provision.depends_on if dep not in self._cache)
                continue
            on_path.discard(node)
            day = self.own(self.corpus.framework_of(node), provision)
            for dep in provision.depends_on:
                other = self._cache.get(dep) if dep in self.corpus.provisions else day
                day = None if (day is None or other is None) else max(day, other)
            self._cache[node] = day
        return self._cache.get(provision_id)

    def moved_by_dependency(self, provision_id: str) -> bool:
        """True when a depends_on link pushes the start past the unit's own date."""
        provision = self.corpus.provisions[provision_id]
        own = self.own(self.corpus.framework_of(provision_id), provision)
        start = self.start(provision_id)
        return start is not None and own is not None and start > own


def status(framework: Framework, provision: Provision, start: date | None, day: date) -> str:
    """Whether a provision applies on a day, or why not (pending, scheduled, not yet adopted, expired)."""
    lifecycle = status_on(framework, day)
    if lifecycle is None or lifecycle is Status.PROPOSED:
        return NOT_YET_ADOPTED
    if lifecycle is Status.REPEALED:
        return EXPIRED
    if provision.applies_until is not None and provision.applies_until < day:
        return EXPIRED
    if framework.legal_force is LegalForce.BINDING and lifecycle is not Status.IN_FORCE:
        # Adopted or signed but not in force. A unit with its own later date, or of an instrument
        # whose entry into force is fixed, is scheduled; only one with no date fixed is pending (a
        # signed treaty). Round 34, EU-KR: the AI Basic Act, promulgated with its entry into force
        # set for 22 Jan 2026, counted 'today' on 6 Dec 2025 as a pending instrument.
        fixed = provision.applies_from is not None or (start is not None and start > day)
        return SCHEDULED if fixed else PENDING
    if start is not None and start > day:
        return SCHEDULED
    if start is None and provision.depends_on:
        return PENDING  # follows a provision whose date is not fixed
    return APPLIES


def counts_at(horizon: str, state: str, ends: date | None = None) -> bool:
    """Whether a provision in this state belongs to a stance at the horizon. As adopted, a provision
    the adopted law ends on a later date (``applies_until``, e.g. an article an amending act deletes)
    no longer counts: that horizon is the rulebook once every adopted change has taken effect."""
    if horizon == NOW:
        return state in (APPLIES, PENDING)
    return state in (APPLIES, PENDING, SCHEDULED) and (ends is None or ends == date.max)
