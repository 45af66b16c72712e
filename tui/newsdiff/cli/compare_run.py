"""The work of ``newsdiff compare``, free of Typer: reading, comparing, writing the report.

:mod:`newsdiff.cli.compare_cmd` declares the command's options for Typer and calls
:func:`run_compare`; :mod:`newsdiff.cli.plain` calls it straight from a plain command line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdiff.cli.exits import (
    EXIT_BAD_INPUT,
    check_output,
    choose_format,
    encoding_option,
    fail,
    max_bytes_option,
    offline_option,
    report_errors,
    report_notes,
    write_report,
)
from newsdiff.cli.output import ColorMode, file_style, output_style
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Settings
from newsdiff.export.render import FORMATS, render


def run_compare(
    left: str,
    right: str,
    settings: Settings,
    *,
    fmt: str | None = None,
    output: Path | None = None,
    force: bool = False,
    corpus_paths: list[str] | None = None,
    color: ColorMode | str = ColorMode.auto,
    width: int | None = None,
    max_size: str | None = None,
    encoding: str | None = None,
    offline: bool = False,
) -> None:
    """Compare ``left`` with ``right`` and print or write the report (see ``compare --help``)."""
    offline_option(offline)
    if left == "-" and right == "-":
        fail("-: standard input can be only one of the two articles")
    if "-" in (left, right) and "-" in (corpus_paths or []):  # the corpus would read it first
        fail("-: standard input is named more than once; it is read once")
    from newsdiff.core.load import configured_encoding, configured_max_bytes

    # A bad NEWSDIFF_MAX_BYTES or NEWSDIFF_ENCODING is one line, not one per article.
    max_bytes = max_bytes_option(max_size) or configured_max_bytes()
    forced_encoding = encoding_option(encoding) or configured_encoding()
    corpus = _load_corpus(corpus_paths or [], max_bytes, forced_encoding)
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        check_output(output, (left, right, *(a.path for a in corpus)), force=force)
    fmt = choose_format(fmt, output, FORMATS, command="compare")
    from newsdiff.core.compare import compare_articles

    pair = _load_pair(left, right, max_bytes, forced_encoding)
    report_notes((*pair, *corpus))
    comparison = compare_articles(*pair, settings, corpus=corpus)
    if to_stdout:
        style = output_style(color, width)
    else:  # a file: plain text, as wide as asked or as a pipe
        style = file_style(width)
    text = render(comparison, fmt, color=style.color, width=style.width)
    if to_stdout:
        sys.stdout.write(text)
        return
    assert output is not None
    write_report(output, text, force=force, inputs=(left, right, *(a.path for a in corpus)))


FOLDER = "is a folder, not a file"
"""The loader's word for a folder named where one article is read."""

FOLDER_ADVICE = "compare reads two articles; name two of its files, or run newsdiff story {}"
"""What ``compare FOLDER …`` says to do instead: a folder of one story's coverage is what
``story`` (every pair at once) and ``list`` read."""


def _load_pair(
    left: str, right: str, max_bytes: int | None, encoding: str | None
) -> tuple[Article, Article]:
    """Both articles, or one ``error:`` line for each that cannot be used and exit status 2."""
    from newsdiff.core.load import load_article

    loaded: list[Article] = []
    errors: list[ArticleError] = []
    for path in (left, right):
        try:
            loaded.append(load_article(path, max_bytes=max_bytes, encoding=encoding))
        except ArticleError as error:
            if error.problem == FOLDER:  # compare reads two files; a folder is a story's input
                error = ArticleError(error.path, f"{FOLDER}: {FOLDER_ADVICE.format(path)}")
            errors.append(error)
    if report_errors(errors):
        raise SystemExit(EXIT_BAD_INPUT)
    return loaded[0], loaded[1]


def _load_corpus(
    paths: list[str], max_bytes: int | None, encoding: str | None
) -> tuple[Article, ...]:
    """The ``--corpus`` articles; any unusable one stops the command before it prints.

    A corpus file that could not be read would change every score without a word, so each
    bad input gets its ``error:`` line and the exit status is 2.
    """
    if not paths:
        return ()
    from newsdiff.core.load import load_corpus

    corpus = load_corpus(paths, max_bytes=max_bytes, encoding=encoding)
    if report_errors(corpus.errors):
        raise SystemExit(EXIT_BAD_INPUT)
    return corpus.articles
