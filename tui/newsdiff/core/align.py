"""Links, labels, moved detection and aligned rows, from precomputed score matrices.

Everything here is cheap (no scoring): the app re-runs it whenever the user changes thresholds.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from newsdiff.core.claims import ClaimCheck, outlet_consistent
from newsdiff.core.link_evidence import Evidence
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


TOP_K_BLOCK = 1 << 18
"""Entries ranked at a time by :func:`_top_k` (its temporaries: 1 MB of float32 scores and
2 MB of int64 positions, instead of 12 bytes per entry of the whole matrix; blocks of this
size stay in the CPU cache, and ranked faster than blocks eight times larger)."""


def _top_k(
    matrix: np.ndarray,
    k: int,
    axis: int,
    where: np.ndarray | None = None,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """A mask of the ``k`` highest entries along ``axis`` (all entries when there are fewer).

    Ranked a block of lanes (rows for ``axis=1``, columns for ``axis=0``) at a time: each lane
    is partitioned on its own, so the mask is the one the whole matrix would give. With
    ``where``, entries outside it count as 0 (as in ``np.where(where, matrix, 0)``, which is
    never built whole). With ``out`` (a boolean mask), the entries are set in it instead (the
    union of both, without a second mask).
    """
    if matrix.shape[axis] <= k:
        if out is None:
            return np.ones(matrix.shape, dtype=bool)
        out[...] = True
        return out
    mask = np.zeros(matrix.shape, dtype=bool) if out is None else out
    lanes = matrix.shape[1 - axis]
    step = max(1, TOP_K_BLOCK // max(1, matrix.shape[axis]))
    for start in range(0, lanes, step):
        part = slice(start, start + step)
        block = matrix[part, :] if axis == 1 else matrix[:, part]
        if where is not None:
            # read in the matrix's own (row) order, both for columns and rows: a strided read
            # of a transposed view took longer than the one transposing copy below
            negated = _negated_where(block, where[part, :] if axis == 1 else where[:, part])
        else:
            negated = np.negative(block)
        if axis == 0:
            # each lane becomes a contiguous row (a column of the matrix is strided:
            # partitioning it in place took twice as long); its values and their order are
            # the same, so is every lane's partition
            negated = np.ascontiguousarray(negated.T)
        best = np.argpartition(negated, k - 1, axis=1)[:, :k]
        np.put_along_axis(mask[part, :] if axis == 1 else mask[:, part].T, best, True, axis=1)
    return mask


def _negated_where(block: np.ndarray, where: np.ndarray) -> np.ndarray:
    """``-np.where(where, block, 0)`` in ``block``'s dtype, for ranking: a product with the
    mask (a third of the time of ``np.where``) where every entry is finite. An entry outside
    ``where`` is then -0.0 or 0.0 where ``np.where`` gives -0.0: equal in every comparison,
    so every partition is the same (``tests/core/test_align.py``)."""
    negated: np.ndarray
    if not np.isfinite(block).all():  # inf · 0 is nan: outside the mask it must read 0
        negated = np.where(where, block, 0).astype(block.dtype, copy=False)
        np.negative(negated, out=negated)
        return negated
    negated = np.negative(block)
    negated *= where
    return negated


@dataclass(frozen=True, slots=True)
class PairLink:
    """A link between left sentence ``left`` and right sentence ``right``."""

    left: int
    right: int
    label: LinkLabel
    score: float
    evidence: Evidence = Evidence()


ClaimChecker = Callable[[int, int], ClaimCheck]
"""The claim check of a candidate pair ``(left, right)`` (see :mod:`newsdiff.core.claims`)."""

CANDIDATES_PER_SENTENCE = 8
"""When more than this many candidates per sentence score above the threshold (templated
input), only each sentence's best this many are read by the claim check.

