"""Soft word alignment of two sentences: reworded paraphrases that share few words.

Scoring counts the content words two sentences share exactly (as stems). A paraphrase in other
words (*the bridge reopened to traffic* / *cars were let back onto the bridge*) shares few of
them, and the meaning cosine of two *averaged* sentence vectors cannot tell which word of one
sentence answers which word of the other. This module aligns the words themselves, as
BERTScore does with contextual vectors (Zhang et al., 2020), here with WordLlama's static
token vectors (:mod:`newsdiff.core.semantic`): each content word of one sentence is matched to
its most similar content word of the other, and the matches are weighed by the words' rarity
(IDF), giving a precision (how much of the left sentence is answered), a recall (how much of
the right one) and their harmonic mean.

What must match exactly still does: a figure or a name matches only itself (two politicians'
names are close as vectors, two amounts are not the same amount), and an identical stem
matches fully. A word pair's cosine is rescaled so that the closeness every two words of
English share counts nothing: ``(cos − FLOOR) / (1 − FLOOR)``, clipped to ``[0, 1]``.

It is computed for a list of pairs (:func:`align_pairs`): the similarities of all their words
are one matrix product, kept as bytes, and each pair's matches are read from it.

Scoring does not use it: on the claims dev set it separates paraphrases from look-alikes
better than the score (AUC 0.845 against 0.828; 0.805 against 0.593 among pairs scoring
30-50), but every way of moving scores by it measured there cost the seeds' gold F1 or linked
a look-alike for each paraphrase gained (docs/conflicts.md, "Reworded paraphrases").
``scripts/diagnose_claims.py`` prints it for every judged pair.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsdiff.core import semantic
from newsdiff.core.synonyms import WordNet
from newsdiff.core.words import STOPWORDS, SentenceFeatures, cased_tokens, features, stem

FLOOR = 0.1
"""The word-vector cosine that counts as no match (see the module docstring). Two unrelated
words of one story sit around 0.02 (median; 90th percentile 0.12), near-synonyms at 0.16-0.5
(*cuts* / *reductions* 0.30, *lawyers* / *attorneys* 0.31, *truce* / *ceasefire* 0.37). On the
claims dev set's tune items 0.1 and 0.15 separate paraphrases from look-alikes best; 0 lets the
noise of every word pair in, 0.2 and above drop most synonyms."""


SYNONYM_FLOOR = 0.5
"""The similarity a WordNet-related word pair counts at least (measurement setting; near-synonyms
by vector sit at 0.16-0.5 before rescaling, see :data:`FLOOR`)."""


@dataclass(frozen=True, slots=True)
class Terms:
    """One sentence's content words as the alignment reads them.

    Attributes:
        ids: Each distinct content stem's number in the comparison's vocabulary.
        rows: Each stem's row in the word-vector table.
        weights: Each stem's weight (its IDF, times its share of a multi-word name).
        exact: Which stems match only themselves (figures and names).
    """

    ids: np.ndarray
    rows: np.ndarray
    weights: np.ndarray
    exact: np.ndarray


EMPTY = Terms(
    np.zeros(0, dtype=np.int64),
    np.zeros(0, dtype=np.int64),
    np.zeros(0, dtype=np.float32),
    np.zeros(0, dtype=bool),
)
"""The terms of a sentence without content words (or not read)."""


def sentence_terms(
    features: Sequence[SentenceFeatures],
    cased: Sequence[Sequence[str]],
    idf: Mapping[str, float] | None,
    vocabulary: dict[str, int],
    words: dict[str, int],
) -> list[Terms]:
    """The :class:`Terms` of each sentence.

    ``cased`` are each sentence's word tokens with their case (one per word of its features);
    ``idf`` weighs each stem (``None``: all alike);
    ``vocabulary`` numbers the stems (filled as new ones are met, shared by the two sides so
    that the same stem has the same id) and ``words`` the surface words of this side (the rows
    of its word vectors).
    """
    found = []
    for f, tokens in zip(features, cased, strict=True):
        ids: list[int] = []
        rows: list[int] = []
        weights: list[float] = []
        exact: list[bool] = []
        seen: set[str] = set()
        for position, word in enumerate(f.words):
            if word in STOPWORDS or len(word) <= 1:
                continue
            key = stem(word)
            if key in seen or key not in f.content:
                continue
            seen.add(key)
            ids.append(vocabulary.setdefault(key, len(vocabulary)))
            rows.append(words.setdefault(word, len(words)))
            weight = 1.0 if idf is None else idf.get(key, 0.0)
            weights.append(weight * f.shares.get(key, 1.0))
            shown = tokens[position] if position < len(tokens) else word
            exact.append(word[0].isdigit() or key in f.shares or _named(shown, position))
        found.append(
            Terms(
                np.array(ids, dtype=np.int64),
                np.array(rows, dtype=np.int64),
                np.array(weights, dtype=np.float32),
                np.array(exact, dtype=bool),
            )
        )
    return found


def _named(token: str, position: int) -> bool:
    """A capitalised word past the first: a name (the first word of a sentence is capitalised
    anyway)."""
    return position > 0 and token[:1].isupper()


def soft_alignment(
    left: Sequence[Terms],
    right: Sequence[Terms],
    left_vectors: np.ndarray,
    right_vectors: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    lifted: tuple[np.ndarray, np.ndarray, float] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Precision and recall of the soft alignment of each pair ``(rows[k], cols[k])``.

    ``left_vectors`` are the unit vectors of the words the left terms' ``rows`` name, and
    ``right_vectors`` those of the right terms. Precision is the weighted share of the left
    sentence's words answered in the right one, recall the other way round; both are 0 for a
    sentence without content words. ``lifted`` (left word rows, right word rows, a similarity)
    raises those word pairs' similarity to at least that value (WordNet relations,
    :func:`synonym_lift`).

    Every left word's similarity to every right word is computed at once (one matrix product,
    kept as bytes: :func:`word_similarities`); a pair then costs a few gathers. Pairs are
    taken a left sentence at a time.
    """
    count = len(rows)
    precision = np.zeros(count, dtype=np.float32)
    recall = np.zeros(count, dtype=np.float32)
    if count == 0:
        return precision, recall
    table = word_similarities(left_vectors, right_vectors)
    if lifted is not None and lifted[0].size:
        at = (lifted[0], lifted[1])
        table[at] = np.maximum(table[at], np.uint8(round(lifted[2] * LEVELS)))
    order = np.argsort(rows, kind="stable")
    bounds = np.flatnonzero(np.diff(rows[order])) + 1
    for group in np.split(order, bounds):
        mine = left[int(rows[group[0]])]
        if mine.ids.size == 0:
            continue
        theirs = [right[int(c)] for c in cols[group].tolist()]
        sizes = np.fromiter((t.ids.size for t in theirs), dtype=np.int64, count=len(theirs))
        filled = sizes > 0
        if not filled.any():
            continue
        kept = group[filled]
        theirs = [t for t, keep in zip(theirs, filled.tolist(), strict=True) if keep]
        sizes = sizes[filled]
        other_ids = np.concatenate([t.ids for t in theirs])
        other_weights = np.concatenate([t.weights for t in theirs])
        similar = table[np.ix_(mine.rows, np.concatenate([t.rows for t in theirs]))]
        similar[mine.exact, :] = 0
        similar[:, np.concatenate([t.exact for t in theirs])] = 0
        similar[mine.ids[:, None] == other_ids[None, :]] = LEVELS
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        best_for_mine = np.maximum.reduceat(similar, starts, axis=1)  # words × candidates
        total = float(mine.weights.sum())
        if total > 0:
            answered = mine.weights @ best_for_mine.astype(np.float32)
            precision[kept] = answered / np.float32(total * LEVELS)
        best_for_theirs = similar.max(axis=0).astype(np.float32) * other_weights
        answered = np.add.reduceat(best_for_theirs, starts)
        totals = np.add.reduceat(other_weights, starts) * np.float32(LEVELS)
        with np.errstate(divide="ignore", invalid="ignore"):
            recall[kept] = np.where(totals > 0, answered / totals, 0.0)
    np.clip(precision, 0.0, 1.0, out=precision)  # a weighted mean of shares, up to rounding
    np.clip(recall, 0.0, 1.0, out=recall)
    return precision, recall


