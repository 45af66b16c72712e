"""Start the app. Imports neither Typer nor Textual until needed, so ``newsdiff`` starts fast."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.sanitize import visible_line


def _refuse(message: str) -> int:
    print(f"error: {visible_line(message)}", file=sys.stderr)
    return 2


def launch_app(paths: Sequence[str | Path] | None = None, theme: str | None = None) -> int:
    """Open the app on ``paths`` (the bundled articles when empty); return the exit status.

    As every command does, an input that cannot be read (missing, empty, binary) is skipped
    and the rest used: the library lists it, and after the app closes its ``error:`` line is
    printed and the status is 3. When no input can be used (every path a file that fails),
    one line per file and status 2 before the screen changes (a folder is read by the app:
    when none of its files loads, status 2 after it); an unknown theme is status 2 too. URLs
    are fetched by the app's loader; ``-`` (standard input) is read before the app starts, and
    the terminal then becomes the app's input.
    """
    from newsdiff.core.errors import ArticleError
    from newsdiff.core.load import configured_encoding, configured_max_bytes

    try:  # a bad NEWSDIFF_MAX_BYTES or NEWSDIFF_ENCODING is refused before the screen changes
        configured_max_bytes()
        configured_encoding()
    except ArticleError as error:
        return _refuse(str(error))
    if any(str(path) == "-" for path in paths or ()):
        from newsdiff.core.sources import preload_stdin

        problem = preload_stdin()
        if problem:
            return _refuse(problem)
    problems = _unusable_files(paths or ())
    if problems:
        for problem in problems:
            print(f"error: {visible_line(problem)}", file=sys.stderr)
        return 2
    from newsdiff.app.app import NewsDiffApp

    if theme is not None:
        from textual.theme import BUILTIN_THEMES

        if theme not in BUILTIN_THEMES:
            choices = ", ".join(sorted(BUILTIN_THEMES))
            return _refuse(f"unknown theme {theme!r}: choose one of {choices}")
    problem = app_terminal_problem()
    if problem:
        return _refuse(problem)
    app = NewsDiffApp(list(paths) if paths else None, theme=theme)
    app.run()
    if app.return_code or not paths or not app.load_errors:
        return app.return_code or 0
    for skipped in app.load_errors:  # the skipped inputs, as the printing commands say them
        print(f"error: {visible_line(str(skipped))}", file=sys.stderr)
    # 3 says the rest was used: a folder of nothing but unusable files used nothing (2)
    return 2 if app.corpus_ready and not app.articles else 3


def app_terminal_problem() -> str | None:
    """Why the app cannot run in this process, or ``None``.

    Textual draws on standard error and reads keys from standard input: with either of them
    not a terminal (a cron job, CI, ``newsdiff a.txt b.txt > out 2>&1``) the app would wait
    for keys that never come, writing its screen into a file. ``-`` has by then been read and
    the terminal put in its place (:func:`newsdiff.core.sources.preload_stdin`). A driver
    named in ``TEXTUAL_DRIVER`` (``textual serve``'s web driver, the headless one) needs none.
    """
    import os

    if os.environ.get("TEXTUAL_DRIVER"):
        return None
    for name, stream in (("standard input", sys.__stdin__), ("standard error", sys.__stderr__)):
        try:
            terminal = stream is not None and stream.isatty()
        except (AttributeError, ValueError):  # closed or replaced by something without a file
            terminal = False
        if not terminal:
            return (
                f"the app needs a terminal and {name} is not one; in a script use "
                "newsdiff compare, list, quotes or story"
            )
    return None


def _unusable_files(paths: Sequence[str | Path]) -> list[str]:
    """The errors of ``paths`` when they are all files and not one of them loads, else none.

    As the other commands do, a library with nothing in it is refused before the screen
    changes: ``newsdiff empty.txt binary.png`` prints one line per file and exits 2. Folders,
    URLs and ``-`` are left to the app, which loads them in the background (one good file among
    bad ones opens the library, which lists the bad ones).
    """
    if not paths or any(_is_remote(str(path)) or Path(path).is_dir() for path in paths):
        return []
    from newsdiff.core.errors import ArticleError
    from newsdiff.core.load import iter_corpus

    errors: list[str] = []
    for loaded in iter_corpus(list(paths)):
        if not isinstance(loaded, ArticleError):
            return []  # one good file is enough: the app reads them all (`newsdiff *.txt`)
        errors.append(str(loaded))
    return errors


def _is_remote(path: str) -> bool:
    return path == "-" or path[:8].lower().startswith(("http://", "https://"))


def plain_paths(arguments: Sequence[str]) -> list[str] | None:
    """The arguments when they are nothing but paths or URLs (no options), else ``None``."""
    if any(not argument or argument.startswith("-") for argument in arguments):
        return None
    return list(arguments)


def launch_guarded(paths: Sequence[str | Path]) -> int:
    """:func:`launch_app` with the command line's last line of defence (no traceback ever)."""
    try:
        return launch_app(paths)
    except KeyboardInterrupt:
        return _refuse("interrupted") and 130
    except Exception as error:  # noqa: BLE001 - the last line of defence
        from newsdiff.crash import crash_line, write_crash_report

        print(visible_line(crash_line(error, write_crash_report(error))), file=sys.stderr)
        return 1
