"""The body of the briefing: the divergence matrix by area, the joint commitments (``conformity_section``),
the topic sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from regalign.comparisons.results import (
    Assessment,
    CapApplied,
    Comparison,
    Pair,
    ProvisionRef,
    RollupRow,
    TopicResult,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports import amounts, ranking, sentences
from regalign.reports.citations import by_force
from regalign.reports.conformity_section import joint
from regalign.reports.context import joint_cell, joint_words
from regalign.reports.counterparts import Elsewhere, elsewhere_finder
from regalign.reports.document import (
    Block,
    Figure,
    Heading,
    Items,
    Paragraph,
    Run,
    Section,
    Table,
    Text,
    bold,
    plain,
    run,
)
from regalign.reports.firm_topics_list import firm_topics_paragraphs
from regalign.reports.method_words import cap_short, pair_basis_words, telling
from regalign.reports.rule_words import stance_cell
from regalign.reports.text import verdict_score
from regalign.reports.verdict_cells import adopted_cell, today_cell, verdict_bounds
from regalign.reports.wording import capital, day, side_name, unit_label, verdict_words

if TYPE_CHECKING:  # pragma: no cover
    from regalign.reports.briefing_parts import Extras, Sources

# Topic sections (and annex B entries) in the standard briefing; 'full' has one per unit.
STANDARD_TOPICS = 5


def body(
    result: Comparison, corpus: Corpus, extras: Extras, detail: str, sources: Sources
) -> list[Section]:
    """The matrix, the joint-commitments layer and the topic sections."""
    sections = [matrix(result, extras, detail)]
    if result.joint:
        sections.append(joint(result, detail))
    sections.append(topics(result, corpus, detail, sources))
    return sections


def matrix(result: Comparison, extras: Extras, detail: str = "standard") -> Section:
    """One table per area: a bold row per topic group, then its units, as adopted and today.

    The law as adopted leads; today's column shows what applies on the as-of date, with the date
    from which a deferred rule applies. A column names the joint commitments that bind both sides on
    the topic. The full briefing adds each side's stance (how many provisions apply today, the
    strongest's force and kind)."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    stances = detail == "full"
    blocks: list[Block] = [
        Paragraph(
            plain(
                "Each row is a topic: its verdict on the law as adopted (every adopted rule, each from its "
                "own date), then what applies today. Bold rows sum up the topics beneath them. A score runs "
                "from 0 (nothing in common) to 1 (the same rules); where a rule of the method holds a verdict "
                "down, its reason stands in brackets instead (Annex D). † a side's other instruments, left "
                "out of this comparison, also have rules on the topic."
                + (
                    # "The the EU and Japan columns" (round 47, EU-JP): the side's name may begin
                    # with its own article.
                    f" {capital(a if a.lower().startswith('the ') else 'the ' + a)} and {b} "
                    "columns give the number of provisions that apply today and the force and kind "
                    "of the strongest."
                    if stances
                    else ""
                )
            )
        )
    ]
    if extras.heatmap_svg or extras.heatmap_png:
        blocks.append(
            Figure(
                extras.heatmap_svg,
                "Heatmap: how similar the two sides' rules are on each aspect, by topic, as adopted",
                extras.heatmap_png,
            )
        )
    joint_column = any(joint_words(t) for t in result.topics)
    bounds = verdict_bounds(result)
    children = []
    by_unit = {t.unit_id: t for t in result.topics}
    for area in ranking.AREA_ORDER + tuple(
        sorted({ranking.area_of(t.topic_id) for t in result.topics} - set(ranking.AREA_ORDER))
    ):
        rows, roles, cells = [], [], []
        for row in (r for r in result.rollup if ranking.area_of(r.topic_id) == area):
            units = [by_unit[u] for u in _units_of(row, by_unit)]
            if row.topics > 1 or not units:
                rows.append(_group_row(row, a, b, bounds))
                roles.append("group")
                cells.append(
                    (
                        "",
                        "",
                        "",
                        _verdict_class(row.verdict_adopted),
                        _verdict_class(row.verdict),
                        "",
                    )
                )
            for unit in units:
                rows.append(_unit_row(unit, row.depth, a, b, bounds))
                roles.append("")
                cells.append(
                    (
                        "",
                        "",
                        "",
                        _verdict_class(unit.adopted.verdict),
                        _verdict_class(unit.now.verdict),
                        "",
                    )
                )
        if rows:
            keep = [0, *([1, 2] if stances else []), 3, 4, *([5] if joint_column else [])]
            headers = tuple(
                ("Topic", a, b, "As adopted", f"Today, {day(result.as_of)}", "Joint commitment")[i]
                for i in keep
            )
            table = Table(
                headers,
                tuple(tuple(r[i] for i in keep) for r in rows),
                tuple((6, 3, 3, 4, 4, 3)[i] for i in keep),
                row_roles=tuple(roles),
                cell_roles=tuple(tuple(c[i] for i in keep) for c in cells),
            )
            children.append(
                Section(Heading(3, ranking.area_label(area), f"matrix-{area}"), (table,))
            )
    return Section(
        Heading(2, "Divergence matrix", "matrix"), tuple(blocks), children=tuple(children)
    )


