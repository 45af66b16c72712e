"""Shared pieces of the command line: the Typer app, error exits, options, the crash guard.

Every message about a problem is ONE line on stderr, ``error: <path>: <problem>``, with control
characters, escapes and line breaks from paths or article text shown as visible symbols.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
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

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["--help", "-h"]},
    help="Compare news articles side by side: shared, paraphrased and unique sentences, "
    "and how quotes change from outlet to outlet.\n\n"
    "Run `newsdiff` for the app on the bundled articles, or `newsdiff PATH…` on yours.",
)

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


def version_callback(value: bool) -> None:
    """Print the version for ``--version``."""
    if value:
        print(f"newsdiff {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Show the version."
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
