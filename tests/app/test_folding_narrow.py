"""Pilot tests for folding (z, Z, f, enter opens a fold), the one-column layout below 100
columns, the boilerplate marker, the help legend and the palette's single keys entry."""

from __future__ import annotations

import pytest
from app_factory import conflict_sample, sample, shared_story
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.screens.help import HelpScreen
from newsdiff.app.widgets.diff_view import Cursor, DiffView, fold_runs

SIZE = (120, 36)


async def _view(pilot) -> DiffView:
    await pilot.pause()
    assert isinstance(pilot.app.screen, CompareScreen)
    return pilot.app.screen.query_one(DiffView)


def _text(view: DiffView) -> list[str]:
    layout = view.line_layout
    assert layout is not None
    return [view.render_line(y).text for y in range(min(layout.height, view.size.height))]


async def test_z_folds_shared_runs_into_one_line_that_enter_opens() -> None:
    app = NewsDiffApp(comparison=shared_story())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        before = view.line_layout.height
        await pilot.press("z")
        await pilot.pause()
        assert any("… 8 shared sentences …" in line for line in _text(view))
        assert view.line_layout.height < before
        await pilot.press("j")  # from the paraphrase onto the fold
        assert view.cursor == Cursor("left", 1)
        await pilot.press("j")  # one stop for the whole fold
        assert view.cursor == Cursor("left", 9)
        await pilot.press("k", "enter")
        await pilot.pause()
        assert view.folds == ()
        assert not any("shared sentences" in line for line in _text(view))


async def test_a_jump_into_a_fold_opens_it() -> None:
    app = NewsDiffApp(comparison=shared_story())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        await pilot.press("z")
        view.jump_to(Cursor("right", 5))
        await pilot.pause()
        assert view.folds == ()
        assert view.cursor == Cursor("right", 5)


async def test_filters_cycle_all_differences_quotes() -> None:
    comparison = sample()
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        assert view.view_filter == "all" and view.folds == ()
        await pilot.press("f")
        assert view.view_filter == "differences"
        folded = {n for fold in view.folds for n in range(fold.first, fold.last + 1)}
        for number, row in enumerate(comparison.rows):
            present = [
                (comparison.left if side == "left" else comparison.right).sentences[index]
                for side, index in (("left", row.left), ("right", row.right))
                if index is not None
            ]
            difference = any(
                not a.boilerplate and (a.label != "shared" or a.moved) for a in present
            )
            assert (number in folded) == (not difference)
        await pilot.press("f")
        assert view.view_filter == "quotes"
        quoted = {
            (side, m.quote.sentence)
            for side in ("left", "right")
            for m in getattr(comparison, side).quotes
        }
        folded = {n for fold in view.folds for n in range(fold.first, fold.last + 1)}
        for number, row in enumerate(comparison.rows):
            has = ("left", row.left) in quoted or ("right", row.right) in quoted
            assert (number in folded) == (not has)
        await pilot.press("f")
        assert view.view_filter == "all" and view.folds == ()


def _reference_stops(comparison, folds) -> dict[str, tuple[list[int], dict[int, int]]]:
    """The cursor's stops, the plain way: every sentence in reading order, one per fold (its
    first sentence on that side), and each folded sentence reached through its fold's stop."""
    fold_of = {n: fold for fold in folds for n in range(fold.first, fold.last + 1)}
    stops = {}
    for side in ("left", "right"):
        order: list[int] = []
        positions: dict[int, int] = {}
        seen: set[int] = set()
        for number, row in enumerate(comparison.rows):
            index = getattr(row, side)
            if index is None:
                continue
            fold = fold_of.get(number)
            if fold is not None and id(fold) in seen:
                positions[index] = len(order) - 1
                continue
            if fold is not None:
                seen.add(id(fold))
            positions[index] = len(order)
            order.append(index)
        stops[side] = (order, positions)
    return stops


@pytest.mark.parametrize("story", [sample, shared_story, conflict_sample])
@pytest.mark.parametrize("view_filter", ["all", "differences", "quotes"])
@pytest.mark.parametrize("fold_shared", [False, True])
@pytest.mark.parametrize("hide_boilerplate", [False, True])
def test_the_cursor_stops_once_per_fold_in_reading_order(
    story, view_filter, fold_shared, hide_boilerplate
) -> None:
    """Folds computed once per comparison (row traits) give the stops the plain walk does."""
    view = DiffView(story())
    view.set_folding(
        fold_shared=fold_shared, hide_boilerplate=hide_boilerplate, view_filter=view_filter
    )
    expected = _reference_stops(view.comparison, view.folds)
    for side in ("left", "right"):
        assert view._orders[side] == expected[side][0]
        assert view._positions[side] == expected[side][1]


def test_boilerplate_folds_alone() -> None:
    folds = fold_runs(shared_story(), hide_boilerplate=True)
    assert [(f.first, f.last) for f in folds] == [(9, 9)]
    assert "1 boilerplate sentence" in folds[0].label