def _units_of(row: RollupRow, by_unit: dict[str, TopicResult]) -> list[str]:
    """The units shown right under a roll-up row: its own unit, or its '#general' unit."""
    return [u for u in (row.topic_id, row.topic_id + "#general") if u in by_unit]


def _group_row(row: RollupRow, a: str, b: str, bounds: Sequence[float]) -> tuple[Text, ...]:
    indent = "· " * row.depth
    return (
        (bold(f"{indent}{row.label}"),),
        plain(f"{row.topics} topic{'' if row.topics == 1 else 's'}"),
        plain(""),
        (bold(_rolled(row.score_adopted, row.verdict_adopted, row.mixed_adopted, a, b, bounds)),),
        (bold(_rolled(row.score, row.verdict, row.mixed, a, b, bounds)),),
        plain(""),
    )


def _rolled(
    value: float, verdict: str, mixed: bool, a: str, b: str, bounds: Sequence[float]
) -> str:
    """'partially aligned (0.54)'; a one-sided roll-up without a score, 'mostly' when some topic
    beneath it has rules on both sides."""
    words = verdict_words(verdict, a, b)
    if verdict in ("only-a", "only-b", "not-yet", "not-compared"):
        return f"mostly {words}" if mixed else words
    return f"{words} ({verdict_score(value, bounds)})"


def _unit_row(
    unit: TopicResult, depth: int, a: str, b: str, bounds: Sequence[float]
) -> tuple[Text, ...]:
    indent = "· " * (depth + (1 if unit.is_general else 0))
    name = f"{indent}{unit_label(unit) if unit.is_general else unit.label}"
    return (
        plain(name + (" †" if unit.outside_a or unit.outside_b else "")),
        plain(_side_cell(unit.stance_a, unit.pending_a)),
        plain(_side_cell(unit.stance_b, unit.pending_b)),
        plain(adopted_cell(unit, a, b, bounds)),
        plain(today_cell(unit, a, b, bounds)),
        plain(_bound_by(unit)),
    )


def _side_cell(now: Sequence[ProvisionRef], pending: Sequence[ProvisionRef]) -> str:
    if now:
        return stance_cell(now)
    dated = [r.start for r in pending if r.start]
    if dated:
        return f"adopted, from {day(min(dated))}"
    return "adopted, not in force" if pending else "—"


def _bound_by(unit: TopicResult) -> str:
    return joint_cell(unit)


def _verdict_class(verdict: str) -> str:
    return f"v-{verdict}"


