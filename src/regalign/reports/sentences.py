"""One sentence per unit, built from its pairs: what differs or agrees, who is bound, how much, from when.

Every sentence reads the law as adopted and cites the provisions of the pair it speaks of (the
leading pair, or the pair behind the cap it explains), never the strongest provision of a pile.
A rule adopted but not yet applicable is shown with its date. Sentences are plain text runs with
the topic in bold; renderers escape them.
"""

from __future__ import annotations

from regalign.comparisons.assess import NO_COUNTERPART
from regalign.comparisons.caps import MAGNITUDE_CAPS, OPPOSITE_CAPS
from regalign.comparisons.results import NOT_COMPARED, ONE_SIDED, Comparison, TopicResult
from regalign.frameworks.corpus import Corpus
from regalign.reports.amounts import magnitude_words
from regalign.reports.context import context_note, unread_change_words
from regalign.reports.counterparts import counterpart_finder, elsewhere_finder
from regalign.reports.document import Text, bold, run
from regalign.reports.meeting_words import meeting
from regalign.reports.norms import contrary_of, topic_norm
from regalign.reports.one_sided import nearest_counterpart, neighbour_topics, one_sided
from regalign.reports.parting_words import (
    binding_vs_soft,
    broad_shape,
    different_matters,
    gap_sentence,
    operator_vs_state,
    opposite,
)
from regalign.reports.stricter_words import stricter_pair, stricter_rule
from regalign.reports.suspended import suspension_finder
from regalign.reports.wording import side_name, unit_label


def divergence(
    result: Comparison, unit: TopicResult, corpus: Corpus, tensions_said: bool = False
) -> Text:
    """Why a unit parts, as adopted. ``tensions_said``: page 1's joint-commitments bullet already
    names each side's rules in tension with a joint commitment, so the row leaves those out."""
    a, b = side_name(result.side_a), side_name(result.side_b)
    assessed = unit.adopted
    withdrawn = _withdrawn(result, unit, corpus)
    if withdrawn:
        if unit.now.verdict == NOT_COMPARED or not unit.now.speaks:
            return (bold(unit_label(unit)), run(f": not compared — {withdrawn}."))
        assessed = unit.now
        if assessed.verdict == "aligned" and assessed.lead is not None:
            # Today's rules meet: say so, not how they differ most (round 59, EU-JP: "aligned
            # (0.83)" beside "today, they differ most in substance").
            body = meeting(result, unit, assessed)
            context = _context(result, unit, corpus, tensions_said, changes_said=True)
            return (
                bold(unit_label(unit)),
                run(f": not compared as adopted — {withdrawn}; today, {body}{context}."),
            )
    if assessed.verdict in ONE_SIDED:
        body = one_sided(
            unit,
            assessed,
            a,
            b,
            corpus,
            neighbour_topics(result, unit, corpus),
            nearest_counterpart(result, unit, corpus),
            suspension_finder(result),
        )
    else:
        names = {c.name for c in assessed.caps}
        if NO_COUNTERPART in names:
            body = different_matters(
                assessed, a, b, contrary_of(corpus, unit.topic_id), unit.topic_id
            )
        elif names & set(OPPOSITE_CAPS):
            body = opposite(assessed, a, b, topic_norm(corpus, unit.topic_id), unit.topic_id)
        elif names & set(MAGNITUDE_CAPS):
            body = magnitude_words(assessed, a, b)
        elif "binding-vs-soft" in names and assessed.lead is not None:
            body = binding_vs_soft(assessed.lead, a, b)
        elif "operator-vs-state" in names and assessed.lead is not None:
            body = operator_vs_state(assessed.lead, a, b)
        elif (
            "stricter-rule" in names and assessed.lead is not None and stricter_pair(assessed.lead)
        ):
            body = stricter_rule(assessed.lead, a, b)
        elif "broad-shape" in names and assessed.lead is not None:
            body = broad_shape(assessed.lead)
        else:
            body = gap_sentence(
                assessed,
                a,
                b,
                unit.topic_id,
                corpus,
                elsewhere_finder(result, corpus),
                suspension_finder(result),
                counterpart_finder(result, corpus),
            )
            if "guidance-lift" in names:
                # The verdict rests on the rules; say why the score reads higher (seventh sitting).
                body += "; only their guidance agrees more closely"
            if "shape-lift" in names:
                # The same for rules paired on their shape alone (round 79, KR-JP).
                body += "; only rules paired on their shape alone agree more closely"
    context = _context(result, unit, corpus, tensions_said, changes_said=bool(withdrawn))
    if withdrawn:
        body = f"not compared as adopted — {withdrawn}; today, {body}"
    return (bold(unit_label(unit)), run(": " + body + context + "."))


def _withdrawn(result: Comparison, unit: TopicResult, corpus: Corpus) -> str:
    """Why a unit both sides speak on is not compared as adopted ('Japan's rules here change from
    17 Jan 2027 (APPI ...), in wording not read'), or ''. Round 18, KR-JP: the first divergence
    rested on penalty articles an adopted act deletes or renumbers; today's picture still holds
    until the change applies, and is said after it."""
    if unit.adopted.verdict != NOT_COMPARED or unit.adopted.speaker is not None:
        return ""
    return unread_change_words(result, unit, corpus, tail="")


def convergence(result: Comparison, unit: TopicResult, corpus: Corpus) -> Text:
    """What the sides share on a unit, as adopted, from its leading pair."""
    if unit.adopted.lead is None:
        return divergence(result, unit, corpus)
    body = meeting(result, unit, unit.adopted)
    return (bold(unit_label(unit)), run(": " + body + _context(result, unit, corpus) + "."))


def _context(
    result: Comparison,
    unit: TopicResult,
    corpus: Corpus,
    tensions_said: bool = False,
    changes_said: bool = False,
) -> str:
    note = context_note(result, unit, corpus, tensions_said, changes_said)
    return f"; {note}" if note else ""


__all__ = ["divergence", "convergence"]
