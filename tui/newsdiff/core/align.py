"""Links, labels, moved detection and aligned rows, from precomputed score matrices.

Everything here is cheap (no scoring): the app re-runs it whenever the user changes thresholds.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsdiff.core.models import Label, LinkLabel, Row, Settings

RELATIVE_KEEP = 0.6
"""A sentence's second and further links must score at least this share of its best link.

A sentence may link to several counterparts that split its content, but a weak link next to a
strong one is usually a shared topic, not a shared fact.
"""


MAX_LINKS_PER_SENTENCE = 3
"""A link must be among the best few of both its sentences.

A sentence's content is carried by one or two counterparts, rarely more; a sentence that scores
above the threshold against dozens of others (templated wire copy, lists of near-identical
lines) shares a pattern, not a fact. The cap also bounds the work and the size of every export
to a few links per sentence, whatever the input.
"""


def _top_k(matrix: np.ndarray, k: int, axis: int) -> np.ndarray:
    """A mask of the ``k`` highest entries along ``axis`` (all entries when there are fewer)."""
    if matrix.shape[axis] <= k:
        return np.ones(matrix.shape, dtype=bool)
    best = np.argpartition(-matrix, k - 1, axis=axis)
    best = best[:, :k] if axis == 1 else best[:k, :]
    mask = np.zeros(matrix.shape, dtype=bool)
    np.put_along_axis(mask, best, True, axis=axis)
    return mask


@dataclass(frozen=True, slots=True)
class PairLink:
    """A link between left sentence ``left`` and right sentence ``right``."""

    left: int
    right: int
    label: LinkLabel
    score: float


def find_links(
    score: np.ndarray,
    verbatim: np.ndarray,
    left_active: Sequence[bool],
    right_active: Sequence[bool],
    settings: Settings,
) -> list[PairLink]:
    """Every link at ``settings``, sorted by (left, right).

    A pair is linked when its score reaches ``settings.paraphrase`` and it is within
    ``RELATIVE_KEEP`` of the best link of its left or of its right sentence, and it is among the
    ``MAX_LINKS_PER_SENTENCE`` best of both its sentences. A link is
    ``shared`` when its near-verbatim score reaches ``settings.shared``. Inactive sentences
    (boilerplate) never link.
    """
    n, m = score.shape
    if n == 0 or m == 0:
        return []
    masked = score.copy()
    masked[~np.asarray(left_active, dtype=bool), :] = 0.0
    masked[:, ~np.asarray(right_active, dtype=bool)] = 0.0
    threshold = settings.paraphrase
    best_left = masked.max(axis=1)
    best_right = masked.max(axis=0)
    keep = masked >= threshold
    if threshold <= 0:
        keep &= masked > 0
    relative = (masked >= RELATIVE_KEEP * best_left[:, None]) | (
        masked >= RELATIVE_KEEP * best_right[None, :]
    )
    keep &= relative
    keep &= _top_k(masked, MAX_LINKS_PER_SENTENCE, 1) & _top_k(masked, MAX_LINKS_PER_SENTENCE, 0)
    links: list[PairLink] = []
    for i, j in zip(*np.nonzero(keep), strict=True):
        value = float(masked[i, j])
        shared = float(verbatim[i, j]) >= settings.shared
        links.append(PairLink(int(i), int(j), "shared" if shared else "paraphrased", value))
    return links


def labels(count: int, links: Sequence[PairLink], side: str) -> list[Label]:
    """Each sentence's label on one side (``left`` or ``right``): its strongest link label."""
    result: list[Label] = ["unique"] * count
    for link in links:
        index = link.left if side == "left" else link.right
        if link.label == "shared":
            result[index] = "shared"
        elif result[index] == "unique":
            result[index] = "paraphrased"
    return result


def backbone(links: Sequence[PairLink]) -> list[PairLink]:
    """The heaviest chain of links increasing on both sides (weighted LIS, O(L log L)).

    Pairs are visited by left index, and within one left index by decreasing right index, so
    two links of the same left sentence can never both join the chain. A Fenwick tree over
    right indices gives the best chain ending before each right index.
    """
    if not links:
        return []
    size = max(link.right for link in links) + 2
    tree_value = [0.0] * (size + 1)
    tree_link = [-1] * (size + 1)
    ordered = sorted(range(len(links)), key=lambda k: (links[k].left, -links[k].right))
    total = [0.0] * len(links)
    previous = [-1] * len(links)
    for k in ordered:
        link = links[k]
        # best chain over right indices < link.right (positions 1..link.right)
        best, best_k = 0.0, -1
        position = link.right
        while position > 0:
            if tree_value[position] > best:
                best, best_k = tree_value[position], tree_link[position]
            position -= position & -position
        total[k] = best + link.score
        previous[k] = best_k
        position = link.right + 1
        while position <= size:
            if total[k] > tree_value[position]:
                tree_value[position] = total[k]
                tree_link[position] = k
            position += position & -position
    end = max(range(len(links)), key=lambda k: total[k])
    chain: list[PairLink] = []
    while end >= 0:
        chain.append(links[end])
        end = previous[end]
    chain.reverse()
    return chain


def crosses(link: PairLink, chain: Sequence[PairLink], lefts: Sequence[int]) -> bool:
    """Whether ``link`` crosses the chain: a chain pair before it on one side, after on the other.

    ``lefts`` are the chain's left indices (increasing). The chain increases on both sides, so it
    is enough to look at the last chain pair before ``link.left`` and the first one after it.
    """
    before = bisect.bisect_left(lefts, link.left)
    if before > 0 and chain[before - 1].right > link.right:
        return True
    after = bisect.bisect_right(lefts, link.left)
    return after < len(chain) and chain[after].right < link.right


def moved_flags(
    left_count: int, right_count: int, links: Sequence[PairLink], chain: Sequence[PairLink]
) -> tuple[list[bool], list[bool]]:
    """Which sentences are moved: linked, off the chain, and every link crosses the chain."""
    on_left = {link.left for link in chain}
    on_right = {link.right for link in chain}
    lefts = [link.left for link in chain]
    left_cross: dict[int, bool] = {}
    right_cross: dict[int, bool] = {}
    for link in links:
        crossing = crosses(link, chain, lefts)
        left_cross[link.left] = left_cross.get(link.left, True) and crossing
        right_cross[link.right] = right_cross.get(link.right, True) and crossing
    left_moved = [False] * left_count
    right_moved = [False] * right_count
    for index, crossing in left_cross.items():
        left_moved[index] = crossing and index not in on_left
    for index, crossing in right_cross.items():
        right_moved[index] = crossing and index not in on_right
    return left_moved, right_moved


def build_rows(left_count: int, right_count: int, chain: Sequence[PairLink]) -> tuple[Row, ...]:
    """Aligned rows: chain pairs share a row; everything else has a row of its own.

    Between two chain pairs, the left sentences in the gap come first, then the right ones, so
    each side reads in its own order.
    """
    rows: list[Row] = []
    i = j = 0
    for link in chain:
        rows.extend(Row(k, None) for k in range(i, link.left))
        rows.extend(Row(None, k) for k in range(j, link.right))
        rows.append(Row(link.left, link.right))
        i, j = link.left + 1, link.right + 1
    rows.extend(Row(k, None) for k in range(i, left_count))
    rows.extend(Row(None, k) for k in range(j, right_count))
    return tuple(rows)
