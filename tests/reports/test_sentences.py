"""What the briefing's sentences say about the bundled corpus, held where expert readers struck them.

Each test names the statement a blind reader disputed and asserts the corrected wording, so a change
that brings the old statement back fails here.
"""

from __future__ import annotations

from datetime import date

import pytest

import regalign
from regalign.comparisons.compare import compare
from regalign.frameworks.method_loader import default_method
from regalign.reports import implications
from regalign.reports.norms import contrary_words
from regalign.reports.parting_words import toward_words
from regalign.reports.sentences import convergence, divergence
from tests.planted import UNREAD_ID, UNREAD_TOPIC, corpus_with_an_unread_chapter

AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def kr_jp():
    return regalign.compare("KR", "JP", as_of=AS_OF)


@pytest.fixture(scope="module")
def eu_kr():
    return regalign.compare("EU", "KR", as_of=AS_OF)


@pytest.fixture(scope="module")
def eu_jp():
    return regalign.compare("EU", "JP", as_of=AS_OF)


@pytest.fixture(scope="module")
def corpus():
    return regalign.load()


def _sentence(text) -> str:  # type: ignore[no-untyped-def]
    return "".join(part[1] for part in text)


def test_a_chapter_nobody_read_is_not_reported_as_no_penalties() -> None:
    # Round 2, KR-JP P5: "Japan has none in the laws compared" while the Electronic Signatures Act's
    # Chapter 6 (Arts 41-47) was in the corpus, recorded but not read (since read in full; a planted
    # statute stands in).
    corpus = corpus_with_an_unread_chapter()
    kr_jp = compare(corpus, "KR", "JP", as_of=AS_OF, method=default_method())
    unit = kr_jp.topic(UNREAD_TOPIC)
    assert UNREAD_ID in unit.unread_b
    text = _sentence(divergence(kr_jp, unit, corpus))
    assert "has none in the laws compared" not in text
    assert "Arts 41-47) were recorded but not read, so they are not compared" in text


def test_no_unread_records_where_a_side_has_none(kr_jp, corpus) -> None:
    unit = kr_jp.topic("ai.penalties")
    assert unit.unread_b == () and unit.unreached_b == ""
    assert "Japan has none in the laws compared" in _sentence(divergence(kr_jp, unit, corpus))


def test_a_side_without_laws_of_the_topics_sector_is_not_said_to_have_none(kr_jp, corpus) -> None:
    # Round 27, KR-JP: "Financial-sector rules: only Korea has rules ... Japan has none in the laws
    # compared" led page 1, while no Japanese financial law is in the corpus (and the APPI's
    # supervision of entrusted persons covers the same matter for every business).
    unit = kr_jp.topic("data.financial")
    assert unit.unreached_b == "financial-services" and unit.unreached_a == ""
    text = _sentence(divergence(kr_jp, unit, corpus))
    assert text.startswith("Financial-sector rules: only Korea's rules could be compared")
    assert text.endswith(
        "Japan's financial-services laws are not among the laws compared, so the topic is not "
        "compared."
    )
    assert "has none" not in text


def test_a_one_sided_penalty_row_cites_the_fines_on_firms_not_a_committee_secrecy_offence(
    kr_jp, corpus
) -> None:
    # Round 2, KR-JP P4: "AI Basic Act Arts 42, 43 and 2 more" cited the Committee members' secrecy
    # offence and an announced grace period as Korea's penalties for AI businesses.
    text = _sentence(divergence(kr_jp, kr_jp.topic("ai.penalties"), corpus))
    assert "AI Basic Act Art. 43)" in text
    assert "42" not in text
    assert "fines of up to KRW 30 million" in text


def test_an_announced_grace_period_is_not_a_rule_of_the_decree(corpus) -> None:
    assert "kr-ai-basic-act-decree/fine-grace-period" not in corpus.provisions
    framework = corpus.frameworks["kr-msit-ai-enforcement-grace-period"]
    assert framework.legal_force.value == "non-binding"


def test_a_regulators_rule_is_not_cited_for_businesses(kr_jp, corpus) -> None:
    # Round 2, KR-JP P2: "binding prohibition for businesses (... EFTA 21(3) ...)", a rule on the FSC.
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.financial"), corpus))
    assert "for businesses" in text
    assert "21(3)" not in text


def test_a_rule_against_free_flow_is_named_in_words(kr_jp, corpus) -> None:
    # Round 2, KR-JP P1: "binding rules that run the other way" means nothing to an adviser.
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.flows"), corpus))
    assert "run the other way" not in text
    assert "restricting the transfer of data across borders" in text


def test_a_duty_to_notify_is_not_cited_as_the_ban(eu_kr, corpus) -> None:
    # Round 2, EU-KR P5: "the EU bars ... (FFD Regulation Art. 4(2))": Art. 4(2) is a duty to notify.
    # Round 17: the Regulation is internal to the EU, so it is compared only when named.
    from regalign.comparisons.compare import compare
    from regalign.frameworks.method_loader import default_method

    named = compare(
        corpus,
        "eu-free-flow-data-regulation",
        "KR",
        as_of=date(2026, 12, 1),
        method=default_method(),
    )
    unit = named.topic("data.localisation-ban#general")
    notify = next(r for r in unit.adopted.stance_a if r.id.endswith("/art-4-2"))
    said = toward_words(
        "the EU", notify, "bars measures that require data to stay in the territory"
    )
    assert said.startswith(
        "the EU binds the state: notification of draft localisation requirements"
    )
    assert "bars" not in said


