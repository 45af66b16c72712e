"""One cell of the article table, drawn as Textual's ``DataTable`` draws a one-line ``Text`` cell.

:func:`cell_segments` makes the same characters and styles without Rich's general rendering
path (most titles); :func:`_rich_cell_segments` takes that path for the rest (spans, tabs, line
breaks, centred text).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, chop_cells, get_character_cell_size, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from newsdiff.core.sanitize import cell_text
from newsdiff.export.name_cut import cut_end, cut_middle, cut_start

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
    end replaced by ``…``) would read as another's: their first and last words with ``…``
    between (``The city…for the harbour``), else as little of the start as keeps them apart.

    Three titles at 80 columns read ``The city council app…`` three times (the fourteenth
    trial); cut through their words they read ``The city coun…r the harbour``
    (appfix18): whole words where they keep the titles apart, the cut in a word only for a
    word longer than the room. The others keep the usual cut (absent from the result)."""
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
        titles = sorted(group)
        best = _apart([WordCut(title) for title in titles], width)
        if len(set(best)) < len(titles):  # in characters: when whole words tell fewer apart
            chars = _apart([CharCut(title) for title in titles], width)
            best = chars if len(set(chars)) > len(set(best)) else best
        shown.update(zip(titles, best, strict=True))
    return shown


def _apart(cuts: list[WordCut] | list[CharCut], width: int) -> list[str]:
    """The titles cut to ``width`` cells, keeping the start's room that tells the most apart:
    balanced first, then less of the start, then more."""
    even = (width - 1) // 2
    best: list[str] = []
    for head in (*range(even, -1, -1), *range(even + 1, width - 1)):
        shown = [cut(head, width) for cut in cuts]
        if len(set(shown)) > len(set(best)):
            best = shown
            if len(set(shown)) == len(cuts):
                break
    return best


class CharCut(NamedTuple):
    """A title cut in characters: its first ``head`` cells, ``…``, then its last cells."""

    title: str

    def __call__(self, head: int, width: int) -> str:
        """The title in ``width`` cells."""
        return cut_middle(self.title, head, width - 1 - head)


class WordCut:
    """A title cut between its words: its first words, ``…``, then its last words."""

    def __init__(self, title: str) -> None:
        self.title = title
        measure = len if title.isascii() else cell_len  # ASCII: ``cell_line`` made it printable
        self.cells = measure(title)
        words = title.split(" ")
        self.starts = [" ".join(words[:count]) for count in range(len(words))]
        self.ends = [" ".join(words[len(words) - count :]) for count in range(len(words))]
        self.start_cells = [measure(start) for start in self.starts]
        self.end_cells = [measure(end) for end in self.ends]

    def __call__(self, head: int, width: int) -> str:
        """The title in ``width`` cells: its first words within ``head`` cells, ``…``, then
        its last words in the cells left (``The city…for the harbour``). A first or last word
        longer than its room is cut in characters, never left out for nothing."""
        if self.cells <= width:
            return self.title
        count = bisect_right(self.start_cells, head) - 1
        start, used = self.starts[count], self.start_cells[count]
        if not count and head > 0:
            start = chop_cells(self.title, head)[0]
            used = cell_len(start)
        room = width - 1 - used
        count = bisect_right(self.end_cells, room) - 1
        end = self.ends[count]
        if not count and room > 0:
            end = cut_start(self.title, room + 1)[1:]
        return start + "…" + end


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
