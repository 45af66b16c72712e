"""Pilot tests of the library: rows and counts, keys, marks, mouse, filter, load errors, help."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.help import HelpScreen
from newsdiff.app.screens.library import LibraryScreen
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.core.load import load_article
from newsdiff.core.stats import article_stats
from textual.widgets import Input

SIZE = (120, 36)


async def ready(pilot) -> LibraryScreen:
    """Wait for the corpus and the counts (started after the rows are painted) to land."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    return screen


def row_texts(table: ArticleTable) -> list[list[str]]:
    """The plain text of every cell, row by row."""
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_lists_every_bundled_article_with_counts(seed_paths) -> None:
    """One row per bundled article: title, file name, words, sentences, quotes."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        rows = row_texts(table)
        assert len(rows) == len(seed_paths)
        for row, path in zip(rows, seed_paths, strict=True):
            stats = article_stats(load_article(path))
            assert row[2] == path.name
            assert row[1].startswith(stats.title[:20])
            assert row[3:] == [f"{stats.words:,}", f"{stats.sentences:,}", f"{stats.quotes:,}"]


async def test_keys_typed_while_loading_do_not_filter(held_corpus) -> None:
    """The table has focus from the start, not the hidden filter box: typing while the articles
    load does not leave an invisible filter that hides every row."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("x", "y")
        held_corpus.set()
        screen = await ready(pilot)
        assert not screen.query("#filter") or screen.query_one("#filter", Input).value == ""
        table = screen.query_one(ArticleTable)
        assert table.row_count == 5
        assert screen.focused is table


