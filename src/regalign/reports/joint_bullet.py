"""The joint-commitments bullet of page 1: the instruments that bind both sides, and the commitments a
side's own law is in tension with, arguably outside, or not assessed against (its rules there change
in wording nobody read)."""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.results import (
    APPLIES,
    BEST_EFFORTS_LEVEL,
    Comparison,
    DomesticRule,
    JointCommitment,
)
from regalign.frameworks.corpus import Corpus
from regalign.reports.citations import pinpoints, strongest
from regalign.reports.citing import LIMIT
from regalign.reports.context import SUBSTANTIVE
from regalign.reports.document import Text, bold, run
from regalign.reports.wording import capital, day, in_sentence, possessive
from regalign.schema.derived import topics_meet
from regalign.schema.vocab import Evidence, LegalForce, Modality


def joint(result: Comparison, corpus: Corpus, a: str, b: str) -> Text:
    """The instruments that bind both sides, and the commitments a side's own law is in tension with."""
    if not result.joint_instruments:
        return ()
    text = (
        ""  # the note above the bullets names the instruments and what binds (briefing.joint_note)
    )
    tensions: dict[str, list[tuple[JointCommitment, DomesticRule]]] = {"a": [], "b": []}
    seen: set[tuple[str, str]] = set()
    for item in result.joint:
        binding = item.commitment.framework.legal_force is LegalForce.BINDING
        for side, rule in (("a", item.a), ("b", item.b)):
            key = (side, item.commitment.id)
            if binding and rule.verdict == "in-tension" and key not in seen:
                seen.add(key)
                tensions[side].append((item, rule))
    treaties: dict[str, dict[str, list[tuple[JointCommitment, DomesticRule]]]] = {}
    for side in ("a", "b"):
        for item, rule in tensions[side]:
            title = item.commitment.framework.short_title
            treaties.setdefault(title, {}).setdefault(side, []).append((item, rule))
    labels = {"a": a, "b": b}
    for treaty, sides in treaties.items():
        found = [pair for side in sorted(sides) for pair in sides[side]]
        # A treaty's own exception on the same topic (RCEP Art. 12.15(3), self-judged) may
        # shelter the rule: 'in tension' alone overstated it (blind readings rounds 10-12, KR-JP).
        excepted = any(_exceptions(result, item) for item, _ in found)
        unless = ", unless the treaty's exceptions apply" if excepted else ""
        # A treaty signed but not in force binds no one yet: the tension is one to come (round 64,
        # EU-KR: "Korea's own law is in tension with the EU-Korea DTA commitments" read as now).
        pending = all(item.commitment.status == "pending" for item, _ in found)
        verb = "would be in tension with" if pending else "is in tension with"
        once = " once in force" if pending else ""
        # A treaty known only from reports may carve the rule out as RCEP arguably does (Art.
        # 12.3(3): information held by a Party) or shelter it: whether it does was not read (round
        # 80, EU-KR: the DTA's tension with the Spatial Data Act was asserted without the scope
        # question the page asks of RCEP; the note above the bullets says its text was not read).
        reported_only = all(
            item.commitment.provision.evidence is not Evidence.PRIMARY for item, _ in found
        )
        if reported_only:
            verb = "may be in tension with"
            unless = ", depending on the treaty's scope and exceptions"
        # Whether the treaty is in force is said in the note just above the bullets.
        shared = [c for c in _ids(sides.get("a", [])) if c in _ids(sides.get("b", []))]
        if not shared:
            for side, items in sides.items():
                # Not 'two commitments' when the same article runs against both, one listed inside
                # the other (round 29, EU-KR: the DTA's data-flow commitment and its ban on prior
                # approval, both against Spatial Data Act Art. 16(1), read as two conflicts).
                what = (
                    f"one commitment of the {treaty}: {_titles(items)}"
                    if len(items) == 1
                    else f"the {treaty} commitments on {_titles(items)}"
                )
                text += (
                    f" {capital(possessive(labels[side]))} own law {verb} "
                    f"{what} ({_rules(items)}){once}{unless}."
                )
            continue
        # Both sides in tension with the same commitment are said together, alike, each with its
        # own rules (round 14, EU-KR, asked that like rules of the two sides be told alike).
        common = [pair for pair in sides["a"] if pair[0].commitment.id in shared]
        cited = "; ".join(
            f"{labels[side]}: {_rules([p for p in sides[side] if p[0].commitment.id in shared])}"
            for side in sorted(sides)
        )
        extra = "".join(
            f", {possessive(labels[side])} also with its commitment on {_titles(rest)}"
            for side in sorted(sides)
            if (rest := [p for p in sides[side] if p[0].commitment.id not in shared])
        )
        laws_verb = "are in tension with" if verb == "is in tension with" else verb
        text += (
            f" Both sides' own laws {laws_verb} the {treaty} commitment on "
            f"{_titles(common)} ({cited}){extra}{once}{unless}."
        )
    commitments = [
        item
        for item in result.joint
        if item.commitment.framework.legal_force is LegalForce.BINDING
        and item.commitment.provision.pinpoint
        and item.commitment.provision.modality in SUBSTANTIVE  # not a definition
    ]
    # Round 30, EU-JP: "neither side's own law is in tension with ... Art. 8.81(1)" while Japan's
    # transfer rules change by 16 Jul 2028 in wording nobody read: that side is not set against it.
    unread = _not_read(commitments, labels, corpus)
    outside = _arguably_outside(result, corpus, labels)
    text += outside
    # Where one side's reading is said to be consistent beside the other's tension, the measures of
    # the same kind filed apart are named for both sides (round 53, KR-JP); otherwise the page says
    # nothing of them (rounds 14-16: export controls are compared under their own topic).
    read_consistent = any(
        rule.verdict == "not-read" and rule.read_verdict == "consistent"
        for item in commitments
        for rule in (item.a, item.b)
    )
    apart = (
        _compared_apart(result, corpus, labels)
        if (tensions["a"] or tensions["b"] or outside) and unread and read_consistent
        else ""
    )
    if not tensions["a"] and not tensions["b"] and not outside:
        covered = [
            item
            for item in commitments
            if not {"no-domestic-rule", "not-read"} & {item.a.verdict, item.b.verdict}
        ]
        if covered:
            first = covered[0].commitment
            text += (
                " Neither side's own law is in tension with a binding joint commitment (such as "
                f"{first.framework.short_title} {first.pinpoint}){', as far as read' if unread else ''}."
            )
    text += unread + apart
    if not text:
        return ()
    return (bold("Joint commitments:"), run(text))


