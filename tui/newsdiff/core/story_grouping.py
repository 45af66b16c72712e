"""Claims from links: average linkage over a corpus's links, kept as compact columns.

Plain connected components (union-find) chain unrelated sentences together through one sentence
that touches two facts; average linkage joins two groups only when enough of their sentence
pairs from different articles are linked (:data:`LINKAGE`).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np

from newsdiff.core.story_also import NearSign, also_carried, contradicted, inherited, text_numbers
from newsdiff.core.story_model import Claim, PairLink, Position
from newsdiff.core.story_refine import refine_groups, rehomed
from newsdiff.core.story_xref import listed_twice, runs, split_rows

LINKAGE = 0.34
"""Two groups of sentences join into one claim when more than a third of their sentence pairs
from different articles are linked (average linkage over the pair view's links). A sentence
joins a claim of two variants by linking to one of them, a claim of three only by linking to
two. 0 would be union-find (any chain of links: on the seeds it glues 70 of 93 sentences into
one claim), 1 complete linkage. Chosen with ``scripts/eval_story.py --sweep`` (docs/story.md)."""


class LinkTable:
    """The corpus's links as compact columns (about 25 bytes a link, not a Python object).

    A corpus of a few hundred articles has hundreds of thousands of links; they are kept as
    arrays of sentence numbers (a sentence's place in the whole corpus), label codes and scores,
    and become :class:`PairLink` objects only when a claim is made of them.
    """

    def __init__(self, positions: Sequence[Position], *, distinct: bool = False) -> None:
        self.positions = list(positions)
        """Each corpus sentence number's ``(article, sentence)``: one tuple, shared by links."""
        self.distinct = distinct
        """Whether no pair of sentences is listed twice (each pair of articles is linked once),
        so grouping need not look for repeats."""
        self.labels: list[str] = []
        self._codes: dict[str, int] = {}
        self.a = array("i")
        self.b = array("i")
        self.label = array("B")
        self.score = array("d")

    def __len__(self) -> int:
        return len(self.a)

    def add(self, left: int, right: int, found: Sequence[tuple[int, int, str, float]]) -> None:
        """Links ``(i, j, label, score)`` between the article whose first sentence is corpus
        sentence ``left`` and the one starting at ``right``."""
        for i, j, label, score in found:
            code = self._codes.get(label)
            if code is None:
                code = self._codes[label] = len(self.labels)
                self.labels.append(sys.intern(label))
            self.a.append(left + i)
            self.b.append(right + j)
            self.label.append(code)
            self.score.append(score)

    @classmethod
    def of(cls, positions: Sequence[Position], links: Sequence[PairLink]) -> LinkTable:
        """A table of ``links`` between ``positions`` (links to other positions are left out)."""
        table = cls(positions)
        number = {position: k for k, position in enumerate(table.positions)}
        for link in links:
            if link.a in number and link.b in number:
                table.add(0, 0, [(number[link.a], number[link.b], link.label, link.score)])
        return table

    def link(self, k: int) -> PairLink:
        """The ``k``-th link as a :class:`PairLink`."""
        return PairLink(
            self.positions[self.a[k]],
            self.positions[self.b[k]],
            self.labels[self.label[k]],
            self.score[k],
        )

    def overlap(self, story_sizes: Sequence[int]) -> tuple[tuple[float, ...], ...]:
        """``[a][b]``: the share of article ``a``'s story sentences with a link into ``b``."""
        count = len(story_sizes)
        carried = np.zeros((count, count))
        if len(self):
            article = np.array([a for a, _ in self.positions], dtype=np.int32)
            # which articles each sentence has a link into: sentences × articles bytes, read a
            # block of links at a time (not a temporary per link)
            into = np.zeros((len(self.positions), count), dtype=bool)
            a_view, b_view, scores = self.views()
            for begin in range(0, len(self), CHUNK):
                a, b = a_view[begin : begin + CHUNK], b_view[begin : begin + CHUNK]
                into[a, article[b]] = True
                into[b, article[a]] = True
            del a_view, b_view, scores
            for source in range(count):
                carried[source] = into[article == source].sum(axis=0)
        return _overlap_shares(count, story_sizes, carried)

    def views(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each link's two corpus sentence numbers (int32) and its score, read in place (no
        copy: the table must not grow while they are used)."""
        if not len(self):
            return np.zeros(0, dtype=np.intc), np.zeros(0, dtype=np.intc), np.zeros(0)
        return (
            np.frombuffer(self.a, dtype=np.intc),
            np.frombuffer(self.b, dtype=np.intc),
            np.frombuffer(self.score, dtype=np.float64),
        )

    def columns(self) -> tuple[np.ndarray, np.ndarray]:
        """The corpus sentence numbers of each link's two ends (int64 arrays)."""
        if not len(self):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        a = np.frombuffer(self.a, dtype=np.intc).astype(np.int64)
        b = np.frombuffer(self.b, dtype=np.intc).astype(np.int64)
        return a, b


def _overlap_shares(
    count: int, story_sizes: Sequence[int], carried: np.ndarray
) -> tuple[tuple[float, ...], ...]:
    return tuple(
        tuple(
            1.0 if a == b else (float(carried[a, b]) / story_sizes[a] if story_sizes[a] else 0.0)
            for b in range(count)
        )
        for a in range(count)
    )


def group_claims(
    positions: Sequence[Position],
    links: Sequence[PairLink],
    linkage: float = LINKAGE,
    texts: Sequence[str] | None = None,
    near: NearSign | None = None,
    article_keys: Sequence[str] | None = None,
) -> tuple[Claim, ...]:
    """Group sentences into claims by average linkage over the links.

    Links are visited strongest first; the two groups they join merge when at least
    ``linkage`` of their sentence pairs from different articles are linked. In a chain
    A–B–C–D, where each sentence links only to the next, D joins {A, B, C} only if a third of
    those pairs link, so one sentence that touches two facts does not glue the two together.
    ``linkage=0`` is union-find. Every position has exactly one claim of its own (a sentence
    with no link is a claim of one outlet). Claims come out in reading order: by their first
    variant. Links to sentences not in ``positions`` (site furniture) are left out. A sentence
    linked to enough of another claim's variants is a variant of that claim too
    (:attr:`Claim.also`); ``texts`` (one per position) tell word-for-word copies apart for that.
    So is a sentence linked inside its claim to two outlets' sentences that also carry another
    claim, where ``near`` (when given) finds a sign of that claim in the sentence itself
    (:func:`newsdiff.core.story_also.inherited`). Two sentences of two claims linked as a
    ``conflict`` are each a variant of the other's claim, the link listed in both
    (:func:`newsdiff.core.story_also.contradicted`). Links of equal score are visited in the
    order of ``article_keys`` (one per article, say its text's hash: what the article is, not
    where it stands), then of sentences, so naming the articles in another order gives the
    same claims (without keys, in article order).
    """
    unique = list(dict.fromkeys(positions))
    if texts is not None:
        text_of = dict(zip(positions, texts, strict=True))
        texts = [text_of[position] for position in unique]
    return _group(unique, LinkTable.of(unique, links), linkage, texts, near, article_keys)


CHUNK = 1 << 16
"""Links turned into Python numbers at a time while grouping (the rest stay in arrays)."""


def _group(
    positions: Sequence[Position],
    table: LinkTable,
    linkage: float,
    texts: Sequence[str] | None = None,
    near: NearSign | None = None,
    article_keys: Sequence[str] | None = None,
) -> tuple[Claim, ...]:
    """:func:`group_claims` of the ``positions`` (story sentences) over a link table.

    The links between a merged group and every other group are counted as groups merge, so a
    merge costs the number of groups the two link to, whatever their sizes; a sentence still on
    its own counts its links from its list of linked sentences when asked. Links inside a group
    are no longer counted, so the counts shrink as claims form. The smaller group's sentences
    are renumbered, so each sentence is renumbered at most log₂(n) times. ``texts`` (each
    table position's text) tell copies apart for :attr:`Claim.also`: a sentence repeated word for
    word counts once. ``near`` is the sign a sentence must show of a claim it inherits
    (:func:`newsdiff.core.story_also.inherited`).
    """
    node = np.full(len(table.positions), -1, dtype=np.int32)
    number = {position: k for k, position in enumerate(table.positions)}
    ordered = _intrinsic_order(positions, article_keys)
    for k, position in enumerate(ordered):
        node[number[position]] = k
    count = len(ordered)
    # sentence numbers and row numbers as int32, scores read in place: 4 bytes a column a link
    a_view, b_view, score = table.views()
    a_all, b_all = node[a_view], node[b_view]
    del node, a_view, b_view
    usable = np.flatnonzero((a_all >= 0) & (b_all >= 0) & (a_all != b_all)).astype(np.int32)
    if table.distinct:
        last = usable
    else:
        # a pair of sentences listed twice (either way round) counts once, as its last listing
        key = np.minimum(a_all[usable], b_all[usable]).astype(np.int64)
        key *= max(count, 1)
        key += np.maximum(a_all[usable], b_all[usable])
        last = usable[len(usable) - 1 - np.unique(key[::-1], return_index=True)[1]]
        del key
    del usable
    # strongest first, then by the ends' places in the intrinsic order, whichever end is listed
    # first (a link can be listed either way round)
    low = np.minimum(a_all[last], b_all[last])
    high = np.maximum(a_all[last], b_all[last])
    visit = last[np.lexsort((high, low, -score[last]))].astype(np.int32)
    del low, high
    del last, score
    linked = _Linked(count, a_all[visit], b_all[visit])
    members: list[list[int] | None] = [[k] for k in range(count)]
    outlets: list[dict[int, int]] = [{ordered[k][0]: 1} for k in range(count)]
    for begin in range(0, len(visit), CHUNK):
        part = visit[begin : begin + CHUNK]
        for x, y in zip(a_all[part].tolist(), b_all[part].tolist(), strict=True):
            ga, gb = linked.group[x], linked.group[y]
            if ga == gb or not _links_enough(
                linked.between(ga, gb), members, outlets, ga, gb, linkage
            ):
                continue
            size_a, size_b = len(members[ga] or ()), len(members[gb] or ())
            keep, drop = (ga, gb) if size_a >= size_b else (gb, ga)
            moving = members[drop] or []
            linked.merge(keep, drop, moving)
            (members[keep] or []).extend(moving)
            members[drop] = None
            for article, n in outlets[drop].items():
                outlets[keep][article] = outlets[keep].get(article, 0) + n
            outlets[drop] = {}
    groups = np.array(linked.group, dtype=np.int64)
    departed: list[tuple[int, int]] = []
    if linkage > 0:  # union-find (0) is plain connected components: nothing to re-check
        article = np.array([position[0] for position in ordered], dtype=np.int64)
        groups, departed = refine_groups(groups, a_all[visit], b_all[visit], article, linkage)
        members, outlets = _members(groups, ordered)
    groups = groups.astype(np.int32)  # 4 bytes a sentence number, as the link columns
    text_ids = text_numbers(number, ordered, texts)
    also = also_carried(groups, a_all, b_all, members, outlets, ordered, linkage, text_ids)
    moved = rehomed(groups, a_all[visit], b_all[visit], article, also, linkage) if linkage else None
    if moved is not None:  # a variant that fails its claim's test takes one it passes as its own
        groups, (members, outlets) = moved.astype(np.int32), _members(moved, ordered)
        also = also_carried(groups, a_all, b_all, members, outlets, ordered, linkage, text_ids)
    del linked, visit
    for sentence, partner in departed:  # the variant a departed sentence linked to carries it
        also.setdefault(int(groups[sentence]), []).append(partner)
    for group, sentences in inherited(also, groups, a_all, b_all, ordered, text_ids, near).items():
        also.setdefault(group, []).extend(sentences)
    # a conflict between two claims: each sentence a variant of the other's claim too, the
    # link listed in both (after ``inherited``: a contradiction is passed on to no one)
    across, contradicting = contradicted(groups, a_all, b_all, table.label, table.labels)
    for group, sentences in contradicting.items():
        also.setdefault(group, []).extend(sentences)
    both = np.flatnonzero((a_all >= 0) & (b_all >= 0)).astype(np.int32)
    inside = both[groups[a_all[both]] == groups[b_all[both]]]
    del both
    roots = np.concatenate((groups[a_all[inside]], groups[a_all[across]], groups[b_all[across]]))
    inside = np.concatenate((inside, across, across)).astype(np.int32)
    order = np.lexsort((b_all[inside], a_all[inside], roots))
    inside, roots = inside[order], roots[order]
    # the links the grouping left between two claims: listed in both (cross-references)
    apart, apart_roots = listed_twice(split_rows(groups, a_all, b_all, also), groups, a_all, b_all)
    del order, a_all, b_all, groups
    store = LinkColumns.take(table, np.concatenate((inside, apart)))
    spans, related = runs(roots), runs(apart_roots, len(inside))
    del inside, apart
    conflict_code = store.code("conflict")
    claims = []
    for root, variants in enumerate(members):
        if variants is None:
            continue
        span = spans.get(root)
        own: Sequence[PairLink] = () if span is None else ClaimLinks(store, *span)
        leaving = related.get(root)
        extra = sorted({ordered[k] for k in also.get(root, ())})
        claims.append(
            Claim(
                variants=(*sorted(ordered[k] for k in variants), *extra),
                links=own,
                also=tuple(extra),
                related=() if leaving is None else ClaimLinks(store, *leaving),
                conflict=span is not None
                and conflict_code is not None
                and bool(np.any(store.label[span[0] : span[1]] == conflict_code)),
            )
        )
    claims.sort(key=lambda claim: claim.first)
    return tuple(claims)


def _intrinsic_order(
    positions: Sequence[Position], article_keys: Sequence[str] | None
) -> list[Position]:
    """The positions by their article's key (then article number, for equal keys), then by
    sentence: the order in which equal-score links are visited and failing variants leave."""
    if article_keys is None:
        return sorted(positions)
    return sorted(positions, key=lambda p: (article_keys[p[0]], p[0], p[1]))


def _members(
    groups: np.ndarray, ordered: Sequence[Position]
) -> tuple[list[list[int] | None], list[dict[int, int]]]:
    """Each group's sentences and its variants per article, indexed by group number (``None``
    and empty for a number that names no group)."""
    members: list[list[int] | None] = [None] * len(groups)
    outlets: list[dict[int, int]] = [{} for _ in groups]
    for k, group in enumerate(groups.tolist()):
        found = members[group]
        if found is None:
            found = members[group] = []
        found.append(k)
        article = ordered[k][0]
        outlets[group][article] = outlets[group].get(article, 0) + 1
    return members, outlets


class LinkColumns:
    """The links of a story's claims, as columns shared by every claim (17 bytes a link).

    Each claim's links are one run of rows (:class:`ClaimLinks`); a row becomes a
    :class:`PairLink` only when it is read. Pickles as a handful of arrays, not an object per
    link.
    """

    __slots__ = ("a", "b", "label", "labels", "positions", "score")

    def __init__(
        self,
        positions: Sequence[Position],
        labels: Sequence[str],
        a: np.ndarray,
        b: np.ndarray,
        label: np.ndarray,
        score: np.ndarray,
    ) -> None:
        self.positions = list(positions)
        self.labels = tuple(labels)
        self.a, self.b, self.label, self.score = a, b, label, score

    @classmethod
    def take(cls, table: LinkTable, rows: np.ndarray) -> LinkColumns:
        """The rows ``rows`` of ``table``, in that order."""
        a, b = (
            np.frombuffer(column, dtype=np.intc) if len(column) else np.zeros(0, np.intc)
            for column in (table.a, table.b)
        )
        label = np.frombuffer(table.label, dtype=np.uint8) if len(table) else np.zeros(0, np.uint8)
        score = np.frombuffer(table.score, dtype=np.float64) if len(table) else np.zeros(0)
        return cls(table.positions, table.labels, a[rows], b[rows], label[rows], score[rows])

    def code(self, label: str) -> int | None:
        """The code of ``label`` in :attr:`label`, ``None`` when no link has it."""
        return self.labels.index(label) if label in self.labels else None

    def __getstate__(self) -> tuple[object, ...]:
        return (self.positions, self.labels, self.a, self.b, self.label, self.score)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self.positions, self.labels, self.a, self.b, self.label, self.score = state  # type: ignore[assignment]


class ClaimLinks(Sequence[PairLink]):
    """One claim's links: rows ``start``–``stop`` of a shared :class:`LinkColumns`.

    Reads as a tuple of :class:`PairLink` (iteration, ``len``, indexing, equality with any
    sequence of links) without holding an object per link. A claim pickled on its own carries
    the whole story's columns; a story pickles them once.
    """

    __slots__ = ("_start", "_stop", "_store")

    def __init__(self, store: LinkColumns, start: int, stop: int) -> None:
        self._store, self._start, self._stop = store, start, stop

    def __len__(self) -> int:
        return self._stop - self._start

    @overload
    def __getitem__(self, index: int) -> PairLink: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[PairLink, ...]: ...

    def __getitem__(self, index: int | slice) -> PairLink | tuple[PairLink, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        size = len(self)
        if not -size <= index < size:
            raise IndexError("claim link index out of range")
        row = self._start + (index % size)
        store = self._store
        return PairLink(
            store.positions[int(store.a[row])],
            store.positions[int(store.b[row])],
            store.labels[int(store.label[row])],
            float(store.score[row]),
        )

    def __iter__(self) -> Iterator[PairLink]:
        store, rows = self._store, slice(self._start, self._stop)
        positions, labels = store.positions, store.labels
        for a, b, label, score in zip(
            store.a[rows].tolist(),
            store.b[rows].tolist(),
            store.label[rows].tolist(),
            store.score[rows].tolist(),
            strict=True,
        ):
            yield PairLink(positions[a], positions[b], labels[label], score)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __getstate__(self) -> tuple[LinkColumns, int, int]:
        return (self._store, self._start, self._stop)

    def __setstate__(self, state: tuple[LinkColumns, int, int]) -> None:
        self._store, self._start, self._stop = state


class _Linked:
    """Which group each sentence is in, and how many links join two groups.

    A sentence's linked sentences are kept as compressed rows (two int32 arrays); a group of
    several sentences keeps a count of its links into every other group, built when it forms
    and merged as groups merge (a sentence still on its own is counted from its row).
    """

    def __init__(self, count: int, first: np.ndarray, second: np.ndarray) -> None:
        ends = np.concatenate((first, second)).astype(np.int32, copy=False)
        order = np.argsort(ends, kind="stable")
        self.starts = np.concatenate(([0], np.cumsum(np.bincount(ends, minlength=count))))
        del ends
        others = np.concatenate((second, first)).astype(np.int32, copy=False)
        self.neighbours = others[order]
        self.group = list(range(count))
        self.group_ids = np.arange(count, dtype=np.int64)
        self.counts: dict[int, dict[int, int]] = {}

    def _row(self, sentence: int) -> np.ndarray:
        return self.neighbours[self.starts[sentence] : self.starts[sentence + 1]]

    def _counts(self, group: int) -> dict[int, int]:
        """The link counts of ``group`` into every other group (built for a lone sentence)."""
        found = self.counts.get(group)
        if found is None:
            ids, numbers = np.unique(self.group_ids[self._row(group)], return_counts=True)
            found = dict(zip(ids.tolist(), numbers.tolist(), strict=True))
        return found

    def between(self, first: int, second: int) -> int:
        """The number of links between two groups."""
        for one, other in ((first, second), (second, first)):
            known = self.counts.get(one)
            if known is not None:
                return known.get(other, 0)
        # two lone sentences: the group number of a lone sentence is the sentence
        return int(np.count_nonzero(self._row(first) == second))

    def merge(self, keep: int, drop: int, moving: Sequence[int]) -> None:
        """Group ``drop`` (sentences ``moving``) joins group ``keep``."""
        kept = self._counts(keep)
        dropped = self._counts(drop)
        for sentence in moving:
            self.group[sentence] = keep
        self.group_ids[np.asarray(moving, dtype=np.int64)] = keep
        kept.pop(drop, None)
        for other, n in dropped.items():
            if other == keep:
                continue
            kept[other] = kept.get(other, 0) + n
            theirs = self.counts.get(other)
            if theirs is not None:
                del theirs[drop]
                theirs[keep] = theirs.get(keep, 0) + n
        self.counts[keep] = kept
        self.counts.pop(drop, None)


def _links_enough(
    linked: int,
    members: Sequence[list[int] | None],
    outlets: Sequence[dict[int, int]],
    first: int,
    second: int,
    linkage: float,
) -> bool:
    """Whether ``linked`` links are at least ``linkage`` of the two groups' cross-article pairs."""
    if linked == 0:
        return False
    pairs = len(members[first] or ()) * len(members[second] or ())
    if linked >= linkage * pairs:
        return True  # same-article pairs only lower the denominator
    small, large = sorted((outlets[first], outlets[second]), key=len)
    same = sum(count * large.get(article, 0) for article, count in small.items())
    possible = pairs - same
    return possible > 0 and linked / possible + 1e-9 >= linkage
