"""Joint commitments and the conformity view: each side's own law set against a shared treaty.

Provisions of an instrument both sides are party to say nothing about whether the two sides' own
rules align, so they are kept out of the stances. Here each commitment (other than a term for one
party only) is set against each side's own provisions on the same topic, as adopted, and judged:

- **no domestic rule**: the side has no provision on the topic (nor one a curated relation links);
- **in tension**: a curated relation says the domestic rule and the commitment point in opposite
  directions (e.g. a data-localisation requirement against a ban on requiring localisation);
- **stricter**: the domestic rule binds the same class of addressees as the commitment and is more
  binding or more demanding, and the commitment is no pledge (a promise to cooperate or to promote,
  or a text that binds no one, sets no level to exceed);
- **arguably outside**: as for *in tension*, but the relation names the treaty's clause under which the
  rule arguably falls outside the commitment (RCEP Art. 12.3(3): the chapter does not apply to
  information held by or for a Party, against a permission to export the state's survey results);
- **not read**: the side's rules on the topic change, by an adopted act whose wording nobody read
  (APPI Act No. 56 of 2026): as adopted, its law cannot be set against the commitment;
- **runs the other way, not judged**: a rule on the topic is recorded as running against it
  (`against`) but no curated relation judges it against the commitment (Korea's cloud security
  certification, whose location standards were not read): the side is not said to be consistent;
- **consistent**: otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from regalign.comparisons.applicability import ADOPTED, Starts, counts_at, status
from regalign.comparisons.relations import RelationIndex
from regalign.comparisons.results import (
    DomesticRule,
    JointCommitment,
    ProvisionRef,
    RelationUsed,
    Side,
)
from regalign.comparisons.scope import unread_changes, unread_provisions
from regalign.comparisons.scoring import INTENSITY
from regalign.comparisons.sides import FORCE_LABELS, force_label, force_level, in_scope
from regalign.comparisons.stances import side_refs
from regalign.frameworks.corpus import Corpus
from regalign.schema.derived import addressee_class, topics_meet, within
from regalign.schema.vocab import LegalForce, Modality, RelationType

CONSISTENT, STRICTER, IN_TENSION, ARGUABLE, NO_RULE, NOT_READ, UNJUDGED = (
    "consistent",
    "stricter",
    "in-tension",
    "arguably-outside",
    "no-domestic-rule",
    "not-read",
    "against-not-judged",
)
CONFORMITY = (CONSISTENT, STRICTER, IN_TENSION, ARGUABLE, NO_RULE, NOT_READ, UNJUDGED)
PLEDGES = (Modality.COOPERATION, Modality.PROMOTION)


def joint_commitments(
    corpus: Corpus,
    side_a: Side,
    side_b: Side,
    joint: frozenset[str],
    starts: Starts,
    day: date,
    prefix: str | None,
    relations: RelationIndex,
) -> tuple[JointCommitment, ...]:
    """Every commitment of the joint instruments, with each side's own law against it."""
    own = {
        "a": _by_tag(side_refs(corpus, side_a, joint, starts, day, prefix, ADOPTED, True)),
        "b": _by_tag(side_refs(corpus, side_b, joint, starts, day, prefix, ADOPTED, True)),
    }
    changing = {
        "a": _unread_changes(corpus, side_a, joint),
        "b": _unread_changes(corpus, side_b, joint),
    }
    found = []
    for framework_id in sorted(joint):
        framework = corpus.frameworks[framework_id]
        for provision_id in corpus.provisions_of(framework_id):
            provision = corpus.provisions[provision_id]
            if provision.party_term is not None:
                continue  # counts for its party alone, inside that side's stances
            start = starts.start(provision_id)
            state = status(framework, provision, start, day)
            if not counts_at(ADOPTED, state, provision.applies_until):
                continue
            level = force_level(framework, provision, state, True)
            commitment = ProvisionRef(
                provision_id,
                framework,
                provision,
                state,
                level,
                force_label(framework, level, state),
                start,
            )
            for topic in provision.topics:
                if in_scope(topic, prefix):
                    a, b = (
                        _unless_changing(
                            _domestic(side, commitment, topic, own[side], relations),
                            topic,
                            changing[side],
                            corpus,
                        )
                        for side in ("a", "b")
                    )
                    found.append(JointCommitment(commitment, topic, a, b))
    return tuple(found)


