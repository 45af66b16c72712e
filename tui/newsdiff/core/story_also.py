"""Sentences that state two claims: a variant of a second claim besides their own.

Average linkage (:mod:`newsdiff.core.story_grouping`) puts each sentence in one claim. A
sentence that states two claims — a summary of two remarks that other outlets quote apart —
links to the variants of both, and is left in one; :func:`also_carried` finds the other.
Two sentences of two claims that conflict (two figures for one count) are each a variant of
the other's claim too (:func:`contradicted`), so the story shows where outlets disagree.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from newsdiff.core.story_model import Position


class NearSign(Protocol):
    """Whether pairs of sentences (rows of article and sentence numbers) score near a link
    (:class:`newsdiff.core.story_near.NearScores`)."""

    def near(self, first: np.ndarray, second: np.ndarray) -> np.ndarray: ...


def text_numbers(
    number: dict[Position, int],
    ordered: Sequence[Position],
    texts: Sequence[str] | None,
) -> np.ndarray:
    """Per story sentence (as numbered in ``ordered``): one number per distinct text (case and
    spacing folded), or the sentence's own number when ``texts`` are not given. ``texts`` are
    the link table's, ``number`` gives a position's place there."""
    if texts is None:
        return np.arange(len(ordered), dtype=np.int64)
    seen: dict[str, int] = {}
    return np.array(
        [
            seen.setdefault(" ".join(texts[number[position]].casefold().split()), len(seen))
            for position in ordered
        ],
        dtype=np.int64,
    )


ALSO_LINKS = 2
"""A sentence whose own claim is another also carries a claim it links to at least this many
variants of (and to at least the linkage share of its variants in other articles)."""


def also_carried(
    groups: np.ndarray,
    a_all: np.ndarray,
    b_all: np.ndarray,
    members: Sequence[list[int] | None],
    outlets: Sequence[dict[int, int]],
    ordered: Sequence[Position],
    linkage: float,
    text_ids: np.ndarray,
) -> dict[int, list[int]]:
    """Per group: the sentences of other groups that also carry its claim.

    A sentence that states two claims ("Rubio said the outreach to Pakistan will not come at
    India's expense", against one outlet's quotation of each half) links to the variants of
    both; the grouping puts it in one. It is also a variant of another claim when it passes
    the test it would have had to pass to join that claim on its own — linked to at least
    ``linkage`` (:data:`~newsdiff.core.story_grouping.LINKAGE`) of the claim's variants in
    other articles — with at least :data:`ALSO_LINKS` links to different sentences: one link
    is one pair view's reading, two are two variants that agree on it (a sentence carried word
    for word by several articles, wire copy, is one sentence: ``text_ids``).
    """
    size = len(groups)
    across = np.flatnonzero((a_all >= 0) & (b_all >= 0))
    across = across[groups[a_all[across]] != groups[b_all[across]]]
    if not len(across):
        return {}
    # every link between two groups from both ends: (sentence, the other end's group) as one
    # int64 key; only keys met ALSO_LINKS times or more (few) are looked at further
    a, b = a_all[across], b_all[across]
    del across
    other = np.concatenate((b, a))
    key = np.concatenate((a, b)).astype(np.int64)
    del a, b
    key *= size
    key += groups[other]
    values, counts = np.unique(key, return_counts=True)
    candidates = values[counts >= ALSO_LINKS]
    del values, counts
    if not len(candidates):
        return {}
    chosen = np.isin(key, candidates)
    # a candidate's linked sentences counted once per text: wire copy is one sentence
    distinct = np.unique(key[chosen] * size + text_ids[other[chosen]])
    del key, other, chosen
    pairs, counts = np.unique(distinct // size, return_counts=True)
    found: dict[int, list[int]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist(), strict=True):
        if count < ALSO_LINKS:
            continue
        k, group = divmod(pair, size)
        article = ordered[k][0]
        others = len(members[group] or ()) - outlets[group].get(article, 0)
        if others and count / others + 1e-9 >= linkage:
            found.setdefault(group, []).append(k)
    return found


def inherited(
    also: dict[int, list[int]],
    groups: np.ndarray,
    a_all: np.ndarray,
    b_all: np.ndarray,
    ordered: Sequence[Position],
    text_ids: np.ndarray,
    near: NearSign | None = None,
) -> dict[int, list[int]]:
    """Per group: the sentences that also carry its claim because the summaries they share a
    claim with do.

    A sentence that states two claims is grouped with one; when two outlets' sentences of that
    claim each also carry the second one (each states both, ``also``) and a third outlet's
    sentence of the claim links to both of them, it may state what they state ("the bridge
    shuts in May, and the mayor promises cheaper ferries", against two summaries of both
    remarks, where other outlets quote each remark apart). Its links to the second remark's
    quotations are often too weak to count on their own (a summary against one of its halves
    scores low), so the evidence is the two summaries: at least :data:`ALSO_LINKS` of them, of
    different articles and texts (wire copy counts once). A quotation of the first remark
    links to both summaries as well and states nothing of the second, so ``near`` (when given)
    asks for a sign of the second claim in the sentence itself: a score against one of the
    claim's own variants in another article within the pair view's margin below the link
    threshold (:class:`newsdiff.core.story_near.NearScores`). One pass: a sentence that
    carries a claim this way passes it on to no other.
    """
    pairs = sorted((k, group) for group, sentences in also.items() for k in sentences)
    if not pairs:
        return {}
    size = len(groups)
    carrier = np.array([k for k, _ in pairs], dtype=np.int64)
    carried = np.array([group for _, group in pairs], dtype=np.int64)
    already = set((carrier * size + carried).tolist())
    both = np.flatnonzero((a_all >= 0) & (b_all >= 0))
    a, b = a_all[both].astype(np.int64), b_all[both].astype(np.int64)
    inside = groups[a] == groups[b]
    a, b = a[inside], b[inside]
    # (sentence, summary it links to inside its own claim), for every summary that also
    # carries another claim, once per claim the summary carries
    x = np.concatenate((a, b))
    y = np.concatenate((b, a))
    chosen = np.isin(y, carrier)
    x, y = x[chosen], y[chosen]
    first = np.searchsorted(carrier, y, side="left")
    count = np.searchsorted(carrier, y, side="right") - first
    x, y = np.repeat(x, count), np.repeat(y, count)
    runs = np.repeat(first - np.cumsum(count) + count, count) + np.arange(count.sum())
    group = carried[runs]
    article = np.array([position[0] for position in ordered], dtype=np.int64)
    key = x * size + group
    # the summaries counted once per article and once per text (wire copy is one summary)
    found: dict[int, list[int]] = {}
    by_article = _distinct_counts(key, article[y])
    by_text = _distinct_counts(key, text_ids[y].astype(np.int64))
    candidates = np.array(
        sorted(
            k
            for k, n in by_article.items()
            if n >= ALSO_LINKS and by_text.get(k, 0) >= ALSO_LINKS and k not in already
        ),
        dtype=np.int64,
    )
    if near is not None and len(candidates):
        candidates = candidates[_near_any(candidates, size, groups, ordered, near)]
    for k in candidates.tolist():
        sentence, claim = divmod(k, size)
        found.setdefault(claim, []).append(sentence)
    return found


NEAR_CHUNK = 1 << 18
"""Candidate–variant pairs asked about at a time (a few MB of temporary arrays)."""


def _near_any(
    candidates: np.ndarray,
    size: int,
    groups: np.ndarray,
    ordered: Sequence[Position],
    near: NearSign,
) -> np.ndarray:
    """For each candidate ``sentence * size + claim``: whether the sentence scores near a link
    with any of the claim's own variants in another article."""
    sentence, claim = np.divmod(candidates, size)
    order = np.argsort(groups, kind="stable")
    lined = groups[order]
    low = np.searchsorted(lined, claim, side="left")
    count = np.searchsorted(lined, claim, side="right") - low
    position = np.array(ordered, dtype=np.int64).reshape(-1, 2)
    hit = np.zeros(len(candidates), dtype=bool)
    ends = np.cumsum(count)
    begin = 0
    while begin < len(candidates):  # chunks of candidates with about NEAR_CHUNK pairs
        before = int(ends[begin - 1]) if begin else 0
        end = max(begin + 1, int(np.searchsorted(ends, before + NEAR_CHUNK, side="right")))
        part = count[begin:end]
        owner = np.repeat(np.arange(begin, end), part)
        starts = np.repeat(low[begin:end] - np.cumsum(part) + part, part)
        member = order[starts + np.arange(int(part.sum()))]
        first, second = position[sentence[owner]], position[member]
        other = first[:, 0] != second[:, 0]
        np.logical_or.at(hit, owner[other], near.near(first[other], second[other]))
        begin = end
    return hit


