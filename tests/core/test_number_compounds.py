"""Numbers written as hyphenated compounds ("twenty-three", "two-dozen") are figures, and
"as many as" is a bound like "up to".

English writes 21-99 with a hyphen, and "two-dozen" often takes one as an adjective; unread,
"nearly two-dozen executive actions" could neither agree with "23 executive actions" nor
disagree with "19 actions". Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.claims import check_claims, read_claim
from newsdiff.core.figure_words import NUMBER_WORDS
from newsdiff.core.figures import figures


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Twenty-three senators signed the letter.", 23),
        ("The council approved forty-two new homes.", 42),
        ("The mayor signed two-dozen orders.", 24),
        ("Ninety-nine boats left the harbour.", 99),
    ],
)
def test_a_hyphenated_compound_is_one_figure(text: str, value: int) -> None:
    assert [f.value for f in figures(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "It was a one-time payment to the club.",
        "A two-thirds majority backed the plan.",
        "He landed a one-two punch in the final round.",
        "The twenty-three-year-old striker scored twice.",
    ],
)
def test_other_hyphen_compounds_are_no_count(text: str) -> None:
    assert [f for f in figures(text) if f.kind == "count" and f.noun != "age"] == []


@given(st.sampled_from([20, 30, 40, 50, 60, 70, 80, 90]), st.integers(min_value=1, max_value=9))
def test_every_tens_and_unit_compound_reads_as_its_sum(tens: int, unit: int) -> None:
    words = {value: word for word, value in NUMBER_WORDS.items() if word != "dozen"}
    text = f"The port hired {words[tens]}-{words[unit]} pilots."
    assert [f.value for f in figures(text)] == [tens + unit]


def test_nearly_two_dozen_agrees_with_23_and_not_with_19() -> None:
    left = read_claim("Mayor Ada Okafor signed nearly two-dozen executive orders on housing.")
    agree = read_claim("Mayor Ada Okafor signed 23 executive orders on housing.")
    differ = read_claim("Mayor Ada Okafor signed 19 executive orders on housing.")
    assert check_claims(left, agree).outcome == "paraphrased"
    assert check_claims(agree, left).outcome == "paraphrased"
    assert check_claims(left, differ).outcome == "conflict"
    assert check_claims(differ, left).outcome == "conflict"


def test_as_many_as_is_an_upper_bound() -> None:
    (figure,) = figures("The suit covers as many as 1.5 million women.")
    assert figure.low == 0 and figure.high == 1.5e6 and figure.bounded
    (money,) = figures("The repairs could cost as much as £40m.")
    assert money.low == 0 and money.high == 40e6
    # "as many as 1,500" allows 1,200; "about 1,500" does not
    bound = read_claim("Officials said as many as 1,500 dockers joined the strike at the port.")
    count = read_claim("Officials said 1,200 dockers joined the strike at the port.")
    about = read_claim("Officials said about 1,500 dockers joined the strike at the port.")
    assert check_claims(bound, count).outcome == "paraphrased"
    assert check_claims(count, bound).outcome == "paraphrased"
    assert check_claims(about, count).outcome == "conflict"
