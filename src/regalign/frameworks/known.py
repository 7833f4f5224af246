"""What the cross-record checks share: a validated document with its positions, and what is known
beyond the valid documents (ids defined in files that failed, the topics for suggestions).

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
from regalign.schema.records import CrosswalkDocument, FrameworkDocument, TaxonomyDocument

AnyDocument = Union[FrameworkDocument, TaxonomyDocument, CrosswalkDocument]


@dataclass(frozen=True)
class LoadedDocument:
    """A file that passed structural validation."""

    parsed: ParsedFile
    document: AnyDocument

    def issue(self, code: str, path: Sequence[PathPart], message: str) -> Issue:
        line, column = locate(self.parsed.root, path)
        return make_issue(code, self.parsed.name, line, column, message, json_path(path))


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
        """' ... defined in FILE, which has errors of its own' or ''."""
        where = self.failed.get((kind, record_id))
        return (
            f"{kind} {record_id!r} is defined in {where}, which has errors of its own; fix that file first"
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
