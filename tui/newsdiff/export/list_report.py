"""The ``newsdiff list`` report: one row per article (title, words, sentences, quotes, path).

:func:`plain_table` for pipes and files, :func:`rich_table` for a terminal (Rich imported only
there), :func:`list_to_dict` for ``newsdiff.list/1`` JSON. Article text is only ever shown through
``visible_line`` and Rich ``Text`` (never markup).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsdiff import __version__
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import bundled_seeds_dir
from newsdiff.core.path_names import typable_path
from newsdiff.core.sanitize import visible_line
from newsdiff.core.stats import ArticleStats
from newsdiff.core.web import is_url

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

LIST_SCHEMA = "newsdiff.list/1"
"""The schema name of the ``newsdiff list --format json`` document."""

LIST_COLUMNS = ("TITLE", "WORDS", "SENTENCES", "QUOTES", "PATH")
"""The table's columns, left to right."""
NUMERIC_COLUMNS = ("WORDS", "SENTENCES", "QUOTES")
"""Right-aligned columns, never cut."""
TITLE_MIN_CELLS = 30
"""Cells the title keeps before the path may take more of a narrow terminal."""
TITLE_MIN_FOR_NAMES = 20
"""Cells the title keeps when the path takes more so that no file or folder name is cut.
Below 80 columns the title gives way further (to ``TITLE_LEAST``) when that makes every name
whole: a name cut with ``…`` cannot be typed or copied, a short title is still told apart by
its whole file name. When even that cannot make the names whole, the title keeps its 20."""
TITLE_LEAST = 8
"""Cells the title keeps however narrow the table (a word and ``…``)."""
GAP = 2
"""Cells between two columns (as in the plain table)."""


def list_to_dict(
    stats: list[ArticleStats], errors: tuple[ArticleError, ...] | list[ArticleError]
) -> dict[str, object]:
    """The ``newsdiff.list/1`` JSON document."""
    return {
        "schema": LIST_SCHEMA,
        "version": __version__,
        "articles": [item.to_dict() for item in stats],
        "errors": [{"path": error.path, "problem": error.problem} for error in errors],
    }


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

    rows = [dict(zip(LIST_COLUMNS, LIST_COLUMNS, strict=True))] + [_cells(item) for item in stats]
    widths = {name: max(cell_len(row[name]) for row in rows) for name in LIST_COLUMNS}
    lines = []
    for row in rows:
        parts = []
        for name in LIST_COLUMNS:
            value = row[name]
            pad = " " * (widths[name] - cell_len(value))
            if name == "PATH":
                parts.append(value)
            elif name in NUMERIC_COLUMNS:
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
            return typable_path(absolute.relative_to(cwd))
        home = Path.home()
        if absolute.is_relative_to(home):
            return str(Path("~") / absolute.relative_to(home))
    except (OSError, ValueError, RuntimeError):
        pass
    return path


