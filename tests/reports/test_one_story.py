"""A topic's sentence and the provisions listed under it tell one story (blind reading round 40,
EU-JP, off page 1): the sentence names no rule the list leaves out, calls a side's rules what the
cited ones are, and the provisions annex does not stutter over a duty's kind."""

from __future__ import annotations

import re
from datetime import date

import pytest

from regalign.comparisons.compare import compare
from regalign.frameworks.method_loader import default_method
from regalign.reports.briefing import Extras, build
from regalign.reports.render_markdown import render
from tests.bundled import bundled, bundled_points, compared

PREPARED = date(2026, 12, 1)


@pytest.fixture(scope="module")
def eu_jp_full() -> str:
    corpus = bundled()
    result = compared("EU", "JP", PREPARED)
    points = bundled_points(result, every_date=True)
    return render(
        build(result, corpus, prepared=PREPARED, detail="full", extras=Extras(tuple(points)))
    )


def _topic(text: str, heading: str) -> str:
    start = text.index(f"#### {heading}\n")
    end = text.index("\n#### ", start + 1)
    return text[start:end]


def test_the_provisions_line_lists_the_rule_the_sentence_cites(eu_jp_full: str) -> None:
    # The sentence cites the research bodies' best-efforts duty; the line gave only the State's Art. 11.
    section = _topic(eu_jp_full, "Research and development")
    sentence, line = section.split("\n\n")[2], section.split("\n\n")[3]
    assert "JP AI Promotion Act Art. 6(1) and (3)" in sentence
    assert line.startswith("The EU: none. Japan: ")
    assert "Art. 6(1) and (3)" in line and "Art. 11" in line
    # The most binding first: the State's binding promotion before the best-efforts duty.
    assert line.index("Art. 11") < line.index("Art. 6(1)")


def test_a_side_that_binds_the_state_has_more_than_guidance() -> None:
    # Round 40, EU-JP: "only Japan has guidance (not binding)" on international standards, where AI
    # Promotion Act Arts 13 and 17 commit the State. Since the sixth sitting the EU AI Act has a rule
    # there (Art. 40(3)), so the one-sided row is read against the GDPR alone.
    from regalign.reports import sentences

    corpus = bundled()
    result = compared("eu-gdpr", "JP", PREPARED)
    unit = result.topic("ai.international-cooperation.standards")
    said = "".join(part[1] for part in sentences.divergence(result, unit, corpus))
    assert "only Japan has guidance (not binding)" not in said
    assert "only Japan has rules" in said
    assert "besides binding measures of the State (JP AI Promotion Act Arts 13 and 17)" in said


def test_a_rule_kind_cites_only_rules_of_that_kind(eu_jp_full: str) -> None:
    # Art. 90 (the scientific panel's alerts) is a body's procedure, not part of 'a binding definition'.
    section = _topic(eu_jp_full, "Frontier models: general rules")
    assert (
        "a binding definition: definitions of high-impact capabilities and systemic risk "
        "(EU AI Act Art. 3(64), (65));" in section
    )
    assert not re.search(r"a binding definition[^;(]*\([^;]*90", section)


def test_rules_on_different_matters_are_named_by_title(eu_jp_full: str) -> None:
    # Round 51, EU-JP: "the EU: a body, plan or procedure set up by law (Art. 70); Japan: a body,
    # plan or procedure set up by law (Art. 16)" did not say which matters differ.
    section = _topic(eu_jp_full, "Competent authorities")
    assert (
        "national competent authorities and single point of contact (EU AI Act Art. 70)" in section
    )
    assert (
        "research, analysis of harmful cases, guidance and advice (JP AI Promotion Act Art. 16)"
        in section
    )


def test_a_best_efforts_duty_is_named_once(eu_jp_full: str) -> None:
    assert "best-efforts best efforts" not in eu_jp_full
    assert "| best-efforts duty |" in eu_jp_full


def test_a_zero_with_nothing_paired_gives_its_reason() -> None:
    # Round 40, EU-KR: "Right to complain | divergent (0.00)" read as "nothing in common", while the
    # legend promises the reason of a rule that holds a verdict down; nothing was paired there.
    corpus = bundled()
    result = compared("EU", "KR", PREPARED)
    text = render(build(result, corpus, prepared=PREPARED, detail="standard"))
    assert "| · · Right to complain | divergent (different matters) | same |" in text
    assert not re.search(r"\| · · [^|]+ \| divergent \(0\.00\)", text)


