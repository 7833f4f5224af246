"""The corpus as a notebook sees it: a one-line repr and an HTML table of its frameworks."""

from __future__ import annotations

from regalign.frameworks import corpus as plain_corpus
from regalign.notebook.common import _html_table


class Corpus(plain_corpus.Corpus):
    """The loaded data (plain data, see frameworks/corpus.py), with a one-line repr and an HTML table
    of its frameworks; ``regalign.load()`` returns it. It shares its state with the plain corpus
    the service keeps (see :func:`corpus_view`)."""

    def __repr__(self) -> str:
        parties: dict[str, int] = {}
        for f in self.frameworks.values():
            for code in f.jurisdictions:
                parties[code] = parties.get(code, 0) + 1
        where = ", ".join(f"{code} {n}" for code, n in sorted(parties.items()))
        return (
            f"<Corpus: {len(self.frameworks)} frameworks ({where}), {len(self.provisions):,} "
            f"provisions, {len(self.topics)} topics, {len(self.relations):,} curated relations>"
        )

    def _repr_html_(self) -> str:
        rows = [
            [
                f.id,
                f.short_title,
                "+".join(f.jurisdictions),
                f.instrument_type.value,
                f.legal_force.value,
                f.status.value,
                len(self.provisions_of(f.id)),
            ]
            for f in sorted(self.frameworks.values(), key=lambda f: f.id)
        ]
        header = ["id", "short title", "parties", "type", "force", "status", "provisions"]
        return _html_table(repr(self), header, rows)


_CORPUS_VIEWS: dict[int, tuple[plain_corpus.Corpus, Corpus]] = {}


def corpus_view(plain: plain_corpus.Corpus) -> Corpus:
    """The view of a corpus: the same one for the same plain corpus (``load() is load()`` holds),
    sharing its state (one ``__dict__``), so that nothing is copied and nothing drifts apart."""
    if isinstance(plain, Corpus):
        return plain
    found = _CORPUS_VIEWS.get(id(plain))
    if found is not None and found[0] is plain:
        return found[1]
    made = object.__new__(Corpus)
    made.__dict__ = plain.__dict__
    _CORPUS_VIEWS[id(plain)] = (plain, made)
    return made
