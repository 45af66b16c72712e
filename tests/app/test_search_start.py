"""Where a new search lands: the cursor's own sentence when it holds the text (a reader types
a word they are looking at), else the first match after the cursor; n / N go on from there."""

from __future__ import annotations

from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView

SIZE = (120, 36)


async def _view(pilot) -> DiffView:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CompareScreen)
    return screen.query_one(DiffView)


async def _search(pilot, text: str) -> None:
    await pilot.press("slash", *text, "enter")
    await pilot.pause()


def _stops(view: DiffView, text: str) -> list[Cursor]:
    """Every sentence holding ``text``, in reading order (row, then left before right)."""
    comparison = view.comparison
    assert comparison is not None
    found = []
    for row in comparison.rows:
        for side in ("left", "right"):
            index = getattr(row, side)
            sentences = comparison.left if side == "left" else comparison.right
            if index is not None and text in sentences.sentences[index].sentence.text.lower():
                found.append(Cursor(side, index))
    return found


async def test_a_search_starts_at_the_cursors_own_sentence() -> None:
    """On L2 ("Jane Roe arrived … for talks on trade."), `/talks` stays on L2, match k of N;
    n then goes to the next match and N back to L2."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        stops = _stops(view, "talks")
        here = Cursor("left", 1)
        assert here in stops and len(stops) >= 3
        view.jump_to(here)
        await _search(pilot, "talks")
        assert view.cursor == here
        assert view.match_position() == stops.index(here) + 1
        await pilot.press("n")
        assert view.cursor == stops[stops.index(here) + 1]
        await pilot.press("N")
        assert view.cursor == here


async def test_a_search_from_the_last_match_stays_and_n_wraps_to_the_first() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        stops = _stops(view, "talks")
        view.jump_to(stops[-1])
        await _search(pilot, "talks")
        assert view.cursor == stops[-1]
        assert view.match_position() == len(stops)
        await pilot.press("n")
        assert view.cursor == stops[0]


async def test_a_search_from_a_sentence_without_the_text_goes_to_the_next_match() -> None:
    """From L1 (no "tariffs"), the first match after the cursor; the search again from
    there finds the same sentence, not the one after it."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        stops = _stops(view, "tariffs")
        view.jump_to(Cursor("left", 0))
        await _search(pilot, "tariffs")
        assert view.cursor == stops[0]
        await _search(pilot, "tariffs")
        assert view.cursor == stops[0]


async def test_a_notice_leaves_the_status_line_in_sight() -> None:
    """`match 3 of 12`, `Filter: …`: the notice stood over the status line that explains the
    sentence the key moved to; it now stands above it (and above the footer)."""
    from newsdiff.app.widgets.evidence_line import EvidenceLine
    from textual.widgets._toast import Toast

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        view = await _view(pilot)
        for keys in (("slash", *"talks", "enter"), ("escape", "f")):
            await pilot.press(*keys)
            await pilot.pause(0.2)
            toasts = list(app.screen.query(Toast))
            assert toasts
            line = app.screen.query_one(EvidenceLine).region
            assert line.height and view.region.height
            assert not any(toast.region.overlaps(line) for toast in toasts)
