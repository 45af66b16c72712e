"""Over-long sentences cut into pieces a reader (and every later pass) can handle.

No sentence of real reporting is thousands of characters long: the longest of the 6,279 segments of
the 177 articles in ``shared/data/real-dev`` is 518 characters, 99.9% are at most 434
(``scripts/sentence_lengths.py``). A "sentence" far longer than that is text without full stops — a
log, a table flattened onto one line, a transcript — and every pass that reads a sentence as a whole
(claims, quotes, scoring) would otherwise read all of it, many times over. :func:`pieces` cuts such
a span into pieces of at most :data:`MAX_SENTENCE_CHARS` characters, preferably after a clause mark
(``,``, ``;``, ``:``, a dash) followed by whitespace, else at the last whitespace, and only inside a
word when a word is longer than half the cap. The pieces tile the span: in order, without overlap,
without surrounding whitespace, covering every character of the span that is not whitespace between
two pieces.
"""

from __future__ import annotations

from newsdiff.core.lazy_regex import lazy_compile

MAX_SENTENCE_CHARS = 2_000
"""A sentence longer than this is cut (about four times the longest real sentence measured)."""

_CLAUSE_END = lazy_compile(r"(?s:.*)[,;:—–]\s")
"""The last clause mark followed by whitespace in a window (greedy, so one backward scan)."""
_SPACE = lazy_compile(r"(?s:.*)\s")
"""The last whitespace in a window."""


def pieces(text: str, start: int, end: int, cap: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``text[start:end]`` (no surrounding whitespace) as spans of at most ``cap`` characters.

    A span within the cap is returned whole. The pieces are in order, do not overlap, have no
    surrounding whitespace and leave out only whitespace between them.
    """
    if cap < 2:
        raise ValueError("cap must be at least 2")
    spans: list[tuple[int, int]] = []
    while end - start > cap:
        finish = _cut(text, start, start + cap)
        stop = finish
        while text[stop - 1].isspace():
            stop -= 1
        spans.append((start, stop))
        start = finish
        while text[start].isspace():
            start += 1
    spans.append((start, end))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece opening at ``start`` ends, at most at ``limit``: after a clause mark,
    else at a whitespace, in the second half of the window; else at ``limit`` itself."""
    low = start + (limit - start) // 2
    for pattern in (_CLAUSE_END, _SPACE):
        found = pattern.match(text, low, limit + 1)
        if found is not None and found.end() - 1 > start:
            return found.end() - 1
    return limit
