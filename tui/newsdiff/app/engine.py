"""The app's doorway to the analysis core: counts for the library and comparisons for the view.

These functions run in thread workers; they never touch widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsdiff.core.models import Article, Comparison, Settings


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """What the library shows about an article besides its title and path."""

    words: int
    sentences: int
    quotes: int


def article_counts(article: Article) -> ArticleCounts:
    """Words, sentences and quotes of ``article`` (from ``core.stats`` when it is available)."""
    try:
        from newsdiff.core.stats import article_stats
    except ImportError:
        article_stats = None
    if article_stats is not None:
        stats = article_stats(article)
        return ArticleCounts(
            words=int(_field(stats, "words")),
            sentences=int(_field(stats, "sentences")),
            quotes=int(_field(stats, "quotes")),
        )
    from newsdiff.core.quotes import extract_quotes
    from newsdiff.core.segment import segment

    sentences = segment(article.text)
    return ArticleCounts(
        words=len(article.text.split()),
        sentences=len(sentences),
        quotes=len(extract_quotes(article.text, sentences)),
    )


def _field(stats: Any, name: str) -> Any:
    value = stats[name] if isinstance(stats, dict) else getattr(stats, name)
    return len(value) if isinstance(value, (list, tuple)) else value


def prepare_pair(left: Article, right: Article, corpus: Sequence[Article]) -> Any:
    """Score ``left`` against ``right`` once; re-label later with :func:`relabel`."""
    from newsdiff.core.compare import prepare

    return prepare(left, right, corpus=tuple(corpus))


def relabel(prepared: Any, settings: Settings) -> Comparison:
    """The comparison of a prepared pair at ``settings`` (cheap: no re-scoring)."""
    return prepared.comparison(settings)
