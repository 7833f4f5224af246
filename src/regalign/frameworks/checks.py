"""Cross-record checks: ids, references, dates, sanctions, relation strengths, weak data.

Each check reads the validated documents of every file at once and returns issues; nothing here
raises or stops at the first problem.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from regalign.clock import today  # checked dates after today are W405 (the cache key has the date)
from regalign.frameworks.fact_checks import check_facts, check_provision_facts
from regalign.frameworks.known import Known, LoadedDocument, Records
from regalign.frameworks.link_checks import check_links, check_party_term, check_quantities
from regalign.frameworks.yamlsource import PathPart, json_path
from regalign.issues import Issue
from regalign.sanitize import short_repr
from regalign.schema.lifecycle import EVENT_STATUS, event_date, status_on
from regalign.schema.records import (
    CrosswalkDocument,
    Framework,
    FrameworkDocument,
    Provision,
    Relation,
    Sanction,
    TaxonomyDocument,
    Topic,
)
from regalign.schema.vocab import EventType, RelationType, SanctionKind


def _future_checked(
    loaded: LoadedDocument, path: Sequence[PathPart], checked: date
) -> Iterator[Issue]:
    now = today()
    if checked > now:
        yield loaded.issue(
            "W405",
            path,
            f"checked date {checked.isoformat()} is in the future "
            f"(today is {now.isoformat()}); give the date the record was last read",
        )


def run_checks(
    documents: Sequence[LoadedDocument], failed: Mapping[tuple[str, str], str] | None = None
) -> list[Issue]:
    """Every cross-record check over every document.

    ``failed`` maps ('framework', 'topic' or 'provision', id) to where it is defined but failed its
    own checks (a file, or file:line for one record), so that a reference to it says so instead of
    calling it unknown. A document may hold only the records of a file that passed (see
    ``LoadedDocument``); the records that failed are left out, and the rest are checked.
    """
    issues: list[Issue] = []
    known = Known(failed or {})
    topics = _topic_ids(documents, issues)
    known.topics = topics
    provision_ids = _framework_ids(documents, issues)
    for loaded in documents:
        doc = loaded.document
        if isinstance(doc, (TaxonomyDocument, Records)):
            issues.extend(_check_parents(loaded, doc.topics, known))
        if isinstance(doc, FrameworkDocument):
            issues.extend(_check_framework(loaded, doc, known))
        elif isinstance(doc, Records) and doc.provisions:
            issues.extend(_check_provisions(loaded, doc.provisions, known, None))
    issues.extend(_check_crosswalks(documents, provision_ids, known))
    issues.extend(check_links(documents, known))
    return issues


def _topic_ids(documents: Sequence[LoadedDocument], issues: list[Issue]) -> set[str]:
    first: dict[str, str] = {}
    for loaded in documents:
        if isinstance(loaded.document, (TaxonomyDocument, Records)):
            for i, topic in enumerate(loaded.document.topics):
                where = loaded.where(["topics", i])
                if topic.id in first:
                    issues.append(
                        loaded.issue(
                            "E301",
                            ["topics", i, "id"],
                            f"duplicate topic id {topic.id!r} (first defined at {first[topic.id]})",
                        )
                    )
                else:
                    first[topic.id] = where
    return set(first)


def _framework_ids(documents: Sequence[LoadedDocument], issues: list[Issue]) -> dict[str, set[str]]:
    """Framework id -> its local provision ids; reports ids shared by frameworks, taxonomies or crosswalks."""
    first: dict[str, str] = {}
    provisions: dict[str, set[str]] = {}
    for loaded in documents:
        doc = loaded.document
        if isinstance(doc, FrameworkDocument):
            record_id, path = doc.framework.id, ["framework", "id"]
        elif isinstance(doc, CrosswalkDocument):
            record_id, path = doc.crosswalk.id, ["crosswalk", "id"]
        elif isinstance(doc, TaxonomyDocument):
            record_id, path = doc.taxonomy.id, ["taxonomy", "id"]
        else:
            continue  # its header failed: the file's id is not known
        if record_id in first:
            issues.append(
                loaded.issue(
                    "E301",
                    path,
                    f"duplicate id {record_id!r} (first defined at {first[record_id]})",
                )
            )
            continue
        first[record_id] = loaded.where(path)
        if isinstance(doc, FrameworkDocument):
            provisions[record_id] = {p.id for p in doc.provisions}
    return provisions


def _check_parents(
    loaded: LoadedDocument, records: Sequence[Topic], known: Known
) -> Iterator[Issue]:
    for i, topic in enumerate(records):
        if topic.parent is not None and topic.parent not in known.topics:
            yield loaded.issue(
                "E303",
                ["topics", i, "id"],
                f"topic {topic.id!r} has no parent: "
                + (known.failed_in("topic", topic.parent) or f"define a topic {topic.parent!r}"),
            )
        for j, other in enumerate(topic.see_also):
            if other not in known.topics:
                yield loaded.issue(
                    "E302",
                    ["topics", i, "see_also", j],
                    known.unknown_topic(loaded.parsed.name, other),
                )


def _check_framework(
    loaded: LoadedDocument, doc: FrameworkDocument, known: Known
) -> Iterator[Issue]:
    framework = doc.framework
    yield from _check_events(loaded, framework)
    yield from check_facts(loaded, doc)
    yield from _future_checked(loaded, ["framework", "checked"], framework.checked)
    if framework.source_url is None:
        yield loaded.issue("W401", ["framework"], f"framework {framework.id!r} has no source_url")
    yield from _check_provisions(loaded, doc.provisions, known, doc)


def _check_provisions(
    loaded: LoadedDocument,
    provisions: Sequence[Provision],
    known: Known,
    doc: FrameworkDocument | None,
) -> Iterator[Issue]:
    """The checks of each provision; those that need the framework header only when ``doc`` has one."""
    framework = doc.framework if doc is not None else None
    in_force = event_date(framework, EventType.ENTRY_INTO_FORCE) if framework else None
    adopted = (
        event_date(framework, EventType.ADOPTED, EventType.PROMULGATED, EventType.SIGNED)
        if framework
        else None
    )
    if doc is None:
        yield from check_provision_facts(loaded, provisions, None)
    seen: dict[str, int] = {}
    for i, provision in enumerate(provisions):
        base: list[PathPart] = ["provisions", i]
        if provision.id in seen:
            first: list[PathPart] = ["provisions", seen[provision.id], "id"]
            yield loaded.issue(
                "E301",
                base + ["id"],
                f"duplicate provision id {provision.id!r}"
                + (f" in {framework.id!r}" if framework else "")
                + f" (first defined at {loaded.where(first)}, {json_path(loaded.real(first))})",
            )
        else:
            seen[provision.id] = i
        for j, topic in enumerate(provision.topics):
            if topic not in known.topics:
                yield loaded.issue(
                    "E302", base + ["topics", j], known.unknown_topic(loaded.parsed.name, topic)
                )
        yield from _check_provision_dates(loaded, base, provision, in_force, adopted)
        yield from check_quantities(loaded, base, provision)
        if doc is not None:
            yield from check_party_term(loaded, base, doc, provision)
        for j, sanction in enumerate(provision.sanctions):
            problem = sanction_problem(sanction)
            if problem:
                yield loaded.issue("E306", base + ["sanctions", j], problem)
        if provision.pinpoint is None and provision.pinpoint_verified:
            yield loaded.issue(
                "E310",
                base,
                f"{provision.id!r} has no pinpoint; give one or set pinpoint_verified: false",
            )
        elif not provision.pinpoint_verified:
            if provision.pinpoint:
                message = f"{short_repr(provision.id)}: pinpoint {short_repr(provision.pinpoint)} is unverified"
            else:
                message = f"{provision.id!r} has no verified pinpoint"
            yield loaded.issue("W402", base, message)
        if provision.source_url is None:
            yield loaded.issue("W401", base, f"{provision.id!r} has no source_url")
        if not provision.summary.strip():
            yield loaded.issue("W403", base + ["summary"], f"{provision.id!r} has an empty summary")


def _check_events(loaded: LoadedDocument, framework: Framework) -> Iterator[Issue]:
    adopted = event_date(framework, EventType.ADOPTED, EventType.PROMULGATED)
    signed = event_date(framework, EventType.SIGNED)
    proposed = event_date(framework, EventType.PROPOSED)
    repealed = event_date(framework, EventType.REPEALED)
    for i, event in enumerate(framework.events):
        path: list[PathPart] = ["framework", "events", i, "date"]
        if event.event is EventType.ENTRY_INTO_FORCE:
            for label, earlier in (
                ("adoption", adopted),
                ("signature", signed),
                ("proposal", proposed),
            ):
                if earlier and event.date < earlier:
                    yield loaded.issue(
                        "E305", path, f"entry into force {event.date} is before {label} {earlier}"
                    )
        if (
            event.event in (EventType.ADOPTED, EventType.PROMULGATED)
            and proposed
            and event.date < proposed
        ):
            yield loaded.issue(
                "E305", path, f"{event.event.value} {event.date} is before the proposal {proposed}"
            )
        if (
            repealed
            and event.event is not EventType.REPEALED
            and event.event in EVENT_STATUS
            and event.date > repealed
        ):
            yield loaded.issue(
                "E305", path, f"{event.event.value} {event.date} is after repeal {repealed}"
            )
    derived = status_on(framework, framework.checked)
    if derived is not None and derived is not framework.status:
        yield loaded.issue(
            "E308",
            ["framework", "status"],
            f"status is {framework.status.value!r} but the events give {derived.value!r} "
            f"on the checked date {framework.checked}",
        )
    if derived is None:
        yield loaded.issue(
            "E308",
            ["framework", "events"],
            f"no event dated on or before the checked date {framework.checked} gives a status",
        )


def _check_provision_dates(
    loaded: LoadedDocument,
    base: list[PathPart],
    provision: Provision,
    in_force: date | None,
    adopted: date | None,
) -> Iterator[Issue]:
    start, end = provision.applies_from, provision.applies_until
    if start and in_force and start < in_force:
        yield loaded.issue(
            "E305",
            base + ["applies_from"],
            f"applies from {start}, before the instrument's entry into force {in_force}",
        )
    elif start and adopted and start < adopted:
        yield loaded.issue(
            "E305", base + ["applies_from"], f"applies from {start}, before adoption {adopted}"
        )
    if start and end and end < start:
        yield loaded.issue(
            "E305", base + ["applies_until"], f"applies until {end}, before it applies from {start}"
        )
    elif end and in_force and end < in_force:
        yield loaded.issue(
            "E340",
            base + ["applies_until"],
            f"applies until {end}, before the instrument's entry into force {in_force}: "
            "it would never apply",
        )
    elif end and not in_force and adopted and end < adopted:
        yield loaded.issue(
            "E340",
            base + ["applies_until"],
            f"applies until {end}, before adoption {adopted}: it would never apply",
        )
    history = provision.application_history
    for j in range(1, len(history)):
        if history[j].original != history[j - 1].new:
            yield loaded.issue(
                "E309",
                base + ["application_history", j, "original"],
                f"original {history[j].original} does not match the previous change's new "
                f"date {history[j - 1].new}",
            )
    if history and history[-1].new != start:
        yield loaded.issue(
            "E309",
            base + ["application_history", len(history) - 1, "new"],
            f"last change moves the date to {history[-1].new} but applies_from is {start}",
        )


def sanction_problem(sanction: Sanction) -> str:
    """What is missing from a sanction, or '' when it is complete."""
    if sanction.kind is SanctionKind.IMPRISONMENT:
        if sanction.life and sanction.max_years:
            return "imprisonment up to life with max_years; leave max_years out"
        return (
            "" if sanction.max_years or sanction.life else "imprisonment without max_years or life"
        )
    if sanction.kind is SanctionKind.ORDER:
        return ""
    if sanction.kind is SanctionKind.NATIONAL_PENALTIES:
        amount = sanction.max_amount is not None or sanction.turnover_percent is not None
        return (
            "a national penalty regime sets no amount at this level; drop max_amount and turnover_percent"
            if amount
            else ""
        )
    if sanction.max_amount is None and sanction.turnover_percent is None:
        return "fine without max_amount or turnover_percent"
    if sanction.max_amount is not None and sanction.currency is None:
        return f"max_amount {sanction.max_amount} without a currency"
    if sanction.currency is not None and sanction.max_amount is None:
        return f"currency {sanction.currency} without max_amount"
    if (
        sanction.max_amount is not None
        and sanction.turnover_percent is not None
        and sanction.whichever is None
    ):
        return "amount and turnover share given without 'whichever: higher' or 'lower'"
    lower = sanction.whichever is not None and sanction.whichever.value == "lower"
    if lower and not sanction.for_firms:
        return "a ceiling at the lower of amount and share without for_firms (the firms it is for)"
    if sanction.for_firms and not lower:
        return "for_firms names the firms of a ceiling at the lower of amount and share ('whichever: lower')"
    return ""


def _check_crosswalks(
    documents: Sequence[LoadedDocument], provision_ids: dict[str, set[str]], known: Known
) -> Iterator[Issue]:
    seen: dict[tuple[str, ...], str] = {}
    for loaded in documents:
        doc = loaded.document
        if not isinstance(doc, (CrosswalkDocument, Records)):
            continue
        if isinstance(doc, CrosswalkDocument):
            yield from _future_checked(loaded, ["crosswalk", "checked"], doc.crosswalk.checked)
        for i, relation in enumerate(doc.relations):
            base: list[PathPart] = ["relations", i]
            for end in ("source", "target"):
                ref = getattr(relation, end)
                framework_id, _, local_id = ref.partition("/")
                if framework_id not in provision_ids:
                    yield loaded.issue(
                        "E312",
                        base + [end],
                        known.failed_in("framework", framework_id)
                        or f"unknown framework {framework_id!r} in {ref!r}",
                    )
                elif local_id not in provision_ids[framework_id]:
                    yield loaded.issue(
                        "E304",
                        base + [end],
                        known.failed_in("provision", ref)
                        or f"{framework_id!r} has no provision {local_id!r}",
                    )
            if relation.source == relation.target:
                yield loaded.issue("E311", base, f"relation links {relation.source!r} to itself")
            yield from _check_outside(loaded, base, relation, provision_ids)
            if relation.stricter is not None and (
                relation.opposite or relation.relation is RelationType.NOT_RELATED
            ):
                yield loaded.issue(
                    "E326",
                    base + ["stricter"],
                    "a rule can be stricter than another only on the same point: not on a relation "
                    "judged not related or marked opposite",
                )
            expected = strength_problem(relation.relation, relation.strength)
            if expected:
                yield loaded.issue("E307", base + ["strength"], expected)
            key = (*sorted((relation.source, relation.target)), relation.rationale.value)
            if key in seen:
                yield loaded.issue(
                    "E301",
                    base,
                    f"duplicate relation {relation.source} -> {relation.target} "
                    f"({relation.rationale.value}); first at {seen[key]}",
                )
            else:
                seen[key] = loaded.where(base)


def _check_outside(
    loaded: LoadedDocument,
    base: list[PathPart],
    relation: Relation,
    provision_ids: dict[str, set[str]],
) -> Iterator[Issue]:
    """arguably_outside: a clause of the treaty at one end of a relation marked opposite."""
    clause = relation.arguably_outside
    if clause is None:
        return
    path = base + ["arguably_outside"]
    framework_id, _, local_id = clause.partition("/")
    ends = {relation.source.partition("/")[0], relation.target.partition("/")[0]}
    if not relation.opposite:
        yield loaded.issue(
            "E325", path, "a clause that takes a rule outside a commitment needs 'opposite: true'"
        )
    elif framework_id not in ends:
        yield loaded.issue(
            "E325",
            path,
            f"{clause!r} is not a clause of {' or '.join(sorted(ends))}, the instruments related",
        )
    elif local_id not in provision_ids.get(framework_id, set()):
        yield loaded.issue("E304", path, f"{framework_id!r} has no provision {local_id!r}")


def strength_problem(relation: RelationType, strength: int) -> str:
    """Why a strength does not fit a NIST IR 8278A relation, or '' when it fits."""
    if relation is RelationType.EQUAL and strength != 10:
        return f"an 'equal' relation has strength 10, not {strength}"
    if relation is RelationType.NOT_RELATED and strength != 0:
        return f"a 'not-related' relation has strength 0, not {strength}"
    if relation not in (RelationType.EQUAL, RelationType.NOT_RELATED) and not 1 <= strength <= 9:
        return f"a '{relation.value}' relation has strength 1 to 9, not {strength}"
    return ""
