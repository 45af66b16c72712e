"""Moving the cursor through the comparison's differences and conflicts: ``n``/``N`` (search
matches instead while a search is active), ``d``/``D`` and ``c``/``C``."""

from __future__ import annotations

from time import monotonic

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import DiffView

NO_CONFLICT = (
    "No conflict (≠) found: no linked pair gives another figure, date, place, speaker or the "
    "opposite claim. That is not proof the outlets agree: a sentence only one outlet has (+) "
    "is not checked, and a reworded one (≈) can still differ."
)
"""What `c` says on a comparison without a conflict. It said "The outlets do not disagree
anywhere", a verdict the claim check cannot give: it reads some kinds of disagreement, on linked
sentences only, and misses some of those (thirteenth trial; docs/accuracy.md)."""


class CompareNavigation(CompareHost):
    """The keys that move the cursor to the next or previous difference or conflict."""

    _told: tuple[str, float, float] | None = None
    """The last notice of these keys: its words, when it was shown and when it expires."""

    def action_next(self) -> None:
        """The next search match while a search is active (vim, less), else the next difference."""
        if self._stepping_matches():
            self._match(1)
        else:
            self._difference(1)

    def action_previous(self) -> None:
        """The previous search match while a search is active, else the previous difference."""
        if self._stepping_matches():
            self._match(-1)
        else:
            self._difference(-1)

    def action_next_difference(self) -> None:
        """Move the cursor to the next non-shared (or moved) sentence, on either side."""
        self._difference(1)

    def action_previous_difference(self) -> None:
        """Move the cursor to the previous non-shared (or moved) sentence."""
        self._difference(-1)

    def action_next_conflict(self) -> None:
        """Move the cursor to the next conflict (``≠``), on either side."""
        self._difference(1, "conflict")

    def action_previous_conflict(self) -> None:
        """Move the cursor to the previous conflict (``≠``)."""
        self._difference(-1, "conflict")

    def _difference(self, direction: int, kind: str | None = None) -> None:
        view = self.query_one(DiffView)
        if view.held(lambda: self._difference(direction, kind)):
            return  # a swap is in flight: the next difference is found in the new columns
        target = view.difference(direction, kind)
        if target is None:
            where = "below" if direction > 0 else "above"
            what = "conflicts" if kind else "differences"
            if not view.has_differences(kind):
                self._tell(
                    NO_CONFLICT if kind else "No differences: every sentence is shared.",
                    timeout=5 if kind else 3,
                )
                return
            self._tell(f"No more {what} {where}.", timeout=2)
            return
        view.focus()
        view.jump_to(target)

    def _tell(self, notice: str, timeout: float) -> None:
        """Notify ``notice`` unless it is still on screen: three presses of ``c`` stacked three
        identical notices (the fourteenth trial)."""
        now = monotonic()
        told = self._told
        if told is not None and told[0] == notice and now < told[2]:
            # still shown, unless dismissed by a click (just posted: not listed yet)
            shown = (n.message for n in self.app._notifications)  # noqa: SLF001
            if now - told[1] < 0.5 or notice in shown:
                return
        self._told = (notice, now, now + timeout)
        self.notify(notice, timeout=timeout)
