"""The claim check's candidate masks built beside the proposed pairs' reading (issue #19):
the links are those of the masks built after it, and the reading stays in the caller's thread."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import align
from newsdiff.core.align import BOUND_THREAD_PAIRS, find_links
from newsdiff.core.claims import ClaimCheck
from newsdiff.core.link_evidence import Evidence
from newsdiff.core.models import Settings
from newsdiff.core.threaded import Background


def _pair(seed: int, rows: int, cols: int):
    """Scores, word-order scores, figure flags, a claim check and proposed pairs."""
    rng = np.random.default_rng(seed)
    values = np.array([0, 20, 38, 45, 52, 60, 60, 75, 90, 100], dtype=np.float32)
    score = rng.choice(values, (rows, cols))
    verbatim = rng.choice(values, (rows, cols))
    differ = rng.random((rows, cols)) < 0.1
    rejected = rng.random((rows, cols)) < 0.2
    explained = rng.random((rows, cols)) < 0.5

    def check(i: int, j: int) -> ClaimCheck:
        if rejected[i, j]:
            return ClaimCheck("not linked", Evidence())
        return ClaimCheck(
            "conflict" if explained[i, j] else "paraphrased", Evidence(), bool(explained[i, j])
        )

    proposed = [(int(i), int(j)) for i, j in rng.integers(0, (rows, cols), (20, 2))]
    active = (rng.random(rows) < 0.95).tolist(), (rng.random(cols) < 0.95).tolist()
    return score, verbatim, differ, check, proposed, active


def _links(found: list[align.PairLink]) -> list[tuple[int, int, str, float]]:
    return [(link.left, link.right, link.label, link.score) for link in found]


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(150, 190), st.integers(150, 190))
def test_masks_built_beside_the_proposed_reading_give_the_same_links(
    seed: int, rows: int, cols: int
) -> None:
    score, verbatim, differ, check, proposed, (left_on, right_on) = _pair(seed, rows, cols)
    assert rows * cols >= BOUND_THREAD_PAIRS  # the threaded path
    given_list = find_links(score, verbatim, left_on, right_on, Settings(), check, differ, proposed)
    given_later = find_links(
        score, verbatim, left_on, right_on, Settings(), check, differ, lambda: proposed
    )
    assert _links(given_later) == _links(given_list)
    assert given_list  # the pairs link at all


def test_the_proposed_pairs_are_read_in_the_callers_thread_while_the_masks_are_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    score, verbatim, differ, check, proposed, (left_on, right_on) = _pair(7, 160, 150)
    seen: dict[str, int] = {}
    top_k = align._top_k

    def top_k_seen(*args, **kwargs):
        seen["masks"] = threading.get_ident()
        return top_k(*args, **kwargs)

    def read_proposed() -> list[tuple[int, int]]:
        seen["proposed"] = threading.get_ident()
        return proposed

    monkeypatch.setattr(align, "_top_k", top_k_seen)
    find_links(score, verbatim, left_on, right_on, Settings(), check, differ, read_proposed)
    assert seen["proposed"] == threading.get_ident()
    assert seen["masks"] != threading.get_ident()  # a templated pair: the bound was ranked


def test_an_error_in_the_background_reaches_the_caller() -> None:
    def fails() -> int:
        raise ValueError("no scores")

    with pytest.raises(ValueError, match="no scores"):
        Background(fails).result()
    assert Background(lambda: None).result() is None  # a None result is a result
