"""A radio button whose glyph, not only its colour, says whether it is chosen."""

from __future__ import annotations

from textual.widgets import RadioButton

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
