"""Alignment over time: the index at every date on which a rule of either side starts or stops applying,
and what changed between two dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from regalign.comparisons.applicability import Starts
from regalign.comparisons.assessment_memo import AssessmentMemo
from regalign.comparisons.index_at import index_at
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import Comparison, TopicResult
from regalign.comparisons.sides import counts_for, in_scope, joint_instruments, resolve_side
from regalign.frameworks.corpus import Corpus
from regalign.schema.lifecycle import effective_date
from regalign.schema.method import Method
from regalign.schema.vocab import Evidence, LegalForce


@dataclass(frozen=True)
class Change:
    """Provisions of one instrument that start (or stop) applying on a date."""

    framework_id: str
    framework: str
    starts: bool
    pinpoints: tuple[str, ...]
    binding: bool = (
        True  # the instrument binds (not guidance, a voluntary code or a recommendation)
    )
    read: bool = (
        True  # False: an adopted change whose wording nobody read (its topics' verdicts withdrawn)
    )
    first_title: str = ""  # the title of the first provision, so a reader knows what starts
    # Those of ``pinpoints`` whose own date has passed but which follow provisions they depend on:
    # in force already, they reach what they govern only from this date (AI Act Art. 49, the
    # registration of high-risk systems, follows the Annex III classification of Art. 6(2)).
    following: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimePoint:
    """The pair's figures on one date, and the changes that took effect that day."""

    date: date
    index: float | None
    verdicts: dict[str, int]
    changes: tuple[Change, ...]
    # Each unit's verdict (the one the figures count) where the index was computed: a date can
    # change a verdict without moving the printed index (round 82, EU-KR).
    unit_verdicts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitChange:
    """A unit whose verdict differs between two dates, and the provisions that explain it."""

    unit_id: str
    label: str
    before: str
    after: str
    score_before: float
    score_after: float
    started: tuple[str, ...]  # 'EU AI Act Art. 9' ...
    stopped: tuple[str, ...]


def change_dates(
    corpus: Corpus, a: str, b: str, *, topic: str | None = None, include_shared: bool = False
) -> dict[date, tuple[Change, ...]]:
    """Every date on which a provision of either side starts or stops applying, with what changes then."""
    side_a, side_b = resolve_side(corpus, a, [b]), resolve_side(corpus, b, [a])
    drops = (
        (frozenset(), frozenset()) if include_shared else joint_instruments(corpus, side_a, side_b)
    )
    starts = Starts(corpus)
    found: dict[tuple[date, str, bool, bool], list[str]] = {}
    titles: dict[tuple[date, str, bool, bool], str] = {}
    following: dict[tuple[date, str, bool, bool], list[str]] = {}
    seen: set[str] = set()
    for side, drop in zip((side_a, side_b), drops):
        for framework_id in side.framework_ids:
            framework = corpus.frameworks[framework_id]
            if effective_date(framework) is None:
                continue
            for provision_id in corpus.provisions_of(framework_id):
                provision = corpus.provisions[provision_id]
                if provision_id in seen or not any(in_scope(t, topic) for t in provision.topics):
                    continue
                if not counts_for(side, framework, provision, drop):
                    continue
                if provision.evidence is Evidence.UNVERIFIED and provision.applies_from is None:
                    # Never compared, so it changes no figure. An unread record with its own date is
                    # an adopted change: from then its topic's verdict is withdrawn (the figures
                    # keep the topic as its rules read before), a date a reader expects to see.
                    continue
                seen.add(provision_id)
                pinpoint = provision.pinpoint or provision.title
                start = starts.start(provision_id)
                read = provision.evidence is not Evidence.UNVERIFIED
                if start is not None:
                    key = (start, framework_id, True, read)
                    found.setdefault(key, []).append(pinpoint)
                    if starts.moved_by_dependency(provision_id):
                        following.setdefault(key, []).append(pinpoint)
                    else:
                        titles.setdefault(key, provision.title)
                if provision.applies_until is not None and provision.applies_until < date.max:
                    # (a rule that applies until the last day a date can hold never stops applying)
                    found.setdefault(
                        (provision.applies_until + timedelta(days=1), framework_id, False, read), []
                    ).append(pinpoint)
    by_date: dict[date, list[Change]] = {}
    for key, pinpoints in sorted(found.items()):
        day, framework_id, starting, read = key
        by_date.setdefault(day, []).append(
            Change(
                framework_id,
                corpus.frameworks[framework_id].short_title,
                starting,
                tuple(pinpoints),
                corpus.frameworks[framework_id].legal_force is LegalForce.BINDING,
                read,
                titles.get(key, ""),
                tuple(following.get(key, ())),
            )
        )
    return {day: tuple(changes) for day, changes in sorted(by_date.items())}


