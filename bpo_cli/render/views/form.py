"""`bpo form` as text: each question, how it is answered, and its choices word for word."""

from __future__ import annotations

from bpo_cli.documents.form import FormDoc
from bpo_cli.render.blocks import Block, Bullets, Heading, Paragraph, Section
from bpo_cli.render.emit import Context, View

HOW = {
    "single": "Multiple choice (one answer)",
    "multiple": "Checkboxes (any number of answers)",
    "number": "Short answer: a whole number",
}


def form_view(document: FormDoc, ctx: Context) -> list[Block]:
    blocks: list[Block] = [
        Heading("The bpo questions, as a form", "copy each question and its choices word for word"),
        Paragraph(
            "Build these questions in Google Forms or Microsoft Forms, in any order; add a name "
            "or email question if you like. Download the responses as CSV or .xlsx and run "
            "`bpo advise --batch responses.csv` or `bpo cohort responses.csv` (keep a name with "
            "--keep). None of the questions is required: a blank answer means the default."
        ),
    ]
    for number, q in enumerate(document.questions, 1):
        inner: list[Block] = [Paragraph(f"{HOW[q.kind]}; answers key: {q.answer}", style="dim")]
        if q.options:
            inner.append(Bullets([o.label for o in q.options]))
        blocks.append(Section(f"{number}. {q.text}", inner))
    return blocks


VIEWS: dict[type, View] = {FormDoc: View(form_view, title="bpo questionnaire as a form")}
