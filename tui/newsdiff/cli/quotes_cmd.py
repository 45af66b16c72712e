"""``newsdiff quotes``: quotes per article and quote groups across articles.

The report itself is built in :mod:`newsdiff.export.quotes_report`; this module reads the
options, loads the articles and prints it: styles only on a terminal (or with ``--color
always``), otherwise plain with changed words in ``[…]``. ``-o FILE`` writes it to a file with
``compare``'s rules (:func:`newsdiff.cli.exits.check_output`), only when something loaded.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

import typer

from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    StrictOption,
    app,
    choose_format,
    encoding_option,
    fail,
    max_bytes_option,
    offline_option,
    report_notes,
    skipped_inputs,
)
from newsdiff.cli.exits import check_output, corpus_inputs, file_output, note_line, write_report
from newsdiff.cli.options import (
    ColorMode,
    ColorOption,
    ListingFormat,
    ListingFormatOption,
    ListingOutputOption,
    OutputStyle,
    PathsArgument,
    WidthOption,
    console,
    file_style,
    output_style,
)
from newsdiff.cli.thresholds import ForceOption
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.export.json_export import json_text
from newsdiff.export.quotes_report import (
    Line,
    build_report,
    plain_text,
    report_lines,
    report_to_dict,
    styled_lines,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


def print_rich(lines: Sequence[Line], style: OutputStyle | None = None) -> None:
    """The report with styles (Rich ``Text``, never markup), wrapped as :func:`print_wrapped`
    wraps the plain one.

    Without ``style``, Rich decides from the environment (``NO_COLOR`` drops colours and keeps
    bold and underline).
    """
    from rich.console import Console
    from rich.text import Text

    printer = (
        Console(highlight=False, markup=False, emoji=False) if style is None else console(style)
    )
    rows = [row for text in styled_lines(lines) for row in hanging_rows(text, printer)]
    printer.print(Text("\n").join(rows), soft_wrap=True)


def print_wrapped(text: str, style: OutputStyle, file: TextIO | None = None) -> None:
    """Plain ``text`` wrapped to the style's width, each wrapped line indented two cells past
    the indent of its own line (so a continuation never reads as the next entry)."""
    from rich.text import Text

    printer = console(style, file)
    rows = [row for line in text.splitlines() for row in hanging_rows(Text(line), printer)]
    printer.print(Text("\n").join(rows), soft_wrap=True)


def hanging_rows(line: Text, printer: Console) -> list[Text]:
    """``line`` wrapped to the printer's width, styles kept, each row after the first indented
    two cells past the line's own indent (none when that leaves under 20 cells)."""
    from rich.text import Text

    plain = line.plain
    indent = len(plain) - len(plain.lstrip(" ")) + 2
    if printer.width <= indent + 20:
        indent = 0
    first, *rest = line.wrap(printer, printer.width, overflow="fold") or [Text()]
    rows = [first]
    if rest:
        for row in rest:
            row.rstrip()  # the space a row broke at, which the join puts back once
        body = Text(" ").join(rest)
        wrapped = body.wrap(printer, printer.width - indent, overflow="fold")
        rows.extend(Text.assemble(" " * indent, row) for row in wrapped)
    for row in rows:
        row.rstrip()
    return rows


ONE_FILE_NAMED_TWICE = "every path named is this one file, read once: nothing to compare it with"
"""The note when the paths given to ``quotes`` are all one article."""


@app.command("quotes")
def quotes_command(
    paths: PathsArgument = None,
    fmt: ListingFormatOption = None,
    output: ListingOutputOption = None,
    force: ForceOption = False,
    color: ColorOption = ColorMode.auto,
    width: WidthOption = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
    offline: OfflineOption = False,
    strict: StrictOption = False,
) -> None:
    """Quotes per article, and which are verbatim, altered or only in one article.

    Bad files are reported on stderr, one line each; the good ones are still reported. The exit
    status is 0 when every input loaded, 3 when some were skipped, 2 when none loaded (or, with
    --strict, any failed).
    Without colour, changed words are shown in [brackets].

    \b
    Examples:
      newsdiff quotes                        # the five bundled articles
      newsdiff quotes coverage/              # every article in a folder
      newsdiff quotes a.txt b.txt -f json    # newsdiff.quotes/2 for scripts
      newsdiff quotes coverage/ -o quotes.txt   # to a file; never over one unless --force
      newsdiff quotes coverage/ --color always | less -R
    """
    offline_option(offline)
    target = file_output(output)
    if target is not None:
        check_output(target, paths or [], force=force)
    chosen = choose_format(fmt, target, tuple(ListingFormat), command="quotes")
    style = output_style(color, width) if target is None else file_style(width)
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    report_notes(corpus.articles)
    if len(corpus.articles) == 1 and len(paths or []) > 1 and not corpus.errors:
        # The loader reads a file named twice once: say why the report has nothing to compare.
        print(note_line(corpus.articles[0].path, ONE_FILE_NAMED_TWICE), file=sys.stderr)
    status = skipped_inputs(corpus.errors, strict=strict)
    report = build_report(corpus.articles)
    text = ""
    if chosen == ListingFormat.json:
        text = json_text(report_to_dict(report, corpus.errors))
    elif corpus.articles:
        lines = report_lines(report)
        if style.color:
            print_rich(lines, style)
        elif width is not None:  # --width into a pipe or a file: fit it, as a terminal does
            buffer = io.StringIO() if target is not None else None
            print_wrapped(plain_text(lines), style, buffer)
            text = buffer.getvalue() if buffer is not None else ""
        else:
            text = plain_text(lines)
    if target is None:
        sys.stdout.write(text)
    elif corpus.articles:  # nothing loaded (exit 2): no file is written
        write_report(target, text, force=force, inputs=corpus_inputs(paths, corpus))
    if not corpus.articles:
        if not corpus.errors:
            fail("no articles found")
        raise typer.Exit(EXIT_BAD_INPUT)
    if status:
        raise typer.Exit(status)
