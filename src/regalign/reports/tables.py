"""Tables built from result objects: headers, rows and the width each column may take.

``Table`` and ``render`` (in ``formats.py``) print them in a tabulate format that can be made safe, or
as CSV; they are re-exported here with FORMATS, so that commands import one module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from regalign.comparisons.explain import Explanation
from regalign.comparisons.history import TimePoint, UnitChange
from regalign.comparisons.matrix import IndexMatrix, StanceMatrix
from regalign.comparisons.results import Assessment, Comparison, Coverage, ProvisionRef, TopicResult
from regalign.reports.formats import (  # noqa: F401 - re-exported
    FORMATS,
    TABLE_FORMATS,
    Table,
    render,
    render_line,
    to_csv,
)
from regalign.reports.text import percent, score
from regalign.reports.wording import soft_aligned, verdict_tally, verdict_words
from regalign.schema.vocab import Modality


def pinpoints(refs: Sequence[ProvisionRef], short: bool = True, limit: int | None = None) -> str:
    """'EU AI Act Art. 50(2), Art. 50(4)' grouped by instrument; '—' for a silent side.

    With ``limit``, at most that many pinpoints are listed, then 'and N more'.
    """
    if not refs:
        return "—"
    groups: dict[str, list[str]] = {}
    for ref in refs[:limit] if limit else refs:
        groups.setdefault(ref.framework.short_title, []).append(ref.pinpoint)
    more = f" and {len(refs) - limit} more" if limit and len(refs) > limit else ""
    if short and len(groups) == 1:
        return ", ".join(next(iter(groups.values()))) + more
    return "; ".join(f"{name} {', '.join(items)}" for name, items in groups.items()) + more


def comparison_table(result: Comparison) -> Table:
    """One row per unit: the two stances now, the verdict now and as adopted (with the date it holds from)."""
    a, b = result.side_a.label, result.side_b.label
    rows = []
    for topic in result.topics:
        rows.append(
            (
                unit_name(topic),
                _stance(topic.stance_a, topic.pending_a, result.side_a.kind == "framework"),
                _stance(topic.stance_b, topic.pending_b, result.side_b.kind == "framework"),
                horizon_cell(topic.now, a, b),
                adopted_cell(topic, a, b),
            )
        )
    # 34 + 16 + 16 + 13 + 13 columns and four 2-space gaps: 100 columns in the 'simple' format.
    return Table(("Topic", a, b, "Now", "As adopted"), tuple(rows), (34, 16, 16, 13, 13))


def unit_name(topic: TopicResult) -> str:
    """The unit id, spelt as everywhere else (JSON, frames, ``explain``): 'ai.transparency', or
    'ai.transparency#general' for a parent's own provisions."""
    return topic.unit_id


def _stance(now: Sequence[ProvisionRef], pending: Sequence[ProvisionRef], short: bool) -> str:
    text = pinpoints(now, short=short) if now else "—"
    later = [r for r in pending if r.status != "pending"]
    if later and not now:
        first = min((r.start for r in later if r.start), default=None)
        text = f"adopted, from {first.isoformat()}" if first else "adopted, date not fixed"
    return text


def horizon_cell(assessed: Assessment, a: str, b: str) -> str:
    """'0.64 partially aligned', with its range and marks for caps and fragility."""
    words = verdict_words(assessed.verdict, a, b)
    if not assessed.scored:
        return words
    value = score(assessed.score)
    if abs(assessed.score_high - assessed.score_low) >= 0.005:
        value += f" {assessed.score_low:.2f}–{assessed.score_high:.2f}"
    marks = (" (capped)" if assessed.caps and assessed.uncapped != assessed.verdict else "") + (
        " (fragile)" if assessed.fragile else ""
    )
    return f"{value} {words}{marks}"


def adopted_cell(topic: TopicResult, a: str, b: str) -> str:
    """The adopted horizon, with the date it holds from when it differs from today."""
    if topic.adopted_from is None and topic.adopted.verdict == topic.now.verdict:
        return "same"
    cell = horizon_cell(topic.adopted, a, b)
    return f"{cell} from {topic.adopted_from.isoformat()}" if topic.adopted_from else cell


def verdict_label(topic: TopicResult, a: str, b: str) -> str:
    """The verdict of a unit now, naming the side for one-sided units."""
    return verdict_words(topic.verdict, a, b)


def strongest(refs: Sequence[ProvisionRef]) -> ProvisionRef:
    """The most binding provision of a stance (ties broken by modality name, for stable output)."""
    return max(refs, key=lambda r: (r.force_level, r.provision.modality.value))


