"""Page 1's "Dates that change the picture": the coming dates that move the printed index or a
topic's verdict (with what starts on them, and what only takes effect with it), adopted changes
nobody could read, and the index a year earlier with the instruments that began to apply since."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.reports.bottom_line import last_rule_day
from regalign.reports.briefing_parts import Extras
from regalign.reports.citations import join_pinpoints
from regalign.reports.context import unread_changes
from regalign.reports.document import Block, Items, Paragraph, Text, bold, plain, run
from regalign.reports.wording import (
    and_list,
    day,
    in_sentence,
    number_words,
    possessive,
    score,
    topic_words,
    verdict_words,
)
from regalign.schema.derived import topics_meet
from regalign.schema.vocab import RelationType

if TYPE_CHECKING:
    from regalign.comparisons.history import Change, TimePoint

# Coming dates on page 1 that change the picture (round 82, EU-KR: four move the printed index or a
# verdict before every adopted rule applies).
MAX_DATES = 4


def dates_blocks(result: Comparison, extras: Extras, a: str, b: str, corpus: Corpus) -> list[Block]:
    """The coming dates that move the printed index or a verdict, changes adopted for later whose
    wording was not read, instruments not yet in force that the note on joint commitments does not
    name, and the index a year earlier."""
    blocks: list[Block] = []
    coming = [p for p in extras.history if p.date > result.as_of]
    dated: list[tuple[date, Text]] = []
    # The figures the day before each date: today's, then each computed date's in turn.
    previous = result.index
    units = {t.unit_id: t.now.figure_verdict for t in result.topics}
    gap = False  # a change date since the last computed one whose figures were not computed
    quiet_read: list[TimePoint] = []  # dates of read rules that move no verdict nor printed index
    for point in coming:
        if point.index is None or previous is None:
            gap = gap or point.index is None
            previous = previous if previous is not None else point.index
            continue
        # A date changes the picture when it moves the printed index or a topic's verdict. Round 82,
        # EU-KR: PIPA's mandatory certification (1 Jul 2027) takes the index from 0.4253 to 0.4250,
        # printed 0.43 and 0.42 in the timeline, and was left out as too small while 2 Aug 2028,
        # which moves no figure, was listed; each such date now has its line, so every move starts
        # from the figure the timeline gives the day before (rounds 29, 77, 78 and 81 struck moves
        # measured from elsewhere).
        moved = [] if gap or not point.unit_verdicts else _moved(units, point.unit_verdicts)
        any_moved = bool(moved)
        # Round 87, EU-KR: "regulatory sandboxes turn partially aligned" on 9 Mar 2027 read as Korea
        # adopting sandbox rules, while PIPA Art. 28-12(1), filed under training data, only became
        # the counterpart of AI Act Art. 59 there. A date names the verdicts of the topics its own
        # rules are filed under; the others move in the matrix and Annex C.
        if moved:
            filed = _filed_under(point.changes, result, corpus)
            moved = [u for u in moved if u in filed]
        printed = score(point.index) != score(previous)
        before, previous, gap = previous, point.index, False
        units = point.unit_verdicts or units
        read = [c for c in point.changes if c.read]
        if not read or not (printed or moved):
            # An unread change moves no figure (its topics count as read until then and after);
            # it is dated below in its own words.
            if read and not printed and not any_moved:
                quiet_read.append(point)
            continue
        if printed and abs(point.index - before) >= 0.005:
            move = f"index {score(before)} → {score(point.index)}"
        elif printed:
            move = _stays(before, point.index)
        else:
            move = (
                f"{_turns(moved, point.unit_verdicts, result, a, b)}; {_stays(before, point.index)}"
            )
        what = "; ".join(_change_words(c) for c in read[:2])
        what += _counterparts_unread(read[:2], result, corpus, (a, b))
        dated.append((point.date, (bold(day(point.date)), run(f": {what} — {move}."))))
        if len(dated) == MAX_DATES:
            break
    quiet = [p for p in coming if p.index is not None and any(c.read for c in p.changes)]
    # Dates that move the index; without them, the quiet dates below name the later ones.
    moving = bool(dated)
    if not dated and quiet and previous is not None:
        # Rules adopted for later that move no figure are still dates a reader expects to see
        # (round 13, KR-JP: the PIPA amendments of 2026 looked ignored when nothing was listed).
        first = quiet[0]
        starting = [c for c in first.changes if c.read]
        what = "; ".join(_change_words(c) for c in starting)
        what += _counterparts_unread(starting, result, corpus, (a, b))
        # The later dates are named with their instruments: "more on two later dates" after an AI
        # Act sentence read as two more AI Act dates, while one was an eIDAS change (round 35, EU-JP).
        later = and_list(
            [
                f"{day(p.date)} ({and_list(sorted({c.framework for c in p.changes if c.read}))})"
                for p in quiet[1:3]
            ]
            + ([f"{number_words(len(quiet) - 3)} more"] if len(quiet) > 3 else [])
        )
        rest = f"; more rules follow on {later}" if len(quiet) > 1 else ""
        after = first.index if first.index is not None else previous
        index = _stays(previous, after)
        dated.append((first.date, (bold(day(first.date)), run(f": {what}{rest} — {index}."))))
    last = last_rule_day(result)
    final = next((p for p in coming if p.date == last and any(c.read for c in p.changes)), None)
    if (
        moving
        and final is not None
        and len(dated) < MAX_DATES
        and all(d < final.date for d, _ in dated)
    ):
        # Round 75, EU-KR: the bottom line said every adopted rule applies "by 2 Aug 2028", and no
        # date here said what starts then: the last date is listed where it moves no figure too,
        # as the last line at most.
        what = "; ".join(_change_words(c) for c in [c for c in final.changes if c.read][:2])
        after = final.index if final.index is not None else previous
        index = _stays(previous, after) if previous is not None else ""
        dated.append((final.date, (bold(day(final.date)), run(f": {what} — {index}."))))
    # Round 14, KR-JP: an adopted change nobody could read is dated; from then its topics are not
    # compared (round 18), which the index move beside it, if any, reflects.
    for _, pid, start_day in unread_changes(result, corpus)[:2]:
        title = in_sentence(corpus.provisions[pid].title)
        short = corpus.framework_of(pid).short_title
        topics = _topics_of(result, pid)
        plural = " and " in topics or topics.endswith(("s", ")"))
        said = (
            f": {short} — {title}, in wording not read, so {topics} "
            f"{'are' if plural else 'is'} not compared from then."
        )
        dated.append((start_day, (bold(day(start_day)), run(said))))
    items: list[Text] = [text for _, text in sorted(dated, key=lambda item: item[0])]
    if moving:
        items += _also(quiet_read, {d for d, _ in dated})
    # Pending joint instruments are named in the note on joint commitments above.
    pending = [
        e
        for e in result.timeline
        if e.date is None and e.framework_id not in result.joint_instruments
    ]
    for entry in pending[:2]:
        items.append((bold(entry.framework), run(f": {entry.what.replace(': pending', '')}.")))
    if items:
        blocks.append(Items(tuple(items)))
    past = [p for p in extras.history if p.date < result.as_of and p.index is not None]
    if past and result.index is not None and past[0].index is not None:
        first = past[0]
        blocks.append(
            Paragraph(
                plain(
                    f"A year earlier, on {day(first.date)}: {score(first.index)}{_since(first, extras, result)}."
                )
            )
        )
    if not blocks:
        blocks.append(
            Paragraph(plain("No rule of either side starts or stops applying after this date."))
        )
    return blocks


def _also(quiet_read: Sequence[TimePoint], listed: set[date]) -> list[Text]:
    """The dates the list passed over, on which read rules start to apply but no verdict and not
    the printed index moves (up to the last one listed): named, so that the list does not read as
    every date on which the picture changes (round 91, EU-KR: 1 Jul 2027 and 24 Dec 2027 move
    scores in the matrix and were not on page 1)."""
    until = max(listed, default=date.min)
    quiet = [p for p in quiet_read if p.date not in listed and p.date < until]
    if not quiet:
        return []
    when = and_list(
        [
            f"{day(p.date)} ({and_list(sorted({c.framework for c in p.changes if c.read}))})"
            for p in quiet[:3]
        ]
        + ([f"{number_words(len(quiet) - 3)} more dates"] if len(quiet) > 3 else [])
    )
    return [(run(f"Also {when}: rules start to apply; no verdict or printed index moves."),)]


def _since(first: TimePoint, extras: Extras, result: Comparison) -> str:
    """'; since then, rules of the AI Basic Act and 10 more instruments apply (three not binding)':
    the instruments whose rules started to apply in the year, the one with most rules by
    name, and how many of them are guidance or voluntary codes rather than law."""
    counts: dict[str, int] = {}
    soft: set[str] = set()
    for point in extras.history:
        if first.date < point.date <= result.as_of:
            for change in point.changes:
                if change.starts:
                    counts[change.framework] = counts.get(change.framework, 0) + len(
                        change.pinpoints
                    )
                    if not change.binding:
                        soft.add(change.framework)
    # The instruments with the most rules starting first: an act before a guideline's two sections.
    names = sorted(counts, key=lambda name: (-counts[name], name))
    if not names:
        return ""
    if len(soft) == len(names):
        unbound = " (none binding)" if len(names) > 1 else " (not binding)"
    else:
        unbound = f" ({number_words(len(soft))} not binding)" if soft else ""
    if len(names) > 2:
        return (
            f"; since then, rules of the {names[0]} and {len(names) - 1} more instruments apply"
            f"{unbound}"
        )
    return f"; since then, rules of the {and_list(names)} apply{unbound}"


def _topics_of(result: Comparison, pid: str) -> str:
    """'penalties for data rules', or 'six topics (cross-border data flows, personal-data safeguards
    and 4 more)': the units an unread record is filed under, in topic order."""
    labels = [
        unit.label[0].lower() + unit.label[1:]
        for unit in result.topics
        if pid in unit.unread_a or pid in unit.unread_b
    ]
    if len(labels) > 2:
        return f"{number_words(len(labels))} topics ({labels[0]}, {labels[1]} and {len(labels) - 2} more)"
    return and_list(labels) or "its topic"


