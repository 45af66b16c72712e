"""An option list whose click highlights a line and whose click on the highlighted line opens it."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList


class ClickTwiceList(OptionList):
    """A click on a line highlights it; a click on the highlighted line selects it (as
    ``enter``), as the story's matrix and the library's rows take a click. The story's claims
    and variants open another screen when selected: a click meant to read a claim's variants
    left the Story screen for a comparison (the fourteenth user trial)."""

    async def _on_click(self, event: events.Click) -> None:
        clicked: int | None = event.style.meta.get("option")
        if clicked is not None and clicked != self.highlighted:
            if not self.get_option_at_index(clicked).disabled:
                self.highlighted = clicked
            event.prevent_default()  # OptionList's own click would select it too
