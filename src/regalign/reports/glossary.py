"""The few terms a briefing keeps, in a reader's words: the method annex's glossary, and the names
of the aspects two provisions are compared on (for the method annex and the heatmaps' columns).

Everything else in a briefing is written without the tool's vocabulary; a test reads page 1 and the
annexes for it (tests/reports/test_plain_words.py).
"""

from __future__ import annotations

# The aspects of a pair of provisions (the method's dimensions), as column heads a reader follows.
DIMENSION_WORDS = {
    "legal_force": "How binding",
    "intensity": "How demanding",
    "modality": "Kind of rule",
    "addressees": "Who is addressed",
    "addressee_class": "Businesses or the state",
    "scope_tier": "AI systems reached",
    "sanctions": "Penalties",
    "magnitude": "Size of numbers",
    "relation": "Expert match",
}
SCORE_WORDS = "Topic score"


def dimension_words(name: str) -> str:
    """'How binding' for 'legal_force'; an unknown name with its underscores as spaces."""
    return DIMENSION_WORDS.get(name, name.replace("_", " ").capitalize())


def glossary(
    aligned: float, partially: float, a: str, b: str, outside: bool = False
) -> tuple[tuple[str, str], ...]:
    """(term, meaning) for each term a briefing keeps, with the method's thresholds and the sides' names;
    'arguably outside' only where the briefing uses it (``outside``)."""
    return tuple(
        (term, meaning)
        for term, meaning in _terms(aligned, partially, a, b)
        if outside or term != ARGUABLY_OUTSIDE
    )


ARGUABLY_OUTSIDE = "Arguably outside"


def _terms(aligned: float, partially: float, a: str, b: str) -> tuple[tuple[str, str], ...]:
    return (
        (
            "Alignment index",
            "how close the two sides' rules are over every topic either addresses: 0 nothing in "
            "common, 1 the same rules.",
        ),
        ("Score", "the same for one topic, lowered where a provision has no counterpart."),
        ("Aligned", f"a score of {aligned:.2f} or more."),
        ("Partially aligned", f"from {partially:.2f} up to {aligned:.2f}, or held down to it."),
        ("Divergent", f"below {partially:.2f}, or held down by a rule of the method."),
        (f"Only {a}, only {b}", "one side has rules on the topic, the other none."),
        ("Borderline", "the verdict changes when the weights are varied."),
        ("As adopted", "every adopted rule, each from its own date; today: what applies now."),
        (
            "Joint commitment",
            "a commitment of an instrument both sides are party to; not counted as agreement.",
        ),
        (
            "Consistent, stricter, in tension",
            "a side's own law goes the same way as a commitment, further, or the other way; "
            "'runs the other way, not judged' where a rule runs against the commitment's topic but "
            "no expert judgement sets it against the commitment.",
        ),
        (
            ARGUABLY_OUTSIDE,
            "a side's own law runs against a commitment on its face, but the treaty's own scope "
            "clause or exception arguably leaves it out.",
        ),
        ("Best-efforts duty", 'a duty to try ("shall endeavour to"), not to achieve a result.'),
        ("Expert match", "two provisions matched by a person in a curated crosswalk."),
    )
