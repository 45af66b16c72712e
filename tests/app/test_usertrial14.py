"""The fourteenth user trial's app fixes: what a fact-checker met on the Story screen."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from story_factory import open_story
from textual.widgets import OptionList

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_first_variant"


def _emphasized(variants: OptionList, words: str, figure: str) -> list[tuple[str, bool]]:
    """Each rendered line of the pane holding ``words``: the line, and whether its ``figure``
    is drawn in reverse video (the pane's emphasis)."""
    found = []
    for y in range(variants.size.height):
        strip = variants.render_line(y)
        if words not in strip.text:
            continue
        reverse = any(
            figure in segment.text and segment.style is not None and bool(segment.style.reverse)
            for segment in strip
        )
        found.append((strip.text, reverse))
    return found


async def test_the_first_variant_of_a_conflict_shows_its_figure_emphasized(monkeypatch) -> None:
    """Six weeks (the claim's first variant, outlet 1) against nine weeks (outlet 2): both
    figures stand out in the variants pane, not only the one that differs from the first."""
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
        variants = screen.query_one("#variants", OptionList)
        first = _emphasized(variants, "six weeks while", "six")
        other = _emphasized(variants, "nine weeks while", "nine")
        assert first and other, [variants.render_line(y).text for y in range(12)]
        assert all(reverse for _, reverse in other), other
        assert all(reverse for _, reverse in first), first
