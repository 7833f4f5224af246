"""Which provisions speak for a stance, in what order, and how they are cited ('EU AI Act Arts 9, 10
and 11; AI Basic Act Art. 34(1)').

Split from wording.py (tenth sitting): the choice and order of citations is one job, the words for
verdicts and dates another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from regalign.comparisons.results import ProvisionRef
from regalign.comparisons.scoring import sanction_class
from regalign.reports.wording import and_list
from regalign.schema.vocab import Modality

INTENSITY_ORDER = {
    Modality.PROHIBITION: 5,
    Modality.OBLIGATION: 4,
    Modality.RIGHT: 4,
    Modality.BEST_EFFORTS: 3,
    Modality.RECOMMENDATION: 2,
}


def strongest(refs: Sequence[ProvisionRef]) -> ProvisionRef:
    """The most binding, most demanding provision: a rule before a penalty backing it, and among
    penalties the best-sanctioned (sixth sitting, EU-KR: the GDPR's penalties read "penalty regime
    left to Member States", Art. 84, beside Art. 83(5)'s own turnover fines); ties broken by id,
    for stable output."""
    return max(
        refs,
        key=lambda r: (
            r.force_level,
            INTENSITY_ORDER.get(r.provision.modality, 0),
            not r.provision.sanctions,
            max((sanction_class(s) for s in r.provision.sanctions), default=0),
            r.id,
        ),
    )


def key_refs(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The provisions that carry a stance: those at its highest force, most demanding first."""
    if not refs:
        return []
    top = max(r.force_level for r in refs)
    return [r for r in by_force(refs) if r.force_level == top]


def by_force(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """Every provision of a stance, the most binding first, then the most demanding."""
    return sorted(
        refs,
        key=lambda r: (
            -r.force_level,
            -INTENSITY_ORDER.get(r.provision.modality, 0),
            citation_order(r),
        ),
    )


def citation_order(ref: ProvisionRef) -> tuple:  # type: ignore[type-arg]  # mixed int/str key
    """Sort key that puts Art. 50 before Art. 111 and recitals and annexes after articles."""
    pinpoint = ref.provision.pinpoint or ""
    numbers = tuple(int(n) for n in re.findall(r"\d+", pinpoint)[:3])
    late = not pinpoint.startswith("Art")
    return (ref.framework.id, late, numbers, pinpoint, ref.id)


def pinpoints(refs: Iterable[ProvisionRef], limit: int | None = 4, instrument: bool = True) -> str:
    """'EU AI Act Arts 9, 10 and 11; AI Basic Act Art. 34(1)' — grouped by instrument, at most ``limit``
    items, a run of three or more consecutive points of one paragraph as one ('Art. 5(1)(a)-(g)')."""
    cited = [
        (ref.framework.short_title, ref.pinpoint or ref.provision.title)
        for ref in dict.fromkeys(refs)
    ]
    listed = point_runs(cited)
    groups: dict[str, list[str]] = {}
    for title, pinpoint in listed[:limit] if limit else listed:
        groups.setdefault(title, []).append(pinpoint)
    more = len(listed) - limit if limit and len(listed) > limit else 0
    phrases = []
    for title, items in groups.items():
        phrase = join_pinpoints(items, last_and=not more or title != list(groups)[-1])
        phrases.append(f"{title} {phrase}" if instrument else phrase)
    return "; ".join(phrases) + (f" and {more} more" if more else "")


# 'Art. 5(1)(a)': the paragraph, and one point lettered or numbered.
_POINT = re.compile(r"\A(Art\. [0-9]+[a-z-]*[0-9]*\([0-9]+[a-z]?\))\(([a-z]|[0-9]+)\)\Z")


def point_runs(items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(instrument, pinpoint) items with each run of three or more consecutive points of one
    paragraph of one instrument written as a range: 'Art. 5(1)(a)' ... 'Art. 5(1)(g)' ->
    'Art. 5(1)(a)-(g)'. Round 86, EU-KR: "Arts 5(1)(a), 5(1)(b) and 5 more" left a reader to guess
    which of the eight bans was not meant (Art. 5(1)(h), on law-enforcement use, binds the state)."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str, str]] = []  # (instrument, paragraph, point)

    def close() -> None:
        if len(run) >= 3:
            out.append((run[0][0], f"{run[0][1]}({run[0][2]})-({run[-1][2]})"))
        else:
            out.extend((title, f"{para}({point})") for title, para, point in run)
        run.clear()

    for title, pinpoint in items:
        found = _POINT.match(pinpoint)
        if found and run and (run[-1][0], run[-1][1]) == (title, found.group(1)):
            if _next_point(run[-1][2]) == found.group(2):
                run.append((title, found.group(1), found.group(2)))
                continue
        close()
        if found:
            run.append((title, found.group(1), found.group(2)))
        else:
            out.append((title, pinpoint))
    close()
    return out


def _next_point(point: str) -> str:
    """'b' after 'a', '4' after '3'."""
    return str(int(point) + 1) if point.isdigit() else chr(ord(point) + 1)


def join_pinpoints(items: Sequence[str], last_and: bool = True) -> str:
    """['Art. 9', 'Art. 10'] -> 'Arts 9 and 10' (or 'Arts 9, 10' when more follow); others as written."""
    join = and_list if last_and else (lambda xs: ", ".join(xs))
    if len(items) > 1 and all(item.startswith("Art. ") for item in items):
        return "Arts " + join([item[5:] for item in items])
    return join(list(items))
