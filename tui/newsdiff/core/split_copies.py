"""One sentence copied as two: a link is ``shared`` when a sentence and its neighbour together
are near-verbatim the other outlet's one sentence.

Outlets punctuate a copied passage differently: one writes ``"It's about a cheap plan, a lazy
plan," she said`` where another ends a sentence after *plan* and starts the next with *A lazy
plan*. Word order alone then scores each piece against the whole sentence as a short sentence
against a long one (:func:`~newsdiff.core.verbatim.verbatim_matrix` forgives a few inserted
words only between sentences of close lengths), and the copied words are shown as reworded.

A link found by the link step (:func:`~newsdiff.core.align.find_links`) is read again here: its
shorter side (the piece) joined with the sentence before or after it is scored against the
other side, and the link becomes ``shared`` when the joined text is near-verbatim to it and
both parts are found in it, in order (each at least :data:`PART_FOUND` of its words), so
a neighbour that repeats the other sentence on its own, or a piece from elsewhere, does not
count. Links are never added or removed: only their label changes, and the near-verbatim
score kept with the link (its ``order``) is the joined text's, so the evidence shows what
decided it; the score matrices are not touched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import LCSseq

from newsdiff.core.align import PairLink
from newsdiff.core.models import Article, Sentence
from newsdiff.core.verbatim import verbatim_matrix
from newsdiff.core.words import tokens

PART_FOUND = 0.8
"""Each part of the joined text (the piece, then its neighbour) must have at least this share
of its words in the other sentence, in order after the other part's."""


JOINED_LENGTHS = (0.5, 2.0)
"""A joined text whose length (characters) is outside these shares of the other sentence's
cannot be near-verbatim to it, and is not read (most links are dropped here, untokenised)."""


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The words scoring reads (``features(text).words``, without the rest of the reading)."""
    return tuple(tokens(text))


def joined_copy(
    piece: Sequence[str], neighbour: Sequence[str], before: bool, other: Sequence[str]
) -> float:
    """The near-verbatim score (0–100) of ``piece`` joined with ``neighbour`` (put before it
    when ``before``) against ``other``, or 0 when either part is not found in ``other``."""
    if not piece or not neighbour or not other:
        return 0.0
    found = LCSseq.similarity(piece, other)
    if found < PART_FOUND * len(piece):
        return 0.0
    joined = [*neighbour, *piece] if before else [*piece, *neighbour]
    if LCSseq.similarity(joined, other) - found < PART_FOUND * len(neighbour):
        return 0.0  # the neighbour's words are not in the other sentence beside the piece's
    return float(verbatim_matrix([joined], [other], workers=1)[0, 0])


def relabel_split_copies(
    links: list[PairLink],
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
    active: tuple[Sequence[bool], Sequence[bool]],
    shared_at: float,
    words: tuple[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]]] | None = None,
) -> tuple[list[PairLink], dict[tuple[int, int], float]]:
    """``links`` with each paraphrased link whose one side is copied as two sentences by the
    other relabelled ``shared``, and the joined score of each relabelled pair (the word-order
    score shown with it). Nothing is kept between calls: the same links and threshold give the
    same result whatever was compared before. ``words``: each side's sentences' words as
    scoring read them (``features(text).words``), when the caller has them (else tokenised)."""
    result = list(links)
    raised: dict[tuple[int, int], float] = {}
    for k, link in enumerate(links):
        if link.label != "paraphrased":
            continue
        best = _best_join(link.left, link.right, sentences, active, words)
        if best >= shared_at:
            raised[(link.left, link.right)] = best
            result[k] = dataclasses.replace(link, label="shared")
    return result, raised


def _best_join(
    left: int,
    right: int,
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
    active: tuple[Sequence[bool], Sequence[bool]],
    words: tuple[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]]] | None,
) -> float:
    """The best joined score of the pair, either side taken as the piece."""

    def read(side: int, index: int) -> tuple[str, ...]:
        return words[side][index] if words else _words(sentences[side][index].text)

    lefts, rights = sentences
    here: tuple[int, int] = (left, right)
    best = 0.0
    for side in (0, 1):
        pieces, flags = sentences[side], active[side]
        index = here[side]
        other = (rights if side == 0 else lefts)[here[1 - side]]
        size = len(other.text)
        if len(pieces[index].text) >= size:
            continue  # the piece is the shorter side (checked on the text first: cheaper)
        nears = [
            near
            for near in (index - 1, index + 1)
            if 0 <= near < len(pieces)
            and flags[near]
            and JOINED_LENGTHS[0] * size <= len(pieces[index].text) + len(pieces[near].text)
            and len(pieces[index].text) + len(pieces[near].text) <= JOINED_LENGTHS[1] * size
        ]
        if not nears:
            continue
        piece, whole = read(side, index), read(1 - side, here[1 - side])
        if len(piece) >= len(whole):
            continue  # the piece is the shorter side
        for near in nears:
            score = joined_copy(piece, read(side, near), near < index, whole)
            best = max(best, score)
    return best


def scoring_words(
    articles: tuple[Article, ...],
) -> tuple[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]]] | None:
    """Both sides' words as scoring read them (kept by the article cache), when both were
    segmented there: the label step reads them again without tokenising each sentence anew."""
    if len(articles) != 2:
        return None
    from newsdiff.core.article_cache import scoring_features

    left, right = (tuple(f.words for f in scoring_features(a.text)) for a in articles)
    return left, right
