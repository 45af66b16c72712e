"""The pair on screen: which corpus articles the columns show (``]``/``[``, ``}``/``{``, ``s``),
and computing their comparison in a thread worker while a loading indicator waits its turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from newsdiff.app import engine
from newsdiff.app.messages import ComparisonFailed, ComparisonReady
from newsdiff.app.screens.compare_host import CompareHost
from newsdiff.app.screens.compare_titles import expected_title
from newsdiff.app.widgets.diff_view import DiffView, LayoutRequest, build_layout
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Comparison, Settings

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.timer import Timer

    from newsdiff.app.engine import Prepared

LOADING_DELAY = 0.2
"""Seconds a comparison may take before the view is covered by a loading indicator: the
bundled pair takes far less, and the cover would cost it two re-layouts of the screen."""


class ComparePair(CompareHost):
    """Choosing the columns' articles and computing their comparison off the main thread."""

    _initial: Comparison | None
    """A comparison handed to the screen ready-made (a saved one), shown on mount."""
    _prepared: dict[tuple[str, str], Prepared]
    """Each pair's scoring, kept so that a threshold change only re-labels."""
    _pending: tuple[str, str] | None
    """The pair the worker is computing (``None``: nothing in flight)."""
    _keep_cursor: bool
    """The comparison being computed keeps the cursor's sentence (a swap)."""
    _swaps: int
    """``s`` presses whose comparison has not landed yet (an odd count mirrors the cursor)."""
    _loading_timer: Timer | None
    """Covers the view with the loading indicator if the worker is slow."""
    _first_pending: bool
    """The first comparison has not been started yet."""
    _ahead: Future[Prepared] | None
    """The library's scoring of the pair the screen opened on, if it scored it ahead."""
    _ahead_key: tuple[str, str] | None
    """The pair :attr:`_ahead` scores."""

    def _open(self, view: DiffView) -> None:
        """Show the saved comparison, or start computing the pair."""
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
            # an input's own problem in the command line's words; anything else names its kind
            known = isinstance(error, ArticleError)
            self.post_message(
                ComparisonFailed(key, str(error) if known else f"{type(error).__name__}: {error}")
            )
            return
        if not worker.is_cancelled:
            self.post_message(ComparisonReady(key, prepared, comparison, layout, quotes))

    def _comparison_ready(self, message: ComparisonReady) -> None:
        """Swap the comparison the worker computed in, if it is still the one wanted."""
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

    def _comparison_failed(self, message: ComparisonFailed) -> None:
        """Say why the pair could not be compared; the old columns stay, and with no old
        columns (the pair the screen opened on) the screen closes: an empty compare screen
        whose keys did nothing was left behind (the fourteenth trial), with any box over it."""
        if message.key != self.key:
            return
        self._pending = None
        self._swaps = 0  # the old columns stay, and the cursor on them
        self.query_one(DiffView).release_moves()
        self._hide_loading()
        self.app.notify(f"Could not compare: {message.problem}", severity="error", timeout=8)
        if self.comparison is None and self in self.app.screen_stack:
            # A box opened over the blank screen (help, palette) goes with it: left open, the
            # blank screen waited under it until escape (appfix18).
            while self.app.screen is not self:
                self.app.pop_screen()
            self._leave()

    # ------------------------------------------------------------- columns

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
        # The cursor crosses over when the swapped comparison lands (``_comparison_ready``):
        # until then the screen shows the old columns, and i or y must read the sentence shown,
        # while the cursor keys wait for the new columns (a move on the old ones lands elsewhere).
        self._swaps += 1
        self.query_one(DiffView).hold_moves()
        self._keep_cursor = True
        self.recompute()
