"""Format dispatch: a Comparison rendered as text, JSON, HTML, Markdown or SVG."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from newsdiff import __version__
from newsdiff.core.models import Comparison
from newsdiff.core.sanitize import printable_path, xml_text

FORMATS = ("text", "json", "html", "md", "svg")
"""Every format ``render`` knows, as named on the command line."""

SAVE_FORMATS = {"html": "HTML", "svg": "SVG", "md": "Markdown", "json": "JSON"}
"""The formats a comparison can be saved in from the app, with their display names."""

EXTENSIONS = {"text": "txt", "json": "json", "html": "html", "md": "md", "svg": "svg"}
"""The file extension of each format."""

FORMAT_OF_EXTENSION = {
    "txt": "text",
    "text": "text",
    "json": "json",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "md": "md",
    "markdown": "md",
    "svg": "svg",
}
"""The format a file name's extension asks for (``report.html`` → ``html``)."""


def format_of_path(name: str) -> str | None:
    """The format ``name``'s extension asks for, or ``None`` for no or another extension."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or "/" in extension:
        return None
    return FORMAT_OF_EXTENSION.get(extension.lower())


def render(
    comparison: Comparison,
    fmt: str,
    *,
    color: bool = False,
    width: int | None = None,
    now: datetime | None = None,
    svg: str | None = None,
) -> str:
    """The comparison in format ``fmt`` (one of ``FORMATS``) as a string.

    Args:
        comparison: What to render.
        fmt: One of ``FORMATS``.
        color: For ``text``: use terminal colours.
        width: For ``text``: columns (default 100).
        now: The date written in report headers (default: now).
        svg: For ``svg``: a ready picture (the app's screenshot) to use instead of a Rich one.
    """
    comparison = printable_paths(comparison)
    if fmt == "json":
        from newsdiff.export.json_export import render_json

        return render_json(comparison, version=__version__)
    if fmt == "text":
        from newsdiff.export.text import render_text

        return render_text(comparison, color=color, width=width)
    if fmt == "html":
        from newsdiff.export.html import render_html

        return xml_text(render_html(comparison, version=__version__, now=now))
    if fmt == "md":
        from newsdiff.export.markdown import render_markdown

        return render_markdown(comparison, version=__version__, now=now)
    if fmt == "svg":
        from newsdiff.export.svg import local_fonts, render_svg

        if svg is not None:
            return xml_text(printable_path(local_fonts(svg)))
        return xml_text(render_svg(comparison, version=__version__, now=now))
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def printable_paths(comparison: Comparison) -> Comparison:
    """The comparison with every file path as text (undecodable bytes as ``\\xNN``).

    Article paths are the real file names (the CLI and the app compare them with files on disk);
    every report spells them with :func:`printable_path` so any UTF-8 output can carry them.
    """
    left, right = comparison.left, comparison.right
    corpus = tuple(printable_path(path) for path in comparison.scoring.corpus)
    return dataclasses.replace(
        comparison,
        left=dataclasses.replace(
            left, article=dataclasses.replace(left.article, path=printable_path(left.article.path))
        ),
        right=dataclasses.replace(
            right,
            article=dataclasses.replace(right.article, path=printable_path(right.article.path)),
        ),
        scoring=dataclasses.replace(comparison.scoring, corpus=corpus),
    )
