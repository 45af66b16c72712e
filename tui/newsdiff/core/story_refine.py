"""Claims re-checked once formed: each variant against its claim as it ends up.

Average linkage (:mod:`newsdiff.core.story_grouping`) tests a sentence when it joins: a link to
one variant of two, or to the one variant in another article, is enough then. The claim keeps
growing, and a sentence let in that way can end up linked to one variant in four — a tariff
figure in a claim about strained relations, joined through the one sentence that states both;
a remark in the claim of the remark next to it, when the claim it links to most formed later.
Once every merge is done, :func:`refine_groups` re-checks every variant against its finished
claim: a variant linked to less than half of the claim's variants in other articles
(:data:`MEMBER_SHARE`) moves to a claim it links to at least half of, or — when a single link
holds it in its claim — leaves for a claim of its own.
"""

from __future__ import annotations

import numpy as np

from newsdiff.core.story_also import ALSO_LINKS

MEMBER_SHARE = 0.5
"""A variant belongs with a finished claim when it links to at least this share of the claim's
variants in other articles ("most of them"; a sentence also carries a second claim by the same
test, :func:`newsdiff.core.story_also.also_carried`)."""

ROUNDS = 8
"""At most this many passes of moves (each moves the weakest failing variant out of a claim and
at most one sentence into a claim; a consistent claim needs none). Bounds the work on a corpus
whose claims would keep reshuffling."""


def refine_groups(
    groups: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    article: np.ndarray,
    share: float = MEMBER_SHARE,
    rounds: int = ROUNDS,
) -> np.ndarray:
    """Group numbers (one per sentence; a group is named by its smallest sentence) after
    re-checking every variant against its finished claim.

    A variant linked to less than ``share`` of its claim's variants in other articles moves to
    the claim of two or more variants it links to the largest share of, when that share is at
    least ``share``; failing that, a variant held in its claim by fewer than
    :data:`~newsdiff.core.story_also.ALSO_LINKS` links (one pair view's reading) becomes a claim
    of its own. A variant with two links or more and no better claim stays: it passed average
    linkage's test and two readings agree on it. ``first``/``second`` are the links' two ends
    (each pair of sentences once), ``article`` each sentence's article. ``groups`` is not
    changed.
    """
    count = len(groups)
    groups = _canonical(np.asarray(groups, dtype=np.int64), count)
    if not len(first) or not count:
        return groups
    ends = np.concatenate((first, second)).astype(np.int64)
    others = np.concatenate((second, first)).astype(np.int64)
    article = np.asarray(article, dtype=np.int64)
    for _ in range(rounds):
        moves = _moves(groups, ends, others, article, share)
        if not moves:
            break
        for sentence, target in moves:
            groups[sentence] = count + sentence if target < 0 else target
        groups = _canonical(groups, count)
    return groups


def _canonical(groups: np.ndarray, count: int) -> np.ndarray:
    """Each group named by its smallest sentence."""
    if not count:
        return groups
    smallest = np.full(int(groups.max()) + 1, count, dtype=np.int64)
    np.minimum.at(smallest, groups, np.arange(count, dtype=np.int64))
    found: np.ndarray = smallest[groups]
    return found


def _counted(keys: np.ndarray, numbers: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``numbers`` of each of ``wanted`` in the sorted ``keys``, 0 for a key not there."""
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[at] == wanted, numbers[at], 0)


def _moves(
    groups: np.ndarray,
    ends: np.ndarray,
    others: np.ndarray,
    article: np.ndarray,
    share: float,
) -> list[tuple[int, int]]:
    """This pass's moves ``(sentence, target group, or -1 for a claim of its own)``: in each
    claim, the failing variant with the smallest share; at most one move into a claim, and none
    into a claim that loses a variant in the same pass."""
    count = len(groups)
    articles = int(article.max()) + 1
    size = np.bincount(groups, minlength=count)
    # variants of each group in each article: a share leaves out the sentence's own article
    group_article = groups * articles + article
    keys, numbers = np.unique(group_article, return_counts=True)
    # each sentence's links into each group, as (sentence, group) keys
    pairs, links = np.unique(ends * count + groups[others], return_counts=True)
    sentence, group = pairs // count, pairs % count
    same_article = _counted(keys, numbers, group * articles + article[sentence])
    shares = links / np.maximum(size[group] - same_article, 1)
    mine = group == groups[sentence]
    own_share = np.zeros(count)
    own_share[sentence[mine]] = shares[mine]
    own_links = np.zeros(count, dtype=np.int64)
    own_links[sentence[mine]] = links[mine]
    own_possible = size[groups] - _counted(keys, numbers, group_article)
    failing = (own_possible > 0) & (own_share + 1e-9 < share)
    if not failing.any():
        return []
    target = np.full(count, -1, dtype=np.int64)
    best = np.zeros(count)
    fits = ~mine & failing[sentence] & (size[group] > 1) & (shares + 1e-9 >= share)
    for k, g, found in zip(
        sentence[fits].tolist(), group[fits].tolist(), shares[fits].tolist(), strict=True
    ):
        if found > best[k] or (found == best[k] and g < target[k]):
            best[k], target[k] = found, g
    failing &= (target >= 0) | (own_links < ALSO_LINKS)
    candidates = np.flatnonzero(failing)
    left: set[int] = set()
    entered: set[int] = set()
    moves = []
    for k in candidates[np.lexsort((candidates, own_share[candidates]))].tolist():
        source, into = int(groups[k]), int(target[k])
        if source in left or source in entered or into in entered or into in left:
            continue
        left.add(source)
        if into >= 0:
            entered.add(into)
        moves.append((k, into))
    return moves
