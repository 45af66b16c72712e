"""The search line (``/``): typed into while the comparison keeps the focus, drawn in the
status line's place. Pilot tests for its keys, and the line editor's rules on their own."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.search_line import PLACEHOLDER, LineEdit
from textual import events

SIZE = (120, 36)


async def _screen(pilot) -> CompareScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen


def _line(screen: CompareScreen) -> str:
    """The search line as shown (``""`` while the status line shows the evidence)."""
    prompt = screen.query_one(EvidenceLine).prompt
    return "" if prompt is None else prompt.plain


async def test_typing_shows_in_the_status_lines_place_and_focus_stays() -> None:
    """`/` then text: the line shows `/text`, the comparison keeps the focus, and nothing
    moves (the comparison and the line keep their regions)."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view, line = screen.query_one(DiffView), screen.query_one(EvidenceLine)
        regions = view.region, line.region
        await pilot.press("slash")
        assert _line(screen).startswith("/ " + PLACEHOLDER[:20])  # the hint while empty
        await pilot.press(*"talks")
        await pilot.pause()
        assert _line(screen).startswith("/talks")
        assert screen.focused is view
        assert (view.region, line.region) == regions
        assert line.render().plain.startswith("/talks")  # what the line paints


async def test_letters_that_are_keys_go_to_the_search_line() -> None:
    """`s` (swap), `t` (thresholds, a priority key), `q`, `z`, `n` and `/` are text while
    the line is open: nothing swaps, folds or opens."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        left, cursor = view.comparison.left.article.path, view.cursor
        await pilot.press("slash", *"stqzn/")
        await pilot.pause()
        assert screen.search_text == "stqzn/"
        assert view.comparison.left.article.path == left
        assert view.cursor == cursor and not view.fold_shared
        assert screen.query_one("#threshold-bar").has_class("hidden")


async def test_backspace_then_enter_finds_the_corrected_text() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("slash", *"talkx", "backspace", "backspace", "enter")
        await pilot.pause()
        assert view.pattern == "tal"
        assert view.match_count > 0
        assert not screen.searching
        assert _line(screen) == ""  # the evidence again
        assert view.cursor is not None and view.match_position() == 1


async def test_escape_cancels_without_searching() -> None:
    """Escape closes the line and keeps the search that was active (here none)."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        cursor = view.cursor
        await pilot.press("slash", *"talks", "escape")
        await pilot.pause()
        assert not screen.searching and _line(screen) == ""
        assert view.pattern == "" and view.cursor == cursor
        assert isinstance(app.screen, CompareScreen)  # not back to the library


async def test_enter_on_an_empty_line_ends_the_search() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("slash", *"talks", "enter")
        assert view.pattern == "talks"
        await pilot.press("slash", "ctrl+u", "enter")
        await pilot.pause()
        assert view.pattern == "" and view.match_count == 0


async def test_the_last_search_comes_back_selected() -> None:
    """Reopened, the line holds the last search: typing replaces it, `end` then typing
    adds to it."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("slash", *"talks", "enter", "slash")
        assert screen.search_text == "talks"
        await pilot.press(*"roe", "enter")
        assert view.pattern == "roe"
        await pilot.press("slash", "end", *"s", "escape")
        assert view.pattern == "roe"
        await pilot.press("slash", "end", *"x")
        assert screen.search_text == "roex"


async def test_a_paste_lands_in_the_search_line() -> None:
    """A paste goes into the line (its first line, control characters dropped)."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        view = screen.query_one(DiffView)
        await pilot.press("slash", *"ta")
        app.post_message(events.Paste("lks\tnow\nsecond line"))
        await pilot.pause()
        assert screen.search_text == "talksnow"
        await pilot.press("ctrl+w")
        assert screen.search_text == ""
        app.post_message(events.Paste("talks"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.pattern == "talks" and view.match_count > 0


async def test_a_paste_without_the_search_line_types_nothing() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _screen(pilot)
        app.post_message(events.Paste("talks"))
        await pilot.pause()
        assert not screen.searching and screen.search_text == ""


def test_line_edit_keys() -> None:
    """The editing keys, as a shell's line editor has them."""
    line = LineEdit()
    for character in "trade talks":
        line.key(character, character)
    assert (line.value, line.cursor) == ("trade talks", 11)
    line.key("ctrl+w", None)
    assert (line.value, line.cursor) == ("trade ", 6)
    line.key("home", None)
    line.key("right", None)
    line.key("delete", None)
    assert (line.value, line.cursor) == ("tade ", 1)
    line.key("r", "r")
    line.key("ctrl+k", None)
    assert (line.value, line.cursor) == ("tr", 2)
    line.key("left", None)
    line.key("ctrl+u", None)
    assert (line.value, line.cursor) == ("r", 0)
    assert not line.key("tab", None)  # not an editing key
    line.key("ctrl+e", None)
    line.key("backspace", None)
    line.key("backspace", None)  # nothing left: a no-op
    assert (line.value, line.cursor) == ("", 0)


def test_line_edit_selection_and_cursor_cell() -> None:
    """Reset to a text selects it: a character replaces it, a move keeps it, backspace
    clears it; the cursor's offset is where the reverse cell is."""
    line = LineEdit()
    line.reset("talks")
    line.key("x", "x")
    assert line.value == "x"
    line.reset("talks")
    line.key("left", None)
    line.key("x", "x")
    assert line.value == "talkxs"
    line.reset("talks")
    line.key("backspace", None)
    assert line.value == ""
    line.reset("talks")
    line.key("home", None)
    prompt, cursor = line.content()
    assert prompt.plain == "/talks" and cursor == 1