def topics(result: Comparison, corpus: Corpus, detail: str, sources: Sources) -> Section:
    """Topic sections, by area and then importance; the standard briefing keeps the most important."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    ordered = ranking.order_by_importance([t for t in result.topics if t.adopted.speaks], corpus)
    chosen = ordered if detail == "full" else ordered[:STANDARD_TOPICS]
    note = (
        ""
        if detail == "full"
        else (
            f" The {len(chosen)} most important of {len(ordered)} topics are shown; "
            "the full briefing shows every topic."
        )
    )
    elsewhere = elsewhere_finder(result, corpus)
    children = []
    for area in ranking.AREA_ORDER + tuple(
        sorted({ranking.area_of(t.topic_id) for t in chosen} - set(ranking.AREA_ORDER))
    ):
        in_area = [t for t in chosen if ranking.area_of(t.topic_id) == area]
        if in_area:
            children.append(
                Section(
                    Heading(3, ranking.area_label(area), f"topics-{area}"),
                    (),
                    children=tuple(
                        _topic(result, corpus, t, a, b, sources, elsewhere) for t in in_area
                    ),
                )
            )
    intro = Paragraph(
        plain(
            "Importance ranks topics by the force of the rules, the penalties behind them, how many "
            "provisions they hold and how far apart their thresholds or fines are." + note
        )
    )
    # The full briefing lists the topics behind page 1's count of duties on firms (round 69, EU-KR).
    listed = firm_topics_paragraphs(result, corpus) if detail == "full" else ()
    return Section(
        Heading(2, "Topic by topic", "topics"), (intro, *listed), children=tuple(children)
    )


PAIRS_SHOWN = 3  # pairs listed in a topic section of the standard briefing; 'full' lists them all


def _topic(
    result: Comparison,
    corpus: Corpus,
    unit: TopicResult,
    a: str,
    b: str,
    sources: Sources,
    elsewhere: Elsewhere,
) -> Section:
    bounds = verdict_bounds(result)
    status = (
        f"As adopted: {adopted_cell(unit, a, b, bounds)}. Today: {today_cell(unit, a, b, bounds)}."
    )
    parting = unit.adopted.verdict not in ("aligned",)
    sentence = (
        sentences.divergence(result, unit, corpus)
        if parting
        else sentences.convergence(result, unit, corpus)
    )
    blocks: list[Block] = [Paragraph(plain(status)), Paragraph(sentence)]
    pairs = unit.adopted.pairs
    if pairs:
        shown = pairs if len(pairs) <= PAIRS_SHOWN + 1 else pairs[:PAIRS_SHOWN]
        items = [_pair_item(p, a, b, sources, unit.adopted) for p in shown]
        if len(shown) < len(pairs):
            items.append(plain(f"… and {len(pairs) - len(shown)} more pairs (Annex B)."))
        blocks.append(Paragraph(plain("Provisions compared, pair by pair:")))
        blocks.append(Items(tuple(items)))
    for side, label, unpaired in (
        ("a", a, unit.adopted.unpaired_a),
        ("b", b, unit.adopted.unpaired_b),
    ):
        # A rule whose curated counterpart is filed under another topic is said apart, naming it
        # (round 43, EU-JP: AI Act Arts 21 and 53(3) listed "without a counterpart" beneath a
        # headline that relates them to JP AI Promotion Act Art. 7). Not "compared there": the two
        # need not share a topic (Art. 7 sits under strategy only).
        related = [(r, elsewhere(side, r)) for r in unpaired]
        refs = [r for r, other in related if not other]
        if refs:
            cited = [_cited(r, sources) for r in refs[:3]]
            more = f" and {len(refs) - 3} more" if len(refs) > 3 else ""
            blocks.append(
                Paragraph(
                    (
                        run(f"Without a counterpart on the other side ({label}): "),
                        *_join(cited),
                        run(f"{more}."),
                    )
                )
            )
        there = [(r, other) for r, other in related if other]
        if there:
            parts = [(*_cited(r, sources), run(f" ({other})")) for r, other in there[:3]]
            more = f" and {len(there) - 3} more" if len(there) > 3 else ""
            blocks.append(
                Paragraph(
                    (
                        run(f"Counterpart under another topic ({label}): "),
                        *_join(parts),
                        run(f"{more}."),
                    )
                )
            )
    if not pairs and not unit.adopted.unpaired_a and not unit.adopted.unpaired_b:
        # Every provision, the most binding first, not only those at the top level: the sentence
        # above may name a firms' duty below a state measure (round 40, EU-JP: it cited AI
        # Promotion Act Art. 6(1) and (3), and this line gave only Art. 11).
        listed = [
            (label, by_force(refs))
            for label, refs in ((a, unit.adopted.stance_a), (b, unit.adopted.stance_b))
        ]
        line: list[Run] = []
        for i, (label, ordered) in enumerate(listed):
            extra = f" and {len(ordered) - 4} more" if len(ordered) > 4 else ""
            name = label if i else label[0].upper() + label[1:]  # it opens the sentence
            line += [run(f"{'. ' if i else ''}{name}: ")]
            line += [*_join([_cited(r, sources) for r in ordered[:4]]), run(extra)]
        blocks.append(Paragraph((*line, run("."))))
    return Section(
        Heading(4, unit_label(unit), f"unit-{unit.unit_id.replace('#', '-').replace('.', '-')}"),
        tuple(blocks),
    )


def _pair_item(
    pair: Pair, a: str, b: str, sources: Sources, assessed: Assessment | None = None
) -> Text:
    """'... : divergent (numbers 100× apart) — ...': where a rule of the method held the pair's
    verdict down, its reason stands instead of a score that would contradict the word."""
    verdict = pair.verdict.replace("-", " ")
    held = telling([c for c in pair.caps if c.bound == pair.verdict])
    why = _pair_held_words(pair, held[0], assessed) if held else f"{pair.score:.2f}"
    return (
        *_cited(pair.a, sources),
        run(" and "),
        *_cited(pair.b, sources),
        run(f": {verdict} ({why}) — {pair_basis_words(pair)}."),
    )


def _pair_held_words(pair: Pair, cap: CapApplied, assessed: Assessment | None = None) -> str:
    """The cap in a few words; for numbers, the ratio this pair's own figures measure (round 19,
    EU-KR: "numbers 100× apart" beside a page-1 gap of about 788 times)."""
    if cap.name not in ("magnitude-gap", "magnitude-chasm") or not pair.own_gaps:
        return cap_short(cap)
    widest = max(pair.own_gaps, key=lambda g: (g.orders, g.kind.value))
    ratio = amounts.ratio_words(widest, pair, assessed)
    return f"{widest.kind.value.replace('-', ' ')}s {ratio}"


def _cited(ref: ProvisionRef, sources: Sources) -> Text:
    text = f"{ref.framework.short_title} {ref.pinpoint}"
    return (
        run(text + " "),
        sources.cite(
            ref.provision.source_url or ref.framework.source_url, ref.framework.short_title
        ),
    )


def _join(parts: list[Text]) -> Text:
    if not parts:
        return (run("none"),)
    out: list[Run] = []
    for i, part in enumerate(parts):
        if i:
            out.append(run("; "))
        out.extend(part)
    return tuple(out)
