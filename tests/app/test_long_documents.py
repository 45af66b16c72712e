"""Two 2,000-sentence articles: the compare view opens, moves and renders only what is visible."""

from __future__ import annotations

from app_factory import long_pair
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView


async def test_two_thousand_sentence_pair_opens_and_navigates() -> None:
    """End, differences and counterpart jumps work at the far end of a 2,000-sentence pair."""
    comparison = long_pair(2000)
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        layout = view.line_layout
        assert layout is not None and layout.height > 4000
        await pilot.press("G")
        await pilot.wait_for_scheduled_animations()
        assert view.cursor == Cursor("left", 1999)
        assert view.scroll_offset.y == view.max_scroll_y > 0
        screen_text = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "Report 1999:" in screen_text
        await pilot.press("N")
        assert view.cursor == Cursor("right", 1997)  # unique; its row sits above 1999's
        await pilot.press("k", "enter")
        assert view.cursor == Cursor("left", 1996)


async def test_rendering_touches_only_visible_lines() -> None:
    """A repaint renders about one screen of lines, not the whole document."""
    app = NewsDiffApp(comparison=long_pair(2000))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        calls: list[int] = []
        original = view.render_line

        def counting(y: int):
            calls.append(y)
            return original(y)

        view.render_line = counting  # type: ignore[method-assign]
        await pilot.press("j")
        await pilot.pause()
        assert 0 < len(calls) <= 3 * view.size.height


async def test_after_wheel_scrolling_the_cursor_continues_on_screen() -> None:
    """Scroll away with the wheel, press j: the cursor lands on a sentence that is on screen."""
    app = NewsDiffApp(comparison=long_pair(300))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        view.scroll_to(y=80, animate=False, immediate=True)  # what the wheel does
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        top = view.scroll_offset.y
        assert top > 20
        await pilot.press("j")
        layout = view.line_layout
        assert layout is not None and view.cursor is not None
        row = layout.row_of(view.cursor.side, view.cursor.index)
        assert row is not None
        assert top <= layout.row_top[row] < top + view.size.height


async def test_real_two_thousand_sentence_pair_from_the_library(tmp_path) -> None:
    """Two 2,000-sentence files, compared by the real engine in a worker, open and navigate."""
    import random

    from newsdiff.core.load import bundled_seeds_dir
    from newsdiff.core.segment import segment

    pool = [
        s.text
        for path in sorted(bundled_seeds_dir().glob("*.txt"))
        for s in segment(path.read_text(encoding="utf-8"))
        if len(s.text) > 50 and s.text.endswith(".")
    ]
    rng = random.Random(3)
    left = [f"{rng.choice(pool)[:-1]} in report {i}." for i in range(2000)]
    right = left[:]
    rng.shuffle(right[:200])
    right = [s.replace(" the ", " a ", 1) if k % 3 == 0 else s for k, s in enumerate(right)]
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "a.txt").write_text("\n\n".join(left), encoding="utf-8")
    (folder / "b.txt").write_text("\n\n".join(right), encoding="utf-8")
    app = NewsDiffApp([folder], theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(DiffView)
        assert view.line_layout is not None and view.line_layout.height > 2000
        await pilot.press("G")
        await pilot.wait_for_scheduled_animations()
        assert view.cursor is not None and view.cursor.index > 1900
        await pilot.press("n", "N", "g")
        assert view.cursor is not None


async def test_the_worker_built_layout_is_the_one_the_view_would_build(tmp_path) -> None:
    """Enter → comparison: the layout laid out in the worker equals a fresh one of the view."""
    from newsdiff.app.widgets.diff_layout import DiffLayout

    folder = tmp_path / "pair"
    folder.mkdir()
    left = [f"Officials said on day {i} that the talks would resume." for i in range(120)]
    right = [s.replace("resume", "restart") if i % 4 == 0 else s for i, s in enumerate(left)]
    (folder / "a.txt").write_text("\n\n".join(left), encoding="utf-8")
    (folder / "b.txt").write_text("\n\n".join(right), encoding="utf-8")
    app = NewsDiffApp([folder], theme="textual-dark")
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause(0.05)
            screen = app.screen
            if isinstance(screen, CompareScreen) and screen.query_one(DiffView).comparison:
                break
        view = app.screen.query_one(DiffView)
        used = view.line_layout
        assert used is not None and view.comparison is not None
        fresh = DiffLayout(
            view.comparison, view.layout_width, folds=used.folds, one_column=used.one_column
        )
        assert used.row_top == fresh.row_top
        assert used.left_lines == fresh.left_lines and used.right_lines == fresh.right_lines
