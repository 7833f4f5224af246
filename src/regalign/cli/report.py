"""``regalign report``: the briefing in markdown, HTML or DOCX."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from regalign.cli.common import (
    check_topic,
    comparison_options,
    load_corpus,
    load_method_or_exit,
    parse_date,
    report_date,
    service,
)
from regalign.cli.output import STDOUT, fail, plan, say, write

if TYPE_CHECKING:
    from regalign.api import outputs
    from regalign.comparisons.history import TimePoint
    from regalign.comparisons.results import Comparison

FIGURE_NAME = "divergence-heatmap.png"
FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}
PLAIN_TEXT = (".txt", ".text")  # markdown is text: written there when --format md asks for it


@click.command(
    epilog="""
\b
Examples:
  regalign report EU KR -o briefing.md
  regalign report EU KR -o briefing.html
  regalign report EU KR -o briefing.docx
  regalign report EU KR -o briefing.docx --author "J. Kim" --organisation "Trade Ministry" \\
      --reference-doc ministry-template.docx
  regalign report EU KR --detail summary          # the first page only
  regalign report eu-ai-act kr-ai-basic-act --as-of 2026-08-02 --detail full -o ai.md
  regalign report EU KR --topic data --date 2026-12-01 > data-briefing.md
"""
)
@click.argument("a")
@click.argument("b")
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to this file; .md, .html or .docx chooses the format (default, or '-': markdown to "
    "standard output).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "docx"]),
    default=None,
    help="Output format, when the file name does not say (docx needs -o).",
)
@click.option(
    "--detail",
    type=click.Choice(["summary", "standard", "full"]),
    default="standard",
    show_default=True,
    help="summary: the first page; standard: with matrix, joint commitments, key topics and annexes; "
    "full: every topic and provision.",
)
@click.option(
    "--date",
    "prepared",
    metavar="DATE",
    help="Date printed as 'prepared' (default: SOURCE_DATE_EPOCH, else today); also the default --as-of.",
)
@click.option(
    "--figures",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write a heatmap PNG into DIR and embed it in markdown/DOCX (needs the 'plot' extra); "
    "HTML always embeds an SVG heatmap.",
)
@click.option(
    "--author",
    metavar="NAME",
    default="",
    help="Who prepared the briefing: named under the title and in the document's properties.",
)
@click.option(
    "--organisation",
    "--organization",
    "organisation",
    metavar="NAME",
    default="",
    help="For whom: named under the title, in the Word footer and in the document's properties.",
)
@click.option(
    "--reference-doc",
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE",
    help="Word only: an organisation's template (.docx) whose styles, page layout, header and footer "
    "the briefing takes, as pandoc's --reference-doc does (default: regalign's A4 layout with a "
    "footer of title, date and page numbers).",
)
@click.option("--force", is_flag=True, help="Overwrite an output file that regalign did not write.")
@comparison_options
@click.pass_context
def report(
    ctx: click.Context,
    a: str,
    b: str,
    output: str | None,
    fmt: str | None,
    detail: str,
    prepared: str | None,
    figures: str | None,
    author: str,
    organisation: str,
    reference_doc: str | None,
    force: bool,
    as_of: str | None,
    topic: str | None,
    method_file: str | None,
    pending_as_binding: bool,
    include_shared: bool,
) -> None:
    """Write a briefing comparing side A with side B.

    The first page gives the bottom line, the headline figures today and once every adopted rule
    applies, the five divergences and convergences that matter most and the dates that change the
    picture; then the divergence matrix by area, the joint commitments set against each side's own
    law, the most important topics, and annexes (instruments, provisions, timeline, method,
    sources, caveats). The same inputs and --date give the same bytes.
    """
    # Imported here, like every command's heavier parts, so that start-up stays light.
    from regalign.api import outputs

    to_file = output not in (None, STDOUT)
    kind = _kind(output if to_file else None, fmt)
    if kind == "docx" and not to_file:
        raise click.BadParameter(
            "DOCX is binary: give a file with -o briefing.docx", param_hint="--format"
        )
    reference = _reference(reference_doc, kind)
    day = report_date(prepared)
    # An empty --as-of is refused, as in every command, not taken for today.
    as_of_day = parse_date(as_of, "--as-of") or day
    # The same briefing asked for again (the same data, code, options and day) is written from the
    # finished-output cache. Word (pandoc's output) and figures (files of their own) are always made.
    key = None
    if kind != "docx" and not figures:
        key = _output_key(
            ctx,
            method_file,
            [
                ("command", "report"),
                ("a", a),
                ("b", b),
                ("format", kind),
                ("detail", detail),
                ("prepared", day.isoformat()),
                ("as-of", as_of_day.isoformat()),
                ("topic", topic),
                ("pending-as-binding", str(pending_as_binding)),
                ("include-shared", str(include_shared)),
                ("author", author),
                ("organisation", organisation),
            ],
        )
    kept = outputs.recall(key) if key else None
    if kept is not None:
        _deliver(output if to_file else None, kept, force)
        return

    from regalign.comparisons.sides import SideError
    from regalign.reports import briefing, render_html, render_markdown

    corpus = load_corpus(ctx)
    check_topic(corpus, topic, "--topic")
    method = load_method_or_exit(ctx, method_file)  # the method file is read once, here
    try:
        result, history = service(ctx).briefing(
            a,
            b,
            as_of=as_of_day,
            topic=topic,
            method=method,
            pending_as_binding=pending_as_binding,
            include_shared=include_shared,
            every_date=detail == "full",
        )
    except SideError as exc:
        raise click.BadParameter(str(exc), param_hint="A/B") from None
    if not result.topics:
        scope = f" on {topic}" if topic else ""
        raise fail(
            f"neither {a} nor {b} has a provision{scope} as of {result.as_of}: nothing to brief on",
            2,
        )
    figure = _figure(result, figures, output if to_file else None) if figures else None
    # Word always carries the heatmap (pandoc reads it from a private folder, see cli/pandoc.py).
    embedded = _docx_figure(result, figure) if kind == "docx" and detail != "summary" else {}
    link = next(iter(embedded), None) if kind == "docx" else (figure[2] if figure else None)
    extras = _extras(result, history, kind, link)
    document = briefing.build(
        result,
        corpus,
        prepared=day,
        detail=detail,
        extras=extras,
        author=author,
        organisation=organisation,
    )
    if kind == "html":
        data: Any = render_html.render(document)
    elif kind == "docx":
        data = _docx(
            document, render_markdown.render(document, page_breaks=True), day, embedded, reference
        )
    else:
        data = render_markdown.render(document)
    made = outputs.Output(data, len(result.topics), result.index)
    if key:
        outputs.keep(key, made)
    _deliver(output if to_file else None, made, force, figure)


def _output_key(
    ctx: click.Context, method_file: str | None, parts: list[outputs.Part]
) -> str | None:
    """The finished-output cache's key of this briefing; None when a file (the method's included)
    cannot be read, so that the long way reports it."""
    if method_file is not None:
        from regalign.frameworks.files import MAX_FILE_BYTES, ReadError, read_regular_file

        try:  # a regular file only: a FIFO is never opened for reading, as the method loader says
            parts.append(("method", read_regular_file(method_file, MAX_FILE_BYTES)))
        except (ReadError, ValueError):
            return None
    from regalign.api import outputs

    return outputs.output_key(ctx.obj["data"], parts)


def _deliver(
    output: str | None,
    made: outputs.Output,
    force: bool,
    figure: tuple[Path, bytes, str] | None = None,
) -> None:
    """Write the briefing (and its figure) to the file or standard output, and say what was written."""
    # Every target is checked before anything is written: a refused briefing leaves the figure alone too.
    report_target = plan(output or STDOUT, made.data, force=force)
    figure_target = plan(str(figure[0]), figure[1], force=force) if figure else None
    if figure_target is not None and figure:
        write(figure_target, figure[1])
    write(report_target, made.data)
    if output:
        index = "n/a" if made.index is None else f"{made.index:.2f}"
        say(f"regalign: wrote {output} ({made.topics} topics, index {index} today)")


WRITABLE = "markdown (.md), HTML (.html) or Word (.docx)"


def _kind(output: str | None, fmt: str | None) -> str:
    """The format: --format, else the file's extension, else markdown; an extension regalign cannot
    write (.pdf, .odt, ...) is a usage error that names the formats it can, never markdown in disguise."""
    suffix = Path(output).suffix.lower() if output else ""
    named = FORMATS.get(suffix)
    if suffix and named is None and not (fmt == "md" and suffix in PLAIN_TEXT):
        hint = (
            " For PDF, write HTML and print it to PDF from a browser, or write .docx and export it."
            if suffix == ".pdf"
            else ""
        )
        raise click.BadParameter(
            f"regalign cannot write {suffix} files: it writes briefings as {WRITABLE}.{hint}",
            param_hint="-o/--output",
        )
    if fmt and named and fmt != named:
        raise click.BadParameter(
            f"--format {fmt} does not match the file name {output} (a {suffix} file is {named})",
            param_hint="--format",
        )
    return fmt or named or "md"


def _extras(
    result: Comparison, history: tuple[TimePoint, ...], kind: str, png_link: str | None
) -> Any:
    """The index on other dates, and the figures."""
    from regalign.reports import svg
    from regalign.reports.briefing import Extras

    return Extras(
        history=history,
        heatmap_svg=svg.heatmap(result) if kind == "html" else "",
        heatmap_png=png_link,
    )


def _reference(path: str | None, kind: str) -> bytes | None:
    """The bytes of --reference-doc, checked to be a Word document; a usage error for other formats."""
    if path is None:
        return None
    from regalign.cli.docx_finish import NotAWordDocument, check

    if kind != "docx":
        raise click.BadParameter(
            "a reference document shapes Word output only: write -o briefing.docx",
            param_hint="--reference-doc",
        )
    try:
        data = Path(path).read_bytes()
        check(data)
    except (OSError, NotAWordDocument) as exc:
        raise click.BadParameter(
            f"cannot use {path}: {exc}", param_hint="--reference-doc"
        ) from None
    return data


def _docx(
    document: Any, markdown: str, day: date, images: dict[str, bytes], reference: bytes | None
) -> bytes:
    """The Word file: a footer with the title, organisation, date and page numbers, and the title,
    author (else the organisation, else regalign), organisation and language in its properties."""
    from regalign.cli.docx_finish import Properties
    from regalign.cli.pandoc import DOCX_MARK, PandocMissing, markdown_to_docx
    from regalign.reports.wording import day as day_words

    footer = " · ".join(x for x in (document.title, document.organisation, day_words(day)) if x)
    properties = Properties(
        title=document.title,
        author=document.author or document.organisation or "regalign",
        organisation=document.organisation,
        language="en-GB",
        subject=DOCX_MARK,
    )
    try:
        return markdown_to_docx(
            markdown,
            day,
            images=images,
            properties=properties,
            footer=footer,
            reference=reference,
        )
    except PandocMissing as exc:
        raise fail(str(exc), 2) from None


def _docx_figure(result: Any, figure: tuple[Path, bytes, str] | None) -> dict[str, bytes]:
    """The heatmap for Word, by file name: the PNG (the one --figures writes, or drawn now), or the
    SVG when matplotlib is not installed (Word 2016 and later, and LibreOffice, show it)."""
    from regalign.reports import svg
    from regalign.reports.figures import FiguresUnavailable, heatmap_png

    if figure is not None:
        return {FIGURE_NAME: figure[1]}
    try:
        return {FIGURE_NAME: heatmap_png(result)}
    except FiguresUnavailable:
        return {FIGURE_NAME.replace(".png", ".svg"): svg.heatmap(result).encode("utf-8")}


def _figure(result: Comparison, directory: str, output: str | None) -> tuple[Path, bytes, str]:
    """The heatmap PNG: where it goes, its bytes, and its path relative to the report (for the image link)."""
    import os

    from regalign.reports.figures import FiguresUnavailable, heatmap_png

    folder = Path(directory)
    if not folder.is_dir():
        raise fail(f"--figures {directory}: directory does not exist (create it first)", 2)
    try:
        png = heatmap_png(result)
    except FiguresUnavailable as exc:
        raise fail(str(exc), 2) from None
    target = folder / FIGURE_NAME
    base = Path(output).parent if output else Path(".")
    return target, png, Path(os.path.relpath(target, base)).as_posix()