def _unread_changes(corpus: Corpus, side: Side, joint: frozenset[str]) -> dict[str, str]:
    """Topic -> id of the side's adopted change to its rules there that nobody read (an unverified
    record with its own date: APPI Act No. 56 of 2026), the earliest first."""
    return unread_changes(corpus, unread_provisions(corpus, side, joint, corpus.topics))


def _unless_changing(
    rule: DomesticRule, topic: str, changing: dict[str, str], corpus: Corpus
) -> DomesticRule:
    """The side's reading, or 'not read' where its rules on the topic change in wording nobody read
    (round 30, EU-JP: APPI Art. 28(1) read 'consistent' with the EPA's data-flow commitment as
    adopted, while the same briefing compares no APPI transfer topic as adopted)."""
    if rule.verdict == NO_RULE:
        return rule
    ids = sorted({pid for tag, pid in changing.items() if topics_meet(tag, topic)})
    if not ids:
        return rule
    change = corpus.provisions[ids[0]]
    framework = corpus.framework_of(ids[0])
    reason = (
        f"{framework.short_title}: {change.title}, from {change.applies_from}, in wording not read"
    )
    return DomesticRule(
        rule.side,
        rule.provisions,
        NOT_READ,
        reason,
        changed_by=ids[0],
        lead=rule.lead,
        read_verdict=rule.verdict,
    )


def _by_tag(
    refs: Sequence[ProvisionRef],
) -> tuple[dict[str, list[ProvisionRef]], dict[str, ProvisionRef]]:
    tagged: dict[str, list[ProvisionRef]] = {}
    for ref in refs:
        for tag in ref.provision.topics:
            tagged.setdefault(tag, []).append(ref)
    return tagged, {r.id: r for r in refs}


def _domestic(
    side: str,
    commitment: ProvisionRef,
    topic: str,
    refs: tuple[dict[str, list[ProvisionRef]], dict[str, ProvisionRef]],
    relations: RelationIndex,
) -> DomesticRule:
    tagged, by_id = refs
    linked = relations.neighbours(commitment.id)
    # A rule on the commitment's topic, or on a narrower one: a general rule filed above it does not
    # speak to it (round 27, EU-KR: the AI Basic Act's duty to pursue international cooperation on
    # AI, Art. 22, read as 'stricter' than the Digital Partnership's cooperation on semiconductors).
    # A rule the crosswalk judges not related to this commitment is not set against it, whatever
    # its topic (round 62, EU-JP: GDPR Art. 49(5), which lets law limit transfers only where no
    # adequacy decision exists, "runs the other way" against the EPA's data-flow commitment, while
    # the EU has found Japan adequate).
    unrelated = {
        other
        for other, used in linked.items()
        if used.relation.relation is RelationType.NOT_RELATED
    }
    found = {
        r.id: r
        for tag, group in tagged.items()
        if within(tag, topic)
        for r in group
        if r.id not in unrelated
    }
    for other, used in linked.items():
        if other in by_id and (used.relation.strength >= 1 or used.relation.opposite):
            found.setdefault(other, by_id[other])
    on_topic = [found[key] for key in sorted(found)]
    if not on_topic:
        return DomesticRule(side, (), NO_RULE, "no provision of its own on this topic")
    # A rule tagged with the commitment's own topic leads (the map permission before a technology
    # licence related to it from export control).
    opposed = sorted(
        (r for r in on_topic if r.id in linked and linked[r.id].relation.opposite),
        key=lambda r: (not any(topics_meet(t, topic) for t in r.provision.topics), r.id),
    )
    if opposed:
        relation = linked[opposed[0].id].relation
        reason = f"{_cite(opposed[0])}: {relation.justification}"
        # Round 32, KR-JP: a permission to export the state's survey results read 'in tension'
        # with RCEP's transfer commitment, which arguably does not reach information the state holds.
        if relation.arguably_outside:
            return DomesticRule(
                side,
                tuple(on_topic),
                ARGUABLE,
                reason,
                tuple(opposed),
                outside_by=relation.arguably_outside,
            )
        return DomesticRule(side, tuple(on_topic), IN_TENSION, reason, tuple(opposed))
    # A rule recorded as running against the topic, which no curated relation sets against the
    # commitment, leaves the side unjudged, never consistent (rounds 45-57, KR-JP and EU-KR: Korea
    # "consistent" with bans on requiring local computing facilities on its cloud security
    # certification, marked as running the other way).
    contrary = [r for r in on_topic if any(topics_meet(t, topic) for t in r.provision.against)]
    if contrary:
        reason = (
            f"{_cite(contrary[0])}: runs against the topic of the commitment on the record; no "
            "curated relation judges it against the commitment"
        )
        # Not in ``against``: no curated relation sets it against the commitment, so no sentence
        # may say that it runs against the treaty.
        return DomesticRule(side, tuple(on_topic), UNJUDGED, reason)
    strongest = max(
        on_topic, key=lambda r: (r.force_level, INTENSITY.get(r.provision.modality, 0), r.id)
    )
    lead = _representative(on_topic, linked)
    own_level = (strongest.force_level, INTENSITY.get(strongest.provision.modality, 0))
    treaty_level = (commitment.force_level, INTENSITY.get(commitment.provision.modality, 0))
    # Stricter only on the same addressees: a ban on controllers' transfers is not a stricter form
    # of the state's commitment to keep data flowing, but a condition on it (rounds 18 and 19,
    # EU-KR: "GDPR Art. 44 stricter" than the DTA's flow commitment read the wrong way round).
    same_people = addressee_class(strongest.provision) is addressee_class(commitment.provision)
    # Nor stricter than a pledge: a promise to cooperate, or a text that binds no one, sets no level
    # a domestic rule could exceed (round 33, EU-KR: the AI Basic Act's duty to pursue international
    # cooperation read 'stricter' than the Digital Partnership's cooperation on digital identity).
    if (
        same_people
        and not is_pledge(commitment)
        and (
            own_level[0] > treaty_level[0]
            or (own_level[0] == treaty_level[0] and own_level[1] > treaty_level[1])
        )
    ):
        pending = " (not yet in force)" if commitment.status == "pending" else ""
        return DomesticRule(
            side,
            tuple(on_topic),
            STRICTER,
            f"{_cite(strongest)} is a {strongest.force_label} {strongest.provision.modality.value}; "
            f"the commitment is a {FORCE_LABELS[commitment.force_level]} "
            f"{commitment.provision.modality.value}{pending}",
            lead=strongest,
        )
    return DomesticRule(
        side,
        tuple(on_topic),
        CONSISTENT,
        f"{_cite(lead)} ({lead.provision.modality.value}) goes the same way as the "
        "commitment and no curated relation marks a conflict",
        lead=lead,
    )


