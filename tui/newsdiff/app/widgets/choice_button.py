"""A radio button whose glyph, not only its colour, says whether it is chosen, and a row of
them chosen with the arrows."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import RadioButton, RadioSet

CHOSEN = "●"
NOT_CHOSEN = " "


class ChoiceButton(RadioButton):
    """Textual's radio buttons all draw ``▐●▌`` and tell the chosen one by colour alone, which
    a NO_COLOR or monochrome terminal does not show: here only the chosen one is filled."""

    def on_mount(self) -> None:
        self._show_choice()

    def watch_value(self) -> None:
        self._show_choice()
        super().watch_value()

    def _show_choice(self) -> None:
        self.BUTTON_INNER = CHOSEN if self.value else NOT_CHOSEN
        self.refresh()


class FormatRow(RadioSet):
    """The save dialog's formats, chosen with the arrows.

    Textual's radio set moves a highlight with ``←``/``→`` and chooses with ``space``: the
    highlight is a colour, which NO_COLOR and monochrome terminals do not draw, so at 80×24
    an arrow seemed to do nothing and the row could not be chosen from (usertrial13). Here an
    arrow chooses the next format at once (the filled ``●`` moves, in every theme) and the
    row keeps the focus, so ``→ →`` goes on; ``enter`` or ``space`` chooses the highlighted
    one too and then hands the keys back to the dialog (:class:`Done`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,right", "choose(1)", "Next format", show=False),
        Binding("up,left", "choose(-1)", "Previous format", show=False),
        Binding("enter,space", "done", "Choose", show=False),
    ]

    class Done(Message):
        """``enter`` or ``space`` on the row: the format is chosen, go on."""

        def __init__(self, row: FormatRow) -> None:
            super().__init__()
            self.row = row

        @property
        def control(self) -> FormatRow:
            """The row the format was chosen in."""
            return self.row

    stepping = False
    """The format just changed by an arrow: the row keeps the focus (read once, by the
    dialog's handler of :class:`RadioSet.Changed`)."""

    def action_choose(self, step: int) -> None:
        """Move to the next (``step`` 1) or previous (-1) format and choose it."""
        if step > 0:
            self.action_next_button()
        else:
            self.action_previous_button()
        if self._selected is not None and self._selected != self.pressed_index:
            self.stepping = True
            self.action_toggle_button()

    def action_done(self) -> None:
        """Choose the highlighted format, then say the choice is made."""
        self.action_toggle_button()
        self.post_message(self.Done(self))