async def test_below_100_columns_each_left_sentence_is_above_its_counterpart() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 30)) as pilot:
        view = await _view(pilot)
        assert view.one_column
        lines = _text(view)
        first = sample()
        left = first.left.sentences[0].sentence.text
        right = first.right.sentences[0].sentence.text
        left_line = next(n for n, line in enumerate(lines) if left[:20] in line)
        right_line = next(n for n, line in enumerate(lines) if right[:20] in line)
        # the tags keep the two-column layout's blank first column (eighth user trial)
        assert lines[left_line].startswith(" L ") and lines[right_line].startswith(" R ")
        assert left_line < right_line
        assert " │ " not in "".join(lines)
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert not view.one_column


async def test_narrow_quote_sidebar_opens_over_the_text_and_escape_closes_it() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 30)) as pilot:
        view = await _view(pilot)
        width = view.size.width
        await pilot.press("q")
        await pilot.pause()
        sidebar = app.screen.query_one("#quotes")
        assert sidebar.display and sidebar.region.width > 0
        assert view.size.width == width  # over the text, not beside it
        await pilot.press("escape")
        await pilot.pause()
        assert not sidebar.display
        assert isinstance(app.screen, CompareScreen)


async def test_boilerplate_has_the_dim_dot_marker() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        view = await _view(pilot)
        layout = view.line_layout
        row = layout.row_of("left", 6)  # "Subscribe to our newsletter."
        strip = view.render_line(layout.row_top[row] - int(view.scroll_offset.y))
        assert "7 · Subscribe" in strip.text
        # Dim and untinted: no segment of the row has the unique label's background.
        unique = view.get_component_rich_style("diffview--unique").bgcolor
        boilerplate = [seg for seg in strip if seg.text.strip() and seg.style is not None]
        assert boilerplate
        assert all(seg.style.bgcolor != unique for seg in boilerplate)


async def test_help_has_the_marker_legend_and_sidebar_keys() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await _view(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for marker in ("=", "≈", "≠", "+", "↕", "·"):
            assert f"  {marker} " in text
        assert "Markers" in text and "Quote sidebar" in text
        assert "⊂" in text  # the sidebar's excerpt marker has its line too


async def test_help_descriptions_wrap_under_their_own_column() -> None:
    """A description too long for the box continues under the descriptions, never under the
    keys: every line is a section title, blank, or starts with the two-space indent."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(80, 40)) as pilot:
        await _view(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = app.screen.query_one("#help-text")
        lines = str(help_text.render()).split("\n")
        titles = {"Everywhere", "Comparison", "Sentence cursor", "Markers", "Quote sidebar"}
        assert any(line.startswith(" " * 10) for line in lines)  # something did wrap
        for line in lines:
            assert (
                not line or line.startswith("  ") or line in titles | {"Mouse", "Command palette"}
            )
            assert len(line) <= help_text.content_size.width


async def test_the_palette_has_one_keys_entry() -> None:
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=SIZE) as pilot:
        await _view(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1
        assert not any("keys" in title.lower() and title != "Keys" for title in titles)


async def test_the_subtitle_says_how_many_library_articles_scored_the_pair() -> None:
    import dataclasses

    from newsdiff.core.models import Scoring

    comparison = dataclasses.replace(sample(), scoring=Scoring(corpus=("c.txt", "d.txt")))
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        await _view(pilot)
        assert "scored with 2 more articles" in app.screen.sub_title


@pytest.mark.parametrize("width", [60, 70, 80, 100])
def test_the_stacked_head_never_cuts_the_word_count(width: int) -> None:
    """The title and then the file name give way; the count is whole or absent (``33…`` was
    read as 33 words)."""
    import re

    from app_factory import build
    from newsdiff.app.widgets.column_header import stacked_head
    from newsdiff.core.stats import count_words

    title = "A rather long headline about the harbour bridge closure and the council vote"
    folder = "coverage/a-long-folder-name-for-the-regional-desk/"
    comparison = build(
        [title, "The council voted."],
        ["Bridge shut.", "The council voted."],
        links=[(1, 1, "shared", 100.0)],
        paths=(folder + "belfast-evening-telegraph.txt", folder + "b.txt"),
    )
    line = stacked_head(comparison.left, "L", width, 4, 22).plain
    assert len(line) == width
    words = f"{count_words(comparison.left.article.text):,} words"
    assert words in line, line  # room for it at these widths: the file name gave way
    assert not re.search(r"· [\d,]+…", line), line
    assert line.startswith("L   A rather")


async def test_help_text_keeps_a_blank_column_before_the_scrollbar() -> None:
    """The sixth trial: the help's longest lines ran into its scrollbar (`the previous▁▁`);
    and the palette key read `palette`, the one description not capitalised."""
    app = NewsDiffApp(comparison=sample())
    async with app.run_test(size=(120, 40)) as pilot:
        await _view(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        help_text = app.screen.query_one("#help-text")
        assert box.show_vertical_scrollbar  # the keys do not fit 40 rows
        assert help_text.region.right <= box.scrollable_content_region.right - 1
        lines = str(help_text.render()).split("\n")
        assert max(map(len, lines)) == help_text.content_size.width  # some line fills it
        palette = next(line for line in lines if line.lstrip().startswith("^p"))
        assert palette.split()[1] == "Palette", palette
