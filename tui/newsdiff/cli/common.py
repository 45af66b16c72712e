"""Shared pieces of the command line: the Typer app, error exits, options, the crash guard.

Every message about a problem is ONE line on stderr, ``error: <path>: <problem>``, with control
characters, escapes and line breaks from paths or article text shown as visible symbols.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

try:  # Typer ≥ 0.20 vendors Click; older versions depend on it.
    from typer._click import Context
    from typer._click.exceptions import ClickException, NoSuchOption, UsageError
except ImportError:  # pragma: no cover - depends on the installed Typer
    # Same API, distinct classes: mypy sees the installed (vendored) ones above.
    from click import Context  # type: ignore[assignment]
    from click.exceptions import (  # type: ignore[assignment]
        ClickException,
        NoSuchOption,
        UsageError,
    )

from newsdiff import __version__
from newsdiff.cli import exits
from newsdiff.cli.exits import (
    EXIT_BAD_INPUT,
    EXIT_SIGPIPE,
    EXIT_SKIPPED,
    StdoutClosed,
    choose_format,
    encoding_option,
    error_line,
    fail,
    fail_article,
    max_bytes_option,
    offline_option,
    report_errors,
    report_notes,
    skipped_inputs,
)
from newsdiff.core.load import ENCODING_ENV, MAX_BYTES_ENV

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_SIGPIPE",
    "EXIT_SKIPPED",
    "StrictOption",
    "app",
    "choose_format",
    "encoding_option",
    "error_line",
    "fail",
    "fail_article",
    "max_bytes_option",
    "offline_option",
    "report_errors",
    "report_notes",
    "run_guarded",
    "skipped_inputs",
]

ROOT_HELP = """Compare news articles side by side: shared, paraphrased and unique sentences, \
and how quotes change from outlet to outlet.

\b
The app:
  newsdiff                          the app on the five bundled articles
  newsdiff a.txt b.txt folder/      the app on your articles (.txt, .md, .html, folders)
  newsdiff https://… -              web pages (fetched and cached) and standard input
  newsdiff --theme textual-light    any Textual theme (ctrl+t switches while it runs)
  newsdiff folder/ --max-size 20MB --encoding cp1250

\b
Commands, each with examples in its --help:
  newsdiff list folder/                         the articles and their counts
  newsdiff compare a.txt b.txt -o report.html   a comparison in the terminal or a file
  newsdiff quotes folder/                       quotes and how they differ across articles
  newsdiff story folder/                        every claim of the story, outlet by outlet
  newsdiff open saved.json                      reopen a saved comparison in the app

Printing commands take --color auto|always|never (NO_COLOR, FORCE_COLOR and TERM=dumb are
honoured) and --width COLUMNS (else $COLUMNS). Exit status: 0; 2 with one line
"error: <path>: <problem>" on stderr; 3 when list, quotes or story skipped some inputs
(one error line each) and made their output from the rest (--strict: exit 2 instead);
141 when stdout was closed early (| head)."""


class _Commands(TyperGroup):
    """Typer's group of commands, except that a closed stdout (``newsdiff list | head -1``)
    ends with status 141 as documented: Typer catches ``BrokenPipeError`` around the command
    and exits 1 without a word, so it is raised here as :class:`StdoutClosed` instead."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as error:
            raise StdoutClosed from error


app = typer.Typer(
    cls=_Commands,
    add_completion=True,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["--help", "-h"]},
    help=ROOT_HELP,
)


def _plain_placeholders() -> None:
    """Help reads ``compare LEFT RIGHT`` and ``[PATH]...``, not ``{left}`` or ``<list[Path]>``.

    Typer 0.2x prints a required argument as ``{name}`` and adds a type such as ``<path>`` after
    every argument; an argument with a metavar is shown as just that word.
    """
    from typer.core import TyperArgument

    def usage_name(self: TyperArgument) -> str:
        name = self.metavar or self.name.upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 else "")

    original_type = TyperArgument.display_type_rich

    def display_type(self: TyperArgument, ctx: object) -> str | None:
        return None if self.metavar is not None else original_type(self, ctx)  # type: ignore[arg-type]

    if hasattr(TyperArgument, "_usage_display_name"):
        TyperArgument._usage_display_name = usage_name  # type: ignore[method-assign]
        TyperArgument.display_type_rich = display_type  # type: ignore[method-assign,assignment]