def _filed_under(changes: Sequence[Change], result: Comparison, corpus: Corpus) -> set[str]:
    """The units whose topic a provision starting or stopping on the date is filed under."""
    topics = {
        topic for pid in _provisions_of(changes, corpus) for topic in corpus.provisions[pid].topics
    }
    return {unit.unit_id for unit in result.topics if unit.topic_id in topics}


def _provisions_of(changes: Sequence[Change], corpus: Corpus) -> set[str]:
    """The ids of the provisions the changes name (by instrument and pinpoint)."""
    return {
        pid
        for change in changes
        for pid, provision in corpus.provisions.items()
        if corpus.framework_of(pid).id == change.framework_id
        and (provision.pinpoint or provision.title) in change.pinpoints
    }


def _counterparts_unread(
    changes: Sequence[Change], result: Comparison, corpus: Corpus, labels: tuple[str, str]
) -> str:
    """'; Japan's counterpart (APPI Art. 18(1)) may change by 16 Jul 2028, in wording not read':
    a curated counterpart of a rule starting here sits where the other side's adopted change,
    never read, may rewrite it (round 62, KR-JP: Korea's new exception for AI development read as
    pulling the two apart, while Japan's amending act, flagged elsewhere, may add its own)."""
    starting = _provisions_of(changes, corpus)
    # Counterpart id -> whether it runs the other way (round 64, KR-JP: APPI Art. 18(1) bars what
    # PIPA Art. 28-12(1) permits, and "Japan's counterpart" read as a rule of the same kind).
    counterparts = {
        other: item.relation.opposite
        for item in corpus.relations
        if item.relation.relation is not RelationType.NOT_RELATED
        for one, other in (
            (item.relation.source, item.relation.target),
            (item.relation.target, item.relation.source),
        )
        if one in starting and other in corpus.provisions
    }
    said: list[str] = []
    for side, pid, start in unread_changes(result, corpus):
        changing = corpus.framework_of(pid)
        touched = [
            other
            for other in sorted(counterparts)
            if corpus.framework_of(other).id == changing.id
            and any(
                topics_meet(t, u)
                for t in corpus.provisions[other].topics
                for u in corpus.provisions[pid].topics
            )
        ]
        if touched and not said:
            label = labels[0] if side == "a" else labels[1]
            cited = f"{changing.short_title} {corpus.provisions[touched[0]].pinpoint}"
            # 'rules on the same point': neither 'counterpart' (round 64: the APPI bars what PIPA
            # Art. 28-12(1) permits) nor 'runs the other way' (round 65: an exception set against
            # the other side's general rule), only where the curated relation joins them.
            what = f"rules on the same point ({cited})"
            if counterparts[touched[0]]:
                what = f"rules on the same point, which run the other way ({cited}),"
            said.append(
                f"; {possessive(label)} {what} may change by {day(start)}, in wording not read"
            )
    return "".join(said)


