"""Per-article figures for the library view and ``newsdiff list``: words, sentences, quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdiff.core.article_cache import counts
from newsdiff.core.models import Article, ArticleMeta

_WORD = re.compile(r"[^\W_]+(?:['’.\-‐][^\W_]+)*")
"""A word: letters/digits, joined by apostrophes, inner dots or hyphens (``don't``, ``U.S``)."""


@dataclass(frozen=True, slots=True)
class ArticleStats:
    """What the library shows for one article."""

    path: str
    title: str
    encoding: str
    words: int
    sentences: int
    quotes: int
    meta: ArticleMeta = field(default_factory=ArticleMeta)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready data, as ``newsdiff list --format json`` prints it."""
        return {
            "path": self.path,
            "title": self.title,
            "encoding": self.encoding,
            "words": self.words,
            "sentences": self.sentences,
            "quotes": self.quotes,
            "meta": self.meta.to_dict(),
        }


def count_words(text: str) -> int:
    """The number of words: runs of letters or digits, so punctuation and dashes do not count.

    ``U.S.``, ``don't``, ``well-known`` and ``3.5`` are one word each.
    """
    return sum(1 for _ in _WORD.finditer(text))


def article_stats(article: Article) -> ArticleStats:
    """Words, sentences and quotes of ``article``, by the project's segmenter and quote finder."""
    sentences, quotes = counts(article.text)
    return ArticleStats(
        path=article.path,
        title=article.title,
        encoding=article.encoding,
        words=count_words(article.text),
        sentences=sentences,
        quotes=quotes,
        meta=article.meta,
    )
