"""The article table's cursor and hover: the highlighted row, its moves by key (down, up, a
page, first, last), scrolling it into view below the header, and the row under the mouse.

:class:`TableCursor` is mixed into :class:`~newsdiff.app.widgets.article_table.ArticleTable`,
which sets the state below and binds the keys; mypy reads it as the table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.geometry import Region, Spacing

from newsdiff.app.widgets.article_table_drawing import HEADER_ROW

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object


class TableCursor(_Widget):
    """Mixin of ``ArticleTable``: the cursor's moves and the hover."""

    _keys: list[str]
    _cursor: int
    _hover: int
    _show_hover: bool
    _resized: bool
    """Rows, columns or the widget's size changed since the cursor was last scrolled to."""

    if TYPE_CHECKING:

        def _refresh_row(self, row: int) -> None: ...

    def move_cursor(self, *, row: int, animate: bool = False, scroll: bool = True) -> None:
        """Highlight the row at ``row`` (clamped to the rows) and scroll it into view."""
        old, self._cursor = self._cursor, max(0, min(row, len(self._keys) - 1))
        if old != self._cursor:
            self._refresh_row(old)
            self._refresh_row(self._cursor)
        if scroll:
            self.scroll_to_row(self._cursor, animate=animate)
            if self._resized:  # scroll again once the new size is laid out
                self.call_after_refresh(self._scroll_cursor_into_view)

    def _scroll_cursor_into_view(self) -> None:
        self._resized = False
        self.scroll_to_row(self._cursor)

    def scroll_to_row(self, row: int, *, animate: bool = False) -> None:
        """Scroll just enough to show the row at ``row`` below the header."""
        region = Region(int(self.scroll_x), row + 1, self.virtual_size.width, 1)
        self.scroll_to_region(region, animate=animate, spacing=Spacing(1, 0, 0, 0), force=True)

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_cursor_down(self) -> None:
        """The next article."""
        self._set_hover(False)
        self.move_cursor(row=self._cursor + 1)

    def action_cursor_up(self) -> None:
        """The previous article."""
        self._set_hover(False)
        self.move_cursor(row=self._cursor - 1)

    def action_page_down(self) -> None:
        """A page down: the view and the cursor move by the rows in view."""
        self._set_hover(False)
        height = self._page_height()
        self.scroll_relative(y=height, animate=False, force=True)
        self.move_cursor(row=self._cursor + height)

    def action_page_up(self) -> None:
        """A page up."""
        self._set_hover(False)
        height = self._page_height()
        self.scroll_relative(y=-height, animate=False)
        self.move_cursor(row=self._cursor - height)

    def action_scroll_top(self) -> None:
        """The first article."""
        self._set_hover(False)
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        """The last article."""
        self._set_hover(False)
        self.move_cursor(row=len(self._keys) - 1)

    def _row_at(self, y: int) -> int | None:
        """The row index at widget line ``y``: ``HEADER_ROW``, a row, or ``None`` below the rows."""
        if y == 0:
            return HEADER_ROW
        row = y - 1 + round(self.scroll_y)
        return row if 0 <= row < len(self._keys) else None

    def _set_hover(self, show: bool, row: int | None = None) -> None:
        old = (self._show_hover, self._hover)
        self._show_hover = show
        if row is not None:
            self._hover = row
        if old != (self._show_hover, self._hover):
            self._refresh_row(old[1])
            self._refresh_row(self._hover)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """The row under the mouse is tinted."""
        row = self._row_at(event.y)
        if row is None:
            self._set_hover(False)
        else:
            self._set_hover(True, row)

    def on_leave(self, _: events.Leave) -> None:
        """No tint once the mouse leaves."""
        self._set_hover(False)
