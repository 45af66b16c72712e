"""The library table's rows: the columns fitted to the screen and the corpus, and each
article's cells (its mark, title, outlet, date, file name and counts), made when first drawn.

:class:`LibraryRows` is mixed into :class:`~newsdiff.app.screens.library.LibraryScreen`, which
sets the state below; mypy reads it as the screen.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from newsdiff.app.widgets.article_cells import cell_line
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.export.name_cut import cut_head, cut_middle

if TYPE_CHECKING:
    from textual.screen import Screen

    from newsdiff.app.engine import ArticleCounts
    from newsdiff.core.models import Article

    _Screen = Screen[None]
else:
    _Screen = object

MARK = "●"
"""Shown in the first column of a marked article."""

SIDE_MARKS = ("L", "R")
"""The marks of the first and second marked article: the column each goes to."""

MIN_TITLE = 20
"""Cells the Title column is given before the other columns give way (the Date column goes
when the file name and the outlet giving way are not enough)."""


class LibraryRows(_Screen):
    """The library table's columns and the cells of each article's row."""

    articles: tuple[Article, ...]
    """The corpus shown."""
    counts: dict[str, ArticleCounts]
    """Each counted article's counts, by path."""
    marked: list[str]
    """The marked articles' paths: the first goes left, the second right."""
    _file_names: dict[str, str]
    """Each path's name in the File column, apart from the others'."""
    _by_path: dict[str, Article]
    _source_columns: tuple[bool, bool]
    """Whether the Outlet and the Date columns are shown."""
    _file_cut: tuple[int, int | None]
    """The File column's width and the cells of a long name's start it keeps (None: the
    names fit; see :func:`newsdiff.export.name_cut.cut_head`)."""
    _title_cut: dict[str, str]
    """Titles cut in their middle (:func:`~newsdiff.app.widgets.article_cells.distinct_titles`)."""

    def _columns(self) -> list[tuple[str | Text, str, int]]:
        """Label, key and width of each column, fitted to the screen's width and the corpus."""
        width = max(self.size.width, 60)
        longest = max((len(_file_name(a, self._file_names)) for a in self.articles), default=12)
        outlets = [len(a.meta.outlet or "") for a in self.articles]
        outlet_width = min(18, max(6, *outlets), width // 6) if any(outlets) else 0
        file_width = min(20 if outlet_width else 32, max(12, longest), width // 4)
        date_width = 10 if any(a.meta.date for a in self.articles) else 0
        title_width, file_width, outlet_width = self._fit_title(
            width, file_width, outlet_width, date_width
        )
        if title_width < MIN_TITLE and date_width:
            # An 80-column screen with outlets and dates left the title 12 cells ("Carrow
            # issu…"): the date goes first (the comparison's heads show it).
            date_width = 0
            title_width, file_width, outlet_width = self._fit_title(
                width, file_width, outlet_width, date_width
            )
        columns: list[tuple[str | Text, str, int]] = [
            (" ", "mark", 2),
            ("Title", "title", title_width),
        ]
        if outlet_width:
            columns.append(("Outlet", "outlet", outlet_width))
        if date_width:
            columns.append(("Date", "date", date_width))
        columns += [
            ("File", "file", file_width),
            (Text("Words", justify="right"), "words", 7),
            (Text("Sentences", justify="right"), "sentences", 9),
            (Text("Quotes", justify="right"), "quotes", 6),
        ]
        return columns

    def _fit_file_names(self, width: int) -> tuple[int, int | None]:
        """The File column's width and how its names are cut: the cut that keeps most of them
        apart, as the story's key and ``newsdiff list`` cut (:mod:`newsdiff.export.name_cut`)."""
        names = [cell_line(_file_name(a, self._file_names)) for a in self.articles]
        return width, cut_head(names, width)

    def _fit_title(
        self, width: int, file_width: int, outlet_width: int, date_width: int
    ) -> tuple[int, int, int]:
        """Title, file and outlet widths: what the title cannot have comes from the file name,
        then the outlet (a title kept at 20 pushed the Quotes column off an 80-column screen
        once a Date column came); the title has 12 cells at least."""
        short = max(0, MIN_TITLE - self._title_room(width, file_width, outlet_width, date_width))
        file_width -= min(short, max(0, file_width - 10))
        short = max(0, MIN_TITLE - self._title_room(width, file_width, outlet_width, date_width))
        outlet_width -= min(short, max(0, outlet_width - 6)) if outlet_width else 0
        title = max(12, self._title_room(width, file_width, outlet_width, date_width))
        return title, file_width, outlet_width

    @staticmethod
    def _title_room(width: int, file_width: int, outlet_width: int, date_width: int) -> int:
        """Cells left for the title beside the other columns and their padding."""
        extra = sum(w + 2 for w in (outlet_width, date_width) if w)
        return width - file_width - 8 * 3 - 2 - 14 - extra - 1

    def _row_maker(self, path: str) -> Callable[[], list[Text]]:
        """A function making the cells of an article's row from its marks and counts.

        The table calls it when the row is first drawn: a library of thousands of articles
        builds (and sanitises) only the rows in view.
        """
        return partial(self._row_cells, self._by_path[path])

    def _row_cells(self, article: Article) -> list[Text]:
        counts, title = self.counts.get(article.path), cell_line(article.whole_title)
        outlet, date = self._source_columns
        source = [
            Text(cell_line(value or ""), no_wrap=True, overflow="ellipsis")
            for value, shown_column in ((article.meta.outlet, outlet), (article.meta.date, date))
            if shown_column
        ]
        return [
            self._mark_text(article.path),
            Text(
                self._title_cut.get(title, title) or "(untitled)", no_wrap=True, overflow="ellipsis"
            ),
            *source,
            Text(self._shown_file_name(article), no_wrap=True, overflow="ellipsis"),
            _number(counts.words if counts else None),
            _number(counts.sentences if counts else None),
            _number(counts.quotes if counts else None),
        ]

    def _shown_file_name(self, article: Article) -> str:
        """The File cell's text, cut as the column's names are (a name whole when the cut
        keeps only its start: the table cuts it at its end)."""
        name = cell_line(_file_name(article, self._file_names))
        width, head = self._file_cut
        if head is None or head >= width - 1:
            return name
        return cut_middle(name, head, width - 1 - head)

    def _refresh_row(self, path: str) -> None:
        """Rebuild an article's row (when it is next drawn) from its marks and counts."""
        table = self.query_one(ArticleTable)
        if table.has_row(path):
            table.replace_row(path, self._row_maker(path))

    def _mark_text(self, path: str) -> Text:
        """``L●`` on the article that goes left, ``R●`` on the one that goes right."""
        if path not in self.marked:
            return Text("")
        return Text(SIDE_MARKS[self.marked.index(path)] + MARK, style="bold")


def _number(value: int | None) -> Text:
    """A right-aligned count, or a dim dash while it is being computed."""
    if value is None:
        return Text("…", style="dim", justify="right")
    return Text(compact_count(value), justify="right")


def compact_count(value: int) -> str:
    """A count in at most 7 cells: ``999,999``, then ``1.15M``, ``11.5M``, ``115M``, ``1.15G``."""
    if value < 1_000_000:
        return f"{value:,}"
    for unit, scale in (("M", 1e6), ("G", 1e9), ("T", 1e12)):
        scaled = value / scale
        if scaled < 999.5:
            digits = 2 if scaled < 9.995 else 1 if scaled < 99.95 else 0
            return f"{scaled:.{digits}f}{unit}"
    return "huge"


def _file_name(article: Article, names: Mapping[str, str]) -> str:
    """The File column: a file's name (with its folder when another file has that name, from
    ``names``), a URL's address without its scheme, ``stdin`` for ``-``."""
    path = article.path
    if path == "-":
        return "stdin"
    if path[:8].lower().startswith(("http://", "https://")):
        return path.split("://", 1)[1]
    return names.get(path) or os.path.basename(path) or Path(path).name
