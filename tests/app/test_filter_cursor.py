"""Pilot tests: a filter (``f``) never leaves the cursor on a sentence it folded away."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine

SIZE = (120, 36)


async def _screen(pilot) -> CompareScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen


def _folded_rows(view: DiffView) -> set[int]:
    return {n for fold in view.folds for n in range(fold.first, fold.last + 1)}


def _row_of(comparison, cursor: Cursor) -> int:
    return next(n for n, row in enumerate(comparison.rows) if row.on(cursor.side) == cursor.index)


def _status(screen: CompareScreen) -> str:
    line = screen.query_one(EvidenceLine)
    return line.render().plain


async def test_only_quotes_moves_the_cursor_to_the_nearest_shown_sentence_and_back() -> None:
    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        assert view.cursor == Cursor("left", 0)
        await pilot.press("f", "f")  # only rows with a quote: row 0 is folded
        await pilot.pause()
        assert view.view_filter == "quotes"
        assert view.cursor is not None
        assert _row_of(comparison, view.cursor) not in _folded_rows(view)
        assert view.cursor == Cursor("left", 2)  # the nearest quote row of its column
        assert _status(screen).startswith("L3 ")  # the line describes the sentence shown
        await pilot.press("f")  # all rows again: back where the reader was
        await pilot.pause()
        assert view.cursor == Cursor("left", 0)
        assert _status(screen).startswith("L1 ")


async def test_a_cursor_moved_under_a_filter_stays_where_the_reader_put_it() -> None:
    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("f", "f", "j")  # on from the quote row the filter chose
        await pilot.pause()
        moved = view.cursor
        assert moved is not None and moved not in (Cursor("left", 2), Cursor("left", 0))
        await pilot.press("f")
        await pilot.pause()
        assert view.cursor == moved


async def test_every_filter_keeps_the_cursor_on_a_shown_sentence() -> None:
    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        for start in (Cursor("left", 1), Cursor("right", 0), Cursor("left", 6)):
            view.jump_to(start)
            for _ in range(3):
                await pilot.press("f")
                await pilot.pause()
                assert view.cursor is not None
                assert _row_of(comparison, view.cursor) not in _folded_rows(view)
