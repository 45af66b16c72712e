"""``newsdiff story PATH…``: the corpus at once — pair overlap and every claim with its outlets."""

from __future__ import annotations

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
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Settings

FORMATS = ("text", "json", "html", "md")
FORMAT_ALIASES = {"markdown": "md", "htm": "html", "txt": "text"}


def render_story(story: object, fmt: str, order: str) -> str:
    """The story in ``fmt`` (``text``, ``json``, ``html`` or ``md``)."""
    from newsdiff.core.story import Story

    assert isinstance(story, Story)
    if fmt == "json":
        from newsdiff.cli.quotes_cmd import json_text
        from newsdiff.export.story_report import story_to_dict

        return json_text(story_to_dict(story, order))
    if fmt == "html":
        from newsdiff.export.story_html import story_html

        return story_html(story, order)
    from newsdiff.export.story_report import story_markdown, story_text

    return story_markdown(story, order) if fmt == "md" else story_text(story, order)


@app.command("story")
def story_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders, two or more (default: bundled)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json | html | md")] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing FILE.")] = False,
    sort: Annotated[
        str, typer.Option("--sort", help="Claims by coverage | conflicts | reading.")
    ] = "coverage",
    shared: Annotated[
        float | None, typer.Option("--shared", help="Shared threshold, 0-100.")
    ] = None,
    paraphrase: Annotated[
        float | None, typer.Option("--paraphrase", help="Paraphrase threshold, 0-100.")
    ] = None,
    max_size: MaxSizeOption = None,
    encoding: EncodingOption = None,
) -> None:
    """The whole story at once: how much each pair shares, and every claim with its outlets.

    Every pair is scored once with the whole corpus as context, as the pair view scores it;
    linked sentences are grouped into claims. A story is kept in the cache (``$NEWSDIFF_CACHE``,
    default ``~/.cache/newsdiff/story``) by the articles' content, so asking again is instant.
    Bad files are reported on stderr, one line each, and the exit status is 2.
    """
    from newsdiff.core.load import bundled_seeds_dir, load_corpus
    from newsdiff.core.story import build_story
    from newsdiff.core.story_cache import cached_story
    from newsdiff.export.atomic import SaveError, TargetExistsError, write_atomic

    fmt = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if sort not in ("coverage", "conflicts", "reading"):
        fail(f"unknown sort {sort!r}: choose one of coverage, conflicts, reading")
    defaults = Settings()
    settings = Settings(
        shared=defaults.shared if shared is None else shared,
        paraphrase=defaults.paraphrase if paraphrase is None else paraphrase,
    )
    if not (0 <= settings.paraphrase <= 100 and 0 <= settings.shared <= 100):
        fail("thresholds must be between 0 and 100")
    corpus = load_corpus(
        paths or [bundled_seeds_dir()],
        max_bytes=max_bytes_option(max_size),
        encoding=encoding_option(encoding),
    )
    if report_errors(corpus.errors):
        raise typer.Exit(EXIT_BAD_INPUT)
    if len(corpus.articles) < 2:
        where = " ".join(map(str, paths or [])) or "."
        found = "one article" if corpus.articles else "no articles"
        report_errors([ArticleError(where, f"{found} found; a story needs two or more")])
        raise typer.Exit(EXIT_BAD_INPUT)
    to_stdout = output is None or str(output) == "-"
    if not to_stdout:
        assert output is not None
        if output.exists() and not force and not output.is_dir():
            fail(f"{output}: already exists (use --force to overwrite)")
    story = cached_story(corpus.articles, settings, lambda: build_story(corpus.articles, settings))
    text = render_story(story, fmt, sort)
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
