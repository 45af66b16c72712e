"""The centred, bordered, scrolling box the help and the sentence details open over a screen."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.screen import ModalScreen


class BoxedModal(ModalScreen[None]):
    """One look for every read-only box over the screen below; ``escape`` closes it."""

    DEFAULT_CSS = """
    BoxedModal {
        align: center middle;
        .modal-box {
            width: 100;
            max-width: 95%;
            height: auto;
            max-height: 90%;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
            padding: 0 0 0 1;
            /* The right margin is inside the scrollbar, so the text never touches it. */
            & > * { margin-right: 1; }
        }
    }
    """

    def modal_box(self, title: str, box_id: str) -> VerticalScroll:
        """The scrolling box, titled, with the closing key under it."""
        box = VerticalScroll(id=box_id, classes="modal-box")
        box.border_title = title
        box.border_subtitle = "escape closes"
        return box
