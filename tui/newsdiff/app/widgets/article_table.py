"""The library's table of articles: one row per article, marks, and keys of its own.

A Line API widget (``ScrollView.render_line``): adding rows only stores them, and a frame draws
the rows in view, so a library of thousands of articles paints as fast as one of five. Textual's
``DataTable`` measured every cell of every row and laid them all out before its first frame.
The look is ``DataTable``'s with a row cursor (same component styles and colours, drawn cell by
cell the way it draws a one-line ``Text`` cell: see :func:`cell_segments`).

The table is put together from parts: ``article_table_cursor`` (the highlighted row, its keys,
the hover) and ``article_table_drawing`` (the lines drawn and cached; each cell is drawn in
``article_cells``). This module keeps the rows and columns, the keys that ask the screen to mark
or compare, and the look (``DEFAULT_CSS``, which Textual reads only from widget classes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsdiff.app.widgets.article_cells import Column, _rich_cell_segments, cell_segments
from newsdiff.app.widgets.article_table_cursor import TableCursor
from newsdiff.app.widgets.article_table_drawing import HEADER_ROW, Palette, TableDrawing

__all__ = ["ArticleTable", "Column", "RowCells", "_rich_cell_segments", "cell_segments"]
"""What the tests import from here (the cells are drawn in ``article_cells``)."""

RowCells = Sequence[Text] | Callable[[], Sequence[Text]]
"""A row's cells in column order, or a function that makes them when the row is first drawn."""


