"""The questionnaire as a form specification, to rebuild in Google Forms or Microsoft Forms.

A responses sheet downloaded from such a form (the question texts as headers, checkbox answers
joined by ", ") reads as a class list: the same answers give the same advice.
"""

from __future__ import annotations

from bpo_cli.documents.form import FormDoc, FormKind, FormOption, FormQuestion
from bpo_cli.domain.knowledge import KnowledgeBase, Question

KINDS: dict[str, FormKind] = {"select": "single", "checkbox": "multiple", "number": "number"}


def form(kb: KnowledgeBase) -> FormDoc:
    """Every question of the questionnaire, in order, with its choices."""
    return FormDoc(questions=[_question(kb, q) for q in kb.questions])


def _question(kb: KnowledgeBase, q: Question) -> FormQuestion:
    kind = KINDS.get(q.kind, "single")
    return FormQuestion(q.answer, q.prompt, kind, [] if kind == "number" else options(kb, q))


def options(kb: KnowledgeBase, q: Question) -> list[FormOption]:
    """A question's choices: a preference's options, or the vocabulary its answer names."""
    if q.preference is not None:
        pref = kb.preferences.get(q.preference)
        return [FormOption(o.id, o.label) for o in pref.options] if pref else []
    # The vocabulary of an answer is named like it ("skills", "education"), or its plural
    # ("country" -> "countries").
    stem = q.answer
    for vocabulary in (stem, f"{stem}s", f"{stem[:-1]}ies" if stem.endswith("y") else stem):
        try:
            labels = kb.labels(vocabulary)
        except KeyError:
            continue
        return [FormOption(key, label) for key, label in labels.items()]
    return []
