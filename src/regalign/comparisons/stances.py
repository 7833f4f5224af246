"""A side's provisions at a horizon, and the penalties that back them through sanctioned_by links."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from regalign.comparisons.applicability import ADOPTED, Starts, counts_at, status
from regalign.comparisons.results import PENDING, ProvisionRef, Side
from regalign.comparisons.scoring import Linked, cite
from regalign.comparisons.sides import counts_for, force_label, force_level, in_scope
from regalign.frameworks.corpus import Corpus
from regalign.schema.derived import is_recital
from regalign.schema.records import Sanction
from regalign.schema.vocab import Evidence


def side_refs(
    corpus: Corpus,
    side: Side,
    dropped: frozenset[str],
    starts: Starts,
    day: date,
    prefix: str | None,
    horizon: str,
    pending_as_binding: bool,
) -> list[ProvisionRef]:
    """The side's provisions that belong to its stances at the horizon, under the topic prefix.

    At the *adopted* horizon a pending instrument counts as if in force (binding), and scheduled
    provisions count from their own date; at *now* pending instruments count at reduced force
    unless ``pending_as_binding``. A provision whose evidence is ``unverified`` (reported, not read)
    and a recital are left out.
    """
    refs: list[ProvisionRef] = []
    as_binding = pending_as_binding or horizon == ADOPTED
    for framework_id in side.framework_ids:
        framework = corpus.frameworks[framework_id]
        for provision_id in corpus.provisions_of(framework_id):
            provision = corpus.provisions[provision_id]
            if not any(in_scope(t, prefix) for t in provision.topics):
                continue
            if not counts_for(side, framework, provision, dropped):
                continue
            if provision.evidence is Evidence.UNVERIFIED:
                continue  # a rule nobody read (a placeholder) is never compared as if it said something
            if is_recital(provision):
                # Round 18, EU-JP and EU-KR: "localisation bans: only the EU" and "consistent with the
                # commitment" rested on DORA Recital 82 alone. A recital explains the articles and
                # states no rule, so it never makes a side speak.
                continue
            start = starts.start(provision_id)
            state = status(framework, provision, start, day)
            if not counts_at(horizon, state, provision.applies_until):
                continue
            level = force_level(framework, provision, state, as_binding)
            label = (
                force_label(framework, level, state)
                if state == PENDING or horizon != ADOPTED
                else force_label(framework, level, "")
            )
            refs.append(
                ProvisionRef(provision_id, framework, provision, state, level, label, start)
            )
    return refs


def linked_sanctions(
    corpus: Corpus, starts: Starts, day: date, horizon: str, refs: Iterable[ProvisionRef]
) -> Linked:
    """Provision id -> the sanctions of the penalty provisions it names that apply at the horizon.

    One more step is followed: when the provision named is an order whose own breach is punished
    (Japan's APPI Art. 148 orders, backed by Art. 178), those penalties back the duty too.
    """
    found: dict[str, tuple[tuple[Sanction, str, str], ...]] = {}
    for ref in refs:
        items = []
        named = list(ref.provision.sanctioned_by)
        for penalty_id in ref.provision.sanctioned_by:
            penalty = corpus.provisions.get(penalty_id)
            if penalty is not None and all(s.kind.value == "order" for s in penalty.sanctions):
                named += [p for p in penalty.sanctioned_by if p not in named]
        for penalty_id in named:
            penalty = corpus.provisions.get(penalty_id)
            if penalty is None:
                continue
            framework = corpus.framework_of(penalty_id)
            state = status(framework, penalty, starts.start(penalty_id), day)
            if not counts_at(horizon, state, penalty.applies_until):
                continue
            label = f"{framework.short_title} {penalty.pinpoint or penalty.title}"
            items += [(sanction, penalty_id, label) for sanction in penalty.sanctions]
        if items:
            found[ref.id] = tuple(items)
    return found


__all__ = ["side_refs", "linked_sanctions", "cite"]
