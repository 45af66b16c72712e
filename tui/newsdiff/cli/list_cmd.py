"""``newsdiff list``: the corpus, one row per article (title, words, sentences, quotes, path).

The table and the JSON document are built in :mod:`newsdiff.export.list_report`.

Good files are listed on stdout; each bad input gets one ``error: <path>: <problem>`` line on
stderr. The exit status is 0 when every input loaded, 3 when some were skipped (a stray empty
file in a folder does not stop the listing, and a script still sees it), 2 when nothing loaded.
``--strict`` makes any bad input exit 2 before any output.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated, TextIO

import typer

from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    StrictOption,
    app,
    encoding_option,
    max_bytes_option,
    offline_option,
    report_notes,
    skipped_inputs,
)
from newsdiff.cli.options import (
    ColorMode,
    ColorOption,
    OutputStyle,
    PathsArgument,
    WidthOption,
    console,
    output_style,
)
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.core.stats import ArticleStats, article_stats
from newsdiff.export.json_export import json_text
from newsdiff.export.list_report import list_to_dict, plain_table, rich_table


class ListFormat(StrEnum):
    """Output formats of ``newsdiff list``."""

    text = "text"
    json = "json"


@app.command("list")
def list_command(
    paths: PathsArgument = None,
    fmt: Annotated[
        ListFormat,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="text or json.", case_sensitive=False
        ),
    ] = ListFormat.text,
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
      newsdiff list coverage/ --strict    # exit 2, listing nothing, if any file fails
      newsdiff list https://example.org/story page.html --offline   # cached pages only
    """
    offline_option(offline)
    style = output_style(color, width)
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    report_notes(corpus.articles)
    status = skipped_inputs(corpus.errors, strict=strict)
    stats = [article_stats(article) for article in corpus.articles]
    if ListFormat(fmt) is ListFormat.json:
        sys.stdout.write(json_text(list_to_dict(stats, corpus.errors)))
    elif stats:
        if style.color or sys.stdout.isatty() or width is not None:  # --width: fit it
            print_rich_table(stats, style=style)
        else:
            sys.stdout.write(plain_table(stats))
    if not stats:
        raise typer.Exit(EXIT_BAD_INPUT)
    if status:
        raise typer.Exit(status)


def print_rich_table(
    stats: list[ArticleStats], file: TextIO | None = None, *, style: OutputStyle | None = None
) -> None:
    """The list as a table sized to the terminal (see ``export.list_report.rich_table``)."""
    printer = console(style or output_style(), file)
    printer.print(rich_table(stats, printer.width))
