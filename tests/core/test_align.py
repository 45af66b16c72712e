"""Links, labels, moved detection and rows on hand-made score matrices."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.align import (
    PairLink,
    backbone,
    build_rows,
    find_links,
    labels,
    moved_flags,
)
from newsdiff.core.models import Settings


def _links(pairs: list[tuple[int, int]], score: float = 60.0) -> list[PairLink]:
    return [PairLink(i, j, "paraphrased", score) for i, j in sorted(pairs)]


def test_links_need_the_paraphrase_threshold_and_shared_needs_verbatim() -> None:
    score = np.array([[90, 10], [20, 55], [30, 45]], dtype=np.float32)
    verbatim = np.array([[95, 0], [0, 40], [0, 0]], dtype=np.float32)
    links = find_links(score, verbatim, [True] * 3, [True] * 2, Settings(80, 50))
    assert [(link.left, link.right, link.label) for link in links] == [
        (0, 0, "shared"),
        (1, 1, "paraphrased"),
    ]
    assert labels(3, links, "left") == ["shared", "paraphrased", "unique"]
    assert labels(2, links, "right") == ["shared", "paraphrased"]


def test_thresholds_are_settings() -> None:
    score = np.array([[90, 10], [20, 55]], dtype=np.float32)
    verbatim = np.array([[95, 0], [0, 40]], dtype=np.float32)
    strict = find_links(score, verbatim, [True] * 2, [True] * 2, Settings(99, 60))
    assert [(link.left, link.right, link.label) for link in strict] == [(0, 0, "paraphrased")]
    loose = find_links(score, verbatim, [True] * 2, [True] * 2, Settings(30, 15))
    assert {(link.left, link.right) for link in loose} >= {(0, 0), (1, 1)}
    assert all(link.label == "shared" for link in loose if (link.left, link.right) == (1, 1))


def test_inactive_sentences_never_link() -> None:
    score = np.full((2, 2), 90, dtype=np.float32)
    links = find_links(score, score, [False, True], [True, True], Settings())
    assert all(link.left == 1 for link in links)


def test_a_sentence_may_link_to_two_that_split_its_content() -> None:
    score = np.array([[70, 65, 20]], dtype=np.float32)
    links = find_links(score, np.zeros_like(score), [True], [True] * 3, Settings(80, 50))
    assert [link.right for link in links] == [0, 1]


def test_backbone_is_the_heaviest_in_order_chain() -> None:
    # 0-0, 1-1, 2-2 in order; 3-0 crosses them
    links = _links([(0, 0), (1, 1), (2, 2), (3, 0)])
    chain = backbone(links)
    assert [(link.left, link.right) for link in chain] == [(0, 0), (1, 1), (2, 2)]
    left_moved, right_moved = moved_flags(4, 3, links, chain)
    assert left_moved == [False, False, False, True]
    assert right_moved == [False, False, False]


def test_weights_decide_between_equally_long_chains() -> None:
    links = [PairLink(0, 1, "paraphrased", 90.0), PairLink(1, 0, "paraphrased", 55.0)]
    chain = backbone(links)
    assert [(link.left, link.right) for link in chain] == [(0, 1)]
    left_moved, right_moved = moved_flags(2, 2, links, chain)
    assert left_moved == [False, True] and right_moved == [True, False]


def test_second_link_in_order_is_not_moved() -> None:
    links = _links([(0, 0), (0, 1), (1, 2)])
    chain = backbone(links)
    left_moved, right_moved = moved_flags(2, 3, links, chain)
    assert not any(left_moved) and not any(right_moved)


def test_rows_pair_the_chain_and_keep_each_side_in_order() -> None:
    links = _links([(0, 1), (2, 2), (3, 0)])
    chain = backbone(links)
    rows = build_rows(4, 3, chain)
    assert [(row.left, row.right) for row in rows] == [
        (None, 0),
        (0, 1),
        (1, None),
        (2, 2),
        (3, None),
    ]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 12),
    st.integers(0, 12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.floats(1, 100)), max_size=30),
)
def test_rows_show_every_sentence_once_in_order(
    left_count: int, right_count: int, raw: list[tuple[int, int, float]]
) -> None:
    seen: dict[tuple[int, int], float] = {}
    for i, j, value in raw:
        if i < left_count and j < right_count:
            seen[(i, j)] = value
    links = [PairLink(i, j, "paraphrased", v) for (i, j), v in sorted(seen.items())]
    chain = backbone(links)
    assert all(
        a.left < b.left and a.right < b.right for a, b in zip(chain, chain[1:], strict=False)
    )
    rows = build_rows(left_count, right_count, chain)
    assert [row.left for row in rows if row.left is not None] == list(range(left_count))
    assert [row.right for row in rows if row.right is not None] == list(range(right_count))
    paired = {
        (row.left, row.right) for row in rows if row.left is not None and row.right is not None
    }
    assert paired == {(link.left, link.right) for link in chain}
    left_moved, right_moved = moved_flags(left_count, right_count, links, chain)
    on_chain_left = {link.left for link in chain}
    assert not any(left_moved[i] for i in on_chain_left)
    linked_left = {link.left for link in links}
    assert all(i in linked_left for i, moved in enumerate(left_moved) if moved)
    # no moved sentences when every link is in order
    if all((a.left - b.left) * (a.right - b.right) >= 0 for a in links for b in links):
        assert not any(left_moved) and not any(right_moved)


def test_the_link_cap_counts_only_links_that_pass_the_claim_check() -> None:
    """Three higher-scoring look-alikes must not take the slots of a sentence's true match."""
    from newsdiff.core.claims import ClaimCheck, Evidence

    score = np.array([[90.0, 85.0, 80.0, 70.0]])
    lookalikes = {(0, 0), (0, 1), (0, 2)}

    def check(i: int, j: int) -> ClaimCheck:
        outcome = "not linked" if (i, j) in lookalikes else "paraphrased"
        return ClaimCheck(outcome, Evidence(("harbour",)))  # type: ignore[arg-type]

    without = find_links(score, np.zeros_like(score), [True], [True] * 4, Settings(80, 50))
    assert [(link.left, link.right) for link in without] == [(0, 0), (0, 1), (0, 2)]
    links = find_links(score, np.zeros_like(score), [True], [True] * 4, Settings(80, 50), check)
    assert [(link.left, link.right, link.label) for link in links] == [(0, 3, "paraphrased")]
    assert links[0].evidence.agree == ("harbour",)


