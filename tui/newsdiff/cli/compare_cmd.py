"""``newsdiff compare LEFT RIGHT``: a non-interactive comparison in any output format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsdiff.cli.common import EncodingOption, MaxSizeOption, OfflineOption, app
from newsdiff.cli.compare_run import run_compare
from newsdiff.cli.options import ColorMode, ColorOption, WidthOption, output_option
from newsdiff.cli.thresholds import (
    ForceOption,
    ParaphraseOption,
    SharedOption,
    threshold_settings,
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
    output: Annotated[Path | None, output_option(".html, .md, .json, .svg, .txt")] = None,
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
    run_compare(
        left,
        right,
        threshold_settings(shared, paraphrase),
        fmt=fmt,
        output=output,
        force=force,
        corpus_paths=corpus_paths,
        color=color,
        width=width,
        max_size=max_size,
        encoding=encoding,
        offline=offline,
    )
