"""Closed vocabularies shared by every record.

Each vocabulary is a ``str`` enum so that YAML holds plain strings and the exported JSON Schema
lists the allowed values. ``DESCRIPTIONS`` explains the values whose meaning is not obvious from
their name; docs/data-model.md explains the rest.
"""

from __future__ import annotations

from enum import Enum


class Evidence(str, Enum):
    """How sure a fact is: what was actually read to record it."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class InstrumentType(str, Enum):
    """What kind of instrument a framework is."""

    REGULATION = "regulation"
    DIRECTIVE = "directive"
    IMPLEMENTING_DECISION = "implementing-decision"
    STATUTE = "statute"
    DECREE = "decree"
    NOTICE = "notice"
    GUIDELINE = "guideline"
    CODE_OF_PRACTICE = "code-of-practice"
    TRADE_AGREEMENT = "trade-agreement"
    PARTNERSHIP = "partnership"


class LegalForce(str, Enum):
    """Whether an instrument binds the people it addresses."""

    BINDING = "binding"
    VOLUNTARY = "voluntary"
    NON_BINDING = "non-binding"


class Status(str, Enum):
    """Where an instrument stands in its life cycle."""

    PROPOSED = "proposed"
    ADOPTED = "adopted"
    SIGNED = "signed"
    IN_FORCE = "in-force"
    REPEALED = "repealed"


class Sector(str, Enum):
    """A sector of the economy whose own laws a topic holds (financial services have their own
    rules on outsourcing and data), so that a side with no law of that sector in a comparison is
    not read as having no rules there."""

    FINANCIAL_SERVICES = "financial-services"


class EventType(str, Enum):
    """A dated step in an instrument's history."""

    NEGOTIATIONS_AUTHORISED = "negotiations-authorised"
    NEGOTIATIONS_LAUNCHED = "negotiations-launched"
    CONCLUDED_IN_PRINCIPLE = "concluded-in-principle"
    PROPOSED = "proposed"
    ADOPTED = "adopted"
    PROMULGATED = "promulgated"
    SIGNED = "signed"
    PROVISIONAL_APPLICATION = "provisional-application"
    PUBLISHED = "published"
    ENTRY_INTO_FORCE = "entry-into-force"
    AMENDED = "amended"
    MEETING = "meeting"
    REPEALED = "repealed"


class EnglishText(str, Enum):
    """Standing of the English text that summaries were written from."""

    ORIGINAL = "original"
    OFFICIAL_TRANSLATION = "official-translation"
    UNOFFICIAL_TRANSLATION = "unofficial-translation"


class Modality(str, Enum):
    """What a provision does to its addressees."""

    PROHIBITION = "prohibition"
    OBLIGATION = "obligation"
    BEST_EFFORTS = "best-efforts"
    RIGHT = "right"
    PERMISSION = "permission"
    RECOMMENDATION = "recommendation"
    PROMOTION = "promotion"
    INSTITUTIONAL = "institutional"
    COOPERATION = "cooperation"
    DEFINITION = "definition"
    SCOPE = "scope"
    EXCEPTION = "exception"


class Role(str, Enum):
    """Addressee roles shared across jurisdictions, so equivalent actors meet as one role."""

    PROVIDER = "provider"
    DEPLOYER = "deployer"
    IMPORTER = "importer"
    DISTRIBUTOR = "distributor"
    PRODUCT_MANUFACTURER = "product-manufacturer"
    AUTHORISED_REPRESENTATIVE = "authorised-representative"
    AFFECTED_PERSON = "affected-person"
    USER = "user"
    CONTROLLER = "controller"
    PROCESSOR = "processor"
    TRUST_SERVICE_PROVIDER = "trust-service-provider"
    ACCREDITED_TRUST_SERVICE_PROVIDER = "accredited-trust-service-provider"
    SIGNATORY = "signatory"
    BUSINESS = "business"
    RESEARCH_BODY = "research-body"
    NOTIFIED_BODY = "notified-body"
    GOVERNMENT = "government"
    REGULATOR = "regulator"
    PUBLIC_BODY = "public-body"
    STATE_PARTY = "state-party"


class ScopeTier(str, Enum):
    """Which band of AI systems a provision reaches, comparable across jurisdictions."""

    ALL_AI = "all-ai"
    HIGH_RISK = "high-risk"
    GENERAL_PURPOSE_MODEL = "general-purpose-model"
    GENERATIVE = "generative"
    FRONTIER = "frontier"


class AddresseeClass(str, Enum):
    """Whom a provision binds: private operators, public authorities, or the state itself."""

    OPERATOR = "operator"
    PUBLIC_AUTHORITY = "public-authority"
    STATE = "state"


class QuantityKind(str, Enum):
    """What a typed parameter of a provision measures."""

    COMPUTE_THRESHOLD = "compute-threshold"
    FINE_CEILING = "fine-ceiling"
    FINE_AMOUNT = "fine-amount"
    TURNOVER_SHARE = "turnover-share"
    DEADLINE = "deadline"
    USER_THRESHOLD = "user-threshold"
    REVENUE_THRESHOLD = "revenue-threshold"
    RETENTION_PERIOD = "retention-period"
    REVIEW_PERIOD = "review-period"
    TRANSITION_PERIOD = "transition-period"
    VALIDITY_PERIOD = "validity-period"


