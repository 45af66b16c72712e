"""What the tenth trial left (appfix11): column heads that give way alike, whole titles in the
library, the save dialog's folder, the sidebar counting quotes as the reports do."""

from __future__ import annotations

import dataclasses
import html
import re

from app_factory import build
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.compare import CompareScreen
from newsdiff.app.widgets.column_header import ColumnHeads, head_lines
from newsdiff.core.load import bundled_seeds_dir
from newsdiff.core.models import ArticleMeta


async def _compared(pilot, app: NewsDiffApp) -> CompareScreen:  # type: ignore[no-untyped-def]
    """The comparison screen once its comparison is shown."""
    for _ in range(600):
        await pilot.pause(0.05)
        screen = app.screen
        if isinstance(screen, CompareScreen) and screen.query_one(ColumnHeads).comparison:
            await app.workers.wait_for_complete()
            await pilot.pause()
            return screen
    raise AssertionError(f"no comparison on screen: {app.screen!r}")


def _head_halves(heads: ColumnHeads) -> tuple[str, str]:
    """The second line of the two heads (source, count), split at the divider."""
    line = heads.render().plain.split("\n")[1]
    left, right = line.split(" │ ")
    return left.strip(), right.strip()


async def test_at_100_columns_both_heads_give_way_alike() -> None:
    """`newsdiff seeds`, enter, at 100 columns with the quote sidebar: the left head (one cell
    narrower) dropped its word count while the right kept it."""
    app = NewsDiffApp([bundled_seeds_dir()])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        screen = await _compared(pilot, app)
        from newsdiff.app.widgets.quote_sidebar import QuoteSidebar

        assert screen.query_one(QuoteSidebar).display
        left, right = _head_halves(screen.query_one(ColumnHeads))
    assert ("words" in left) == ("words" in right), (left, right)
    assert left.endswith("· left") == right.endswith("· right"), (left, right)


def _screen_text(app: NewsDiffApp) -> str:
    """The screen as text, line by line (the SVG screenshot's text runs joined)."""
    lines: dict[float, list[str]] = {}
    svg = app.export_screenshot()
    for y, run in re.findall(r'<text [^>]*?y="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        lines.setdefault(float(y), []).append(html.unescape(run).replace("\xa0", " "))
    return "\n".join("".join(runs) for _, runs in sorted(lines.items()))


_NAMES = ("harwick_courier_bridge_story.txt", "lowen-daily-bridge.txt")


def _pair(meta: bool):  # type: ignore[no-untyped-def]
    comparison = build(
        ["Harwick bridge to close for a month", "Crews begin work on the span on Monday."],
        ["Bridge closure set for Harwick", "Crews begin work on the span on Monday.", "More."],
        links=[(1, 1, "shared", 100.0)],
        paths=_NAMES,
    )
    if not meta:
        return comparison
    article = dataclasses.replace(
        comparison.left.article, meta=ArticleMeta(outlet="Harwick Courier", date="2026-03-09")
    )
    return dataclasses.replace(
        comparison, left=dataclasses.replace(comparison.left, article=article)
    )


@settings(max_examples=120, deadline=None)
@given(left=st.integers(8, 90), extra=st.integers(-1, 1), meta=st.booleans())
def test_a_head_drops_the_side_then_the_count_before_it_cuts_the_name(
    left: int, extra: int, meta: bool
) -> None:
    """`harwick_courier… · 80 words · left`: the name was cut while the redundant side word
    stayed. The side word goes first, then the count when that keeps the name whole, and
    both heads (widths a cell apart, as at 100 columns) give way alike."""
    from newsdiff.app.widgets.column_header import _head_forms, head_form

    comparison = _pair(meta)
    sides = ((comparison.left, "left"), (comparison.right, "right"))
    widths = [left, max(1, left + extra)]
    form = head_form([_head_forms(side, name, None) for side, name in sides], widths)
    lines = [
        head_lines(side, name, width, form=form)[1].plain.rstrip()
        for (side, name), width in zip(sides, widths, strict=True)
    ]
    counts = [
        re.search(r" · [\d,]+ words", head_lines(side, name, 999)[1].plain) for side, name in sides
    ]
    for line, width, (_, name) in zip(lines, widths, sides, strict=True):
        assert len(line) <= width
        cut = "…" in line
        if line.endswith(f"· {name}"):
            assert not cut and "words" in line, line
        if cut and "words" not in line:
            # the count went although the name is cut: a cut name does not fit beside a count
            assert any(
                count and room < len(count.group(0)) + 12
                for count, room in zip(counts, widths, strict=True)
            ), lines
        assert not re.search(r"\d…", line), line  # a count or date is whole or absent
    assert ("words" in lines[0]) == ("words" in lines[1]), lines
    assert lines[0].endswith("· left") == lines[1].endswith("· right"), lines


_LONG_HEADLINE = (
    "Harwick council votes to close the old swing bridge for a month of repairs to its "
    "rusted gears and deck"
)


async def test_the_library_shows_a_long_title_as_far_as_the_width_allows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The core cut every title at 80 characters, so the library showed `… to its…` even at
    200 columns with room to spare; the core keeps the whole title and the table cuts it."""
    from newsdiff.app.screens.library import LibraryScreen
    from newsdiff.app.widgets.article_table import ArticleTable

    assert 80 < len(_LONG_HEADLINE) < 150
    (tmp_path / "courier.txt").write_text(
        f"{_LONG_HEADLINE}\n\nThe bridge shuts on Monday, the council said.\n", "utf-8"
    )
    (tmp_path / "daily.txt").write_text(
        "Swing bridge shut for repairs\n\nThe bridge shuts on Monday.\n", "utf-8"
    )
    app = NewsDiffApp([tmp_path])
    for size, whole in (((200, 30), True), ((100, 30), False)):
        async with app.run_test(size=size) as pilot:
            for _ in range(2):
                await app.workers.wait_for_complete()
                await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)
            table = app.screen.query_one(ArticleTable)
            text = "\n".join(table.render_line(y + 1).text for y in range(table.row_count))
        assert (_LONG_HEADLINE in text) == whole, text
        assert _LONG_HEADLINE[:40] in text  # cut to the column, never dropped
        app = NewsDiffApp([tmp_path])


async def test_the_save_dialog_shows_the_folder_the_file_goes_to(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The File field scrolls to the file name, so the folder was out of view: the user saw
    where the file went only in the notice after saving."""
    from newsdiff.app.screens.save_dialog import SaveDialog
    from textual.widgets import Input

    folder = tmp_path / "harwick-desk" / "drafts-for-the-bridge-story"
    (folder / "older").mkdir(parents=True)
    comparison = _pair(False)
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(SaveDialog(comparison, folder=folder))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SaveDialog)
        field = screen.query_one("#save-path", Input)
        assert str(folder) not in field.render_line(0).text  # scrolled to the name
        text = _screen_text(app)
        assert "drafts-for-the-bridge-story/" in text, text
        field.value = str(folder / "older")  # a folder: the default name goes into it
        await pilot.pause()
        await pilot.pause()
        line = str(screen.query_one("#save-folder").render())
        assert line.endswith("/older/):"), line
        field.value = "/tmp/elsewhere.md"
        await pilot.pause()
        line = str(screen.query_one("#save-folder").render())
        assert line == "File (in /tmp/):", line


