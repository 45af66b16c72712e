"""A comparison as an SVG picture: a terminal rendering of the same aligned rows the app shows.

The app saves Textual's own screenshot instead; this writer serves the CLI (and the app when no
screenshot was passed). The picture is the one Rich would export for a table of the rows (same
window, fonts, colours and layout), but its lines are laid out here and written straight to SVG
(:mod:`newsdiff.export.svg_terminal`): building Rich objects for every row took a second at
2,000 sentences. Article text is never interpreted, so ``[bold]`` in an article stays literal,
and it is escaped for XML.
"""

from __future__ import annotations

import re
import zlib
from datetime import datetime
from functools import lru_cache
from math import ceil
from typing import Any

from rich.cells import cell_len
from rich.console import CONSOLE_SVG_FORMAT
from rich.style import Style

from newsdiff.core.evidence import disagreeing_spans
from newsdiff.core.markers import MARKERS, MOVED_MARKER
from newsdiff.core.models import ComparedArticle, Comparison, Side
from newsdiff.export.common import (
    marker,
    meta_line,
    now_stamp,
    one_line,
    revealed,
    sides,
    split_changed,
)
from newsdiff.export.quotes_view import other_speaker_note, quote_rows, quote_tally, rows_note
from newsdiff.export.svg_terminal import Run, terminal_svg
from newsdiff.export.text import Styled, _fit, _wrap

MARKER_STYLES = {
    "shared": Style(color="#4EBF71", bold=True),
    "paraphrased": Style(color="#FFA62B", bold=True),
    "unique": Style(color="#EC7690", bold=True),
    "conflict": Style(color="#7FBFEF", bold=True, reverse=True),
}
"""Marker colours of Textual's default dark theme ($success, $warning, $error); $error is
lightened (#E0607E → #EC7690) to reach 4.5:1 contrast on the tinted rows
(tests/export/test_export_contrast.py)."""

ROW_STYLES = {
    "shared": Style(),
    "paraphrased": Style(bgcolor="#3B3122"),
    "unique": Style(bgcolor="#3D2329"),
    "conflict": Style(bgcolor="#12283A"),
}
"""Row backgrounds: $warning 10% and $error 12% over the dark surface, as in the app."""

QUOTE_STYLES = {
    "verbatim": MARKER_STYLES["shared"],
    "excerpt": MARKER_STYLES["shared"],
    "altered": MARKER_STYLES["paraphrased"],
    "only here": MARKER_STYLES["unique"],
}
"""Quote statuses in the colours of the labels they resemble."""

CHANGED = Style(bold=True, underline=True, bgcolor="#6A4B1E")
DISAGREE = Style(bold=True, reverse=True, color="#7FBFEF")
BOILERPLATE = Style(dim=True, italic=True)
MUTED = Style(dim=True)


LOCAL_MONOSPACE = (
    '"Fira Code", "JetBrains Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, '
    '"Liberation Mono", monospace'
)
"""The fonts an SVG asks for: whatever monospace font the viewer has, nothing fetched."""

_FONT_FACE = re.compile(r"@font-face\s*\{[^{}]*\}\s*")
_MATRIX_FONT = re.compile(r"font-family:\s*Fira Code,\s*monospace;")


def local_fonts(svg: str) -> str:
    """``svg`` (Rich's or Textual's export) without its web fonts: a local font stack instead.

    Rich's template loads Fira Code from a CDN when the picture is opened; a saved comparison
    must not make a network request (a fact-checker's report may be opened offline, or on a
    machine where a request to a third party is itself a leak).
    """
    svg = _FONT_FACE.sub("", svg)
    return _MATRIX_FONT.sub(f"font-family: {LOCAL_MONOSPACE};", svg)


_TEMPLATE = _MATRIX_FONT.sub(
    f"font-family: {LOCAL_MONOSPACE};",
    re.sub(r"@font-face\s*\{\{[^{}]*\}\}\s*", "", CONSOLE_SVG_FORMAT),
)
"""Rich's picture template (its braces doubled for ``str.format``) with the local fonts."""


def _line(text: str) -> str:
    return one_line(revealed(text))


HEADER = Style(bold=True)
"""Column titles (Rich's ``table.header``)."""


