"""All-pairs sentence scoring.

The words it scores come from :mod:`newsdiff.core.words` (normalization happens only there,
for matching: the user always sees the outlet's own characters).

Two matrices come out of :func:`score_matrices` for a left and a right list of sentences:

``verbatim``
    How near-verbatim two sentences are: the word-level Indel similarity (``2·LCS / (n + m)``
    over normalized word tokens, computed for every pair at once with ``rapidfuzz.process.cdist``),
    made lenient for "a few inserted or dropped words" by also looking at the LCS relative to
    the shorter sentence. Same words in the same order score near 100 whatever the quote-mark
    style, dashes, case or punctuation; an attribution change (``Rubio said`` / ``he said``)
    costs one or two words.

``score``
    The calibrated 0–100 similarity that decides whether two sentences are linked at all.
    It combines signals that carry meaning in news prose (see :func:`combine`):

    * **Rare content words shared**, weighted by inverse document frequency over the sentences
      of the two articles (and the corpus when given). Words every sentence of the story uses
      (``Rubio``, ``India``) say little; a rarer word both sentences use (``ceasefire``,
      ``tariff``) says a lot. Function words and reporting verbs (``said``) carry no weight.
    * **Containment** of the shorter sentence's weighted content in the longer one's: news
      outlets merge two sentences into one or summarise a paragraph in a headline, so a short
      sentence whose content is all inside a long one states the same fact.
    * **Balance** (weighted Dice over both sentences): a short sentence that shares one rare
      word with a long one is weaker evidence than two sentences that share most of their words.
    * **Names and numbers**: shared proper names and figures are facts; two sentences that both
      state figures but share none (``19%`` vs ``50%``) state different facts, so they are
      penalised. A multi-word name ("Prime Minister Narendra Modi", "New Delhi") is one
      mention of one entity, so its words together weigh as one word (see :func:`name_shares`):
      otherwise two sentences about different events that both name the same official look
      like paraphrases.
    * **Word order** (the ``verbatim`` matrix): copied sentences are linked whatever their
      vocabulary weights say.
    * **Meaning** (:mod:`newsdiff.core.semantic`): the cosine of static-embedding sentence
      vectors nudges the score up or down, so paraphrases in other words (``truce`` /
      ``ceasefire``) get over the threshold and same-topic sentences with different claims
      fall under it. A nudge, not a signal on its own: on news about one story every sentence
      is close to every other in meaning.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from newsdiff.core import semantic
from newsdiff.core.gc_pause import collection_paused
from newsdiff.core.meaning_axis import story_cosine
from newsdiff.core.pair_signals import number_agreement as _number_agreement
from newsdiff.core.pair_signals import weighted_overlap as _weighted_overlap
from newsdiff.core.verbatim import same_quotation_moved_attribution, verbatim_matrix
from newsdiff.core.words import (
    SentenceFeatures,
    content_words,
    features,
    tokens,
)


def idf_weights(documents: Iterable[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each stem over ``documents`` (sentences)."""
    listed = list(documents)
    total = len(listed)
    # counted in C, words in the order first met (as a loop over the documents would)
    counts = Counter(chain.from_iterable(listed))
    return {word: math.log(1.0 + total / count) for word, count in counts.items()}


@dataclass(frozen=True, slots=True)
class ScoreMatrices:
    """All-pairs scores between a left and a right list of sentences (rows: left).

    Attributes:
        score: The calibrated 0–100 link score.
        verbatim: The 0–100 near-verbatim score (word order kept).
        figures_differ: Where both sentences state figures and share none (``None`` when
            not computed): the pairs the claim check reads for a figure conflict.
        left_vectors: The left sentences' unit meaning vectors (``None`` when the meaning
            signal is off): the claim check reads the cosine of a candidate pair from them.
        right_vectors: The right sentences' unit meaning vectors.
        idf: The word weights the scores were computed with (over the pair, or the corpus):
            diagnostics read them (``scripts/eval_story.py --verbose``).
    """

    score: np.ndarray
    verbatim: np.ndarray
    figures_differ: np.ndarray | None = None
    left_vectors: np.ndarray | None = None
    right_vectors: np.ndarray | None = None
    idf: dict[str, float] | None = None

    def meaning(self, left: int, right: int) -> float | None:
        """The cosine of two sentences' meaning vectors (``None`` when the signal is off)."""
        from newsdiff.core.claim_inputs import meaning_cosine  # (the claims load with it)

        return meaning_cosine(self.left_vectors, left, self.right_vectors, right)


