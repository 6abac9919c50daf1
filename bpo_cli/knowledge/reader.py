"""Reading one record of a data file field by field, collecting problems instead of raising."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bpo_cli.errors import Problem

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")
# A web address as data may hold it: http(s), a dotted host, no spaces or control characters.
URL = re.compile(
    r"^https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?(?:[/?#][^\s\x00-\x1f\x7f]*)?$"
)


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """' (did you mean x?)' when a close choice exists, else ''."""
    import difflib  # only when something is wrong

    close = difflib.get_close_matches(value.lower(), list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


MAX_SHOWN = 60  # characters of a bad value quoted in a message


def show(value: Any) -> str:
    """A short rendering of a bad value for a message, at most MAX_SHOWN characters.

    repr() writes control characters as escapes (`\\x1b`), so the quote never drives a terminal.
    """
    if isinstance(value, int) and value.bit_length() > 200:
        return f"a number of about {value.bit_length() * 3 // 10:,} digits"
    if isinstance(value, (dict, list)):
        return f"{type_name(value)} of {len(value):,} items"
    try:
        text = repr(value[: MAX_SHOWN + 1] if isinstance(value, str) else value)
    except (ValueError, RecursionError):
        return f"a {type(value).__name__} too large to show"
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


def text_problem(text: str) -> tuple[str, bool] | None:
    """Why a text from data must not be shown as it is, and whether that is only a warning.

    Control characters are an error: no honest text holds them, and a JSON consumer that prints
    values raw would pass them to a terminal. Something that reads like rich markup is a warning:
    bpo shows it as the text it is, but an author should know it looks like a disguised link.
    """
    from bpo_cli.render.safe import markup_tags, unsafe_characters

    bad = unsafe_characters(text)
    if bad:
        return (
            f"contains control characters ({', '.join(bad[:3])}), which could drive a terminal; "
            "remove them",
            False,
        )
    tags = markup_tags(text)
    if tags:
        return (
            f"contains {show(tags[0])}, which looks like terminal markup (a disguised link or "
            "style); bpo shows it as text, but reword it without square brackets",
            True,
        )
    return None


class Record:
    """A mapping from a data file; each getter checks one field and returns a safe default."""

    def __init__(
        self,
        data: Any,
        file: str,
        label: str,
        problems: list[Problem],
        prefix: str = "",
    ) -> None:
        self.file = file
        self.label = label
        self.problems = problems
        self.prefix = prefix
        self.seen: set[str] = set()
        if isinstance(data, dict):
            self.data: dict[Any, Any] = data
        else:
            self.data = {}
            self.problem(None, f"expected a mapping of fields, got {type_name(data)}")

    # -- reporting -------------------------------------------------------------------------

    def path(self, key: str | None) -> str | None:
        if key is None:
            return self.prefix.rstrip(".") or None
        return f"{self.prefix}{key}"

    def problem(self, key: str | None, message: str, *, warning: bool = False) -> None:
        self.problems.append(
            Problem(self.file, self.label or None, self.path(key), message, warning=warning)
        )

    def finish(self) -> None:
        """Report keys nobody asked for: in hand-written data they are nearly always typos."""
        for key in self.data:
            if key not in self.seen:
                known = sorted(self.seen)
                self.problem(str(key), f"unknown field{did_you_mean(str(key), known)}")

    # -- getters ---------------------------------------------------------------------------

    def raw(self, key: str) -> Any:
        self.seen.add(key)
        return self.data.get(key)

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.raw(key)
        if value is None:
            if required:
                self.problem(key, "missing (a text is required)")
            return default
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(key, f"expected text, got {type_name(value)}")
            return default
        text = str(value).strip()
        if required and not text:
            self.problem(key, "is empty")
        trouble = text_problem(text)
        if trouble:
            self.problem(key, trouble[0], warning=trouble[1])
        return text

    def optional_text(self, key: str) -> str | None:
        value = self.text(key, required=False)
        return value or None

    def slug(self, key: str = "id") -> str:
        value = self.text(key)
        if value and not SLUG.match(value):
            self.problem(key, f"{show(value)} is not a valid id (lowercase words joined by '-')")
        return value

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        values = self._list(key, required)
        out: list[str] = []
        for i, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                self.problem(f"{key}[{i}]", f"expected text, got {type_name(value)}")
            elif str(value).strip():
                out.append(str(value).strip())
                trouble = text_problem(out[-1])
                if trouble:
                    self.problem(f"{key}[{i}]", trouble[0], warning=trouble[1])
            else:
                self.problem(f"{key}[{i}]", "is empty")
        return tuple(out)

    def url(self, key: str, *, required: bool = False) -> str | None:
        """A web address (http or https, with a host); None when absent."""
        value = self.text(key, required=required)
        if value and not URL.match(value):
            self.problem(key, f"{show(value)} is not a web address (https://host/path)")
            return None
        return value or None

    def slugs(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        out: list[str] = []
        for i, value in enumerate(self.texts(key, required=required)):
            if not SLUG.match(value):
                self.problem(f"{key}[{i}]", f"{show(value)} is not a valid id")
            elif value in out:
                self.problem(f"{key}[{i}]", f"'{value}' is listed twice")
            else:
                out.append(value)
        return tuple(out)

    def boolean(self, key: str, *, default: bool | None = None) -> bool:
        value = self.raw(key)
        if value is None:
            if default is None:
                self.problem(key, "missing (true or false)")
                return False
            return default
        if not isinstance(value, bool):
            self.problem(key, f"expected true or false, got {show(value)}")
            return bool(default)
        return value

    def integer(self, key: str, *, default: int | None = None, low: int, high: int) -> int:
        value = self.raw(key)
        if value is None:
            if default is None:
                self.problem(key, f"missing (a whole number from {low} to {high})")
                return low
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(key, f"expected a whole number, got {show(value)}")
            return default if default is not None else low
        if not low <= value <= high:
            self.problem(key, f"{show(value)} is out of range ({low} to {high})")
            return max(low, min(high, value))
        return value

    def choice(self, key: str, options: tuple[str, ...], *, default: str | None = None) -> str:
        value = self.text(key, required=default is None)
        if not value:
            return default or options[0]
        if value not in options:
            self.problem(key, f"{show(value)} is not one of: {', '.join(options)}")
            return default or options[0]
        return value

    def sub(self, key: str, *, required: bool = True) -> Record | None:
        """A nested mapping, read with the same problem list; None when absent."""
        value = self.raw(key)
        if value is None:
            if required:
                self.problem(key, "missing")
            return None
        return Record(value, self.file, self.label, self.problems, f"{self.prefix}{key}.")

    def items(self, key: str, *, required: bool = False) -> list[tuple[int, Any]]:
        """The elements of a list field with their index."""
        return list(enumerate(self._list(key, required)))

    def _list(self, key: str, required: bool) -> list[Any]:
        value = self.raw(key)
        if value is None:
            if required:
                self.problem(key, "missing (a list is required)")
            return []
        if not isinstance(value, list):
            self.problem(key, f"expected a list, got {type_name(value)}")
            return []
        if required and not value:
            self.problem(key, "is empty")
        return value


def type_name(value: Any) -> str:
    """A reader's name for a YAML value's type."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {show(value)}"
    if isinstance(value, (int, float)):
        return f"the number {show(value)}"
    return f"a {type(value).__name__}"
