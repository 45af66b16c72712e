"""The corpus story: pair overlap, claims, conflicts, ordering, and the pair view's links."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import disk_cache
from newsdiff.core.compare import compare_articles
from newsdiff.core.load import load_article
from newsdiff.core.models import Article
from newsdiff.core.story import (
    Claim,
    PairLink,
    StoryCancelled,
    build_story,
    carried_note,
    group_claims,
    pair_links,
    sorted_claims,
    variant_changes,
)
from newsdiff.core.story_cache import cached_story, story_key
from newsdiff.core.story_refine import ROUNDS

FLOOD = [
    "Floods in the river valley forced 4,000 families from their homes on Tuesday.",
    "The regional council opened nine relief camps in schools and sports halls.",
    "Mayor Tessa Brandvold said the water had reached the old bridge by noon.",
    "A ferry operator reported that two boats were lost in the storm.",
]
FLOOD_B = [
    "Some 4,000 families were forced from their homes by floods in the river valley on Tuesday.",
    "Nine relief camps have been opened in schools and sports halls, the regional council said.",
    "Local bakeries handed out bread to volunteers at the camps.",
]
FLOOD_C = [
    "Floods in the river valley forced 4,000 families from their homes on Tuesday.",
    "By noon the water had reached the old bridge, Mayor Tessa Brandvold said.",
    "Schools in the valley will stay shut until Friday.",
]


def _article(path: str, sentences: list[str]) -> Article:
    text = "\n\n".join(sentences) + "\n"
    return Article(path=path, text=text, title=sentences[0])


@pytest.fixture(scope="module")
def flood():
    articles = [
        _article("a.txt", FLOOD),
        _article("b.txt", FLOOD_B),
        _article("c.txt", FLOOD_C),
    ]
    return articles, build_story(articles)


def _claim_of(story, article: int, needle: str):
    index = next(
        k for k, sentence in enumerate(story.sentences[article]) if needle in sentence.text
    )
    return story.claims[story.claim_index()[(article, index)]]


def test_claims_group_the_same_fact_across_outlets(flood) -> None:
    _articles, story = flood
    families = _claim_of(story, 0, "4,000 families")
    assert families.outlets == (0, 1, 2)
    camps = _claim_of(story, 1, "Nine relief camps")
    assert camps.outlets == (0, 1)
    assert _claim_of(story, 1, "bakeries").outlets == (1,)
    assert _claim_of(story, 2, "stay shut").outlets == (2,)


def test_every_story_sentence_is_in_exactly_one_claim(flood) -> None:
    _articles, story = flood
    seen = [p for claim in story.claims for p in claim.variants if p not in claim.also]
    assert len(seen) == len(set(seen))
    expected = {
        (a, s)
        for a, flags in enumerate(story.boilerplate)
        for s, flag in enumerate(flags)
        if not flag
    }
    assert set(seen) == expected


def test_links_are_the_pair_views_links(flood) -> None:
    """Scored once over the corpus, a pair links as the pair view links it with the corpus."""
    articles, story = flood
    comparison = compare_articles(articles[0], articles[1], corpus=articles)
    expected = {
        (i, link.index, link.label)
        for i, aligned in enumerate(comparison.left.sentences)
        for link in aligned.links
    }
    found = {
        (link.a[1], link.b[1], link.label)
        for claim in story.claims
        for link in claim.links
        if link.a[0] == 0 and link.b[0] == 1
    }
    assert found <= expected
    assert {(i, j) for i, j, _ in expected} == {(i, j) for i, j, _ in found}


def test_link_scores_are_the_pair_views_scores(flood) -> None:
    """A link's score in the story is the score the pair view gives it with the corpus: both
    score through one function (the corpus's pairs are under the meaning-axis size)."""
    articles, story = flood
    comparison = compare_articles(articles[0], articles[1], corpus=articles)
    expected = {
        (i, link.index): link.score
        for i, aligned in enumerate(comparison.left.sentences)
        for link in aligned.links
    }
    found = {
        (link.a[1], link.b[1]): link.score
        for claim in story.claims
        for link in claim.links
        if link.a[0] == 0 and link.b[0] == 1
    }
    assert found
    for pair, score in found.items():
        assert score == pytest.approx(expected[pair], abs=1e-4)


WIRE = [
    "Harbour workers walked out on Monday over a pay offer of 3 percent.",
    "The union said 1,200 members had joined the strike at the port.",
    "Talks with the port authority are due to resume on Thursday, the union said.",
]
REWRITE = [
    "The union said 1,900 members had joined the strike at the port.",
    "Harbour workers walked out on Monday over a pay offer of 3 percent, the union said.",
    "Ferries to the islands were cancelled.",
]


def test_every_pair_links_as_the_pair_view_even_when_sentences_repeat() -> None:
    """Wire copy carried word for word by several outlets: the checks of repeated sentence
    pairs are shared across the corpus, and every pair still gets the pair view's links."""
    articles = [
        _article("wire.txt", WIRE),
        _article("copy-1.txt", ["Port strike", *WIRE]),
        _article("rewrite.txt", REWRITE),
        _article("rewrite-copy.txt", [*REWRITE, "More to follow."]),
    ]
    made: dict[tuple[str, str], set[tuple[int, int, str]]] = {}

    def recording(prepared, settings):
        found = pair_links(prepared, settings)
        made[(prepared.left.path, prepared.right.path)] = {(i, j, lab) for i, j, lab, _ in found}
        return found

    story = build_story(articles, linker=recording)
    assert len(made) == 6
    for (left, right), found in made.items():  # each pair as the story scored it (either way)
        paths = [article.path for article in articles]
        a, b = paths.index(left), paths.index(right)
        comparison = compare_articles(articles[a], articles[b], corpus=articles)
        expected = {
            (i, link.index, link.label)
            for i, aligned in enumerate(comparison.left.sentences)
            for link in aligned.links
        }
        assert found == expected, (a, b)
    labels = {label for found in made.values() for _, _, label in found}
    assert {"shared", "conflict"} <= labels  # repeated sentences meet copies and a conflict
    assert any(len(claim.outlets) == 4 for claim in story.claims)


def test_matrix_is_the_share_of_sentences_the_other_carries(flood) -> None:
    _articles, story = flood
    assert story.matrix[0][0] == 1.0
    # b carries a's families and camps sentences: 2 of a's 4
    assert story.matrix[0][1] == pytest.approx(2 / 4)
    assert story.matrix[1][0] == pytest.approx(2 / 3)
    assert story.matrix[1][2] == pytest.approx(1 / 3)


def test_first_carrier_is_the_first_article_in_reading_order(flood) -> None:
    _articles, story = flood
    assert _claim_of(story, 2, "old bridge").first == (0, 2)
    reading = [story.claims[k].first for k in sorted_claims(story, "reading")]
    assert reading == sorted(reading)
    coverage = [len(story.claims[k].outlets) for k in sorted_claims(story, "coverage")]
    assert coverage == sorted(coverage, reverse=True)


def test_conflict_is_any_conflict_link_within_a_claim(flood) -> None:
    """A linker that labels the families pair a conflict makes that claim a conflict."""
    articles, _story = flood

    def conflicting(prepared, settings):
        links = pair_links(prepared, settings)
        return [
            (i, j, "conflict" if "families" in prepared.left_sentences[i].text else label, score)
            for i, j, label, score in links
        ]

    story = build_story(articles, linker=conflicting)
    assert _claim_of(story, 0, "4,000 families").conflict
    assert not _claim_of(story, 0, "relief camps").conflict
    first = sorted_claims(story, "conflicts")[0]
    assert story.claims[first].conflict


def test_average_linkage_does_not_chain_unrelated_sentences() -> None:
    """A chain A–B–C–D: union-find makes one claim of all four; average linkage lets D join
    {A, B, C} only when it links to more than one of the three."""
    a, b, c, d = (0, 0), (1, 0), (2, 0), (3, 0)
    links = [
        PairLink(a, b, "shared", 90),
        PairLink(b, c, "paraphrased", 60),
        PairLink(c, d, "paraphrased", 55),
    ]
    assert len(group_claims([a, b, c, d], links, linkage=0.0)) == 1
    separate = group_claims([a, b, c, d], links)
    assert sorted(len(claim.variants) for claim in separate) == [1, 3]
    # B–D too: D links to two of {A, B, C} and joins; A, linked to one of the other three, is
    # then re-checked against the finished claim and leaves it (B, its one link, carries A's
    # claim too)
    more = [*links, PairLink(b, d, "paraphrased", 52)]
    own = [set(claim.variants) - set(claim.also) for claim in group_claims([a, b, c, d], more)]
    assert sorted(own, key=len) == [{a}, {b, c, d}]
    whole = [*more, PairLink(a, c, "paraphrased", 51)]
    assert len(group_claims([a, b, c, d], whole)) == 1


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 4),
            st.integers(0, 3),
            st.integers(0, 4),
            st.floats(50, 100),
        ),
        max_size=25,
    )
)
def test_claims_partition_the_sentences_whatever_the_links(raw) -> None:
    positions = [(a, s) for a in range(4) for s in range(5)]
    links = [PairLink((a, i), (b, j), "paraphrased", score) for a, i, b, j, score in raw if a != b]
    claims = group_claims(positions, links)
    seen = [p for claim in claims for p in claim.variants if p not in claim.also]
    assert sorted(seen) == sorted(positions)
    for claim in claims:
        inside = set(claim.variants) - set(claim.also)
        assert all(link.a in inside and link.b in inside for link in claim.links)


