"""Each sentence's links, best first, from a comparison's pair links: :func:`links_by_sentence`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from newsdiff.core.align import PairLink
from newsdiff.core.models import Link


def links_by_sentence(
    links: Sequence[PairLink],
    verbatim: np.ndarray,
    left_count: int,
    right_count: int,
    raised: Mapping[tuple[int, int], float] | None = None,
) -> tuple[list[list[Link]], list[list[Link]]]:
    """The links of each left and each right sentence, highest score first, links of equal
    score in the order of ``links`` (which come in (left, right) order); each link's ``order``
    is ``float(verbatim[left, right])``, the word-order score that decided shared, or the
    ``raised`` one where the label step read the pair again
    (:mod:`newsdiff.core.split_copies`).

    The plain way sorts each sentence's list on its own; here all links are sorted once (a
    stable sort, so ties keep their order) and handed out in that order, which gives every
    list the same links in the same order (``tests/core/test_scoring_shortcuts.py``).
    """
    left_links: list[list[Link]] = [[] for _ in range(left_count)]
    right_links: list[list[Link]] = [[] for _ in range(right_count)]
    by_score = sorted(links, key=_negated_score)
    # one index for all links: float32 to Python floats, as float() converts each
    orders = verbatim[[link.left for link in by_score], [link.right for link in by_score]].tolist()
    if raised:
        orders = [
            raised.get((link.left, link.right), order)
            for link, order in zip(by_score, orders, strict=True)
        ]
    for link, order in zip(by_score, orders, strict=True):
        left_links[link.left].append(Link(link.right, link.label, link.score, link.evidence, order))
        right_links[link.right].append(
            Link(link.left, link.label, link.score, link.evidence, order)
        )
    return left_links, right_links


def _negated_score(link: PairLink) -> float:
    return -link.score
