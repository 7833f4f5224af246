"""What the commands share: options defined once, loading the corpus and method, dates, errors."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import click

from regalign.cli.output import fail
from regalign.clock import ClockError, today
from regalign.sanitize import short_repr

FORMAT_HELP = (
    "Output format: a terminal table (simple, grid, psql, ...), a table for a document (github, pipe, "
    "html, latex), tsv, csv or json."
)


def formats() -> list[str]:
    from regalign.reports.tables import FORMATS

    return list(FORMATS)


def parse_date(value: str | None, option: str) -> date | None:
    """An ISO date from an option, or a usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{short_repr(value)} is not a date; use YYYY-MM-DD", param_hint=option
        ) from None


def report_date(explicit: str | None) -> date:
    """The date a run is 'prepared' on: --date, else today (SOURCE_DATE_EPOCH, else the UTC date)."""
    given = parse_date(explicit, "--date")
    if given is not None:
        return given
    try:
        return today()
    except ClockError as exc:
        raise fail(str(exc), 2) from None


def comparison_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--as-of, --topic, --method, --pending-as-binding, --include-shared: shared by compare, explain, matrix, report."""
    command = click.option(
        "--include-shared",
        is_flag=True,
        help="Count instruments both sides are party to (a bilateral treaty) on both sides, "
        "instead of reporting them as joint commitments.",
    )(command)
    command = click.option(
        "--pending-as-binding",
        is_flag=True,
        help="Count signed or adopted instruments not yet in force as binding.",
    )(command)
    command = click.option(
        "--method",
        "method_file",
        # Not checked by click: an unreadable or odd path is reported by the method loader (E101),
        # exactly as a missing one is.
        type=click.Path(readable=False),
        metavar="FILE",
        help="YAML file overriding the bundled weights and thresholds.",
    )(command)
    command = click.option(
        "--topic", metavar="PREFIX", help="Only this topic and its descendants, e.g. 'data'."
    )(command)
    command = click.option(
        "--as-of",
        "as_of",
        metavar="DATE",
        help="Compare the rules that apply on this date (default: today, or SOURCE_DATE_EPOCH).",
    )(command)
    return command


def format_option(default: str = "simple") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--format",
        "fmt",
        default=default,
        show_default=True,
        metavar="FMT",
        callback=_check_format,
        help=FORMAT_HELP,
    )


def _check_format(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from regalign.reports.formats import UNSAFE_FORMATS

    if value in UNSAFE_FORMATS:
        raise click.BadParameter(
            f"the format {short_repr(value)} is not offered: {UNSAFE_FORMATS[value]}; "
            "try github, html, csv or json"
        )
    if value not in formats():
        hint = did_you_mean(value, formats(), otherwise="; try simple, github, grid, csv or json")
        raise click.BadParameter(f"unknown format {short_repr(value)}{hint}")
    return value


def did_you_mean(word: str, candidates: Iterable[str], otherwise: str = "") -> str:
    """'; did you mean 'x' or 'y'?' for close candidates, else ``otherwise``."""
    from regalign.comparisons.sides import suggest

    close = suggest(word, candidates)
    return f"; did you mean {' or '.join(map(repr, close))}?" if close else otherwise


def check_topic(corpus: Any, topic: str | None, param_hint: str) -> None:
    """A usage error, with suggestions, when ``topic`` is given but not in the taxonomy."""
    if topic is not None and topic not in corpus.topics:
        hint = did_you_mean(topic, corpus.topics, otherwise="; see `regalign topics`")
        raise click.BadParameter(f"unknown topic {short_repr(topic)}{hint}", param_hint=param_hint)


def service(ctx: click.Context) -> Any:
    """The application service of this run (the bundled corpus, --data and REGALIGN_DATA), made on
    first use: every command loads, caches, reads its method and dates through it."""
    from regalign.api import Service

    if "service" not in ctx.obj:
        ctx.obj["service"] = Service(ctx.obj["data"])
    return ctx.obj["service"]


def load_corpus(ctx: click.Context) -> Any:
    """The corpus (bundled + --data + REGALIGN_DATA); data errors end the command with exit 1."""
    from regalign.api import CorpusError

    try:
        return service(ctx).corpus()
    except CorpusError as exc:
        errors = [issue for issue in exc.issues if issue.is_error]
        for issue in errors[:20]:
            click.echo(issue.as_text(), err=True)
        if len(errors) > 20:
            click.echo(f"... and {len(errors) - 20} more", err=True)
        raise fail("the data has errors; run `regalign validate` for the full list", 1) from None


def load_method_or_exit(ctx: click.Context, path: str | None) -> Any:
    """The method (bundled, or with the file at ``path`` laid over it, read once per run); its
    problems, topic weights that name no topic of the corpus included, end the command with exit 2."""
    from regalign.api import MethodError

    load_corpus(ctx)  # data errors first, with their own exit code
    try:
        return service(ctx).method(path)
    except MethodError as exc:
        for issue in exc.issues:
            click.echo(issue.as_text(), err=True)
        raise fail(f"cannot use the method file {path}", 2) from None


def resolve_sides(ctx: click.Context, a: str, b: str) -> None:
    """A usage error, with suggestions, when either side names nothing in the corpus, and one that
    says what the side holds when a side has no instrument of its own."""
    from regalign.comparisons.sides import SideError

    try:
        service(ctx).check_sides([a, b])
    except SideError as exc:
        raise click.BadParameter(str(exc), param_hint="A/B") from None


def run_compare(
    ctx: click.Context,
    a: str,
    b: str,
    as_of: str | None,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool = False,
) -> Any:
    """The service's compare() with the CLI's defaults and friendly errors for unknown sides and topics."""
    from regalign.comparisons.sides import SideError

    corpus = load_corpus(ctx)
    day = parse_date(as_of, "--as-of") or report_date(None)
    check_topic(corpus, topic, "--topic")
    method = load_method_or_exit(ctx, method_file)
    try:
        return service(ctx).compare(
            a,
            b,
            as_of=day,
            method=method,
            topic=topic,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
        )
    except SideError as exc:
        raise click.BadParameter(str(exc), param_hint="A/B") from None
