"""A description of two nouns joined by ``and`` (``The former first lady and harbour
senator said``) stands for one person, as a one-noun profile description does (people23).
Invented examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEADLINE = "Harbour plan divides the council\n\n"
BEFORE = "Ann Pike stressed her support for the ferry on Monday."


def speaker(second: str) -> str | None:
    text = HEADLINE + BEFORE + "\n\n" + second + "\n"
    (quote,) = extract_quotes(text, segment(text))
    return quote.speaker


@pytest.mark.parametrize(
    "description",
    [
        "The former first lady and Velmora senator",
        "The painter and poet",
        "The former mayor and Velmora senator",
        "The 44-year-old singer and songwriter",
    ],
)
def test_two_nouns_describe_the_person_just_written_about(description: str) -> None:
    assert speaker(f'{description} said it was "a mistake" to close the harbour.') == "Ann Pike"
    assert speaker(f'{description} said: "We will rebuild the harbour."') == "Ann Pike"


@pytest.mark.parametrize(
    "second",
    [
        'The mayor and the senator said it was "a mistake" to close the harbour.',  # two people
        'The harbour and ferry said it was "a mistake" to close the harbour.',  # no person noun
    ],
)
def test_near_misses_name_nobody_in_particular(second: str) -> None:
    assert speaker(second) != "Ann Pike"


NOUNS = st.sampled_from(["painter", "poet", "singer", "senator", "mayor", "director"])
MODIFIERS = st.sampled_from(["", "former ", "Velmora ", "acclaimed "])


@given(MODIFIERS, NOUNS, MODIFIERS, NOUNS)
def test_any_two_noun_description_stands_for_her(m1: str, n1: str, m2: str, n2: str) -> None:
    """Whatever the two nouns and their modifiers, the description is the profile's person."""
    second = f'The {m1}{n1} and {m2}{n2} said: "We will rebuild the harbour."'
    assert speaker(second) == "Ann Pike"
