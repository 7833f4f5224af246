"""The APPI amendment of 2026 (Act No. 56 of 2026): what was read of it, and how the briefings say it.

Read: the commencement clause of the amending Act (Supplementary Provisions Art. 1), printed in the
e-Gov XML of the APPI that jp-appi.yaml names as read_url. Its item 3 brings into force 「公布の日から
起算して六月を経過した日」 the changes to the penalty chapter, 「同法第百七十八条を削る改正規定」 among
them; the Act was promulgated on 17 July 2026 (the PPC's notice: 「本日（令和８年７月17日）公布」). The
amended wording was in no store, so the record is 'unverified': never compared, but dated.
"""

from __future__ import annotations

from datetime import date

from regalign.comparisons.history import change_dates
from regalign.comparisons.results import Comparison
from regalign.reports import briefing, sentences
from regalign.reports.briefing_parts import Extras
from regalign.schema.vocab import Evidence
from tests.frameworks.fact_tables import bundled

RECORD = "jp-appi/act-56-2026-penalties"
PROMULGATED = date(2026, 7, 17)  # 令和８年７月17日
QUOTE = "同法第百七十八条を削る改正規定"


def six_months_after(day: date) -> date:
    """「公布の日から起算して六月を経過した日」: counted from the day of promulgation itself, six months
    have passed at the end of the day before the same date six months on, so that date is the day."""
    month = day.month + 6
    return date(day.year + (month - 1) // 12, (month - 1) % 12 + 1, day.day)


def test_the_record_is_dated_from_the_commencement_clause_and_never_compared() -> None:
    provision = bundled().provisions[RECORD]
    assert provision.applies_from == six_months_after(PROMULGATED) == date(2027, 1, 17)
    assert provision.quote == QUOTE
    assert provision.evidence is Evidence.UNVERIFIED and provision.topics == ("data.penalties",)


def test_an_unread_change_takes_its_topic_out_of_the_comparison_from_its_date() -> None:
    # Round 18, KR-JP: "Penalties for data rules" led "where they part" as adopted on APPI Arts 178
    # and 184(1)(i), which the adopted Act No. 56 of 2026 deletes or renumbers from 17 Jan 2027.
    import regalign
    from regalign.comparisons.results import DIVERGENT, NOT_COMPARED

    corpus = bundled()
    changes = change_dates(corpus, "KR", "JP")[date(2027, 1, 17)]
    assert [(c.framework_id, c.read) for c in changes] == [("jp-appi", False)]
    result: Comparison = regalign.compare("KR", "JP", as_of=date(2026, 12, 6))
    unit = result.topic("data.penalties")
    assert RECORD in unit.unread_b and RECORD not in {r.id for r in unit.adopted.stance_b}
    # As adopted the change is part of the picture; today it is not yet.
    assert (unit.adopted.verdict, unit.adopted.scored) == (NOT_COMPARED, False)
    # Round 21, EU-JP: the figures count it as its rules read today (leaving it out set the two
    # columns of the figures on different topics); its row and sentence say it is not compared.
    assert unit.adopted.read_verdict == DIVERGENT and unit.adopted.counts
    assert unit.adopted.figure_verdict == DIVERGENT and unit.adopted.score > 0
    assert unit.now.verdict == DIVERGENT and unit.adopted.pairs  # pairs kept for explain
    after = regalign.compare("KR", "JP", as_of=date(2027, 1, 17)).topic("data.penalties")
    before = regalign.compare("KR", "JP", as_of=date(2027, 1, 16)).topic("data.penalties")
    assert (before.now.verdict, after.now.verdict) == (DIVERGENT, NOT_COMPARED)
    row = "".join(text for _, text, _ in sentences.divergence(result, unit, corpus))
    assert row.startswith(
        "Penalties for data rules: not compared as adopted — Japan's rules here change from "
        "17 Jan 2027 (APPI — penalty chapter amended by Act No. 56 of 2026), in wording not read; "
        "today, they differ most in substance"
    )
    assert row.count("17 Jan 2027") == 1  # the context note does not say it again
    from regalign.reports.ranking import top_divergences

    assert "data.penalties" not in {u.topic_id for u in top_divergences(result.topics, corpus)}
    dates = briefing.dates_blocks(result, Extras(history=()), "Korea", "Japan", corpus)
    said = [" ".join(text for _, text, _ in item) for block in dates for item in block.items]
    assert said[0] == (
        "17 Jan 2027 : APPI — penalty chapter amended by Act No. 56 of 2026, in wording not read, so "
        "penalties for data rules are not compared from then."
    )


def test_the_fine_gap_says_the_ceiling_it_quotes_is_to_change() -> None:
    # Round 15, EU-JP: "at least 32 times higher ... (APPI Art. 184(1)(i))" said nothing of the
    # amendment that rewrites that ceiling from 17 Jan 2027.
    import regalign
    from regalign.reports import implications, ranking
    from regalign.reports.implications import PARTS_ON_PAGE

    corpus = bundled()
    result = regalign.compare("EU", "JP", as_of=date(2026, 12, 6))
    quoting = [
        "".join(text for _, text, _ in bullet)
        for bullet in implications.bullets(result, corpus)
        if "APPI Art. 184(1)(i)" in "".join(text for _, text, _ in bullet)
    ]
    # Round 22, EU-JP: the record's pinpoint ("Arts 178-186 as amended") was never verified, so
    # the sentence names the change by its title instead.
    for firms in quoting:
        assert firms.rstrip(".").endswith(
            "(APPI Art. 184(1)(i)); Japan's penalties change from 17 Jan 2027 (APPI — penalty chapter "
            "amended by Act No. 56 of 2026), in wording not read"
        )
        assert "Arts 178-186" not in firms
    if not quoting:
        # Round 27 (2026-12-07): with Chapter 6 of Japan's Electronic Signatures Act read, the most
        # important unit with a fine gap is the e-signature penalties, which lead 'Where they part'
        # on the same page, so 'For firms' quotes no fine gap and the APPI ceiling is not quoted.
        on_page = [u.unit_id for u in ranking.top_divergences(result.topics, corpus, PARTS_ON_PAGE)]
        assert on_page[0] == "esig.penalties"


def test_the_figures_say_they_leave_out_what_was_not_read() -> None:
    import regalign
    from regalign.reports.briefing import unread_note

    corpus = bundled()
    result = regalign.compare("EU", "JP", as_of=date(2026, 12, 6))
    assert unread_note(result, corpus) == (
        "Changes adopted but not read leave their topics not compared from the day they apply; the "
        "figures count those topics as their rules read today (APPI, from 17 Jan 2027: penalty "
        "chapter amended by Act No. 56 of 2026; APPI, from 16 Jul 2028: rest of the APPI as amended "
        "by Act No. 56 of 2026 (a Cabinet Order may set an earlier date))."
    )
    assert unread_note(regalign.compare("EU", "KR", as_of=date(2026, 12, 6)), corpus) == ""


def test_the_rest_of_the_amending_act_takes_the_appi_topics_out_as_adopted() -> None:
    # Round 20, EU-JP: the as-adopted verdicts on transfers, adequacy and safeguards assumed the APPI
    # stays as it is, though the main part of Act No. 56 of 2026 (by 16 Jul 2028) was never read.
    import regalign
    from regalign.comparisons.results import NOT_COMPARED
    from regalign.reports.bottom_line import bottom_line

    corpus = bundled()
    main = corpus.provisions["jp-appi/act-56-2026-main"]
    assert main.applies_from == date(2028, 7, 16) and main.evidence is Evidence.UNVERIFIED
    assert (
        main.quote == "公布の日から起算して二年を超えない範囲内において政令で定める日から施行する"
    )
    result = regalign.compare("EU", "JP", as_of=date(2026, 12, 6))
    for topic in ("data.transfer-mechanisms.adequacy", "data.personal-data-protection"):
        unit = result.topic(topic)
        assert unit.adopted.verdict == NOT_COMPARED and unit.now.verdict != NOT_COMPARED
    said = "".join(text for _, text, _ in bottom_line(result, "the EU", "Japan"))
    # The area those topics fill is not ranked as adopted (round 24; round 69: its row says 'not
    # compared'), and since, counted as read today, it would lie closest, it is named with today's
    # score (round 67), in plain words (round 69: "amended in wording not read" was jargon), dated by
    # the change to its topics besides penalties (round 70: not the penalty chapter's 17 Jan 2027).
    assert "closest on e-signatures and e-documents (0.46)" in said
    assert (
        "Cross-border data (0.59 today) is left out of this ranking: Japan's rules there (APPI) are "
        "amended by 16 Jul 2028, and the amended wording was not read." in said
    )
