"""``according to`` a person written after a lowercase description of them (people26; invented
examples): ``According to radio host Tom Hale, the plan reeks of “panic”``, ``“…,” according
to the harbour master Tom Hale``. Only a name right after ``to`` was read, so these named
nobody. Words that end a description (a preposition, a verb, a document) still stop it:
``according to court documents filed by Tom Hale`` does not name Hale.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "According to radio host Tom Hale, the plan reeks of “panic” and haste.",
        "According to the harbour master Tom Hale, the plan reeks of “panic” and haste.",
        "“The plan is a scheme,” according to conservative radio host Tom Hale.",
    ],
)
def test_according_to_a_described_person(sentence: str) -> None:
    assert speakers(sentence) == ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to court documents filed by Tom Hale, the plan was “a scheme.”",
        "According to people close to Tom Hale, the plan was “a scheme.”",
        "According to a friend of Tom Hale, the plan was “a scheme.”",
    ],
)
def test_according_to_near_misses(sentence: str) -> None:
    assert speakers(sentence) == [None]


@given(
    st.sampled_from(["radio host", "the harbour master", "veteran union organiser", "economist"]),
    st.sampled_from(["Tom Hale", "Ann Pike"]),
)
def test_every_description(description: str, name: str) -> None:
    """Whatever lowercase description stands before the name, the person speaks."""
    assert speakers(f"According to {description} {name}, the plan reeks of “panic.”") == [name]