def test_no_localisation_requirement_is_read_into_a_duty_to_follow_standards(eu_kr, corpus) -> None:
    # Round 3, EU-KR P5: EFTA Art. 21(2) obliges firms to follow the FSC's IT standards; the
    # reported cloud-location rule sits in those unread standards, not in the paragraph.
    assert (
        "data.localisation-ban.computing-facilities"
        not in corpus.provisions["kr-electronic-financial-transactions-act/art-21-2"].topics
    )
    unit = eu_kr.topic("data.localisation-ban.computing-facilities")
    text = _sentence(divergence(eu_kr, unit, corpus))
    assert "Electronic Financial Transactions Act Art. 21(2)" not in text


def test_a_procurement_preference_is_not_a_localisation_requirement(corpus) -> None:
    # Round 2, EU-KR P5: Cloud Computing Act Art. 20(2) asks state bodies to prefer certified services.
    assert corpus.provisions["kr-cloud-computing-act/art-20-2"].against == ()


def test_nested_addressees_are_named_once_with_the_extra(eu_kr, kr_jp, corpus) -> None:
    # Round 2, KR-JP M1: "Korea for controllers and processors, Japan for controllers" read as a
    # difference of who is bound; one side naming more roles is said as such.
    text = _sentence(convergence(eu_kr, eu_kr.topic("ai.high-risk.risk-management"), corpus))
    assert "both have binding obligations for providers — Korea's also for deployers" in text
    # Round 43, EU-KR: the EU's deployer publishing a deep fake is the person Korea leaves out;
    # different addressees are named each on its side. Round 82, EU-KR: Korea's in the Act's own
    # term (AI Basic Act Art. 31: every AI business operator, developer or service provider alike),
    # which the role 'provider' read narrower than the text.
    # (A parting since round 90: the EU's asks more.)
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.transparency.deepfakes"), corpus))
    assert (
        "both have binding obligations — the EU for deployers, Korea for AI business operators"
        in text
    )
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.transparency.synthetic-content"), corpus))
    assert (
        "both have binding obligations — the EU for providers, Korea for AI business operators"
        in text
    )
    # Round 3: the APPI binds every business handling personal data, on entrustment too, so it
    # names processors as PIPA does and no difference is read into the vocabulary.
    text = _sentence(convergence(kr_jp, kr_jp.topic("data.transfer-mechanisms#general"), corpus))
    assert "both impose binding duties on controllers and processors" in text


@pytest.mark.parametrize(
    ("norm", "contrary"),
    [
        ("bars requiring approval", "requiring approval"),
        (
            "allows, or does not restrict, the transfer of data across borders",
            "restricting the transfer of data across borders",
        ),
        (
            "does not deny an electronic signature legal effect",
            "denying an electronic signature legal effect",
        ),
        (
            "leaves the choice of technology open and mandates no single technology",
            "mandating a single technology",
        ),
        ("accepts documents in electronic form", ""),
    ],
)
def test_a_norm_turns_round_into_what_a_rule_against_it_does(norm: str, contrary: str) -> None:
    assert contrary_words(norm) == contrary


def test_a_floor_makes_the_ratio_a_minimum(eu_kr, corpus) -> None:
    # Round 4, EU-KR: eIDAS Art. 16(2) sets a floor for national maxima, so the gap is a minimum.
    # Round 6: Korea's ceiling is the fine for ignoring a corrective order (Digital Signature Act
    # Art. 26(1)), the way breaches of the operating standards are punished, and the row says so.
    text = _sentence(divergence(eu_kr, eu_kr.topic("esig.penalties"), corpus))
    # Round 8: a minimum is rounded down (5,000,000 / 12,693 is 393.9: at least 393, not 394).
    assert "fine ceilings at least 393 times apart" in text
    assert (
        "Korea: KRW 20 million, about EUR 12,693 (only for defying an order) "
        "(Digital Signature Act Art. 26(1))" in text
    )


def test_a_ratio_that_is_not_a_minimum_names_the_lower_ceiling_for_small_firms(
    eu_kr, corpus
) -> None:
    # Round 27, EU-KR: 'about 788 times' (AI) beside 'at least 393 times' (e-signatures) for two
    # ceilings that both read 'whichever is higher' looked inconsistent. The AI Act caps fines on
    # SMEs at the lower of the two (Art. 99(6)), so its ratio is no floor for them, and the row says
    # why. Round 75, EU-KR: for every other firm the ceiling is whichever is higher, so the ratio is
    # a minimum there ("about 788" understated it): at least 787 times, for all but small firms.
    # Round 78, EU-KR: Art. 99(6a) gives small mid-caps the same lower ceiling on the Art. 99(4)
    # tier, so the ratio is no minimum for them either, and both are named.
    ai = _sentence(divergence(eu_kr, eu_kr.topic("ai.penalties"), corpus))
    assert (
        "fine ceilings at least 787 times apart for all but SMEs and small mid-caps — the EU" in ai
    )
    assert (
        "EUR 15 million or 3% of turnover, whichever is higher (EU AI Act Art. 99(4)), and for "
        "them whichever is lower (EU AI Act Arts 99(6) and 99(6a)); Korea"
    ) in ai
    esig = _sentence(divergence(eu_kr, eu_kr.topic("esig.penalties"), corpus))
    assert "whichever is lower" not in esig


def test_a_one_sided_row_says_what_each_instrument_requires(eu_kr, corpus) -> None:
    # Round 5, EU-KR: GDPR Art. 46(3) authorises one optional route, not a requirement of approval
    # before data may leave, so the EU has no rule here; Korea's two instruments concern different
    # data (national core technology, survey maps), and the row says so from their titles.
    # Round 8: the Industrial Technology Protection Act's export approval is a technology export
    # control (data.export-control.authorisation, beside the EU's Dual-Use Regulation), so only the Spatial Data
    # Act's export permissions remain here. Round 11 (KR-JP): worded from what the first of them
    # requires, not from the topic's norm ('approval before data may be transferred abroad' read as
    # if it covered the technology both sides control under export control).
    text = _sentence(divergence(eu_kr, eu_kr.topic("data.prior-approval"), corpus))
    assert text.startswith("Prior approval of transfers: only Korea has binding rules of this kind")
    assert "GDPR" not in text
    assert "Industrial Technology" not in text
    assert (
        "such as no export of basic survey maps or survey photographs without approval "
        "(Spatial Data Act Arts 16(1), 16(2) and 2 more)"
    ) in text
    assert "before data may be transferred abroad" not in text


