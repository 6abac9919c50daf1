"""The choices each question offers, its pages, and a one-line summary of an answer for review.

Everything here is derived from the question's answer key and the knowledge base's vocabulary,
so a question added to questions.yaml gets choices, pages and a summary without new code as long
as its answer key has a vocabulary here.
"""

from __future__ import annotations

from typing import Any

from questionary import Choice, Separator

from bpo_cli.domain.knowledge import KnowledgeBase, Question
from bpo_cli.domain.models import SKILL_KINDS

KIND_TITLES = {"soft": "Soft skills", "technical": "Technical skills", "domain": "Domain skills"}
SUMMARY_WIDTH = 46  # the review line stays within 80 columns: title, answer, pointer


class Page:
    """One screen of a many-choice question: a title (empty when there is one page) and choices."""

    def __init__(self, title: str, choices: list[Choice]) -> None:
        self.title = title
        self.choices = choices


def title(kb: KnowledgeBase, q: Question) -> str:
    """A short name for the question, shown on the review screen."""
    if q.preference is not None and q.preference in kb.preferences:
        return kb.preferences[q.preference].label
    words = q.answer.split(".")[-1].replace("_", " ")
    return words[:1].upper() + words[1:]


def select_choices(kb: KnowledgeBase, q: Question) -> list[Choice]:
    """The options of a single-choice question."""
    if q.preference is not None:
        pref = kb.preferences[q.preference]
        return [Choice(o.label, value=o.id) for o in pref.options]
    if q.answer == "country":
        listed = sorted(kb.countries.values(), key=lambda c: c.id == "other")  # "other" last
        return [Choice(c.name, value=c.id) for c in listed]
    return [Choice(e.label, value=e.id, description=e.description or None) for e in kb.education]


def pages(kb: KnowledgeBase, q: Question, checked: set[str]) -> list[Page]:
    """The screens of a many-choice question: skills one kind a page, others on one page."""
    if q.answer == "skills":
        out = []
        for kind in SKILL_KINDS:
            skills = [s for s in kb.skills.values() if s.kind == kind]
            if skills:
                out.append(
                    Page(
                        KIND_TITLES[kind],
                        [_choice(s.label, s.id, s.description, checked) for s in skills],
                    )
                )
        return out
    if q.answer == "certifications":
        certs = kb.certifications.values()
        return [Page("", [_choice(f"{c.label} ({c.issuer})", c.id, "", checked) for c in certs])]
    table = kb.interests if q.answer == "interests" else kb.fields
    return [Page("", [_choice(r.label, r.id, r.description, checked) for r in table.values()])]


def _choice(label: str, value: str, description: str, checked: set[str]) -> Choice:
    return Choice(label, value=value, checked=value in checked, description=description or None)


def summary(kb: KnowledgeBase, q: Question, value: Any, answers: dict[str, Any]) -> str:
    """The answer in words, short enough for one line of the review screen."""
    if q.kind == "number":
        years = int(value or 0)
        return f"{years} year" if years == 1 else f"{years} years"
    if q.kind == "select":
        labels = [str(c.title) for c in select_choices(kb, q) if c.value == value]
        return labels[0] if labels else str(value)
    chosen = set(value or [])
    labels = [
        str(c.title) for page in pages(kb, q, chosen) for c in page.choices if c.value in chosen
    ]
    if q.answer == "interests" and answers.get("interest_scores"):
        prefix = "from your ratings: "
    else:
        prefix = ""
    return prefix + _shorten(labels)


def _shorten(labels: list[str]) -> str:
    if not labels:
        return "none"
    shown: list[str] = []
    for count, label in enumerate(labels):
        rest = len(labels) - count - 1
        tail = f" and {rest} more" if rest else ""
        if shown and len(", ".join([*shown, label])) + len(tail) > SUMMARY_WIDTH:
            return ", ".join(shown) + f" and {len(labels) - len(shown)} more"
        shown.append(label)
    return ", ".join(shown)


def separator() -> Separator:
    return Separator(" ")
