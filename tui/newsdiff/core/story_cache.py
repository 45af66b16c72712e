"""Stories kept on disk by the content of their articles, so reopening a corpus is instant.

The key is a SHA-256 over the analysis code's fingerprint
(:func:`~newsdiff.core.disk_cache.code_fingerprint`), the thresholds, the meaning signal's state
and each article's content hash, in corpus order: a changed, added, removed or reordered article,
new thresholds or edited analysis code is a new key, and a renamed or moved file is still a
hit. Entries are pickles in ``$NEWSDIFF_CACHE`` (default ``$XDG_CACHE_HOME/newsdiff/story`` or
``~/.cache/newsdiff/story``); an unreadable entry is recomputed, and a cache that cannot be
written is silently skipped — the cache never stops the story.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from newsdiff.core import disk_cache, semantic
from newsdiff.core.models import Article, Settings
from newsdiff.core.story import LINKAGE, SCHEMA, Story

CACHE_FORMAT = 1
"""Bumped whenever :class:`~newsdiff.core.story.Story` changes shape."""


def cache_dir() -> Path:
    """Where stories are kept."""
    explicit = os.environ.get("NEWSDIFF_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsdiff" / "story"


def story_key(articles: Sequence[Article], settings: Settings) -> str:
    """The cache key of a story of ``articles`` at ``settings``."""
    digest = hashlib.sha256()
    parts = [
        SCHEMA,
        str(CACHE_FORMAT),
        disk_cache.code_fingerprint(),
        repr((settings.shared, settings.paraphrase, LINKAGE)),
        semantic.status(),
    ]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    for article in articles:
        digest.update(hashlib.sha256(article.text.encode("utf-8")).digest())
    return digest.hexdigest()


def cached_story(
    articles: Sequence[Article],
    settings: Settings,
    build: Callable[[], Story],
    directory: Path | None = None,
) -> Story:
    """The story of ``articles`` from the cache, or ``build()`` stored for next time.

    A hit carries the current articles (paths and titles may have changed; texts have not).
    Entries are kept by :mod:`newsdiff.core.disk_cache`, as the articles' analyses are.
    """
    folder = directory or cache_dir()
    key = story_key(articles, settings)
    story = disk_cache.load(
        folder, key, lambda s: isinstance(s, Story) and len(s.articles) == len(articles)
    )
    if isinstance(story, Story):
        return replace(story, articles=tuple(articles))
    built = build()
    disk_cache.store(folder, key, built)
    return built
