"""Fixture files planted beside the bundled corpus, for behaviour the bundled data no longer shows.

``data/planted/jp-unread-penalties.yaml`` is a Japanese statute whose penalty chapter was recorded but
never read, on AI penalties (where Korea has rules): the bundled corpus held such a placeholder for
Japan's Electronic Signatures Act until that Act was read in full (7 Dec 2026).
"""

from __future__ import annotations

from pathlib import Path

from regalign.frameworks.corpus import Corpus
from regalign.frameworks.loader import load

PLANTED = Path(__file__).parent / "data" / "planted"
UNREAD_ID = "jp-planted-unread-act/penalties"
UNREAD_TOPIC = "ai.penalties"
UNREAD_ESIG_TOPIC = "esig.technology-neutrality"  # the planted statute's second unread record


def corpus_with_an_unread_chapter() -> Corpus:
    """The bundled corpus plus the planted Japanese statute with an unread penalty chapter."""
    result = load([PLANTED], use_env=False)
    assert result.valid, result.errors
    return result.corpus
