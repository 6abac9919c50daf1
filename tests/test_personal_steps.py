"""Steps are personal: nothing for what the person has, each step once, one typing target."""

from __future__ import annotations

import re

from bpo_cli.domain.engine import advise
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.services.answers import to_profile


def steps_for(kb: KnowledgeBase, role: str, answers: dict[str, object]) -> list[str]:
    person = to_profile(kb, answers, "test")
    match = next(m for m in advise(person, kb).matches if m.role == role)
    return [s.text for s in match.steps]


def test_a_nurse_is_not_told_to_learn_what_she_knows(kb: KnowledgeBase) -> None:
    nurse = {
        "education": "bachelor",
        "fields": ["healthcare"],
        "skills": ["medical-terminology", "anatomy-physiology"],
    }
    student = {"education": "bachelor", "fields": ["science"]}
    about_terms = re.compile(r"medical terminology", re.IGNORECASE)
    assert any(about_terms.search(t) for t in steps_for(kb, "medical-coder", student))
    assert not any(about_terms.search(t) for t in steps_for(kb, "medical-coder", nurse))


def test_each_step_once_and_one_typing_target(kb: KnowledgeBase) -> None:
    for role in ("customer-support-executive", "chat-support-executive", "data-entry-specialist"):
        texts = steps_for(kb, role, {"education": "high-school"})
        assert len(texts) == len({t.casefold() for t in texts}), role
        figures = {int(n) for t in texts for n in re.findall(r"(\d+) words (?:a|per) minute", t)}
        assert figures <= {kb.typing[0].wpm}, (role, figures)


def test_a_measured_fast_typist_gets_no_typing_step(kb: KnowledgeBase) -> None:
    fast = {"education": "high-school", "typing": {"wpm": 52, "accuracy": 97, "measured": True}}
    texts = steps_for(kb, "customer-support-executive", fast)
    assert not any("words per minute" in t or "words a minute" in t for t in texts)
