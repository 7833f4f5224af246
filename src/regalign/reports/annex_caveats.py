"""Annex F of the briefing: what a reader must bear in mind, in plain words (no field names, no
internal ids, no repository names)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.reports.document import (
    Block,
    Heading,
    Items,
    Paragraph,
    Section,
    plain,
)
from regalign.reports.wording import day, language
from regalign.schema.records import Framework
from regalign.schema.vocab import EnglishText, Evidence, LegalForce


def language_caveats(frameworks: Sequence[Framework]) -> list[str]:
    """What the English text is worth, built from the authentic languages recorded (never from the
    language that happened to be read): nothing for a text authentic in English; the authentic
    languages otherwise; and a plain 'not recorded' where nobody read the final clause."""
    authentic: dict[tuple[str, ...], list[str]] = {}
    unknown: list[str] = []
    for f in frameworks:
        if not f.authentic_languages:
            if f.english_text is not EnglishText.ORIGINAL:
                unknown.append(f.short_title)
            continue
        if "en" in f.authentic_languages:
            continue
        authentic.setdefault(tuple(sorted(f.authentic_languages)), []).append(f.short_title)
    items = []
    for codes, names in sorted(authentic.items()):
        languages = " and ".join(language(c) for c in codes)
        items.append(
            f"{', '.join(names)}: authentic in {languages} only; the English titles, summaries and "
            "headings here are translations."
        )
    if unknown:
        items.append(
            f"{', '.join(unknown)}: the languages in which the text is authentic were not recorded; the "
            "summaries rest on a translation or on the text that was read."
        )
    return items


def caveats(result: Comparison, corpus: Corpus, prepared: date, detail: str) -> Section:
    """What a reader must bear in mind, in plain words."""
    ids = dict.fromkeys((*result.side_a.framework_ids, *result.side_b.framework_ids))
    frameworks = [corpus.frameworks[f] for f in ids]
    refs = {r.id: r for t in result.topics for r in (*t.adopted.stance_a, *t.adopted.stance_b)}
    unverified = sum(1 for r in refs.values() if not r.provision.pinpoint_verified)
    weak = sum(1 for r in refs.values() if r.provision.evidence is not Evidence.PRIMARY)
    weak_dates = sum(
        1
        for r in refs.values()
        if r.provision.date_evidence is not Evidence.PRIMARY
        and r.provision.evidence is Evidence.PRIMARY
    )
    checked = sorted({f.checked for f in frameworks})
    items = [
        "This briefing is not legal advice. It summarises records of the legal texts in plain words; read "
        "the cited texts before relying on any point."
    ]
    if checked:
        when = (
            f"on {day(checked[0])}"
            if len(checked) == 1
            else f"between {day(checked[0])} and {day(checked[-1])}"
        )
        items.append(
            f"The records were last checked against their sources {when}; rules may have changed since."
        )
    if unverified:
        items.append(
            f"{unverified} provisions cited here have an article number that no source we read confirmed; "
            "they are marked “unverified”."
        )
    if weak:
        items.append(
            f"{weak} provisions rest on commentary or on unofficial copies rather than the official text; "
            "the annex of provisions says which."
        )
    if weak_dates:
        items.append(
            f"{weak_dates} application dates rest on secondary reports (for example dates moved by a "
            "recent amending act); they are marked “secondary source” beside the date."
        )
    items += language_caveats(frameworks)
    soft = [f.short_title for f in frameworks if f.legal_force is not LegalForce.BINDING]
    if len(soft) > 5:  # Annex A marks each; a list this long would only repeat it
        items.append(
            f"{len(soft)} instruments are not binding (voluntary or non-binding in Annex A); their "
            "provisions count as such."
        )
    elif soft:
        items.append(
            "Not binding: "
            + ", ".join(soft)
            + ". Their provisions count as voluntary or non-binding."
        )
    pending = [corpus.frameworks[f].short_title for f in result.pending]
    if pending:
        items.append(
            "Signed or adopted but not in force: "
            + ", ".join(pending)
            + ". Today their provisions count "
            "as voluntary commitments; once every adopted rule applies, as binding."
        )
    blocks: list[Block] = [Items(tuple(plain(i) for i in items))]
    if detail == "full":
        notes = [plain(f"{f.short_title}: {c}") for f in frameworks for c in f.caveats]
        if notes:
            blocks += [
                Paragraph(plain("Curators' notes on each instrument (technical):")),
                Items(tuple(notes)),
            ]
    return Section(Heading(2, "Annex F. Caveats", "caveats"), tuple(blocks), collapsible=True)
