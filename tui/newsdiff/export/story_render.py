"""A story as a report string, for ``newsdiff story`` and the Story screen's save dialog alike."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from newsdiff.export.common import slug

if TYPE_CHECKING:
    from newsdiff.core.story import Story

STORY_FORMATS = {"html": "HTML", "md": "Markdown", "json": "JSON", "text": "Text"}
"""The formats a story can be saved in from the app (those of ``newsdiff story --format``)."""


def printable_story(story: Story) -> Story:
    """The story with every file path as text (undecodable bytes as ``\\xNN``), so every
    report is valid UTF-8 (see :func:`newsdiff.core.sanitize.printable_path`)."""
    from newsdiff.core.sanitize import printable_path

    articles = tuple(
        dataclasses.replace(article, path=printable_path(article.path))
        for article in story.articles
    )
    corpus = tuple(printable_path(path) for path in story.scoring.corpus)
    return dataclasses.replace(
        story, articles=articles, scoring=dataclasses.replace(story.scoring, corpus=corpus)
    )


def render_story(story: Story, fmt: str, order: str = "coverage") -> str:
    """The story in ``fmt`` (``text``, ``json``, ``html`` or ``md``) as a string, claims in
    ``order`` (``coverage``, ``conflicts`` or ``reading``)."""
    if fmt == "json":
        from newsdiff.export.json_export import json_text
        from newsdiff.export.story_report import story_to_dict

        return json_text(story_to_dict(story, order))
    if fmt == "html":
        from newsdiff.export.story_html import story_html

        return story_html(story, order)
    from newsdiff.export.story_report import story_markdown, story_text

    return story_markdown(story, order) if fmt == "md" else story_text(story, order)


def story_filename(story: Story, extension: str) -> str:
    """``newsdiff-story-<first title>.<extension>``: the reports head a story with its first
    article's title (``Story: …``), so its file is named the same way."""
    first = story.articles[0] if story.articles else None
    title = slug(first.title, 30) if first is not None else ""
    return f"newsdiff-story-{title or 'articles'}.{extension}"
