"""Checks of what a provision says beyond itself: quantities, sanction and dependency links, party terms.

Like ``checks.py``, every function returns issues and never stops at the first problem.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from regalign.frameworks.yamlsource import PathPart
from regalign.issues import Issue
from regalign.schema.quantities import DERIVED_KINDS, unit_problem, value_problem
from regalign.schema.records import FrameworkDocument, Provision

if TYPE_CHECKING:  # pragma: no cover
    from regalign.frameworks.checks import LoadedDocument

LINK_FIELDS = ("sanctioned_by", "depends_on")


def check_quantities(loaded: LoadedDocument, base: list[PathPart], provision: Provision) -> Iterator[Issue]:
    """Units that do not fit their kind, impossible values, and penalty ceilings written twice."""
    for j, quantity in enumerate(provision.quantities):
        path = base + ["quantities", j]
        if quantity.kind in DERIVED_KINDS:
            yield loaded.issue("E318", path + ["kind"],
                               f"a {quantity.kind.value} belongs in 'sanctions' (max_amount and currency, or "
                               "turnover_percent); regalign derives the quantity from there")
            continue
        problem = unit_problem(quantity)
        if problem:
            yield loaded.issue("E314", path + ["unit"], problem)
            continue  # a value is judged in its unit
        problem = value_problem(quantity)
        if problem:
            yield loaded.issue("E315", path + ["value"], problem)


def check_party_term(loaded: LoadedDocument, base: list[PathPart], doc: FrameworkDocument,
                     provision: Provision) -> Iterator[Issue]:
    """A party term belongs to a treaty, names only its parties, and leaves at least one out."""
    term = provision.party_term
    if term is None:
        return
    parties = doc.framework.jurisdictions
    path = base + ["party_term", "parties"]
    if len(parties) < 2:
        yield loaded.issue("E316", base + ["party_term"],
                           f"a party term needs an instrument with two or more parties; {doc.framework.id!r} has "
                           f"only {', '.join(parties)}")
        return
    strangers = [code for code in term.parties if code not in parties]
    if strangers:
        yield loaded.issue("E316", path, f"{', '.join(strangers)} is not a party to {doc.framework.id!r} "
                                         f"(parties: {', '.join(parties)})")
    elif set(term.parties) >= set(parties):
        yield loaded.issue("E316", path, "the term names every party; leave party_term out for a term that binds all")


def check_links(documents: Sequence[LoadedDocument]) -> Iterator[Issue]:
    """sanctioned_by and depends_on: the target exists, is not the provision itself, and depends_on has no cycle."""
    provisions: dict[str, Provision] = {}
    for loaded in documents:
        if isinstance(loaded.document, FrameworkDocument):
            for provision in loaded.document.provisions:
                provisions.setdefault(f"{loaded.document.framework.id}/{provision.id}", provision)
    frameworks = {ref.partition("/")[0] for ref in provisions}
    for loaded in documents:
        doc = loaded.document
        if not isinstance(doc, FrameworkDocument):
            continue
        for i, provision in enumerate(doc.provisions):
            own = f"{doc.framework.id}/{provision.id}"
            for name in LINK_FIELDS:
                for j, ref in enumerate(getattr(provision, name)):
                    path: list[PathPart] = ["provisions", i, name, j]
                    framework_id = ref.partition("/")[0]
                    if ref == own:
                        yield loaded.issue("E317", path, f"{own!r} names itself in {name}")
                    elif framework_id not in frameworks:
                        yield loaded.issue("E313", path, f"{name} names {ref!r}, but there is no framework "
                                                         f"{framework_id!r}")
                    elif ref not in provisions:
                        yield loaded.issue("E313", path, f"{name} names {ref!r}, but {framework_id!r} has no such "
                                                         "provision")
                    elif name == "sanctioned_by" and not provisions[ref].sanctions:
                        yield loaded.issue("W404", path, f"{ref!r} is named as a penalty provision but states no "
                                                         "sanction")
            cycle = _cycle_through(own, provisions)
            if cycle:
                yield loaded.issue("E317", ["provisions", i, "depends_on"],
                                   "depends_on goes round in a circle: " + " -> ".join(cycle))


def _cycle_through(start: str, provisions: dict[str, Provision]) -> list[str]:
    """A depends_on path from ``start`` back to itself, or [] (iterative, so deep chains cannot overflow)."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in provisions[node].depends_on if node in provisions else ():
            if nxt == start:
                if node != start:  # a unit naming itself is reported on its own
                    return path + [start]
                continue
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return []
