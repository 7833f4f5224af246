"""Record models: Framework, Provision, Topic, Relation, and the three kinds of YAML file.

These pydantic models are the single source of truth for the data model; the JSON Schema in
``regalign.schema.json`` is generated from them (see ``export.py``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from regalign.sanitize import clean_line
from regalign.schema.base import (
    Date,
    FrameworkId,
    Jurisdiction,
    LocalId,
    ProvisionRef,
    StrictModel,
    Text,
    TopicId,
    Url,
)
from regalign.schema.quantities import DatedDeadline, Quantity
from regalign.schema.sources import LANGUAGE_PATTERN, Source
from regalign.schema.vocab import (
    AddresseeClass,
    EnglishText,
    EventType,
    Evidence,
    InstrumentType,
    LegalForce,
    Modality,
    PartyTermKind,
    Rationale,
    RelationType,
    Role,
    SanctionKind,
    ScopeTier,
    Sector,
    Status,
    Vocabulary,
    WhicheverIs,
)

CELEX_PATTERN = r"^[0-9CE][0-9]{4}[A-Z]{1,2}[0-9]{4,5}(?:\([0-9]+\))?(?:-[0-9]{8})?$"


class FrameworkEvent(StrictModel):
    """A dated step in an instrument's life: proposal, signature, entry into force, amendment..."""

    event: EventType = Field(description="What happened.")
    date: Date = Field(description="When it happened (ISO date).")
    instrument: Text | None = Field(
        None,
        description="The act or document behind the event, e.g. 'Act No. 21311', 'COM(2025) 479'.",
    )
    description: Text | None = Field(None, description="One line on what the event changed.")
    evidence: Evidence = Field(description="How sure the date is.")
    source_url: Url | None = Field(None, description="Where the date was read.")


class OtherIdentifier(StrictModel):
    """An identifier outside the named schemes."""

    scheme: Text = Field(description="The identifier scheme, e.g. 'procedure', 'treaty-number'.")
    value: Text = Field(description="The identifier.")


class Identifiers(StrictModel):
    """Official identifiers of an instrument."""

    celex: str | None = Field(
        None, pattern=CELEX_PATTERN, description="EUR-Lex CELEX number, e.g. '32024R1689'."
    )
    eli: str | None = Field(
        None,
        pattern=r"^http://data\.europa\.eu/eli/[^\s]+$",
        description="European Legislation Identifier, e.g. 'http://data.europa.eu/eli/reg/2024/1689/oj'.",
    )
    oj: Text | None = Field(
        None, description="Official Journal reference, e.g. 'OJ L, 2024/1689, 12.7.2024'."
    )
    act_number: Text | None = Field(
        None, description="Korean act or decree number, e.g. 'Act No. 20676'."
    )
    law_id: str | None = Field(
        None, pattern=r"^[0-9]{6}$", description="law.go.kr law ID (법령ID), six digits."
    )
    mst: str | None = Field(
        None, pattern=r"^[0-9]+$", description="law.go.kr version serial (MST / 법령일련번호)."
    )
    other: tuple[OtherIdentifier, ...] = Field((), description="Identifiers in other schemes.")


