"""Korea's Network Act on unsolicited advertising, asserted against the legalize-kr copy of the
law.go.kr text the records name as read_url: Art. 74(1) reads "1년 이하의 징역 또는 1천만원 이하의
벌금에 처한다. <개정 2012.2.17, 2014.5.28>" with item 4 "제50조제5항을 위반하여 조치를 한 자"."""

from __future__ import annotations

from datetime import date

from tests.frameworks.fact_tables import bundled


def test_the_penalty_for_banned_techniques_is_dated_with_the_rule_it_punishes() -> None:
    # Round 49, KR-JP: Art. 74(1)(4) "applies from 1 Jul 2001" (the Act's date) beside Art. 50(5),
    # the rule it punishes, from 29 Nov 2014 (Act No. 12681).
    corpus = bundled()
    penalty = corpus.provisions["kr-ict-network-act/art-74-1-4"]
    rule = corpus.provisions["kr-ict-network-act/art-50-5"]
    assert penalty.applies_from == date(2014, 11, 29) == rule.applies_from
    assert penalty.quote == "1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다."
    assert [(s.max_years, s.max_amount) for s in penalty.sanctions] == [(1, None), (None, 10000000)]