class Comparator(str, Enum):
    """How a quantity bounds what it measures."""

    AT_LEAST = "at-least"
    MORE_THAN = "more-than"
    AT_MOST = "at-most"
    LESS_THAN = "less-than"
    EXACTLY = "exactly"


class PartyTermKind(str, Enum):
    """Why a treaty term counts for one party only."""

    CARVE_OUT = "carve-out"
    RESERVATION = "reservation"
    SCHEDULE = "schedule"
    PARTY_COMMITMENT = "party-commitment"


class RelationType(str, Enum):
    """NIST IR 8477 set-theory relationship between two provisions."""

    EQUAL = "equal"
    SUBSET_OF = "subset-of"
    SUPERSET_OF = "superset-of"
    INTERSECTS_WITH = "intersects-with"
    NOT_RELATED = "not-related"


class Rationale(str, Enum):
    """NIST IR 8477 rationale: on what basis two provisions were compared."""

    SYNTACTIC = "syntactic"
    SEMANTIC = "semantic"
    FUNCTIONAL = "functional"


class SanctionKind(str, Enum):
    """The kind of penalty a sanction describes."""

    ADMINISTRATIVE_FINE = "administrative-fine"
    CRIMINAL_FINE = "criminal-fine"
    IMPRISONMENT = "imprisonment"
    ORDER = "order"
    NATIONAL_PENALTIES = "national-penalties"


class WhicheverIs(str, Enum):
    """How a fixed amount and a turnover share combine into the ceiling."""

    HIGHER = "higher"
    LOWER = "lower"


class SourceType(str, Enum):
    """What a cited source is, so that a report can label it truthfully."""

    OFFICIAL_TEXT = "official-text"
    OFFICIAL_TRANSLATION = "official-translation"
    OFFICIAL_SUMMARY = "official-summary"
    CONSOLIDATED_COPY = "consolidated-copy"
    VERBATIM_COPY = "verbatim-copy"
    UNOFFICIAL_TRANSLATION = "unofficial-translation"
    NEWS = "news"
    LAW_FIRM = "law-firm"
    COMMENTARY = "commentary"


class Vocabulary(str, Enum):
    """External vocabularies a topic may point to."""

    OECD_AI_PRINCIPLES = "oecd-ai-principles"
    NIST_AI_RMF = "nist-ai-rmf"
    TAPED = "taped"


