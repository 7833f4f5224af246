"""The comparison method's settings: dimension weights, verdict thresholds, caps, rates, sensitivity.

The bundled defaults live in ``frameworks/method.yaml``; a user file with the same shape
overrides any of them (``--method FILE``). The meaning of each setting is in docs/methodology.md.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from regalign.schema.base import Date, StrictModel, Text, TopicId, Url
from regalign.schema.vocab import Evidence

DIMENSIONS = (
    "legal_force",
    "intensity",
    "modality",
    "addressees",
    "addressee_class",
    "scope_tier",
    "sanctions",
    "magnitude",
    "relation",
)
# Verdicts on a two-sided topic, weakest first: a cap bounds a verdict to one of these.
GRADED_VERDICTS = ("divergent", "partially-aligned", "aligned")
CappedVerdict = Literal["divergent", "partially-aligned"]
# Every number of a method file is range-checked where it is written (strict: true is not 1). Weights
# are 0 or at least MIN_WEIGHT, so that normalising them cannot underflow; rates stay within what any
# currency has per euro, so that converted amounts stay far from the float range's ends.
MIN_WEIGHT = 1e-6


def _zero_or_tangible(value: float) -> float:
    if 0 < value < MIN_WEIGHT:
        raise ValueError(f"a weight is 0 or at least {MIN_WEIGHT:g}, not {value!r}")
    return value


Weight = Annotated[float, Field(ge=0, le=1000, strict=True), AfterValidator(_zero_or_tangible)]
Share = Annotated[float, Field(strict=True)]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Rate = Annotated[float, Field(ge=1e-6, le=1e9, strict=True)]


class DimensionWeights(StrictModel):
    """Relative weight of each dimension in a topic score (normalised over the dimensions that apply)."""

    legal_force: Weight = Field(description="How binding the strongest rule on the topic is.")
    intensity: Weight = Field(
        description="How demanding the strongest rule is (prohibition to enabling)."
    )
    modality: Weight = Field(description="Overlap of the kinds of rule (Jaccard).")
    addressees: Weight = Field(description="Overlap of the roles addressed (Jaccard).")
    addressee_class: Weight = Field(
        description="Overlap of whom the rules bind: operators, "
        "public authorities, the state (Jaccard)."
    )
    scope_tier: Weight = Field(description="Overlap of the AI scope tiers reached (Jaccard).")
    sanctions: Weight = Field(
        description="Closeness of the strongest sanction class behind the rules, "
        "including penalties linked through sanctioned_by."
    )
    magnitude: Weight = Field(
        description="Closeness of comparable quantities (thresholds, fine "
        "ceilings, deadlines) on a log scale."
    )
    relation: Weight = Field(
        description="Strongest curated relation between the two stances (strength / 10)."
    )

    @model_validator(mode="after")
    def _some_weight(self) -> DimensionWeights:
        if sum(getattr(self, name) for name in DIMENSIONS) <= 0:
            raise ValueError("at least one dimension weight must be positive")
        return self


class Thresholds(StrictModel):
    """Score thresholds for verdicts: aligned >= aligned; partially aligned >= partially_aligned."""

    aligned: Share = Field(gt=0, le=1)
    partially_aligned: Share = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.partially_aligned >= self.aligned:
            raise ValueError("partially_aligned must be below aligned")
        return self


class Magnitude(StrictModel):
    """How quantities of the same kind are compared."""

    decades_to_zero: Share = Field(
        ge=0.01,
        le=20,
        description="Similarity falls linearly with |log10(a/b)| and "
        "reaches 0 at this many orders of magnitude.",
    )


class Matching(StrictModel):
    """How provisions meet in comparison units beyond their own tags."""

    relation_min_strength: int = Field(
        ge=1,
        le=10,
        strict=True,
        description="A curated relation joins a silent side's provision into a unit "
        "only at this strength or more (NIST IR 8278A: 4-6 moderate).",
    )
    gap_weight: Share = Field(
        ge=0,
        le=1,
        description="How much a unit's unpaired provisions lower its score: score = mean pair score x "
        "(1 - gap_weight x (1 - coverage)), where coverage is the share of both sides' provisions "
        "that are in a pair.",
    )


class Cap(StrictModel):
    """A named rule that bounds a verdict whatever the weighted mean says."""

    enabled: bool = Field(True, strict=True, description="Whether the cap is applied.")
    verdict: CappedVerdict = Field(
        description="The highest verdict a topic may get when the cap fires."
    )


class MagnitudeCap(Cap):
    """Fires when two quantities of one kind are this many orders of magnitude apart or more."""

    orders: Share = Field(
        ge=0.01, le=20, description="Orders of magnitude (log10 of the ratio) that trigger the cap."
    )


class RelationCap(Cap):
    """Fires when the strongest curated relation between two provisions is this weak or weaker."""

    strength: int = Field(
        ge=1,
        le=9,
        strict=True,
        description="The strongest curated relation (NIST IR 8278A, 1-10) at which the cap still "
        "fires; relations of strength 0 are 'not related' (its own cap).",
    )


class Caps(StrictModel):
    """The verdict caps, each documented in docs/methodology.md."""

    magnitude_gap: MagnitudeCap = Field(
        description="Quantities the stances state themselves (thresholds, fine "
        "ceilings, deadlines) an order of magnitude or more apart."
    )
    magnitude_chasm: MagnitudeCap = Field(
        description="The same, at a wider gap, with a lower bound."
    )
    binding_vs_soft: Cap = Field(
        description="A binding obligation or prohibition on one side against only a "
        "best-efforts duty, a recommendation or a voluntary rule on the other."
    )
    operator_vs_state: Cap = Field(
        description="One side binds operators; the other only commits the state."
    )
    weak_relation: RelationCap = Field(
        description="The expert crosswalk relates the two provisions only weakly: the strongest "
        "curated relation between them is at most this strength."
    )
    slight_relation: RelationCap = Field(
        description="The same, at a lower strength, with a lower bound."
    )
    stricter_rule: Cap = Field(
        description="The expert crosswalk finds one of the two rules asks materially more of those "
        "it binds (a technical standard, a form or a deadline the other does not ask for): "
        "complying with the other rule does not satisfy it."
    )
    broad_shape: Cap = Field(
        description="A broad topic's general rules whose leading pair met on shape alone (the same "
        "kind of rule for the same addressees), or a unit of definitions, scope and exceptions whose "
        "every pair did: sharing such a topic does not show that two rules do the same thing."
    )
    guidance_lift: Cap = Field(
        description="Pairs of guidance (no binding or best-efforts rule on either side) lift a "
        "unit to aligned while the pairs holding a side's rule, scored alone, fall short of it: "
        "guidance elaborates a rule, it does not make two rulebooks agree."
    )
    shape_lift: Cap = Field(
        description="Pairs met on shape alone (the same kind of rule for the same addressees, "
        "nothing else joining them) lift a unit to aligned while the pairs matched on substance, "
        "scored alone, fall short of it: a shared shape does not show that two rules do the same "
        "thing."
    )
    lone_condition: Cap = Field(
        description="A condition, exception or scope clause of one side qualifies a rule of that "
        "side which is paired, and the other side has nothing matching the condition: the pair "
        "compares the rule without it (the EU's text-and-data-mining opt-out)."
    )
    not_related: Cap = Field(
        description="The only curated relations between the stances say 'not related', or a "
        "relation says the two rules point in opposite directions."
    )
    opposite_direction: Cap = Field(
        description="The two provisions of a pair point in opposite directions on the unit's topic (one "
        "runs against it, recorded in 'against'); a unit is bound at this verdict when at least half of "
        "its pairs do, and at partially aligned when fewer do."
    )


class ExchangeRates(StrictModel):
    """Dated, cited reference rates used to compare amounts in different currencies."""

    date: Date = Field(description="The date of the rates.")
    source: Text = Field(description="Who published the rates.")
    source_url: Url = Field(description="Official URL of the rates.")
    read_url: Url | None = Field(
        None, description="URL of the copy actually read, when not source_url."
    )
    evidence: Evidence = Field(description="How sure the rates are.")
    per_eur: dict[CurrencyCode, Rate] = Field(
        description="Units of each currency per 1 EUR, by ISO 4217 code "
        "(EUR: 1), each from 0.000001 to 1,000,000,000."
    )


class Sensitivity(StrictModel):
    """Seeded perturbation of the weights."""

    draws: int = Field(
        ge=10, le=10_000, strict=True, description="Number of perturbed weight sets."
    )
    spread: Share = Field(
        gt=0,
        lt=1,
        description="Each weight is multiplied by a factor drawn from [1 - spread, 1 + spread].",
    )
    seed: int = Field(
        ge=0,
        le=2**63,
        strict=True,
        description="Seed of the pseudo-random generator, for reproducible ranges.",
    )


class Method(StrictModel):
    """Every setting of the comparison method."""

    dimensions: DimensionWeights
    thresholds: Thresholds
    magnitude: Magnitude
    matching: Matching
    caps: Caps
    exchange_rates: ExchangeRates
    topic_weights: dict[TopicId, Weight] = Field(
        default_factory=dict,
        description="Weight of a topic and its descendants in the index, by topic id prefix (default 1).",
    )
    sensitivity: Sensitivity

    def topic_weight(self, topic_id: str) -> float:
        """The weight of the most specific prefix that matches the topic, or 1."""
        best: str | None = None
        for prefix in self.topic_weights:
            if (topic_id == prefix or topic_id.startswith(prefix + ".")) and (
                best is None or len(prefix) > len(best)
            ):
                best = prefix
        return self.topic_weights[best] if best is not None else 1.0
