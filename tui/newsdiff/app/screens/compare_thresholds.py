"""The threshold panel (``t``): its keys while it shows, and re-labelling the pair at the new
thresholds once the keys pause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.actions import SkipAction

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.threshold_bar import ThresholdBar
from newsdiff.core.models import Settings

if TYPE_CHECKING:
    from textual.timer import Timer

RELABEL_DELAY = 0.15
"""Seconds of quiet after a threshold key before re-labelling (arrow runs cost one re-label)."""


class CompareThresholds(CompareHost):
    """Opens and closes the threshold panel and applies what it sets."""

    _relabel_timer: Timer | None
    """Re-labels the pair once the threshold keys pause."""

    def action_thresholds(self) -> None:
        """Open the threshold panel (or close it)."""
        bar = self.query_one(ThresholdBar)
        if bar.has_class("hidden"):
            bar.settings = self.settings
            bar.remove_class("hidden")
            self.refresh_bindings()
        else:
            self._close_thresholds()

    def _thresholds_open(self) -> bool:
        return self.is_mounted and not self.query_one(ThresholdBar).has_class("hidden")

    def _close_thresholds(self) -> None:
        self.query_one(ThresholdBar).add_class("hidden")
        self.query_one(DiffView).focus()
        self.refresh_bindings()

    def action_threshold_nudge(self, direction: int) -> None:
        """Lower (``-1``) or raise (``1``) the selected threshold by one step."""
        if not self._thresholds_open():
            raise SkipAction()
        self.query_one(ThresholdBar).action_nudge(direction)

    def action_threshold_switch(self) -> None:
        """Select the other threshold."""
        if not self._thresholds_open():
            raise SkipAction()
        self.query_one(ThresholdBar).action_switch()

    def action_threshold_close(self) -> None:
        """Close the threshold panel."""
        if not self._thresholds_open():
            raise SkipAction()
        self._close_thresholds()

    def set_settings(self, settings: Settings) -> None:
        """Re-label the comparison at ``settings`` once the keys pause (debounced)."""
        self.settings = settings
        self.query_one(ThresholdBar).settings = settings
        if self._relabel_timer is not None:
            self._relabel_timer.stop()
        self._relabel_timer = self.set_timer(RELABEL_DELAY, self.recompute)
