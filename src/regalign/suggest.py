"""Did-you-mean: the one place that finds the known words close to one that is not known.

Messages word the hint for their reader (a validation issue, a usage error); the matching is here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_WORD = 100  # a longer word is no slip of the keyboard, and matching it would only cost time


def close_matches(
    word: str,
    candidates: Iterable[str],
    n: int = 1,
    cutoff: float = 0.6,
    fold_case: bool = False,
) -> list[str]:
    """Up to ``n`` candidates close to ``word``, closest first; none for a word over 100 characters.

    ``fold_case`` compares lower-cased words and returns the candidates as they are written."""
    if len(word) > MAX_WORD:
        return []
    if not fold_case:
        return difflib.get_close_matches(word, list(candidates), n=n, cutoff=cutoff)
    pool = {c.lower(): c for c in candidates}
    return [
        pool[m] for m in difflib.get_close_matches(word.lower(), list(pool), n=n, cutoff=cutoff)
    ]
