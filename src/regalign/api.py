"""The functions a notebook user calls: load a corpus, validate files."""

from __future__ import annotations

import os
from typing import Union

from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import load as _load
from regalign.issues import Issue

PathLike = Union[str, "os.PathLike[str]"]


class CorpusError(Exception):
    """Raised by :func:`load` when the data has errors; ``issues`` holds every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        errors = [i for i in issues if i.is_error]
        shown = "\n".join(i.as_text() for i in errors[:10])
        more = f"\n... and {len(errors) - 10} more" if len(errors) > 10 else ""
        super().__init__(f"{len(errors)} error(s) in the data:\n{shown}{more}")


def load(*paths: PathLike, bundled: bool = True) -> Corpus:
    """Load the bundled corpus plus any extra files or directories, and return the Corpus.

    >>> corpus = regalign.load()                     # doctest: +SKIP
    >>> corpus.frameworks["eu-ai-act"].short_title   # doctest: +SKIP

    Raises :class:`CorpusError` listing every problem if the data has errors; use
    :func:`validate` to get the problems as values instead.
    """
    result = _load(paths, bundled=bundled)
    if not result.valid:
        raise CorpusError(result.issues)
    return result.corpus


def validate(*paths: PathLike, bundled: bool = True) -> list[Issue]:
    """Check files (with the bundled corpus unless ``bundled=False``) and return every issue, sorted."""
    return _load(paths, bundled=bundled).issues
