"""Pairs, not piles: which provision of one side is compared with which provision of the other.

Within a unit every provision looks for its counterpart on the other side, on the strongest basis
it has with any provision there (strongest first):

1. **same provision**: a provision on both sides (an instrument counted on both);
2. **curated relation**: a curated crosswalk relation of strength 1 or more (or one marked
   ``opposite``); a relation judged *not related* (strength 0) forbids the pair. A provision that
   joined the unit only through a relation meets on this basis alone;
3. **opposite direction**: one rule pushes against the unit's topic (``against``) and the other,
   a commitment of the state or a public authority, toward it: a requirement to store data locally
   against a ban on such requirements;
4. **same measure**: both state a number of the same kind and measure key;
5. **same sanctioned conduct**: both are penalty provisions that fall on the same class of people
   and punish breaches of duties on a shared topic owed by overlapping addressees (fines on
   operators for transparency duties, never a committee member's secrecy offence against an
   operator fine, nor a signatory's offence against a fine on trust-service providers); penalties
   that say whom they fall on meet on this basis only;
6. **same addressees**: both are the same kind of rule (duties, rights, framing, state measures)
   for the same addressee class, running the same way on the topic, and their roles overlap. A
   provision a curated relation pairs in the unit is spoken for: shape alone gives it no further
   partners. A body, plan or procedure set up by law (institutional) meets one body only on this
   basis: one to one, never one already paired on a stronger basis.

Layers meet layers: a guideline, a voluntary code or a recommendation (a *soft* provision) is
compared with a binding rule of the other side only when its own side has no binding rule in the
unit. Where its side has one, the soft provision elaborates that rule: it meets soft provisions of
the other side, and when none is there it *supports* its side's stance without being a gap.

Among the candidates on its strongest basis a provision takes one that states a number of the
same measure, if any does (a fine ceiling against a fine ceiling, though a candidate with no
number would score higher, having no gap to lose on), then the one it scores best with (ties by id). The unit's pairs are every provision's choice, from both sides, each pair once; a
provision with no candidate is a coverage gap of its side and is never scored against an
unrelated provision. Every rule here is symmetric in the two sides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import (
    BASES,
    BEST_EFFORTS_LEVEL,
    CURATED,
    OPPOSITE_DIRECTION,
    SAME_ADDRESSEES,
    SAME_CONDUCT,
    SAME_MEASURE,
    SAME_PROVISION,
    Pair,
    ProvisionRef,
)
from regalign.frameworks.corpus import Corpus
from regalign.schema.derived import addressee_class, topics_meet
from regalign.schema.quantities import DERIVED_KINDS
from regalign.schema.vocab import (
    AddresseeClass,
    Modality,
    QuantityKind,
    Role,
    SanctionKind,
    ScopeTier,
)

# What kind of rule a provision is, for the last basis: only like kinds are compared.
DUTY, RIGHT, FRAMING, STATE_MEASURE, PENALTY = "duty", "right", "framing", "state", "penalty"
FUNCTIONS = {
    Modality.PROHIBITION: DUTY,
    Modality.OBLIGATION: DUTY,
    Modality.BEST_EFFORTS: DUTY,
    Modality.RECOMMENDATION: DUTY,
    Modality.RIGHT: RIGHT,
    Modality.PERMISSION: RIGHT,
    Modality.DEFINITION: FRAMING,
    Modality.SCOPE: FRAMING,
    Modality.EXCEPTION: FRAMING,
    Modality.PROMOTION: STATE_MEASURE,
    Modality.INSTITUTIONAL: STATE_MEASURE,
    Modality.COOPERATION: STATE_MEASURE,
}
# How much a provision of each kind counts in a unit's coverage: rules that require, forbid, allow
# or punish count fully; definitions, scope, exceptions and the state's own machinery count half,
# because an expert reads a missing procedure as detail and a missing duty as a gap.
COVERAGE_WEIGHTS = {DUTY: 1.0, RIGHT: 1.0, PENALTY: 1.0, FRAMING: 0.5, STATE_MEASURE: 0.5}


def pair_weight(pair: Pair) -> float:
    """How much a pair counts in its unit's mean: the mean coverage weight of its two provisions."""
    return (COVERAGE_WEIGHTS[function(pair.a)] + COVERAGE_WEIGHTS[function(pair.b)]) / 2