def _not_read(items: Sequence[JointCommitment], labels: dict[str, str], corpus: Corpus) -> str:
    """' Japan's law is not assessed against EU-Japan EPA ... Art. 8.81(1): its rules there change by
    16 Jul 2028 (APPI — rest of the APPI as amended ...), in wording not read.' for the first binding
    commitment a side's unread change keeps out, one the page names as in tension first."""
    named = ("in-tension", "arguably-outside")
    in_tension = sorted(items, key=lambda j: not {j.a.verdict, j.b.verdict} & set(named))
    for item in in_tension:
        for side, rule in (("a", item.a), ("b", item.b)):
            if rule.verdict == "not-read" and rule.changed_by in corpus.provisions:
                commitment = item.commitment
                change = corpus.provisions[rule.changed_by]
                # 'may change by': which articles the unread act touches is not known (round 32,
                # EU-JP: "its rules there change from 16 Jul 2028" stated a precaution as a fact).
                when = f" by {day(change.applies_from)}" if change.applies_from else ""
                source = corpus.framework_of(rule.changed_by).short_title
                # 'not assessed against', not 'not set against': the latter reads as 'not
                # contrary to', a finding of conformity (round 33, EU-JP).
                return (
                    f" {capital(possessive(labels[side]))} law is not assessed against "
                    f"{commitment.framework.short_title} {commitment.pinpoint} as adopted: its rules "
                    f"there may change{when} ({source} — {in_sentence(change.title)}), in wording "
                    f"not read{_as_read(rule)}."
                )
    return ""


READ_WORDS = {
    "consistent": "consistent with it",
    "stricter": "stricter than it",
    "in-tension": "in tension with it",
    "arguably-outside": "arguably outside it",
}


def _as_read(rule: DomesticRule) -> str:
    """'; as in force today, it is consistent with it (APPI Art. 28(1))': the side's position on the
    rules read, beside the unread change (round 48, EU-JP: the EU's law was set against Art. 8.81(1)
    and Japan's, though readable today, was only "not assessed")."""
    words = READ_WORDS.get(rule.read_verdict)
    if words is None or rule.lead is None:
        return ""
    when = "as in force today" if rule.lead.status == APPLIES else "on the wording read"
    lead = rule.lead
    return f"; {when}, it is {words} ({lead.framework.short_title} {lead.pinpoint})"


def _arguably_outside(result: Comparison, corpus: Corpus, labels: dict[str, str]) -> str:
    """' Korea's Spatial Data Act Art. 16(1) runs against RCEP ... Art. 12.15(2) (no prevention of
    ...) on its face, but arguably falls outside it (RCEP ... Art. 12.3(3): ...).' for each rule a
    curated relation sets against a binding commitment while naming the treaty's clause that
    arguably leaves it out (round 32, KR-JP: 'in tension' overstated a permission to export the
    state's survey results, which RCEP's chapter arguably does not reach)."""
    said: set[tuple[str, str]] = set()
    text = ""
    for item in result.joint:
        if item.commitment.framework.legal_force is not LegalForce.BINDING:
            continue
        for side, rule in (("a", item.a), ("b", item.b)):
            key = (side, item.commitment.id)
            if rule.verdict != "arguably-outside" or key in said:
                continue
            said.add(key)
            clause = corpus.provisions[rule.outside_by]
            commitment = item.commitment
            treaty = corpus.framework_of(rule.outside_by).short_title
            where = "its" if treaty == commitment.framework.short_title else treaty
            # A clause read only in commentary is said to be reported, not quoted as the treaty.
            reported = "" if clause.evidence is Evidence.PRIMARY else ", as reported"
            # Round 62, KR-JP: the scope clause alone was named, while the treaty's own exceptions
            # on the topic (RCEP Art. 12.15(3)) may shelter the rule too, as they do the export
            # controls the same bullet leaves to them.
            exceptions = _exceptions(result, item)
            also = (
                f", and the treaty's exceptions may shelter it "
                f"({pinpoints([j.commitment for j in exceptions], LIMIT, instrument=False)})"
                if exceptions
                else ""
            )
            text += (
                f" {capital(possessive(labels[side]))} {_rules([(item, rule)])} runs against "
                f"{commitment.framework.short_title} {commitment.pinpoint} "
                f"({in_sentence(commitment.provision.title)}) on its face, but arguably falls "
                f"outside it ({where} {clause.pinpoint}{reported}: {in_sentence(clause.title)})"
                f"{also}."
            )
    return text