def alignment_over_time(
    corpus: Corpus,
    a: str,
    b: str,
    *,
    method: Method,
    start: date | None = None,
    end: date | None = None,
    topic: str | None = None,
    include_shared: bool = False,
    after: date | None = None,
    future_limit: int | None = None,
) -> list[TimePoint]:
    """The index (now horizon) and verdict counts on every change date between ``start`` and ``end``.

    With ``after`` and ``future_limit``, only the ``start`` date itself and the first ``future_limit``
    change dates after ``after`` are computed (what a briefing quotes), instead of every date.
    """
    dates = change_dates(corpus, a, b, topic=topic, include_shared=include_shared)
    chosen = [d for d in dates if (start is None or d >= start) and (end is None or d <= end)]
    if after is not None and future_limit is not None:
        chosen = [d for d in chosen if d > after][:future_limit]
        if start is not None:
            chosen.insert(0, start)
    points = []
    relations, memo = RelationIndex(corpus), AssessmentMemo()
    for day in chosen:
        figures = index_at(
            corpus,
            a,
            b,
            as_of=day,
            method=method,
            topic=topic,
            include_shared=include_shared,
            relations=relations,
            memo=memo,
        )
        points.append(
            TimePoint(
                day,
                figures.index,
                figures.verdict_counts,
                dates.get(day, ()),
                figures.unit_verdicts,
            )
        )
    return points


def diff(before: Comparison, after: Comparison) -> list[UnitChange]:
    """Units whose verdict (now) differs between two comparisons of the same sides, with why."""
    units_before = {t.unit_id: t for t in before.topics}
    units_after = {t.unit_id: t for t in after.topics}
    changed = []
    for unit_id in sorted(units_before.keys() | units_after.keys()):
        old, new = units_before.get(unit_id), units_after.get(unit_id)
        old_verdict = old.verdict if old else "not-yet"
        new_verdict = new.verdict if new else "not-yet"
        if old_verdict == new_verdict:
            continue
        old_ids, new_ids = _applying(old), _applying(new)
        either = new if new is not None else old
        assert either is not None  # the unit id is a key of one of them
        label = either.label
        changed.append(
            UnitChange(
                unit_id,
                label,
                old_verdict,
                new_verdict,
                old.score if old else 0.0,
                new.score if new else 0.0,
                tuple(sorted(new_ids - old_ids)),
                tuple(sorted(old_ids - new_ids)),
            )
        )
    return changed


def _applying(result: TopicResult | None) -> set[str]:
    if result is None:
        return set()
    return {
        f"{r.framework.short_title} {r.pinpoint}"
        for r in (*result.stance_a, *result.stance_b)
        if r.status == "applies"
    }


def briefing_points(
    corpus: Corpus, result: Comparison, method: Method, *, every_date: bool = False
) -> list[TimePoint]:
    """The dates a briefing quotes, with the index and each unit's verdict (no verdict counts): one
    year before the as-of date,
    the next four change dates after it and the last (or, with ``every_date``, every change date from a
    year before on).
    The change dates between the year before and the as-of date come too, without an index (none is
    computed for them unless ``every_date``), so that a briefing can say what changed in that year.
    """
    a, b = result.side_a.spec, result.side_b.spec
    dates = change_dates(
        corpus, a, b, topic=result.topic_prefix, include_shared=result.include_shared
    )
    # A year before, or the first day a date can hold (an as-of date in year 1 has no year before it).
    start = result.as_of - timedelta(days=365) if result.as_of.toordinal() > 365 else date.min
    # The year before always counts, in both modes: 'a year earlier' is read from it.
    chosen = sorted({start, *(d for d in dates if d >= start)})
    between = [d for d in dates if start < d <= result.as_of]
    if not every_date:
        # The next four, and the last: the date the bottom line names for "once every adopted rule
        # applies" (rounds 18 and 19, EU-KR: Annex C's index table stopped before 2 Aug 2028).
        coming = [d for d in dates if d > result.as_of]
        chosen = [start] + coming[:4] + coming[-1:] if len(coming) > 4 else [start] + coming
    relations, memo = RelationIndex(corpus), AssessmentMemo()
    points = [TimePoint(day, None, {}, dates.get(day, ())) for day in between if day not in chosen]
    for day in chosen:
        figures = index_at(
            corpus,
            a,
            b,
            as_of=day,
            method=method,
            topic=result.topic_prefix,
            pending_as_binding=result.pending_as_binding,
            include_shared=result.include_shared,
            relations=relations,
            memo=memo,
        )
        points.append(TimePoint(day, figures.index, {}, dates.get(day, ()), figures.unit_verdicts))
    return sorted(points, key=lambda point: point.date)
