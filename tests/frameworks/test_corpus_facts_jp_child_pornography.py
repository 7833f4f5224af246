"""Facts of Japan's Child Pornography Act record, asserted against the text.

Each value cites the words of the copy the record names (its ``read_url``), DaisukeHori/japan-law at
commit 9bcda14, data/markdown/acts/411AC0100000052.md (平成十一年法律第五十二号). The copy drops paragraph
numbers; they were counted from the lines of each article and checked against the Act's own
cross-references (Arts 9-11 cite 第七条第二項から第八項まで and 第一項から第七項まで).

Recorded 2026-12-07 after a blind reading of the KR-JP briefing struck "Japan has none in the laws
compared" on sexual-deepfake and abuse-material bans.
"""

from __future__ import annotations

import dataclasses

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import SanctionKind
from tests.frameworks.fact_tables import bundled

DEFINITION, PRODUCTION = "jp-child-pornography-act/art-2-3", "jp-child-pornography-act/art-7-3-5-7"

# Art. 2(1): "この法律において「児童」とは、十八歳に満たない者をいう。"
# Art. 2(3): "...次の各号のいずれかに掲げる児童の姿態を視覚により認識することができる方法により描写したものをいう。"
# Art. 7(2): "児童ポルノを提供した者は、三年以下の拘禁刑又は三百万円以下の罰金に処する。" (applied by (3)-(5))
# Art. 7(6): "...五年以下の拘禁刑若しくは五百万円以下の罰金に処し、又はこれを併科する。" (applied by (7))
PINPOINTS = {
    DEFINITION: "Art. 2(3), with Art. 2(1)",
    PRODUCTION: "Art. 7(3)-(5), (7), with Art. 2(3)",
}
SANCTIONS = {
    (SanctionKind.IMPRISONMENT, 3, None, None),
    (SanctionKind.CRIMINAL_FINE, None, 3_000_000, "JPY"),
    (SanctionKind.IMPRISONMENT, 5, None, None),
    (SanctionKind.CRIMINAL_FINE, None, 5_000_000, "JPY"),
}
# Curated relations (source, target, strength); strength 0 keeps Korea's crime on sexual deepfakes of
# any person from meeting Japan's crimes on child pornography as "the same kind of breach".
RELATIONS = {
    ("kr-child-sexual-protection-act/art-11-1", PRODUCTION, 5),
    ("kr-child-sexual-protection-act/art-11-1", DEFINITION, 4),
    ("kr-sexual-crimes-act/art-14-2-1", PRODUCTION, 0),
    ("eu-ai-act/art-5-1-bb", PRODUCTION, 3),
    ("eu-ai-act/art-5-1-bb", DEFINITION, 2),
}


def _mismatches(corpus: Corpus) -> list[str]:
    found = []
    for pid, pinpoint in PINPOINTS.items():
        provision = corpus.provisions[pid]
        if provision.pinpoint != pinpoint or provision.topics != ("ai.sexual-deepfakes",):
            found.append(pid)
        # No date of the present wording was read: nothing may be set.
        if provision.applies_from is not None:
            found.append(f"{pid} applies_from")
    production = corpus.provisions[PRODUCTION]
    if [a.value for a in production.addressees] != ["user"]:
        found.append(f"{PRODUCTION} addressees")
    sanctions = {(s.kind, s.max_years, s.max_amount, s.currency) for s in production.sanctions}
    if sanctions != SANCTIONS:
        found.append(f"{PRODUCTION} sanctions")
    related = {
        (r.relation.source, r.relation.target, r.relation.strength) for r in corpus.relations
    }
    found += [f"{s} -> {t}" for s, t, n in sorted(RELATIONS - related)]
    return found


def test_the_records_match_the_text() -> None:
    corpus = bundled()
    assert _mismatches(corpus) == []
    assert str(corpus.provisions[DEFINITION].quote).startswith(
        "次の各号のいずれかに掲げる児童の姿態"
    )
    assert "児童ポルノを製造し" in str(corpus.provisions[PRODUCTION].quote)
    # The text reaches depictions of a child, a person under eighteen, and the records say so.
    assert "do not exist" in corpus.frameworks["jp-child-pornography-act"].summary


def test_the_check_reports_a_seeded_wrong_penalty() -> None:
    corpus = bundled()
    provisions = dict(corpus.provisions)
    production = corpus.provisions[PRODUCTION]
    wrong = production.sanctions[0].model_copy(update={"max_years": 5})
    provisions[PRODUCTION] = production.model_copy(
        update={"sanctions": (wrong, *production.sanctions[1:])}
    )
    assert _mismatches(dataclasses.replace(corpus, provisions=provisions)) == [
        f"{PRODUCTION} sanctions"
    ]
