"""Messages the app's thread workers post back to the event loop (the only thread-safe path)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from newsdiff.app.engine import ArticleCounts, Prepared
from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article, Comparison


@dataclass
class CorpusLoaded(Message):
    """The corpus finished loading: the articles that loaded and one error per file that did not.

    With ``complete`` false, only the first of them: a screenful read ahead of the rest.
    """

    articles: tuple[Article, ...]
    errors: tuple[ArticleError, ...]
    complete: bool = True


@dataclass
class CountsReady(Message):
    """Word, sentence and quote counts of one article of the corpus."""

    path: str
    counts: ArticleCounts


@dataclass
class ComparisonReady(Message):
    """A comparison finished.

    Attributes:
        key: The ``(left path, right path)`` it was computed for.
        prepared: The prepared pair, kept to re-label cheaply when thresholds change.
        comparison: The comparison to show.
        layout: Its line layout, built by the worker at the view's width (or ``None``).
        quotes: Its quote list, built by the worker (``QuoteSidebar.listing``, or ``None``).
    """

    key: tuple[str, str]
    prepared: Prepared
    comparison: Comparison
    layout: Any = None
    quotes: Any = None


@dataclass
class ComparisonFailed(Message):
    """A comparison raised instead of finishing."""

    key: tuple[str, str]
    problem: str
