"""The story's conflicts say what disagrees, and say it as the pair view does: the claim check
run on demand on a conflict's two variants gives the evidence the pair view's link carries
(real scoring of the invented fixtures ``story_conflicts/``, a figure, and ``story_xref/``, a
polarity: *shut* / *reopens*)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story
from newsdiff.core.story_disagreements import claim_conflicts, conflict_line, disagreement_words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("corpus", ["story_conflicts", "story_xref"])
def test_each_conflict_has_the_pair_views_evidence(corpus: str) -> None:
    articles = [load_article(path) for path in sorted((FIXTURES / corpus).glob("*.txt"))]
    story = build_story(articles)
    found = [c for claim in story.claims if claim.conflict for c in claim_conflicts(story, claim)]
    assert found, "premise: the corpus has a conflict"
    for conflict in found:
        (a, i), (b, j) = conflict.left, conflict.right
        assert a < b  # the earlier article on the left, as the story opens the pair
        comparison = compare_articles(articles[a], articles[b], corpus=articles)
        (link,) = [k for k in comparison.left.sentences[i].links if k.index == j]
        assert link.label == "conflict"
        assert conflict.evidence.disagree == link.evidence.disagree
        assert disagreement_words(story, conflict)  # some words are named


def test_a_conflict_line_reads_as_the_pair_views_status_line() -> None:
    articles = [load_article(p) for p in sorted((FIXTURES / "story_conflicts").glob("*.txt"))]
    story = build_story(articles)
    names = [Path(a.path).name for a in articles]
    (claim,) = [c for c in story.claims if c.conflict]
    lines = [conflict_line(story, c, names) for c in claim_conflicts(story, claim)]
    assert lines == [
        "harwick_courier.txt S2 ≠ port_gazette.txt S2 · figure: 800 ↔ 2,500",
        "port_gazette.txt S2 ≠ valley_wire.txt S2 · figure: 2,500 ↔ 800",
    ]
    # beside the right-hand variant, its own figure first (as the pair view's right side)
    second = claim_conflicts(story, claim)[1]
    assert disagreement_words(story, second, second.right) == "figure: 800 ↔ 2,500"
