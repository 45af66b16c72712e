"""Exits of the command line that need no Typer: error lines, input options, the crash guard.

Every message about a problem is ONE line on stderr, ``error: <path>: <problem>`` (and what
loading changed in an input, ``note: <path>: <change>``), with control
characters, escapes and line breaks from paths or article text shown as visible symbols.
Nothing here imports Typer, so a command that parses its own plain arguments
(:mod:`newsdiff.cli.plain`) starts without it; :mod:`newsdiff.cli.common` re-exports all of it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from newsdiff.core.errors import ArticleError
from newsdiff.core.load import Corpus, parse_size_limit
from newsdiff.core.models import Article
from newsdiff.core.sanitize import visible_line
from newsdiff.crash import write_crash_report

EXIT_BAD_INPUT = 2
EXIT_SKIPPED = 3
"""A command over several inputs (``list``, ``quotes``, ``story``) made its output from the
good ones and skipped the rest, each named by one ``error:`` line (``--strict``: exit 2)."""
EXIT_SIGPIPE = 141
"""stdout was closed before the output was written (``newsdiff list | head -1``), as a shell
reports a program that SIGPIPE ended."""


class StdoutClosed(Exception):
    """The reader of stdout went away. Not an ``OSError``: Click turns a ``BrokenPipeError``
    into a silent exit status 1, so :mod:`newsdiff.cli.common` raises this instead."""


def error_line(message: object) -> str:
    """``error: <message>`` as one terminal-safe line."""
    return f"error: {visible_line(str(message).strip())}"


def fail(message: str) -> NoReturn:
    """Print ``error: <message>`` on stderr as one line and exit with status 2."""
    print(error_line(message), file=sys.stderr)
    raise SystemExit(EXIT_BAD_INPUT)


def fail_article(error: ArticleError) -> NoReturn:
    """Exit for an unusable input: ``error: <path>: <problem>``."""
    fail(str(error))


def output_path(value: str, example: str = "report.html") -> Path:
    """The ``-o`` file as given, or exit with one ``error:`` line when it names a folder
    (``reports/``): a ``Path`` would drop the slash and write a file named ``reports``."""
    if value != "-" and value.endswith(("/", os.sep)):
        fail(f"{value}: names a folder; give a file name, such as {value}{example}")
    return Path(value)


def refuse_writing_over_inputs(output: Path, inputs: Iterable[str | Path]) -> None:
    """Exit with one ``error:`` line when ``output`` is one of ``inputs`` (the same file under
    any name, link or hard link): a report never replaces an article, even with ``--force``.
    Standard input (``-``) and web addresses are not files and are skipped."""
    from newsdiff.core.web import is_url

    for source in inputs:
        shown = str(source)
        if shown == "-" or is_url(shown):
            continue
        try:
            same = os.path.samefile(output, shown)
        except (OSError, ValueError):
            continue  # one of them does not exist (or cannot be named): not the same file
        if same:
            fail(f"{output}: is one of the articles being read; choose another file")


def file_output(output: str | Path | None) -> Path | None:
    """The ``-o`` file to write, or ``None`` when the report goes to stdout (no ``-o``, or
    ``-o -``); a name ending in ``/`` is refused as :func:`output_path` refuses it (``list``
    and ``quotes`` write text or JSON, so the example is a ``.txt``)."""
    if output is None or str(output) == "-":
        return None
    return output_path(str(output), "report.txt")


def check_output(output: Path, inputs: Iterable[str | Path], *, force: bool) -> None:
    """Refuse ``-o FILE`` before any work, with one ``error:`` line and exit status 2: FILE is
    one of the ``inputs``, exists without ``--force``, is a folder or a device, or its folder is
    missing or not writable (the checks :func:`write_report` makes again when it writes)."""
    from newsdiff.export.atomic import SaveError, TargetExistsError, check_target, describe

    refuse_writing_over_inputs(output, inputs)
    try:
        check_target(output, overwrite=force)
    except TargetExistsError:
        fail(f"{output}: already exists (use --force to overwrite)")
    except SaveError as error:
        fail_article(error)
    except OSError as error:
        fail(f"{output}: {describe(error)}")


def write_report(output: Path, text: str, *, force: bool, inputs: Iterable[str | Path]) -> None:
    """Write a report to ``output`` atomically, or exit with one ``error:`` line saying why not;
    never over one of the ``inputs`` it was made from (see :func:`refuse_writing_over_inputs`)."""
    from newsdiff.export.atomic import SaveError, TargetExistsError, write_atomic

    refuse_writing_over_inputs(output, inputs)
    try:
        write_atomic(output, text, overwrite=force)
    except TargetExistsError:
        fail(f"{output}: already exists (use --force to overwrite)")
    except SaveError as error:
        fail_article(error)


def corpus_inputs(paths: Sequence[str] | None, corpus: Corpus) -> list[str]:
    """Every input a corpus command read (the paths given, each article's file, each failed
    one): what its ``-o`` file must never be."""
    return [*(paths or []), *(a.path for a in corpus.articles), *(e.path for e in corpus.errors)]


def note_line(path: str, message: str) -> str:
    """``note: <path>: <message>`` as one terminal-safe line."""
    return f"note: {visible_line(f'{path}: {message}'.strip())}"


def report_notes(articles: Iterable[Article]) -> int:
    """Print one ``note: <path>: <what loading changed or noticed>`` line on stderr per file
    (:func:`newsdiff.core.input_notes.input_note`), once per path; return how many."""
    from newsdiff.core.input_notes import input_note

    count = 0
    noted: set[str] = set()
    for article in articles:
        if article.path in noted:
            continue
        noted.add(article.path)
        note = input_note(article)
        if note:
            print(note_line(article.path, note), file=sys.stderr)
            count += 1
    return count


def report_errors(errors: Iterable[ArticleError]) -> int:
    """Print one ``error: <path>: <problem>`` line per error on stderr; return how many."""
    count = 0
    for error in errors:
        print(error_line(error), file=sys.stderr)
        count += 1
    return count


def skipped_inputs(errors: Sequence[ArticleError], *, strict: bool) -> int:
    """Report the inputs that could not be used, one ``error:`` line each, and return the exit
    status once the output is made from the rest: 0, or ``EXIT_SKIPPED`` when any was skipped.
    With ``strict`` a skipped input is fatal: exit 2 here, before any output."""
    failed = report_errors(errors)
    if failed and strict:
        raise SystemExit(EXIT_BAD_INPUT)
    return EXIT_SKIPPED if failed else 0


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


def run_guarded(run: Callable[[], object]) -> None:
    """Run a command: input problems print one line, crashes a pointer to a report.

    ``run`` may return an exit status; it becomes the process's exit status.
    """
    try:
        result = run()
        _flush_stdout()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except ArticleError as error:
        print(error_line(error), file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except (BrokenPipeError, StdoutClosed):
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


def unwritable_format(fmt: str, formats: Sequence[str], command: str) -> str:
    """The refusal of ``-f FMT`` that ``command`` cannot write, in the words Typer gives
    ``list -f svg`` (whose ``--format`` is a choice): every command says it the same way,
    naming the format and the ones the command writes."""
    choices = ", ".join(repr(known) for known in formats)
    return (
        f"invalid value for '--format' / '-f': {fmt!r} is not one of {choices} "
        f"(see 'newsdiff {command} --help')"
    )


def choose_format(
    fmt: str | None, output: Path | None, formats: Sequence[str], *, command: str
) -> str:
    """The format of ``newsdiff COMMAND``: ``--format``, else the output file's extension,
    else text.

    A ``--format`` the command cannot write is refused as :func:`unwritable_format` words it;
    one that contradicts the file's extension (``-f json -o report.html``), or an
    extension the command cannot write, is refused rather than writing one format under
    another's name.
    """
    from newsdiff.export.render import EXTENSIONS, FORMAT_OF_EXTENSION, format_of_path

    named = None if fmt is None else FORMAT_OF_EXTENSION.get(fmt.lower(), fmt.lower())
    if fmt is not None and named not in formats:
        fail(unwritable_format(fmt, formats, command))
    if output is None or str(output) == "-":
        return named or "text"
    implied = format_of_path(output.name)
    if named is not None and implied is not None and named != implied:
        fail(
            f"{output}: --format {named} contradicts the {output.suffix} extension "
            f"(drop --format, or name the file .{EXTENSIONS[named]})"
        )
    if named is None and implied is not None and implied not in formats:
        # "cannot write md here" named neither the command nor the names that work (usertrial12)
        def either(items: list[str]) -> str:
            return ", ".join(items[:-1]) + f" or {items[-1]}" if len(items) > 1 else items[0]

        extensions = [f".{EXTENSIONS[known]}" for known in formats]
        fail(
            f"{output}: newsdiff {command} writes {either(list(formats))}, not {implied} "
            f"(name the file {either(extensions)})"
        )
    if named is None and implied is None and output.suffix:
        # `-o report.pdf` would be text under a name that promises something else
        extensions = [f".{EXTENSIONS[known]}" for known in formats]
        listed = ", ".join(extensions[:-1]) + f" or {extensions[-1]}"
        fail(
            f"{output}: no format has the {output.suffix} extension "
            f"(name the file {listed}, or give --format)"
        )
    return named or implied or "text"
