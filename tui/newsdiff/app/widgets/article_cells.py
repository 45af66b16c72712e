"""One cell of the article table, drawn as Textual's ``DataTable`` draws a one-line ``Text`` cell.

:func:`cell_segments` makes the same characters and styles without Rich's general rendering
path (most titles); :func:`_rich_cell_segments` takes that path for the rest (spans, tabs, line
breaks, centred text).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from newsdiff.core.sanitize import cell_text
from newsdiff.export.name_cut import cut_end, cut_middle

if TYPE_CHECKING:
    from rich.console import Console

    from newsdiff.core.models import Article

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


def cell_line(text: str) -> str:
    """Article-provided text as a single safe display line whose cell width is unambiguous."""
    if text.isascii() and text.isprintable():  # nothing to make safe (the common case)
        return " ".join(text.split())
    return " ".join(cell_text(text).split())


def distinct_titles(articles: Iterable[Article], width: int) -> dict[str, str]:
    """How to show, in ``width`` cells, the titles (:func:`cell_line`) whose usual cut (the
    end replaced by ``…``) would read as another's: start and end with ``…`` between,
    balanced (``The city …he harbour``), else as little of the start as keeps them apart.

    Three titles at 80 columns read ``The city council app…`` three times (the fourteenth
    trial); the others keep the usual cut (absent from the result)."""
    groups: dict[str, set[str]] = {}
    for article in articles:
        title = cell_line(article.whole_title)
        if title.isascii():  # a cell a character (``cell_line`` made it printable)
            if len(title) > width:
                groups.setdefault(title[: width - 1] + "…", set()).add(title)
        elif (cut := cut_end(title, width)) != title:
            groups.setdefault(cut, set()).add(title)
    shown: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2 or width < 3:
            continue
        even = (width - 1) // 2
        best, apart = even, 0
        for head in (*range(even, -1, -1), *range(even + 1, width - 1)):
            count = len({cut_middle(title, head, width - 1 - head) for title in group})
            if count > apart:
                best, apart = head, count
                if count == len(group):
                    break
        shown.update((title, cut_middle(title, best, width - 1 - best)) for title in group)
    return shown


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
