"""The words of a verdict in a matrix cell or a topic's status line: 'aligned (0.78)', 'only the EU,
from 2 Dec 2027 (more of its rules from 2 Aug 2028)', 'not compared (Japan's rules here may change,
in wording not read)'; shared by the matrix and the topic sections."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import (
    APPLIES,
    BEST_EFFORTS_LEVEL,
    NOT_YET,
    ONLY_A,
    ONLY_B,
    Assessment,
    CapApplied,
    Comparison,
    TopicResult,
)
from regalign.reports import amounts
from regalign.reports.method_words import cap_short, telling
from regalign.reports.text import verdict_score
from regalign.reports.wording import day, pending_note, possessive, rests_on_soft_law, verdict_words
from regalign.schema.vocab import LegalForce


def verdict_bounds(result: Comparison) -> tuple[float, float]:
    """The method's verdict thresholds, for :func:`regalign.reports.text.verdict_score`."""
    thresholds = result.method.thresholds
    return (thresholds.partially_aligned, thresholds.aligned)


def verdict_cell(assessed: Assessment, a: str, b: str, bounds: Sequence[float] = ()) -> str:
    """'aligned (0.78)', 'divergent — fine ceilings 788 times apart', 'only Korea'; 'borderline'
    when varied weights move the verdict."""
    words = verdict_words(assessed.verdict, a, b)
    # Guidance on every side that speaks is said in the cell (round 58, KR-JP: "prohibited
    # practices: only Japan" on a voluntary guideline; round 57, EU-JP: ethics topics "aligned" on
    # non-binding texts on both sides, page 1 not saying so).
    speaking = [*assessed.stance_a, *assessed.stance_b]
    # Guidance: an instrument that binds nobody (a statutory principle or a rule pending is not).
    guidance = bool(speaking) and all(
        r.framework.legal_force is not LegalForce.BINDING for r in speaking
    )
    if not assessed.scored:
        return words + (" (guidance only)" if guidance and assessed.speaker else "")
    # A cap that holds the verdict down says why; so does one that fires where nothing was paired,
    # since a bare 0.00 reads as "nothing in common" (round 40, EU-KR: right to complain, where the
    # two sides' rules are on different matters).
    held = telling(
        [
            c
            for c in assessed.caps
            if c.bound == assessed.verdict
            and (assessed.uncapped != assessed.verdict or not assessed.pairs)
        ]
    )
    text = (
        f"{words} ({_held_words(assessed, held[0])})"
        if held
        else f"{words} ({verdict_score(assessed.score, bounds)})"
    )
    # A verdict whose pairs all set soft law against soft law says so, as the figures' count of
    # such topics does (round 63, EU-KR: "aligned (0.69)" on the HLEG guidelines against Korea's
    # ethics standards, beside an unpaired framework article).
    soft = not guidance and rests_on_soft_law(assessed)
    return (
        text
        + (", borderline" if assessed.fragile else "")
        + (", guidance only" if guidance else "")
        + (", on guidance or principles alone" if soft else "")
    )


def _held_words(assessed: Assessment, cap: CapApplied) -> str:
    """A cap in a few words; for numbers, the ratio measured ('fine ceilings about 788 times apart')."""
    if cap.name not in ("magnitude-gap", "magnitude-chasm"):
        return cap_short(cap)
    read = [
        (g, p) for i, p in enumerate(assessed.pairs) for g in p.own_gaps if i == 0 or g.a.measure
    ]
    if not read:
        return cap_short(cap)
    widest, pair = max(read, key=lambda item: (item[0].orders, item[0].kind.value))
    # The same words as the sentence on page 1 ('at least' where the real gap can only be wider).
    return f"{widest.kind.value.replace('-', ' ')}s {amounts.ratio_words(widest, pair, assessed)}"