def _average_linkage_by_definition(positions, links, linkage):
    """Average linkage spelled out: strongest link first, two groups merge when their linked
    cross-article sentence pairs are at least ``linkage`` of all their cross-article pairs."""
    group = {p: k for k, p in enumerate(positions)}
    linked = {frozenset((link.a, link.b)) for link in links}
    # a pair of sentences listed twice, either way round, is one link (its last listing)
    ordered = sorted(
        {frozenset((link.a, link.b)): link for link in links}.values(),
        # ties: by the ends in corpus order, whichever end is listed first
        key=lambda link: (-link.score, min(link.a, link.b), max(link.a, link.b)),
    )
    for link in ordered:
        ga, gb = group[link.a], group[link.b]
        if ga == gb:
            continue
        first = [p for p in positions if group[p] == ga]
        second = [p for p in positions if group[p] == gb]
        cross = [(x, y) for x in first for y in second if x[0] != y[0]]
        hits = sum(1 for x, y in cross if frozenset((x, y)) in linked)
        if cross and hits / len(cross) + 1e-9 >= linkage:
            for p in second:
                group[p] = ga
    departed: dict = {}
    if linkage > 0:
        group, departed = _refined_by_definition(positions, linked, group, linkage)
        group = _rehomed_by_definition(positions, linked, group, linkage)
    claims = {}
    for p in positions:
        claims.setdefault(group[p], []).append(p)
    return sorted(tuple(sorted(members)) for members in claims.values()), departed