class Framework(StrictModel):
    """An instrument: a regulation, statute, decree, guideline, trade agreement or partnership."""

    id: FrameworkId
    title: Text = Field(description="Full official title, in English.")
    short_title: Text = Field(description="Short title used in tables and reports.")
    title_original: Text | None = Field(
        None,
        description="Official title in the original language where it is not English (Korean in Hangul).",
    )
    original_language: str = Field(
        pattern=LANGUAGE_PATTERN,
        description="ISO 639-1 code of the original-language text read (not necessarily the only "
        "authentic one), e.g. 'en', 'ko'.",
    )
    authentic_languages: tuple[Annotated[str, Field(pattern=LANGUAGE_PATTERN)], ...] = Field(
        (),
        description="ISO 639-1 codes of every language in which the text is authentic (an EU act: all "
        "24 official languages; a treaty: as its final clause says); empty when not known.",
    )
    jurisdictions: tuple[Jurisdiction, ...] = Field(
        min_length=1,
        description="The jurisdiction, or every party to a bilateral or plurilateral instrument.",
    )
    concerns: tuple[Jurisdiction, ...] = Field(
        (),
        description="Other jurisdictions the instrument is about without being party to it: an adequacy "
        "decision for Japan concerns JP. A side compared with another jurisdiction leaves it out.",
    )
    sectors: tuple[Sector, ...] = Field(
        (),
        description="Sectors whose own law the instrument is (a statute on credit information: "
        "financial-services). A side that holds no instrument of a topic's sector is not compared "
        "on that topic: its sector laws are outside the laws compared.",
    )
    internal_only: bool = Field(
        False,
        description="True for an instrument that governs only relations among its party's own members "
        "(the EU's Free Flow Regulation bars localisation between Member States, not towards third "
        "countries). A side compared with another jurisdiction leaves it out.",
    )
    issuer: Text | None = Field(
        None, description="Who made the instrument, e.g. 'European Parliament and Council'."
    )
    instrument_type: InstrumentType
    legal_force: LegalForce
    status: Status = Field(description="Status on the date the record was checked.")
    events: tuple[FrameworkEvent, ...] = Field(
        min_length=1, description="Dated history: at least the event that gives the current status."
    )
    identifiers: Identifiers = Field(
        default_factory=Identifiers, description="Official identifiers."
    )
    source_url: Url | None = Field(None, description="Official URL of the text.")
    read_url: Url | None = Field(
        None,
        description="URL of the copy actually read, when it is not source_url (e.g. a stored conversion).",
    )
    english_text: EnglishText = Field(
        description="Standing of the English text the summaries rest on."
    )
    english_text_url: Url | None = Field(
        None, description="URL of the English text read, where different."
    )
    summary: Text = Field(description="What the instrument does, in our own words.")
    checked: Date = Field(description="Date the record was last checked against its sources.")
    evidence: Evidence = Field(description="Evidence level of the framework-level facts.")
    caveats: tuple[Text, ...] = Field(
        (), description="Caveats a report must carry for this instrument."
    )
    sources: tuple[Source, ...] = Field(
        (),
        description="Every URL the file cites (framework, events, provisions, quantities), each with "
        "its source type, so that reports label sources truthfully.",
    )

    def __repr__(self) -> str:
        # One line: the full record (titles, events, every source) runs to kilobytes.
        parties = "+".join(self.jurisdictions)
        return (
            f"<Framework {self.id}: {clean_line(self.short_title)} ({parties}, "
            f"{self.instrument_type.value}, {self.legal_force.value}, {self.status.value})>"
        )


class ApplicationChange(StrictModel):
    """A move of a provision's application date by an amending act."""

    original: Date = Field(description="The application date before the amendment.")
    new: Date = Field(description="The application date after the amendment.")
    amended_by: Text = Field(
        description="The amending instrument, e.g. 'Regulation (EU) 2026/1744'."
    )
    evidence: Evidence = Field(description="How sure the change is.")
    source_url: Url | None = Field(None, description="Where the change was read.")
    note: Text | None = None


