"""The comparison: two aligned columns, their heads, the quote sidebar and the threshold panel."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.actions import SkipAction
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Input, OptionList
from textual.worker import get_current_worker

from newsdiff.app import engine
from newsdiff.app.commands import ArticleProvider
from newsdiff.app.messages import ComparisonFailed, ComparisonReady
from newsdiff.app.widgets.column_header import ColumnHeads
from newsdiff.app.widgets.diff_view import (
    Cursor,
    DiffView,
    LayoutRequest,
    PreparedLayout,
    ViewFilter,
    build_layout,
    fold_runs,
)
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.key_footer import KeyFooter
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.app.widgets.search_line import LineEdit
from newsdiff.app.widgets.threshold_bar import ThresholdBar
from newsdiff.core.citation import citation
from newsdiff.core.models import Article, Comparison, Settings, Side

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.widget import Widget

    from newsdiff.app.app import NewsDiffApp
    from newsdiff.app.engine import Prepared
    from newsdiff.app.screens.boxed_modal import BoxedModal
    from newsdiff.core.story import Story
    from newsdiff.core.story_model import Provenance

NARROW = 100
"""Below this many columns the comparison is one column (each left sentence above its
counterpart) and the quote sidebar, hidden at first, opens over the text."""

FILTERS: tuple[ViewFilter, ...] = ("all", "differences", "quotes")
"""The filters ``f`` cycles through."""

FILTER_NAMES = {
    "all": "Filter: all rows.",
    "differences": "Filter: only differences (shared rows and boilerplate folded).",
    "quotes": "Filter: only rows with a quote.",
}

NO_CONFLICT = (
    "No conflict (≠) found: no linked pair gives another figure, date, place, speaker or the "
    "opposite claim. That is not proof the outlets agree: a sentence only one outlet has (+) "
    "is not checked, and a reworded one (≈) can still differ."
)
"""What `c` says on a comparison without a conflict. It said "The outlets do not disagree
anywhere", a verdict the claim check cannot give: it reads some kinds of disagreement, on linked
sentences only, and misses some of those (thirteenth trial; docs/accuracy.md)."""

LOADING_DELAY = 0.2
"""Seconds a comparison may take before the view is covered by a loading indicator: the
bundled pair takes far less, and the cover would cost it two re-layouts of the screen."""

RELABEL_DELAY = 0.15
"""Seconds of quiet after a threshold key before re-labelling (arrow runs cost one re-label)."""

NEEDS_COMPARISON = {
    "fold_shared",
    "hide_boilerplate",
    "cycle_filter",
    "next",
    "previous",
    "search",
    "next_difference",
    "previous_difference",
    "next_conflict",
    "previous_conflict",
    "swap",
    "save",
    "thresholds",
    "toggle_quotes",
    "copy_citation",
    "details",
}
"""Actions that make sense only once a comparison is on screen."""


HEADER_CHROME = 18
"""Columns of Textual's header that are not its title: the icon (8) and the clock space (10)."""


def settings_title(comparison: Comparison, room: int | None = None, carried: str = "") -> str:
    """The screen's subtitle: the thresholds, and a warning when the meaning signal is off
    (fitted to ``room`` columns, see :func:`title_for`)."""
    scoring = comparison.scoring
    return title_for(comparison.settings, len(scoring.corpus), scoring.meaning, room, carried)


def title_for(
    settings: Settings, others: int, meaning: str, room: int | None = None, carried: str = ""
) -> str:
    """:func:`settings_title` of a comparison at ``settings`` scored with ``others`` more
    articles, the meaning signal ``meaning`` (``"on"`` or why it is off), and ``carried``
    (``carried by 3 of 5``: the cursor sentence's provenance) when known.

    The fullest wording that fits ``room`` columns (``None``: any): the corpus note shortens
    (``scored with 3 more``), then the provenance goes (the status line has it too), then the corpus
    note, and last the thresholds take the gutter's markers; the meaning warning always stays.
    """
    shared, paraphrase = f"{settings.shared:g}", f"{settings.paraphrase:g}"
    # named as the status line names them: word order decides shared, the score paraphrase
    thresholds = (
        f"shared: order ≥ {shared} · paraphrase: score ≥ {paraphrase}",
        f"= order ≥ {shared} · ≈ score ≥ {paraphrase}",
    )
    # Which context scored the pair (``newsdiff compare`` says the same in its header): the
    # library's other articles sharpen the word weights, so a pair can be labelled differently
    # from ``newsdiff compare A B`` without ``--corpus``.
    full, short = (
        (
            f"scored with {others} more article{'s' if others != 1 else ''}",
            f"scored with {others} more",
        )
        if others
        else ("", "")
    )
    warning = "meaning signal off" if meaning != "on" else ""
    # (corpus note, provenance), most said first
    notes = ((full, carried), (short, carried), (full, ""), (short, ""), ("", ""))
    title = ""
    for threshold in thresholds:
        for note, carrying in notes:
            title = " · ".join(p for p in (threshold, note, warning, carrying) if p)
            if room is None or len(title) <= room:
                return title
    return title  # the shortest: the header cuts it


