"""How printing commands print: colour or not, and how wide (no Typer here).

Colour follows the habits of git, delta and ripgrep, first rule that applies:

1. ``--color always`` / ``--color never``;
2. ``NO_COLOR`` set and not empty: no colour (https://no-color.org);
3. ``FORCE_COLOR`` set, not empty and not ``0``: colour, even into a pipe (``| less -R``);
4. ``TERM=dumb``: no colour;
5. otherwise colour exactly when stdout is a terminal.

Width: ``--width N``, else ``COLUMNS``, else the terminal's width, else 100 columns (a pipe).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console

PIPE_WIDTH = 100
"""Output width when nothing says otherwise and stdout is not a terminal."""
MIN_WIDTH = 20
MAX_WIDTH = 1000


class ColorMode(StrEnum):
    """``--color`` values."""

    auto = "auto"
    always = "always"
    never = "never"


@dataclass(frozen=True)
class OutputStyle:
    """How to print: with terminal colours or plain, and how many columns wide."""

    color: bool
    width: int


def color_enabled(
    mode: ColorMode | str = ColorMode.auto,
    *,
    stream: TextIO | None = None,
    environ: dict[str, str] | os._Environ[str] | None = None,
) -> bool:
    """Whether to colour output to ``stream`` (stdout by default), by the rules above."""
    env = os.environ if environ is None else environ
    mode = ColorMode(mode)
    if mode is not ColorMode.auto:
        return mode is ColorMode.always
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if env.get("TERM") == "dumb":
        return False
    target = sys.stdout if stream is None else stream
    try:
        return target.isatty()
    except (AttributeError, ValueError):
        return False


def output_width(
    width: int | None = None,
    *,
    stream: TextIO | None = None,
    environ: dict[str, str] | os._Environ[str] | None = None,
) -> int:
    """The width to print at: ``width``, ``$COLUMNS``, the terminal's, or ``PIPE_WIDTH``."""
    from newsdiff.cli.exits import fail

    if width is not None:
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            fail(f"--width: {width} is not between {MIN_WIDTH} and {MAX_WIDTH}")
        return width
    env = os.environ if environ is None else environ
    columns = env.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, min(MAX_WIDTH, int(columns)))
    target = sys.stdout if stream is None else stream
    try:
        if target.isatty():
            import shutil  # a terminal only (shutil imports bz2 and lzma: ~1.5 ms)

            return max(MIN_WIDTH, shutil.get_terminal_size((PIPE_WIDTH, 24)).columns)
    except (AttributeError, ValueError):
        pass
    return PIPE_WIDTH


def console(style: OutputStyle, file: TextIO | None = None) -> Console:
    """A Rich console that prints as ``style`` says: colours or no escape codes at all."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """Rich exits with status 1 when stdout is closed (``| head``); newsdiff exits
            with 141, as documented, through :class:`~newsdiff.cli.exits.StdoutClosed`."""
            from newsdiff.cli.exits import StdoutClosed

            self.quiet = True
            raise StdoutClosed

    return _Console(
        file=file or sys.stdout,
        width=style.width,
        force_terminal=style.color,
        no_color=not style.color,
        color_system="standard" if style.color else None,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )


def file_style(width: int | None = None) -> OutputStyle:
    """How a report written to a ``-o`` file is printed: no colour, and as wide as ``--width``,
    else ``$COLUMNS``, else a pipe (never the terminal's width: the file is not on screen)."""
    import io

    return OutputStyle(color=False, width=output_width(width, stream=io.StringIO()))


def output_style(color: ColorMode | str = ColorMode.auto, width: int | None = None) -> OutputStyle:
    """The colour and width for stdout from ``--color``, ``--width`` and the environment."""
    return OutputStyle(color=color_enabled(color), width=output_width(width))
