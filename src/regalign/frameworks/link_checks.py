"""Checks of what a provision says beyond itself: quantities, sanction and dependency links, party terms.

Like ``checks.py``, every function returns issues and never stops at the first problem.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping, Sequence

from regalign.frameworks.known import Known, LoadedDocument
from regalign.frameworks.yamlsource import PathPart
from regalign.issues import Issue
from regalign.schema.quantities import DERIVED_KINDS, unit_problem, value_problem
from regalign.schema.records import FrameworkDocument, Provision

LINK_FIELDS = ("sanctioned_by", "depends_on")


def check_quantities(
    loaded: LoadedDocument, base: list[PathPart], provision: Provision
) -> Iterator[Issue]:
    """Units that do not fit their kind, impossible values, and penalty ceilings written twice."""
    for j, quantity in enumerate(provision.quantities):
        path = base + ["quantities", j]
        if quantity.kind in DERIVED_KINDS:
            yield loaded.issue(
                "E318",
                path + ["kind"],
                f"a {quantity.kind.value} belongs in 'sanctions' (max_amount and currency, or "
                "turnover_percent); regalign derives the quantity from there",
            )
            continue
        problem = unit_problem(quantity)
        if problem:
            yield loaded.issue("E314", path + ["unit"], problem)
            continue  # a value is judged in its unit
        problem = value_problem(quantity)
        if problem:
            yield loaded.issue("E315", path + ["value"], problem)


def check_party_term(
    loaded: LoadedDocument, base: list[PathPart], doc: FrameworkDocument, provision: Provision
) -> Iterator[Issue]:
    """A party term belongs to a treaty, names only its parties, and leaves at least one out."""
    term = provision.party_term
    if term is None:
        return
    parties = doc.framework.jurisdictions
    path = base + ["party_term", "parties"]
    if len(parties) < 2:
        yield loaded.issue(
            "E316",
            base + ["party_term"],
            f"a party term needs an instrument with two or more parties; {doc.framework.id!r} has "
            f"only {', '.join(parties)}",
        )
        return
    strangers = [code for code in term.parties if code not in parties]
    if strangers:
        yield loaded.issue(
            "E316",
            path,
            f"{', '.join(strangers)} is not a party to {doc.framework.id!r} "
            f"(parties: {', '.join(parties)})",
        )
    elif set(term.parties) >= set(parties):
        yield loaded.issue(
            "E316",
            path,
            "the term names every party; leave party_term out for a term that binds all",
        )


def check_links(documents: Sequence[LoadedDocument], known: Known | None = None) -> Iterator[Issue]:
    """sanctioned_by and depends_on: the target exists, is not the provision itself, and depends_on has no cycle."""
    provisions: dict[str, Provision] = {}
    for loaded in documents:
        if isinstance(loaded.document, FrameworkDocument):
            for provision in loaded.document.provisions:
                provisions.setdefault(f"{loaded.document.framework.id}/{provision.id}", provision)
    frameworks = {ref.partition("/")[0] for ref in provisions}
    circles = circles_through(provisions)
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
                        cascade = known.failed_in("framework", framework_id) if known else ""
                        yield loaded.issue(
                            "E313",
                            path,
                            f"{name} names {ref!r}, but "
                            + (cascade or f"there is no framework {framework_id!r}"),
                        )
                    elif ref not in provisions:
                        cascade = known.failed_in("provision", ref) if known else ""
                        yield loaded.issue(
                            "E313",
                            path,
                            f"{name} names {ref!r}, but "
                            + (cascade or f"{framework_id!r} has no such provision"),
                        )
                    elif name == "sanctioned_by" and not provisions[ref].sanctions:
                        yield loaded.issue(
                            "W404",
                            path,
                            f"{ref!r} is named as a penalty provision but states no sanction",
                        )
            if own in circles:
                yield loaded.issue(
                    "E317",
                    ["provisions", i, "depends_on"],
                    "depends_on goes round in a circle: " + _show_circle(circles[own]),
                )


def circles_through(
    provisions: Mapping[str, Provision], exact: int = 100
) -> dict[str, tuple[list[str], int]]:
    """For each provision on a depends_on circle of two or more provisions: a circle through it, as a list
    shared by the members of one circle and the index where this provision stands on it.

    Linear in the links: the circles are the strongly connected components. Within a component, the
    provisions on one circle found by a search share that circle; up to ``exact`` others get a search
    of their own, and the rest are said to join the shared circle (bounded work on any input).
    """
    found: dict[str, tuple[list[str], int]] = {}
    for component in _components(provisions):
        if len(component) < 2:
            continue
        members = set(component)
        first = _path_back(component[0], members, provisions)[:-1]
        place = {node: index for index, node in enumerate(first)}
        budget = exact
        for node in component:
            if node in place:
                found[node] = (first, place[node])
            elif budget > 0:
                budget -= 1
                found[node] = (_path_back(node, members, provisions)[:-1], 0)
            else:
                found[node] = (
                    first,
                    -1,
                )  # on some circle of the component, not this one: said so plainly
    return found


def _show_circle(circle: tuple[list[str], int], most: int = 8) -> str:
    """'a -> b -> c -> a', starting at the provision the circle is shown for; long circles abbreviated."""
    members, start = circle
    size = len(members)
    if start < 0:
        return f"it joins the circle {' -> '.join(members[:3])} -> ... ({size:,} provisions)"
    if size + 1 <= most:
        return " -> ".join([*(members[(start + k) % size] for k in range(size)), members[start]])
    shown = [members[(start + k) % size] for k in range(most - 2)]
    return " -> ".join([*shown, "...", members[start]]) + f" ({size:,} provisions)"


def _path_back(start: str, members: set[str], provisions: Mapping[str, Provision]) -> list[str]:
    """A shortest depends_on path from ``start`` back to itself, inside one component (breadth first)."""
    parent: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in provisions[node].depends_on:
            if nxt == start and node != start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return [*reversed(path), start]
            if nxt in members and nxt not in parent and nxt != start:
                parent[nxt] = node
                queue.append(nxt)
    return [start, start]


def _components(provisions: Mapping[str, Provision]) -> list[list[str]]:
    """Strongly connected components of the depends_on graph (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    for root in provisions:
        if root in index:
            continue
        work = [(root, iter(provisions[root].depends_on))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, links = work[-1]
            advanced = False
            for nxt in links:
                if nxt not in provisions:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(provisions[nxt].depends_on)))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component[::-1])
    return components
