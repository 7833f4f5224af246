"""The comparison method's settings: dimension weights, verdict thresholds, topic weights, sensitivity.

The bundled defaults live in ``frameworks/method.yaml``; a user file with the same shape
overrides any of them (``--method FILE``). The meaning of each setting is in docs/methodology.md.
"""

from __future__ import annotations

from typing import Optional

from pydantic import Field, model_validator

from regalign.schema.base import StrictModel

DIMENSIONS = ("legal_force", "intensity", "modality", "addressees", "scope_tier", "sanctions", "relation")


class DimensionWeights(StrictModel):
    """Relative weight of each dimension in a topic score (normalised over the dimensions that apply)."""

    legal_force: float = Field(ge=0, description="How binding the strongest rule on the topic is.")
    intensity: float = Field(ge=0, description="How demanding the strongest rule is (prohibition to enabling).")
    modality: float = Field(ge=0, description="Overlap of the kinds of rule (Jaccard).")
    addressees: float = Field(ge=0, description="Overlap of the roles addressed (Jaccard).")
    scope_tier: float = Field(ge=0, description="Overlap of the AI scope tiers reached (Jaccard).")
    sanctions: float = Field(ge=0, description="Closeness of the strongest sanction class.")
    relation: float = Field(ge=0, description="Strongest curated relation between the two stances (strength / 10).")

    @model_validator(mode="after")
    def _some_weight(self) -> "DimensionWeights":
        if sum(getattr(self, name) for name in DIMENSIONS) <= 0:
            raise ValueError("at least one dimension weight must be positive")
        return self


class Thresholds(StrictModel):
    """Score thresholds for verdicts: aligned >= aligned; partially aligned >= partially_aligned."""

    aligned: float = Field(gt=0, le=1)
    partially_aligned: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> "Thresholds":
        if self.partially_aligned >= self.aligned:
            raise ValueError("partially_aligned must be below aligned")
        return self


class Sensitivity(StrictModel):
    """Seeded perturbation of the weights."""

    draws: int = Field(ge=10, le=100_000, description="Number of perturbed weight sets.")
    spread: float = Field(gt=0, lt=1, description="Each weight is multiplied by a factor drawn from [1 - spread, 1 + spread].")
    seed: int = Field(description="Seed of the pseudo-random generator, for reproducible ranges.")


class Method(StrictModel):
    """Every setting of the comparison method."""

    dimensions: DimensionWeights
    thresholds: Thresholds
    topic_weights: dict[str, float] = Field(
        default_factory=dict,
        description="Weight of a topic and its descendants in the index, by topic id prefix (default 1).",
    )
    sensitivity: Sensitivity

    def topic_weight(self, topic_id: str) -> float:
        """The weight of the most specific prefix that matches the topic, or 1."""
        best: Optional[str] = None
        for prefix in self.topic_weights:
            if (topic_id == prefix or topic_id.startswith(prefix + ".")) and (best is None or len(prefix) > len(best)):
                best = prefix
        return self.topic_weights[best] if best is not None else 1.0
