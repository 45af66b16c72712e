"""Pilot tests from the third user trial: the compare screen's subtitle fits the header at 80
columns, the threshold panel names the score each threshold applies to, and a re-label with a
filter on never leaves the cursor in a folded sentence."""

from __future__ import annotations

import dataclasses

import pytest
from app_factory import sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView
from newsdiff.app.widgets.evidence_line import EvidenceLine
from newsdiff.app.widgets.threshold_bar import ThresholdBar
from newsdiff.core.models import Scoring
from textual.widgets._header import HeaderTitle


def _scored_with_three(meaning: str = "on"):
    return dataclasses.replace(
        sample(), scoring=Scoring(corpus=("c.txt", "d.txt", "e.txt"), meaning=meaning)
    )


def _header_text(screen: CompareScreen) -> tuple[str, int]:
    """What the header is asked to show, and the columns it has for it."""
    title = screen.title if screen.title is not None else screen.app.title
    room = screen.query_one(HeaderTitle).content_region.width
    return f"{title} — {screen.sub_title}", room


@pytest.mark.parametrize("meaning", ["on", "off"])
async def test_the_subtitle_fits_the_header_at_80_columns(meaning: str) -> None:
    app = NewsDiffApp(comparison=_scored_with_three(meaning))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        text, room = _header_text(screen)
        assert len(text) <= room, text  # never cut with an ellipsis
        assert "order ≥ 80" in text and "score ≥ 50" in text
        assert ("meaning signal off" in text) == (meaning == "off")


async def test_the_subtitle_says_everything_at_120_and_refits_on_resize() -> None:
    app = NewsDiffApp(comparison=_scored_with_three())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        text, room = _header_text(screen)
        assert len(text) <= room
        assert "shared: order ≥ 80 · paraphrase: score ≥ 50" in text
        assert "scored with 3 more articles" in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        text, room = _header_text(screen)
        assert len(text) <= room, text
        assert "shared: order ≥ 80 · paraphrase: score ≥ 50" in text


async def test_the_threshold_panel_names_the_score_of_each_threshold() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        bar = app.screen.query_one(ThresholdBar)
        text = bar.render().plain
        assert "shared: order ≥  80 " in text
        assert "paraphrase: score ≥  50 " in text
        assert bar.content_region.width >= len(text.splitlines()[0])  # fits at 80


def _folded_rows(view: DiffView) -> set[int]:
    return {n for fold in view.folds for n in range(fold.first, fold.last + 1)}


def _row_of(view: DiffView, cursor: Cursor) -> int:
    comparison = view.comparison
    assert comparison is not None
    return next(n for n, row in enumerate(comparison.rows) if row.on(cursor.side) == cursor.index)


async def _relabel(pilot, *keys: str) -> None:
    await pilot.press("t", *keys, "enter")
    await pilot.pause(0.3)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_relabel_under_a_filter_moves_the_cursor_out_of_a_fold_and_back(
    fake_engine,
) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        await _relabel(pilot, "right", "right", "right")  # shared 80 -> 95
        assert screen.comparison is not None
        assert screen.comparison.left.sentences[1].label == "paraphrased"  # order 91 < 95
        await pilot.press("f")  # only differences: left 1 is one
        await pilot.pause()
        assert view.view_filter == "differences"
        view.jump_to(Cursor("left", 1))
        assert _row_of(view, Cursor("left", 1)) not in _folded_rows(view)
        await _relabel(pilot, "left")  # shared 95 -> 90: left 1 is shared, folded away
        assert screen.comparison.left.sentences[1].label == "shared"
        assert _row_of(view, Cursor("left", 1)) in _folded_rows(view)
        cursor = view.cursor
        assert cursor is not None
        assert _row_of(view, cursor) not in _folded_rows(view)
        side = "L" if cursor.side == "left" else "R"
        status = screen.query_one(EvidenceLine).render().plain
        assert status.startswith(f"{side}{cursor.index + 1} ")  # describes what is shown
        await _relabel(pilot, "right")  # back to 95: shown again, the cursor returns
        assert view.cursor == Cursor("left", 1)
