"""The cursor sentence in full: its text, every link with all its evidence, and provenance.

The status line is one line and cuts what does not fit (a long "carried by" list, a third
link, the seventh shared word); ``i`` opens this box so a keyboard user can read all of it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class DetailsScreen(ModalScreen[None]):
    """A scrolling box with the full details of one sentence; ``escape`` or ``i`` closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,i,q,enter", "dismiss", "Close", id="details-close"),
    ]

    DEFAULT_CSS = """
    DetailsScreen {
        align: center middle;
        #details-box {
            width: 100;
            max-width: 95%;
            height: auto;
            max-height: 90%;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.details_title = title
        self.text = text

    def compose(self) -> ComposeResult:
        """The details as plain text (never markup: the sentence is the outlet's)."""
        box = VerticalScroll(id="details-box")
        box.border_title = self.details_title
        box.border_subtitle = "escape closes"
        with box:
            yield Static(Content(self.text), id="details-text")

    def on_mount(self) -> None:
        """Focus the box, so the arrows scroll a long list."""
        self.query_one("#details-box").focus()
