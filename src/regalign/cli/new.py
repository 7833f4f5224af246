"""``regalign new``: commented skeletons for a framework file, a provision, a crosswalk or a relation."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click

from regalign.cli.output import say, write_output
from regalign.sanitize import short_repr

EXAMPLES = """
\b
Examples:
  regalign new framework gb-ai-principles          # writes gb-ai-principles.yaml
  regalign new provision art-13 >> gb-ai-principles.yaml
  regalign new crosswalk ai-eu-gb -o crosswalks/ai-eu-gb.yaml
  regalign new relation eu-ai-act/art-50-2 gb-ai-principles/art-13 >> crosswalks/ai-eu-gb.yaml
"""

ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
LOCAL_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REF = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check(value: str, pattern: re.Pattern[str], what: str, example: str) -> str:
    if not pattern.match(value):
        raise click.BadParameter(
            f"{short_repr(value)} is not a {what} (lowercase words joined by hyphens, e.g. {example!r})"
        )
    return value


def _emit(text: str, output: str | None, force: bool, advice: str | None = None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    write_output(output, text, force=force)
    say(
        f"regalign: wrote {output}; fill in every 'null  # FILL', then "
        + (advice or f"run `regalign validate {shlex.quote(output)}`")
    )


def crosswalk_advice(output: str) -> str:
    """How to validate a new crosswalk: with the framework files it links, never alone.

    A crosswalk names provisions of frameworks kept in other files, so validating it alone reports
    every user framework as unknown. The advice names the working directory when the crosswalk is
    under it (a curator runs regalign from the corpus root), else the crosswalk's own directory.
    """
    target = Path(output)
    try:
        inside = Path.cwd() in target.resolve().parents
    except (OSError, RuntimeError):
        inside = False
    where = "." if inside else (str(target.parent) or ".")
    return (
        f"validate it with the frameworks it links: `regalign validate {shlex.quote(where)}` "
        f"(every data file under {'this directory' if inside else 'it'}, and the bundled corpus; "
        "add the paths of frameworks kept elsewhere)"
    )


@click.group(epilog=EXAMPLES)
def new() -> None:
    """Write commented skeletons of data files to fill in.

    Every field carries a comment with its meaning and allowed values; required fields hold
    'null  # FILL' and fail validation until filled, optional ones are commented out.
    """


@new.command("framework", epilog=EXAMPLES)
@click.argument("framework_id", metavar="ID")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Where to write (default: ID.yaml in the current directory; '-' for standard output).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def framework(framework_id: str, output: str | None, force: bool) -> None:
    """A framework file with one provision."""
    from regalign.schema.skeleton import framework_skeleton

    _check(framework_id, ID, "framework id", "gb-ai-principles")
    _emit(framework_skeleton(framework_id), output or f"{framework_id}.yaml", force)


@new.command("crosswalk", epilog=EXAMPLES)
@click.argument("crosswalk_id", metavar="ID")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Where to write (default: ID.yaml in the current directory; '-' for standard output).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def crosswalk(crosswalk_id: str, output: str | None, force: bool) -> None:
    """A crosswalk file with one relation."""
    from regalign.schema.skeleton import crosswalk_skeleton

    _check(crosswalk_id, ID, "crosswalk id", "ai-eu-gb")
    target = output or f"{crosswalk_id}.yaml"
    _emit(crosswalk_skeleton(crosswalk_id), target, force, crosswalk_advice(target))


@new.command("provision", epilog=EXAMPLES)
@click.argument("provision_id", metavar="ID")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Write to FILE instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def provision(provision_id: str, output: str | None, force: bool) -> None:
    """A provision entry to append under a framework file's 'provisions:'."""
    from regalign.schema.skeleton import provision_skeleton

    _check(provision_id, LOCAL_ID, "provision id", "art-13-2")
    _emit(provision_skeleton(provision_id), output, force)


@new.command("relation", epilog=EXAMPLES)
@click.argument("source", required=False, metavar="[SOURCE")
@click.argument("target", required=False, metavar="TARGET]")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Write to FILE instead of stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def relation(source: str | None, target: str | None, output: str | None, force: bool) -> None:
    """A relation entry (SOURCE and TARGET are framework-id/provision-id) for a crosswalk's 'relations:'."""
    from regalign.schema.skeleton import relation_skeleton

    for ref in (source, target):
        if ref:
            _check(ref, REF, "provision reference", "eu-ai-act/art-50-2")
    _emit(relation_skeleton(source or "", target or ""), output, force)
