"""The Story screen's conflicts filter lists a disagreement the pair view finds (real scoring
of three invented reports: ``tests/fixtures/story_conflicts/``)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from story_factory import open_story
from textual.widgets import OptionList

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_conflicts"


async def test_the_conflicts_filter_lists_two_outlets_counts_that_disagree(monkeypatch) -> None:
    """800 protesters in two outlets, 2,500 in the third, said in other words: `c` lists the
    claim, and its variants pane marks the 2,500 (outlet 2) with ``≠``."""
    story = build_story([load_article(path) for path in sorted(FIXTURES.glob("*.txt"))])
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")
        await pilot.pause()
        assert claims.option_count >= 1 and not claims.get_option_at_index(0).disabled
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        assert any(line.startswith(" 2 port_gaz") and ": ≠ " in line for line in lines), lines
