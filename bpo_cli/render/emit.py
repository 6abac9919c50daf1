"""Any document in any format: the view registry and the one `render` every command goes through.

The CLI decides where the result goes (stdout, a file, a terminal through rich); this module only
turns a document into a string, or into blocks for the rich backend.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from bpo_cli.documents.base import Document

if TYPE_CHECKING:
    from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.render.blocks import Block

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown", "html")


class Context:
    """What views need besides the document: labels from the knowledge base, display options."""

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        top: int | None = 5,
        explain: bool = False,
        name: str | None = None,
    ) -> None:
        from datetime import date

        self._kb = kb
        self.top = top  # rows of a ranking shown in text (None: all); JSON always has all
        self.explain = explain  # show every rule behind each score
        self.name = name  # whose report it is (a saved profile's name), when known
        self.date = date.today().isoformat()  # the day a report is made

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            raise LookupError("this view needs the knowledge base: pass it to emit()")
        return self._kb


ViewFn = Callable[[Any, Context], Sequence[Block]]


class View(NamedTuple):
    """How a document is shown: `text` on a terminal or in plain text; `report`, when given, in
    Markdown and HTML (a fuller page to keep or print); `title` names the HTML page."""

    text: ViewFn
    report: ViewFn | None = None
    title: str = "bpo report"


def view_of(document: Document) -> View:
    """The view registered for a document's type (or a base type) in its family module."""
    family = type(document).__module__.rsplit(".", 1)[-1]
    views: dict[type, View] = import_module(f"bpo_cli.render.views.{family}").VIEWS
    for cls in type(document).__mro__:
        if cls in views:
            return views[cls]
    raise LookupError(f"no view for {type(document).__name__} in render/views/{family}.py")


def blocks(document: Document, context: Context) -> Sequence[Block]:
    """The text view's blocks (for the rich backend on a terminal)."""
    return view_of(document).text(document, context)


def render(document: Document, fmt: Format, context: Context) -> str:
    """The document as a string in one format, building only what that format needs."""
    if fmt == "json":
        from bpo_cli.render.formats import json

        return json.dumps(document.payload())
    view = view_of(document)
    if fmt == "text":
        from bpo_cli.render.formats import plain

        return plain.render(view.text(document, context))
    page = (view.report or view.text)(document, context)
    if fmt == "markdown":
        from bpo_cli.render.formats import markdown

        return markdown.render(page)
    from bpo_cli.render.formats import html

    return html.render(page, view.title)
