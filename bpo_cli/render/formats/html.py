"""A self-contained HTML report: one file, inline CSS and SVG, no scripts, no network."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from bpo_cli.render.blocks import (
    Bar,
    Block,
    Bullets,
    Cell,
    Chart,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
)
from bpo_cli.render.safe import clean

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2433;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: break-word; }
h1 { margin-bottom: 0; } .subtitle { color: #5b6478; margin-top: .2rem; }
h2 { border-bottom: 2px solid #d9dee8; padding-bottom: .2rem; margin-top: 2rem; }
h3 { margin-bottom: .3rem; }
section { margin-bottom: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e3e7ef;
         vertical-align: top; }
th { background: #f3f5f9; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
ul.how { color: #5b6478; font-size: 92%; margin: .2rem 0 .4rem; }
.good { color: #1a7f37; font-weight: 600; } .warn { color: #9a6700; font-weight: 600; }
.bad { color: #cf222e; font-weight: 600; } .info { color: #8250df; font-weight: 600; }
.s-good > h2 { color: #1a7f37; } .s-warn > h2 { color: #9a6700; }
.s-info > h2 { color: #8250df; } .s-bad > h2 { color: #cf222e; }
.bar, td .good, td .warn, td .info, td .bad { white-space: nowrap; }
.bar svg { vertical-align: middle; }
.strong { font-weight: 600; } .accent { color: #0969da; }
p.dim { color: #5b6478; font-size: 92%; } p.warn { background: #fff8c5; padding: .6rem .8rem;
  border-left: 4px solid #d4a72c; font-weight: normal; color: #1d2433; }
figure { margin: 1rem 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
.chart .row { display: grid; grid-template-columns: minmax(6rem, 16rem) 1fr 2.5rem; gap: .6rem;
  align-items: center; margin: .15rem 0; }
.chart .track { background: #e3e7ef; height: .9rem; }
.chart .fill { display: block; background: #2f81f7; height: 100%; }
.chart .value { text-align: right; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 7mm 8mm 8mm; }
@media print {
  body { font-size: 8.5pt; line-height: 1.2; margin: 0; max-width: none; padding: 0; }
  h1 { font-size: 17pt; } h2 { font-size: 12pt; margin: .6rem 0 .2rem; break-after: avoid; }
  h3, h4 { margin: .5rem 0 .15rem; break-after: avoid; }
  p { margin: .3rem 0; } ol, ul { margin: .2rem 0; padding-left: 1.4rem; }
  ul.how { margin: 0 0 .15rem; } section { margin-bottom: .3rem; }
  th, td { padding: .15rem .4rem; } li, tr, dl, .row { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  dl { grid-template-columns: max-content 1fr max-content 1fr; }
  .s-dim { font-size: 7.5pt; } .s-dim ul { columns: 2; column-gap: 1.5rem; }
  .s-dim li { margin-bottom: .1rem; }
}
@media (max-width: 600px) {
  body { margin: 1rem auto; padding: 0 .75rem; }
  thead { display: none; }
  table, tbody, tr, td { display: block; width: auto; }
  tr { border-bottom: 1px solid #d9dee8; padding: .3rem 0; }
  td { border: 0; padding: .1rem 0; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  dl { grid-template-columns: 1fr; } dd { margin-bottom: .3rem; }
  .chart .row { grid-template-columns: 1fr 2.5rem; gap: .1rem .5rem; }
  .chart .label { grid-column: 1 / -1; }
}
"""


def _inline_bar(value: float, top: float) -> str:
    width = 80
    filled = width * max(0.0, min(value, top)) / top if top else 0
    return (
        f'<span class="bar"><svg width="{width}" height="10" role="img" '
        f'aria-label="{value:g} of {top:g}"><rect width="{width}" height="10" fill="#e3e7ef"/>'
        f'<rect width="{filled:.1f}" height="10" fill="#2f81f7"/></svg> {value:g}</span>'
    )


# A web address inside already-escaped text: http(s) only, so no other scheme becomes a link.
_ADDRESS = re.compile(r"https?://[^\s<>\"']+")


