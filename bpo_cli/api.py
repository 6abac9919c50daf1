"""bpo as a library: load the knowledge, advise a person, plan a route, render any result.

    from bpo_cli import api
    kb = api.load_knowledge()
    advice = api.advise(kb, {"education": "bachelor", "fields": ["law"], "skills": ["writing"]})
    print(advice.matches[0].title, advice.matches[0].score)
    route = api.plan_path(kb, "legal-analyst", answers={"education": "bachelor"})
    print(api.render(route, "markdown", kb))

Every result is a typed document (a frozen msgspec Struct from `bpo_cli.documents`), the same
one the command line prints: `api.render(doc, "json")` is exactly `--json`. Bad input raises a
`bpo_cli.errors.BpoError` (InvalidAnswersError, NotFoundError, InvalidKnowledgeError, ...) whose
`message` and `hint` name the field and value at fault. The command line is built on these calls.
The advice is for career exploration, never for screening candidates.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from bpo_cli.documents.advice import AdviceDoc
    from bpo_cli.documents.base import Document
    from bpo_cli.documents.common import ProfileDoc
    from bpo_cli.documents.plan import PathDoc
    from bpo_cli.domain.knowledge import KnowledgeBase
    from bpo_cli.domain.profile import Profile

    # Answers as a mapping (the answers-file keys), a checked Profile, or an advice's profile.
    Answers: TypeAlias = Mapping[str, Any] | Profile | ProfileDoc

__all__ = ["advise", "load_knowledge", "person", "plan_path", "render"]


def load_knowledge(overlay: str | Path | None = None) -> KnowledgeBase:
    """The built-in knowledge base, with an overlay directory of extra or replacement YAML
    (the same layout as the built-in data) laid over it when given."""
    from bpo_cli.services.knowledge_base import load

    return load(Path(overlay) if overlay is not None else None)


def person(kb: KnowledgeBase, answers: Answers) -> Profile:
    """Answers (the answers-file keys: education, fields, interests, skills, ...) checked and
    normalised into a Profile; ids or labels in any case are accepted, and so is the `profile`
    of an advice document."""
    from msgspec import Struct, to_builtins

    from bpo_cli.domain.profile import Profile
    from bpo_cli.services.answers import to_profile

    if isinstance(answers, Profile):
        return answers
    raw = to_builtins(answers) if isinstance(answers, Struct) else dict(answers)
    return to_profile(kb, raw, "answers")


def advise(kb: KnowledgeBase, answers: Answers) -> AdviceDoc:
    """Every role scored for the person, best first, with reasons, gaps and steps."""
    from bpo_cli.services.advice import advise_person

    return advise_person(kb, person(kb, answers))


def plan_path(
    kb: KnowledgeBase,
    target: str,
    *,
    from_role: str | None = None,
    answers: Answers | None = None,
) -> PathDoc:
    """The cheapest route to `target` (a slug, title or alias), from a role held or from a
    person's answers; `total.years` is the time the route takes."""
    from bpo_cli.services.plan import path

    who = person(kb, answers) if answers is not None else None
    return path(kb, target, from_role=from_role, person=who)


def render(
    document: Document,
    fmt: str = "text",
    kb: KnowledgeBase | None = None,
    *,
    top: int | None = 5,
    explain: bool = False,
) -> str:
    """A document as text, json, markdown or html, exactly as the command line prints it
    (text is the plain, piped form). Views other than json need the knowledge base."""
    from bpo_cli.errors import UsageError
    from bpo_cli.render.emit import FORMATS, Context
    from bpo_cli.render.emit import render as render_document

    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", f"choose one of: {', '.join(FORMATS)}")
    return render_document(document, fmt, Context(kb, top, explain))