class Sanction(StrictModel):
    """The ceiling of a penalty attached to a provision."""

    kind: SanctionKind = Field(SanctionKind.ADMINISTRATIVE_FINE, description="Kind of penalty.")
    max_amount: int | None = Field(
        None, ge=0, strict=True, description="Maximum fixed amount, in whole currency units."
    )
    currency: str | None = Field(
        None, pattern=r"^[A-Z]{3}$", description="ISO 4217 currency code, e.g. 'EUR', 'KRW'."
    )
    turnover_percent: float | None = Field(
        None,
        gt=0,
        le=100,
        strict=True,
        description="Maximum share of total worldwide annual turnover, in percent.",
    )
    whichever: WhicheverIs | None = Field(
        None,
        description="Whether the higher or the lower of amount and turnover share is the ceiling.",
    )
    max_years: float | None = Field(
        None, gt=0, strict=True, description="Maximum term of imprisonment, in years."
    )
    life: bool = Field(
        False,
        strict=True,
        description="Imprisonment up to life: the term has no maximum in years, so max_years is "
        "left out (Korea's Child Sex Offences Act Art. 11(1), life or at least five years).",
    )
    applies_to: Text = Field(description="The breaches the ceiling covers, in plain words.")
    for_firms: Text | None = Field(
        None,
        description="The firms the ceiling is for, in plain words, where it is for some firms only "
        "and set at the lower of amount and share ('SMEs' for AI Act Art. 99(6), 'small mid-caps' "
        "for Art. 99(6a)): reports say a gap between fines leaves them out, and name them.",
    )
    floor: bool = Field(
        False,
        strict=True,
        description="The amount and share are the least the maximum must be: the act obliges Member "
        "States to allow fines up to at least this level (eIDAS Art. 16(2)); the real ceiling is set "
        "nationally and may be higher.",
    )
    fallback: bool = Field(
        False,
        strict=True,
        description="The amount applies only where the turnover share cannot be used (no turnover, or "
        "turnover hard to calculate: PIPA Art. 64-2(1)), not as an alternative to it: it is compared "
        "only with other such amounts, never with a ceiling that applies beside a turnover share.",
    )
    after_order: bool = Field(
        False,
        strict=True,
        description="The penalty punishes only failing to comply with an authority's order (a "
        "corrective or suspension order), not the breach the order was about: reports say so beside "
        "its ceiling.",
    )
    falls_on: AddresseeClass | None = Field(
        None,
        description="Whom the penalty falls on: operators (businesses), or public authorities and "
        "their officials (e.g. committee members who leak secrets). Penalties are compared only "
        "with penalties that fall on the same class.",
    )
    note: Text | None = None


class PartyTerm(StrictModel):
    """A treaty term that binds or benefits some parties only (a carve-out, a reservation, a schedule)."""

    parties: tuple[Jurisdiction, ...] = Field(
        min_length=1, description="The parties the term binds or benefits."
    )
    kind: PartyTermKind = Field(description="Why the term counts for those parties only.")
    note: Text | None = None


