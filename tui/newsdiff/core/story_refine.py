"""Claims re-checked once formed: a variant that one link holds to a grown claim leaves it.

Average linkage (:mod:`newsdiff.core.story_grouping`) tests a sentence when it joins: a link to
the one variant of a claim in another article is enough then. The claim keeps growing, and a
sentence let in that way can end up linked to one variant in four — a tariff figure in a claim
about strained relations, joined through the one sentence that states both. Once every merge is
done, :func:`refine_groups` puts each variant to the join test against its finished claim; one
that fails it while a single link holds it there becomes a claim of its own. One that fails it
while two links hold it, and passes it against another claim, takes that claim as its own
(:func:`rehomed`).
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


def _own_links(
    groups: np.ndarray, first: np.ndarray, second: np.ndarray, article: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: its links inside its own claim, and that claim's variants in other
    articles (the share's denominator: the sentence's own article is left out)."""
    count = len(groups)
    articles = int(article.max()) + 1
    size = np.bincount(groups, minlength=count)
    group_article = groups * articles + article
    keys, numbers = np.unique(group_article, return_counts=True)
    possible = size[groups] - _counted(keys, numbers, group_article)
    inside = groups[first] == groups[second]
    links = np.bincount(first[inside], minlength=count) + np.bincount(
        second[inside], minlength=count
    )
    return links, possible


def _leaving(
    groups: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    article: np.ndarray,
    share: float,
) -> np.ndarray:
    """This pass's variants that leave their claim: in each claim, of those failing, the one
    with the smallest share (then the first)."""
    links, possible = _own_links(groups, first, second, article)
    own_share = links / np.maximum(possible, 1)
    failing = np.flatnonzero((possible > 0) & (own_share + 1e-9 < share) & (links < ALSO_LINKS))
    if not len(failing):
        return failing
    order = failing[np.lexsort((failing, own_share[failing], groups[failing]))]
    first_of_group = np.flatnonzero(np.diff(groups[order], prepend=-1))
    leaving: np.ndarray = order[first_of_group]
    return leaving


def rehomed(
    groups: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    article: np.ndarray,
    also: dict[int, list[int]],
    share: float,
) -> np.ndarray | None:
    """Group numbers after each variant that fails the join test against its finished claim
    takes as its own a claim it passes it against (``also``: linked to at least ``share`` of
    its variants in other articles, by two links or more); ``None`` when none does.

    Average linkage joins a sentence to the claim its strongest link reaches first. A remark
    linked to two summaries that state it together with another remark joins their claim
    while it is small; the claim grows, and the remark ends linked to two variants in six,
    under the join test, yet kept by the re-check (two links hold it) — while it is linked to
    two of the three variants of its own remark's claim, which it then only carries. The claim
    it passes the test for (of several, the largest share, then the claim named first) is its
    own; the one it fails it no longer carries (the test of
    :func:`~newsdiff.core.story_also.also_carried`, asked again).
    ``first``/``second`` are the links' ends (each pair of sentences once).
    """
    if not also or not len(first):
        return None
    count = len(groups)
    groups = np.asarray(groups, dtype=np.int64)
    links, possible = _own_links(groups, first, second, article)
    failing = (possible > 0) & (links / np.maximum(possible, 1) + 1e-9 < share)
    carrier = np.array([k for sentences in also.values() for k in sentences], dtype=np.int64)
    carried = np.array(
        [group for group, sentences in also.items() for _ in sentences], dtype=np.int64
    )
    chosen = failing[carrier]
    if not chosen.any():
        return None
    carrier, carried = carrier[chosen], carried[chosen]
    # each candidate's links into the claim it carries, over that claim's variants elsewhere
    key = np.concatenate((first, second)).astype(np.int64) * count
    key += groups[np.concatenate((second, first))]
    keys, numbers = np.unique(key, return_counts=True)
    hits = _counted(keys, numbers, carrier * count + carried)
    articles = int(article.max()) + 1
    keys, numbers = np.unique(groups * articles + article, return_counts=True)
    elsewhere = np.bincount(groups, minlength=count)[carried] - _counted(
        keys, numbers, carried * articles + article[carrier]
    )
    theirs = hits / np.maximum(elsewhere, 1)
    order = np.lexsort((carried, -theirs, carrier))  # per sentence: largest share, first claim
    best = order[np.flatnonzero(np.diff(carrier[order], prepend=-1))]
    moved = groups.copy()
    moved[carrier[best]] = carried[best]
    return _canonical(moved, count)
