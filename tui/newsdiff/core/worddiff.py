"""Word-level differences of a linked sentence pair, as absolute character spans.

Words are compared in normalized form (case, quote marks, dashes folded) with rapidfuzz's
Levenshtein opcodes over the word-token lists; the spans point into the article text, so they
always slice to the outlet's own characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import get_args

from rapidfuzz.distance import Levenshtein

from newsdiff.core.models import CharSpan, OpTag, Sentence, WordDiff, WordOp
from newsdiff.core.words import normalize

_WORD = re.compile(r"\w+(?:[’'.,-]\w+)*%?", re.UNICODE)
"""A word as the reader sees it: letters/digits with inner apostrophes, hyphens, decimal marks."""


WordSpans = tuple[tuple[str, CharSpan], ...]
"""Each word of a sentence: its normalized key and its absolute span."""


def word_spans(sentence: Sentence) -> WordSpans:
    """Each word of ``sentence`` with its normalized key and absolute span."""
    result: list[tuple[str, CharSpan]] = []
    for match in _WORD.finditer(sentence.text):
        key = _key(match.group(0))
        result.append((key, (sentence.start + match.start(), sentence.start + match.end())))
    return tuple(result)


_TAGS: dict[str, OpTag] = {tag: tag for tag in get_args(OpTag)}
"""rapidfuzz's opcode tags (typed ``str`` there) as the model's ``OpTag``."""


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return normalize(word) or word


def word_diff(
    left: Sentence,
    right: Sentence,
    left_words: WordSpans | None = None,
    right_words: WordSpans | None = None,
) -> WordDiff:
    """Which words of ``left`` and ``right`` are equal, replaced, inserted or deleted.

    An ``insert`` has an empty left span at the insertion point; a ``delete`` an empty right span.
    ``left_words``/``right_words`` are the sentences' ``word_spans`` when already known.
    """
    left_words = word_spans(left) if left_words is None else left_words
    right_words = word_spans(right) if right_words is None else right_words
    ops: list[WordOp] = []
    opcodes = Levenshtein.opcodes([w for w, _ in left_words], [w for w, _ in right_words])
    for op in opcodes:
        ops.append(
            WordOp(
                tag=_TAGS[op.tag],
                left=_span(left_words, op.src_start, op.src_end, left),
                right=_span(right_words, op.dest_start, op.dest_end, right),
            )
        )
    return WordDiff(left=left.index, right=right.index, ops=tuple(ops))


def _span(words: WordSpans, first: int, stop: int, sentence: Sentence) -> CharSpan:
    """Span from word ``first`` to word ``stop - 1``; empty at the insertion point if none."""
    if stop > first:
        return (words[first][1][0], words[stop - 1][1][1])
    if first > 0:
        point = words[first - 1][1][1]
    elif words:
        point = words[0][1][0]
    else:
        point = sentence.start
    return (point, point)
