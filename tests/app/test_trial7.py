"""The seventh user trial: faults the sixth left (heads, the left edge, the story's variants,
focus in the narrow overlay)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from app_factory import build, sample
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.column_header import ColumnHeads, head_lines
from newsdiff.app.widgets.diff_view import DiffView
from newsdiff.core.models import ArticleMeta, ComparedArticle, Comparison
from newsdiff.core.stats import count_words


def _page_comparison() -> Comparison:
    """A comparison whose left side is a saved page: outlet and date before a long file name."""
    comparison = build(
        ["Water main bursts under Mill Street", "Crews closed the street on Thursday."],
        ["Burst main shuts Mill Street", "Crews closed the street on Thursday."],
        links=[(1, 1, "shared", 100.0)],
        paths=("saved/northshore-times-water-main-story.html", "b.txt"),
    )
    meta = ArticleMeta(outlet="Northshore Times", date="2026-12-01")
    article = dataclasses.replace(comparison.left.article, meta=meta)
    return dataclasses.replace(
        comparison, left=dataclasses.replace(comparison.left, article=article)
    )


def _page_side() -> ComparedArticle:
    return _page_comparison().left


@pytest.mark.parametrize("width", range(14, 70, 3))
def test_a_pages_word_count_is_whole_or_absent_in_the_two_column_head(width: int) -> None:
    """Outlet and date came first and the count was cut with the file name
    (`Northshore Times · 2026-12-01 · ti…`): the source gives way, the count stays whole."""
    side = _page_side()
    line = head_lines(side, "left", width)[1].plain
    assert len(line) == width
    words = f"{count_words(side.article.text):,} words"
    assert not re.search(r"· [\d,]+(?: w\w*)?…", line), line
    if width >= len(f" · {words}") + 12:
        assert words in line, line
    meta = len("Northshore Times · 2026-12-01 · …")
    if width >= len(f" · {words}") + meta:  # outlet and date go before the side's name
        assert line.startswith("Northshore Times · 2026-12-01 · "), line
    # The side's name goes before the file name is cut (appfix11: `harwick_courier… · 80
    # words · left` cut the name and kept the redundant side).
    assert not line.rstrip().endswith("· left") or "…" not in line, line


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (120, "Northshore Times · … · {n} words"),
        (170, "Northshore Times · 2026-12-01 · "),
    ],
)
async def test_the_heads_show_outlet_date_and_word_count(columns: int, expected: str) -> None:
    comparison = _page_comparison()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(columns, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        heads = app.screen.query_one(ColumnHeads).render().plain
    words = count_words(comparison.left.article.text)
    assert expected.format(n=f"{words:,}") in heads, heads
    assert f" · {words:,} words" in heads, heads


def _left_column(view: DiffView) -> list[str]:
    layout = view.line_layout
    assert layout is not None
    return [view.render_line(y).text for y in range(min(layout.height, view.size.height))]


@pytest.mark.parametrize("comparison", [sample(), build(["One."] * 3, ["One."] * 12, links=[])])
async def test_sentence_numbers_never_touch_the_left_edge(comparison: Comparison) -> None:
    """`1 ≈ Carrow…` started in the terminal's first column; the right column has the
    divider's space. Both columns now keep a blank cell before their numbers."""
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        assert not view.one_column
        lines = _left_column(view)
        assert any(re.match(r" +1 \S ", line) for line in lines), lines[:3]
        assert all(line[:1] == " " for line in lines), [line[:8] for line in lines]
        heads = app.screen.query_one(ColumnHeads).render().plain.split("\n")
        title_start = heads[0].index(comparison.left.article.title[:10])
        number_line = next(line for line in lines if re.match(r" +1 ", line))
        text_start = re.match(r" +\d+ \S ", number_line)
        assert text_start is not None and title_start == text_start.end()  # heads follow


def test_a_variant_wraps_under_its_outlet_and_text_not_its_number() -> None:
    from newsdiff.app.screens.story import variant_prompt

    text = "A 12-metre section of a water main burst under Mill Street on Thursday morning."
    prompt = variant_prompt(3, "Carrow Ledger", text, [(2, 10)])
    rows = prompt.wrapped(34).plain.split("\n")
    assert rows[0].startswith(" 3 Carrow Ledger: A 12-metre")
    assert len(rows) > 2
    for row in rows[1:]:
        assert row.startswith("   ") and row[3] != " ", rows
    assert " ".join(" ".join(rows).split()) == f"3 Carrow Ledger: {text}"


