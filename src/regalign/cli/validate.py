"""``regalign validate``: lint data files the way a linter does."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable

import click

from regalign.cli.output import say, use_colour
from regalign.sanitize import clean, escape_invisible

EXAMPLES = """
\b
Examples:
  regalign validate                      # the bundled corpus
  regalign validate my-frameworks/       # your files, checked with the bundled taxonomy
  regalign validate gb-ai-principles.yaml --format json
  regalign validate corpus/ --format sarif > regalign.sarif
  regalign validate --verbose            # also list the bundled corpus's known warnings
"""


def _text(issues: list, colour: bool) -> str:
    lines = []
    for issue in issues:
        line = issue.as_text()
        if colour:
            line = click.style(line, fg="red" if issue.is_error else "yellow")
        lines.append(line)
    return "\n".join(lines)


def _json(issues: list, colour: bool) -> str:
    valid = not any(issue.is_error for issue in issues)
    text = json.dumps(
        {"valid": valid, "issues": [i.as_dict() for i in issues]}, indent=2, ensure_ascii=False
    )
    return escape_invisible(text)


def github_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's runner expects (%, CR and LF)."""
    return clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A workflow command's property value (file=, title=): also ':' and ',', which would end it."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(issues: list, colour: bool) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData, escapeProperty):
    # a crafted file name must not end the property list and start a command of its own.
    return "\n".join(
        f"::{'error' if i.is_error else 'warning'} file={github_property(i.file)},line={i.line},col={i.column},"
        f"title={github_property(i.code)}::{github_data(f'{i.message} ({i.path})')}"
        for i in issues
    )


def _sarif(issues: list, colour: bool) -> str:
    from regalign.reports.sarif import render_sarif

    return render_sarif(issues)


RENDERERS: dict[str, Callable[[list, bool], str]] = {
    "text": _text,
    "json": _json,
    "github": _github,
    "sarif": _sarif,
}


def known_summary(known: list) -> str:
    """One line for the bundled corpus's known warnings, e.g. '52 W402 (unverified pinpoint)'."""
    from regalign.issues import CATALOGUE

    counts = Counter(issue.code for issue in known)
    parts = ", ".join(
        f"{n} {code} ({CATALOGUE[code].title.lower()})" for code, n in sorted(counts.items())
    )
    return (
        f"regalign: {len(known)} known warning{'s' if len(known) != 1 else ''} in the bundled corpus: "
        f"{parts}; --verbose lists them"
    )


@click.command(epilog=EXAMPLES)
# readable=False: an unreadable path is an E101 issue in every output format, like a missing one,
# rather than a usage error that json, github and sarif output would not hold.
@click.argument("paths", nargs=-1, type=click.Path(path_type=str, readable=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(RENDERERS)),
    default="text",
    show_default=True,
    help="How to print the issues.",
)
@click.option("--strict", is_flag=True, help="Treat warnings as problems (exit 1).")
@click.option("--no-bundled", is_flag=True, help="Check PATHS alone, without the bundled corpus.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="List the bundled corpus's known warnings too (text output shows a one-line summary of them).",
)
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[str, ...],
    output_format: str,
    strict: bool,
    no_bundled: bool,
    verbose: bool,
) -> None:
    """Check data files: YAML, structure, cross-record consistency, weak data.

    With no PATH, checks the bundled corpus (plus --data and REGALIGN_DATA). With PATHs (files or
    directories), checks them together with the bundled corpus, so new files can use the bundled
    taxonomy, and reports the problems in the given files. Prints each problem as
    file:line:col: error|warning CODE message; the known warnings of the bundled corpus (unverified
    pinpoints) are summarised in one line unless --verbose. --format json, github and sarif
    always hold every issue. Exit 0 when clean, 1 when problems were found, 2 on usage errors.
    """
    from regalign.api import Service
    from regalign.frameworks.loader import BUNDLED_PREFIX

    result = Service([*ctx.obj["data"], *paths], bundled=not no_bundled).load()
    issues = result.issues
    if paths:
        shown = set(result.user_files)
        issues = [issue for issue in issues if issue.file in shown]
    # Warnings in the bundled data are known to its maintainers (and listed in docs); in the text
    # output they would bury what the user came for, so they become one line unless --verbose.
    known = [i for i in issues if not i.is_error and i.file.startswith(BUNDLED_PREFIX)]
    hide = output_format == "text" and not verbose and bool(known)
    shown_issues = (
        [i for i in issues if i.is_error or not i.file.startswith(BUNDLED_PREFIX)]
        if hide
        else issues
    )
    text = RENDERERS[output_format](shown_issues, use_colour() and output_format == "text")
    if text:
        click.echo(text)
    if hide:
        say(known_summary(known))
    errors = sum(issue.is_error for issue in issues)
    warnings = len(issues) - errors
    checked = len(result.user_files) if paths else len(result.files)
    say(
        f"regalign: {checked} file{'s' if checked != 1 else ''} checked: "
        f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
    )
    ctx.exit(1 if errors or (strict and warnings) else 0)
