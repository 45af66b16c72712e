"""One cell of the article table, drawn as Textual's ``DataTable`` draws a one-line ``Text`` cell.

:func:`cell_segments` makes the same characters and styles without Rich's general rendering
path (most titles); :func:`_rich_cell_segments` takes that path for the rest (spans, tabs, line
breaks, centred text).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console

CELL_PADDING = 1
"""Blank cells on each side of every cell, as in Textual's ``DataTable``."""


class Column(NamedTuple):
    """One column: its key, its header label and its content width in cells (no padding)."""

    key: str
    label: Text
    width: int

    @property
    def render_width(self) -> int:
        """Cells the column takes on screen, padding included."""
        return self.width + 2 * CELL_PADDING


OUTSIDE_META = Style.from_meta({"out_of_bounds": True})
"""The meta of the blank right of the table (as ``DataTable`` marks it)."""


@lru_cache(maxsize=64)
def column_meta(index: int) -> Style:
    """A style holding only the column index (made once: ``Style.from_meta`` is slow)."""
    return Style.from_meta({"column": index})


_ONE_CELL: dict[str, bool] = {}
"""Whether a character takes exactly one cell (no wide, zero-width or combining character)."""


def _one_cell_each(text: str) -> bool:
    """Whether every character of ``text`` takes one cell, so cells are characters: Rich then
    measures ``text`` as ``len(text)`` and cuts it at a character. Most titles qualify, curly
    quotes and dashes included, which Rich measures character by character."""
    known = _ONE_CELL
    for char in set(text):
        one = known.get(char)
        if one is None:
            one = known[char] = get_character_cell_size(char) == 1
        if not one:
            return False
    return True


def cell_segments(console: Console, cell: Text, width: int, style: Style) -> list[Segment]:
    """A one-line ``Text`` cell padded to ``width`` + 2 cells, under ``style``.

    The same characters and styles as ``DataTable`` draws for a ``Text`` cell of a one-line row
    (``Styled(Padding(cell, (0, 1)), style)`` rendered at that width without wrapping:
    justified, cut with ``…`` or cropped as the text's ``overflow`` says), without Rich's
    general rendering path. Texts with spans, tabs or line breaks take that path unchanged.
    """
    plain = cell.plain
    if cell._spans or "\t" in plain or "\n" in plain or width < 1:
        return _rich_cell_segments(console, cell, width, style)
    justify = cell.justify or "default"
    overflow = cell.overflow or "fold"
    if justify not in ("default", "left", "right"):
        return _rich_cell_segments(console, cell, width, style)
    if justify == "right":
        plain = plain.rstrip()
    narrow = _one_cell_each(plain)
    length = len(plain) if narrow else cell_len(plain)
    if overflow != "ignore" and length > width:
        if narrow:
            plain = plain[: width - 1] + "…" if overflow == "ellipsis" else plain[:width]
            length = width
        else:
            plain = (
                set_cell_size(plain, width - 1) + "…"
                if overflow == "ellipsis"
                else set_cell_size(plain, width)
            )
            length = cell_len(plain)
    if justify == "right" and length < width:
        plain = " " * (width - length) + plain
        length = width
    elif justify == "left" and overflow != "ignore" and length < width:
        plain += " " * (width - length)
        length = width
    if length > width:  # "ignore" overflow: cropped by the cell
        plain = set_cell_size(plain, width)
        length = width
    text_style = style + console.get_style(cell.style) if cell.style else style
    pad = " " * CELL_PADDING
    fill = " " * (width - length) if length < width else ""
    if text_style == style:  # one run of one style: the segment ``Strip.simplify`` would make
        return [Segment(pad + plain + fill + pad, style)]
    segments = [Segment(pad, style), Segment(plain, text_style)]
    if fill:
        segments.append(Segment(fill, style))
    segments.append(Segment(pad, style))
    return segments


def _rich_cell_segments(console: Console, cell: Text, width: int, style: Style) -> list[Segment]:
    """``cell_segments`` through Rich's general path (what ``DataTable`` does for any cell)."""
    from rich.padding import Padding
    from textual.renderables.styled import Styled

    options = console.options.update_dimensions(width + 2 * CELL_PADDING, 1).update(no_wrap=True)
    lines = console.render_lines(
        Styled(Padding(cell, (0, CELL_PADDING)), pre_style=style, post_style=Style.null()),
        options,
    )
    return lines[0]