def test_technology_export_control_is_its_own_row(eu_kr, corpus) -> None:
    # Round 8: Korea's approval to export national core technology meets the EU's Dual-Use
    # Regulation under the data.export-control topic, not "only Korea" under prior approval of data transfers.
    text = _sentence(divergence(eu_kr, eu_kr.topic("data.export-control.authorisation"), corpus))
    assert "only" not in text.split(":")[1]
    assert "Dual-Use Regulation Art. 3(1)" in text
    # Round 30: Korea's like-for-like counterpart of the dual-use licence is the Foreign Trade Act
    # licence for strategic items (Art. 19-2); the core-technology approval is a separate regime.
    assert "Foreign Trade Act (Korea) Art. 19-2" in text


def test_a_single_provision_row_says_what_it_prohibits(kr_jp, corpus) -> None:
    # Round 5, KR-JP: 'a binding prohibition for businesses (Credit Information Act Art. 17(7))'
    # never said what is prohibited; under a data heading it read as a ban on exports.
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.financial"), corpus))
    assert (
        "a binding prohibition for businesses: no re-outsourcing of credit-data processing without "
        "the Financial Services Commission's recognition (Credit Information Act Art. 17(7))"
    ) in text


def test_what_was_not_read_or_only_defines_never_leads_where_they_part(kr_jp, corpus) -> None:
    # Round 4, KR-JP: Japan's e-signature penalties were recorded but not read; a Korean definition
    # alone ('high-impact areas') is not where two rulebooks part.
    from regalign.reports import ranking

    ids = {u.unit_id for u in ranking.top_divergences(kr_jp.topics, corpus, 5)}
    assert "esig.penalties" not in ids
    assert not any(
        ranking.framing_alone(u) for u in ranking.top_divergences(kr_jp.topics, corpus, 5)
    )


def test_where_they_meet_is_said_from_a_pair_that_meets(eu_jp, corpus) -> None:
    # Round 4, EU-JP: the adequacy item led with a pair the tool rates divergent. Round 5: of the
    # pairs that meet, the first in the leading order, so the curated mutual recognition (the
    # adequacy finding and Japan's designation of the EU) and not two rules that only share
    # addressees (Decision Art. 1(2) and the APPI's parenthesis on designated countries).
    unit = eu_jp.topic("data.transfer-mechanisms.adequacy")
    text = _sentence(convergence(eu_jp, unit, corpus))
    first = next(p for p in unit.adopted.pairs if p.verdict == "aligned")
    assert first.basis == "curated-relation"
    # Round 30: among curated pairs the closer judgement leads, so the mutual recognition is now the
    # leading pair itself.
    assert unit.adopted.lead is first
    # Since round 20 the unit is not compared as adopted (the APPI's amendments of 2026 were not
    # read), and the sentence ends by saying so; the meeting it names is unchanged.
    assert text.startswith(
        "Adequacy and equivalence: both provide for adequacy and equivalence by law — the EU: "
        "adequacy finding for business "
        "operators subject to the APPI (EU adequacy decision for Japan Art. 1(1)); Japan: "
        "designation of the EU as having an equivalent protection system (Japan's designation of "
        "the EU (Notice No. 1 of 2019), no verified pinpoint)"
    )


def test_personal_data_safeguards_meet_on_the_general_transfer_rules(eu_jp, corpus) -> None:
    # Round 5, EU-JP: GDPR Art. 44's counterpart is APPI Art. 28(1), not Art. 28(2) (a duty to inform
    # before seeking consent).
    text = _sentence(convergence(eu_jp, eu_jp.topic("data.personal-data-protection"), corpus))
    assert "(GDPR Art. 44; APPI Art. 28(1))" in text


def test_the_legal_effect_of_e_signatures_is_compared_between_the_eu_and_japan(eu_jp) -> None:
    # Round 5, EU-JP: eIDAS Art. 25(1) and the Japanese Act's Art. 3 presumption settle what an
    # electronic signature is worth as evidence; they were left unpaired ('different matters').
    unit = eu_jp.topic("esig.legal-effect")
    pairs = [(p.a.id, p.b.id, p.basis) for p in unit.adopted.pairs]
    assert ("eu-eidas/art-25-1", "jp-electronic-signatures-act/art-3", "curated-relation") in pairs
    # Round 40 (KR-JP): the two definitions, each framed by function, meet too.
    assert (
        "eu-eidas/art-3-10",
        "jp-electronic-signatures-act/art-2-1",
        "curated-relation",
    ) in pairs
    assert len(pairs) == 2 and unit.adopted.score > 0


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("Data flows", "data flows"),
        ("E-signatures and e-documents", "e-signatures and e-documents"),
        ("AI literacy", "AI literacy"),
        (
            "PIPC order to suspend a cross-border transfer",
            "PIPC order to suspend a cross-border transfer",
        ),
        ("Urgent PPC order", "urgent PPC order"),
    ],
)
def test_a_label_inside_a_sentence_keeps_its_acronyms(label: str, said: str) -> None:
    from regalign.reports.wording import in_sentence

    assert in_sentence(label) == said


