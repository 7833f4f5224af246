"""Annex B of the briefing: the provisions of each topic side by side (the key ones, or every one
with its summary and quote)."""

from __future__ import annotations

from regalign.comparisons.results import Comparison, ProvisionRef
from regalign.frameworks.corpus import Corpus
from regalign.reports import ranking
from regalign.reports.briefing_body import STANDARD_TOPICS
from regalign.reports.briefing_parts import Sources
from regalign.reports.citations import key_refs
from regalign.reports.document import (
    Heading,
    Paragraph,
    Run,
    Section,
    Table,
    Text,
    plain,
    run,
)
from regalign.reports.wording import day, language, side_name, unit_label
from regalign.schema.vocab import EnglishText, Evidence, Modality


def provisions(result: Comparison, corpus: Corpus, detail: str, sources: Sources) -> Section:
    """Provisions side by side per topic: the key ones (standard) or all, with summaries (full)."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    ordered = ranking.order_by_importance([t for t in result.topics if t.adopted.speaks], corpus)
    chosen = ordered if detail == "full" else ordered[:STANDARD_TOPICS]
    children = []
    for unit in chosen:
        rows = []
        for label, refs in ((a, unit.adopted.stance_a), (b, unit.adopted.stance_b)):
            shown = refs if detail == "full" else key_refs(refs)[:2]
            rows += [_provision_row(label, ref, detail, sources) for ref in shown]
        children.append(
            Section(
                Heading(
                    3, unit_label(unit), f"side-{unit.unit_id.replace('#', '-').replace('.', '-')}"
                ),
                (
                    Table(
                        ("Side", "Provision", "Force and kind", "Applies from", "Evidence"),
                        tuple(rows),
                        (1, 6, 2, 2, 2),
                    ),
                ),
            )
        )
    note = (
        "Every provision of every topic, with summaries."
        if detail == "full"
        else (
            f"The provisions that carry each of the {STANDARD_TOPICS} most important topics (the most binding ones, up "
            "to two a side); the full briefing lists every provision with a summary."
        )
    )
    return Section(
        Heading(2, "Annex B. Provisions side by side", "provisions"),
        (Paragraph(plain(note)),),
        collapsible=True,
        children=tuple(children),
    )


def _provision_row(side: str, ref: ProvisionRef, detail: str, sources: Sources) -> tuple[Text, ...]:
    p = ref.provision
    name: list[Run] = [
        run(f"{ref.framework.short_title} {ref.pinpoint} — {p.title} "),
        sources.cite(p.source_url or ref.framework.source_url, ref.framework.short_title),
    ]
    if detail == "full" and p.summary:
        name.append(run(f". {p.summary}"))
        if p.quote:
            original = ref.framework.original_language
            tag = (
                ""
                if original == "en" or ref.framework.english_text is EnglishText.ORIGINAL
                else f" (quoted in {language(original)}, the authentic language)"
            )
            name.append(run(f" Quote: “{p.quote}”{tag}"))
    starts = (
        day(ref.start)
        if ref.start
        else ("when the instrument enters into force" if ref.status == "pending" else "—")
    )
    if p.date_evidence is not Evidence.PRIMARY:
        starts += f" ({p.date_evidence.value} source)"
    evidence = {
        "primary": "official text",
        "secondary": "commentary or copy",
        "unverified": "unverified",
    }[p.evidence.value] + ("" if p.pinpoint_verified else "; article number unconfirmed")
    kind = (
        "best-efforts duty"  # not "best-efforts best efforts" (round 40, EU-JP)
        if p.modality is Modality.BEST_EFFORTS
        else ref.force_label + " " + p.modality.value.replace("-", " ")
    )
    return (plain(side), tuple(name), plain(kind), plain(starts), plain(evidence))
