"""The library's Line API table draws what Textual's DataTable drew (same characters, same
styles), cell by cell and line by line, without laying out rows that are not in view."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.app.widgets.article_table import ArticleTable, _rich_cell_segments, cell_segments
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip
from textual.widgets import DataTable

CONSOLE = Console(width=200, color_system="truecolor", legacy_windows=False)

# Characters that make cell widths hard: wide (CJK, emoji), combining marks, zero-width.
TRICKY = st.sampled_from(["界", "😀", "e\u0301", "\u200b", "ß", "…", " ", "Ω", "a", "Z", "-"])
CELL_TEXT = st.lists(st.one_of(TRICKY, st.characters(codec="utf-8")), max_size=40).map("".join)


def cells_and_styles(segments: list[Segment]) -> list[tuple[str, Style | None]]:
    """Each character with its style, meta left out: what a terminal shows."""
    return [
        (char, None if style is None else style.clear_meta_and_links())
        for text, style, _ in segments
        for char in text
    ]


@settings(max_examples=300, deadline=None)
@given(
    text=CELL_TEXT.filter(lambda t: "\n" not in t and "\t" not in t and "\r" not in t),
    width=st.integers(min_value=1, max_value=30),
    justify=st.sampled_from([None, "left", "right"]),
    overflow=st.sampled_from([None, "ellipsis", "crop", "fold"]),
    text_style=st.sampled_from(["", "dim", "bold", "italic red"]),
)
def test_a_cell_is_drawn_as_rich_draws_it(
    text: str, width: int, justify: str | None, overflow: str | None, text_style: str
) -> None:
    cell = Text(text, style=text_style, justify=justify, overflow=overflow, no_wrap=True)  # type: ignore[arg-type]
    style = Style(color="white", bgcolor="blue") + Style.from_meta({"row": 1, "column": 2})
    fast = cell_segments(CONSOLE, cell, width, style)
    reference = _rich_cell_segments(CONSOLE, cell, width, style)
    assert cells_and_styles(fast) == cells_and_styles(reference)
    assert Segment.get_line_length(fast) == width + 2


ROWS = [
    ("a", ["", "Port talks open with a promise on trade", "outlet-a.txt", "1,204", "52", "7"]),
    ("b", ["L●", "Zalgo h\u0336e\u0301adline 界界界 😀 wide", "b.txt", "…", "…", "…"]),
    ("c", ["R●", "x" * 90, "a-very-long-file-name-indeed.html", "1.15M", "70,000", "12"]),
    ("d", ["", "", "d.md", "0", "0", "0"]),
] * 12


def cells(values: list[str]) -> list[Text]:
    mark, title, file, *numbers = values
    return [
        Text(mark, style="bold") if mark else Text(""),
        Text(title, no_wrap=True, overflow="ellipsis"),
        Text(file, no_wrap=True, overflow="ellipsis"),
        *[
            Text(number, style="dim" if number == "…" else "", justify="right")
            for number in numbers
        ],
    ]


COLUMNS = [
    (" ", "mark", 2),
    ("Title", "title", 40),
    ("File", "file", 14),
    (Text("Words", justify="right"), "words", 7),
    (Text("Sentences", justify="right"), "sentences", 9),
    (Text("Quotes", justify="right"), "quotes", 6),
]


class Tables(App[None]):
    """The old DataTable and the new ArticleTable, same data, side by side."""

    CSS = "DataTable, ArticleTable { height: 1fr; width: 1fr; }"

    def compose(self) -> ComposeResult:
        old: DataTable[Text] = DataTable(
            cursor_type="row", zebra_stripes=True, cursor_foreground_priority="renderable"
        )
        new = ArticleTable()
        for label, key, width in COLUMNS:
            old.add_column(label, key=key, width=width)
            new.add_column(label, key=key, width=width)
        for key, values in ROWS:
            old.add_row(*cells(values), key=key + str(len(old.rows)))
        new.add_rows((key + str(index), cells(values)) for index, (key, values) in enumerate(ROWS))
        yield old
        yield new


def shown(strip: Strip) -> list[tuple[str, Style | None]]:
    return cells_and_styles(list(strip))


async def lines(pilot, table, focused: bool) -> list[list[tuple[str, Style | None]]]:  # noqa: ANN001
    """Every line of ``table`` as drawn, with the focus on it or on the other table."""
    app = pilot.app
    other = (
        app.query_one(ArticleTable) if isinstance(table, DataTable) else app.query_one(DataTable)
    )
    (table if focused else other).focus()
    await pilot.pause()
    return [shown(table.render_line(y)) for y in range(table.size.height)]


async def assert_same_lines(pilot) -> None:  # noqa: ANN001
    old, new = pilot.app.query_one(DataTable), pilot.app.query_one(ArticleTable)
    assert old.size == new.size
    assert new.virtual_size == old.virtual_size
    for focused in (True, False):
        assert await lines(pilot, new, focused) == await lines(pilot, old, focused), focused


async def test_lines_match_the_data_table_focused_blurred_scrolled_and_narrow() -> None:
    app = Tables()
    async with app.run_test(size=(100, 30)) as pilot:
        old, new = app.query_one(DataTable), app.query_one(ArticleTable)
        await pilot.pause()
        await assert_same_lines(pilot)
        for table in (old, new):
            table.move_cursor(row=5)
        await assert_same_lines(pilot)
        for table in (old, new):
            table.move_cursor(row=40)
            table.scroll_to(y=30, animate=False, immediate=True)
        await assert_same_lines(pilot)
        await pilot.resize_terminal(60, 20)  # narrower than the table: scrolled sideways
        await pilot.pause()
        # (The new table also scrolls the cursor back into view after a resize; the old one
        # did not, so both are put at the same place.)
        for table in (old, new):
            table.scroll_to(x=7, y=30, animate=False, immediate=True)
        await assert_same_lines(pilot)


async def test_rows_out_of_view_are_never_made() -> None:
    """A row's cells are made when it is first drawn or read, not when it is added."""
    made: list[int] = []

    def maker(number: int):  # noqa: ANN202
        def make() -> list[Text]:
            made.append(number)
            return [Text(str(number))]

        return make

    class One(App[None]):
        def compose(self) -> ComposeResult:
            table = ArticleTable()
            table.add_column("N", key="n", width=6)
            table.add_rows((str(n), maker(n)) for n in range(10_000))
            yield table

    app = One()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(ArticleTable)
        assert table.row_count == 10_000
        assert sorted(made) == list(range(len(made)))
        assert len(made) <= 12
        await pilot.press("end")
        await pilot.pause()
        assert 9_999 in made
        assert len(made) <= 24
        assert str(table.get_row_at(5_000)[0]) == "5000"
