"""Fixture files planted beside the bundled corpus, for behaviour the bundled data no longer shows.

``data/planted/jp-unread-penalties.yaml`` is a Japanese statute whose penalty chapter was recorded but
never read, on AI penalties (where Korea has rules): the bundled corpus held such a placeholder for
Japan's Electronic Signatures Act until that Act was read in full (7 Dec 2026). Its second unread
article sits on technology neutrality, where Japan's own definition of an electronic signature has
been filed since round 40; the planted corpus takes that definition off the topic, so that the
unread article is Japan's only record there, as the tests need.
"""

from __future__ import annotations

import dataclasses
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
    corpus = result.corpus
    definition = "jp-electronic-signatures-act/art-2-1"
    record = corpus.provisions[definition]
    kept = tuple(t for t in record.topics if t != UNREAD_ESIG_TOPIC)
    provisions = dict(corpus.provisions)
    provisions[definition] = record.model_copy(update={"topics": kept})
    return dataclasses.replace(corpus, provisions=provisions)
