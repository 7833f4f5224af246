"""Tables that describe the corpus itself: frameworks, topics, and single records."""

from __future__ import annotations

from datetime import date

from regalign.frameworks.corpus import Corpus
from regalign.reports.tables import Table
from regalign.schema.lifecycle import status_on


def _origin(corpus: Corpus, record_id: str) -> str | None:
    """'file:line' where the record is written, for curators editing it."""
    origin = corpus.origins.get(record_id)
    return f"{origin.file}:{origin.line}" if origin else None


def frameworks_table(corpus: Corpus, today: date) -> Table:
    """One row per framework."""
    rows = []
    for framework in sorted(corpus.frameworks.values(), key=lambda f: f.id):
        status = status_on(framework, today)
        rows.append(
            (
                framework.id,
                framework.short_title,
                "+".join(framework.jurisdictions),
                framework.instrument_type.value,
                framework.legal_force.value,
                status.value if status else "not adopted",
                len(corpus.provisions_of(framework.id)),
                framework.evidence.value,
                framework.checked.isoformat(),
            )
        )
    return Table(
        (
            "Id",
            "Short title",
            "Parties",
            "Type",
            "Force",
            f"Status {today.isoformat()}",
            "Provisions",
            "Evidence",
            "Checked",
        ),
        tuple(rows),
        (24, 22, 6, 16, 11, 12, 10, 10, 10),
    )


def topics_table(corpus: Corpus, prefix: str | None) -> Table:
    """The taxonomy (or a branch), indented, with the number of provisions per jurisdiction."""
    ids = corpus.descendants(prefix) if prefix else sorted(corpus.topics)
    ids = sorted(ids, key=lambda t: tuple(t.split(".")))
    codes = list(corpus.jurisdictions)
    counts: dict[tuple[str, str], int] = {}
    for provision_id, provision in corpus.provisions.items():
        parties = corpus.framework_of(provision_id).jurisdictions
        for tagged in provision.topics:
            for code in parties:
                counts[(tagged, code)] = counts.get((tagged, code), 0) + 1
    rows = []
    for topic_id in ids:
        topic = corpus.topics[topic_id]
        refs = ", ".join(f"{r.vocabulary.value} {r.ref}" for r in topic.references)
        rows.append(
            (
                "  " * topic_id.count(".") + topic_id,
                topic.label,
                *(counts.get((topic_id, code), 0) or "" for code in codes),
                refs,
            )
        )
    return Table(
        ("Topic", "Label", *codes, "References"), tuple(rows), (42, 30, *([4] * len(codes)), 30)
    )


def framework_detail(corpus: Corpus, framework_id: str, today: date) -> list[Table]:
    """Key facts of a framework, its events, and its provisions."""
    f = corpus.frameworks[framework_id]
    status = status_on(f, today)
    ids = f.identifiers
    facts = [
        ("Id", f.id),
        ("Title", f.title),
        ("Original title", f.title_original),
        ("Short title", f.short_title),
        ("Parties", ", ".join(f.jurisdictions)),
        ("Issuer", f.issuer),
        ("Type", f.instrument_type.value),
        ("Legal force", f.legal_force.value),
        (f"Status on {today.isoformat()}", status.value if status else "not adopted"),
        ("CELEX", ids.celex),
        ("ELI", ids.eli),
        ("Act number", ids.act_number),
        ("law.go.kr law ID", ids.law_id),
        ("MST", ids.mst),
        ("Source", f.source_url),
        ("Read at", f.read_url),
        ("English text", f.english_text.value),
        ("Evidence", f.evidence.value),
        ("Checked", f.checked.isoformat()),
        ("Summary", f.summary),
        *((f"Caveat {i}", c) for i, c in enumerate(f.caveats, 1)),
        ("Defined at", _origin(corpus, framework_id)),
    ]
    events = tuple(
        (
            e.date.isoformat(),
            e.event.value,
            e.instrument or "",
            e.description or "",
            e.evidence.value,
        )
        for e in f.events
    )
    provisions = []
    for provision_id in corpus.provisions_of(framework_id):
        p = corpus.provisions[provision_id]
        pinpoint = (p.pinpoint or "—") + ("" if p.pinpoint_verified else " (unverified)")
        provisions.append(
            (
                provision_id.partition("/")[2],
                pinpoint,
                p.title,
                p.modality.value,
                (p.applies_from.isoformat() if p.applies_from else ""),
                ", ".join(p.topics),
            )
        )
    return [
        Table(("Field", "Value"), tuple((k, v) for k, v in facts if v), (18, 78)),
        Table(
            ("Date", "Event", "Instrument", "Description", "Evidence"), events, (10, 16, 18, 40, 10)
        ),
        Table(
            ("Id", "Pinpoint", "Title", "Modality", "Applies from", "Topics"),
            tuple(provisions),
            (16, 16, 28, 12, 10, 26),
        ),
    ]


