"""``regalign schema``: print or write the published JSON Schema."""

from __future__ import annotations

import click

from regalign.cli.output import STDOUT, say, write_output

EXAMPLES = """
\b
Examples:
  regalign schema > regalign.schema.json
  regalign schema -o schema/regalign.schema.json
  check-jsonschema --schemafile regalign.schema.json my-framework.yaml
"""


@click.command(epilog=EXAMPLES)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to this file instead of standard output ('-': stdout).",
)
@click.option(
    "--force", is_flag=True, help="Overwrite an existing file that regalign did not write."
)
def schema(output: str | None, force: bool) -> None:
    """Print the JSON Schema of regalign data files (generated from the record models).

    Editors and other validators (check-jsonschema, the YAML language server) can use it to check
    framework, taxonomy and crosswalk files.
    """
    from regalign.schema.export import committed_schema_text

    text = committed_schema_text()
    if output in (None, STDOUT):
        click.echo(text, nl=False)
        return
    write_output(output, text, force=force)
    say(f"regalign: wrote {output}")
