"""Checks of the facts a comparison leans on: direction, the counterpart an instrument concerns, dated
numbers and deadlines, typed sources, measure keys and whom penalties fall on.

Like ``checks.py``, every function returns issues and never stops at the first problem.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from regalign.frameworks.yamlsource import PathPart
from regalign.issues import Issue
from regalign.sanitize import short_repr
from regalign.schema.lifecycle import effective_date, event_date
from regalign.schema.quantities import DERIVED_KINDS
from regalign.schema.records import Framework, FrameworkDocument, Provision
from regalign.schema.vocab import EventType, SanctionKind

if TYPE_CHECKING:  # pragma: no cover
    from regalign.frameworks.known import LoadedDocument


def check_facts(loaded: LoadedDocument, doc: FrameworkDocument) -> Iterator[Issue]:
    """Every check of this module on one framework file."""
    yield from _concerns(loaded, doc.framework)
    yield from _sources(loaded, doc)
    yield from check_provision_facts(loaded, doc.provisions, doc.framework)


def check_provision_facts(
    loaded: LoadedDocument, provisions: Sequence[Provision], framework: Framework | None
) -> Iterator[Issue]:
    """The checks of this module on each provision; those that need the framework only with one."""
    adopted = (
        event_date(
            framework,
            EventType.ADOPTED,
            EventType.PROMULGATED,
            EventType.SIGNED,
            EventType.PUBLISHED,
        )
        if framework is not None
        else None
    )
    for i, provision in enumerate(provisions):
        base: list[PathPart] = ["provisions", i]
        yield from _direction(loaded, base, provision)
        yield from _dated_numbers(loaded, base, framework, provision)
        if framework is not None:
            yield from _rules_of(loaded, base, framework, provision)
        for j, deadline in enumerate(provision.deadlines):
            if adopted is not None and deadline.date < adopted:
                yield loaded.issue(
                    "E322",
                    base + ["deadlines", j, "date"],
                    f"deadline {deadline.date} is before the instrument was adopted ({adopted})",
                )
        for j, sanction in enumerate(provision.sanctions):
            if sanction.falls_on is None and sanction.kind is not SanctionKind.ORDER:
                yield loaded.issue(
                    "W409",
                    base + ["sanctions", j],
                    f"{short_repr(provision.id)}: say whom the penalty falls on (falls_on: operator "
                    "or public-authority); until then it is compared with no other penalty",
                )


def _concerns(loaded: LoadedDocument, framework: Framework) -> Iterator[Issue]:
    for j, code in enumerate(framework.concerns):
        if code in framework.jurisdictions:
            yield loaded.issue(
                "E320",
                ["framework", "concerns", j],
                f"{code} is a party to {framework.id!r}; 'concerns' lists only jurisdictions the "
                "instrument is about without being party to it",
            )


def _direction(
    loaded: LoadedDocument, base: list[PathPart], provision: Provision
) -> Iterator[Issue]:
    for j, topic in enumerate(provision.against):
        if topic not in provision.topics:
            yield loaded.issue(
                "E319",
                base + ["against", j],
                f"{short_repr(provision.id)} runs against {short_repr(topic)}, which is not among its "
                "topics; tag the topic too",
            )


def _rules_of(
    loaded: LoadedDocument, base: list[PathPart], framework: Framework, provision: Provision
) -> Iterator[Issue]:
    for j, code in enumerate(provision.rules_of):
        if code in framework.jurisdictions:
            yield loaded.issue(
                "E324",
                base + ["rules_of", j],
                f"{short_repr(provision.id)}: {code} is a party to {framework.id!r}, so its rules "
                "here are the instrument's own; 'rules_of' names only another jurisdiction's rules "
                "recorded in the instrument",
            )


def _dated_numbers(
    loaded: LoadedDocument, base: list[PathPart], framework: Framework | None, provision: Provision
) -> Iterator[Issue]:
    start = provision.applies_from or (effective_date(framework) if framework else None)
    for j, quantity in enumerate(provision.quantities):
        path = base + ["quantities", j]
        if (
            quantity.applies_from is not None
            and start is not None
            and quantity.applies_from < start
        ):
            yield loaded.issue(
                "E321",
                path + ["applies_from"],
                f"the number applies from {quantity.applies_from}, before its provision does ({start})",
            )
        if quantity.measure is None and quantity.kind not in DERIVED_KINDS:
            yield loaded.issue(
                "W408",
                path,
                f"{short_repr(provision.id)}: a {quantity.kind.value} without a 'measure' key is never "
                "compared with another instrument's numbers",
            )


def cited_urls(doc: FrameworkDocument) -> list[tuple[list[PathPart], str]]:
    """Every URL the file cites, with its path, in file order."""
    found: list[tuple[list[PathPart], str]] = []
    framework = doc.framework
    for name in ("source_url", "read_url", "english_text_url"):
        if getattr(framework, name):
            found.append((["framework", name], getattr(framework, name)))
    for i, event in enumerate(framework.events):
        if event.source_url:
            found.append((["framework", "events", i, "source_url"], event.source_url))
    for i, provision in enumerate(doc.provisions):
        base: list[PathPart] = ["provisions", i]
        for name in ("source_url", "read_url"):
            if getattr(provision, name):
                found.append((base + [name], getattr(provision, name)))
        for j, change in enumerate(provision.application_history):
            if change.source_url:
                found.append((base + ["application_history", j, "source_url"], change.source_url))
        for j, quantity in enumerate(provision.quantities):
            if quantity.source_url:
                found.append((base + ["quantities", j, "source_url"], quantity.source_url))
        for j, deadline in enumerate(provision.deadlines):
            if deadline.source_url:
                found.append((base + ["deadlines", j, "source_url"], deadline.source_url))
    return found


def _sources(loaded: LoadedDocument, doc: FrameworkDocument) -> Iterator[Issue]:
    listed: dict[str, int] = {}
    for j, source in enumerate(doc.framework.sources):
        if source.url in listed:
            yield loaded.issue(
                "E323",
                ["framework", "sources", j, "url"],
                f"{short_repr(source.url)} is listed twice in sources (first as item {listed[source.url] + 1})",
            )
        else:
            listed[source.url] = j
    reported: set[str] = set()
    for path, url in cited_urls(doc):
        if url not in listed and url not in reported:
            reported.add(url)
            yield loaded.issue(
                "W407",
                path,
                f"{short_repr(url)} is not listed in framework.sources, so reports cannot say what "
                "kind of source it is",
            )