DESCRIPTIONS: dict[Enum, str] = {
    Evidence.PRIMARY: "the official text was read, at its official URL or in a verbatim machine copy named in read_url",
    Evidence.SECONDARY: "read in commentary, news or a third-party copy; not checked against the official text",
    Evidence.UNVERIFIED: "reported but not confirmed by anything read",
    Modality.PROHIBITION: "forbids conduct ('shall not', 'is prohibited')",
    Modality.OBLIGATION: "requires conduct ('shall', 'must')",
    Modality.BEST_EFFORTS: "asks for effort only ('shall endeavour to'), even in a binding act",
    Modality.RIGHT: "gives a person an entitlement they can invoke",
    Modality.PERMISSION: "allows conduct or confers a power ('may')",
    Modality.RECOMMENDATION: "advises conduct without binding anyone ('should')",
    Modality.PROMOTION: "the state supports, funds or fosters an activity",
    Modality.INSTITUTIONAL: "sets up a body, a plan or a procedure of government",
    Modality.COOPERATION: "commits parties or authorities to work together",
    Modality.DEFINITION: "defines terms or classes",
    Modality.SCOPE: "says to whom and what the instrument applies",
    Modality.EXCEPTION: "carves conduct or persons out of a rule",
    Role.PROVIDER: "develops an AI system or model and places it on the market (EU 'provider'; KR 'AI development business operator')",
    Role.DEPLOYER: "uses an AI system under its authority in a professional activity (EU 'deployer'; KR 'AI utilisation business operator')",
    Role.IMPORTER: "places on the market a system bearing a third-country provider's name",
    Role.DISTRIBUTOR: "makes a system available on the market, other than provider or importer",
    Role.PRODUCT_MANUFACTURER: "makes a product that embeds an AI system",
    Role.AUTHORISED_REPRESENTATIVE: "local representative of a foreign provider (EU 'authorised representative'; KR 'domestic agent')",
    Role.AFFECTED_PERSON: "a natural person affected by an AI system's output or a data subject",
    Role.USER: "an end user or consumer of a product or service",
    Role.CONTROLLER: "decides the purposes and means of processing personal data",
    Role.PROCESSOR: "processes personal data on a controller's behalf",
    Role.TRUST_SERVICE_PROVIDER: "provides electronic signatures, seals, time stamps or other trust services",
    Role.ACCREDITED_TRUST_SERVICE_PROVIDER: "a trust service provider holding a status it applied for and was granted after assessment (the EU's qualified trust service providers, Japan's and Korea's accredited certification businesses); its duties bind only those who chose the status",
    Role.SIGNATORY: "signs electronically",
    Role.BUSINESS: "any enterprise engaged in the regulated activity",
    Role.RESEARCH_BODY: "a university, research institute or other research organisation",
    Role.NOTIFIED_BODY: "a conformity-assessment or certification body",
    Role.GOVERNMENT: "the executive: a ministry, the Commission, the President, a national committee",
    Role.REGULATOR: "a supervisory, market-surveillance or data-protection authority",
    Role.PUBLIC_BODY: "a public authority acting as a user or procurer",
    Role.STATE_PARTY: "a party to a treaty (the EU or a state)",
    ScopeTier.ALL_AI: "every AI system in scope",
    ScopeTier.HIGH_RISK: "high-risk (EU) or high-impact (KR) AI systems",
    ScopeTier.GENERAL_PURPOSE_MODEL: "general-purpose AI models: models that competently perform a wide range of tasks and "
    "are integrated into downstream systems (EU Ch. V)",
    ScopeTier.GENERATIVE: "generative AI systems: systems that generate text, images, audio or video (EU Art. 50(2); "
    "KR Art. 2(5) and Art. 31)",
    ScopeTier.FRONTIER: "models above a training-compute threshold (EU systemic risk; KR Art. 32)",
    AddresseeClass.OPERATOR: "binds private actors: providers, deployers, businesses, controllers and the like",
    AddresseeClass.PUBLIC_AUTHORITY: "binds or empowers a regulator or public body in dealing with operators",
    AddresseeClass.STATE: "commits the state itself: a policy duty, a promise of support, a treaty commitment",
    QuantityKind.COMPUTE_THRESHOLD: "training compute that triggers a rule, in FLOP",
    QuantityKind.FINE_CEILING: "maximum fine; derived from 'sanctions', never written as a quantity",
    QuantityKind.FINE_AMOUNT: "a fine fixed by a schedule for a given breach, in a currency",
    QuantityKind.TURNOVER_SHARE: "maximum fine as a share of turnover; derived from 'sanctions'",
    QuantityKind.DEADLINE: "time within which something must be done",
    QuantityKind.USER_THRESHOLD: "number of users that triggers a rule",
    QuantityKind.REVENUE_THRESHOLD: "revenue that triggers a rule, in a currency",
    QuantityKind.RETENTION_PERIOD: "how long records must be kept",
    QuantityKind.REVIEW_PERIOD: "time after which a rule must be reviewed",
    QuantityKind.TRANSITION_PERIOD: "grace or transition period before a rule bites",
    QuantityKind.VALIDITY_PERIOD: "how long a certification, accreditation or authorisation stays valid",
    SanctionKind.NATIONAL_PENALTIES: "the act obliges Member States (or parties) to lay down effective, proportionate "
    "and dissuasive penalties without setting their level itself: a penalty regime, with no amount at this level",
    SourceType.OFFICIAL_TEXT: "the text as published by its official publisher (EUR-Lex, law.go.kr, e-Gov, a ministry)",
    SourceType.OFFICIAL_TRANSLATION: "a translation published by the official publisher or an authority "
    "(e.g. the Korea Legislation Research Institute's English laws on law.go.kr)",
    SourceType.OFFICIAL_SUMMARY: "a press release, Q&A or summary by an official body, not the text itself",
    SourceType.CONSOLIDATED_COPY: "a consolidated version of the text, official or by a third party",
    SourceType.VERBATIM_COPY: "a verbatim copy of the official text kept by a third party (a repository, an archive)",
    SourceType.UNOFFICIAL_TRANSLATION: "a translation by a third party",
    SourceType.NEWS: "secondary: a news report",
    SourceType.LAW_FIRM: "secondary: a law firm's or consultancy's note",
    SourceType.COMMENTARY: "secondary: academic or expert commentary, a think tank, a blog",
    PartyTermKind.CARVE_OUT: "a treaty term that exempts one party's regime or measure",
    PartyTermKind.RESERVATION: "a reservation one party made",
    PartyTermKind.SCHEDULE: "an entry in one party's schedule of commitments",
    PartyTermKind.PARTY_COMMITMENT: "a commitment only one party gives",
    RelationType.EQUAL: "the two provisions say the same thing (strength 10)",
    RelationType.SUBSET_OF: "source is narrower than target: everything the source requires, the target requires too",
    RelationType.SUPERSET_OF: "source is broader than target",
    RelationType.INTERSECTS_WITH: "the provisions overlap in part, each with content the other lacks",
    RelationType.NOT_RELATED: "no meaningful relation, recorded to show it was considered (strength 0)",
    Rationale.SYNTACTIC: "compared word for word",
    Rationale.SEMANTIC: "compared by meaning",
    Rationale.FUNCTIONAL: "compared by the result of applying them",
}
