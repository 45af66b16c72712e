"""A partial quotation opening with an adding word (``Moreover, it “…”``) goes on with the
previous sentence's quoted speaker (people23). Invented examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsdiff.core.quotes import extract_quotes
from newsdiff.core.segment import segment

FIRST = 'The council met on Monday.\n\nTom Hale said the plan was "a costly fantasy." '


def second_speaker(second: str) -> str | None:
    text = FIRST + second + "\n"
    quotes = extract_quotes(text, segment(text))
    assert len(quotes) == 2 and quotes[0].speaker == "Tom Hale"
    return quotes[1].speaker


@pytest.mark.parametrize(
    "second",
    [
        'Moreover, it "was designed for a far bigger town."',
        'In addition, the ferry "will never pay."',
        'Furthermore, the plan "ignores the fishermen."',
    ],
)
def test_an_adding_sentence_goes_on_with_the_speaker(second: str) -> None:
    assert second_speaker(second) == "Tom Hale"


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ('Moreover, Ann Pike called it "a relic."', "Ann Pike"),  # an attribution of its own
        ('Moreover, Ann Pike was "furious."', None),  # about someone else
        ('The ferry was "a relic."', None),  # no adding word: nobody, as before
    ],
)
def test_near_misses_keep_their_reading(second: str, expected: str | None) -> None:
    assert second_speaker(second) == expected


@given(st.sampled_from(["Moreover", "Furthermore", "Additionally", "Also", "Besides"]))
def test_every_adding_word(opener: str) -> None:
    """Whichever adding word opens the sentence, the quoted words stay Hale's."""
    assert second_speaker(f'{opener}, it "was designed for a far bigger town."') == "Tom Hale"
