"""``He's said`` / ``she’s told`` (people26; invented examples): the ``'s`` of a personal
pronoun is ``has`` or ``is``, never a possessive, so the pronoun is the verb's subject and
resolves as ``he said`` does. A name's ``'s`` is still its possessive, and ``it's`` is left as
it was (``It's said that …`` names no one).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale spoke on Monday. He's said the claims are “a story.”", "Tom Hale"),
        ("Ann Pike spoke on Monday. She’s told reporters the claims are “a story.”", "Ann Pike"),
        ("Tom Hale spoke on Monday. “The claims are false,” he's said.", "Tom Hale"),
    ],
)
def test_a_contracted_pronoun_speaks(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's 's: its owner's aide speaks, as before
        ("Tom Hale's aide said the claims are “a story.”", None),
        # it's: no one, as before
        ("The ferry left late. It's said that the quay is “haunted.”", None),
    ],
)
def test_contraction_near_misses(text: str, expected: str | None) -> None:
    assert speakers(text) == [expected]


@given(
    st.sampled_from(["He's", "He’s", "he's"]),
    st.sampled_from(["said", "argued", "told the Gazette"]),
)
def test_every_contraction(pronoun: str, verb: str) -> None:
    """However the contraction is written, the man named before speaks."""
    lead = "Tom Hale spoke on Monday. "
    text = lead + (pronoun[0].upper() + pronoun[1:]) + f" {verb} the claims are “a story.”"
    assert speakers(text) == ["Tom Hale"]