def headline_rows(result: Comparison) -> list[tuple[str, str]]:
    """The headline figures, each with what it is made of (shared by the terminal and the briefing)."""
    a, b = result.side_a.label, result.side_b.label
    counts = result.verdict_counts
    index = "—" if result.index is None else score(result.index)
    if result.index is not None and result.index_low is not None:
        index += f" (5th–95th percentile under perturbed weights: {score(result.index_low)}–{score(result.index_high)})"
    adopted = "—" if result.index_adopted is None else score(result.index_adopted)
    if result.index_adopted is not None and result.adopted.index_low is not None:
        adopted += f" ({score(result.adopted.index_low)}–{score(result.adopted.index_high)})"
    return [
        ("Alignment index (0 = nothing in common, 1 = same rules)", index),
        ("Alignment index once every adopted rule applies", adopted),
        ("Heterogeneity (1 − index)", score(result.heterogeneity)),
        ("Topics both address / either addresses", _coverage(result.coverage_overlap)),
        # Not 'with a counterpart': a provision on a topic both address may still be unpaired
        # (round 39, EU-JP: "15 / 15 (100%)" here beside "7 provisions ... have no counterpart").
        (f"{a} provisions on topics {b} also addresses", _coverage(result.coverage_a_to_b)),
        (f"{b} provisions on topics {a} also addresses", _coverage(result.coverage_b_to_a)),
        (
            "Topics by verdict",
            verdict_tally(
                counts,
                a,
                b,
                "partially aligned",
                soft_aligned=soft_aligned(result.topics, adopted=False),
            ),
        ),
    ]


def summary_table(result: Comparison) -> Table:
    """Headline figures and the as-of date."""
    rows = (*headline_rows(result), ("As of", result.as_of.isoformat()))
    return Table(("Figure", "Value"), rows, (40, 56))


def _coverage(coverage: Coverage) -> str:
    return f"{coverage.count} / {coverage.total} ({percent(coverage.share)})"


def explanation_table(explanation: Explanation, assessed: Assessment) -> Table:
    """The dimensions of one unit's score at one horizon: each side's value, the similarity, the contribution."""
    comparison = explanation.comparison
    rows = tuple(
        (
            d.name,
            d.value_a,
            d.value_b,
            f"{d.weight:.2f}",
            "—" if d.similarity is None else f"{d.similarity:.2f}",
            f"{d.contribution:.3f}",
        )
        for d in assessed.dimensions
    )
    return Table(
        (
            "Dimension",
            comparison.side_a.label,
            comparison.side_b.label,
            "Weight",
            "Similarity",
            "Contribution",
        ),
        rows,
        (15, 23, 23, 6, 10, 12),
    )


def pairs_table(explanation: Explanation, assessed: Assessment) -> Table:
    """The pairs of one unit at one horizon: the two provisions, why they were compared, the score,
    the pair's verdict and the caps that fired on it; the leading pair first."""
    comparison = explanation.comparison
    rows = tuple(
        (
            f"{p.a.framework.short_title} {p.a.pinpoint}",
            f"{p.b.framework.short_title} {p.b.pinpoint}",
            p.basis,
            f"{p.score:.3f}",
            p.verdict.replace("-", " "),
            ", ".join(c.name for c in p.caps) or "—",
        )
        for p in assessed.pairs
    )
    return Table(
        (
            comparison.side_a.label,
            comparison.side_b.label,
            "Compared because",
            "Score",
            "Verdict",
            "Caps",
        ),
        rows,
        (22, 22, 16, 6, 10, 16),
    )


def unpaired_table(
    explanation: Explanation,
    assessed: Assessment,
    elsewhere: Callable[[str, ProvisionRef], str] | None = None,
) -> Table:
    """Each side's provisions without a counterpart (coverage gaps), those whose curated
    counterpart is filed under another topic (``elsewhere(side, ref)`` names it), and soft
    provisions that only support a binding stance of their own side."""
    comparison = explanation.comparison
    mine = {r.id for r in assessed.stance_a}
    support_a = tuple(r for r in assessed.supporting if r.id in mine)
    support_b = tuple(r for r in assessed.supporting if r.id not in mine)
    rows = []
    for side, label, refs, role in (
        ("a", comparison.side_a.label, assessed.unpaired_a, "no counterpart"),
        ("b", comparison.side_b.label, assessed.unpaired_b, "no counterpart"),
        ("a", comparison.side_a.label, support_a, "supports its side's binding rule"),
        ("b", comparison.side_b.label, support_b, "supports its side's binding rule"),
    ):
        for ref in refs:
            other = elsewhere(side, ref) if elsewhere and role == "no counterpart" else ""
            said = f"counterpart under another topic: {other}" if other else role
            if role.startswith("supports") and ref.provision.modality is Modality.EXCEPTION:
                # An exception eases the rule it sits beside (round 50, EU-KR: Korea's announced
                # grace period on AI fines "supports its side's binding rule").
                said = "limits its side's binding rule"
            rows.append(
                (
                    label,
                    f"{ref.framework.short_title} {ref.pinpoint}",
                    ref.provision.modality.value,
                    said,
                )
            )
    return Table(("Side", "Provision", "Modality", "Role"), tuple(rows), (10, 30, 12, 20))


