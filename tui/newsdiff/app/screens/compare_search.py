"""Search both columns (``/``): the search line that takes the keys while open, and stepping
through the matches (``n``/``N`` while a search is active, ``escape`` ends it)."""

from __future__ import annotations

from textual import events

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.search_line import LineEdit


class CompareSearch(CompareHost):
    """The search line (in the status line's place) and the matches it finds."""

    _search_line: LineEdit
    """The text being typed after ``/``."""
    _searching: bool
    """The search line is open (every key typed goes to it)."""
    _bindings_stale: bool
    """The footer read the keys while the search line was open: refresh them as it closes."""

    def _stepping_matches(self) -> bool:
        """Whether `n`/`N` go to search matches: a search is active and found something (a
        search that found nothing leaves them on differences, not on a key that does nothing;
        its text stays for the next `/`)."""
        view = self.query_one(DiffView)
        return bool(view.pattern) and view.match_count > 0

    def action_match(self, direction: int) -> None:
        """The next (``1``) or previous (``-1``) search match (``n``/``N`` during a search)."""
        self._match(direction)

    @property
    def searching(self) -> bool:
        """Whether the search line is open (the keys typed go to it)."""
        return self._searching

    @property
    def search_text(self) -> str:
        """The text in the search line."""
        return self._search_line.value

    def action_search(self) -> None:
        """Open the search line under the comparison (``/``), in the status line's place.

        The comparison keeps the focus and this screen hands the search line the keys: no
        focus change, no restyle, no re-layout (an ``Input`` cost a frame on ``enter``)."""
        if self._searching:
            return
        self._searching = True
        self._search_line.reset(self.query_one(DiffView).pattern)
        self._show_search_line()
        self.call_after_refresh(self.query_one(DiffView).prepare_search)

    def _show_search_line(self) -> None:
        self.query_one(EvidenceLine).show_prompt(*self._search_line.content())

    def on_key(self, event: events.Key) -> None:
        """While the search line is open every key is its own (vim's command line): text,
        editing keys, ``enter`` finds, ``escape`` cancels. Only priority keys (quit, the
        palette) still act. While a long swap covers the view (its loading indicator takes
        the keyboard from it), its cursor keys are kept for the swapped columns, not lost."""
        if not self._searching:
            view = self.query_one(DiffView)
            if view.loading and view.hold_key(event.key, event.character):
                event.stop()
                event.prevent_default()
            return
        event.stop()
        event.prevent_default()
        if event.key == "enter":
            self._search_confirm()
        elif event.key == "escape":
            self._close_search()
        elif self._search_line.key(event.key, event.character):
            self._show_search_line()

    def on_paste(self, event: events.Paste) -> None:
        """A paste while the search line is open lands in it (its first line)."""
        if not self._searching:
            return
        event.stop()
        self._search_line.insert(event.text)
        self._show_search_line()

    def _search_confirm(self) -> None:
        text = self._search_line.value
        view = self.query_one(DiffView)
        self._close_search()
        count = view.search(text)
        self.refresh_bindings()  # n / N: matches while a pattern is active, else differences
        if not text:
            self.notify("Search cleared.", timeout=2)
            return
        if not count:
            self.notify(f"Not found: {text}", severity="warning", timeout=3)
            return
        self._match(1, here=True)

    def _close_search(self) -> None:
        self._searching = False
        self.query_one(EvidenceLine).show_prompt(None)
        if self._bindings_stale:  # the footer read the keys while "/" and "t" were text
            self._bindings_stale = False
            self.refresh_bindings()

    def refresh_bindings(self) -> None:
        """Refresh the footer's keys (again once the search line closes, if it was open)."""
        self._bindings_stale = self._searching
        super().refresh_bindings()

    def _match(self, direction: int, *, here: bool = False) -> None:
        view = self.query_one(DiffView)
        if view.held(lambda: self._match(direction, here=here)):
            return  # a swap is in flight: the match is found in the columns it brings
        target = view.next_match(direction, here=here)
        if target is None:
            return
        view.focus()
        view.jump_to(target)
        position = view.match_position()
        self.notify(
            f"/{view.pattern}: match {position} of {view.match_count} "
            "(n / N next / previous, d / D differences, escape ends the search)",
            timeout=3,
        )

    def _end_search(self) -> bool:
        """End an active search (``escape``); whether there was one to end."""
        view = self.query_one(DiffView)
        if not view.pattern:
            return False
        view.search("")
        self.refresh_bindings()
        self.notify("Search ended: n / N go to differences again.", timeout=2)
        return True