def coverage(paired: Sequence[ProvisionRef], gaps: Sequence[ProvisionRef]) -> float:
    """Share of the weight of a unit's provisions (gaps and paired) that is in a pair."""
    got = sum(COVERAGE_WEIGHTS[function(r)] for r in paired)
    missing = sum(COVERAGE_WEIGHTS[function(r)] for r in gaps)
    return got / (got + missing) if got + missing else 1.0


# The state, whichever way a text names it: these roles overlap with each other. "business" (any
# enterprise) overlaps only with itself: a financial entity's risk rule and a data controller's
# consent rule are not the same rule because both bind firms.
STATE_ROLES = frozenset({Role.GOVERNMENT, Role.STATE_PARTY})
PairScorer = Callable[[ProvisionRef, ProvisionRef, str], Pair]


def function(ref: ProvisionRef) -> str:
    """duty, right, framing, state or penalty (a provision that states a penalty or a scheduled fine)."""
    provision = ref.provision
    if provision.sanctions or any(q.kind is QuantityKind.FINE_AMOUNT for q in provision.quantities):
        return PENALTY
    return FUNCTIONS.get(provision.modality, FRAMING)


def only_orders(ref: ProvisionRef) -> bool:
    """Whether the provision's sanctions are all orders of an authority (no fine, no prison term)."""
    sanctions = ref.provision.sanctions
    return bool(sanctions) and all(s.kind is SanctionKind.ORDER for s in sanctions)


def only_lowers(ref: ProvisionRef) -> bool:
    """Whether the provision's sanctions only lower other ceilings for some firms (AI Act Art.
    99(6)-(6a): whichever of amount and share is lower, for SMEs or small mid-caps)."""
    sanctions = ref.provision.sanctions
    return bool(sanctions) and all(s.for_firms for s in sanctions)


def runs_against(ref: ProvisionRef, topic_id: str) -> bool:
    """Whether the provision pushes against the unit's topic (or a topic above or below it)."""
    return any(topics_meet(t, topic_id) for t in ref.provision.against)


def measures(ref: ProvisionRef) -> frozenset[tuple[str, str]]:
    """The (kind, measure) keys of the numbers the provision states itself."""
    return frozenset(
        (q.kind.value, q.measure)
        for q in ref.provision.quantities
        if q.measure is not None and q.kind not in DERIVED_KINDS
    )


def falls_on(ref: ProvisionRef) -> frozenset[str]:
    """The classes the provision's penalties fall on."""
    return frozenset(s.falls_on.value for s in ref.provision.sanctions if s.falls_on is not None)


def conduct(corpus: Corpus, ref: ProvisionRef) -> list[tuple[frozenset[str], frozenset[Role]]]:
    """What a penalty provision punishes: the topics and addressees of each duty it backs (the reverse
    of their sanctioned_by)."""
    return [
        (frozenset(duty.topics), frozenset(duty.addressees))
        for duty in (corpus.provisions[d] for d in corpus.sanctioned_duties(ref.id))
    ]


def same_conduct(corpus: Corpus, x: ProvisionRef, y: ProvisionRef) -> bool:
    """A duty each penalty backs shares a topic with one the other backs, owed by overlapping
    addressees. A penalty that names no duty (a fine for breaching the act, or for ignoring an order
    of the supervisor) punishes the rules the act sets for those it regulates, which the records do
    not pin down: it meets a penalty backing a duty owed by someone other than the state, never one
    for the state's own machinery (a committee member's secrecy)."""
    conduct_x, conduct_y = conduct(corpus, x), conduct(corpus, y)
    if not conduct_x or not conduct_y:
        return not (conduct_x or conduct_y) or any(
            not roles or roles - STATE_ROLES for _, roles in conduct_x or conduct_y
        )
    return any(
        topics_x & topics_y and _overlap(roles_x, roles_y)
        for topics_x, roles_x in conduct_x
        for topics_y, roles_y in conduct_y
    )


def same_sector(x: ProvisionRef, y: ProvisionRef) -> bool:
    """Both provisions' acts are general law, or both are laws of a shared sector: a fine under a
    financial-sector law punishes a financial firm's breach of that sector's rules, not the breach
    a general law punishes (EU-KR, rounds 69-89: DORA's penalties for the ICT rules of financial
    firms met the Spatial Data Act's crime of exporting map data, "aligned")."""
    sectors_x, sectors_y = frozenset(x.framework.sectors), frozenset(y.framework.sectors)
    return sectors_x == sectors_y or bool(sectors_x & sectors_y)


