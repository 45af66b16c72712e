"""How near-verbatim two sentences are: the ``verbatim`` matrix of
:func:`newsdiff.core.similarity.score_matrices`.

Word order counts here, vocabulary weights do not: the word-level Indel similarity of every
pair at once (``rapidfuzz.process.cdist`` over one character per word, :func:`encode_pair`),
made lenient for a few inserted words, and raised for one quotation carried under another
attribution (:func:`same_quotation_moved_attribution`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from newsdiff.core.words import SentenceFeatures


def verbatim_matrix(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]], workers: int = -1
) -> np.ndarray:
    """Near-verbatim score (0–100) of every pair of token lists.

    The Indel similarity ``2·LCS/(n+m)`` rewards same words in the same order; the LCS over the
    shorter sentence forgives a few words inserted in the longer one, but only when the lengths
    are close (at most a quarter longer), so a short sentence is not "verbatim" to a long one
    that merely contains it.
    """
    left_codes, right_codes = encode_pair(left, right)
    sim = process.cdist(
        left_codes,
        right_codes,
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
        workers=workers,
    )
    all_l = np.array([len(words) for words in left], dtype=np.float32)
    all_r = np.array([len(words) for words in right], dtype=np.float32)
    for start in range(0, len(left), LENIENT_ROWS):  # a block of rows at a time, in cache
        rows = slice(start, start + LENIENT_ROWS)
        block = sim[rows]
        _lenient(block, all_l[rows], all_r)
        block *= 100
    return sim


LENIENT_ROWS = 256
"""Rows of the word-order matrix finished at a time (leniency, then the 0–100 scale)."""


def _lenient(sim: np.ndarray, all_l: np.ndarray, all_r: np.ndarray) -> None:
    """Raise ``sim`` (0–1, rows: left) to the LCS over the shorter sentence where the lengths
    are close, in place (see :func:`verbatim_matrix`)."""
    # "a few inserted words": only pairs already close can become near-verbatim this way
    rows, cols = np.nonzero(sim >= 0.5)
    nonempty = (all_l[rows] > 0) & (all_r[cols] > 0)
    rows, cols = rows[nonempty], cols[nonempty]
    if rows.size:
        len_l = all_l[rows]
        len_r = all_r[cols]
        shorter = np.minimum(len_l, len_r)
        longer = np.maximum(len_l, len_r)
        lcs = sim[rows, cols] * (len_l + len_r) / 2
        close = shorter / longer
        lenient = np.where(close >= 0.75, lcs / shorter * np.sqrt(close), 0.0)
        sim[rows, cols] = np.maximum(sim[rows, cols], lenient)


ATTRIBUTION_WORDS = 8
"""At most this many words outside the quotation marks are an attribution ("Its leader, Simon
Arkwright, said:"), not a statement of the writer's own."""

QUOTATION_WORDS = 5
"""A quotation needs this many words to be carried "verbatim" on its own."""

QUOTATION_CEILING = 95.0
"""The most a sentence can score for its quotation alone: its attribution differs, so it is
near-verbatim but never an exact copy (``--shared 100`` still means the very same words)."""


def same_quotation_moved_attribution(
    left: Sequence[SentenceFeatures],
    right: Sequence[SentenceFeatures],
    verbatim: np.ndarray,
    workers: int = -1,
) -> None:
    """Raise ``verbatim`` for two sentences that carry one quotation under another attribution.

    ``"The ruling does not give us a single extra pound," Arkwright said`` and ``Its leader,
    Simon Arkwright, said: 'The ruling does not give us a single extra pound.'`` are the same
    sentence to a reader; word order alone puts the moved attribution against them. Where both
    sentences are a quotation of at least :data:`QUOTATION_WORDS` words plus an attribution of
    at most :data:`ATTRIBUTION_WORDS` (any length once the quotation has
    :data:`STATEMENT_WORDS`), the near-verbatim score of the quotations counts.
    """
    rows = [i for i, f in enumerate(left) if quotation_with_attribution(f)]
    cols = [j for j, f in enumerate(right) if quotation_with_attribution(f)]
    if not rows or not cols:
        return
    quoted = verbatim_matrix(
        [left[i].quoted for i in rows], [right[j].quoted for j in cols], workers
    )
    np.minimum(quoted, QUOTATION_CEILING, out=quoted)
    block = verbatim[np.ix_(rows, cols)]
    verbatim[np.ix_(rows, cols)] = np.maximum(block, quoted)


STATEMENT_WORDS = 8
"""A quotation of this many words that opens its sentence (or follows a colon) is a statement
of its own: the sentence is that statement plus an attribution, however long the attribution
("…," the minister said, adding that the talks would resume next week). A quotation inside the
writer's own words ("critics mocked its claim that '…'") is not."""


def quotation_with_attribution(f: SentenceFeatures) -> bool:
    """Whether a sentence is a quotation plus an attribution (see the constants above)."""
    quoted = len(f.quoted)
    return quoted >= QUOTATION_WORDS and (
        f.unquoted <= ATTRIBUTION_WORDS or (quoted >= STATEMENT_WORDS and f.statement)
    )


LEFT_ONLY = "\x01"
RIGHT_ONLY = "\x02"
"""The one character of every word found on one side only (see :func:`encode_pair`)."""


def encode_pair(
    left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]
) -> tuple[list[str], list[str]]:
    """Both sides' token lists as strings of one character per word, for rapidfuzz.

    rapidfuzz compares word sequences with its bit-parallel string kernels, several times
    faster than lists of Python strings, and several times faster again when the characters
    are below 256 (a table lookup instead of a hash probe: ~12 against ~60 ns a pair of
    news sentences). So the words both sides use get characters by how often they occur,
    the commonest below 256; a word only one side uses can never be matched, so all of one
    side's own words share one character (:data:`LEFT_ONLY`, :data:`RIGHT_ONLY`). Equal
    words still get equal characters and a left word never equals a right word it differs
    from, so every longest common subsequence, and every score, is the same as with one
    character per distinct word.
    """
    counts = Counter(chain.from_iterable(left))  # counted in C
    on_right = {
        word: count for word, count in Counter(chain.from_iterable(right)).items() if word in counts
    }
    # commonest first; ties by word, so the strings never depend on a set's order
    shared = sorted(on_right, key=lambda word: (-(counts[word] + on_right[word]), word))
    codes = {word: _code(number) for number, word in enumerate(shared, 3)}
    left_codes = ["".join([codes.get(word, LEFT_ONLY) for word in words]) for words in left]
    right_codes = ["".join([codes.get(word, RIGHT_ONLY) for word in words]) for words in right]
    return left_codes, right_codes


def _code(number: int) -> str:
    """The ``number``-th character, skipping the surrogate block (not valid alone in a str)."""
    return chr(number + 0x800 if number >= 0xD800 else number)
