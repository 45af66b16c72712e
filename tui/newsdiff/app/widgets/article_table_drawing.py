"""The article table's drawing: its styles looked up once a frame, and each line drawn cell by
cell (the header, a row, blank below the rows) and kept until its row, the styles or the size
change.

:class:`TableDrawing` is mixed into :class:`~newsdiff.app.widgets.article_table.ArticleTable`,
which sets the state below; mypy reads it as the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip

from newsdiff.app.widgets.article_cells import (
    CELL_PADDING,
    OUTSIDE_META,
    Column,
    cell_segments,
    column_meta,
)

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object

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


class TableDrawing(_Widget):
    """Mixin of ``ArticleTable``: its lines drawn and cached."""

    columns: dict[str, Column]
    _keys: list[str]
    _cursor: int
    _hover: int
    _show_hover: bool
    _palette: Palette | None
    _line_cache: dict[tuple[int, bool, bool, int, int], Strip]
    _cell_styles: dict[tuple[Style, Style], tuple[list[Style], Style]]

    if TYPE_CHECKING:

        def _row_cells(self, row: int) -> Sequence[Text]: ...

    def _forget_row(self, row: int) -> None:
        """Drop the drawn lines of the row at ``row`` (its cells changed)."""
        for key in [key for key in self._line_cache if key[0] == row]:
            del self._line_cache[key]

    def _refresh_row(self, row: int) -> None:
        """Repaint the line of the row at ``row`` (or the header), if it is in view."""
        y = 0 if row == HEADER_ROW else row + 1 - round(self.scroll_y)
        if (y == 0 and row == HEADER_ROW) or 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

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
