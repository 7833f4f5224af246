"""``regalign frameworks``, ``regalign topics`` and ``regalign show``: browse the corpus."""

from __future__ import annotations

from typing import Any

import click

from regalign.cli.common import check_topic, did_you_mean, format_option, load_corpus, report_date
from regalign.sanitize import short_repr


@click.command(
    epilog="""
\b
Examples:
  regalign frameworks
  regalign frameworks --format csv > frameworks.csv
"""
)
@format_option()
@click.pass_context
def frameworks(ctx: click.Context, fmt: str) -> None:
    """List the frameworks in the corpus: parties, type, legal force, status today, size, evidence."""
    from regalign.reports import export, shapes, tables
    from regalign.reports.catalogue import frameworks_table

    corpus = load_corpus(ctx)
    if fmt == "json":
        click.echo(
            export.dumps(
                [
                    shapes.record_json(f)
                    for f in sorted(corpus.frameworks.values(), key=lambda f: f.id)
                ]
            ),
            nl=False,
        )
        return
    click.echo(tables.render(frameworks_table(corpus, report_date(None)), fmt), nl=fmt != "csv")


@click.command(
    epilog="""
\b
Examples:
  regalign topics
  regalign topics ai.transparency
  regalign topics data --format github
"""
)
@click.argument("prefix", required=False)
@format_option()
@click.pass_context
def topics(ctx: click.Context, prefix: str | None, fmt: str) -> None:
    """List the topic taxonomy (or the part under PREFIX), with provisions per jurisdiction."""
    from regalign.reports import export, shapes, tables
    from regalign.reports.catalogue import topics_table

    corpus = load_corpus(ctx)
    check_topic(corpus, prefix, "PREFIX")
    if fmt == "json":
        ids = corpus.descendants(prefix) if prefix else sorted(corpus.topics)
        click.echo(export.dumps([shapes.record_json(corpus.topics[t]) for t in ids]), nl=False)
        return
    click.echo(tables.render(topics_table(corpus, prefix), fmt), nl=fmt != "csv")


@click.command(
    epilog="""
\b
Examples:
  regalign show kr-ai-basic-act
  regalign show eu-ai-act/art-50-2
  regalign show ai.transparency.deepfakes --format json
"""
)
@click.argument("record_id", metavar="ID")
@format_option("plain")
@click.pass_context
def show(ctx: click.Context, record_id: str, fmt: str) -> None:
    """Show a framework, a provision (framework-id/provision-id) or a topic, with its sources."""
    from regalign.reports import export, shapes, tables
    from regalign.reports.catalogue import framework_detail, provision_detail, topic_detail

    corpus = load_corpus(ctx)
    record: Any = corpus.find(record_id)
    if record is None:
        hint = did_you_mean(record_id, corpus.known_ids())
        raise click.BadParameter(
            f"no framework, provision or topic {short_repr(record_id)}{hint}", param_hint="ID"
        )
    if fmt == "json":
        click.echo(export.dumps(shapes.record_json(record)), nl=False)
        return
    if record_id in corpus.frameworks:
        parts = framework_detail(corpus, record_id, report_date(None))
    elif record_id in corpus.provisions:
        parts = provision_detail(corpus, record_id)
    else:
        parts = topic_detail(corpus, record_id)
    click.echo("\n\n".join(tables.render(part, fmt) for part in parts), nl=fmt != "csv")
