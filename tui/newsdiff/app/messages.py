"""Messages the app's thread workers post back to the event loop (the only thread-safe path).

Plain classes, not dataclasses: this module is imported before the library's first frame, and a
dataclass costs ~0.15 ms to create.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from newsdiff.app.engine import ArticleCounts, Prepared
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Comparison


class CorpusLoaded(Message):
    """The corpus finished loading: the articles that loaded and one error per file that did not.

    With ``complete`` false, only the first of them: a screenful read ahead of the rest.
    """

    def __init__(
        self,
        articles: tuple[Article, ...],
        errors: tuple[ArticleError, ...],
        complete: bool = True,
    ) -> None:
        super().__init__()
        self.articles = articles
        self.errors = errors
        self.complete = complete


class CountsReady(Message):
    """Word, sentence and quote counts of one article of the corpus."""

    def __init__(self, path: str, counts: ArticleCounts) -> None:
        super().__init__()
        self.path = path
        self.counts = counts


class ComparisonReady(Message):
    """A comparison finished.

    Attributes:
        key: The ``(left path, right path)`` it was computed for.
        prepared: The prepared pair, kept to re-label cheaply when thresholds change.
        comparison: The comparison to show.
        layout: Its line layout, built by the worker at the view's width (or ``None``).
        quotes: Its quote list, built by the worker (``QuoteSidebar.listing``, or ``None``).
    """

    def __init__(
        self,
        key: tuple[str, str],
        prepared: Prepared,
        comparison: Comparison,
        layout: Any = None,
        quotes: Any = None,
    ) -> None:
        super().__init__()
        self.key = key
        self.prepared = prepared
        self.comparison = comparison
        self.layout = layout
        self.quotes = quotes


class ComparisonFailed(Message):
    """A comparison raised instead of finishing."""

    def __init__(self, key: tuple[str, str], problem: str) -> None:
        super().__init__()
        self.key = key
        self.problem = problem
