"""Paths → Articles. (First cut: UTF-8 only; robust decoding and errors come with issue 2.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.errors import ArticleError
from newsdiff.core.models import Article

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class Corpus:
    """The articles that loaded, and one error per input that did not."""

    articles: tuple[Article, ...]
    errors: tuple[ArticleError, ...]


def bundled_seeds_dir() -> Path:
    """The folder of bundled articles, from a wheel or from a source checkout."""
    packaged = Path(__file__).resolve().parent.parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "seeds"


def load_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Load one article file."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ArticleError(shown, error.strerror or str(error)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first = text.strip().split("\n", 1)[0] if text.strip() else ""
    return Article(path=shown, text=text, title=first[:80])


def load_corpus(paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load files and folders (a folder means its .txt and .md files, sorted)."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in paths:
        candidate = Path(path)
        files = (
            sorted(p for p in candidate.iterdir() if p.suffix in ARTICLE_SUFFIXES)
            if candidate.is_dir()
            else [candidate]
        )
        for file in files:
            try:
                articles.append(load_article(file, max_bytes=max_bytes))
            except ArticleError as error:
                errors.append(error)
    return Corpus(tuple(articles), tuple(errors))
