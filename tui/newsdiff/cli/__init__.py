"""The ``newsdiff`` command line (Typer).

``newsdiff [PATH…]`` opens the app; ``list``, ``compare``, ``quotes`` and ``open`` are subcommands.
The app is imported lazily so the non-interactive commands never load Textual.
"""

from __future__ import annotations

import sys

# Importing the command modules registers their commands on ``app``.
from newsdiff.cli import compare_cmd, list_cmd, open_cmd, quotes_cmd, ui_cmd  # noqa: E402,F401
from newsdiff.cli.common import app, run_guarded

SUBCOMMANDS = {"list", "compare", "quotes", "open", "ui"}
ROOT_OPTIONS = {"--help", "-h", "--version"}


def route_arguments(argv: list[str]) -> list[str]:
    """Turn ``newsdiff PATH…`` into ``newsdiff ui PATH…``; leave subcommands and options alone.

    A first argument that names a subcommand is the subcommand; to open a file called ``list``,
    write ``./list`` or ``newsdiff -- list``.
    """
    if not argv:
        return ["ui"]
    first = argv[0]
    if first in SUBCOMMANDS or first in ROOT_OPTIONS:
        return argv
    return ["ui", *argv]


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: one line on stderr and exit 2 for any usage or input problem."""
    args = route_arguments(list(sys.argv[1:] if argv is None else argv))
    run_guarded(lambda: app(args=args, prog_name="newsdiff", standalone_mode=False))
