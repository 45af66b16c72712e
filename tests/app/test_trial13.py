"""The thirteenth user trial: a fact-checker's tasks done with newsdiff alone (what misled).

Each test fails on the code before the fix (``PYTHONPATH=/work/main/tui``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from newsdiff.app import engine
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from story_factory import late_conflict_story, open_story
from textual.widgets import DataTable, Input, Label, OptionList, Static


def _app(monkeypatch: pytest.MonkeyPatch, story) -> NewsDiffApp:
    monkeypatch.setattr(
        engine, "build_story", lambda articles, settings, progress, cancelled: story
    )
    app = NewsDiffApp(theme="textual-dark")
    app.paths = None
    return app


@pytest.mark.parametrize("key", ["c", "o"])
async def test_a_filter_or_sort_then_enter_opens_the_claim_it_listed(monkeypatch, key) -> None:
    """The story opens on the matrix; `c` (conflicts only) or `o` (conflicts first) lists the
    conflict first, and `enter` opens the pair that disagrees at the sentence that does — not
    the matrix cell the focus had stayed on (the trial: `c`, `enter` opened outlets 1 and 2 at
    their headlines)."""
    story = late_conflict_story()
    app = _app(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        assert screen.focused is screen.query_one("#matrix", DataTable)  # as the screen opens
        await pilot.press(key)
        await pilot.pause()
        claims = screen.query_one("#claims", OptionList)
        assert screen.focused is claims
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert (compare.left_index, compare.right_index) == (1, 2)
        cursor = compare.query_one(DiffView).cursor
        assert cursor is not None and (cursor.side, cursor.index) == ("left", 1)


async def test_ctrl_s_on_the_story_saves_the_report_newsdiff_story_writes(
    monkeypatch, tmp_path: Path
) -> None:
    """Done reading the claims, the trial's fact-checker pressed `ctrl+s` as in the pair view
    and nothing happened. The story screen opens a save dialog: the Markdown it writes is the
    report `newsdiff story --format md --sort …` prints, claims in the order on screen."""
    from newsdiff.app.screens.story_save import StorySaveDialog
    from newsdiff.export.story_render import render_story

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # the report's time, both ways
    story = late_conflict_story()
    app = _app(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_story(pilot, app, story)
        await pilot.press("o", "o")  # reading order: the report follows the screen's order
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StorySaveDialog), dialog
        assert str(dialog.query_one("#save-title", Label).render()) == "Save this story"
        name = dialog.query_one("#save-path", Input)
        assert Path(name.value).name == "newsdiff-story-bridge-closed-for-six-weeks.html"
        name.value = str(tmp_path / "story.md")  # the extension picks Markdown, as `-o` does
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
    saved = (tmp_path / "story.md").read_text(encoding="utf-8")
    assert saved == render_story(story, "md", "reading")
    assert saved != render_story(story, "md", "coverage")


async def test_the_story_dialog_never_writes_over_an_article(monkeypatch, tmp_path: Path) -> None:
    """A name that is one of the story's articles is refused, as in the pair view's dialog."""
    from newsdiff.app.screens.story_save import StorySaveDialog

    story = late_conflict_story()
    article = tmp_path / "outlet-1.txt"
    article.write_text("The article.\n", encoding="utf-8")
    story = replace(
        story,
        articles=(replace(story.articles[0], path=str(article)), *story.articles[1:]),
    )
    app = _app(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_story(pilot, app, story)
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, StorySaveDialog)
        dialog.query_one("#save-path", Input).value = str(article)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        message = str(dialog.query_one("#save-message", Static).render())
        assert "never written over" in message, message
    assert article.read_text(encoding="utf-8") == "The article.\n"


async def test_a_variant_that_also_carries_the_claim_says_so(monkeypatch) -> None:
    """Event9's claim 5 read `carried by 5 of 5`, one outlet only through a sentence whose own
    claim is another (`"also": true` in the JSON), and the variants pane showed it like any
    other. It says `(also)` after the outlet; the claim's own variants say nothing more."""
    from story_factory import story_with_an_outlet_twice

    story, both, _lone = story_with_an_outlet_twice()
    app = _app(monkeypatch, story)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, app, story)
        claims = screen.query_one("#claims", OptionList)
        claims.highlighted = screen.shown.index(both)
        await pilot.pause()
        variants = screen.query_one("#variants", OptionList)
        heads = {
            variants.get_option_at_index(k).id: str(variants.get_option_at_index(k).prompt)
            for k in range(variants.option_count)
        }
        assert heads["1:1"].startswith(" 2 outlet-2 S2 (also): "), heads["1:1"]
        assert all("(also)" not in text for key, text in heads.items() if key != "1:1")
