"""Render a Document as one self-contained HTML file: inline CSS and SVG, no external requests.

Nothing needs JavaScript to be read. Annexes are collapsible (<details>); one line of script opens
them before printing, and print CSS keeps the summary on the first page.
"""

from __future__ import annotations

from regalign.reports.document import (
    Document,
    Figure,
    Heading,
    Items,
    Paragraph,
    Section,
    Table,
    Text,
)
from regalign.sanitize import html_text as escape  # the one HTML escaping path
from regalign.sanitize import web_link

CSS = """
:root{--ink:#1d232a;--muted:#5b6570;--rule:#d5dae0;--head:#f1f4f7}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans KR",sans-serif;color:var(--ink);
max-width:1100px;margin:2rem auto;padding:0 1.2rem}
h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.1rem;margin-top:1.4rem}h4{font-size:1rem;margin:1.2rem 0 .3rem}
.subtitle,.note,figcaption,caption{color:var(--muted);font-size:.9em}
.lead{font-size:1.05em;background:#f7f9fb;border-left:4px solid #1a6fb0;padding:.6rem .8rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.88em}
th,td{border:1px solid var(--rule);padding:.25rem .45rem;vertical-align:top;text-align:left}
th{background:var(--head)}tr.group td{font-weight:600;background:#fafbfc}
caption{caption-side:bottom;text-align:left;padding-top:.2rem}
.v-aligned{background:#d9f0d3}.v-partially-aligned{background:#fff2c2}.v-divergent{background:#f8d0c8}
.v-only-a,.v-only-b{background:#dde6f3}.v-not-yet,.v-not-compared{background:#eeeeee}
.c-in-tension{background:#f8d0c8}.c-arguably-outside{background:#fbe8c8}.c-consistent{background:#d9f0d3}.c-stricter{background:#e5eef8}
.c-no-domestic-rule{background:#f3f3f3}.c-against-not-judged{background:#fbefd5}.c-not-read{background:#fbefd5}
nav.toc{background:#f7f9fb;border:1px solid var(--rule);padding:.4rem 1rem;margin:1.5rem 0}
nav.toc ol{margin:.2rem 0;padding-left:1.2rem}
details{border-top:1px solid var(--rule);margin-top:1rem}details>summary{cursor:pointer}
details>summary h2{display:inline;border:0}
figure{margin:1rem 0;overflow-x:auto}sup.cite{font-size:.75em}
code{font-size:.9em;background:#f3f3f3;padding:0 .2em}
@page{size:A4;margin:12mm 14mm}
@media print{body{font-size:8.6pt;line-height:1.32;max-width:none;margin:0;padding:0}nav.toc{display:none}
h1{font-size:14pt}h2{font-size:11.5pt;margin-top:.8rem}h3{font-size:10pt;margin:.6rem 0 .2rem}
p,ul,ol{margin:.25rem 0}li{margin:0}.lead{padding:.3rem .5rem}
section.break-after{break-after:page}details>summary{list-style:none}
table{font-size:7.8pt;margin:.3rem 0}th,td{padding:.1rem .3rem}h2,h3,h4{break-after:avoid}
tr{break-inside:avoid}a{color:inherit;text-decoration:none}figure svg{max-width:100%;height:auto}}
"""
PRINT_SCRIPT = (
    '<script>addEventListener("beforeprint",function(){document.querySelectorAll("details")'
    ".forEach(function(d){d.open=true})});</script>"
)


def render(document: Document) -> str:
    """The whole document as an HTML page, ending with one newline."""
    sections = list(document.sections)
    body = [
        f'<header><h1>{escape(document.title)}</h1><p class="subtitle">{inline(document.subtitle)}</p></header>'
    ]
    if sections:
        body.append(_section(sections[0]))
        body.append(_toc(sections))
        body += [_section(s) for s in sections[1:]]
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                document.marker,
                f'<html lang="{escape(document.lang)}">',
                '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
                *(
                    [f'<meta name="author" content="{escape(who)}">']
                    if (who := ", ".join(x for x in (document.author, document.organisation) if x))
                    else []
                ),
                f"<title>{escape(document.title)}</title><style>{CSS}</style></head>",
                "<body>",
                *body,
                PRINT_SCRIPT,
                "</body></html>",
            ]
        )
        + "\n"
    )


