"""A small panel to adjust the shared and paraphrase thresholds while reading."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from newsdiff.core.models import Settings

Field = Literal["shared", "paraphrase"]

STEP = 5.0
"""How much one arrow press moves a threshold."""


def adjust(settings: Settings, field: Field, delta: float) -> Settings:
    """``settings`` with ``field`` moved by ``delta``, kept within 0–100 and paraphrase ≤ shared."""
    if field == "shared":
        value = min(100.0, max(settings.paraphrase, settings.shared + delta))
        return Settings(shared=value, paraphrase=settings.paraphrase)
    value = min(settings.shared, max(0.0, settings.paraphrase + delta))
    return Settings(shared=settings.shared, paraphrase=value)


class ThresholdBar(Widget):
    """Two thresholds, one selected; the compare screen's keys adjust them while it shows.

    The keys live on the screen as priority bindings (not here, behind focus), so keys typed
    right after ``t`` reach the panel even before it has been drawn.
    """

    DEFAULT_CSS = """
    ThresholdBar {
        dock: bottom;
        height: 3;
        border-top: solid $accent;
        padding: 0 2;
        background: $panel;
    }
    """

    field: reactive[Field] = reactive("shared")
    """The threshold the arrows adjust."""

    settings: reactive[Settings] = reactive(Settings, always_update=True)
    """The thresholds shown."""

    @dataclass
    class Changed(Message):
        """The user changed a threshold."""

        bar: ThresholdBar
        settings: Settings

        @property
        def control(self) -> ThresholdBar:
            """The panel."""
            return self.bar

    @dataclass
    class Closed(Message):
        """The user closed the panel."""

        bar: ThresholdBar

    def render(self) -> Content:
        """``Thresholds  shared: order ≥ [80]  paraphrase: score ≥ 50`` and, below, the keys.

        Each threshold names the score it applies to, as the status line and the subtitle do:
        the word-order score decides shared, the link score paraphrase."""
        parts: list[Content] = [Content.styled("Thresholds", "bold"), Content("   ")]
        for field, score, value in (
            ("shared", "order", self.settings.shared),
            ("paraphrase", "score", self.settings.paraphrase),
        ):
            style = "bold reverse $text-accent" if field == self.field else "bold"
            parts += [
                Content(f"{field}: {score} ≥ "),
                Content.styled(f" {value:g} ", style),
                Content("   "),
            ]
        hint = Content.styled(
            "←/→ lower/raise by 5 · ↑/↓ other threshold · enter done", "$text-muted"
        )
        return Content("\n").join([Content("").join(parts), hint])

    def action_nudge(self, direction: int) -> None:
        """Move the selected threshold one step."""
        updated = adjust(self.settings, self.field, direction * STEP)
        if updated != self.settings:
            self.settings = updated
            self.post_message(self.Changed(self, updated))

    def action_switch(self) -> None:
        """Select the other threshold."""
        self.field = "paraphrase" if self.field == "shared" else "shared"

    def action_close(self) -> None:
        """Ask the screen to close the panel."""
        self.post_message(self.Closed(self))
