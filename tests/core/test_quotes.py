"""Quote extraction: spans inside every kind of quotation mark, sentences covered, kind.

Every example sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from newsdiff.core.models import Quote, Sentence
from newsdiff.core.quotes import extract_quotes, pair_marks
from newsdiff.core.segment import segment


def quotes_of(text: str) -> tuple[Quote, ...]:
    return extract_quotes(text, segment(text))


def texts(text: str) -> list[str]:
    return [quote.text for quote in quotes_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said "the bridge will reopen in May" at noon.',
        "The mayor said \u201cthe bridge will reopen in May\u201d at noon.",
        "The mayor said \u2018the bridge will reopen in May\u2019 at noon.",
        "The mayor said \u00abthe bridge will reopen in May\u00bb at noon.",
        "The mayor said \u201ethe bridge will reopen in May\u201c at noon.",
        "The mayor said \u00ab the bridge will reopen in May \u00bb at noon.",
        "The mayor said 'the bridge will reopen in May' at noon.",
    ],
)
def test_every_mark_style_gives_the_words_inside(text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.text == "the bridge will reopen in May"
    assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "text",
    [
        "India\u2019s envoy didn\u2019t say why the students\u2019 union objected.",
        "Prices last seen in the \u201990s are back, and they\u2019re rising.",
        "Rock 'n' roll isn't dead, the students' union said of the '90s.",
        "It\u2019s the governors\u2019 call, and it\u2019s theirs alone.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert quotes_of(text) == ()


def test_apostrophes_inside_a_quote_stay_inside_it() -> None:
    text = "\u201cWe don\u2019t know what India\u2019s answer is,\u201d she said."
    assert texts(text) == ["We don\u2019t know what India\u2019s answer is,"]


def test_a_quote_interrupted_by_an_attribution_is_two_quotes() -> None:
    text = (
        "\u201cWe will rebuild the port,\u201d the minister said. \u201cIt will take a year.\u201d"
    )
    assert texts(text) == ["We will rebuild the port,", "It will take a year."]


def test_a_quote_over_several_sentences_is_one_quote_covering_them() -> None:
    text = (
        "The storm hit at dawn. "
        "\u201cWe lost power at six. The hospital ran on generators. Nobody was hurt,\u201d "
        "the chief said."
    )
    sentences = (
        Sentence(0, 0, 22, text[0:22]),
        Sentence(1, 23, 53, text[23:53]),
        Sentence(2, 54, 85, text[54:85]),
        Sentence(3, 86, len(text), text[86:]),
    )
    (quote,) = extract_quotes(text, sentences)
    assert quote.text.startswith("We lost power at six.") and quote.text.endswith("hurt,")
    assert quote.sentence == 1
    assert quote.sentences == (1, 2, 3)


def test_a_statement_over_two_paragraphs_is_one_quote_per_paragraph_with_one_speaker() -> None:
    text = (
        "\u201cWe will cut the waiting list in half. Every family will get a bed.\n\n"
        "\u201cAnd we will do it without a new tax,\u201d Governor Ann Reyes said.\n"
    )
    first, second = quotes_of(text)
    assert first.text == "We will cut the waiting list in half. Every family will get a bed."
    assert second.text == "And we will do it without a new tax,"
    assert text[first.start : first.end] == first.text
    assert first.speaker == second.speaker == "Ann Reyes"


def test_a_line_wrapped_mid_clause_stays_in_the_quote() -> None:
    text = "\u201cWe see a chance to expand\ntrade with the region,\u201d he said."
    assert texts(text) == ["We see a chance to expand\ntrade with the region,"]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = (
        "The senator said \u201cthis is the end of the debate.\n\n"
        "In other news, the council approved a \u201cmodest\u201d budget.\n"
    )
    assert texts(text) == ["this is the end of the debate.", "modest"]


def test_straight_quotes_pair_by_context() -> None:
    text = 'He called it "a step" and then "a leap," adding: "We are ready."'
    assert texts(text) == ["a step", "a leap,", "We are ready."]


def test_a_nested_quote_is_a_quote_of_its_own() -> None:
    text = "\u201cHe told me \u2018never again,\u2019 and I believed him,\u201d Mr. Okafor said."
    assert texts(text) == [
        "He told me \u2018never again,\u2019 and I believed him,",
        "never again,",
    ]
    outer, inner = quotes_of(text)
    assert outer.speaker == "Okafor" and inner.speaker is None


def test_british_outer_single_quotes_hold_a_nested_double_quote() -> None:
    text = "\u2018She said \u201cno\u201d twice,\u2019 the clerk recalled."
    assert texts(text) == ["She said \u201cno\u201d twice,", "no"]


@pytest.mark.parametrize(
    "text",
    [
        "\u201d backwards \u201c marks \u201d everywhere \u201c",
        '"""" """ "',
        "\u201cOpen \u2018mixed\u201d close\u2019 marks",
        "\u00ab\u00ab\u00bb \u201e \u201c \u2018 \u2019 ' \" \u00bb",
        "\u201c",
        "",
    ],
)
def test_odd_quoting_never_raises_and_gives_valid_spans(text: str) -> None:
    quotes = quotes_of(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.text.strip() == quote.text and quote.text


def test_unbalanced_marks_keep_what_is_sound() -> None:
    text = "He said \u201cyes. Later she said \u201cno\u201d and left."
    assert texts(text) == ["no"]


def test_spans_exclude_marks_and_surrounding_space() -> None:
    text = "They chanted \u201c  not again  \u201d outside."
    (quote,) = quotes_of(text)
    assert quote.text == "not again"
    assert text[quote.start - 3 : quote.start] == "\u201c  "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\u201cWe are ready,\u201d she said.", "full"),
        ("She said: \u201cWe are ready.\u201d", "full"),
        ("The vote ended. \u201cWe are ready.\u201d", "full"),
        ("She said, \u201cWe are ready to vote today.\u201d", "full"),
        ("She called the plan \u201creckless\u201d on Monday.", "fragment"),
        ("Critics call it a \u201cmature, pragmatic policy.\u201d", "fragment"),
        ("He vowed to \u201crebuild a working relationship\u201d with them.", "fragment"),
    ],
)
def test_kind_full_or_fragment(text: str, kind: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.kind == kind


def test_without_sentences_quotes_still_come_out() -> None:
    text = "\u201cWe are ready,\u201d she said."
    (quote,) = extract_quotes(text, ())
    assert quote.text == "We are ready,"


def test_pair_marks_reports_mark_positions() -> None:
    text = "a \u201cb\u201d c"
    (span,) = pair_marks(text)
    assert text[span.open] == "\u201c" and text[span.close] == "\u201d"
    assert text[span.start : span.end] == "b"
