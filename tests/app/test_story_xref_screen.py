"""The story screen's cross-references: a pair-view link between two claims, shown in the
variants pane of both, and the key (``x``) or ``enter`` on it that goes to the other claim."""

from __future__ import annotations

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.story import StoryScreen
from story_factory import open_story, story_with_cross_reference
from textual.widgets import OptionList


@pytest.fixture
def xref_app(monkeypatch: pytest.MonkeyPatch) -> NewsDiffApp:
    story, _, _ = story_with_cross_reference()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    return NewsDiffApp()


def _prompts(options: OptionList) -> list[str]:
    return [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]


async def _highlight(screen: StoryScreen, number: int) -> OptionList:
    claims = screen.query_one("#claims", OptionList)
    claims.focus()
    claims.highlighted = screen.shown.index(number)
    await screen.app.workers.wait_for_complete()
    return claims


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_the_pane_lists_the_link_and_enter_on_it_goes_to_the_other_claim(
    xref_app: NewsDiffApp, size: tuple[int, int]
) -> None:
    story, headline, weeks = story_with_cross_reference()
    async with xref_app.run_test(size=size) as pilot:
        screen = await open_story(pilot, xref_app, story)
        await _highlight(screen, headline)
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        lines = _prompts(variants)
        assert lines[-1].strip() == (
            f"Also linked: claim {weeks + 1} · outlet-1 S1 ≈ outlet-3 S4 (score 58)"
        )
        assert "claim" in str(screen.query_one("#story-status").render())
        variants.focus()
        variants.highlighted = variants.option_count - 1
        await pilot.press("enter")
        await pilot.pause()
        claims = screen.query_one("#claims", OptionList)
        assert screen.shown[claims.highlighted or 0] == weeks
        assert screen.focused is claims
        assert f"claim {weeks + 1} ·" in str(screen.query_one("#story-status").render())
        # and back: the other claim lists the same link, its own end first
        assert _prompts(variants)[-1].strip() == (
            f"Also linked: claim {headline + 1} · outlet-3 S4 ≈ outlet-1 S1 (score 58)"
        )


async def test_x_goes_to_the_linked_claim_even_when_a_filter_hides_it(
    xref_app: NewsDiffApp,
) -> None:
    story, headline, weeks = story_with_cross_reference()
    async with xref_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, xref_app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("c")  # conflicts only: the weeks claim, the headline hidden
        await pilot.pause()
        assert screen.shown == [weeks]
        await pilot.press("x")
        await pilot.pause()
        assert headline in screen.shown and not screen.filters
        assert screen.shown[claims.highlighted or 0] == headline


async def test_x_is_in_the_footer_only_for_a_claim_with_cross_references(
    xref_app: NewsDiffApp,
) -> None:
    story, headline, _ = story_with_cross_reference()
    lone = next(k for k, c in enumerate(story.claims) if not c.related)
    async with xref_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, xref_app, story)
        await _highlight(screen, lone)
        await pilot.pause()
        assert "linked_claim" not in {b.binding.action for b in screen.active_bindings.values()}
        await pilot.press("x")  # nothing to go to: the claim stays
        await pilot.pause()
        claims = screen.query_one("#claims", OptionList)
        assert screen.shown[claims.highlighted or 0] == lone
        await _highlight(screen, headline)
        await pilot.pause()
        assert "linked_claim" in {b.binding.action for b in screen.active_bindings.values()}


async def test_two_links_to_one_claim_are_two_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two of a claim's variants linked to one sentence of another claim: two lines, each
    going to that claim (fails before: the story could not be shown, one id per claim)."""
    story, headline, weeks = story_with_cross_reference(twice=True)
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        await _highlight(screen, weeks)
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        lines = [line.strip() for line in _prompts(variants)]
        assert lines[-2:] == [
            f"Also linked: claim {headline + 1} · outlet-3 S4 ≈ outlet-1 S1 (score 58)",
            f"Also linked: claim {headline + 1} · outlet-3 S4 ≈ outlet-2 S1 (score 52)",
        ]
        variants.focus()
        variants.highlighted = variants.option_count - 1
        await pilot.press("x")
        await pilot.pause()
        claims = screen.query_one("#claims", OptionList)
        assert screen.shown[claims.highlighted or 0] == headline
