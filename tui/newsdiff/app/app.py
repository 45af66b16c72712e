"""The newsdiff Textual app: a library of articles and a side-by-side comparison.

Thin on purpose: loading runs in a thread worker, screens live in ``screens/``, widgets in
``widgets/``, and the analysis is reached only through ``engine``. The app is put together from
parts, one job each: ``library_loading`` (the articles read, counted and the first pair scored
ahead, in the background) and ``app_terminal`` (what reaches the user's terminal: one line after
a crash, plain notifications). This module ties them together: the state, the theme and keymap,
the messages the app handles, and the screens it opens.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newsdiff.app.app_terminal import TerminalGuard
from newsdiff.app.engine import ArticleCounts
from newsdiff.app.keymap import load_keymap
from newsdiff.app.library_loading import LibraryLoading
from newsdiff.app.load_notes import LoadNotes
from newsdiff.app.messages import CorpusLoaded, CountsReady
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Comparison

if TYPE_CHECKING:
    from concurrent.futures import Future

    from newsdiff.app.corpus_reader import CorpusReader
    from newsdiff.app.engine import Prepared
    from newsdiff.core.models import Side

HERE = Path(__file__).resolve().parent
"""The app package directory (the stylesheets live beside the modules)."""

SCREEN_STYLESHEETS = (HERE / "screens" / "compare.tcss", HERE / "screens" / "story.tcss")
"""The comparison's and the story's stylesheets (also their screens' ``CSS_PATH``)."""


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


class NewsDiffApp(LibraryLoading, TerminalGuard, App[None]):
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

    # The loading workers' messages (``library_loading``): the ``@on`` handlers stay on this
    # class, as Textual registers them only on classes its metaclass builds.

    @on(CorpusLoaded)
    def _corpus_loaded(self, message: CorpusLoaded) -> None:
        """Keep the corpus read so far and show it in the library."""
        self._take_corpus(message)
        if library := self._mounted_library():
            library.show_corpus(message.articles, message.errors, message.complete)

    @on(CountsReady)
    def _counts_ready(self, message: CountsReady) -> None:
        """Keep an article's counts and show them in its row."""
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