def _sentence_text(
    comparison: Comparison, side: Side, compared: ComparedArticle, index: int
) -> tuple[Styled, Style]:
    """The sentence's text with its emphasis, and its row style."""
    aligned = compared.sentences[index]
    conflict = aligned.label == "conflict"
    style, emphasized = _row_styles(aligned.label, aligned.boilerplate, conflict)
    out = Styled()
    if conflict:
        spans = disagreeing_spans(comparison, side, index)
    else:
        spans = comparison.changed_spans(side, index)
    sentence = aligned.sentence
    if not spans:
        out.append(_line_keep_edges(sentence.text), style)
        return out, style
    for chunk, changed in split_changed(sentence.text, sentence.start, spans):
        out.append(_line_keep_edges(chunk), emphasized if changed else style)
    return out, style


@lru_cache(maxsize=32)
def _row_styles(label: str, boilerplate: bool, conflict: bool) -> tuple[Style, Style]:
    """A row's text style and its emphasized words' style."""
    style = ROW_STYLES[label] + (BOILERPLATE if boilerplate else Style())
    return style, style + (DISAGREE if conflict else CHANGED)


def _line_keep_edges(text: str) -> str:
    """Controls revealed and whitespace runs as one space, keeping an edge space."""
    core = _line(text)
    if not core:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else "")


def _runs(styled: Styled, base: Style | None = None) -> list[Run]:
    """A line's text cut where its styles change (``base`` where none is set)."""
    plain = styled.plain
    if not styled.spans:
        return [(plain, base)] if plain else []
    if _laid_end_to_end(styled.spans, len(plain)):
        return [
            (plain[a:b], span_style if base is None else base + span_style)
            for a, b, span_style in styled.spans
            if b > a
        ]
    edges = sorted(
        {0, len(plain), *(a for a, _, _ in styled.spans), *(b for _, b, _ in styled.spans)}
    )
    runs: list[Run] = []
    for first, last in zip(edges, edges[1:], strict=False):
        if last <= first:
            continue
        style = base
        for a, b, span_style in styled.spans:
            if a <= first and last <= b:
                style = span_style if style is None else style + span_style
        runs.append((plain[first:last], style))
    return runs


def _laid_end_to_end(spans: list[tuple[int, int, Any]], size: int) -> bool:
    """Whether the spans cover ``[0, size)`` one after the other (text made by appending)."""
    done = 0
    for start, end, _style in spans:
        if start != done:
            return False
        done = end
    return done == size


def _padded(runs: list[Run], width: int, style: Style | None = None) -> list[Run]:
    used = sum(_cells(text) for text, _ in runs)
    return [*runs, (" " * (width - used), style)] if used < width else runs


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _paragraph(styled: Styled, width: int, base: Style | None = None) -> list[list[Run]]:
    """``styled`` wrapped at ``width`` as Rich prints a Text: one list of runs per line."""
    return [_runs(line, base) for line in _wrap(styled, width)]


def _table(comparison: Comparison, width: int) -> list[list[Run]]:
    """The aligned rows as Rich draws ``Table(box=SIMPLE_HEAD, expand=True, pad_edge=False,
    show_edge=False)`` with a marker and a text column per side.

    Columns are one space apart and padded one cell on each inner side; the titles (bold,
    wrapped) sit over a rule of ``─``; the text columns share what is left, the left one
    taking the odd cell.
    """
    left, right = comparison.left.article, comparison.right.article
    gutter = number_gutter(comparison)
    flexible = width - 6 - 2 * gutter  # three separators, the gutters and their padding
    left_total = max(3, ceil(flexible / 2))
    left_width, right_width = left_total - 2, max(1, flexible - left_total - 1)
    lines: list[list[Run]] = []

    def assemble(
        cells: list[list[list[Run]]], bottom: bool = False, styles: tuple[Style | None, ...] = ()
    ) -> None:
        height = max(len(cell) for cell in cells)
        if bottom:  # header cells sit on the rule, as Rich aligns them
            cells = [[[]] * (height - len(cell)) + cell for cell in cells]
        for number in range(height):
            out: list[Run] = []
            for column, cell in enumerate(cells):
                size = (gutter, left_width, gutter, right_width)[column]
                content = cell[number] if number < len(cell) else []
                if column:
                    out.append(("  ", None))  # the separator and this cell's left padding
                tint = styles[column] if styles and number < len(cell) else None
                out.extend(_padded(content, size, tint))
                if column < 3:
                    out.append((" ", None))  # right padding
            lines.append(out)

    titles: list[list[list[Run]]] = [
        [[]],
        _paragraph(Styled(_line(left.title)), left_width, HEADER),
        [[]],
        _paragraph(Styled(_line(right.title)), right_width, HEADER),
    ]
    assemble(titles, bottom=True)
    lines.append([("─" * width, None)])
    for row in comparison.rows:
        cells: list[list[list[Run]]] = []
        styles: list[Style | None] = []
        for side, compared in sides(comparison):
            index = row.on(side)
            if index is None:
                cells += [[[]], [[]]]
                styles += [None, None]
                continue
            aligned = compared.sentences[index]
            mark = _fit(Styled(marker(aligned)), 1).plain
            number = f"{index + 1:>{gutter - 2}} "
            cells.append([[(number, MUTED), (mark, MARKER_STYLES[aligned.label])]])
            text, style = _sentence_text(comparison, side, compared, index)
            column_width = left_width if side == "left" else right_width
            cells.append(_paragraph(text, column_width, style) or [[]])
            styles += [None, style]
        assemble(cells, styles=tuple(styles))
    return lines


