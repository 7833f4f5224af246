"""Command-line interface: thin click commands over the loader, comparisons and renderers.

Commands import the heavy parts (pydantic, jsonschema) inside their bodies, so that
``regalign --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from regalign import __version__
from regalign.cli.browse import frameworks, show, topics
from regalign.cli.compare import compare, explain, matrix
from regalign.cli.export import export
from regalign.cli.history import diff, timeline
from regalign.cli.new import new
from regalign.cli.report import report
from regalign.cli.schema import schema
from regalign.cli.validate import validate

EXAMPLES = """
\b
Examples:
  regalign validate
  regalign report EU KR -o briefing.md
  regalign compare eu-ai-act kr-ai-basic-act --as-of 2026-08-02
  regalign timeline EU KR
  regalign export oscal-mapping EU KR -o eu-kr.mapping.json
"""


@click.group(epilog=EXAMPLES, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="regalign")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=str), metavar="PATH",
              help="Add a data file or directory to the bundled corpus (repeatable). "
                   "REGALIGN_DATA adds more, separated like PATH.")
@click.pass_context
def cli(ctx: click.Context, data: tuple[str, ...]) -> None:
    """regalign: where two rulebooks agree and where they part, with citations.

    Compare EU and Korean provisions by topic, validate framework files, and write briefings.
    """
    ctx.ensure_object(dict)
    ctx.obj["data"] = list(data)


for command in (compare, diff, explain, export, frameworks, matrix, new, report, schema, show, timeline, topics, validate):
    cli.add_command(command)


def main() -> None:
    """Console entry point: run the CLI, turning unexpected errors into a one-line message."""
    try:
        cli.main(prog_name="regalign", standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("regalign: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the user gets a message, never a traceback
        if os.environ.get("REGALIGN_DEBUG"):
            traceback.print_exc()
        click.echo(f"regalign: internal error: {type(exc).__name__}: {exc} "
                   "(set REGALIGN_DEBUG=1 for the traceback, and please report it)", err=True)
        sys.exit(1)