@collection_paused()
def score_matrices(
    left: Sequence[str],
    right: Sequence[str],
    *,
    background: Sequence[str] = (),
    workers: int = -1,
    use_meaning: bool = True,
    while_waiting: Callable[[], object] | None = None,
    features_read: tuple[Sequence[SentenceFeatures], Sequence[SentenceFeatures]] | None = None,
) -> ScoreMatrices:
    """Score every left sentence against every right sentence.

    ``background`` are more sentences (of other corpus articles) that only sharpen the word
    weights: a word the whole corpus uses weighs less. ``use_meaning=False`` leaves out the
    semantic nudge (it is also left out when :func:`newsdiff.core.semantic.status` is off).

    The words are read first (pure Python, one core, once per distinct text); then the
    near-verbatim matrix is computed in a second thread, which rapidfuzz does without holding
    the GIL, while this one computes the meaning vectors; their cosines (a matrix product, also
    without the GIL) go to a third thread while this one computes the word-weight signals.
    ``while_waiting`` is more work of the caller's to do in this thread before the matrix is
    waited for (the claim check reads the sentences there). ``features_read`` are the two
    sides' :func:`~newsdiff.core.words.features`, when the caller has them already (one per
    text, of the same texts).
    """
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        empty = np.zeros((n, m), dtype=np.float32)
        return ScoreMatrices(empty, empty.copy())
    if features_read is not None and len(features_read[0]) == n and len(features_read[1]) == m:
        left_f, right_f = list(features_read[0]), list(features_read[1])
    else:
        left_f, right_f = features_once(left, right)
    in_order: _Background | _Inline
    if n * m < SMALL_PAIRS:  # a thread costs more than it saves: one at a time, same result
        workers = 1
        in_order = _Inline(verbatim_matrix, [f.words for f in left_f], [f.words for f in right_f])
    else:
        # rapidfuzz compares the word sequences without the GIL while this thread does the rest
        in_order = _Background(
            verbatim_matrix, [f.words for f in left_f], [f.words for f in right_f], workers
        )
    left_vectors = semantic.sentence_vectors(left) if use_meaning else None
    right_vectors = None if left_vectors is None else semantic.sentence_vectors(right)
    cosine: np.ndarray | _Background | None = None
    if left_vectors is not None and right_vectors is not None and workers == 1:
        cosine = story_cosine(left_vectors, right_vectors)
    elif left_vectors is not None and right_vectors is not None:
        # a matrix product without the GIL: it runs while this thread reads words and claims
        cosine = _Background(story_cosine, left_vectors, right_vectors)
    else:
        left_vectors = right_vectors = None
    extra = [frozenset(content_words(tokens(text))) for text in background]
    idf = idf_weights([f.content for f in left_f] + [f.content for f in right_f] + extra)
    weighed: dict[int, float] = {}  # by features object: one per distinct text (features_once)
    left_w, right_w = (
        np.array([_weight_once(f, idf, weighed) for f in side], dtype=np.float32)
        for side in (left_f, right_f)
    )
    score, verbatim, numbers = link_scores(
        left_f,
        right_f,
        idf,
        (left_w, right_w),
        in_order.result,
        cosine.result if isinstance(cosine, _Background) else cosine,
        workers=workers,
        while_waiting=while_waiting,
    )
    return ScoreMatrices(score, verbatim, numbers < 0, left_vectors, right_vectors, idf)


