"""Quotes nested in quotes of the same family of marks, and quotes over several paragraphs.

A quotation written with straight double marks may hold another quotation in straight marks
(or a straight one inside curly ones); the inner marks open a quote inside the outer one, and the
outer quote keeps its whole span and its own speaker. Every sentence here was written for
these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes, pair_marks
from newsdiff.core.segment import segment


def quotes_of(text: str) -> tuple[Quote, ...]:
    return extract_quotes(text, segment(text))


def texts(text: str) -> list[str]:
    return [quote.text for quote in quotes_of(text)]


@pytest.mark.parametrize(
    ("outer_open", "outer_close", "inner_open", "inner_close"),
    [
        ('"', '"', '"', '"'),
        ("\u201c", "\u201d", '"', '"'),
        ('"', '"', "\u201c", "\u201d"),
        ("\u201c", "\u201d", "\u201c", "\u201d"),
        ("\u00ab", "\u00bb", "\u00ab", "\u00bb"),
    ],
)
def test_a_quote_inside_a_quote_of_the_same_marks_is_nested(
    outer_open: str, outer_close: str, inner_open: str, inner_close: str
) -> None:
    text = (
        f"{outer_open}He told me, {inner_open}never again,{inner_close} and left,"
        f"{outer_close} Ana Ruiz said."
    )
    outer, inner = quotes_of(text)
    assert outer.text == f"He told me, {inner_open}never again,{inner_close} and left,"
    assert inner.text == "never again,"
    assert outer.speaker == "Ana Ruiz"
    assert inner.speaker != "Ana Ruiz"


def test_the_outer_speaker_is_not_a_person_named_inside_the_quote() -> None:
    text = '"Tom Hale kept saying "never again," and then he left," Ana Ruiz said.'
    outer, inner = quotes_of(text)
    assert outer.text.startswith("Tom Hale kept saying")
    assert outer.speaker == "Ana Ruiz"
    assert inner.speaker != "Ana Ruiz"


def test_a_nested_fragment_takes_the_speaker_named_inside_the_outer_quote() -> None:
    text = '"Tom Hale called it "a ruin" and we left," Ana Ruiz said.'
    outer, inner = quotes_of(text)
    assert (outer.speaker, inner.text, inner.speaker) == ("Ana Ruiz", "a ruin", "Tom Hale")
    assert inner.cue is not None and inner.cue.text == "Tom Hale called"


def test_a_nested_fragment_names_nobody_when_only_they_call_it_so() -> None:
    text = '"They keep calling it "a ruin" on the radio," Ana Ruiz said.'
    outer, inner = quotes_of(text)
    assert (outer.speaker, inner.text, inner.speaker) == ("Ana Ruiz", "a ruin", None)


def test_two_quotes_side_by_side_are_not_nested() -> None:
    text = 'She called it "a disgrace" and "a shame," said Ana Ruiz.'
    spans = pair_marks(text)
    assert [text[span.start : span.end] for span in spans] == ["a disgrace", "a shame,"]
    assert not any(span.nested for span in spans)


def test_an_interrupted_quote_is_two_pieces_not_a_nesting() -> None:
    text = '"He told me," Ana Ruiz said, "never again."'
    assert [(quote.text, quote.speaker) for quote in quotes_of(text)] == [
        ("He told me,", "Ana Ruiz"),
        ("never again.", "Ana Ruiz"),
    ]


def test_single_marks_inside_double_marks_and_an_apostrophe() -> None:
    nested = quotes_of("\"We said 'no' twice,\" Ana Ruiz said.")
    assert [quote.text for quote in nested] == ["We said 'no' twice,", "no"]
    assert nested[0].speaker == "Ana Ruiz"
    assert texts('"We don\'t say no twice," Ana Ruiz said.') == ["We don't say no twice,"]


def test_an_unclosed_outer_mark_reads_as_before() -> None:
    # The first mark is never closed and the paragraph is not reopened: a stray mark, not an
    # outer quote; the balanced quotes after it are quotes of their own.
    text = '"He called it "a disgrace," she said, and "a shame."\n\nThe vote is on Monday.'
    spans = pair_marks(text)
    assert [text[span.start : span.end] for span in spans] == ["a disgrace,", "a shame."]
    assert not any(span.nested for span in spans)


def test_a_statement_over_paragraphs_holding_a_nested_quote_is_one_chain() -> None:
    text = (
        "Ana Ruiz spoke at the pier on Monday.\n\n"
        '"We waited all winter for the ferry.\n\n'
        '"The council told us "next month" every month.\n\n'
        '"Now we are done waiting," Ana Ruiz said.'
    )
    quotes = quotes_of(text)
    outer = [quote for quote in quotes if quote.text != "next month"]
    assert [quote.text for quote in outer] == [
        "We waited all winter for the ferry.",
        'The council told us "next month" every month.',
        "Now we are done waiting,",
    ]
    assert {quote.speaker for quote in outer} == {"Ana Ruiz"}
    assert [quote.text for quote in quotes].count("next month") == 1


def test_a_straight_block_quote_is_not_continued_by_a_curly_quote() -> None:
    text = (
        '"The pier was quiet when Ana Ruiz came, and the crowd chanted \u201cferry now.\u201d\n\n'
        "\u201cWe are done waiting,\u201d Tom Hale said."
    )
    spans = pair_marks(text)
    assert [text[span.start : span.end] for span in spans] == [
        "ferry now.",
        "We are done waiting,",
    ]
    assert spans[-1].chain == spans[-1].open


WORDS = st.sampled_from(["ferry", "the", "pier", "council", "Monday", "we", "never", "late"])
PAIRS = st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb")])


@st.composite
def nested_article(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """An article of sentences whose quotes may hold one nested quote, and the inner spans of
    every quote (outer and nested) as written."""
    text = ""
    spans: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(1, 4))):
        opener, closer = draw(PAIRS)
        text += "Ana Ruiz said " + opener
        start = len(text)
        text += " ".join(draw(st.lists(WORDS, min_size=1, max_size=4)))
        if draw(st.booleans()):
            inner_open, inner_close = draw(PAIRS)
            text += " " + inner_open
            inner_start = len(text)
            text += " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
            spans.append((inner_start, len(text)))
            text += inner_close
            text += " " + " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
        text += "."
        spans.append((start, len(text)))
        text += closer + draw(st.sampled_from([" ", "\n\n"]))
    return text, spans


@given(nested_article())
def test_balanced_nested_marks_pair_as_written(article: tuple[str, list[tuple[int, int]]]) -> None:
    text, written = article
    spans = pair_marks(text)
    assert sorted((span.start, span.end) for span in spans) == sorted(written)
    for quote in quotes_of(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


@given(st.text(alphabet=st.sampled_from(list('"\u201c\u201d\u00ab\u00bb \n.,aB')), max_size=200))
def test_any_marks_give_spans_inside_the_text_and_properly_nested(text: str) -> None:
    spans = pair_marks(text)
    for span in spans:
        assert 0 <= span.open < span.start < span.end <= span.close <= len(text)
    pairs = sorted((span.open, span.close) for span in spans)
    for n, (_, a_close) in enumerate(pairs):
        for b_open, b_close in pairs[n + 1 :]:
            assert b_open >= a_close or b_close <= a_close  # nested or apart, never crossing


@pytest.mark.parametrize("opener, closer", [('"', '"'), ("\u201c", "\u201d")])
def test_a_line_wrapped_right_after_an_opening_mark(opener: str, closer: str) -> None:
    text = f"The pier closed at noon. {opener}\nWe will reopen it,{closer} Ana Ruiz said."
    sentences = [text[s.start : s.end] for s in segment(text)]
    assert sentences[0] == "The pier closed at noon."
    assert sentences[1].startswith(opener)  # the mark opens the next sentence, not ends this one
    assert [(quote.text, quote.speaker) for quote in quotes_of(text)] == [
        ("We will reopen it,", "Ana Ruiz")
    ]


def test_a_line_ending_in_a_closing_mark_still_closes_the_quote() -> None:
    text = 'Ana Ruiz said "we will reopen it."\nThe council met on Monday.'
    assert texts(text) == ["we will reopen it."]
    assert [text[s.start : s.end] for s in segment(text)] == [
        'Ana Ruiz said "we will reopen it."',
        "The council met on Monday.",
    ]
