"""Figures: value, range from hedges and rounding, unit or currency, and the noun counted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.figures import agree, figures, same_quantity
from newsdiff.core.words import stem


def one(text: str):
    (figure,) = figures(text)
    return figure


@pytest.mark.parametrize(
    ("text", "value", "kind", "noun"),
    [
        ("closed for 6 weeks", 42.0, "time", "time"),
        ("closed for nine weeks", 63.0, "time", "time"),
        ("1,200 residents were evacuated", 1200.0, "count", stem("residents")),
        ("100,000 secret files were seized", 1e5, "count", stem("files")),
        ("it lists 23 executive actions", 23.0, "count", stem("actions")),
        ("one executive order was signed", 1.0, "count", stem("executive")),
        ("a bill of £3.5bn", 3.5e9, "currency:GBP", "bill"),
        ("Rs 450 crore for relief", 4.5e9, "currency:INR", None),
        ("$85m a year", 85e6, "currency:USD", "year"),
        ("sales of £4.2bn", 4.2e9, "currency:GBP", stem("sales")),
        ("turnout was 87%", 87.0, "percent", None),
        ("turnout was 87 per cent", 87.0, "percent", None),
        ("more than two dozen schools", 24.0, "count", "school"),
        ("a 12-mile detour", 12 * 1609.344, "length", "length"),
        ("the detour adds 12 miles", 12 * 1609.344, "length", "length"),
    ],
)
def test_value_kind_and_noun(text: str, value: float, kind: str, noun: str | None) -> None:
    figure = one(text)
    assert figure.value == pytest.approx(value)
    assert figure.kind == kind
    assert figure.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 the council met",  # a year is a date
        "on March 3 the council met",  # a day of a month is a date
        "the 15th anniversary",  # an ordinal
        "the 9/11 attacks",  # a name written with a slash
        "one of the men said",  # "one" as a pronoun
        "a one-time payment",  # a compound
    ],
)
def test_dates_ordinals_and_pronouns_are_not_figures(text: str) -> None:
    assert figures(text) == ()


def test_hedges_widen_the_range_in_their_direction() -> None:
    almost = one("almost 90% of voters")  # "90" is itself rounded: up to 95
    assert almost.low < 87 < almost.high <= 95
    more = one("more than 1,000 people")
    assert more.low <= 1000 and more.high > 1500
    assert one("up to 1,100 workers").low == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("87% turnout", "almost 90% turnout"),  # approximation
        ("11,480 homes", "11,500 homes"),  # rounding
        ("about 1,200 people", "1,150 people"),
        ("12 miles", "19 km"),  # unit conversion
        ("six weeks", "42 days"),
    ],
)
def test_rounding_approximation_and_units_agree(a: str, b: str) -> None:
    x, y = one(a), one(b)
    assert same_quantity(x, y)
    assert agree(x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [("6 weeks", "9 weeks"), ("1,200 people", "1,900 people"), ("£1.34bn deal", "£4.2bn deal")],
)
def test_different_values_of_one_quantity_disagree(a: str, b: str) -> None:
    x, y = one(a), one(b)
    assert same_quantity(x, y)
    assert not agree(x, y)


def test_counts_of_different_things_are_not_one_quantity() -> None:
    assert not same_quantity(one("14 protesters"), one("300 officers"))
    assert not same_quantity(one("£4.5m fee"), one("$5.7m fee"))  # two currencies


@given(st.text(max_size=200))
def test_any_text_gives_figures_whose_spans_slice_it(text: str) -> None:
    for figure in figures(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.low <= figure.value <= figure.high


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "noun"),
    [
        ("tens of thousands of secret files", "tens of thousands", 2e4, 1e5, "files"),
        ("hundreds of millions of dollars", "hundreds of millions", 2e8, 1e9, "dollars"),
        ("thousands of people marched", "thousands", 2e3, 2e4, "people"),
        ("dozens of open-ended questions", "dozens", 24.0, 240.0, "questions"),
    ],
)
def test_magnitudes_in_words_are_ranges(
    text: str, span: str, low: float, high: float, noun: str
) -> None:
    figure = one(text)
    assert figure.kind == "count"
    assert figure.noun == stem(noun)
    assert figure.low == pytest.approx(low)
    assert figure.high == pytest.approx(high, abs=1.0)
    assert figure.low <= figure.value <= figure.high
    assert text[figure.start : figure.end] == span


def test_magnitude_words_without_of_are_not_figures() -> None:
    assert figures("The hundreds gathered at the gate.") == ()


@pytest.mark.parametrize(
    ("words", "digits", "agrees"),
    [
        ("tens of thousands of files", "100,000 files", False),
        ("hundreds of thousands of files", "100,000 files", False),
        ("tens of thousands of files", "about 100,000 files", True),
        ("tens of thousands of files", "nearly 100,000 files", True),
        ("tens of thousands of files", "55,000 files", True),
        ("hundreds of thousands of files", "tens of thousands of files", False),
        ("thousands of people", "1,900 people", False),
        ("dozens of questions", "four dozen questions", True),
    ],
)
def test_a_magnitude_in_words_holds_a_figure_in_digits_as_written(
    words: str, digits: str, agrees: bool
) -> None:
    assert agree(one(words), one(digits)) is agrees
    assert agree(one(digits), one(words)) is agrees


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        ("at least four dozen questions", "almost four dozen questions", False),
        ("more than 500 workers", "nearly 500 workers", False),
        ("more than 48 questions", "48 questions", True),  # "48" may be rounded down
        ("almost 500 workers", "500 workers", True),
        ("up to 48 questions", "at least 48 questions", True),  # both allow exactly 48
        ("more than 1.8 million people", "almost 1.9 million people", True),
    ],
)
def test_a_directional_hedge_makes_the_number_a_bound(a: str, b: str, meet: bool) -> None:
    x, y = one(a), one(b)
    assert agree(x, y) is meet
    assert agree(y, x) is meet


def test_a_span_of_time_ago_is_a_date_not_a_figure() -> None:
    assert figures("two weeks ago the mayor resigned") == ()
    assert one("the closure will last two weeks").kind == "time"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the 43-year-old councillor", "43-year-old"),
        ("Ruiz, aged 54, resigned", "54"),
        ("Ruiz, 54, resigned", "54"),
        ("he is 54 years old", "54 years old"),
    ],
)
def test_ages_are_counts_of_age_and_exact(text: str, span: str) -> None:
    figure = one(text)
    assert (text[figure.start : figure.end], figure.noun) == (span, "age")
    assert figure.low == figure.high == 54 or figure.value == 43


def test_a_noun_after_a_comma_is_not_what_a_figure_counts() -> None:
    assert one("turnout was 62 percent, the commission said").noun is None
    assert one("the fire killed 12, police said").noun is None


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("elected by a vote of 98 to 96", True),
        ("the bill passed 52-48", True),
        ("between 10 to 15 people came", False),  # a range rises
        ("cut from 40 to 30 staff", False),  # no word of a vote before it
    ],
)
def test_tallies_are_read_as_first_and_second_number(text: str, tally: bool) -> None:
    nouns = [f.noun for f in figures(text)]
    assert (nouns == ["tally:1", "tally:2"]) is tally


def test_a_million_and_half_a_million_are_figures_of_round_numbers() -> None:
    half, plain, more = one("half a million people"), one("500,000 people"), one("a million people")
    assert (half.value, more.value) == (500_000, 1_000_000)
    assert agree(half, plain)
    assert not agree(more, one("1.5 million people"))
    assert agree(one("a dozen people"), one("13 people"))  # "a dozen" is round