def _distinct_counts(key: np.ndarray, value: np.ndarray) -> dict[int, int]:
    """Per key: how many distinct values it is met with."""
    if not len(key):
        return {}
    width = int(value.max()) + 1
    keys = np.unique(key * width + value) // width
    found, counts = np.unique(keys, return_counts=True)
    return dict(zip(found.tolist(), counts.tolist(), strict=True))


def contradicted(
    groups: np.ndarray,
    a_all: np.ndarray,
    b_all: np.ndarray,
    label: array[int],
    labels: Sequence[str],
) -> tuple[np.ndarray, dict[int, list[int]]]:
    """The conflict links whose two sentences are in different claims, and per group the
    sentences that carry its claim by contradicting one of its variants.

    The pair view labels a link ``conflict`` when two sentences state one fact with figures
    that disagree ("hundreds of thousands marched" against "55,000 marched"). Such a link
    often scores far below a paraphrase (the figures differ, and the claim check reads it
    anyway), and each sentence's other links go to the outlets that give its own figure, so
    average linkage keeps the two figures in two claims: the disagreement a reader opens the
    story for. Joining the claims would join every paraphrase of each figure on one link;
    instead each sentence is also a variant of the other's claim
    (:attr:`~newsdiff.core.story_model.Claim.also`) and the
    link is listed in both claims, which are then flagged as conflicting. ``label`` is each
    link's label code (an index into ``labels``), ``a_all``/``b_all`` its ends (sentence
    numbers, -1 for furniture); returns those links' rows and the variants each group gains.
    """
    if "conflict" not in labels or not len(label):
        return np.zeros(0, dtype=np.int64), {}
    conflict = np.frombuffer(label, dtype=np.uint8) == labels.index("conflict")
    rows = np.flatnonzero(conflict & (a_all >= 0) & (b_all >= 0))
    rows = rows[groups[a_all[rows]] != groups[b_all[rows]]]
    found: dict[int, list[int]] = {}
    for a, b in zip(a_all[rows].tolist(), b_all[rows].tolist(), strict=True):
        found.setdefault(int(groups[b]), []).append(a)
        found.setdefault(int(groups[a]), []).append(b)
    return rows, found
