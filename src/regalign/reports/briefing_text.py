"""Sentences built from the data for the briefing's 'what matters most' section, and their ranking."""

from __future__ import annotations

from typing import Sequence

from regalign.comparisons.results import ALIGNED, DIVERGENT, ONLY_A, ONLY_B, PARTIALLY_ALIGNED, Comparison, ProvisionRef, TopicResult
from regalign.reports.tables import pinpoints, strongest
from regalign.reports.text import md_escape

LIMIT = 4  # pinpoints named per side in a sentence
GAP_PHRASES = {
    "legal_force": "how binding the rules are",
    "intensity": "how demanding the rules are",
    "modality": "the kind of rule",
    "addressees": "who is addressed",
    "addressee_class": "whether operators, authorities or the state are bound",
    "scope_tier": "which AI systems are reached",
    "sanctions": "the sanctions",
    "magnitude": "the size of thresholds, fines or deadlines",
    "relation": "how closely the provisions match in substance",
}


def _strength(topic: TopicResult) -> tuple[int, int]:
    """The strongest force on either side, then the number of provisions: ties go to weightier rules."""
    refs = (*topic.stance_a, *topic.stance_b)
    return max((r.force_level for r in refs), default=0), len(refs)


def rank_divergences(result: Comparison) -> list[TopicResult]:
    """Topics where the sides part, most important first: weight x (1 - score), then force, then size."""
    candidates = [t for t in result.topics if t.verdict in (DIVERGENT, ONLY_A, ONLY_B)]
    if not candidates:
        candidates = [t for t in result.topics if t.verdict == PARTIALLY_ALIGNED]
    return sorted(candidates, key=lambda t: (-t.weight * (1 - t.score), *(-v for v in _strength(t)), t.topic_id))


def shared_only(topic: TopicResult) -> bool:
    """True when both sides hold exactly the same provisions (a bilateral instrument binding both)."""
    return {r.id for r in topic.stance_a} == {r.id for r in topic.stance_b}


def rank_convergences(result: Comparison) -> list[TopicResult]:
    """Topics where the sides agree, most important first.

    Agreement between each side's own rules comes before agreement that only reflects a shared
    bilateral instrument; then weight x score, force and size decide.
    """
    candidates = [t for t in result.topics if t.verdict == ALIGNED] or \
        [t for t in result.topics if t.verdict == PARTIALLY_ALIGNED]
    return sorted(candidates, key=lambda t: (shared_only(t), -t.weight * t.score, *(-v for v in _strength(t)),
                                             t.topic_id))


def _describe(refs: Sequence[ProvisionRef], kind: str) -> str:
    top = strongest(refs)
    count = f"{len(refs)} provision{'s' if len(refs) != 1 else ''}"
    return f"{count}, strongest a {top.force_label} {top.provision.modality.value} " \
           f"({pinpoints(refs, short=kind == 'framework', limit=LIMIT)})"


def divergence_sentence(result: Comparison, topic: TopicResult) -> str:
    """One sentence on why a topic diverges, from the stances and the weakest dimension."""
    a, b = result.side_a, result.side_b
    name = f"**{md_escape(topic.label)}**"
    on = result.as_of.isoformat()
    if topic.verdict == ONLY_A:
        return (f"{name} — {md_escape(a.label)} has {md_escape(_describe(topic.stance_a, a.kind))}; "
                f"{md_escape(b.label)} has no provision on it that applies on {on}.")
    if topic.verdict == ONLY_B:
        return (f"{name} — {md_escape(b.label)} has {md_escape(_describe(topic.stance_b, b.kind))}; "
                f"{md_escape(a.label)} has no provision on it that applies on {on}.")
    gap = max((d for d in topic.dimensions if d.similarity is not None),
              key=lambda d: (d.weight * (1 - (d.similarity or 0)), d.name))
    return (f"{name} — both address it (score {topic.score:.2f}, {topic.verdict.replace('-', ' ')}); the widest gap is "
            f"{GAP_PHRASES[gap.name]}: {md_escape(a.label)} {md_escape(gap.value_a)} against {md_escape(b.label)} "
            f"{md_escape(gap.value_b)} ({md_escape(pinpoints(topic.stance_a, a.kind == 'framework', LIMIT))} / "
            f"{md_escape(pinpoints(topic.stance_b, b.kind == 'framework', LIMIT))}).")


def convergence_sentence(result: Comparison, topic: TopicResult) -> str:
    """One sentence on what the sides share on a topic."""
    a, b = result.side_a, result.side_b
    if shared_only(topic):
        return (f"**{md_escape(topic.label)}** — both are bound by the same bilateral provisions "
                f"({md_escape(pinpoints(topic.stance_a, False, LIMIT))}); score {topic.score:.2f}.")
    shared = sorted({r.provision.modality.value for r in topic.stance_a} & {r.provision.modality.value for r in topic.stance_b})
    kinds = " and ".join(shared) if shared else "rules of different kinds"
    sentence = (f"**{md_escape(topic.label)}** — {md_escape(a.label)} "
                f"({md_escape(pinpoints(topic.stance_a, a.kind == 'framework', LIMIT))}) and {md_escape(b.label)} "
                f"({md_escape(pinpoints(topic.stance_b, b.kind == 'framework', LIMIT))}) both lay down "
                f"{md_escape(kinds)}; score {topic.score:.2f}")
    if topic.relations:
        rel = topic.relations[0].relation
        sentence += f"; curated relation {rel.relation.value}, strength {rel.strength}"
    return sentence + "."
