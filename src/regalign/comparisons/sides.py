"""Sides: which instruments a side holds, which are joint commitments, and how binding each provision is.

A side is written as a framework id (``eu-ai-act``), a jurisdiction code (``EU``), or a selection
built from them: ``+`` adds and ``~`` removes, e.g. ``eu-ai-act+eu-gpai-code-of-practice`` or
``EU~eu-kr-dta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from regalign.comparisons.results import PENDING, LeftOut, Side
from regalign.frameworks.corpus import Corpus
from regalign.sanitize import short_repr
from regalign.schema.derived import is_recital
from regalign.schema.records import Framework, Provision
from regalign.schema.vocab import LegalForce, Modality
from regalign.suggest import close_matches

# Legal force of one provision: how binding the rule is (see docs/methodology.md).
BINDING, BEST_EFFORTS, SOFT, NONE = 3, 2, 1, 0
FORCE_LABELS = {
    BINDING: "binding",
    BEST_EFFORTS: "best-efforts",
    SOFT: "voluntary",
    NONE: "non-binding",
}
SIDE_SYNTAX = (
    "a framework id, a jurisdiction code, or a selection joined with + (add) and ~ (remove), "
    "e.g. eu-ai-act+eu-gpai-code-of-practice or EU~eu-kr-dta"
)
_TERM = re.compile(r"([+~]?)([^+~]+)")
# Bounds on a side selection: far beyond any real one (the bundled corpus has about 55 instruments),
# small enough that nothing derived from it (labels, messages) grows without bound.
MAX_TERMS = 100
MAX_SPEC = 4096


class SideError(ValueError):
    """A side that names no framework or jurisdiction; carries close matches."""

    def __init__(self, spec: str, suggestions: list[str], problem: str = "") -> None:
        self.spec = spec
        self.suggestions = suggestions
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(
            problem or f"{short_repr(spec)} is neither a framework id nor a jurisdiction code{hint}"
        )


def resolve_side(corpus: Corpus, spec: str, counterparts: Iterable[str] = ()) -> Side:
    """Resolve a side spec into a Side.

    A jurisdiction holds the instruments it is party to that involve no one beyond the sides
    being compared (``counterparts``): its domestic acts and the treaties it shares with a
    counterpart (a plurilateral one included), but not its treaties with third countries.

    A selection holds at most MAX_TERMS terms in at most MAX_SPEC characters, and resolving it takes
    time linear in its length.
    """
    if len(spec) > MAX_SPEC:
        raise SideError(
            spec,
            [],
            f"a side is at most {MAX_SPEC:,} characters long (this one has {len(spec):,})",
        )
    terms = _TERM.findall(spec) if spec else []
    if not terms or "".join(sign + name for sign, name in terms) != spec or terms[0][0] == "~":
        raise SideError(spec, [], f"{short_repr(spec)} is not a side: write {SIDE_SYNTAX}")
    if len(terms) > MAX_TERMS:
        raise SideError(
            spec,
            [],
            f"a side joins at most {MAX_TERMS} terms with + and ~ (this one has {len(terms)})",
        )
    jurisdictions = corpus.jurisdictions  # built once: the property indexes every framework
    allowed = set().union(*(parties_of(corpus, other, jurisdictions) for other in counterparts))
    if len(terms) == 1:
        return _single(corpus, spec, allowed, jurisdictions)
    ids: dict[str, None] = {}  # an ordered set: membership and removal in constant time
    parties: set[str] = set()
    labels: list[str] = []
    left_out: dict[str, LeftOut] = {}
    for sign, name in terms:
        part = _single(corpus, name, allowed, jurisdictions)
        if sign != "~":
            left_out.update((item.framework_id, item) for item in part.left_out)
        if sign == "~":
            for fid in part.framework_ids:
                ids.pop(fid, None)
            labels.append(f"without {part.label}")
        else:
            ids.update(dict.fromkeys(part.framework_ids))
            parties |= part.parties
            labels.append(part.label if not labels else f"+ {part.label}")
    if not ids:
        raise SideError(spec, [], f"{short_repr(spec)} leaves no instrument on its side")
    held_out = tuple(item for fid, item in left_out.items() if fid not in ids)
    return Side(spec, " ".join(labels), "selection", tuple(ids), frozenset(parties), held_out)


def _single(
    corpus: Corpus,
    spec: str,
    counterpart_parties: set[str],
    jurisdictions: dict[str, tuple[str, ...]],
) -> Side:
    if spec in corpus.frameworks:
        framework = corpus.frameworks[spec]
        return Side(
            spec, framework.short_title, "framework", (spec,), frozenset(framework.jurisdictions)
        )
    code = spec.upper()
    if code in jurisdictions:
        allowed = {code} | counterpart_parties
        ids, left_out = [], []
        for fid in jurisdictions[code]:
            reason = beyond_the_pair(corpus.frameworks[fid], allowed)
            if reason:
                left_out.append(LeftOut(fid, reason))
            else:
                ids.append(fid)
        # A side made only of plurilateral treaties it shares with the counterpart (Singapore's RCEP
        # chapter, against Korea) has no rules of its own to compare.
        if ids and all(set(corpus.frameworks[f].jurisdictions) - allowed for f in ids):
            left_out += [LeftOut(f, "a plurilateral treaty both sides are party to") for f in ids]
            ids = []
        if not ids:
            shown = "; ".join(f"{item.framework_id} ({item.reason})" for item in left_out)
            raise SideError(
                spec,
                [],
                f"{code} holds no instrument that concerns only the sides compared: {shown}",
            )
        return Side(spec, code, "jurisdiction", tuple(ids), frozenset({code}), tuple(left_out))
    raise SideError(spec, suggest(spec, [*corpus.frameworks, *jurisdictions]))


def beyond_the_pair(framework: Framework, allowed: set[str]) -> str:
    """Why an instrument concerns someone beyond the sides compared, or '' when it does not.

    A treaty that binds every party of the pair concerns the pair, however many others it binds:
    RCEP binds Japan and Korea to each other, so a Korea-Japan comparison holds it as a joint
    commitment; a Korea-EU comparison leaves it out (a treaty with third countries)."""
    parties = set(framework.jurisdictions)
    strangers = sorted(parties - allowed)
    if strangers and not (len(allowed) > 1 and allowed <= parties):
        return f"a {framework.instrument_type.value.replace('-', ' ')} with {', '.join(strangers)}"
    # An instrument internal to its party (the Free Flow Regulation, between Member States) says
    # nothing of how that party treats the other side (round 17, EU-KR: it made two "only the EU").
    if framework.internal_only and allowed - parties:
        return f"internal to the {', '.join(sorted(parties))} (among its own members)"
    # An instrument about a counterpart of the pair (a recognition of the EU that also covers the
    # EEA states) concerns the pair; one about third countries only does not.
    about = set(framework.concerns)
    if about and not about & (allowed - set(framework.jurisdictions)):
        return f"concerns {', '.join(sorted(about))}"
    return ""


def parties_of(
    corpus: Corpus, spec: str, jurisdictions: dict[str, tuple[str, ...]] | None = None
) -> set[str]:
    """The jurisdictions a side spec speaks for (empty when it names nothing known)."""
    if jurisdictions is None:
        jurisdictions = corpus.jurisdictions
    found: set[str] = set()
    for sign, name in _TERM.findall((spec or "")[:MAX_SPEC]):
        if sign == "~":
            continue
        if name in corpus.frameworks:
            found |= set(corpus.frameworks[name].jurisdictions)
        elif name.upper() in jurisdictions:
            found.add(name.upper())
    return found


def joint_instruments(
    corpus: Corpus, side_a: Side, side_b: Side
) -> tuple[frozenset[str], frozenset[str]]:
    """The instruments each side must leave out because both sides are party to them.

    Treaties and partnerships (instruments with two or more parties) on both sides are joint
    commitments: they are taken out of a side's stances and reported in their own layer. A side
    made only of such instruments (the treaty itself, compared with one party's law) keeps them;
    the other side then leaves them out. A domestic act on both sides (``EU`` against
    ``eu-ai-act``) is not a commitment between them and stays.
    """
    if set(side_a.framework_ids) == set(side_b.framework_ids):
        return frozenset(), frozenset()
    shared = frozenset(
        f
        for f in set(side_a.framework_ids) & set(side_b.framework_ids)
        if len(corpus.frameworks[f].jurisdictions) > 1
    )
    drop_a = shared if set(side_a.framework_ids) - shared else frozenset()
    drop_b = shared if set(side_b.framework_ids) - shared else frozenset()
    return drop_a, drop_b


def counts_for(
    side: Side, framework: Framework, provision: Provision, dropped: frozenset[str]
) -> bool:
    """Whether a provision belongs to the side: party terms count only for their parties; joint
    instruments the side leaves out count only through party terms for the side; a unit that records
    another jurisdiction's rules (``rules_of``) never counts for a side that is not that
    jurisdiction."""
    term = provision.party_term
    if term is not None and len(framework.jurisdictions) > 1 and side.kind != "framework":
        return bool(set(term.parties) & side.parties)
    # Another jurisdiction's rules recorded in this instrument (an annex of the other side's rules)
    # are never this side's: the EU is not compared with Japan's Supplementary Rules as its own law.
    if provision.rules_of and not set(provision.rules_of) & side.parties:
        return False
    return framework.id not in dropped


def suggest(word: str, candidates: Iterable[str]) -> list[str]:
    """Up to three close matches, case-insensitively (none for a word too long to be a slip)."""
    return close_matches(word, candidates, n=3, cutoff=0.5, fold_case=True)


def force_level(
    framework: Framework, provision: Provision, status: str, pending_as_binding: bool
) -> int:
    """How binding a provision is: binding 3, best-efforts 2, voluntary or pending 1, non-binding 0.

    A recital is non-binding whatever the act: it guides the reading of the articles but states no rule.
    """
    if framework.legal_force is LegalForce.NON_BINDING or is_recital(provision):
        return NONE
    if framework.legal_force is LegalForce.VOLUNTARY:
        return SOFT
    if status == PENDING and not pending_as_binding:
        return SOFT
    if provision.modality is Modality.BEST_EFFORTS:
        return BEST_EFFORTS
    if provision.modality is Modality.RECOMMENDATION:
        return SOFT
    return BINDING


def force_label(framework: Framework, level: int, status: str) -> str:
    """A reader's label for the force level."""
    if status == PENDING:
        return "pending (not in force)" if level != BINDING else "pending, counted as binding"
    if framework.legal_force is LegalForce.BINDING and level == SOFT:
        return "recommendation in a binding act"
    if framework.legal_force is LegalForce.BINDING and level == NONE:
        return "recital of a binding act (not operative)"  # the only unit of a binding act force_level puts at 0
    return FORCE_LABELS[level]


def in_scope(topic: str, prefix: str | None) -> bool:
    """Whether a topic falls under the prefix (or there is no prefix)."""
    return prefix is None or topic == prefix or topic.startswith(prefix + ".")