def _overlap(rx: frozenset[Role], ry: frozenset[Role]) -> bool:
    """Shared roles, the state on both sides, or no roles named on one side."""
    return not rx or not ry or bool(rx & ry) or bool(rx & STATE_ROLES and ry & STATE_ROLES)


def roles_overlap(x: ProvisionRef, y: ProvisionRef) -> bool:
    """The two provisions' addressees overlap (see _overlap)."""
    return _overlap(frozenset(x.provision.addressees), frozenset(y.provision.addressees))


@dataclass(frozen=True)
class _Traits:
    """What the bases read of one provision in one unit, worked out once per provision."""

    function: str
    against: bool
    measures: frozenset[tuple[str, str]]
    falls_on: frozenset[str]
    addressees: AddresseeClass


class Pairing:
    """The basis two provisions of a unit can be compared on (built once per unit and horizon).

    Every basis is symmetric in its two provisions, so each unordered pair is judged once.
    """

    def __init__(self, corpus: Corpus, relations: RelationIndex, topic_id: str) -> None:
        self.corpus, self.relations, self.topic_id = corpus, relations, topic_id
        self._traits: dict[str, _Traits] = {}
        self._bases: dict[tuple[str, str], str | None] = {}

    def basis(self, x: ProvisionRef, y: ProvisionRef) -> str | None:
        """The strongest basis for comparing x with y, or None when they must not be compared."""
        key = (x.id, y.id) if x.id <= y.id else (y.id, x.id)
        if key not in self._bases:
            self._bases[key] = self._judge(x, y)
        return self._bases[key]

    def traits(self, ref: ProvisionRef) -> _Traits:
        found = self._traits.get(ref.id)
        if found is None:
            found = _Traits(
                function(ref),
                runs_against(ref, self.topic_id),
                measures(ref),
                falls_on(ref),
                addressee_class(ref.provision),
            )
            self._traits[ref.id] = found
        return found

    def _judge(self, x: ProvisionRef, y: ProvisionRef) -> str | None:
        if x.id == y.id:
            return SAME_PROVISION
        used = self.relations.neighbours(x.id).get(y.id)
        if used is not None:
            if used.relation.strength >= 1 or used.relation.opposite:
                return CURATED
            return None  # judged not related
        if x.via == "relation" or y.via == "relation":
            # A rule that joined the unit only through a curated relation meets only the rule it is
            # related to (round 21, EU-KR: Korea's prior review of high-impact status, joined to
            # registration through the EU's not-high-risk finding, was paired by shape with the EU's
            # duty to register high-risk systems).
            return None
        tx, ty = self.traits(x), self.traits(y)
        fx, fy = tx.function, ty.function
        if fx in (DUTY, RIGHT) and fy in (DUTY, RIGHT) and tx.against != ty.against:
            toward = ty if tx.against else tx
            # The rule that runs toward the topic is a commitment of the state not to restrict (a ban on
            # localisation requirements) that the other side's restriction runs against.
            if toward.addressees is not AddresseeClass.OPERATOR:
                return OPPOSITE_DIRECTION
        if tx.measures & ty.measures:
            return SAME_MEASURE
        if fx == PENALTY or fy == PENALTY:
            if fx != fy:
                return None
            if only_orders(x) != only_orders(y):
                # An order power of the supervisor is not a penalty (blind reading round 10, KR-JP:
                # PIPA's turnover surcharge 'met' APPI Art. 148's recommendation and order).
                return None
            if only_lowers(x) != only_lowers(y):
                # A lower ceiling for some firms is a relief from the penalty, not one (round 78,
                # EU-KR: the small mid-caps' ceiling met Korea's fine as "the same kind of breach").
                return None
            if tx.falls_on or ty.falls_on:
                if (
                    tx.falls_on & ty.falls_on
                    and same_sector(x, y)
                    and same_conduct(self.corpus, x, y)
                ):
                    return SAME_CONDUCT
                return None
            # Penalties that do not say whom they fall on meet as any other rule does (below).
        if fx == fy and tx.addressees is ty.addressees:
            # A restriction on businesses and a rule on businesses that runs the other way regulate
            # the same subject only if the crosswalk says so (an export ban on map data is not the
            # counterpart of a consent rule for personal data): they are gaps, not a pair.
            if (
                roles_overlap(x, y)
                and tx.against == ty.against
                and tiers_meet(x, y)
                and _same_kind_of_state_measure(x, y)
            ):
                return SAME_ADDRESSEES
        return None