async def test_the_story_screens_variants_hang_at_80_columns(story_app) -> None:
    from story_factory import open_story
    from textual.widgets import OptionList

    async with story_app.run_test(size=(80, 24)) as pilot:
        screen = await open_story(pilot, story_app)
        variants = screen.query_one("#variants", OptionList)
        lines = [variants.render_line(y).text for y in range(variants.size.height)]
        numbered = [line for line in lines if re.match(r" ?\d+ \S", line)]
        wrapped = [line for line in lines if line.strip() and line not in numbered]
        assert numbered and wrapped, lines  # some variant wraps at 80 columns
        for line in wrapped:
            assert line.startswith("   ") and line[3] != " ", lines


@pytest.mark.parametrize("keys", [("tab",), ("shift+tab",), ("tab", "tab", "shift+tab")])
async def test_tab_stays_in_the_narrow_quote_overlay(keys: tuple[str, ...]) -> None:
    """At 80 columns `q` opens the quotes over the text and focuses them; `tab` moved the
    focus back to the comparison under the overlay, whose keys then moved a hidden cursor."""
    from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
    from textual.widgets import OptionList

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        cursor = view.cursor
        await pilot.press("q")
        sidebar = app.screen.query_one(QuoteSidebar)
        quotes = sidebar.query_one(OptionList)
        assert sidebar.display and sidebar.has_class("-overlay") and quotes.has_focus
        await pilot.press(*keys)
        assert quotes.has_focus, app.focused
        await pilot.press("l")  # a key of the comparison only (j moves through the quotes)
        assert view.cursor == cursor  # the hidden comparison did not move
        highlighted = quotes.highlighted
        await pilot.press("j")  # the quote list's, as the arrows are (pairview11)
        assert quotes.has_focus and quotes.highlighted != highlighted
        await pilot.press("escape")
        assert not sidebar.display and view.has_focus


async def test_tab_still_moves_between_comparison_and_sidebar_when_wide() -> None:
    from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
    from textual.widgets import OptionList

    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(130, 30)
        await pilot.pause()
        view = app.screen.query_one(DiffView)
        sidebar = app.screen.query_one(QuoteSidebar)
        if not sidebar.display:
            await pilot.press("q")
        assert sidebar.display and not sidebar.has_class("-overlay")
        view.focus()
        await pilot.pause()
        seen = set()
        for _ in range(4):
            await pilot.press("tab")
            seen.add(app.focused)
        assert sidebar.query_one(OptionList) in seen and view in seen


async def test_the_heads_follow_the_story_count_column_in_a_pair_from_the_story(
    story_app,
) -> None:
    """Opened from the story, each number has `3/5` before it; the heads' titles stood four
    cells left of the text they head."""
    from story_factory import open_story
    from textual.widgets import DataTable

    async with story_app.run_test(size=(120, 36)) as pilot:
        screen = await open_story(pilot, story_app)
        table = screen.query_one("#matrix", DataTable)
        table.focus()
        table.move_cursor(row=0, column=2)
        await pilot.press("enter")
        await story_app.workers.wait_for_complete()
        await pilot.pause()
        compare = story_app.screen
        assert isinstance(compare, CompareScreen)
        view = compare.query_one(DiffView)
        assert view.carried_width > 0
        lines = _left_column(view)
        first = next(line for line in lines if re.match(r" *\d+/\d+ +1 \S ", line))
        text_start = re.match(r" *\d+/\d+ +1 \S ", first).end()
        title = compare.comparison.left.article.title[:8]
        heads = compare.query_one(ColumnHeads).render().plain.split("\n")
        assert heads[0].index(title) == text_start, (heads[0], first)


@pytest.mark.parametrize("width", range(30, 110, 4))
def test_a_pages_date_is_whole_or_absent_in_either_head(width: int) -> None:
    """`Northshore Times · 2… · 59 words` (the one-column head at 80 columns) read as a date."""
    from newsdiff.app.widgets.column_header import stacked_head

    side = _page_side()
    for line in (stacked_head(side, "L", width, 4, 14).plain, head_lines(side, "left", width)[1]):
        text = line if isinstance(line, str) else line.plain
        assert not re.search(r"\d…", text), text
        assert "2026-12-01" in text or "2026" not in text, text