class Provision(StrictModel):
    """A citable unit of an instrument that carries a distinct duty, right or rule."""

    id: LocalId
    pinpoint: Text | None = Field(
        None,
        description="Citation as lawyers write it, e.g. 'Art. 50(2)'; null when no source gave it.",
    )
    pinpoint_verified: bool = Field(
        True,
        strict=True,
        description="False when no source read confirmed the pinpoint; reports then mark it unverified.",
    )
    title: Text = Field(description="Heading of the unit, in English.")
    title_original: Text | None = Field(
        None, description="Heading in the original language (Korean in Hangul)."
    )
    summary: str = Field(description="What the unit requires or allows, in our own words.")
    quote: str | None = Field(
        None, max_length=400, description="A short verbatim quote of the text."
    )
    topics: tuple[TopicId, ...] = Field(
        min_length=1, description="Taxonomy topics the unit addresses."
    )
    modality: Modality
    addressees: tuple[Role, ...] = Field(
        (), description="Who the unit addresses, in the shared role vocabulary."
    )
    addressed_as: Text | None = Field(
        None,
        max_length=80,
        description="The instrument's own term for whom the unit binds, in English (e.g. 'AI business "
        "operators'), where the shared roles would misstate it: reports name this term instead of the "
        "roles, which still drive the scores.",
    )
    scope_tier: ScopeTier | None = Field(
        None, description="Band of AI systems reached, where it applies."
    )
    applies_from: Date | None = Field(
        None,
        description="First day the unit applies; null means from the instrument's entry into force "
        "(or, for an instrument that does not enter into force, its adoption, signature or publication).",
    )
    applies_until: Date | None = Field(
        None, description="Last day the unit applies, if it stops applying."
    )
    application_history: tuple[ApplicationChange, ...] = Field(
        (), description="Moves of applies_from by amending acts, oldest first."
    )
    applies_from_evidence: Evidence | None = Field(
        None,
        description="How sure applies_from is, when weaker than the record's evidence (the last "
        "application_history entry's evidence is used when this is absent).",
    )
    depends_on: tuple[ProvisionRef, ...] = Field(
        (),
        description="Provisions this one applies only together with: it applies from the latest of its "
        "own date and theirs (e.g. a registration duty that follows the classification rule).",
    )
    sanctions: tuple[Sanction, ...] = Field(
        (), description="Penalty ceilings attached to the unit."
    )
    sanctioned_by: tuple[ProvisionRef, ...] = Field(
        (),
        description="Penalty provisions that sanction a breach of this one; the reverse link is derived.",
    )
    quantities: tuple[Quantity, ...] = Field(
        (),
        description="Thresholds, deadlines, periods and scheduled fines the unit states (penalty ceilings "
        "go in 'sanctions').",
    )
    addressee_class: AddresseeClass | None = Field(
        None,
        description="Whether the unit binds private operators, public authorities or the state itself; "
        "derived from modality and addressees when absent.",
    )
    against: tuple[TopicId, ...] = Field(
        (),
        description="Topics among 'topics' whose norm this unit pushes against, e.g. a data-localisation "
        "requirement tagged with the topic of bans on localisation; opposite directions are read as "
        "divergence, never as coverage.",
    )
    deadlines: tuple[DatedDeadline, ...] = Field(
        (), description="Calendar dates by which the unit requires something, where it gives one."
    )
    party_term: PartyTerm | None = Field(
        None,
        description="Treaties only: the parties a term binds or benefits when it is not all of them.",
    )
    rules_of: tuple[Jurisdiction, ...] = Field(
        (),
        description="The jurisdictions whose own rules or commitments the unit records, when they are "
        "not the instrument's: Japan's Supplementary Rules, annexed to the EU's adequacy decision for "
        "Japan, are Japanese rules. Such a unit never counts for the instrument's side.",
    )
    source_url: Url | None = Field(None, description="Official URL of the text of this unit.")
    read_url: Url | None = Field(
        None,
        description="URL of the copy actually read, when it is not source_url (e.g. a stored conversion).",
    )
    evidence: Evidence = Field(description="Evidence level of this unit's pinpoint and content.")
    note: Text | None = Field(None, description="Caveat or interpretive note.")

    def __repr__(self) -> str:
        # One line; model_dump() gives every field.
        return (
            f"<Provision {self.id}: {self.pinpoint or 'no pinpoint'} {self.title[:60]!r} "
            f"({self.modality.value})>"
        )

    @property
    def date_evidence(self) -> Evidence:
        """How sure the application date is: the explicit level, else the last move's, else the record's."""
        if self.applies_from_evidence is not None:
            return self.applies_from_evidence
        if self.application_history:
            return self.application_history[-1].evidence
        return self.evidence


class TopicReference(StrictModel):
    """A pointer from a topic to an external vocabulary."""

    vocabulary: Vocabulary
    ref: Text = Field(
        description="Identifier or label in that vocabulary, e.g. '1.3' or 'Transparency and explainability'."
    )
    label: Text | None = None


class Topic(StrictModel):
    """A node in the shared topic taxonomy; its parent is its id without the last dotted part."""

    id: TopicId
    label: Text = Field(description="Short label for tables.")
    description: Text = Field(description="What provisions under this topic deal with.")
    references: tuple[TopicReference, ...] = Field(
        (), description="Matching entries in external vocabularies."
    )
    norm: Text | None = Field(
        None,
        description="The direction a rule takes to count as coverage of this topic, where rules can "
        "run either way, e.g. 'bars requirements to store data locally'.",
    )
    sector: Sector | None = Field(
        None,
        description="The sector whose own laws the topic holds (financial-sector rules: "
        "financial-services). A side with no instrument of that sector (``Framework.sectors``) is "
        "not read as silent on the topic, since its sector laws are not among those compared.",
    )
    see_also: tuple[TopicId, ...] = Field(
        (),
        description="Neighbouring topics a reader may take for this one, whose rules are compared "
        "apart: where a side has no rules here but has some there, a row says so, e.g. technology "
        "export controls beside prior approval of data transfers.",
    )

    @property
    def parent(self) -> str | None:
        """The parent topic id, or None for a root."""
        head, dot, _ = self.id.rpartition(".")
        return head if dot else None


