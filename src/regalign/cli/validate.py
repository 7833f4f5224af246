"""``regalign validate``: lint data files the way a linter does."""

from __future__ import annotations

import json
from typing import Callable

import click

from regalign.cli.output import say, use_colour
from regalign.sanitize import clean, escape_invisible

EXAMPLES = """
\b
Examples:
  regalign validate                      # the bundled corpus
  regalign validate my-frameworks/       # your files, checked with the bundled taxonomy
  regalign validate jp-ai-act.yaml --format json
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
    text = json.dumps({"valid": valid, "issues": [i.as_dict() for i in issues]}, indent=2, ensure_ascii=False)
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


RENDERERS: dict[str, Callable[[list, bool], str]] = {"text": _text, "json": _json, "github": _github}


@click.command(epilog=EXAMPLES)
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text",
              show_default=True, help="How to print the issues.")
@click.option("--strict", is_flag=True, help="Treat warnings as problems (exit 1).")
@click.option("--no-bundled", is_flag=True, help="Check PATHS alone, without the bundled corpus.")
@click.pass_context
def validate(ctx: click.Context, paths: tuple[str, ...], output_format: str, strict: bool, no_bundled: bool) -> None:
    """Check data files: YAML, structure, cross-record consistency, weak data.

    With no PATH, checks the bundled corpus (plus --data and REGALIGN_DATA). With PATHs (files or
    directories), checks them together with the bundled corpus, so new files can use the bundled
    taxonomy, and reports the problems in the given files. Prints each problem as
    file:line:col: CODE message. Exit 0 when clean, 1 when problems were found, 2 on usage errors.
    """
    from regalign.frameworks.loader import load

    result = load([*ctx.obj["data"], *paths], bundled=not no_bundled)
    issues = result.issues
    if paths:
        shown = set(result.user_files)
        issues = [issue for issue in issues if issue.file in shown]
    text = RENDERERS[output_format](issues, use_colour() and output_format == "text")
    if text:
        click.echo(text)
    errors = sum(issue.is_error for issue in issues)
    warnings = len(issues) - errors
    checked = len(result.user_files) if paths else len(result.files)
    say(f"regalign: {checked} file{'s' if checked != 1 else ''} checked: "
        f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}")
    ctx.exit(1 if errors or (strict and warnings) else 0)
