"""The app on saved pages: the library shows outlet and date, the compare heads the source."""

from __future__ import annotations

from pathlib import Path

from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.app.widgets.column_header import ColumnHeads

SIZE = (140, 36)


async def ready(pilot) -> LibraryScreen:  # noqa: ANN001
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    return screen


async def test_library_shows_outlet_and_date_of_pages(pages_dir: Path) -> None:
    paths = [pages_dir / "02-harlow-water.html", pages_dir / "06-geneva-talks.html"]
    app = NewsDiffApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert labels[1:4] == ["Title", "Outlet", "Date"]
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][2:5] == ["The Valley Post", "2024-07-18", "02-harlow-water.html"]
        assert rows[1][2:4] == ["Meridian Wire", "2024-05-22"]


async def test_text_files_alone_get_no_empty_source_columns(seed_paths: list[Path]) -> None:
    app = NewsDiffApp(seed_paths[:2])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        labels = [str(c.label) for c in screen.query_one(ArticleTable).columns.values()]
        assert "Outlet" not in labels and "Date" not in labels


async def test_compare_heads_name_the_outlets(pages_dir: Path) -> None:
    paths = [pages_dir / "02-harlow-water.html", pages_dir / "06-geneva-talks.html"]
    app = NewsDiffApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        heads = app.screen.query_one(ColumnHeads)
        shown = heads.render().plain
        assert "The Valley Post · 2024-07-18" in shown
        assert "Meridian Wire · 2024-05-22" in shown
