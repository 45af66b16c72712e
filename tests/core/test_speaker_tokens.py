"""The attribution reader's tokens are the same with its quotation lookup as with the plain one.

``speaker_tokens.sentence_tokens`` marks a word as quoted from a table of the offsets inside the
sentence's quotations (and skips the lookup when nothing is quoted); the plain definition asks
every quotation span of every word. Both must give the same tokens, and so the same speakers.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core import claim_speakers, speaker_tokens
from newsdiff.core.speaker_tokens import _TOKEN, Token, _abbreviation, _quotations

PIECES = st.sampled_from(
    [
        "Tom",
        "Hale",
        "said",
        "Mr",
        "J",
        "the",
        "council",
        "according",
        "to",
        "told",
        "Sen",
        " ",
        " ",
        ", ",
        ".",
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "—",
        "(",
        ")",
        "«",
        "»",
        "it's",
        "-",
    ]
)


def plain_tokens(text: str, quoted_spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens as first written: each word's place tested against every quotation span."""
    quoted_spans = [(a, b) for a, b in quoted_spans if text[a] in "‘'"] + _quotations(text)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        value = match.group(0)
        word = value[0].isalnum()
        if not word and value == "." and tokens and _abbreviation(tokens[-1]):
            tokens[-1].stopped = True
            continue
        start = match.start()
        quoted = word and any(a < start < b for a, b in quoted_spans) if quoted_spans else False
        tokens.append(Token(value, word, quoted))
    return tokens


def _fields(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.text, t.word, t.cap, t.quoted, t.lower, t.stopped) for t in tokens]


@st.composite
def sentences_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = "".join(draw(st.lists(PIECES, min_size=1, max_size=30)))
    bounds = st.integers(0, len(text) - 1)
    spans = draw(st.lists(st.tuples(bounds, bounds), max_size=3))
    return text, sorted((min(a, b), max(a, b) + 1) for a, b in spans)


@settings(max_examples=400, deadline=None)
@given(sentences_with_spans())
def test_tokens_are_the_plain_tokens(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert _fields(speaker_tokens.sentence_tokens(text, spans)) == _fields(
        plain_tokens(text, spans)
    )


@settings(max_examples=200, deadline=None)
@given(sentences_with_spans())
def test_speakers_are_those_of_the_plain_tokens(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    fast = claim_speakers.attributed_speakers(text, spans)
    original = claim_speakers.sentence_tokens
    claim_speakers.sentence_tokens = plain_tokens  # type: ignore[assignment]
    try:
        plain = claim_speakers.attributed_speakers(text, spans)
    finally:
        claim_speakers.sentence_tokens = original  # type: ignore[assignment]
    assert fast == plain
