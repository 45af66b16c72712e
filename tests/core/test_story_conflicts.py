"""Where outlets disagree: every conflict the pair view shows is a conflict in the story.

``tests/fixtures/story_conflicts/`` holds three short invented reports of one rally: two
outlets count 800 protesters, the third 2,500 (in other words, so the pair scores low and the
pair view finds it through its proposed pairs of disagreeing figures); the rest agree, and two
look-alike sentences give unrelated figures (40 trams, 12 teachers).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles, compare_files
from newsdiff.core.load import load_article
from newsdiff.core.models import Article
from newsdiff.core.story import PairLink, build_story, group_claims, pair_links
from newsdiff.core.story_model import conflicting, sorted_claims

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_conflicts"
PATHS = sorted(FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def rally():
    articles = [load_article(path) for path in PATHS]
    return articles, build_story(articles)


def _where(story, article: int, needle: str) -> tuple[int, int]:
    index = next(k for k, s in enumerate(story.sentences[article]) if needle in s.text)
    return article, index


def _claims_of(story, position: tuple[int, int]) -> set[int]:
    return {k for k, claim in enumerate(story.claims) if position in claim.variants}


def test_the_pair_view_sees_the_disagreement_on_the_fixture() -> None:
    """The premise: the pair view of the two outlets labels the two counts a conflict."""
    comparison = compare_files(PATHS[0], PATHS[1])
    labels = {
        (index, link.index): link.label
        for index, sentence in enumerate(comparison.left.sentences)
        for link in sentence.links
    }
    assert labels[(1, 1)] == "conflict"


def test_two_figures_for_one_count_are_flagged_where_the_story_shows_them(rally) -> None:
    """800 protesters (two outlets) against 2,500 (the third): the story has a conflicting
    claim holding the three counts, its conflict links mark the 2,500 and each 800 it
    contradicts (``≠``), the two 800s are not a conflict of each other, and the conflicts
    sort puts the claim first."""
    _, story = rally
    low = _where(story, 0, "800 protesters")
    high = _where(story, 1, "2,500 demonstrators")
    agrees = _where(story, 2, "About 800 protesters")
    shared = [k for k in _claims_of(story, low) & _claims_of(story, high)]
    assert shared, "the two counts are in no claim together"
    flagged = [k for k in shared if story.claims[k].conflict]
    assert flagged
    claim = story.claims[flagged[0]]
    assert {low, high, agrees} <= conflicting(claim)
    clashes = {frozenset((x.a, x.b)) for x in claim.links if x.label == "conflict"}
    assert frozenset((low, high)) in clashes and frozenset((low, agrees)) not in clashes
    assert story.claims[sorted_claims(story, "conflicts")[0]].conflict


def test_unrelated_figures_in_look_alike_sentences_are_not_joined(rally) -> None:
    """40 new trams and 12 new teachers: the same frame, different things counted. Neither is
    a variant of the other's claim, and neither claim is flagged."""
    _, story = rally
    trams = _where(story, 0, "40 new trams")
    teachers = _where(story, 1, "12 new teachers")
    assert not _claims_of(story, trams) & _claims_of(story, teachers)
    assert not any(story.claims[k].conflict for k in _claims_of(story, trams))
    assert not any(story.claims[k].conflict for k in _claims_of(story, teachers))
    every = [link for claim in story.claims for link in claim.links]
    assert not any({link.a, link.b} == {trams, teachers} for link in every)


def _pair_view_links(articles: list[Article], a: int, b: int) -> set[tuple[int, int, str]]:
    comparison = compare_articles(articles[a], articles[b], corpus=articles)
    return {
        (i, link.index, link.label)
        for i, aligned in enumerate(comparison.left.sentences)
        for link in aligned.links
    }


def _story_links(articles: list[Article]) -> dict[tuple[str, str], set[tuple[int, int, str]]]:
    made: dict[tuple[str, str], set[tuple[int, int, str]]] = {}

    paths = [article.path for article in articles]

    def recording(prepared, settings):
        found = pair_links(prepared, settings)
        left, right = prepared.left.path, prepared.right.path
        if paths.index(left) < paths.index(right):
            made[(left, right)] = {(i, j, lab) for i, j, lab, _ in found}
        else:  # scored the other way round (the story's order): as the named pair reads it
            made[(right, left)] = {(j, i, lab) for i, j, lab, _ in found}
        return found

    build_story(articles, linker=recording)
    return made


def test_every_pair_of_the_rally_links_as_the_pair_view_with_its_proposed_pairs() -> None:
    """The pair view reads two figures of one count in one claim whatever their score (its
    proposed pairs); the story's pairs are linked by the same finder, so they find them too."""
    articles = [load_article(path) for path in PATHS]
    made = _story_links(articles)
    for a in range(len(articles)):
        for b in range(a + 1, len(articles)):
            expected = _pair_view_links(articles, a, b)
            assert made[(articles[a].path, articles[b].path)] == expected, (a, b)
    assert (1, 1, "conflict") in made[(articles[0].path, articles[1].path)]


