"""Output helpers shared by the commands: stdout/stderr, colour, and safe file writing.

Writing a file happens in two steps, so that a command that writes several files (a briefing and
its figure) checks every target before it writes any: ``plan`` checks a target and refuses what the
user did not ask to replace; ``write`` puts the bytes in a unique temporary file beside the target
and renames it into place, removing the temporary file whatever happens (an error, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click

from regalign.cli.markers import HEAD_BYTES, kind_of
from regalign.frameworks.files import os_message
from regalign.sanitize import clean, clean_line

STDOUT = "-"
NAME_MAX = 255


def use_colour() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def say(message: str) -> None:
    """A message for the human, on one line: to stderr, so stdout stays data."""
    click.echo(clean_line(message), err=True)


def line(text: str = "") -> None:
    """A line of data on stdout that quotes record text: control characters replaced."""
    click.echo(clean(text))


def fail(message: str, code: int = 1) -> click.exceptions.Exit:
    """Print an error message to stderr and return an Exit to raise."""
    click.echo(f"regalign: {clean_line(message)}", err=True)
    return click.exceptions.Exit(code)


@dataclass(frozen=True)
class Planned:
    """A checked target: a path (None for standard output) and the permission bits to keep, if any."""

    shown: str
    path: Path | None
    keep_mode: int | None = None


def plan(target: str, data: str | bytes, *, force: bool) -> Planned:
    """Check that ``data`` may be written to ``target``; a usage error (exit 2) says why not.

    ``-`` is standard output. Anything that is not a regular file (a device, a pipe such as
    /dev/stdout, a socket, a directory) is refused, even with ``force``: writing there would hang or
    replace it. A symbolic link is replaced only with ``force``. An existing file is replaced only when
    it is regalign output of the same kind as ``data``, or with ``force``.
    """
    if target == STDOUT:
        return Planned(target, None)
    if target.endswith(("/", os.sep, *((os.altsep,) if os.altsep else ()))) or os.path.isdir(
        target
    ):
        # 'newdir/' names a directory; Path() would drop the slash and write a file called newdir.
        raise fail(f"cannot write {target}: it names a directory; give a file name", 2)
    path = Path(target)
    parent = path.parent if str(path.parent) else Path(".")
    if len(os.fsencode(path.name)) > _name_max(parent):
        raise fail(
            f"cannot write {target}: the file name is longer than the {_name_max(parent)} bytes a "
            "directory entry can hold",
            2,
        )
    if not os.path.isdir(parent):
        raise fail(f"cannot write {target}: directory {parent} does not exist", 2)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return Planned(target, path)
    except OSError as exc:
        raise fail(f"cannot write {target}: {os_message(exc)}", 2) from None
    link = stat.S_ISLNK(info.st_mode)
    if link:
        try:
            info = os.stat(
                path
            )  # what the link points to decides whether writing there makes sense
        except OSError:
            pass  # a dangling link: replacing it needs --force, like any link
    if stat.S_ISDIR(info.st_mode):
        raise fail(f"cannot write {target}: it is a directory", 2)
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISLNK(info.st_mode):
        raise fail(
            f"cannot write {target}: it is not a regular file (it is a device, a pipe or a socket); "
            "use -o - or no -o for standard output",
            2,
        )
    if link and not force:
        raise fail(
            f"{target} is a symbolic link; pass --force to replace the link (not what it points to)",
            2,
        )
    if not link and not force and not _same_kind(path, data):
        raise fail(
            f"{target} exists and was not written by regalign as this kind of output; pass --force to "
            "overwrite it",
            2,
        )
    return Planned(target, path, None if link else stat.S_IMODE(info.st_mode))


def write(planned: Planned, data: str | bytes) -> None:
    """Write checked output: atomically to a file (temporary file, then rename), or to standard output."""
    if planned.path is None:
        # click.echo writes bytes to the binary stream (click.get_binary_stream is deprecated).
        click.echo(data, nl=False)
        return
    payload = data.encode("utf-8") if isinstance(data, str) else data
    parent = planned.path.parent if str(planned.path.parent) else Path(".")
    temp: str | None = None
    try:
        # A short fixed prefix: a long target name must not make the temporary name too long.
        handle, temp = tempfile.mkstemp(prefix=".regalign-", suffix=".tmp", dir=parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
        os.chmod(temp, planned.keep_mode if planned.keep_mode is not None else 0o666 & ~_umask())
        os.replace(temp, planned.path)
        temp = None
    except OSError as exc:
        raise fail(f"cannot write {planned.shown}: {os_message(exc)}", 1) from None
    finally:  # runs on Ctrl-C and on SIGTERM too (main() turns it into an exception)
        if temp is not None:
            Path(temp).unlink(missing_ok=True)


def write_output(target: str, data: str | bytes, *, force: bool) -> None:
    """Check the target, then write: for commands that write one file."""
    write(plan(target, data, force=force), data)


def written_by_regalign(path: Path) -> bool:
    """True when the file carries regalign's mark where regalign puts it (not merely mentions it)."""
    return _kind_of_file(path, docx=True) is not None


def _same_kind(path: Path, data: str | bytes) -> bool:
    """True when the file at ``path`` is regalign output of the kind ``data`` is."""
    new = data.encode("utf-8") if isinstance(data, str) else data
    wanted = kind_of(new[:HEAD_BYTES], new)
    return wanted is not None and _kind_of_file(path, docx=wanted == "docx") == wanted


def _kind_of_file(path: Path, docx: bool) -> str | None:
    """The kind of regalign output a regular file is, read without blocking (a FIFO is never opened
    for a read that waits for a writer) and without following a symbolic link."""
    try:
        fd = os.open(
            path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        )
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        head = os.read(fd, HEAD_BYTES)
        whole = None
        if docx and head.startswith(b"PK") and info.st_size <= 64 * 1024 * 1024:
            whole = head + _read_rest(fd)
    except OSError:
        return None
    finally:
        os.close(fd)
    return kind_of(head, whole)


def _read_rest(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _name_max(directory: Path) -> int:
    try:
        return int(os.pathconf(directory, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return NAME_MAX


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
