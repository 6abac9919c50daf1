"""Plain text for pipes and files: no colour, no boxes, no wrapping; tables are tab-separated."""

from __future__ import annotations

from collections.abc import Sequence

from bpo_cli.render.blocks import (
    Block,
    Bullets,
    Chart,
    Fields,
    Heading,
    Paragraph,
    Section,
    Table,
    plain_text,
)
from bpo_cli.render.safe import clean


def render(blocks: Sequence[Block]) -> str:
    lines: list[str] = []
    _render(blocks, lines, depth=0)
    while lines and not lines[-1]:
        lines.pop()
    # One pass over the finished text: the layout adds only newlines and tabs, which `clean`
    # keeps, so whatever else it finds came from data and is written out visibly.
    return clean("\n".join(lines) + "\n") if lines else ""


def _gap(lines: list[str]) -> None:
    if lines and lines[-1] != "":
        lines.append("")


def _render(blocks: Sequence[Block], lines: list[str], depth: int) -> None:
    for block in blocks:
        match block:
            case Heading(text, subtitle):
                _gap(lines)
                lines.append(f"{text} ({subtitle})" if subtitle else text)
            case Paragraph(text):
                lines.append(plain_text(text) if isinstance(text, list) else text)
            case Fields(pairs):
                lines.extend(f"{label}: {plain_text(value)}" for label, value in pairs)
            case Bullets(items, title, numbered, details):
                _gap(lines)
                if title:
                    lines.append(f"{title}:")
                for i, item in enumerate(items, 1):
                    text = plain_text(item) if isinstance(item, list) else item
                    lines.append(f"  {i}. {text}" if numbered else f"  - {text}")
                    if i <= len(details):
                        lines.extend(f"       {detail}" for detail in details[i - 1])
            case Table(columns, rows, title, listing):
                _gap(lines)
                if title:
                    lines.append(f"{title}:")
                if not listing:
                    lines.append("\t".join(columns))
                lines.extend("\t".join(plain_text(cell) for cell in row) for row in rows)
            case Chart(items, title):
                _gap(lines)
                if title:
                    lines.append(f"{title}:")
                lines.extend(f"{label}\t{value:g}" for label, value in items)
            case Section(title, children):
                _gap(lines)
                lines.append(f"== {title} ==")
                _render(children, lines, depth + 1)
