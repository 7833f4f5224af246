"""Command-line interface: thin click commands over the loader, comparisons and renderers.

Commands import the heavy parts (pydantic, jsonschema) inside their bodies, so that
``regalign --help`` stays fast.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from regalign.cli.browse import frameworks, show, topics
from regalign.cli.compare import compare, explain, matrix
from regalign.cli.export import export
from regalign.cli.history import diff, timeline
from regalign.cli.new import new
from regalign.cli.report import report
from regalign.cli.schema import schema
from regalign.cli.validate import validate
from regalign.frameworks.files import os_message
from regalign.sanitize import clean, short_message
from regalign.version import __version__

EXAMPLES = """
\b
Examples:
  regalign validate
  regalign report EU KR -o briefing.md
  regalign compare eu-ai-act kr-ai-basic-act --as-of 2026-08-02
  regalign timeline EU KR
  regalign export oscal-mapping EU KR -o eu-kr.mapping.json
"""


class _Group(click.Group):
    """The command group: whatever error click or a command raises, the message quotes no input
    at length (``regalign compare <100 KB> KR`` gets a short usage error)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with _short_errors():
            return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        with _short_errors():
            return super().invoke(ctx)


@contextmanager
def _short_errors() -> Iterator[None]:
    try:
        yield
    except click.ClickException as exc:
        exc.message = short_message(exc.message)  # type: ignore[misc]  # click's stubs declare it Final; shortened once, before it is shown
        if isinstance(exc, click.BadParameter) and isinstance(exc.param_hint, str):
            exc.param_hint = short_message(exc.param_hint, 200)
        raise


@click.group(
    cls=_Group,
    epilog=EXAMPLES,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="regalign")
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(path_type=str, readable=False),  # the loader reports what cannot be read (E101)
    metavar="PATH",
    help="Add a data file or directory to the bundled corpus (repeatable). "
    "REGALIGN_DATA adds more, separated like PATH.",
)
@click.pass_context
def cli(ctx: click.Context, data: tuple[str, ...]) -> None:
    """regalign: where two rulebooks agree and where they part, with citations.

    Compare EU and Korean provisions by topic, validate framework files, and write briefings.
    """
    ctx.ensure_object(dict)
    ctx.obj["data"] = list(data)


for command in (
    compare,
    diff,
    explain,
    export,
    frameworks,
    matrix,
    new,
    report,
    schema,
    show,
    timeline,
    topics,
    validate,
):
    cli.add_command(command)


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised like KeyboardInterrupt so that every ``finally`` runs (temporary files go)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signum)


def main() -> None:
    """Console entry point: run the CLI; every way it can end becomes a message and an exit code.

    0 ok, 1 problems found or an operating-system error (a full disk, a broken pipe), 2 usage,
    130 interrupted (Ctrl-C), 128 + N for signal N (SIGTERM, SIGHUP). Nothing ends in a traceback.
    """
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    _prepare_standard_streams()
    sys.exit(_run())


class _ClosedOutput:
    """Standard output when the caller closed it (``regalign topics >&-``): writing data there is an
    error with a message, like any other write that fails; flushing nothing is not."""

    encoding = "utf-8"
    errors = "replace"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


class _Discard(_ClosedOutput):
    """Standard error when the caller closed it: messages have no one to go to."""

    def write(self, text: str) -> int:
        return len(text)


def _prepare_standard_streams() -> None:
    """Streams that never end a run in a traceback: a stdout whose encoding cannot hold a character
    (cp1252, latin-1) shows '?' in its place; a closed stdout or stderr is handled, and its file
    descriptor is held on /dev/null so that no file regalign opens can take its number."""
    for fd, name, stand_in in ((1, "stdout", _ClosedOutput), (2, "stderr", _Discard)):
        stream = getattr(sys, name)
        if stream is None:
            _hold(fd)
            setattr(sys, name, stand_in())
        elif hasattr(stream, "reconfigure") and name == "stdout":
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _hold(fd: int) -> None:
    try:
        os.fstat(fd)
    except OSError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            if devnull != fd:
                os.dup2(devnull, fd)
                os.close(devnull)
        except OSError:
            pass


def _run() -> int:
    try:
        return _run_command()
    finally:
        _cache_note()


def _cache_note() -> None:
    """Say once, after the command, why the cache directory was not used (a loosened or foreign one)."""
    cache = sys.modules.get("regalign.api.cache")
    note = cache.problem() if cache is not None else None
    if note:
        try:
            click.echo(clean(f"regalign: {note}"), err=True)
        except (OSError, ValueError):
            pass


def _run_command() -> int:
    try:
        code = cli.main(prog_name="regalign", standalone_mode=False)
        sys.stdout.flush()  # a full disk shows here, with a message, rather than at exit with a traceback
        return code if isinstance(code, int) else 0
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            click.echo("regalign: interrupted", err=True)
            return 130
        click.echo("Aborted!", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("regalign: interrupted", err=True)
        return 130
    except Terminated as exc:
        click.echo(f"regalign: stopped by signal {exc.signum}", err=True)
        return 128 + exc.signum
    except BrokenPipeError:
        # The reader went away (`regalign ... | head`): nothing left to say, and no one to say it to.
        _silence_stdout()
        return 1
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else " output"
        click.echo(f"regalign: cannot write{where}: {os_message(exc)}", err=True)
        _silence_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the user gets a message, never a traceback
        if os.environ.get("REGALIGN_DEBUG"):
            traceback.print_exc()
        click.echo(
            clean(
                f"regalign: internal error: {type(exc).__name__}: {exc} "
                "(set REGALIGN_DEBUG=1 for the traceback, and please report it)"
            ),
            err=True,
        )
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
