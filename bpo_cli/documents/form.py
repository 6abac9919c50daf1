"""The document of `bpo form`: the questionnaire as a form specification."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from msgspec import Meta, Struct

from bpo_cli.documents.base import SCHEMA_VERSION, Document, Version

FormKind = Literal["single", "multiple", "number"]


class FormOption(Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    label: str


class FormQuestion(Struct, frozen=True, forbid_unknown_fields=True):
    answer: Annotated[
        str,
        Meta(description="The answers key the question fills, e.g. skills or preferences.shifts."),
    ]
    text: Annotated[
        str,
        Meta(description="The question, word for word: use it as the form's question text."),
    ]
    kind: Annotated[
        FormKind,
        Meta(
            description="single: one choice (multiple choice); multiple: any number "
            "(checkboxes); number: a whole number (short answer)."
        ),
    ]
    options: Annotated[
        list[FormOption],
        Meta(
            description="The choices, empty for a number. A form shows the labels; a responses "
            "sheet may hold labels or ids."
        ),
    ]


class FormDoc(Document, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Added in 1.1. Every question of `bpo advise`, in order, to rebuild in Google Forms or
    Microsoft Forms. A responses sheet whose headers are these texts (or the answers keys) is read
    by `bpo advise --batch` and `bpo cohort`."""

    schema: ClassVar[str] = "form"
    command: ClassVar[str] = "`bpo form --json`: the questionnaire as a form specification"

    schema_version: Version = SCHEMA_VERSION
    questions: list[FormQuestion]
