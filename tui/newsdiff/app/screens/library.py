"""The library: every article of the corpus, marks, a filter, and the way into a comparison.

The table's columns and each article's cells are ``library_rows`` (:class:`LibraryRows`, mixed
in); this module shows the corpus, keeps the marks and the filter, and opens the comparison and
the story.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from newsdiff.app.engine import ArticleCounts
from newsdiff.app.screens.library_rows import LibraryRows
from newsdiff.app.widgets.article_cells import cell_line, distinct_titles
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.app.widgets.key_footer import KeyFooter
from newsdiff.app.widgets.load_errors import LoadErrors
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article
from newsdiff.core.path_names import distinct_names

if TYPE_CHECKING:
    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.screens.boxed_modal import BoxedModal

HINT_PADDING = 4
"""Cells the hint line's indent and padding take (``"  "`` and ``padding: 0 2 0 0``)."""


class LibraryScreen(LibraryRows, Screen[None]):
    """The corpus as a table: title, file, words, sentences, quotes.

    | Key | Action |
    | --- | --- |
    | `space` / click | mark an article |
    | `enter` | compare the marked pair, or the highlighted article and the next |
    | `/` | filter by title or file name; `escape` clears the filter |
    | `s` | the story: every article at once (overlap matrix, claims by outlet) |
    """

    AUTO_FOCUS = "#articles"
    """Only the table takes focus at the start. Textual's default picked the hidden filter box,
    which swallowed whatever was typed while the articles loaded and then hid every row (the box
    is now made on the first ``/``)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", tooltip="Filter articles by typing", id="filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="clear-filter"),
        Binding(
            "s",
            "story",
            "Story",
            tooltip="The whole story: pair overlap and every claim by outlet",
            id="story",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.articles: tuple[Article, ...] = ()
        self._file_names: dict[str, str] = {}
        self.errors: tuple[ArticleError, ...] = ()
        self.counts: dict[str, ArticleCounts] = {}
        self.marked: list[str] = []
        self.loaded = False
        self.complete = False
        """Whether every article is read (see :meth:`show_corpus`)."""
        self._by_path: dict[str, Article] = {}
        self._source_columns = (False, False)
        self._shown_columns: list[tuple[str | Text, str, int]] = []
        self._file_cut: tuple[int, int | None] = (0, None)
        self._title_cut: dict[str, str] = {}

    @property
    def news_app(self) -> NewsDiffApp:
        """The app, typed."""
        from newsdiff.app.app import NewsDiffApp

        app = self.app
        assert isinstance(app, NewsDiffApp), app
        return app

    def compose(self) -> ComposeResult:
        """Header, load errors, table, hint and footer (the filter box comes with ``/``)."""
        yield Header()
        yield LoadErrors(id="errors", classes="hidden")
        yield ArticleTable(id="articles")
        yield Static(id="hint")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        """Set the titles and show the corpus if it is already loaded."""
        self.sub_title = "library"
        app = self.news_app
        app.read_library()
        if app.corpus_ready or app.articles:  # all of it, or the first screenful
            self.show_corpus(app.articles, app.load_errors, app.corpus_ready)
            for path, counts in app.counts.items():
                self.set_counts(path, counts)
        else:  # not read yet: a loading indicator until it is
            self.query_one(ArticleTable).loading = True

    # ---------------------------------------------------------------- corpus

    def show_corpus(
        self,
        articles: tuple[Article, ...],
        errors: tuple[ArticleError, ...],
        complete: bool = True,
    ) -> None:
        """Show ``articles`` and the notice listing ``errors``.

        ``complete`` is false for the first screenful of a large library, shown while the rest
        is read; comparing and the story wait for the rest (the other articles weigh words).
        """
        first = not self.loaded
        self.complete = complete
        self.articles = articles
        self._by_path = {article.path: article for article in articles}
        paths = [article.path for article in articles]
        self._file_names = dict(zip(paths, distinct_names(paths), strict=True))
        self.errors = errors
        self.loaded = True
        notice = self.query_one("#errors", LoadErrors)
        if errors:
            notice.show([cell_line(str(error)) for error in errors])
            notice.remove_class("hidden")
        else:
            notice.add_class("hidden")
        self._populate()
        table = self.query_one(ArticleTable)
        if first:
            table.loading = False
            table.focus()
            # A table focused while loading contributes no keys; now it does (a no-op focus
            # above would not say so).
            self.refresh_bindings()

    def set_counts(self, path: str, counts: ArticleCounts) -> None:
        """Fill in the counts of one article."""
        self.counts[path] = counts
        self._refresh_row(path)

    def visible_articles(self) -> list[Article]:
        """The articles that pass the filter, in corpus order."""
        from newsdiff.core.claim import fold  # case and accents: `citta` finds `Città`

        box = self._filter_box()
        query = fold(box.value.strip()) if box is not None else ""
        if not query:
            return list(self.articles)
        return [
            article
            for article in self.articles
            if query in fold(article.whole_title)
            or query in fold(article.path)
            or query in fold(article.meta.outlet or "")
        ]

    def _populate(self) -> None:
        """Fill the table with the articles that pass the filter, fitted to the width.

        When the rows shown are the first of those (the rest of a large library has just been
        read) and the columns keep their widths, the new rows are only added below.
        """
        table = self.query_one(ArticleTable)
        columns = self._columns()
        shown = self.visible_articles()
        keys = table.row_keys
        file_cut = self._fit_file_names(next(w for _, key, w in columns if key == "file"))
        title_cut = distinct_titles(self.articles, next(w for _, k, w in columns if k == "title"))
        if (
            columns == self._shown_columns
            and file_cut == self._file_cut
            and title_cut == self._title_cut
            and len(keys) <= len(shown)
            and [article.path for article in shown[: len(keys)]] == list(keys)
        ):
            table.add_rows((a.path, self._row_maker(a.path)) for a in shown[len(keys) :])
            self._update_hint(len(shown))
            return
        highlighted = table.highlighted_key()
        table.clear(columns=True)
        for label, key, width in columns:
            table.add_column(label, key=key, width=width)
        self._shown_columns = columns
        self._file_cut = file_cut
        self._title_cut = title_cut
        keys_shown = {key for _, key, _ in columns}
        self._source_columns = ("outlet" in keys_shown, "date" in keys_shown)
        table.add_rows((article.path, self._row_maker(article.path)) for article in shown)
        if highlighted is not None and table.has_row(highlighted):
            table.move_cursor(row=table.get_row_index(highlighted))
        self._update_hint(len(shown))

    def _update_hint(self, shown: int | None = None) -> None:
        total = len(self.articles)
        shown = len(self.visible_articles()) if shown is None else shown
        parts = [f"{total} article{'s' if total != 1 else ''}" + ("" if self.complete else "…")]
        if shown != total:
            parts.append(f"{shown} shown")
        parts.append(f"{len(self.marked)} marked")
        head = " · ".join(parts) + "   "
        if not self.marked:
            guides = [
                "space marks · enter compares the two marked (or the highlighted and the next)",
                "space marks · enter compares the two marked",
            ]
        elif len(self.marked) == 1:
            # One mark: enter compares it with the highlighted article (pair_to_compare); "the
            # two marked" sent the reader looking for a second mark enter does not need.
            guides = [
                "space marks a second · enter compares L● with the highlighted",
                "enter compares L● with the highlighted",
            ]
        else:
            guides = ["enter compares L● (left) with R● (right)"]
        room = self.size.width - HINT_PADDING
        # the longest guide that fits: a cut-off "(or the" explains nothing
        guide = next((g for g in guides if len(head) + len(g) <= room), guides[-1])
        self.query_one("#hint", Static).update(Content("  " + head + guide))

    def on_resize(self) -> None:
        """Re-fit the title column to the width."""
        if self.loaded:
            self._populate()

    # ----------------------------------------------------------------- marks

    @on(ArticleTable.MarkRequested)
    def _mark(self, event: ArticleTable.MarkRequested) -> None:
        path = event.row_key
        if path in self.marked:
            self.marked.remove(path)
        else:
            self.marked.append(path)
            if len(self.marked) > 2:
                dropped = self.marked.pop(0)
                self._refresh_row(dropped)
        self._refresh_row(path)
        for other in self.marked:  # the other mark may have moved from R to L
            self._refresh_row(other)
        self._update_hint()

    def pair_to_compare(self) -> tuple[int, int] | None:
        """Corpus indices of the pair enter would compare, or ``None`` with fewer than two."""
        paths = [article.path for article in self.articles]
        if len(paths) < 2:
            return None
        marked = [path for path in self.marked if path in paths]
        table = self.query_one(ArticleTable)
        highlighted = table.highlighted_key()
        if len(marked) >= 2:
            return paths.index(marked[0]), paths.index(marked[1])
        if len(marked) == 1 and highlighted is not None and highlighted != marked[0]:
            return paths.index(marked[0]), paths.index(highlighted)
        anchor = marked[0] if marked else highlighted
        if anchor is None:
            return 0, 1
        shown = [article.path for article in self.visible_articles()]
        pool = shown if anchor in shown and len(shown) >= 2 else paths
        position = pool.index(anchor)
        partner = pool[position + 1] if position + 1 < len(pool) else pool[position - 1]
        return paths.index(anchor), paths.index(partner)

    def _still_loading(self) -> bool:
        """Say so when the rest of the articles is still being read."""
        if self.complete:
            return False
        self.notify("The articles are still loading.", severity="warning", timeout=2)
        return True

    @on(ArticleTable.CompareRequested)
    def _compare(self) -> None:
        if self._still_loading():
            return
        pair = self.pair_to_compare()
        if pair is None:
            self.notify("Comparing needs at least two articles.", severity="warning")
            return
        self.news_app.open_comparison(*pair)

    def open_box(self, box: BoxedModal) -> None:
        """Open the help ``box`` on the half of the screen away from the highlighted row."""
        box.keep = self.query_one(ArticleTable).cursor_region()
        self.app.push_screen(box)

    def action_story(self) -> None:
        """Open the story screen (every article at once)."""
        if self._still_loading():
            return
        if len(self.articles) < 2:
            self.notify("A story needs at least two articles.", severity="warning")
            return
        self.news_app.open_story()

    # ---------------------------------------------------------------- filter

    def _filter_box(self) -> Input | None:
        """The filter box, once ``/`` has made it."""
        boxes = self.query("#filter").results(Input)
        return next(boxes, None)

    async def action_filter(self) -> None:
        """Show the filter box and focus it.

        The box is made (above the table) the first time: a hidden box in the first frame cost
        the library's start ~5 ms for a key not every session uses.
        """
        box = self._filter_box()
        if box is None:
            box = Input(placeholder="Filter by title or file…", id="filter", classes="hidden")
            box.cursor_blink = False
            await self.mount(box, before=self.query_one(ArticleTable))
        box.remove_class("hidden")
        box.focus()

    def action_clear_filter(self) -> None:
        """Clear and hide the filter box."""
        box = self._filter_box()
        if box is None or box.has_class("hidden"):
            return
        box.value = ""
        box.add_class("hidden")
        self._populate()
        self.query_one(ArticleTable).focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._populate()

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries for this screen's actions."""
        table = self.query_one(ArticleTable)
        yield SystemCommand(
            "Compare",
            "Compare the marked pair, or the highlighted and the next (enter)",
            table.action_compare,
        )
        yield SystemCommand(
            "Mark article", "Mark or unmark the highlighted article (space)", table.action_mark
        )
        yield SystemCommand(
            "Filter articles", "Filter by title or file name (/)", self.action_filter
        )
        yield SystemCommand(
            "Story", "Every article at once: overlap matrix and claims (s)", self.action_story
        )

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(ArticleTable).focus()