def _refined_by_definition(positions, linked, group, share):
    """The re-check of finished claims spelled out: in each pass, of the variants of a claim
    linked to less than ``share`` of its variants in other articles by a single link (or none),
    the one with the smallest share (then the first) becomes a claim of its own, and the
    variant its one link went to (if any) carries that claim too: ``departed`` maps it to that
    variant."""
    departed = {}
    for _ in range(ROUNDS):
        claims: dict = {}
        for p in sorted(positions):
            claims.setdefault(group[p], []).append(p)
        leaving = []
        for members in claims.values():
            failing = []
            for p in members:
                others = [q for q in members if q[0] != p[0]]
                hits = sum(1 for q in others if frozenset((p, q)) in linked)
                if others and hits / len(others) + 1e-9 < share and hits < 2:
                    failing.append((hits / len(others), p))
            if failing:
                leaving.append(min(failing)[1])
        if not leaving:
            break
        for p in leaving:
            departed.update(
                (p, q) for q in positions if group[q] == group[p] and frozenset((p, q)) in linked
            )
        for p in leaving:
            group[p] = ("alone", p)
    return group, departed


def _rehomed_by_definition(positions, linked, group, share):
    """After the re-check, spelled out: a variant linked to less than ``share`` of its claim's
    variants in other articles that passes the second-claim test against another claim (two
    links or more, at least ``share`` of that claim's variants in other articles) takes that
    claim as its own (of several, the largest share, then the claim whose first variant comes
    first). All moves are read from the claims as the re-check left them."""

    def share_of(p, members):
        others = [q for q in members if q[0] != p[0] and q != p]
        hits = sum(1 for q in others if frozenset((p, q)) in linked)
        return hits, (hits / len(others) if others else None)

    claims: dict = {}
    for p in sorted(positions):
        claims.setdefault(group[p], []).append(p)
    moves = {}
    for p in positions:
        _, mine = share_of(p, claims[group[p]])
        if mine is None or mine + 1e-9 >= share:
            continue
        passed = []
        for key, members in claims.items():
            hits, theirs = share_of(p, members)
            if key != group[p] and hits >= 2 and theirs + 1e-9 >= share:
                passed.append((-theirs, min(members), key))
        if passed:
            moves[p] = min(passed)[2]
    return {p: moves.get(p, group[p]) for p in positions}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 4),
            st.integers(0, 3),
            st.integers(0, 4),
            st.sampled_from([50.0, 60.0, 70.0, 80.0, 90.0]),
        ),
        max_size=30,
    ),
    st.sampled_from([0.0, 0.2, 0.34, 0.5, 0.67, 1.0]),
)
def test_grouping_is_average_linkage_as_defined(raw, linkage) -> None:
    """The incremental grouping (link counts kept as groups merge) gives the groups the plain
    definition gives, whatever the links."""
    positions = [(a, s) for a in range(4) for s in range(5)]
    links = [PairLink((a, i), (b, j), "paraphrased", score) for a, i, b, j, score in raw if a != b]
    claims = group_claims(positions, links, linkage=linkage)
    expected, departed = _average_linkage_by_definition(positions, links, linkage)
    own = {claim.variants[: len(claim.variants) - len(claim.also)]: claim for claim in claims}
    assert sorted(own) == expected
    # and a sentence also carries another claim when two or more of its variants, at least
    # ``linkage`` of those in other articles, are linked to it; a claim left by a departed
    # sentence is also carried by the variant its one link went to
    linked = {frozenset((link.a, link.b)) for link in links}
    carried: dict[tuple, list] = {}
    for members in own:
        carriers = carried[members] = []
        for p in positions:
            if p in members:
                continue
            others = [q for q in members if q[0] != p[0]]
            hits = sum(1 for q in others if frozenset((p, q)) in linked)
            if hits >= 2 and hits / len(others) + 1e-9 >= linkage:
                carriers.append(p)
        if len(members) == 1 and members[0] in departed:
            carriers.append(departed[members[0]])
    # and a sentence linked, inside its own claim, to carriers of another claim in two other
    # articles carries that claim too (one pass: what it inherits it passes on to no one)
    own_of = {p: members for members in own for p in members}
    inherited: dict[tuple, list] = {members: [] for members in own}
    for p in positions:
        for members, carriers in carried.items():
            summaries = {
                q[0] for q in carriers if own_of[q] == own_of[p] and frozenset((p, q)) in linked
            }
            if len(summaries) >= 2 and p not in carriers:
                inherited[members].append(p)
    for members, claim in own.items():
        assert claim.also == tuple(sorted(carried[members] + inherited[members]))


