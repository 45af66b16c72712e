"""A comparison as an SVG picture: a Rich rendering of the same aligned rows the app shows.

The app saves Textual's own screenshot instead; this writer serves the CLI (and the app when no
screenshot was passed). Article text goes into Rich ``Text`` objects, never markup, so ``[bold]``
in an article stays literal; Rich escapes the SVG.
"""

from __future__ import annotations

import io
import re
import zlib
from datetime import datetime

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
from newsdiff.export.quotes_view import quote_rows, quote_tally, rows_note
from rich import box
from rich.console import Console, Group
from rich.style import Style
from rich.table import Table
from rich.text import Text

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

STATUS_STYLES = {
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


def _line(text: str) -> str:
    return one_line(revealed(text))


def _sentence_text(
    comparison: Comparison, side: Side, compared: ComparedArticle, index: int
) -> Text:
    aligned = compared.sentences[index]
    style = ROW_STYLES[aligned.label] + (BOILERPLATE if aligned.boilerplate else Style())
    out = Text(style=style)
    spans = comparison.changed_spans(side, index)
    emphasis = CHANGED
    if aligned.label == "conflict":
        spans = disagreeing_spans(comparison, side, index)
        emphasis = DISAGREE
    sentence = aligned.sentence
    for chunk, changed in split_changed(sentence.text, sentence.start, spans):
        out.append(_line_keep_edges(chunk), style + emphasis if changed else style)
    return out


def _line_keep_edges(text: str) -> str:
    """Controls revealed and whitespace runs as one space, keeping an edge space."""
    core = _line(text)
    if not core:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else "")


def render_svg(
    comparison: Comparison, *, version: str, width: int = 140, now: datetime | None = None
) -> str:
    """The comparison as an SVG document, ``width`` terminal cells wide."""
    console = Console(
        record=True,
        width=width,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
    )
    left, right = comparison.left.article, comparison.right.article
    settings = comparison.settings
    header = Text()
    header.append(_line(left.title), Style(bold=True))
    header.append("  vs  ", MUTED)
    header.append(_line(right.title), Style(bold=True))
    meta = Text(
        f"{_line(left.path)}  ·  {_line(right.path)}\n"
        + (
            f"{_line(meta_line(left.meta) or '–')}  ·  {_line(meta_line(right.meta) or '–')}\n"
            if left.meta.known or right.meta.known
            else ""
        )
        + f"{now_stamp(now)}  ·  shared ≥ {settings.shared:g}, paraphrase ≥ {settings.paraphrase:g}"
        f"  ·  newsdiff {version}",
        style=MUTED,
    )
    legend = Text()
    summary = comparison.summary()
    for side, _compared in sides(comparison):
        counts = summary[side]
        legend.append(f"{side.capitalize():<6}")
        for name, symbol in MARKERS.items():
            legend.append(f" {symbol}", MARKER_STYLES[name])
            legend.append(f" {name} {counts[name]} ")
        legend.append(f" {MOVED_MARKER} moved {counts['moved']}\n")
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    gutter = len(str(max(len(comparison.left.sentences), len(comparison.right.sentences), 1)))
    table.add_column("", width=gutter + 2, no_wrap=True)
    table.add_column(Text(_line(left.title)), ratio=1, overflow="fold")
    table.add_column("", width=gutter + 2, no_wrap=True)
    table.add_column(Text(_line(right.title)), ratio=1, overflow="fold")
    for row in comparison.rows:
        cells: list[Text] = []
        for side, compared in sides(comparison):
            index = row.on(side)
            if index is None:
                cells += [Text(""), Text("")]
                continue
            aligned = compared.sentences[index]
            gutter_cell = Text()
            gutter_cell.append(f"{index + 1:>{gutter}} ", MUTED)
            gutter_cell.append(marker(aligned), MARKER_STYLES[aligned.label])
            cells.append(gutter_cell)
            cells.append(_sentence_text(comparison, side, compared, index))
        table.add_row(*cells)
    parts: list[Text | Table] = [header, meta, legend, table]
    quotes = quote_rows(comparison)
    if quotes:
        listing = Text()
        listing.append("\nQuotes\n", Style(bold=True))
        for side, compared in sides(comparison):
            listing.append(f"{side.capitalize()}: {quote_tally(compared)}\n", MUTED)
        listing.append(rows_note(comparison, quotes) + "\n", MUTED)
        for quote_row in quotes:
            match = quote_row.match
            listing.append(f"{quote_row.side:<6} ", MUTED)
            listing.append(f"{match.status:<10} ", STATUS_STYLES[match.status])
            speaker = _line(match.quote.speaker) if match.quote.speaker else "—"
            listing.append(f"{speaker}: “{_line(match.quote.text)}”\n")
            if match.quote.cue is not None:
                listing.append(f"{'':17}← {_line(match.quote.cue.shown)}\n", MUTED)
        parts.append(listing)
    console.print(Group(*parts))
    title = f"newsdiff: {_line(left.title)} vs {_line(right.title)}"
    return local_fonts(console.export_svg(title=title, unique_id=_unique_id(console, title)))


def _unique_id(console: Console, title: str) -> str:
    """The prefix of the picture's CSS classes, from its text, title and thresholds.

    Rich derives it from ``repr`` of every recorded segment, a quarter of the export's time on
    a long comparison; the text and the thresholds (which set the colours) are as distinct.
    """
    plain = console.export_text(clear=False, styles=False)
    return f"terminal-{zlib.adler32((plain + title).encode('utf-8', 'ignore'))}"
