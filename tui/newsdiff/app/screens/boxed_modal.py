"""The read-only box the help and the sentence details open over a screen: a panel across the
bottom (or the top) half that leaves the rows it explains in sight.

A box centred over the whole screen hid the sentences whose evidence it lists and the keys'
targets. The screen below now shows through unchanged (the modal's own background is
transparent, see ``app.tcss``), and the box takes at most half the height, on the side away
from the region the opener asks to keep (the cursor's row).
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.screen import ModalScreen


class BoxedModal(ModalScreen[None]):
    """One look for every read-only box over the screen below; ``escape`` closes it.

    Args:
        keep: The screen region the box must not cover (the cursor's row): the box sits at
            the bottom unless that region starts in the lower half, then at the top.
    """

    DEFAULT_CSS = """
    BoxedModal {
        align: center bottom;
        &.-top { align: center top; }
        .modal-box {
            width: 100%;
            height: auto;
            max-height: 50%;
            border: round $accent;
            border-title-style: bold;
            background: $surface;
            padding: 0 0 0 1;
            /* The right margin is inside the scrollbar, so the text never touches it. */
            & > * { margin-right: 1; }
        }
    }
    """

    def __init__(self, keep: Region | None = None) -> None:
        super().__init__()
        self.keep = keep

    def on_mount(self) -> None:
        """Put the box on the half of the screen away from the region to keep."""
        keep = self.keep
        # By where the row starts: a row taller than half the screen, scrolled to the top,
        # keeps its first lines (the cursor's sentence) above a box at the bottom.
        if keep is not None and keep.height and keep.y >= self.app.size.height // 2:
            self.add_class("-top")

    def modal_box(self, title: str, box_id: str, closes: str = "escape") -> VerticalScroll:
        """The scrolling box, titled, with its closing keys under it."""
        box = VerticalScroll(id=box_id, classes="modal-box")
        box.border_title = title
        box.border_subtitle = f"{closes} closes"
        return box
