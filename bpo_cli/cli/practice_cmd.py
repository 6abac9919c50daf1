"""`bpo practice typing`: a typing test in the terminal, timed as hiring tests time it."""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Annotated

import typer

from bpo_cli.cli.options import Data
from bpo_cli.cli.output import message
from bpo_cli.errors import CancelledError, UsageError

practice_app = typer.Typer(
    help="Practise for hiring tests: `bpo practice typing`.", no_args_is_help=True
)


@practice_app.command("typing")
def typing_cmd(
    save: Annotated[
        str | None,
        typer.Option(
            "--save", metavar="NAME", help="Keep the result in saved profile NAME (made if new)."
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", metavar="NAME", help="Compare with this person's best roles."),
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option("--answers", "-a", metavar="FILE", help="Compare with these answers' roles."),
    ] = None,
    passage: Annotated[
        int | None,
        typer.Option("--passage", min=1, metavar="N", help="Which built-in passage (1 to 5)."),
    ] = None,
    data: Data = None,
) -> None:
    """Type a passage (a customer e-mail, an address, invoice lines) against the clock: words a
    minute (5 characters a word, net of errors) and accuracy, against your best roles' targets."""
    from bpo_cli.cli.common import knowledge
    from bpo_cli.domain.typing_test import PASSAGES, score
    from bpo_cli.services import person as person_service
    from bpo_cli.services import practice

    if not (sys.stdin.isatty() and sys.stderr.isatty()) or os.name != "posix":
        raise UsageError(
            "bpo practice typing needs a terminal to type in",
            "run it in a terminal window, not through a pipe or a file",
        )
    if save:
        from bpo_cli.services import profiles

        profiles.check_can_save(save)  # before the test, so a typed result is never lost to it
    kb = knowledge(data)
    person = person_service.read(kb, answers, profile)
    if passage is not None and passage > len(PASSAGES):
        raise UsageError(f"--passage {passage}: there are {len(PASSAGES)} passages")
    index = passage - 1 if passage is not None else random.randrange(len(PASSAGES))
    kind, text = PASSAGES[index]
    message(f"Type this {kind} exactly, then press Enter. The clock starts at your first key.")
    message("")
    message(f"  {text}")
    message("")
    try:
        typed, seconds = _type_line()
    except KeyboardInterrupt:
        raise CancelledError("no result was kept") from None
    if not typed:
        raise UsageError("nothing was typed", "run it again and type the passage")
    result = score(text, typed, seconds)
    out = sys.stdout
    out.write(
        f"Speed: {result.net_wpm:g} words a minute, net of errors "
        f"(gross {result.gross_wpm:g}); accuracy {result.accuracy:g}% "
        f"({result.errors} error{'s' if result.errors != 1 else ''} in {result.characters} "
        f"characters, {result.seconds:g} s)\n"
        "A word is 5 characters; net speed = gross speed - errors a minute.\n"
    )
    found = practice.targets(kb, person)
    whose = "your best roles" if person is not None else "roles with a sourced typing target"
    if found:
        out.write(f"\nAgainst {whose}:\n")
        for t in found:
            goal = f"{t.wpm} WPM" + (f" at {t.accuracy}% accuracy" if t.accuracy else "")
            verdict = "met" if practice.meets(result, t) else "not yet"
            source = kb.sources[t.source].title if t.source in kb.sources else t.source
            out.write(f"  - {t.title}: {goal}: {verdict} ({t.text}; source: {source})\n")
    else:
        out.write(f"\nNo sourced typing target for {whose}.\n")
    out.flush()
    if save:
        path = practice.save(save, result)
        message(f"Kept in profile '{save}' ({path}) as a measured result.")


def _type_line() -> tuple[str, float]:
    """Read one line key by key with no echo from the terminal; echo it ourselves. Returns the
    text (after Backspace corrections) and the seconds from the first key to Enter."""
    import codecs
    import termios
    import tty

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    typed: list[str] = []
    start: float | None = None
    echo = sys.stderr
    echo.write("  ")
    echo.flush()
    try:
        tty.setcbreak(fd)
        while True:
            chunk = os.read(fd, 64)
            if not chunk:
                break
            now = time.monotonic()
            done = False
            for ch in decoder.decode(chunk):
                if ch in "\r\n" or ch == "\x04":
                    done = bool(typed) or ch == "\x04"
                    if done:
                        break
                    continue
                if ch in "\x7f\x08":
                    if typed:
                        typed.pop()
                        echo.write("\b \b")
                    continue
                if ch < " ":
                    continue  # other control keys (arrows send ESC [ ...) are not text
                if start is None:
                    start = now
                typed.append(ch)
                echo.write(ch)
            echo.flush()
            if done:
                end = time.monotonic()
                break
        else:  # pragma: no cover - the loop only ends by break
            end = time.monotonic()
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        echo.write("\n")
        echo.flush()
    if start is None:
        return "", 0.0
    return "".join(typed), end - start
