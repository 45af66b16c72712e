"""The word signals of every sentence pair: shared rare-word weight and figure agreement.

Two kernels of :mod:`newsdiff.core.similarity`'s scoring, computed for all pairs of a left and a
right list of sentences at once (inverted indexes, so the cost follows what the sentences
share, not the product of their lengths in Python).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain

import numpy as np

from newsdiff.core.words import SentenceFeatures


def weighted_overlap(
    left: Sequence[SentenceFeatures], right: Sequence[SentenceFeatures], idf: dict[str, float]
) -> np.ndarray:
    """Sum of IDF weights of the content stems each pair shares, via an inverted index.

    A stem inside a multi-word name counts at the smaller of its two shares. Each pair's stems
    are added in sorted order: float sums depend on their order, and a set's order changes
    from one run to the next, so the same articles could otherwise score a hair apart and
    break a tie between two counterparts differently.

    Filled a left row at a time (the row stays in cache): the right sentences holding each of
    the row's stems, stem after stem in sorted order, go to one ``np.add.at``, which adds in
    the order given, one float32 addition at a time. Each pair thus gets its stems' weights in
    sorted order, the same sums to the bit as adding a stem to all its pairs at once, at a
    fifth of the cost on long documents (``tests/core/test_scoring_kernels.py``).
    """
    holders: dict[str, tuple[list[int], list[float]]] = {}
    for j, f in enumerate(right):
        for word in f.content:
            entry = holders.setdefault(word, ([], []))
            entry[0].append(j)
            entry[1].append(f.shares.get(word, 1.0))
    # every stem's right sentences and weights as slices of two arrays (two numpy calls in
    # all, not two per stem: what a short pair of articles spent most of this function on)
    sizes = [len(cols) for cols, _ in holders.values()]
    ends = list(accumulate(sizes))
    columns = np.fromiter(
        chain.from_iterable(cols for cols, _ in holders.values()), dtype=np.intp, count=sum(sizes)
    )
    # what ``row[where] += idf[word]`` adds: the weight as a float32
    plain = np.repeat(np.array([idf[word] for word in holders], dtype=np.float32), sizes)
    index: dict[str, tuple[np.ndarray, np.ndarray | None, np.ndarray]] = {}
    for (word, (_, col_shares)), end, size in zip(holders.items(), ends, sizes, strict=True):
        where = columns[end - size : end]
        shares = None if min(col_shares) == 1.0 else np.array(col_shares, dtype=np.float32)
        # what a left stem at its full weight adds, or where a right sentence names it, the
        # weight at that sentence's share
        full: np.ndarray = plain[end - size : end]
        if shares is not None:
            full = idf[word] * np.minimum(np.float32(1.0), shares)
        index[word] = (where, shares, full)
    overlap = np.zeros((len(left), len(right)), dtype=np.float32)
    get = index.get
    for i, f in enumerate(left):
        found = [(word, held) for word in sorted(f.content) if (held := get(word)) is not None]
        if not found:
            continue
        places = [held[0] for _, held in found]
        if f.shares:  # a name's stems at their share (the smaller of the two sentences')
            weights = [_at_share(idf[word], f.shares.get(word, 1.0), e) for word, e in found]
        else:
            weights = [held[2] for _, held in found]
        np.add.at(overlap[i], np.concatenate(places), np.concatenate(weights))
    return overlap


def _at_share(
    weight: float, share: float, entry: tuple[np.ndarray, np.ndarray | None, np.ndarray]
) -> np.ndarray:
    """What one left stem at ``share`` adds to the right sentences holding it (``entry``:
    their places, their shares or ``None`` when all are whole, the adds at a whole share)."""
    where, where_shares, full = entry
    if share == 1.0:
        return full
    ones = np.ones(len(where), np.float32) if where_shares is None else where_shares
    weights: np.ndarray = weight * np.minimum(np.float32(share), ones)
    return weights


def number_agreement(
    left: Sequence[SentenceFeatures], right: Sequence[SentenceFeatures]
) -> np.ndarray:
    """+1 where both sentences state figures and share one, -1 where they share none, else 0.

    ``int8``, a quarter of a float matrix (5,000 × 5,000 sentences: 25 MB). Every pair of
    figure-stating sentences starts at -1; an index of the right sentences by figure then sets
    the pairs that share one to +1, so the cost follows the shared figures, not the product of
    the two lengths in Python.
    """
    result = np.zeros((len(left), len(right)), dtype=np.int8)
    right_rows = [j for j, f in enumerate(right) if f.numbers]
    left_rows = [i for i, f in enumerate(left) if f.numbers]
    if not right_rows or not left_rows:
        return result
    result[np.ix_(left_rows, right_rows)] = -1
    holders: dict[str, list[int]] = {}
    for j in right_rows:
        for number in right[j].numbers:
            holders.setdefault(number, []).append(j)
    rows: list[int] = []
    cols: list[int] = []
    for i in left_rows:
        for number in left[i].numbers:
            found = holders.get(number)
            if found:
                rows.extend([i] * len(found))
                cols.extend(found)
    if rows:
        result[rows, cols] = 1
    return result
