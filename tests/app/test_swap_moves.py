"""Cursor keys pressed while ``s`` is swapping the columns act on the swapped columns.

They used to move the cursor on the old columns, the layout being replaced: ``l`` crossed to
the other article in the old layout, and the swap then carried the cursor back across, onto a
sentence the reader never chose. Now the keys wait for the swapped comparison, then each moves
once, in order, on what the reader sees."""

from __future__ import annotations

import threading

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import LOADING_DELAY, CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView

SIZE = (120, 36)


async def _open(app: NewsDiffApp, pilot) -> tuple[CompareScreen, DiffView]:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, CompareScreen)
    view = screen.query_one(DiffView)
    await pilot.press("j")
    assert view.cursor == Cursor("left", 1)
    return screen, view


async def _land(app: NewsDiffApp, pilot, fake_engine) -> None:
    assert fake_engine.gate is not None
    fake_engine.gate.set()
    await app.workers.wait_for_complete()
    for _ in range(3):
        await pilot.pause()


async def test_a_column_key_during_a_swap_acts_on_the_swapped_columns(fake_engine) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await _open(app, pilot)
        assert screen.comparison is not None
        was_left = screen.comparison.left.article.path
        fake_engine.gate = threading.Event()  # the swapped pair is still computing
        await pilot.press("s", "l")
        await pilot.pause()
        assert view.cursor == Cursor("left", 1)  # nothing moved on the columns going away
        await _land(app, pilot, fake_engine)
        assert screen.comparison is not None
        assert screen.comparison.right.article.path == was_left
        # The sentence crossed with its article to the right column, and ``l`` (already
        # in the right column) left it there: not the other article's counterpart.
        assert view.cursor == Cursor("right", 1)


async def test_line_keys_during_a_swap_each_move_once_on_the_new_columns(fake_engine) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await _open(app, pilot)
        fake_engine.gate = threading.Event()
        await pilot.press("s", "j", "j", "k", "j")
        await pilot.pause()
        assert view.cursor == Cursor("left", 1)
        await _land(app, pilot, fake_engine)
        order = view._column_order("right")
        start = order.index(1)
        assert view.cursor == Cursor("right", order[start + 2])  # three down, one up


async def test_keys_under_the_loading_cover_of_a_long_swap_are_not_lost(fake_engine) -> None:
    # A swap that takes longer than LOADING_DELAY covers the view with a loading indicator,
    # which takes the keyboard away from the view: a line key pressed then did nothing at all.
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen, view = await _open(app, pilot)
        fake_engine.gate = threading.Event()
        await pilot.press("s")
        await pilot.pause(LOADING_DELAY * 3)
        assert view.loading  # the cover is up
        await pilot.press("j", "j")
        await _land(app, pilot, fake_engine)
        order = view._column_order("right")
        assert view.cursor == Cursor("right", order[order.index(1) + 2])
