"""Which issues a validation reports: codes selected and ignored, per-file ignores, inline comments.

The conventions are ruff's and yamllint's. A code or a prefix (``W4``, ``E3``) is selected with
``select`` and left out with ``ignore``; when both match a code, the longer (more specific) one wins,
and ``ignore`` wins a tie. ``per-file-ignores`` maps path globs to codes. In a data file, the comment
``# regalign: ignore[W402]`` leaves out the named codes on its own line (a bare ``# regalign: ignore``
all of them), and ``# regalign: ignore-file[W407]`` anywhere leaves them out of the whole file.

Problems that stop a file or a record from loading (``E1xx`` and ``E2xx``, the ``E113`` summary
among them) are always reported, as ruff always reports syntax errors: a record with one is left
out of the corpus, and hiding that would hide lost data.

Everything here is pure: the loader reads the files, the CLI reads the configuration.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from regalign.frameworks.messages import did_you_mean
from regalign.issues import CATALOGUE, Issue, make_issue

ALWAYS_REPORTED = ("E1", "E2")
_CODE = re.compile(r"^[EW][0-9]{0,3}$")
# A YAML comment starts at a '#' at the start of a line or after whitespace.
_COMMENT = re.compile(
    r"(?:^|[ \t])#[ \t]*regalign:[ \t]*(?P<what>ignore-file|ignore)\b(?:\[(?P<codes>[^\]\n]*)\])?"
)


class RulesError(ValueError):
    """A code or prefix that names no issue, or one that cannot be left out."""


def always_reported(code: str) -> bool:
    """True for codes that no selection, ignore or comment can hide."""
    return code.startswith(ALWAYS_REPORTED)


def check_codes(values: Iterable[str], where: str) -> tuple[str, ...]:
    """Codes and prefixes, upper-cased and checked: each must name an issue that can be left out.

    ``where`` names the option or setting for the message (``--ignore``, ``select in pyproject.toml``).
    """
    found: list[str] = []
    for raw in values:
        for value in (part.strip().upper() for part in str(raw).split(",")):
            if not value:
                continue
            matches = [code for code in CATALOGUE if code.startswith(value)]
            if not _CODE.match(value) or not matches:
                raise RulesError(
                    f"{where}: {value!r} is not an issue code or prefix (like W402 or W4)"
                    + did_you_mean(value, CATALOGUE)
                )
            if all(always_reported(code) for code in matches):
                raise RulesError(
                    f"{where}: {value} cannot be left out: E1xx and E2xx problems stop a file or "
                    "record from loading, so they are always reported"
                )
            if value not in found:
                found.append(value)
    return tuple(found)


def path_matches(pattern: str, relative: str) -> bool:
    """True when a glob matches a path (``/``-separated, relative to the glob's base) or a folder of it.

    A glob without ``/`` also matches any single file or folder name (``mkdocs.yml``, ``drafts``);
    ``*`` matches across ``/`` as in fnmatch.
    """
    pattern = pattern.strip().replace("\\", "/").removeprefix("./").rstrip("/")
    if not pattern:
        return False
    parts = PurePosixPath(relative).parts
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    if "/" not in pattern:
        candidates.extend(parts)
    return any(fnmatch.fnmatchcase(candidate, pattern) for candidate in candidates)


@dataclass(frozen=True)
class IssueRules:
    """Which codes are reported, overall and per file (paths relative to ``base``)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()
    base: str = "."  # the folder per-file globs are relative to (the configuration file's)
    inline: bool = True  # honour `# regalign: ignore[...]` comments

    def selects(self, code: str, relative: str | None = None) -> bool:
        """True when ``code`` is reported in the file at ``relative`` (None: no per-file ignores)."""
        if always_reported(code):
            return True
        ignore = list(self.ignore)
        if relative is not None:
            for pattern, codes in self.per_file:
                if path_matches(pattern, relative):
                    ignore.extend(codes)
        chosen = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        if not self.select:
            chosen = 0
        dropped = max((len(p) for p in ignore if code.startswith(p)), default=-1)
        return chosen >= 0 and chosen > dropped

    @property
    def active(self) -> bool:
        """False when these rules report everything (no work to do)."""
        return bool(self.select or self.ignore or self.per_file)


@dataclass
class Suppressions:
    """The ``# regalign: ignore[...]`` comments of one file."""

    lines: dict[int, tuple[str, ...]] = field(default_factory=dict)  # () means every code
    whole_file: tuple[str, ...] | None = None
    problems: list[Issue] = field(default_factory=list)  # W461: comments that name no code

    def hides(self, issue: Issue) -> bool:
        """True when a comment leaves this issue out."""
        if always_reported(issue.code):
            return False
        for codes in (self.whole_file, self.lines.get(issue.line)):
            if codes is not None and (not codes or issue.code.startswith(codes)):
                return True
        return False


def find_suppressions(text: str, name: str) -> Suppressions:
    """Read the suppression comments of a file's text (cheap when there are none)."""
    found = Suppressions()
    if "regalign:" not in text:
        return found
    for number, line in enumerate(text.splitlines(), start=1):
        if "regalign:" not in line:
            continue
        for match in _COMMENT.finditer(line):
            codes = _comment_codes(match.group("codes"), name, number, match.start("what"), found)
            if codes is None:
                continue
            if match.group("what") == "ignore-file":
                found.whole_file = _merge(found.whole_file, codes)
            else:
                found.lines[number] = _merge(found.lines.get(number), codes)
    return found


def _comment_codes(
    written: str | None, name: str, line: int, column: int, found: Suppressions
) -> tuple[str, ...] | None:
    if written is None:
        return ()
    if not written.strip():
        found.problems.append(
            make_issue(
                "W461",
                name,
                line,
                column + 1,
                "the comment names no code between [ and ]; write ignore[W402], or a bare "
                "ignore for every code on the line; the comment has no effect",
            )
        )
        return None
    codes: list[str] = []
    for value in written.split(","):
        try:
            codes.extend(check_codes([value], "this comment"))
        except RulesError as exc:
            found.problems.append(
                make_issue("W461", name, line, column + 1, f"{exc}; the comment has no effect")
            )
    return tuple(codes) if codes else None


def _merge(old: tuple[str, ...] | None, new: Sequence[str]) -> tuple[str, ...]:
    if old == () or not new:
        return ()
    return tuple(dict.fromkeys([*(old or ()), *new]))
