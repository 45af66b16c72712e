"""``newsdiff list``: the corpus, one row per article (title, words, sentences, quotes, path).

The table and the JSON document are built in :mod:`newsdiff.export.list_report`.

Good files are listed on stdout; each bad input gets one ``error: <path>: <problem>`` line on
stderr. The exit status is 0 when every input loaded, 3 when some were skipped (a stray empty
file in a folder does not stop the listing, and a script still sees it), 2 when nothing loaded.
``--strict`` makes any bad input exit 2 before any output. ``-o FILE`` writes the listing to a
file with ``compare``'s rules (:func:`newsdiff.cli.exits.check_output`), only when something
loaded.
"""

from __future__ import annotations

import io
import sys
from typing import TextIO

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
    max_bytes_option,
    offline_option,
    report_notes,
    skipped_inputs,
)
from newsdiff.cli.exits import check_output, corpus_inputs, file_output, write_report
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
from newsdiff.core.stats import ArticleStats, article_stats
from newsdiff.export.json_export import json_text
from newsdiff.export.list_report import (
    list_to_dict,
    plain_table,
    rich_table,
    stacked_list,
    table_fits,
)


@app.command("list")
def list_command(
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
    """List the articles: title, words, sentences, quotes and path.

    Bad files are reported on stderr, one line each. The exit status is 0 when every input
    loaded, 3 when some were skipped, 2 when none loaded (or, with --strict, any failed).

    \b
    Examples:
      newsdiff list                       # the five bundled articles
      newsdiff list coverage/ extra.txt   # a folder's .txt and .md files, and one more file
      newsdiff list coverage/ -f json     # newsdiff.list/1 for scripts
      newsdiff list coverage/ -o list.json   # to a file; never over one unless --force
      newsdiff list coverage/ --strict    # exit 2, listing nothing, if any file fails
      newsdiff list https://example.org/story page.html --offline   # cached pages only
    """
    offline_option(offline)
    target = file_output(output)
    if target is not None:
        check_output(target, paths or [], force=force)
    chosen = choose_format(fmt, target, tuple(ListingFormat), command="list")
    style = output_style(color, width) if target is None else file_style(width)
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    report_notes(corpus.articles)
    status = skipped_inputs(corpus.errors, strict=strict)
    stats = [article_stats(article) for article in corpus.articles]
    text = ""
    if chosen == ListingFormat.json:
        text = json_text(list_to_dict(stats, corpus.errors))
    elif not stats:
        pass
    elif target is not None and width is not None:  # a file as wide as asked
        buffer = io.StringIO()
        print_rich_table(stats, buffer, style=style)
        text = buffer.getvalue()
    elif target is None and (style.color or sys.stdout.isatty() or width is not None):
        print_rich_table(stats, style=style)  # --width: fit it
    else:
        text = plain_table(stats)
    if target is None:
        sys.stdout.write(text)
    elif stats:  # nothing listed (exit 2): no file is written
        write_report(target, text, force=force, inputs=corpus_inputs(paths, corpus))
    if not stats:
        raise typer.Exit(EXIT_BAD_INPUT)
    if status:
        raise typer.Exit(status)


def print_rich_table(
    stats: list[ArticleStats], file: TextIO | None = None, *, style: OutputStyle | None = None
) -> None:
    """The list as a table sized to the terminal (see ``export.list_report.rich_table``)."""
    printer = console(style or output_style(), file)
    if not table_fits(stats, printer.width):  # a narrow pane: no number is ever cut
        from rich.text import Text

        printer.print(Text("\n").join(stacked_list(stats, printer)), soft_wrap=True)
        return
    printer.print(rich_table(stats, printer.width))
