"""A name after an opening time phrase is the subject (people26; invented examples):
``Thursday evening, Tom Hale claimed “…”``, ``the following morning, Hale said he … “…”``.
``evening`` and ``morning`` end like a participle, and a name right after a participle is its
object (``Saying President X, he …``); after a comma the participle's phrase is over.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "In a series of posts Thursday evening, Tom Hale claimed “The council will lie and cheat.”",
        "At a breakfast the following morning, Tom Hale said he would not “act like a clerk.”",
        "After a long meeting, Tom Hale said the plan was “a scheme.”",
    ],
)
def test_a_name_after_an_opening_time_phrase_speaks(sentence: str) -> None:
    assert speakers(sentence) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a participle's object, no comma: still not the subject
        "Praising Mayor Tom Hale for his work, Ann Pike said the plan was “a gift.”",
        "After meeting Tom Hale on Monday, Ann Pike said the plan was “a gift.”",
    ],
)
def test_a_participle_object_still_does_not_speak(sentence: str) -> None:
    assert speakers(sentence) == ["Ann Pike"]


@given(
    st.sampled_from(["Thursday evening", "the next morning", "Sunday morning", "that evening"]),
    st.sampled_from(["said", "claimed", "told the Gazette"]),
)
def test_every_time_phrase(time: str, verb: str) -> None:
    """Whichever time phrase opens the sentence, the name after it speaks."""
    assert speakers(f"At a breakfast {time}, Tom Hale {verb} the plan was “a scheme.”") == [
        "Tom Hale"
    ]