_plain_placeholders()


MaxSizeOption = Annotated[
    str | None,
    typer.Option(
        "--max-size",
        metavar="SIZE",
        help=f"Largest article file to read, e.g. 5MB, 500k, 2MiB (default 5MB, "
        f"or ${MAX_BYTES_ENV}).",
        show_default=False,
    ),
]
"""The ``--max-size SIZE`` option; pass its value to :func:`max_bytes_option`."""

EncodingOption = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help=f"Read every article in this encoding (cp1250, utf-8, …) instead of detecting it "
        f"(or ${ENCODING_ENV}).",
        show_default=False,
    ),
]
"""The ``--encoding NAME`` option; pass its value to :func:`encoding_option`."""

OfflineOption = Annotated[
    bool,
    typer.Option(
        "--offline",
        help="Never touch the network: web pages come from the page cache only "
        "(or $NEWSDIFF_OFFLINE=1).",
    ),
]
"""The ``--offline`` flag; pass its value to :func:`offline_option`."""

StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict", help="Exit with status 2, before any output, if any input could not be used."
    ),
]
"""The ``--strict`` flag of the commands over several inputs (see :func:`skipped_inputs`)."""


def version_callback(value: bool) -> None:
    """Print the version for ``--version``."""
    if value:
        print(f"newsdiff {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=version_callback,
        is_eager=True,
        help="Show the version and exit.",
    ),
) -> None:
    """Compare news articles side by side."""


def run_guarded(run: Callable[[], object], args: Sequence[str] = ()) -> None:
    """Run the CLI: usage and input problems print one line, crashes a pointer to a report.

    ``run`` may return an exit status (Click's non-standalone mode does); it becomes the
    process's exit status. Typer's and Click's exits are translated here; the rest is
    :func:`newsdiff.cli.exits.run_guarded`. ``args`` (the command line ``run`` parses) let an
    unknown option that is really a file name (``-dash.txt``) say how to name the file.
    """

    def translated() -> object:
        try:
            status = run()
            if status == 130:  # Typer's answer to Ctrl-C (no command returns it): say it
                raise KeyboardInterrupt
            return status
        except typer.Exit as exit_:
            sys.exit(exit_.exit_code)
        except UsageError as error:
            print(_usage_line(error, args), file=sys.stderr)
            sys.exit(EXIT_BAD_INPUT)
        except ClickException as error:
            print(error_line(error.format_message()), file=sys.stderr)
            sys.exit(error.exit_code)
        except typer.Abort:
            raise KeyboardInterrupt from None

    exits.run_guarded(translated)


def _dash_file_hint(error: UsageError, args: Sequence[str]) -> str:
    """For ``no such option: -d`` when an argument that starts so (``-dash.txt``) names an
    existing file: how to name that file. Click reads ``-dash.txt`` as the options ``-d``,
    ``-a``, …; ``./-dash.txt`` or ``--`` before it (Click's end of options) is a path."""
    if not isinstance(error, NoSuchOption):
        return ""
    for arg in args:
        if arg == "--":
            break
        if arg.startswith(error.option_name) and os.path.lexists(arg):
            return f"; {arg} is a file: name it ./{arg}, or put -- before it"
    return ""


def _usage_line(error: UsageError, args: Sequence[str] = ()) -> str:
    """A Click usage error as one line, with where to find help."""
    message = error.format_message() + _dash_file_hint(error, args)
    message = message[:1].lower() + message[1:]
    message = " ".join(message.split()).rstrip(".")
    # Typer validates choices with pydantic, whose errors read `Value error, 'x' is not …`.
    message = message.replace(": Value error, ", ": ")
    command = error.ctx.command_path if error.ctx is not None else "newsdiff"
    if command.endswith(" ui"):  # `newsdiff PATH…` is the hidden `ui` command
        command = command.removesuffix(" ui")
    return error_line(f"{message} (see '{command} --help')")
