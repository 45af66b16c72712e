"""The ``--color`` and ``--width`` options every printing command shares, for Typer.

What they mean (colour rules, widths) is in :mod:`newsdiff.cli.output`, which needs no Typer.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from newsdiff.cli.exits import output_path
from newsdiff.cli.output import (
    MAX_WIDTH,
    MIN_WIDTH,
    PIPE_WIDTH,
    ColorMode,
    OutputStyle,
    color_enabled,
    console,
    file_style,
    output_style,
    output_width,
)

__all__ = [
    "MAX_WIDTH",
    "MIN_WIDTH",
    "PIPE_WIDTH",
    "ColorMode",
    "ColorOption",
    "ListingFormat",
    "ListingFormatOption",
    "ListingOutputOption",
    "OutputStyle",
    "PathsArgument",
    "WidthOption",
    "color_enabled",
    "console",
    "file_style",
    "output_option",
    "output_style",
    "output_width",
]

PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH",
        help="Article files or folders, http(s):// URLs, or - for standard input "
        "(default: the five bundled articles).",
        show_default=False,
    ),
]
"""Zero or more article paths, URLs or ``-``: ``[PATH]...`` in the usage line (strings, so
``https://`` keeps its two slashes)."""

ColorOption = Annotated[
    ColorMode,
    typer.Option(
        "--color",
        metavar="WHEN",
        help="auto, always or never. auto colours a terminal only and honours NO_COLOR, "
        "FORCE_COLOR and TERM=dumb; always keeps colour through a pipe (less -R).",
        case_sensitive=False,
    ),
]
"""The ``--color auto|always|never`` option; pass its value to :func:`output_style`."""

WidthOption = Annotated[
    int | None,
    typer.Option(
        "--width",
        metavar="COLUMNS",
        help="Output width in columns (default: $COLUMNS, else the terminal's width, "
        f"else {PIPE_WIDTH} when piped).",
        show_default=False,
    ),
]
"""The ``--width N`` option; pass its value to :func:`output_style`."""


def output_option(extensions: str, *, parse: bool = True) -> Any:
    """The ``-o/--output FILE`` option (Typer's ``OptionInfo``) of a command that writes a report,
    whose format ``extensions`` (".html, .json") name; checked by :func:`output_path` (with
    ``parse=False`` the command passes the string to ``exits.file_output``: a ``parser`` makes
    Typer build its Pydantic adapters, ~70 ms, on every run of the command)."""
    return typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        parser=output_path if parse else None,
        help=f"Write to FILE instead of stdout; its extension ({extensions}) picks the format.",
    )


class ListingFormat(StrEnum):
    """Output formats of ``newsdiff list`` and ``newsdiff quotes``."""

    text = "text"
    json = "json"


ListingFormatOption = Annotated[
    ListingFormat | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="text or json (default: from the -o file's extension, else text).",
        case_sensitive=False,
        show_default=False,
    ),
]
"""``-f text|json`` of ``list`` and ``quotes``; pass it to ``choose_format`` with ``-o``."""

ListingOutputOption = Annotated[str | None, output_option(".json, .txt", parse=False)]
"""``-o FILE`` of ``list`` and ``quotes`` (text or JSON), with ``compare``'s rules: see
:func:`newsdiff.cli.exits.check_output` and :func:`newsdiff.cli.exits.write_report`."""
