"""Format-neutral blocks of human output, drawn by the rich, plain and Markdown backends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Style = Literal["", "good", "warn", "bad", "info", "dim", "strong", "accent"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with a meaning-based style (the backend picks colours)."""

    text: str
    style: Style = ""


@dataclass(frozen=True, slots=True)
class Bar:
    """A score from 0 to `top`, drawn as a bar where the backend can."""

    value: float
    top: float = 100.0


Cell = str | Span | Bar | list[Span]


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    subtitle: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str | list[Span]
    style: Style = ""


@dataclass(frozen=True, slots=True)
class Fields:
    """Label: value pairs."""

    pairs: Sequence[tuple[str, Cell]]


@dataclass(frozen=True, slots=True)
class Bullets:
    items: Sequence[str | list[Span]]
    title: str = ""
    numbered: bool = False
    # Optional lines under each item (the "how" of a career step), matched by position.
    details: Sequence[Sequence[str]] = ()


@dataclass(frozen=True, slots=True)
class Table:
    columns: Sequence[str]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    # A listing has one record a row: piped, it prints rows only, ready for cut and grep.
    listing: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    """A titled group of blocks: a panel on a terminal, a heading in plain text and Markdown."""

    title: str
    blocks: Sequence[Block] = field(default_factory=list)
    style: Style = ""


Block = Heading | Paragraph | Fields | Bullets | Table | Section


def plain_text(cell: Cell) -> str:
    """The text of a cell without styling."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, Span):
        return cell.text
    if isinstance(cell, Bar):
        return f"{cell.value:g}"
    return "".join(span.text for span in cell)
