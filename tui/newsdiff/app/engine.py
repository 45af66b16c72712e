"""The app's doorway to the analysis core: counts for the library and comparisons for the view.

These functions run in thread workers; they never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from newsdiff.core.models import Article, Comparison, Settings

if TYPE_CHECKING:
    from newsdiff.core.story import Story


class Prepared(Protocol):
    """A scored pair that re-labels cheaply at any thresholds (``core.compare.PreparedPair``)."""

    def comparison(self, settings: Settings) -> Comparison:
        """The comparison at ``settings``, without re-scoring."""
        ...


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """What the library shows about an article besides its title and path."""

    words: int
    sentences: int
    quotes: int


def article_counts(article: Article) -> ArticleCounts:
    """Words, sentences and quotes of ``article``, as ``newsdiff list`` counts them."""
    from newsdiff.core.stats import article_stats

    stats = article_stats(article)
    return ArticleCounts(words=stats.words, sentences=stats.sentences, quotes=stats.quotes)


def prepare_pair(left: Article, right: Article, corpus: Sequence[Article]) -> Prepared:
    """Score ``left`` against ``right`` once; re-label later with :func:`relabel`."""
    from newsdiff.core.compare import prepare

    return prepare(left, right, corpus=tuple(corpus))


def relabel(prepared: Prepared, settings: Settings) -> Comparison:
    """The comparison of a prepared pair at ``settings`` (cheap: no re-scoring)."""
    return prepared.comparison(settings)


def build_story(
    articles: Sequence[Article],
    settings: Settings,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> Story:
    """The corpus story (from the on-disk cache when these texts were read before)."""
    from newsdiff.core.story import build_story as build
    from newsdiff.core.story_cache import cached_story

    return cached_story(
        articles,
        settings,
        lambda: build(articles, settings, progress=progress, cancelled=cancelled),
    )
