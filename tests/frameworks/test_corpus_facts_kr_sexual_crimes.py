"""Facts of Korea's Sexual Crimes Act and Child Sex Offences Act records, asserted against the text.

Each value cites the words of the copy the records name (their ``read_url``), the legalize-kr fork at
commit 7460e2a:

* SCA: kr/성폭력범죄의처벌등에관한특례법/법률.md (front matter: 법령MST 277347, 공포번호 '21066'); the
  version of 16 Oct 2024 is commit 810ea9d7dd ("공포일자: 2024-10-16, 공포번호: '20459', 시행일자: 2024-10-16").
* CSPA: kr/아동ㆍ청소년의성보호에관한법률/법률.md (법령MST 281957, 공포번호 '21274'); the version of
  11 Apr 2023 is commit b81e160f49 ("공포번호: '19337', 시행일자: 2023-10-12").

Recorded after blind reading 38 (EU-KR), as Korea's counterparts of AI Act Art. 5(1)(ba) and (bb).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import SanctionKind
from tests.frameworks.fact_tables import bundled

SCA, CSPA = "kr-sexual-crimes-act/art-14-2-1", "kr-child-sexual-protection-act/art-11-1"

# SCA Art. 14-2(1): "...의사에 반하여 성적 욕망 또는 수치심을 유발할 수 있는 형태로 편집ㆍ합성 또는 가공...한
# 자는 7년 이하의 징역 또는 5천만원 이하의 벌금에 처한다. <개정 2024.10.16>"
# CSPA Art. 11(1): "아동ㆍ청소년성착취물을 제작ㆍ수입 또는 수출한 자는 무기 또는 5년 이상의 징역에 처한다.
# <개정 2020.6.2, 2023.4.11>"; Art. 2(5): "...아동ㆍ청소년으로 명백하게 인식될 수 있는 사람이나 표현물이 등장하여..."
FACTS = {
    SCA: ("Art. 14-2(1)", date(2024, 10, 16), "eu-ai-act/art-5-1-ba"),
    CSPA: ("Art. 11(1), with Art. 2(5)", date(2023, 10, 12), "eu-ai-act/art-5-1-bb"),
}


def _mismatches(corpus: Corpus) -> list[str]:
    found = []
    for pid, (pinpoint, starts, eu) in FACTS.items():
        provision = corpus.provisions[pid]
        if (provision.pinpoint, provision.applies_from) != (pinpoint, starts):
            found.append(pid)
        if provision.topics != ("ai.sexual-deepfakes",) or provision.addressees[0].value != "user":
            found.append(pid)
        related = {
            (r.relation.source, r.relation.target, r.relation.strength) for r in corpus.relations
        }
        # Strength 3 (sixth sitting): the EU ban reaches providers and deployers of AI systems, not
        # whoever uses one in a personal non-professional activity (AI Act Art. 3(4)), whom Korea's
        # crimes reach first.
        if (eu, pid, 3) not in related:
            found.append(f"{eu} -> {pid}")
    sanctions = {
        (s.kind, s.max_years, s.max_amount, s.currency) for s in corpus.provisions[SCA].sanctions
    }
    if sanctions != {
        (SanctionKind.IMPRISONMENT, 7, None, None),
        (SanctionKind.CRIMINAL_FINE, None, 50_000_000, "KRW"),
    }:
        found.append(f"{SCA} sanctions")
    return found


def test_the_records_match_the_text() -> None:
    assert _mismatches(bundled()) == []
    corpus = bundled()
    assert "성적 욕망 또는 수치심을 유발할 수 있는 형태로 편집ㆍ합성 또는 가공" in str(
        corpus.provisions[SCA].quote
    )
    assert str(corpus.provisions[CSPA].quote).endswith("무기 또는 5년 이상의 징역에 처한다.")
    # Life or at least five years: recorded since the tenth sitting with the schema's `life` flag
    # (no maximum in years), falling on whoever produces the material.
    ((kind, life, years),) = {
        (s.kind.value, s.life, s.max_years) for s in corpus.provisions[CSPA].sanctions
    }
    assert (kind, life, years) == ("imprisonment", True, None)


def test_the_check_reports_a_seeded_wrong_date() -> None:
    corpus = bundled()
    provisions = dict(corpus.provisions)
    provisions[SCA] = corpus.provisions[SCA].model_copy(update={"applies_from": date(2020, 6, 25)})
    assert _mismatches(dataclasses.replace(corpus, provisions=provisions)) == [SCA]