def stance_rows_table(explanation: Explanation, topic: TopicResult) -> Table:
    """The provisions behind a unit, both sides, as adopted (with the day each applies from)."""
    rows = []
    for side, refs in (
        (explanation.comparison.side_a.label, topic.adopted.stance_a),
        (explanation.comparison.side_b.label, topic.adopted.stance_b),
    ):
        for ref in refs:
            starts = (
                ref.start.isoformat()
                if ref.start
                else ("pending" if ref.status == "pending" else "—")
            )
            evidence = ref.provision.evidence.value
            if ref.provision.date_evidence is not ref.provision.evidence:
                starts += f" ({ref.provision.date_evidence.value})"
            rows.append(
                (
                    side,
                    ref.framework.short_title,
                    ref.pinpoint,
                    ref.provision.title,
                    ref.force_label,
                    ref.provision.modality.value,
                    starts,
                    evidence,
                    ref.provision.source_url or "—",
                )
            )
    return Table(
        (
            "Side",
            "Instrument",
            "Pinpoint",
            "Title",
            "Force",
            "Modality",
            "Applies from",
            "Evidence",
            "Source",
        ),
        tuple(rows),
        (10, 12, 12, 20, 12, 12, 12, 9, None),
    )


def index_matrix_table(matrix: IndexMatrix) -> Table:
    """Side x side alignment index."""
    rows = tuple((spec, *(score(v) for v in row)) for spec, row in zip(matrix.specs, matrix.values))
    return Table(("", *matrix.specs), rows, (None,) * (len(matrix.specs) + 1))


def stance_matrix_table(matrix: StanceMatrix) -> Table:
    """Topic x side: each side's number of provisions, force and intensity; '—' when silent."""
    rows = []
    for topic_id in matrix.topics:
        cells = []
        for side in matrix.sides:
            cell = matrix.cells.get((topic_id, side.spec))
            cells.append("—" if cell is None else f"{cell.count} · {cell.force} · {cell.intensity}")
        rows.append((f"{matrix.labels[topic_id]} ({topic_id})", *cells))
    return Table(
        ("Topic", *(s.label for s in matrix.sides)), tuple(rows), (34, *([20] * len(matrix.sides)))
    )


def timeline_table(points: Sequence[TimePoint], a: str, b: str) -> Table:
    """One row per change date: the index, the verdict counts and what started or stopped applying."""
    rows = []
    # A column for topics not compared (a side's rules there unread) only when a date has one.
    unread = any(point.verdicts.get("not-compared", 0) for point in points)
    for point in points:
        counts = point.verdicts
        changed = "; ".join(
            f"{c.framework}: {len(c.pinpoints)} {'start' if c.starts else 'stop'}"
            f" ({', '.join(c.pinpoints[:3])}{', ...' if len(c.pinpoints) > 3 else ''})"
            + ("" if c.read else ", wording not read")
            for c in point.changes
        )
        rows.append(
            (
                point.date.isoformat(),
                score(point.index),
                f"{counts['aligned']}/{counts['partially-aligned']}/{counts['divergent']}/"
                f"{counts['only-a']}/{counts['only-b']}"
                + (f"/{counts.get('not-compared', 0)}" if unread else ""),
                changed,
            )
        )
    return Table(
        (
            "Date",
            "Index",
            f"Aligned/partly/divergent/only {a}/only {b}{'/not compared' if unread else ''}",
            "What changed",
        ),
        tuple(rows),
        (10, 6, 20, 58),
    )


def diff_table(before: Comparison, after: Comparison, changes: Sequence[UnitChange]) -> Table:
    """Units whose verdict changed between two dates, with the provisions that explain it."""
    a, b = before.side_a.label, before.side_b.label
    rows = tuple(
        (
            c.unit_id,
            f"{c.score_before:.2f} {verdict_words(c.before, a, b)}",
            f"{c.score_after:.2f} {verdict_words(c.after, a, b)}",
            ", ".join(c.started) or "—",
            ", ".join(c.stopped) or "—",
        )
        for c in changes
    )
    return Table(
        ("Topic", before.as_of.isoformat(), after.as_of.isoformat(), "Started to apply", "Stopped"),
        rows,
        (30, 16, 16, 22, 10),
    )
