"""The help (``?``) and the details (``i``) leave the comparison they explain in sight: the
screen below shows through, the box takes at most half the height on the side away from the
cursor's row, the same key or escape closes it, and focus and scroll come back as they were."""

from __future__ import annotations

import pytest
from app_factory import long_pair
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.boxed_modal import BoxedModal
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from textual.geometry import Region

SIZES = [(80, 24), (120, 30)]  # one column, two columns


async def _compare(pilot) -> tuple[CompareScreen, DiffView]:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen, screen.query_one(DiffView)


async def _box(pilot, key: str) -> tuple[BoxedModal, Region]:
    await pilot.press(key)
    await pilot.pause()
    await pilot.pause()
    box = pilot.app.screen
    assert isinstance(box, BoxedModal)
    return box, box.query_one(".modal-box").region


def _row(view: DiffView) -> Region:
    """The cursor's row on screen, computed here from the layout (not from the code under test)."""
    layout = view.line_layout
    assert layout is not None and view.cursor is not None
    row = layout.row_of(view.cursor.side, view.cursor.index)
    assert row is not None
    area = view.content_region
    top = area.y + layout.row_top[row] - int(view.scroll_offset.y)
    return Region(area.x, top, area.width, layout.row_height[row] - 1)  # without the spacer


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("key", "close"),
    [("i", "i"), ("i", "escape"), ("question_mark", "question_mark"), ("question_mark", "escape")],
)
async def test_the_box_leaves_the_cursors_row_in_sight_and_closing_returns(
    size, key, close
) -> None:
    """From a sentence low on the screen, the box opens without covering its row (both
    sentences of the pair) and the comparison shows through around it; the same key or
    escape closes it, and the focus, the cursor and the scroll are back as they were."""
    app = NewsDiffApp(comparison=long_pair(60), theme="textual-dark")
    async with app.run_test(size=size) as pilot:
        screen, view = await _compare(pilot)
        view.jump_to(Cursor("left", 30))
        await pilot.pause()
        view.scroll_to(y=view.scroll_offset.y - (size[1] // 2 - 6), animate=False, immediate=True)
        await pilot.pause()
        before = (view.cursor, view.scroll_offset.y)
        assert _row(view).y > size[1] // 2  # low on the screen, where a box would go
        box, region = await _box(pilot, key)
        row = _row(view)
        assert view.content_region.contains_region(row)  # the whole row on screen
        assert not region.overlaps(row)
        assert region.height <= size[1] // 2
        assert box.styles.background.a == 0  # the comparison shows through, undimmed
        await pilot.press(close)
        await pilot.pause()
        assert app.screen is screen
        assert app.focused is view
        assert (view.cursor, view.scroll_offset.y) == before


@pytest.mark.parametrize("size", SIZES)
async def test_at_the_end_of_the_text_the_box_goes_to_the_top(size) -> None:
    """The last row cannot scroll up: the box opens at the top, over the heads, not over it."""
    app = NewsDiffApp(comparison=long_pair(60))
    async with app.run_test(size=size) as pilot:
        _, view = await _compare(pilot)
        await pilot.press("G")
        await pilot.pause()
        _, region = await _box(pilot, "question_mark")
        row = _row(view)
        assert view.content_region.contains_region(row)
        assert not region.overlaps(row)
        assert region.y < row.y


async def test_the_details_show_each_linked_sentence() -> None:
    """A moved sentence's counterpart is far away in its column: the details box shows the
    text of every linked sentence under its link, so the two can be read together."""
    from app_factory import sample
    from newsdiff.app.widgets.hanging_text import HangingText

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 30)) as pilot:
        _, view = await _compare(pilot)
        comparison = view.comparison
        assert comparison is not None
        for left, right in ((2, 3), (4, 1)):  # a paraphrase, a moved shared pair
            view.jump_to(Cursor("left", left))
            await pilot.pause()
            box, _ = await _box(pilot, "i")
            lines = box.query_one("#details-text", HangingText).lines
            text = comparison.aligned("right", right).sentence.text
            assert (f"    R{right + 1}: ", text) in lines
            await pilot.press("escape")
            await pilot.pause()


async def test_a_row_taller_than_half_the_screen_keeps_its_start_above_the_box() -> None:
    """A long sentence in the one-column layout fills most of the screen: it is scrolled to
    the top and the box opens at the bottom, so the sentence's first lines stay in sight."""
    from app_factory import build

    words = "the harbour council weighed the closure of the bridge for nine weeks".split()
    long = " ".join(words * 12) + "."
    comparison = build(
        ["A short first line.", long, "A closing line."],
        ["A short first line.", long.replace("nine", "ten"), "A closing line."],
        links=[(0, 0, "shared", 100.0), (1, 1, "paraphrased", 70.0), (2, 2, "shared", 100.0)],
    )
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(80, 24)) as pilot:
        _, view = await _compare(pilot)
        view.jump_to(Cursor("left", 1))
        await pilot.pause()
        assert _row(view).height > 12
        _, region = await _box(pilot, "i")
        row = _row(view)
        assert row.y >= view.content_region.y  # its first line on screen
        assert region.y > row.y  # the box below it


async def test_the_story_screens_keys_are_headed_story(story_app) -> None:
    """The help over the story screen headed its keys with the class name `StoryScreen`."""
    from newsdiff.app.screens.help import HelpText
    from story_factory import open_story

    async with story_app.run_test(size=(120, 30)) as pilot:
        await open_story(pilot, story_app)
        box, _ = await _box(pilot, "question_mark")
        titles = [title for title, _ in box.query_one(HelpText).sections]
        assert "Story" in titles and "StoryScreen" not in titles


async def test_the_library_help_leaves_the_highlighted_article_in_sight(tmp_path) -> None:
    """In a long library with the highlighted article low on the screen, `?` opens at the top."""
    from newsdiff.app.widgets.article_table import ArticleTable

    for number in range(30):
        (tmp_path / f"outlet-{number:02}.txt").write_text(
            f"Harbour bridge report {number}\n\nThe bridge closes for {number} weeks.\n",
            encoding="utf-8",
        )
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(ArticleTable)
        await pilot.press(*["down"] * 15)
        await pilot.pause()
        area = table.content_region
        row = Region(area.x, area.y + 1 + table.cursor_row - round(table.scroll_y), area.width, 1)
        assert row.y > 12
        _, region = await _box(pilot, "question_mark")
        assert not region.overlaps(row)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is table
