"""Files -> parsed YAML -> validated records -> a Corpus, with every problem collected as an Issue.

The loader is one of the places (with the application service's cache and the CLI) that touch the
file system. It reads the files that ``frameworks/sources.py`` lists (the bundled data, then the user's paths:
``REGALIGN_DATA`` and explicit paths), in a fixed order so that results are reproducible. It keeps
nothing: caching loaded corpora is the application service's (``regalign.api``).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from regalign.frameworks.checks import run_checks
from regalign.frameworks.corpus import Corpus, CrosswalkRelation, Origin
from regalign.frameworks.editorial import editorial_issues
from regalign.frameworks.known import LoadedDocument
from regalign.frameworks.partial import keep_passed
from regalign.frameworks.recall import offer, recall
from regalign.frameworks.rules import IssueRules, Suppressions, find_suppressions
from regalign.frameworks.sniff import looks_like_data
from regalign.frameworks.sources import (
    BUNDLED_PREFIX,
    Read,
    SourceFile,
    read_sources,
    sources,
)
from regalign.frameworks.yamlsource import MAX_FILE_BYTES, parse_bytes
from regalign.issues import MAX_ISSUES_PER_FILE, FileIssues, Issue, sort_issues
from regalign.schema.records import CrosswalkDocument, FrameworkDocument, TaxonomyDocument


@dataclass
class LoadResult:
    """The corpus built from every valid file, and every problem found."""

    corpus: Corpus
    issues: list[Issue]
    files: list[str] = field(default_factory=list)
    user_files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # YAML files that are not regalign data

    @property
    def valid(self) -> bool:
        """True when no error (warnings allowed) was found."""
        return not any(issue.is_error for issue in self.issues)

    @property
    def errors(self) -> list[Issue]:
        """Only the errors."""
        return [issue for issue in self.issues if issue.is_error]


def load_files(
    sources: Sequence[SourceFile],
    max_bytes: int = MAX_FILE_BYTES,
    *,
    max_issues: int = MAX_ISSUES_PER_FILE,
    rules: IssueRules | None = None,
    skip_non_data: bool = False,
    editorial: bool = False,
) -> LoadResult:
    """Load the given files into one corpus, checking them together (see :func:`parse_sources`)."""
    return parse_sources(
        read_sources(sources, max_bytes),
        max_bytes,
        max_issues=max_issues,
        rules=rules,
        skip_non_data=skip_non_data,
        editorial=editorial,
    )


def parse_sources(
    read: Sequence[Read],
    max_bytes: int = MAX_FILE_BYTES,
    *,
    max_issues: int = MAX_ISSUES_PER_FILE,
    content_key: str = "",
    rules: IssueRules | None = None,
    skip_non_data: bool = False,
    editorial: bool = False,
) -> LoadResult:
    """Parse, validate and check files already read (see :func:`read_sources`) into one corpus.

    At most ``max_issues`` issues are listed per file, then one summary issue (E113 or W406). A
    file found by walking a directory (or any user file, with ``skip_non_data``) that is not
    regalign data (see ``sniff.py``) is skipped and listed in ``skipped``. With ``rules``, only the
    issues they select are kept, and the files' ``# regalign: ignore[...]`` comments are honoured
    (``validate`` passes them; the corpus itself never depends on them). ``content_key`` names the
    bytes read (the application service's cache key); the corpus keeps it. With ``editorial``
    (validating), the editorial checks run too (W410-W414, see ``editorial.py``).
    """
    skipped = sorted(
        s.name
        for s, raw, _ in read
        if raw is not None and _skippable(s, skip_non_data) and not looks_like_data(raw)
    )
    if skipped:
        gone = set(skipped)
        read = [entry for entry in read if entry[0].name not in gone]
    sinks: dict[str, FileIssues] = {}
    loaded: list[LoadedDocument] = []
    failed: dict[tuple[str, str], str] = {}
    # Building values creates millions of small objects and few reference cycles; pausing the cyclic
    # garbage collector meanwhile makes loading a large corpus several times faster.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for source, raw, problem in read:
            keep, notes = _keep(source.name, raw, rules)
            sink = sinks.setdefault(source.name, FileIssues(source.name, max_issues, keep))
            if problem is not None:
                sink.add(problem)
            else:
                assert raw is not None
                again = recall(source.name, raw, max_bytes, sink) if rules is None else None
                if again is not None:
                    loaded.append(again)
                else:
                    parsed = parse_bytes(raw, source.name, max_bytes, sink)
                    before = len(loaded)
                    keep_passed(parsed, loaded, failed)
                    offer(source.name, raw, max_bytes, parsed, loaded[before:])
            sink.extend(notes)
        found = run_checks(loaded, failed)
        if editorial:
            found = [*found, *editorial_issues(loaded)]
        for issue in found:
            sinks.setdefault(issue.file, FileIssues(issue.file, max_issues)).add(issue)
        corpus = build_corpus(loaded)
    finally:
        if collecting:
            gc.enable()
    corpus.content_key = content_key
    return LoadResult(
        corpus=corpus,
        issues=sort_issues(issue for sink in sinks.values() for issue in sink.result()),
        files=[s.name for s, _, _ in read],
        user_files=[s.name for s, _, _ in read if not s.bundled],
        skipped=skipped,
    )


def _skippable(source: SourceFile, skip_non_data: bool) -> bool:
    return not source.bundled and (source.walked or skip_non_data)


def _keep(
    name: str, raw: bytes | None, rules: IssueRules | None
) -> tuple[Callable[[Issue], bool] | None, list[Issue]]:
    """Which issues of one file are reported under ``rules`` and its suppression comments, and the
    W461 issues of comments that name no code."""
    if rules is None:
        return None, []
    found = (
        find_suppressions(raw.decode("utf-8", "replace"), name)
        if rules.inline and raw is not None and b"regalign:" in raw
        else Suppressions()
    )
    relative = _relative(name, rules.base)
    chosen: dict[str, bool] = {}

    def keep(issue: Issue) -> bool:
        if issue.code not in chosen:
            chosen[issue.code] = rules.selects(issue.code, relative)
        return chosen[issue.code] and not found.hides(issue)

    return keep, found.problems


def _relative(name: str, base: str) -> str:
    """A file's path relative to ``base``, '/'-separated, for per-file globs (bundled names as shown)."""
    if name.startswith(BUNDLED_PREFIX):
        return name
    try:
        return Path(os.path.relpath(os.path.abspath(name), base)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(name).as_posix()


def build_corpus(loaded: Sequence[LoadedDocument]) -> Corpus:
    """Index the valid documents; the first definition of a duplicated id wins."""
    corpus = Corpus()
    loaded = [item for item in loaded if item.complete]  # a file with errors is not compared
    for item in loaded:
        doc, parsed = item.document, item.parsed
        if isinstance(doc, TaxonomyDocument):
            for i, topic in enumerate(doc.topics):
                if topic.id not in corpus.topics:
                    corpus.topics[topic.id] = topic
                    corpus.origins[topic.id] = Origin(parsed.name, parsed.locate(["topics", i])[0])
        elif isinstance(doc, FrameworkDocument) and doc.framework.id not in corpus.frameworks:
            unique = {}
            for i, provision in enumerate(doc.provisions):
                if provision.id not in unique:
                    unique[provision.id] = provision
                    corpus.origins[f"{doc.framework.id}/{provision.id}"] = Origin(
                        parsed.name, parsed.locate(["provisions", i])[0]
                    )
            corpus.add_framework(doc.framework, unique.values())
            corpus.origins[doc.framework.id] = Origin(parsed.name, parsed.locate(["framework"])[0])
    for item in loaded:
        doc = item.document
        if isinstance(doc, CrosswalkDocument) and doc.crosswalk.id not in corpus.crosswalks:
            corpus.crosswalks[doc.crosswalk.id] = doc.crosswalk.title
            corpus.crosswalk_info[doc.crosswalk.id] = doc.crosswalk
            for relation in doc.relations:
                if relation.source in corpus.provisions and relation.target in corpus.provisions:
                    corpus.relations.append(CrosswalkRelation(doc.crosswalk.id, relation))
    return corpus


def load(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    bundled: bool = True,
    use_env: bool = True,
    max_bytes: int = MAX_FILE_BYTES,
    max_issues: int = MAX_ISSUES_PER_FILE,
    rules: IssueRules | None = None,
    exclude: Callable[[Path], bool] | None = None,
    skip_non_data: bool = False,
    editorial: bool = False,
) -> LoadResult:
    """Load the bundled corpus (unless ``bundled=False``), then REGALIGN_DATA, then ``paths``.

    ``rules``, ``exclude``, ``skip_non_data`` and ``editorial`` are the linter's (see
    ``parse_sources`` and ``user_files``). Nothing is cached here: the application service (``regalign.api``) keeps
    loaded corpora.
    """
    return load_files(
        sources(paths, bundled=bundled, use_env=use_env, exclude=exclude),
        max_bytes,
        max_issues=max_issues,
        rules=rules,
        skip_non_data=skip_non_data,
        editorial=editorial,
    )