def test_more_than_three_roles_are_counted_not_cut() -> None:
    from regalign.reports.rule_words import role_words

    # Round 40, EU-JP: AI Act Art. 2(1) read as a scope rule "for affected people, local
    # representatives and deployers": the first three roles in alphabetical order, providers cut.
    roles = ["provider", "deployer", "importer", "distributor", "affected-person"]
    assert role_words(roles) == "providers, deployers and 3 others"
    assert role_words(["deployer", "provider"]) == "deployers and providers"


def test_a_right_is_for_those_who_hold_it(eu_jp_full: str) -> None:
    # Round 40, EU-JP: "a right for affected people and regulators" (AI Act Art. 85).
    section = _topic(eu_jp_full, "Right to complain")
    assert "a right for affected people:" in section
    assert "regulators" not in section.split("\n\n")[2]


def test_a_proper_name_keeps_its_capital_inside_a_sentence() -> None:
    from regalign.reports.wording import in_sentence

    assert in_sentence("Member States to provide a wallet") == "Member States to provide a wallet"
    assert in_sentence("Deployers to keep logs") == "deployers to keep logs"


def test_a_cap_names_the_instruments_beside_the_pinpoints() -> None:
    # Round 40, EU-KR: the impact-assessment cap cited "(Art. 28)" without naming the Decree.
    import regalign

    unit = regalign.compare("EU", "KR", as_of=PREPARED).topic("ai.impact-assessment")
    reasons = [c.reason for c in unit.adopted.caps if c.name == "binding-vs-soft"]
    assert reasons and "(EU AI Act Art. 27(1)-(2))" in reasons[0]
    # Since the seventh sitting the Act's duty leads before the Decree's content rule (Art. 28).
    assert "(AI Basic Act Art. 35(1))" in reasons[0]


def test_an_unread_amending_act_may_change_the_rules_it_is_filed_under() -> None:
    # Round 40, KR-JP: "Japan's rules here change" on cross-border data flows, though nobody knows
    # whether APPI Act No. 56 of 2026 touches Art. 28; a penalty chapter it renumbers does change.
    corpus = bundled()
    result = compared("KR", "JP", PREPARED)
    text = render(build(result, corpus, prepared=PREPARED, detail="standard"))
    row = next(line for line in text.splitlines() if line.startswith("| · Cross-border data flows"))
    assert "(Japan's rules here may change, in wording not read)" in row
    assert "rules here change," not in text


def test_a_quiet_date_says_stays_only_where_the_printed_figures_agree() -> None:
    # Round 41, EU-JP: "the index stays 0.35" on 2 Dec 2027, where the index goes from 0.346 to
    # 0.344 and the timeline annex, `timeline` and `diff` all print 0.34.
    corpus = bundled()
    result = compared("EU", "JP", date(2026, 12, 6))
    points = bundled_points(result)
    text = render(
        build(
            result,
            corpus,
            prepared=date(2026, 12, 6),
            detail="summary",
            extras=Extras(tuple(points)),
        )
    )
    bullet = next(line for line in text.splitlines() if line.startswith("- **2 Dec 2027**"))
    later = next(p for p in points if p.date == date(2027, 12, 2))
    shown = f"{later.index:.2f}"
    if f"{result.index:.2f}" == shown:
        assert bullet.endswith(f"the index stays {shown}.")
    elif abs(later.index - result.index) >= 0.005:
        # A move of half a point or more is a move the page lists as such.
        assert bullet.endswith(f"— index {result.index:.2f} → {shown}.")
        assert "stays" not in bullet and "barely" not in bullet
    else:
        assert bullet.endswith(f"the index barely moves ({result.index:.2f} → {shown}).")
        assert "stays" not in bullet


def test_a_headline_index_whose_range_crosses_a_threshold_is_on_the_border() -> None:
    # Round 42, KR-JP: "far apart" at 0.44, with the index at 0.41-0.46 under varied weights, across
    # the 0.45 line; topics in that position are marked borderline, and so is the headline.
    import dataclasses

    from regalign.reports.bottom_line import bottom_line
    from regalign.reports.document import words

    result = compared("KR", "JP", PREPARED)
    partially = result.method.thresholds.partially_aligned
    crossing = dataclasses.replace(
        result,
        now=dataclasses.replace(
            result.now, index_low=partially - 0.02, index_high=partially + 0.01
        ),
    )
    assert crossing.index_low < partially <= crossing.index_high
    said = words(bottom_line(crossing, "Korea", "Japan"))
    assert "are on the border between far apart and partly aligned today" in said
    inside = dataclasses.replace(
        result,
        now=dataclasses.replace(
            result.now, index_low=partially - 0.04, index_high=partially - 0.01
        ),
    )
    assert "are far apart today" in words(bottom_line(inside, "Korea", "Japan"))