More than :data:`MAX_LINKS_PER_SENTENCE`, so that a look-alike rejected by the claim check
leaves room for the sentence's true counterpart; bounded, so the work stays linear.
"""

CONFLICT_MARGIN = 15.0
"""Score points by which a pair whose figures differ may fall short of the threshold and still
be read by the claim check. Scoring lowers such pairs (different figures usually mean
different facts); when the claim check finds the same quantity with another value, the pair
is a conflict, the very thing a reader must see."""


MASK_ROWS = 64
"""Rows of the candidate masks built at a time by :func:`find_links` (they stay in cache)."""


def find_links(
    score: np.ndarray,
    verbatim: np.ndarray,
    left_active: Sequence[bool],
    right_active: Sequence[bool],
    settings: Settings,
    check: ClaimChecker | None = None,
    figures_differ: np.ndarray | None = None,
    proposed: Sequence[tuple[int, int]] = (),
) -> list[PairLink]:
    """Every link at ``settings``, sorted by (left, right).

    Candidates are the pairs whose score reaches ``settings.paraphrase`` (or falls short by at
    most :data:`CONFLICT_MARGIN` where ``figures_differ``), among the
    :data:`CANDIDATES_PER_SENTENCE` best of their left or right sentence. ``check`` reads each
    candidate's claims: a look-alike is dropped, a disagreement makes a ``conflict`` (a pair
    below the threshold survives only when the check explains its figures: a figure conflict,
    or a currency or unit conversion). ``proposed`` pairs (two figures of one quantity that
    disagree in one claim, see :func:`~newsdiff.core.disagreements.disagreeing_fact_pairs`)
    are read whatever their score, on the same terms. Then, among what is left, a link
    must be within ``RELATIVE_KEEP`` of the best link of its left or of its right sentence and
    among the ``MAX_LINKS_PER_SENTENCE`` best of both. A link is ``shared`` when its
    near-verbatim score reaches ``settings.shared``. Inactive sentences (boilerplate) never
    link. A conflict one article takes back itself is dropped before the cap, so it takes no
    slot (:func:`~newsdiff.core.claims.outlet_consistent`).
    """
    n, m = score.shape
    if n == 0 or m == 0:
        return []
    # Inactive sentences score 0 (as if zeroed in a copy of the matrix; no copy is made: every
    # score read below is a candidate's, and candidates are active). Every mask is built in
    # place: each is a byte per pair (21 MB at 4,700 × 4,500 sentences).
    left_on = np.asarray(left_active, dtype=bool)[:, None]
    right_on = np.asarray(right_active, dtype=bool)[None, :]
    threshold = settings.paraphrase
    read_below = check is not None and figures_differ is not None
    candidates = np.empty((n, m), dtype=bool)
    below = np.empty((n, m), dtype=bool) if read_below else np.zeros((n, m), dtype=bool)
    for start in range(0, n, MASK_ROWS):  # a block of rows at a time, while it is in cache
        rows = slice(start, start + MASK_ROWS)
        block = score[rows]
        keep = candidates[rows]
        np.greater_equal(block, threshold, out=keep)
        keep &= left_on[rows]
        keep &= right_on
        if threshold <= 0:
            keep &= block > 0
        if read_below:
            assert figures_differ is not None
            under = below[rows]
            np.greater_equal(block, threshold - CONFLICT_MARGIN, out=under)
            under &= block > 0
            under &= figures_differ[rows]
            under &= left_on[rows]
            under &= right_on
            np.greater(under, keep, out=under)  # and not kept: a > b is a & ~b for booleans
            keep |= under
    if check is None:
        masked = _active_scores(score, left_active, right_active)
        candidates &= _top_k(masked, MAX_LINKS_PER_SENTENCE * 4, 1)
    elif int(np.count_nonzero(candidates)) > CANDIDATES_PER_SENTENCE * (n + m):
        # templated input (every sentence like every other): bound the work first
        best = _top_k(score, CANDIDATES_PER_SENTENCE, 1, where=candidates)
        _top_k(score, CANDIDATES_PER_SENTENCE, 0, where=candidates, out=best)
        candidates &= best
        del best
    routed: set[tuple[int, int]] = set()
    if check is not None:
        for i, j in proposed:  # after the bound: a proposed pair is read whatever its score
            if left_active[i] and right_active[j]:
                if not candidates[i, j]:
                    candidates[i, j] = True
                    below[i, j] = True
                routed.add((i, j))
    if check is None:
        found = [
            _plain_link(int(i), int(j), score, verbatim, settings)
            for i, j in zip(*np.nonzero(candidates), strict=True)
        ]
        return _cap(found)
    found = _checked_links(score, verbatim, candidates, below, settings, check, routed)
    return outlet_consistent(found)  # an outlet does not contradict itself


def _active_scores(
    score: np.ndarray, left_active: Sequence[bool], right_active: Sequence[bool]
) -> np.ndarray:
    """``score`` with the rows and columns of inactive sentences set to 0 (a copy)."""
    masked = score.copy()
    masked[~np.asarray(left_active, dtype=bool), :] = 0.0
    masked[:, ~np.asarray(right_active, dtype=bool)] = 0.0
    return masked


def _plain_link(
    i: int, j: int, masked: np.ndarray, verbatim: np.ndarray, settings: Settings
) -> PairLink:
    shared = float(verbatim[i, j]) >= settings.shared
    return PairLink(i, j, "shared" if shared else "paraphrased", float(masked[i, j]))


def _checked_links(
    masked: np.ndarray,
    verbatim: np.ndarray,
    candidates: np.ndarray,
    below: np.ndarray,
    settings: Settings,
    check: ClaimChecker,
    routed: set[tuple[int, int]] | None = None,
) -> list[PairLink]:
    """Claim-check candidates from the best score down; each sentence keeps its best few.

    A candidate is read only while both its sentences still have room
    (:data:`MAX_LINKS_PER_SENTENCE`): the cap counts links that passed the claim check, so a
    look-alike never takes the place of a sentence's true counterpart, and the work stays
    proportional to the links found. A candidate far below the best link of both its sentences
    (:data:`RELATIVE_KEEP`) is dropped unread, so it takes no slot either. A ``routed`` pair
    (proposed for its disagreeing figures, kept only when the check explains them) is read
    past a full cap: each sentence may take one such link more, so a sentence's three
    paraphrases never hide its conflict. A conflict that either article takes back itself
    (another of its sentences states the other's claim near-verbatim) is dropped when read, so
    it takes no slot either.
    """
    routed = routed or set()
    routed_left: set[int] = set()
    routed_right: set[int] = set()
    rows, cols = best_first(masked, candidates)
    # plain Python ints and lists: the loop visits every candidate (tens of thousands on long
    # templated input), and reading a numpy scalar costs more than the rest of a visit
    unexplained = below[rows, cols].tolist()
    taken_left = [0] * candidates.shape[0]
    taken_right = [0] * candidates.shape[1]
    scores = masked[rows, cols].tolist()
    # compared as float64, as ``float(verbatim[i, j]) >= settings.shared`` is (exact for float32)
    shared = (verbatim[rows, cols].astype(np.float64) >= settings.shared).tolist()
    # each sentence's first link is its best (candidates come best first); None: no link yet
    best_left: list[float | None] = [None] * candidates.shape[0]
    best_right: list[float | None] = [None] * candidates.shape[1]
    found: list[PairLink] = []
    cap = MAX_LINKS_PER_SENTENCE

    def taken_back(i: int, j: int) -> bool:
        """Whether either article states the other sentence's claim itself: another of its
        sentences is a candidate near-verbatim with it that the check does not reject (it
        would be ``shared``), whether or not that link makes the cap
        (:func:`~newsdiff.core.claims.outlet_consistent`, read before the cap)."""
        copies = [(int(y), j) for y in np.flatnonzero(candidates[:, j]) if y != i]
        copies += [(i, int(w)) for w in np.flatnonzero(candidates[i, :]) if w != j]
        return any(
            float(verbatim[a, b]) >= settings.shared
            and check(a, b).outcome in ("shared", "paraphrased")
            for a, b in copies
        )

    for i, j, under, score, same in zip(
        rows.tolist(), cols.tolist(), unexplained, scores, shared, strict=True
    ):
        extra = False
        if taken_left[i] >= cap or taken_right[j] >= cap:
            extra = bool(routed) and (i, j) in routed
            if not extra or i in routed_left or j in routed_right:
                continue
        left_best = best_left[i]
        if left_best is not None:
            right_best = best_right[j]
            # kept when within RELATIVE_KEEP of the best link of its left or of its right
            # sentence (a sentence without a link yet: this one would be its best)
            if right_best is not None and not (
                score >= RELATIVE_KEEP * left_best or score >= RELATIVE_KEEP * right_best
            ):
                continue  # dropped before it is read, so it never takes a slot of either
        result = check(i, j)
        if result.outcome == "not linked":
            continue
        if under and not result.figures_explained:
            continue
        if result.outcome == "conflict" and taken_back(i, j):
            continue  # an outlet does not contradict itself: the conflict takes no slot
        label: LinkLabel = (
            "conflict" if result.outcome == "conflict" else "shared" if same else "paraphrased"
        )
        found.append(PairLink(i, j, label, score, result.evidence))
        if extra:
            routed_left.add(i)
            routed_right.add(j)
        taken_left[i] += 1
        taken_right[j] += 1
        if left_best is None:
            best_left[i] = score
        if best_right[j] is None:
            best_right[j] = score
    found.sort(key=_by_pair)
    return found


_by_pair = attrgetter("left", "right")
"""A link's sort key: (left, right)."""


def best_first(score: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows and columns of the entries of ``mask``, highest ``score`` first, ties in
    (row, column) order (as ``np.lexsort((cols, rows, -score[rows, cols]))`` orders them)."""
    # row-major positions, as np.nonzero gives them, at a seventh of its cost on a wide mask;
    # a stable sort by score keeps that order among ties
    rows, cols = np.divmod(np.flatnonzero(mask), mask.shape[1])
    order = np.argsort(-score[rows, cols], kind="stable")
    return rows[order], cols[order]


def _cap(found: list[PairLink]) -> list[PairLink]:
    """Keep links near their sentence's best and among the best few of both sentences."""
    by_left: dict[int, list[PairLink]] = {}
    by_right: dict[int, list[PairLink]] = {}
    for link in found:
        by_left.setdefault(link.left, []).append(link)
        by_right.setdefault(link.right, []).append(link)
    best_left = {k: max(x.score for x in v) for k, v in by_left.items()}
    best_right = {k: max(x.score for x in v) for k, v in by_right.items()}

    def order(link: PairLink) -> tuple[float, int, int]:
        return (-link.score, link.left, link.right)

    top_left = {
        (x.left, x.right)
        for v in by_left.values()
        for x in sorted(v, key=order)[:MAX_LINKS_PER_SENTENCE]
    }
    top_right = {
        (x.left, x.right)
        for v in by_right.values()
        for x in sorted(v, key=order)[:MAX_LINKS_PER_SENTENCE]
    }
    links = [
        link
        for link in found
        if (
            link.score >= RELATIVE_KEEP * best_left[link.left]
            or link.score >= RELATIVE_KEEP * best_right[link.right]
        )
        and (link.left, link.right) in top_left
        and (link.left, link.right) in top_right
    ]
    links.sort(key=lambda link: (link.left, link.right))
    return links


def labels(count: int, links: Sequence[PairLink], side: str) -> list[Label]:
    """Each sentence's label on one side (``left`` or ``right``).

    Its strongest link's label, except that any conflict makes it ``conflict``: a
    disagreement is what a reader must not miss.
    """
    rank = {"unique": 0, "paraphrased": 1, "shared": 2, "conflict": 3}
    result: list[Label] = ["unique"] * count
    for link in links:
        index = link.left if side == "left" else link.right
        if rank[link.label] > rank[result[index]]:
            result[index] = link.label
    return result


def backbone(links: Sequence[PairLink]) -> list[PairLink]:
    """The heaviest chain of links increasing on both sides (weighted LIS, O(L log L)).

    Pairs are visited by left index, and within one left index by decreasing right index, so
    two links of the same left sentence can never both join the chain. A Fenwick tree over
    right indices gives the best chain ending before each right index.
    """
    if not links:
        return []
    rights = [link.right for link in links]
    size = max(rights) + 2
    tree_value = [0.0] * (size + 1)
    tree_link = [-1] * (size + 1)
    ordered = sorted(range(len(links)), key=lambda k: (links[k].left, -rights[k]))
    total = [0.0] * len(links)
    previous = [-1] * len(links)
    for k in ordered:
        right = rights[k]
        # best chain over right indices < right (positions 1..right)
        best, best_k = 0.0, -1
        position = right
        while position > 0:
            value = tree_value[position]
            if value > best:
                best, best_k = value, tree_link[position]
            position &= position - 1  # position -= position & -position
        chained = total[k] = best + links[k].score
        previous[k] = best_k
        position = right + 1
        while position <= size:
            if chained > tree_value[position]:
                tree_value[position] = chained
                tree_link[position] = k
            position += position & -position
    end = max(range(len(links)), key=lambda k: total[k])
    chain: list[PairLink] = []
    while end >= 0:
        chain.append(links[end])
        end = previous[end]
    chain.reverse()
    return chain


def moved_flags(
    left_count: int, right_count: int, links: Sequence[PairLink], chain: Sequence[PairLink]
) -> tuple[list[bool], list[bool]]:
    """Which sentences are moved: linked, off the chain, and every link crosses the chain."""
    on_left = {link.left for link in chain}
    on_right = {link.right for link in chain}
    lefts = [link.left for link in chain]
    rights = [link.right for link in chain]
    size = len(chain)
    left_cross: dict[int, bool] = {}
    right_cross: dict[int, bool] = {}
    for link in links:
        left, right = link.left, link.right
        # crosses(link, chain, lefts), inline: the chain pair before it, then the one after
        before = bisect.bisect_left(lefts, left)
        crossing = before > 0 and rights[before - 1] > right
        if not crossing:
            after = bisect.bisect_right(lefts, left, before)
            crossing = after < size and rights[after] < right
        left_cross[left] = left_cross.get(left, True) and crossing
        right_cross[right] = right_cross.get(right, True) and crossing
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
        rows += [Row(k, None) for k in range(i, link.left)]
        rows += [Row(None, k) for k in range(j, link.right)]
        rows.append(Row(link.left, link.right))
        i, j = link.left + 1, link.right + 1
    rows.extend(Row(k, None) for k in range(i, left_count))
    rows.extend(Row(None, k) for k in range(j, right_count))
    return tuple(rows)