def test_a_difference_in_the_kind_of_rule_says_what_each_rule_does(eu_kr, eu_jp, corpus) -> None:
    # Round 5, EU-JP: "a body, plan or procedure set up by law ... an option the law allows" was
    # jargon; each side's rule now follows in its own words.
    # Round 20: the AI Act's Art. 79 is a power to compel, and meets Korea's orders (Art. 40(3)); a
    # ministry against a supervisory authority is no difference in who is addressed.
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.enforcement"), corpus))
    assert (
        "the EU has a power of the authorities: national procedure for AI systems presenting a risk "
        "(EU AI Act Art. 79); Korea has a power of the authorities: suspension and correction orders "
        "(AI Basic Act Art. 40(3))"
    ) in text
    assert "who is addressed" not in text
    # Round 11, EU-JP: Japan's voluntary accreditation was set against the EU's supervisory body.
    # Since Japan's Act was read in full (7 Dec 2026), the leading pair is two vetted providers'
    # duties, and where they differ most in numbers the sentence gives the numbers both state (the
    # fines behind those duties, read from the penalty provisions), not every number of each side.
    text = _sentence(divergence(eu_jp, eu_jp.topic("esig.trust-services"), corpus))
    assert "Art. 46b(1), (3)), Japan" not in text
    # The fines belong to the penalty articles behind the duties: they weigh in the score, hold no
    # verdict down, and the sentence says so (round 47, EU-KR: 788 times apart beside "partially
    # aligned" read as breaking the rule on numbers 100 times apart).
    assert (
        "they differ most in the fines behind them (judged apart, under penalties): fine ceilings "
        "over 1,000 times apart — the EU: at least EUR 5 million or 1% of turnover, whichever is higher (a "
        "floor for national maxima) (eIDAS Regulation Art. 16(2)-(3)); Japan: JPY 300,000, about "
        "EUR 1,836 (Electronic Signatures Act (Japan) Art. 44 and Art. 46 (Art. 44 offences))"
    ) in text
    # Round 67, EU-JP: one figure, both articles behind the duty (the offender's fine and the firm's,
    # by dual liability), since page 1 cites the firm's; citing Art. 44 alone read as a second source.
    assert "deadline 3 months" not in text


def test_a_side_with_only_guidance_is_not_said_to_have_rules(kr_jp, corpus) -> None:
    # Round 7, KR-JP: "Prohibited practices: only Japan has rules", from a ministry guideline's
    # voluntary 'do not manipulate'; Japan prohibits no AI practice.
    text = _sentence(divergence(kr_jp, kr_jp.topic("ai.prohibited-practices"), corpus))
    assert text.startswith(
        "Prohibited practices: only Japan has guidance (not binding) — a voluntary"
    )
    # A binding one-sided rule still reads as a rule; a penalty is said by its fines, once
    # (round 13, KR-JP: "Penalties: ... penalties (Art. 43), backed by fines" said it twice, and
    # never said for what).
    text = _sentence(divergence(kr_jp, kr_jp.topic("ai.penalties"), corpus))
    assert text == (
        "Penalties for AI rules: only Korea has rules — fines of up to KRW 30 million "
        "(AI Basic Act Art. 43), suspended in principle for now by the grace period for fact-finding "
        "and fines, "
        "announced for at least a year from 22 Jan 2026, with no end date set (KR AI fines grace "
        "period (announced)); Japan has none in the laws compared."
    )


def test_a_joint_commitment_a_sides_rule_runs_against_is_not_said_to_cover_it(
    eu_kr, kr_jp, corpus
) -> None:
    # Round 8, EU-KR: "both signed the EU-Korea DTA (not yet in force), which covers it" hid that the
    # DTA bars the approvals the row reports; the curated tension is said instead.
    text = _sentence(divergence(eu_kr, eu_kr.topic("data.flows"), corpus))
    assert text.endswith(
        "both signed the EU-Korea DTA (not yet in force), which Korea's Spatial Data Act "
        "Art. 16(1) runs against."
    )
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.flows"), corpus))
    # Round 44, KR-JP: with the hedge page 1 gives (RCEP Art. 12.3(3), as reported).
    assert text.endswith(
        "both are bound by the RCEP (e-commerce chapter), which Korea's Spatial Data Act "
        "Art. 16(1) runs against, on its face (arguably it falls outside it)."
    )
    # Without a tension, the commitment still just covers the topic.
    text = _sentence(
        divergence(eu_kr, eu_kr.topic("data.localisation-ban.computing-facilities"), corpus)
    )
    assert "run against" not in text and "runs against" not in text
    assert "both signed the EU-Korea DTA" in text


def test_a_silent_side_with_rules_on_a_neighbouring_topic_says_where(kr_jp, eu_kr, corpus) -> None:
    # Round 9, KR-JP: "Japan has none" of approvals before data leaves the country, while its
    # permission to provide technology abroad (FEFTA Art. 25) is compared under export control.
    # Round 13 (EU-KR, KR-JP): "has none ... (see technology export control)" read as false; the
    # side's only rules of the kind are named as such.
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.prior-approval"), corpus))
    assert text.endswith("Japan has only its technology export control rules in the laws compared.")
    assert "has none" not in text
    # A topic without neighbours keeps the plain silence.
    text = _sentence(divergence(kr_jp, kr_jp.topic("ai.penalties"), corpus))
    assert "has only its" not in text and "Japan has none in the laws compared" in text


def test_page_one_names_a_tension_once(eu_kr, corpus) -> None:
    # The joint-commitments bullet names the Spatial Data Act's tension with the DTA; the 'where
    # they part' row on the same page leaves it out (page 1 must fit one page), while the topic
    # section, read on its own, says it.
    unit = eu_kr.topic("data.prior-approval")
    on_page_one = _sentence(divergence(eu_kr, unit, corpus, tensions_said=True))
    alone = _sentence(divergence(eu_kr, unit, corpus))
    assert "EU-Korea DTA" not in on_page_one
    assert "which Korea's Spatial Data Act runs against" in alone


