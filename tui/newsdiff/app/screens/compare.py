"""The comparison screen: two aligned columns, their heads, the status line, the quote sidebar
and the threshold panel, and every key of the screen (:attr:`CompareScreen.BINDINGS`).

The screen is put together from parts, one job each, mixed into :class:`CompareScreen`:

- ``compare_pair``: which articles the columns show, and computing their comparison;
- ``compare_status``: the status line, subtitle and details box of the cursor sentence;
- ``compare_navigation``: differences and conflicts (``n``/``N``, ``d``/``D``, ``c``/``C``);
- ``compare_search``: the search line and its matches (``/``);
- ``compare_folding``: folds and the row filter (``z``, ``Z``, ``f``);
- ``compare_quotes``: the quote sidebar beside or over the text (``q``);
- ``compare_thresholds``: the threshold panel (``t``);
- ``compare_export``: saving (``ctrl+s``) and copying with a citation (``y``);
- ``compare_titles``: the subtitle's wording (pure functions).

Every key and palette entry is listed in ``compare_keys``, the state the parts share is typed
in ``compare_host``. This module ties them together: the layout, which keys are enabled, the
messages the screen handles, and ``escape``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList

from newsdiff.app.commands import ArticleProvider
from newsdiff.app.messages import ComparisonFailed, ComparisonReady
from newsdiff.app.screens.compare_export import CompareExport
from newsdiff.app.screens.compare_folding import CompareFolding
from newsdiff.app.screens.compare_keys import KEYS, NEEDS_COMPARISON, palette
from newsdiff.app.screens.compare_navigation import CompareNavigation
from newsdiff.app.screens.compare_pair import LOADING_DELAY, ComparePair
from newsdiff.app.screens.compare_quotes import CompareQuotes
from newsdiff.app.screens.compare_search import CompareSearch
from newsdiff.app.screens.compare_status import CompareStatus
from newsdiff.app.screens.compare_thresholds import CompareThresholds
from newsdiff.app.screens.compare_titles import expected_title, settings_title, title_for
from newsdiff.app.widgets.column_header import ColumnHeads
from newsdiff.app.widgets.diff_view import Cursor, DiffView, PreparedLayout
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.key_footer import KeyFooter
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.app.widgets.search_line import LineEdit
from newsdiff.app.widgets.threshold_bar import ThresholdBar
from newsdiff.core.models import Article, Comparison, Settings, Side

__all__ = [
    "LOADING_DELAY",
    "NARROW",
    "CompareScreen",
    "expected_title",
    "settings_title",
    "title_for",
]

NARROW = 100
"""Below this many columns the comparison is one column (each left sentence above its
counterpart) and the quote sidebar, hidden at first, opens over the text."""


class CompareScreen(
    ComparePair,
    CompareStatus,
    CompareNavigation,
    CompareSearch,
    CompareFolding,
    CompareQuotes,
    CompareThresholds,
    CompareExport,
    Screen[None],
):
    """Two articles side by side.

    | Key | Action |
    | --- | --- |
    | `n` / `N` | next / previous search match while a search is active, else difference |
    | `d` / `D` | next / previous difference (either column), even during a search |
    | `/` | search both columns (a capital makes it case-sensitive) |
    | `c` / `C` | next / previous conflict (`≠`: the outlets disagree) |
    | `]` / `[` | next / previous article in the right column |
    | `}` / `{` | next / previous article in the left column |
    | `s` | swap the columns |
    | `z` / `Z` | fold shared sentences / boilerplate (enter on a fold opens it) |
    | `f` | filter: all rows → only differences → only quotes |
    | `y` | copy the cursor sentence (or the highlighted quote) with outlet, title and source |
    | `q` | show / hide the quote sidebar |
    | `t` | thresholds panel |
    | `ctrl+s` | save the comparison |
    | `escape` | close search line or quote overlay, leave quote list, end a search; else back |
    """

    CSS_PATH = Path(__file__).resolve().parent / "compare.tcss"
    """This screen's stylesheet: the app reads it after the library's first frame (Textual reads
    it as the screen opens only if the app has not)."""

    COMMANDS = Screen.COMMANDS | {ArticleProvider}

    BINDINGS: ClassVar[list[BindingType]] = KEYS
    """Every key of the screen, in one list in ``compare_keys`` (with the palette entries)."""

    def __init__(
        self,
        articles: Sequence[Article],
        left: int,
        right: int,
        *,
        comparison: Comparison | None = None,
        settings: Settings | None = None,
        focus: tuple[Side, int] | None = None,
    ) -> None:
        super().__init__()
        self._focus = focus
        """A sentence to put the cursor on once the comparison shows."""
        self.articles = tuple(articles)
        self.left_index = left
        self.right_index = right
        self.settings = settings or (comparison.settings if comparison else Settings())
        self.comparison = None
        # compare_pair
        self._initial = comparison
        self._prepared = {}
        self._pending = None
        self._keep_cursor = False
        self._swaps = 0
        self._loading_timer = None
        self._first_pending = False
        self._ahead = None
        self._ahead_key = None
        # compare_status
        self._carried_note = ""
        self._claim_story = None
        self._claim_of = {}
        self._paired = False
        # compare_search
        self._search_line = LineEdit()
        self._searching = False
        self._bindings_stale = False
        # compare_quotes
        self._narrow = None
        self._quotes_before_narrow = False
        # compare_thresholds
        self._relabel_timer = None

    def compose(self) -> ComposeResult:
        """Header, column heads, the comparison, the sidebar, the threshold panel (the footer
        is mounted once the comparison has focus)."""
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield ColumnHeads(id="heads")
                yield DiffView(id="diff")
                yield EvidenceLine(id="evidence")
                bar = ThresholdBar(id="threshold-bar", classes="hidden")
                bar.settings = self.settings
                yield bar
            yield QuoteSidebar(id="quotes")

    def on_mount(self) -> None:
        """Show the saved comparison, or start computing the pair."""
        view = self.query_one(DiffView)
        # Focus first, then the footer: it composes the comparison's keys once (composed
        # before the focus, it missed the view's keys and was composed again, ~20 ms).
        self.set_focus(view)
        self.mount(KeyFooter(compact=True))
        # In the cursor's frame: through CursorMoved the status line came ~25 ms (a frame) late.
        view.cursor_signal.subscribe(self, self._status_follows_cursor, immediate=True)
        if self.app.size.width < NARROW:
            self.query_one(QuoteSidebar).display = False  # q shows it
        self._fit(self.app.size.width)
        self._open(view)

    async def _on_resize(self, event: events.Resize) -> None:
        """Switch between two columns and one as the terminal crosses ``NARROW``.

        Textual sends a new screen a ``Resize`` for its own first layout, and its handler then
        lays out this screen and every screen under it again at the size they have: the
        library under it for nothing (~5–10 ms in the first comparison's frames), this screen
        a layout that the requests of its first frame get anyway. Such a ``Resize`` stops here.
        """
        screens = (self, *self.app._background_screens)
        if all(screen._compositor.size == event.size for screen in screens):
            event.prevent_default()  # Screen._on_resize: nothing to lay out again
            event.stop()
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self._retitle()
        narrow = width < NARROW
        self.query_one(DiffView).one_column = narrow
        self.query_one(ColumnHeads).one_column = narrow
        self._fit_sidebar(narrow)

    def _show(
        self,
        comparison: Comparison,
        *,
        keep_cursor: bool,
        layout: PreparedLayout | None = None,
        quotes: Any = None,
    ) -> None:
        """Put ``comparison`` in the heads, the columns, the status line and the sidebar."""
        first = self.comparison is None
        self.comparison = comparison
        self._pending = None
        view = self.query_one(DiffView)
        self._hide_loading()
        view.set_carried(self._carried_counts())  # reads self.comparison, set above
        self.query_one(ColumnHeads).show(comparison, view.carried_width)
        view.show(comparison, keep_cursor=keep_cursor, layout=layout)
        if self._focus is not None:
            side, index = self._focus
            self._focus = None
            view.jump_to(Cursor(side, index))
        self.query_one(EvidenceLine).show(comparison, view.cursor)
        self.query_one(QuoteSidebar).show(comparison, listing=quotes)
        self._retitle()
        meaning = comparison.scoring.meaning
        if meaning != "on" and first:
            self.notify(
                f"Meaning signal {meaning}: scores use the words alone.",
                severity="warning",
                timeout=8,
            )
        self._show_provenance(view.cursor)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim the keys that need a comparison; threshold keys exist only while the panel shows."""
        if self._searching and (
            action in ("search", "thresholds") or action.startswith("threshold")
        ):
            # Priority keys are checked before on_key: while the search line is open they
            # are text too. (Every other key on_key takes before the bindings see it.)
            return False
        if action.startswith("threshold_"):
            return self._thresholds_open()
        if action == "search" and isinstance(self.focused, Input):
            return False  # "/" typed into the search line (or any field) is text
        if action in ("next", "previous", "match"):
            # one of each pair of `n`/`N` bindings at a time: the footer names what `n` does
            searching = self._stepping_matches()
            if searching != (action == "match"):
                return False
        if action in NEEDS_COMPARISON and self.comparison is None:
            return None
        if action == "article" and len(self.articles) < 3 and self.comparison is None:
            return None
        return True

    def action_back(self) -> None:
        """Close the search line, else close or leave the quote sidebar, else end the search,
        else go back to where the comparison was opened from (the library or the story)."""
        if self._searching:
            self._close_search()
            return
        if self._quotes_take_escape() or self._end_search():
            return
        self._leave()

    def _leave(self) -> None:
        """Go back to the screen the comparison was opened from (the library or the story)."""
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.news_app.show_library()

    # ------------------------------------------------------------- messages

    @on(ComparisonReady)
    def _ready(self, message: ComparisonReady) -> None:
        self._comparison_ready(message)

    @on(ComparisonFailed)
    def _failed(self, message: ComparisonFailed) -> None:
        self._comparison_failed(message)

    @on(ThresholdBar.Changed)
    def _threshold_changed(self, message: ThresholdBar.Changed) -> None:
        self.set_settings(message.settings)

    @on(ThresholdBar.Closed)
    def _threshold_closed(self) -> None:
        self._close_thresholds()

    @on(QuoteSidebar.QuoteChosen)
    def _quote_chosen(self, message: QuoteSidebar.QuoteChosen) -> None:
        self._follow_quote(message)

    @on(OptionList.OptionSelected)
    def _option_selected(self) -> None:
        self.query_one(DiffView).focus()

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries for this screen's actions (``compare_keys``)."""
        return palette(self)
