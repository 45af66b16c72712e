"""Shared pieces of the command line: the Typer app, error exits, the crash guard."""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from typing import NoReturn

import typer

from newsdiff import __version__
from newsdiff.core.errors import ArticleError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Compare news articles side by side: shared, paraphrased and unique sentences, "
    "and how quotes change from outlet to outlet.\n\n"
    "Run `newsdiff` for the app on the bundled articles, or `newsdiff PATH…` on yours.",
)

EXIT_BAD_INPUT = 2


def fail(message: str) -> NoReturn:
    """Print ``error: <message>`` on stderr as one line and exit with status 2."""
    one_line = " ".join(str(message).split())
    print(f"error: {one_line}", file=sys.stderr)
    raise typer.Exit(EXIT_BAD_INPUT)


def fail_article(error: ArticleError) -> NoReturn:
    """Exit for an unusable input: ``error: <path>: <problem>``."""
    fail(str(error))


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
    """Run the CLI; an unexpected error prints one line and where the full report went."""
    try:
        run()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except ArticleError as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        report = write_crash_report()
        name = type(error).__name__
        print(
            f"error: unexpected {name}: {' '.join(str(error).split())[:200]} "
            f"(full report: {report})",
            file=sys.stderr,
        )
        sys.exit(1)


def write_crash_report() -> str:
    """Write the current exception's traceback to a temporary file and return its path."""
    with tempfile.NamedTemporaryFile(
        "w", prefix="newsdiff-crash-", suffix=".txt", delete=False, encoding="utf-8"
    ) as handle:
        handle.write(f"newsdiff {__version__}\n")
        handle.write(traceback.format_exc())
        return handle.name
