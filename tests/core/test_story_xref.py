"""Cross-references: every link the pair view makes is in the story, inside one claim or
listed on both claims it joins.

``tests/fixtures/story_xref/`` holds four short invented reports of a bridge closure: three
outlets give the dates, the rust and the cost (one adds a free ferry to its cost sentence); a
fourth is about the ferry. Average linkage leaves some pair-view links between two claims
(a lone link to a claim of several variants is outvoted).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.story import PairLink, build_story, group_claims
from newsdiff.core.story_reorder import reordered
from newsdiff.core.story_xref import cross_references
from newsdiff.export.story_html import story_html
from newsdiff.export.story_report import story_markdown, story_text, story_to_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "story_xref"
PATHS = sorted(FIXTURES.glob("*.txt"))
POSITIONS = [(a, i) for a in range(4) for i in range(4)]


@pytest.fixture(scope="module")
def bridge():
    articles = [load_article(path) for path in PATHS]
    return articles, build_story(articles)


def _pair_view_links(articles) -> list[tuple[tuple[int, int], tuple[int, int], str, float]]:
    """Every link ``compare A B --corpus`` makes between two of ``articles`` (each under 20
    sentences: the story's scores are the pair view's, no meaning nudge)."""
    found = []
    for a, b in itertools.combinations(range(len(articles)), 2):
        comparison = compare_articles(articles[a], articles[b], corpus=articles)
        for i, aligned in enumerate(comparison.left.sentences):
            found += [((a, i), (b, x.index), str(x.label), float(x.score)) for x in aligned.links]
    return found


def _share_a_claim(story, x, y) -> bool:
    return any(x in claim.variants and y in claim.variants for claim in story.claims)


def test_each_pair_view_link_is_in_one_claim_or_a_cross_reference_on_both(bridge) -> None:
    """A reader who sees ``≈`` between two sentences in the pair view finds them in one claim
    of the story, or each claim names the other with that link (fails before: the story had
    links in no claim and no cross-reference)."""
    articles, story = bridge
    links = _pair_view_links(articles)
    split = [link for link in links if not _share_a_claim(story, link[0], link[1])]
    assert split, "premise: the grouping leaves some pair-view link between two claims"
    own = story.claim_index()
    refs = cross_references(story)
    for x, y, label, score in split:
        for here, there in ((x, y), (y, x)):
            listed = [r for r in refs[own[here]] if (r.here, r.there) == (here, there)]
            assert len(listed) == 1, (here, there)
            assert listed[0].claim == own[there] and listed[0].label == label
            assert listed[0].score == pytest.approx(score, abs=0.01)
    # and nothing else: every cross-reference is a pair-view link the grouping left apart
    assert sum(len(r) for r in refs) == 2 * len(split)


def test_the_reports_list_each_cross_reference_under_its_claim(bridge) -> None:
    """JSON ``related`` (the other claim's ``id``, this claim's end as ``left``), and one
    ``also linked: claim N`` line in the text, Markdown and HTML reports, where ``claim N``
    is the number those reports give the claim (fails before: no ``related``)."""
    articles, story = bridge
    document = json.loads(json.dumps(story_to_dict(story)))
    by_id = {claim["id"]: claim for claim in document["claims"]}
    related = [(claim["id"], ref) for claim in document["claims"] for ref in claim["related"]]
    assert related
    for number, ref in related:
        left, right = (
            (ref["left"]["article"], ref["left"]["sentence"]),
            (
                ref["right"]["article"],
                ref["right"]["sentence"],
            ),
        )
        assert any(
            (v["article"], v["sentence"]) == left and not v["also"]
            for v in by_id[number]["variants"]
        )
        other = by_id[ref["claim"]]
        assert any((v["article"], v["sentence"]) == right for v in other["variants"])
        assert any(
            back["claim"] == number and back["left"] == ref["right"] for back in other["related"]
        )
    number, ref = related[0]
    name = Path(PATHS[ref["left"]["article"]]).name
    line = f"also linked: claim {ref['claim'] + 1} · {name} S{ref['left']['sentence'] + 1}"
    text = story_text(story)
    assert line in text
    assert f"claim {ref['claim'] + 1} · " in text.split(line)[0] + text.split(line)[1]
    assert f"*also linked: claim {ref['claim'] + 1} · " in story_markdown(story)
    html = story_html(story)
    assert f'id="claim-{ref["claim"] + 1}"' in html
    assert f'href="#claim-{ref["claim"] + 1}"' in html


def test_a_cached_story_told_in_another_order_keeps_its_cross_references(bridge) -> None:
    """The story cache retells a story in the order given: its cross-references are those a
    fresh story in that order has."""
    articles, story = bridge
    order = [2, 0, 3, 1]
    named = [articles[k] for k in order]
    fresh = build_story(named)
    assert any(claim.related for claim in fresh.claims)
    assert reordered(story, named, order).claims == fresh.claims


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 3),
            st.integers(0, 3),
            st.integers(0, 3),
            st.sampled_from([50.0, 60.0, 70.0, 80.0, 90.0]),
            st.sampled_from(["shared", "paraphrased", "paraphrased", "conflict"]),
        ),
        max_size=30,
    )
)
def test_every_link_joins_one_claims_variants_or_is_listed_on_both_claims(raw) -> None:
    """Whatever the links: each link's two sentences are variants of one claim, or the link is
    a cross-reference of both sentences' own claims (naming the other claim); a claim lists
    only links that leave it; and cross-references never change a claim's variants."""
    links = [PairLink((a, i), (b, j), label, score) for a, i, b, j, score, label in raw if a != b]
    claims = group_claims(POSITIONS, links)
    own = {p: k for k, c in enumerate(claims) for p in c.variants if p not in c.also}
    for link in links:
        if any(link.a in c.variants and link.b in c.variants for c in claims):
            continue
        for end in (link.a, link.b):
            assert any({x.a, x.b} == {link.a, link.b} for x in claims[own[end]].related)
    for number, claim in enumerate(claims):
        for x in claim.related:
            assert number in (own[x.a], own[x.b]) and own[x.a] != own[x.b]
            assert not any(x.a in c.variants and x.b in c.variants for c in claims)
    plain = group_claims(POSITIONS, [])  # no links: no cross-references
    assert not any(c.related for c in plain)