def test_a_figure_conflict_below_the_threshold_is_linked_as_conflict() -> None:
    """Scoring lowers pairs whose figures differ; the claim check brings a conflict back."""
    from newsdiff.core.claims import ClaimCheck, Disagreement, Evidence

    score = np.array([[42.0, 41.0]])
    differ = np.array([[True, True]])
    figure = Disagreement("figure", "6 weeks", "9 weeks", (0, 7), (0, 7))

    def check(i: int, j: int) -> ClaimCheck:
        if j == 0:
            return ClaimCheck("conflict", Evidence((), (figure,)), figures_explained=True)
        return ClaimCheck("paraphrased", Evidence())

    links = find_links(
        score, np.zeros_like(score), [True], [True, True], Settings(80, 50), check, differ
    )
    assert [(link.right, link.label) for link in links] == [(0, "conflict")]


def test_top_k_ranked_in_blocks_equals_the_whole_matrix(monkeypatch) -> None:
    """Ranking a few lanes at a time (to bound memory) marks exactly what one pass marks."""
    import numpy as np
    from newsdiff.core import align

    rng = np.random.default_rng(5)
    matrix = rng.integers(0, 6, size=(37, 23)).astype(np.float32)  # many ties
    whole = {axis: align._top_k(matrix, 4, axis) for axis in (0, 1)}
    monkeypatch.setattr(align, "TOP_K_BLOCK", 50)  # two or three lanes a block
    for axis in (0, 1):
        blocked = align._top_k(matrix, 4, axis)
        assert np.array_equal(blocked, whole[axis])
        assert (blocked.sum(axis=axis) == 4).all()
        where = matrix >= 2
        masked = np.where(where, matrix, np.float32(0.0))
        assert np.array_equal(
            align._top_k(matrix, 4, axis, where=where), align._top_k(masked, 4, axis)
        )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30),
    st.integers(1, 30),
    st.integers(1, 6),
    st.integers(0, 2**32 - 1),
)
def test_top_k_marks_what_numpy_partitions_whole(rows: int, cols: int, k: int, seed: int) -> None:
    """Lanes copied out to be ranked (columns made contiguous) pick the very entries, ties
    included, that one ``np.argpartition`` of the whole masked matrix picks: which of several
    tied sentences are read by the claim check never depends on how the ranking is done."""
    import numpy as np
    from newsdiff.core import align

    rng = np.random.default_rng(seed)
    matrix = rng.integers(0, 5, size=(rows, cols)).astype(np.float32)  # many ties
    where = rng.random((rows, cols)) < 0.7
    for axis in (0, 1):
        for kept in (None, where):
            masked = matrix if kept is None else np.where(kept, matrix, np.float32(0.0))
            expected = np.ones(matrix.shape, dtype=bool)
            if matrix.shape[axis] > k:
                expected[...] = False
                best = np.argpartition(-masked, k - 1, axis=axis)
                best = best[:, :k] if axis == 1 else best[:k, :]
                np.put_along_axis(expected, best, True, axis=axis)
            assert np.array_equal(align._top_k(matrix, k, axis, where=kept), expected)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 20),
    st.integers(1, 20),
    st.integers(1, 5),
    st.integers(0, 2**32 - 1),
    st.sampled_from([0.0, -3.0, float("inf"), float("-inf"), float("nan")]),
)
def test_top_k_of_masked_entries_ranks_as_np_where_does(
    rows: int, cols: int, k: int, seed: int, odd: float
) -> None:
    """The masked ranking negates the scores and multiplies by the mask (faster than
    ``np.where``): the sentences it picks are those ``np.where(where, score, 0)`` ranks first,
    ties, zeros, negative scores and non-finite entries (inf · 0 is not 0) included."""
    import numpy as np
    from newsdiff.core import align

    rng = np.random.default_rng(seed)
    matrix = rng.integers(0, 4, size=(rows, cols)).astype(np.float32)  # many ties
    matrix[rng.random((rows, cols)) < 0.1] = odd
    where = rng.random((rows, cols)) < 0.6
    for axis in (0, 1):
        masked = np.where(where, matrix, np.float32(0.0))
        expected = np.ones(matrix.shape, dtype=bool)
        if matrix.shape[axis] > k:
            expected[...] = False
            best = np.argpartition(-masked, k - 1, axis=axis)
            best = best[:, :k] if axis == 1 else best[:k, :]
            np.put_along_axis(expected, best, True, axis=axis)
        assert np.array_equal(align._top_k(matrix, k, axis, where=where), expected)