def expected_title(
    articles: Sequence[Article],
    left: int,
    right: int,
    settings: Settings,
    room: int | None = None,
) -> str:
    """The subtitle the pair's comparison will have, known before it is computed when the
    meaning model is loaded (else the thresholds alone): set at once, it lands in the new
    screen's first layout instead of costing one more when the comparison arrives."""
    pair = (articles[left].text, articles[right].text)
    others = sum(1 for article in articles if article.text not in pair)
    # Never imported here (numpy, on the main thread); the warm-up's thread may be importing
    # it right now, so the module can be half-initialised: no function yet means not loaded.
    loaded_status = getattr(sys.modules.get("newsdiff.core.semantic"), "loaded_status", None)
    meaning = loaded_status() if loaded_status is not None else None
    if meaning is None:
        return title_for(settings, 0, "on", room)
    return title_for(settings, others, meaning, room)


class CompareScreen(Screen[None]):
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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n",
            "next",
            "Next diff",
            tooltip="Next difference (during a search: Next match)",
            id="next-difference",
        ),
        Binding(
            "N",
            "previous",
            "Prev diff",
            show=False,
            tooltip="Previous difference (during a search: Prev match)",
            id="previous-difference",
        ),
        # While a search is active `n`/`N` go to matches, and the footer says so: it read
        # "n Next diff" beside a notice saying "match 3 of 12".
        Binding(
            "n",
            "match(1)",
            "Next match",
            tooltip="During a search: the next match (escape ends the search; d: differences)",
            id="next-match",
        ),
        Binding(
            "N",
            "match(-1)",
            "Prev match",
            show=False,
            tooltip="During a search: the previous match",
            id="previous-match",
        ),
        Binding(
            "d",
            "next_difference",
            "Next diff",
            show=False,
            tooltip="Next non-shared sentence (even during a search)",
            id="next-difference-always",
        ),
        Binding(
            "D",
            "previous_difference",
            "Prev diff",
            show=False,
            tooltip="Previous non-shared sentence (even during a search)",
            id="previous-difference-always",
        ),
        Binding(
            "slash",
            "search",
            "Search",
            key_display="/",
            tooltip="Search both columns; then n / N for the next / previous match",
            id="search",
            # Checked as the key is read, before later keys are handed to a widget: what is
            # typed straight after "/" lands in the search line, never on the comparison's
            # bindings ("s" would swap the sides).
            priority=True,
        ),
        Binding(
            "c",
            "next_conflict",
            "Conflict",
            tooltip="Next sentence where the outlets disagree (≠)",
            id="next-conflict",
        ),
        Binding(
            "C",
            "previous_conflict",
            "Prev conflict",
            show=False,
            tooltip="Previous sentence where the outlets disagree (≠)",
            id="previous-conflict",
        ),
        Binding(
            "right_square_bracket",
            "article('right', 1)",
            "Next right",
            key_display="]",
            tooltip="Next article in the right column",
            id="right-next-article",
        ),
        Binding(
            "left_square_bracket",
            "article('right', -1)",
            "Previous right article",
            key_display="[",
            show=False,
            id="right-previous-article",
        ),
        Binding(
            "right_curly_bracket",
            "article('left', 1)",
            "Next left",
            key_display="}",
            tooltip="Next article in the left column",
            id="left-next-article",
        ),
        Binding(
            "left_curly_bracket",
            "article('left', -1)",
            "Previous left article",
            key_display="{",
            show=False,
            id="left-previous-article",
        ),
        Binding("s", "swap", "Swap", tooltip="Swap the left and right columns", id="swap"),
        Binding(
            "z",
            "fold_shared",
            "Fold",
            tooltip="Fold runs of shared sentences into one line (enter opens one)",
            id="fold-shared",
        ),
        Binding(
            "Z",
            "hide_boilerplate",
            "Boilerplate",
            show=False,
            tooltip="Fold boilerplate (site furniture) into one line",
            id="hide-boilerplate",
        ),
        Binding(
            "f",
            "cycle_filter",
            "Filter",
            tooltip="Show all rows, only differences, or only quotes",
            id="filter",
        ),
        Binding(
            "y",
            "copy_citation",
            "Copy",
            tooltip="Copy the cursor sentence (or the highlighted quote) with its source",
            id="copy-citation",
        ),
        Binding(
            "i",
            "details",
            "Details",
            show=False,
            tooltip="The cursor sentence in full: every link, all its evidence, who carries it",
            id="details",
        ),
        Binding(
            "q",
            "toggle_quotes",
            "Quotes",
            tooltip="Show or hide the quote sidebar",
            id="toggle-quotes",
        ),
        Binding(
            "t",
            "thresholds",
            "Thresholds",
            tooltip="Adjust the shared and paraphrase thresholds",
            priority=True,
            id="thresholds",
        ),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            tooltip="Save the comparison (HTML, SVG, Markdown, JSON)",
            id="save",
        ),
        Binding(
            "left,minus",
            "threshold_nudge(-1)",
            "Lower",
            tooltip="Threshold panel: lower the selected threshold by 5",
            priority=True,
            id="threshold-lower",
        ),
        Binding(
            "right,plus,equals_sign",
            "threshold_nudge(1)",
            "Raise",
            tooltip="Threshold panel: raise the selected threshold by 5",
            priority=True,
            id="threshold-raise",
        ),
        Binding(
            "up,down",
            "threshold_switch",
            "Other threshold",
            tooltip="Threshold panel: select the other threshold",
            priority=True,
            id="threshold-switch",
        ),
        Binding(
            "enter,escape",
            "threshold_close",
            "Done",
            tooltip="Threshold panel: close it",
            priority=True,
            id="threshold-close",
        ),
        Binding(
            "escape",
            "back",
            "Back",
            tooltip="Close the search line or quote overlay, end a search, else go back",
            id="back",
        ),
    ]

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
        self.articles = tuple(articles)
        self.left_index = left
        self.right_index = right
        self.settings = settings or (comparison.settings if comparison else Settings())
        self.comparison: Comparison | None = None
        self._initial = comparison
        self._prepared: dict[tuple[str, str], Prepared] = {}
        self._pending: tuple[str, str] | None = None
        self._keep_cursor = False
        self._swaps = 0
        """``s`` presses whose comparison has not landed yet (an odd count mirrors the cursor)."""
        self._relabel_timer: Timer | None = None
        self._carried_note = ""
        """``carried by 3 of 5`` for the cursor sentence once the story is known, else empty."""
        self._loading_timer: Timer | None = None
        self._claim_story: Story | None = None
        self._claim_of: dict[tuple[Side, int], Provenance] = {}
        """Once the story of the corpus is known: each sentence's claim in it, with the claims
        this pair's links join it to (provenance)."""
        self._paired = False
        """Both columns are segmented as the story segments them (its sentence numbers hold)."""
        self._search_line = LineEdit()
        self._searching = False
        self._bindings_stale = False
        self._first_pending = False
        self._ahead: Future[Prepared] | None = None
        """The library's scoring of the pair the screen opened on, if it scored it ahead."""
        self._ahead_key: tuple[str, str] | None = None
        self._narrow: bool | None = None
        """Whether the last fit was one column (``None`` before the first fit)."""
        self._quotes_before_narrow = False
        """The sidebar stood beside the text when the terminal narrowed: it comes back when
        the terminal is wide again."""

    @property
    def news_app(self) -> NewsDiffApp:
        """The app, typed."""
        from newsdiff.app.app import NewsDiffApp

        app = self.app
        assert isinstance(app, NewsDiffApp), app
        return app

    @property
    def key(self) -> tuple[str, str]:
        """The paths of the pair on screen (or being computed)."""
        return self.articles[self.left_index].path, self.articles[self.right_index].path

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
        if self._initial is not None:
            self._show(self._initial, keep_cursor=False)
            self._initial = None
        else:  # once laid out, so the worker wraps the text at the view's real width
            self._ahead_key = self.key
            self._ahead = self.news_app.warmed_pair(
                self.articles, self.left_index, self.right_index
            )
            if self._show_labelled_ahead():
                return
            self.sub_title = expected_title(
                self.articles, self.left_index, self.right_index, self.settings, self._room()
            )
            # Whichever comes first: the view laid out (its width known; usually a frame
            # before the next refresh) or the refresh itself (a view that never got a width).
            self._first_pending = True
            view.width_signal.subscribe(self, self._first_recompute, immediate=True)
            self.call_after_refresh(self._first_recompute)

    def _show_labelled_ahead(self) -> bool:
        """Show the pair now, in the screen's first frame, when the library has labelled it
        ahead at these thresholds (a short pair: see ``engine.LabelledAhead``).

        Shown a frame or more later by the worker, it cost the empty screen's layouts and
        paints first, and every key of the footer restyled as it was enabled."""
        ahead = self._ahead
        if ahead is None or not ahead.done() or ahead.exception() is not None:
            return False
        prepared = ahead.result()
        if not isinstance(prepared, engine.LabelledAhead):
            return False
        taken = prepared.take(self.settings)
        if taken is None:
            return False
        comparison, quotes = taken
        self._prepared[self.key] = prepared
        self._show(comparison, keep_cursor=False, quotes=quotes)
        return True

    def _first_recompute(self, _width: int = 0) -> None:
        """Start computing the pair the screen opened on, once."""
        if self._first_pending:
            self._first_pending = False
            self.recompute()

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
        sidebar = self.query_one(QuoteSidebar)
        if narrow != self._narrow and self._narrow is not None:
            # Below NARROW the sidebar would stand over the text: a sidebar the reader had
            # beside it must not turn into an overlay hiding half of every sentence while the
            # comparison keeps the keys. It goes (`q` shows it over the text, as on a narrow
            # start) and comes back when the terminal is wide again.
            if narrow and sidebar.display and not sidebar.has_class("-overlay"):
                self._quotes_before_narrow = True
                sidebar.display = False
                if sidebar.has_focus_within:
                    self.query_one(DiffView).focus()
            elif not narrow and self._quotes_before_narrow and not sidebar.display:
                sidebar.display = True
            if not narrow:
                self._quotes_before_narrow = False
        self._narrow = narrow
        sidebar.set_class(narrow, "-overlay")
        # Over the text, tab stays in the quote list: the comparison under it is hidden.
        sidebar.trap_focus(narrow)

    # ---------------------------------------------------------------- worker

    def recompute(self) -> None:
        """Compute (or re-label) the pair on screen in a thread; a loading indicator shows
        when it takes longer than :data:`LOADING_DELAY`."""
        key = self.key
        self._pending = key
        self._loading_later()
        left, right = self.articles[self.left_index], self.articles[self.right_index]
        view = self.query_one(DiffView)
        request = view.layout_request()
        prepared = self._prepared.get(key)
        ahead = self._ahead if key == self._ahead_key else None
        self._compute(key, left, right, self.settings, prepared, request, ahead)

    def _loading_later(self) -> None:
        """Cover the view with a loading indicator if the worker is still busy after
        :data:`LOADING_DELAY` (a fast comparison lands without the cover's two re-layouts)."""
        if self._loading_timer is not None:
            self._loading_timer.stop()
        self._loading_timer = self.set_timer(LOADING_DELAY, self._show_loading)

    def _show_loading(self) -> None:
        self._loading_timer = None
        if self._pending is not None:
            self.query_one(DiffView).loading = True

    def _hide_loading(self) -> None:
        if self._loading_timer is not None:
            self._loading_timer.stop()
            self._loading_timer = None
        self.query_one(DiffView).loading = False

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _compute(
        self,
        key: tuple[str, str],
        left: Article,
        right: Article,
        settings: Settings,
        prepared: Prepared | None,
        request: LayoutRequest | None,
        ahead: Future[Prepared] | None = None,
    ) -> None:
        """Prepare and label the pair, then lay it out and list its quotes, all off the main
        thread: the main thread only swaps the results in. ``ahead``: the library's scoring
        of this pair, waited for rather than done twice."""
        worker = get_current_worker()
        if prepared is None and ahead is not None:
            try:
                prepared = ahead.result()
            except Exception:  # noqa: BLE001 - scored here instead
                prepared = None
        try:
            if prepared is None:
                prepared = engine.prepare_pair(left, right, self.articles)
            if worker.is_cancelled:
                return
            comparison = engine.relabel(prepared, settings)
            if worker.is_cancelled:
                return
            layout = build_layout(comparison, request) if request is not None else None
            quotes = QuoteSidebar.listing(comparison)
        except Exception as error:  # noqa: BLE001 - reported to the user, never a traceback
            self.post_message(ComparisonFailed(key, f"{type(error).__name__}: {error}"))
            return
        if not worker.is_cancelled:
            self.post_message(ComparisonReady(key, prepared, comparison, layout, quotes))

    @on(ComparisonReady)
    def _ready(self, message: ComparisonReady) -> None:
        self._prepared[message.key] = message.prepared
        if message.key != self.key or message.comparison.settings != self.settings:
            return
        same_pair = (
            self.comparison is not None
            and (
                self.comparison.left.article.path,
                self.comparison.right.article.path,
            )
            == message.key
        )
        view = self.query_one(DiffView)
        if self._swaps % 2 and not same_pair:
            view.mirror_cursor()
        self._swaps = 0
        self._show(
            message.comparison,
            keep_cursor=same_pair or self._keep_cursor,
            layout=message.layout,
            quotes=message.quotes,
        )
        self._keep_cursor = False
        # the keys pressed during a swap move on these columns, once the cursor is in view
        view.call_after_refresh(view.release_moves)

    def _status_follows_cursor(self, cursor: Cursor | None) -> None:
        self._show_provenance(cursor)  # the status line, with the story's provenance

    @on(ComparisonFailed)
    def _failed(self, message: ComparisonFailed) -> None:
        if message.key != self.key:
            return
        self._pending = None
        self._swaps = 0  # the old columns stay, and the cursor on them
        self.query_one(DiffView).release_moves()
        self._hide_loading()
        self.notify(f"Could not compare: {message.problem}", severity="error", timeout=8)

    def _show(
        self,
        comparison: Comparison,
        *,
        keep_cursor: bool,
        layout: PreparedLayout | None = None,
        quotes: Any = None,
    ) -> None:
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

    def _story(self) -> Story | None:
        """The story of this corpus at these thresholds, once computed in the session."""
        story: Story | None = self.news_app.story_cache.get(
            (tuple(a.text for a in self.articles), self.settings)
        )
        return story

    def _carried_counts(self) -> dict[tuple[Side, int], str]:
        """Per sentence on screen: ``3/5``, the corpus articles that carry its claim (none
        until the story of the corpus is known). Also keeps each sentence's claim for the
        status line, so that a cursor move does not search the story."""
        self._claim_of = {}
        story = self._story()
        comparison = self.comparison
        if story is None or comparison is None:
            return {}
        from newsdiff.core.story_model import pair_provenance

        self._claim_story = story
        total = len(story.articles)
        left, right = self.left_index, self.right_index
        shown = {"left": comparison.left.sentences, "right": comparison.right.sentences}
        sides: tuple[tuple[Side, int], ...] = (("left", left), ("right", right))
        same = [
            side for side, article in sides if len(story.sentences[article]) == len(shown[side])
        ]
        links = [  # this pair's links: a sentence is counted with the claims they reach
            (index, link.index)
            for index, aligned in enumerate(comparison.left.sentences)
            for link in aligned.links
        ]
        self._paired = len(same) == 2
        found = pair_provenance(story, left, right, links if self._paired else ())
        counts: dict[tuple[Side, int], str] = {}
        for side, article in sides:
            if side not in same:
                continue  # not the same segmentation: nothing to say
            for index in range(len(shown[side])):
                here = found.get((article, index))
                if here is not None:
                    self._claim_of[(side, index)] = here
                    counts[(side, index)] = f"{len(here.outlets)}/{total}"
        return counts

    def _provenance(self, cursor: Cursor | None) -> str | None:
        """``carried by 3 of 5: a.txt, …`` for the cursor sentence, once the story is known."""
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        if found is None or self._claim_story is None:
            return None
        from newsdiff.core.story_model import provenance_note

        return provenance_note(self._claim_story, found)

    def _grouped_with(self, cursor: Cursor | None) -> tuple[int, ...]:
        """For a sentence this pair links to nothing: the other column's sentences its story
        claim holds (the story groups through every article's links, the pair view links
        this pair's alone; the twelfth trial read ``only in this article`` beside ``carried
        by 5 of 5`` naming the other column's article)."""
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        story, comparison = self._claim_story, self.comparison
        if cursor is None or found is None or story is None or comparison is None:
            return ()
        if not self._paired or comparison.aligned(cursor.side, cursor.index).links:
            return ()
        other = self.right_index if cursor.side == "left" else self.left_index
        claims = (found.claim, *found.linked)
        held = {s for c in claims for article, s in story.claims[c].variants if article == other}
        return tuple(sorted(held))

    def _show_provenance(self, cursor: Cursor | None) -> None:
        """The status line for the cursor sentence and, once the story of this corpus is
        known, which articles carry its claim (status line, hover, subtitle count)."""
        note = self._provenance(cursor)
        found = None if cursor is None else self._claim_of.get((cursor.side, cursor.index))
        parts = None
        if note is not None and found is not None and self._claim_story is not None:
            from newsdiff.app.widgets.carried_fit import carried_note

            parts = carried_note(self._claim_story, found)  # cut at a name, not inside one
        self.query_one(EvidenceLine).show(
            self.comparison, cursor, carried=parts, grouped=self._grouped_with(cursor)
        )
        self.query_one(DiffView).tooltip = note
        self._carried_note = note.split(":")[0] if note else ""
        self._retitle()

    def _room(self) -> int:
        """Columns the header leaves the subtitle, after the title and its `` — ``."""
        title = self.title if self.title is not None else self.app.title
        return self.app.size.width - HEADER_CHROME - len(title) - len(" — ")

    def _retitle(self) -> None:
        """The subtitle of the comparison on screen, fitted to the header's width."""
        if self.comparison is not None:
            self.sub_title = settings_title(self.comparison, self._room(), self._carried_note)

    # --------------------------------------------------------------- actions

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

    def _stepping_matches(self) -> bool:
        """Whether `n`/`N` go to search matches: a search is active and found something (a
        search that found nothing leaves them on differences, not on a key that does nothing;
        its text stays for the next `/`)."""
        view = self.query_one(DiffView)
        return bool(view.pattern) and view.match_count > 0

    def action_next(self) -> None:
        """The next search match while a search is active (vim, less), else the next difference."""
        if self._stepping_matches():
            self._match(1)
        else:
            self._difference(1)

    def action_match(self, direction: int) -> None:
        """The next (``1``) or previous (``-1``) search match (``n``/``N`` during a search)."""
        self._match(direction)

    def action_previous(self) -> None:
        """The previous search match while a search is active, else the previous difference."""
        if self._stepping_matches():
            self._match(-1)
        else:
            self._difference(-1)

    @property
    def searching(self) -> bool:
        """Whether the search line is open (the keys typed go to it)."""
        return self._searching

    @property
    def search_text(self) -> str:
        """The text in the search line."""
        return self._search_line.value

    def action_search(self) -> None:
        """Open the search line under the comparison (``/``), in the status line's place.

        The comparison keeps the focus and this screen hands the search line the keys: no
        focus change, no restyle, no re-layout (an ``Input`` cost a frame on ``enter``)."""
        if self._searching:
            return
        self._searching = True
        self._search_line.reset(self.query_one(DiffView).pattern)
        self._show_search_line()
        self.call_after_refresh(self.query_one(DiffView).prepare_search)

    def _show_search_line(self) -> None:
        self.query_one(EvidenceLine).show_prompt(*self._search_line.content())

    def on_key(self, event: events.Key) -> None:
        """While the search line is open every key is its own (vim's command line): text,
        editing keys, ``enter`` finds, ``escape`` cancels. Only priority keys (quit, the
        palette) still act. While a long swap covers the view (its loading indicator takes
        the keyboard from it), its cursor keys are kept for the swapped columns, not lost."""
        if not self._searching:
            view = self.query_one(DiffView)
            if view.loading and view.hold_key(event.key, event.character):
                event.stop()
                event.prevent_default()
            return
        event.stop()
        event.prevent_default()
        if event.key == "enter":
            self._search_confirm()
        elif event.key == "escape":
            self._close_search()
        elif self._search_line.key(event.key, event.character):
            self._show_search_line()

    def on_paste(self, event: events.Paste) -> None:
        """A paste while the search line is open lands in it (its first line)."""
        if not self._searching:
            return
        event.stop()
        self._search_line.insert(event.text)
        self._show_search_line()

    def _search_confirm(self) -> None:
        text = self._search_line.value
        view = self.query_one(DiffView)
        self._close_search()
        count = view.search(text)
        self.refresh_bindings()  # n / N: matches while a pattern is active, else differences
        if not text:
            self.notify("Search cleared.", timeout=2)
            return
        if not count:
            self.notify(f"Not found: {text}", severity="warning", timeout=3)
            return
        self._match(1, here=True)

    def _close_search(self) -> None:
        self._searching = False
        self.query_one(EvidenceLine).show_prompt(None)
        if self._bindings_stale:  # the footer read the keys while "/" and "t" were text
            self._bindings_stale = False
            self.refresh_bindings()

    def refresh_bindings(self) -> None:
        """Refresh the footer's keys (again once the search line closes, if it was open)."""
        self._bindings_stale = self._searching
        super().refresh_bindings()

    def _match(self, direction: int, *, here: bool = False) -> None:
        view = self.query_one(DiffView)
        if view.held(lambda: self._match(direction, here=here)):
            return  # a swap is in flight: the match is found in the columns it brings
        target = view.next_match(direction, here=here)
        if target is None:
            return
        view.focus()
        view.jump_to(target)
        position = view.match_position()
        self.notify(
            f"/{view.pattern}: match {position} of {view.match_count} "
            "(n / N next / previous, d / D differences, escape ends the search)",
            timeout=3,
        )

    def action_fold_shared(self) -> None:
        """Fold (or unfold) runs of shared sentences."""
        view = self.query_one(DiffView)
        view.set_folding(fold_shared=not view.fold_shared)
        if view.fold_shared and not _foldable(view, fold_shared=True):
            said = "Nothing to fold: no shared sentences side by side here."
        elif view.fold_shared:
            said = "Shared sentences folded: enter on a fold opens it."
        else:
            said = "Shared sentences shown."
        self.notify(said, timeout=2)

    def action_hide_boilerplate(self) -> None:
        """Fold (or unfold) boilerplate rows."""
        view = self.query_one(DiffView)
        view.set_folding(hide_boilerplate=not view.hide_boilerplate)
        if view.hide_boilerplate and not _foldable(view, hide_boilerplate=True):
            said = "Nothing to fold: no site furniture (·) here."
        else:
            said = "Boilerplate folded." if view.hide_boilerplate else "Boilerplate shown."
        self.notify(said, timeout=2)

    def action_cycle_filter(self) -> None:
        """All rows → only differences → only quotes → all rows; a filter that would fold
        every row away is passed over, and the notice says why."""
        view = self.query_one(DiffView)
        following = FILTERS[(FILTERS.index(view.view_filter) + 1) % len(FILTERS)]
        passed: list[str] = []
        # `only quotes` on a pair without a quote showed one fold line and nothing else, the
        # status line still describing a sentence folded away.
        while following != "all" and (why := self._filter_empty(following)):
            passed.append(why)
            following = FILTERS[(FILTERS.index(following) + 1) % len(FILTERS)]
        view.set_folding(view_filter=following)
        said = FILTER_NAMES[following]
        if passed:
            said = f"{said} ({'; '.join(passed)})"
        self.notify(said, timeout=3 if passed else 2)

    def _filter_empty(self, view_filter: ViewFilter) -> str:
        """Why ``view_filter`` would show no row of this comparison (empty if it shows some)."""
        comparison = self.comparison
        if comparison is None:
            return ""
        if view_filter == "quotes" and not (comparison.left.quotes or comparison.right.quotes):
            return "no quote in either article to show alone"
        if view_filter == "differences" and not self.query_one(DiffView).has_differences():
            return "no difference to show alone: every sentence is shared"
        return ""

    def action_next_difference(self) -> None:
        """Move the cursor to the next non-shared (or moved) sentence, on either side."""
        self._difference(1)

    def action_previous_difference(self) -> None:
        """Move the cursor to the previous non-shared (or moved) sentence."""
        self._difference(-1)

    def action_next_conflict(self) -> None:
        """Move the cursor to the next conflict (``≠``), on either side."""
        self._difference(1, "conflict")

    def action_previous_conflict(self) -> None:
        """Move the cursor to the previous conflict (``≠``)."""
        self._difference(-1, "conflict")

    def _difference(self, direction: int, kind: str | None = None) -> None:
        view = self.query_one(DiffView)
        if view.held(lambda: self._difference(direction, kind)):
            return  # a swap is in flight: the next difference is found in the new columns
        target = view.difference(direction, kind)
        if target is None:
            where = "below" if direction > 0 else "above"
            what = "conflicts" if kind else "differences"
            if not view.has_differences(kind):
                self.notify(
                    NO_CONFLICT if kind else "No differences: every sentence is shared.",
                    timeout=5 if kind else 3,
                )
                return
            self.notify(f"No more {what} {where}.", timeout=2)
            return
        view.focus()
        view.jump_to(target)

    def action_article(self, side: str, delta: int) -> None:
        """Show the next (``1``) or previous (``-1``) corpus article in column ``side``."""
        fixed = self.right_index if side == "left" else self.left_index
        current = self.left_index if side == "left" else self.right_index
        count = len(self.articles)
        candidates = [i for i in range(count) if i != fixed]
        if len(candidates) < 2:
            self.notify("No other article in this corpus.", timeout=2)
            return
        position = candidates.index(current) if current in candidates else 0
        chosen = candidates[(position + delta) % len(candidates)]
        self.show_article(side, chosen)

    def show_article(self, side: str, index: int) -> None:
        """Put corpus article ``index`` in column ``side`` and compare again."""
        if side == "left":
            if index == self.right_index:
                self.left_index, self.right_index = self.right_index, self.left_index
            else:
                self.left_index = index
        else:
            if index == self.left_index:
                self.left_index, self.right_index = self.right_index, self.left_index
            else:
                self.right_index = index
        self.recompute()

    def action_swap(self) -> None:
        """Swap the columns, keeping the cursor on the same sentence."""
        self.left_index, self.right_index = self.right_index, self.left_index
        # The cursor crosses over when the swapped comparison lands (``_ready``): until then
        # the screen shows the old columns, and i or y must read the sentence shown, while
        # the cursor keys wait for the new columns (a move on the old ones lands elsewhere).
        self._swaps += 1
        self.query_one(DiffView).hold_moves()
        self._keep_cursor = True
        self.recompute()

    def action_toggle_quotes(self) -> None:
        """Show or hide the quote sidebar."""
        sidebar = self.query_one(QuoteSidebar)
        sidebar.display = not sidebar.display
        self._quotes_before_narrow = False  # the reader chose: a wider terminal keeps it
        if not sidebar.display:
            self.query_one(DiffView).focus()
        elif sidebar.has_class("-overlay"):
            sidebar.query_one(OptionList).focus()  # over the text: browse it, escape closes

    def action_thresholds(self) -> None:
        """Open the threshold panel (or close it)."""
        bar = self.query_one(ThresholdBar)
        if bar.has_class("hidden"):
            bar.settings = self.settings
            bar.remove_class("hidden")
            self.refresh_bindings()
        else:
            self._close_thresholds()

    def _thresholds_open(self) -> bool:
        return self.is_mounted and not self.query_one(ThresholdBar).has_class("hidden")

    def _close_thresholds(self) -> None:
        self.query_one(ThresholdBar).add_class("hidden")
        self.query_one(DiffView).focus()
        self.refresh_bindings()

    def action_threshold_nudge(self, direction: int) -> None:
        """Lower (``-1``) or raise (``1``) the selected threshold by one step."""
        if not self._thresholds_open():
            raise SkipAction()
        self.query_one(ThresholdBar).action_nudge(direction)

    def action_threshold_switch(self) -> None:
        """Select the other threshold."""
        if not self._thresholds_open():
            raise SkipAction()
        self.query_one(ThresholdBar).action_switch()

    def action_threshold_close(self) -> None:
        """Close the threshold panel."""
        if not self._thresholds_open():
            raise SkipAction()
        self._close_thresholds()

    @on(ThresholdBar.Changed)
    def _threshold_changed(self, message: ThresholdBar.Changed) -> None:
        self.set_settings(message.settings)

    @on(ThresholdBar.Closed)
    def _threshold_closed(self) -> None:
        self._close_thresholds()

    def set_settings(self, settings: Settings) -> None:
        """Re-label the comparison at ``settings`` once the keys pause (debounced)."""
        self.settings = settings
        self.query_one(ThresholdBar).settings = settings
        if self._relabel_timer is not None:
            self._relabel_timer.stop()
        self._relabel_timer = self.set_timer(RELABEL_DELAY, self.recompute)

    def action_save(self) -> None:
        """Open the save dialog (from the export module)."""
        if self.comparison is None:
            return
        # The SVG is a picture of the comparison: a notice still up (`Saved HTML to …`, `match
        # 3 of 12`) stood over the text in it, and over the dialog's buttons (New name, No,
        # Overwrite) when the file it named was saved again. The notices step aside for the
        # picture (a frame later) and are done with when the dialog opens.
        racks = [rack for rack in self.query("ToastRack") if rack.display and rack.children]
        if racks:
            for rack in racks:
                rack.display = False
            self.call_after_refresh(self._open_save_dialog, racks)
        else:
            self._open_save_dialog()

    def _open_save_dialog(self, racks: Sequence[Widget] = ()) -> None:
        from newsdiff.app.screens.save_dialog import SaveDialog  # loaded on first save

        svg = self.app.export_screenshot()
        if racks:
            self.app.clear_notifications()
        for rack in racks:
            rack.display = True
        if self.comparison is None or not self.is_current:
            return
        loaded = [article.path for article in (*self.articles, *self.news_app.articles)]
        memory = self.news_app.save_memory
        self.app.push_screen(
            SaveDialog(
                self.comparison,
                svg=svg,
                protected=loaded,
                folder=memory.folder,
                fmt=memory.fmt,
            ),
            callback=memory.remember,
        )

    def citation(self) -> str | None:
        """The cursor sentence, or the highlighted quote when the sidebar has focus, cited."""
        comparison = self.comparison
        if comparison is None:
            return None
        sidebar = self.query_one(QuoteSidebar)
        quotes = sidebar.query_one(OptionList)
        option = quotes.highlighted_option if quotes.has_focus else None
        if option is not None and (option.id or "").startswith("quote-"):
            entry = sidebar.entries[int((option.id or "").removeprefix("quote-"))]
            quote = entry.own
            article = comparison.side(entry.own_side)
            return citation(
                article.article, quote.text, sentence=quote.sentence, speaker=quote.speaker
            )
        cursor = self.query_one(DiffView).cursor
        if cursor is None:
            return None
        side = comparison.side(cursor.side)
        sentence = side.sentences[cursor.index].sentence
        return citation(side.article, sentence.text, sentence=cursor.index)

    def action_copy_citation(self) -> None:
        """Copy the cursor sentence or highlighted quote with its source (OSC 52 clipboard)."""
        text = self.citation()
        if text is None:
            return
        self.app.copy_to_clipboard(text)
        first = text.splitlines()[0]
        shown = first if len(first) <= 60 else first[:59] + "…"
        self.notify(f"Copied with its source: {shown}", timeout=3)

    def action_details(self) -> None:
        """Show the cursor sentence's details in full (what the status line cuts)."""
        cursor = self.query_one(DiffView).cursor
        if self.comparison is None or cursor is None:
            return
        from newsdiff.app.screens.details import DetailsScreen
        from newsdiff.app.widgets.evidence_line import details_lines

        lines = details_lines(
            self.comparison, cursor, self._provenance(cursor), self._grouped_with(cursor)
        )
        name = f"{'L' if cursor.side == 'left' else 'R'}{cursor.index + 1}"
        self.open_box(DetailsScreen(f"Sentence {name} in full", lines))

    def open_box(self, box: BoxedModal) -> None:
        """Open the help or details ``box`` with the cursor's row (its sentence and the
        counterpart) in sight: the row is scrolled above the half the box may take, the box
        goes to the top when the row cannot rise (the end of the text), and closing it
        scrolls back to where the reader was."""
        view = self.query_one(DiffView)
        before = view.scroll_offset.y
        view.lift_cursor((self.app.size.height + 1) // 2)
        box.keep = view.cursor_region()

        def back(_: None) -> None:
            view.scroll_to(y=before, animate=False, immediate=True)

        self.app.push_screen(box, back)

    def action_back(self) -> None:
        """Close the search line, else end the search, else go back to where the comparison
        was opened from (the library or the story)."""
        if self._searching:
            self._close_search()
            return
        sidebar = self.query_one(QuoteSidebar)
        if sidebar.has_class("-overlay") and sidebar.display:
            sidebar.display = False
            self.query_one(DiffView).focus()
            return
        if sidebar.display and sidebar.has_focus_within:
            # In the list beside the text escape leaves the list, as it closes the overlay:
            # it went back to the library, dropping the comparison the reader was quoting.
            self.query_one(DiffView).focus()
            return
        view = self.query_one(DiffView)
        if view.pattern:
            view.search("")
            self.refresh_bindings()
            self.notify("Search ended: n / N go to differences again.", timeout=2)
            return
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.news_app.show_library()

    @on(QuoteSidebar.QuoteChosen)
    def _quote_chosen(self, message: QuoteSidebar.QuoteChosen) -> None:
        entry = message.entry
        # to the quote the entry shows (a right quote listed for itself lands on the right)
        view = self.query_one(DiffView)
        view.jump_to(Cursor(entry.own_side, entry.own.sentence))
        sidebar = self.query_one(QuoteSidebar)
        if message.chosen and sidebar.has_class("-overlay") and sidebar.display:
            # Over the text the quote's sentence is under the list: enter went there but left
            # the list over it (and over the status line), the keys still in the list.
            sidebar.display = False
            view.focus()

    @on(OptionList.OptionSelected)
    def _option_selected(self) -> None:
        self.query_one(DiffView).focus()

    # ------------------------------------------------------- command palette

    def system_commands(self) -> Iterable[SystemCommand]:
        """Palette entries for this screen's actions."""
        yield SystemCommand(
            "Next difference",
            "Move to the next non-shared sentence (n)",
            self.action_next_difference,
        )
        yield SystemCommand(
            "Previous difference",
            "Move to the previous non-shared sentence (N)",
            self.action_previous_difference,
        )
        yield SystemCommand(
            "Next conflict",
            "Move to the next sentence where the outlets disagree, ≠ (c)",
            self.action_next_conflict,
        )
        yield SystemCommand(
            "Previous conflict",
            "Move to the previous sentence where the outlets disagree, ≠ (C)",
            self.action_previous_conflict,
        )
        yield SystemCommand(
            "Next article on the right",
            "Replace the right column with the next article (])",
            lambda: self.action_article("right", 1),
        )
        yield SystemCommand(
            "Previous article on the right",
            "Replace the right column with the previous article ([)",
            lambda: self.action_article("right", -1),
        )
        yield SystemCommand(
            "Next article on the left",
            "Replace the left column with the next article (})",
            lambda: self.action_article("left", 1),
        )
        yield SystemCommand(
            "Previous article on the left",
            "Replace the left column with the previous article ({)",
            lambda: self.action_article("left", -1),
        )
        yield SystemCommand(
            "Swap columns", "Swap the left and right articles (s)", self.action_swap
        )
        yield SystemCommand(
            "Fold shared sentences",
            "Fold or unfold runs of shared sentences (z)",
            self.action_fold_shared,
        )
        yield SystemCommand(
            "Fold boilerplate", "Fold or unfold site furniture (Z)", self.action_hide_boilerplate
        )
        yield SystemCommand(
            "Filter rows",
            "All rows, only differences, only quotes (f)",
            self.action_cycle_filter,
        )
        yield SystemCommand(
            "Search", "Search both columns; n / N for next / previous match (/)", self.action_search
        )
        yield SystemCommand(
            "Copy with citation",
            "Copy the cursor sentence or quote with outlet, title and source (y)",
            self.action_copy_citation,
        )
        yield SystemCommand(
            "Sentence details",
            "The cursor sentence in full: every link, its evidence, who carries it (i)",
            self.action_details,
        )
        yield SystemCommand(
            "Toggle quote sidebar",
            "Show or hide the quotes of both articles (q)",
            self.action_toggle_quotes,
        )
        yield SystemCommand(
            "Thresholds…", "Adjust the shared and paraphrase thresholds (t)", self.action_thresholds
        )
        yield SystemCommand(
            "Jump to counterpart",
            "Move the cursor to the linked sentence on the other side (enter)",
            self.query_one(DiffView).action_counterpart,
        )
        yield SystemCommand(
            "Save comparison…", "Save as HTML, SVG, Markdown or JSON (ctrl+s)", self.action_save
        )
        yield SystemCommand(
            "Back to the library", "Choose other articles (escape)", self.action_back
        )


def _foldable(view: DiffView, *, fold_shared: bool = False, hide_boilerplate: bool = False) -> bool:
    """Whether the fold asked for folds any row of the view's comparison: a fold key on a
    comparison with nothing to fold would otherwise say "folded" and change nothing."""
    comparison = view.comparison
    if comparison is None:
        return True
    return bool(fold_runs(comparison, fold_shared=fold_shared, hide_boilerplate=hide_boilerplate))
