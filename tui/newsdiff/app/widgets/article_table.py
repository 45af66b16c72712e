"""The library's table of articles: one row per article, marks, and keys of its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable


class ArticleTable(DataTable[Text], inherit_bindings=False):
    """A row-cursor table of articles whose keys mark and compare rather than select.

    | Key | Action |
    | --- | --- |
    | `j` / `down`, `k` / `up` | next / previous article |
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

    @dataclass
    class CompareRequested(Message):
        """The user asked to compare (enter)."""

        table: ArticleTable

        @property
        def control(self) -> ArticleTable:
            """The table the request came from."""
            return self.table

    @dataclass
    class MarkRequested(Message):
        """The user asked to mark or unmark the highlighted article (space or click)."""

        table: ArticleTable
        row_key: str

        @property
        def control(self) -> ArticleTable:
            """The table the request came from."""
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            id=id, cursor_type="row", zebra_stripes=True, cursor_foreground_priority="renderable"
        )

    def highlighted_key(self) -> str | None:
        """The path of the highlighted article, if any."""
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return None if row_key.value is None else str(row_key.value)

    def action_compare(self) -> None:
        """Ask the screen to compare."""
        self.post_message(self.CompareRequested(self))

    def action_mark(self) -> None:
        """Ask the screen to mark the highlighted article, then move down."""
        key = self.highlighted_key()
        if key is not None:
            self.post_message(self.MarkRequested(self, key))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """A click on the highlighted row marks it."""
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.MarkRequested(self, str(event.row_key.value)))
