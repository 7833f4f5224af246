"""Plain-words helpers shared by every renderer: verdicts, dates, amounts, names and counts.

Nothing here formats for a particular output; it returns plain strings that renderers escape. How
provisions are chosen and cited lives in citations.py; what kind of rule one is, in rule_words.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date

from regalign.comparisons.magnitude import Measured
from regalign.comparisons.results import Assessment, Coverage, ProvisionRef, Side, TopicResult
from regalign.reports.text import percent, score  # noqa: F401 - score: the briefing's too
from regalign.schema.vocab import Modality

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day(value: date | None) -> str:
    """'2 Dec 2027'; 'a date not yet fixed' for None."""
    if value is None:
        return "a date not yet fixed"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def verdict_words(verdict: str, a: str, b: str) -> str:
    """'aligned', 'partially aligned', 'divergent', 'only EU', 'only KR', 'nothing applies yet',
    'not compared'."""
    if verdict == "only-a":
        return f"only {a}"
    if verdict == "only-b":
        return f"only {b}"
    if verdict == "not-yet":
        return "nothing applies yet"
    if verdict == "not-compared":
        return "not compared"
    if verdict == "none":
        return "not addressed"
    return verdict.replace("-", " ")


def verdict_tally(
    counts: dict[str, int], a: str, b: str, partly: str = "partly", soft_aligned: int = 0
) -> str:
    """'28 aligned · 12 partly · 4 divergent · 30 only KR · 2 only JP', with '· 1 not compared' when
    a side's rules on some topic were recorded but not read, and '· 8 with no rule applying yet'
    for topics whose adopted rules wait on both sides. ``soft_aligned`` of the aligned topics rest
    on guidance or principles alone: '25 aligned (five on guidance or principles alone)' (round 62,
    EU-KR: the count read as binding agreement while the method says guidance makes no rulebooks
    agree)."""
    soft = (
        f" ({number_words(soft_aligned)} on guidance or principles alone)" if soft_aligned else ""
    )
    text = (
        f"{counts['aligned']} aligned{soft} · {counts['partially-aligned']} {partly} · "
        f"{counts['divergent']} divergent · {counts['only-a']} only {a} · {counts['only-b']} only {b}"
    )
    unread = counts.get("not-compared", 0)
    text = f"{text} · {unread} not compared" if unread else text
    # Round 17, EU-JP: today's counts summed to 75 of 83 topics; the rest have adopted rules that
    # do not apply yet on either side, and are counted as such.
    waiting = counts.get("not-yet", 0)
    return f"{text} · {waiting} with no rule applying yet" if waiting else text


def _soft(ref: ProvisionRef) -> bool:
    """Guidance, a statutory principle or a rule not yet binding."""
    return ref.force_level < 3 or ref.provision.modality is Modality.RECOMMENDATION


def rests_on_soft_law(assessed: Assessment) -> bool:
    """The unit's score rests on no binding rule of either side: every pair it compares sets soft
    law against soft law (guidance, a statutory principle or a rule not yet binding), or, where
    nothing is paired, every provision that speaks is soft. A binding article filed under the topic
    but paired with nothing does not make the verdict rest on it (round 63, EU-KR: four ethics
    topics read aligned on the HLEG guidelines against Korea's ethics standards, left out of the
    count because a framework article of the AI Basic Act sat unpaired beside them)."""
    if assessed.pairs:
        return all(_soft(p.a) and _soft(p.b) for p in assessed.pairs)
    speaking = [*assessed.stance_a, *assessed.stance_b]
    return bool(speaking) and all(map(_soft, speaking))


def soft_aligned(topics: Iterable[TopicResult], adopted: bool) -> int:
    """How many units the figures count as aligned rest on no binding rule (see rests_on_soft_law)."""
    return sum(
        1
        for t in topics
        if (assessed := t.adopted if adopted else t.now).figure_verdict == "aligned"
        and rests_on_soft_law(assessed)
    )


def share(coverage: Coverage) -> str:
    """'54 of 81 (67%)'."""
    return f"{coverage.count} of {coverage.total} ({percent(coverage.share)})"


def and_list(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def amount(value: float, currency: str) -> str:
    """'EUR 35 million', 'KRW 30 million', 'KRW 1 trillion', 'EUR 19,039'."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= size:
            number = value / size
            return f"{currency} {number:,.{0 if number == int(number) else 1}f} {word}"
    return f"{currency} {value:,.0f}"


