"""``j``/``k`` (and ``g``/``G``) move through the focused quote sidebar, as they move the columns.

With the sidebar focused (``tab``), ``j`` did nothing: the quote list knew only the arrows, so
a reader who moves with ``j`` everywhere else took the sidebar for stuck. Moving through the
list moves both columns to the quote, as the arrows do.
"""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from textual.widgets import OptionList


async def test_j_k_g_and_shift_g_move_through_the_quotes() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        sidebar = screen.query_one(QuoteSidebar)
        quotes = sidebar.query_one("#quote-list", OptionList)
        assert len(sidebar.entries) >= 2
        await pilot.press("tab")
        await pilot.pause()
        assert quotes.has_focus
        start = quotes.highlighted
        await pilot.press("j")
        await pilot.pause()
        moved = quotes.highlighted
        assert moved is not None and moved != start
        option = quotes.highlighted_option
        assert option is not None and option.id is not None
        entry = sidebar.entries[int(option.id.removeprefix("quote-"))]
        cursor = screen.query_one(DiffView).cursor
        assert cursor is not None
        assert (cursor.side, cursor.index) == (entry.own_side, entry.own.sentence)
        await pilot.press("j")
        await pilot.pause()
        assert quotes.highlighted is not None and quotes.highlighted > moved
        await pilot.press("k")
        await pilot.pause()
        assert quotes.highlighted == moved
        await pilot.press("G")
        await pilot.pause()
        last = quotes.highlighted
        await pilot.press("g")
        await pilot.pause()
        assert last is not None and quotes.highlighted is not None
        assert quotes.highlighted == moved < last  # the first quote (a heading is no option)