def test_a_topic_section_names_the_rule_compared_under_another_topic(eu_jp_full: str) -> None:
    # Round 43, EU-JP: AI Act Arts 21 and 53(3) were listed "without a counterpart" under
    # enforcement, beneath a headline relating them to JP AI Promotion Act Art. 7.
    section = _topic(eu_jp_full, "Enforcement powers")
    assert "Counterpart under another topic (the EU): EU AI Act Art. 21(1)-(2)" in section
    assert "(JP AI Promotion Act Art. 7 (cooperation))" in section
    # Not "compared": Art. 7 is filed under strategy only, so the two never meet in one topic.
    assert "Compared under another topic" not in section
    without = [line for line in section.splitlines() if line.startswith("Without a counterpart")]
    assert not any("Art. 21(1)-(2)" in line or "Art. 53(3)" in line for line in without)


def test_the_matrix_note_does_not_double_the_article(eu_jp_full: str) -> None:
    # Round 47, EU-JP: "The the EU and Japan columns give the number of provisions ...".
    assert "The the EU" not in eu_jp_full
    assert "The EU and Japan columns give the number of provisions" in eu_jp_full


def test_the_conformity_table_gives_the_reading_beside_an_unread_change(eu_jp_full: str) -> None:
    # Round 48, EU-JP: Japan's law, readable today, was only "changes in wording not read".
    row = next(line for line in eu_jp_full.splitlines() if "Art. 8.81(1): Commitment" in line)
    assert "**changes in wording not read (as read: consistent)**: APPI Art. 28(1)" in row


def test_a_penalty_regime_does_not_differ_in_who_is_addressed(eu_jp_full: str) -> None:
    # Round 48, EU-JP: "they differ most in who is addressed — the EU: government" for the
    # Dual-Use Regulation's duty on Member States to lay down penalties; a penalty article is
    # addressed to whoever imposes it, and whom it falls on was matched.
    line = next(
        line for line in eu_jp_full.splitlines() if line.startswith("**Penalties for export")
    )
    assert "who is addressed" not in line
    assert "Dual-Use Regulation Art. 25(1)" in line


def test_two_definitions_do_not_lead_where_a_substantive_pair_exists(eu_jp_full: str) -> None:
    # Round 48, EU-JP: "Legal effect (non-discrimination): they differ most in substance" cited two
    # definitions of electronic signature, while eIDAS Art. 25(1) sat second.
    line = next(
        line for line in eu_jp_full.splitlines() if line.startswith("**Legal effect (non-disc")
    )
    assert "eIDAS Regulation Art. 25(1)" in line
    assert "Art. 3(10)" not in line


def test_a_unit_alike_only_in_shape_says_so(eu_jp_full: str) -> None:
    # Round 49, EU-JP: "they differ most in the kind of rule — the EU has a binding scope rule ...;
    # Japan has a binding scope rule" for two commencement clauses that scored 1.000.
    # Since the seventh sitting the two clauses are curated as each other's pair (round 57): the
    # sentence says they meet and names what the EU has alone.
    line = next(line for line in eu_jp_full.splitlines() if line.startswith("**Scope: general"))
    assert (
        "the rules both have here meet (EU AI Act Art. 113; JP AI Promotion Act Suppl. Prov. Art. 1), "
        "but 7 provisions of the EU have no counterpart"
    ) in line
    assert "differ most" not in line


def test_the_fta_dialogue_on_certificates_is_set_against_the_recognition_rules() -> None:
    # Round 51, EU-KR (off page 1): FTA Art. 7.49(1)(a) was set against eIDAS Art. 5f(1), which
    # is about public bodies accepting wallets.
    result = compare(bundled(), "EU", "KR", as_of=date(2026, 12, 7), method=default_method())
    item = next(
        j
        for j in result.joint
        if j.commitment.id == "eu-kr-fta-2010/art-7-49-1-a"
        and j.topic_id == "esig.mutual-recognition"
    )
    assert item.a.lead is not None and item.a.lead.id == "eu-eidas/art-14"
    assert item.b.lead is not None and item.b.lead.id == "kr-digital-signature-act/art-4-7"


