"""``regalign report``: the markdown briefing, with an optional heatmap figure."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import click

from regalign.cli.common import comparison_options, load_corpus, report_date, run_compare
from regalign.cli.output import fail, say, write_output

FIGURE_NAME = "divergence-heatmap.png"


@click.command(epilog="""
\b
Examples:
  regalign report EU KR -o briefing.md
  regalign report eu-ai-act kr-ai-basic-act --as-of 2026-08-02 -o ai.md --figures figures/
  regalign report EU KR --topic data --date 2026-11-27 > data-briefing.md
  pandoc briefing.md -o briefing.docx
""")
@click.argument("a")
@click.argument("b")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the briefing to this file (default: stdout).")
@click.option("--date", "prepared", metavar="DATE",
              help="Date printed as 'prepared' (default: SOURCE_DATE_EPOCH, else today); also the default --as-of.")
@click.option("--figures", type=click.Path(file_okay=False), metavar="DIR",
              help="Write a divergence heatmap into DIR and embed it (needs the 'plot' extra).")
@click.option("--force", is_flag=True, help="Overwrite an output file that regalign did not write.")
@comparison_options
@click.pass_context
def report(ctx: click.Context, a: str, b: str, output: Optional[str], prepared: Optional[str], figures: Optional[str],
           force: bool, as_of: Optional[str], topic: Optional[str], method_file: Optional[str],
           pending_as_binding: bool, include_shared: bool) -> None:
    """Write a markdown briefing comparing side A with side B.

    The briefing gives headline figures with their sensitivity range, the divergences and
    convergences that matter most, the divergence matrix, side-by-side provisions for every topic
    with pinpoints and sources, a timeline of coming dates, the method, numbered sources and
    caveats. It is valid GitHub and pandoc markdown, and the same inputs and --date give the same
    bytes.
    """
    from regalign.reports.markdown import briefing

    day = report_date(prepared)
    corpus = load_corpus(ctx)
    result = run_compare(corpus, a, b, as_of or day.isoformat(), topic, method_file, pending_as_binding,
                         include_shared)
    figure_ref = _write_figure(result, figures, output) if figures else None
    text = briefing(result, corpus, prepared=day, figure=figure_ref)
    if output is None:
        click.echo(text, nl=False)
        return
    write_output(output, text, force=force)
    say(f"regalign: wrote {output} ({len(result.topics)} topics, index "
        f"{'n/a' if result.index is None else f'{result.index:.2f}'})")


def _write_figure(result: object, directory: str, output: Optional[str]) -> str:
    """Write the heatmap and return its path relative to the report (for the image link)."""
    from regalign.reports.figures import FiguresUnavailable, heatmap_png

    folder = Path(directory)
    if not folder.is_dir():
        raise fail(f"--figures {directory}: directory does not exist (create it first)", 2)
    try:
        png = heatmap_png(result)  # type: ignore[arg-type]
    except FiguresUnavailable as exc:
        raise fail(str(exc), 2) from None
    target = folder / FIGURE_NAME
    temp = folder / f".{FIGURE_NAME}.tmp"
    temp.write_bytes(png)
    os.replace(temp, target)
    base = Path(output).parent if output else Path(".")
    return Path(os.path.relpath(target, base)).as_posix()
