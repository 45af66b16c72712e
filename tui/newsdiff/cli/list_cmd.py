"""``newsdiff list``: the corpus, one row per article (title, words, sentences, quotes, path).

Good files are listed on stdout; each bad input gets one ``error: <path>: <problem>`` line on
stderr. The exit status is 2 when nothing loaded, else 0, as the app opens whatever loaded: a
stray empty file in a folder of articles does not make the whole listing fail. ``--strict``
makes any bad input exit 2 (for scripts that must notice a skipped file).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from newsdiff import __version__
from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    app,
    encoding_option,
    max_bytes_option,
    offline_option,
    report_errors,
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
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import bundled_seeds_dir, load_corpus
from newsdiff.core.sanitize import escape_json_unsafe, visible_line
from newsdiff.core.stats import ArticleStats, article_stats
from newsdiff.core.web import is_url

COLUMNS = ("TITLE", "WORDS", "SENTENCES", "QUOTES", "PATH")
NUMERIC = ("WORDS", "SENTENCES", "QUOTES")
TITLE_MIN_CELLS = 30


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
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with status 2 if any input could not be used.")
    ] = False,
) -> None:
    """List the articles: title, words, sentences, quotes and path.

    Bad files are reported on stderr, one line each. The exit status is 2 when nothing loaded
    (or, with --strict, when anything failed), else 0.

    \b
    Examples:
      newsdiff list                       # the five bundled articles
      newsdiff list coverage/ extra.txt   # a folder's .txt and .md files, and one more file
      newsdiff list coverage/ -f json     # newsdiff.list/1 for scripts
      newsdiff list coverage/ --strict    # exit 2 if any file could not be read
      newsdiff list https://example.org/story page.html --offline   # cached pages only
    """
    offline_option(offline)
    style = output_style(color, width)
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    stats = [article_stats(article) for article in corpus.articles]
    if ListFormat(fmt) is ListFormat.json:
        sys.stdout.write(json_text(list_to_dict(stats, corpus.errors)))
    elif stats:
        if style.color or sys.stdout.isatty():
            print_rich_table(stats, style=style)
        else:
            sys.stdout.write(plain_table(stats))
    failed = report_errors(corpus.errors)
    if not stats or (strict and failed):
        raise typer.Exit(EXIT_BAD_INPUT)


def list_to_dict(
    stats: list[ArticleStats], errors: tuple[ArticleError, ...] | list[ArticleError]
) -> dict[str, object]:
    """The ``newsdiff.list/1`` JSON document."""
    return {
        "schema": "newsdiff.list/1",
        "version": __version__,
        "articles": [item.to_dict() for item in stats],
        "errors": [{"path": error.path, "problem": error.problem} for error in errors],
    }


def json_text(data: object) -> str:
    """Indented JSON, UTF-8 kept readable, but every character a terminal would act on escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return escape_json_unsafe(text) + "\n"


def _cells(item: ArticleStats) -> dict[str, str]:
    return {
        "TITLE": visible_line(item.title),
        "WORDS": str(item.words),
        "SENTENCES": str(item.sentences),
        "QUOTES": str(item.quotes),
        "PATH": visible_line(item.path),
    }


def plain_table(stats: list[ArticleStats]) -> str:
    """Space-aligned columns with a header line: for pipes, files and ``NO_COLOR`` terminals.

    Widths are measured in terminal cells, so wide (CJK, emoji) titles stay aligned; numbers
    are right-aligned; the path comes last so long paths never push columns apart.
    """
    from rich.cells import cell_len

    rows = [dict(zip(COLUMNS, COLUMNS, strict=True))] + [_cells(item) for item in stats]
    widths = {name: max(cell_len(row[name]) for row in rows) for name in COLUMNS}
    lines = []
    for row in rows:
        parts = []
        for name in COLUMNS:
            value = row[name]
            pad = " " * (widths[name] - cell_len(value))
            if name == "PATH":
                parts.append(value)
            elif name in NUMERIC:
                parts.append(pad + value)
            else:
                parts.append(value + pad)
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def display_path(path: str) -> str:
    """A shorter spelling of ``path`` for people: relative to the current folder when inside it,
    ``~`` for the home folder; the bundled articles by file name only.
    """
    if is_url(path) or path == "-":
        return path
    try:
        absolute = Path(path).absolute()
        bundled = bundled_seeds_dir().resolve()
        if absolute.resolve().parent == bundled:
            return absolute.name
        cwd = Path.cwd()
        if absolute.is_relative_to(cwd):
            return str(absolute.relative_to(cwd))
        home = Path.home()
        if absolute.is_relative_to(home):
            return str(Path("~") / absolute.relative_to(home))
    except (OSError, ValueError, RuntimeError):
        pass
    return path


def print_rich_table(
    stats: list[ArticleStats], file: TextIO | None = None, *, style: OutputStyle | None = None
) -> None:
    """A table sized to the terminal; article text goes in as ``Text``, never as markup.

    Numbers are never cut; the path gets all it needs while the title keeps 30 cells (else a
    third of the free width, folded), and the title the rest (cut with ``…``).
    """
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    printer = console(style or output_style(), file)
    rows = [{**_cells(item), "PATH": visible_line(display_path(item.path))} for item in stats]
    widest = {
        name: max([cell_len(name)] + [cell_len(row[name]) for row in rows]) for name in COLUMNS
    }
    gaps = 3 * (len(COLUMNS) - 1)  # padding on both sides and the box's column separator
    free = printer.width - gaps - sum(widest[name] for name in NUMERIC)
    path_width = max(8, min(widest["PATH"], max(free // 3, free - TITLE_MIN_CELLS)))
    title_width = max(8, min(widest["TITLE"], free - path_width))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("TITLE", width=title_width, no_wrap=True, overflow="ellipsis")
    for name in NUMERIC:
        table.add_column(name, justify="right", no_wrap=True, width=widest[name])
    table.add_column("PATH", width=path_width, overflow="fold")
    for row in rows:
        table.add_row(*(Text(row[name]) for name in COLUMNS))
    printer.print(table)
