"""Numbers in sentences: how far apart two fines, thresholds or deadlines are, each in words with
the turnover share beside it, and the penalties behind a provision."""

from __future__ import annotations

import math
from collections.abc import Sequence

from regalign.comparisons.magnitude import KindGap, Measured
from regalign.comparisons.pairs import PENALTY, function
from regalign.comparisons.results import (
    Assessment,
    Pair,
    ProvisionRef,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.citations import pinpoints
from regalign.reports.citing import cite
from regalign.reports.wording import (
    amount,
    and_list,
    in_sentence,
    possessive,
    quantity_words,
    times_apart,
)
from regalign.schema.records import Sanction
from regalign.schema.vocab import AddresseeClass, QuantityKind, Role, SanctionKind

FINES = frozenset({SanctionKind.ADMINISTRATIVE_FINE, SanctionKind.CRIMINAL_FINE})
# Penalties on these alone punish people, not firms (a false applicant for a certificate).
INDIVIDUALS = frozenset({Role.SIGNATORY, Role.USER, Role.AFFECTED_PERSON})


def magnitude_words(assessed: Assessment, a: str, b: str) -> str:
    """From the cap that bounds the unit: the leading pair's fines, or numbers for the same thing."""
    candidates = [
        (p, g)
        for i, p in enumerate(assessed.pairs)
        for g in p.own_gaps
        if i == 0 or g.a.measure is not None
    ] or [(p, g) for p in assessed.pairs for g in p.own_gaps]
    pair, gap = max(candidates, key=lambda item: (item[1].orders, item[1].kind.value))
    return gap_words(gap, pair, assessed, a, b) + higher_fine_words(gap, assessed, a, b)


def higher_fine_words(gap: KindGap, assessed: Assessment, a: str, b: str) -> str:
    """'; Japan's highest fine on a firm: corporate fine for false accreditation marks, up to JPY 1
    million (cite)': a fixed fine on firms in the unit above the one the leading pair compares.

    The leading pair sets like against like (round 62, EU-JP: the fine for providers' own duties,
    not the one for false accreditation marks); the side's heavier fine for other conduct is named
    beside it, so that the figure is not read as the side's ceiling (round 30, EU-JP). Fines with a
    turnover share are left to their own sentences."""
    if gap.kind is not QuantityKind.FINE_CEILING:
        return ""
    said = []
    for label, measured, stance in ((a, gap.a, assessed.stance_a), (b, gap.b, assessed.stance_b)):
        found = [
            (s.max_amount, r)
            for r in stance
            if function(r) == PENALTY
            and r.id != measured.source
            and not set(r.provision.addressees) <= INDIVIDUALS
            for s in r.provision.sanctions
            if s.falls_on is AddresseeClass.OPERATOR
            and s.kind in FINES
            and s.max_amount is not None
            and s.turnover_percent is None
            and s.currency == measured.unit
            and s.max_amount > measured.original
        ]
        if found:
            top, ref = max(found, key=lambda item: (item[0], item[1].id))
            said.append(
                f"; {possessive(label)} highest fine on a firm: "
                f"{in_sentence(ref.provision.title)}, up to {amount(top, measured.unit)} ({cite(ref)})"
            )
    return "".join(said)


def gap_words(
    gap: KindGap, pair: Pair, assessed: Assessment, a: str, b: str, corpus: Corpus | None = None
) -> str:
    """'fine ceilings about 788 times apart — the EU: ... (cite); Korea: ... (cite)', each number
    with the turnover share beside it, read from the provision that states it (see amount_words)."""
    kind = gap.kind.value.replace("-", " ")
    apart = ratio_words(gap, pair, assessed, corpus=corpus)
    said = []
    for label, measured, ref, stance in (
        (a, gap.a, pair.a, assessed.stance_a),
        (b, gap.b, pair.b, assessed.stance_b),
    ):
        # Round 27, EU-KR: 'about 788 times' beside 'at least 393 times' for two ceilings worded
        # alike read as inconsistent; a lower ceiling for small firms is why the first is not a
        # floor, so it is named after the ceiling it lowers.
        note = (
            _small_firms_note(stance, measured, apart) if gap.kind.value == "fine-ceiling" else ""
        )
        cited = _same_fine_cites(measured, ref, corpus) if corpus is not None else measured.cite
        said.append(f"{label}: {amount_words(measured, ref, corpus)} ({cited}){note}")
    return f"{kind}s {apart} — " + "; ".join(said)


def _same_fine_cites(measured: Measured, ref: ProvisionRef, corpus: Corpus) -> str:
    """'Electronic Signatures Act (Japan) Art. 44 and Art. 46 (Art. 44 offences)': every penalty
    behind the duty that states the same fine, not only the first by id. Round 67, EU-JP: a topic
    section cited the fine on the offender (Art. 44) where page 1 cited the same amount as the fine on
    the firm (Art. 46, dual liability), and a reader saw two articles for one figure."""
    if measured.source == ref.id:
        return measured.cite
    same = [
        pid
        for pid in ref.provision.sanctioned_by
        if pid in corpus.provisions
        and corpus.framework_of(pid).id == corpus.framework_of(measured.source).id
        and any(
            s.max_amount == measured.original and s.currency == measured.unit
            for s in corpus.provisions[pid].sanctions
        )
    ]
    if len(same) < 2:
        return measured.cite
    title = corpus.framework_of(measured.source).short_title
    return f"{title} " + " and ".join(corpus.provisions[pid].pinpoint or pid for pid in same)


def _lower_for(measured: Measured, sanctions: Sequence[Sanction]) -> list[str]:
    """The firms for which ``sanctions`` lower the measured ceiling to whichever of amount and share
    is lower (AI Act Art. 99(6): 'SMEs'; Art. 99(6a), for the Art. 99(4)-(5) tiers only: 'small
    mid-caps')."""
    return [
        s.for_firms
        for s in sanctions
        if s.for_firms
        and s.whichever is not None
        and s.whichever.value == "lower"
        and s.max_amount == measured.original
        and s.currency == measured.unit
    ]


def _small_firm_caps(
    stance: Sequence[ProvisionRef], measured: Measured
) -> list[tuple[ProvisionRef, str]]:
    """The side's provisions that lower the measured ceiling for some firms, each with the firms
    it is for, in the order of the stance."""
    found: list[tuple[ProvisionRef, str]] = []
    for ref in stance:
        for firms in dict.fromkeys(_lower_for(measured, ref.provision.sanctions)):
            found.append((ref, firms))
    return found


def _firms_words(firms: Sequence[str]) -> str:
    """'SMEs and small mid-caps': the firms of the lower ceilings, each once, in order."""
    return and_list(list(dict.fromkeys(firms)))


def _small_firms_note(stance: Sequence[ProvisionRef], measured: Measured, apart: str = "") -> str:
    """', and for SMEs and small mid-caps whichever is lower (EU AI Act Arts 99(6) and 99(6a))', or
    'for them' where the ratio before it ('... apart for all but SMEs and small mid-caps') named
    them (round 78, EU-KR: the small mid-caps' ceiling, which Regulation (EU) 2026/1744 added for
    the Art. 99(4)-(5) tiers, was not named)."""
    caps = _small_firm_caps(stance, measured)
    if not caps:
        return ""
    firms = _firms_words([f for _, f in caps])
    cited = pinpoints([ref for ref, _ in caps], limit=None)
    whom = "them" if apart.endswith(f"for all but {firms}") else firms
    return f", and for {whom} whichever is lower ({cited})"


def ratio_words(
    gap: KindGap,
    pair: Pair,
    assessed: Assessment | None = None,
    tail: str = "apart",
    corpus: Corpus | None = None,
) -> str:
    """'about 788 times apart' (``tail`` the last word), or 'at least 33 times apart' when the real
    gap can only be wider: the higher figure is a floor for national maxima, or a fixed amount that
    a turnover share raises ('EUR 20 million or 4% of turnover, whichever is higher') while the
    lower has no turnover limb. Where the higher side also caps small firms at the lower of the two
    (AI Act Art. 99(6)), the gap is a minimum for other firms only: 'at least 787 times apart for
    all but small firms' (round 11, EU-KR, struck 'at least 787 times' for small firms; round 75,
    EU-KR, struck 'about 788 times', the ceiling being whichever is higher for every other firm). The fines behind two duties (a linked
    penalty, not in the pair) are read from the penalty provision and its framework in ``corpus``,
    so the words match the penalties' own row."""
    apart = times_apart(gap.orders)
    a_higher = gap.a.value > gap.b.value
    higher, lower = (gap.a, pair.a), (gap.b, pair.b)
    if not a_higher:
        higher, lower = lower, higher
    stance = () if assessed is None else (assessed.stance_a if a_higher else assessed.stance_b)
    small_firms = [firms for _, firms in _small_firm_caps(stance, higher[0])] or (
        _small_firms_behind(higher[0], corpus)
    )
    raised = _raises(*higher, corpus) and not _raises(*lower, corpus)
    if (higher[0].floor or (gap.kind.value == "fine-ceiling" and raised)) and apart.startswith(
        "about "
    ):
        # A minimum is rounded down: EUR 20 million against about EUR 612,145 is 32.7 times, so
        # 'at least 32 times', never 'at least 33' (blind reading round 8).
        apart = f"at least {math.floor(10**gap.orders):,} times"
        if small_firms and not higher[0].floor:
            return f"{apart} {tail} for all but {_firms_words(small_firms)}"
    return f"{apart} {tail}"


def _turnover_raises(measured: Measured, ref: ProvisionRef) -> bool:
    return _raised_in(measured, ref.provision.sanctions)


def _raised_in(measured: Measured, sanctions: Sequence[Sanction]) -> bool:
    return any(
        s.turnover_percent
        and s.max_amount == measured.original
        and (s.whichever is None or s.whichever.value == "higher")
        for s in sanctions
    )


def _raises(measured: Measured, ref: ProvisionRef, corpus: Corpus | None) -> bool:
    """Whether a turnover share raises the amount, read in the provision that states it."""
    if measured.source == ref.id or corpus is None or measured.source not in corpus.provisions:
        return _turnover_raises(measured, ref)
    return _raised_in(measured, corpus.provisions[measured.source].sanctions)


def _small_firms_behind(measured: Measured, corpus: Corpus | None) -> list[str]:
    """The firms for which the framework of a linked penalty lowers its ceiling on the same topic
    (AI Act Art. 99(6) and (6a) beside Art. 99(4)), in the framework's order."""
    if corpus is None or measured.source not in corpus.provisions:
        return []
    source = corpus.provisions[measured.source]
    found: list[str] = []
    for pid in corpus.provisions_of(corpus.framework_of(measured.source).id):
        other = corpus.provisions[pid]
        if set(other.topics) & set(source.topics):
            found.extend(_lower_for(measured, other.sanctions))
    return found


def amount_words(measured: Measured, ref: ProvisionRef, corpus: Corpus | None = None) -> str:
    """The number in words, with the turnover share that a fixed amount stands beside, and what a
    floor means. With ``corpus``, the sanctions are read from the provision that states the number
    (a penalty linked to the pair's duty), else from ``ref``'s own."""
    stated = corpus.provisions.get(measured.source) if corpus is not None else None
    sanctions = (stated or ref.provision).sanctions
    words = quantity_words(measured).rstrip(",")
    shares = [s for s in sanctions if s.turnover_percent and s.max_amount == measured.original]
    if measured.kind.value == "fine-ceiling" and shares:
        share = shares[0]
        which = (
            "higher" if (share.whichever is None or share.whichever.value == "higher") else "lower"
        )
        words += f" or {share.turnover_percent:g}% of turnover, whichever is {which}"
    if measured.floor:
        words += " (a floor for national maxima)"
    if measured.kind.value == "fine-ceiling" and any(
        s.after_order and s.max_amount == measured.original for s in sanctions
    ):
        # A fine that falls only on defying an order is not a fine for the breach: the ratio stands,
        # but the reader is told what the lower ceiling punishes (blind readings, rounds 5 and 6).
        words += " (only for defying an order)"
    return words


def highest_words(assessed: Assessment, a: str, b: str) -> str:
    """'; Korea's highest: aggravated penalty surcharge of up to 10% of total turnover (PIPA
    Art. 64-2(2))': a penalty of the side's own in the unit whose turnover share exceeds the leading
    provision's, so that the row does not read as the side's ceiling (round 15, KR-JP)."""
    lead = assessed.lead
    if lead is None:
        return ""

    def share(ref: ProvisionRef) -> float:
        return max((s.turnover_percent or 0.0 for s in ref.provision.sanctions), default=0.0)

    said = []
    for label, first, refs in ((a, lead.a, assessed.stance_a), (b, lead.b, assessed.stance_b)):
        higher = [r for r in refs if function(r) == PENALTY and share(r) > share(first)]
        if higher:
            top = max(higher, key=lambda r: (share(r), r.id))
            said.append(
                f"; {possessive(label)} highest: {in_sentence(top.provision.title)} ({cite(top)})"
            )
    return "".join(said)


def penalty_words(refs: Sequence[ProvisionRef], corpus: Corpus) -> str:
    """'fines of up to EUR 35 million or 7% of turnover' from the stance's own and linked penalties, or ''."""
    sanctions = sanctions_behind(refs, corpus)
    fines = [x for x in sanctions if x.max_amount is not None or x.turnover_percent is not None]
    if not fines:
        if any(x.life for x in sanctions):
            return "up to life imprisonment"
        prison = max((x.max_years for x in sanctions if x.max_years), default=None)
        if prison:
            return f"up to {prison:g} years' imprisonment"
        national = any(x.kind.value == "national-penalties" for x in sanctions)
        return "penalties each Member State lays down" if national else ""
    top = max(fines, key=lambda x: (x.turnover_percent or 0, x.max_amount or 0, x.currency or ""))
    parts = [amount(top.max_amount, top.currency or "")] if top.max_amount is not None else []
    if top.turnover_percent is not None:
        parts.append(f"{top.turnover_percent:g}% of turnover")
    return "fines of up to " + " or ".join(parts)


def sanctions_behind(refs: Sequence[ProvisionRef], corpus: Corpus) -> list[Sanction]:
    """The provisions' own sanctions, then those of the penalty provisions they link to."""
    return [x for r in refs for x in r.provision.sanctions] + [
        x
        for r in refs
        for pid in r.provision.sanctioned_by
        if pid in corpus.provisions
        for x in corpus.provisions[pid].sanctions
    ]
