"""The first comparison in the compare screen's first frame (issue #19's 300 ms bar).

The library scores and labels the pair under its cursor ahead (``engine.LabelledAhead``); Enter
on it shows that comparison as the screen opens, without a worker and without an empty frame,
and the screen is laid out as few times as Textual allows.
"""

from __future__ import annotations

from typing import Any

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
from newsdiff.core.compare import compare_articles
from newsdiff.core.models import Settings
from textual._compositor import Compositor
from textual.widgets import OptionList

SIZE = (120, 36)


async def _library_idle(app: NewsDiffApp, pilot: Any) -> None:
    """Wait for the library's workers and for its scoring ahead (on a daemon thread)."""
    await app.workers.wait_for_complete()
    for _ in range(400):
        if app._warm_pair is not None and app._warm_pair[3].done():
            break
        await pilot.pause(0.05)
    assert app._warm_pair is not None and app._warm_pair[3].done()
    await pilot.pause()


def _rows(comparison: Any) -> list[tuple[Any, ...]]:
    """The rows, and every sentence's label and linked counterparts."""
    rows = [(row.left, row.right) for row in comparison.rows]
    return rows + [
        (side, aligned.label, tuple(link.index for link in aligned.links))
        for side in ("left", "right")
        for aligned in comparison.side(side).sentences
    ]


async def test_enter_on_the_pair_labelled_ahead_paints_it_in_the_first_frame(monkeypatch) -> None:
    """Every layout of the compare screen already has the comparison (the first one too), no
    compare worker runs, the screen is laid out at most three times and the library under it
    not at all (six and one before), and what is shown is exactly the comparison computed on
    its own, quotes included."""
    layouts: list[tuple[bool, bool]] = []
    screens: list[str] = []
    reflow = Compositor.reflow

    def watched(self: Compositor, parent: Any, size: Any) -> Any:
        screens.append(type(parent).__name__)
        if isinstance(parent, CompareScreen):
            view = parent.query_one(DiffView)
            quotes = parent.query_one(QuoteSidebar).query_one(OptionList)
            layouts.append((view.comparison is not None, quotes.option_count > 0))
        return reflow(self, parent, size)

    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        await _library_idle(app, pilot)
        monkeypatch.setattr(Compositor, "reflow", watched)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert not [worker for worker in app.workers if worker.group == "compare"]
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert layouts and all(shown and listed for shown, listed in layouts), layouts
        assert len(layouts) <= 3, layouts
        assert screens.count("CompareScreen") == len(screens), screens  # not the library below
        shown = screen.comparison
        assert shown is not None
        left, right = app.articles[screen.left_index], app.articles[screen.right_index]
        alone = compare_articles(left, right, corpus=app.articles)
        assert _rows(shown) == _rows(alone)
        quotes = screen.query_one(QuoteSidebar)
        assert len(quotes.entries) == len(QuoteSidebar.listing(alone).entries)
        view = screen.query_one(DiffView)
        layout = view.line_layout
        assert layout is not None and layout.geometry.width == view.layout_width
        # the height found in the layout pass is the one the scrollbar shows
        assert view.virtual_size.height == layout.height
        assert view.vertical_scrollbar.window_virtual_size == layout.height


async def test_a_resized_terminal_still_lays_the_screen_out_again() -> None:
    """Only the Resize of the screen's own first layout is skipped: a terminal narrower than
    100 columns still turns the comparison into one column, and back."""
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        await _library_idle(app, pilot)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        wide = view.layout_width
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert view.one_column and view.layout_width < wide
        assert view.virtual_size.height == view.line_layout.height  # type: ignore[union-attr]
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert not view.one_column and view.layout_width == wide


class _Pair:
    """A prepared pair whose comparison is the bundled seeds' first two articles."""

    def __init__(self, paths: list[Any]) -> None:
        from newsdiff.core.load import load_corpus

        articles = load_corpus(paths).articles
        self.calls = 0
        self._comparison = compare_articles(articles[0], articles[1], corpus=articles)

    def comparison(self, settings: Settings) -> Any:
        self.calls += 1
        return self._comparison

    def sentence_count(self) -> int:
        return len(self._comparison.left.sentences) + len(self._comparison.right.sentences)


def test_a_labelled_pair_is_handed_out_once_at_its_own_thresholds(monkeypatch, seed_paths) -> None:
    """``take`` gives the comparison labelled ahead once, only at the thresholds it was
    labelled at, and never for a pair too long to lay out in one frame."""
    pair = _Pair(seed_paths)
    ahead = engine.LabelledAhead(pair, Settings())
    assert ahead.take(Settings(paraphrase=Settings().paraphrase + 5)) is None
    assert ahead.take(Settings()) is None  # handed out (or refused) once only
    fresh = engine.LabelledAhead(pair, Settings())
    taken = fresh.take(Settings())
    assert taken is not None and taken[0] is pair._comparison
    assert fresh.take(Settings()) is None
    assert fresh.comparison(Settings()) is pair._comparison  # re-labels as the pair does
    monkeypatch.setattr(engine, "SAME_FRAME_SENTENCES", 10)
    assert engine.LabelledAhead(pair, Settings()).take(Settings()) is None


def test_a_long_pair_is_labelled_once_ahead_and_handed_to_the_worker(
    monkeypatch, seed_paths
) -> None:
    """A pair too long for one frame is labelled once: the screen's worker is handed the
    labelling done ahead (its quotes are listed by the worker, not ahead); at other
    thresholds, or asked again, the pair is labelled anew."""
    monkeypatch.setattr(engine, "SAME_FRAME_SENTENCES", 10)
    listed: list[object] = []
    monkeypatch.setattr(QuoteSidebar, "listing", staticmethod(listed.append))
    pair = _Pair(seed_paths)
    ahead = engine.LabelledAhead(pair, Settings())
    assert pair.calls == 1 and not listed
    assert ahead.take(Settings()) is None  # too long for the first frame
    assert engine.relabel(ahead, Settings()) is pair._comparison
    assert pair.calls == 1  # the labelling done ahead, not done again
    assert ahead.comparison(Settings()) is pair._comparison
    assert pair.calls == 2  # handed out once: then labelled as the pair labels
    other = engine.LabelledAhead(pair, Settings())
    assert other.comparison(Settings(paraphrase=Settings().paraphrase + 5)) is not None
    assert pair.calls == 4  # another threshold: labelled for it


def test_a_short_pair_labelled_ahead_is_shown_once(seed_paths) -> None:
    """A short pair's labelling goes to the first frame, once; the worker then labels."""
    pair = _Pair(seed_paths)
    ahead = engine.LabelledAhead(pair, Settings())
    assert ahead.take(Settings()) is not None
    assert engine.relabel(ahead, Settings()) is pair._comparison
    assert pair.calls == 2


@pytest.mark.parametrize("keys", [("down", "enter")])
async def test_another_pair_is_still_computed_by_the_worker(keys: tuple[str, ...]) -> None:
    """The pair labelled ahead is not shown for another pair: the worker computes that one."""
    app = NewsDiffApp(theme="textual-dark")
    async with app.run_test(size=SIZE) as pilot:
        await _library_idle(app, pilot)
        await pilot.press(*keys)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = screen.comparison
        assert shown is not None
        left, right = app.articles[screen.left_index], app.articles[screen.right_index]
        assert (shown.left.article.path, shown.right.article.path) == (left.path, right.path)
        assert _rows(shown) == _rows(compare_articles(left, right, corpus=app.articles))