def test_variant_changes_emphasize_the_words_the_first_variant_lacks() -> None:
    articles = [
        _article("a.txt", ["Floods forced 4,000 families from their homes in the valley."]),
        _article("b.txt", ["Floods drove 4,000 families from their homes in the valley."]),
    ]
    story = build_story(articles)
    claim = story.claims[story.claim_index()[(0, 0)]]
    assert claim.outlets == (0, 1)
    changes = variant_changes(story, claim)
    assert changes[0] == ()
    text = story.articles[1].text
    assert [text[start:end] for start, end in changes[1]] == ["drove"]


def test_a_claim_of_one_variant_is_not_read_for_changed_words(flood, monkeypatch) -> None:
    """Nothing to compare in a claim of one variant: its words are not read (a one-line dump
    cut into thousands of pieces made every report read each piece's words for nothing)."""
    from newsdiff.core import worddiff

    _articles, story = flood
    alone = [claim for claim in story.claims if len(claim.variants) == 1]
    assert alone
    monkeypatch.setattr(worddiff, "word_spans", lambda sentence: pytest.fail("words read"))
    assert all(variant_changes(story, claim) == [()] for claim in alone)


def test_story_is_picklable_and_progress_reaches_one(flood) -> None:
    articles, _story = flood
    seen: list[float] = []
    story = build_story(articles, progress=seen.append)
    assert seen and seen[-1] == pytest.approx(1.0)
    assert seen == sorted(seen)
    again = pickle.loads(pickle.dumps(story))
    assert again.claims == story.claims


def test_cancel_stops_the_story(flood) -> None:
    articles, _story = flood
    with pytest.raises(StoryCancelled):
        build_story(articles, cancelled=lambda: True)


def test_cache_hits_on_same_texts_under_other_paths(flood, tmp_path: Path) -> None:
    articles, story = flood
    calls = []

    def build():
        calls.append(1)
        return story

    cached_story(articles, story.settings, build, tmp_path)
    moved = [Article(path="moved/" + a.path, text=a.text, title=a.title) for a in articles]
    hit = cached_story(moved, story.settings, build, tmp_path)
    assert len(calls) == 1
    assert hit.articles[0].path.startswith("moved/")
    # the key is the set of texts: the order they are named in is told, not keyed
    assert story_key(articles, story.settings) == story_key(articles[::-1], story.settings)
    assert story_key(articles, story.settings) != story_key(articles[:-1], story.settings)