def _change_words(change: Change) -> str:
    """'47 provisions of the EU AI Act start to apply', or 'EU AI Act Art. 5(1)(ba) and Art. 5(1)(bb)
    start to apply' for one or two."""
    verb = "start" if change.starts else "stop"
    # Provisions whose own date has passed and which follow others to this date take effect with
    # them; they do not 'start to apply' (round 35, EU-KR: AI Act Arts 43, 47-49, 71-73 and 86 apply
    # from 2 Aug 2026 and reach Annex III systems when their classification applies).
    follow = [p for p in change.pinpoints if p in change.following]
    pins = [p for p in change.pinpoints if p not in change.following]
    # Round 37, EU-JP: "15 in force already" used the wrong test (the whole Act is in force); they
    # apply from their own date, passed, and reach what they govern once those they follow apply.
    # One provision reads in the singular (2 Aug 2028, EU-JP: "Art. 6(1) starts to apply, and one
    # that depend on them take effect with them").
    them = "it" if len(pins) == 1 else "them"
    # Round 81, EU-KR: "15 that depend on them" did not say which: the first two are named.
    which = (
        f" ({join_pinpoints(follow[:2], last_and=False)} and {len(follow) - 2} more)"
        if len(follow) > 2
        else f" ({join_pinpoints(follow)})"
    )
    after = (
        f", and {number_words(len(follow))} that depend on {them} take effect with {them}{which}"
        if len(follow) > 1 and pins
        else f", and one that depends on {them} takes effect with {them}"
        if follow and pins
        else ""
    )
    if not pins:
        return f"{change.framework} {' and '.join(follow[:2])}{' and more' if len(follow) > 2 else ''} take effect"
    if len(pins) <= 2:
        return (
            f"{change.framework} {' and '.join(pins)} {verb}{'s' if len(pins) == 1 else ''} to apply"
            f"{after}"
        )
    # The pinpoints are listed in Annex C; page 1 names the first two, so that a reader knows which
    # rules they are (round 15, KR-JP: "8 provisions of the PIPA" said nothing).
    # Round 20, KR-JP: "8 provisions of the PIPA start to apply (Art. 28-12(1), Art. 28-12(2) and 6
    # more)" did not say that a new regime for using personal data to develop AI begins.
    # Round 82 (EU-KR): page 1 had no room for a fourth date; the first rule with its title says
    # what starts, the second pinpoint said nothing more.
    if change.first_title:
        which = f"{pins[0]}: {in_sentence(change.first_title)}, and {len(pins) - 1} more"
    else:
        which = f"{pins[0]}, {pins[1]} and {len(pins) - 2} more"
    return f"{len(pins)} {change.framework} provisions {verb} to apply ({which}){after}"


