"""``newsdiff story PATH…``: the corpus at once — pair overlap and every claim with its outlets."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from newsdiff.cli.common import (
    EncodingOption,
    MaxSizeOption,
    OfflineOption,
    StrictOption,
    app,
    choose_format,
    encoding_option,
    fail,
    max_bytes_option,
    offline_option,
    report_notes,
    skipped_inputs,
)
from newsdiff.cli.options import (
    ColorMode,
    ColorOption,
    OutputStyle,
    PathsArgument,
    WidthOption,
    console,
    output_option,
    output_style,
)
from newsdiff.cli.thresholds import (
    ForceOption,
    ParaphraseOption,
    SharedOption,
    threshold_settings,
)

if TYPE_CHECKING:
    from newsdiff.core.load import Corpus

FORMATS = ("text", "json", "html", "md")

ORDERS = ("coverage", "conflicts", "reading")
ROLE_STYLES = {
    "heading": "bold",
    "muted": "dim",
    "changed": "bold underline",
    "conflict": "bold red",
}
"""Terminal styles of the text report's pieces (see ``story_lines``)."""


class ProgressLine:
    """``story of 300 articles: scoring every pair …  42 %`` on one stderr line, rewritten.

    Only on a terminal: a pipe or a log file gets nothing (no carriage returns in logs).
    """

    def __init__(self, stream: TextIO, articles: int) -> None:
        self.stream = stream
        self.articles = articles
        self.shown = -1

    @classmethod
    def on(cls, stream: TextIO, articles: int) -> ProgressLine | None:
        """A progress line on ``stream`` when it is a terminal, else ``None``."""
        isatty = getattr(stream, "isatty", None)
        return cls(stream, articles) if callable(isatty) and isatty() else None

    def __call__(self, done: float) -> None:
        percent = max(0, min(100, int(done * 100)))
        if percent != self.shown:
            self.shown = percent
            self.stream.write(
                f"\rstory of {self.articles} articles: scoring every pair … {percent:3d} %"
            )
            self.stream.flush()

    def clear(self) -> None:
        """Remove the line (the report follows on a clean screen)."""
        if self.shown >= 0:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _what_loaded(corpus: Corpus) -> str:
    """Which articles loaded, for the error that says a story cannot be built (the path of
    each input that did not load is on its own ``error:`` line above it)."""
    if not corpus.articles:
        return "none could be read" if corpus.errors else "none were found"
    path = corpus.articles[0].path
    only = "standard input" if path == "-" else path
    return f"only {only} could be read" if corpus.errors else f"only {only} was found"


def _print_text(story: object, order: str, style: OutputStyle) -> None:
    """The text report on stdout: styled on a colour terminal, else changed words in [ ]
    and the text's own brackets escaped (``plain_piece``).

    The rows are wrapped here and printed in one call: a print per row costs Rich a fresh
    measure of the console each time (a 5,000-claim story took 28 s of prints alone)."""
    from rich.text import Text

    from newsdiff.core.story import Story
    from newsdiff.export.story_report import plain_piece, story_lines

    assert isinstance(story, Story)
    out = console(style)
    rows: list[Text] = []
    for line in story_lines(story, order, out.width):
        # A variant ("  2: …") wraps under its own text, not under the outlet number,
        # and an article of the key wraps under its title.
        label = line[0][0] if line and line[0][1] in ("muted", "label") else ""
        hangs = line[0][1] == "label" or label.strip().endswith(":") if label else False
        indent = len(label) if hangs and out.width > len(label) + 20 else 0
        head, body = Text(), Text()
        for number, (piece, role) in enumerate(line):
            if not style.color:
                piece = plain_piece(piece, role)
            target = head if indent and number == 0 else body
            target.append(piece, style=ROLE_STYLES.get(role) if style.color else None)
        wrapped = body.wrap(out, out.width - indent, overflow="fold") or [Text()]
        pad = Text(" " * indent)
        for number, row in enumerate(wrapped):
            row.rstrip()
            rows.append(Text.assemble(head if number == 0 else pad, row) if indent else row)
    out.print(Text("\n").join(rows), soft_wrap=True)


