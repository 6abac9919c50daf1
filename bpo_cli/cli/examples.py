"""Examples for every command's help, kept in one place and attached when the app is built."""

from __future__ import annotations

import re

import typer

# Command path (as typed after `bpo`) -> (command line, what it does). Every command needs an
# entry: tests/test_help.py checks that each one's --help shows an example.
EXAMPLES: dict[str, list[tuple[str, str]]] = {
    "advise": [
        ("bpo advise", "answer the questions: roles that fit, gaps, next steps"),
        ("bpo advise --last", "the same answers as last time, again"),
        ("bpo advise --last --format html -o report.html", "a report to print or keep"),
        ("bpo advise --answers me.yaml --json", "answers from a file, advice as JSON"),
    ],
    "profiles": [
        ("bpo profiles", "the saved answers, and any that no longer load"),
        ("bpo profiles show asha", "the answers saved as 'asha'"),
        ("bpo profiles rm last", "forget the answers kept from the last questionnaire"),
    ],
    "profiles show": [
        ("bpo profiles show asha", "the answers saved with --save asha"),
        ("bpo profiles show asha > me.yaml", "as an answers file to edit"),
    ],
    "profiles rm": [
        ("bpo profiles rm asha", "remove the answers saved as 'asha'"),
        ("bpo profiles rm last", "forget the answers kept for --last"),
    ],
    "cohort": [
        ("bpo cohort class.csv", "who fits which role, and the skills to teach first"),
        ("bpo cohort class.csv --format html -o class.html", "the same as a report"),
    ],
    "form": [
        ("bpo form", "the questions, to rebuild as an online form"),
        ("bpo form --json", "the same for a program"),
    ],
    "path": [
        ("bpo path operations-manager --from customer-support-executive", "move by move"),
        ("bpo path legal-analyst --profile last", "from where your answers put you"),
    ],
    "next-skill": [
        ("bpo next-skill --profile last", "the skills that would open the most roles"),
        ("bpo next-skill --answers me.yaml --json", "the same as JSON"),
    ],
    "compare": [
        ("bpo compare legal-analyst research-analyst", "two roles side by side"),
        ("bpo compare data-entry-specialist claims-processor --profile last", "with your fit"),
    ],
    "roles": [
        ("bpo roles", "every role, with its slug for `bpo role SLUG`"),
        ("bpo roles --type kpo", "the roles of one BPO type"),
        ("bpo roles --education high-school", "roles open to school leavers"),
    ],
    "role": [
        ("bpo role paralegal", "one role, by slug, title or alias, in any case"),
        ("bpo role 'legal analyst' --json", "the same as JSON"),
    ],
    "types": [
        ("bpo types", "the BPO types: by function, location and service"),
        ("bpo types --json", "the same as JSON"),
    ],
    "type": [
        ("bpo type kpo", "one BPO type and its roles"),
        ("bpo type lpo --json", "the same as JSON"),
    ],
    "vocab": [
        ("bpo vocab", "the kinds of ids answers use"),
        ("bpo vocab skills", "every skill id, to write in an answers file"),
        ("bpo vocab skills excel", "one skill and how to build it"),
    ],
    "overview": [
        ("bpo overview", "BPO in general: benefits, challenges, market"),
        ("bpo overview --format markdown -o bpo.md", "the same to keep"),
    ],
    "about": [
        ("bpo about", "version, sources and the O*NET attribution"),
        ("bpo about --json", "the same as JSON"),
    ],
    "schema": [
        ("bpo schema", "the names of the JSON documents"),
        ("bpo schema advice", "the JSON Schema of `bpo advise --json`"),
    ],
    "practice": [
        ("bpo practice typing", "a timed typing test, against your best roles' targets"),
    ],
    "practice typing": [
        ("bpo practice typing", "type a passage against the clock: words a minute, accuracy"),
        ("bpo practice typing --save asha", "keep the measured result in the profile asha"),
    ],
    "data": [
        ("bpo data check", "check the built-in knowledge base"),
        ("bpo data check ./my-data", "check an overlay of your own roles and rules"),
    ],
    "data check": [
        ("bpo data check", "check the built-in knowledge base"),
        ("bpo data check ./my-data", "check an overlay with the built-in data"),
    ],
}


# rich.markup.escape's rule, without importing rich (its import costs a lookup ~12 ms at start-up,
# and every command's examples are attached at start-up): a backslash before anything that
# could open a markup tag.
_TAG = re.compile(r"(\\*)(\[[a-z#/@][^[]*?])")


def escape(text: str) -> str:
    """`text` safe inside rich markup, as rich.markup.escape makes it."""
    text = _TAG.sub(lambda m: f"{m.group(1)}{m.group(1)}\\{m.group(2)}", text)
    return text + "\\" if text.endswith("\\") and not text.endswith("\\\\") else text


def epilog(path: str) -> str | None:
    """The examples of one command as rich markup for its help, or None if it has none."""
    lines = EXAMPLES.get(path)
    if not lines:
        return None
    shown = [f"  [cyan]{escape(command)}[/cyan]\n      {escape(what)}" for command, what in lines]
    return "[bold]Examples[/bold]\n" + "\n".join(shown)


def attach(app: typer.Typer, prefix: str = "") -> None:
    """Give every registered command and group its examples (unless it has an epilog)."""
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        if command.epilog is None:
            command.epilog = epilog(f"{prefix}{name}")
    for group in app.registered_groups:
        path = f"{prefix}{group.name}"
        if _unset(group.epilog):
            group.epilog = epilog(path)
        if group.typer_instance is not None:
            attach(group.typer_instance, f"{path} ")


def _unset(value: object) -> bool:
    """typer marks a group's options it was not given with a DefaultPlaceholder."""
    return getattr(value, "value", value) is None
