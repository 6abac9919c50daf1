"""The one exception family of bpo, each carrying the exit code the CLI turns it into."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, documented in the README."""

    OK = 0
    ERROR = 1  # a domain error: unknown role, invalid answers, invalid knowledge base
    USAGE = 2  # a bad flag, missing input, a prompt that cannot be shown
    CANCELLED = 130  # Ctrl-C
    BROKEN_PIPE = 141  # the reader of our output went away (128 + SIGPIPE)


class BpoError(Exception):
    """Base of every error bpo reports to the user: a message, an optional hint, an exit code."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class NotFoundError(BpoError):
    """A role, type, vocabulary id or saved profile that does not exist."""


class InvalidAnswersError(BpoError):
    """An answers file or saved profile that cannot be used."""


class InvalidKnowledgeError(BpoError):
    """A knowledge base that failed to load; carries every problem found."""

    def __init__(self, problems: list[Problem], hint: str | None = None) -> None:
        first = problems[0] if problems else None
        count = len(problems)
        summary = (
            f"{first}" if count == 1 else f"{count} problems in the knowledge base; first: {first}"
        )
        super().__init__(summary, hint or "run `bpo data check` to list every problem")
        self.problems = problems


class InputFileError(BpoError):
    """A file that cannot be read as input at all (missing, too large, not text, not YAML)."""

    def __init__(self, name: str, detail: str, hint: str | None = None) -> None:
        super().__init__(f"{name}: {detail}", hint)
        self.name = name
        self.detail = detail


class UsageError(BpoError):
    """The command line asks for something impossible (e.g. a prompt without a terminal)."""

    exit_code = ExitCode.USAGE


class CancelledError(BpoError):
    """The person pressed Ctrl-C; what they had answered was kept."""

    exit_code = ExitCode.CANCELLED

    def __init__(self, hint: str | None = None) -> None:
        super().__init__("Cancelled.", hint)


class Problem:
    """One problem found in a data file: where it is and what is wrong."""

    __slots__ = ("field", "file", "message", "record", "warning")

    def __init__(
        self,
        file: str,
        record: str | None,
        field: str | None,
        message: str,
        *,
        warning: bool = False,
    ) -> None:
        self.file = file
        self.record = record
        self.field = field
        self.message = message
        # A warning is listed by `bpo data check` (which then fails) but does not stop other
        # commands from using the data: it is shown safely anyway.
        self.warning = warning

    def where(self) -> str:
        parts = [self.file]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "file": self.file,
            "record": self.record,
            "field": self.field,
            "message": self.message,
        }
