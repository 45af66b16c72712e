"""appfix18: what appfix17 left on the compare screen."""

from __future__ import annotations

import threading

import pytest
from app_factory import build, conflict_sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.help import binding_rows
from newsdiff.app.widgets.article_cells import distinct_titles
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.core.models import Article, Comparison
from rich.cells import cell_len

SIZE = (120, 36)


async def test_c_keeps_the_cursor_in_the_right_column() -> None:
    """In the right column `c` / `C` visit each conflict's right end (they went to its left end,
    taking the cursor to the other column)."""
    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("l")
        assert view.cursor is not None and view.cursor.side == "right"
        await pilot.press("c")
        assert view.cursor == Cursor("right", 1)
        await pilot.press("c")
        assert view.cursor == Cursor("right", 2)
        await pilot.press("c")
        assert view.cursor == Cursor("right", 2)
        assert any("No more conflicts below" in n.message for n in app._notifications)
        await pilot.press("C")
        assert view.cursor == Cursor("right", 1)


def _moved_conflict() -> Comparison:
    """One moved conflict L7 ≠ R1: its right end is rows above its left end."""
    left = [f"Left sentence number {n} about the harbour." for n in range(9)]
    right = [f"Right sentence number {n} about the harbour." for n in range(9)]
    left[7] = "The bridge closes for 6 weeks."
    right[1] = "The bridge closes for 9 weeks."
    return build(left, right, [(7, 1, "conflict", 95.0)], moved=[(7, 1)])


@pytest.mark.parametrize("side, end", [("left", 7), ("right", 1)])
async def test_c_lands_on_a_moved_conflicts_end_in_the_cursors_column(side: str, end: int) -> None:
    """From the top of either column `c` lands on the moved conflict's end in that column, on its
    own row; a second `c` does not visit the other end."""
    app = NewsDiffApp(comparison=_moved_conflict())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("h" if side == "left" else "l", "g")
        assert view.cursor is not None and view.cursor.side == side
        await pilot.press("c")
        assert view.cursor == Cursor(side, end)  # type: ignore[arg-type]
        await pilot.press("c")
        assert view.cursor == Cursor(side, end)  # type: ignore[arg-type]
        await pilot.press("C")
        assert view.cursor == Cursor(side, end)  # type: ignore[arg-type]


async def test_one_to_many_conflict_is_one_stop_in_the_right_column() -> None:
    """L1 ≠ R1 and L1 ≠ R2 are one conflict: from R2, `C` does not go back to R1."""
    left = ["Opening line.", "The bridge closes for 6 weeks.", "Closing line."]
    right = ["Opening line.", "It closes for 9 weeks.", "Works last 9 weeks.", "Closing line."]
    links = [(0, 0, "shared", 100.0), (1, 1, "conflict", 90.0), (1, 2, "conflict", 80.0)]
    app = NewsDiffApp(comparison=build(left, right, [*links, (2, 3, "shared", 100.0)]))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        await pilot.press("l", "g", "c")
        assert view.cursor == Cursor("right", 1)
        await pilot.press("j")
        assert view.cursor == Cursor("right", 2)
        await pilot.press("C")
        assert view.cursor == Cursor("right", 2)
        assert any("No more conflicts above" in n.message for n in app._notifications)


async def test_conflict_keys_say_next_conflict_in_help() -> None:
    """The help rows of `c` / `C` name the conflict, not "the next sentence where the outlets
    disagree" (they stop once per conflict, not on each sentence of it)."""
    app = NewsDiffApp(comparison=conflict_sample())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = dict(binding_rows(app.screen, {}))
        assert "next conflict (≠)" in rows["c"].lower(), rows["c"]
        assert "previous conflict" in rows["C"].lower(), rows["C"]
        assert "once per conflict" in rows["c"], rows["c"]
        assert not any("outlets disagree" in text for text in rows.values()), rows


@pytest.mark.parametrize("key", ["question_mark", "ctrl+p"])
async def test_a_failed_first_comparison_leaves_from_under_an_open_box(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """The first comparison fails while a box (help, palette) is open over the blank compare
    screen: the user ends up on the library with the notice, not on the blank screen under
    the box."""
    from newsdiff.app import engine
    from newsdiff.app.screens.compare import CompareScreen
    from newsdiff.app.screens.library import LibraryScreen
    from newsdiff.core.errors import ArticleError
    from test_round2_app import messages, settle

    box_open = threading.Event()

    def too_long(left, right, corpus):
        box_open.wait(timeout=10)
        raise ArticleError("big.txt", "too long to compare (300,000 sentences)")

    monkeypatch.setattr(engine, "prepare_pair", too_long)
    monkeypatch.setattr(engine, "prepare_ahead", too_long)
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen_stack[-1], CompareScreen), app.screen_stack
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen | LibraryScreen), app.screen
        box_open.set()
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen), app.screen_stack
        assert len(app.screen_stack) == 1, app.screen_stack
        assert any("big.txt: too long to compare" in n for n in messages(app)), messages(app)


def _titles(*titles: str) -> list[Article]:
    return [Article(path=f"{n}.txt", text=t, title=t) for n, t in enumerate(titles)]


def test_like_titles_are_cut_between_words() -> None:
    """Titles that start alike, cut to 27 cells (the Title column at 80 columns), keep whole
    first and last words around the `…` (`The city…for the harbour`, not
    `The city coun…r the harbour`), and are still told apart."""
    titles = (
        "The city council approves new budget for the harbour",
        "The city council approves a plan to close the bridge",
        "The city council approves the mayor’s pay rise",
    )
    shown = distinct_titles(_titles(*titles), 27)
    assert set(shown) == set(titles)
    assert len(set(shown.values())) == 3, shown
    for title, cut in shown.items():
        assert cell_len(cut) <= 27, cut
        head, tail = cut.split("…")
        assert head == "The city", cut
        assert f"{title} ".startswith(f"{head} ") and f" {title}".endswith(f" {tail}"), cut
    assert shown[titles[0]] == "The city…for the harbour"


def test_a_word_longer_than_the_room_is_cut_in_characters() -> None:
    """A first word longer than the start's room is cut in characters (not dropped); the end
    keeps whole words; the titles are still told apart."""
    word = "Supercalifragilisticexpialidocious"
    shown = distinct_titles(
        _titles(f"{word} council backs budget", f"{word} council backs bridge"), 20
    )
    assert sorted(shown.values()) == ["Supercali…bridge", "Supercali…budget"], shown
