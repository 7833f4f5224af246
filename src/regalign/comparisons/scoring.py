"""Topic scores: two stances compared on named dimensions, each a similarity in [0, 1].

Every function here is pure and symmetric in its two stances. A dimension that does not apply
(neither side names addressees, say) gives ``None`` and drops out of the weighted mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from regalign.comparisons import magnitude
from regalign.comparisons.magnitude import Key, KindGap, Measured
from regalign.comparisons.results import (
    ALIGNED,
    DIVERGENT,
    ONLY_A,
    ONLY_B,
    PARTIALLY_ALIGNED,
    DimensionResult,
    ProvisionRef,
)
from regalign.comparisons.sides import FORCE_LABELS
from regalign.schema.derived import addressee_class
from regalign.schema.method import (
    DIMENSIONS,
    DimensionWeights,
    ExchangeRates,
    Magnitude,
    Thresholds,
)
from regalign.schema.quantities import sanction_quantities
from regalign.schema.records import Sanction
from regalign.schema.vocab import (
    AddresseeClass,
    Modality,
    Role,
    SanctionKind,
    ScopeTier,
)

INTENSITY = {
    Modality.PROHIBITION: 4,
    Modality.OBLIGATION: 3,
    Modality.RIGHT: 3,
    Modality.BEST_EFFORTS: 2,
    Modality.RECOMMENDATION: 1,
}
DUTY_MODALITIES = frozenset(
    m.value for m in (Modality.OBLIGATION, Modality.PROHIBITION, Modality.BEST_EFFORTS)
)
INTENSITY_LABELS = {
    4: "prohibition",
    3: "obligation or right",
    2: "best-efforts",
    1: "recommendation",
    0: "enabling",
}
SANCTION_LABELS = {
    3: "turnover-linked fine",
    # Class 2 holds penalties each Member State lays down (AI Act Art. 99(1)) beside fixed fines and
    # prison (round 49, EU-KR: "fixed fine or prison" for AI literacy, which no fine tier names).
    2: "fixed fine, prison or national penalties",
    1: "orders only",
    0: "none",
}
FORCE_MAX, INTENSITY_MAX, SANCTION_MAX = 3, 4, 3
# Penalties behind a provision, found through sanctioned_by: (sanction, penalty provision id, cite).
Linked = Mapping[str, tuple[tuple[Sanction, str, str], ...]]
# One bit per vocabulary term, so that a Jaccard overlap is two popcounts (the all-pairs matrix runs it
# millions of times); the value is exactly |a & b| / |a | b| of the sets. One map per set of
# StanceFeatures.masks, in its order: modalities, roles, classes, tiers.
_VOCABULARIES: tuple[type[Enum], ...] = (Modality, Role, AddresseeClass, ScopeTier)
_BITS: tuple[dict[str, int], ...] = tuple(
    {term.value: 1 << i for i, term in enumerate(vocab)} for vocab in _VOCABULARIES
)


@dataclass(frozen=True)
class StanceFeatures:
    """What a stance looks like on each dimension."""

    provisions: frozenset[str]
    force: int
    intensity: int
    modalities: frozenset[str]
    roles: frozenset[str]
    classes: frozenset[str]
    tiers: frozenset[str]
    sanction: int
    quantities: Mapping[Key, Measured] = field(default_factory=dict)
    own_quantities: Mapping[Key, Measured] = field(
        default_factory=dict
    )  # stated by the stance itself
    masks: tuple[int, int, int, int] = field(
        init=False, repr=False, compare=False
    )  # the four sets, as bits

    def __post_init__(self) -> None:
        sets = (self.modalities, self.roles, self.classes, self.tiers)
        masks = tuple(sum(bits[term] for term in terms) for terms, bits in zip(sets, _BITS))
        object.__setattr__(self, "masks", masks)


def sanction_class(sanction: Sanction) -> int:
    """3 turnover-linked fine, 2 fixed fine, imprisonment or national penalties, 1 order, 0 nothing."""
    if sanction.turnover_percent is not None:
        return 3
    if sanction.kind is SanctionKind.ORDER:
        return 1
    return 2


def cite(ref: ProvisionRef) -> str:
    """'AI Basic Act Art. 43' for messages."""
    return f"{ref.framework.short_title} {ref.pinpoint}"


def features(
    refs: Sequence[ProvisionRef],
    linked: Linked,
    rates: ExchangeRates | None,
    on: date | None = None,
) -> StanceFeatures:
    """Aggregate a stance: the strongest force, intensity and sanction (own or linked); the union of the sets;
    the most demanding quantity of each measure (measured only when ``rates`` are given).

    ``on`` (the as-of date at the *now* horizon) leaves out numbers that an amendment inserted and
    that do not apply yet; None (as adopted) keeps them."""
    sanctions = [s for r in refs for s in r.provision.sanctions] + [
        s for r in refs for s, _, _ in linked.get(r.id, ())
    ]
    own, through_links = _measured(refs, linked, rates, on) if rates is not None else ([], [])
    return StanceFeatures(
        provisions=frozenset(r.id for r in refs),
        force=max((r.force_level for r in refs), default=0),
        intensity=max((INTENSITY.get(r.provision.modality, 0) for r in refs), default=0),
        modalities=frozenset(r.provision.modality.value for r in refs),
        roles=frozenset(role.value for r in refs for role in r.provision.addressees),
        classes=frozenset(addressee_class(r.provision).value for r in refs),
        tiers=frozenset(
            r.provision.scope_tier.value for r in refs if r.provision.scope_tier is not None
        ),
        sanction=max((sanction_class(s) for s in sanctions), default=0),
        quantities=magnitude.representative([*own, *through_links]),
        own_quantities=magnitude.representative(own),
    )


def _measured(
    refs: Sequence[ProvisionRef], linked: Linked, rates: ExchangeRates, on: date | None
) -> tuple[list[Measured], list[Measured]]:
    """The numbers the provisions state themselves, and those of the penalties linked to them."""
    own: list[Measured] = []
    through_links: list[Measured] = []
    for ref in refs:
        stated = [
            *(
                q
                for q in ref.provision.quantities
                if on is None or q.applies_from is None or q.applies_from <= on
            ),
            *sanction_quantities(ref.provision.sanctions),
        ]
        level = ref.force_level
        own += [
            m
            for q in stated
            if (m := magnitude.measure(q, ref.id, cite(ref), rates, level)) is not None
        ]
        for sanction, penalty_id, penalty_cite in linked.get(ref.id, ()):
            through_links += [
                m
                for q in sanction_quantities((sanction,))
                if (m := magnitude.measure(q, penalty_id, penalty_cite, rates, level)) is not None
            ]
    return own, through_links


def jaccard(a: int, b: int) -> float | None:
    """|a & b| / |a | b| of two sets given as bit masks, or None when both are empty."""
    union = (a | b).bit_count()
    return (a & b).bit_count() / union if union else None


def similarities(
    a: StanceFeatures, b: StanceFeatures, relation: float | None, found: Sequence[KindGap] = ()
) -> tuple[float | None, ...]:
    """Similarity on each dimension, in the order of DIMENSIONS (``found``: the quantity gaps)."""
    sanction = (
        None if a.sanction == b.sanction == 0 else 1 - abs(a.sanction - b.sanction) / SANCTION_MAX
    )
    (modalities_a, roles_a, classes_a, tiers_a), (modalities_b, roles_b, classes_b, tiers_b) = (
        a.masks,
        b.masks,
    )
    modality = jaccard(modalities_a, modalities_b)
    if modality == 0 and a.modalities <= DUTY_MODALITIES and b.modalities <= DUTY_MODALITIES:
        modality = (
            0.5  # a ban and a duty: the same kind of rule stated two ways ("shall not" / "shall")
        )
    return (
        1 - abs(a.force - b.force) / FORCE_MAX,
        1 - abs(a.intensity - b.intensity) / INTENSITY_MAX,
        modality,
        jaccard(roles_a, roles_b),
        jaccard(classes_a, classes_b),
        jaccard(tiers_a, tiers_b),
        sanction,
        magnitude.similarity(found),
        relation,
    )


def combine(sims: Sequence[float | None], weights: Sequence[float]) -> float:
    """Weighted mean of the similarities that apply."""
    total = weighted = 0.0
    for similarity, weight in zip(sims, weights):
        if similarity is not None:
            total += weight
            weighted += weight * similarity
    return min(1.0, max(0.0, weighted / total)) if total > 0 else 0.0


def weight_vector(weights: DimensionWeights) -> tuple[float, ...]:
    """The dimension weights in the order of DIMENSIONS."""
    return tuple(getattr(weights, name) for name in DIMENSIONS)


def verdict(score: float, thresholds: Thresholds) -> str:
    """The verdict the thresholds give a topic that both sides address."""
    if score >= thresholds.aligned:
        return ALIGNED
    if score >= thresholds.partially_aligned:
        return PARTIALLY_ALIGNED
    return DIVERGENT


def silent_verdict(has_a: bool, has_b: bool) -> str | None:
    """only-a / only-b when one side is silent, None when both speak."""
    if has_a and not has_b:
        return ONLY_A
    if has_b and not has_a:
        return ONLY_B
    return None


def describe(
    a: StanceFeatures,
    b: StanceFeatures,
    relation: float | None,
    weights: Sequence[float],
    settings: Magnitude,
) -> tuple[float, tuple[DimensionResult, ...], tuple[KindGap, ...]]:
    """The score, its decomposition into dimension contributions, and the quantity gaps (linked penalties
    included)."""
    found = magnitude.gaps(a.quantities, b.quantities, settings)
    sims = similarities(a, b, relation, found)
    total = sum(w for s, w in zip(sims, weights) if s is not None)
    values = (
        (_force(a.force), _force(b.force)),
        (INTENSITY_LABELS[a.intensity], INTENSITY_LABELS[b.intensity]),
        (_set(a.modalities), _set(b.modalities)),
        (_set(a.roles), _set(b.roles)),
        (_set(a.classes), _set(b.classes)),
        (_set(a.tiers), _set(b.tiers)),
        (SANCTION_LABELS[a.sanction], SANCTION_LABELS[b.sanction]),
        (magnitude.describe(a.quantities), magnitude.describe(b.quantities)),
        (_relation(relation), _relation(relation)),
    )
    results = tuple(
        DimensionResult(
            name, weight, va, vb, sim, (weight / total) * sim if sim is not None and total else 0.0
        )
        for name, weight, sim, (va, vb) in zip(DIMENSIONS, weights, sims, values)
    )
    return combine(sims, weights), results, found


def _relation(relation: float | None) -> str:
    return (
        "no curated relation" if relation is None else f"curated, strength {round(relation * 10)}"
    )


def _force(level: int) -> str:
    return f"{FORCE_LABELS[level]} ({level})"


def _set(values: Iterable[str]) -> str:
    return ", ".join(sorted(values)) or "none named"