def _same_kind_of_state_measure(x: ProvisionRef, y: ProvisionRef) -> bool:
    """False when one provision sets up the state's machinery (an authority, a body, a procedure)
    and the other is a programme of the state (support, promotion, cooperation)."""
    machinery = {r.provision.modality is Modality.INSTITUTIONAL for r in (x, y)}
    return len(machinery) == 1


# Tiers that name models (general-purpose, generative, frontier) and the tier that names systems by
# their use (high-risk) reach different objects.
MODEL_TIERS = frozenset({ScopeTier.GENERAL_PURPOSE_MODEL, ScopeTier.GENERATIVE, ScopeTier.FRONTIER})


def tiers_meet(x: ProvisionRef, y: ProvisionRef) -> bool:
    """False when one provision reaches high-risk systems and the other models: on shape alone a
    rule for one is no counterpart of a rule for the other (round 69, EU-KR: the GPAI Code of
    Practice's monitoring commitment for models with systemic risk 'aligned' with Korea's monitoring
    guidance for high-impact systems). Rules that name no tier, or every AI system, meet any tier."""
    tiers = {x.provision.scope_tier, y.provision.scope_tier}
    return not (ScopeTier.HIGH_RISK in tiers and tiers & MODEL_TIERS)


def is_soft(ref: ProvisionRef) -> bool:
    """A guideline, voluntary code, recommendation or recital: below a best-efforts duty in force."""
    return ref.force_level < BEST_EFFORTS_LEVEL


@dataclass(frozen=True)
class Paired:
    """The outcome of pairing a unit: its pairs, each side's gaps, and the soft provisions that
    support a binding stance of their own side without a counterpart of their own."""

    pairs: tuple[Pair, ...]
    gaps_a: tuple[ProvisionRef, ...]
    gaps_b: tuple[ProvisionRef, ...]
    supporting: tuple[ProvisionRef, ...]


def pair_up(
    a: Sequence[ProvisionRef], b: Sequence[ProvisionRef], pairing: Pairing, score: PairScorer
) -> Paired:
    """The pairs of a unit (unordered), each side's gaps and supporting provisions."""
    # Whom each side binds in the unit: a soft provision stands for its side's rules for its own
    # addressees when no binding provision of that side addresses them (round 67, EU-JP: Japan's
    # guideline asking firms to build AI literacy was set aside behind the State's duty to promote
    # education, and the EU's literacy duty on firms read as a different matter).
    hard = (_bound_classes(a), _bound_classes(b))
    scored: dict[tuple[str, str], Pair] = {}
    chosen: dict[tuple[str, str], Pair] = {}
    bodies: dict[tuple[str, str], Pair] = {}  # bodies set up by law, met on shape alone
    shaped: dict[str, list[tuple[tuple[bool, float, str], Pair]]] = {}  # other shape-only options
    for mine, theirs, flip in ((a, b, False), (b, a, True)):
        hard_mine, hard_theirs = (hard[1], hard[0]) if flip else hard
        for x in mine:
            candidates = [
                (BASES.index(found), y)
                for y in theirs
                if _layers_meet(x, y, hard_mine, hard_theirs) and (found := pairing.basis(x, y))
            ]
            if not candidates:
                continue
            rank = min(r for r, _ in candidates)
            best: tuple[tuple[bool, float, str], Pair] | None = None
            for r, y in candidates:
                if r != rank:
                    continue
                pa, pb = (y, x) if flip else (x, y)
                key = (pa.id, pb.id)
                if key not in scored:
                    scored[key] = score(pa, pb, BASES[rank])
                pair = scored[key]
                if BASES[rank] == SAME_ADDRESSEES and _institutional(pa, pb):
                    bodies[key] = pair
                    continue
                # A counterpart stating a number of the same measure first (like with like: a
                # pair without comparable numbers scores higher only because it has no gap to lose
                # on), then the highest score, then the smallest counterpart id: a stable,
                # symmetric choice.
                rank_key = (not pair.own_gaps, -pair.score, y.id)
                if BASES[rank] == SAME_ADDRESSEES:
                    shaped.setdefault(x.id, []).append((rank_key, pair))
                    continue
                if best is None or rank_key < best[0]:
                    best = (rank_key, pair)
            if best is not None:
                chosen[(best[1].a.id, best[1].b.id)] = best[1]
    curated = {r.id for p in chosen.values() if p.basis == CURATED for r in (p.a, p.b)}
    chosen.update(_shape_choices(shaped, curated))
    chosen.update(_one_body_each(bodies, chosen))
    paired = {p.a.id for p in chosen.values()} | {p.b.id for p in chosen.values()}
    unpaired_a = [r for r in a if r.id not in paired]
    unpaired_b = [r for r in b if r.id not in paired]
    supporting = [r for r in unpaired_a if is_soft(r) and _bound(r, hard[0])]
    supporting += [r for r in unpaired_b if is_soft(r) and _bound(r, hard[1])]
    held = {r.id for r in supporting}
    return Paired(
        tuple(chosen.values()),
        tuple(r for r in unpaired_a if r.id not in held),
        tuple(r for r in unpaired_b if r.id not in held),
        tuple(supporting),
    )


