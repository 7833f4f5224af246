"""What kind of rule a provision is, in words a sentence can use: an option, a power, a duty, who
it binds, and the plural of each kind."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.pairs import DUTY, PENALTY, STATE_MEASURE, function
from regalign.comparisons.results import (
    Pair,
    ProvisionRef,
)
from regalign.reports.rule_words import (
    is_state_duty,
    role_words,
    roles,
    rule_words,
    without_article,
)
from regalign.reports.wording import possessive
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass, InstrumentType, Modality


def is_option(ref: ProvisionRef) -> bool:
    return rule_words(ref) == "an option the law allows"


def is_power(ref: ProvisionRef) -> bool:
    return rule_words(ref) in ("a power of the authorities", "a power to order compliance")


def nested(x: ProvisionRef, y: ProvisionRef) -> bool:
    """One provision's addressees strictly contain the other's, and both name some in the shared
    roles (a rule named in its instrument's own term is not nested in another's roles)."""
    rx, ry = set(x.provision.addressees), set(y.provision.addressees)
    return (
        bool(rx and ry)
        and not (x.provision.addressed_as or y.provision.addressed_as)
        and rx != ry
        and (rx <= ry or ry <= rx)
        and bool(who_is_bound(x) and who_is_bound(y))
    )


# Who can hold a right against someone else: the people a rule protects.
HOLDERS = frozenset({"affected-person", "user", "signatory"})


def who_is_bound(ref: ProvisionRef) -> str:
    """The addressees of one provision in words ('' for a penalty, which binds whoever imposes it, and
    for the state's own bodies, plans and support, which the state sets up); for a right, those who
    hold it (see holders)."""
    if function(ref) in (PENALTY, STATE_MEASURE) or is_state_duty(ref):
        return ""  # "a binding duty of the state" says who bears it
    return holders([ref])


def through_directive(pairs: Sequence[tuple[str, ProvisionRef]]) -> str:
    """', the EU's through the national laws that transpose its directive' for a side whose rule on
    firms is a directive's: a directive binds the Member States, and firms only through their laws
    (round 62, EU-JP: "both have binding prohibitions for businesses (ePrivacy Directive Art. 13(1);
    Specified E-mail Act (Japan) Art. 3(1))")."""
    said = [
        f", {possessive(label)} through the national laws that transpose its directive"
        for label, ref in pairs
        if ref.framework.instrument_type is InstrumentType.DIRECTIVE
        and ref.force_level == 3
        and who_is_bound(ref)
        and addressee_class(ref.provision) is AddresseeClass.OPERATOR
    ]
    return "".join(said)


def holders(refs: Sequence[ProvisionRef]) -> str:
    """The roles the provisions address in words; where they are rights of the people a rule
    protects, only those people, not the authority or firm the right is exercised against (round
    40, EU-JP: "a right for affected people and regulators" for the right to complain to a market
    surveillance authority, "... controllers and deployers" for rights to an explanation)."""
    if refs and all(r.provision.modality is Modality.RIGHT for r in refs):
        found = {a.value for r in refs for a in r.provision.addressees} & HOLDERS
        if found:
            return role_words(found)
    return roles(refs)


def for_whom(ref: ProvisionRef) -> str:
    who = who_is_bound(ref)
    return f"for {who}" if who else "in general terms"


def duty_words(ref: ProvisionRef) -> str:
    """'binding duties' for an obligation or a prohibition (one rule stated as a duty or a ban), else ''."""
    if function(ref) != DUTY or ref.provision.modality.value not in ("obligation", "prohibition"):
        return ""
    return {3: "binding duties", 1: "voluntary duties", 0: "non-binding duties"}.get(
        ref.force_level, ""
    )


def binds_business(ref: ProvisionRef) -> bool:
    """A duty on firms, or a penalty that falls on them (a committee member's secrecy offence does not)."""
    if function(ref) == PENALTY and any(s.falls_on for s in ref.provision.sanctions):
        return any(s.falls_on is AddresseeClass.OPERATOR for s in ref.provision.sanctions)
    return addressee_class(ref.provision) is AddresseeClass.OPERATOR


PLURAL_KINDS = ("rules", "exceptions", "duties", "powers", "bans", "controls")


PLURALS = {
    "body, plan or procedure set up by law": "bodies, plans or procedures set up by law",
    "support measure set up by law": "support measures set up by law",
    "commitment to cooperate set down in law": "commitments to cooperate set down in law",
    "option the law allows": "options the law allows",
    "power of the authorities": "powers of the authorities",
    "exception in law": "exceptions in law",
}


def plural(words: str) -> str:
    """'a binding obligation' -> 'binding obligations'; 'penalties' stays."""
    noun = without_article(words)
    for singular, plural in PLURALS.items():
        if noun.endswith(singular):
            return noun[: -len(singular)] + plural
    return noun + "s" if not noun.endswith("s") else noun


def only_penalised(pair: Pair, a: str, b: str) -> str:
    """'only the EU penalises a breach directly' when the pair's sanctions dimension finds a penalty
    linked to one rule and none to the other, else ''. Round 84, EU-KR: two binding labelling duties
    read as a meeting, while AI Act Art. 50(2) is fined under Art. 99(4) and AI Basic Act Art. 31(2)
    only once a corrective order under Art. 40(3) is defied (Art. 43(1)); round 85 struck "only the
    EU's is backed by a penalty", which denied that route: 'directly' leaves it open."""
    sanctions = next((d for d in pair.dimensions if d.name == "sanctions"), None)
    if sanctions is None or (sanctions.value_a == "none") == (sanctions.value_b == "none"):
        return ""
    return f"only {b if sanctions.value_a == 'none' else a} penalises a breach directly"
