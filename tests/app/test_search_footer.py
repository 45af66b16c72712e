"""While a search is active the footer says what ``n`` does: ``Next match``, not ``Next diff``.

The footer read ``n Next diff`` beside a notice saying ``match 1 of 4`` (``n`` went to
matches); and after a search that found nothing ``n`` went to the matches there were not and
did nothing. Now the footer names what ``n`` does, and a search that found nothing leaves
``n``/``N`` on differences.
"""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView

SIZE = (120, 36)


async def _search(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


def _n(screen: CompareScreen) -> str:
    """What the footer shows for ``n`` (the first enabled binding of the key)."""
    return screen.active_bindings["n"].binding.description


async def test_the_footer_names_matches_during_a_search_and_differences_after() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert _n(screen) == "Next diff"
        await _search(pilot, "talks")
        assert _n(screen) == "Next match"
        view = screen.query_one(DiffView)
        first = view.cursor
        await pilot.press("n")
        assert view.cursor != first
        await pilot.press("escape")
        await pilot.pause()
        assert view.pattern == ""
        assert _n(screen) == "Next diff"


async def test_a_search_that_found_nothing_leaves_n_on_differences() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        await _search(pilot, "zeppelin")
        assert view.match_count == 0
        assert _n(screen) == "Next diff"
        before = view.cursor
        await pilot.press("n")
        assert view.cursor != before  # a difference, not a match that is not there
