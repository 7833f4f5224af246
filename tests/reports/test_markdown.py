"""The markdown briefing: structure, word budgets, wording, escaping, reproducibility, pandoc."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from regalign.comparisons.compare import compare
from regalign.frameworks.loader import load
from regalign.frameworks.method_loader import default_method
from regalign.reports import briefing, ranking, sentences
from regalign.reports.briefing import LAST_MEETS, MIN_MEETS, MIN_ROWS, TOP, Extras, build
from regalign.reports.render_markdown import TABLE_DASHES, render
from regalign.reports.text import word_count
from tests.bundled import bundled as bundled_corpus
from tests.bundled import bundled_points, compared
from tests.reports.conftest import HOSTILE_TITLE

PREPARED = date(2026, 12, 1)
# Issue 11: page 1 on one page; "under about 6,000 words". The page itself is held exactly by
# test_docx_finish (page 1 of the Word briefing, with author, organisation and footer, printed by
# LibreOffice: one page); the word count is the quick proxy, raised from 600 to 630 when round 5 of
# the blind reading asked each one-sided row to say what its provisions require. The standard
# briefing is held to "about 6,000" with a margin of 2% (6,011 words once rows of rounds 5 and 6
# say what each provision requires).
# 6,200: Annex C lists the PIPA amendments of 2026 (two dated rows); 6,250: the enforcement row
# dates the EU's duty to cooperate with authorities (AI Act Art. 21, from 2 Dec 2027; round 32);
# 6,400: two Korean criminal statutes in Annex A and the sources (round 38).
# 6,450: the ePrivacy Directive and Japan's Specified E-mail Act in Annex A and the sources (spam).
# 6,500: topic sections name the rule a provision is compared with under another topic (round 43).
# 6,550: Annex D names the three caps of the sixth sitting (weak and slight relations, broad shape).
# 6,580: Annex D names the lone-condition cap of the tenth sitting (rounds 72 and 74).
# 6,610: training data meets as adopted (round 74).
# 6,640: "at least 787 times apart for all but small firms", wherever the AI fines' ratio is said
# (round 75). 6,670 and summary 660: page 1 may hold three dates (rounds 75 and 76;
# briefing.PAGE_WORDS), and Korea's production offence carries its penalty.
# 6,700: the rights and the controller's duties on automated decisions paired apart, and the small
# mid-caps named beside the AI fines (eleventh sitting, rounds 77 and 78; measured 6,680).
# Summary 695: two bans that meet say what they bar, and each side's recognition of the other
# (round 79); a treaty read only in reports "may be" in tension (round 80); within the 660 words of
# PAGE_WORDS at the as-of dates the pages were printed (691 on 1 Dec 2026, printed on one A4 page
# with the tighter Word spacing of the eleventh sitting). Standard 6,760: the same rows in the topic
# sections and Annex D's shape-lift cap (measured 6,745).
# Summary 700 (twelfth sitting, round 82): a line for every coming date that moves the printed index
# or a verdict, within briefing.PAGE_WORDS (685; measured 697 on 1 Dec 2026, one printed page).
# 715: a meeting says when only one side penalises a breach directly (round 84), and the timing
# bullet names the rule that applies now (round 85; measured 711).
# 725: the AI Act's inserted articles recorded; 9 Mar 2027 says which verdicts move (measured 723).
# Standard 6,800: the same in the topic sections, the stricter-rule cap in Annex D (measured 6,777).
# Standard 6,850 since the thirteenth sitting: deepfake disclosure's parting says what more the EU's
# rule asks, and the dates block names the other dates rules start on (measured 6,801).
SUMMARY_WORDS, STANDARD_WORDS = (725, 6850)


@pytest.fixture(scope="module")
def bundled():
    return bundled_corpus()


@pytest.fixture(scope="module")
def eu_kr_result(bundled):
    return compared("EU", "KR", PREPARED)


@pytest.fixture(scope="module")
def eu_kr(eu_kr_result, bundled) -> dict[str, str]:
    found = {}
    for detail in ("summary", "standard", "full"):
        points = bundled_points(eu_kr_result, every_date=detail == "full")
        found[detail] = render(
            build(
                eu_kr_result,
                bundled,
                prepared=PREPARED,
                detail=detail,
                extras=Extras(tuple(points)),
            )
        )
    return found


def parse(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


def tables(tokens: list) -> list[list[list[str]]]:
    """Every table as rows of cell texts."""
    found, rows, row, cell, depth = [], [], [], [], 0
    for token in tokens:
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            cell, depth = [], depth + 1
        elif token.type == "inline" and depth:
            cell.append(
                "".join(
                    child.content
                    for child in token.children or []
                    if child.type in ("text", "code_inline")
                )
            )
        elif token.type in ("th_close", "td_close"):
            row.append("".join(cell))
            depth -= 1
        elif token.type == "tr_close":
            rows.append(row)
        elif token.type == "table_close":
            found.append(rows)
    return found


def section(text: str, heading: str) -> str:
    """The text of a '## ' section, up to the next one."""
    return text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_sections_in_order(eu_kr: dict[str, str]) -> None:
    h2 = [line for line in eu_kr["standard"].splitlines() if line.startswith("## ")]
    assert h2 == [
        "## Summary",
        "## Divergence matrix",
        "## Joint commitments and each side's own law",
        "## Topic by topic",
        "## Annex A. Instruments",
        "## Annex B. Provisions side by side",
        "## Annex C. Timeline",
        "## Annex D. Method",
        "## Annex E. Sources",
        "## Annex F. Caveats",
    ]
    assert [line for line in eu_kr["summary"].splitlines() if line.startswith("## ")] == [
        "## Summary"
    ]
    h3 = [
        line
        for line in section(eu_kr["standard"], "Summary").splitlines()
        if line.startswith("### ")
    ]
    assert h3 == [
        "### What this means",
        "### Where they part",
        "### Where they meet",
        "### Dates that change the picture",
    ]
    summary = section(eu_kr["standard"], "Summary")
    # A treaty in force binds; one only signed does not yet; a partnership is non-binding.
    assert "EU-Korea FTA (2010) binds both sides" in summary
    # Round 16: a treaty known only from reports is said to be so where it is named.
    assert (
        "both signed EU-Korea DTA (not yet in force; its text not read, commitments as reported)"
        in summary
    )
    assert "EU-Korea Digital Partnership is non-binding" in summary
    assert (
        "Their shared commitments are not counted as agreement (see Joint commitments)." in summary
    )


def test_word_budgets(eu_kr: dict[str, str]) -> None:
    summary = section(eu_kr["standard"], "Summary")
    assert word_count(summary) <= SUMMARY_WORDS
    assert word_count(eu_kr["standard"]) <= STANDARD_WORDS
    assert word_count(eu_kr["full"]) > 3 * word_count(eu_kr["standard"])


def test_summary_leads_with_the_bottom_line_and_both_horizons(
    eu_kr: dict[str, str], eu_kr_result
) -> None:
    summary = section(eu_kr["standard"], "Summary")
    first = summary.strip().splitlines()[0]
    assert first.startswith("**Bottom line:**")
    assert f"{eu_kr_result.index:.2f}" in first and f"{eu_kr_result.index_adopted:.2f}" in first
    figures = tables(parse(summary))[0]
    assert figures[0] == ["Figure", "Today, 1 Dec 2026", "Once every adopted rule applies"]
    assert figures[1][1].startswith(f"{eu_kr_result.index:.2f} ({eu_kr_result.index_low:.2f}–")
    assert figures[1][1].endswith("under varied weights)")
    assert "2 Dec 2027" in summary
    # On 1 Dec 2026 a date one day later (AI Act Art. 5(1)(ba), (bb)) fills the page: the index a
    # year earlier gives way before a coming date or a meeting point (eighth sitting). The date is
    # shown only while it moves the index a reader sees (0.41 -> 0.42 since the ninth sitting).
    assert "**2 Dec 2026**: EU AI Act Art. 5(1)(ba) and Art. 5(1)(bb) start to apply" in summary
    assert "A year earlier, on " not in summary


def test_up_to_five_divergences_and_convergences_ranked_by_importance(
    eu_kr: dict[str, str], eu_kr_result, bundled
) -> None:
    summary = section(eu_kr["standard"], "Summary")
    parts = summary.split("### Where they part")[1].split("### Where they meet")[0]
    meets = summary.split("### Where they meet")[1].split("### Dates")[0]
    # Up to five divergences and three convergences, as many as fit one page (at least three
    # partings; meetings give way down to two once the partings are at three: round 38).
    shown = len(re.findall(r"^\d\. \*\*", parts, re.M))
    met = len(re.findall(r"^\d\. \*\*", meets, re.M))
    # Past the year-earlier paragraph one more meeting may give way to the dates (twelfth sitting).
    assert MIN_ROWS <= shown <= TOP and LAST_MEETS <= met <= 3
    assert met == 3 or shown == MIN_ROWS  # meetings give way only after the partings
    assert met >= MIN_MEETS or "A year earlier" not in summary
    if shown < TOP:  # the next divergence would have run past the page
        history = Extras(tuple(bundled_points(eu_kr_result)))
        page = briefing.summary(eu_kr_result, bundled, history, "the EU", "Korea")
        blocks = [*page.blocks, *(b for child in page.children for b in child.blocks)]
        following = ranking.top_divergences(eu_kr_result.topics, bundled, TOP)[shown]
        row = sentences.divergence(eu_kr_result, following, bundled, tensions_said=True)
        extra = sum(len(text.split()) for _, text, _ in row)
        assert briefing._words(blocks) <= briefing.PAGE_WORDS < briefing._words(blocks) + extra
    top = ranking.top_divergences(eu_kr_result.topics, bundled, 5)
    assert [ranking.importance(t, bundled) for t in top] != sorted(
        ranking.importance(t, bundled) for t in top
    )
    assert "fine ceilings" in parts and "EUR 35 million" in parts and "KRW 30 million" in parts
    # Round 38: Korea's crimes of making sexual deepfakes and abuse material are named beside the
    # EU's prohibitions, not "none".
    assert "Korea has only its deepfake and abuse-material bans in the laws compared" in parts


def test_joint_commitments_never_lead_even_when_counted(bundled) -> None:
    shared = compare(
        bundled, "EU", "KR", as_of=PREPARED, method=default_method(), include_shared=True
    )
    for unit in ranking.top_convergences(shared.topics, bundled, 5) + ranking.top_divergences(
        shared.topics, bundled, 5
    ):
        assert not ranking.shared_only(unit)
    assert any(ranking.shared_only(t) and t.adopted.verdict == "aligned" for t in shared.topics)


def test_one_meeting_is_told_once_under_the_topic_its_articles_are_filed_under(
    eu_kr_result, bundled
) -> None:
    # GDPR Art. 44 and PIPA Art. 28-8(1) lead both "Personal-data safeguards" (which ranks higher,
    # having more provisions) and "Transfer mechanisms: general rules", the topic both list first.
    units = eu_kr_result.topics
    leads = {t.unit_id: {t.adopted.lead.a.id, t.adopted.lead.b.id} for t in units if t.adopted.lead}
    pair = {"eu-gdpr/art-44", "kr-pipa/art-28-8-1"}
    assert (
        leads["data.personal-data-protection"] == pair == leads["data.transfer-mechanisms#general"]
    )
    order = [t.unit_id for t in ranking.order_by_importance(units, bundled)]
    assert order.index("data.personal-data-protection") < order.index(
        "data.transfer-mechanisms#general"
    )
    chosen = ranking.top_convergences(units, bundled, 5)
    told = [t.unit_id for t in chosen if {t.adopted.lead.a.id, t.adopted.lead.b.id} & pair]
    assert told == ["data.transfer-mechanisms#general"]
    cited = [i for t in chosen for i in (t.adopted.lead.a.id, t.adopted.lead.b.id)]
    assert len(cited) == len(set(cited))


def test_plain_words_and_fixed_text_errors(eu_kr: dict[str, str]) -> None:
    standard, full = eu_kr["standard"], eu_kr["full"]
    caveats = section(standard, "Annex F. Caveats")
    for internal in (
        "read_url",
        "pinpoint_verified",
        "english_text",
        "github",
        "eu-ai-act/",
        "kr-ai-basic-act/",
    ):
        assert internal not in caveats, internal
    # Authentic languages come from the records, never from the language that happened to be read:
    # an EU regulation is authentic in English too, so it gets no caveat.
    assert (
        "authentic in Korean only" in caveats and "the Korean text is authoritative" not in caveats
    )
    assert (
        "Only the German text" not in caveats
        and "Free Flow of Non-Personal Data Regulation:" not in caveats
    )
    for wrong in (" 1 years", "best-efforts · best-efforts", "entry into force of the instrument"):
        assert wrong not in full, wrong
    checked = re.search(r"last checked against their sources (on|between) ([^;.]+)", caveats)
    assert checked and (checked.group(1) == "on" or " and " in checked.group(2))
    assert "## Regulatory alignment briefing" not in standard and standard.count("\n# ") == 1


def test_tables_are_well_formed_with_proportional_separators(eu_kr: dict[str, str]) -> None:
    text = eu_kr["standard"]
    for table in tables(parse(text)):
        assert all(len(row) == len(table[0]) for row in table)
    separators = re.findall(r"^\|((?:-+\|)+)$", text, re.M)
    assert separators
    for line in separators:
        widths = [len(part) for part in line.rstrip("|").split("|")]
        assert abs(sum(widths) - TABLE_DASHES) <= len(widths)
    matrix = re.search(
        r"\| Topic \| As adopted \| Today, [^|]+ \|[^\n]*\n\|(-+)\|(-+)\|(-+)\|", text
    )
    assert matrix and len(matrix.group(1)) > len(
        matrix.group(2)
    )  # the topic column gets the most room


def test_full_lists_every_provision_of_every_topic(eu_kr: dict[str, str], eu_kr_result) -> None:
    full = section(eu_kr["full"], "Annex B. Provisions side by side").replace("\\", "")
    for unit in eu_kr_result.topics:
        for ref in (*unit.adopted.stance_a, *unit.adopted.stance_b):
            assert f"{ref.framework.short_title} {ref.pinpoint} — {ref.provision.title}" in full, (
                ref.id
            )


def test_hostile_text_cannot_break_tables_or_inject_markup(hostile_dir: Path) -> None:
    corpus = load([hostile_dir], bundled=False).corpus
    result = compare(
        corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method()
    )
    text = render(build(result, corpus, prepared=PREPARED, detail="full"))
    tokens = parse(text)
    html = [t for t in tokens if t.type == "html_block"] + [
        c for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "html_inline"
    ]
    assert [t.content.strip() for t in html] == [
        text.splitlines()[0]
    ]  # only regalign's own marker comment
    children = [c for t in tokens if t.type == "inline" for c in t.children or []]
    assert not [c for c in children if c.type == "image"]
    hrefs = [c.attrs.get("href") for c in children if c.type == "link_open"]
    assert hrefs and all(
        h.startswith("https://") for h in hrefs
    )  # only the numbered sources are links
    assert (
        "http://x" not in hrefs and "`http://x)`" in text
    )  # a URL in record text is code, not a link
    for table in tables(tokens):
        assert all(len(row) == len(table[0]) for row in table)
    rendered = "".join(
        c.content
        for t in tokens
        if t.type == "inline"
        for c in t.children or []
        if c.type == "text"
    )
    assert "Pipes | and <script>alert(1)</script>" in rendered  # shown literally, as text
    assert "표시 의무" in rendered and "인공지능" in rendered
    assert HOSTILE_TITLE not in text


@pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc not installed (.ci/run installs it)"
)
def test_pandoc_docx_round_trip_keeps_the_tables(tmp_path: Path, hostile_dir: Path) -> None:
    corpus = load([hostile_dir], bundled=False).corpus
    result = compare(
        corpus, "test-eu-act", "test-kr-act", as_of=date(2027, 1, 1), method=default_method()
    )
    source = tmp_path / "briefing.md"
    source.write_text(
        render(build(result, corpus, prepared=PREPARED, detail="full")), encoding="utf-8"
    )
    docx = tmp_path / "briefing.docx"
    subprocess.run(["pandoc", str(source), "-f", "markdown", "-o", str(docx)], check=True)
    back = subprocess.run(
        ["pandoc", str(docx), "-t", "html", "--wrap=none"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    expected_tables = len(tables(parse(source.read_text(encoding="utf-8"))))
    assert back.count("<table") == expected_tables
    assert "Bottom line" in back and "Pipes | and &lt;script&gt;" in back and "표시 의무" in back
    assert "<script>" not in back


def test_same_inputs_and_date_give_identical_bytes(bundled) -> None:
    def once() -> str:
        result = compare(bundled, "EU", "KR", as_of=PREPARED, method=default_method())
        return render(build(result, bundled, prepared=PREPARED))

    assert once() == once()


@pytest.mark.slow  # a second interpreter in a subprocess
def test_reports_are_identical_across_processes(tmp_path: Path) -> None:
    """String hashing differs per process; the report must not depend on it."""
    outputs = []
    for seed in ("1", "2"):
        env = {
            "PYTHONHASHSEED": seed,
            "SOURCE_DATE_EPOCH": "1795737600",
            "PATH": "/usr/bin:/bin",
            "REGALIGN_CACHE": str(tmp_path / seed),
        }
        done = subprocess.run(
            [sys.executable, "-m", "regalign", "report", "eu-ai-act", "kr-ai-basic-act"],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert b"Prepared 27 Nov 2026" in outputs[0]  # 1795737600 is 2026-11-27T00:00:00Z


def test_core_never_imports_matplotlib() -> None:
    code = (
        "import sys, datetime\nimport regalign\nfrom regalign.reports.briefing import build\n"
        "from regalign.reports.render_markdown import render\n"
        "c = regalign.load()\nr = regalign.compare('EU', 'KR', as_of=datetime.date(2026, 12, 1), corpus=c)\n"
        "render(build(r, c, prepared=datetime.date(2026, 12, 1)))\nprint('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_the_last_date_the_bottom_line_names_is_listed() -> None:
    # Round 75, EU-KR: the bottom line says every adopted rule applies "by 2 Aug 2028", and the
    # dates listed stopped at 2 Dec 2027, where the index moves; the last date is now said too.
    from click.testing import CliRunner

    from regalign.cli import cli

    args = ["report", "EU", "KR", "--detail", "summary", "--as-of", "2026-12-06"]
    summary = CliRunner().invoke(cli, args).output
    bottom = next(line for line in summary.splitlines() if line.startswith("**Bottom line:**"))
    assert "by 2 Aug 2028" in bottom
    dates = summary.split("### Dates that change the picture")[1]
    assert "- **2 Aug 2028**: EU AI Act Art. 6(1) starts to apply" in dates
    assert "the index stays" in dates.split("- **2 Aug 2028**")[1].splitlines()[0]


def test_every_date_that_moves_a_printed_figure_or_a_verdict_has_its_line() -> None:
    # Round 77, EU-KR: page 1 gave 9 Mar 2027 "0.42 -> 0.43" and then 2 Dec 2027 "0.43 -> 0.51",
    # while 1 Jul 2027 (a change of less than half a point) turned the printed figure back to 0.42
    # before it; rounds 78 and 81 struck a bracket naming the small date, and round 82 struck its
    # absence beside 2 Aug 2028, which moves no figure. Each date that moves the printed index or a
    # verdict now has its line, and each move starts from the figure the timeline gives the day
    # before. The figures are planted on the EU-KR dates, so the test holds the rule whatever the
    # corpus gives.
    from dataclasses import replace

    from regalign.reports.dates_block import dates_blocks
    from regalign.reports.document import Items, words

    corpus = bundled_corpus()
    day = date(2026, 12, 6)
    result = compared("EU", "KR", day)
    points = bundled_points(result)
    planted = {date(2027, 3, 9): 0.4251, date(2027, 7, 1): 0.4248, date(2027, 12, 2): 0.5061}
    assert set(planted) <= {p.date for p in points}
    history = tuple(
        replace(p, index=planted.get(p.date, p.index)) if p.date > day else p for p in points
    )
    result = replace(result, now=replace(result.now, index=0.4174))

    def dated_lines(history: tuple) -> list[str]:
        blocks = dates_blocks(result, Extras(history), "the EU", "Korea", corpus)
        return [words(item) for b in blocks if isinstance(b, Items) for item in b.items]

    lines = dated_lines(history)
    march = next(line for line in lines if line.startswith("9 Mar 2027"))
    assert march.endswith("— index 0.42 → 0.43."), march
    july = next(line for line in lines if line.startswith("1 Jul 2027"))
    assert july == (
        "1 Jul 2027: PIPA Art. 32-2(1), proviso starts to apply — the index barely moves "
        "(0.43 → 0.42)."
    )
    december = next(line for line in lines if line.startswith("2 Dec 2027"))
    assert december.endswith("— index 0.42 → 0.51."), december
    # The chain of printed figures is the timeline's: each line starts where the one before ends.
    moves = [re.findall(r"(\d\.\d\d) → (\d\.\d\d)", line) for line in lines]
    ends = [found[-1] for found in moves if found]
    assert all(ends[i][1] == ends[i + 1][0] for i in range(len(ends) - 1)), ends
    # Without the change back, 1 Jul 2027 moves neither the printed index nor a verdict: no line,
    # and the move of 2 Dec 2027 starts from the last figure printed.
    steady = tuple(replace(p, index=0.4251) if p.date == date(2027, 7, 1) else p for p in history)
    lines = dated_lines(steady)
    assert not any(line.startswith("1 Jul 2027") for line in lines)
    december = next(line for line in lines if line.startswith("2 Dec 2027"))
    assert december.endswith("— index 0.43 → 0.51."), december


def test_a_date_that_only_changes_verdicts_says_which() -> None:
    # Round 82, EU-KR: 2 Aug 2028 was listed with "the index stays 0.51" and nothing else, though
    # it changed a verdict, which is why it was listed. (Since the thirteenth sitting that date moves
    # no EU-KR verdict.) EU-JP as of 1 Dec 2026: AI Act Art. 5(1)(ba)-(bb) apply from 2 Dec 2026 and
    # turn the sexual-deepfake bans from "only Japan" to divergent, the index staying 0.35.
    from dataclasses import replace

    from regalign.reports.dates_block import dates_blocks
    from regalign.reports.document import Items, words

    corpus = bundled_corpus()
    day, on = date(2026, 12, 1), date(2026, 12, 2)
    result = compared("EU", "JP", day)
    points = bundled_points(result)
    first = next(p for p in points if p.date == on)
    today = {t.unit_id: t.now.figure_verdict for t in result.topics}
    moved = {u for u in first.unit_verdicts if first.unit_verdicts[u] != today.get(u)}
    assert moved == {"ai.sexual-deepfakes"}, moved

    def line(history: tuple, on: date) -> str:
        blocks = dates_blocks(result, Extras(history), "the EU", "Japan", corpus)
        items = [words(item) for b in blocks if isinstance(b, Items) for item in b.items]
        return next(item for item in items if item.startswith(f"{on.day} {on:%b} {on.year}"))

    said = line(tuple(points), on)
    # A topic named by a plural noun takes a plural verb.
    assert said.endswith("— deepfake and abuse-material bans turn divergent; the index stays 0.35.")
    # Planted: two topics no rule of that date is filed under change too; they are not named (round
    # 87, EU-KR: "regulatory sandboxes turn partially aligned" on 9 Mar 2027 came only from PIPA
    # Art. 28-12(1) becoming AI Act Art. 59's counterpart under training data).
    three = dict(first.unit_verdicts)
    for unit in ("ai.high-risk.risk-management", "ai.high-risk.human-oversight"):
        three[unit] = "divergent" if today.get(unit) != "divergent" else "aligned"
    planted = tuple(replace(p, unit_verdicts=three) if p is first else p for p in points)
    assert line(planted, on) == said
    # Three or more topics filed under the date's rules are counted, not named (EU-JP, 2 Dec 2027).
    eu_jp = compared("EU", "JP", date(2026, 12, 6))
    jp_points = bundled_points(eu_jp)
    blocks = dates_blocks(eu_jp, Extras(tuple(jp_points)), "the EU", "Japan", corpus)
    items = [words(item) for b in blocks if isinstance(b, Items) for item in b.items]
    december = next(item for item in items if item.startswith("2 Dec 2027"))
    assert re.search(r"— \d+ topics change verdict; the index stays 0\.35\.$", december), december


def test_the_other_dates_rules_start_on_are_named_after_those_that_move_the_picture() -> None:
    # Round 91, EU-KR: 1 Jul 2027 (PIPA Art. 32-2(1), proviso) and 24 Dec 2027 (eIDAS Art. 5f(2))
    # move scores in the matrix and were not on page 1, whose list read as every date on which the
    # picture changes. They are named after it, moving no verdict of their own topics nor the
    # printed index.
    from regalign.reports.dates_block import dates_blocks
    from regalign.reports.document import Items, words

    result = compared("EU", "KR", date(2026, 12, 8))
    blocks = dates_blocks(
        result, Extras(bundled_points(result)), "the EU", "Korea", bundled_corpus()
    )
    items = [words(item) for b in blocks if isinstance(b, Items) for item in b.items]
    assert items[-1] == (
        "Also 1 Jul 2027 (PIPA) and 24 Dec 2027 (eIDAS Regulation): rules start to apply; no "
        "verdict or printed index moves."
    )
    listed = [item[:11] for item in items[:-1]]
    assert listed == ["9 Mar 2027:", "2 Dec 2027:", "2 Aug 2028:"]
    # KR-JP lists no date that moves the picture, and names its quiet dates in the first line.
    kr_jp = compared("KR", "JP", date(2026, 12, 8))
    blocks = dates_blocks(kr_jp, Extras(bundled_points(kr_jp)), "Korea", "Japan", bundled_corpus())
    assert not any(
        words(item).startswith("Also") for b in blocks if isinstance(b, Items) for item in b.items
    )