@app.command("story")
def story_command(
    paths: PathsArgument = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="text, json, html or md (default: from the -o file's extension, else text).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[Path | None, output_option(".html, .md, .json, .txt")] = None,
    force: ForceOption = False,
    sort: Annotated[
        str,
        typer.Option(
            "--sort", metavar="ORDER", help="Claims by coverage, conflicts (first) or reading."
        ),
    ] = "coverage",
    shared: SharedOption = None,
    paraphrase: ParaphraseOption = None,
    color: ColorOption = ColorMode.auto,
    width: WidthOption = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
    offline: OfflineOption = False,
    strict: StrictOption = False,
) -> None:
    """The whole story at once: how much each pair shares, and every claim with its outlets.

    Every pair is scored once with the whole corpus as context, as the pair view scores it;
    linked sentences are grouped into claims. A story is kept in the cache ($NEWSDIFF_CACHE,
    default ~/.cache/newsdiff/story) by the articles' content, so asking again is instant.
    Bad inputs are reported on stderr, one line each; the good ones still make the story. The
    exit status is 0 when every input loaded, 3 when some were skipped, 2 when fewer than two
    articles loaded (or, with --strict, any failed).

    \b
    Examples:
      newsdiff story                             # the five bundled articles
      newsdiff story coverage/                   # every article in a folder
      newsdiff story coverage/ --sort conflicts  # disagreements first
      newsdiff story coverage/ -o story.html     # the format comes from the extension
      newsdiff story a.txt b.txt c.txt -f json   # newsdiff.story/1 for scripts
    """
    from newsdiff.cli.exits import check_output, write_report
    from newsdiff.core.load import Corpus, bundled_seeds_dir, load_corpus
    from newsdiff.core.story import build_story
    from newsdiff.core.story_cache import cached_story
    from newsdiff.core.story_model import story_inputs
    from newsdiff.export.story_render import printable_story, render_story

    if sort not in ORDERS:
        fail(f"unknown sort {sort!r}: choose one of {', '.join(ORDERS)}")
    settings = threshold_settings(shared, paraphrase)
    offline_option(offline)
    to_stdout = output is None or str(output) == "-"
    if output is not None and not to_stdout:  # as list, quotes and compare: before any work
        check_output(output, paths or [], force=force)
    chosen = choose_format(fmt, output, FORMATS, command="story")
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    report_notes(corpus.articles)
    kept, too_long = story_inputs(corpus.articles)  # over the sentence limit: skipped too
    corpus = Corpus(kept, (*corpus.errors, *too_long))
    # As `list` and `quotes` do: each bad input is one error line and the good ones still
    # make the story (exit 3); --strict makes any failure fatal.
    status = skipped_inputs(corpus.errors, strict=strict)
    if len(corpus.articles) < 2:
        fail(f"a story needs two or more articles; {_what_loaded(corpus)}")
    articles = corpus.articles
    inputs = [*(paths or []), *(a.path for a in articles), *(e.path for e in corpus.errors)]
    if output is not None and not to_stdout:  # an article found in a folder: before building
        check_output(output, inputs, force=force)
    progress = ProgressLine.on(sys.stderr, len(articles))
    report: Callable[[float], None] | None = progress
    try:
        built = cached_story(
            articles, settings, lambda: build_story(articles, settings, progress=report)
        )
    finally:
        if progress is not None:
            progress.clear()
    story = printable_story(built)
    if to_stdout and chosen == "text":
        _print_text(story, sort, output_style(color, width))
    elif to_stdout:
        sys.stdout.write(render_story(story, chosen, sort))
    else:
        assert output is not None
        write_report(output, render_story(story, chosen, sort), force=force, inputs=inputs)
    if status:
        raise typer.Exit(status)
