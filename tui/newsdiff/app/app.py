"""The newsdiff Textual app: a library of articles and a side-by-side comparison.

Thin on purpose: loading runs in a thread worker, screens live in ``screens/``, widgets in
``widgets/``, and the analysis is reached only through ``engine``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import RenderableType
from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import get_current_worker

from newsdiff.app import engine
from newsdiff.app.engine import ArticleCounts, Prepared, article_counts, warm_up
from newsdiff.app.keymap import load_keymap
from newsdiff.app.load_notes import TITLE as LOAD_NOTES_TITLE
from newsdiff.app.load_notes import LoadNotes
from newsdiff.app.messages import CorpusLoaded, CountsReady
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Comparison

if TYPE_CHECKING:
    from concurrent.futures import Future

    from newsdiff.app.corpus_reader import CorpusReader
    from newsdiff.core.models import Side

HERE = Path(__file__).resolve().parent
"""The app package directory (the stylesheets live beside the modules)."""

SCREEN_STYLESHEETS = (HERE / "screens" / "compare.tcss", HERE / "screens" / "story.tcss")
"""The comparison's and the story's stylesheets (also their screens' ``CSS_PATH``)."""

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


@dataclass
class SaveMemory:
    """The save dialog's last folder and format, offered again by the next save."""

    folder: Path | None = None
    fmt: str = "html"

    def remember(self, saved: Path | None) -> None:
        """Note where (and as what) a save went; a cancelled dialog changes nothing."""
        if saved is None:
            return
        from newsdiff.export.render import FORMAT_OF_EXTENSION, SAVE_FORMATS

        self.folder = saved.parent
        fmt = FORMAT_OF_EXTENSION.get(saved.suffix.lower().lstrip("."))
        if fmt in SAVE_FORMATS:
            self.fmt = fmt


class NewsDiffApp(App[None]):
    """Compare news articles side by side.

    Args:
        paths: Article files and folders; the bundled articles when ``None`` or empty.
        comparison: A saved comparison to open straight on the compare screen.
        theme: A Textual theme name (e.g. ``textual-light``, ``ansi-dark``).
    """

    TITLE = "newsdiff"
    CSS_PATH = [HERE / "app.tcss", HERE / "screens" / "library.tcss"]
    """The app's and the library's stylesheets (the default screen does not load its own);
    absolute paths, so subclasses defined elsewhere still find them. The comparison's and the
    story's are read after the library's first frame (:meth:`_read_screen_styles`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Quit newsdiff", priority=True, id="quit"),
        Binding("question_mark,f1", "help", "Help", tooltip="Every key of this screen", id="help"),
        Binding("ctrl+t", "change_theme", "Theme", show=False, id="theme"),
    ]

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        *,
        comparison: Comparison | None = None,
        theme: str | None = None,
        saved_schema: str = "",
    ) -> None:
        super().__init__()
        self.paths = list(paths) if paths else None
        self.saved = comparison
        self.saved_schema = saved_schema  # newsdiff open: a /1 file is said (older_note)
        self.requested_theme = theme
        self.articles: tuple[Article, ...] = ()
        self.load_errors: tuple[ArticleError, ...] = ()
        self.counts: dict[str, ArticleCounts] = {}
        self.corpus_ready = False
        self._reader: CorpusReader | None = None
        self._first_rows_painted = threading.Event()
        """Set once the first screenful of a large library is on screen (the loader waits)."""
        self._daemon_workers = False
        """Whether thread workers run on daemon threads yet (see :meth:`_use_daemon_workers`)."""
        self.save_memory = SaveMemory()
        self.story_cache: dict[Any, Any] = {}
        """Stories computed in this session, by article texts and thresholds."""
        self._warm_pair: tuple[tuple[Article, ...], int, int, Future[Prepared]] | None = None
        """The pair scored ahead of Enter: corpus, left and right index, the scored pair once
        done (a plain tuple: a class of its own costs the app's start its creation)."""
        self._compared = False
        """Whether a comparison was opened (the pair is then no longer scored ahead)."""
        self._load_notes = LoadNotes()
        """Which loaded files were said to have had terminal escape sequences removed."""

    crash_message: str | None = None
    """The one line printed after the app ends on an unexpected error (see ``_fatal_error``)."""

    def _fatal_error(self) -> None:
        """Exit after an unhandled exception with one line and a report file, not a traceback.

        Overrides Textual's hook (8.2.8), which would print a full traceback with locals to the
        user's terminal; the traceback goes to a temporary file instead, and :meth:`run` prints
        one line naming it once the terminal is restored.
        """
        from newsdiff.core.sanitize import visible_line
        from newsdiff.crash import crash_line, write_crash_report

        error = self._exception or sys.exc_info()[1]
        if self.crash_message is None:  # the first error is the cause; later ones follow it
            self.crash_message = visible_line(crash_line(error, write_crash_report(error)))
        self._return_code = 1  # a crash is never a success, whatever the caller does next
        self.bell()
        self._close_messages_no_wait()

    def panic(self, *renderables: RenderableType) -> None:
        """Exit after an error outside the message loop (the terminal input thread, say).

        Textual would print the renderables (a full traceback) on the terminal and exit with
        status 0; they go to a report file instead, one line names it, and the status is 1.
        """
        import io

        from rich.console import Console

        from newsdiff.core.sanitize import visible_line
        from newsdiff.crash import write_crash_report

        buffer = io.StringIO()
        console = Console(file=buffer, width=100, color_system=None, legacy_windows=False)
        for renderable in renderables:
            console.print(renderable)
        lines = [line for line in buffer.getvalue().splitlines() if line.strip()]
        last = " ".join(lines[-1].split())[:200] if lines else ""
        if self.crash_message is None:
            report = write_crash_report(details=buffer.getvalue())
            self.crash_message = visible_line(f"error: unexpected {last} (full report: {report})")
        self._return_code = 1
        self._close_messages_no_wait()

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on Linux and macOS, one that survives input
        bytes that are not UTF-8 (see :mod:`newsdiff.app.driver`)."""
        driver = super().get_driver_class()
        if driver.__name__ == "LinuxDriver":
            from newsdiff.app.driver import LenientLinuxDriver

            return LenientLinuxDriver
        return driver

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app; after an unexpected error, print its one-line report on stderr."""
        import warnings

        # After a crash Textual leaves callbacks un-awaited; their warnings would follow the
        # one-line report on the user's terminal.
        warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
        result = super().run(*args, **kwargs)
        from newsdiff.export.atomic import discard_live_temps

        discard_live_temps()  # a save still running when the app quit is abandoned whole
        if self.crash_message:
            print(self.crash_message, file=sys.stderr)
        return result

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Textual's notification, but never parsed as markup and never carrying a live control.

        Notifications quote file names, article titles, config entries and error messages: any
        of them may hold ``[link=…]`` or ``[@click=…]`` or an escape, so every one is shown as
        plain text (``markup`` is ignored), with controls as visible symbols.
        """
        from newsdiff.core.sanitize import visible

        super().notify(
            visible(str(message)),
            title=visible(" ".join(str(title).split())),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def action_help_quit(self) -> None:
        """Ctrl+C says how to quit, in plain words (Textual's hint is markup, shown raw here)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Press {key} to quit the app", title="Do you want to quit?")
                return

    def get_default_screen(self) -> Screen:
        """The library is the first screen."""
        return LibraryScreen()

    @property
    def library(self) -> LibraryScreen:
        """The library screen (always at the bottom of the stack)."""
        library = self.screen_stack[0]
        assert isinstance(library, LibraryScreen), library
        return library

    def _mounted_library(self) -> LibraryScreen | None:
        """The library if it is on screen; None once the app is closing (its stack emptied
        while a background worker's message was still on its way)."""
        if not self.screen_stack or not self.library.is_mounted:
            return None
        return self.library

    def on_mount(self) -> None:
        """Apply theme and keymap, then open the saved comparison if there is one (the library
        reads its articles as it mounts: :meth:`read_library`)."""
        if self.requested_theme:
            if self.requested_theme in self.available_themes:
                self.theme = self.requested_theme
            else:
                self.notify(f"Unknown theme {self.requested_theme!r}.", severity="warning")
        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, title="Key configuration", severity="warning", timeout=8)
        if self.saved is not None:
            from newsdiff.app.saved_context import missing_note, older_note, saved_context

            pair = (self.saved.left.article, self.saved.right.article)
            # The library lists each file once (a file compared with itself is one row).
            library = pair[:1] if pair[0].path == pair[1].path else pair
            # The articles it was scored with, where they still are: a threshold change or a
            # swap then scores the pair again in the context it was saved in.
            others, missing = saved_context(self.saved)
            articles = (*pair, *others)
            self.post_message(CorpusLoaded((*library, *others), ()))
            self.open_comparison(0, 1, comparison=self.saved, articles=articles)
            if note := missing_note(missing, len(self.saved.scoring.corpus)):
                self.notify(note, title="Saved comparison", severity="warning", timeout=10)
            if older := older_note(self.saved_schema):
                self.notify(older, title="Saved comparison", timeout=12)

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

    def _read_screen_styles(self) -> None:
        """Add the comparison's and the story's stylesheets to the app's, once.

        Their rules only match inside their screens, so the library's first frame does without
        them (~2 ms of parsing). Read here, before either screen opens, they cost a parse of
        themselves; Textual reading a screen's ``CSS_PATH`` as it opens re-parses every
        stylesheet (~12 ms) and restyles every widget.
        """
        stylesheet = self.stylesheet
        missing = [path for path in SCREEN_STYLESHEETS if not stylesheet.has_source(str(path))]
        if not missing:
            return
        for path in missing:
            stylesheet.read(path)
        stylesheet.parse()

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

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        self._take_corpus(message)
        if library := self._mounted_library():
            library.show_corpus(message.articles, message.errors, message.complete)

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

    @on(CountsReady)
    def _counts_ready(self, message: CountsReady) -> None:
        self.counts[message.path] = message.counts
        if library := self._mounted_library():
            library.set_counts(message.path, message.counts)

    def open_comparison(
        self,
        left: int,
        right: int,
        *,
        comparison: Comparison | None = None,
        articles: Sequence[Article] | None = None,
        focus: tuple[Side, int] | None = None,
    ) -> None:
        """Open the compare screen on corpus articles ``left`` and ``right``.

        ``focus`` (``("left" | "right", sentence index)``) puts the cursor on that sentence.
        """
        self._compared = True
        from newsdiff.app.screens.compare import CompareScreen

        self._use_daemon_workers()
        self._read_screen_styles()
        self.push_screen(
            CompareScreen(
                articles or self.articles, left, right, comparison=comparison, focus=focus
            )
        )

    def open_story(self) -> None:
        """Open the story screen on the corpus."""
        from newsdiff.app.screens.story import StoryScreen

        self._use_daemon_workers()
        self._read_screen_styles()
        self.push_screen(StoryScreen(self.articles))

    def show_library(self) -> None:
        """Go back to the library."""
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def action_help(self) -> None:
        """Show every key of the current screen."""
        from newsdiff.app.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        open_box = getattr(self.screen, "open_box", None)  # keeps the cursor's row in sight
        if open_box is not None:
            open_box(HelpScreen(self.screen))
        else:
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette: Textual's commands, help, and the current screen's actions."""
        for command in super().get_system_commands(screen):
            if command.title != "Keys":  # Textual's keys panel: ours replaces it (one entry)
                yield command
        yield SystemCommand(
            "Keys", "Every key of this screen and the markers (?)", self.action_help
        )
        commands = getattr(screen, "system_commands", None)
        if commands is not None:
            yield from commands()