def test_a_tension_with_a_treaty_that_has_an_exception_on_the_topic_says_so(eu_kr, corpus) -> None:
    # Rounds 10-12, KR-JP: "in tension with RCEP Art. 12.15(2)" read the commitment without its own
    # exception (Art. 12.15(3), necessity judged by the Party itself). The DTA's exceptions on the
    # data-flow topic are the case left in the bundled corpus.
    joint = next(
        _sentence(b)
        for b in implications.bullets(eu_kr, corpus)
        if _sentence(b).startswith("Joint")
    )
    # Round 80, EU-KR: the DTA is known only from reports, so whether its scope (as RCEP's Art.
    # 12.3(3) arguably does) or its exceptions leave the rule out was not read: "may be".
    assert (
        "Korea's own law may be in tension with the EU-Korea DTA commitments on cross-border data "
        "flows" in joint
    )
    # Round 89: "and 2 more" where `explain` lists four; Art. 21(2), the public-survey twin of Art.
    # 16(2), is in tension with the prior-approval commitment too (thirteenth sitting).
    assert (
        "(Spatial Data Act Art. 16(1) and 3 more) once in force, depending on the treaty's scope "
        "and exceptions." in joint
    )
    # Read in the treaty's own text, the same commitments would say the tension and its exceptions
    # (round 14: "its exceptions" could be read as the Act's; the treaty's are meant).
    from dataclasses import replace

    from regalign.schema.vocab import Evidence

    read = replace(
        eu_kr,
        joint=tuple(
            replace(
                item,
                commitment=replace(
                    item.commitment,
                    provision=item.commitment.provision.model_copy(
                        update={"evidence": Evidence.PRIMARY}
                    ),
                ),
            )
            for item in eu_kr.joint
        ),
    )
    joint = next(
        _sentence(b) for b in implications.bullets(read, corpus) if _sentence(b).startswith("Joint")
    )
    assert "Korea's own law would be in tension with the EU-Korea DTA" in joint
    assert (
        "(Spatial Data Act Art. 16(1) and 3 more) once in force, unless the treaty's exceptions apply."
        in joint
    )


def test_a_rule_a_treaty_clause_arguably_leaves_out_is_not_said_to_be_in_tension(
    kr_jp, corpus
) -> None:
    # Round 32, KR-JP: Spatial Data Act Art. 16(1) "in tension" with RCEP Art. 12.15(2), while the
    # chapter does not reach information held by or for a Party (Art. 12.3(3), read in commentary)
    # and the basic survey whose results the Act keeps from export is the minister's own.
    joint = next(
        _sentence(b)
        for b in implications.bullets(kr_jp, corpus)
        if _sentence(b).startswith("Joint")
    )
    assert joint.startswith(
        "Joint commitments: Korea's Spatial Data Act Art. 16(1) runs against RCEP (e-commerce "
        "chapter) Art. 12.15(2) (no prevention of cross-border transfers of information) on its "
        "face, but arguably falls outside it (its Art. 12.3(3), as reported: the chapter does not "
        "reach information held or processed by or for a Party), and the treaty's exceptions may "
        "shelter it (Art. 12.15(3))."
    )
    # Round 62, KR-JP: the scope clause alone was named, while the same bullet leaves export
    # controls to the treaties' exceptions; RCEP's own exception on data flows is named too.
    assert "in tension" not in joint and "Neither side" not in joint
    rule = next(j.a for j in kr_jp.joint if j.commitment.id == "rcep-ecommerce/art-12-15-2")
    assert (rule.verdict, rule.outside_by) == ("arguably-outside", "rcep-ecommerce/art-12-3-3")
    # Round 30: Japan's law on the same commitment changes in wording nobody read; it is not said
    # to conform, and the sentence names the commitment page 1 already cites.
    assert joint.endswith(
        "Japan's law is not assessed against RCEP (e-commerce chapter) Art. 12.15(2) as adopted: its "
        "rules there may change by 16 Jul 2028 (APPI — rest of the APPI as amended by Act No. 56 of "
        "2026 (a Cabinet Order may set an earlier date)), in wording not read; as in force today, "
        "it is consistent with it (APPI Art. 28(1)). Both sides' technology export control rules "
        "(Foreign Trade Act (Korea) Art. 19-2; Foreign Exchange and Foreign Trade Act Art. 25(1)) "
        "also restrict what may be sent abroad, but as security controls they are compared with "
        "each other under that topic and left to the treaties' security exceptions, not set against "
        "the joint commitments."
    )


def test_a_silent_side_with_a_weakly_related_binding_rule_names_it(eu_kr, corpus) -> None:
    # Round 15, EU-KR: "Korea has none" beside the AI Basic Act Art. 34(1)(2) (training data in
    # high-impact explanation plans), which the crosswalk itself links to EU AI Act Art. 53(1)(d).
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.general-purpose.copyright"), corpus))
    assert text.endswith(
        "Korea has none of this kind in the laws compared; its nearest, high-impact AI: explanation "
        "plan (AI Basic Act Art. 34(1)(2)), is a weak counterpart."
    )
    # Guidance is no counterpart of a binding rule: Korea's ethics standards are not named; its
    # criminal bans on sexual deepfakes and abuse material, a neighbouring topic, are (round 38).
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.prohibited-practices"), corpus))
    assert text.endswith(
        "Korea has only its deepfake and abuse-material bans in the laws compared."
    )
    assert "ethics" not in text


