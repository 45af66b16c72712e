"""``newsdiff compare --format text``: a readable comparison for a terminal or a pipe.

Two aligned columns when the width allows, otherwise one sentence per block with ``L``/``R``
prefixes. Every sentence carries a gutter marker — ``=`` shared, ``≈`` paraphrased, ``+`` unique,
``↕`` moved — so the meaning survives without colour; with colour, labels are tinted and the
words that differ inside a linked pair are emphasized. Article text passes through
``visible()`` and is never interpreted (no markup, no escapes of its own).

The lines are laid out here, as Rich lays out a grid table (the same column widths, the same
word wrapping, long words folded), but without building Rich objects for every row: a 2,000-
sentence comparison prints in a few hundredths of a second instead of a second. Rich is used
only for its cell widths (wide characters) and, with colour, for the escape codes of a style.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from math import ceil
from typing import Any

from rich.cells import cell_len, chop_cells, set_cell_size

from newsdiff.core.evidence import describe_evidence, disagreeing_spans
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    SIDES,
    ComparedArticle,
    Comparison,
    Side,
    other_side,
    side_letter,
)
from newsdiff.core.sanitize import visible, visible_line
from newsdiff.export.common import CHANGED_STYLE, meta_line, same_text_note, scoring_note
from newsdiff.export.quotes_view import quote_tally

STYLES = {"shared": "green", "paraphrased": "yellow", "conflict": "magenta", "unique": "cyan"}
"""Colour per label (standard terminal colours, readable on dark and light backgrounds)."""
DISAGREE_STYLE = "bold reverse"
"""The words or figures on which two linked sentences disagree (visible without colour too)."""
BOILERPLATE_STYLE = "dim"

DEFAULT_WIDTH = 100
"""Width when the caller names none (the command line passes ``--width``/``$COLUMNS``)."""
TWO_COLUMNS_MIN = 80
"""Narrower than this, the layout is sequential."""
TEXT_GUTTER = 6
"""Cells of a sentence's number and marker (``" 12 =↕"``); wider when numbers need it."""
TAB_SIZE = 8

_BREAK = re.compile(r"[ \t]*\n\s*")
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = re.compile(r"\s+$")


def flowing(text: str) -> tuple[str, list[int]]:
    """``text`` with each hard line break (and the spaces around it) as one space.

    A sentence the source hard-wrapped ("We see an⏎opportunity") reads as one line; the
    layout wraps it again at the output's width. Returns the text and, for every offset of
    ``text`` (and its end), the offset it has in the result, so spans can be carried over.
    """
    if "\n" not in text:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    size = 0
    position = 0
    for match in _BREAK.finditer(text):
        piece = text[position : match.start()]
        where.extend(range(size, size + len(piece)))
        out.append(piece)
        size += len(piece)
        where.extend([size] * (match.end() - match.start()))
        out.append(" ")
        size += 1
        position = match.end()
    piece = text[position:]
    where.extend(range(size, size + len(piece) + 1))
    out.append(piece)
    return "".join(out), where


@dataclass
class Styled:
    """Plain text with styles over character ranges (later ones on top), like Rich's Text.

    A style is a Rich style name here, a ``rich.style.Style`` in the SVG writer.
    """

    plain: str = ""
    spans: list[tuple[int, int, Any]] = field(default_factory=list)

    def append(self, text: str, style: Any = None) -> Styled:
        """Add ``text`` at the end, in ``style``."""
        if style and text:
            self.spans.append((len(self.plain), len(self.plain) + len(text), style))
        self.plain += text
        return self

    def stylize(self, style: Any, start: int = 0, end: int | None = None) -> None:
        """Put ``style`` over ``[start, end)`` (the whole text by default)."""
        end = len(self.plain) if end is None else end
        if end > start:
            self.spans.append((start, end, style))


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _expand_tabs(styled: Styled) -> Styled:
    """Tabs as spaces to the next multiple of :data:`TAB_SIZE` cells, spans carried over."""
    if "\t" not in styled.plain:
        return styled
    out: list[str] = []
    where: list[int] = []
    column = 0
    size = 0
    for char in styled.plain:
        where.append(size)
        if char == "\t":
            spaces = TAB_SIZE - column % TAB_SIZE
            out.append(" " * spaces)
            column += spaces
            size += spaces
        elif char == "\n":  # columns count from the start of each line
            out.append(char)
            column = 0
            size += 1
        else:
            out.append(char)
            column += _cells(char)
            size += 1
    where.append(size)
    spans = [(where[start], where[end], style) for start, end, style in styled.spans]
    return Styled("".join(out), spans)