def test_edited_analysis_code_misses_the_cache(flood, tmp_path: Path, monkeypatch) -> None:
    """A story built by the old rules is never shown after the rules change (a new release or
    an edited checkout): the key follows the analysis code, not only the version number."""
    articles, story = flood
    calls = []

    def build():
        calls.append(1)
        return story

    cached_story(articles, story.settings, build, tmp_path)
    monkeypatch.setattr(disk_cache, "code_fingerprint", lambda: "edited rules")
    cached_story(articles, story.settings, build, tmp_path)
    assert len(calls) == 2


def test_seeds_story(seed_paths) -> None:
    articles = [load_article(path) for path in seed_paths]
    story = build_story(articles)
    wide = [claim for claim in story.claims if len(claim.outlets) == len(articles)]
    assert wide  # the Pakistan-not-at-India's-expense quote is in all five
    assert all(0.0 <= share <= 1.0 for row in story.matrix for share in row)


def test_a_claim_conflicts_exactly_when_the_pair_view_says_so() -> None:
    """Two outlets give the same closure two durations: the claim's conflict flag is the pair
    view's label for that pair (whatever the pair labelling decides, the story agrees)."""
    articles = [
        _article(
            "a.txt", ["The Elmfield bridge will stay closed for six weeks, the council said."]
        ),
        _article(
            "b.txt", ["The Elmfield bridge will stay closed for nine weeks, the council said."]
        ),
    ]
    comparison = compare_articles(articles[0], articles[1], corpus=articles)
    labels = {link.label for link in comparison.left.sentences[0].links}
    story = build_story(articles)
    claim = story.claims[story.claim_index()[(0, 0)]]
    assert labels, "the pair view links the two sentences"
    assert claim.outlets == (0, 1)
    assert claim.conflict == ("conflict" in labels)


def test_carried_note_counts_and_names_the_outlets(flood) -> None:
    _articles, story = flood
    index = next(k for k, s in enumerate(story.sentences[0]) if "4,000 families" in s.text)
    assert carried_note(story, 0, index) == "carried by 3 of 3: a.txt, b.txt, c.txt"
    bakery = next(k for k, s in enumerate(story.sentences[1]) if "bakeries" in s.text)
    assert carried_note(story, 1, bakery) == "carried by 1 of 3: b.txt"


def test_carried_note_tells_apart_one_file_name_in_two_folders() -> None:
    story = build_story(
        [
            _article("story1/nyt.txt", FLOOD),
            _article("story2/nyt.txt", FLOOD_B),
            _article("story2/fox.txt", FLOOD_C),
        ]
    )
    index = next(k for k, s in enumerate(story.sentences[0]) if "4,000 families" in s.text)
    assert carried_note(story, 0, index) == (
        "carried by 3 of 3: story1/nyt.txt, story2/nyt.txt, fox.txt"
    )


WORDS = [
    "bridge",
    "council",
    "storm",
    "closed",
    "weeks",
    "six",
    "nine",
    "engineers",
    "piers",
    "“",
    "”",
]


@settings(max_examples=20, deadline=None)
@given(
    st.lists(
        st.lists(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=9).map(
                lambda words: " ".join(words).capitalize() + "."
            ),
            min_size=0,
            max_size=5,
        ),
        min_size=0,
        max_size=4,
    )
)
def test_any_corpus_gives_a_consistent_story(texts) -> None:
    articles = [Article(path=f"{k}.txt", text=" ".join(t), title="t") for k, t in enumerate(texts)]
    story = build_story(articles)
    count = len(articles)
    assert len(story.matrix) == count
    assert all(0.0 <= share <= 1.0 for row in story.matrix for share in row)
    own = [p for claim in story.claims for p in claim.variants if p not in claim.also]
    assert len(own) == len(set(own))  # each sentence's own claim is one claim
    own_claim = story.claim_index()
    for number, claim in enumerate(story.claims):
        assert set(claim.also) <= set(claim.variants)
        assert all(own_claim[p] != number for p in claim.also)  # also: a claim not its own
        mine = [p for p in claim.variants if p not in claim.also]
        assert claim.first == min(mine)
        assert list(claim.variants) == sorted(mine) + sorted(claim.also)
        assert claim.conflict == any(link.label == "conflict" for link in claim.links)
        for article, index in claim.variants:
            sentence = story.sentences[article][index]
            assert articles[article].text[sentence.start : sentence.end] == sentence.text


