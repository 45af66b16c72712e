"""The library's table of articles: one row per article, marks, and keys of its own.

A Line API widget (``ScrollView.render_line``): adding rows only stores them, and a frame draws
the rows in view, so a library of thousands of articles paints as fast as one of five. Textual's
``DataTable`` measured every cell of every row and laid them all out before its first frame.
The look is ``DataTable``'s with a row cursor (same component styles and colours, drawn cell by
cell the way it draws a one-line ``Text`` cell: see :func:`cell_segments`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsdiff.app.widgets.article_cells import (
    CELL_PADDING,
    OUTSIDE_META,
    Column,
    _rich_cell_segments,
    cell_segments,
    column_meta,
)

__all__ = ["ArticleTable", "Column", "RowCells", "_rich_cell_segments", "cell_segments"]
"""What the tests import from here (the cells are drawn in ``article_cells``)."""

HEADER_ROW = -1
"""The row index of the header line (for hover)."""

LINE_CACHE_SIZE = 1_000
"""Drawn lines kept (a few screens' worth); the cache is emptied when it grows past this."""


class Palette(NamedTuple):
    """The table's styles for one frame (looked up once, not per line).

    Named tuples here, not dataclasses: a dataclass costs the app's start ~0.2–0.4 ms to create.
    """

    base: Style
    header: Style
    header_hover: Style
    even: Style
    odd: Style
    cursor: Style
    hover: Style


RowCells = Sequence[Text] | Callable[[], Sequence[Text]]
"""A row's cells in column order, or a function that makes them when the row is first drawn."""


class ArticleTable(ScrollView, can_focus=True):
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

    def action_compare(self) -> None:
        """Ask the screen to compare."""
        self.post_message(self.CompareRequested(self))

    def action_mark(self) -> None:
        """Ask the screen to mark the highlighted article."""
        key = self.highlighted_key()
        if key is not None:
            self.post_message(self.MarkRequested(self, key))

    # ----------------------------------------------------------------- mouse

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

    def _forget_row(self, row: int) -> None:
        """Drop the drawn lines of the row at ``row`` (its cells changed)."""
        for key in [key for key in self._line_cache if key[0] == row]:
            del self._line_cache[key]

    def _refresh_row(self, row: int) -> None:
        """Repaint the line of the row at ``row`` (or the header), if it is in view."""
        y = 0 if row == HEADER_ROW else row + 1 - round(self.scroll_y)
        if (y == 0 and row == HEADER_ROW) or 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def on_resize(self) -> None:
        """Keep the highlighted row in view at the new size."""
        self._resized = True
        self._line_cache.clear()
        self.call_after_refresh(self._scroll_cursor_into_view)

    def notify_style_update(self) -> None:
        """Styles changed (theme, focus): repaint everything."""
        super().notify_style_update()
        self._palette = None
        self._line_cache.clear()
        self._cell_styles.clear()
        self.refresh()

    def _make_palette(self) -> Palette:
        hover = self.get_component_rich_style("article-table--hover")
        return Palette(
            base=self.rich_style,
            header=self.get_component_styles("article-table--header").rich_style,
            header_hover=hover + self.get_component_rich_style("article-table--header-hover"),
            even=self.get_component_styles("article-table--even-row").rich_style,
            odd=self.get_component_styles("article-table--odd-row").rich_style,
            cursor=self.get_component_rich_style("article-table--cursor"),
            hover=hover,
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines in ``crop``, with the styles looked up once for all of them."""
        palette = self._make_palette()
        if palette != self._palette:
            self._palette = palette
            self._line_cache.clear()
            self._cell_styles.clear()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """Line ``y`` of the widget: the header, a row, or blank below the rows."""
        palette = self._palette or self._make_palette()
        width = self.size.width
        row = HEADER_ROW if y == 0 else y - 1 + round(self.scroll_y)
        if row >= len(self._keys):
            return Strip.blank(width, palette.base)
        hover = self._show_hover and self._hover == row
        scroll_x = round(self.scroll_x)
        key = (row, hover, row == self._cursor, width, scroll_x)
        strip = self._line_cache.get(key)
        if strip is None:
            if len(self._line_cache) > LINE_CACHE_SIZE:
                self._line_cache.clear()
            strip = self._line_cache[key] = self._draw_line(row, hover, width, scroll_x, palette)
        return strip

    def _styles_of(self, row_style: Style, extra: Style) -> tuple[list[Style], Style]:
        """Each cell's style on a row of ``row_style`` (with ``extra``: cursor, hover), and the
        style of the blank right of the table.

        Each cell carries its column as meta, as DataTable's cells do (with their row): the
        cells stay separate segments, so a screenshot groups the text exactly as before.
        """
        key = (row_style, extra)
        styles = self._cell_styles.get(key)
        if styles is None:
            cells = [row_style + column_meta(index) + extra for index in range(len(self.columns))]
            styles = self._cell_styles[key] = (cells, row_style + extra + OUTSIDE_META)
        return styles

    def _draw_line(
        self, row: int, hover: bool, width: int, scroll_x: int, palette: Palette
    ) -> Strip:
        extra = Style()
        if row == HEADER_ROW:
            row_style = palette.header
            cells: Sequence[Text] = [column.label for column in self.columns.values()]
            if hover:
                extra = palette.header_hover
        else:
            row_style = palette.odd if row % 2 else palette.even
            cells = self._row_cells(row)
            if hover:
                extra += palette.hover
            if row == self._cursor:
                extra += palette.cursor
        console = self.app.console
        segments: list[Segment] = []
        cell_styles, outside = self._styles_of(row_style, extra)
        table_width = 0
        for column, cell, style in zip(self.columns.values(), cells, cell_styles, strict=False):
            segments.extend(cell_segments(console, cell, column.width, style))
            table_width += column.width + 2 * CELL_PADDING
        segments.append(Segment(" " * max(0, width - table_width), outside))
        if not scroll_x and table_width <= width:  # the usual line: as wide as the widget
            # (each cell is its width and padding, the blank the rest: measured, not counted)
            return Strip(Segment.simplify(segments), width)
        strip = Strip(segments)
        if scroll_x or strip.cell_length > width:
            strip = strip.crop(scroll_x, scroll_x + width)
        return strip.adjust_cell_length(width, palette.base).simplify()