def _representative(
    on_topic: Sequence[ProvisionRef], linked: Mapping[str, RelationUsed]
) -> ProvisionRef:
    """The provision that speaks for a side consistent with a commitment: the one a curated
    relation joins to the commitment most strongly, else one of the side's main law on the topic
    (the instrument with the most provisions there), the most binding and demanding of those.

    Round 40 (EU-KR and KR-JP): the Medical Service Act's ban on leaking electronic medical
    records, a prohibition and so the 'strongest', spoke for Korea on the FTA's and RCEP's
    commitments to a legal framework protecting personal information, where PIPA is that framework.
    """
    related = [r for r in on_topic if r.id in linked and linked[r.id].relation.strength >= 1]
    if related:
        return max(related, key=lambda r: (linked[r.id].relation.strength, r.force_level, r.id))
    share: dict[str, int] = {}
    for ref in on_topic:
        share[ref.framework.id] = share.get(ref.framework.id, 0) + 1
    # Among equals, the provision filed under fewest topics: the one about this topic (round 51,
    # EU-KR: eIDAS Art. 5f(1), on wallets and filed under two topics, spoke for the EU on the FTA's
    # dialogue on recognising certificates before Art. 14, which is about recognition alone).
    return max(
        on_topic,
        key=lambda r: (
            share[r.framework.id],
            r.force_level,
            INTENSITY.get(r.provision.modality, 0),
            -len(r.provision.topics),
            r.id,
        ),
    )


def is_pledge(ref: ProvisionRef) -> bool:
    """A promise to cooperate or to promote, or a provision of an instrument that binds no one."""
    return ref.provision.modality in PLEDGES or ref.framework.legal_force is not LegalForce.BINDING


def _cite(ref: ProvisionRef) -> str:
    return f"{ref.framework.short_title} {ref.pinpoint}"