def _wire_links(articles: int, sentences: int) -> tuple[list, list[PairLink]]:
    """Sentence ``i`` of every article linked to sentence ``i`` of every other: wire copy."""
    positions = [(a, s) for a in range(articles) for s in range(sentences)]
    links = [
        PairLink((a, s), (b, s), "shared" if s % 3 else "conflict", 90.0 - s % 7)
        for a in range(articles)
        for b in range(a + 1, articles)
        for s in range(sentences)
    ]
    return positions, links


def test_claim_links_read_as_the_links_that_made_the_claim() -> None:
    positions, links = _wire_links(4, 30)
    claims = group_claims(positions, links)
    assert len(claims) == 30
    for claim in claims:
        expected = sorted(
            (link for link in links if link.a in claim.variants), key=lambda x: (x.a, x.b)
        )
        assert list(claim.links) == expected
        assert len(claim.links) == 6
        assert claim.links[0] == expected[0] and claim.links[-1] == expected[-1]
        assert claim.links[1:3] == tuple(expected[1:3])
        assert claim.links == tuple(expected)
        assert claim.conflict == any(link.label == "conflict" for link in expected)
        with pytest.raises(IndexError):
            claim.links[6]
    again = pickle.loads(pickle.dumps(claims))
    assert again == claims


def test_a_story_holds_its_links_in_a_few_bytes_each() -> None:
    """Claims keep their links as shared columns, not an object per link (which took about
    95 bytes a link): memory that grows with the links grows slowly."""
    import tracemalloc

    positions, links = _wire_links(12, 1000)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        claims = group_claims(positions, links)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert sum(len(claim.links) for claim in claims) == len(links) == 66_000
    assert held / len(links) < 30


def _two_remarks(summary_links: list[tuple[int, int]]) -> tuple[list, list[PairLink]]:
    """Articles 1–3 each quote two remarks (sentences 0 and 1); article 0's one sentence sums
    both up and links to ``summary_links``."""
    quoting = (1, 2, 3)
    positions = [(0, 0), *((a, s) for a in quoting for s in (0, 1))]
    links = [
        PairLink((a, s), (b, s), "paraphrased", 90.0 - s)
        for a in quoting
        for b in quoting
        if a < b
        for s in (0, 1)
    ]
    links += [PairLink((0, 0), target, "paraphrased", 60.0) for target in summary_links]
    return positions, links


def test_a_sentence_stating_two_claims_is_a_variant_of_both() -> None:
    positions, links = _two_remarks([(1, 0), (2, 0), (1, 1), (2, 1)])
    claims = group_claims(positions, links)
    assert len(claims) == 2
    assert all((0, 0) in claim.variants and claim.outlets == (0, 1, 2, 3) for claim in claims)
    also = [claim.also for claim in claims]
    assert sorted(also) == [(), ((0, 0),)]  # its own claim is one, the other also carries it


def test_one_link_or_one_repeated_sentence_is_not_enough_to_carry_a_second_claim() -> None:
    positions, links = _two_remarks([(1, 0), (2, 0), (1, 1)])
    assert not any(claim.also for claim in group_claims(positions, links))
    # the second remark carried word for word by two articles: one sentence, not two
    positions, links = _two_remarks([(1, 0), (2, 0), (1, 1), (2, 1)])
    texts = ["Summary.", "One.", "Two.", "One, again.", "Two.", "One, once more.", "Two, said."]
    assert not any(claim.also for claim in group_claims(positions, links, texts=texts))


BRIDGE_SUMMARY = (
    "The mayor said the harbour bridge would close for six weeks of repairs in May, and that"
    " ferry fares would be halved while it was shut.\n\nTraders in the old town fear fewer"
    " visitors."
)
BRIDGE_QUOTES = [
    "“The harbour bridge will close for six weeks of repairs from May,” the mayor told reporters"
    " on Tuesday.\n\n“We will halve ferry fares for as long as the bridge is shut,” she said.\n\n"
    "The bridge carries 30,000 cars a day.",
    "“The harbour bridge will close for six weeks of repairs in May,” the mayor said.\n\n“Ferry"
    " fares will be halved for as long as the bridge is shut,” she added.\n\nThe council approved"
    " the budget last year.",
    "“The harbour bridge is to close for six weeks of repairs starting in May,” said the mayor."
    "\n\n“We are halving ferry fares for as long as the bridge stays shut,” the mayor added.\n\n"
    "Bus services will also run more often.",
    "The harbour bridge will close for six weeks of repairs in May, the mayor announced.\n\nFerry"
    " fares are to be halved for as long as the bridge is shut, she said.\n\nCyclists will be"
    " allowed on the ferries free of charge.",
]