class Stricter(StrictModel):
    """The rule of a related pair that asks materially more of those it binds, in the crosswalk
    author's judgement, and what more it asks."""

    rule: Literal["source", "target"] = Field(
        description="Which end of the relation is the stricter rule."
    )
    demands: Text = Field(
        max_length=80,
        description="What the stricter rule asks that the other does not, in a few words that "
        "finish 'asks more: ...' (e.g. 'machine-readable marking that can be detected').",
    )


class Relation(StrictModel):
    """A curated NIST IR 8477 relation between two provisions, with an IR 8278A strength."""

    source: ProvisionRef
    target: ProvisionRef
    relation: RelationType
    rationale: Rationale
    strength: int = Field(
        ge=0,
        le=10,
        strict=True,
        description="equal 10; subset, superset or intersects 1-9; not related 0.",
    )
    justification: Text = Field(description="One line on why the relation holds.")
    opposite: bool = Field(
        False,
        strict=True,
        description="The two rules point in opposite directions (one requires "
        "what the other bars); caps the verdict at divergent.",
    )
    arguably_outside: ProvisionRef | None = Field(
        None,
        description="With 'opposite', between a treaty commitment and a party's own rule: the "
        "treaty's scope clause or exception under which the rule arguably falls outside the "
        "commitment (RCEP Art. 12.3(3), information held by or for a Party). The conformity view "
        "then reads 'arguably outside' instead of 'in tension'.",
    )
    stricter: Stricter | None = Field(
        None,
        description="Where one rule asks materially more of those it binds than the other (a "
        "technical standard, a form or a deadline the other does not ask for), which one and what "
        "more: complying with the other rule does not satisfy it, so the pair is at most partially "
        "aligned (the stricter-rule cap). Not on a relation judged not related or opposite.",
    )


class TaxonomyInfo(StrictModel):
    """Header of a taxonomy file."""

    id: FrameworkId
    title: Text
    description: Text


class CrosswalkInfo(StrictModel):
    """Header of a crosswalk file."""

    id: FrameworkId
    title: Text
    description: Text
    curator: Text = Field(description="Who made the judgements.")
    checked: Date = Field(description="Date the relations were last reviewed.")
    imported_from: Url | None = Field(
        None,
        description="Where the relations were published, when they were imported rather than judged by this "
        "project's curators; absent for the project's own curated relations. Exports say which.",
    )


class FrameworkDocument(StrictModel):
    """A YAML file holding one framework and its provisions."""

    kind: Literal["framework"]
    framework: Framework
    provisions: tuple[Provision, ...] = ()


class TaxonomyDocument(StrictModel):
    """A YAML file holding part of the topic taxonomy."""

    kind: Literal["taxonomy"]
    taxonomy: TaxonomyInfo
    topics: tuple[Topic, ...] = Field(min_length=1)


class CrosswalkDocument(StrictModel):
    """A YAML file holding curated relations between provisions."""

    kind: Literal["crosswalk"]
    crosswalk: CrosswalkInfo
    relations: tuple[Relation, ...] = Field(min_length=1)


Document = Annotated[
    FrameworkDocument | TaxonomyDocument | CrosswalkDocument, Field(discriminator="kind")
]
DOCUMENT_MODELS: dict[str, type[StrictModel]] = {
    "framework": FrameworkDocument,
    "taxonomy": TaxonomyDocument,
    "crosswalk": CrosswalkDocument,
}
