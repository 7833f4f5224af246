"""The Corpus: validated records indexed by framework, jurisdiction, topic and provision id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from regalign.schema.records import CrosswalkInfo, Framework, Provision, Relation, Topic


@dataclass(frozen=True)
class Origin:
    """Where a record was defined."""

    file: str
    line: int


@dataclass(frozen=True)
class CrosswalkRelation:
    """A curated relation together with the crosswalk it belongs to."""

    crosswalk_id: str
    relation: Relation


@dataclass
class Corpus:
    """All frameworks, provisions, topics and crosswalk relations, with the indexes comparisons need.

    Build one with :func:`regalign.load`. Provision ids are corpus-wide: ``framework-id/local-id``.
    """

    frameworks: dict[str, Framework] = field(default_factory=dict)
    provisions: dict[str, Provision] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    relations: list[CrosswalkRelation] = field(default_factory=list)
    origins: dict[str, Origin] = field(default_factory=dict)
    crosswalks: dict[str, str] = field(default_factory=dict)
    crosswalk_info: dict[str, CrosswalkInfo] = field(default_factory=dict)
    content_key: str = (
        ""  # SHA-256 of the files it was loaded from (see api/cache.py); "" when built in code
    )

    def add_framework(self, framework: Framework, provisions: Iterable[Provision]) -> None:
        """Add a framework and its provisions (the loader has already rejected duplicates)."""
        self.frameworks[framework.id] = framework
        for provision in provisions:
            self.provisions[f"{framework.id}/{provision.id}"] = provision
        self.__dict__.pop("_framework_provisions", None)
        self.__dict__.pop("_sanctioned_duties", None)

    def framework_of(self, provision_id: str) -> Framework:
        """The framework a provision belongs to."""
        return self.frameworks[provision_id.partition("/")[0]]

    def provisions_of(self, framework_id: str) -> tuple[str, ...]:
        """Provision ids of one framework, in file order."""
        return self._framework_provisions.get(framework_id, ())

    @cached_property
    def _framework_provisions(self) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for provision_id in self.provisions:
            grouped.setdefault(provision_id.partition("/")[0], []).append(provision_id)
        return {key: tuple(value) for key, value in grouped.items()}

    @property
    def jurisdictions(self) -> dict[str, tuple[str, ...]]:
        """Jurisdiction code -> ids of the frameworks it is party to, sorted."""
        index: dict[str, list[str]] = {}
        for framework in self.frameworks.values():
            for code in framework.jurisdictions:
                index.setdefault(code, []).append(framework.id)
        return {code: tuple(sorted(ids)) for code, ids in sorted(index.items())}

    def sanctioned_duties(self, penalty_id: str) -> tuple[str, ...]:
        """The provisions whose ``sanctioned_by`` names this penalty provision (the reverse link)."""
        return self._sanctioned_duties.get(penalty_id, ())

    @cached_property
    def _sanctioned_duties(self) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for provision_id, provision in self.provisions.items():
            for penalty_id in provision.sanctioned_by:
                grouped.setdefault(penalty_id, []).append(provision_id)
        return {key: tuple(sorted(value)) for key, value in grouped.items()}

    def children(self, topic_id: str) -> tuple[str, ...]:
        """Direct children of a topic, sorted."""
        return self._children.get(topic_id, ())

    @cached_property
    def _children(self) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for topic in self.topics.values():
            if topic.parent is not None:
                grouped.setdefault(topic.parent, []).append(topic.id)
        return {key: tuple(sorted(value)) for key, value in grouped.items()}

    def descendants(self, topic_id: str) -> tuple[str, ...]:
        """The topic and every topic below it, sorted."""
        prefix = topic_id + "."
        return tuple(sorted(t for t in self.topics if t == topic_id or t.startswith(prefix)))

    def provisions_under(self, topic_id: str) -> tuple[str, ...]:
        """Ids of provisions tagged with the topic or one of its descendants, in corpus order."""
        prefix = topic_id + "."
        return tuple(
            pid
            for pid, provision in self.provisions.items()
            if any(t == topic_id or t.startswith(prefix) for t in provision.topics)
        )

    def find(self, record_id: str) -> object | None:
        """A framework, provision or topic by id, or None."""
        return (
            self.frameworks.get(record_id)
            or self.provisions.get(record_id)
            or self.topics.get(record_id)
        )

    def known_ids(self) -> list[str]:
        """Every framework, provision and topic id and jurisdiction code, for 'did you mean' hints."""
        return sorted({*self.frameworks, *self.provisions, *self.topics, *self.jurisdictions})
