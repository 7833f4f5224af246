"""The body of the briefing: the divergence matrix by area, the joint commitments, the topic sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from regalign.comparisons.joint import CONFORMITY
from regalign.comparisons.results import Comparison, RollupRow, TopicResult
from regalign.frameworks.corpus import Corpus
from regalign.reports import ranking, sentences
from regalign.reports.document import (
    Figure,
    Heading,
    Items,
    Paragraph,
    Section,
    Table,
    Text,
    bold,
    plain,
    run,
)
from regalign.reports.wording import (
    day,
    key_refs,
    pinpoints,
    side_name,
    stance_cell,
    unit_label,
    verdict_words,
)

if TYPE_CHECKING:  # pragma: no cover
    from regalign.reports.briefing_parts import Extras, Sources

STANDARD_TOPICS = (
    8  # topic sections (and annex B entries) in the standard briefing; 'full' has one per unit
)
CONFORMITY_WORDS = {
    "consistent": "consistent",
    "stricter": "stricter",
    "in-tension": "in tension",
    "no-domestic-rule": "no rule of its own",
}


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
    """One table per area: a bold row per topic group, then its units, with both horizons.

    The full briefing adds each side's stance (how many provisions apply today, the strongest's force
    and kind)."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    stances = detail == "full"
    blocks: list = [
        Paragraph(
            plain(
                "Each row is a topic, read today and once every adopted rule applies. Bold rows roll up the topics "
                "beneath them. “Capped”: a named rule lowered the verdict (see the topic sections)."
                + (
                    f" The {a} and {b} columns give the number of provisions that apply today and the force and kind of "
                    "the strongest."
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
                "Heatmap: similarity on each dimension, by topic, as adopted",
                extras.heatmap_png,
            )
        )
    children = []
    by_unit = {t.unit_id: t for t in result.topics}
    for area in ranking.AREA_ORDER + tuple(
        sorted({ranking.area_of(t.topic_id) for t in result.topics} - set(ranking.AREA_ORDER))
    ):
        rows, roles, cells = [], [], []
        for row in (r for r in result.rollup if ranking.area_of(r.topic_id) == area):
            units = [by_unit[u] for u in _units_of(row, by_unit)]
            if row.topics > 1 or not units:
                rows.append(_group_row(row, a, b))
                roles.append("group")
                cells.append(
                    ("", "", "", _verdict_class(row.verdict), _verdict_class(row.verdict_adopted))
                )
            for unit in units:
                rows.append(_unit_row(unit, row.depth, a, b))
                roles.append("")
                cells.append(
                    (
                        "",
                        "",
                        "",
                        _verdict_class(unit.now.verdict),
                        _verdict_class(unit.adopted.verdict),
                    )
                )
        if rows:
            keep = (0, 1, 2, 3, 4) if stances else (0, 3, 4)
            headers = tuple(("Topic", a, b, "Today", "As adopted")[i] for i in keep)
            table = Table(
                headers,
                tuple(tuple(r[i] for i in keep) for r in rows),
                tuple((6, 3, 3, 3, 4)[i] for i in keep),
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


def _group_row(row: RollupRow, a: str, b: str) -> tuple[Text, ...]:
    indent = "· " * row.depth
    return (
        (bold(f"{indent}{row.label}"),),
        plain(f"{row.topics} topics"),
        plain(""),
        (bold(f"{row.score:.2f} {verdict_words(row.verdict, a, b)}"),),
        (bold(f"{row.score_adopted:.2f} {verdict_words(row.verdict_adopted, a, b)}"),),
    )


def _unit_row(unit: TopicResult, depth: int, a: str, b: str) -> tuple[Text, ...]:
    indent = "· " * (depth + (1 if unit.is_general else 0))
    name = f"{indent}{unit_label(unit) if unit.is_general else unit.label}"
    return (
        plain(name),
        plain(_side_cell(unit.stance_a, unit.pending_a)),
        plain(_side_cell(unit.stance_b, unit.pending_b)),
        plain(_horizon(unit.now, a, b)),
        plain(_adopted(unit, a, b)),
    )


def _side_cell(now: Sequence, pending: Sequence) -> str:  # type: ignore[type-arg]
    if now:
        return stance_cell(now)
    dated = [r.start for r in pending if r.start]
    if dated:
        return f"adopted, from {day(min(dated))}"
    return "adopted, not in force" if pending else "—"


def _horizon(assessed, a: str, b: str) -> str:  # type: ignore[no-untyped-def]
    words = verdict_words(assessed.verdict, a, b)
    text = f"{assessed.score:.2f} {words}" if assessed.scored else words
    if assessed.caps and assessed.uncapped != assessed.verdict:
        text += " (capped)"
    return text + (" (fragile)" if assessed.fragile else "")


def _adopted(unit: TopicResult, a: str, b: str) -> str:
    if unit.adopted_from is None and unit.adopted.verdict == unit.now.verdict:
        return "same"
    text = _horizon(unit.adopted, a, b)
    return f"{text}, from {day(unit.adopted_from)}" if unit.adopted_from else text


def _verdict_class(verdict: str) -> str:
    return f"v-{verdict}"


def joint(result: Comparison, detail: str = "standard") -> Section:
    """Each joint commitment with each side's own law against it (the conformity view).

    The standard briefing lists the commitments of binding instruments that require or bar something;
    the full briefing adds cooperation pledges and non-binding instruments."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    counts = {side: {v: 0 for v in CONFORMITY} for side in ("a", "b")}
    rows, cells = [], []
    listed = [
        j for j in _per_commitment(result.joint) if detail == "full" or _substantive(j.commitment)
    ]
    for item in listed:
        counts["a"][item.a.verdict] += 1
        counts["b"][item.b.verdict] += 1
        rows.append(
            (plain(_commitment_name(item.commitment)), _domestic(item.a), _domestic(item.b))
        )
        cells.append(("", f"c-{item.a.verdict}", f"c-{item.b.verdict}"))
    tension = [(side, n["in-tension"]) for side, n in counts.items() if n["in-tension"]]
    names = sorted({j.commitment.framework.short_title for j in result.joint})
    lead = (
        f"{', '.join(names)} bind both sides, so they are left out of the comparison above. Here each side's "
        f"own law, as adopted, is set against each commitment: {a} has a rule of its own on "
        f"{_covered(counts['a'])} of {len(rows)} commitments, {b} on {_covered(counts['b'])}. Where a "
        "commitment touches several topics, the least conforming reading is shown."
    )
    left_out = len(_per_commitment(result.joint)) - len(listed)
    if left_out:
        lead += (
            f" {left_out} cooperation pledges and commitments of non-binding instruments are left out here "
            "(`--detail full` lists them)."
        )
    unnumbered = sorted(
        {
            j.commitment.framework.short_title
            for j in result.joint
            if j.commitment.provision.pinpoint is None
        }
    )
    if unnumbered:
        lead += f" Article numbers are not yet known for {', '.join(unnumbered)}: its text has not been found."
    if tension:
        lead += (
            " In tension: " + ", ".join(f"{a if s == 'a' else b} on {n}" for s, n in tension) + "."
        )
    return Section(
        Heading(2, "Joint commitments and each side's own law", "joint"),
        (
            Paragraph(plain(lead)),
            Table(
                ("Commitment", f"{a}'s own law", f"{b}'s own law"),
                tuple(rows),
                (5, 4, 4),
                cell_roles=tuple(cells),
            ),
        ),
    )


SEVERITY = {"in-tension": 0, "no-domestic-rule": 1, "consistent": 2, "stricter": 3}


def _per_commitment(items: Sequence) -> list:  # type: ignore[type-arg]
    """One entry per commitment: the topic reading with the least conforming verdict for each side."""
    chosen: dict[str, object] = {}
    for item in items:
        current = chosen.get(item.commitment.id)
        if current is None or (SEVERITY[item.a.verdict], SEVERITY[item.b.verdict]) < (
            SEVERITY[current.a.verdict],
            SEVERITY[current.b.verdict],
        ):  # type: ignore[attr-defined]
            chosen[item.commitment.id] = item
    return list(chosen.values())


def _substantive(ref) -> bool:  # type: ignore[no-untyped-def]
    """A commitment of a binding instrument that requires, bars or permits something."""
    from regalign.schema.vocab import LegalForce, Modality

    return ref.framework.legal_force is LegalForce.BINDING and ref.provision.modality not in (
        Modality.COOPERATION,
        Modality.INSTITUTIONAL,
        Modality.PROMOTION,
        Modality.DEFINITION,
        Modality.SCOPE,
    )


def _commitment_name(ref) -> str:  # type: ignore[no-untyped-def]
    pinpoint = ref.provision.pinpoint
    if pinpoint is None:
        return f"{ref.framework.short_title}: {ref.provision.title}"
    return f"{ref.framework.short_title} {pinpoint}: {ref.provision.title}"


def _covered(counts: dict[str, int]) -> int:
    return sum(n for verdict, n in counts.items() if verdict != "no-domestic-rule")


def _domestic(rule) -> Text:  # type: ignore[no-untyped-def]
    words = CONFORMITY_WORDS[rule.verdict]
    if not rule.provisions:
        return plain(words)
    return (bold(words), run(f": {pinpoints(key_refs(rule.provisions), 1)}"))


def topics(result: Comparison, corpus: Corpus, detail: str, sources: Sources) -> Section:
    """Topic sections, by area and then importance; the standard briefing keeps the most important."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    ordered = ranking.order_by_importance([t for t in result.topics if t.adopted.counts], corpus)
    chosen = ordered if detail == "full" else ordered[:STANDARD_TOPICS]
    note = (
        ""
        if detail == "full"
        else (
            f" The {len(chosen)} most important of {len(ordered)} topics are shown; "
            "`--detail full` shows every topic."
        )
    )
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
                    children=tuple(_topic(result, corpus, t, a, b, sources) for t in in_area),
                )
            )
    intro = Paragraph(
        plain(
            "Importance ranks topics by the force of the rules, the penalties behind them, how many "
            "provisions they hold and how far apart their thresholds or fines are." + note
        )
    )
    return Section(Heading(2, "Topic by topic", "topics"), (intro,), children=tuple(children))


def _topic(
    result: Comparison, corpus: Corpus, unit: TopicResult, a: str, b: str, sources: Sources
) -> Section:
    now = _horizon(unit.now, a, b)
    adopted = _adopted(unit, a, b)
    status = f"Today {now}; as adopted {adopted}."
    parting = unit.adopted.verdict not in ("aligned",)
    sentence = (
        sentences.divergence(result, unit, corpus)
        if parting
        else sentences.convergence(result, unit)
    )
    blocks: list = [Paragraph(plain(status)), Paragraph(sentence)]
    if unit.adopted.caps:
        blocks.append(
            Items(
                tuple(
                    plain(f"Cap “{c.name}” (at most {c.bound.replace('-', ' ')}): {c.reason}.")
                    for c in unit.adopted.caps
                )
            )
        )
    cited = [_cited(r, sources) for r in key_refs(unit.adopted.stance_a)[:4]]
    cited_b = [_cited(r, sources) for r in key_refs(unit.adopted.stance_b)[:4]]
    blocks.append(
        Paragraph((run(f"{a}: "), *_join(cited), run(f". {b}: "), *_join(cited_b), run(".")))
    )
    return Section(
        Heading(4, unit_label(unit), f"unit-{unit.unit_id.replace('#', '-').replace('.', '-')}"),
        tuple(blocks),
    )


def _cited(ref, sources: Sources) -> Text:  # type: ignore[no-untyped-def]
    text = f"{ref.framework.short_title} {ref.pinpoint}"
    return (
        run(text + " "),
        sources.cite(
            ref.provision.source_url or ref.framework.source_url,
            f"{ref.framework.short_title}: official text",
        ),
    )


def _join(parts: list[Text]) -> Text:
    if not parts:
        return (run("none"),)
    out: list = []
    for i, part in enumerate(parts):
        if i:
            out.append(run("; "))
        out.extend(part)
    return tuple(out)