def number_gutter(comparison: Comparison) -> int:
    """Cells of a side's gutter: the sentence number (from 1, as ``L3`` names it in every other
    view and report), a space and the marker."""
    longest = max(len(comparison.left.sentences), len(comparison.right.sentences), 1)
    return len(str(longest)) + 2


def render_svg(
    comparison: Comparison, *, version: str, width: int = 140, now: datetime | None = None
) -> str:
    """The comparison as an SVG document, ``width`` terminal cells wide."""
    left, right = comparison.left.article, comparison.right.article
    settings = comparison.settings
    header = Styled()
    header.append(_line(left.title), Style(bold=True))
    header.append("  vs  ", MUTED)
    header.append(_line(right.title), Style(bold=True))
    meta = Styled(
        f"{_line(left.path)}  ·  {_line(right.path)}\n"
        + (
            f"{_line(meta_line(left.meta) or '–')}  ·  {_line(meta_line(right.meta) or '–')}\n"
            if left.meta.known or right.meta.known
            else ""
        )
        + f"{now_stamp(now)}  ·  shared ≥ {settings.shared:g}, paraphrase ≥ {settings.paraphrase:g}"
        f"  ·  newsdiff {version}"
    )
    legend = Styled()
    summary = comparison.summary()
    for side, _compared in sides(comparison):
        counts = summary[side]
        legend.append(f"{side.capitalize():<6}")
        for name, symbol in MARKERS.items():
            legend.append(f" {symbol}", MARKER_STYLES[name])
            legend.append(f" {name} {counts[name]} ")
        legend.append(f" {MOVED_MARKER} moved {counts['moved']}\n")
    lines = _paragraph(header, width)
    lines += _paragraph(meta, width, MUTED)
    lines += _paragraph(legend, width)
    lines += _table(comparison, width)
    quotes = quote_rows(comparison)
    if quotes:
        listing = Styled()
        listing.append("\nQuotes\n", Style(bold=True))
        for side, compared in sides(comparison):
            listing.append(f"{side.capitalize()}: {quote_tally(compared)}\n", MUTED)
        listing.append(rows_note(comparison, quotes) + "\n", MUTED)
        for quote_row in quotes:
            match = quote_row.match
            listing.append(f"{quote_row.side:<6} ", MUTED)
            listing.append(f"{match.status:<10} ", QUOTE_STYLES[match.status])
            speaker = _line(match.quote.speaker) if match.quote.speaker else "—"
            listing.append(f"{speaker}: “{_line(match.quote.text)}”\n")
            if match.quote.cue is not None:
                listing.append(f"{'':17}← {_line(match.quote.cue.shown)}\n", MUTED)
            if match.other_speaker is not None:
                note = _line(other_speaker_note(match))
                listing.append(f"{'':17}{note}\n", MARKER_STYLES["conflict"])
        lines += _paragraph(listing, width)
    title = f"newsdiff: {_line(left.title)} vs {_line(right.title)}"
    return terminal_svg(
        lines, width=width, title=title, unique_id=_unique_id(lines, title), template=_TEMPLATE
    )


def _unique_id(lines: list[list[Run]], title: str) -> str:
    """The prefix of the picture's CSS classes, from its text and title (and so its
    thresholds and dates): two pictures inlined in one page keep their own styles."""
    plain = "\n".join("".join(text for text, _ in line) for line in lines)
    return f"terminal-{zlib.adler32((plain + title).encode('utf-8', 'ignore'))}"
