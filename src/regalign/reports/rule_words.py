"""What kind of rule a provision is, in a reader's words ('a binding obligation', 'a best-efforts
duty', 'a power of the authorities'), and whom it addresses ('providers and deployers').

Split from wording.py (tenth sitting).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from regalign.comparisons.results import ProvisionRef
from regalign.reports.citations import strongest
from regalign.reports.wording import and_list
from regalign.schema.derived import addressee_class
from regalign.schema.vocab import AddresseeClass, LegalForce, Modality

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


def roles(refs: Sequence[ProvisionRef]) -> str:
    """'providers and deployers' for the roles a stance's strongest rules address; the instrument's
    own term ('AI business operators') where every rule names it.

    Round 82, EU-KR: "Marking of AI-generated content: both have binding obligations for providers"
    for AI Basic Act Art. 31(2), which binds every AI business operator that offers generative AI,
    developers and businesses that build services on their models alike: the shared roles carry the
    scores, the statute's own term is what a reader checks against the text."""
    terms = {ref.provision.addressed_as for ref in refs}
    if len(terms) == 1 and None not in terms:
        return next(iter(terms)) or ""
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


def stance_cell(refs: Sequence[ProvisionRef]) -> str:
    """'3 · binding obligation' — how many provisions, and the strongest one's force and kind."""
    if not refs:
        return "—"
    top = strongest(refs)
    return f"{len(refs)} · {without_article(rule_words(top))}"
