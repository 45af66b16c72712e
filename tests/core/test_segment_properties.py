"""Properties every segmentation must have, for any text, and hostile inputs that must not blow up.

The hostile inputs (a 1 MB line, a 100,000-character word, 20,000 sentences, long runs of dots)
would take minutes with a quadratic scan or a backtracking regex; their speed is measured by
``scripts/eval_segmentation.py --speed``, not asserted here.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsdiff.core.long_sentences import MAX_SENTENCE_CHARS
from newsdiff.core.models import Sentence
from newsdiff.core.segment import overlong_sentences, segment

KINDS = {"headline", "heading", "bullet", "byline", "text"}

# Pieces that exercise every rule: words, abbreviations, marks, quotes, markers, line breaks.
PIECES = [
    "The", "talks", "U.S.", "Mr.", "S.", "Jan.", "No.", "p.m.", "e.g.", "3.5%", "Inc.",
    "said", "he", "“", "”", '"', "’", "(", ")", ".", "?", "!", "…", "...", ",", ":", ";",
    "—", "-", "*", "#", "1.", "\n", "\n\n", " ", "  ", "\t", "WASHINGTON", "(AP)", "By",
    "Advertisement", "https://a.example/x.y", "a@b.co", "\u00a0", "\u2028", "\r",
]  # fmt: skip

news_like = st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=80
).map("".join)


def check_invariants(text: str, sentences: tuple[Sentence, ...]) -> None:
    """Order, no overlap, exact slices, no surrounding whitespace, full coverage."""
    previous_end = 0
    covered = bytearray(len(text))
    for number, sentence in enumerate(sentences):
        assert sentence.index == number
        assert sentence.kind in KINDS
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        previous_end = sentence.end
        covered[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    uncovered = [ch for ch, flag in zip(text, covered, strict=True) if not flag]
    assert all(ch.isspace() for ch in uncovered)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(text: str) -> None:
    check_invariants(text, segment(text))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_any_news_like_text(text: str) -> None:
    check_invariants(text, segment(text))


@settings(max_examples=100)
@given(news_like, news_like)
def test_a_blank_line_always_separates_segments(first: str, second: str) -> None:
    text = f"{first}\n\n{second}"
    for sentence in segment(text):
        assert "\n\n" not in sentence.text


def test_one_megabyte_line_without_punctuation_is_cut_into_capped_pieces() -> None:
    text = "word " * 200_000
    result = segment(text)
    check_invariants(text, result)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in result)
    assert len(result) == -(-len(text.strip()) // MAX_SENTENCE_CHARS)  # pieces nearly full
    assert all(s.text.startswith("word") and s.text.endswith("word") for s in result)
    assert overlong_sentences(text) == 1


def test_one_hundred_thousand_character_word() -> None:
    word = "X" * 100_000
    text = f"Start here. {word}. End here."
    result = segment(text)
    check_invariants(text, result)
    texts = [s.text for s in result]
    assert texts[0] == "Start here." and texts[-1] == "End here."
    assert "".join(texts[1:-1]) == f"{word}."  # the word, cut at the sentence cap
    assert all(len(piece) <= MAX_SENTENCE_CHARS for piece in texts)


def test_twenty_thousand_short_sentences() -> None:
    text = " ".join(f"Item {n} is ready." for n in range(20_000))
    result = segment(text)
    check_invariants(text, result)
    assert len(result) == 20_000


def test_long_runs_of_marks_and_whitespace() -> None:
    for text in (
        "." * 500_000,
        ". " * 250_000,
        "?!" * 250_000 + " A",
        "a." * 250_000,
        "\n" * 300_000 + "x",
        " " * 300_000 + "end. Start",
        "- " * 200_000,
        "#" * 300_000 + " heading",
        "“" * 200_000 + ". " + "”" * 200_000,
    ):
        check_invariants(text, segment(text))


def test_many_short_lines() -> None:
    text = "\n".join(f"Line {n} without an end" for n in range(50_000))
    result = segment(text)
    check_invariants(text, result)
    assert len(result) == 50_000
