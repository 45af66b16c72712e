"""The footer shows whole keys only: at 80 columns the last key was cut mid-word
(``} Next le▏^p palette``); the keys that do not fit are left out, the help key lists them."""

from __future__ import annotations

import pytest
from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.widgets.key_footer import KeyFooter
from story_factory import sample_story
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.widgets._footer import FooterKey


def _check_whole(app: NewsDiffApp, width: int) -> list[str]:
    """The descriptions shown; asserts each key is whole and clear of the palette key."""
    footer = app.screen.query_one(KeyFooter)
    keys = [key for key in footer.query(FooterKey) if key.display]
    (palette,) = [key for key in keys if key.has_class("-command-palette")]
    assert palette.region.right == width
    shown = []
    for key in keys:
        if key is palette:
            continue
        text = key.render().plain
        assert key.region.width == len(text) > 0, key.description  # never cut
        assert key.region.right <= palette.region.x, (key.description, key.region)
        shown.append(key.description)
    assert shown[0] == "Help"
    return shown


async def _settle(app: NewsDiffApp, pilot: Pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("width", [60, 80, 100])
async def test_compare_footer_keys_are_whole_at_every_width(width: int) -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(width, 24)) as pilot:
        await _settle(app, pilot)
        shown = _check_whole(app, width)
        assert len(shown) >= 3
        await pilot.press("q")  # the quote sidebar (an overlay below 100 columns)
        await _settle(app, pilot)
        _check_whole(app, width)


async def test_a_wider_terminal_shows_the_keys_left_out_again() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(app, pilot)
        narrow = _check_whole(app, 80)
        await pilot.resize_terminal(160, 24)
        await _settle(app, pilot)
        wide = _check_whole(app, 160)
        assert len(wide) > len(narrow) and wide[: len(narrow)] == narrow
        await pilot.resize_terminal(80, 24)
        await _settle(app, pilot)
        assert _check_whole(app, 80) == narrow


@pytest.mark.parametrize("width", [60, 80])
async def test_library_and_story_footer_keys_are_whole(width: int, story_app) -> None:
    app = story_app
    story = sample_story()
    async with app.run_test(size=(width, 24)) as pilot:
        await _settle(app, pilot)
        _check_whole(app, width)
        app.articles = story.articles
        await pilot.press("s")
        await _settle(app, pilot)
        _check_whole(app, width)
        app.screen.query_one("#claims", OptionList).focus()
        await _settle(app, pilot)
        _check_whole(app, width)
