"""Format-neutral blocks of human output, drawn by the rich, plain and Markdown backends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from msgspec import Struct, field

Style = Literal["", "good", "warn", "bad", "info", "dim", "strong", "accent"]


class Span(Struct, frozen=True):
    """A piece of text with a meaning-based style (the backend picks colours)."""

    text: str
    style: Style = ""


class Bar(Struct, frozen=True):
    """A score from 0 to `top`, drawn as a bar where the backend can."""

    value: float
    top: float = 100.0


Cell = str | Span | Bar | list[Span]


class Heading(Struct, frozen=True):
    text: str
    subtitle: str = ""


class Paragraph(Struct, frozen=True):
    text: str | list[Span]
    style: Style = ""


class Fields(Struct, frozen=True):
    """Label: value pairs."""

    pairs: Sequence[tuple[str, Cell]]


class Bullets(Struct, frozen=True):
    items: Sequence[str | list[Span]]
    title: str = ""
    numbered: bool = False
    # Optional lines under each item (the "how" of a career step), matched by position.
    details: Sequence[Sequence[str]] = ()


class Table(Struct, frozen=True):
    columns: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    # A listing has one record a row: piped, it prints rows only, ready for cut and grep.
    listing: bool = False


class Chart(Struct, frozen=True):
    """Labelled values drawn as horizontal bars (an SVG chart in HTML reports)."""

    items: Sequence[tuple[str, float]]
    title: str = ""
    top: float = 100.0
    unit: str = ""


class Section(Struct, frozen=True):
    """A titled group of blocks: a panel on a terminal, a heading in plain text and Markdown."""

    title: str
    blocks: Sequence[Block] = field(default_factory=list)
    style: Style = ""


Block = Heading | Paragraph | Fields | Bullets | Table | Chart | Section


def plain_text(cell: Cell) -> str:
    """The text of a cell without styling."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Span):
        return cell.text
    if isinstance(cell, Bar):
        return f"{cell.value:g}"
    return "".join(span.text for span in cell)