def pending_note(result: TopicResult, a: str, b: str) -> str:
    """'the EU's rules apply from 2 Dec 2027' (or 'more of the EU's rules apply from ...' when some
    already do) when a side's adopted rules do not apply yet, else ''."""
    notes = []
    for label, pending, now in (
        (a, result.pending_a, result.now.stance_a),
        (b, result.pending_b, result.now.stance_b),
    ):
        more = "more of " if now else ""
        later = [r.start for r in pending if r.start is not None]
        if later:
            notes.append(f"{more}{possessive(label)} rules apply from {day(min(later))}")
        elif pending:
            notes.append(f"{more}{possessive(label)} rules are adopted but not yet in force")
    return "; ".join(notes)


def in_sentence(label: str) -> str:
    """A label or title inside a sentence: 'Data flows' -> 'data flows', 'Urgent PPC order' ->
    'urgent PPC order'; a first word that starts with an acronym ('AI literacy', 'PIPC order')
    stays as it is."""
    first = label.split()[0] if label.strip() else ""
    acronym = len(first) > 1 and first[:2].isalpha() and first[:2].isupper()  # not 'E-signatures'
    # A proper name keeps its capital: 'Member States to provide ...' (round 40, EU-JP).
    proper = label.startswith(PROPER_OPENINGS)
    return label if acronym or proper else label[:1].lower() + label[1:]


PROPER_OPENINGS = ("Member State", "State ", "Union ", "Commission ", "Parties ", "Party ")


def possessive(label: str) -> str:
    """'the EU's', 'Korea's'."""
    return f"{label}'" if label.endswith("s") else f"{label}'s"


def unit_label(result: TopicResult) -> str:
    """'Transparency: general rules' for a parent's own unit, else the topic label."""
    return f"{result.label}: general rules" if result.is_general else result.label


def topic_words(unit: TopicResult) -> str:
    """A unit named inside a sentence: 'prohibited practices', 'transfer mechanisms in general'."""
    return in_sentence(unit.label) + (" in general" if unit.is_general else "")


def horizon_words(assessed: Assessment, a: str, b: str) -> str:
    """'0.64, partially aligned' or 'only KR'."""
    words_ = verdict_words(assessed.verdict, a, b)
    return f"{assessed.score:.2f}, {words_}" if assessed.scored else words_


SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def quantity_words(measured: Measured) -> str:
    """'EUR 35 million', 'KRW 30 million (about EUR 19,039)', '10²⁵ FLOP', '7% of turnover', '15 days'."""
    value, unit = measured.original, measured.unit
    if unit == "FLOP":
        exponent = math.log10(value) if value > 0 else 0
        if abs(exponent - round(exponent)) < 1e-9:
            return f"10{str(round(exponent)).translate(SUPERSCRIPT)} FLOP"
        return f"{value:.3g} FLOP"
    if unit == "percent":
        return f"{value:g}% of turnover"
    if unit == "users":
        return f"{value:,.0f} users"
    if unit in ("hours", "days", "months", "years", "working-days"):
        name = unit.replace("-", " ")
        return f"{value:g} {name[:-1] if value == 1 else name}"
    words_ = ("at least " if measured.floor else "") + amount(value, unit)
    return words_ if unit == "EUR" else f"{words_}, about {amount(measured.value, 'EUR')},"


JURISDICTION_NAMES = {
    "EU": "the EU",
    "KR": "Korea",
    "JP": "Japan",
    "SG": "Singapore",
    "GB": "the UK",
    "US": "the US",
}
LANGUAGES = {
    "en": "English",
    "ko": "Korean",
    "ja": "Japanese",
    "de": "German",
    "fr": "French",
    "nl": "Dutch",
    "zh": "Chinese",
    "es": "Spanish",
    "it": "Italian",
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "el": "Greek",
    "et": "Estonian",
    "fi": "Finnish",
    "ga": "Irish",
    "hr": "Croatian",
    "hu": "Hungarian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mt": "Maltese",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sv": "Swedish",
}


def side_name(side: Side) -> str:
    """A reader's name for a side: 'Korea' for the jurisdiction KR, the short title for a framework."""
    if side.kind == "jurisdiction":
        return JURISDICTION_NAMES.get(side.label, side.label)
    return side.label


def language(code: str) -> str:
    """'Korean' for 'ko'; the code itself when unknown."""
    return LANGUAGES.get(code, code)


def times_apart(orders: float) -> str:
    """'about 788 times', 'over 1,000 times' for a gap in orders of magnitude."""
    return f"about {10**orders:,.0f} times" if orders < 3 else f"over {10 ** int(orders):,} times"


def number_words(n: int) -> str:
    """'no', 'one' ... 'nine', then digits: a count as a reader writes it in a sentence."""
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[n] if 0 <= n < len(words) else str(n)


def capital(text: str) -> str:
    """The text with its first letter upper-cased ('the EU's' -> 'The EU's'), the rest untouched."""
    return text[:1].upper() + text[1:]
