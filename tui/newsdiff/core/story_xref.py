"""Cross-references between claims: the pair-view links the grouping leaves between two claims.

Average linkage joins two groups only when enough of their sentence pairs are linked, so a lone
link between two claims of several variants is outvoted (on the seeds and 27 real-dev clusters,
428 of the story's 1,758 links joined two sentences of two unrelated claims). Moving either end
into the other's claim puts it with sentences the pair view does not link (docs/story.md,
*Eleventh round*: every gold F1 fell). The story keeps its claims and lists such a link in both
claims instead (:attr:`~newsdiff.core.story_model.Claim.related`), so every link the pair view
makes is in the story: inside one claim, or as a cross-reference on both.

:func:`split_rows` finds those links while the story is built (array passes over the links);
:func:`cross_references` reads them back with the claim at the other end. Pure, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsdiff.core.markers import LINK_MARKERS
from newsdiff.core.story_model import Position, Story


@dataclass(frozen=True, slots=True)
class CrossRef:
    """A link from one claim's variant to a variant of another claim.

    Attributes:
        claim: The other claim (an index into ``Story.claims``: its place in reading order,
            the JSON's ``id``; shown to a reader as ``claim`` ``claim + 1``).
        here: The end that is a variant of this claim.
        there: The end that is a variant of :attr:`claim`.
        label: The pair view's label (``shared``, ``paraphrased``, ``conflict``).
        score: The link's score.
    """

    claim: int
    here: Position
    there: Position
    label: str
    score: float

    @property
    def mark(self) -> str:
        """``=``, ``≈`` or ``≠``, as the pair view marks the link."""
        return LINK_MARKERS.get(self.label, LINK_MARKERS["paraphrased"])


def split_rows(
    groups: np.ndarray,
    a_all: np.ndarray,
    b_all: np.ndarray,
    also: Mapping[int, Sequence[int]],
) -> np.ndarray:
    """The rows of the links whose two sentences share no claim.

    ``groups`` is each sentence's own claim (a group number), ``a_all``/``b_all`` each link's
    two sentence numbers (-1 for furniture: such a link is no story link), ``also`` per group
    the sentences that carry it too. Two sentences share a claim when they have one own claim,
    when one carries the other's own claim, or when both carry a third.
    """
    rows: np.ndarray = np.flatnonzero((a_all >= 0) & (b_all >= 0)).astype(np.int64)
    rows = rows[groups[a_all[rows]] != groups[b_all[rows]]]
    if not len(rows) or not also:
        return rows
    width = int(len(groups)) + 1
    carried = np.array(
        sorted({int(s) * width + int(g) for g, found in also.items() for s in found}),
        dtype=np.int64,
    )
    a, b = a_all[rows].astype(np.int64), b_all[rows].astype(np.int64)
    joined = np.isin(a * width + groups[b], carried) | np.isin(b * width + groups[a], carried)
    rows, a, b = rows[~joined], a[~joined], b[~joined]
    # both ends carrying a third claim: only sentences that carry any claim can
    carriers = np.unique(carried // width)
    both = np.flatnonzero(np.isin(a, carriers) & np.isin(b, carriers))
    if len(both):
        claims_of: dict[int, set[int]] = {}
        for key in carried.tolist():
            claims_of.setdefault(key // width, set()).add(key % width)
        third = [k for k in both.tolist() if claims_of[int(a[k])] & claims_of[int(b[k])]]
        keep = np.ones(len(rows), dtype=bool)
        keep[third] = False
        rows = rows[keep]
    return rows


def listed_twice(
    rows: np.ndarray, groups: np.ndarray, a_all: np.ndarray, b_all: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """``rows`` listed once under each end's own claim, sorted by claim (then by the two ends,
    as a claim's links are): the rows and their claims' group numbers."""
    roots = np.concatenate((groups[a_all[rows]], groups[b_all[rows]]))
    rows = np.concatenate((rows, rows)).astype(np.int32)
    order = np.lexsort((b_all[rows], a_all[rows], roots))
    return rows[order], roots[order]


def runs(roots: np.ndarray, offset: int = 0) -> dict[int, tuple[int, int]]:
    """Each group's run of rows in ``roots`` (sorted by group), rows counted from ``offset``."""
    starts = np.flatnonzero(np.diff(roots, prepend=-1)).tolist()
    stops = [*starts[1:], len(roots)] if starts else []
    return {
        root: (offset + start, offset + stop)
        for root, start, stop in zip(roots[starts].tolist(), starts, stops, strict=True)
    }


def cross_references(story: Story) -> tuple[tuple[CrossRef, ...], ...]:
    """Per claim of ``story`` (in its order), its cross-references: each link of
    :attr:`~newsdiff.core.story_model.Claim.related` with the claim at its other end, by that
    claim's number, then by the two sentences."""
    own = story.claim_index()
    found: list[tuple[CrossRef, ...]] = []
    for number, claim in enumerate(story.claims):
        refs = []
        for link in claim.related:
            here, there = (link.a, link.b) if own.get(link.a) == number else (link.b, link.a)
            other = own.get(there)
            if other is None or other == number:
                continue
            refs.append(CrossRef(other, here, there, link.label, link.score))
        refs.sort(key=lambda ref: (ref.claim, ref.here, ref.there))
        found.append(tuple(refs))
    return tuple(found)


def linked_outlets(
    story: Story, refs: Sequence[Sequence[CrossRef]] | None = None
) -> tuple[tuple[int, ...], ...]:
    """Per claim of ``story`` (in its order), the articles that do not carry it but carry a
    claim its cross-references reach, sorted: the outlets the pair view links it to.

    A claim of one outlet whose sentence the pair view links to another outlet's is not "only
    in one outlet": the pair view's gutter counts the other claim's outlets beside that
    sentence (:func:`~newsdiff.core.story_model.pair_provenance`). ``refs`` is
    :func:`cross_references`'s answer, when the caller has it already."""
    found = cross_references(story) if refs is None else refs
    return tuple(
        tuple(
            sorted(
                {article for ref in found[number] for article in story.claims[ref.claim].outlets}
                - set(claim.outlets)
            )
        )
        for number, claim in enumerate(story.claims)
    )


def only_in_one(story: Story, linked: Sequence[Sequence[int]]) -> tuple[int, ...]:
    """The claims of ``story`` carried by one outlet that the pair view links to no other
    (``linked``: :func:`linked_outlets`): what "only in one outlet" lists and counts."""
    return tuple(
        number
        for number, claim in enumerate(story.claims)
        if len(claim.outlets) == 1 and not linked[number]
    )


def sentence_label(names: Sequence[str], position: Position) -> str:
    """``outlet-a S15``: an end of a cross-reference as a reader finds it (the outlet's name,
    the sentence's number as the pair view numbers it, from 1)."""
    article, index = position
    return f"{names[article]} S{index + 1}"


def cross_reference_line(ref: CrossRef, names: Sequence[str]) -> str:
    """``claim 12 · outlet-a S15 ≈ outlet-b S10 (score 62)``: one cross-reference, this claim's
    end first, the other claim numbered as the reports and the app number it (from 1)."""
    return (
        f"claim {ref.claim + 1} · {sentence_label(names, ref.here)} {ref.mark} "
        f"{sentence_label(names, ref.there)} (score {ref.score:.0f})"
    )
