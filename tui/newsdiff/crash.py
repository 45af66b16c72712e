"""Unexpected errors: a full report in a file, one line for the user."""

from __future__ import annotations

import sys

from newsdiff import __version__


def write_crash_report(error: BaseException | None = None, *, details: str = "") -> str:
    """Write ``error``'s traceback (default: the exception being handled) to a temporary file,
    or ``details`` (a traceback already rendered) when given.

    Returns:
        The path of the report.
    """
    import tempfile
    import traceback

    if error is None and not details:
        error = sys.exc_info()[1]
    with tempfile.NamedTemporaryFile(
        "w", prefix="newsdiff-crash-", suffix=".txt", delete=False, encoding="utf-8"
    ) as handle:
        handle.write(f"newsdiff {__version__}\n")
        if details:
            handle.write(details)
        if error is not None:
            handle.write("".join(traceback.format_exception(error)))
        return handle.name


def crash_line(error: BaseException | None, report: str) -> str:
    """The one line a user sees for an unexpected error."""
    name = type(error).__name__ if error is not None else "error"
    message = " ".join(str(error).split())[:200] if error is not None else ""
    return f"error: unexpected {name}: {message} (full report: {report})"
