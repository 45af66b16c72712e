"""The line layout behind the compare view: wrapping, row heights, lookups."""

from __future__ import annotations

from app_factory import long_pair, sample
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.app.widgets.diff_layout import ColumnGeometry, DiffLayout, wrap_spans
from rich.cells import cell_len

TEXT = st.text(
    alphabet=st.sampled_from(list("abc de fghij  klm.,") + ["漢", "字", "é", "—"]), max_size=200
)


@given(TEXT, st.integers(min_value=1, max_value=60))
def test_wrap_covers_the_text_in_order(text: str, width: int) -> None:
    """Lines are contiguous, start at 0, end at len(text): no character lost or repeated."""
    spans = wrap_spans(text, width)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end == start


@given(TEXT, st.integers(min_value=2, max_value=60))
def test_wrapped_lines_fit_the_width(text: str, width: int) -> None:
    """Every line fits in ``width`` cells once trailing spaces are dropped."""
    for start, end in wrap_spans(text, width):
        assert cell_len(text[start:end].rstrip()) <= width


def test_words_are_not_split_when_they_fit() -> None:
    """A break falls between words."""
    text = "The minister arrived on Monday for talks."
    lines = [text[a:b].rstrip() for a, b in wrap_spans(text, 14)]
    assert lines == ["The minister", "arrived on", "Monday for", "talks."]


def test_row_height_is_the_taller_cell_and_rows_do_not_overlap() -> None:
    """Each row is as tall as its taller cell; rows follow each other with one spacer line."""
    comparison = sample()
    layout = DiffLayout(comparison, 60)
    for number in range(len(comparison.rows)):
        height = layout.row_height[number]
        assert height == max(1, len(layout.left_lines[number]), len(layout.right_lines[number]))
        if number:
            previous = layout.row_top[number - 1] + layout.row_height[number - 1] + 1
            assert layout.row_top[number] == previous
    assert layout.height == layout.row_top[-1] + layout.row_height[-1] + 1


def test_locate_finds_the_row_of_every_line() -> None:
    """locate(y) returns the row whose lines include y, and None past the end."""
    layout = DiffLayout(sample(), 50)
    for number, top in enumerate(layout.row_top):
        assert layout.locate(top) == (number, 0)
        assert layout.locate(top + layout.row_height[number]) == (
            number,
            layout.row_height[number],
        )
    assert layout.locate(layout.height) is None
    assert layout.locate(-1) is None


def test_columns_split_the_width_evenly() -> None:
    """Both text columns get half of what the left margin, gutters and divider leave."""
    for width in (20, 81, 120, 201):
        geometry = ColumnGeometry.for_width(width)
        assert abs(geometry.left_text - geometry.right_text) <= 1
        assert geometry.margin == 1
        assert geometry.left_text + geometry.right_text + 1 + 7 == width


def test_two_thousand_sentences_lay_out() -> None:
    """A 2,000-sentence pair lays out with every sentence on exactly one row."""
    comparison = long_pair(2000)
    layout = DiffLayout(comparison, 100)
    assert sorted(layout.row_of_left) == list(range(2000))
    assert sorted(layout.row_of_right) == list(range(2000))


def test_the_gutter_holds_one_based_numbers_as_wide_as_the_longer_article_needs() -> None:
    """Sentence numbers in the gutter are the reports' numbers (L1 is the first sentence)."""
    from newsdiff.app.widgets.diff_layout import GUTTER, gutter_width

    small = sample()
    longest = max(len(small.left.sentences), len(small.right.sentences))
    assert gutter_width(small) == len(str(longest)) + 1 + GUTTER
    big = long_pair(2000)
    assert gutter_width(big) == len("2000") + 1 + GUTTER
    layout = DiffLayout(big, 120)
    geometry = layout.geometry
    assert geometry.gutter == 7
    assert 1 + 2 * geometry.gutter + geometry.left_text + geometry.right_text + 3 == 120  # margin
