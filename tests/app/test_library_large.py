"""A library of 300 articles: keys, marks and Enter far down the list, scrolling, resize, and the
first screenful listed before the rest is read (issue #20)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from newsdiff.app import corpus_reader
from newsdiff.app import library_loading as app_module
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.engine import ArticleCounts
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.core.models import Article

SIZE = (120, 36)
COUNT = 300


@pytest.fixture
def big_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """300 short articles (art000.txt … art299.txt), counted by whitespace, no warm-up."""
    folder = tmp_path / "library"
    folder.mkdir()
    for number in range(COUNT):
        (folder / f"art{number:03d}.txt").write_text(
            f"Harbour council story number {number}\n\n"
            f"The council met on day {number} and voted on the harbour budget. "
            f"It approved {number} new berths.\n",
            encoding="utf-8",
        )

    def counts(article: Article) -> ArticleCounts:
        return ArticleCounts(len(article.text.split()), article.text.count("."), 0)

    monkeypatch.setattr(app_module, "article_counts", counts)
    monkeypatch.setattr(app_module, "warm_up", lambda articles, cancelled: None)
    return folder


async def ready(pilot) -> tuple[LibraryScreen, ArticleTable]:  # noqa: ANN001
    """Wait for the whole corpus and its counts."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    assert screen.complete
    return screen, screen.query_one(ArticleTable)


def visible_files(table: ArticleTable) -> list[str]:
    """The file names on the table's lines as drawn now (header excluded)."""
    lines = [table.render_line(y).text for y in range(1, table.size.height)]
    return [word for line in lines for word in line.split() if word.endswith(".txt")]


def highlighted_file(screen: LibraryScreen, table: ArticleTable) -> str:
    key = table.highlighted_key()
    assert key is not None
    return Path(key).name


async def test_every_article_is_listed_with_its_counts(big_library: Path) -> None:
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        assert table.row_count == COUNT
        last = [str(cell) for cell in table.get_row_at(COUNT - 1)]
        assert last[1] == "Harbour council story number 299"
        assert last[2] == "art299.txt"
        assert last[3] == str(len((big_library / "art299.txt").read_text().split()))
        assert "300 articles ·" in str(screen.query_one("#hint").render())


async def test_mark_two_far_down_and_compare(big_library: Path, fake_engine) -> None:  # noqa: ANN001
    """Marks and Enter on rows 250 and 252 of 300 (reached with the keys)."""
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        await pilot.press("G")
        assert table.cursor_row == COUNT - 1
        await pilot.press(*["k"] * 49)
        assert highlighted_file(screen, table) == "art250.txt"
        await pilot.press("space", "j", "j", "space")
        await pilot.wait_for_scheduled_animations()
        assert [Path(path).name for path in screen.marked] == ["art250.txt", "art252.txt"]
        assert str(table.get_row_at(250)[0]) == "L●"
        assert str(table.get_row_at(252)[0]) == "R●"
        shown = visible_files(table)
        assert "art250.txt" in shown and "art252.txt" in shown
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert [(Path(a).name, Path(b).name) for a, b in fake_engine.pairs] == [
            ("art250.txt", "art252.txt")
        ]


async def test_enter_on_row_250_compares_it_with_the_next(
    big_library: Path,
    fake_engine,  # noqa: ANN001
) -> None:
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        table.move_cursor(row=250)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [(Path(a).name, Path(b).name) for a, b in fake_engine.pairs] == [
            ("art250.txt", "art251.txt")
        ]


async def test_paging_keeps_the_cursor_in_view(big_library: Path) -> None:
    """PageDown/PageUp move the cursor a page and the view with it; g and G reach the ends."""
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        page = table.scrollable_content_region.height - 1
        await pilot.press("pagedown")
        await pilot.wait_for_scheduled_animations()
        assert table.cursor_row == page
        assert highlighted_file(screen, table) in visible_files(table)
        await pilot.press("pagedown", "pagedown")
        await pilot.wait_for_scheduled_animations()
        assert table.cursor_row == 3 * page
        assert highlighted_file(screen, table) in visible_files(table)
        assert "art000.txt" not in visible_files(table)
        await pilot.press("pageup")
        await pilot.wait_for_scheduled_animations()
        assert table.cursor_row == 2 * page
        assert highlighted_file(screen, table) in visible_files(table)
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        assert table.cursor_row == COUNT - 1
        assert visible_files(table)[-1] == "art299.txt"
        await pilot.press("pagedown")
        assert table.cursor_row == COUNT - 1
        await pilot.press("home")
        await pilot.wait_for_scheduled_animations()
        assert table.cursor_row == 0
        assert visible_files(table)[0] == "art000.txt"
        await pilot.press("k", "up", "pageup")
        assert table.cursor_row == 0


