"""Reading the user's files: regular files only, and never more bytes than the size cap.

The size a file reports (``st_size``) cannot be trusted: it is 0 for devices, pipes and many
``/proc`` files, and a file can grow while it is read. So the file is opened without blocking (a
FIFO with no writer would otherwise hang the open), checked to be a regular file on the open
descriptor (no race with a rename), and read in chunks until one byte past the cap.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

MAX_FILE_BYTES = 8 * 1024 * 1024  # the largest data file read (E102 beyond)
CHUNK = 1 << 20
SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "venv", "__pycache__"})
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class ReadError(Exception):
    """A file could not be read; ``code`` is E101 (unreadable) or E102 (too large)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def read_regular_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` bytes; raises ReadError otherwise."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ReadError("E101", "no such file or directory") from None
    except IsADirectoryError:
        raise ReadError("E101", "is a directory") from None
    except PermissionError:
        raise ReadError("E101", "permission denied") from None
    except OSError as exc:
        raise ReadError("E101", f"cannot read: {os_message(exc)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("E101", "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(
                "E101",
                f"is not a regular file (it is {_kind(info.st_mode)}); regalign reads "
                "regular files only",
            )
        if info.st_size > max_bytes:
            raise ReadError(
                "E102", f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte cap"
            )
        return _read_at_most(fd, max_bytes)
    except OSError as exc:
        raise ReadError("E101", f"cannot read: {os_message(exc)}") from None
    finally:
        os.close(fd)


def _read_at_most(fd: int, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, min(CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise ReadError("E102", f"file is larger than the {max_bytes:,}-byte cap")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def os_message(exc: OSError) -> str:
    """The operating system's words for an error, lower-cased like our own messages."""
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def expand_directory(
    directory: Path,
    suffixes: tuple[str, ...],
    exclude: Callable[[Path], bool] | None = None,
) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Every file under ``directory`` whose name ends in one of ``suffixes``, sorted, and the
    directories that could not be read (with why).

    Symbolic links to directories are not followed, so a link loop cannot make the walk endless.
    Entries that are not regular files are kept: reading them gives a clear E101 rather than silence.
    Hidden files and folders (.pre-commit-config.yaml, .github/, .git/) are never data files, nor
    are the folders of other tools (SKIPPED_FOLDERS: installed packages, which may hold a copy of
    regalign's own data), nor files and folders for which ``exclude`` is true (folders are not
    entered).
    """
    found: list[Path] = []
    problems: list[tuple[Path, str]] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else directory
        problems.append(
            (
                where,
                "permission denied"
                if isinstance(exc, PermissionError)
                else f"cannot read directory: {os_message(exc)}",
            )
        )

    for folder, dirs, names in os.walk(directory, onerror=on_error, followlinks=False):
        dirs[:] = [
            name
            for name in dirs
            if not name.startswith(".")
            and name not in SKIPPED_FOLDERS
            and not (exclude and exclude(Path(folder) / name))
        ]
        found.extend(
            Path(folder) / name
            for name in names
            if name.endswith(suffixes)
            and not name.startswith(".")
            and not (exclude and exclude(Path(folder) / name))
        )
    return sorted(found), sorted(problems)
