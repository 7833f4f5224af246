"""What a row or sentence must say beside its verdict: the joint commitments that bind both sides on
the topic, and the instruments of a side's jurisdiction that the comparison leaves out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from regalign.comparisons.results import PENDING, Comparison, ProvisionRef, Side, TopicResult
from regalign.frameworks.corpus import Corpus
from regalign.reports.citations import citation_order, pinpoints
from regalign.reports.wording import and_list, day, in_sentence, possessive, side_name
from regalign.schema.records import Provision
from regalign.schema.vocab import LegalForce, Modality

LIMIT = 2  # pinpoints in a note

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


def joint_words(
    unit: TopicResult, against: dict[str, str] | None = None, skip: set[str] | None = None
) -> str:
    """'both are bound by the EU-Korea FTA here', 'both signed the EU-Korea DTA (not yet in force),
    which covers it', or ''. A treaty not in force binds no one yet. ``against`` maps an instrument's
    short title to the side's rules that run against it ("Korea's Spatial Data Act Art. 16(1)"):
    the clause then says so instead of 'covers it', which would hide that the treaty bars what the
    row reports (blind reading round 8)."""
    against = against or {}
    found = {k: v for k, v in joint_instruments_on(unit).items() if k not in (skip or set())}
    in_force = sorted(name for name, live in found.items() if live)
    signed = sorted(name for name, live in found.items() if not live)
    parts = []
    plain = [n for n in in_force if n not in against]
    if plain:
        parts.append(f"both are bound by {and_list(['the ' + n for n in plain])} here")
    parts += [f"both are bound by the {n}, which {against[n]}" for n in in_force if n in against]
    plain = [n for n in signed if n not in against]
    if plain:
        verb = "covers" if len(plain) == 1 else "cover"
        parts.append(
            f"both signed {and_list(['the ' + n for n in plain])} (not yet in force), which {verb} it"
        )
    parts += [
        f"both signed the {n} (not yet in force), which {against[n]}"
        for n in signed
        if n in against
    ]
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


def tension_words(result: Comparison, unit: TopicResult) -> dict[str, str]:
    """Short title -> "Korea's Spatial Data Act Art. 16(1) runs against", for each binding joint
    instrument that a side's own rule on the topic runs against (a curated relation says so)."""
    names = {"a": side_name(result.side_a), "b": side_name(result.side_b)}
    found: dict[str, dict[str, dict[str, ProvisionRef]]] = {}
    arguable: set[str] = set()
    for item in unit.joint:
        if item.commitment.framework.legal_force is not LegalForce.BINDING:
            continue
        title = item.commitment.framework.short_title
        for domestic in (item.a, item.b):
            for ref in domestic.against:
                found.setdefault(title, {}).setdefault(domestic.side, {}).setdefault(ref.id, ref)
            if domestic.against and domestic.verdict == "arguably-outside":
                arguable.add(title)
    words = {}
    for title, sides in found.items():
        clauses, many = [], len(sides) > 1
        for side, refs in sorted(sides.items()):
            instruments = {r.framework.short_title for r in refs.values()}
            if len(refs) > 1 and len(instruments) == 1:
                # Several articles of one act: the act runs against it (the row cites the articles).
                clauses.append(f"{possessive(names[side])} {next(iter(instruments))}")
            else:
                many = many or len(refs) > 1
                # The rules tagged with the unit's own topic first (round 14).
                cited = pinpoints(
                    sorted(
                        refs.values(),
                        key=lambda r: (unit.topic_id not in r.provision.topics, citation_order(r)),
                    ),
                    LIMIT,
                )
                clauses.append(f"{possessive(names[side])} {cited}")
        # The hedge page 1 gives (round 44, KR-JP: the topic section said flatly that the Spatial
        # Data Act runs against RCEP, where page 1 says it arguably falls outside it).
        hedge = ", on its face (arguably it falls outside it)" if title in arguable else ""
        words[title] = f"{and_list(clauses)} {'run' if many else 'runs'} against{hedge}"
    return words


def context_note(
    result: Comparison,
    unit: TopicResult,
    corpus: Corpus,
    tensions_said: bool = False,
    changes_said: bool = False,
) -> str:
    """The notes, joined, or ''. ``tensions_said``: an instrument a side's rules here run against
    is named elsewhere on the page with that tension (page 1's joint-commitments bullet), so it is
    left out here rather than said twice; ``changes_said``: the sentence already opens with the
    unread change."""
    tension = tension_words(result, unit)
    joint = joint_words(unit, tension, skip=set(tension) if tensions_said else set())
    changes = "" if changes_said else unread_change_words(result, unit, corpus)
    notes = (joint, outside_words(result, unit, corpus), changes)
    return "; ".join(x for x in notes if x)


def unread_changes(
    result: Comparison, corpus: Corpus, units: Sequence[TopicResult] | None = None
) -> list[tuple[str, str, date]]:
    """(side, provision id, date) of each change adopted for a later date whose wording was never
    read (a record with evidence 'unverified' and its own later date): it is not compared, and the
    figures 'once every adopted rule applies' cannot show it, so the briefing says so."""
    found: dict[str, tuple[str, str, date]] = {}
    for unit in result.topics if units is None else units:
        for side, ids in (("a", unit.unread_a), ("b", unit.unread_b)):
            for pid in ids:
                start = corpus.provisions[pid].applies_from
                if start is not None and start > result.as_of:
                    found.setdefault(pid, (side, pid, start))
    return sorted(found.values(), key=lambda item: (item[2], item[1]))


def unread_change_words(
    result: Comparison,
    unit: TopicResult,
    corpus: Corpus,
    what: str = "rules here",
    tail: str = ", so not compared",
    names: tuple[str, str] | None = None,
) -> str:
    """ "Japan's rules here change from 17 Jan 2027 (APPI ...), in wording not read, so not compared"
    (round 14, KR-JP: the penalties cited are deleted or renumbered by an adopted act); ``what``,
    ``tail`` and the side ``names`` let another sentence say it its own way."""
    a, b = names or (side_name(result.side_a), side_name(result.side_b))
    clauses = []
    for side, pid, start in unread_changes(result, corpus, [unit]):
        provision = corpus.provisions[pid]
        short = corpus.framework_of(pid).short_title
        # A change filed under one topic is known to reach it (a penalty chapter renumbered); one
        # filed under many (the rest of an amending act) may or may not reach the articles here
        # (round 40, KR-JP).
        verb = "change" if len(provision.topics) == 1 else "may change"
        clauses.append(
            f"{possessive(a if side == 'a' else b)} {what} {verb} from {day(start)} ({short} "
            f"{_named(provision)}), in wording not read{tail}"
        )
    return "; ".join(clauses)


def _named(provision: Provision) -> str:
    """The pinpoint, or, where the pinpoint was never verified, the record's title (round 22,
    EU-JP: "APPI Arts 178-186 as amended" printed a range nobody read without its mark)."""
    if provision.pinpoint and provision.pinpoint_verified is not False:
        return str(provision.pinpoint)
    return f"— {in_sentence(provision.title)}"


def _owner(side: Side, corpus: Corpus) -> str:
    """'Korea's ' for a side whose instruments belong to one jurisdiction, else ''."""
    if len(side.parties) != 1:
        return ""
    code = next(iter(side.parties))
    from regalign.reports.wording import JURISDICTION_NAMES

    name = JURISDICTION_NAMES.get(code, code)
    return f"{name[0].upper()}{name[1:]}'s "


__all__ = ["context_note", "joint_words", "outside_words", "side_name"]
