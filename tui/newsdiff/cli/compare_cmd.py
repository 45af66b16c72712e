"""``newsdiff compare LEFT RIGHT``: a non-interactive comparison in any output format."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import (
    EXIT_BAD_INPUT,
    EncodingOption,
    MaxSizeOption,
    app,
    encoding_option,
    fail,
    fail_article,
    max_bytes_option,
    report_errors,
)
from newsdiff.core.models import Article, Settings
from newsdiff.export.atomic import (
    SaveError,
    TargetExistsError,
    check_target,
    describe,
    write_atomic,
)
from newsdiff.export.render import FORMATS, render

FORMAT_ALIASES = {"markdown": "md", "htm": "html", "txt": "text"}
"""Other names users type for a format."""


@app.command("compare")
def compare_command(
    left: Annotated[Path, typer.Argument(help="The left article.")],
    right: Annotated[Path, typer.Argument(help="The right article.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text | json | html | md | svg")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing FILE.")] = False,
    shared: Annotated[
        float | None, typer.Option("--shared", help="Shared threshold, 0-100.")
    ] = None,
    paraphrase: Annotated[
        float | None, typer.Option("--paraphrase", help="Paraphrase threshold, 0-100.")
    ] = None,
    corpus_paths: Annotated[
        list[Path] | None,
        typer.Option(
            "--corpus",
            "-c",
            help="More articles on the story (files or folders; repeatable): their words "
            "sharpen the word weights, as the app's library does.",
        ),
    ] = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
) -> None:
    """Compare two articles sentence by sentence.

    The report goes to stdout, or with ``-o FILE`` to a file that is written atomically and
    never overwritten unless ``--force`` is given. With ``--corpus`` the scores are those the
    app gives the same pair in a library of those articles.
    """
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    defaults = Settings()
    settings = Settings(
        shared=defaults.shared if shared is None else shared,
        paraphrase=defaults.paraphrase if paraphrase is None else paraphrase,
    )
    if not (0 <= settings.paraphrase <= 100 and 0 <= settings.shared <= 100):
        fail("thresholds must be between 0 and 100")
    max_bytes = max_bytes_option(max_size)
    forced_encoding = encoding_option(encoding)
    corpus = _load_corpus(corpus_paths or [], max_bytes, forced_encoding)
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        _check_output(output, (left, right, *(Path(a.path) for a in corpus)), force)
    from newsdiff.core.compare import compare_files

    comparison = compare_files(
        left,
        right,
        settings,
        max_bytes=max_bytes,
        encoding=forced_encoding,
        corpus=corpus,
    )
    color = to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    text = render(comparison, fmt, color=color)
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


def _load_corpus(
    paths: list[Path], max_bytes: int | None, encoding: str | None
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
