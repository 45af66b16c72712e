"""``s`` then a key before the swapped comparison lands: the key reads the sentence on screen.

The cursor used to cross to the other column at once while the old columns stayed on screen,
so ``i`` and ``y`` in that moment described (and copied, with its citation) the sentence of the
other article with the same number."""

from __future__ import annotations

import threading

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.details import DetailsScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.hanging_text import HangingText

SIZE = (120, 36)


async def test_details_during_a_swap_describe_the_sentence_on_screen(fake_engine) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
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
        comparison = screen.comparison
        assert comparison is not None
        shown = comparison.aligned("left", 1).sentence.text
        fake_engine.gate = threading.Event()  # the swapped pair is still computing
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        details = app.screen
        assert isinstance(details, DetailsScreen)
        assert details.details_title == "Sentence L2 in full"
        assert ("", shown) in details.query_one("#details-text", HangingText).lines
        await pilot.press("escape")
        fake_engine.gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.comparison is not None
        assert screen.comparison.left.article.path == comparison.right.article.path
        assert view.cursor == Cursor("right", 1)  # across, on the same sentence

        fake_engine.gate = threading.Event()  # two swaps in flight: back where it was
        await pilot.press("s", "s")
        fake_engine.gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.cursor == Cursor("right", 1)
