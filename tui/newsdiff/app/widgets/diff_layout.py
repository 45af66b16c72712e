"""Line layout of the side-by-side view: which screen line shows which part of which sentence.

The layout is pure data computed once per (comparison, width): each row of the comparison gets
``max(wrapped lines of its two cells)`` lines plus a spacer, so both columns always scroll together.
Rendering (``diff_render.py``) only looks lines up here, which keeps long articles fluid.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from newsdiff.core.models import AlignedSentence, Comparison

GUTTER = 2
"""Cells of the marker and a space before each column's text (after the sentence number)."""


def gutter_width(comparison: Comparison) -> int:
    """Cells before each column's text: the sentence number (from 1, as in every report),
    a space, the marker and a space. The number is as wide as the longer article needs."""
    longest = max(len(comparison.left.sentences), len(comparison.right.sentences), 1)
    return len(str(longest)) + 1 + GUTTER


DIVIDER = 3
"""Cells between the two columns: `` │ ``."""

MARGIN = 1
"""Blank cells before the left column (before the ``L``/``R`` tags in the one-column layout),
so a sentence number or tag never touches the terminal's edge (the right column has the
divider's space)."""

SIDE_TAG = 2
"""Cells of the ``L``/``R`` tag and a space before each sentence in the one-column layout."""


@dataclass(frozen=True, slots=True)
class Fold:
    """Rows ``first`` to ``last`` (inclusive) shown as one line saying ``label``."""

    first: int
    last: int
    label: str


_TOKEN = re.compile(r"\S+\s*|\s+")

LineSpan = tuple[int, int]
"""``(start, end)`` offsets into a sentence's text shown on one screen line."""


def wrap_spans(text: str, width: int) -> list[LineSpan]:
    """Greedy word wrap of ``text`` into at most ``width`` cells per line.

    Returns the offsets of each line into ``text``; trailing spaces stay on the line they follow
    and a word longer than ``width`` is cut. Offsets cover ``text`` completely and in order.
    """
    width = max(1, width)
    if not text:
        return [(0, 0)]
    lines: list[LineSpan] = []
    start = 0
    used = 0
    for match in _TOKEN.finditer(text):
        token_start, token_end = match.span()
        word_end = token_start + len(match.group(0).rstrip())
        word_cells = cell_len(text[token_start:word_end])
        if used and used + word_cells > width:
            lines.append((start, token_start))
            start, used = token_start, 0
        position = token_start
        while word_cells > width:
            cut = _cut_to_cells(text, position, width)
            lines.append((start, cut))
            start = position = cut
            word_cells = cell_len(text[position:word_end])
        used += word_cells + (token_end - word_end)
    lines.append((start, len(text)))
    return lines


def _cut_to_cells(text: str, start: int, width: int) -> int:
    """The offset after ``start`` at which ``text`` fills ``width`` cells (at least one char)."""
    cells = 0
    position = start
    while position < len(text):
        cells += cell_len(text[position])
        if cells > width:
            break
        position += 1
    return max(position, start + 1)


@dataclass(frozen=True, slots=True)
class ColumnGeometry:
    """Where each column sits on a line of ``width`` cells."""

    width: int
    left_text: int
    right_text: int
    gutter: int = GUTTER

    one_column: bool = False
    margin: int = 0

    @classmethod
    def single(cls, width: int, gutter: int = GUTTER) -> ColumnGeometry:
        """One column of ``width`` cells: the margin, a side tag, the gutter, then the text."""
        text = max(1, width - MARGIN - SIDE_TAG - gutter)
        return cls(
            width=width,
            left_text=text,
            right_text=text,
            gutter=gutter,
            one_column=True,
            margin=MARGIN,
        )

    @classmethod
    def for_width(cls, width: int, gutter: int = GUTTER) -> ColumnGeometry:
        """Split ``width`` cells into a margin and two equal columns, ``gutter`` cells each, and
        a divider."""
        usable = max(2, width - MARGIN - 2 * gutter - DIVIDER)
        left = usable // 2
        return cls(
            width=width,
            left_text=max(1, left),
            right_text=max(1, usable - left),
            gutter=gutter,
            margin=MARGIN,
        )

    @property
    def right_start(self) -> int:
        """The cell where the right column's gutter starts (0 in the one-column layout)."""
        if self.one_column:
            return 0
        return self.margin + self.gutter + self.left_text + DIVIDER


