"""Per-article figures for the library and ``newsdiff list``."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.core.load import load_article
from newsdiff.core.models import Article
from newsdiff.core.stats import article_stats, count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("One two three.", 3),
        ("The U.S. envoy didn't say — well-known facts, 3.5 percent.", 9),
        ("  — … !!! ", 0),
        ("“Quoted,” he said.", 3),
    ],
)
def test_count_words(text: str, words: int) -> None:
    assert count_words(text) == words


def test_stats_of_an_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Talks resume\n\nOfficials met on Tuesday. They agreed.\n", encoding="utf-8")
    stats = article_stats(load_article(path))
    assert stats.path == str(path)
    assert stats.title == "Talks resume"
    assert stats.words == 8
    assert stats.sentences >= 3  # the headline and two sentences, however segmentation evolves
    assert stats.quotes >= 0
    assert stats.to_dict()["words"] == 8


def test_stats_of_every_bundled_article(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        article = load_article(path)
        stats = article_stats(article)
        assert stats.words > 300
        assert stats.sentences > 10
        keys = {"path", "title", "encoding", "words", "sentences", "quotes", "meta"}
        assert set(stats.to_dict()) == keys


def test_stats_do_not_depend_on_the_path() -> None:
    a = article_stats(Article(path="a.txt", text="One. Two.", title="One."))
    b = article_stats(Article(path="b.txt", text="One. Two.", title="One."))
    assert (a.words, a.sentences, a.quotes) == (b.words, b.sentences, b.quotes)
