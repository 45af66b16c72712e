"""Pair-view links the grouping leaves between two claims: shown inside one of them.

The pair view's link is a reader's ground truth for "these two sentences say the same thing".
Average linkage (:mod:`newsdiff.core.story_grouping`) may still leave the two in two claims:
one link among many sentence pairs is too little to join two groups, since joining them on it
would chain two facts. :func:`linked_apart` makes one end a variant of the other's claim too
(:attr:`~newsdiff.core.story_model.Claim.also`), when that pairs it only with sentences the
pair view links it to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsdiff.core.story_model import Position

if TYPE_CHECKING:
    from newsdiff.core.story_grouping import LinkTable

KEPT = ("shared", "paraphrased")
"""The labels of the links a claim keeps together (a ``conflict`` between two claims is
:func:`newsdiff.core.story_also.contradicted`'s)."""


def linked_apart(
    groups: np.ndarray,
    a_all: np.ndarray,
    b_all: np.ndarray,
    table: LinkTable,
    also: dict[int, list[int]],
    ordered: Sequence[Position],
) -> tuple[np.ndarray, np.ndarray]:
    """Make one end of each split link a variant of the other's claim, where it can be.

    A ``shared`` or ``paraphrased`` link of ``table`` (rows; ``a_all``/``b_all`` its ends as
    story sentence numbers, -1 for furniture; ``groups`` each sentence's claim) whose two
    sentences share no claim (their own, or one they carry: ``also``): one end becomes a
    variant of the other's claim, when it is linked to every variant of that claim in another
    article (those added before included), so the story pairs no two sentences the pair view
    does not link. The end of the larger claim (own variants; ties: the later sentence in the
    intrinsic order ``ordered``) tries the smaller claim first, which gains the fewest pairs.
    Links are taken strongest first, then by their ends' places in ``ordered``, so the result
    does not depend on the order the articles are named in. A link neither end can follow
    stays between the two claims: joining would pair a sentence with one the pair view does
    not link to it.

    ``also`` gains the new variants; returns the rows of the links followed and the claim each
    is listed in.
    """
    none = np.zeros(0, dtype=np.int64)
    codes = [table.labels.index(name) for name in KEPT if name in table.labels]
    if not codes or not len(table):
        return none, none
    kinds = np.isin(np.frombuffer(table.label, dtype=np.uint8), codes)
    rows = np.flatnonzero(kinds & (a_all >= 0) & (b_all >= 0))
    rows = rows[groups[a_all[rows]] != groups[b_all[rows]]]
    if not table.distinct:  # a pair listed twice is read as its last listing, as grouping does
        key = np.minimum(a_all[rows], b_all[rows]).astype(np.int64) * len(groups)
        key += np.maximum(a_all[rows], b_all[rows])
        rows = rows[len(rows) - 1 - np.unique(key[::-1], return_index=True)[1]]
    if not len(rows):
        return none, none
    score = table.views()[2]
    low = np.minimum(a_all[rows], b_all[rows])
    high = np.maximum(a_all[rows], b_all[rows])
    rows = rows[np.lexsort((high, low, -score[rows]))]
    del score, low, high
    # the links of the sentences that may move (only those are asked about)
    ends = np.union1d(a_all[rows], b_all[rows])
    near = np.flatnonzero(np.isin(a_all, ends) | np.isin(b_all, ends))
    linked = set(zip(a_all[near].tolist(), b_all[near].tolist(), strict=True))
    del ends, near
    members: dict[int, list[int]] = {}
    for k, group in enumerate(groups.tolist()):
        members.setdefault(group, []).append(k)
    carried: dict[int, set[int]] = {}
    for group, sentences in also.items():
        for k in sentences:
            carried.setdefault(k, set()).add(group)
            members[group].append(k)
    sizes = np.bincount(groups, minlength=len(groups))
    kept: list[int] = []
    into: list[int] = []
    for row, a, b in zip(rows.tolist(), a_all[rows].tolist(), b_all[rows].tolist(), strict=True):
        ga, gb = int(groups[a]), int(groups[b])
        if ({ga} | carried.get(a, set())) & ({gb} | carried.get(b, set())):
            continue  # they share a claim already (one followed an earlier link)
        tries = ((a, gb), (b, ga)) if (sizes[ga], a) > (sizes[gb], b) else ((b, ga), (a, gb))
        for mover, target in tries:
            article = ordered[mover][0]
            if all(
                (mover, k) in linked or (k, mover) in linked
                for k in members[target]
                if ordered[k][0] != article
            ):
                kept.append(row)
                into.append(target)
                members[target].append(mover)
                carried.setdefault(mover, set()).add(target)
                also.setdefault(target, []).append(mover)
                break
    return np.array(kept, dtype=np.int64), np.array(into, dtype=np.int64)
