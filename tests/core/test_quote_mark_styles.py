"""Single marks nested in single marks, low and German marks, and a paragraph that is only an
opening mark. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from newsdiff.core.models import Quote
from newsdiff.core.quotes import extract_quotes, pair_marks
from newsdiff.core.segment import segment


def quotes_of(text: str) -> tuple[Quote, ...]:
    return extract_quotes(text, segment(text))


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


# --- single marks inside single marks --------------------------------------------------------


@pytest.mark.parametrize(
    ("opener", "closer"), [("'", "'"), ("\u2018", "\u2019"), ("'", "\u2019"), ("\u2018", "'")]
)
def test_a_single_quote_inside_a_single_quote_keeps_the_outer_quote(
    opener: str, closer: str
) -> None:
    text = (
        "Ana Ruiz spoke at the pier on Monday.\n\n"
        f"{opener}He told me: {opener}never again{closer} and left,{closer} she said.\n"
    )
    found = {quote.text: quote for quote in quotes_of(text)}
    outer = f"He told me: {opener}never again{closer} and left,"
    assert set(found) == {outer, "never again"}
    assert found[outer].speaker == "Ana Ruiz"
    assert found["never again"].speaker != "Ana Ruiz"  # a nested quote is not the outer's


def test_an_apostrophe_opening_inside_an_unclosed_single_quote_reads_as_before() -> None:
    # the first mark is never closed: the quote is the second one, as it was before nesting
    text = "They call it 'Frisco and 'the city by the bay,' Ana Ruiz said.\n"
    assert [quote.text for quote in quotes_of(text)] == ["the city by the bay,"]


def test_apostrophes_inside_a_single_quote_are_no_marks() -> None:
    text = "'We don't close the ferry's pier,' Ana Ruiz said.\n"
    assert [quote.text for quote in quotes_of(text)] == ["We don't close the ferry's pier,"]


# --- low-9 marks and guillemets ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("opener", "closer"),
    [("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ("\u00bb", "\u00ab"), ("\u201a", "\u2018")],
)
def test_a_sentence_opens_at_a_low_or_guillemet_mark(opener: str, closer: str) -> None:
    text = f"The minister spoke on Monday. {opener}We have no choice,{closer} said Tom Hale.\n"
    assert sentences_of(text) == [
        "The minister spoke on Monday.",
        f"{opener}We have no choice,{closer} said Tom Hale.",
    ]
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [("We have no choice,", "Tom Hale")]


@pytest.mark.parametrize(
    ("opener", "closer"), [("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ("\u00bb", "\u00ab")]
)
def test_a_full_stop_inside_low_or_guillemet_marks_ends_the_sentence(
    opener: str, closer: str
) -> None:
    text = f"Tom Hale spoke. {opener}We have no choice.{closer} Then he left the pier.\n"
    assert sentences_of(text) == [
        "Tom Hale spoke.",
        f"{opener}We have no choice.{closer}",
        "Then he left the pier.",
    ]


def test_a_low_mark_inside_a_sentence_opens_no_sentence() -> None:
    text = "Tom Hale said \u201eno\u201c twice and left the pier.\n"
    assert sentences_of(text) == [text.strip()]
    assert [quote.text for quote in quotes_of(text)] == ["no"]


def test_german_guillemets_pair_and_a_lone_one_opens_nothing() -> None:
    text = "Tom Hale said \u00bbWe stay\u00ab and Ana Ruiz said \u00bbWe go\u00ab.\n"
    assert [quote.text for quote in quotes_of(text)] == ["We stay", "We go"]
    assert quotes_of("The ferry \u00bb left the pier at noon.") == ()  # a mark between spaces


# --- a paragraph that is only an opening mark --------------------------------------------------


@pytest.mark.parametrize(("opener", "closer"), [('"', '"'), ("\u201c", "\u201d"), ("'", "'")])
def test_a_paragraph_that_is_only_an_opening_mark_keeps_the_quote(opener: str, closer: str) -> None:
    text = (
        "Tom Hale spoke on Monday.\n\n"
        f"{opener}\n\nWe have no choice and we will close the pier,{closer} Hale said.\n"
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("We have no choice and we will close the pier,", "Tom Hale")
    ]


def test_a_paragraph_that_is_only_a_closing_mark_opens_no_quote() -> None:
    text = "Tom Hale spoke on Monday.\n\n\u201d\n\nWe will close the pier, Hale said.\n"
    assert quotes_of(text) == ()


def test_an_opening_mark_ending_a_paragraph_of_words_still_ends_with_it() -> None:
    # only a mark alone on its line reaches over the blank line
    text = 'Tom Hale spoke on Monday. "\n\nWe will close the pier, Hale said.\n'
    assert quotes_of(text) == ()


# --- properties --------------------------------------------------------------------------------

ALL_MARKS = list("\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u00ab\u00bb")


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from([*ALL_MARKS, " ", "\n", ".", ",", "a", "B"]), max_size=200))
# a single pair nested in an unsound single-quoted one crossed a double-quoted quotation
@example("'\"\u2018B\"'\u00ab\u2019")
def test_any_marks_give_spans_inside_the_text_that_never_cross(text: str) -> None:
    spans = pair_marks(text)
    for span in spans:
        assert 0 <= span.open < span.start < span.end <= span.close <= len(text)
    pairs = sorted((span.start, span.end) for span in spans)
    for n, (_, a_end) in enumerate(pairs):
        for b_start, b_end in pairs[n + 1 :]:
            assert b_start >= a_end or b_end <= a_end  # nested or apart, never crossing
    for quote in quotes_of(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


WORDS = st.sampled_from(["ferry", "the", "pier", "council", "Monday", "we", "never", "late"])
SINGLE_PAIRS = st.sampled_from([("'", "'"), ("\u2018", "\u2019")])


@st.composite
def single_nested_article(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """Paragraphs of single-quoted statements that may hold one single-quoted phrase, and the
    inner spans of every quote as written."""
    text = ""
    spans: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(1, 4))):
        opener, closer = draw(SINGLE_PAIRS)
        text += opener
        start = len(text)
        text += " ".join(draw(st.lists(WORDS, min_size=1, max_size=4)))
        if draw(st.booleans()):
            inner_open, inner_close = draw(SINGLE_PAIRS)
            text += " " + inner_open
            inner_start = len(text)
            text += " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
            spans.append((inner_start, len(text)))
            text += inner_close + " " + " ".join(draw(st.lists(WORDS, min_size=1, max_size=3)))
        text += ","
        spans.append((start, len(text)))
        text += closer + " Ana Ruiz said.\n\n"
    return text, spans


@given(single_nested_article())
def test_balanced_single_marks_pair_as_written(article: tuple[str, list[tuple[int, int]]]) -> None:
    text, written = article
    assert sorted((span.start, span.end) for span in pair_marks(text)) == sorted(written)