def provision_detail(corpus: Corpus, provision_id: str) -> list[Table]:
    """Every field of a provision, and its curated relations."""
    p = corpus.provisions[provision_id]
    f = corpus.framework_of(provision_id)
    pinpoint = (p.pinpoint or "—") + ("" if p.pinpoint_verified else " (unverified)")
    facts = [
        ("Id", provision_id),
        ("Instrument", f"{f.short_title} ({f.legal_force.value})"),
        ("Pinpoint", pinpoint),
        ("Title", p.title),
        ("Original title", p.title_original),
        ("Summary", p.summary),
        ("Quote", f"“{p.quote}”" if p.quote else None),
        ("Topics", ", ".join(p.topics)),
        ("Modality", p.modality.value),
        ("Addressees", ", ".join(r.value for r in p.addressees)),
        ("Addressed as", p.addressed_as),
        ("Scope tier", p.scope_tier.value if p.scope_tier else None),
        (
            "Applies from",
            p.applies_from.isoformat() if p.applies_from else "entry into force of the instrument",
        ),
        ("Applies until", p.applies_until.isoformat() if p.applies_until else None),
        *(
            (f"Date moved ({c.evidence.value})", f"{c.original} -> {c.new} by {c.amended_by}")
            for c in p.application_history
        ),
        *(("Sanction", s.model_dump_json(exclude_none=True)) for s in p.sanctions),
        ("Source", p.source_url),
        ("Read at", p.read_url),
        ("Evidence", p.evidence.value),
        ("Note", p.note),
        ("Defined at", _origin(corpus, provision_id)),
    ]
    relations = tuple(
        (
            r.relation.source,
            r.relation.relation.value,
            r.relation.target,
            r.relation.strength,
            r.relation.rationale.value,
            r.relation.justification,
        )
        for r in corpus.relations
        if provision_id in (r.relation.source, r.relation.target)
    )
    tables = [Table(("Field", "Value"), tuple((k, v) for k, v in facts if v), (18, 78))]
    if relations:
        tables.append(
            Table(
                ("Source", "Relation", "Target", "Strength", "Rationale", "Justification"),
                relations,
                (22, 14, 22, 8, 10, 40),
            )
        )
    return tables


def topic_detail(corpus: Corpus, topic_id: str) -> list[Table]:
    """A topic, its children, and the provisions tagged with it or below it."""
    t = corpus.topics[topic_id]
    facts = (
        ("Id", t.id),
        ("Label", t.label),
        ("Description", t.description),
        ("Parent", t.parent or "—"),
        ("Children", ", ".join(corpus.children(topic_id)) or "—"),
        *((f"{r.vocabulary.value}", f"{r.ref} {r.label or ''}".strip()) for r in t.references),
        ("Defined at", _origin(corpus, topic_id)),
    )
    rows = []
    for provision_id in corpus.provisions_under(topic_id):
        p = corpus.provisions[provision_id]
        f = corpus.framework_of(provision_id)
        rows.append(
            ("+".join(f.jurisdictions), f.short_title, p.pinpoint or "—", p.title, p.modality.value)
        )
    return [
        Table(("Field", "Value"), facts, (14, 82)),
        Table(
            ("Parties", "Instrument", "Pinpoint", "Title", "Modality"),
            tuple(rows),
            (6, 22, 16, 36, 14),
        ),
    ]
