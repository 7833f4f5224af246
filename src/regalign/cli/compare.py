"""``regalign compare``, ``regalign explain`` and ``regalign matrix``."""

from __future__ import annotations

import math
from typing import Any

import click

from regalign.cli.common import (
    check_topic,
    comparison_options,
    did_you_mean,
    format_option,
    load_corpus,
    parse_date,
    report_date,
    run_compare,
)
from regalign.cli.output import line
from regalign.sanitize import short_repr


@click.command(
    epilog="""
\b
Examples:
  regalign compare eu-ai-act kr-ai-basic-act --as-of 2026-08-02
  regalign compare EU KR --topic data --format github
  regalign compare eu-kr-dta eu-gdpr --topic data --format json > dta-gdpr.json
  regalign compare EU KR --fail-under 0.4     # exit 1 when the index is below 0.4
"""
)
@click.argument("a")
@click.argument("b")
@comparison_options
@format_option()
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    metavar="INDEX",
    help="Exit with status 1 when the alignment index is below INDEX.",
)
@click.pass_context
def compare(
    ctx: click.Context,
    a: str,
    b: str,
    as_of: str | None,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool,
    fmt: str,
    fail_under: float | None,
) -> None:
    """Compare side A with side B, topic by topic.

    A and B are framework ids (see `regalign frameworks`) or jurisdiction codes such as EU and KR
    (all of a jurisdiction's instruments; a treaty both sides are party to is reported as a joint
    commitment unless --include-shared counts it on both sides). Prints one row per
    topic either side addresses, with the provisions on each side, the score and its 5th-95th
    percentile range under perturbed weights, and the verdict; then the headline figures.
    """
    from regalign.reports import export, shapes, tables

    result = run_compare(ctx, a, b, as_of, topic, method_file, pending_as_binding, include_shared)
    if fmt == "json":
        click.echo(export.dumps(shapes.comparison_json(result)), nl=False)
    elif fmt == "csv":
        click.echo(tables.render(tables.comparison_table(result), "csv"), nl=False)
    else:
        click.echo(tables.render(tables.comparison_table(result), fmt))
        click.echo()
        click.echo(tables.render(tables.summary_table(result), fmt))
    if fail_under is not None and below(result.index, fail_under):
        click.echo(
            f"regalign: alignment index {result.index if result.index is not None else 'n/a'} is below "
            f"{fail_under}",
            err=True,
        )
        ctx.exit(1)


def below(index: float | None, threshold: float) -> bool:
    """True when ``--fail-under`` trips: an index under the threshold, or no finite index at all."""
    return not (index is not None and math.isfinite(index) and index >= threshold)


@click.command(
    epilog="""
\b
Examples:
  regalign explain eu-ai-act kr-ai-basic-act ai.transparency.synthetic-content
  regalign explain EU KR ai.transparency --as-of 2026-08-02
"""
)
@click.argument("a")
@click.argument("b")
@click.argument("topic_id", metavar="TOPIC")
@comparison_options
@format_option()
@click.pass_context
def explain(
    ctx: click.Context,
    a: str,
    b: str,
    topic_id: str,
    as_of: str | None,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool,
    fmt: str,
) -> None:
    """Show how one topic's score arises: each dimension's values, similarity and contribution,
    and the provisions (pinpoints, sources, evidence) behind each side. For a parent topic, the
    roll-up and every scored topic beneath it."""
    from regalign.comparisons.explain import explain as explain_topic
    from regalign.reports import export, shapes, tables

    result = run_compare(ctx, a, b, as_of, topic, method_file, pending_as_binding, include_shared)
    try:
        explanation = explain_topic(result, topic_id)
    except KeyError:
        hint = did_you_mean(topic_id, [r.topic_id for r in result.rollup])
        raise click.BadParameter(
            f"neither side addresses {short_repr(topic_id)} on {result.as_of}{hint}",
            param_hint="TOPIC",
        ) from None
    if fmt == "json":
        click.echo(export.dumps(shapes.explanation_json(explanation)), nl=False)
        return
    if explanation.rollup is not None and explanation.rollup.topics > 1:
        row = explanation.rollup
        line(
            tables.render_line(
                f"{row.label} ({row.topic_id}): roll-up of {row.topics} topics, weighted mean "
                f"score {row.score:.3f}, {row.verdict.replace('-', ' ')}",
                fmt,
            )
        )
        line()
    from regalign.reports.counterparts import elsewhere_finder

    elsewhere = elsewhere_finder(result, load_corpus(ctx))
    for item in explanation.topics:
        for horizon, assessed in (("now", item.now), ("as adopted", item.adopted)):
            if (
                horizon == "as adopted"
                and item.adopted_from is None
                and assessed.verdict == item.now.verdict
            ):
                continue
            _explain_horizon(item, horizon, assessed, result, explanation, fmt, elsewhere)
        line(tables.render(tables.stance_rows_table(explanation, item), fmt))
        line()