async def test_the_sidebar_counts_quotes_as_the_saved_markdown_does() -> None:
    """The sidebar counted its entries (a quote and its counterpart one entry: `= 1 verbatim
    ⊂ 2 excerpt + 9 only here`) while every report counts each article's quotes (`Left: 5
    quotes (1 verbatim, 2 excerpt, 0 altered, 2 only here)`): a reader meets the same numbers
    in the sidebar and in the saved Markdown. Since the eleventh trial the sidebar gives them
    in one line a side (`Left   5 quotes =1 ⊂2 ≈0 +2`, the entries' markers), the words in
    its tooltip."""
    from newsdiff.app.widgets.quote_sidebar import QuoteSidebar
    from newsdiff.core.compare import compare_articles
    from newsdiff.core.load import load_article
    from newsdiff.export.render import render

    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    comparison = compare_articles(load_article(seeds[0]), load_article(seeds[1]))
    markdown = render(comparison, "md")
    said = re.findall(r"^- ((?:Left|Right): \d+ quotes? \([^)]*\))$", markdown, re.MULTILINE)
    assert len(said) == 2, markdown[:2000]
    app = NewsDiffApp(comparison=comparison)
    async with app.run_test(size=(200, 50)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = app.screen.query_one(QuoteSidebar)
        assert sidebar.display
        summary = sidebar.query_one("#quotes-summary")
        shown = str(summary.render()).split("\n")
        tooltip = str(summary.tooltip)
    markers = {"verbatim": "=", "excerpt": "⊂", "altered": "≈", "only here": "+"}
    for line, row in zip(said, shown, strict=False):
        assert line in tooltip, (line, tooltip)
        name, total, counts = re.match(r"(\w+): (\d+) quotes? \((.*)\)$", line).groups()
        expected = [name, total, "quotes"] + [
            markers[status] + number
            for number, status in (part.split(" ", 1) for part in counts.split(", "))
        ]
        assert row.split() == expected, (row, line)
