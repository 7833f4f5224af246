"""Annex D of the briefing: the method in a few lines, with the weights, thresholds, caps and the
terms that remain."""

from __future__ import annotations

from regalign.comparisons.results import Comparison
from regalign.reports.document import (
    Heading,
    Items,
    Paragraph,
    Section,
    Table,
    bold,
    plain,
    run,
)
from regalign.reports.glossary import dimension_words, glossary
from regalign.reports.method_words import CAP_LABELS
from regalign.reports.wording import day, side_name
from regalign.schema.method import DIMENSIONS


def method(result: Comparison) -> Section:
    """The method in a few lines, with the weights, thresholds and caps used."""
    m = result.method
    # One aspect a row: nine narrow columns would break their names mid-word in Word.
    weights = Table(
        ("Aspect of a pair", "Weight"),
        tuple(
            (plain(dimension_words(d)), plain(f"{getattr(m.dimensions, d):.2f}"))
            for d in DIMENSIONS
        ),
        (4, 1),
    )
    caps = list(
        dict.fromkeys(  # two rules may read the same to a reader: say it once
            [
                f"{CAP_LABELS[name.replace('_', '-')]}: at most {getattr(m.caps, name).verdict.replace('-', ' ')}"
                for name in type(m.caps).model_fields
                if getattr(m.caps, name).enabled
            ]
            + [f"{CAP_LABELS['no-counterpart']}: divergent"]
        )
    )
    text = (
        "Each topic is compared provision by provision: each provision meets the provision of the other "
        "side that regulates the same thing (an expert crosswalk match, the same subject regulated in "
        "opposite directions, a number for the same thing, penalties for the same breach, or the same kind "
        "of rule for the same addressees); one without a counterpart is a gap of its side, and guidance "
        "that elaborates a binding rule of its own side supports that rule. Each pair is scored on the "
        "aspects in the table below, with its weights; "
        "a topic scores the mean of its pairs, lowered in proportion to its gaps, and rules of the "
        "method may hold its verdict down whatever the score says. Instruments "
        "both sides are party to are not counted on either side, nor are instruments about a third country. "
        "Verdicts read the law as adopted; what applies today is shown beside it. "
        f"Ranges: {m.sensitivity.draws} weight sets varied by up to ±{m.sensitivity.spread:.0%}. Amounts are "
        f"compared in euros at the European Central Bank's rates of {day(m.exchange_rates.date)}. "
        "Calibration against published expert comparisons and a worked example: the methodology page of the "
        "regalign documentation."
    )
    a, b = side_name(result.side_a), side_name(result.side_b)
    outside = any("arguably-outside" in (j.a.verdict, j.b.verdict) for j in result.joint)
    terms = glossary(m.thresholds.aligned, m.thresholds.partially_aligned, a, b, outside)
    return Section(
        Heading(2, "Annex D. Method", "method"),
        (
            Paragraph(plain(text)),
            weights,
            Paragraph(plain("Rules that hold a verdict down: " + "; ".join(caps) + ".")),
            Paragraph(plain("Terms used in this briefing:")),
            Items(tuple((bold(term), run(f": {meaning}")) for term, meaning in terms)),
        ),
        collapsible=True,
    )