def _toc(sections: list[Section]) -> str:
    items = []
    for section in sections:
        sub = "".join(
            f'<li><a href="#{escape(c.heading.anchor)}">{escape(c.heading.text)}</a></li>'
            for c in section.children
            if c.heading.level <= 3
        )
        items.append(
            f'<li><a href="#{escape(section.heading.anchor)}">{escape(section.heading.text)}</a>'
            + (f"<ol>{sub}</ol>" if sub and not section.collapsible else "")
            + "</li>"
        )
    return f'<nav class="toc"><strong>Contents</strong><ol>{"".join(items)}</ol></nav>'


def _section(section: Section) -> str:
    inner = [_block(b) for b in section.blocks] + [_section(c) for c in section.children]
    heading = _heading(section.heading)
    classes = ' class="break-after"' if section.break_after else ""
    if section.collapsible:
        return (
            f'<details id="{escape(section.heading.anchor)}"><summary>{heading}</summary>'
            + "\n".join(inner)
            + "</details>"
        )
    return (
        f'<section id="{escape(section.heading.anchor)}"{classes}>{heading}\n'
        + "\n".join(inner)
        + "</section>"
    )


def _heading(heading: Heading) -> str:
    level = min(6, heading.level)
    return f"<h{level}>{escape(heading.text)}</h{level}>"


def _block(block: object) -> str:
    if isinstance(block, Paragraph):
        role = f' class="{escape(block.role)}"' if block.role else ""
        return f"<p{role}>{inline(block.text)}</p>"
    if isinstance(block, Items):
        tag = "ol" if block.ordered else "ul"
        return (
            f"<{tag}>" + "".join(f"<li>{inline(item)}</li>" for item in block.items) + f"</{tag}>"
        )
    if isinstance(block, Table):
        return table(block)
    if isinstance(block, Figure):
        return (
            f"<figure>{block.svg}<figcaption>{escape(block.alt)}</figcaption></figure>"
            if block.svg
            else ""
        )
    raise TypeError(f"cannot render {type(block).__name__}")


def table(block: Table) -> str:
    total = sum(block.widths) or 1
    cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in block.widths)
    head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
    rows = []
    for i, row in enumerate(block.rows):
        role = block.row_roles[i] if i < len(block.row_roles) else ""
        classes = block.cell_roles[i] if i < len(block.cell_roles) else ()
        cells = "".join(
            f"<td{_class(classes[j] if j < len(classes) else '')}>{inline(cell)}</td>"
            for j, cell in enumerate(row)
        )
        rows.append(f"<tr{_class(role)}>{cells}</tr>")
    caption = f"<caption>{escape(block.caption)}</caption>" if block.caption else ""
    return f"<table>{caption}<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _class(name: str) -> str:
    return f' class="{escape(name)}"' if name else ""


def inline(text: Text) -> str:
    """Runs as escaped HTML; links only to http(s) URLs."""
    out = []
    for style, part, target in text:
        content = escape(part)
        if style == "b":
            out.append(f"<strong>{content}</strong>")
        elif style == "i":
            out.append(f"<em>{content}</em>")
        elif style == "code":
            out.append(f"<code>{content}</code>")
        elif style == "link" and web_link(target):
            out.append(f'<a href="{escape(target)}" rel="noopener noreferrer">{content}</a>')
        elif style in ("ref", "cite"):
            anchor = escape(target)
            shown = f"[{content}]" if style == "cite" else content
            out.append(
                f'<a href="#{anchor}">{shown}</a>'
                if style == "ref"
                else f'<sup class="cite">{shown}</sup>'
            )
        else:
            out.append(content)
    return "".join(out)
