"""Plain-words helpers shared by every renderer: verdicts, dates, pinpoints, amounts, roles, forces.

Nothing here formats for a particular output; it returns plain strings that renderers escape.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date

from regalign.comparisons.magnitude import Measured
from regalign.comparisons.results import Assessment, Coverage, ProvisionRef, Side, TopicResult
from regalign.comparisons.scoring import sanction_class
from regalign.reports.text import percent, score  # noqa: F401 - score: the briefing's too
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass, LegalForce, Modality

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ROLE_WORDS = {
    "provider": "providers",
    "deployer": "deployers",
    "importer": "importers",
    "distributor": "distributors",
    "product-manufacturer": "product manufacturers",
    "authorised-representative": "local representatives",
    "affected-person": "affected people",
    "user": "users",
    "controller": "controllers",
    "processor": "processors",
    "trust-service-provider": "trust-service providers",
    "accredited-trust-service-provider": "accredited or qualified trust-service providers",
    "signatory": "signatories",
    "business": "businesses",
    "research-body": "research bodies",
    "notified-body": "conformity-assessment bodies",
    "government": "the government",
    "regulator": "regulators",
    "public-body": "public bodies",
    "state-party": "the treaty parties",
}
MODALITY_WORDS = {
    Modality.PROHIBITION: "prohibition",
    Modality.OBLIGATION: "obligation",
    Modality.BEST_EFFORTS: "best-efforts duty",
    Modality.RIGHT: "right",
    Modality.PERMISSION: "permission",
    Modality.RECOMMENDATION: "recommendation",
    Modality.PROMOTION: "support measure set up by law",
    Modality.INSTITUTIONAL: "body, plan or procedure set up by law",
    Modality.COOPERATION: "commitment to cooperate set down in law",
    Modality.DEFINITION: "definition",
    Modality.SCOPE: "scope rule",
    Modality.EXCEPTION: "exception",
}
INTENSITY_ORDER = {
    Modality.PROHIBITION: 5,
    Modality.OBLIGATION: 4,
    Modality.RIGHT: 4,
    Modality.BEST_EFFORTS: 3,
    Modality.RECOMMENDATION: 2,
}


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


def strongest(refs: Sequence[ProvisionRef]) -> ProvisionRef:
    """The most binding, most demanding provision: a rule before a penalty backing it, and among
    penalties the best-sanctioned (sixth sitting, EU-KR: the GDPR's penalties read "penalty regime
    left to Member States", Art. 84, beside Art. 83(5)'s own turnover fines); ties broken by id,
    for stable output."""
    return max(
        refs,
        key=lambda r: (
            r.force_level,
            INTENSITY_ORDER.get(r.provision.modality, 0),
            not r.provision.sanctions,
            max((sanction_class(s) for s in r.provision.sanctions), default=0),
            r.id,
        ),
    )


def key_refs(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """The provisions that carry a stance: those at its highest force, most demanding first."""
    if not refs:
        return []
    top = max(r.force_level for r in refs)
    return [r for r in by_force(refs) if r.force_level == top]


def by_force(refs: Sequence[ProvisionRef]) -> list[ProvisionRef]:
    """Every provision of a stance, the most binding first, then the most demanding."""
    return sorted(
        refs,
        key=lambda r: (
            -r.force_level,
            -INTENSITY_ORDER.get(r.provision.modality, 0),
            citation_order(r),
        ),
    )


def citation_order(ref: ProvisionRef) -> tuple:  # type: ignore[type-arg]  # mixed int/str key
    """Sort key that puts Art. 50 before Art. 111 and recitals and annexes after articles."""
    pinpoint = ref.provision.pinpoint or ""
    numbers = tuple(int(n) for n in re.findall(r"\d+", pinpoint)[:3])
    late = not pinpoint.startswith("Art")
    return (ref.framework.id, late, numbers, pinpoint, ref.id)


def pinpoints(refs: Iterable[ProvisionRef], limit: int | None = 4, instrument: bool = True) -> str:
    """'EU AI Act Arts 9, 10 and 11; AI Basic Act Art. 34(1)' — grouped by instrument, at most ``limit``."""
    groups: dict[str, list[str]] = {}
    listed = list(dict.fromkeys(refs))
    for ref in listed[:limit] if limit else listed:
        groups.setdefault(ref.framework.short_title, []).append(ref.pinpoint)
    more = len(listed) - limit if limit and len(listed) > limit else 0
    phrases = []
    for title, items in groups.items():
        phrase = join_pinpoints(items, last_and=not more or title != list(groups)[-1])
        phrases.append(f"{title} {phrase}" if instrument else phrase)
    return "; ".join(phrases) + (f" and {more} more" if more else "")


def join_pinpoints(items: Sequence[str], last_and: bool = True) -> str:
    """['Art. 9', 'Art. 10'] -> 'Arts 9 and 10' (or 'Arts 9, 10' when more follow); others as written."""
    join = and_list if last_and else (lambda xs: ", ".join(xs))
    if len(items) > 1 and all(item.startswith("Art. ") for item in items):
        return "Arts " + join([item[5:] for item in items])
    return join(list(items))


def and_list(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def roles(refs: Sequence[ProvisionRef]) -> str:
    """'providers and deployers' for the roles a stance's strongest rules address."""
    return role_words({r.value for ref in refs for r in ref.provision.addressees})


def role_words(values: Iterable[str]) -> str:
    """'controllers and processors' for role values; beyond three, the first two in the order of
    ROLE_WORDS and how many more ('providers, deployers and 5 others'), never a silent cut (round
    40, EU-JP: AI Act Art. 2(1) read as a scope rule 'for affected people, local representatives and
    deployers', the first three in alphabetical order, leaving out providers)."""
    found = sorted(set(values))
    if len(found) <= 3:
        return and_list([ROLE_WORDS.get(r, r) for r in found])
    order = list(ROLE_WORDS)
    first = sorted(found, key=lambda r: order.index(r) if r in order else len(order))[:2]
    return f"{ROLE_WORDS.get(first[0], first[0])}, {ROLE_WORDS.get(first[1], first[1])} and {len(found) - 2} others"


def is_state_duty(ref: ProvisionRef) -> bool:
    """A binding obligation that only the state bears (to adopt policies, to recognise)."""
    return (
        ref.force_level == 3
        and ref.provision.modality is Modality.OBLIGATION
        and addressee_class(ref.provision) is AddresseeClass.STATE
    )


def rule_words(ref: ProvisionRef) -> str:
    """'a binding obligation', 'a best-efforts duty', 'a voluntary recommendation', 'a pending obligation';
    'penalties' for a provision that sets penalties (whatever its grammatical modality)."""
    kinds = {s.kind.value for s in ref.provision.sanctions}
    if kinds == {"national-penalties"}:
        return "a penalty regime left to Member States"
    if kinds == {"order"}:
        return "a power to order compliance"
    if kinds:
        return "penalties"
    noun = MODALITY_WORDS.get(ref.provision.modality, ref.provision.modality.value)
    if ref.provision.modality is Modality.PERMISSION and ref.force_level == 3:
        # A binding act that allows something: a power for an authority, an option for others.
        public = {"government", "regulator", "public-body", "state-party"}
        powers = bool({r.value for r in ref.provision.addressees} & public)
        return "a power of the authorities" if powers else "an option the law allows"
    if (
        ref.provision.modality is Modality.RECOMMENDATION
        and ref.framework.legal_force is LegalForce.BINDING
        and ref.status != "pending"
    ):
        # A basic principle of a binding act binds nobody, but nobody volunteered it either (round
        # 47, KR-JP: "both have voluntary recommendations (AI Basic Act Art. 3(1); JP AI Promotion
        # Act Art. 3(4))").
        return "a statutory principle"
    if ref.provision.modality is Modality.RIGHT and ref.force_level == 3:
        return "a right"
    if ref.provision.modality is Modality.EXCEPTION and ref.force_level == 3:
        # Round 19, EU-JP: "a binding exception" for a statutory exception (Copyright Act Art. 30-4).
        return "an exception in law"
    if ref.force_level == 3 and ref.provision.modality in (
        Modality.INSTITUTIONAL,
        Modality.PROMOTION,
        Modality.COOPERATION,
    ):
        return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"  # the state's own machinery, set up by law
    if is_state_duty(ref):
        # The state's own duty (to adopt policies, to plan) is no obligation on anyone it governs
        # (round 57, KR-JP: "Korea has a binding obligation, Japan a support measure set up by law"
        # for two duties of the state of like force).
        return "a binding duty of the state"
    if ref.status == "pending" and ref.force_level < 3:
        force = "pending"
    elif ref.provision.modality is Modality.BEST_EFFORTS:
        return "a best-efforts duty"
    else:
        force = {3: "binding", 2: "best-efforts", 1: "voluntary", 0: "non-binding"}[ref.force_level]
    return f"{'an' if force[0] in 'aeiou' else 'a'} {force} {noun}"


def without_article(words: str) -> str:
    """'a binding obligation' -> 'binding obligation'; 'penalties' stays."""
    for article in ("a ", "an "):
        if words.startswith(article):
            return words[len(article) :]
    return words


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


def stance_cell(refs: Sequence[ProvisionRef]) -> str:
    """'3 · binding obligation' — how many provisions, and the strongest one's force and kind."""
    if not refs:
        return "—"
    top = strongest(refs)
    return f"{len(refs)} · {without_article(rule_words(top))}"


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
