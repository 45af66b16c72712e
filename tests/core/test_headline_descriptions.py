"""A headline whose subject is a description ("Retired Captain Says '…'"): the person the
article describes so, else the description itself (people23). Invented examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

QUOTE = "We Will Rebuild the Harbour"


def headline_speaker(headline: str, body: str) -> str | None:
    text = f"{headline}\n\n{body}\n"
    (quote, *_) = extract_quotes(text, segment(text))
    assert quote.text == QUOTE
    return quote.speaker


@pytest.mark.parametrize(
    ("description", "body"),
    [
        ("Former Mayor", "Former mayor Tom Hale spoke in Velmora on Monday."),
        ("Retired Captain", "The port closed in May. Retired captain Tom Hale spoke on Monday."),
        ("Mayor", "Tom Hale, the mayor of Velmora, spoke on Monday."),
        ("Retired Army Captain", "Army Captain Tom Hale retired last year."),
    ],
)
def test_a_described_headline_speaker_is_the_person_so_described(
    description: str, body: str
) -> None:
    assert headline_speaker(f"{description} Says '{QUOTE}'", body) == "Tom Hale"


@pytest.mark.parametrize("description", ["Former Mayor", "Retired Captain", "Top Judge"])
def test_a_description_nobody_in_the_body_holds_speaks_as_written(description: str) -> None:
    body = "The port closed in May. Ann Pike, a baker, spoke on Monday."
    assert headline_speaker(f"{description} Warns '{QUOTE}'", body) == description


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (f"Mayor Tom Hale Says '{QUOTE}'", "Tom Hale"),  # a name after the role: the name
        ("Retired Captain Reveals 'Exhausting' Years at Sea", None),  # a term, not his words
        (f"Former Mayor and Council Clash Over '{QUOTE}'", None),  # no verb after the role
    ],
)
def test_near_misses_keep_their_reading(headline: str, expected: str | None) -> None:
    text = f"{headline}\n\nFormer mayor Tom Hale spoke on Monday.\n"
    (quote, *_) = extract_quotes(text, segment(text))
    assert quote.speaker == expected


ROLES = ["Mayor", "Captain", "Senator", "Judge", "Governor"]
MODIFIERS = ["", "Former ", "Retired ", "Acting "]


@given(
    st.sampled_from(ROLES), st.sampled_from(MODIFIERS), st.sampled_from(["Tom Hale", "Ann Pike"])
)
def test_the_person_holding_the_role_speaks(role: str, modifier: str, name: str) -> None:
    """Whatever the role and its modifier, the body's holder of that role is the speaker."""
    body = f"The port closed in May. {role} {name} spoke on Monday."
    assert headline_speaker(f"{modifier}{role} Says '{QUOTE}'", body) == name