BRIDGE = [
    "Elm bridge opens after two years of work.",
    "Mayor Tessa Brandvold cut the ribbon on the new Elm bridge on Monday morning.",
    "She told reporters that the crossing had cost the town 40 million crowns, well over the "
    "first estimate.",
]
BRIDGE_B = [
    "New bridge over the Elm opens.",
    "The town paid 55 million crowns for the Elm bridge, Mayor Tessa Brandvold said as she "
    "opened it.",
    "Cyclists were the first to cross.",
]


def test_a_figure_told_by_she_conflicts_in_the_story_as_in_the_pair_view() -> None:
    """*She* said 40 million, the mayor said 55: the pair view reads who *she* is (the
    subject's referent) before it compares the figures of one agent, and so does the story."""
    articles = [
        Article(path=f"{k}.txt", text="\n\n".join(lines) + "\n", title=lines[0])
        for k, lines in enumerate((BRIDGE, BRIDGE_B))
    ]
    expected = _pair_view_links(articles, 0, 1)
    assert (2, 1, "conflict") in expected
    assert _story_links(articles)[("0.txt", "1.txt")] == expected


def test_a_conflict_between_two_claims_is_shown_in_both() -> None:
    """Each count has its own paraphrase in a fourth outlet, so average linkage keeps the two
    counts in two claims (one link of four pairs); the conflict link between them makes each
    count a variant of the other's claim, lists the link in both, and flags both."""
    low, low_again, high, high_again = (0, 1), (1, 1), (2, 1), (3, 1)
    links = [
        PairLink(low, low_again, "paraphrased", 88.0),
        PairLink(high, high_again, "paraphrased", 86.0),
        PairLink(low, high, "conflict", 31.0),
    ]
    claims = group_claims([low, low_again, high, high_again], links)
    assert len(claims) == 2
    first, second = claims
    assert set(first.variants) - set(first.also) == {low, low_again}
    assert first.also == (high,) and second.also == (low,)
    assert first.conflict and second.conflict
    for claim in claims:
        assert PairLink(low, high, "conflict", 31.0) in list(claim.links)
        assert conflicting(claim) == {low, high}


def test_a_conflict_inside_one_claim_is_listed_once() -> None:
    """A conflict link between two variants of one claim adds no variant and no second copy
    of the link."""
    a, b, c = (0, 0), (1, 0), (2, 0)
    links = [
        PairLink(a, b, "paraphrased", 80.0),
        PairLink(b, c, "conflict", 70.0),
        PairLink(a, c, "paraphrased", 75.0),
    ]
    (claim,) = group_claims([a, b, c], links)
    assert claim.also == () and claim.conflict
    assert len(claim.links) == 3


POSITIONS = [(a, s) for a in range(4) for s in range(4)]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 3),
            st.integers(0, 3),
            st.integers(0, 3),
            st.sampled_from([30.0, 50.0, 60.0, 70.0, 80.0, 90.0]),
            st.booleans(),
        ),
        max_size=24,
    )
)
def test_every_conflict_link_is_a_conflict_of_a_claim_both_sentences_are_in(raw) -> None:
    """Whatever the links: each conflict link's two sentences are variants of a claim that
    lists the link and is flagged; a claim is flagged exactly when one of its links is a
    conflict; and labels do not move a sentence's own claim (a conflict is weighed as any
    link in the grouping)."""
    links = [
        PairLink((a, i), (b, j), "conflict" if clash else "paraphrased", score)
        for a, i, b, j, score, clash in raw
        if a != b
    ]
    # a pair of sentences is one link (the last listing, as the grouping reads it)
    last = {frozenset((link.a, link.b)): link for link in links}
    claims = group_claims(POSITIONS, links)
    for link in last.values():
        if link.label != "conflict":
            continue
        holding = [c for c in claims if link.a in c.variants and link.b in c.variants]
        assert holding and all(c.conflict for c in holding)
        assert any({x.a, x.b} == {link.a, link.b} for c in holding for x in c.links)
    for claim in claims:
        assert claim.conflict == any(link.label == "conflict" for link in claim.links)
        assert len(set(claim.variants)) == len(claim.variants)
    plain = [PairLink(x.a, x.b, "paraphrased", x.score) for x in links]
    own = sorted(tuple(p for p in c.variants if p not in c.also) for c in claims)
    again = group_claims(POSITIONS, plain)
    assert own == sorted(tuple(p for p in c.variants if p not in c.also) for c in again)