def _linked(escaped: str) -> str:
    """Escaped text with each web address made a link (trailing punctuation left outside)."""

    def link(match: re.Match[str]) -> str:
        address = match.group(0)
        tail = ""
        while address and address[-1] in ".,;:)":
            address, tail = address[:-1], address[-1] + tail
        return f'<a href="{address}" rel="noopener noreferrer">{address}</a>{tail}'

    return _ADDRESS.sub(link, escaped)


def _text(text: str) -> str:
    return _linked(escape(text))


def _cell(cell: Cell) -> str:
    if isinstance(cell, Bar):
        return _inline_bar(cell.value, cell.top)
    if isinstance(cell, Span):
        text = _text(cell.text)
        return f'<span class="{cell.style}">{text}</span>' if cell.style else text
    if isinstance(cell, list):
        return "".join(_cell(span) for span in cell)
    return _text(cell)


def _chart(items: Sequence[tuple[str, float]], title: str, top: float, unit: str) -> str:
    """Bars in HTML and CSS rather than a fixed-width SVG, so the chart scales to any screen."""
    rows = []
    for label, value in items:
        share = 100 * max(0.0, min(value, top)) / top if top else 0
        rows.append(
            f'<div class="row"><span class="label">{escape(label)}</span>'
            f'<span class="track" role="img" aria-label="{value:g} of {top:g} {escape(unit)}">'
            f'<span class="fill" style="width: {share:.1f}%"></span></span>'
            f'<span class="value">{value:g}</span></div>'
        )
    caption = f"<figcaption>{escape(title)}</figcaption>" if title else ""
    return f'<figure class="chart">{caption}{"".join(rows)}</figure>'


def render(blocks: Sequence[Block], title: str) -> str:
    body: list[str] = []
    _render(blocks, body, level=1)
    # Control characters from data are written out visibly (they are invalid in HTML anyway).
    return clean(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _render(blocks: Sequence[Block], out: list[str], level: int) -> None:
    for block in blocks:
        match block:
            case Heading(text, subtitle):
                out.append(f"<h{level}>{escape(text)}</h{level}>")
                if subtitle:
                    out.append(f'<p class="subtitle">{escape(subtitle)}</p>')
            case Paragraph(text, style):
                body = _cell(text) if isinstance(text, list) else _text(text)
                out.append(f'<p class="{style}">{body}</p>' if style else f"<p>{body}</p>")
            case Fields(pairs):
                items = "".join(
                    f"<dt>{escape(label)}</dt><dd>{_cell(value)}</dd>" for label, value in pairs
                )
                out.append(f"<dl>{items}</dl>")
            case Bullets(items, title, numbered, details):
                if title:
                    out.append(f"<h{level + 2}>{escape(title)}</h{level + 2}>")
                tag = "ol" if numbered else "ul"
                lis = []
                for i, item in enumerate(items, 1):
                    text = _cell(item) if isinstance(item, list) else _text(item)
                    how = details[i - 1] if i <= len(details) else ()
                    sub = (
                        (
                            '<ul class="how">'
                            + "".join(f"<li>{_text(d)}</li>" for d in how)
                            + "</ul>"
                        )
                        if how
                        else ""
                    )
                    lis.append(f"<li>{text}{sub}</li>")
                out.append(f"<{tag}>{''.join(lis)}</{tag}>")
            case Table(columns, rows, title):
                if title:
                    out.append(f"<h{level + 2}>{escape(title)}</h{level + 2}>")
                head = "".join(f"<th>{escape(c)}</th>" for c in columns)
                labels = [f' data-label="{escape(c)}"' if c.strip() else "" for c in columns]
                body = "".join(
                    "<tr>"
                    + "".join(
                        f"<td{label}>{_cell(c)}</td>" for label, c in zip(labels, row, strict=False)
                    )
                    + "</tr>"
                    for row in rows
                )
                out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
            case Chart(items, title, top, unit):
                out.append(_chart(items, title, top, unit))
            case Section(title, children, style):
                css = f' class="s-{style}"' if style else ""
                out.append(f"<section{css}><h{level + 1}>{escape(title)}</h{level + 1}>")
                _render(children, out, level + 1)
                out.append("</section>")
