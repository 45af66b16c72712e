"""Reading the library's articles as the app starts, and what follows them in the background.

The first screenful is read before the first frame (and shown in it when local files are read in
time); the rest is read once that frame is painted. Once all are read, each article is counted
(words, sentences, quotes), what loading changed is said once per file, and the pair Enter would
compare is scored ahead (:meth:`LibraryLoading.warmed_pair`).

:class:`LibraryLoading` is mixed into :class:`~newsdiff.app.app.NewsDiffApp`, which sets the
state below in its ``__init__`` and keeps the ``@on`` handlers that call in here (Textual
registers them only on classes its metaclass builds); mypy reads it as the app.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from newsdiff.app import engine
from newsdiff.app.engine import ArticleCounts, Prepared, article_counts, warm_up
from newsdiff.app.load_notes import TITLE as LOAD_NOTES_TITLE
from newsdiff.app.messages import CorpusLoaded, CountsReady
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.app import App

    from newsdiff.app.corpus_reader import CorpusReader
    from newsdiff.app.load_notes import LoadNotes
    from newsdiff.app.screens.library import LibraryScreen
    from newsdiff.core.models import Comparison

    _App = App[None]
else:
    _App = object

FIRST_SCREENFUL = 40
"""A large library lists its first articles, as many as are in view (as if the terminal had this
many lines when that is unknown), as soon as they are read, and the rest when all are read."""

FIRST_PAINT_WAIT = 0.5
"""Seconds the loader waits at most for the first screenful to be painted before reading on."""

FIRST_ROWS_WAIT = 0.05
"""Seconds the first frame waits at most for the first screenful of local files: the rows are
then in that frame. Files elsewhere (URLs, stdin) are never waited for."""


def _is_remote(path: str) -> bool:
    """An ``http(s)://`` address or ``-`` (as ``core.web.is_url`` says, without importing it)."""
    return path == "-" or path[:8].lower().startswith(("http://", "https://"))


def _loaded(reader: CorpusReader) -> CorpusLoaded:
    """What ``reader`` has read so far, as the message the library is shown from."""
    if reader.problem is not None:
        return CorpusLoaded((), (reader.problem,))
    return CorpusLoaded(tuple(reader.articles), tuple(reader.errors), reader.done)


