"""appfix17: the defects the fourteenth user trial found in the compare screen and the
comparison view."""

from __future__ import annotations

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.core.errors import ArticleError

SIZE = (120, 36)


def _notices(app: NewsDiffApp) -> list[str]:
    return [str(notice.message) for notice in app._notifications]


async def test_a_failed_comparison_returns_to_the_library_in_the_cli_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An article too long to compare: enter leaves the user in the library (not on an empty
    compare screen whose keys do nothing), told what the command line says, without the
    exception's class name."""

    def too_long(left, right, corpus):
        raise ArticleError("big.txt", "too long to compare (300,000 sentences)")

    monkeypatch.setattr(engine, "prepare_pair", too_long)
    monkeypatch.setattr(engine, "prepare_ahead", too_long)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, LibraryScreen), app.screen
        assert not any(isinstance(screen, CompareScreen) for screen in app.screen_stack)
        notices = _notices(app)
        assert any("big.txt: too long to compare" in notice for notice in notices), notices
        assert not any("ArticleError" in notice for notice in notices), notices
