"""What the cross-record checks share: a validated document (or the records of it that passed) with
its positions, and what is known beyond the valid documents (ids defined in files or records that
failed, the topics for suggestions).

Both ``checks.py`` and ``link_checks.py`` use these, so they live apart from either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Union

from regalign.frameworks.messages import suggestion
from regalign.frameworks.yamlsource import ParsedFile, PathPart, json_path, locate
from regalign.issues import Issue, make_issue
from regalign.sanitize import short_repr
from regalign.schema.records import (
    CrosswalkDocument,
    FrameworkDocument,
    Provision,
    Relation,
    TaxonomyDocument,
    Topic,
)

AnyDocument = Union[FrameworkDocument, TaxonomyDocument, CrosswalkDocument]


@dataclass(frozen=True)
class Records:
    """The records of a file whose header failed its own checks, checked on their own.

    Checks that need the header (a framework's events, parties and sources) cannot run on them;
    the loader says so in a W460 issue.
    """

    kind: str
    provisions: tuple[Provision, ...] = ()
    topics: tuple[Topic, ...] = ()
    relations: tuple[Relation, ...] = ()

    @classmethod
    def of(cls, kind: str, records: Sequence[object]) -> Records:
        """The records of a file of ``kind``, each in its list."""
        return cls(
            kind,
            tuple(r for r in records if isinstance(r, Provision)),
            tuple(r for r in records if isinstance(r, Topic)),
            tuple(r for r in records if isinstance(r, Relation)),
        )


RECORD_FIELDS = {"framework": "provisions", "taxonomy": "topics", "crosswalk": "relations"}


@dataclass(frozen=True)
class LoadedDocument:
    """A file that passed structural validation, or the part of it that did.

    ``document`` holds the records that passed; when some did not, ``indices`` says where each of
    them stands in the file, so that issues point at the right lines.
    """

    parsed: ParsedFile
    document: AnyDocument | Records
    indices: tuple[int, ...] | None = None

    @property
    def complete(self) -> bool:
        """True when the whole file passed: only such files go into the corpus."""
        return self.indices is None and not isinstance(self.document, Records)

    def real(self, path: Sequence[PathPart]) -> list[PathPart]:
        """The path in the file of a path into ``document`` (record positions mapped back)."""
        parts = list(path)
        if (
            self.indices is not None
            and len(parts) >= 2
            and parts[0] == RECORD_FIELDS.get(self.document.kind)
            and isinstance(parts[1], int)
        ):
            parts[1] = self.indices[parts[1]]
        return parts

    def line(self, path: Sequence[PathPart]) -> int:
        """The line of the value at a path into ``document``."""
        return locate(self.parsed.root, self.real(path))[0]

    def where(self, path: Sequence[PathPart]) -> str:
        """'file:line' of the value at a path into ``document``."""
        return f"{self.parsed.name}:{self.line(path)}"

    def issue(self, code: str, path: Sequence[PathPart], message: str) -> Issue:
        real = self.real(path)
        line, column = locate(self.parsed.root, real)
        return make_issue(code, self.parsed.name, line, column, message, json_path(real))


class Known:
    """What the checks know beyond the valid documents: ids defined in files that failed, and the topics
    (for suggestions, made for the first few unknown topics of each file: nobody reads past those)."""

    SUGGESTIONS_PER_FILE = 100

    def __init__(self, failed: Mapping[tuple[str, str], str]) -> None:
        self.failed = failed
        self.topics: set[str] = set()
        self._budget: dict[str, int] = {}
        self._memo: dict[str, str | None] = {}

    def failed_in(self, kind: str, record_id: str) -> str:
        """' ... defined in FILE (or FILE:LINE), which has errors of its own' or ''."""
        where = self.failed.get((kind, record_id))
        return (
            f"{kind} {record_id!r} is defined in {where}, which has errors of its own; fix "
            f"{'that record' if kind in ('topic', 'provision') else 'that file'} first"
            if where
            else ""
        )

    def unknown_topic(self, file: str, topic: str) -> str:
        """The message for a topic no valid taxonomy defines."""
        cascade = self.failed_in("topic", topic)
        if cascade:
            return cascade
        left = self._budget.get(file, self.SUGGESTIONS_PER_FILE)
        if topic not in self._memo and left > 0:
            self._budget[file] = left - 1
            self._memo[topic] = suggestion(topic, self.topics)
        close = self._memo.get(topic)
        return f"unknown topic {short_repr(topic)}" + (
            f" (did you mean {close!r}?)" if close else ""
        )