def _shape_choices(
    shaped: dict[str, list[tuple[tuple[bool, float, str], Pair]]], spoken_for: set[str]
) -> dict[tuple[str, str], Pair]:
    """Each provision's best counterpart on shape alone, among those a curated relation has not
    already paired in the unit.

    A provision the crosswalk pairs with a counterpart in the unit has its counterpart named: shape
    alone made six paragraphs of AI Act Art. 26 (instructions, human oversight, input data, logs,
    informing workers and affected people) each a match for the one Korean user-protection plan that
    a curated relation joins to Art. 26(5) (round 40, EU-KR). A counterpart the crosswalk is silent
    on may still meet several (a broad duty against narrow ones); with none left, a provision is its
    side's gap.
    """
    kept: dict[tuple[str, str], Pair] = {}
    for own_id, options in shaped.items():
        free = [
            option
            for option in options
            if (option[1].b.id if option[1].a.id == own_id else option[1].a.id) not in spoken_for
        ]
        if free:
            pair = min(free, key=lambda option: option[0])[1]
            kept[(pair.a.id, pair.b.id)] = pair
    return kept


def _institutional(x: ProvisionRef, y: ProvisionRef) -> bool:
    """Whether either provision sets up a body, plan or procedure."""
    return Modality.INSTITUTIONAL in (x.provision.modality, y.provision.modality)


def _one_body_each(
    bodies: dict[tuple[str, str], Pair], chosen: dict[tuple[str, str], Pair]
) -> dict[tuple[str, str], Pair]:
    """Bodies, plans or procedures met on shape alone, one to one: each provision in at most one
    such pair and none already paired on a stronger basis, the best-scoring first (ties by the two
    ids in either order, so the choice does not depend on which side is A).

    Every such rule is addressed to the state, so shape alone made Korea's AI Policy Center,
    Safety Institute and subcommittees each a perfect match for Japan's one AI Strategy
    Headquarters (round 19, KR-JP). One body is the counterpart of several only where a curated
    relation says so; a body left over is its side's gap.
    """
    used = {p.a.id for p in chosen.values()} | {p.b.id for p in chosen.values()}
    kept: dict[tuple[str, str], Pair] = {}
    for key, pair in sorted(bodies.items(), key=lambda item: (-item[1].score, *sorted(item[0]))):
        if key[0] in used or key[1] in used:
            continue
        kept[key] = pair
        used.update(key)
    return kept


def _bound_classes(refs: Sequence[ProvisionRef]) -> frozenset[AddresseeClass]:
    """The addressee classes a side's binding provisions in the unit address."""
    return frozenset(addressee_class(r.provision) for r in refs if not is_soft(r))


def _bound(ref: ProvisionRef, bound: frozenset[AddresseeClass]) -> bool:
    """True when the side binds the soft provision's own addressees by another provision."""
    return addressee_class(ref.provision) in bound


def _layers_meet(
    x: ProvisionRef,
    y: ProvisionRef,
    hard_x: frozenset[AddresseeClass],
    hard_y: frozenset[AddresseeClass],
) -> bool:
    """A soft provision meets a binding one only when its own side binds none of its addressees."""
    if is_soft(x) == is_soft(y):
        return True
    return not _bound(x, hard_x) if is_soft(x) else not _bound(y, hard_y)
