"""A side must hold law of its own: a jurisdiction whose only instruments bind the other side too is
refused with a message that says what it holds.

Singapore's only instrument in the bundled corpus is the EU-Singapore DTA. Compared with the EU,
the side ``SG`` would hold nothing but a treaty the EU is party to as well: a joint commitment, not
Singapore's own law, so any score would describe the treaty against EU law while claiming to
describe Singapore. The treaty itself can still be compared by naming it (``eu-sg-dta``).
"""

from __future__ import annotations

from collections.abc import Sequence

from regalign.comparisons.sides import SideError, parties_of, resolve_side
from regalign.frameworks.corpus import Corpus

JURISDICTION_NAMES = {"EU": "the EU", "KR": "Korea", "JP": "Japan", "SG": "Singapore"}


def require_own_law(corpus: Corpus, specs: Sequence[str]) -> None:
    """SideError for the first jurisdiction side among ``specs`` that holds only instruments shared
    with another of the sides (each side is resolved against the others, as a comparison does)."""
    jurisdictions = corpus.jurisdictions
    for spec in specs:
        others = [s for s in specs if s != spec]
        side = resolve_side(corpus, spec, others)
        if side.kind != "jurisdiction" or not others:
            continue
        other_parties = set().union(*(parties_of(corpus, o, jurisdictions) for o in others))
        shared = [
            fid
            for fid in side.framework_ids
            if len(corpus.frameworks[fid].jurisdictions) > 1
            and set(corpus.frameworks[fid].jurisdictions) & (other_parties - side.parties)
        ]
        if shared and len(shared) == len(side.framework_ids):
            raise SideError(spec, [], _message(corpus, side.label, shared, other_parties))


def _message(corpus: Corpus, code: str, shared: list[str], other_parties: set[str]) -> str:
    held = "; ".join(
        f"{fid} ({corpus.frameworks[fid].short_title}, a "
        f"{corpus.frameworks[fid].instrument_type.value.replace('-', ' ')} with "
        f"{_names(set(corpus.frameworks[fid].jurisdictions) - {code})})"
        for fid in shared
    )
    partners = _names(
        other_parties & set().union(*(corpus.frameworks[f].jurisdictions for f in shared))
    )
    return (
        f"{code} has no instrument of its own to compare: it holds only {held}, which binds "
        f"{partners} too, so it is a joint commitment rather than {_names({code})}'s own law; "
        f"compare the instrument itself by its id ({shared[0]}), or load instruments of "
        f"{_names({code})}'s own"
    )


def _names(codes: set[str]) -> str:
    names = [JURISDICTION_NAMES.get(c, c) for c in sorted(codes)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
