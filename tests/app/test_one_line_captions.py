"""The library's hint line and the story screen's caption and status line are one line each,
cut with an ellipsis when the width is short: a wrapped second line used to vanish under the
footer, cutting the text at a word with no sign that anything was left out."""

from __future__ import annotations

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen
from story_factory import open_story
from textual.geometry import Region
from textual.widgets import Static


def _row(widget: Static) -> str:
    """The one line the widget paints, as text."""
    assert widget.size.height == 1
    (strip,) = widget.render_lines(Region(0, 0, widget.size.width, 1))
    return strip.text.rstrip()


@pytest.mark.parametrize("width", [56, 64])
async def test_the_library_hint_is_cut_with_an_ellipsis(width: int) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=(width, 20)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await pilot.press("space", "down", "space")
        await pilot.pause()
        hint = screen.query_one("#hint", Static)
        row = _row(hint)
        assert row.strip().startswith("5 articles · 2 marked")
        assert row.endswith("…") and len(row) <= width
        await pilot.resize_terminal(120, 20)
        await pilot.pause()
        assert _row(hint).endswith("enter compares L● (left) with R● (right)")


async def test_the_story_caption_and_status_are_cut_with_an_ellipsis(story_app) -> None:
    width = 60
    async with story_app.run_test(size=(width, 24)) as pilot:
        screen = await open_story(pilot, story_app)
        await pilot.press("o", "1")  # conflicts first, only in one outlet: a long status
        await pilot.pause()
        caption = _row(screen.query_one("#matrix-caption", Static))
        assert caption.startswith(" Overlap: share") and caption.endswith("…")
        status = _row(screen.query_one("#story-status", Static))
        # the row said bare, so the filter stays in sight whole (appfix16)
        assert status.strip().startswith("1/3 · claim 4 ·"), status
        assert status.endswith(" · only in one outlet") and len(status) <= width, status
        narrow = 34  # too short even for the shortest parts: cut, with an ellipsis
        await pilot.resize_terminal(narrow, 24)
        await pilot.pause()
        status = _row(screen.query_one("#story-status", Static))
        assert status.strip().startswith("1/3 · claim 4") and status.endswith("…"), status
        assert len(status) <= narrow
