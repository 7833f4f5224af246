"""Rules an announced, non-binding exception holds back today.

Korea's Government announced a grace period of at least a year from 22 Jan 2026 in which fact-finding
and administrative fines under the AI Basic Act are suspended. The law stands, so verdicts do not
move; but a page-1 row that cites Korea's fact-finding power or its fines says so (blind reading 54,
KR-JP: "enforcement powers" and "local representative ... backed by fines" read as biting today).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from regalign.comparisons.results import APPLIES, BEST_EFFORTS_LEVEL, Comparison, ProvisionRef
from regalign.reports.wording import day, in_sentence, number_words
from regalign.schema.derived import addressee_class, topics_meet
from regalign.schema.vocab import AddresseeClass, Comparator, Modality, QuantityKind

Suspension = Callable[[str, Iterable[str]], str]


def suspension_finder(result: Comparison) -> Suspension:
    """A function (side, topics) -> ', suspended in principle for now by the grace period for fact-finding and
    fines (KR AI fines grace period (announced))' for the side's soft exception applying today under
    any of the topics, or ''."""

    def find(side: str, topics: Iterable[str]) -> str:
        wanted = tuple(topics)
        for unit in result.topics:
            if not any(topics_meet(unit.topic_id, t) for t in wanted):
                continue
            for ref in unit.now.stance_a if side == "a" else unit.now.stance_b:
                if _holds_back(ref):
                    what = re.sub(r"\s*\([^)]*\)$", "", ref.provision.title)
                    return (
                        # 'suspended in principle': an announced policy leaves the authorities
                        # room for exceptional cases (round 66, KR-JP: the announcement keeps
                        # fact-finding for loss of life or human-rights violations).
                        f", suspended in principle for now by the {in_sentence(what)}"
                        f"{_how_long(ref)} "
                        f"({ref.framework.short_title})"
                    )
        return ""

    return find


def _how_long(ref: ProvisionRef) -> str:
    """', announced for at least a year from 22 Jan 2026, with no end date set': how long the
    restraint runs (round 62, KR-JP: "held back for now" left the reader asking until when)."""
    period = next(
        (q for q in ref.provision.quantities if q.kind is QuantityKind.TRANSITION_PERIOD), None
    )
    if period is None or ref.start is None:
        return ""
    length = (
        f"a {period.unit.rstrip('s')}"
        if period.value == 1
        else f"{number_words(int(period.value))} {period.unit}"
    )
    at_least = period.comparator is Comparator.AT_LEAST
    open_ended = (
        ", with no end date set" if at_least and ref.provision.applies_until is None else ""
    )
    return f", announced for {'at least ' if at_least else ''}{length} from {day(ref.start)}{open_ended}"


def _holds_back(ref: ProvisionRef) -> bool:
    """A soft exception that restrains the authorities themselves (a grace period for fines). One
    addressed to businesses is guidance on what the law exempts, and holds nothing back (round 57,
    EU-JP and EU-KR: "held back for now by the what the open-source exemptions cover", the
    Commission's reading of AI Act Art. 53(2), beside the copyright and incident duties it does not
    reach)."""
    return (
        ref.provision.modality is Modality.EXCEPTION
        and ref.force_level < BEST_EFFORTS_LEVEL
        and ref.status == APPLIES
        and addressee_class(ref.provision) is not AddresseeClass.OPERATOR
    )
