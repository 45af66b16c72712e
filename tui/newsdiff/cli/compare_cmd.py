"""``newsdiff compare LEFT RIGHT``: a non-interactive comparison in any output format."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    app,
    choose_format,
    encoding_option,
    fail,
    fail_article,
    max_bytes_option,
    offline_option,
    report_errors,
)
from newsdiff.cli.options import (
    ColorMode,
    ColorOption,
    OutputStyle,
    WidthOption,
    output_style,
    output_width,
)
from newsdiff.cli.thresholds import (
    ForceOption,
    ParaphraseOption,
    SharedOption,
    threshold_settings,
)
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article
from newsdiff.core.web import is_url
from newsdiff.export.atomic import (
    SaveError,
    TargetExistsError,
    check_target,
    describe,
    write_atomic,
)
from newsdiff.export.render import (
    FORMATS,
    render,
)


@app.command("compare")
def compare_command(
    left: Annotated[
        str, typer.Argument(metavar="LEFT", help="The left article: a file, a URL or - (stdin).")
    ],
    right: Annotated[
        str, typer.Argument(metavar="RIGHT", help="The right article: a file, a URL or -.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, json, html, md or svg (default: from the -o file's extension, else text).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE instead of stdout; its extension (.html, .md, .json, .svg, "
            ".txt) picks the format.",
        ),
    ] = None,
    force: ForceOption = False,
    shared: SharedOption = None,
    paraphrase: ParaphraseOption = None,
    corpus_paths: Annotated[
        list[str] | None,
        typer.Option(
            "--corpus",
            "-c",
            metavar="PATH",
            help="More articles on the story (files or folders; repeatable): their words "
            "sharpen the word weights, as the app's library does.",
        ),
    ] = None,
    color: ColorOption = ColorMode.auto,
    width: WidthOption = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
    offline: OfflineOption = False,
) -> None:
    """Compare two articles sentence by sentence.

    The report goes to stdout, or with -o FILE to a file that is written atomically and never
    overwritten unless --force is given. With --corpus the scores are those the app gives the
    same pair in a library of those articles. Sentences are numbered from 1.

    \b
    Examples:
      newsdiff compare a.txt b.txt                  # aligned columns in the terminal
      newsdiff compare a.txt b.txt | less -R        # colour kept with --color always
      newsdiff compare a.txt b.txt -o report.html   # the format comes from the extension
      newsdiff compare a.txt b.txt -f json --shared 85 --paraphrase 45
      newsdiff compare a.txt b.txt --corpus coverage/
      newsdiff compare https://example.org/story saved-page.html   # web pages
      curl -s https://example.org/story | newsdiff compare - b.txt   # - is standard input
    """
    settings = threshold_settings(shared, paraphrase)
    offline_option(offline)
    if left == "-" and right == "-":
        fail("-: standard input can be only one of the two articles")
    max_bytes = max_bytes_option(max_size)
    forced_encoding = encoding_option(encoding)
    corpus = _load_corpus(corpus_paths or [], max_bytes, forced_encoding)
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        local = [Path(p) for p in (left, right, *(a.path for a in corpus)) if _is_local(p)]
        _check_output(output, tuple(local), force)
    fmt = choose_format(fmt, output, FORMATS)
    from newsdiff.core.compare import compare_articles

    pair = _load_pair(left, right, max_bytes, forced_encoding)
    comparison = compare_articles(*pair, settings, corpus=corpus)
    if to_stdout:
        style = output_style(color, width)
    else:  # a file: plain text, as wide as asked or as a pipe
        style = OutputStyle(color=False, width=output_width(width, stream=io.StringIO()))
    text = render(comparison, fmt, color=style.color, width=style.width)
    if to_stdout:
        sys.stdout.write(text)
        return
    assert output is not None
    try:
        write_atomic(output, text, overwrite=force)
    except TargetExistsError:
        fail(f"{output}: already exists (use --force to overwrite)")
    except SaveError as error:
        fail_article(error)


def _check_output(output: Path, inputs: tuple[Path, ...], force: bool) -> None:
    """Refuse early: an existing FILE without --force, or FILE being one of the articles."""
    try:
        for article in inputs:
            if output.exists() and article.exists() and output.samefile(article):
                fail(f"{output}: is one of the articles being read; choose another file")
        check_target(output, overwrite=force)
    except TargetExistsError:
        fail(f"{output}: already exists (use --force to overwrite)")
    except SaveError as error:
        fail_article(error)
    except OSError as error:
        fail(f"{output}: {describe(error)}")


def _is_local(path: str) -> bool:
    return path != "-" and not is_url(path)


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
            errors.append(error)
    if report_errors(errors):
        raise typer.Exit(EXIT_BAD_INPUT)
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
        raise typer.Exit(EXIT_BAD_INPUT)
    return corpus.articles
