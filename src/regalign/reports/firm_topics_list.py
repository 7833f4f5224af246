"""The full briefing's list of the topics behind page 1's 'For firms' count, so that a reader can
check the count against the rows (round 69, EU-KR: a reader rebuilt the fifteen topics from the
matrix, counted two that are not among them, and struck the figure)."""

from __future__ import annotations

from regalign.comparisons.results import Comparison
from regalign.frameworks.corpus import Corpus
from regalign.reports.citations import pinpoints
from regalign.reports.citing import LIMIT
from regalign.reports.document import Paragraph, plain
from regalign.reports.implications import firm_topics
from regalign.reports.wording import number_words, side_name, topic_words


def firm_topics_paragraphs(result: Comparison, corpus: Corpus) -> tuple[Paragraph, ...]:
    """'The N topics on which the EU alone binds firms, as adopted (page 1, "For firms"): prohibited
    practices (EU AI Act Arts 5(1)(a), 5(1)(b) and 5 more); ...', one paragraph per side that has
    any; none when page 1 names a single duty or none."""
    found = firm_topics(result, corpus)
    names = {"a": side_name(result.side_a), "b": side_name(result.side_b)}
    paragraphs = []
    for side in ("a", "b"):
        units = found[side]
        if len(units) < 2:
            continue
        other = names["b" if side == "a" else "a"]
        listed = "; ".join(
            f"{topic_words(unit)} ({pinpoints(duties, LIMIT)})" for unit, duties in units
        )
        paragraphs.append(
            Paragraph(
                plain(
                    f"The {number_words(len(units))} topics on which {names[side]} binds firms and "
                    f"{other} does not, as adopted (page 1, 'For firms'), by importance: {listed}."
                )
            )
        )
    return tuple(paragraphs)
