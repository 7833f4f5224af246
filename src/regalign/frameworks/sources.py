"""The files a load reads, listed and read but not parsed: the bundled corpus, REGALIGN_DATA and the
paths given.

Kept apart from the loader (which parses and validates with pydantic) so that what depends only on
the files' bytes, such as the key of a cached briefing, is worked out without importing the models.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from regalign.frameworks.files import (
    MAX_FILE_BYTES,
    ReadError,
    expand_directory,
    os_message,
    read_regular_file,
)
from regalign.issues import Issue, make_issue

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

BUNDLED_PREFIX = "<bundled>"
DATA_ENV = "REGALIGN_DATA"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class SourceFile:
    """A file to load: its display name, and how to read it (or why it cannot be read)."""

    name: str
    path: Path | None = None
    resource: Traversable | None = None
    bundled: bool = False
    problem: str | None = None  # an E101 message found while listing, e.g. an unreadable directory
    walked: bool = False  # found by walking a directory (not named by the user)

    def read(self, max_bytes: int) -> tuple[bytes | None, Issue | None]:
        """The file's bytes, or an E101/E102 issue."""
        if self.problem is not None:
            return None, make_issue("E101", self.name, 1, 1, self.problem)
        if self.resource is not None:
            try:
                return self.resource.read_bytes(), None
            except OSError as exc:
                return None, make_issue("E101", self.name, 1, 1, f"cannot read: {os_message(exc)}")
        assert self.path is not None
        try:
            return read_regular_file(self.path, max_bytes), None
        except ReadError as exc:
            return None, make_issue(exc.code, self.name, 1, 1, exc.message)


def bundled_files() -> list[SourceFile]:
    """The YAML files shipped inside the package, sorted by their display name."""
    root = resources.files("regalign.frameworks") / "data"
    found: list[SourceFile] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in node.iterdir():
            name = f"{prefix}/{child.name}"
            if child.is_dir():
                walk(child, name)
            elif child.name.endswith(YAML_SUFFIXES):
                found.append(SourceFile(name=BUNDLED_PREFIX + name, resource=child, bundled=True))

    walk(root, "")
    return sorted(found, key=lambda f: f.name)


def user_files(
    paths: Iterable[str | os.PathLike[str]], exclude: Callable[[Path], bool] | None = None
) -> list[SourceFile]:
    """Expand files and directories (recursively, *.yaml and *.yml) in the order given.

    ``exclude`` leaves out files and folders found by walking a directory (a file named in ``paths``
    is always read).
    """
    found: list[SourceFile] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        walked = os.path.isdir(path)
        problems: list[tuple[Path, str]]
        if not walked:
            candidates, problems = [path], []
        else:
            candidates, problems = expand_directory(path, YAML_SUFFIXES, exclude)
            if not candidates and not problems:
                problems = [(path, "directory holds no .yaml or .yml files")]
        found.extend(
            SourceFile(name=str(where), path=where, problem=why) for where, why in problems
        )
        for candidate in candidates:
            key = candidate.resolve() if os.path.exists(candidate) else candidate
            if key not in seen:
                seen.add(key)
                found.append(SourceFile(name=str(candidate), path=candidate, walked=walked))
    return found


def env_paths() -> list[str]:
    """Paths listed in REGALIGN_DATA (separated like PATH)."""
    value = os.environ.get(DATA_ENV, "")
    return [part for part in value.split(os.pathsep) if part.strip()]


Read = tuple[SourceFile, bytes | None, Issue | None]


def read_sources(sources: Sequence[SourceFile], max_bytes: int = MAX_FILE_BYTES) -> list[Read]:
    """Each source with its bytes, or the E101/E102 issue that says why it could not be read."""
    return [(source, *source.read(max_bytes)) for source in sources]


def sources(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    bundled: bool = True,
    use_env: bool = True,
    exclude: Callable[[Path], bool] | None = None,
) -> list[SourceFile]:
    """The files a load reads: the bundled corpus (unless ``bundled=False``), then REGALIGN_DATA,
    then ``paths``, in that order (``exclude`` leaves out files found by walking a directory)."""
    named = user_files([*(env_paths() if use_env else []), *paths], exclude)
    # A bundled file named explicitly (e.g. by a curator editing the package) is read once,
    # under the name the user gave.
    named_paths = {s.path.resolve() for s in named if s.path is not None and os.path.exists(s.path)}
    return [
        *(
            s
            for s in (bundled_files() if bundled else [])
            if not named_paths or _resource_path(s) not in named_paths
        ),
        *named,
    ]


def _resource_path(source: SourceFile) -> Path | None:
    try:
        return Path(str(source.resource)).resolve()
    except (TypeError, ValueError, OSError):
        return None