def test_a_summary_of_two_remarks_is_a_variant_of_both_claims() -> None:
    """Four outlets quote the mayor's two remarks apart; one sums both up in one sentence. The
    remarks stay two claims, and the summary is a variant of each (its own claim is one)."""
    articles = [
        Article(path=f"{k}.txt", text=text, title="t")
        for k, text in enumerate([BRIDGE_SUMMARY, *BRIDGE_QUOTES])
    ]
    story = build_story(articles)
    closure = _claim_of(story, 1, "will close for six weeks")
    fares = _claim_of(story, 1, "halve ferry fares")
    assert closure is not fares
    for claim in (closure, fares):
        assert (0, 0) in claim.variants and claim.outlets == (0, 1, 2, 3, 4)
    assert [claim.also for claim in (closure, fares)].count(((0, 0),)) == 1
    assert story.claims[story.claim_index()[(0, 0)]] in (closure, fares)


def test_a_variant_one_link_holds_to_a_grown_claim_leaves_it() -> None:
    """A figure joins a sentence that states it among other things while that sentence is alone;
    six more outlets' sentences on the other thing join later. Linked to one variant in
    seven, the figure leaves the finished claim; linked to two of them (still under a third),
    it stays: two readings agree."""
    figure, both = (0, 0), (1, 0)
    rest = [(k, 0) for k in range(2, 8)]
    links = [PairLink(figure, both, "paraphrased", 95.0)]
    links += [PairLink(both, other, "paraphrased", 80.0) for other in rest]
    links += [PairLink(x, y, "paraphrased", 70.0) for x in rest for y in rest if x < y]
    positions = [figure, both, *rest]
    claims = group_claims(positions, links)
    # its claim is its own, and the sentence that states both carries it too
    assert sorted(claim.variants for claim in claims) == [(figure, both), (both, *rest)]
    assert [claim.also for claim in claims] == [(both,), ()]
    # at linkage 0 (union-find) every linked sentence stays together
    assert len(group_claims(positions, links, linkage=0.0)) == 1
    held = [*links, PairLink(figure, rest[0], "paraphrased", 60.0)]
    assert len(group_claims(positions, held)) == 1


def _summaries_and_lede(lede_links: list[tuple[int, int]]) -> tuple[list, list[PairLink]]:
    """Articles 3–5 quote two remarks apart (sentences 0 and 1); articles 1 and 2 each sum both
    up in one sentence (linked to every quotation of the first remark and two of the second);
    article 6's one sentence links to ``lede_links``."""
    quoting = (3, 4, 5)
    positions = [(1, 0), (2, 0), *((a, s) for a in quoting for s in (0, 1)), (6, 0)]
    links = [
        PairLink((a, s), (b, s), "paraphrased", 90.0 - s)
        for a in quoting
        for b in quoting
        if a < b
        for s in (0, 1)
    ]
    for summary in ((1, 0), (2, 0)):
        links += [PairLink(summary, (a, 0), "paraphrased", 75.0) for a in quoting]
        links += [PairLink(summary, (a, 1), "paraphrased", 60.0) for a in (3, 4)]
    links += [PairLink((6, 0), target, "paraphrased", 65.0) for target in lede_links]
    return positions, links


def _own_claim(claims: Sequence[Claim], position: tuple[int, int]) -> Claim:
    return next(c for c in claims if position in c.variants and position not in c.also)


