"""The ``--color`` and ``--width`` options every printing command shares, for Typer.

What they mean (colour rules, widths) is in :mod:`newsdiff.cli.output`, which needs no Typer.
"""

from __future__ import annotations

from typing import Annotated

import typer

from newsdiff.cli.output import (
    MAX_WIDTH,
    MIN_WIDTH,
    PIPE_WIDTH,
    ColorMode,
    OutputStyle,
    color_enabled,
    console,
    output_style,
    output_width,
)

__all__ = [
    "MAX_WIDTH",
    "MIN_WIDTH",
    "PIPE_WIDTH",
    "ColorMode",
    "ColorOption",
    "OutputStyle",
    "PathsArgument",
    "WidthOption",
    "color_enabled",
    "console",
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
