"""Issue #16 (thirteenth trial): "only in one outlet" (``1``) listed a claim whose sentence the
pair view links to another outlet's, and its row said ``1/5`` beside a sentence the pair view's
gutter counts in three. Such a claim is no longer listed by ``1``; its row and the status line
say which outlets the pair view links it to."""

from __future__ import annotations

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from story_factory import open_story, story_with_a_linked_single, story_with_an_outlet_twice
from textual.widgets import OptionList


@pytest.fixture
def linked_app(monkeypatch: pytest.MonkeyPatch) -> NewsDiffApp:
    story, _, _ = story_with_a_linked_single()
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    return NewsDiffApp()


async def test_only_in_one_outlet_leaves_out_a_claim_the_pair_view_links_to_another(
    linked_app: NewsDiffApp,
) -> None:
    story, single, headline = story_with_a_linked_single()
    async with linked_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, linked_app, story)
        screen.query_one("#claims", OptionList).focus()
        await pilot.press("o", "o", "1")  # reading order, only in one outlet
        await pilot.pause()
        # the two one-outlet claims the pair view links to no other outlet, not the headline
        assert [story.claims[k].first for k in screen.shown] == [(0, 3), (2, 2)]
        assert single not in screen.shown and headline not in screen.shown
        await pilot.press("1")  # and back: every claim
        assert single in screen.shown


@pytest.mark.parametrize("size", [(120, 36), (80, 24)])
async def test_the_row_and_the_status_line_say_which_outlets_the_pair_view_links_it_to(
    linked_app: NewsDiffApp, size: tuple[int, int]
) -> None:
    story, single, _ = story_with_a_linked_single()
    async with linked_app.run_test(size=size) as pilot:
        screen = await open_story(pilot, linked_app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.focus()
        await pilot.press("o", "o")  # reading order
        row = str(claims.get_option_at_index(screen.shown.index(single)).prompt)
        assert row.startswith(" 1/3   [3 +2 linked] ")
        claims.highlighted = screen.shown.index(single)
        await pilot.pause()
        status = str(screen.query_one("#story-status").render())
        assert f"claim {single + 1} · linked in 2 more (1, 2)" in status


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_the_reports_mark_a_variant_that_also_carries_the_claim_as_the_screen_does(
    fmt: str,
) -> None:
    """usertrial13 defect 3: the variants pane says ``(also)`` after the outlet of a sentence
    whose own claim is another; the saved reports did not, so outlet 2 seemed to state the
    headline twice."""
    from newsdiff.export.story_render import render_story

    story, both, _ = story_with_an_outlet_twice()
    assert (1, 1) in story.claims[both].also  # premise: outlet 2's lead also carries it
    report = render_story(story, fmt, "reading")
    assert report.count("2 S2 (also):") == 1
    assert "2 S1:" in report and "2 S1 (also)" not in report
