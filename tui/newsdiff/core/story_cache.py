"""Stories kept on disk by the content of their articles, so reopening a corpus is instant.

The key is a SHA-256 over the analysis code's fingerprint
(:func:`~newsdiff.core.disk_cache.code_fingerprint`), the thresholds, the meaning signal's state
and the set of the articles' content hashes (sorted, copies counted): a changed, added or
removed article, new thresholds or edited analysis code is a new key; a renamed, moved or
reordered file is still a hit, retold in the order given (:mod:`newsdiff.core.story_reorder`:
the claims do not depend on the order, only how they are told does).

Entries are pickles in ``$NEWSDIFF_CACHE`` (default ``$XDG_CACHE_HOME/newsdiff/story`` or
``~/.cache/newsdiff/story``); an unreadable entry is recomputed, and a cache that cannot be
written is silently skipped — the cache never stops the story.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsdiff.core import disk_cache, semantic
from newsdiff.core.models import Article, Settings
from newsdiff.core.story import LINKAGE, SCHEMA, Story
from newsdiff.core.story_reorder import matching, reordered, text_hash

CACHE_FORMAT = 3
"""Bumped whenever :class:`~newsdiff.core.story.Story` or the key changes shape (2: keyed by the
set of texts, entries are :class:`StoryEntry`; 3: claims carry their cross-references,
:attr:`~newsdiff.core.story_model.Claim.related`)."""


@dataclass(frozen=True, slots=True)
class StoryEntry:
    """A story as kept on disk: an entry of format 1 (a bare :class:`Story` keyed by the texts
    in order) is not one, so it is never read as a story of the set."""

    story: Story
    format: int = CACHE_FORMAT


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
    digest.update(b"set of texts\0")
    for content in sorted(text_hash(article) for article in articles):
        digest.update(bytes.fromhex(content))
    return digest.hexdigest()


def cached_story(
    articles: Sequence[Article],
    settings: Settings,
    build: Callable[[], Story],
    directory: Path | None = None,
) -> Story:
    """The story of ``articles`` from the cache, or ``build()`` stored for next time.

    A hit carries the current articles (paths and titles may have changed; texts have not),
    in the order given: reading order, claim ids and matrix rows are those a fresh computation
    in that order gives. Entries are kept by :mod:`newsdiff.core.disk_cache`, as the articles'
    analyses are.
    """
    folder = directory or cache_dir()
    key = story_key(articles, settings)
    entry = disk_cache.load(
        folder,
        key,
        lambda e: (
            isinstance(e, StoryEntry) and e.format == CACHE_FORMAT and isinstance(e.story, Story)
        ),
    )
    if isinstance(entry, StoryEntry):
        order = matching(entry.story.articles, articles)
        if order is not None:
            if order == sorted(order) and [a.path for a in articles] == [
                a.path for a in entry.story.articles
            ]:
                return replace(entry.story, articles=tuple(articles))
            return reordered(entry.story, articles, order)
    built = build()
    disk_cache.store(folder, key, StoryEntry(built))
    return built
