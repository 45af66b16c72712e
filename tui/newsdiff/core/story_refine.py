"""Claims re-checked once formed: a variant that one link holds to a grown claim leaves it.

Average linkage (:mod:`newsdiff.core.story_grouping`) tests a sentence when it joins: a link to
the one variant of a claim in another article is enough then. The claim keeps growing, and a
sentence let in that way can end up linked to one variant in four — a tariff figure in a claim
about strained relations, joined through the one sentence that states both. Once every merge is
done, :func:`refine_groups` puts each variant to the join test against its finished claim; one
that fails it while a single link holds it there becomes a claim of its own.
"""

from __future__ import annotations

import numpy as np

from newsdiff.core.story_also import ALSO_LINKS

ROUNDS = 8
"""At most this many passes (each takes the weakest failing variant out of each claim, since
taking one out changes the others' shares). Bounds the work whatever the links."""


def refine_groups(
    groups: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    article: np.ndarray,
    share: float,
    rounds: int = ROUNDS,
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Group numbers (one per sentence; a group is named by its smallest sentence) after taking
    out of its claim every variant linked to less than ``share`` (the linkage) of the claim's
    variants in other articles and held there by fewer than
    :data:`~newsdiff.core.story_also.ALSO_LINKS` links: one link is one pair view's reading. A
    variant with two links or more stays — two readings agree on it, and taking those out too
    splits real claims whose paraphrases the pair view links sparsely (docs/story.md).

    ``first``/``second`` are the links' two ends (each pair of sentences once), ``article``
    each sentence's article. ``groups`` is not changed.

    Also returns, for each variant that left, ``(sentence, the variant its one link went to)``:
    that variant still carries the departed sentence's claim (it states two claims, as the
    sentence on tariffs and strained relations does), and is listed in it as such
    (:attr:`~newsdiff.core.story_model.Claim.also`).
    """
    count = len(groups)
    groups = _canonical(np.asarray(groups, dtype=np.int64), count)
    kept: list[tuple[int, int]] = []
    if not len(first) or not count:
        return groups, kept
    article = np.asarray(article, dtype=np.int64)
    for _ in range(rounds):
        leaving = _leaving(groups, first, second, article, share)
        if not len(leaving):
            break
        kept.extend(_partners(groups, first, second, leaving))
        groups[leaving] = count + leaving  # a claim of its own
        groups = _canonical(groups, count)
    return groups, kept


def _partners(
    groups: np.ndarray, first: np.ndarray, second: np.ndarray, leaving: np.ndarray
) -> list[tuple[int, int]]:
    """``(sentence, linked variant)`` for each link of a ``leaving`` sentence inside its claim."""
    inside = groups[first] == groups[second]
    found = []
    for ends, partners in ((first, second), (second, first)):
        rows = np.flatnonzero(inside & np.isin(ends, leaving))
        found += list(zip(ends[rows].tolist(), partners[rows].tolist(), strict=True))
    return found


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


def _leaving(
    groups: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    article: np.ndarray,
    share: float,
) -> np.ndarray:
    """This pass's variants that leave their claim: in each claim, of those failing, the one
    with the smallest share (then the first)."""
    count = len(groups)
    articles = int(article.max()) + 1
    size = np.bincount(groups, minlength=count)
    # variants of each group in each article: a share leaves out the sentence's own article
    group_article = groups * articles + article
    keys, numbers = np.unique(group_article, return_counts=True)
    possible = size[groups] - _counted(keys, numbers, group_article)
    inside = groups[first] == groups[second]
    links = np.bincount(first[inside], minlength=count) + np.bincount(
        second[inside], minlength=count
    )
    own_share = links / np.maximum(possible, 1)
    failing = np.flatnonzero((possible > 0) & (own_share + 1e-9 < share) & (links < ALSO_LINKS))
    if not len(failing):
        return failing
    order = failing[np.lexsort((failing, own_share[failing], groups[failing]))]
    first_of_group = np.flatnonzero(np.diff(groups[order], prepend=-1))
    leaving: np.ndarray = order[first_of_group]
    return leaving