def _exceptions(result: Comparison, item: JointCommitment) -> list[JointCommitment]:
    """The same treaty's exceptions on the commitment's topic (RCEP Art. 12.15(3), self-judged)."""
    treaty = item.commitment.framework.short_title
    return [
        j
        for j in result.joint
        if j.commitment.framework.short_title == treaty
        and j.commitment.provision.modality is Modality.EXCEPTION
        and topics_meet(j.topic_id, item.topic_id)
    ]


def _compared_apart(result: Comparison, corpus: Corpus, labels: dict[str, str]) -> str:
    """' Both sides' technology export control rules (Foreign Trade Act (Korea) Art. 19-2; Foreign
    Exchange and Foreign Trade Act Art. 25(1)) are compared apart, under that topic, not set against
    the joint commitments.' for the
    neighbouring topics (``see_also``) of the rules said to run against a commitment (round 53,
    KR-JP: Korea's survey-map permit ran against RCEP Art. 12.15(2) while Japan read "consistent",
    though Japan's technology export permit is the same kind of measure, filed under export
    control and kept out of the tension findings for both sides)."""
    against = {
        pid
        for item in result.joint
        for rule in (item.a, item.b)
        if rule.verdict in ("in-tension", "arguably-outside")
        for pid in (r.id for r in rule.against or rule.provisions)
    }
    near = sorted(
        {
            other
            for pid in against
            for topic in corpus.provisions[pid].topics
            if topic in corpus.topics
            for other in corpus.topics[topic].see_also
        }
    )
    text = ""
    for topic in near:
        cited = {}
        units = sorted(
            (u for u in result.topics if topics_meet(u.topic_id, topic)), key=lambda u: u.topic_id
        )
        # The pair that leads the neighbouring topic speaks for both sides, as it does there.
        lead = next((u.adopted.lead for u in units if u.adopted.lead is not None), None)
        for side, label in labels.items():
            if lead is not None:
                first = lead.a if side == "a" else lead.b
            else:
                refs = [
                    r
                    for unit in units
                    for r in (unit.adopted.stance_a if side == "a" else unit.adopted.stance_b)
                    if r.force_level >= BEST_EFFORTS_LEVEL and not r.provision.sanctions
                ]
                if not refs:
                    continue
                first = strongest(refs)
            cited[label] = f"{first.framework.short_title} {first.pinpoint}"
        if not cited:
            continue
        what = corpus.topics[topic].label[:1].lower() + corpus.topics[topic].label[1:]
        both = len(cited) == 2
        whose = "Both sides'" if both else f"{capital(possessive(next(iter(cited))))}"
        rules = f" {whose} {what} rules ({'; '.join(cited.values())})"
        if corpus.topics[topic].description.lower().startswith("security controls"):
            # Round 57, KR-JP: "compared apart" read as one side's security permit tested and the
            # other's not; the topic's own definition says why they are kept apart, alike.
            text += (
                f"{rules} also restrict what may be sent abroad, but as security controls they are "
                f"compared {'with each other ' if both else ''}under that topic and left to the "
                "treaties' security exceptions, not set against the joint commitments."
            )
        else:
            text += f"{rules} are compared apart, under that topic, not set against the joint commitments."
    return text


def _ids(items: Sequence[tuple[JointCommitment, DomesticRule]]) -> list[str]:
    return [item.commitment.id for item, _ in items]


def _titles(items: Sequence[tuple[JointCommitment, DomesticRule]]) -> str:
    """The commitments in tension (two at most), by their titles."""
    return " and ".join(in_sentence(item.commitment.provision.title) for item, _ in items[:2])


def _rules(items: Sequence[tuple[JointCommitment, DomesticRule]]) -> str:
    """'Spatial Data Act Art. 16(1) and 1 more': the rules in tension, those tagged with the
    commitment's own topic first, each named once."""
    cited = list(
        dict.fromkeys(
            f"{ref.framework.short_title} {ref.pinpoint}"
            for item, rule in items
            for ref in sorted(
                rule.against, key=lambda r: (item.topic_id not in r.provision.topics, r.id)
            )
        )
    )
    more = f" and {len(cited) - 1} more" if len(cited) > 1 else ""
    return f"{cited[0]}{more}" if cited else ""
