"""``newsdiff compare --format text``: a readable comparison for a terminal or a pipe.

Two aligned columns when the width allows, otherwise one sentence per block with ``L``/``R``
prefixes. Every sentence carries a gutter marker — ``=`` shared, ``≈`` paraphrased, ``+`` unique,
``↕`` moved — so the meaning survives without colour; with colour, labels are tinted and the
words that differ inside a linked pair are emphasized. Article text passes through
``visible()`` and is only ever put into ``rich.text.Text`` (never parsed as markup).
"""

from __future__ import annotations

import io
import re

from newsdiff.core.evidence import describe_evidence, disagreeing_spans
from newsdiff.core.markers import BOILERPLATE_MARKER, MARKERS, MOVED_MARKER
from newsdiff.core.models import (
    SIDES,
    AlignedSentence,
    ComparedArticle,
    Comparison,
    Side,
    other_side,
    side_letter,
)
from newsdiff.core.sanitize import visible, visible_line
from newsdiff.export.common import meta_line, same_text_note, scoring_note
from newsdiff.export.quotes_view import quote_tally
from rich.console import Console
from rich.table import Table
from rich.text import Text

STYLES = {"shared": "green", "paraphrased": "yellow", "conflict": "magenta", "unique": "cyan"}
"""Colour per label (standard terminal colours, readable on dark and light backgrounds)."""
CHANGED_STYLE = "bold underline"
DISAGREE_STYLE = "bold reverse"
"""The words or figures on which two linked sentences disagree (visible without colour too)."""
BOILERPLATE_STYLE = "dim"

DEFAULT_WIDTH = 100
"""Width when the caller names none (the command line passes ``--width``/``$COLUMNS``)."""
TWO_COLUMNS_MIN = 80
"""Narrower than this, the layout is sequential."""

_BREAK = re.compile(r"[ \t]*\n\s*")


def flowing(text: str) -> tuple[str, list[int]]:
    """``text`` with each hard line break (and the spaces around it) as one space.

    A sentence the source hard-wrapped ("We see an⏎opportunity") reads as one line; the
    layout wraps it again at the output's width. Returns the text and, for every offset of
    ``text`` (and its end), the offset it has in the result, so spans can be carried over.
    """
    out: list[str] = []
    where: list[int] = []
    position = 0
    for match in _BREAK.finditer(text):
        for char in text[position : match.start()]:
            where.append(len(out))
            out.append(char)
        where.extend([len(out)] * (match.end() - match.start()))
        out.append(" ")
        position = match.end()
    for char in text[position:]:
        where.append(len(out))
        out.append(char)
    where.append(len(out))
    return "".join(out), where


def render_text(comparison: Comparison, *, color: bool, width: int | None = None) -> str:
    """The comparison as terminal text; plain (no escape sequences) when ``color`` is False.

    Sentences are numbered from 1, as in the HTML and Markdown reports.
    """
    width = width or DEFAULT_WIDTH
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    console.print(_header(comparison))
    console.print(Text(""))
    if width >= TWO_COLUMNS_MIN:
        console.print(_two_columns(comparison, width))
    else:
        for block in _sequential(comparison, console, width):
            console.print(block)
    output = buffer.getvalue()
    if not color:
        output = "\n".join(line.rstrip() for line in output.split("\n"))
    return output


def _header(comparison: Comparison) -> Text:
    header = Text()
    for name, side in (("L", comparison.left), ("R", comparison.right)):
        header.append(f"{name}: ", style="bold")
        header.append(visible_line(side.article.title), style="bold")
        header.append("  (")
        header.append(visible_line(side.article.path))
        header.append(")\n")
        if side.article.meta.known:
            header.append("   " + visible_line(meta_line(side.article.meta)) + "\n", style="dim")
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
        style="dim",
    )
    # Which context scored the pair: the app weighs words with its whole library, so the
    # same pair can be labelled differently there unless --corpus names the same articles.
    weights = scoring_note(comparison).split(";")[0]  # the meaning signal has its own line
    header.append(f"\nscored with {weights}", style="dim")
    meaning = comparison.scoring.meaning
    if meaning != "on":
        header.append(f"\nmeaning signal {meaning}: scores use the words alone", style="bold")
    return header


def _counts(side: ComparedArticle) -> str:
    summary = side.summary()
    return (
        f"{summary['shared']} shared, {summary['paraphrased']} paraphrased, "
        f"{summary['conflict']} conflict, {summary['unique']} unique, {summary['moved']} moved"
    )


def _gutter(aligned: AlignedSentence) -> Text:
    if aligned.boilerplate:
        return Text(BOILERPLATE_MARKER + " ", style=BOILERPLATE_STYLE)
    marker = MARKERS[aligned.label] + (MOVED_MARKER if aligned.moved else " ")
    return Text(marker, style="bold " + STYLES[aligned.label])


def _sentence_text(comparison: Comparison, side: Side, index: int) -> Text:
    aligned = comparison.aligned(side, index)
    sentence = aligned.sentence
    shown, where = flowing(visible(sentence.text))
    text = Text(shown)
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
        text.append(f"  [{other}{targets}]", style="dim")
    for link in links:
        if link.label == "conflict":
            detail = describe_evidence(link.evidence, side, sentence.text)
            # With several links, say which counterpart disagrees (`≠ R1: figure: …`).
            target = f"{side_letter(other_side(side))}{link.index + 1}: " if len(links) > 1 else ""
            text.append(f"  ≠ {target}{visible_line(detail)}", style="bold " + STYLES["conflict"])
    return text


def _cell(comparison: Comparison, side: Side, index: int | None) -> tuple[Text, Text]:
    if index is None:
        return Text(""), Text("")
    number = Text(f"{index + 1:>3} ", style="dim")
    aligned = comparison.aligned(side, index)
    return number + _gutter(aligned), _sentence_text(comparison, side, index)


def _two_columns(comparison: Comparison, width: int) -> Table:
    table = Table.grid(padding=(0, 1), expand=True)
    table.add_column(no_wrap=True, width=6)
    table.add_column(ratio=1, overflow="fold")
    table.add_column(no_wrap=True, width=6)
    table.add_column(ratio=1, overflow="fold")
    for row in comparison.rows:
        left_gutter, left_text = _cell(comparison, "left", row.left)
        right_gutter, right_text = _cell(comparison, "right", row.right)
        table.add_row(left_gutter, left_text, right_gutter, right_text)
    return table


def _sequential(comparison: Comparison, console: Console, width: int) -> list[Text]:
    """A long sentence wraps under its text, after the ``L``/``R`` tag and gutter."""
    blocks: list[Text] = []
    for row in comparison.rows:
        block = Text()
        for side in SIDES:
            index = row.on(side)
            if index is None:
                continue
            gutter, body = _cell(comparison, side, index)
            prefix = Text()
            prefix.append(side_letter(side), style="bold")
            prefix.append_text(gutter)
            prefix.append(" ")
            indent = prefix.cell_len
            for number, line in enumerate(body.wrap(console, max(1, width - indent), tab_size=8)):
                block.append_text(prefix if number == 0 else Text(" " * indent))
                block.append_text(line)
                block.append("\n")
        blocks.append(block)
    return blocks
