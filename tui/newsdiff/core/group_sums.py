"""Sums of groups of table rows as small matrix products: the meaning vectors' one kernel.

:mod:`newsdiff.core.semantic` sums each word's token vectors and each sentence's word vectors
here. Kept apart so that the product's shapes, which decide its bits, live in one place.
"""

from __future__ import annotations

import numpy as np

CHUNK = 8
"""Groups (sentences, words) summed at a time. The 0/1 matrix grows with the square of it:
measured on 1,900 sentences, 8 takes 5 ms, 4 or 16 take 7 and 26 ms, 128 takes 29 ms."""
GATHER_ROWS = 16384
"""Most vectors gathered at once (16 MB): a megabyte without a space is one word of ~300,000
tokens."""
ONE_THREAD_PRODUCT = 65536 * 4
"""The size (groups × rows × dimensions) up to which OpenBLAS computes a product on one thread
(its ``SMP_THRESHOLD_MIN`` × ``GEMM_MULTITHREAD_THRESHOLD``). A larger one is handed to a second
thread for a few microseconds of work: a wake-up per product, which on a busy machine (rapidfuzz
holds the other core while the meaning vectors are summed) costs more than the product."""
SAME_BITS_ROWS = 320
"""Most rows of one product whose sums are the same to the bit whether the product is
computed whole on two threads or in column slices on one (every size from 100 to 320 rows and
1 to 8 groups checked; from 321 rows OpenBLAS splits the rows' sum differently on one thread,
so longer products are computed whole, as before)."""
SLICE_STEP = 16
"""Column slices are multiples of this many dimensions (OpenBLAS's float kernels' widest tile):
each slice covers whole tiles, as the whole product does."""


def sum_groups(table: np.ndarray, rows: np.ndarray, lengths: np.ndarray, out: np.ndarray) -> None:
    """``out[k]`` = the sum of ``table[rows[...]]`` over the ``k``-th group of ``lengths`` rows.

    :data:`CHUNK` groups at a time, as one small matrix product: a 0/1 matrix (group × row)
    times the gathered rows. The gathered rows stay in cache and BLAS adds them, several times
    faster than ``np.add.reduceat`` over one large gathered array. A product past
    :data:`ONE_THREAD_PRODUCT` (and within :data:`SAME_BITS_ROWS`) is computed in column
    slices that each stay under it: the same sums to the bit (each output column depends on
    its own input column only), on this thread alone (``tests/core/test_group_sums.py``
    holds it to the whole product).
    """
    width = table.shape[1]
    offset = 0
    for start in range(0, len(lengths), CHUNK):
        group = lengths[start : start + CHUNK]
        total = int(group.sum())
        if total > GATHER_ROWS:  # a very long text or word: sum it in bounded slices
            for place, length in enumerate(group.tolist(), start):
                for first in range(offset, offset + length, GATHER_ROWS):
                    last = min(first + GATHER_ROWS, offset + length)
                    out[place] += table[rows[first:last]].sum(axis=0)
                offset += length
            continue
        if total:
            members = np.zeros((len(group), total), dtype=np.float32)
            members[np.repeat(np.arange(len(group)), group), np.arange(total)] = 1.0
            gathered = table[rows[offset : offset + total]]
            target = out[start : start + len(group)]
            step = column_slice(len(group), total, width)
            if step >= width:
                np.matmul(members, gathered, out=target)
            else:
                for first in range(0, width, step):
                    columns = slice(first, first + step)
                    np.matmul(members, gathered[:, columns], out=target[:, columns])
        offset += total


def column_slice(groups: int, total: int, width: int) -> int:
    """How many columns of a ``groups × total`` by ``total × width`` product to compute at a
    time: all of them when the product is small enough for one thread anyway, too long for
    slices to keep its bits (:data:`SAME_BITS_ROWS`), or its width is no multiple of
    :data:`SLICE_STEP`; else the widest multiple of :data:`SLICE_STEP` that stays under
    :data:`ONE_THREAD_PRODUCT`."""
    if groups * total * width <= ONE_THREAD_PRODUCT or total > SAME_BITS_ROWS or width % SLICE_STEP:
        return width
    return max(SLICE_STEP, ONE_THREAD_PRODUCT // (groups * total) // SLICE_STEP * SLICE_STEP)
