"""The story scores each pair of articles once, and never an article against itself."""

from __future__ import annotations

import pytest
from newsdiff.core import story
from newsdiff.core.models import Article
from newsdiff.core.story import build_story

HARBOUR = [
    "Harbour workers walked out on Monday over a pay offer of 3 percent.",
    "The union said 1,200 members had joined the strike at the port.",
    "Talks with the port authority are due to resume on Thursday, the union said.",
    "Ferries to the islands were cancelled for the second day running.",
    "The port authority said its offer was the best it could afford this year.",
    "Lorry drivers queued for six kilometres on the coast road.",
]
REWRITE = [
    "The union said 1,200 members had joined the strike at the port.",
    "Harbour workers walked out on Monday over a pay offer of 3 percent, the union said.",
    "Ferries to the islands were cancelled.",
]
THIRD = [
    "Ferry services to the islands were cancelled for a second day.",
    "Negotiations are due to resume on Thursday, according to the union.",
]


def _article(path: str, sentences: list[str]) -> Article:
    return Article(path=path, text="\n\n".join(sentences) + "\n", title=sentences[0])


def _corpus() -> list[Article]:
    return [
        _article("long.txt", HARBOUR),
        _article("rewrite.txt", REWRITE),
        _article("third.txt", THIRD),
    ]


def _links(built: story.Story) -> set[tuple[object, ...]]:
    return {
        (link.a, link.b, link.label, round(link.score, 4))
        for claim in built.claims
        for link in claim.links
    }


def test_no_article_is_scored_against_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """With one article a block, the cells scored are exactly the pairs of sentences from two
    different articles: an article's own sentences against each other (never linked) cost
    nothing, however long it is."""
    cells: list[int] = []
    score_block = story._score_block

    def counting(left, right, *args, **kwargs):  # type: ignore[no-untyped-def]
        cells.append(len(left) * len(right))
        return score_block(left, right, *args, **kwargs)

    monkeypatch.setattr(story, "_score_block", counting)
    monkeypatch.setattr(story, "BLOCK_CELLS", 1)
    built = build_story(_corpus())
    sizes = [len(sentences) for sentences in built.sentences]
    across = sum(sizes[a] * sizes[b] for a in range(len(sizes)) for b in range(a + 1, len(sizes)))
    assert sum(cells) == across


def test_links_do_not_depend_on_how_the_corpus_is_cut_into_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One article a block, or all in one block: the same links with the same scores."""
    together = build_story(_corpus())
    monkeypatch.setattr(story, "BLOCK_CELLS", 1)
    apart = build_story(_corpus())
    assert _links(together) == _links(apart)
    assert _links(together)  # the rewrite and the third article do share claims
