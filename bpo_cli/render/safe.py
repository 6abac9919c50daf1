"""Text from data made harmless for output: control characters shown, never obeyed.

Role titles, answers, file names and error messages can hold bytes that a terminal obeys (ESC
starts CSI and OSC sequences that clear the screen, retitle the window or forge links), that
rewrite a line (a bare carriage return) or that reorder what is shown (bidirectional overrides).
Every output backend (rich, plain, Markdown, HTML) and the stderr message writer pass text through
`clean`, so no backend has to remember a list of dangerous characters.
"""

from __future__ import annotations

import re

# C0 controls other than tab and newline, DEL, C1 controls, and the Unicode format characters
# that reorder or hide text (bidirectional embeddings, overrides and isolates; zero-width marks
# that can disguise a name are left alone: they do not drive a terminal).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile("\r\n?")
# Markup the way rich reads it (rich.markup.RE_TAGS): `[bold]`, `[/]`, `[link=...]`, `[@click]`.
RICH_TAG = re.compile(r"\[([a-z#/@][^\[\]]*)\]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """`text` with Windows and old Mac newlines made `\\n` and every other control character
    written out visibly (ESC becomes the four characters `\\x1b`), so it shows but never acts."""
    if text.isprintable():
        return text  # the common case, and fast: no newline, tab or control character at all
    return _UNSAFE.sub(_visible, _NEWLINES.sub("\n", text))


def unsafe_characters(text: str) -> list[str]:
    """The control characters `clean` would write out, each as shown (e.g. `\\x1b`), in order."""
    seen: list[str] = []
    for match in _UNSAFE.finditer(_NEWLINES.sub("\n", text)):
        shown = _visible(match)
        if shown not in seen:
            seen.append(shown)
    return seen


def markup_tags(text: str) -> list[str]:
    """Pieces of `text` that rich would read as markup if it were printed as a markup string."""
    return [f"[{m.group(1)}]" for m in RICH_TAG.finditer(text)]