def test_a_penalties_row_names_the_sides_highest_ceiling(kr_jp, corpus) -> None:
    # Round 15, KR-JP: "Korea: up to 3% (PIPA Art. 64-2(1))" while Art. 64-2(2) allows 10% since
    # 11 Sep 2026, the unit's own second pair.
    text = _sentence(divergence(kr_jp, kr_jp.topic("data.penalties"), corpus))
    assert (
        "Korea's highest: aggravated penalty surcharge of up to 10% of total turnover "
        "(PIPA Art. 64-2(2))" in text
    )
    assert "Japan's highest" not in text


def test_a_one_sided_row_dates_only_the_rules_that_do_not_apply_yet(eu_kr, corpus) -> None:
    # Round 29, EU-JP and EU-KR: "incident reporting: only the EU has rules — a binding obligation
    # for deployers (EU AI Act Arts 26(5), 55(1) and 3 more), applying from 2 Dec 2027", while
    # Art. 55(1), a duty of providers of general-purpose models, has applied since 2 Aug 2025.
    # (Against Japan the row is no longer one-sided: its guidelines ask for incident reporting.)
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.incidents"), corpus))
    assert text.startswith("Incident reporting: only the EU has rules")
    assert "a binding obligation for deployers and providers (EU AI Act Arts 26(5), 55(1)" in text
    assert "EU AI Act Art. 26(5) applying from 2 Dec 2027" in text
    assert "and 3 more), applying from" not in text


def test_a_power_to_set_standards_is_not_called_a_binding_rule(eu_kr, corpus) -> None:
    # Round 36, EU-KR: "only Korea has binding rules of this kind — ministerial standards for cloud
    # quality (Cloud Computing Act Art. 23(2))": the paragraph lets the Minister set standards and
    # recommend them; it binds no one to anything.
    text = _sentence(
        divergence(eu_kr, eu_kr.topic("data.localisation-ban.computing-facilities"), corpus)
    )
    assert "only Korea has rules of this kind — ministerial standards" in text
    assert "binding rules" not in text


def test_unpaired_rules_related_to_a_rule_under_another_topic_are_not_said_to_have_none(
    eu_jp, corpus
) -> None:
    # Round 36, EU-JP: "enforcement powers ... 9 provisions of the EU have no counterpart" counted
    # AI Act Arts 21 and 53(3), duties to cooperate with the authorities that the crosswalk relates
    # to Japan's duty to cooperate with the State's policies (AI Promotion Act Art. 7), filed under
    # strategy.
    text = _sentence(divergence(eu_jp, eu_jp.topic("ai.enforcement"), corpus))
    # 11 since the twelfth sitting: the AI Office's powers of Arts 75a-75d (Reg. (EU) 2026/1744).
    assert text.endswith(
        "11 provisions of the EU have no counterpart, and 2 more (EU AI Act Arts 21(1)-(2) and 53(3)) "
        "are matched only by a general rule elsewhere in Japan's law: a binding obligation, "
        "businesses that use AI-related technology to cooperate with State and local policies (JP AI "
        "Promotion Act Art. 7 (cooperation)), with no penalty behind it."
    )
    unpaired = {r.id for r in eu_jp.topic("ai.enforcement").adopted.unpaired_a}
    assert {"eu-ai-act/art-21", "eu-ai-act/art-53-3"} <= unpaired and len(unpaired) == 13
    assert {f"eu-ai-act/art-75{x}" for x in "abcd"} <= unpaired


def test_the_headline_figures_do_not_call_topic_overlap_a_counterpart(eu_jp) -> None:
    # Round 39, EU-JP: `compare` printed "EU provisions with a counterpart in JP: 15 / 15 (100%)"
    # for enforcement powers while the briefing said 7 of them have no counterpart: the figure
    # counts provisions on topics both address, paired or not.
    from regalign.reports.tables import headline_rows

    labels = [label for label, _ in headline_rows(eu_jp)]
    assert "EU provisions on topics JP also addresses" in labels
    assert not any("counterpart" in label for label in labels)


def test_a_ban_is_compared_where_its_counterpart_is_not_left_unmatched_elsewhere(eu_kr) -> None:
    # Rounds 38-39, EU-KR: "prohibited practices: only the EU ... Korea has none" while Korea makes
    # sexual deepfakes and abuse material crimes; then the same EU bans stood unmatched there while
    # paired with Korea's crimes one row down. They are compared under their own topic only.
    bans = {"eu-ai-act/art-5-1-ba", "eu-ai-act/art-5-1-bb"}
    prohibited = eu_kr.topic("ai.prohibited-practices").adopted
    assert not bans & {r.id for r in prohibited.stance_a}
    deepfakes = eu_kr.topic("ai.sexual-deepfakes").adopted
    pairs = {(p.a.id, p.b.id) for p in deepfakes.pairs}
    assert pairs == {
        ("eu-ai-act/art-5-1-ba", "kr-sexual-crimes-act/art-14-2-1"),
        ("eu-ai-act/art-5-1-bb", "kr-child-sexual-protection-act/art-11-1"),
    }


def test_penalties_whose_tiers_lie_far_apart_do_not_meet(eu_kr) -> None:
    # Blind reading round 57, EU-KR, page 1: "Penalties for data rules: both have penalties of a
    # like size — the EU: 4% ...; Korea: 3% ..." set the EU's top tier against Korea's base tier
    # (PIPA Art. 64-2(2) allows 10%), while GDPR Art. 83(4) and PIPA Art. 75(2) lie over 500 times
    # apart. A penalty unit with tiers a hundred times apart is not a meeting point.
    from regalign.reports import ranking

    unit = eu_kr.topic("data.penalties")
    assert unit.adopted.verdict == "aligned"
    assert ranking.guidance_only(unit)
    # Korea-Japan export-control penalties state no comparable ceilings and still meet.
    kr_jp = regalign.compare("KR", "JP", as_of=AS_OF)
    assert not ranking.guidance_only(kr_jp.topic("data.export-control.penalties"))