def adopted_cell(unit: TopicResult, a: str, b: str, bounds: Sequence[float]) -> str:
    text = verdict_cell(unit.adopted, a, b, bounds) + _unread_words(unit, unit.adopted, a, b)
    if not unit.adopted_from:
        return text
    first = unit.silent_until
    if _one_side_starts(unit) and first is not None and first < unit.adopted_from:
        # Round 68, EU-JP: "only the EU, from 2 Aug 2028" beside "nothing applies yet until 2 Dec
        # 2027": the side's rules start on the first day and are complete on the second.
        return f"{text}, from {day(first)} (more of its rules from {day(unit.adopted_from)})"
    return f"{text}, from {day(unit.adopted_from)}"


def _one_side_starts(unit: TopicResult) -> bool:
    """True when nothing applies yet and the side the adopted verdict names is the only one whose
    rules wait: the verdict holds from its first rule's day."""
    speaker = unit.adopted.verdict
    if unit.now.verdict != NOT_YET or speaker not in (ONLY_A, ONLY_B):
        return False
    waiting_other = unit.pending_b if speaker == ONLY_A else unit.pending_a
    return not waiting_other


def _unread_words(unit: TopicResult, assessed: Assessment, a: str, b: str) -> str:
    """' (Japan's rules here not read)' when the silent side's records on the topic were left out
    unread, ' (Japan's financial-services laws not among those compared)' when it holds no law of
    the topic's sector: the cell must say why the unit was not compared."""
    if assessed.verdict == "not-compared" and assessed.speaker is None:
        # Both speak: a side's adopted change was never read (APPI Act No. 56 of 2026).
        changed = [name for name, ids in ((a, unit.unread_a), (b, unit.unread_b)) if ids]
        # 'may change': an unread amending act may or may not reach the articles compared here
        # (round 40, KR-JP: "Japan's rules here change" for APPI Art. 28, which Act No. 56 of 2026
        # may not touch).
        return f" ({' and '.join(map(possessive, changed))} rules here may change, in wording not read)"
    unread, unreached, silent = {
        ONLY_A: (unit.unread_b, unit.unreached_b, b),
        ONLY_B: (unit.unread_a, unit.unreached_a, a),
    }.get(assessed.speaker or "", ((), "", ""))
    if assessed.verdict == "not-compared" and unreached and not unread:
        return f" ({possessive(silent)} {unreached} laws not among those compared)"
    return f" ({possessive(silent)} rules here not read)" if unread else ""


def _guidance_until(unit: TopicResult) -> str:
    """', on guidance only until 2 Dec 2027' when the verdict today is the adopted one but rests on
    guidance, the binding rules behind it applying later (round 51, EU-JP: "Risk tiers: general
    rules: only the EU | same" while the rules it cites apply from 2027 and 2028)."""
    today = [*unit.now.stance_a, *unit.now.stance_b]
    if not today or any(r.force_level >= BEST_EFFORTS_LEVEL for r in today):
        return ""
    waiting = [
        r.start
        for r in (*unit.pending_a, *unit.pending_b)
        if r.force_level >= BEST_EFFORTS_LEVEL and r.start is not None and r.status != APPLIES
    ]
    return f", on guidance only until {day(min(waiting))}" if waiting else ""


def today_cell(unit: TopicResult, a: str, b: str, bounds: Sequence[float]) -> str:
    if unit.adopted_from is None and unit.adopted.verdict == unit.now.verdict:
        return "same" + _guidance_until(unit)
    text = verdict_cell(unit.now, a, b, bounds)
    # 'Only Korea' holds until the other side's first rule applies, which may be before the last
    # (blind reading round 6: rules of the EU applying from 2 Dec 2027 and 2 Aug 2028).
    until = (
        unit.silent_until
        if unit.now.verdict in ("only-a", "only-b", "not-yet")
        else unit.adopted_from
    )
    if unit.now.verdict in ("only-a", "only-b", "not-yet") and until is not None:
        return f"{text} until {day(until)}"
    waiting = pending_note(unit, a, b)
    return f"{text}; {waiting}" if waiting else text
