"""Which sentence pairs of a story score near a link: kept while the pairs are scored.

:func:`newsdiff.core.story_also.inherited` asks of a sentence that inherits a claim a sign of
that claim in the sentence itself: a score against one of the claim's variants within the
margin the pair view reads below the link threshold (:data:`newsdiff.core.align.
CONFLICT_MARGIN`). The story scores every pair once and keeps only the links; this keeps which
sentence pairs scored that high (one bit a sentence pair: 12 MB for 300 articles of 47
sentences), read while each article pair's block of
scores is at hand, and answers for many pairs at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from newsdiff.core.align import CONFLICT_MARGIN
from newsdiff.core.compare import PreparedPair
from newsdiff.core.models import Article, Settings

Linker = Callable[[PreparedPair, Settings], list[tuple[int, int, str, float]]]


class NearScores:
    """The sentence pairs of a corpus that score at least the link threshold minus
    :data:`~newsdiff.core.align.CONFLICT_MARGIN`, recorded by :meth:`recording`."""

    def __init__(self, articles: Sequence[Article], settings: Settings) -> None:
        self.floor = settings.paraphrase - CONFLICT_MARGIN
        self._index = {id(article): k for k, article in enumerate(articles)}
        # an article object listed twice cannot be told apart from itself: nothing recorded
        self._usable = len(self._index) == len(articles)
        self._near: dict[tuple[int, int], tuple[int, np.ndarray]] = {}

    def recording(self, linker: Linker) -> Linker:
        """``linker``, recording each article pair's near pairs before it links them."""

        def record(prepared: PreparedPair, settings: Settings) -> list[tuple[int, int, str, float]]:
            if self._usable:
                score = prepared.scores.score
                a, b = self._index[id(prepared.left)], self._index[id(prepared.right)]
                if a > b:
                    a, b, score = b, a, score.T
                # one bit a sentence pair, row-major: bounded by the pairs, however many are near
                self._near[(a, b)] = (score.shape[1], np.packbits(score >= self.floor, axis=None))
            return linker(prepared, settings)

        return record

    def near(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """For each pair of positions — ``first[k]`` and ``second[k]``, rows of (article,
        sentence) of two different articles — whether the two sentences score near a link or
        above. Read per article pair asked about."""
        found = np.zeros(len(first), dtype=bool)
        swap = first[:, 0] > second[:, 0]
        low = np.where(swap[:, None], second, first)
        high = np.where(swap[:, None], first, second)
        pairs = low[:, 0].astype(np.int64) * (int(high[:, 0].max(initial=0)) + 1) + high[:, 0]
        order = np.argsort(pairs, kind="stable")
        bounds = np.flatnonzero(np.diff(pairs[order], prepend=-1))
        for begin, end in zip(bounds.tolist(), [*bounds[1:].tolist(), len(order)], strict=True):
            rows = order[begin:end]
            known = self._near.get((int(low[rows[0], 0]), int(high[rows[0], 0])))
            if known is None:
                continue
            width, bits = known
            at = low[rows, 1] * width + high[rows, 1]
            found[rows] = (bits[at >> 3] >> (7 - (at & 7))) & 1 == 1
        return found