class DiffLayout:
    """Screen lines of a comparison at one width.

    Attributes:
        comparison: The comparison laid out.
        geometry: The column widths.
        row_top: The first line of each row.
        row_height: The number of text lines of each row (the spacer line excluded).
        left_lines: For each row, the wrapped line spans of the left sentence (empty if none).
        right_lines: Same for the right sentence.
        height: Total number of lines.
        folds: The folded runs of rows; a fold takes one line at the row_top of its first row,
            and every row in it has height 0 (``fold_of`` maps each row to its fold).
        one_column: Each row shows its left sentence, then its right one, under each other.
        extra_gutter: Cells added before each sentence number (the story's ``3/5`` count).
    """

    SPACING = 1

    def __init__(
        self,
        comparison: Comparison,
        width: int,
        *,
        folds: Sequence[Fold] = (),
        one_column: bool = False,
        wraps: dict[tuple[str, int, int], list[LineSpan]] | None = None,
        extra_gutter: int = 0,
    ) -> None:
        self.comparison = comparison
        self.extra_gutter = extra_gutter
        gutter = gutter_width(comparison) + extra_gutter
        self.one_column = one_column
        self.geometry = (
            ColumnGeometry.single(width, gutter)
            if one_column
            else ColumnGeometry.for_width(width, gutter)
        )
        self.folds = tuple(folds)
        self.fold_of: dict[int, Fold] = {}
        for fold in self.folds:
            for number in range(fold.first, fold.last + 1):
                self.fold_of[number] = fold
        left = comparison.left.sentences
        right = comparison.right.sentences
        self.row_top: list[int] = []
        self.row_height: list[int] = []
        self.left_lines: list[list[LineSpan]] = []
        self.right_lines: list[list[LineSpan]] = []
        self.row_of_left: dict[int, int] = {}
        self.row_of_right: dict[int, int] = {}
        top = 0
        for number, row in enumerate(comparison.rows):
            folded = self.fold_of.get(number)
            if folded is not None:
                if row.left is not None:
                    self.row_of_left.setdefault(row.left, number)
                if row.right is not None:
                    self.row_of_right.setdefault(row.right, number)
                self.row_top.append(top)
                self.row_height.append(1 if number == folded.first else 0)
                self.left_lines.append([])
                self.right_lines.append([])
                if number == folded.last:
                    top += 1 + self.SPACING
                continue
            left_spans: list[LineSpan] = []
            right_spans: list[LineSpan] = []
            if row.left is not None and 0 <= row.left < len(left):
                left_spans = _wrapped(wraps, "left", row.left, left, self.geometry.left_text)
                self.row_of_left.setdefault(row.left, number)
            if row.right is not None and 0 <= row.right < len(right):
                right_spans = _wrapped(wraps, "right", row.right, right, self.geometry.right_text)
                self.row_of_right.setdefault(row.right, number)
            if one_column:
                height = max(1, len(left_spans) + len(right_spans))
            else:
                height = max(1, len(left_spans), len(right_spans))
            self.row_top.append(top)
            self.row_height.append(height)
            self.left_lines.append(left_spans)
            self.right_lines.append(right_spans)
            top += height + self.SPACING
        self.height = top

    def locate(self, y: int) -> tuple[int, int] | None:
        """The ``(row, line within row)`` shown on line ``y``; ``None`` past the end."""
        if y < 0 or y >= self.height or not self.row_top:
            return None
        row = bisect_right(self.row_top, y) - 1
        fold = self.fold_of.get(row)
        if fold is not None:
            row = fold.first
        return row, y - self.row_top[row]

    def row_of(self, side: str, index: int) -> int | None:
        """The row showing sentence ``index`` of ``side`` (``"left"`` or ``"right"``)."""
        table = self.row_of_left if side == "left" else self.row_of_right
        row = table.get(index)
        fold = self.fold_of.get(row) if row is not None else None
        return fold.first if fold is not None else row


def _wrapped(
    wraps: dict[tuple[str, int, int], list[LineSpan]] | None,
    side: str,
    index: int,
    sentences: Sequence[AlignedSentence],
    width: int,
) -> list[LineSpan]:
    """The wrapped lines of a sentence, from ``wraps`` (a cache kept across layouts) if given."""
    if wraps is None:
        return wrap_spans(sentences[index].sentence.text, width)
    key = (side, index, width)
    spans = wraps.get(key)
    if spans is None:
        spans = wraps[key] = wrap_spans(sentences[index].sentence.text, width)
    return spans
