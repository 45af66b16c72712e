"""The meaning vectors' group sums: computed in column slices, the same bits as whole products.

``group_sums.sum_groups`` splits a product that OpenBLAS would hand to a second thread into
column slices it computes on one; every sum must stay what the whole product gives, since the
meaning cosines (and so the scores) are read from these sums to the bit.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import group_sums, semantic


def _whole_products(table: np.ndarray, rows: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The plain computation: one whole product per :data:`group_sums.CHUNK` groups."""
    out = np.zeros((len(lengths), table.shape[1]), dtype=np.float32)
    offset = 0
    for start in range(0, len(lengths), group_sums.CHUNK):
        group = lengths[start : start + group_sums.CHUNK]
        total = int(group.sum())
        if total:
            members = np.zeros((len(group), total), dtype=np.float32)
            members[np.repeat(np.arange(len(group)), group), np.arange(total)] = 1.0
            out[start : start + len(group)] = members @ table[rows[offset : offset + total]]
        offset += total
    return out


@settings(max_examples=60, deadline=None)
@given(
    lengths=st.lists(st.integers(0, 90), min_size=1, max_size=20),
    seed=st.integers(0, 2**32 - 1),
    scale=st.sampled_from([1e-3, 1.0, 1e3]),
)
def test_sliced_sums_are_the_whole_products_to_the_bit(
    lengths: list[int], seed: int, scale: float
) -> None:
    rng = np.random.default_rng(seed)
    table = (rng.standard_normal((400, 256)) * scale).astype(np.float32)
    counts = np.array(lengths, dtype=np.int64)
    rows = rng.integers(0, len(table), int(counts.sum()))
    out = np.zeros((len(counts), 256), dtype=np.float32)
    group_sums.sum_groups(table, rows, counts, out)
    expected = _whole_products(table, rows, counts)
    assert np.array_equal(out.view(np.uint32), expected.view(np.uint32))


def test_sentence_sized_products_are_sliced_and_keep_their_bits() -> None:
    """Eight sentences of 20–40 words (a product past one thread's size) go in slices, and
    every size up to the longest sliced one gives the whole product's bits."""
    assert group_sums.column_slice(8, 200, 256) < 256
    assert group_sums.column_slice(8, 100, 256) == 256  # one thread anyway: whole
    assert group_sums.column_slice(8, group_sums.SAME_BITS_ROWS + 1, 256) == 256
    rng = np.random.default_rng(7)
    table = rng.standard_normal((2000, 256)).astype(np.float32)
    for total in range(129, group_sums.SAME_BITS_ROWS + 1, 7):
        counts = np.diff(np.linspace(0, total, 9).astype(np.int64))
        rows = rng.integers(0, len(table), total)
        out = np.zeros((8, 256), dtype=np.float32)
        group_sums.sum_groups(table, rows, counts, out)
        expected = _whole_products(table, rows, counts)
        assert np.array_equal(out.view(np.uint32), expected.view(np.uint32)), total


def test_meaning_vectors_of_long_sentences_are_unchanged() -> None:
    """Sentence vectors through the embedder: the same bits as summing with whole products."""
    model = semantic.embedder()
    if model is None:  # the meaning signal is off here: nothing to compare
        assert semantic.status() != "on"
        return
    words = [f"harbour{k} council vote budget ferry" for k in range(60)]
    texts = [" ".join(words[k : k + 6]) for k in range(0, 54)]
    model.forget_words()
    vectors = model.vectors(texts)
    split = [text.split() for text in texts]
    rows, sums = model._word_rows(split)  # type: ignore[misc]
    lengths = np.array([len(w) for w in split], dtype=np.int64)
    expected = _whole_products(sums, rows, lengths)
    norms = np.linalg.norm(expected, axis=1, keepdims=True)
    np.divide(expected, norms, out=expected, where=norms > 0)
    assert np.array_equal(vectors.view(np.uint32), expected.view(np.uint32))
