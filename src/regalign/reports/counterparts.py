"""Rules whose counterpart on the other side is filed under another topic.

A rule may have its counterpart under another topic: Japan's duty to cooperate with the State's AI
policies (AI Promotion Act Art. 7) sits under strategy, the EU's duties to cooperate with the
authorities (AI Act Arts 21 and 53(3)) under enforcement. A curated relation that joins the two says
the other side has a rule on the same point, so

- the For-firms bullet does not count the duty as one only its side imposes (blind reading 32,
  EU-JP: "only Japan binds them, on one point: cooperation" read as Japan being the stricter);
- a row does not count the rule among those with "no counterpart", and names the one it is related
  to (blind reading 36, EU-JP).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from regalign.comparisons.results import Comparison, ProvisionRef
from regalign.frameworks.corpus import Corpus


def provisions_by_side(
    result: Comparison, keep: Callable[[ProvisionRef], bool]
) -> dict[str, frozenset[str]]:
    """The ids of each side's provisions that pass ``keep``, as adopted, on any topic compared."""
    found: dict[str, set[str]] = {"a": set(), "b": set()}
    for unit in result.topics:
        for side, refs in (("a", unit.adopted.stance_a), ("b", unit.adopted.stance_b)):
            found[side].update(r.id for r in refs if keep(r))
    return {side: frozenset(ids) for side, ids in found.items()}


def matched_elsewhere(ref: ProvisionRef, others: Iterable[str], corpus: Corpus) -> bool:
    """True when a curated relation (strength 1 or more, not marked opposite) joins the duty to one
    of the other side's duties: the other side binds firms on the same point under another topic.
    A relation judged 'not related' (strength 0) or pointing the other way joins nothing."""
    return bool(counterpart_elsewhere(ref, others, corpus))


def counterpart_elsewhere(ref: ProvisionRef, others: Iterable[str], corpus: Corpus) -> str:
    """The id of the other side's provision a curated relation (strength 1 or more, not opposite)
    joins to ``ref``, the strongest first; '' when there is none."""
    other_ids = frozenset(others)
    found = []
    for item in corpus.relations:
        rel = item.relation
        if rel.strength < 1 or rel.opposite:
            continue
        if rel.source == ref.id and rel.target in other_ids:
            found.append((-rel.strength, rel.target))
        elif rel.target == ref.id and rel.source in other_ids:
            found.append((-rel.strength, rel.source))
    return min(found)[1] if found else ""


Elsewhere = Callable[[str, ProvisionRef], str]
# (side, provision) -> the counterpart under another topic as a ProvisionRef of the comparison, or None.
Counterpart = Callable[[str, ProvisionRef], "ProvisionRef | None"]


def elsewhere_finder(result: Comparison, corpus: Corpus) -> Elsewhere:
    """A function (side, provision) -> 'JP AI Promotion Act Art. 7 (cooperation)', the other side's
    provision a curated relation joins it to on any topic compared, or ''."""
    ids = provisions_by_side(result, lambda r: True)

    def find(side: str, ref: ProvisionRef) -> str:
        pid = counterpart_elsewhere(ref, ids["b" if side == "a" else "a"], corpus)
        if not pid:
            return ""
        return f"{corpus.framework_of(pid).short_title} {corpus.provisions[pid].pinpoint}"

    return find


def counterpart_finder(result: Comparison, corpus: Corpus) -> Counterpart:
    """A function (side, provision) -> the other side's provision a curated relation joins it to on
    any topic compared, as the comparison holds it (with its force), or None; so that a sentence can
    say what kind of rule it is (round 63, EU-JP: "2 are related to one filed under another topic"
    named neither the EU's two rules nor that Japan's Art. 7 binds firms)."""
    ids = provisions_by_side(result, lambda r: True)
    held = {
        r.id: r for unit in result.topics for r in (*unit.adopted.stance_a, *unit.adopted.stance_b)
    }

    def find(side: str, ref: ProvisionRef) -> ProvisionRef | None:
        pid = counterpart_elsewhere(ref, ids["b" if side == "a" else "a"], corpus)
        return held.get(pid) if pid else None

    return find
