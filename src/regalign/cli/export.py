"""``regalign export``: the curated crosswalks in standard formats (OSCAL mapping collection, SSSOM)."""

from __future__ import annotations

from collections.abc import Callable

import click

from regalign.cli.common import load_corpus, service
from regalign.cli.output import fail, say, write_output

EXAMPLES = """
\b
Examples:
  regalign export oscal-mapping EU KR -o eu-kr.mapping.json
  regalign export oscal-mapping --crosswalk trade-eu-kr -o trade.mapping.json
  regalign export sssom eu-ai-act kr-ai-basic-act -o ai.sssom.tsv
"""


def _renderers() -> dict[str, Callable[..., str]]:
    from regalign.reports.oscal import render_oscal
    from regalign.reports.sssom import render_sssom

    return {"oscal-mapping": render_oscal, "sssom": render_sssom}


def _run(
    ctx: click.Context,
    kind: str,
    sides: tuple[str, ...],
    crosswalk: str | None,
    output: str | None,
    force: bool,
) -> None:
    from regalign.comparisons.mappings import SelectionError
    from regalign.comparisons.sides import SideError

    load_corpus(ctx)
    try:
        selection = service(ctx).crosswalk(sides, crosswalk)
    except (SelectionError, SideError) as exc:
        raise click.UsageError(str(exc)) from None
    if not selection.rows:
        raise fail(
            f"no curated relation matches {' '.join(sides) or crosswalk or 'the corpus'}; nothing to export",
            1,
        )
    text = _renderers()[kind](selection)
    if output is None:
        click.echo(text, nl=False)
        return
    # The guard every writer uses: a file is replaced unasked only when it carries this export's exact
    # mark where regalign puts it, and a symbolic link only with --force.
    write_output(output, text, force=force)
    say(
        f"regalign: wrote {output} ({len(selection.rows)} relations from "
        f"{', '.join(c.id for c in selection.crosswalks)})"
    )


def _options(command: Callable[..., None]) -> Callable[..., None]:
    command = click.option(
        "--force", is_flag=True, help="Overwrite an existing file that regalign did not write."
    )(command)
    command = click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Write to FILE instead of standard output.",
    )(command)
    command = click.option(
        "--crosswalk", metavar="ID", help="Export every relation of this crosswalk."
    )(command)
    return click.argument("sides", nargs=-1, metavar="[A B]")(command)


@click.group(epilog=EXAMPLES)
def export() -> None:
    """Export the curated crosswalk relations in standard formats.

    Select two sides (relations from A's provisions to B's; relations written the other way are
    turned round), or one crosswalk with --crosswalk, or nothing for every relation. Each
    exported relation says whether the project curated it or imported it, and from where.
    """


@export.command("oscal-mapping", epilog=EXAMPLES)
@_options
@click.pass_context
def oscal_mapping(
    ctx: click.Context,
    sides: tuple[str, ...],
    crosswalk: str | None,
    output: str | None,
    force: bool,
) -> None:
    """An OSCAL 1.2 mapping collection (JSON), with UUIDs derived from ids."""
    _run(ctx, "oscal-mapping", sides, crosswalk, output, force)


@export.command("sssom", epilog=EXAMPLES)
@_options
@click.pass_context
def sssom(
    ctx: click.Context,
    sides: tuple[str, ...],
    crosswalk: str | None,
    output: str | None,
    force: bool,
) -> None:
    """An SSSOM mapping table (TSV with a YAML metadata header)."""
    _run(ctx, "sssom", sides, crosswalk, output, force)