class ArticleTable(TableCursor, TableDrawing, ScrollView, can_focus=True):
    """A row-cursor table of articles whose keys mark and compare rather than select.

    | Key | Action |
    | --- | --- |
    | `j` / `down`, `k` / `up` | next / previous article |
    | `pagedown` / `pageup` | a page down / up |
    | `g` / `home`, `G` / `end` | first / last article |
    | `space` | mark or unmark the article (so does a click on the highlighted row) |
    | `enter` | compare the two marked articles (or the highlighted one and the next) |
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "compare", "Compare", tooltip="Compare two articles", id="compare"),
        Binding("space", "mark", "Mark", tooltip="Mark or unmark this article", id="mark"),
        Binding("j,down", "cursor_down", "Next article", show=False, id="library-down"),
        Binding("k,up", "cursor_up", "Previous article", show=False, id="library-up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="library-page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="library-page-up"),
        Binding("g,home", "scroll_top", "First article", show=False, id="library-first"),
        Binding("G,end", "scroll_bottom", "Last article", show=False, id="library-last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-table--header",
        "article-table--header-hover",
        "article-table--cursor",
        "article-table--hover",
        "article-table--odd-row",
        "article-table--even-row",
    }
    """
    | Class | Description |
    | :- | :- |
    | `article-table--header` | The header line. |
    | `article-table--header-hover` | The header under the mouse. |
    | `article-table--cursor` | The highlighted row. |
    | `article-table--hover` | The row under the mouse. |
    | `article-table--even-row` | Even rows (from 0). |
    | `article-table--odd-row` | Odd rows. |
    """

    # Textual 8.2.8's DataTable look, for a row cursor without fixed rows or columns.
    DEFAULT_CSS = """
    ArticleTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;

        &:focus {
            background-tint: $foreground 5%;
            & > .article-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .article-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark {
            & > .article-table--even-row {
                background: $surface-darken-1 40%;
            }
        }
        & > .article-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .article-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .article-table--odd-row {
        }
        & > .article-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .article-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .article-table--header-hover {
            background: $accent 30%;
        }
        & > .article-table--hover {
            background: $block-hover-background;
        }
    }
    """

    class CompareRequested(Message):
        """The user asked to compare (enter)."""

        def __init__(self, table: ArticleTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> ArticleTable:
            """The table the request came from."""
            return self.table

    class MarkRequested(Message):
        """The user asked to mark or unmark the highlighted article (space or click)."""

        def __init__(self, table: ArticleTable, row_key: str) -> None:
            super().__init__()
            self.table = table
            self.row_key = row_key

        @property
        def control(self) -> ArticleTable:
            """The table the request came from."""
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: dict[str, Column] = {}
        """The columns by key, in display order."""
        self._keys: list[str] = []
        self._cells: list[RowCells] = []
        self._index: dict[str, int] = {}
        self._cursor = 0
        self._hover = 0
        self._show_hover = False
        self._palette: Palette | None = None
        self._resized = False
        """Rows, columns or the widget's size changed since the cursor was last scrolled to."""
        self._line_cache: dict[tuple[int, bool, bool, int, int], Strip] = {}
        self._cell_styles: dict[tuple[Style, Style], tuple[list[Style], Style]] = {}
        """Each cell's style and the style right of the table, by row style and highlight."""

    # ------------------------------------------------------------------ data

    @property
    def row_count(self) -> int:
        """The number of rows."""
        return len(self._keys)

    @property
    def cursor_row(self) -> int:
        """The index of the highlighted row."""
        return self._cursor

    def cursor_region(self) -> Region | None:
        """The screen region of the highlighted row, when it is on screen (the header line
        stays at the top, the rows scroll under it)."""
        if not self._keys:
            return None
        area = self.content_region
        top = area.y + 1 + self._cursor - round(self.scroll_y)
        region = Region(area.x, top, area.width, 1).intersection(area)
        return region if region.height else None

    @property
    def row_keys(self) -> Sequence[str]:
        """Every row's key, in display order."""
        return self._keys

    def has_row(self, key: str) -> bool:
        """Whether a row has this key."""
        return key in self._index

    def get_row_at(self, row: int) -> list[Text]:
        """The cells of the row at index ``row``."""
        return list(self._row_cells(row))

    def _row_cells(self, row: int) -> Sequence[Text]:
        cells = self._cells[row]
        if callable(cells):
            cells = self._cells[row] = cells()
        return cells

    def get_row_index(self, key: str) -> int:
        """The index of the row with this key."""
        return self._index[key]

    def highlighted_key(self) -> str | None:
        """The key (the article's path) of the highlighted row, if any."""
        return self._keys[self._cursor] if self._keys else None

    def clear(self, columns: bool = False) -> None:
        """Remove every row (and every column with ``columns``); the cursor goes to the top."""
        self._keys = []
        self._cells = []
        self._index = {}
        self._cursor = 0
        if columns:
            self.columns = {}
        self._update_virtual_size()

    def add_column(self, label: str | Text, *, key: str, width: int) -> None:
        """Add a column ``width`` cells wide (plus padding)."""
        text = Text(label) if isinstance(label, str) else label
        self.columns[key] = Column(key, text, width)
        self._update_virtual_size()

    def add_rows(self, rows: Iterable[tuple[str, RowCells]]) -> None:
        """Add rows of ``(key, cells)``; keys must be new.

        ``cells`` may be a function making them: it is called when the row is first drawn or
        read, so adding thousands of rows costs next to nothing.
        """
        for key, cells in rows:
            if key in self._index:
                raise ValueError(f"duplicate row key {key!r}")
            self._index[key] = len(self._keys)
            self._keys.append(key)
            self._cells.append(cells)
        self._update_virtual_size(same_lines=True)

    def replace_row(self, key: str, cells: RowCells) -> None:
        """Give the row with this key new cells (or a function making them) and repaint it."""
        row = self._index[key]
        self._cells[row] = cells
        self._forget_row(row)
        self._refresh_row(row)

    def _update_virtual_size(self, same_lines: bool = False) -> None:
        """Size the scrollable area to the rows and columns; ``same_lines`` when the lines
        drawn so far are unchanged (rows added below them)."""
        if not same_lines:
            self._line_cache.clear()
            self._cell_styles.clear()
        self._resized = True
        width = sum(column.render_width for column in self.columns.values())
        self.virtual_size = Size(width, len(self._keys) + 1)
        self._cursor = min(self._cursor, max(0, len(self._keys) - 1))
        self.refresh()

    # ---------------------------------------------------------------- cursor

    def action_compare(self) -> None:
        """Ask the screen to compare."""
        self.post_message(self.CompareRequested(self))

    def action_mark(self) -> None:
        """Ask the screen to mark the highlighted article."""
        key = self.highlighted_key()
        if key is not None:
            self.post_message(self.MarkRequested(self, key))

    # ----------------------------------------------------------------- mouse

    def on_click(self, event: events.Click) -> None:
        """A click highlights a row; a click on the highlighted row marks it."""
        row = self._row_at(event.y)
        self._set_hover(True)
        if row is None or row == HEADER_ROW:
            return
        event.stop()
        if row == self._cursor:
            self.post_message(self.MarkRequested(self, self._keys[row]))
        self.move_cursor(row=row, animate=True)

    # ---------------------------------------------------------------- render

    def on_resize(self) -> None:
        """Keep the highlighted row in view at the new size."""
        self._resized = True
        self._line_cache.clear()
        self.call_after_refresh(self._scroll_cursor_into_view)
