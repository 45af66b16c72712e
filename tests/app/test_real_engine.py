"""The app on the real aligner: the bundled pair compares and every label shows up in the view."""

from __future__ import annotations

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.core.markers import MARKERS


async def test_bundled_pair_compares_with_the_real_engine(seed_paths) -> None:
    """Enter on the library runs the real comparison in a worker and shows both articles."""
    app = NewsDiffApp()
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("enter")
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        comparison = screen.comparison
        assert comparison is not None
        assert comparison.left.article.path == str(seed_paths[0])
        assert comparison.right.article.path == str(seed_paths[1])
        view = screen.query_one(DiffView)
        layout = view.line_layout
        assert layout is not None
        shown = "".join(view.render_line(y).text for y in range(view.size.height))
        first = comparison.rows[0]
        side = "left" if first.left is not None else "right"
        aligned = getattr(comparison, side).sentences[getattr(first, side)]
        assert aligned.sentence.text.split()[0] in shown
        assert any(marker in shown for marker in MARKERS.values())
