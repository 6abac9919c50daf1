"""Markdown for reports a person keeps: headings, lists and GitHub-style tables, nothing exotic,
so it reads the same on GitHub, in VS Code, in Obsidian and as plain text."""

from __future__ import annotations

import re
from collections.abc import Sequence

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_NEWLINE = re.compile(r"\r\n?|\n|\u2028|\u2029")
BAR_WIDTH = 10


def escape(text: str) -> str:
    """Text shown as written: Markdown's special characters escaped, on one line (a newline in
    data, including a bare carriage return, would otherwise start a block: `\\r---` a rule)."""
    return _SPECIAL.sub(r"\\\1", _NEWLINE.sub(" ", text))


def bar(value: float, top: float) -> str:
    filled = round(BAR_WIDTH * max(0.0, min(value, top)) / top) if top else 0
    return "█" * filled + "░" * (BAR_WIDTH - filled)


def _cell(cell: Cell) -> str:
    if isinstance(cell, Bar):
        return f"{bar(cell.value, cell.top)} {cell.value:g}"
    if isinstance(cell, Span):
        text = escape(cell.text)
        return f"**{text}**" if cell.style in ("strong", "good", "warn", "bad", "info") else text
    if isinstance(cell, list):
        return "".join(_cell(span) for span in cell)
    return escape(cell)


def render(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    _render(blocks, out, level=1)
    return clean("\n".join(out).strip() + "\n")


def _render(blocks: Sequence[Block], out: list[str], level: int) -> None:
    for block in blocks:
        match block:
            case Heading(text, subtitle):
                out += [f"{'#' * level} {escape(text)}", ""]
                if subtitle:
                    out += [f"*{escape(subtitle)}*", ""]
            case Paragraph(text, style):
                body = _cell(text) if isinstance(text, list) else escape(text)
                out += [f"> {body}" if style == "warn" else body, ""]
            case Fields(pairs):
                out += [f"- **{escape(label)}:** {_cell(value)}" for label, value in pairs]
                out.append("")
            case Bullets(items, title, numbered, details):
                if title:
                    out += [f"**{escape(title)}**", ""]
                for i, item in enumerate(items, 1):
                    marker = f"{i}." if numbered else "-"
                    text = _cell(item) if isinstance(item, list) else escape(item)
                    out.append(f"{marker} {text}")
                    indent = " " * (len(marker) + 1)
                    for detail in details[i - 1] if i <= len(details) else ():
                        out.append(f"{indent}- {escape(detail)}")
                out.append("")
            case Table(columns, rows, title):
                if title:
                    out += [f"**{escape(title)}**", ""]
                out.append("| " + " | ".join(escape(c) or " " for c in columns) + " |")
                out.append("|" + "|".join("---" for _ in columns) + "|")
                out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
                out.append("")
            case Chart(items, title, top, unit):
                if title:
                    out += [f"**{escape(title)}**", ""]
                out.append(f"| | {escape(unit.capitalize()) or 'Value'} | |")
                out.append("|---|---:|---|")
                out += [
                    f"| {escape(label)} | {value:g} | {bar(value, top)} |" for label, value in items
                ]
                out.append("")
            case Section(title, children):
                out += [f"{'#' * (level + 1)} {escape(title)}", ""]
                _render(children, out, level + 2)
