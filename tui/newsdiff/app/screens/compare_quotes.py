"""The quote sidebar's place in the comparison: beside the text, or over it below ``NARROW``
columns (``q`` shows or hides it), and a chosen quote moving the cursor to its sentence."""

from __future__ import annotations

from textual.widgets import OptionList

from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar


class CompareQuotes(CompareHost):
    """Shows, hides and places the quote sidebar, and follows the quote chosen in it."""

    _narrow: bool | None
    """Whether the last fit was one column (``None`` before the first fit)."""
    _quotes_before_narrow: bool
    """The sidebar stood beside the text when the terminal narrowed: it comes back when
    the terminal is wide again."""

    def _fit_sidebar(self, narrow: bool) -> None:
        """Beside the text, or over it when ``narrow`` (one column)."""
        sidebar = self.query_one(QuoteSidebar)
        if narrow != self._narrow and self._narrow is not None:
            # Below NARROW the sidebar would stand over the text: a sidebar the reader had
            # beside it must not turn into an overlay hiding half of every sentence while the
            # comparison keeps the keys. It goes (`q` shows it over the text, as on a narrow
            # start) and comes back when the terminal is wide again.
            if narrow and sidebar.display and not sidebar.has_class("-overlay"):
                self._quotes_before_narrow = True
                sidebar.display = False
                if sidebar.has_focus_within:
                    self.query_one(DiffView).focus()
            elif not narrow and self._quotes_before_narrow and not sidebar.display:
                sidebar.display = True
            if not narrow:
                self._quotes_before_narrow = False
        self._narrow = narrow
        sidebar.set_class(narrow, "-overlay")
        # Over the text, tab stays in the quote list: the comparison under it is hidden.
        sidebar.trap_focus(narrow)

    def action_toggle_quotes(self) -> None:
        """Show or hide the quote sidebar."""
        sidebar = self.query_one(QuoteSidebar)
        sidebar.display = not sidebar.display
        self._quotes_before_narrow = False  # the reader chose: a wider terminal keeps it
        if not sidebar.display:
            self.query_one(DiffView).focus()
        elif sidebar.has_class("-overlay"):
            sidebar.query_one(OptionList).focus()  # over the text: browse it, escape closes

    def _quotes_take_escape(self) -> bool:
        """``escape`` closes the sidebar over the text, or leaves the list beside it for the
        text; whether it did either."""
        sidebar = self.query_one(QuoteSidebar)
        if sidebar.has_class("-overlay") and sidebar.display:
            sidebar.display = False
            self.query_one(DiffView).focus()
            return True
        if sidebar.display and sidebar.has_focus_within:
            # In the list beside the text escape leaves the list, as it closes the overlay:
            # it went back to the library, dropping the comparison the reader was quoting.
            self.query_one(DiffView).focus()
            return True
        return False

    def _follow_quote(self, message: QuoteSidebar.QuoteChosen) -> None:
        """Move the cursor to the quote the sidebar's entry shows."""
        entry = message.entry
        # to the quote the entry shows (a right quote listed for itself lands on the right)
        view = self.query_one(DiffView)
        view.jump_to(Cursor(entry.own_side, entry.own.sentence))
        sidebar = self.query_one(QuoteSidebar)
        if message.chosen and sidebar.has_class("-overlay") and sidebar.display:
            # Over the text the quote's sentence is under the list: enter went there but left
            # the list over it (and over the status line), the keys still in the list.
            sidebar.display = False
            view.focus()