def rich_table(stats: list[ArticleStats], width: int) -> Table:
    """A table ``width`` cells wide; article text goes in as ``Text``, never as markup.

    Numbers are never cut; the path gets all it needs while the title keeps 30 cells (else a
    third of the free width, and its longest folder or file name while the title keeps 20, or
    8 below 80 columns if every name is then whole), the columns two cells apart,
    broken after a ``/``; the title the rest (cut with ``…``). A name longer than the path's
    room (a narrow terminal) is cut with ``…`` where that keeps the names apart, as the library's
    File column and the story's key are (:mod:`newsdiff.export.name_cut`).
    """
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    from newsdiff.export.name_cut import cut_head, cut_middle

    rows = [{**_cells(item), "PATH": visible_line(display_path(item.path))} for item in stats]
    widest = {
        name: max([cell_len(name)] + [cell_len(row[name]) for row in rows]) for name in LIST_COLUMNS
    }
    gaps = GAP * (len(LIST_COLUMNS) - 1)  # a cell of padding and the box's column separator
    free = width - gaps - sum(widest[name] for name in NUMERIC_COLUMNS)
    path_width = max(8, min(widest["PATH"], max(free // 3, free - TITLE_MIN_CELLS)))
    longest_name = max(
        (cell_len(part) for row in rows for part in _path_parts(row["PATH"])), default=0
    )
    if path_width < longest_name:  # a name cut can be neither typed nor copied
        if width < 80 and longest_name <= free - TITLE_LEAST:
            path_width = longest_name  # every name whole, the title short
        else:
            path_width = max(path_width, min(longest_name, free - TITLE_MIN_FOR_NAMES))
    title_width = max(TITLE_LEAST, min(widest["TITLE"], free - path_width))
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, GAP - 1, 0, 0),
        header_style="bold",
    )
    table.add_column("TITLE", width=title_width, no_wrap=True, overflow="ellipsis")
    for name in NUMERIC_COLUMNS:
        table.add_column(name, justify="right", no_wrap=True, width=widest[name])
    table.add_column("PATH", width=path_width, overflow="fold")
    lines = {row["PATH"]: _path_lines(row["PATH"], path_width) for row in rows}
    names = [path[-1] for path in lines.values()]  # the file names decide, not their folders
    head = cut_head(names, path_width)
    head = path_width - 1 if head is None else head
    for row in rows:
        shown = [cut_middle(line, head, path_width - 1 - head) for line in lines[row["PATH"]]]
        cells = {**row, "PATH": "\n".join(shown)}
        table.add_row(*(Text(cells[name]) for name in LIST_COLUMNS))
    return table


def table_fits(stats: list[ArticleStats], width: int) -> bool:
    """Whether :func:`rich_table` can be ``width`` cells wide with every number whole: the
    numbers, the title's least, eight cells of path and the gaps. Narrower, Rich cut the
    numbers (``411`` became ``4…``) or left a column out; :func:`stacked_list` is used."""
    from rich.cells import cell_len

    rows = [_cells(item) for item in stats]
    numbers = sum(
        max([cell_len(name)] + [cell_len(row[name]) for row in rows]) for name in NUMERIC_COLUMNS
    )
    return width >= TITLE_LEAST + numbers + 8 + GAP * (len(LIST_COLUMNS) - 1)


def stacked_list(stats: list[ArticleStats], printer: Console) -> list[Text]:
    """The list for a terminal too narrow for the table, as rows of at most the printer's
    width: each article's title (wrapped), then its counts and its path, indented two cells;
    the counts break after a comma, the path after a ``/``; nothing is cut."""
    from rich.cells import cell_len
    from rich.text import Text

    width = printer.width
    rows: list[Text] = []
    for item in stats:
        rows.extend(Text(visible_line(item.title), "bold").wrap(printer, width, overflow="fold"))
        counts = [
            f"{count} {noun}" if count == 1 else f"{count} {noun}s"
            for count, noun in (
                (item.words, "word"),
                (item.sentences, "sentence"),
                (item.quotes, "quote"),
            )
        ]
        line = "  " + ", ".join(counts)
        if cell_len(line) > width:
            rows.extend(Text(f"  {count}") for count in counts)
        else:
            rows.append(Text(line))
        path = visible_line(display_path(item.path))
        for part in _path_lines(path, max(1, width - 2)):
            rows.extend(Text(f"  {part}").wrap(printer, width, overflow="fold"))
    for row in rows:
        row.rstrip()
    return rows


def _path_parts(path: str) -> list[str]:
    """``path`` cut after each ``/``: the places a long path may break between lines."""
    parts = path.split("/")
    return [part + "/" for part in parts[:-1]] + [parts[-1]]


def _path_lines(path: str, width: int) -> list[str]:
    """``path`` in lines of at most ``width`` cells, broken after a ``/`` (a part longer than
    ``width`` is left for the table to fold)."""
    from rich.cells import cell_len

    lines = [""]
    for part in _path_parts(path):
        if lines[-1] and cell_len(lines[-1]) + cell_len(part) > width:
            lines.append("")
        lines[-1] += part
    return lines