class _Near:
    """Only the lede scores near the second remark's quotations (or nothing, ``lede=False``)."""

    def __init__(self, lede: bool = True) -> None:
        self.lede = lede

    def near(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        lede = (first[:, 0] == 6) & (second[:, 1] == 1) | (second[:, 0] == 6) & (first[:, 1] == 1)
        return lede & self.lede


def test_a_sentence_two_summaries_of_both_claims_vouch_for_carries_the_second() -> None:
    """A lede linked to two outlets' summaries of both remarks, not to the quotations of the
    second remark, states what the summaries state: it carries the second claim too. The
    quotations of the first remark link to both summaries as well; they show no sign of the
    second remark (``near``) and do not carry it."""
    positions, links = _summaries_and_lede([(1, 0), (2, 0)])
    claims = group_claims(positions, links, near=_Near())
    first = _own_claim(claims, (3, 0))
    second = _own_claim(claims, (3, 1))
    assert (6, 0) in first.variants and (6, 0) not in first.also  # its own claim
    assert second.also == ((1, 0), (2, 0), (6, 0))
    # with no sign of the second claim in the lede either, nothing is inherited
    claims = group_claims(positions, links, near=_Near(lede=False))
    assert _own_claim(claims, (3, 1)).also == ((1, 0), (2, 0))
    # without ``near`` (links alone), every sentence two summaries vouch for inherits it
    claims = group_claims(positions, links)
    assert _own_claim(claims, (3, 1)).also == ((1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0))


def test_one_summary_or_one_repeated_summary_does_not_pass_a_second_claim_on() -> None:
    # linked to one summary and to a quotation of the first remark: one voice for the second
    positions, links = _summaries_and_lede([(1, 0), (3, 0)])
    second = _own_claim(group_claims(positions, links, near=_Near()), (3, 1))
    assert second.also == ((1, 0), (2, 0))
    # the two summaries word for word the same (wire copy): one summary, not two
    positions, links = _summaries_and_lede([(1, 0), (2, 0)])
    texts = ["Both remarks.", "Both remarks.", "One.", "Two.", "One, again.", "Two, again."]
    texts += ["One, once more.", "Two, said.", "The lede."]
    second = _own_claim(group_claims(positions, links, texts=texts, near=_Near()), (3, 1))
    assert (6, 0) not in second.variants


SECOND_SUMMARY = (
    "The harbour bridge is to shut for six weeks of repairs from May, the mayor said, adding that"
    " ferry fares would be cut by half during the closure.\n\nShop owners expect a quiet summer."
)
LEDE_OF_BOTH = (
    "Commuters face six weeks without the harbour bridge from May, with the mayor promising that"
    " ferry fares will be halved to soften the blow.\n\nThe port authority declined to comment."
)
LEDE_OF_ONE = (
    "Commuters face six weeks without the harbour bridge from May, the mayor said.\n\nThe port"
    " authority declined to comment."
)


def _vouched_story(lede: str):  # type: ignore[no-untyped-def]
    """Two summaries of the mayor's two remarks (articles 0, 1), three outlets quoting them
    apart (2–4: the closure, then the fares) and a lede (5), linked as in
    :func:`_summaries_and_lede`; the lede's sign of the fares remark is its real score."""
    texts = [BRIDGE_SUMMARY, SECOND_SUMMARY, *BRIDGE_QUOTES[:3], lede]
    articles = [Article(path=f"{k}.txt", text=text, title="t") for k, text in enumerate(texts)]
    _, links = _summaries_and_lede([(1, 0), (2, 0)])
    shifted = {  # _summaries_and_lede's articles 1–6 are these articles 0–5
        frozenset(((a - 1, i), (b - 1, j))): link.score
        for link in links
        for (a, i), (b, j) in [(link.a, link.b)]
    }

    def linker(prepared, settings):  # type: ignore[no-untyped-def]
        a, b = int(Path(prepared.left.path).stem), int(Path(prepared.right.path).stem)
        return [
            (i, j, "paraphrased", shifted[frozenset(((a, i), (b, j)))])
            for i in range(len(prepared.left_sentences))
            for j in range(len(prepared.right_sentences))
            if frozenset(((a, i), (b, j))) in shifted
        ]

    return build_story(articles, linker=linker)


def test_a_lede_that_states_both_remarks_carries_the_second_through_two_summaries() -> None:
    story = _vouched_story(LEDE_OF_BOTH)
    fares = _own_claim(story.claims, (2, 1))
    assert (5, 0) in fares.also  # the lede scores near the fares quotations
    assert not {(2, 0), (3, 0), (4, 0)} & set(fares.variants)  # the closure quotations do not
    assert fares.outlets == (0, 1, 2, 3, 4, 5)


def test_a_lede_of_one_remark_does_not_inherit_the_other() -> None:
    story = _vouched_story(LEDE_OF_ONE)
    fares = _own_claim(story.claims, (2, 1))
    assert fares.also == ((0, 0), (1, 0))
    assert (5, 0) in _own_claim(story.claims, (2, 0)).variants
