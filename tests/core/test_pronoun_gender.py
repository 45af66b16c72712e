"""Whom "he" and "she" stand for once the article has shown a person's gender: a pronoun
already said about them, or a gendered job title ("Chairwoman Sasha Orlov"). A pronoun never
takes a person of the other gender. Every article here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

HEAD = "Ferry Terminal Opens in Leith\n\n"


def _speaker(text: str) -> str | None:
    """The speaker of the article's last quotation."""
    return extract_quotes(text, segment(text))[-1].speaker


def test_a_pronoun_already_said_about_a_person_tells_their_gender() -> None:
    """Sasha Orlov's first name tells nothing, but "she" was said of her: a later "he" is
    Devin Marsh, named earlier, not her."""
    text = HEAD + (
        "Devin Marsh watched from the pier on Monday. Sasha Orlov opened the terminal. "
        'She thanked the crews. "The boats are ready," he said.'
    )
    assert _speaker(text) == "Devin Marsh"


def test_the_same_the_other_way_round() -> None:
    text = HEAD + (
        "Sasha Orlov watched from the pier on Monday. Devin Marsh opened the terminal. "
        'He thanked the crews. "The boats are ready," she said.'
    )
    assert _speaker(text) == "Sasha Orlov"


def test_a_pronoun_of_the_other_gender_takes_nobody_rather_than_them() -> None:
    """Only one person is named and "he" was said of them: "she" is somebody else (the
    article does not say whom), never him."""
    text = HEAD + (
        "Robin Castell opened the terminal on Monday. He thanked the crews. "
        'The weather held. "The boats are ready," she said.'
    )
    assert _speaker(text) != "Robin Castell"


@pytest.mark.parametrize(
    ("title", "pronoun", "other"),
    [
        ("Chairwoman", "he", "Devin Marsh"),
        ("Congresswoman", "he", "Devin Marsh"),
        ("Councilman", "she", "Ruth Adair"),
    ],
)
def test_a_gendered_title_tells_the_gender(title: str, pronoun: str, other: str) -> None:
    """ "Chairwoman Sasha Orlov": the title says she is a woman, so a later "he" (or, for
    a councilman, "she") takes the other person named before her."""
    text = HEAD + (
        f"{other} watched from the pier on Monday. {title} Sasha Orlov opened the "
        f'terminal. "The boats are ready," {pronoun} said.'
    )
    assert _speaker(text) == other


def test_a_gendered_title_before_a_comma_tells_the_gender() -> None:
    text = HEAD + (
        "Devin Marsh watched from the pier on Monday. The harbour's spokeswoman, Sasha "
        'Orlov, opened the terminal. "The boats are ready," he said.'
    )
    assert _speaker(text) == "Devin Marsh"


THINGS = [
    "The terminal cost four million crowns.",
    "Rain fell over the harbour all morning.",
    "The old pier was closed in the spring.",
    "A brass band played near the ticket hall.",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(THINGS), min_size=0, max_size=2))
def test_a_sentence_about_a_thing_changes_nothing(between: list[str]) -> None:
    """Sentences about things (no person in them) between the people and the pronoun do
    not change whom it stands for."""
    filler = " ".join(between)
    text = HEAD + (
        "Devin Marsh watched from the pier on Monday. Sasha Orlov opened the terminal. "
        f'She thanked the crews. {filler} "The boats are ready," he said.'
    )
    assert _speaker(text) == "Devin Marsh"
