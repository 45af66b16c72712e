"""The cursor sentence in full: its text, every link with all its evidence, and provenance.

The status line is one line and cuts what does not fit (a long "carried by" list, a third
link, the seventh shared word); ``i`` opens this box so a keyboard user can read all of it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static

from newsdiff.app.screens.boxed_modal import BoxedModal


class DetailsScreen(BoxedModal):
    """A scrolling box with the full details of one sentence; ``escape`` or ``i`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i,q,enter", "dismiss", "Close", id="details-close"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.details_title = title
        self.text = text

    def compose(self) -> ComposeResult:
        """The details as plain text (never markup: the sentence is the outlet's)."""
        box = self.modal_box(self.details_title, "details-box")
        with box:
            yield Static(Content(self.text), id="details-text")

    def on_mount(self) -> None:
        """Focus the box, so the arrows scroll a long list."""
        self.query_one("#details-box").focus()
