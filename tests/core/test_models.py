"""The comparison vocabulary every view relies on: sides, the best link, changed spans."""

from __future__ import annotations

import re

import pytest
from newsdiff.core.models import (
    SIDES,
    AlignedSentence,
    Article,
    ComparedArticle,
    Comparison,
    Link,
    Row,
    Sentence,
    WordDiff,
    WordOp,
    other_side,
    pair,
    side_letter,
)
from newsdiff.export.text import render_text

LEFT = ["Talks resume in Geneva today.", "Nothing else happened."]
RIGHT = ["Talks restart in Geneva today.", "Negotiators resume in Geneva today."]


def _side(texts: list[str], links: list[tuple[Link, ...]]) -> ComparedArticle:
    text = " ".join(texts)
    sentences = []
    start = 0
    for index, (sentence, linked) in enumerate(zip(texts, links, strict=True)):
        placed = Sentence(index, start, start + len(sentence), sentence)
        label = "unique"
        if linked:
            label = "conflict" if any(link.label == "conflict" for link in linked) else "shared"
        sentences.append(AlignedSentence(placed, label, links=linked))  # type: ignore[arg-type]
        start += len(sentence) + 1
    return ComparedArticle(Article("x.txt", text, texts[0]), tuple(sentences))


def _span(texts: list[str], index: int, word: str) -> tuple[int, int]:
    start = sum(len(text) + 1 for text in texts[:index]) + texts[index].index(word)
    return start, start + len(word)


def _comparison(left_links: tuple[Link, ...]) -> Comparison:
    """Left sentence 1 links to right 1 (listed first, weaker) and right 1 (stronger)."""
    left = _side(LEFT, [left_links, ()])
    right = _side(
        RIGHT,
        [
            (Link(0, "shared", 90.0),),
            (Link(0, "paraphrased", 60.0),),
        ],
    )
    diffs = {
        (0, 0): WordDiff(
            0, 0, (WordOp("replace", _span(LEFT, 0, "resume"), _span(RIGHT, 0, "restart")),)
        ),
        (0, 1): WordDiff(
            0, 1, (WordOp("replace", _span(LEFT, 0, "Talks"), _span(RIGHT, 1, "Negotiators")),)
        ),
    }
    rows = (Row(0, 0), Row(None, 1), Row(1, None))
    return Comparison(left, right, rows, diffs)


WEAK_FIRST = (Link(1, "paraphrased", 60.0), Link(0, "shared", 90.0))


def test_best_link_is_the_best_scored_whatever_the_order() -> None:
    aligned = _comparison(WEAK_FIRST).left.sentences[0]
    assert aligned.best_link == WEAK_FIRST[1]


def test_a_conflict_link_is_the_best_link_even_when_another_scores_higher() -> None:
    conflict = Link(1, "conflict", 60.0)
    aligned = _comparison((conflict, Link(0, "shared", 90.0))).left.sentences[0]
    assert aligned.best_link == conflict


def test_a_unique_sentence_has_no_best_link_and_no_changed_spans() -> None:
    comparison = _comparison(WEAK_FIRST)
    assert comparison.left.sentences[1].best_link is None
    assert comparison.changed_spans("left", 1) == ()


def test_ties_go_to_the_first_link_listed() -> None:
    first, second = Link(1, "paraphrased", 70.0), Link(0, "paraphrased", 70.0)
    assert _comparison((first, second)).left.sentences[0].best_link == first


def test_changed_spans_are_measured_against_the_best_counterpart_on_both_sides() -> None:
    comparison = _comparison(WEAK_FIRST)
    assert comparison.changed_spans("left", 0) == (_span(LEFT, 0, "resume"),)
    assert comparison.changed_spans("right", 0) == (_span(RIGHT, 0, "restart"),)
    assert comparison.changed_spans("right", 1) == (_span(RIGHT, 1, "Negotiators"),)


def test_sides_name_their_articles_and_rows() -> None:
    comparison = _comparison(WEAK_FIRST)
    assert [comparison.side(side) for side in SIDES] == [comparison.left, comparison.right]
    assert comparison.aligned("right", 1) is comparison.right.sentences[1]
    assert [other_side(side) for side in SIDES] == ["right", "left"]
    assert [side_letter(side) for side in SIDES] == ["L", "R"]
    assert [Row(3, None).on(side) for side in SIDES] == [3, None]
    assert [pair(side, 2, 5) for side in SIDES] == [(2, 5), (5, 2)]


@pytest.mark.parametrize("width", [60, 120])
def test_text_export_emphasizes_the_words_the_best_counterpart_lacks(width: int) -> None:
    output = render_text(_comparison(WEAK_FIRST), color=True, width=width)
    emphasized = re.findall(r"\x1b\[1;4[;0-9]*m([^\x1b]+)", output)
    assert "resume" in emphasized  # against R1 "Talks restart…", the stronger link
    assert "Talks" not in emphasized  # what the weaker link R2 would have marked