async def test_user_paths_and_j_k_move(tmp_path: Path) -> None:
    """newsdiff PATH… shows the user's files; j and k move the highlight."""
    for name, text in (
        ("a.txt", "Alpha story.\n"),
        ("b.txt", "Beta story.\n"),
        ("c.md", "Gamma.\n"),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        assert [row[2] for row in row_texts(table)] == ["a.txt", "b.txt", "c.md"]
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("up")
        assert table.cursor_row == 0


async def test_mark_two_and_compare(seed_paths, fake_engine) -> None:
    """space marks (in order), enter compares the two marked: first marked on the left."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("down", "down", "down", "space", "up", "up", "space")
        assert screen.marked == [str(seed_paths[3]), str(seed_paths[1])]
        # The marks say which column each article goes to (#14).
        assert str(screen.query_one(ArticleTable).get_row_at(3)[0]) == "L●"
        assert str(screen.query_one(ArticleTable).get_row_at(1)[0]) == "R●"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert fake_engine.pairs == [(str(seed_paths[3]), str(seed_paths[1]))]


async def test_space_twice_unmarks_and_a_third_mark_drops_the_oldest(seed_paths) -> None:
    """Marks toggle; at most two are kept."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("space", "space")
        assert screen.marked == []
        await pilot.press("space", "down", "space", "down", "space")
        assert screen.marked == [str(seed_paths[1]), str(seed_paths[2])]


async def test_click_marks_a_row(seed_paths) -> None:
    """A click highlights a row; a click on the highlighted row marks it."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        await pilot.click(table, offset=(10, 3))
        await pilot.pause()
        assert table.cursor_row == 2
        assert screen.marked == []
        await pilot.click(table, offset=(10, 3))
        await pilot.pause()
        assert screen.marked == [str(seed_paths[2])]


async def test_filter_by_typing(seed_paths) -> None:
    """/ opens the filter; typing narrows the rows; escape clears it."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        await pilot.press("slash", *"balances")
        await pilot.pause()
        assert table.row_count == 1
        assert "Balances" in str(table.get_row_at(0)[1])
        await pilot.press("enter")
        assert table.has_focus
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert table.row_count == len(seed_paths)


async def test_files_that_cannot_be_loaded_are_listed(tmp_path: Path) -> None:
    """A notice names every file that could not be loaded; the others are listed."""
    good = tmp_path / "good.txt"
    good.write_text("A fine article.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    app = NewsDiffApp([good, missing])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        notice = screen.query_one("#errors")
        assert notice.display
        text = str(notice.render())
        assert "1 file could not be loaded" in text
        assert "missing.txt" in text
        assert screen.query_one(ArticleTable).row_count == 1


async def test_compare_needs_two_articles(tmp_path: Path) -> None:
    """With one article, enter explains instead of crashing."""
    only = tmp_path / "only.txt"
    only.write_text("Alone.\n", encoding="utf-8")
    app = NewsDiffApp([only])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("two articles" in n.message for n in app._notifications)


async def test_markup_in_titles_is_shown_literally(tmp_path: Path) -> None:
    """A title that looks like Rich markup or carries escapes is shown as plain text."""
    (tmp_path / "a.txt").write_text("[bold red]Not markup[/] \x1b[31mred\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plain.\n", encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        title = str(screen.query_one(ArticleTable).get_row_at(0)[1])
        assert "[bold red]Not markup[/]" in title
        assert "\x1b" not in title


async def test_help_lists_every_key_and_closes() -> None:
    """? shows the keys of the library (and the app); escape closes it."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for words in ("Compare", "Mark", "Filter", "Quit", "Next article", "ctrl+p"):
            assert words in text
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_help_on_the_compare_screen_lists_its_keys(fake_engine) -> None:
    """? on the comparison lists navigation, article, threshold and save keys."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text").render())
        for words in (
            "Next diff",
            "Prev diff",
            "Next right",
            "Previous right article",
            "Next left",
            "Previous left article",
            "Swap",
            "Quotes",
            "Thresholds",
            "Save",
            "Back",
            "Pair",
            "Next sentence",
            "Left column",
        ):
            assert words in text, words


async def test_ctrl_q_quits_from_the_library() -> None:
    """ctrl+q quits."""
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_unmarking_the_left_article_moves_the_other_mark_to_the_left(seed_paths) -> None:
    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("space", "down", "space", "up", "space")  # mark 0, 1; unmark 0
        table = screen.query_one(ArticleTable)
        assert str(table.get_row_at(0)[0]) == ""
        assert str(table.get_row_at(1)[0]) == "L●"


async def test_the_hint_line_is_never_cut_mid_phrase() -> None:
    """At 80 columns the hint drops its parenthesis instead of ending in `(or the`; at 120
    it has room for all of it; resizing switches between the two."""
    app = NewsDiffApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        hint = str(screen.query_one("#hint").render())
        assert hint.endswith("enter compares the two marked"), hint
        assert len(hint) <= 80 - 4
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        hint = str(screen.query_one("#hint").render())
        assert hint.endswith("(or the highlighted and the next)"), hint


async def test_two_folders_of_the_same_outlets_are_told_apart(tmp_path) -> None:
    """`story1/nyt.txt` and `story2/nyt.txt`: the File column names the folder when the file
    name alone would be listed twice; a name no other file has stays bare."""
    for folder in ("story1", "story2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "nyt.txt").write_text(f"Headline {folder}.\n", encoding="utf-8")
    (tmp_path / "story2" / "fox.txt").write_text("Another headline.\n", encoding="utf-8")
    app = NewsDiffApp([tmp_path / "story1", tmp_path / "story2"])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        files = sorted(row[2] for row in row_texts(screen.query_one(ArticleTable)))
        assert files == ["fox.txt", "story1/nyt.txt", "story2/nyt.txt"]


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1><p class="byline">By Ada Lowe, 2 March 2026</p>
<p>The council voted on Monday to close the harbour bridge for nine weeks of repairs.</p>
<p>"We had no choice," the mayor, Tom Reyes, told reporters outside the town hall.</p>
</article></body></html>"""


@pytest.mark.parametrize("width", [80, 100])
async def test_every_column_fits_beside_a_date_column(tmp_path, width: int) -> None:
    """Dated pages add a Date column: the title and the file name give way, the counts stay
    on screen (at 80 columns the Quotes column was pushed off the right edge)."""
    for name in ("harbour-gazette-front-page.html", "evening-telegraph-city-desk.html"):
        title = "Bridge shut for nine weeks after the council vote on Monday night"
        (tmp_path / name).write_text(PAGE.format(title=title), encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(width, 24)) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        assert [str(column.label) for column in table.columns.values()][-1] == "Quotes"
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert [row[-1] for row in row_texts(table)] == ["1", "1"]


OUTLET_PAGE = PAGE.replace(
    "<title>{title}</title>",
    '<title>{title}</title><meta property="og:site_name" content="Northshore Times">'
    '<meta property="article:published_time" content="2026-12-01T14:20:00Z">',
)


@pytest.mark.parametrize("width", [80, 120])
async def test_the_title_keeps_twenty_cells_beside_outlets_and_dates(tmp_path, width: int) -> None:
    """The sixth trial: at 80 columns, with an Outlet and a Date column, the title had 12
    cells (`Carrow issu…`, `Carrow wate…`): the Date column now goes first (the comparison's
    heads show it); at 120 columns it stays."""
    for name in ("ferry-gazette.html", "ferry-telegraph.html"):
        title = "Island ferry to sail twice a day from March after council vote"
        (tmp_path / name).write_text(OUTLET_PAGE.format(title=title), encoding="utf-8")
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(width, 24)) as pilot:
        screen = await ready(pilot)
        table = screen.query_one(ArticleTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert table.columns["title"].width >= 20
        assert labels[-1] == "Quotes" and "Outlet" in labels
        assert ("Date" in labels) == (width == 120)
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_counts_arriving_after_quit_are_dropped(seed_paths) -> None:
    """A count still on its way when the app closes (its screen stack already emptied) is
    dropped, not an IndexError at exit."""
    from newsdiff.app.engine import ArticleCounts
    from newsdiff.app.messages import CountsReady

    app = NewsDiffApp()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
    assert not app.screen_stack
    app._counts_ready(CountsReady(str(seed_paths[0]), ArticleCounts(1, 1, 0)))
    assert app.counts[str(seed_paths[0])] == ArticleCounts(1, 1, 0)