def test_guidance_on_an_exemption_holds_nothing_back(eu_jp, kr_jp) -> None:
    # Round 57, EU-JP and EU-KR (off page 1): "held back for now by the what the open-source
    # exemptions cover (Commission GPAI guidelines)" beside the copyright and incident duties, which
    # AI Act Art. 53(2) does not exempt. Only a restraint on the authorities holds a rule back.
    from regalign.reports.suspended import suspension_finder

    assert suspension_finder(eu_jp)("a", ["ai.general-purpose.copyright"]) == ""
    assert suspension_finder(kr_jp)("a", ["ai.penalties"]) == (
        ", suspended in principle for now by the grace period for fact-finding and fines, announced "
        "for at least "
        "a year from 22 Jan 2026, with no end date set (KR AI fines grace period (announced))"
    )


def test_restrictions_with_a_counterpart_elsewhere_are_not_said_to_have_none(eu_kr, corpus) -> None:
    # Round 58, EU-KR (off page 1): PIPA Art. 28-8(1), related to GDPR Art. 44 under transfer
    # mechanisms, was counted among Korea's restrictions "with no counterpart among the EU's".
    text = _sentence(divergence(eu_kr, eu_kr.topic("data.flows"), corpus))
    assert (
        "(Spatial Data Act Arts 16(1), 16(2) and 4 more), with no counterpart among the EU's"
        in text
    )


def test_the_eu_goods_licence_meets_japans_goods_licence(eu_jp, corpus) -> None:
    # Round 59, EU-JP, page 1: "where they meet: export authorisation" set the Dual-Use Regulation's
    # licence for listed goods, software and technology against FEFTA Art. 25(1), Japan's technology
    # licence alone, on shape at 1.00; Japan's goods licence (Art. 48(1)) was not recorded.
    unit = eu_jp.topic("data.export-control.authorisation")
    pairs = {(p.a.id, p.b.id): p.basis for p in unit.adopted.pairs}
    assert pairs[("eu-dual-use-regulation/art-3-1", "jp-fefta/art-48-1")] == "curated-relation"
    assert pairs[("eu-dual-use-regulation/art-2-2-d", "jp-fefta/art-25-3")] == "curated-relation"
    assert "same-addressees" not in pairs.values()
    text = _sentence(convergence(eu_jp, unit, corpus))
    # Round 79 (EU-KR): two bans that meet are each named by what they bar.
    assert (
        "— the EU: authorisation required to export listed dual-use items (Dual-Use Regulation Art. 3(1)); Japan:"
        in text
    )
    assert text.endswith("(Foreign Exchange and Foreign Trade Act Art. 48(1)).")


def test_a_unit_whose_rules_meet_today_says_so_beside_an_unread_change(eu_jp, corpus) -> None:
    # Round 59, EU-JP (off page 1): "Regulatory cooperation", aligned (0.83) today, read "not
    # compared as adopted ...; today, they differ most in substance".
    text = _sentence(divergence(eu_jp, eu_jp.topic("trade.regulatory-cooperation"), corpus))
    assert (
        "today, both have commitments to cooperate set down in law (GDPR Art. 50; APPI Art. 172)"
        in text
    )
    assert "differ most" not in text


def test_a_state_only_topic_is_spoken_for_by_its_own_plan(eu_kr, corpus) -> None:
    # Round 58, EU-KR (off page 1): "Strategy and master plan: only Korea has rules — a binding
    # obligation for the government: policies to build a foundation of trust (AI Basic Act Art. 29)",
    # an article filed first under ethics, before Art. 6, the master plan.
    text = _sentence(divergence(eu_kr, eu_kr.topic("ai.governance.national-strategy"), corpus))
    assert "(AI Basic Act Arts 6, 7 and 1 more)" in text and "Art. 29" not in text


def test_a_transition_clause_does_not_speak_for_the_rule_it_phases_in(eu_jp, corpus) -> None:
    # Round 60, EU-JP (off page 1): "Marking of AI-generated content" was led by AI Act Art. 111(4),
    # the transition for generative systems already on the market, instead of Art. 50(2).
    text = _sentence(divergence(eu_jp, eu_jp.topic("ai.transparency.synthetic-content"), corpus))
    assert "(EU AI Act Art. 50(2))" in text and "Art. 111(4)" not in text


def test_e_signature_penalties_set_the_fine_for_providers_duties_against_the_eus(
    eu_jp, corpus
) -> None:
    # Round 62, EU-JP: "fine ceilings at least 816 times apart" set the EU's floor for providers'
    # infringements against Japan's fine for false accreditation marks, an offence open to anyone.
    # Like with like is Japan's fine on an accredited business for its own duties (Art. 46 with
    # Art. 44); the heavier fine for other conduct is named beside it (round 30 asked for it).
    unit = eu_jp.topic("esig.penalties")
    lead = unit.now.lead
    assert (lead.a.id, lead.b.id) == (
        "eu-eidas/art-16-2",
        "jp-electronic-signatures-act/art-46-44",
    )
    text = _sentence(divergence(eu_jp, unit, corpus))
    assert "fine ceilings over 1,000 times apart" in text
    assert "Japan: JPY 300,000, about EUR 1,836" in text
    assert (
        "Japan's highest fine on a firm: corporate fine for false accreditation marks (dual "
        "liability), up to JPY 1 million (Electronic Signatures Act (Japan) Art. 46 (Art. 42(i) "
        "offences))" in text
    )
    # Art. 41 punishes false applicants, people rather than firms: never "a fine on a firm", and
    # not paired with the EU's fines on providers (round 30: 'the same people').
    assert "Art. 41)" not in text
    pairs = {(p.a.id, p.b.id) for p in unit.adopted.pairs}
    assert ("eu-eidas/art-16-2", "jp-electronic-signatures-act/art-41") not in pairs


