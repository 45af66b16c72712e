"""What the pair view links, the story keeps together (#16, eleventh round).

``tests/fixtures/story_links/`` holds four short invented reports of one bridge closure. Three
outlets agree, sentence by sentence, on the dates, the cost and the cracks; one of them adds a
free ferry to its cost sentence, and the fourth outlet (about the buses) tells only the ferry,
in other words. The pair view links the two ferry sentences; average linkage leaves them in two
claims (the cost sentence's claim has three variants, the ferry sentence links to one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_files
from newsdiff.core.load import load_article
from newsdiff.core.story import PairLink, build_story, group_claims, pair_links

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_links"
PATHS = sorted(FIXTURES.glob("*.txt"))


def _where(story, article: int, needle: str) -> tuple[int, int]:
    index = next(k for k, s in enumerate(story.sentences[article]) if needle in s.text)
    return article, index


@pytest.fixture(scope="module")
def bridge():
    articles = [load_article(path) for path in PATHS]
    links: list[PairLink] = []
    index = {id(article): k for k, article in enumerate(articles)}

    def linker(prepared, settings):
        made = pair_links(prepared, settings)
        a, b = index[id(prepared.left)], index[id(prepared.right)]
        links.extend(PairLink((a, i), (b, j), label, score) for i, j, label, score in made)
        return made

    return build_story(articles, linker=linker), links


def test_the_pair_view_links_the_two_ferry_sentences() -> None:
    """The premise: ``newsdiff compare`` of the two outlets links the ferry sentences."""
    assert PATHS[0].name == "brenmoor_post.txt" and PATHS[2].name == "ring_road_news.txt"
    comparison = compare_files(PATHS[0], PATHS[2])
    linked = {
        (i, link.index): str(link.label)
        for i, sentence in enumerate(comparison.left.sentences)
        for link in sentence.links
    }
    assert linked.get((2, 2)) == "paraphrased"


def test_the_story_keeps_the_ferry_link_in_one_claim(bridge) -> None:
    """The ferry sentence of the bus outlet and the cost-and-ferry sentence share a claim that
    lists their link; the cost sentence keeps its own claim with the other outlets' costs."""
    story, _ = bridge
    cost = _where(story, 0, "2 million pounds")
    ferry = _where(story, 2, "free ferry")
    holding = [c for c in story.claims if cost in c.variants and ferry in c.variants]
    assert len(holding) == 1
    (claim,) = holding
    assert {frozenset((x.a, x.b)) for x in claim.links} >= {frozenset((cost, ferry))}
    assert claim.outlets == (0, 2)
    own = next(c for c in story.claims if cost in c.variants and cost not in c.also)
    assert len(own.outlets) == 3 and ferry not in own.variants


def test_every_story_link_left_apart_could_not_be_followed(bridge) -> None:
    """Each shared or paraphrased link whose sentences share no claim: neither end is linked
    to every variant (in another article) of the other's own claim."""
    story, links = bridge
    assert _apart_links_cannot_join(story.claims, links) is not None


def _apart_links_cannot_join(claims, links) -> int | None:
    """How many links are left apart; None (an assertion) when one could have been followed."""
    linked = {frozenset((x.a, x.b)) for x in links}
    claims_of: dict[tuple[int, int], set[int]] = {}
    for number, claim in enumerate(claims):
        for position in claim.variants:
            claims_of.setdefault(position, set()).add(number)
    apart = 0
    for link in links:
        if link.label not in ("shared", "paraphrased"):
            continue
        if claims_of.get(link.a, set()) & claims_of.get(link.b, set()):
            continue
        apart += 1
        for mover, other in ((link.a, link.b), (link.b, link.a)):
            (k,) = (k for k in claims_of[other] if other not in claims[k].also)
            variants = [v for v in claims[k].variants if v[0] != mover[0]]
            assert not all(frozenset((mover, v)) in linked for v in variants), (link, k)
    return apart


POSITIONS = [(a, s) for a in range(4) for s in range(3)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 2),
            st.integers(0, 3),
            st.integers(0, 2),
            st.sampled_from([50.0, 55.0, 60.0, 70.0, 80.0, 90.0]),
        ),
        max_size=28,
    )
)
def test_a_link_is_in_one_claim_unless_following_it_pairs_unlinked_sentences(raw) -> None:
    """Whatever the links: every link's two sentences share a claim, or neither could become a
    variant of the other's own claim without being paired with a sentence it is not linked
    to; a claim holds no sentence twice."""
    links = [PairLink((a, i), (b, j), "paraphrased", s) for a, i, b, j, s in raw if a != b]
    last = list({frozenset((x.a, x.b)): x for x in links}.values())
    claims = group_claims(POSITIONS, links)
    _apart_links_cannot_join(claims, last)
    for claim in claims:
        assert len(set(claim.variants)) == len(claim.variants)


def test_a_sentence_linked_to_one_variant_of_three_joins_a_claim_with_it() -> None:
    """Three outlets state one fact (each linked to the others); a fourth outlet's sentence
    links to one of them only (1 of 3 pairs, under the linkage): that variant becomes a
    variant of the fourth sentence's claim too, the link listed there."""
    a, b, c, d = (0, 0), (1, 0), (2, 0), (3, 0)
    links = [
        PairLink(a, b, "paraphrased", 90.0),
        PairLink(a, c, "paraphrased", 88.0),
        PairLink(b, c, "paraphrased", 86.0),
        PairLink(a, d, "paraphrased", 60.0),
    ]
    first, second = group_claims([a, b, c, d], links)
    assert first.variants == (a, b, c) and first.also == ()
    assert second.variants == (d, a) and second.also == (a,)
    assert list(second.links) == [PairLink(a, d, "paraphrased", 60.0)]
