"""Shared pieces of the command line: the Typer app, error exits, options, the crash guard.

Every message about a problem is ONE line on stderr, ``error: <path>: <problem>``, with control
characters, escapes and line breaks from paths or article text shown as visible symbols.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, NoReturn

import typer

try:  # Typer ≥ 0.20 vendors Click; older versions depend on it.
    from typer._click.exceptions import ClickException, UsageError
except ImportError:  # pragma: no cover - depends on the installed Typer
    from click.exceptions import ClickException, UsageError  # type: ignore[no-redef]

from newsdiff import __version__
from newsdiff.core.errors import ArticleError
from newsdiff.core.load import ENCODING_ENV, MAX_BYTES_ENV, parse_size_limit
from newsdiff.core.sanitize import visible_line
from newsdiff.crash import write_crash_report

ROOT_HELP = """Compare news articles side by side: shared, paraphrased and unique sentences, \
and how quotes change from outlet to outlet.

\b
The app:
  newsdiff                          the app on the five bundled articles
  newsdiff a.txt b.txt folder/      the app on your articles (.txt and .md files, folders)
  newsdiff --theme textual-light    any Textual theme (ctrl+t switches while it runs)
  newsdiff folder/ --max-size 20MB --encoding cp1250

\b
Commands, each with examples in its --help:
  newsdiff list folder/                         the articles and their counts
  newsdiff compare a.txt b.txt -o report.html   a comparison in the terminal or a file
  newsdiff quotes folder/                       quotes and how they differ across articles
  newsdiff open saved.json                      reopen a saved comparison in the app

Printing commands take --color auto|always|never (NO_COLOR, FORCE_COLOR and TERM=dumb are
honoured) and --width COLUMNS (else $COLUMNS). Exit status: 0, or 2 with one line
"error: <path>: <problem>" on stderr."""

app = typer.Typer(
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

EXIT_BAD_INPUT = 2
EXIT_SIGPIPE = 141

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


def error_line(message: object) -> str:
    """``error: <message>`` as one terminal-safe line."""
    return f"error: {visible_line(str(message).strip())}"


def fail(message: str) -> NoReturn:
    """Print ``error: <message>`` on stderr as one line and exit with status 2."""
    print(error_line(message), file=sys.stderr)
    raise typer.Exit(EXIT_BAD_INPUT)


def fail_article(error: ArticleError) -> NoReturn:
    """Exit for an unusable input: ``error: <path>: <problem>``."""
    fail(str(error))


def report_errors(errors: Iterable[ArticleError]) -> int:
    """Print one ``error: <path>: <problem>`` line per error on stderr; return how many."""
    count = 0
    for error in errors:
        print(error_line(error), file=sys.stderr)
        count += 1
    return count


def max_bytes_option(value: str | None) -> int | None:
    """The size limit from ``--max-size``, or ``None`` (meaning ``$NEWSDIFF_MAX_BYTES`` or 5 MB)."""
    if value is None:
        return None
    try:
        return parse_size_limit(value)
    except ValueError as error:
        fail(f"--max-size: {error}")


def encoding_option(value: str | None) -> str | None:
    """The checked encoding from ``--encoding``, or ``None`` (``$NEWSDIFF_ENCODING`` or detect)."""
    if value is None:
        return None
    from newsdiff.core.decode import DecodeError, text_encoding

    try:
        return text_encoding(value)
    except DecodeError as error:
        fail(f"--encoding: {error}")


def offline_option(value: bool) -> None:
    """Apply ``--offline`` for this process (the loaders, the app's worker too, read it)."""
    if value:
        from newsdiff.core.web import OFFLINE_ENV

        os.environ[OFFLINE_ENV] = "1"


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


def run_guarded(run: Callable[[], object]) -> None:
    """Run the CLI: usage and input problems print one line, crashes a pointer to a report.

    ``run`` may return an exit status (Click's non-standalone mode does); it becomes the
    process's exit status.
    """
    try:
        result = run()
        _flush_stdout()
    except SystemExit:
        raise
    except typer.Exit as exit_:
        sys.exit(exit_.exit_code)
    except UsageError as error:
        print(_usage_line(error), file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except ClickException as error:
        print(error_line(error.format_message()), file=sys.stderr)
        sys.exit(error.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except ArticleError as error:
        print(error_line(error), file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_SIGPIPE)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        report = write_crash_report()
        name = type(error).__name__
        print(
            error_line(f"unexpected {name}: {' '.join(str(error).split())[:200]}")
            + f" (full report: {report})",
            file=sys.stderr,
        )
        sys.exit(1)
    if isinstance(result, int) and not isinstance(result, bool) and result:
        sys.exit(result)


def _usage_line(error: UsageError) -> str:
    """A Click usage error as one line, with where to find help."""
    message = error.format_message()
    message = message[:1].lower() + message[1:]
    message = " ".join(message.split()).rstrip(".")
    command = error.ctx.command_path if error.ctx is not None else "newsdiff"
    if command.endswith(" ui"):  # `newsdiff PATH…` is the hidden `ui` command
        command = command.removesuffix(" ui")
    return error_line(f"{message} (see '{command} --help')")


def _flush_stdout() -> None:
    """Flush now, so a closed pipe (``newsdiff list | head -1``) is caught here."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_SIGPIPE)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def choose_format(fmt: str | None, output: Path | None, formats: Sequence[str]) -> str:
    """The format: ``--format``, else the output file's extension, else text.

    A ``--format`` that contradicts the file's extension (``-f json -o report.html``), or an
    extension the command cannot write, is refused rather than writing one format under
    another's name.
    """
    from newsdiff.export.render import EXTENSIONS, FORMAT_OF_EXTENSION, format_of_path

    named = None if fmt is None else FORMAT_OF_EXTENSION.get(fmt.lower(), fmt.lower())
    if named is not None and named not in formats:
        fail(f"unknown format {fmt!r}: choose one of {', '.join(formats)}")
    if output is None or str(output) == "-":
        return named or "text"
    implied = format_of_path(output.name)
    if named is not None and implied is not None and named != implied:
        fail(
            f"{output}: --format {named} contradicts the {output.suffix} extension "
            f"(drop --format, or name the file .{EXTENSIONS[named]})"
        )
    if named is None and implied is not None and implied not in formats:
        fail(f"{output}: cannot write {implied} here; choose one of {', '.join(formats)}")
    return named or implied or "text"