def test_a_directives_rule_on_firms_is_said_to_bind_them_through_national_law(
    eu_jp, corpus
) -> None:
    # Round 62, EU-JP: "both have binding prohibitions for businesses (ePrivacy Directive Art.
    # 13(1); ...)": a directive binds the Member States, and senders only through national law.
    text = _sentence(convergence(eu_jp, eu_jp.topic("trade.spam#general"), corpus))
    assert (
        "both have binding prohibitions for businesses, the EU's through the national laws that "
        "transpose its directive — the EU: " in text
    )
    assert "(ePrivacy Directive Art. 13(1));" in text
    # A regulation binds firms directly: no such words beside the AI Act.
    marking = _sentence(
        convergence(eu_jp, eu_jp.topic("ai.transparency.synthetic-content"), corpus)
    )
    assert "transpose" not in marking


def test_rules_related_to_a_counterpart_under_another_topic_are_named_with_it(
    eu_jp, corpus
) -> None:
    # Round 63, EU-JP: "2 are related to one filed under another topic (JP AI Promotion Act Art. 7
    # (cooperation))" named neither the EU's two rules nor that Japan's Art. 7 binds firms; round
    # 64: "filed under another topic" is jargon, and nothing enforces Art. 7.
    text = _sentence(divergence(eu_jp, eu_jp.topic("ai.enforcement"), corpus))
    assert (
        "and 2 more (EU AI Act Arts 21(1)-(2) and 53(3)) are matched only by a general rule "
        "elsewhere in Japan's law: a binding obligation, businesses that use AI-related technology "
        "to cooperate with State and local policies (JP AI Promotion Act Art. 7 (cooperation)), with "
        "no penalty behind it" in text
    )


def test_a_rule_the_crosswalk_judges_unrelated_to_a_commitment_is_not_set_against_it(eu_jp) -> None:
    # Rounds 62 and 63, EU-JP (off page 1): "runs the other way, not judged: GDPR Art. 49(5)"
    # against the EPA's data-flow commitment; Art. 49(5) reaches only transfers without an adequacy
    # decision, and the EU has found Japan adequate, which is what speaks for the EU now.
    item = next(j for j in eu_jp.joint if j.commitment.id == "eu-jp-epa-data/art-8-81-1")
    assert item.a.verdict == "consistent"
    assert item.a.lead is not None and item.a.lead.id == "eu-adequacy-jp/art-1-1"
    assert "eu-gdpr/art-49-5" not in {r.id for r in item.a.provisions}


def test_the_fines_behind_two_duties_read_as_the_penalties_row_does(eu_kr, corpus) -> None:
    # Round 75, EU-KR: the local representative's sentence quotes the fines behind the two duties
    # (AI Act Art. 22 under Art. 99(4); AI Basic Act Art. 36 under Art. 43); read from the duties,
    # which carry no fine of their own, it said "about 788 times" beside the penalties row's "at
    # least 787 times ... for all but small firms".
    local = _sentence(divergence(eu_kr, eu_kr.topic("ai.local-representative"), corpus))
    assert "fine ceilings at least 787 times apart for all but SMEs and small mid-caps" in local
    assert "about 788" not in local


def test_two_bans_that_meet_say_what_they_bar_and_that_each_side_recognises_the_other(
    eu_kr, eu_jp, corpus
) -> None:
    # Round 79, EU-KR, page 1: "Transfer mechanisms: general rules: both have binding prohibitions
    # for controllers and processors (GDPR Art. 44; PIPA Art. 28-8(1))" said neither what is barred
    # nor that each side has lifted the bar for the other (the EU's adequacy decision for Korea;
    # the PIPC's recognition of the EU as equivalent).
    text = _sentence(convergence(eu_kr, eu_kr.topic("data.transfer-mechanisms#general"), corpus))
    assert (
        "Korea: prohibition of cross-border transfer unless a ground applies (PIPA Art. 28-8(1), "
        "main text)" in text
    )
    assert text.endswith(
        "; each recognises the other (EU adequacy decision for Korea; PIPC equivalence "
        "recognition of the EU)."
    )
    # Japan has no instrument recognising the EU in the laws compared: nothing is said.
    eu_jp_text = _sentence(
        convergence(eu_jp, eu_jp.topic("data.transfer-mechanisms#general"), corpus)
    )
    assert "recognises the other" not in eu_jp_text


def test_a_crime_paired_with_an_administrative_fine_says_which_is_which() -> None:
    # Rounds 89 and 92, EU-KR (off page 1): GDPR Art. 83(4), an administrative fine on the firm, met
    # PIPA Art. 71 item 2, a crime of whoever commits it, as "penalties for the same kind of breach,
    # on the same people".
    from datetime import date

    from regalign.reports.method_words import pair_basis_words
    from tests.bundled import compared

    unit = compared("EU", "KR", date(2026, 12, 8)).topic("data.penalties")
    pair = next(p for p in unit.now.pairs if p.b.id == "kr-pipa/art-71-item-2")
    assert pair.basis == "same-sanctioned-conduct"
    assert pair_basis_words(pair) == (
        "penalties for breaching the same kind of rule, though PIPA Art. 71 item 2 is a crime of "
        "whoever commits it and GDPR Art. 83(4) an administrative fine"
    )
    # Two administrative fines say only why they were compared.
    fines = next(
        p for p in unit.now.pairs if p.b.id == "kr-pipa/art-75-2" and p.a.id.endswith("83-4")
    )
    assert pair_basis_words(fines) == "penalties for breaching the same kind of rule"