def _break_offsets(text: str, width: int) -> list[int]:
    """Where Rich breaks ``text`` to fit ``width`` cells (words kept whole, long ones folded)."""
    measure = len if text.isascii() else cell_len
    if measure(text) <= width:
        return []
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        length = measure(word.rstrip())
        if width - offset >= length:
            offset += measure(word)
        elif length > width:
            pieces = chop_cells(word, width=width)
            for number, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if number == len(pieces) - 1:
                    offset = measure(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = measure(word)
    return breaks


def _wrap(styled: Styled, width: int) -> list[Styled]:
    """The lines of ``styled`` at ``width`` cells, as Rich wraps a Text with ``fold``."""
    plain = styled.plain
    if "\n" not in plain and "\t" not in plain and _cells(plain) <= width:
        return [styled]  # one line that fits: nothing to break, crop or expand
    styled = _expand_tabs(styled)
    lines: list[Styled] = []
    start = 0
    for piece in styled.plain.split("\n"):
        end = start + len(piece)
        cuts = [start, *(start + b for b in _break_offsets(piece, width)), end]
        for first, last in zip(cuts, cuts[1:], strict=False):
            text = styled.plain[first:last]
            if len(text) > width:  # trailing spaces past the edge are dropped
                space = _TRAILING_SPACE.search(text)
                if space is not None:
                    text = text[: len(text) - min(len(space.group(0)), len(text) - width)]
            if _cells(text) > width:
                text = set_cell_size(text, width)
            spans = [
                (max(a, first) - first, min(b, first + len(text)) - first, style)
                for a, b, style in styled.spans
                if a < first + len(text) and b > first
            ]
            lines.append(Styled(text, spans))
        start = end + 1
    return lines


def _fit(styled: Styled, width: int) -> Styled:
    """One line cut to ``width`` cells with an ellipsis, as Rich shows a no-wrap cell."""
    if _cells(styled.plain) <= width:
        return styled
    text = set_cell_size(styled.plain, width - 1) + "…"
    spans = [(a, min(b, len(text)), s) for a, b, s in styled.spans if a < len(text)]
    return Styled(text, spans)


class _Painter:
    """Turns styled lines into output: plain text, or text with terminal escape codes."""

    def __init__(self, color: bool) -> None:
        self.color = color
        self._codes: Callable[[tuple[str, ...]], tuple[str, str]] | None = None
        if color:
            self._codes = _escape_codes

    def line(self, styled: Styled, width: int | None = None) -> str:
        """``styled`` padded with spaces to ``width`` cells (when given)."""
        pad = "" if width is None else " " * max(0, width - _cells(styled.plain))
        if self._codes is None or not styled.spans:
            return styled.plain + pad
        plain = styled.plain
        edges = sorted(
            {0, len(plain), *(a for a, _, _ in styled.spans), *(b for _, b, _ in styled.spans)}
        )
        out: list[str] = []
        for first, last in zip(edges, edges[1:], strict=False):
            if last <= first:
                continue
            names = tuple(s for a, b, s in styled.spans if a <= first and last <= b)
            text = plain[first:last]
            if names:
                opening, closing = self._codes(names)
                out.append(f"{opening}{text}{closing}" if opening else text)
            else:
                out.append(text)
        return "".join(out) + pad


@lru_cache(maxsize=64)
def _escape_codes(names: tuple[str, ...]) -> tuple[str, str]:
    """The escape codes that open and close the styles ``names`` (standard 16 colours)."""
    from rich.color import ColorSystem
    from rich.style import Style

    style = Style.combine(Style.parse(name) for name in names)
    codes = style._make_ansi_codes(ColorSystem.STANDARD)
    return (f"\x1b[{codes}m", "\x1b[0m") if codes else ("", "")


def render_text(comparison: Comparison, *, color: bool, width: int | None = None) -> str:
    """The comparison as terminal text; plain (no escape sequences) when ``color`` is False.

    Sentences are numbered from 1, as in the HTML and Markdown reports.
    """
    width = width or DEFAULT_WIDTH
    painter = _Painter(color)
    out: list[str] = [painter.line(line) for line in _wrap(_header(comparison), width)]
    out.append("")
    if width >= TWO_COLUMNS_MIN:
        out.extend(_two_columns(comparison, width, painter))
    else:
        out.extend(painter.line(line) for line in _sequential(comparison, width))
    out.append("")
    if not color:
        return "\n".join(line.rstrip() for line in out)
    return "\n".join(out)


def _header(comparison: Comparison) -> Styled:
    header = Styled()
    for name, side in (("L", comparison.left), ("R", comparison.right)):
        header.append(f"{name}: ", "bold")
        header.append(visible_line(side.article.title), "bold")
        header.append("  (")
        header.append(visible_line(side.article.path))
        header.append(")\n")
        if side.article.meta.known:
            header.append("   " + visible_line(meta_line(side.article.meta)) + "\n", "dim")
        header.append("   " + _counts(side) + "\n")
        header.append("   " + quote_tally(side) + "\n")
    if same_text_note(comparison):
        header.append(same_text_note(comparison) + "\n", "bold")
    header.append(
        f"{MARKERS['shared']} shared  {MARKERS['paraphrased']} paraphrased  "
        f"{MARKERS['conflict']} conflict  {MARKERS['unique']} unique  {MOVED_MARKER} moved  "
        f"{BOILERPLATE_MARKER} site furniture"
        f"  (thresholds: shared {comparison.settings.shared:g},"
        f" paraphrase {comparison.settings.paraphrase:g})",
        "dim",
    )
    # Which context scored the pair: the app weighs words with its whole library, so the
    # same pair can be labelled differently there unless --corpus names the same articles.
    weights = scoring_note(comparison).split(";")[0]  # the meaning signal has its own line
    header.append(f"\nscored with {weights}", "dim")
    meaning = comparison.scoring.meaning
    if meaning != "on":
        header.append(f"\nmeaning signal {meaning}: scores use the words alone", "bold")
    return header


def _counts(side: ComparedArticle) -> str:
    summary = side.summary()
    return (
        f"{summary['shared']} shared, {summary['paraphrased']} paraphrased, "
        f"{summary['conflict']} conflict, {summary['unique']} unique, {summary['moved']} moved"
    )


def _gutter(comparison: Comparison, side: Side, index: int) -> Styled:
    aligned = comparison.aligned(side, index)
    gutter = Styled().append(f"{index + 1:>3} ")
    gutter.stylize("dim", 0, len(gutter.plain) + 2)  # the whole gutter, as Rich joins them
    if aligned.boilerplate:
        return gutter.append(BOILERPLATE_MARKER + " ", BOILERPLATE_STYLE)
    marker = MARKERS[aligned.label] + (MOVED_MARKER if aligned.moved else " ")
    return gutter.append(marker, "bold " + STYLES[aligned.label])


def _sentence_text(comparison: Comparison, side: Side, index: int) -> Styled:
    aligned = comparison.aligned(side, index)
    sentence = aligned.sentence
    shown, where = flowing(visible(sentence.text))
    text = Styled(shown)
    if aligned.boilerplate:
        text.stylize(BOILERPLATE_STYLE)
        return text
    text.stylize(STYLES[aligned.label])
    last = len(where) - 1
    for start, end in comparison.changed_spans(side, index):
        if end > start:
            begin = where[min(max(start - sentence.start, 0), last)]
            text.stylize(CHANGED_STYLE, begin, where[min(max(end - sentence.start, 0), last)])
    for start, end in disagreeing_spans(comparison, side, index):
        if end > start:
            begin = where[min(max(start - sentence.start, 0), last)]
            text.stylize(DISAGREE_STYLE, begin, where[min(max(end - sentence.start, 0), last)])
    links = list(aligned.links)
    if links:
        other = side_letter(other_side(side))
        targets = ",".join(str(link.index + 1) for link in links)
        text.append(f"  [{other}{targets}]", "dim")
    for link in links:
        if link.label == "conflict":
            detail = describe_evidence(link.evidence, side, sentence.text)
            # With several links, say which counterpart disagrees (`≠ R1: figure: …`).
            target = f"{side_letter(other_side(side))}{link.index + 1}: " if len(links) > 1 else ""
            text.append(f"  ≠ {target}{visible_line(detail)}", "bold " + STYLES["conflict"])
    return text


def _gutter_width(comparison: Comparison) -> int:
    """:data:`TEXT_GUTTER`, or more when numbers are long (``1000 =↕``): a marker is never cut."""
    longest = max(len(comparison.left.sentences), len(comparison.right.sentences))
    return max(TEXT_GUTTER, len(str(longest)) + 3)


def _two_columns(comparison: Comparison, width: int, painter: _Painter) -> Iterator[str]:
    """The rows as a grid: gutter, text, gutter, text, one space between columns.

    The two text columns share what the gutters leave, the left one taking the odd cell, as
    Rich's ``Table.grid(padding=(0, 1), expand=True)`` with two ``ratio=1`` columns does.
    """
    gutter = _gutter_width(comparison)
    flexible = width - 2 * (gutter + 1)
    left_width = max(2, ceil(flexible / 2)) - 1
    right_width = max(1, flexible - (left_width + 1))
    blank = Styled()
    for row in comparison.rows:
        cells: list[tuple[list[Styled], list[Styled]]] = []
        for side in SIDES:
            index = row.on(side)
            if index is None:
                cells.append(([blank], [blank]))
                continue
            text_width = left_width if side == "left" else right_width
            cells.append(
                (
                    [_fit(_gutter(comparison, side, index), gutter)],
                    _wrap(_sentence_text(comparison, side, index), text_width),
                )
            )
        height = max(len(cells[0][1]), len(cells[1][1]), 1)
        (left_gutter, left_lines), (right_gutter, right_lines) = cells
        for number in range(height):
            yield " ".join(
                (
                    painter.line(left_gutter[0] if number == 0 else blank, gutter),
                    painter.line(
                        left_lines[number] if number < len(left_lines) else blank, left_width
                    ),
                    painter.line(right_gutter[0] if number == 0 else blank, gutter),
                    painter.line(
                        right_lines[number] if number < len(right_lines) else blank, right_width
                    ),
                )
            )


def _sequential(comparison: Comparison, width: int) -> list[Styled]:
    """One block per row: ``L`` and ``R`` lines, each block followed by a blank line. A long
    sentence wraps under its text, not under the ``L``/``R`` tag (as in the app's one column)."""
    lines: list[Styled] = []
    for row in comparison.rows:
        for side in SIDES:
            index = row.on(side)
            if index is None:
                continue
            prefix = Styled().append(side_letter(side), "bold")
            _join(prefix, _gutter(comparison, side, index))
            prefix.append(" ")
            indent = _cells(prefix.plain)
            body = _wrap(_sentence_text(comparison, side, index), max(1, width - indent))
            for number, piece in enumerate(body):
                line = Styled()
                _join(line, prefix if number == 0 else Styled(" " * indent))
                _join(line, piece)
                lines.append(line)
        lines.append(Styled())
    return lines


def _join(target: Styled, more: Styled) -> None:
    """Append ``more`` (with its styles) to ``target``."""
    offset = len(target.plain)
    target.plain += more.plain
    target.spans.extend((a + offset, b + offset, style) for a, b, style in more.spans)
