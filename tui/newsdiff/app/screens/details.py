"""The cursor sentence in full: its text, every link with all its evidence, and provenance.

The status line is one line and cuts what does not fit (a long "carried by" list, a third
link, the seventh shared word); ``i`` opens this box so a keyboard user can read all of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Region

from newsdiff.app.screens.boxed_modal import BoxedModal
from newsdiff.app.widgets.hanging_text import HangingText


class DetailsScreen(BoxedModal):
    """A scrolling box with the full details of one sentence; ``escape`` or ``i`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i,q,enter", "dismiss", "Close", id="details-close"),
    ]

    def __init__(
        self, title: str, lines: Sequence[tuple[str, str]], keep: Region | None = None
    ) -> None:
        super().__init__(keep)
        self.details_title = title
        self.lines = tuple(lines)

    def compose(self) -> ComposeResult:
        """The details as plain text (never markup: the sentence is the outlet's); a long line
        wraps under its text, not under its label."""
        box = self.modal_box(self.details_title, "details-box", "escape or i")
        with box:
            yield HangingText(self.lines, id="details-text")

    def on_mount(self) -> None:
        """Focus the box, so the arrows scroll a long list."""
        super().on_mount()
        self.query_one("#details-box").focus()
