"""Which words of a linked sentence to emphasize: its changed words, or only the evidence.

A word diff helps while two sentences are mostly the same words: the few changed ones stand
out. When a sentence is mostly rewritten, marking every changed word marks nearly all of it,
and an edit script between the two reads as noise. Like delta's ``max-line-distance``, past a
limit the changed words are no longer emphasized; only the evidence is: the content words the
two sentences share (``Evidence.agree``) and, for a conflict, the figures or words on which
they disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsdiff.core.compounds import names_at
from newsdiff.core.evidence import agree_seen_from, disagreeing_spans
from newsdiff.core.models import CharSpan, Comparison, Side, pair

MAX_CHANGED_SHARE = 0.6
"""Above this share of changed word characters (both sentences together) a pair is "too
different" for a word diff (delta's default ``max-line-distance`` is also 0.6). Measured with
``scripts/emphasis_threshold.py`` on real coverage (docs/app.md, "Word emphasis"): past 0.6 an
edit script bolds most of each sentence in long runs; from 0.5 to 0.6 it still shows what one
sentence adds to the other, which the evidence alone does not."""

_WORD = re.compile(r"\w[\w'’.-]*\w|\w")
_PART = re.compile(r"[^-]+")
"""A part of a hyphenated token."""


@dataclass(frozen=True, slots=True)
class Emphasis:
    """The spans to emphasize in one sentence and what they are.

    ``kind`` is ``changed`` (words the counterpart words differently), ``evidence`` (shared
    content words of a heavily reworded pair) or ``disagree`` (a conflict's figures or words).
    """

    kind: Literal["changed", "evidence", "disagree"]
    spans: tuple[CharSpan, ...]


def changed_share(comparison: Comparison, left: int, right: int) -> float:
    """The share (0–1) of word characters of the pair ``left``/``right`` that the word diff
    marks as changed, both sentences together."""
    diff = comparison.word_diff(left, right)
    if diff is None:
        return 0.0
    lsent = comparison.left.sentences[left].sentence
    rsent = comparison.right.sentences[right].sentence
    total = _word_chars(lsent.text) + _word_chars(rsent.text)
    if not total:
        return 0.0
    changed = sum(
        _word_chars(text[start - offset : end - offset])
        for text, offset, spans in (
            (lsent.text, lsent.start, diff.left_changed),
            (rsent.text, rsent.start, diff.right_changed),
        )
        for start, end in spans
    )
    return min(1.0, changed / total)


def too_different(comparison: Comparison, left: int, right: int) -> bool:
    """Whether a word diff of the pair would mark too much to help (see ``MAX_CHANGED_SHARE``)."""
    return changed_share(comparison, left, right) > MAX_CHANGED_SHARE


def emphasis(comparison: Comparison, side: Side, index: int) -> Emphasis:
    """What to emphasize in sentence ``index`` of ``side``, against its best counterpart."""
    aligned = comparison.aligned(side, index)
    best = aligned.best_link
    if best is None:
        return Emphasis("changed", ())
    if aligned.label == "conflict":
        return Emphasis("disagree", disagreeing_spans(comparison, side, index))
    left, right = pair(side, index, best.index)
    if too_different(comparison, left, right):
        sentence = aligned.sentence
        words = agree_seen_from(best.evidence.agree, side, sentence.text)  # its own forms
        return Emphasis("evidence", word_spans(sentence.text, sentence.start, words))
    return Emphasis("changed", comparison.changed_spans(side, index))


def word_spans(text: str, offset: int, words: tuple[str, ...]) -> tuple[CharSpan, ...]:
    """Absolute spans of the whole words of ``text`` (starting at ``offset``) that are among
    ``words`` (case-insensitive); figures such as ``£4m`` match as written; a name inside a
    compound of names (``Ostel`` of ``Varnia-Ostel``) as that part alone."""
    wanted = {word.casefold() for word in words}
    if not wanted:
        return ()
    spans = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        if token.casefold() in wanted or token.casefold().rstrip(".") in wanted:
            spans.append((offset + match.start(), offset + match.end()))
        elif "-" in token and names_at(text, *match.span()):  # Ostel of Varnia-Ostel
            for part in _PART.finditer(token):
                if part.group(0).casefold() in wanted:
                    spans.append(
                        (offset + match.start() + part.start(), offset + match.start() + part.end())
                    )
    for word in wanted:  # figures and names with symbols: "£4m", "U.S."
        if _WORD.fullmatch(word):
            continue
        start = text.casefold().find(word)
        while start >= 0:
            spans.append((offset + start, offset + start + len(word)))
            start = text.casefold().find(word, start + len(word))
    return tuple(sorted(set(spans)))


def _word_chars(text: str) -> int:
    return sum(len(match.group(0)) for match in _WORD.finditer(text))
