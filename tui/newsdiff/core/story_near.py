"""Which sentence pairs of a story score near a link: kept while the pairs are scored.

:func:`newsdiff.core.story_also.inherited` asks of a sentence that inherits a claim a sign of
that claim in the sentence itself: a score against one of the claim's variants within the
margin the pair view reads below the link threshold (:data:`newsdiff.core.align.
CONFLICT_MARGIN`). The story scores every pair once and keeps only the links; this keeps, per
article pair, which sentence pairs scored that high (4 bytes a pair), read while each pair's
block of scores is at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from newsdiff.core.align import CONFLICT_MARGIN
from newsdiff.core.compare import PreparedPair
from newsdiff.core.models import Article, Settings
from newsdiff.core.story_model import Position

Linker = Callable[[PreparedPair, Settings], list[tuple[int, int, str, float]]]


class NearScores:
    """The sentence pairs of a corpus that score at least the link threshold minus
    :data:`~newsdiff.core.align.CONFLICT_MARGIN`, recorded by :meth:`recording` and asked
    by calling the object with two positions."""

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
                flat = np.flatnonzero(score >= self.floor).astype(np.int32)
                if a > b:
                    rows, cols = np.divmod(flat, score.shape[1])
                    flat = np.sort(cols * score.shape[0] + rows).astype(np.int32)
                    a, b = b, a
                    width = score.shape[0]
                else:
                    width = score.shape[1]
                if len(flat):
                    self._near[(a, b)] = (width, flat)
            return linker(prepared, settings)

        return record

    def __call__(self, first: Position, second: Position) -> bool:
        """Whether the two sentences (of two articles) score near a link or above."""
        (a, i), (b, j) = sorted((first, second))
        found = self._near.get((a, b))
        if found is None:
            return False
        width, flat = found
        key = i * width + j
        at = int(np.searchsorted(flat, key))
        return at < len(flat) and int(flat[at]) == key
