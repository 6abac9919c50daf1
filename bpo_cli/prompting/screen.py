"""How a prompt sits on the screen: a list that scrolls inside the terminal, the pointed choice's
description wrapped under it, the keys always shown, no wrap-around, and a key to go back.

questionary builds each prompt as a prompt_toolkit Application; `tune` adjusts that application
after questionary made it, so the prompts keep questionary's look and behaviour otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prompt_toolkit.application import get_app
from prompt_toolkit.filters import Condition, is_done
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout, Window
from prompt_toolkit.layout.controls import FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension
from questionary import Separator
from questionary.prompts.common import InquirerControl
from questionary.question import Question


class Back:
    """The answer of a prompt left with Esc or the "Back" choice."""

    def __repr__(self) -> str:
        return "BACK"


BACK = Back()
# Lines kept for everything but the list: the question (up to two lines), its help, the wrapped
# description (up to three), the keys line and a filter line.
RESERVED_LINES = 9
MIN_LIST_LINES = 3


def tune(question: Question, *, keys: str, back: bool) -> Question:
    """Show `keys` under the prompt, stop lists at their ends, and let Esc go back (if `back`)."""
    app = question.application
    bindings = KeyBindings()
    if back:

        @bindings.add(Keys.Escape, eager=True)
        def _back(event: KeyPressEvent) -> None:
            event.app.exit(result=BACK)

    control = _inquirer(app.layout)
    if control is None:
        app.layout = Layout(HSplit([app.layout.container, _keys_line(lambda: keys)]))
    else:
        _stop_at_ends(bindings, control)
        control.show_description = False  # shown wrapped in its own window below instead
        app.layout = _list_layout(app.layout, control, keys)
    app.key_bindings = merge_key_bindings([app.key_bindings or KeyBindings(), bindings])
    return question


def _inquirer(layout: Layout) -> InquirerControl | None:
    for control in layout.find_all_controls():
        if isinstance(control, InquirerControl):
            return control
    return None


def _stop_at_ends(bindings: KeyBindings, control: InquirerControl) -> None:
    """Down on the last choice stays there (questionary would wrap to the first)."""

    def move(step: int) -> None:
        count = control.choice_count
        index = control.pointed_at + step
        while 0 <= index < count and not _selectable(control.filtered_choices[index]):
            index += step
        if 0 <= index < count:
            control.pointed_at = index

    @bindings.add(Keys.Down, eager=True)
    def _down(event: KeyPressEvent) -> None:
        move(1)

    @bindings.add(Keys.Up, eager=True)
    def _up(event: KeyPressEvent) -> None:
        move(-1)


def _selectable(choice: Any) -> bool:
    return not isinstance(choice, Separator) and not choice.disabled


def _rows() -> int:
    return get_app().output.get_size().rows


def _list_layout(layout: Layout, control: InquirerControl, keys: str) -> Layout:
    """questionary's layout with the list window bounded by the terminal's height."""
    container = layout.container
    if not isinstance(container, HSplit) or len(container.children) < 2:
        return layout  # an unexpected questionary layout: keep it as it is
    window = Window(
        control,
        height=lambda: Dimension(max=max(MIN_LIST_LINES, _rows() - RESERVED_LINES)),
        dont_extend_height=True,
    )

    def description() -> str:
        if control.choice_count == 0:
            return ""
        text = control.get_pointed_at().description
        return f"  {text}" if text else ""

    def keys_text() -> str:
        info = window.render_info
        more = []
        if info is not None:
            above = info.first_visible_line()
            below = info.content_height - 1 - info.last_visible_line()
            if above > 0:
                more.append(f"↑ {above} more above")
            if below > 0:
                more.append(f"↓ {below} more below")
        return "  ".join([*more, keys]) if more else keys

    children = [
        container.children[0],
        ConditionalContainer(window, filter=~is_done),
        ConditionalContainer(
            Window(
                FormattedTextControl(lambda: [("class:instruction", description())]),
                wrap_lines=True,
                height=Dimension(max=3),
                dont_extend_height=True,
            ),
            filter=~is_done & Condition(lambda: bool(description())),
        ),
        _keys_line(keys_text),
        *container.children[2:],
    ]
    return Layout(HSplit(children))


def _keys_line(text: Callable[[], str]) -> ConditionalContainer:
    return ConditionalContainer(
        Window(
            FormattedTextControl(lambda: [("class:instruction", f"  {text()}")]),
            wrap_lines=True,
            dont_extend_height=True,
        ),
        filter=~is_done,
    )