def _moved(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The units whose verdict differs between two dates, in unit order."""
    return sorted(u for u in before.keys() | after.keys() if before.get(u) != after.get(u))


def _turns(
    units: Sequence[str], verdicts: dict[str, str], result: Comparison, a: str, b: str
) -> str:
    """'conformity and certification turns divergent'; 'only the EU has rules on human oversight';
    for more than two, '12 topics change verdict'."""
    found = [t for t in result.topics if t.unit_id in units]
    if len(units) > 2 or len(found) < len(units):
        # Topic labels hold commas ('Accuracy, robustness, cybersecurity'): a list of them reads
        # as more topics than there are; Annex C's matrix says which.
        return f"{number_words(len(units))} topics change verdict"
    by: dict[str, list[str]] = {}
    for unit in found:
        by.setdefault(verdicts.get(unit.unit_id, "none"), []).append(topic_words(unit))
    said = []
    for verdict, topics in by.items():
        if verdict in ("only-a", "only-b"):
            said.append(f"only {a if verdict == 'only-a' else b} has rules on {and_list(topics)}")
        else:
            verb = "turns" if len(topics) == 1 and not _plural(topics[0]) else "turn"
            said.append(f"{and_list(topics)} {verb} {verdict_words(verdict, a, b)}")
    return and_list(said)


def _plural(label: str) -> bool:
    """Whether a topic's name is a plural noun ('deepfake and abuse-material bans', 'regulatory
    sandboxes'), which takes 'turn'; 'conformity and certification' and 'training data' take
    'turns'."""
    last = label.split()[-1] if label.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _stays(previous: float | None, after: float | None) -> str:
    """'the index stays 0.51', or 'the index barely moves (0.35 → 0.34)': 'stays' only where the
    printed figures agree (round 41, EU-JP: 0.346 today and 0.344 then read "stays 0.35" beside a
    timeline giving 0.34)."""
    if previous is None or after is None or score(after) == score(previous):
        return f"the index stays {score(previous if previous is not None else after)}"
    return f"the index barely moves ({score(previous)} → {score(after)})"
