"""The writer as a speaker's subject: ``I`` or ``we`` in the writer's own sentence (``I smiled
and said``, ``so I had to take it back:``). The writer is nobody the article names, so a name
further back is not the subject of that verb, and the quotation borrows no earlier speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from newsdiff.core.mention_types import MASK, SentenceInfo

_WRITER_WORDS = 6
"""How many lowercase words may stand between the writer's ``I`` and its verb."""

_CLAUSE_MARKS = frozenset(",;:()" + MASK)
"""Marks that end the clause a subject and its verb stand in."""


def writer_before(info: SentenceInfo, v: int, gap: Callable[[int, int], str]) -> int:
    """Where the writer (``I``, ``we``) stands as the subject of the verb at token ``v`` (or
    of the colon lead-in ending there), a few lowercase words before it in one clause; else
    -1. ``gap``: the masked text between two offsets."""
    tokens = info.tokens
    for k in range(v - 1, max(-1, v - _WRITER_WORDS - 1), -1):
        if k + 1 < v and set(gap(tokens[k].end, tokens[k + 1].start)) & _CLAUSE_MARKS:
            return -1
        if tokens[k].lower in ("i", "we"):
            return k if _pronoun(info, k, gap) else -1
        if tokens[k].cap:
            return -1
    return -1


def _pronoun(info: SentenceInfo, k: int, gap: Callable[[int, int], str]) -> bool:
    """``I`` at token ``k`` is the pronoun: not a party tag (``Pat Hale (I) said``) nor a
    numeral after a name (``Elizabeth I said``)."""
    if k == 0:
        return True
    before = gap(info.tokens[k - 1].end, info.tokens[k].start)
    return "(" not in before and not (info.tokens[k - 1].cap and not before.strip())
