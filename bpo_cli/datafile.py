"""Reading one YAML or JSON data file safely: size, encoding, syntax, aliases, types."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

from bpo_cli.errors import InputFileError

MAX_BYTES = 1_000_000
# A document may reuse anchors, but expanding it must stay small: this bounds "billion laughs".
MAX_EXPANDED_NODES = 200_000
# Real answers and data nest four or five levels; a hundred is far beyond any honest file.
MAX_DEPTH = 100
MAX_INT_BITS = 256  # about 77 digits: far past any count, year or score a file may hold
STDIN = "-"
STDIN_CLOSED = False  # set at start-up when bpo was run with stdin closed (`<&-`)


def describe(path: Path | str) -> str:
    """The name a message uses for an input: the path as given, or 'standard input'."""
    return "standard input" if str(path) == STDIN else str(path)


def read_bytes(path: Path | str, name: str | None = None, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file (or of stdin for "-"), refusing directories and files over the limit.

    Never more than `max_bytes + 1` bytes are read, so a file of one endless line costs no more
    memory than a file at the limit. Only regular files are opened, and without blocking: a named
    pipe or a device called `me.yaml` is refused at once instead of hanging or being echoed.
    """
    name = name or describe(path)
    if str(path) == STDIN:
        if STDIN_CLOSED:
            raise InputFileError(
                name, "is closed: nothing can be read from it", "pipe the file in, or name it"
            )
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        try:
            flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0)
            fd = os.open(path, flags)
        except FileNotFoundError:
            raise InputFileError(name, "no such file") from None
        except PermissionError:
            raise InputFileError(name, "permission denied") from None
        except OSError as err:
            raise InputFileError(name, f"cannot be read ({err.strerror or err})") from None
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            from bpo_cli.atomic import kind

            raise InputFileError(
                name,
                f"is {kind(info.st_mode)}, not a regular file; bpo reads only files",
                "to read a pipe, give '-' and pipe it into standard input"
                if stat.S_ISFIFO(info.st_mode)
                else None,
            )
        # The size on disk sizes the read (a buffer of the limit for every small file would cost
        # the start-up a millisecond a file); one byte more shows a file that grew past it.
        wanted = min(info.st_size, max_bytes) + 1 if info.st_size else max_bytes + 1
        with os.fdopen(fd, "rb") as handle:
            try:
                data = handle.read(wanted)
            except OSError as err:
                raise InputFileError(name, f"cannot be read ({err.strerror or err})") from None
    if len(data) > max_bytes:
        raise InputFileError(
            name,
            f"larger than {max_bytes / 1_000_000:g} MB; bpo refuses files this big",
            "split it into smaller files",
        )
    return data


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text from bytes, refusing binary data."""
    if b"\x00" in raw:
        raise InputFileError(name, "this is a binary file, not YAML or JSON text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputFileError(
            name,
            f"not UTF-8 text (byte 0x{raw[err.start]:02x} on line {line}, at offset {err.start})",
            "save the file as UTF-8",
        ) from None


def parse(text: str, name: str, *, json_first: bool = False) -> Any:
    """Parse YAML (or JSON) text into plain data; errors name the line and column."""
    if json_first:
        try:
            return _checked(json.loads(text), name)
        except json.JSONDecodeError:
            pass  # not JSON after all: the YAML parser gives the better message
        except RecursionError:
            raise InputFileError(name, TOO_DEEP) from None
        except ValueError as err:  # Python's limit on the digits of an integer
            raise InputFileError(name, _number_problem(err)) from None
    import yaml  # deferred: a cached knowledge base never needs the YAML parser

    try:
        try:
            # libyaml's parser when it is installed: about eight times faster, same safe
            # constructors. Its messages are terser, so a file it refuses is read again by the
            # pure-Python parser, whose message names the problem better.
            document = _fast_safe_load(yaml, text)
        except yaml.YAMLError:
            document = yaml.safe_load(text)
    except yaml.MarkedYAMLError as err:
        raise InputFileError(name, _yaml_problem(err), "fix the YAML syntax there") from None
    except yaml.YAMLError as err:
        raise InputFileError(name, f"not valid YAML ({err})") from None
    except RecursionError:
        raise InputFileError(name, TOO_DEEP) from None
    except ValueError as err:
        raise InputFileError(name, _number_problem(err)) from None
    return _checked(document, name)


TOO_DEEP = f"nested too deeply to read (more than {MAX_DEPTH} levels)"


def too_long(digits: str) -> str:
    return f"holds a number too long to read ({digits}); bpo expects small numbers"


def _number_problem(err: ValueError) -> str:
    if "digits" in str(err):
        return too_long("over 4,300 digits")
    return f"holds a value that cannot be read ({err})"


def load(path: Path | str) -> Any:
    """Read and parse one input file; a `.json` file, or JSON on stdin, is read as JSON."""
    name = describe(path)
    text = decode(read_bytes(path, name), name)
    is_json = str(path).endswith(".json") or (str(path) == STDIN and text.lstrip()[:1] in "{[")
    return parse(text, name, json_first=is_json)


def _yaml_problem(err: Any) -> str:
    mark = err.problem_mark or err.context_mark
    problem = err.problem or err.context or "not valid YAML"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("tag", 1)[1].strip(" '")
        problem = f"the tag {tag} is not allowed (bpo reads plain data only)"
    if mark is None:
        return problem
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}"


def _checked(document: Any, name: str) -> Any:
    """Refuse documents whose aliases expand to something huge or loop back on themselves."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Any, depth: int = 0) -> int:
        if not isinstance(node, (dict, list)):
            if isinstance(node, int) and node.bit_length() > MAX_INT_BITS:
                # Hexadecimal or octal YAML numbers escape Python's 4,300-digit limit on
                # parsing, but not on printing: refused here, before any message quotes one.
                digits = node.bit_length() * 3 // 10
                raise InputFileError(name, too_long(f"about {digits:,} digits"))
            return 1
        if depth > MAX_DEPTH:
            raise InputFileError(name, TOO_DEEP)
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise InputFileError(name, "an alias refers to itself; bpo reads plain data only")
        in_progress.add(key)
        children = node.items() if isinstance(node, dict) else enumerate(node)
        total = 1
        for k, v in children:
            total += size(k, depth + 1) + size(v, depth + 1)
            if total > MAX_EXPANDED_NODES:
                raise InputFileError(
                    name,
                    f"expands to more than {MAX_EXPANDED_NODES:,} values (too many aliases); "
                    "bpo refuses it",
                )
        in_progress.discard(key)
        sizes[key] = total
        return total

    try:
        size(document)
    except RecursionError:
        raise InputFileError(name, TOO_DEEP) from None
    return document


def _fast_safe_load(yaml: Any, text: str) -> Any:
    """yaml.safe_load with libyaml's CSafeLoader when it is there: the same safe constructors
    (no Python objects, no tags beyond YAML's own), parsed in C."""
    loader_class = getattr(yaml, "CSafeLoader", None)
    if loader_class is None:
        return yaml.safe_load(text)
    loader = loader_class(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