def link_scores(
    left: Sequence[SentenceFeatures],
    right: Sequence[SentenceFeatures],
    idf: dict[str, float],
    weights: tuple[np.ndarray, np.ndarray],
    verbatim: Callable[[], np.ndarray],
    cosine: np.ndarray | Callable[[], np.ndarray] | None,
    *,
    workers: int,
    while_waiting: Callable[[], object] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The link score of every left sentence against every right one, from their words.

    The one place the signals become a score, for the pair view (:func:`score_matrices`) and
    the story (:mod:`newsdiff.core.story`, a block of the corpus at a time): a change to
    scoring is made here and both follow. ``idf`` are the word weights (over the pair, or the
    corpus), ``weights`` each side's total content weight under them (:func:`_weight`),
    ``verbatim`` gives the near-verbatim matrix (it may still be computing in another thread:
    it is asked for last, after ``while_waiting``), ``cosine`` the meaning cosines (or what
    gives them, asked for last too) or ``None``.

    Returns the scores, the near-verbatim matrix (with a quotation's moved attribution
    forgiven) and the figure agreement (+1 a shared figure, -1 figures but none shared, 0).
    """
    overlap = _weighted_overlap(left, right, idf)
    numbers = _number_agreement(left, right)
    if while_waiting is not None:
        while_waiting()  # other pure-Python work, while rapidfuzz still holds no GIL
    in_order = verbatim()
    same_quotation_moved_attribution(left, right, in_order, workers)
    left_weight, right_weight = weights
    if callable(cosine):
        cosine = cosine()
    score = combine(overlap, left_weight, right_weight, in_order, numbers, cosine, out=overlap)
    return score, in_order, numbers


SMALL_PAIRS = 20_000
"""Below this many sentence pairs the word-order matrix takes well under a millisecond, less
than starting threads for it (a second thread, and rapidfuzz's own workers)."""


class _Background:
    """``function(*args)`` run in a thread of its own (a pool would import ``logging``)."""

    def __init__(self, function: Callable[..., np.ndarray], *args: object) -> None:
        name = f"newsdiff-{getattr(function, '__name__', 'scoring')}"
        self._value: np.ndarray | None = None
        self._error: BaseException | None = None

        def run() -> None:
            try:
                self._value = function(*args)
            except BaseException as error:  # handed to the caller by result()
                self._error = error

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def result(self) -> np.ndarray:
        """The function's value, once it has finished (its exception, if it raised one)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


class _Inline:
    """``function(*args)`` computed when its result is asked for, in the calling thread."""

    def __init__(self, function: Callable[..., np.ndarray], *args: object) -> None:
        self._function = function
        self._args = args

    def result(self) -> np.ndarray:
        """The function's value."""
        return self._function(*self._args, 1)


def features_once(
    left: Sequence[str], right: Sequence[str]
) -> tuple[list[SentenceFeatures], list[SentenceFeatures]]:
    """Both sides' :func:`~newsdiff.core.words.features`, read once per distinct text.

    Outlets share wire copy: the same sentence on both sides (or twice on one) is read once.
    """
    read: dict[str, SentenceFeatures] = {}

    def once(text: str) -> SentenceFeatures:
        found = read.get(text)
        if found is None:
            found = read[text] = features(text)
        return found

    return [once(text) for text in left], [once(text) for text in right]


def _weight_once(f: SentenceFeatures, idf: dict[str, float], weighed: dict[int, float]) -> float:
    """:func:`_weight`, computed once per features object (``weighed``: the ones done; the
    objects stay alive in the caller's lists, so no id is reused meanwhile)."""
    found = weighed.get(id(f))
    if found is None:
        found = weighed[id(f)] = _weight(f, idf)
    return found


def _weight(f: SentenceFeatures, idf: dict[str, float]) -> float:
    """A sentence's total content weight (name words at their share).

    ``math.fsum`` is exact, so the total does not depend on the order a set of words is read
    in, which changes from one run to the next: the same articles give the same scores.
    """
    if not f.shares:  # every word at its full weight (x · 1.0 is x)
        return math.fsum(map(idf.__getitem__, f.content))
    return math.fsum(idf[w] * f.shares.get(w, 1.0) for w in f.content)


EVIDENCE_SCALE = 3.0
"""How much shared rare-word weight makes a link believable (see :func:`combine`): one word
used in two of fifty sentences (IDF ≈ 3.3) gives a factor of about 0.67, two such words 0.89."""

CALIBRATION = ((0.0, 0.0), (23.0, 50.0), (100.0, 100.0))
"""Raw similarity → calibrated score. On the hand-annotated pairs, raw similarities of about
22–24 are where a sentence becomes as likely to have a counterpart as not (the F1 of
linked-vs-unique is flat there), so 23 maps to 50, the default paraphrase threshold; the
mapping is monotone and keeps 0 and 100."""

COPY_FLOOR = 60.0
"""Below this near-verbatim score, word order is no evidence of copying: common function words
in the same order ("in its", "that the") give unrelated sentences a verbatim score of 20–35."""

FIGURE_BONUS = 15.0
"""Raw points added when both sentences state figures and share one (subtracted if none).

A figure is the most checkable fact a news sentence carries: two sentences that give the same
amount (in any scale, see :func:`newsdiff.core.words._figure`) very likely report the same
fact, two that give different amounts for the same thing (38,000 against 58,000 hectares)
report different ones.
Measured by ``scripts/eval_alignment.py`` on the gold and the held-out pairs, every value from
12 to 22 does better on both than the 6 used before (F1 0.896 → 0.905 on the gold, 0.946 →
0.955 held out); 15 sits in the middle of that plateau."""

MEANING_CENTER = 0.4
"""The sentence-vector cosine that leaves a score unchanged. Two sentences of one story on
different facts sit around 0.2–0.4, paraphrases of one fact around 0.4–0.7."""

MEANING_WEIGHT = 25.0
"""Score points per unit of cosine above or below :data:`MEANING_CENTER`: a paraphrase at
0.6 gains 5 points, a same-topic sentence at 0.2 loses 5. Swept by
``scripts/eval_alignment_candidates.py`` (the grid) and ``scripts/eval_alignment.py`` on the
gold and the held-out pairs, each with and without the corpus: 0.4 × 25 is the one setting
that is never below the lexical score alone on any of the four, and the best on average."""


def calibrate(raw: np.ndarray) -> np.ndarray:
    """Map a raw 0–100 similarity onto the calibrated 0–100 scale (piecewise linear).

    Bit for bit ``np.interp(raw, xs, ys).astype(np.float32)``, computed as ``np.interp``
    computes it (in float64, ``slope · (x − xs[k]) + ys[k]`` on the segment ``k`` holding x,
    ``ys[k]`` at a corner, the end values outside), but segment by segment: almost every pair
    of a long document falls in the first one, which is done for the whole array at once,
    and only the few others are looked at again (``np.interp`` searched the table for each
    of the 21 million pairs of 5,000 × 5,000 sentences: 40 % of :func:`combine`).
    """
    xs = [float(x) for x, _ in CALIBRATION]
    ys = [float(y) for _, y in CALIBRATION]
    slopes = [(ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]) for k in range(len(xs) - 1)]
    values = np.asarray(raw)
    if values.dtype != np.float32:
        values = values.astype(np.float64)
    # the first segment for every pair, in float64 as np.interp computes it; x − 0.0 is x
    # (signed zeros included), so a table starting at 0 skips that pass
    if xs[0] == 0.0:
        out = np.multiply(values, slopes[0], dtype=np.float64)
    else:
        out = np.subtract(values, xs[0], dtype=np.float64)
        out *= slopes[0]
    calibrated = np.empty(values.shape, dtype=np.float32)
    with np.errstate(over="ignore"):  # past float32's range: inf, as astype(float32) gives
        np.add(out, ys[0], out=calibrated, casting="same_kind")  # rounded as astype(float32)
    del out
    # elsewhere than the first segment: before it, after it, or not a number. A float32 input
    # is compared in float32 when both bounds are float32 numbers (then the same comparison)
    bounds: tuple[float | np.floating, float | np.floating] = (xs[0], xs[1])
    if values.dtype == np.float32 and all(float(np.float32(x)) == x for x in xs[:2]):
        bounds = (np.float32(xs[0]), np.float32(xs[1]))
    else:
        values = values.astype(np.float64, copy=False)
    inside = np.greater_equal(values, bounds[0])
    inside &= np.less(values, bounds[1])
    np.logical_not(inside, out=inside)
    others = np.flatnonzero(inside)
    if others.size:
        x = values.reshape(-1)[others].astype(np.float64)
        y = np.full(x.shape, ys[0])
        for k in range(1, len(slopes)):
            on = x >= xs[k]
            y[on] = (x[on] - xs[k]) * slopes[k] + ys[k]
        y[x >= xs[-1]] = ys[-1]
        missing = np.isnan(x)
        y[missing] = x[missing]  # as np.interp: the very NaN it was given
        calibrated.reshape(-1)[others] = y
    return calibrated


def combine(
    overlap: np.ndarray,
    left_weight: np.ndarray,
    right_weight: np.ndarray,
    verbatim: np.ndarray,
    numbers: np.ndarray,
    cosine: np.ndarray | None = None,
    *,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """The calibrated 0–100 link score from the individual signals.

    ``overlap`` is the summed rarity (IDF) of the content words each pair shares; the weights
    are each sentence's total. Then:

    * Containment ``c = overlap / min(weights)``: is the shorter sentence's content inside the
      other? Dice ``d = 2·overlap / (sum of weights)``: how much of both does it cover?
      Meaning is ``c^0.75 · d^0.25`` — mostly containment, tempered by balance.
    * Evidence: multiplied by ``1 − exp(−overlap / EVIDENCE_SCALE)``, so that two short lines
      sharing one common word (a heading and a sentence on the same topic) do not look alike.
    * Figures: shared figures add ``FIGURE_BONUS``, conflicting figures subtract it.
    * Copying: a verbatim score of at least ``COPY_FLOOR`` is a floor, since copied text is
      linked whatever its words.
    * Meaning: when sentence-vector cosines are given, the calibrated score moves by
      ``MEANING_WEIGHT · (cosine − MEANING_CENTER)``, never below the copying floor and never
      up to 100 unless it was there already (an exact copy stays the best counterpart).

    Computed in place on float32 blocks of :data:`COMBINE_ROWS` rows, so that the temporaries
    stay in cache: this is the hot loop of long documents. ``out`` (float32, the shape of
    ``overlap``, possibly ``overlap`` itself: each block is read before it is overwritten)
    receives the scores instead of a new matrix.
    """
    score = np.empty(overlap.shape, dtype=np.float32) if out is None else out
    for start in range(0, overlap.shape[0], COMBINE_ROWS):
        rows = slice(start, start + COMBINE_ROWS)
        score[rows] = _combine_block(
            overlap[rows],
            left_weight[rows],
            right_weight,
            verbatim[rows],
            numbers[rows],
            None if cosine is None else cosine[rows],
        )
    return score


COMBINE_ROWS = 64
"""Rows of the score matrix combined at a time (64 × 2,000 floats is half a megabyte)."""


def _combine_block(
    overlap: np.ndarray,
    left_weight: np.ndarray,
    right_weight: np.ndarray,
    verbatim: np.ndarray,
    numbers: np.ndarray,
    cosine: np.ndarray | None,
) -> np.ndarray:
    """:func:`combine` for some rows of the matrices.

    A pair where either sentence has no content weight scores 0 for containment and balance:
    those are whole rows and columns, zeroed after dividing everywhere (cheaper than a masked
    division, and the same values wherever both weights are positive).
    """
    empty_rows = left_weight <= 0
    empty_cols = right_weight <= 0
    smaller = np.minimum.outer(left_weight, right_weight)
    dice = np.add.outer(left_weight, right_weight)
    with np.errstate(divide="ignore", invalid="ignore"):
        meaning = np.divide(overlap, smaller, out=smaller)  # containment
        doubled = overlap * np.float32(2)
        np.divide(doubled, dice, out=dice)
    for matrix in (meaning, dice):
        matrix[empty_rows, :] = 0.0
        matrix[:, empty_cols] = 0.0
    # c^0.75 · d^0.25 == sqrt(sqrt(c³·d)), with square roots (much cheaper than powers)
    cube = np.multiply(meaning, meaning, out=doubled)
    cube *= meaning
    cube *= dice
    np.sqrt(cube, out=cube)
    np.sqrt(cube, out=meaning)
    evidence = np.multiply(overlap, np.float32(-1.0 / EVIDENCE_SCALE), out=dice)
    np.exp(evidence, out=evidence)
    np.subtract(np.float32(1.0), evidence, out=evidence)
    meaning *= evidence
    meaning *= np.float32(100.0)
    meaning += np.float32(FIGURE_BONUS) * numbers
    copied = np.where(verbatim >= COPY_FLOOR, verbatim, np.float32(0.0))
    np.maximum(meaning, copied, out=meaning)
    np.clip(meaning, 0.0, 100.0, out=meaning)
    score: np.ndarray = calibrate(meaning)
    np.maximum(score, copied, out=score)
    if cosine is not None:
        ceiling = np.maximum(score, np.float32(99.0), out=meaning)
        nudge = np.subtract(cosine, np.float32(MEANING_CENTER), dtype=np.float32, out=cube)
        nudge *= np.float32(MEANING_WEIGHT)
        score += nudge
        np.minimum(score, ceiling, out=score)
        np.maximum(score, copied, out=score)
        np.clip(score, 0.0, 100.0, out=score)
    return score
