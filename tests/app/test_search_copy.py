"""Pilot tests for search (/, n, N across both columns) and copy with citation (y)."""

from __future__ import annotations

import dataclasses

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.core.citation import citation
from newsdiff.core.models import ArticleMeta
from textual.widgets import OptionList

SIZE = (120, 36)


async def _screen(pilot) -> CompareScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen


async def _search(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def test_search_visits_matches_in_both_columns_and_n_wraps() -> None:
    """`/talks` finds L2 (left 1), R2, R3 and L5 in row order; n goes on and wraps round."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await _search(pilot, "talks")
        expected = []
        comparison = view.comparison
        assert comparison is not None
        for row in comparison.rows:
            for side in ("left", "right"):
                index = getattr(row, side)
                if index is None:
                    continue
                sentences = comparison.left if side == "left" else comparison.right
                if "talks" in sentences.sentences[index].sentence.text.lower():
                    expected.append(Cursor(side, index))
        assert len(expected) >= 3
        assert view.match_count == len(expected)
        visited = [view.cursor]
        for _ in range(len(expected)):
            await pilot.press("n")
            visited.append(view.cursor)
        assert visited[: len(expected)] == expected
        assert visited[-1] == expected[0]  # wrapped round
        await pilot.press("N")
        assert view.cursor == expected[-1]


async def test_capital_makes_search_case_sensitive_and_escape_ends_it() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await _search(pilot, "Talks")
        assert view.match_count == 0  # every "talks" is lower case
        await _search(pilot, "roe")
        assert view.match_count > 0
        await pilot.press("escape")
        assert view.pattern == ""
        assert isinstance(app.screen, CompareScreen)  # the first escape only ends the search
        before = view.cursor
        await pilot.press("n")  # a difference again
        assert view.cursor != before


async def test_d_goes_to_differences_during_a_search() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await _search(pilot, "trade")
        view.jump_to(Cursor("left", 1))  # shared, not a difference
        await pilot.press("d")
        cursor = view.cursor
        assert cursor is not None
        comparison = view.comparison
        assert comparison is not None
        sentences = comparison.left if cursor.side == "left" else comparison.right
        aligned = sentences.sentences[cursor.index]
        assert aligned.label != "shared" or aligned.moved


async def test_a_search_match_is_centred() -> None:
    """The jump puts the match in the middle of the screen, not at its edge (vim's zz)."""
    from app_factory import long_pair

    app = NewsDiffApp(comparison=long_pair(200))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await _search(pilot, "Report 150:")
        await pilot.pause()
        layout = view.line_layout
        assert layout is not None and view.cursor is not None
        row = layout.row_of(view.cursor.side, view.cursor.index)
        assert row is not None
        middle = view.scroll_offset.y + view.scrollable_content_region.height / 2
        centre = layout.row_top[row] + layout.row_height[row] / 2
        assert abs(centre - middle) <= 2


async def test_y_copies_the_cursor_sentence_with_its_source() -> None:
    comparison = sample()
    left = comparison.left
    meta = ArticleMeta(outlet="Harbour Post", date="2026-03-02", url="https://example.org/a")
    article = dataclasses.replace(left.article, meta=meta)
    comparison = dataclasses.replace(comparison, left=dataclasses.replace(left, article=article))
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        view.jump_to(Cursor("left", 2))
        await pilot.press("y")
        copied = app.clipboard
    sentence = comparison.left.sentences[2].sentence.text
    assert copied.startswith(f"“{sentence}”")
    assert "Harbour Post" in copied and "https://example.org/a" in copied
    assert "sentence 3" in copied  # 1-based, as the gutter and the reports
    assert comparison.left.article.title in copied


async def test_y_in_the_quote_sidebar_copies_the_quote_and_speaker() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        quotes = screen.query_one("#quote-list", OptionList)
        quotes.focus()
        await pilot.pause()
        quotes.highlighted = next(
            number
            for number, option in enumerate(quotes.options)
            if (option.id or "").startswith("quote-")
        )
        await pilot.pause()
        await pilot.press("y")
        copied = app.clipboard
    assert copied.startswith("Jane Roe: “We will open the market")
    assert "outlet-a.txt" in copied


def test_citation_leaves_out_unknown_parts_and_controls() -> None:
    comparison = sample()
    text = citation(comparison.right.article, "Local\ntraders\x1b[31m were hopeful.", sentence=4)
    first, source = text.splitlines()
    assert "\x1b" not in text
    assert first.startswith("“Local traders")
    assert source == f"— “{comparison.right.article.title}”, outlet-b.txt, sentence 5"


async def test_keys_typed_straight_after_slash_go_to_the_search_line() -> None:
    """A fast typist's `/stalks` is a search for "stalks", not a swap (s) and a search.

    The keys are queued together, as a terminal delivers a burst, before the app reads any.
    """
    from textual import events
    from textual.widgets import Input

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        left_before = screen.query_one(DiffView).comparison.left.article.path
        for key, character in [("slash", "/"), *((c, c) for c in "stalks/")]:
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        search = screen.query_one("#search-input", Input)
        assert search.value == "stalks/"  # "/" in the search line is text
        assert screen.focused is search
        assert screen.query_one(DiffView).comparison.left.article.path == left_before


async def test_a_search_follows_the_comparison_on_screen() -> None:
    """Search reads texts prepared once per comparison: after the columns swap, the same
    search finds the same sentences on their new sides, not the old comparison's."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await _search(pilot, "tariffs")
        before = {(cursor_side, index) for _, _, cursor_side, index in view._match_stops}
        assert before
        await pilot.press("s")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await _search(pilot, "tariffs")
        swapped = {("right" if side == "left" else "left", index) for side, index in before}
        assert {(side, index) for _, _, side, index in view._match_stops} == swapped