async def test_a_click_on_a_scrolled_table_marks_the_row_under_it(big_library: Path) -> None:
    """The view scrolled without the cursor (wheel, scroll bar): rows are drawn from the
    scroll offset, and a click highlights, then marks, the row under the mouse."""
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        table.scroll_relative(y=15, animate=False)
        await pilot.pause()
        top = round(table.scroll_y)
        assert top > 0
        assert visible_files(table)[0] == f"art{top:03d}.txt"
        await pilot.click(table, offset=(10, 3))  # line 3 = the third row in view
        await pilot.pause()
        assert table.cursor_row == top + 2
        await pilot.click(table, offset=(10, 3))
        await pilot.pause()
        assert [Path(path).name for path in screen.marked] == [f"art{top + 2:03d}.txt"]


async def test_resize_refits_the_title_and_keeps_the_cursor_in_view(big_library: Path) -> None:
    app = NewsDiffApp([big_library])
    async with app.run_test(size=(120, 40)) as pilot:
        screen, table = await ready(pilot)
        await pilot.press("G", "space")
        wide = table.columns["title"].width
        await pilot.resize_terminal(90, 30)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        assert table.columns["title"].width < wide
        assert table.cursor_row == COUNT - 1
        assert visible_files(table)[-1] == "art299.txt"
        assert str(table.get_row_at(COUNT - 1)[0]) == "L●"
        for y in range(table.size.height):
            assert table.render_line(y).cell_length == table.size.width


async def test_filter_then_clear_on_a_large_library(big_library: Path) -> None:
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        await pilot.press("slash", *"number 27")
        await pilot.pause()
        assert [Path(key).name for key in table.row_keys] == [
            "art027.txt",
            *[f"art{n}.txt" for n in range(270, 280)],
        ]
        await pilot.press("enter", "j", "j")
        assert highlighted_file(screen, table) == "art271.txt"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        assert table.row_count == COUNT
        assert highlighted_file(screen, table) == "art271.txt"
        assert "art271.txt" in visible_files(table)


async def test_the_first_screenful_is_listed_before_the_rest_is_read(
    big_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the rest is read the first rows are there and work; Enter and `s` wait for the
    rest (the other articles weigh the words of a comparison), then every row is listed."""
    release = threading.Event()
    real_read_rest = corpus_reader.CorpusReader.read_rest

    def held_read_rest(self: corpus_reader.CorpusReader) -> None:
        release.wait(10)
        real_read_rest(self)

    monkeypatch.setattr(corpus_reader.CorpusReader, "read_rest", held_read_rest)
    app = NewsDiffApp([big_library])
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            table = screen.query_one(ArticleTable)
            first = table.row_count
            assert 0 < first < COUNT
            assert not screen.complete
            assert visible_files(table)[0] == "art000.txt"
            assert f"{first} articles…" in str(screen.query_one("#hint").render())
            await pilot.press("j", "space", "enter", "s")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            assert any("still loading" in n.message for n in app._notifications)
            release.set()
            screen, table = await ready(pilot)
            assert table.row_count == COUNT
            assert table.cursor_row == 1
            assert [Path(path).name for path in screen.marked] == ["art001.txt"]
            assert str(table.get_row_at(1)[0]) == "L●"
    finally:
        release.set()


async def test_a_bad_file_after_the_first_screenful_is_listed(big_library: Path) -> None:
    """Files read after the first rows that cannot be loaded are named like any other."""
    (big_library / "art250.txt").write_bytes(b"\x00\x01binary\x00")
    app = NewsDiffApp([big_library])
    async with app.run_test(size=SIZE) as pilot:
        screen, table = await ready(pilot)
        notice = screen.query_one("#errors")
        assert notice.display
        assert "1 file could not be loaded" in str(notice.render())
        assert "art250.txt" in str(notice.render())
        assert table.row_count == COUNT - 1
        assert not table.has_row(str(big_library / "art250.txt"))