def _explain_horizon(
    item: Any,
    horizon: str,
    assessed: Any,
    result: Any,
    explanation: Any,
    fmt: str,
    elsewhere: Any = None,
) -> None:
    from regalign.reports import tables

    a, b = result.side_a.label, result.side_b.label
    when = (
        f" from {item.adopted_from.isoformat()}" if horizon != "now" and item.adopted_from else ""
    )

    def prose(text: str) -> None:  # record text, escaped for the reader of the tables around it
        line(tables.render_line(text, fmt))

    prose(
        f"{tables.unit_name(item)} — {item.label} — {horizon}{when}: score {assessed.score:.3f} "
        f"[{assessed.score_low:.3f}-{assessed.score_high:.3f}], "
        f"{tables.verdict_words(assessed.verdict, a, b)}{' (fragile)' if assessed.fragile else ''}"
    )
    for label, unread in ((a, item.unread_a), (b, item.unread_b)):
        if unread and assessed.verdict == "not-compared":
            prose(
                f"not compared: {label}'s records on this topic were recorded but not read "
                f"({', '.join(unread)}), so its silence here is not an absence of rules"
            )
    for label, sector in ((a, item.unreached_a), (b, item.unreached_b)):
        if sector and assessed.verdict == "not-compared":
            prose(
                f"not compared: {label} holds no {sector} law among the instruments compared, so "
                "its silence here is not an absence of rules"
            )
    if assessed.pairs:
        coverage = assessed.coverage if assessed.coverage is not None else 0.0
        line(
            f"{len(assessed.pairs)} pair(s), mean pair score {assessed.pair_mean:.3f}, "
            f"{coverage:.0%} of the provisions paired"
        )
        line(tables.render(tables.pairs_table(explanation, assessed), fmt))
        line("leading pair, dimension by dimension:")
    if assessed.dimensions:
        line(tables.render(tables.explanation_table(explanation, assessed), fmt))
    if assessed.unpaired_a or assessed.unpaired_b or assessed.supporting:
        line(tables.render(tables.unpaired_table(explanation, assessed, elsewhere), fmt))
    if assessed.caps:
        prose(f"thresholds alone give: {tables.verdict_words(assessed.uncapped, a, b)}")
    for cap in assessed.caps:
        prose(f"cap {cap.name} (at most {cap.bound.replace('-', ' ')}): {cap.reason}")
    for used in assessed.relations[:3]:
        rel = used.relation
        prose(
            f"curated: {rel.source} {rel.relation.value} {rel.target} (strength {rel.strength}, "
            f"{rel.rationale.value}{', opposite directions' if rel.opposite else ''}): {rel.justification}"
        )
    line()


@click.command(
    epilog="""
\b
Examples:
  regalign matrix EU KR JP SG
  regalign matrix eu-ai-act kr-ai-basic-act kr-ai-ethics-standards eu-hleg-trustworthy-ai
  regalign matrix eu-ai-act kr-ai-basic-act --by topic --format github
"""
)
@click.argument("sides", nargs=-1, required=True)
@click.option(
    "--by",
    type=click.Choice(["pair", "topic"]),
    default="pair",
    show_default=True,
    help="pair: alignment index for every pair of sides; topic: each side's stance on every topic.",
)
@comparison_options
@format_option()
@click.pass_context
def matrix(
    ctx: click.Context,
    sides: tuple[str, ...],
    by: str,
    as_of: str | None,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool,
    fmt: str,
) -> None:
    """Matrices over any number of sides: side x side alignment index, or topic x side stances."""
    from regalign.cli.common import service
    from regalign.comparisons.sides import SideError
    from regalign.reports import export, tables

    corpus = load_corpus(ctx)
    day = parse_date(as_of, "--as-of") or report_date(None)
    try:
        for spec in sides:  # each side against the others, as the comparisons resolve it
            service(ctx).side(spec, [s for s in sides if s != spec])
    except SideError as exc:
        raise click.BadParameter(str(exc), param_hint="SIDES") from None
    check_topic(corpus, topic, "--topic")
    try:
        table, payload = _matrices(
            ctx, sides, by, day, topic, method_file, pending_as_binding, include_shared
        )
    except SideError as exc:
        raise click.BadParameter(str(exc), param_hint="SIDES") from None
    if fmt == "json":
        click.echo(export.dumps(payload), nl=False)
    else:
        click.echo(tables.render(table, fmt), nl=fmt != "csv")


def _matrices(
    ctx: click.Context,
    sides: tuple[str, ...],
    by: str,
    day: Any,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool,
) -> tuple[Any, Any]:
    """The table and JSON payload of the chosen matrix."""
    from regalign.cli.common import load_method_or_exit, service
    from regalign.reports import shapes, tables

    if by == "pair":
        values = service(ctx).index_matrix(
            sides,
            as_of=day,
            method=load_method_or_exit(ctx, method_file),
            topic=topic,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
        )
        table, payload = tables.index_matrix_table(values), shapes.index_matrix_json(values)
    else:
        stances = service(ctx).stance_matrix(
            sides, as_of=day, topic=topic, pending_as_binding=pending_as_binding
        )
        table, payload = tables.stance_matrix_table(stances), shapes.stance_matrix_json(stances)
    return table, payload
