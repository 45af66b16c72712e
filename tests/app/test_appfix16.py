"""What appfix16 fixed on the Story screen.

1. At 80 columns, with the ``c`` filter on and a conflicting claim highlighted, the status
   line lost its end, ``conflicts only``: the filter the user has on went out of sight. The
   less needed parts are now said short first, and the filter stays. Real scoring of the
   invented ``tests/fixtures/story_conflicts/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from story_factory import open_story
from textual.geometry import Region
from textual.widgets import OptionList, Static

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_conflicts"


def _row(widget: Static) -> str:
    """The one line the widget paints, as text."""
    (strip,) = widget.render_lines(Region(0, 0, widget.size.width, 1))
    return strip.text.rstrip()


async def test_the_conflicts_filter_stays_in_sight_at_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = build_story([load_article(path) for path in sorted(FIXTURES.glob("*.txt"))])
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot, app, story)
        screen.query_one("#claims", OptionList).focus()
        await pilot.press("c")  # conflicts only
        await pilot.pause()
        status = _row(screen.query_one("#story-status", Static))
        assert status.endswith(" · conflicts only"), status  # the filter, whole
        assert "…" not in status, status
        assert "· claim 1 · ≠ figure: 800 ↔ 2,500" in status, status  # what disagrees
        await pilot.resize_terminal(140, 24)  # room again: every part said in full
        await pilot.pause()
        status = _row(screen.query_one("#story-status", Static))
        assert "≠ figure: 800 ↔ 2,500 +1 more · sorted by " in status, status
        assert status.endswith(" · conflicts only"), status