def test_a_stance_cell_names_the_best_sanctioned_rule_among_equals() -> None:
    # EU-KR, full matrix: the GDPR's penalties read "penalty regime left to Member States" (Art. 84,
    # chosen by id) beside Art. 83(5)'s own turnover fines.
    from regalign.reports.rule_words import stance_cell

    unit = compare(bundled(), "EU", "KR", as_of=date(2026, 12, 7), method=default_method()).topic(
        "data.penalties"
    )
    eu = [r for r in unit.now.stance_a if r.framework.id == "eu-gdpr"]
    assert {r.id for r in eu} >= {"eu-gdpr/art-83-5", "eu-gdpr/art-84"}
    assert stance_cell(eu) == f"{len(eu)} · penalties"


def test_a_matrix_row_says_when_today_rests_on_guidance_only(eu_jp_full: str) -> None:
    # Round 51, EU-JP: "Risk tiers: general rules | only the EU | same" while the binding rules it
    # cites apply from 2 Dec 2027; today's "only the EU" rests on Commission guidance.
    row = next(line for line in eu_jp_full.splitlines() if "Risk tiers: general rules |" in line)
    assert "| same, on guidance only until 2 Dec 2027 |" in row


def test_no_such_power_is_said_of_the_topic_not_of_every_law_compared() -> None:
    # Round 52, KR-JP page 1: "Japan gives them no such power in the laws compared", while the APPI
    # (compared) gives the PPC inspection and order powers (Arts 146, 148).
    from regalign.reports import sentences

    corpus = bundled()
    result = compared("KR", "JP", PREPARED)
    said = "".join(
        part[1] for part in sentences.divergence(result, result.topic("ai.enforcement"), corpus)
    )
    assert "Japan gives them no such power on this topic in the laws compared" in said


def test_a_consistent_reading_beside_a_tension_names_what_is_compared_apart() -> None:
    # Round 53, KR-JP page 1: Korea's survey-map permit ran against RCEP Art. 12.15(2) while Japan
    # read "consistent" (APPI Art. 28(1)), though Japan's technology export permit (FEFTA Art. 25(1))
    # is the same kind of measure, compared under export control for both sides.
    from regalign.reports import implications

    corpus = bundled()
    result = compared("KR", "JP", PREPARED)
    joint = next(
        "".join(part[1] for part in bullet)
        for bullet in implications.bullets(result, corpus)
        if "".join(part[1] for part in bullet).startswith("Joint")
    )
    # Round 57: the sentence says why they are kept apart, alike for both sides.
    assert joint.endswith(
        "Both sides' technology export control rules (Foreign Trade Act (Korea) Art. 19-2; Foreign "
        "Exchange and Foreign Trade Act Art. 25(1)) also restrict what may be sent abroad, but as "
        "security controls they are compared with each other under that topic and left to the "
        "treaties' security exceptions, not set against the joint commitments."
    )
    # EU-KR says nothing of them: no side is said to be consistent there (rounds 14-16).
    eu_kr = compared("EU", "KR", PREPARED)
    assert not any(
        "compared apart" in "".join(part[1] for part in bullet)
        for bullet in implications.bullets(eu_kr, corpus)
    )


def test_a_power_or_fine_an_announced_grace_period_holds_back_says_so() -> None:
    # Round 54, KR-JP page 1: Korea's fact-finding power and the fines behind its domestic-agent
    # duty read as biting today, while the Government's announced grace period (from 22 Jan 2026,
    # at least a year) suspends both; the law stands, so only the words change.
    from regalign.reports import sentences

    corpus = bundled()
    result = compared("KR", "JP", PREPARED)
    # Round 62, KR-JP: "held back for now" left the reader asking until when.
    held = (
        ", suspended in principle for now by the grace period for fact-finding and fines, "
        "announced for at "
        "least a year from 22 Jan 2026, with no end date set (KR AI fines grace"
    )
    for topic in ("ai.enforcement", "ai.local-representative"):
        said = "".join(
            part[1] for part in sentences.divergence(result, result.topic(topic), corpus)
        )
        assert held in said, topic
    # Japan has no such exception, and the verdicts do not move.
    assert result.topic("ai.enforcement").verdict == "divergent"


def test_a_one_sided_row_dates_the_first_rule_and_the_last(eu_jp_full: str) -> None:
    # Round 68, EU-JP: "High-risk and high-impact areas | only the EU, from 2 Aug 2028 | nothing
    # applies yet until 2 Dec 2027" read as if the EU's Annex III areas waited until 2028; only the
    # Annex I products do (AI Act Art. 6(1), moved by Regulation (EU) 2026/1744).
    row = next(
        line for line in eu_jp_full.splitlines() if "· High-risk and high-impact areas |" in line
    )
    assert "| only the EU, from 2 Dec 2027 (more of its rules from 2 Aug 2028) |" in row
    assert "nothing applies yet until 2 Dec 2027" in row
