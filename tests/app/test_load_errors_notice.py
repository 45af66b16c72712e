"""The library's notice of files that could not be loaded counts every one and hides none."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.app.widgets.load_errors import MAX_ROWS, notice_rows


async def test_more_errors_than_fit_are_counted_not_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sixth trial: at 80x24 a folder with seven unreadable files showed three in a box of
    fixed height, wrapped from its edge, and nothing said four more were hidden."""
    for name in ("left.txt", "right.txt"):
        (tmp_path / name).write_text(f"{name}\n\nThe ferry sailed at noon.\n", encoding="utf-8")
    bad = [f"empty-report-number-{n}-with-a-long-name-saved-from-the-app.txt" for n in range(7)]
    for name in bad:
        (tmp_path / name).write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    app = NewsDiffApp([Path(".")])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        notice = screen.query_one("#errors")
        rows = str(notice.render()).split("\n")
        assert screen.query_one(ArticleTable).row_count == 2
    assert rows[0] == "7 files could not be loaded:"
    assert len(rows) <= MAX_ROWS
    shown = [name for name in bad if any(name in row for row in rows)]
    assert (
        shown and rows[-1].strip() == f"… and {7 - len(shown)} more: newsdiff list names every one"
    )
    flat = " ".join(" ".join(rows).split())
    assert all(f"{name}: empty file (0 bytes)" in flat for name in shown)  # each shown whole
    assert all(row.startswith("  ") for row in rows[1:])
    continued = [row for row in rows[1:-1] if not any(name in row for name in bad)]
    assert all(row.startswith("    ") for row in continued)  # under its item, not its edge


def test_a_few_errors_are_all_listed() -> None:
    lines = ["a.txt: empty file (0 bytes)", "b.txt: binary file (a PNG image), not text"]
    rows = [row.plain for row in notice_rows(lines, 60)]
    assert rows == ["2 files could not be loaded:", *(f"  {line}" for line in lines)]
    assert notice_rows(lines[:1], 60)[0].plain == "1 file could not be loaded:"
