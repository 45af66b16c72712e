"""A remark that two summaries pull into another remark's claim takes its own remark's claim.

``tests/fixtures/story_remarks/`` holds seven short invented reports of a trade minister's
remarks: "we see a chance to widen our trade ties with Norland" (every outlet) and "Sudland has
partners that we do not have partners with" (quoted by one outlet after the first remark,
reported apart by two more, and stated together with the first remark in one sentence by two
summaries). The quotation of the second remark links most strongly to the two summaries and
joins the first remark's claim while it is small; the claim grows to six variants in other
articles, two of which it links (under the join test), while it links both other reports of
its own remark (docs/story.md, *Fourteenth round*).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.story import build_story

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_remarks"
PATHS = sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def remarks():
    articles = [load_article(path) for path in PATHS]
    return articles, build_story(articles)


def _at(articles, name: str, words: str) -> tuple[int, int]:
    """The position of the sentence of ``name`` that holds ``words`` (numbered as the pair
    view numbers them)."""
    a = next(k for k, path in enumerate(PATHS) if path.name == name)
    text = articles[a].text
    sentences = compare_articles(articles[a], articles[a]).left.sentences
    found = [i for i, x in enumerate(sentences) if words in text[x.sentence.start : x.sentence.end]]
    assert len(found) == 1, (name, words)
    return a, found[0]


def _linked(articles) -> set[frozenset[tuple[int, int]]]:
    """Every pair of sentences ``compare A B --corpus`` links (each article under 20
    sentences: the story's scores are the pair view's)."""
    found = set()
    for a, b in itertools.combinations(range(len(articles)), 2):
        comparison = compare_articles(articles[a], articles[b], corpus=articles)
        for i, aligned in enumerate(comparison.left.sentences):
            found |= {frozenset(((a, i), (b, x.index))) for x in aligned.links}
    return found


def _together(story, x, y) -> bool:
    return any(x in claim.variants and y in claim.variants for claim in story.claims)


def test_the_second_remark_is_grouped_with_its_own_reports_not_the_first(remarks) -> None:
    """The quotation of the second remark is a variant of its own remark's claim, with the
    two outlets that report that remark; it shares no claim with the outlets that state only
    the first remark (fails before: it was a variant of the first remark's claim, so a
    reader saw three outlets' "chance to widen trade ties" as carrying "Sudland has
    partners"). The two summaries that state both remarks still share a claim with it."""
    articles, story = remarks
    quotation = _at(articles, "alpha-wire.txt", "Look, Sudland has partners")
    reports = [
        _at(articles, "beta-herald.txt", "keeps partners that the other"),
        _at(articles, "epsilon-daily.txt", "Just as Sudland keeps partners"),
    ]
    summaries = [
        _at(articles, "delta-times.txt", "She said Sudland has partners"),
        _at(articles, "gamma-post.txt", "adding that Sudland has partners"),
    ]
    first_only = [
        _at(articles, "beta-herald.txt", "Ostmark will widen its trade ties"),
        _at(articles, "epsilon-daily.txt", "Varga says Ostmark sees a chance"),
        _at(articles, "zeta-news.txt", "said Ostmark saw a chance"),
    ]
    linked = _linked(articles)
    # premise: the pair view links the quotation to both summaries and both reports, and
    # the summaries to the first remark's statements
    assert all(frozenset((quotation, x)) in linked for x in [*summaries, *reports])
    assert all(frozenset((s, first_only[1])) in linked for s in summaries)
    own = story.claims[story.claim_index()[quotation]]
    assert set(own.variants) - set(own.also) == {quotation, *reports}
    assert not any(_together(story, quotation, x) for x in first_only)
    assert all(_together(story, quotation, s) for s in summaries)
    # the summaries keep the first remark's claim as their own
    for summary in summaries:
        assert story.claim_index()[summary] == story.claim_index()[first_only[1]]
