"""Library columns stay aligned on hostile titles and on very large counts (issue 13)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from newsdiff.app.app import NewsDiffApp
from newsdiff.app.screens.library import LibraryScreen, cell_line
from newsdiff.app.screens.library_rows import compact_count
from newsdiff.app.widgets.article_table import ArticleTable
from newsdiff.core.sanitize import cell_text, is_safe
from rich.cells import cell_len

HOSTILE_TITLES = [
    "Z\u0351\u0352\u0357\u0358\u035b\u0364\u0365algo h\u0336\u0337\u0338eadline",
    "Notice \ufffe\uffff here",
    "Icons \ue000\uf8ff\U000f0000 in a title",
    "Unassigned \U000e0fff and \ufdd0",
]


@given(st.text(max_size=60))
def test_cell_text_leaves_nothing_of_ambiguous_width(text: str) -> None:
    shown = cell_text(text)
    assert is_safe(shown)
    marks = 0
    for char in shown:
        code = ord(char)
        assert unicodedata.category(char) not in ("Co", "Cn")
        assert (code & 0xFFFE) != 0xFFFE and not 0xFDD0 <= code <= 0xFDEF
        marks = marks + 1 if unicodedata.category(char)[0] == "M" else 0
        assert marks <= 1


@given(st.integers(min_value=0, max_value=10**15))
def test_a_count_always_fits_the_seven_cell_column(value: int) -> None:
    assert cell_len(compact_count(value)) <= 7


def test_large_counts_read_as_millions() -> None:
    assert compact_count(999_999) == "999,999"
    assert compact_count(1_153_876) == "1.15M"
    assert compact_count(11_538_760) == "11.5M"
    assert compact_count(115_387_600) == "115M"


async def test_hostile_titles_and_a_huge_count_keep_the_columns_aligned(tmp_path: Path) -> None:
    for number, title in enumerate(HOSTILE_TITLES):
        (tmp_path / f"{number}.txt").write_text(
            f"{title}\n\nThe council met on Tuesday. It voted to fund the bridge.\n", "utf-8"
        )
    app = NewsDiffApp([tmp_path])
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        from newsdiff.app.engine import ArticleCounts

        library.set_counts(str(tmp_path / "0.txt"), ArticleCounts(1_153_876, 70_000, 12))
        await pilot.pause()
        table = library.query_one(ArticleTable)
        widths = set()
        for row in range(table.row_count):
            cells = table.get_row_at(row)
            title = str(cells[1])
            assert is_safe(title) and title == cell_text(title)
            widths.add(table.render_line(row + 1).cell_length)
        assert len(widths) == 1
        assert str(table.get_row_at(0)[3]) == "1.15M"


@given(st.text(max_size=80))
def test_a_cell_line_is_the_sanitised_text_on_one_line(text: str) -> None:
    """The shortcut for plain ASCII gives what the sanitiser gives."""
    assert cell_line(text) == " ".join(cell_text(text).split())
