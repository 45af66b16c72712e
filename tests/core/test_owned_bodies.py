"""A named owner's body as the subject of the reporting verb before a partial quotation
(people26; invented examples): ``Tom Hale's campaign said the audit was “rigged”``,
``Tom Hale's campaign issued a statement saying …``, ``… denied the claims, telling the paper
…``. The body speaks as it does right before a quotation (``Tom Hale's campaign said: “…”``:
``Tom Hale campaign``). They named nobody.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_reading import speakers


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale's campaign said the audit was “rigged” from the start.",
        "Tom Hale's campaign issued a statement saying the audit was “rigged” from the start.",
        "But Tom Hale's campaign issued a statement saying the audit was “rigged.”",
        "Tom Hale's campaign denied the claims, telling the paper they are “pure spin.”",
    ],
)
def test_a_named_owners_body_speaks(sentence: str) -> None:
    assert speakers(sentence) == ["Tom Hale campaign"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the body is an object: the subject speaks, as before
        ("Ann Pike criticised Tom Hale's campaign, saying the audit was “rigged.”", "Ann Pike"),
        # a person of the body, unnamed: nobody, as before (held-out convention)
        ("Tom Hale's campaign manager said the audit was “rigged.”", None),
    ],
)
def test_owned_body_near_misses(sentence: str, expected: str | None) -> None:
    assert speakers(sentence) == [expected]


@given(
    st.sampled_from(["campaign", "family", "office", "team"]),
    st.sampled_from(["said", "told the Gazette"]),
)
def test_every_body_and_verb(body: str, verb: str) -> None:
    """Whichever body the named owner speaks through, it speaks the far partial quote."""
    text = f"Tom Hale's {body} {verb} the audit was “rigged” from the start."
    assert speakers(text) == [f"Tom Hale {body}"]
