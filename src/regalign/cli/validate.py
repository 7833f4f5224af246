"""``regalign validate``: lint data files the way a linter does."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from regalign.cli.output import fail, say, use_colour
from regalign.sanitize import clean, escape_invisible

if TYPE_CHECKING:
    from regalign.issues import Issue

EXAMPLES = """
\b
Examples:
  regalign validate                      # the bundled corpus
  regalign validate my-frameworks/       # your files, checked with the bundled taxonomy
  regalign validate gb-ai-principles.yaml --format json
  regalign validate corpus/ --format sarif > regalign.sarif
  regalign validate . --ignore W402,W407 --exclude 'drafts/*'
  regalign validate --verbose            # also list the bundled corpus's known warnings
\b
Settings: [tool.regalign] in pyproject.toml, or .regalign.yaml, found from the working
directory upwards (select, ignore, exclude, per-file-ignores); options replace them.
In a data file: # regalign: ignore[W402] (this line), # regalign: ignore-file[W407].
"""


def _text(issues: list[Issue], colour: bool, skipped: Sequence[str] = ()) -> str:
    lines = []
    for issue in issues:
        line = issue.as_text()
        if colour:
            line = click.style(line, fg="red" if issue.is_error else "yellow")
        lines.append(line)
    return "\n".join(lines)


def _json(issues: list[Issue], colour: bool, skipped: Sequence[str] = ()) -> str:
    valid = not any(issue.is_error for issue in issues)
    text = json.dumps(
        {"valid": valid, "issues": [i.as_dict() for i in issues], "skipped": list(skipped)},
        indent=2,
        ensure_ascii=False,
    )
    return escape_invisible(text)


def github_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's runner expects (%, CR and LF)."""
    return clean(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A workflow command's property value (file=, title=): also ':' and ',', which would end it."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def _github(issues: list[Issue], colour: bool, skipped: Sequence[str] = ()) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData, escapeProperty):
    # a crafted file name must not end the property list and start a command of its own.
    return "\n".join(
        f"::{'error' if i.is_error else 'warning'} file={github_property(i.file)},line={i.line},col={i.column},"
        f"title={github_property(i.code)}::{github_data(f'{i.message} ({i.path})')}"
        for i in issues
    )


def _sarif(issues: list[Issue], colour: bool, skipped: Sequence[str] = ()) -> str:
    from regalign.reports.sarif import render_sarif

    cwd = os.getcwd()
    return render_sarif(issues, root=source_root(cwd), cwd=cwd, help_base=help_base())


def source_root(cwd: str) -> str:
    """The repository root holding ``cwd`` (the nearest folder with .git), else ``cwd`` itself."""
    folder = Path(cwd)
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return str(candidate)
    return cwd


def help_base() -> str | None:
    """Where regalign's repository files are served, from the package's project URLs (GitHub or
    GitLab 'Repository', 'Source' or 'Homepage'), for SARIF helpUri; None when none is published."""
    from importlib import metadata

    try:
        urls = metadata.metadata("regalign").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    named = {
        label.strip().lower(): url.strip()
        for label, _, url in (entry.partition(",") for entry in urls)
    }
    for label in ("repository", "source", "source code", "homepage"):
        url: str = named.get(label, "")
        if url.startswith(("https://github.com/", "https://gitlab.com/")):
            return url.rstrip("/") + "/blob/HEAD/"
    return None


# Each renderer takes the issues, whether to colour, and the YAML files skipped as not regalign data.
RENDERERS: dict[str, Callable[[list[Issue], bool, Sequence[str]], str]] = {
    "text": _text,
    "json": _json,
    "github": _github,
    "sarif": _sarif,
}


def skipped_summary(skipped: Sequence[str], verbose: bool) -> str:
    """'; 2 other YAML files skipped (not regalign data: mkdocs.yml, ...)' or ''."""
    if not skipped:
        return ""
    shown = ", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else "")
    return (
        f"; {len(skipped)} other YAML file{'s' if len(skipped) != 1 else ''} skipped "
        f"(not regalign data: {shown}{'' if verbose or len(skipped) <= 3 else '; --verbose lists them'})"
    )


def known_summary(known: list[Issue]) -> str:
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
    "--select",
    multiple=True,
    metavar="CODES",
    help="Report only these codes or prefixes (comma-separated, repeatable: E3,W402). "
    "E1xx and E2xx are always reported.",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    help="Leave out these codes or prefixes (W402, W4); the more specific of --select and "
    "--ignore wins.",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Skip files and folders matching GLOB when walking directories (repeatable; "
    "relative to the working directory; named files are always read).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    metavar="FILE",
    help="Read settings from FILE (a pyproject.toml or .regalign.yaml) instead of searching.",
)
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option(
    "--skip-non-data",
    is_flag=True,
    help="Also skip named files that are not regalign data (files found in directories always "
    "are): for hooks that pass file names.",
)
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
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exclude: tuple[str, ...],
    config_file: str | None,
    no_config: bool,
    skip_non_data: bool,
    verbose: bool,
) -> None:
    """Check data files: YAML, structure, cross-record consistency, weak data.

    With no PATH, checks the bundled corpus (plus --data and REGALIGN_DATA). With PATHs (files or
    directories), checks them together with the bundled corpus, so new files can use the bundled
    taxonomy, and reports the problems in the given files. Prints each problem as
    file:line:col: error|warning CODE message; the known warnings of the bundled corpus (unverified
    pinpoints) are summarised in one line unless --verbose. --format json, github and sarif
    always hold every issue. YAML files found in directories that are not regalign data (no
    top-level kind: framework, taxonomy or crosswalk) are skipped. Exit 0 when clean, 1 when
    problems were found, 2 on usage errors (a PATH that does not exist among them).
    """
    from regalign.api import Service
    from regalign.cli.lintconfig import ConfigError, settings
    from regalign.frameworks.rules import RulesError
    from regalign.frameworks.sources import BUNDLED_PREFIX
    from regalign.sanitize import short_repr

    for path in paths:
        if not os.path.exists(path):
            raise fail(f"no such file or directory: {short_repr(path, 500)}", 2)
    try:
        rules, excluded = settings(select, ignore, exclude, config_file, no_config)
    except (ConfigError, RulesError) as exc:
        raise fail(str(exc), 2) from None
    result = Service(
        [*ctx.obj["data"], *paths],
        bundled=not no_bundled,
        rules=rules,
        exclude=excluded,
        skip_non_data=skip_non_data,
        editorial=True,
    ).load()
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
    text = RENDERERS[output_format](
        shown_issues, use_colour() and output_format == "text", result.skipped
    )
    if text:
        click.echo(text)
    if hide:
        say(known_summary(known))
    errors = sum(issue.is_error for issue in issues)
    warnings = len(issues) - errors
    checked = len(result.user_files) if paths else len(result.files)
    if verbose:
        for name in result.skipped:
            say(f"regalign: skipped {name}: not regalign data")
    say(
        f"regalign: {checked} file{'s' if checked != 1 else ''} checked: "
        f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
        + skipped_summary(result.skipped, verbose)
    )
    ctx.exit(1 if errors or (strict and warnings) else 0)
