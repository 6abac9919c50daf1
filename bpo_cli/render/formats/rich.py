"""Rich renderables for a terminal: panels, tables, colour (none under NO_COLOR or --no-color)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

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
    Style,
    Table,
)
from bpo_cli.render.safe import clean

STYLES: dict[Style, str] = {
    "": "",
    "good": "bold green",
    "warn": "bold yellow",
    "bad": "bold red",
    "info": "bold magenta",
    "dim": "dim",
    "strong": "bold",
    "accent": "bold cyan",
}
BAR_WIDTH = 10


def print_blocks(console: Console, blocks: Sequence[Block]) -> None:
    for renderable in _renderables(blocks):
        console.print(renderable)


def _spaced(renderable: Any) -> Padding:
    """A blank line above a titled block, so sections stand apart."""
    return Padding(renderable, (1, 0, 0, 0))


def _renderables(blocks: Sequence[Block]) -> list[Any]:
    return [_block(b) for b in blocks]


def _text(value: str | list[Span], style: Style = "") -> Text:
    # Every string reaches rich as a Text, which never parses markup ("[link=...]" in a title
    # stays visible), and through `clean`, so control characters in data never reach the terminal.
    if isinstance(value, str):
        return Text(clean(value), style=STYLES[style])
    text = Text()
    for span in value:
        text.append(clean(span.text), style=STYLES[span.style])
    return text


def _cell(cell: Cell) -> Text:
    if isinstance(cell, Bar):
        filled = round(BAR_WIDTH * max(0.0, min(cell.value, cell.top)) / cell.top)
        bar = Text("█" * filled, style="green")
        bar.append("░" * (BAR_WIDTH - filled), style="dim")
        bar.append(f" {cell.value:>3g}")
        return bar
    if isinstance(cell, Span):
        return _text([cell])
    return _text(cell)


def _block(block: Block) -> Any:
    match block:
        case Heading(text, subtitle):
            heading = _text(text, "accent")
            if subtitle:
                heading.append(clean(f"  {subtitle}"), style="dim")
            return Padding(heading, (1, 0, 0, 0))
        case Paragraph(text, style):
            return _text(text, style)
        case Fields(pairs):
            grid = RichTable.grid(padding=(0, 2))
            grid.add_column(style="bold", no_wrap=True)
            grid.add_column()
            for label, value in pairs:
                grid.add_row(_text(label), _cell(value))
            return grid
        case Bullets(items, title, numbered, details):
            lines: list[Any] = [_text(title, "strong")] if title else []
            for i, item in enumerate(items, 1):
                marker = f"{i}. " if numbered else "• "
                line = RichTable.grid()
                line.add_column(no_wrap=True)
                line.add_column()
                line.add_row(Text(marker, style="dim"), _text(item))
                for detail in details[i - 1] if i <= len(details) else ():
                    line.add_row("", _text(f"- {detail}", "dim"))
                lines.append(line)
            return _spaced(Group(*lines)) if title else Group(*lines)
        case Table(columns, rows, title, listing):
            grid = RichTable(
                title=_text(title) if title else None,
                box=box.SIMPLE_HEAD,
                title_justify="left",
                title_style="bold",
                header_style="bold",
            )
            for number, column in enumerate(columns):
                if listing and number == 0:
                    # A listing's first column is what people type next (`bpo role SLUG`):
                    # it is never cut short; the other columns wrap instead.
                    widest = max((len(str(getattr(r[0], "text", r[0]))) for r in rows), default=0)
                    grid.add_column(_text(column), no_wrap=True, min_width=widest)
                else:
                    grid.add_column(_text(column))
            for row in rows:
                grid.add_row(*(_cell(c) for c in row))
            return _spaced(grid)
        case Chart(entries, heading, most):
            chart = RichTable.grid(padding=(0, 2))
            chart.add_column(style="bold")
            chart.add_column()
            for name, amount in entries:
                chart.add_row(_text(name), _cell(Bar(amount, most)))
            caption: list[Any] = [_text(heading, "strong")] if heading else []
            return _spaced(Group(*caption, chart))
        case Section(title, children, style):
            return Panel(
                Group(*_renderables(children)),
                title=_text(title, "strong"),
                title_align="left",
                border_style=STYLES[style] or "cyan",
            )
    raise TypeError(block)
