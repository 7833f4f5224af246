"""Page 1's bottom line: how close the two rulebooks are today and once every adopted rule applies,
and which areas, of those both sides regulate on enough topics, lie furthest apart and closest."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from regalign.comparisons.results import (
    NOT_COMPARED,
    NOT_YET,
    ONLY_A,
    ONLY_B,
    Comparison,
    RollupRow,
    TopicResult,
)
from regalign.comparisons.rollup import as_read
from regalign.reports import ranking
from regalign.reports.document import Text, bold, plain, run
from regalign.reports.wording import (
    and_list,
    capital,
    day,
    in_sentence,
    number_words,
    possessive,
    score,
    side_name,
)

MIN_AREA_GAP = 0.03  # areas closer than this (or than the index's range) are not ranked
MIN_AREA_TOPICS = 4  # an area is ranked only on this many topics both sides have rules on


def bottom_line(result: Comparison, a: str, b: str) -> Text:
    """One sentence: how close the two rulebooks are now and once every adopted rule applies, and where."""
    now, adopted = result.index, result.index_adopted
    if now is None and adopted is None:
        return plain(f"Neither {a} nor {b} has a rule on the chosen topics.")
    closeness = _closeness(now if now is not None else 0.0, result)
    border = _border(result)
    if border:
        # Round 42, KR-JP: "far apart" at 0.44 while the index moves 0.41-0.46 under varied weights,
        # across the 0.45 line; the topics in that position are marked borderline, so is this.
        closeness = border
    later = ""
    if adopted is not None and now is not None and abs(adopted - now) >= 0.01:
        until = last_rule_day(result)
        direction = "closer" if adopted > now else "further apart"
        later = f", and will be {direction} ({score(adopted)}) once every adopted rule applies" + (
            f", by {day(until)}" if until else ""
        )
        withdrawn = withdrawn_count(result)  # the same count as the figures' column heading
        if withdrawn:
            # Rounds 20 and 21, EU-JP: such topics are counted at their present reading, and the
            # sentence says how many rest on it.
            later += (
                f" ({number_words(withdrawn)} topic{'s' if withdrawn > 1 else ''} counted as their "
                "rules read today, since they change in wording not read)"
            )
    areas = _area_extremes(result)
    return (
        bold("Bottom line:"),
        run(
            f" {capital(a)} and {b} are {closeness} today (alignment index {score(now)} on a "
            f"scale from 0 to 1){later}.{areas}"
        ),
    )


def _border(result: Comparison) -> str:
    """'on the border between far apart and partly aligned' when today's index, under varied
    weights, ranges across the threshold between the two words; '' otherwise."""
    now, low, high = result.index, result.index_low, result.index_high
    if now is None or low is None or high is None:
        return ""
    words = [_closeness(v, result) for v in (low, high)]
    if words[0] == words[1]:
        return ""
    return f"on the border between {words[0]} and {words[1]}"


def _closeness(value: float, result: Comparison) -> str:
    thresholds = result.method.thresholds
    if value >= thresholds.aligned:
        return "closely aligned"
    if value >= thresholds.partially_aligned:
        return "partly aligned"
    return "far apart"


def _area_extremes(result: Comparison) -> str:
    rows = {r.topic_id: r for r in result.rollup if r.depth == 0}
    # An area is ranked only on enough topics both sides have rules on. One where one side alone has
    # rules (its roll-up reads 'only Korea') is neither close nor far: its score is the absence of the
    # other side, said in the matrix. One with fewer topics both address is a figure on too little
    # (round 19, EU-KR: "closest on other trade disciplines" rested on three topics, two of them
    # data-protection rules filed under trade as well).
    both = _topics_both_address(result)
    beneath: dict[str, list[TopicResult]] = {}
    for unit in result.topics:
        beneath.setdefault(ranking.area_of(unit.topic_id), []).append(unit)
    # An area where an unread change withdraws a topic's verdict as adopted is not ranked: the
    # matrix says 'not compared' for it as adopted (round 24, KR-JP; round 69, EU-JP: "closest on
    # cross-border data as adopted" beside that row). Where, counted as its rules read today, as the
    # figures count it, it would lie furthest or closest, the sentence names it with today's score
    # (round 67, EU-JP: the ranking otherwise hid the area closest on the figures' own footing).
    unsure = {ranking.area_of(t.topic_id) for t in result.topics if t.adopted.read_verdict}
    scored = []
    left: list[tuple[float, str]] = []
    for key in rows:
        value, verdict_ = as_read(beneath.get(key, []), result.method)
        if (
            verdict_ in (NOT_YET, NOT_COMPARED, ONLY_A, ONLY_B)
            or both.get(key, 0) < MIN_AREA_TOPICS
        ):
            continue
        if key in unsure:
            left.append((value, key))
        else:
            scored.append((value, ranking.area_label(key), key))
    if len(scored) < 2:
        return ""
    low, high = min(scored), max(scored)
    if score(low[0]) == score(high[0]):
        return ""  # every area reads the same to two decimals: neither furthest nor closest
    figures = result.adopted
    spread = (
        figures.index_high - figures.index_low
        if figures.index_high is not None and figures.index_low is not None
        else 0.0
    )
    left_out = len(scored) < len(rows)
    of = (
        # 'not counting penalties': the count leaves penalty topics out, and a reader counting the
        # matrix's rows must arrive at the same areas (round 41, EU-KR: trade's four rows, one of
        # them its spam penalties).
        # Round 64, EU-KR: "not counting penalties" read as if the scores left penalties out; only
        # the count of topics does.
        f"of the areas in which both have rules on {number_words(MIN_AREA_TOPICS)} or more topics "
        "besides penalties, "
        if left_out
        else ""
    )
    if high[0] - low[0] < max(spread, MIN_AREA_GAP):
        # Round 15, KR-JP: "furthest on AI (0.41), closest on data (0.42)" ranked noise: a gap
        # smaller than the index's own range under varied weights is no ranking.
        # Round 16: "closer than the index moves under varied weights" was unreadable.
        each = ", ".join(
            f"{in_sentence(label)} {score(v)}" for v, label, _ in sorted(scored, key=_by_label)
        )
        return f" As adopted, {of}no area stands out ({each})."

    def tied(value: float) -> str:
        # Areas that read the same to two decimals are named together: a reader sees the rounded
        # figures, and 0.361 against 0.359 is a tie on the page.
        named = sorted(
            (in_sentence(label), key) for v, label, key in scored if score(v) == score(value)
        )
        names = [name for name, _ in named]
        # 'data flows and on e-signatures and e-documents': a label may hold an 'and' itself.
        joined = ", on ".join(names[:-1]) + " and on " + names[-1] if len(names) > 1 else names[0]
        return f"{joined} ({score(value)}{' each' if len(names) > 1 else ''})"

    # Every area left out is named, with today's score (round 75, KR-JP: cross-border data, left
    # out unnamed because it would lie between the two named, drew "and data flows?" at once).
    return (
        f" As adopted, {of}they are furthest apart on {tied(low[0])} and closest on "
        f"{tied(high[0])}.{_left_out(result, [key for _, key in left], rows)}"
    )


def _left_out(result: Comparison, areas: Sequence[str], rows: dict[str, RollupRow]) -> str:
    """' Cross-border data (0.49 today) is left out of this ranking: Japan's rules there (APPI) are
    amended by 16 Jul 2028, and the amended wording was not read.' for the areas named; '' for
    none. Whose rules, and in which law, are named (round 65, KR-JP: "some of the rules there" left a
    minister's adviser asking whose); plain words for the unread change (round 69, EU-JP: "amended
    in wording not read" was jargon)."""
    if not areas:
        return ""
    changing: dict[str, set[str]] = {}
    starts = []
    for unit in result.topics:
        if ranking.area_of(unit.topic_id) not in areas or not unit.adopted.read_verdict:
            continue
        if unit.adopted.withdrawn_from is not None and not _penalties(unit.topic_id):
            # The ranking counts topics besides penalties: the date that takes the area out is
            # that of its other topics (round 70, EU-JP: "amended from 17 Jan 2027" named the
            # APPI's penalty chapter, while the transfer rules change by 16 Jul 2028).
            starts.append(unit.adopted.withdrawn_from)
        for label, ids in (
            (side_name(result.side_a), unit.unread_a),
            (side_name(result.side_b), unit.unread_b),
        ):
            for ref in ids:
                changing.setdefault(label, set()).add(ref.split("/", 1)[0])
    whose = "the rules there"
    if len(changing) == 1:  # one side's change: say whose, and in which law
        label, frameworks = next(iter(changing.items()))
        known = {
            r.framework.id: r.framework.short_title
            for t in result.topics
            for r in (*t.now.stance_a, *t.now.stance_b, *t.adopted.stance_a, *t.adopted.stance_b)
        }
        titles = and_list(sorted(known.get(f, f) for f in frameworks))
        whose = f"{possessive(label)} rules there ({titles})"
    named = and_list(
        [
            f"{in_sentence(ranking.area_label(k))} ({score(rows[k].score)} today)"
            for k in sorted(areas)
        ]
    )
    verb = "are" if len(areas) > 1 else "is"
    # 'by' the last of them: every change named has happened by then, whichever comes first.
    when = f" by {day(max(starts))}" if starts else ""
    return (
        f" {capital(named)} {verb} left out of this ranking: {whose} are amended{when}, and the "
        "amended wording was not read."
    )


def _topics_both_address(result: Comparison) -> dict[str, int]:
    """Area key -> the number of its units both sides have rules on, as adopted, as the figures count
    them (round 22, EU-JP: topics whose rules change in wording not read are in the index, so the
    area they fill is ranked too), penalty topics left out."""
    found: dict[str, int] = {}
    for unit in result.topics:
        # The penalties for a topic's rules are not another subject both sides regulate (round 40:
        # Korea's and Japan's spam penalties would have made 'other trade disciplines' an area of
        # four topics, two of them data-protection rules filed under trade, as in round 19).
        if _penalties(unit.topic_id):
            continue
        if unit.adopted.both_in_figures:
            area = ranking.area_of(unit.topic_id)
            found[area] = found.get(area, 0) + 1
    return found


def _penalties(topic_id: str) -> bool:
    """A topic on the penalties for an area's rules ('data.penalties')."""
    return topic_id.rsplit(".", 1)[-1] == "penalties"


def _by_label(item: tuple[float, str, str]) -> str:
    return item[1]


def withdrawn_count(result: Comparison) -> int:
    """Topics whose verdict an unread adopted change withdraws, as adopted (counted as read today)."""
    return sum(1 for t in result.topics if t.adopted.read_verdict)


def last_rule_day(result: Comparison) -> date | None:
    """The day the last adopted rule compared starts to apply (the bottom line's "by 2 Aug 2028")."""
    return max((t.adopted_from for t in result.topics if t.adopted_from), default=None)