class LibraryLoading(_App):
    """The library's articles read, counted and said about, and the first pair scored ahead."""

    paths: list[str | Path] | None
    """The files and folders asked for (``None``: the bundled articles)."""
    saved: Comparison | None
    """A saved comparison opened straight away (then the library is not read)."""
    articles: tuple[Article, ...]
    """The corpus read so far."""
    load_errors: tuple[ArticleError, ...]
    """One error per file that did not load."""
    counts: dict[str, ArticleCounts]
    """Each counted article's counts, by path."""
    corpus_ready: bool
    """Whether every article is read."""
    _reader: CorpusReader | None
    _first_rows_painted: threading.Event
    _daemon_workers: bool
    _warm_pair: tuple[tuple[Article, ...], int, int, Future[Prepared]] | None
    _compared: bool
    _load_notes: LoadNotes

    if TYPE_CHECKING:  # supplied by the app (``app``)

        def _mounted_library(self) -> LibraryScreen | None:
            """The library if it is on screen."""

        def _read_screen_styles(self) -> None:
            """Add the comparison's and the story's stylesheets to the app's, once."""

    def on_load(self) -> None:
        """Start reading the library's first screenful, before the first frame is composed."""
        if self.saved is not None:
            self._use_daemon_workers()
            return
        import shutil

        from newsdiff.app.corpus_reader import CorpusReader
        from newsdiff.core.load import bundled_seeds_dir

        # The rows in view: the terminal's lines less the header, the table's header, the hint
        # and the footer (one more, to be safe). Reading more would delay them.
        rows = shutil.get_terminal_size((80, FIRST_SCREENFUL)).lines - 3
        self._reader = CorpusReader(self.paths or [bundled_seeds_dir()], rows)

    def _use_daemon_workers(self) -> None:
        """Run thread workers on daemon threads from now on: quitting never waits for a running
        analysis. Called before the first thread worker starts; the first frame needs none."""
        if self._daemon_workers:
            return
        self._daemon_workers = True
        import asyncio

        from newsdiff.app.executor import DaemonExecutor

        asyncio.get_running_loop().set_default_executor(DaemonExecutor())

    def _after_first_frame(self) -> None:
        """What waits for the first frame: garbage collection (paused while the app started,
        as ``newsdiff`` starts it), the thread workers' executor, the other screens' styles."""
        from newsdiff.app.gc_pause import resume

        resume()
        self._use_daemon_workers()
        self._read_screen_styles()

    def read_library(self) -> None:
        """The library is mounting: take the first screenful if it is read by now (it is then
        in the first frame), and read the rest in the background once that frame is painted.
        Called once."""
        self.call_after_refresh(self._after_first_frame)
        reader, self._reader = self._reader, None
        if reader is None:
            return
        local = not any(_is_remote(str(path)) for path in self.paths or ())
        shown = reader.wait_first(FIRST_ROWS_WAIT if local else 0)
        if shown:
            self._take_corpus(_loaded(reader))
            if reader.done:
                return
        self.call_after_refresh(self._load, reader, shown)

    @work(thread=True, group="load", exit_on_error=False)
    def _load(self, reader: CorpusReader, shown: bool) -> None:
        """Post the first screenful unless it is ``shown``, then read and post the rest."""
        if not shown:
            reader.wait_first(None)
            self.post_message(_loaded(reader))
            if reader.done:
                return
        # Reading on would take the GIL from the frame that draws the first rows.
        self._first_rows_painted.wait(timeout=FIRST_PAINT_WAIT)
        reader.read_rest()
        self.post_message(_loaded(reader))

    def _count(self, articles: Iterable[Article]) -> None:
        for article in articles:
            try:
                counts = article_counts(article)
            except Exception:  # noqa: BLE001 - a count we cannot compute stays "…"
                continue
            self.post_message(CountsReady(article.path, counts))

    def _start_counts(self, articles: tuple[Article, ...]) -> None:
        """Count the library's articles, then warm up the pair Enter would compare now."""
        library = self._mounted_library()
        pair = library.pair_to_compare() if library else None
        self._count_worker(articles, pair)

    @work(thread=True, group="load", exit_on_error=False)
    def _count_worker(self, articles: tuple[Article, ...], pair: tuple[int, int] | None) -> None:
        self._count(articles)
        # Then the first comparison's one-time costs (imports, the meaning model), so that
        # Enter does not pay them; on a daemon thread, so quitting never waits for it.
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled or not self.is_running

        try:
            warm_up(articles, cancelled=cancelled)
        except Exception:  # noqa: BLE001 - a failed warm-up only leaves the costs to Enter
            return
        if pair is None or cancelled() or self._compared:
            return
        # The pair under the library's cursor, scored ahead (as the compare screen would
        # score it): Enter on it only re-labels and lays it out, or waits for this to end.
        from concurrent.futures import Future

        left, right = pair
        scored: Future[Prepared] = Future()
        self._warm_pair = (articles, left, right, scored)
        try:
            scored.set_result(engine.prepare_ahead(articles[left], articles[right], articles))
        except Exception as error:  # noqa: BLE001 - the screen then scores the pair itself
            scored.set_exception(error)

    def warmed_pair(
        self, articles: Sequence[Article], left: int, right: int
    ) -> Future[Prepared] | None:
        """The pair ``left``, ``right`` of ``articles`` if the library scores it ahead (done,
        or being scored now)."""
        if self._warm_pair is None:
            return None
        corpus, warm_left, warm_right, prepared = self._warm_pair
        if (warm_left, warm_right) != (left, right) or tuple(articles) != corpus:
            return None
        return prepared

    def _take_corpus(self, message: CorpusLoaded) -> None:
        """Keep the corpus read so far; once all of it is there, start the counts."""
        self.articles = message.articles
        self.load_errors = message.errors
        self.corpus_ready = message.complete
        self._tell_load_notes(message.articles)
        if not message.complete:
            self.call_after_refresh(self._first_rows_painted.set)
        else:
            # Counts need the segmenter and quote finder: start them once the rows are painted.
            self.call_after_refresh(self._start_counts, message.articles)

    @work(thread=True, group="load-notes", exit_on_error=False)
    def _tell_load_notes(self, articles: Sequence[Article]) -> None:
        """Say once per file what loading changed (escapes removed, over-long sentences cut,
        markup): read off the UI thread, as an over-long multi-MB file takes seconds to count."""
        note = self._load_notes.message(articles)
        if note:
            self.call_from_thread(self.notify, note, title=LOAD_NOTES_TITLE, timeout=8)
