"""What a row or sentence must say beside its verdict: the joint commitments that bind both sides on
the topic, and the instruments of a side's jurisdiction that the comparison leaves out."""

from __future__ import annotations

from regalign.comparisons.results import PENDING, Comparison, TopicResult
from regalign.frameworks.corpus import Corpus
from regalign.reports.wording import and_list, side_name
from regalign.schema.vocab import LegalForce, Modality

# Commitments that require, bar or permit something (not pledges to cooperate or definitions).
SUBSTANTIVE = frozenset(
    {
        Modality.PROHIBITION,
        Modality.OBLIGATION,
        Modality.BEST_EFFORTS,
        Modality.RIGHT,
        Modality.PERMISSION,
        Modality.EXCEPTION,
    }
)


def joint_instruments_on(unit: TopicResult) -> dict[str, bool]:
    """Short title -> in force, for the binding joint instruments with a substantive commitment on
    the unit's topic (pledges to cooperate and non-binding partnerships do not count)."""
    found: dict[str, bool] = {}
    for item in unit.joint:
        ref = item.commitment
        if ref.framework.legal_force is not LegalForce.BINDING:
            continue
        if ref.provision.modality not in SUBSTANTIVE:
            continue
        found.setdefault(ref.framework.short_title, ref.status != PENDING)
    return found


def joint_words(unit: TopicResult) -> str:
    """'both are bound by the EU-Korea FTA on this topic', 'both have signed the EU-Korea DTA, not yet
    in force, which covers this topic', or ''. A treaty not in force binds no one yet."""
    found = joint_instruments_on(unit)
    in_force = sorted(name for name, live in found.items() if live)
    signed = sorted(name for name, live in found.items() if not live)
    parts = []
    if in_force:
        parts.append(f"both are bound by {and_list(['the ' + n for n in in_force])} here")
    if signed:
        verb = "covers" if len(signed) == 1 else "cover"
        parts.append(
            f"both signed {and_list(['the ' + n for n in signed])} (not yet in force), which {verb} it"
        )
    return "; ".join(parts)


def joint_cell(unit: TopicResult) -> str:
    """'EU-Korea FTA (in force); EU-Korea DTA (signed, not in force)' for a matrix cell, or ''."""
    found = joint_instruments_on(unit)
    return "; ".join(
        f"{name} ({'in force' if live else 'signed, not in force'})"
        for name, live in sorted(found.items())
    )


def outside_words(result: Comparison, unit: TopicResult, corpus: Corpus) -> str:
    """ "Korea's AI Basic Act Enforcement Decree, left out of this comparison, also has rules here", or ''."""
    notes = []
    for side, ids in ((result.side_a, unit.outside_a), (result.side_b, unit.outside_b)):
        if ids:
            titles = and_list([corpus.frameworks[i].short_title for i in ids])
            owner = _owner(side, corpus)
            verb = "has" if len(ids) == 1 else "have"
            notes.append(f"{owner}{titles}, left out of this comparison, also {verb} rules here")
    return "; ".join(notes)


def context_note(result: Comparison, unit: TopicResult, corpus: Corpus) -> str:
    """Both notes, joined, or ''."""
    return "; ".join(x for x in (joint_words(unit), outside_words(result, unit, corpus)) if x)


def _owner(side, corpus: Corpus) -> str:  # type: ignore[no-untyped-def]
    """'Korea's ' for a side whose instruments belong to one jurisdiction, else ''."""
    if len(side.parties) != 1:
        return ""
    code = next(iter(side.parties))
    from regalign.reports.wording import JURISDICTION_NAMES

    name = JURISDICTION_NAMES.get(code, code)
    return f"{name[0].upper()}{name[1:]}'s "


__all__ = ["context_note", "joint_words", "outside_words", "side_name"]
