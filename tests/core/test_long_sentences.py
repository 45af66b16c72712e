"""Over-long sentences are cut into pieces that tile the sentence; real-length ones are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS, pieces
from newsdiff.core.segment import overlong_sentences, segment

WORDS = st.sampled_from(
    ["the", "council", "voted", "bridge", "x" * 40, "—", "–", ",", ";", ":", "a,", "b;", "(c)"]
)
GAPS = st.sampled_from([" ", "  ", "\n", "\t", " \u00a0", ""])


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text with a whitespace-trimmed span somewhere inside it."""
    words = draw(st.lists(st.tuples(WORDS, GAPS), min_size=1, max_size=300))
    body = "".join(word + gap for word, gap in words).strip() or "x"
    prefix = draw(st.sampled_from(["", "Before. ", "\n\n"]))
    return prefix + body + " after", len(prefix), len(prefix) + len(body)


def check_tiling(text: str, start: int, end: int, cut: list[tuple[int, int]], cap: int) -> None:
    """In order, within the cap, trimmed, and only whitespace left out between pieces (none
    where a word longer than the cap is cut inside)."""
    assert cut[0][0] == start and cut[-1][1] == end
    for begin, finish in cut:
        assert 0 < finish - begin <= cap
        assert text[begin:finish] == text[begin:finish].strip()
    for (_, finish), (begin, _) in zip(cut, cut[1:], strict=False):
        assert finish <= begin and not text[finish:begin].strip()


@settings(max_examples=300)
@given(spans(), st.integers(min_value=2, max_value=120))
def test_pieces_tile_the_span_within_the_cap(case: tuple[str, int, int], cap: int) -> None:
    text, start, end = case
    cut = pieces(text, start, end, cap)
    check_tiling(text, start, end, cut, cap)


@settings(max_examples=200)
@given(st.text(min_size=1, max_size=400), st.integers(min_value=2, max_value=60))
def test_pieces_tile_any_text(raw: str, cap: int) -> None:
    body = raw.strip() or "x"
    text = f" {body} "
    check_tiling(text, 1, 1 + len(body), pieces(text, 1, 1 + len(body), cap), cap)


@given(spans())
def test_a_span_within_the_cap_is_one_piece(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert pieces(text, start, end, max(2, end - start)) == [(start, end)]


def test_a_cut_prefers_a_clause_mark_to_a_bare_space() -> None:
    clause = "the council met on the bridge, "
    text = clause * 4
    cut = pieces(text, 0, len(text.rstrip()), 50)
    assert all(text[begin:finish].endswith(",") for begin, finish in cut[:-1])


def test_a_word_longer_than_the_cap_is_cut_inside_it() -> None:
    text = "y" * 25
    assert pieces(text, 0, 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_a_cap_below_two_is_refused() -> None:
    with pytest.raises(ValueError):
        pieces("ab", 0, 2, 1)


def test_only_over_long_sentences_are_cut_and_counted() -> None:
    long_one = "The council met " + "and voted again " * 200 + "today."
    text = f"Short opening. {long_one} Short ending.\n\nAnother {long_one}"
    sentences = segment(text)
    assert sentences[0].text == "Short opening."
    assert sentences[-1].text.endswith("today.")
    assert "Short ending." in [s.text for s in sentences]
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert overlong_sentences(text) == 2
    joined = " ".join(s.text for s in sentences)
    assert joined.split() == text.split()


def test_text_of_real_sentence_lengths_is_not_cut() -> None:
    sentence = "The council voted on the bridge budget after a long debate. " * 8
    assert overlong_sentences(sentence * 50) == 0
    assert len(segment(sentence)) == 8


@st.composite
def articles_with_long_sentences(draw: st.DrawFn) -> tuple[str, int]:
    """Short and long sentences, run on or in paragraphs; how many are over the cap."""
    parts: list[str] = []
    over = 0
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        if draw(st.booleans()):
            repeats = draw(st.integers(min_value=150, max_value=200))
            sentence = "The council " + "voted again " * repeats + "today."
            over += len(sentence) > MAX_SENTENCE_CHARS
        else:
            sentence = "The mayor spoke."
        parts.append(sentence + draw(st.sampled_from([" ", "\n", "\n\n"])))
    return "".join(parts), over


@settings(max_examples=60)
@given(articles_with_long_sentences())
def test_the_note_counts_exactly_the_sentences_over_the_cap(case: tuple[str, int]) -> None:
    text, over = case
    assert overlong_sentences(text) == over
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in segment(text))