LEVELS = 255
"""A word pair's similarity is kept as a byte, 0 (no match) to this (the same word)."""

TABLE_ROWS = 1024
"""Left words whose similarities are computed at a time (their float temporaries: 4 KB per
right word)."""


def word_similarities(left_vectors: np.ndarray, right_vectors: np.ndarray) -> np.ndarray:
    """Every left word's rescaled similarity to every right word, as bytes (see :data:`FLOOR`).

    One byte per word pair (two 5,000-word vocabularies: 25 MB), computed a block of left words
    at a time as one matrix product each.
    """
    table = np.zeros((len(left_vectors), len(right_vectors)), dtype=np.uint8)
    scale = np.float32(LEVELS / (1.0 - FLOOR))
    for start in range(0, len(left_vectors), TABLE_ROWS):
        block = left_vectors[start : start + TABLE_ROWS] @ right_vectors.T
        block -= np.float32(FLOOR)
        block *= scale
        np.clip(block, 0.0, float(LEVELS), out=block)
        np.rint(block, out=block)
        table[start : start + TABLE_ROWS] = block
    return table


def align_pairs(
    left: Sequence[str],
    right: Sequence[str],
    rows: np.ndarray,
    cols: np.ndarray,
    idf: Mapping[str, float] | None = None,
    synonyms: WordNet | None = None,
    synonym_floor: float = SYNONYM_FLOOR,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Precision and recall of the pairs ``(left[rows[k]], right[cols[k]])`` of two lists of
    sentences (``None`` when the word vectors are unavailable, see
    :func:`newsdiff.core.semantic.status`).

    ``idf`` weighs each content stem (scoring's weights, :func:`newsdiff.core.similarity.
    idf_weights`); without it every content word weighs the same. ``synonyms`` (a loaded
    WordNet; measurement only, scoring never passes it) makes two words WordNet relates closely
    match at least ``synonym_floor`` (:func:`synonym_lift`).
    """
    vocabulary: dict[str, int] = {}
    sides: list[list[Terms]] = []
    vectors: list[np.ndarray] = []
    surface: list[list[str]] = []
    for texts, chosen in ((left, rows), (right, cols)):
        used = np.unique(chosen).tolist()
        words: dict[str, int] = {}
        read = [features(texts[k]) for k in used]
        found = sentence_terms(read, [cased_tokens(texts[k]) for k in used], idf, vocabulary, words)
        terms = [EMPTY] * len(texts)
        for k, item in zip(used, found, strict=True):
            terms[k] = item
        sides.append(terms)
        side_vectors = semantic.sentence_vectors(list(words))
        if side_vectors is None:
            return None
        vectors.append(side_vectors)
        surface.append(list(words))
    lifted = None
    if synonyms is not None:
        lifted = (*synonym_lift(surface[0], surface[1], synonyms), synonym_floor)
    return soft_alignment(sides[0], sides[1], vectors[0], vectors[1], rows, cols, lifted)


def synonym_lift(
    left: Sequence[str], right: Sequence[str], synonyms: WordNet
) -> tuple[np.ndarray, np.ndarray]:
    """The (left row, right row) pairs of two word lists that WordNet relates closely: one
    synset shared, or one word's synset the other's direct hypernym, derivation or verb group
    (:data:`newsdiff.core.synonyms.CLOSE`). Found through an index of the right words' synsets,
    not by testing every pair."""
    by_synset: dict[int, list[int]] = {}
    near_right: dict[int, list[int]] = {}
    for b, word in enumerate(right):
        read = synonyms.read(word)
        for s in read.synsets:
            by_synset.setdefault(s, []).append(b)
        for s in read.hypernyms | read.derived | read.group:
            near_right.setdefault(s, []).append(b)
    found: set[tuple[int, int]] = set()
    for a, word in enumerate(left):
        read = synonyms.read(word)
        for s in read.synsets | read.hypernyms | read.derived | read.group:
            found.update((a, b) for b in by_synset.get(s, ()))
        for s in read.synsets:
            found.update((a, b) for b in near_right.get(s, ()))
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    pairs = np.array(sorted(found), dtype=np.int64)
    return pairs[:, 0], pairs[:, 1]


def alignment(left: str, right: str, idf: Mapping[str, float] | None = None) -> float | None:
    """The soft-alignment F of two sentences (``None`` when the word vectors are unavailable)."""
    found = align_pairs(
        [left], [right], np.zeros(1, dtype=np.int64), np.zeros(1, dtype=np.int64), idf
    )
    if found is None:
        return None
    return float(f_measure(*found)[0])


def f_measure(precision: np.ndarray, recall: np.ndarray) -> np.ndarray:
    """The harmonic mean of precision and recall (0 where both are 0)."""
    total = precision + recall
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, 2 * precision * recall / total, 0.0).astype(np.float32)
