"""eIDAS Art. 14 (third-country trust services), added after blind reading 18 (EU-KR), asserted against
the consolidated text of 18 Oct 2024 that eu-eidas.yaml names as read_url: Art. 14(1) reads "Trust
services provided by trust service providers established in a third country or by an international
organisation shall be recognised as legally equivalent to qualified trust services provided by
qualified trust service providers established in the Union, where the trust services originating from
the third country or from the international organisation are recognised by means of implementing acts
or an agreement concluded between the Union and the third country or the international organisation
pursuant to Article 218 TFEU."
"""

from __future__ import annotations

from datetime import date

from regalign.schema.vocab import Evidence
from tests.frameworks.fact_tables import bundled

ARTICLE_14_1 = (
    "Trust services provided by trust service providers established in a third country or by an "
    "international organisation shall be recognised as legally equivalent to qualified trust services"
)


def test_the_record_quotes_article_14_and_is_dated_from_the_2024_wording() -> None:
    provision = bundled().provisions["eu-eidas/art-14"]
    assert provision.quote is not None and provision.quote in ARTICLE_14_1
    assert provision.pinpoint == "Art. 14(1)-(3)" and provision.evidence is Evidence.PRIMARY
    assert provision.applies_from == date(2024, 5, 20)
    assert provision.topics == ("esig.mutual-recognition",)


def test_it_meets_koreas_international_evaluations_only_as_a_moderate_relation() -> None:
    found = [
        item.relation
        for item in bundled().relations
        if (str(item.relation.source), str(item.relation.target))
        == ("eu-eidas/art-14", "kr-digital-signature-act/art-11")
    ]
    assert [(r.strength, r.opposite) for r in found] == [(4, False)]
