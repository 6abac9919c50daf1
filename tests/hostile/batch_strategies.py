"""Hypothesis strategies for hostile class lists: CSV rows and JSON Lines records that an
attacker or a careless export would produce, mixed with good records that must all survive."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

GOOD_SKILLS = "fast-typing;accuracy"

# Cell pieces that have broken CSV readers before.
NASTY_CELLS = [
    '"',
    '""',
    '"unclosed',
    'O"Brien',
    ",",
    ";",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\x00",
    "\ufeff",
    "\u202e",
    "²",
    "٣",  # an Arabic-Indic digit: isdigit() but not a year to int() blindly
    "=cmd|' /C calc'!A0",
    "@SUM(A1)",
    "\x1b[2J",
    "9" * 5000,
    "x" * 3000,
    "Excel, Accounting basics",
    "phd",
]
# Raw bytes that are not text in any encoding bpo expects.
NASTY_BYTES = [b"\xff\xfe", b"\xfe\xff", b"\x81", b"\xc3", b"\xe9", b"\x00\x00", b"\xef\xbb\xbf"]

cell = st.lists(st.one_of(st.sampled_from(NASTY_CELLS), st.text(max_size=12)), max_size=4).map(
    "".join
)


@st.composite
def hostile_csv_row(draw: Any, width: int) -> bytes:
    """A row of up to width + 2 cells, quoted or not, sometimes with raw bad bytes."""
    cells = draw(st.lists(cell, min_size=1, max_size=width + 2))
    quoted = draw(st.booleans())
    parts = []
    for text in cells:
        if quoted and draw(st.booleans()):
            text = '"' + text.replace('"', '""') + '"'
        parts.append(text)
    row = ",".join(parts).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        row += draw(st.sampled_from(NASTY_BYTES))
    return row


@st.composite
def hostile_csv(draw: Any) -> tuple[bytes, list[str]]:
    """A class list: a header, good rows (ids G0, G1, ...) and hostile rows between them."""
    header = b"id,education,skills,Years of experience"
    lines = [header]
    good: list[str] = []
    for n in range(draw(st.integers(min_value=1, max_value=6))):
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            lines.append(draw(hostile_csv_row(4)))
        lines.append(f"G{n},high-school,{GOOD_SKILLS},1".encode())
        good.append(f"G{n}")
    ending = draw(st.sampled_from([b"\n", b"\r\n"]))
    return ending.join(lines) + ending, good


def nested(depth: int) -> str:
    """JSON text nested `depth` deep, built as text (json.dumps itself would recurse)."""
    opening = "".join('{"k": ' if level % 2 else "[" for level in range(depth))
    closing = "".join("}" if level % 2 else "]" for level in reversed(range(depth)))
    return opening + '"x"' + closing


hostile_json_value = st.one_of(
    st.sampled_from([None, True, 1.5, -1, 10**30, "²", "٣", "", "phd", [], {}]),
    # numbers past Python's 4,300-digit limit, as text (Hypothesis itself cannot print them)
    st.integers(min_value=4400, max_value=6000).map(lambda n: {"__raw__": "9" * n}),
    st.integers(min_value=100, max_value=3000).map(lambda d: {"__raw__": nested(d)}),
    st.text(max_size=20),
    st.lists(st.text(max_size=8), max_size=5),
)


def _dump(value: Any) -> str:
    if isinstance(value, dict) and "__raw__" in value:
        return str(value["__raw__"])
    return json.dumps(value)


@st.composite
def hostile_jsonl_line(draw: Any) -> bytes:
    kind = draw(st.integers(min_value=0, max_value=4))
    if kind == 0:  # a record with hostile values
        keys = draw(
            st.lists(
                st.sampled_from(["education", "skills", "experience_years", "fields", "x", "id"]),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        body = ", ".join(f'"{k}": {_dump(draw(hostile_json_value))}' for k in keys)
        return ("{" + body + "}").encode()
    if kind == 1:  # not JSON, or not an object
        return draw(st.sampled_from([b"{", b"[1, 2]", b'"text"', b"{'a': 1}", b"null", b"{}x"]))
    if kind == 2:  # bad bytes
        return b'{"education": "' + draw(st.sampled_from(NASTY_BYTES)) + b'"}'
    if kind == 3:  # a deep nesting
        return (
            '{"skills": ' + nested(draw(st.integers(min_value=500, max_value=5000))) + "}"
        ).encode()
    return draw(st.text(max_size=30)).encode("utf-8", "surrogatepass").replace(b"\n", b" ")


@st.composite
def hostile_jsonl(draw: Any) -> tuple[bytes, list[str]]:
    lines: list[bytes] = []
    good: list[str] = []
    for n in range(draw(st.integers(min_value=1, max_value=6))):
        # the first line is a good record, so the file reads as JSON Lines
        for _ in range(draw(st.integers(min_value=0, max_value=3)) if n else 0):
            lines.append(draw(hostile_jsonl_line()))
        lines.append(
            json.dumps(
                {"id": f"G{n}", "education": "high-school", "skills": ["fast-typing"]}
            ).encode()
        )
        good.append(f"G{n}")
    return b"\n".join(lines) + b"\n", good
