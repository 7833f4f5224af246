"""Which of a side's provisions can be compared with a side that holds no law of their sector.

A sector's own law (DORA, for financial services) speaks on general topics too (where ICT services
are provided, under cross-border data flows). Set against a side whose laws of that sector are not in
the corpus, such a provision would read as a rule the other side lacks, while the other side's
silence is the corpus's reach: it stays on its sector's topics, which are then not compared.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from regalign.comparisons.results import ProvisionRef
from regalign.comparisons.scope import topic_sector
from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import Sector


def within_reach(
    corpus: Corpus, refs: Sequence[ProvisionRef], other_holds: frozenset[Sector]
) -> list[ProvisionRef]:
    """The refs, each sector-law provision the other side cannot answer kept to its sector's topics
    (dropped when it has none)."""
    kept = []
    for ref in refs:
        sectors = frozenset(ref.framework.sectors)
        if not sectors or sectors & other_holds:
            kept.append(ref)
            continue
        topics = tuple(t for t in ref.provision.topics if topic_sector(corpus, t) in sectors)
        if topics == ref.provision.topics:
            kept.append(ref)
        elif topics:
            kept.append(replace(ref, provision=ref.provision.model_copy(update={"topics": topics})))
    return kept
